"""Make a deterministic synthetic corpus of report-like texts for the benchmark.

Reports are stitched from the seeds' sentences with varied numbers, place names and years,
sized like real reports (5-25 KB). The same ``--seed`` always gives the same files.

    python benchmarks/make_corpus.py 5000 benchmarks/corpus/5000
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIGITS = re.compile(r"(?<![0-9])[0-9]{1,5}(?![0-9年])")
YEAR = re.compile(r"20[12][0-9](?=年)")
SPLIT = re.compile(r"(?<=[。；！？\n])")


def seed_sentences() -> list[str]:
    out: list[str] = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        out += [s for s in SPLIT.split(path.read_text(encoding="utf-8")) if len(s.strip()) > 8]
    return out


def districts() -> list[str]:
    lines = (ROOT / "src/lawgov_extract/data/divisions.tsv").read_text(encoding="utf-8")
    names = [line.split("\t")[1] for line in lines.splitlines()[1:] if "\t" in line]
    return [n for n in names if n.endswith(("区", "县"))]


def make_report(rng: random.Random, sentences: list[str], places: list[str]) -> str:
    place, year = rng.choice(places), rng.randint(2016, 2025)
    size = rng.randint(5_000, 25_000)
    parts = [
        f"{place}{year}年法治政府建设情况报告\n",
        f"现将{place}{year}年法治政府建设情况报告如下。\n",
    ]
    total = sum(len(p.encode()) for p in parts)
    while total < size:
        s = rng.choice(sentences)
        s = DIGITS.sub(lambda m: str(rng.randint(1, 20000)), s)
        s = YEAR.sub(str(year), s)
        parts.append(s)
        total += len(s.encode())
    return "".join(parts)


def make_corpus(n: int, out: Path, seed: int = 0) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    done = out / ".complete"
    if done.exists() and done.read_text() == f"{n} {seed}":
        return out
    sentences, places = seed_sentences(), districts()
    for i in range(n):
        rng = random.Random(f"{seed}-{i}")
        sub = out / f"{i // 1000:03d}"
        sub.mkdir(exist_ok=True)
        (sub / f"r{i:06d}.txt").write_text(make_report(rng, sentences, places), encoding="utf-8")
    done.write_text(f"{n} {seed}")
    return out


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int)
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args()
    make_corpus(a.n, a.out, a.seed)
