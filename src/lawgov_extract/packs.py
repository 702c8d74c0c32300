"""Pattern packs: TOML data files of regex rules, validated and compiled once.

A pack declares the indicators it feeds (``[indicators.ID]``) and a list of
``[[rules]]``.  Every rule names its indicator, a pattern in ``regex`` syntax
with a named group ``value`` (and optionally ``value_before``, ``unit``), at
least one example and one counter-example.  ``{NAME}`` in a pattern expands a
shared macro from ``patterns/_macros.toml`` (``{NUM}`` is the numeral grammar
of :mod:`lawgov_extract.numerals`), so no pack repeats the numeral grammar.

Every problem of every pack is collected and raised together as one
:class:`~lawgov_extract.errors.PackError`, each line ``file:rule: reason``,
before any report is read. How patterns are compiled is the caller's choice: the runner
passes :func:`lawgov_extract.runner.regexcache.disk_compiler`, which keeps compiled rules
between runs.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Protocol

import regex

from . import numerals
from .errors import PackError

ALLOWED_GROUPS = frozenset({"value", "value_before", "unit"})
QUALIFIERS = frozenset({"exact", "approx", "at_least", "at_most"})
RULE_KEYS = frozenset(
    {
        "id",
        "indicator",
        "description",
        "pattern",
        "keywords",
        "context",
        "examples",
        "counter_examples",
    }
)
EXAMPLE_KEYS = frozenset({"text", "value", "value_before", "unit", "qualifier"})
PACK_KEYS = frozenset({"pack", "indicators", "rules"})
MACRO_RE = regex.compile(r"\{([A-Z][A-Z0-9_]*)\}")
MACRO_FILE = "_macros.toml"


@dataclass(frozen=True)
class Indicator:
    id: str
    name: str
    unit: str
    pack: str
    description: str = ""


@dataclass(frozen=True)
class Example:
    text: str
    value: float
    value_before: float | None = None
    unit: str | None = None
    qualifier: str | None = None


@dataclass(frozen=True, eq=False)  # identity hash: rules are looked up per sentence
class Rule:
    pack: str
    id: str
    indicator: str
    pattern: str  # as written, before macro expansion
    regex: regex.Pattern = field(repr=False, compare=False)
    keywords: tuple[str, ...] = ()
    # At least one must appear in the sentence or the one before it (受理1033件 after a
    # sentence about 行政复议).
    context: tuple[str, ...] = ()
    description: str = ""
    examples: tuple[Example, ...] = ()
    counter_examples: tuple[str, ...] = ()

    @property
    def qualified_id(self) -> str:
        """``pack:rule_id``, the value of the ``rule`` column."""
        return f"{self.pack}:{self.id}"


@dataclass(frozen=True, eq=False)  # hashed by identity: compiled once, cached per process
class PackSet:
    """All loaded packs: the indicator catalogue and the rules, in load order."""

    indicators: dict[str, Indicator]
    rules: tuple[Rule, ...]
    files: tuple[str, ...]

    def rules_for(self, pack: str) -> tuple[Rule, ...]:
        return tuple(r for r in self.rules if r.pack == pack)


def builtin_pack_dir() -> Path:
    """The folder of the built-in packs, installed or in a source checkout."""
    installed = resources.files("lawgov_extract") / "patterns"
    if installed.is_dir():
        return Path(str(installed))
    return Path(__file__).resolve().parents[2] / "patterns"


def builtin_pack_files() -> list[Path]:
    return sorted(p for p in builtin_pack_dir().glob("*.toml") if p.name != MACRO_FILE)


def _read_toml(path: Path, problems: list[str]) -> dict | None:
    try:
        with path.open("rb") as f:
            return tomllib.load(f)
    except FileNotFoundError:
        problems.append(f"{path}: no such pack file")
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        problems.append(f"{path}: not valid TOML: {exc}")
    return None


def quantity_macros() -> dict[str, str]:
    """The macros of numbers and quantities, generated from the numeral vocabulary so that a
    unit or qualifier the parser knows is one the packs read."""
    q = numerals.quantity_pattern
    return {
        "NUM": numerals.NUMBER_PATTERN,  # one numeral
        "QSTART": numerals.QUANTITY_START,  # the first character of a quantity
        "QPRE": numerals.prefix_pattern(),  # 约 近 超过 不足 ... before the number
        "QPOST": numerals.approx_pattern(),  # 余 多 来 几 right after it
        "QEND": numerals.suffix_pattern(),  # 以上 左右 以内 ... after the unit
        "CASE": q("case"),  # 3300余件, 12起, 5宗
        "ITEM": q("item"),  # 7万余条, 12篇, 3份
        "TIMES": q("event", "visit"),  # 18场次, 9人次
        "EVENTS": q("event"),  # like TIMES, never people (人次)
        "PEOPLE": q("people"),  # 200多人, 5名
        "RATE": q("rate"),  # 99.5%, 百分之百, 近九成, 三分之一
        "DURATION": q("duration"),  # 35个工作日, 半天, 一个半小时内
    }


def _load_macros(problems: list[str]) -> dict[str, str]:
    path = builtin_pack_dir() / MACRO_FILE
    data = _read_toml(path, problems) or {}
    generated = quantity_macros()
    raw = {**generated, **{k: str(v) for k, v in data.get("macros", {}).items()}}
    for name in sorted(generated.keys() & data.get("macros", {}).keys()):
        problems.append(f"{path}:{name}: generated from lawgov_extract.numerals, not defined here")
    expanded: dict[str, str] = {}

    def expand(name: str, seen: tuple[str, ...]) -> str:
        if name in expanded:
            return expanded[name]
        if name in seen:
            raise KeyError(f"macro cycle {' -> '.join(seen + (name,))}")
        body = MACRO_RE.sub(lambda m: f"(?:{expand(m[1], seen + (name,))})", raw[name])
        expanded[name] = body
        return body

    for name in raw:
        try:
            expand(name, ())
        except KeyError as exc:
            problems.append(f"{path}:{name}: unknown or cyclic macro {exc}")
    return expanded


def _expand(pattern: str, macros: dict[str, str]) -> str:
    def sub(m: regex.Match) -> str:
        if m[1] not in macros:
            raise KeyError(m[1])
        return f"(?:{macros[m[1]]})"

    return MACRO_RE.sub(sub, pattern)


def _known_unit(unit: str) -> bool:
    """A unit the numeral parser gives (件, 条, 工作日, %, 个百分点, ...), or none."""
    return unit == "" or unit in numerals.UNITS


def _parse_example(raw: object, where: str, problems: list[str]) -> Example | None:
    if not isinstance(raw, dict) or "text" not in raw or "value" not in raw:
        problems.append(f"{where}: an example needs `text` and `value`")
        return None
    unknown = set(raw) - EXAMPLE_KEYS
    if unknown:
        problems.append(f"{where}: unknown example keys {sorted(unknown)}")
    if raw.get("qualifier") not in (None, *QUALIFIERS):
        problems.append(f"{where}: qualifier must be one of {sorted(QUALIFIERS)}")
    return Example(
        text=str(raw["text"]),
        value=float(raw["value"]),
        value_before=None if raw.get("value_before") is None else float(raw["value_before"]),
        unit=raw.get("unit"),
        qualifier=raw.get("qualifier"),
    )


def _parse_rule(
    raw: dict,
    pack: str,
    path: Path,
    index: int,
    macros: dict[str, str],
    compiler: Compiler,
    problems: list[str],
) -> Rule | None:
    rid = raw.get("id") or f"rules[{index}]"
    where = f"{path}:{rid}"
    before = len(problems)
    unknown = set(raw) - RULE_KEYS
    if unknown:
        problems.append(f"{where}: unknown keys {sorted(unknown)}")
    for key in ("id", "indicator", "pattern"):
        if not isinstance(raw.get(key), str) or not raw.get(key):
            problems.append(f"{where}: missing `{key}`")
    if len(problems) > before:
        return None
    try:
        compiled = compiler.compile(_expand(raw["pattern"], macros), regex.V0)
    except KeyError as exc:
        problems.append(f"{where}: unknown macro {{{exc.args[0]}}}")
        return None
    except regex.error as exc:
        problems.append(f"{where}: bad regex: {exc}")
        return None
    groups = set(compiled.groupindex)
    if "value" not in groups:
        problems.append(f"{where}: pattern has no named group `value`")
    if groups - ALLOWED_GROUPS:
        problems.append(
            f"{where}: unknown group(s) {sorted(groups - ALLOWED_GROUPS)}; "
            f"allowed: {sorted(ALLOWED_GROUPS)}"
        )
    examples = [_parse_example(e, where, problems) for e in raw.get("examples", [])]
    counters = raw.get("counter_examples", [])
    if not examples:
        problems.append(f"{where}: needs at least one example")
    if not counters or not all(isinstance(c, str) for c in counters):
        problems.append(f"{where}: needs at least one counter-example (a list of strings)")
    keywords = raw.get("keywords", [])
    context = raw.get("context", [])
    for key, words in (("keywords", keywords), ("context", context)):
        if not isinstance(words, list) or not all(isinstance(k, str) and k for k in words):
            problems.append(f"{where}: `{key}` must be a list of non-empty strings")
    if len(problems) > before:
        return None
    return Rule(
        pack=pack,
        id=raw["id"],
        indicator=raw["indicator"],
        pattern=raw["pattern"],
        regex=compiled,
        keywords=tuple(keywords),
        context=tuple(context),
        description=str(raw.get("description", "")),
        examples=tuple(e for e in examples if e is not None),
        counter_examples=tuple(counters),
    )


def _parse_pack(
    path: Path,
    data: dict,
    macros: dict[str, str],
    compiler: Compiler,
    indicators: dict[str, Indicator],
    problems: list[str],
) -> list[Rule]:
    unknown = set(data) - PACK_KEYS
    if unknown:
        problems.append(f"{path}: unknown top-level keys {sorted(unknown)}")
    name = str(data.get("pack", {}).get("name") or path.stem)
    for ind_id, spec in data.get("indicators", {}).items():
        if not isinstance(spec, dict) or not spec.get("name") or "unit" not in spec:
            problems.append(f"{path}:{ind_id}: an indicator needs `name` and `unit`")
            continue
        if not _known_unit(str(spec["unit"])):
            problems.append(
                f"{path}:{ind_id}: unit {spec['unit']!r} is not one lawgov's numeral parser knows"
            )
            continue
        if ind_id in indicators:
            problems.append(
                f"{path}:{ind_id}: indicator already declared by pack {indicators[ind_id].pack}"
            )
            continue
        indicators[ind_id] = Indicator(
            ind_id, spec["name"], spec["unit"], name, spec.get("description", "")
        )
    rules = []
    seen: set[str] = set()
    raw_rules = data.get("rules", [])
    if not raw_rules:
        problems.append(f"{path}: the pack has no [[rules]]")
    for i, raw in enumerate(raw_rules):
        rule = _parse_rule(raw, name, path, i, macros, compiler, problems)
        if rule is None:
            continue
        if rule.id in seen:
            problems.append(f"{path}:{rule.id}: duplicate rule id")
        seen.add(rule.id)
        rules.append(rule)
    return rules


class Compiler(Protocol):
    """Compiles the packs' patterns; ``save`` is called once all are compiled."""

    def compile(self, pattern: str, flags: int) -> regex.Pattern: ...
    def save(self) -> None: ...


