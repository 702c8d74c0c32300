"""Start-up stays light: help and the catalogue never import pandas or pyarrow."""

from __future__ import annotations

import subprocess
import sys

import pytest

PROBE = """
import sys
from lawgov_extract.cli import main
try:
    main({args!r})
except SystemExit:
    pass
print("HEAVY:" + ",".join(m for m in ("pandas", "pyarrow", "trafilatura", "pdfplumber")
                          if m in sys.modules))
"""


@pytest.mark.parametrize("args", [["--help"], ["patterns", "list"], ["extract", "--help"]])
def test_no_heavy_imports(args):
    out = subprocess.run(
        [sys.executable, "-c", PROBE.format(args=args)], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip().splitlines()[-1] == "HEAVY:"
