"""Worker processes: results in task order, failures reported, no process left behind."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import lawgov_extract.runner.chunks
from lawgov_extract.errors import InputError
from lawgov_extract.runner.run import BatchOptions, run_files
from lawgov_extract.runner.workers import WorkerDied, ordered_map

SEED = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))[0]


# Module-level functions: a worker started by "spawn" (no fork on the platform) imports them.
def square_slowly(n: int) -> int:
    time.sleep((n * 7 % 5) / 1000)  # tasks finish out of order
    return n * n


def fail_on_seven(n: int) -> int:
    if n == 7:
        raise ValueError("seven")
    return n


def die_on_five(n: int) -> int:
    if n == 5:
        os.kill(os.getpid(), signal.SIGKILL)
    return -n


def no_workers_left() -> bool:
    return multiprocessing.active_children() == []


@pytest.mark.parametrize("jobs", [1, 2, 3])
def test_results_come_in_task_order(jobs):
    assert list(ordered_map(square_slowly, range(40), jobs)) == [n * n for n in range(40)]
    assert no_workers_left()


def test_more_workers_than_tasks():
    assert list(ordered_map(square_slowly, [3], jobs=4)) == [9]
    assert list(ordered_map(square_slowly, [], jobs=2)) == []
    assert no_workers_left()


def test_an_exception_comes_after_the_results_before_it():
    results = ordered_map(fail_on_seven, range(20), jobs=2)
    assert [next(results) for _ in range(7)] == list(range(7))
    with pytest.raises(ValueError, match="seven"):
        next(results)
    assert no_workers_left()


def test_a_killed_worker_loses_its_task_only():
    lost = []

    def on_lost(task, exitcode):
        lost.append((task, exitcode))
        return "lost"

    results = list(ordered_map(die_on_five, range(12), jobs=2, on_lost=on_lost))
    assert results == [0, -1, -2, -3, -4, "lost", -6, -7, -8, -9, -10, -11]
    assert lost == [(5, -signal.SIGKILL)]
    assert no_workers_left()


def test_a_killed_worker_without_on_lost_is_an_error():
    with pytest.raises(WorkerDied, match="exit code -9"):
        list(ordered_map(die_on_five, range(12), jobs=2))
    assert no_workers_left()


def test_closing_early_ends_the_workers():
    results = ordered_map(square_slowly, range(1000), jobs=2)
    assert next(results) == 0
    results.close()
    assert no_workers_left()


MAIN_THEN_WAITS = """
import sys, time, multiprocessing
from lawgov_extract.runner.workers import ordered_map

results = ordered_map(abs, range(100), jobs=2)
next(results)
print(*[p.pid for p in multiprocessing.active_children()], flush=True)
time.sleep(120)
"""


def test_workers_end_when_the_main_process_is_killed(live_pids):
    def alive(pid: int) -> bool:
        return pid in live_pids()

    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    main = subprocess.Popen(
        [sys.executable, "-c", MAIN_THEN_WAITS], env=env, stdout=subprocess.PIPE, text=True
    )
    workers = [int(pid) for pid in main.stdout.readline().split()]
    assert len(workers) == 2 and all(map(alive, workers))
    main.kill()
    main.wait()
    deadline = time.monotonic() + 20
    while any(map(alive, workers)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(map(alive, workers))


def test_a_file_that_kills_its_worker_fails_alone_in_its_chunk(tmp_path, monkeypatch):
    files = []
    for i in range(80):  # chunks of 4 on two workers
        files.append(tmp_path / f"{i:02d}.txt")
        files[-1].write_bytes(SEED.read_bytes())
    real = lawgov_extract.runner.chunks.read_file

    def read_or_die(path, **kwargs):  # as if this file ran the process out of memory
        if path.name == "13.txt":
            os.kill(os.getpid(), signal.SIGKILL)
        return real(path, **kwargs)

    monkeypatch.setattr(
        lawgov_extract.runner.chunks, "read_file", read_or_die
    )  # forked workers see it
    monkeypatch.setattr(lawgov_extract.runner.chunks, "CHUNK", 4)
    results = list(run_files(files, BatchOptions(jobs=2)))
    failed = [r for r in results if isinstance(r, InputError)]
    assert [Path(f.path).name for f in failed] == ["12.txt", "13.txt", "14.txt", "15.txt"]
    assert "ended (signal 9)" in str(failed[0]) and "3 other files" in str(failed[0])
    assert [r.source for r in results if not isinstance(r, InputError)] == [
        str(f) for f in files if f.name not in {"12.txt", "13.txt", "14.txt", "15.txt"}
    ]
    assert no_workers_left()
