"""A run over many files, in order, on one or several processes: the CLI's and the API's.

:func:`start_run` checks everything that can fail before a report is read (the packs, the
manifest) and collects the inputs; :meth:`Run.results` extracts them. Results come back in
input order whatever the number of processes, one at a time, so a caller can write them out
as they arrive and memory stays flat. A file that fails becomes an :class:`InputError` in the
stream; the others go on.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from ..datatypes import ManifestRow, ReportResult
from ..errors import InputError
from ..metadata import load_manifest
from ..packs import PackSet, load_packs
from ..readers import DEFAULT_MAX_SIZE, iter_input_files
from . import chunks
from .regexcache import disk_compiler
from .workers import ordered_map


@dataclass(frozen=True)
class BatchOptions:
    patterns: tuple[str, ...] = ()
    manifest: dict[str, ManifestRow] | None = None
    max_size: int = DEFAULT_MAX_SIZE
    save_text: Path | None = None
    jobs: int = 1


@dataclass(frozen=True)
class Run:
    """A run's inputs, checked and collected: ``results`` extracts them."""

    packs: PackSet
    files: list[Path]
    failures: list[InputError] = field(default_factory=list)  # inputs that failed already
    options: BatchOptions = BatchOptions()

    def results(self, digest: Callable[[ReportResult], object] | None = None) -> Iterator[Any]:
        """The inputs that failed already, then every file's result (``digest`` of it) or its
        InputError, in input order."""
        yield from self.failures
        yield from run_files(self.files, self.options, digest)


def start_run(
    paths: Iterable[str | Path],
    *,
    patterns: Iterable[str | Path] = (),
    manifest: str | Path | None = None,
    jobs: int = 1,
    max_size: int = DEFAULT_MAX_SIZE,
    save_text: Path | None = None,
) -> Run:
    """Load the packs and the manifest (PackError, LawgovError) and collect the inputs."""
    pattern_files = tuple(str(p) for p in patterns)
    packs = load_packs(pattern_files, compiler=disk_compiler)
    rows = load_manifest(manifest) if manifest else None
    files, failures = collect_inputs(paths)
    return Run(packs, files, failures, BatchOptions(pattern_files, rows, max_size, save_text, jobs))


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def collect_inputs(paths: Iterable[str | Path]) -> tuple[list[Path], list[InputError]]:
    """Expand folders; return the files to read and the inputs that failed already."""
    files: list[Path] = []
    errors: list[InputError] = []
    for item in iter_input_files(paths):
        (errors if isinstance(item, InputError) else files).append(item)
    return files, errors


def _slices(tasks: list, size: int) -> Iterator[list]:
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
        chunks.extract_chunk,
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
        for results in map(work, _slices(tasks, chunks.CHUNK)):
            yield from results
        return
    # Smaller chunks on short runs, so that every worker gets several.
    size = max(1, min(chunks.CHUNK, len(tasks) // (jobs * 8)))
    for results in ordered_map(work, _slices(tasks, size), jobs, on_lost=_lost):
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
