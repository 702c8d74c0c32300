"""CPU time per document of each pipeline stage, in one process (no writing, no start-up).

    python benchmarks/stages.py --docs 1000 --repeat 3

Reads the synthetic corpus of ``run.py`` (made if missing) and times, per document: reading,
cleaning, sentences, metadata, choosing the rules (keyword scan and quantity hint), the rule
regexes with the raw matches, turning them into mentions, and the checks. Each stage is
timed with ``time.process_time`` over all documents at once, the fastest of ``--repeat``
passes, so the shared machine's drift weighs less than in the end-to-end benchmark.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from make_corpus import make_corpus

from lawgov_extract.checks import check_mentions
from lawgov_extract.cleaning import clean_text
from lawgov_extract.matching import matcher_for
from lawgov_extract.mentions import normalize
from lawgov_extract.metadata import find_metadata
from lawgov_extract.packs import load_packs
from lawgov_extract.readers import read_document
from lawgov_extract.runner.chunks import match_many
from lawgov_extract.runner.regexcache import disk_compiler
from lawgov_extract.runner.timer import alarm_timeouts
from lawgov_extract.sentences import split_sentences

HERE = Path(__file__).resolve().parent


def fastest(step: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        began = time.process_time()
        step()
        best = min(best, time.process_time() - began)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=1000, help="documents of the 5,000 corpus")
    ap.add_argument("--repeat", type=int, default=3, help="passes per stage; the fastest counts")
    a = ap.parse_args()
    files = sorted(make_corpus(5000, HERE / "corpus" / "5000").rglob("*.txt"))[: a.docs]
    packs = load_packs(compiler=disk_compiler)
    matcher = matcher_for(packs)

    docs = [read_document(f) for f in files]
    cleaned = [clean_text(d.text) for d in docs]
    sentences = [split_sentences(c.text) for c in cleaned]
    metas = [
        find_metadata(c.text, source_name=Path(d.source).name)
        for d, c in zip(docs, cleaned, strict=True)
    ]
    with alarm_timeouts():
        raws = [[r for found in match_many(matcher, [s])[0] for r in found] for s in sentences]
    mentions = [
        [
            m
            for r in rs
            if (m := normalize(r, c, d.text, d.source, meta.year, packs.indicators)) is not None
        ]
        for d, c, meta, rs in zip(docs, cleaned, metas, raws, strict=True)
    ]

    def match_all() -> None:
        with alarm_timeouts():
            for s in sentences:
                match_many(matcher, [s])

    def normalize_all() -> None:
        for d, c, meta, rs in zip(docs, cleaned, metas, raws, strict=True):
            for r in rs:
                normalize(r, c, d.text, d.source, meta.year, packs.indicators)

    stages: dict[str, Callable[[], object]] = {
        "read": lambda: [read_document(f) for f in files],
        "clean": lambda: [clean_text(d.text) for d in docs],
        "sentences": lambda: [split_sentences(c.text) for c in cleaned],
        "metadata": lambda: [
            find_metadata(c.text, source_name=Path(d.source).name)
            for d, c in zip(docs, cleaned, strict=True)
        ],
        "choose rules": lambda: [matcher._masks(s) for s in sentences],
        "rules (incl. choosing)": match_all,
        "mentions": normalize_all,
        "checks": lambda: [check_mentions(ms) for ms in mentions],
    }
    print(f"{len(files)} documents, {sum(map(len, raws)) / len(files):.1f} raw matches each")
    total = 0.0
    for name, step in stages.items():
        seconds = fastest(step, a.repeat)
        if name != "choose rules":  # part of the rules row
            total += seconds
        print(f"{name:>24} {seconds / len(files) * 1000:7.3f} ms/document")
    print(f"{'total':>24} {total / len(files) * 1000:7.3f} ms/document")


if __name__ == "__main__":
    main()
