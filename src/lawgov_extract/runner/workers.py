"""Map one function over tasks on forked worker processes; results come back in task order.

This replaces ``multiprocessing.Pool`` for lawgov's one use of it. The pool runs three
threads in the main process; one of them wakes whenever the result pipe holds unread data,
and together they took 0.44 s of CPU per 5,000 reports from the two cores the workers need.
Here the main thread reads the workers' pipes itself whenever it needs the next result. A
worker that dies (killed, out of memory) is replaced and its task reported, where the pool
waits for that task forever.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

# Tasks handed to a worker before its first result is back: it never waits for the next one
# while the main process is busy writing.
AHEAD = 2


class WorkerDied(RuntimeError):
    """A worker process ended without sending back the result of its task."""


def ordered_map(
    func: Callable[[T], R],
    tasks: Iterable[T],
    jobs: int,
    on_lost: Callable[[T, int | None], R] | None = None,
) -> Iterator[R]:
    """``map(func, tasks)`` on ``jobs`` worker processes, yielding results in task order.

    ``func``, the tasks and the results must pickle; an exception raised by ``func`` is
    raised here. A worker that ends while running a task (killed, out of memory) is replaced;
    that task's result is ``on_lost(task, exit code)`` (without ``on_lost``,
    :class:`WorkerDied` is raised). Closing the iterator early ends the workers.

    >>> list(ordered_map(abs, [-3, 1, -2, 5, -8], jobs=2))
    [3, 1, 2, 5, 8]
    """
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    ctx = multiprocessing.get_context(method)  # fork: cheap, and inherits the compiled packs
    todo = enumerate(tasks)
    retry: deque[tuple[int, T]] = deque()  # tasks queued on a worker that ended
    done: dict[int, tuple[bool, Any]] = {}  # (ok, result or exception), by task index
    given: dict[Connection, tuple[BaseProcess, deque[tuple[int, T]]]] = {}
    finished = False

    def start_worker() -> None:
        mine, theirs = ctx.Pipe()
        with _sigterm_blocked():  # the worker is born with it blocked, see _serve
            # The worker closes its copies of the main process's ends, its own included: if
            # the main process dies, the worker's next read ends instead of waiting forever.
            ours = [mine, *given]
            proc = ctx.Process(target=_serve, args=(func, theirs, ours), daemon=True)
            proc.start()
        theirs.close()  # so that our end reads EOF when the worker ends
        given[mine] = (proc, deque())
        for _ in range(AHEAD):
            hand_out(mine)

    def hand_out(conn: Connection) -> None:
        task = retry.popleft() if retry else next(todo, None)
        if task is None:
            return
        try:
            conn.send(task)
        except OSError:  # the worker has just ended; its end of file comes next
            retry.appendleft(task)
            return
        given[conn][1].append(task)

    try:
        for _ in range(jobs):
            start_worker()
        following = 0
        while True:
            while following in done:
                ok, value = done.pop(following)
                if not ok:
                    raise value
                yield value
                following += 1
            if not retry and not any(queue for _, queue in given.values()):
                break
            for conn in wait(list(given)):
                proc, queue = given[conn]
                try:
                    index, ok, value = conn.recv()
                except (EOFError, OSError):  # the worker ended
                    del given[conn]
                    conn.close()
                    proc.join()
                    if queue:  # the task it was running is lost; the others go elsewhere
                        index, task = queue.popleft()
                        retry.extend(queue)
                        if on_lost is None:
                            raise WorkerDied(
                                f"a worker process ended with exit code {proc.exitcode}"
                            ) from None
                        done[index] = (True, on_lost(task, proc.exitcode))
                    start_worker()
                    continue
                queue.popleft()
                done[index] = (ok, value)
                hand_out(conn)
        finished = True
    finally:
        for conn, (proc, _) in given.items():
            if finished:
                with contextlib.suppress(OSError):  # unless it has ended already
                    conn.send(None)  # no more tasks: the worker returns
            else:
                proc.terminate()
            proc.join()
            conn.close()


def _serve(func: Callable[[Any], Any], conn: Connection, ours: list[Connection]) -> None:
    """A worker: run tasks until told to stop (None) or the main process is gone."""
    for other in ours:
        other.close()
    if _SIGTERM:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _SIGTERM)
    # Ctrl-C reaches every process of the terminal; the main process unwinds and ends us.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):  # the main process is gone
            return
        if task is None:
            return
        index, item = task
        try:
            reply = (index, True, func(item))
        except Exception as exc:  # noqa: BLE001 - handed to the main process, raised there
            reply = (index, False, exc)
        try:
            conn.send(reply)
        except OSError:  # the main process is gone
            return
        except Exception as exc:  # noqa: BLE001 - the result does not pickle (nothing sent)
            conn.send((index, False, exc))


# terminate() ends workers with SIGTERM. A worker forked with the CLI's Python-level SIGTERM
# handler loses a signal that arrives before the interpreter finishes forking (CPython clears
# pending signals then), and then waits forever for a task: the whole run hangs. So workers
# are born with SIGTERM blocked, reset it to the default and only then unblock it: a SIGTERM
# that came early is still pending and ends the worker.
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
