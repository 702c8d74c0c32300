"""SIGALRM bounds each rule on each sentence, in place of the regex module's per-call timeout.

The module's per-call ``timeout`` costs about 3 µs a call, a third of all matching time. Inside
:func:`alarm_timeouts`, one interval timer ticks four times per ``REGEX_TIMEOUT`` and its
handler raises TimeoutError once the current rule has run longer than that; the engine checks
for signals while it matches, so a runaway pattern stops just the same (within a quarter of
the limit). :func:`~lawgov_extract.runner.chunks.match_many` uses it when it is on.
"""

from __future__ import annotations

import math
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from .. import matching


class _Watch:
    """When the current rule started on its sentence (``inf`` between rules).

    The periodic SIGALRM compares it with the clock, so a rule costs one clock read instead
    of two ``setitimer`` system calls.
    """

    def __init__(self) -> None:
        self.started = math.inf

    def check(self, signum: int, frame: object) -> None:
        if time.monotonic() - self.started > matching.REGEX_TIMEOUT:
            raise TimeoutError("a rule ran out of time on one sentence")


# Set inside `alarm_timeouts()`.
_ALARM: ContextVar[_Watch | None] = ContextVar("lawgov_alarm_timeouts", default=None)


def active_watch() -> _Watch | None:
    """The watch to set around each rule call, or None: then use the per-call timeout."""
    return _ALARM.get()


@contextmanager
def alarm_timeouts() -> Iterator[None]:
    """Bound each rule on each sentence with SIGALRM instead of the regex module's timeout.

    Signals reach only the main thread: elsewhere, without SIGALRM, or while the caller's own
    interval timer runs, this changes nothing.
    """
    if (
        not hasattr(signal, "setitimer")
        or threading.current_thread() is not threading.main_thread()
        or signal.getitimer(signal.ITIMER_REAL) != (0.0, 0.0)
    ):
        yield
        return
    watch = _Watch()
    previous = signal.signal(signal.SIGALRM, watch.check)
    token = _ALARM.set(watch)
    tick = matching.REGEX_TIMEOUT / 4
    signal.setitimer(signal.ITIMER_REAL, tick, tick)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        _ALARM.reset(token)
        signal.signal(signal.SIGALRM, previous)
