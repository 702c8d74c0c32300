"""What a run tells the user on stderr: progress, failures, and a closing summary."""

from __future__ import annotations

import csv
from pathlib import Path
from types import TracebackType

from rich.console import Console
from rich.table import Table

from .errors import InputError
from .export import RunSummary
from .packs import PackSet
from .writers import AtomicFile


class Progress:
    """A progress bar on a terminal; failed inputs are printed as they happen."""

    def __init__(self, console: Console, total: int, *, enabled: bool) -> None:
        self.console = console
        self.total = total
        self.enabled = enabled
        self.bar = None
        self.task = None

    def __enter__(self) -> Progress:
        if self.enabled:
            from rich.progress import BarColumn, MofNCompleteColumn, TimeRemainingColumn
            from rich.progress import Progress as Bar

            self.bar = Bar(
                "[progress.description]{task.description}",
                BarColumn(),
                MofNCompleteColumn(),
                TimeRemainingColumn(),
                console=self.console,
                transient=True,
            )
            self.bar.start()
            self.task = self.bar.add_task("extracting", total=self.total)
        return self

    def advance(self, result: object) -> None:
        if isinstance(result, InputError):
            self.console.print(f"[red]error[/] {result}", highlight=False, soft_wrap=True)
        if self.bar is not None:
            self.bar.advance(self.task)

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self.bar is not None:
            self.bar.stop()


def print_summary(console: Console, summary: RunSummary, packs: PackSet, out: Path | None) -> None:
    table = Table(title="mentions per indicator", show_edge=False)
    table.add_column("indicator")
    table.add_column("中文名")
    table.add_column("mentions", justify="right")
    for ind, n in sorted(summary.mentions.items(), key=lambda kv: -kv[1]):
        name = packs.indicators[ind].name if ind in packs.indicators else ""
        table.add_row(ind, name, str(n))
    console.print(table)
    where = str(out) if out else "stdout"
    console.print(
        f"files read: {summary.files_read}, failed: {len(summary.failures)}, "
        f"mentions: {sum(summary.mentions.values())}, warnings: {summary.warnings}, "
        f"rows written: {summary.rows_written} -> {where}",
        highlight=False,
    )
    for failure in summary.failures:
        console.print(
            f"  [red]failed[/] {failure.path} ({failure.stage}): {failure.reason}",
            highlight=False,
            soft_wrap=True,
        )


def write_errors(path: Path, failures: list[InputError]) -> None:
    """The failed inputs as CSV (file, stage, reason), written atomically."""
    atomic = AtomicFile(path)
    try:
        with atomic.tmp.open("w", encoding="utf-8-sig", newline="") as f:
            w = csv.writer(f)
            w.writerow(["file", "stage", "reason"])
            for e in failures:
                w.writerow([e.path, e.stage, e.reason])
    except BaseException:
        atomic.discard()
        raise
    atomic.commit()
