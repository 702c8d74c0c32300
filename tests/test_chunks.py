"""The runner's chunked path (stage by stage, rule by rule over a chunk of documents) gives
what the one-document path gives for each document, in any chunks, in or out of processes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import lawgov_extract.pipeline
import lawgov_extract.runner.chunks
from lawgov_extract.cleaning import clean_text
from lawgov_extract.datatypes import Document, ReportResult
from lawgov_extract.errors import InputError
from lawgov_extract.matching import matcher_for
from lawgov_extract.packs import load_packs
from lawgov_extract.pipeline import extract_document
from lawgov_extract.readers import read_document
from lawgov_extract.runner.chunks import extract_documents, match_many
from lawgov_extract.runner.run import BatchOptions, run_files
from lawgov_extract.runner.timer import alarm_timeouts
from lawgov_extract.sentences import split_sentences

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
PACKS = load_packs()
# The seeds' sentences (titles, dates and salutations among them), to build documents from.
SENTENCES = sorted(
    {s.text for path in SEEDS for s in split_sentences(path.read_text(encoding="utf-8"))}
)
# Those that state an indicator on their own, drawn as often as all the others.
STATING = [s for s in SENTENCES if extract_document(Document("s.txt", s), PACKS).mentions]
DOCUMENTS = st.lists(
    st.tuples(
        st.lists(st.sampled_from(SENTENCES) | st.sampled_from(STATING), max_size=30),
        st.sampled_from(["", "\n", "\n\n  "]),  # how the sentences are joined
    ).map(lambda parts: parts[1].join(parts[0])),
    min_size=1,
    max_size=12,
)


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


@settings(max_examples=40, deadline=None)
@given(texts=DOCUMENTS, size=st.integers(1, 8))
def test_chunks_of_any_size_equal_the_one_document_path(texts, size):
    docs = [Document(f"reports/{i}.txt", text) for i, text in enumerate(texts)]
    one_by_one = [extract_document(doc, PACKS) for doc in docs]
    with alarm_timeouts():  # as the workers run it
        chunked = [
            result
            for start in range(0, len(docs), size)
            for result in extract_documents(docs[start : start + size], PACKS)
        ]
    assert chunked == one_by_one


@settings(max_examples=40, deadline=None)
@given(texts=DOCUMENTS)
def test_rule_by_rule_matching_equals_sentence_by_sentence(texts):
    matcher = matcher_for(PACKS)
    docs = [split_sentences(clean_text(text).text) for text in texts]
    assert match_many(matcher, docs) == [list(matcher.match(d)) for d in docs]


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
