"""Chunked batches: documents run stage by stage in chunks, with the same results as one by one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import lawgov_extract.pipeline
import lawgov_extract.runner.chunks
from lawgov_extract.datatypes import ReportResult
from lawgov_extract.errors import InputError
from lawgov_extract.pipeline import extract_document
from lawgov_extract.readers import read_document
from lawgov_extract.runner.chunks import extract_documents
from lawgov_extract.runner.run import BatchOptions, run_files

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))


def summary(result: ReportResult | InputError) -> object:
    if isinstance(result, InputError):
        return str(result)
    return (result.source, result.meta, result.mentions)


def test_extract_documents_equals_one_document_at_a_time():
    docs = [read_document(p) for p in SEEDS]
    together = extract_documents(docs)
    assert [r.source for r in together] == [str(p) for p in SEEDS]
    assert sum(len(r.mentions) for r in together) > 30
    assert list(map(summary, together)) == [summary(extract_document(d)) for d in docs]


@pytest.fixture
def crawl(tmp_path: Path) -> list[Path]:
    """The seeds three times over, with an empty file among them."""
    files = []
    for i in range(3):
        for seed in SEEDS:
            files.append(tmp_path / f"{i}_{seed.name}")
            shutil.copy(seed, files[-1])
    files.insert(4, tmp_path / "empty.txt")
    files[4].write_text("", encoding="utf-8")
    return files


def test_chunk_size_changes_nothing(crawl, monkeypatch):
    whole = list(map(summary, run_files(crawl, BatchOptions())))
    assert "empty.txt" in whole[4] and sum(isinstance(r, str) for r in whole) == 1
    monkeypatch.setattr(lawgov_extract.runner.chunks, "CHUNK", 4)
    assert list(map(summary, run_files(crawl, BatchOptions()))) == whole
    monkeypatch.setattr(lawgov_extract.runner.chunks, "CHUNK_CHARS", 1)  # every text alone
    assert list(map(summary, run_files(crawl, BatchOptions()))) == whole


def test_a_bug_on_one_document_fails_that_file_only(crawl, monkeypatch):
    expected = list(map(summary, run_files(crawl, BatchOptions())))
    real = lawgov_extract.pipeline.normalize
    buggy = crawl[6]

    def normalize(raw, clean, original, source, *args):
        if source == str(buggy):
            raise ZeroDivisionError("a bug")
        return real(raw, clean, original, source, *args)

    monkeypatch.setattr(lawgov_extract.pipeline, "normalize", normalize)
    results = list(run_files(crawl, BatchOptions()))
    assert isinstance(results[6], InputError)
    assert str(results[6]).startswith(str(buggy))
    assert "internal error: ZeroDivisionError: a bug" in str(results[6])
    assert [summary(r) for i, r in enumerate(results) if i != 6] == expected[:6] + expected[7:]