class PlainCompiler:
    """``regex.compile``, every pattern afresh."""

    def compile(self, pattern: str, flags: int) -> regex.Pattern:
        return regex.compile(pattern, flags)

    def save(self) -> None:
        pass


def load_packs(
    extra: Sequence[str | Path] = (),
    *,
    builtin: bool = True,
    compiler: Callable[[], Compiler] = PlainCompiler,
) -> PackSet:
    """Load the built-in packs and any user packs; raise PackError listing every problem.

    ``compiler`` makes the compiler for one load (a function or class, part of the
    per-process cache key).
    """
    return _load_packs(tuple((str(p), _stamp(p)) for p in extra), builtin, compiler)


def _stamp(path: str | Path) -> tuple[int, int]:
    try:
        st = Path(path).stat()
    except OSError:
        return (0, 0)
    return (st.st_mtime_ns, st.st_size)


@cache
def _load_packs(
    extra: tuple[tuple[str, tuple[int, int]], ...],
    builtin: bool,
    make_compiler: Callable[[], Compiler],
) -> PackSet:
    # Cached per process (a batch compiles the packs once, not once per report) and keyed
    # by modification time, so a notebook that edits a pack gets the new rules.
    problems: list[str] = []
    macros = _load_macros(problems)
    compiler = make_compiler()
    files = (builtin_pack_files() if builtin else []) + [Path(p) for p, _ in extra]
    indicators: dict[str, Indicator] = {}
    rules: list[Rule] = []
    for path in files:
        data = _read_toml(path, problems)
        if data is None:
            continue
        pack_rules = _parse_pack(path, data, macros, compiler, indicators, problems)
        rules += pack_rules
        # Checked after each pack: a pack may feed indicators declared by earlier packs.
        for rule in pack_rules:
            if rule.indicator not in indicators:
                problems.append(f"{path}:{rule.id}: unknown indicator `{rule.indicator}`")
    compiler.save()  # the valid patterns, even when another rule is broken
    if problems:
        raise PackError(problems)
    return PackSet(indicators, tuple(rules), tuple(str(f) for f in files))


def select_packs(packs: PackSet, names: Iterable[str]) -> PackSet:
    """Keep only the rules of the named packs (for ``lawgov patterns test PACK``)."""
    wanted = set(names)
    unknown = wanted - {r.pack for r in packs.rules}
    if unknown:
        raise PackError([f"no pack named {n!r}" for n in sorted(unknown)])
    return PackSet(packs.indicators, tuple(r for r in packs.rules if r.pack in wanted), packs.files)


def catalogue(packs: PackSet) -> list[tuple[str, str, str, str, int]]:
    """(id, 中文名, unit, pack, rule count) for every indicator, in declaration order."""
    counts: dict[str, int] = {}
    for rule in packs.rules:
        counts[rule.indicator] = counts.get(rule.indicator, 0) + 1
    return [(i.id, i.name, i.unit, i.pack, counts.get(i.id, 0)) for i in packs.indicators.values()]
