"""Accuracy on the development corpus (../shared/dev), measured as `lawgov eval` does.

The texts are not ours to copy into the project, so this test runs only where the shared
checkout sits beside it (as in CI) and skips with a plain reason elsewhere.
"""

from __future__ import annotations

from lawgov_extract.evaluate import evaluate_paths
from lawgov_extract.packs import load_packs


def test_dev_corpus_meets_the_accuracy_targets(shared):
    gold, corpus = shared("dev/gold.jsonl"), shared("dev/corpus")
    report = evaluate_paths(gold, [corpus], packs=load_packs())
    total = report.total
    assert report.failures == []
    assert total.precision >= 0.96, report.false_positives
    assert total.f1 >= 0.93, report.misses


def test_seeds_meet_the_accuracy_targets(seeds_dir, seeds_gold):
    report = evaluate_paths(seeds_gold, [seeds_dir], packs=load_packs())
    assert report.total.precision >= 0.97
    assert report.total.f1 >= 0.97, report.misses
