"""Run the pipeline over many files, in order, on one or several processes.

Results come back in input order whatever the number of processes, one at a
time, so a caller can write them out as they arrive and memory stays flat.
A file that fails becomes an :class:`InputError` in the stream; the others go on.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from .datatypes import Document, ManifestRow, ReportResult
from .errors import InputError
from .matching import alarm_timeouts
from .packs import PackSet, load_packs
from .pipeline import extract_document, extract_documents, read_file
from .readers import DEFAULT_MAX_SIZE, iter_input_files
from .workers import ordered_map

# Files per task. The pipeline runs each stage over a task's documents before the next
# (see extract_documents), and holds their texts meanwhile: at most CHUNK_CHARS characters.
CHUNK = 16
CHUNK_CHARS = 4_000_000


@dataclass(frozen=True)
class BatchOptions:
    patterns: tuple[str, ...] = ()
    manifest: dict[str, ManifestRow] | None = None
    max_size: int = DEFAULT_MAX_SIZE
    save_text: Path | None = None
    jobs: int = 1


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def collect_inputs(paths: Iterable[str | Path]) -> tuple[list[Path], list[InputError]]:
    """Expand folders; return the files to read and the inputs that failed already."""
    files: list[Path] = []
    errors: list[InputError] = []
    for item in iter_input_files(paths):
        (errors if isinstance(item, InputError) else files).append(item)
    return files, errors


def _work(
    tasks: list[tuple[Path, ManifestRow | None]],
    *,
    patterns: tuple[str, ...],
    max_size: int,
    save_text: Path | None,
    digest: Callable[[ReportResult], object] | None,
) -> list[object]:
    """Read, extract and digest a chunk of files: per file its result or its InputError."""
    packs = load_packs(patterns)
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


def _chunks(tasks: list, size: int) -> Iterator[list]:
    for i in range(0, len(tasks), size):
        yield tasks[i : i + size]


def run_files(
    files: list[Path],
    options: BatchOptions,
    digest: Callable[[ReportResult], object] | None = None,
) -> Iterator[Any]:
    """Extract every file; yields results (or the file's InputError) in input order.

    ``digest`` (a picklable function) turns each result into what the caller keeps, in the
    worker process: the main process then only writes, so processes scale.
    """
    work = partial(
        _work,
        patterns=options.patterns,
        max_size=options.max_size,
        save_text=options.save_text,
        digest=digest,
    )
    manifest = options.manifest or {}
    tasks = [(f, manifest.get(f.name)) for f in files]
    jobs = max(1, min(options.jobs, len(tasks)))
    # Worker processes cost more than they save on a handful of files.
    if jobs == 1 or len(tasks) < 2 * jobs:
        for results in map(work, _chunks(tasks, CHUNK)):
            yield from results
        return
    # Smaller chunks on short runs, so that every worker gets several.
    size = max(1, min(CHUNK, len(tasks) // (jobs * 8)))
    for results in ordered_map(work, _chunks(tasks, size), jobs, on_lost=_lost):
        yield from results


def _lost(tasks: list[tuple[Path, ManifestRow | None]], exitcode: int | None) -> list:
    """The files a worker process was extracting when it ended (killed, out of memory) fail."""
    if exitcode is not None and exitcode < 0:
        how = f"(signal {-exitcode}), out of memory or killed"
    else:
        how = f"(exit code {exitcode})"
    others = f" (with {len(tasks) - 1} other files)" if len(tasks) > 1 else ""
    reason = f"the process extracting it{others} ended {how}"
    return [InputError(str(path), "extract", reason) for path, _ in tasks]
