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
