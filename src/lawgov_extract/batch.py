"""Run the pipeline over many files, in order, on one or several processes.

Results come back in input order whatever the number of processes, one at a
time, so a caller can write them out as they arrive and memory stays flat.
A file that fails becomes an :class:`InputError` in the stream; the others go on.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from .errors import InputError
from .matching import alarm_timeouts
from .metadata import ManifestRow
from .packs import load_packs
from .pipeline import ReportResult, extract_file
from .readers import iter_input_files

DEFAULT_MAX_SIZE = 50 * 1024 * 1024


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
    task: tuple[Path, ManifestRow | None],
    *,
    patterns: tuple[str, ...],
    max_size: int,
    save_text: Path | None,
    digest: Callable[[ReportResult], object] | None,
) -> object:
    path, row = task
    try:
        with alarm_timeouts():
            result = extract_file(
                path,
                packs=load_packs(patterns),
                manifest=row,
                max_size=max_size,
                save_text=save_text,
            )
        return result if digest is None else digest(result)
    except InputError as exc:
        return exc
    except Exception as exc:  # noqa: BLE001 - one bad file must not end the batch
        return InputError(str(path), "extract", f"internal error: {type(exc).__name__}: {exc}")


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
    # A pool costs more than it saves on a handful of files.
    if jobs == 1 or len(tasks) < 2 * jobs:
        yield from map(work, tasks)
        return
    # fork keeps start-up cheap and inherits the compiled packs of the parent.
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    with _sigterm_blocked():  # the pool's threads, and every worker they fork, inherit it
        pool = multiprocessing.get_context(method).Pool(jobs, initializer=_worker_started)
    with pool:
        chunk = max(1, min(16, len(tasks) // (jobs * 8)))
        yield from pool.imap(work, tasks, chunksize=chunk)


# Pool.terminate() ends its workers with SIGTERM. A worker forked with the CLI's Python-level
# SIGTERM handler loses a signal that arrives before the interpreter finishes forking (CPython
# clears pending signals then), and then waits forever for a task: the whole run hangs. So
# workers are born with SIGTERM blocked, reset it to the default and only then unblock it: a
# SIGTERM that came early is still pending and ends the worker.
_SIGTERM = {signal.SIGTERM} if hasattr(signal, "pthread_sigmask") else set()


@contextlib.contextmanager
def _sigterm_blocked() -> Iterator[None]:
    if not _SIGTERM:
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, _SIGTERM)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _worker_started() -> None:
    if _SIGTERM:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _SIGTERM)
