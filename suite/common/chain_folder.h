#pragma once
// Reading a chain folder (neural/chain.h: chain.txt, start_points.pt, link_<n>.pt, written by
// nwgf run) as outside input: every file through suite/common/input_file.h's InputFolder (a
// regular file inside the folder's resolved path; a symlink out of it, a FIFO or a device is
// refused naming the file), with the caps of neural::Chain::load (chain.txt at most 1 MiB, each
// tensor file at most about 1 GiB); each tensor file's archive checked before LibTorch reads it
// (suite/common/torch_archive.h: stored zip entries inside the file, pickles whose memo indices
// cannot ask for more than the file holds); the chain's own checks bound the manifest's values
// and the networks' sizes before anything is allocated.
#include <string>

#include "neural/chain.h"

namespace nwgf::suite {

// Every problem is a UsageError (exit 2) of one line naming the file.
neural::Chain read_chain_folder(const std::string& dir);

}  // namespace nwgf::suite
