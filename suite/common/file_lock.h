#pragma once
// An advisory lock on an output file, so that two programs never write it at once (two sweeps on
// one --out, a requeued array task started while its first run still lives).
//
// The lock is flock(2) on a lock file beside the output that names its holder:
//   {"host": "...", "pid": 1234, "since": "2026-12-01T09:40:00Z", "what": "nwgf sweep --out ..."}
// The kernel drops a flock when its holder exits or is killed, so a lock file whose flock is free
// is stale by construction (its holder is gone): it is taken over with a one-line notice naming
// the old holder. A lock held by a live process is refused with a UsageError naming the holder's
// host and pid. A clean exit removes the lock file.
//
// Where the file system does not support flock (some network mounts answer ENOLCK), the lock
// falls back to the named holder: refused while that pid is alive on this host, taken over
// otherwise (a holder on another host is trusted to be alive: refused).
#include <string>

namespace nwgf::suite {

// The lock file of an output, keyed on its canonical path (suite/common/output_path.h): the
// output's sibling ".lock", i.e. the canonical OUT without ".json" plus ".lock". Every spelling
// of one output (results/x.json, ./results/../results/x.json, a linked folder) and the two
// spellings o/x.json and o/x, which share their partial file, run and chain folders, get one lock.
std::string lock_path_for(const std::string& out);

class FileLock {
 public:
  FileLock() = default;
  // Takes the lock file `lock_path` for `what` (a description stored in the file, e.g. the
  // command). UsageError "<output> is being written by <what> (pid P on host H since T; lock
  // file L)..." when a live process holds it; std::runtime_error when the lock file cannot be
  // created (a read-only folder). When `quiet` is false, taking over a stale lock prints one
  // line on stderr.
  FileLock(const std::string& lock_path, const std::string& output, const std::string& what, bool quiet);
  FileLock(FileLock&& other) noexcept;
  FileLock& operator=(FileLock&& other) noexcept;
  FileLock(const FileLock&) = delete;
  FileLock& operator=(const FileLock&) = delete;
  ~FileLock();  // removes the lock file and releases the lock

  bool held() const { return fd_ >= 0; }
  // The holder named by a stale lock file this lock took over ("pid P on host H"), or "".
  const std::string& took_over_from() const { return took_over_from_; }

 private:
  void release() noexcept;
  int fd_ = -1;
  std::string path_;
  std::string took_over_from_;
};

// The lock of the output `out` (lock_path_for(out)), held for `what` (the command); as the
// constructor.
FileLock lock_output(const std::string& out, const std::string& what, bool quiet);

}  // namespace nwgf::suite
