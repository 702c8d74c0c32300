"""Instructions per document, end to end, counted by valgrind (the same from run to run).

    python benchmarks/instructions.py --docs 50 250

Runs ``lawgov extract`` under ``valgrind --tool=callgrind`` on the first N and the first M
documents of the synthetic corpus (one process) and prints the difference divided by M - N:
start-up and the one-off imports cancel out, and what is left is the cost of one more
document, read, extracted, merged and written. On a shared machine whose speed drifts by
tens of percent, this tells two versions apart where timing cannot (run it once per
checkout). Needs valgrind; it takes about a minute per 100 documents.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from make_corpus import make_corpus

HERE = Path(__file__).resolve().parent


def instructions(corpus: Path, out: Path) -> int:
    cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"]
    cmd += [sys.executable, "-m", "lawgov_extract", "extract", str(corpus)]
    cmd += ["-o", str(out), "--jobs", "1", "--quiet"]
    # One thread only: under valgrind, the rules' SIGALRM reaching one of OpenBLAS's idle
    # threads (numpy starts them) ends the process.
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1"}
    done = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if done.returncode not in (0, 1):
        raise SystemExit(f"lawgov failed under valgrind:\n{done.stderr[-2000:]}")
    found = re.search(r"Collected : (\d+)", done.stderr)
    if found is None:
        raise SystemExit(f"no instruction count in valgrind's output:\n{done.stderr[-2000:]}")
    return int(found[1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, nargs=2, default=[50, 250], metavar=("N", "M"))
    a = ap.parse_args()
    small, large = sorted(a.docs)
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed")
    files = sorted(make_corpus(5000, HERE / "corpus" / "5000").rglob("*.txt"))
    counts = {}
    with tempfile.TemporaryDirectory(prefix="lawgov-instr-") as tmp:
        for n in (small, large):
            corpus = Path(tmp) / str(n)
            corpus.mkdir()
            for f in files[:n]:
                shutil.copy(f, corpus / f.name)
            counts[n] = instructions(corpus, Path(tmp) / f"{n}.parquet")
            print(f"{n:6d} documents: {counts[n]:,} instructions", flush=True)
    per_doc = (counts[large] - counts[small]) / (large - small)
    print(f"{per_doc / 1e6:.2f} million instructions per document")


if __name__ == "__main__":
    main()
