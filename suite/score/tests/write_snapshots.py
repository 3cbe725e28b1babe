"""Writes the snapshot files that suite/score/tests/snapshot_test.cc reads back, with Debian's
NumPy (python3-numpy) and PyTorch (python3-torch): usage write_snapshots.py OUT_DIR.
Values are k / 8 (exact in float32 and float64), so the reader must return them exactly.
Exits 3 when numpy or torch cannot be imported (the test then skips the files it needs)."""
import os
import sys

out = sys.argv[1]
try:
    import numpy as np
except ImportError:
    sys.exit(3)
values = (np.arange(12, dtype=np.float64).reshape(6, 2) - 5.0) / 8.0
np.save(os.path.join(out, "np64.npy"), values)
np.save(os.path.join(out, "np32.npy"), values.astype(np.float32))
np.save(os.path.join(out, "fortran.npy"), np.asfortranarray(values))
np.save(os.path.join(out, "int.npy"), np.arange(12, dtype=np.int64).reshape(6, 2))
np.save(os.path.join(out, "big_endian.npy"), values.astype(">f8"))
np.save(os.path.join(out, "three_d.npy"), values.reshape(3, 2, 2))
np.save(os.path.join(out, "wide.npy"), np.zeros((4, 3)))
np.save(os.path.join(out, "empty.npy"), np.zeros((0, 2)))
with_nan = values.copy()
with_nan[4, 1] = np.nan
np.save(os.path.join(out, "nan.npy"), with_nan)
try:
    import torch
except ImportError:
    sys.exit(3)
t = torch.from_numpy(values.copy())
torch.save(t, os.path.join(out, "t64.pt"))
torch.save(t.float(), os.path.join(out, "t32.pt"))
torch.save(t.t().contiguous().t(), os.path.join(out, "strided.pt"))  # column-major storage
torch.save(t[1:4], os.path.join(out, "view.pt"))  # a view into a larger storage: rows 1..3
torch.save(t.long(), os.path.join(out, "tint.pt"))
torch.save(t.reshape(-1), os.path.join(out, "t1d.pt"))
torch.save({"x": t}, os.path.join(out, "dict.pt"))
torch.save(torch.zeros(5, 3), os.path.join(out, "twide.pt"))


def rewrite_pickle(source, target, old, new):
    """A copy of the torch.save archive `source` whose data.pkl has `old` replaced by `new`
    (stored entries, as torch.save writes them): a file torch.save cannot write."""
    import zipfile
    with zipfile.ZipFile(source) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(target, "w", zipfile.ZIP_STORED) as z:
        for name, data in entries:
            if name.endswith("/data.pkl"):
                assert old in data, (old, data)
                data = data.replace(old, new, 1)
            z.writestr(name, data)


# Found by fuzz/pt_fuzz: a LONG_BINPUT memo index of 0x65726564 made LibTorch 1.13 reserve 27 GB;
# a tensor of 7 x 2 float32 on the 48-byte storage of 6 x 2 made it read past the storage.
rewrite_pickle(os.path.join(out, "t32.pt"), os.path.join(out, "huge_memo.pt"), b"q\x01", b"r\x64\x65\x72\x65")
rewrite_pickle(os.path.join(out, "t32.pt"), os.path.join(out, "past_storage.pt"), b"K\x06K\x02\x86", b"K\x07K\x02\x86")
