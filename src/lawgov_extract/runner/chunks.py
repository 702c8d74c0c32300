"""Documents extracted a chunk at a time: each stage over the whole chunk before the next.

The results are what :func:`lawgov_extract.pipeline.extract_document` gives for each
document (a test checks it on random chunks); only the order of work differs. Running each
stage over a few documents before the next keeps that stage's code and compiled rules in the
processor's caches: 16 documents at a time take about 12% less time than one after the other,
and running the rules rule by rule over the whole chunk another 5%.
"""

from __future__ import annotations

import math
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from operator import itemgetter
from pathlib import Path

from .. import matching
from ..cleaning import clean_text
from ..datatypes import Document, ManifestRow, RawMatch, ReportResult, Sentence
from ..errors import InputError
from ..matching import Matcher, RuleTimeout, matcher_for, raw_match
from ..packs import PackSet, load_packs
from ..pipeline import extract_document, metadata_of, read_file, result_of, timed_out
from ..sentences import Sentences, split_sentences
from .regexcache import disk_compiler
from .timer import active_watch, alarm_timeouts

# Files per task. A task's documents are extracted together (see extract_documents), and their
# texts held meanwhile: at most CHUNK_CHARS characters.
CHUNK = 16
CHUNK_CHARS = 4_000_000


def extract_documents(
    docs: Sequence[Document],
    packs: PackSet | None = None,
    manifests: Sequence[ManifestRow | None] | None = None,
) -> list[ReportResult | InputError]:
    """What :func:`~lawgov_extract.pipeline.extract_document` gives for each document, in
    order (a document whose rules time out becomes its InputError), one stage at a time."""
    matcher = matcher_for(packs if packs is not None else load_packs(compiler=disk_compiler))
    rows = manifests if manifests is not None else [None] * len(docs)
    cleaned = [clean_text(d.text) for d in docs]
    sentences = [split_sentences(c.text) for c in cleaned]
    metas = [metadata_of(d, c, row) for d, c, row in zip(docs, cleaned, rows, strict=True)]
    matches = match_many(matcher, sentences)
    indicators = matcher.packs.indicators
    return [
        timed_out(doc, found)
        if isinstance(found, RuleTimeout)
        else result_of(doc, clean, meta, found, indicators)
        for doc, clean, meta, found in zip(docs, cleaned, metas, matches, strict=True)
    ]


def match_many(
    matcher: Matcher, docs: Sequence[Sentences]
) -> list[list[list[RawMatch]] | RuleTimeout]:
    """``list(matcher.match(doc))`` for each document, or the document's RuleTimeout.

    Each rule runs over its sentences of all the documents in turn, so its compiled program
    stays in the processor's cache. Inside :func:`~.timer.alarm_timeouts` the timer bounds
    each call instead of the regex module's timeout.
    """
    # Per rule (by pack order), the sentences it is tried on: (document, sentence index).
    work: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for d, sentences in enumerate(docs):
        for i, rules in matcher.candidates(sentences):
            for r in rules:
                work[r].append((d, i))
    found: dict[tuple[int, int], list[tuple[int, RawMatch]]] = defaultdict(list)
    failed: dict[int, RuleTimeout] = {}
    texts: dict[tuple[int, int], Sentence] = {}
    watch = active_watch()
    timeout = matching.REGEX_TIMEOUT
    for r in sorted(work):
        rule = matcher.rules[r]
        for d, i in work[r]:
            if d in failed:
                continue
            sentence = texts.get((d, i))
            if sentence is None:
                sentence = texts[d, i] = docs[d][i]
            try:
                if watch is not None:
                    watch.started = time.monotonic()
                    matches = list(rule.regex.finditer(sentence.text))
                else:
                    matches = list(rule.regex.finditer(sentence.text, timeout=timeout))
            except TimeoutError:
                failed[d] = RuleTimeout(rule, sentence)
                continue
            finally:
                if watch is not None:
                    watch.started = math.inf
            for m in matches:
                raw = raw_match(rule, sentence, m)
                if raw is not None:
                    found[d, i].append((r, raw))
    out: list[list[list[RawMatch]] | RuleTimeout] = [[] for _ in docs]
    for (d, _), raws in sorted(found.items()):
        if d not in failed:
            # The order of Matcher.match: rules in pack order, each rule's matches in the
            # text's (sort is stable).
            raws.sort(key=itemgetter(0))
            out[d].append([raw for _, raw in raws])  # type: ignore[union-attr]
    for d, timeout_error in failed.items():
        out[d] = timeout_error
    return out


def extract_chunk(
    tasks: list[tuple[Path, ManifestRow | None]],
    *,
    patterns: tuple[str, ...],
    max_size: int,
    save_text: Path | None,
    digest: Callable[[ReportResult], object] | None,
) -> list[object]:
    """Read, extract and digest a chunk of files: per file its result or its InputError."""
    packs = load_packs(patterns, compiler=disk_compiler)
    out: list[object] = [None] * len(tasks)
    read: list[tuple[int, Document, ManifestRow | None]] = []
    chars = 0
    for i, (path, row) in enumerate(tasks):
        try:
            doc = read_file(path, max_size=max_size, save_text=save_text)
        except InputError as exc:
            out[i] = exc
            continue
        except Exception as exc:  # noqa: BLE001 - one bad file must not end the batch
            out[i] = _internal_error(str(path), exc)
            continue
        read.append((i, doc, row))
        chars += len(doc.text)
        if chars >= CHUNK_CHARS:  # a chunk of very long texts: extract what is read
            _extract(read, packs, digest, out)
            read, chars = [], 0
    _extract(read, packs, digest, out)
    return out


def _extract(
    read: list[tuple[int, Document, ManifestRow | None]],
    packs: PackSet,
    digest: Callable[[ReportResult], object] | None,
    out: list[object],
) -> None:
    if not read:
        return
    docs = [doc for _, doc, _ in read]
    with alarm_timeouts():
        try:
            results = extract_documents(docs, packs, [row for _, _, row in read])
        except Exception:  # noqa: BLE001 - a bug: one document at a time finds its file
            results = [_extract_one(doc, packs, row) for _, doc, row in read]
    for (i, doc, _), result in zip(read, results, strict=True):
        if digest is not None and isinstance(result, ReportResult):
            try:
                out[i] = digest(result)
            except Exception as exc:  # noqa: BLE001
                out[i] = _internal_error(doc.source, exc)
        else:
            out[i] = result


def _extract_one(
    doc: Document, packs: PackSet, row: ManifestRow | None
) -> ReportResult | InputError:
    try:
        return extract_document(doc, packs, row)
    except InputError as exc:
        return exc
    except Exception as exc:  # noqa: BLE001
        return _internal_error(doc.source, exc)


def _internal_error(source: str, exc: Exception) -> InputError:
    return InputError(source, "extract", f"internal error: {type(exc).__name__}: {exc}")
