"""The ``lawgov`` command: a thin shell over the library.

Commands parse options, make one library call and render. Heavy imports
(pandas, pyarrow, the readers' libraries) happen inside the commands, so
``lawgov --help`` and ``lawgov patterns list`` start fast.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import click

from . import __version__

EXIT_OK = 0
EXIT_INPUT_FAILED = 1  # some inputs failed, or eval fell under --min-f1
EXIT_USAGE = 2  # bad options, broken pattern pack, unreadable manifest or gold file
EXIT_BROKEN_PIPE = 128 + 13  # stdout closed early (`| head`): as a command SIGPIPE ends


def _stderr_console(quiet: bool):
    from rich.console import Console

    console = Console(stderr=True)
    return console, (not quiet and console.is_terminal)


def _load(patterns: tuple[str, ...]):
    from .errors import PackError
    from .packs import load_packs
    from .runner.regexcache import disk_compiler

    try:
        return load_packs(patterns, compiler=disk_compiler)
    except PackError as exc:
        raise click.UsageError(str(exc)) from exc


JOBS_OPTION = click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    help="Processes to use (default: the number of cores).",
)


def _patterns_option(dest: str, help: str):  # noqa: A002 - click's own name
    """``--patterns PACK``, repeatable, on every command that loads packs."""
    return click.option(
        "--patterns", dest, multiple=True, type=click.Path(exists=True, dir_okay=False), help=help
    )


@contextlib.contextmanager
def _terminate_as_exit() -> Iterator[None]:
    """A terminated run unwinds like Ctrl-C: temporary output removed, no file half-written."""

    def terminate(signum: int, frame: object) -> None:
        raise SystemExit(128 + signum)

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="lawgov")
def main() -> None:
    """lawgov: indicators from 法治政府建设年度报告, one row per district-year.

    \b
    Example:
      lawgov extract seeds/ -o panel.csv
      lawgov extract reports/ --mentions -o mentions.parquet
    """


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    "out",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Output file; its suffix picks the format: .csv, .parquet, .jsonl. "
    "Default: CSV on stdout.",
)
@click.option(
    "--mentions", "table", flag_value="mentions", help="Every mention, not one row per indicator."
)
@click.option(
    "--wide", "table", flag_value="wide", help="One row per district-year, a column per indicator."
)
@click.option("--records", "table", flag_value="records", default=True, hidden=True)
@_patterns_option(
    "patterns", "A user pattern pack (.toml) added on top of the built-ins; repeatable."
)
@click.option(
    "--manifest",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="CSV with columns file,district,year[,city,province,adcode] that overrides "
    "what lawgov finds in the text.",
)
@JOBS_OPTION
@click.option(
    "--max-size",
    type=click.IntRange(min=1),
    default=50,
    show_default=True,
    help="Skip inputs larger than this many MB.",
)
@click.option(
    "--save-text",
    type=click.Path(file_okay=False, path_type=Path),
    help="Write the text lawgov read for each input into this folder.",
)
@click.option(
    "--errors",
    "errors_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write failed inputs as CSV (file, stage, reason).",
)
@click.option("--strict", is_flag=True, help="Stop at the first input that fails.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary.")
def extract(
    paths, out, table, patterns, manifest, jobs, max_size, save_text, errors_file, strict, quiet
) -> None:
    """Extract indicators from reports (files or folders, walked recursively).

    \b
    Examples:
      lawgov extract seeds/                      # CSV to stdout
      lawgov extract reports/ -o panel.csv       # opens in Excel / WPS
      lawgov extract reports/ --wide -o panel.parquet
      lawgov extract reports/ --mentions -o mentions.csv --patterns my_pack.toml

    Exit status: 0 all inputs read, 1 some inputs failed, 2 usage error,
    141 stdout closed early (`| head`).
    """
    from .errors import LawgovError
    from .export import StrictStop, export
    from .progress import Progress, print_summary, write_errors
    from .runner.run import default_jobs, start_run
    from .writers import FORMATS

    if out is not None and out.suffix.lower() not in FORMATS:
        raise click.BadParameter(
            f"{out}: unknown format {out.suffix!r}; use .csv, .parquet or .jsonl",
            param_hint="-o/--output",
        )
    for target, hint in ((out, "-o/--output"), (errors_file, "--errors")):
        if target is not None and not target.absolute().parent.is_dir():
            raise click.BadParameter(
                f"{target}: the folder {target.parent} does not exist", param_hint=hint
            )
    try:
        run = start_run(
            paths,
            patterns=patterns,
            manifest=manifest,
            jobs=jobs or default_jobs(),
            max_size=max_size * 1024 * 1024,
            save_text=save_text,
        )
    except LawgovError as exc:  # a broken pack or manifest
        raise click.UsageError(str(exc)) from exc
    console, show = _stderr_console(quiet)
    total = len(run.failures) + len(run.files)
    with Progress(console, total, enabled=show) as progress, _terminate_as_exit():
        try:
            summary = export(run, out=out, table=table, strict=strict, on_result=progress.advance)
        except StrictStop as stop:
            console.print(f"[red]stopped[/] (--strict): {stop.error}", highlight=False)
            sys.exit(EXIT_INPUT_FAILED)
        except BrokenPipeError:
            if out is not None:
                raise
            # `lawgov extract seeds/ | head`: the reader has all it wants. Stop quietly, with
            # the status of a command that SIGPIPE ended, not click's generic 1 (which here
            # means failed inputs); the dup keeps Python's final flush of stdout quiet too.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(EXIT_BROKEN_PIPE)
    if errors_file is not None:
        write_errors(errors_file, summary.failures)
    if show:
        print_summary(console, summary, run.packs, out)
    if summary.failures:
        sys.exit(EXIT_INPUT_FAILED)


@main.group()
def patterns() -> None:
    """List and test the pattern packs.

    \b
    Examples:
      lawgov patterns list
      lawgov patterns test --patterns my_pack.toml
    """


@patterns.command("list")
@_patterns_option("extra", "Also list these user packs.")
@click.option("--markdown", is_flag=True, help="A Markdown table (as in the README).")
def patterns_list(extra, markdown) -> None:
    """Print the indicator catalogue: id, 中文名, unit, pack, rule count.

    \b
    Example:
      lawgov patterns list
      lawgov patterns list --markdown
    """
    from .packs import catalogue

    rows = catalogue(_load(extra))
    header = ("id", "中文名", "unit", "pack", "rules")
    if markdown:
        click.echo("| " + " | ".join(header) + " |")
        click.echo("|" + "---|" * len(header))
        for row in rows:
            click.echo("| `" + row[0] + "` | " + " | ".join(map(str, row[1:])) + " |")
        return
    for row in [header, *rows]:
        click.echo("\t".join(map(str, row)))


@patterns.command("test")
@click.argument("packs", nargs=-1)
@_patterns_option("extra", "User packs to load (and test) besides the built-ins.")
def patterns_test(packs, extra) -> None:
    """Run every rule's examples and counter-examples (all packs, or the named ones).

    \b
    Example:
      lawgov patterns test
      lawgov patterns test litigation --patterns my_pack.toml
    """
    from .errors import PackError
    from .packs import select_packs
    from .packtest import run_pack_tests

    loaded = _load(extra)
    try:
        chosen = select_packs(loaded, packs) if packs else loaded
    except PackError as exc:
        raise click.UsageError(str(exc)) from exc
    failures = 0
    cases = 0
    for case in run_pack_tests(chosen):
        cases += 1
        if not case.ok:
            failures += 1
            click.echo(f"FAIL {case.name}: {case.problem}")
    click.echo(f"{cases - failures} passed, {failures} failed")
    if failures:
        sys.exit(EXIT_INPUT_FAILED)


@main.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@_patterns_option("patterns", "User packs added on top of the built-ins.")
@click.option("--min-f1", type=float, default=None, help="Exit 1 when the overall F1 is lower.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@JOBS_OPTION
def eval_command(gold, paths, patterns, min_f1, as_json, jobs) -> None:
    """Score extraction against a gold file (JSON Lines, one mention per line).

    \b
    Example:
      lawgov eval gold.jsonl reports/ --min-f1 0.9
    """
    from .errors import GoldError
    from .evaluate import evaluate_paths, render_json, render_table
    from .runner.run import default_jobs

    packs = _load(patterns)
    try:
        report = evaluate_paths(
            gold, paths, packs=packs, patterns=tuple(patterns), jobs=jobs or default_jobs()
        )
    except GoldError as exc:
        raise click.UsageError(str(exc)) from exc
    if as_json:
        click.echo(render_json(report))
    else:
        render_table(report)
    if min_f1 is not None and report.f1 < min_f1:
        sys.exit(EXIT_INPUT_FAILED)
