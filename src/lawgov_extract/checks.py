"""Consistency checks that flag doubtful numbers in a ``warnings`` column.

A number that is wrong is worse than a blank, so lawgov never drops or fixes
a stated number: it keeps it and says why it looks doubtful.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal

import regex

from .datatypes import Mention

# Counts that a stated rate is computed from, in the same sentence.
_COUNT = regex.compile(r"(?<![\d.])(\d+)\s*(?:件|起|宗|个|人次|次)")
# A count right after one of these is the numerator of a rate (调解成功1724件).
_PART = regex.compile(r"(?:成功|胜诉|败诉|化解|出庭(?:应诉)?)$")
_SUCCESS_WORDS = ("成功", "胜诉", "败诉", "化解", "调处", "出庭")
RATE_INDICATORS = frozenset(
    {
        "mediation_success_rate",
        "litigation_win_rate",
        "litigation_loss_rate",
        "court_appearance_rate",
    }
)
PAIRED = frozenset({"approval_time_limit"})


def _tolerance(rate: Decimal) -> Decimal:
    # 99% may be 99.8% cut down, 94.4% may be 94.44% rounded: allow one unit
    # of the last stated digit.
    exponent = rate.normalize().as_tuple().exponent
    digits = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return Decimal(1).scaleb(-digits)


def rate_disagrees(rate: Decimal, sentence_before_rate: str) -> str:
    """A warning when a stated rate cannot come from the counts stated before it.

    >>> rate_disagrees(Decimal("99"), "全区共调解矛盾纠纷1727件,调解成功1724件,调解成功率高达")
    ''
    >>> rate_disagrees(Decimal("94.4"), "共审结18件,胜诉率为")
    ''
    >>> rate_disagrees(Decimal("97"), "共审结18件,胜诉率为")
    'rate 97% fits no share of 18'
    >>> rate_disagrees(Decimal("90"), "调解1000件,调解成功800件,成功率")
    'rate 90% disagrees with 800/1000 = 80.0%'
    """
    found = list(_COUNT.finditer(sentence_before_rate))
    if not found:
        return ""
    tol = _tolerance(rate)
    parts = [int(m[1]) for m in found if _PART.search(sentence_before_rate[: m.start()])]
    if parts:
        part, total = parts[-1], max(int(m[1]) for m in found)
        if total == 0 or part >= total and len(found) == 1:
            return ""
        share = Decimal(part) * 100 / Decimal(total)
        if abs(share - rate) >= tol:
            return f"rate {rate}% disagrees with {part}/{total} = {share:.1f}%"
        return ""
    # Only the base is stated (审结18件,胜诉率94.4%): some whole number of it must fit.
    base = int(found[-1][1])
    if base == 0:
        return ""
    # The whole numbers nearest to rate% of the base are the only ones that can fit.
    near = int(rate * base / 100)
    if any(abs(Decimal(k) * 100 / base - rate) < tol for k in (near, near + 1) if k <= base):
        return ""
    return f"rate {rate}% fits no share of {base}"


def _mention_warnings(m: Mention) -> list[str]:
    out = []
    if m.unit == "%" and not Decimal(0) <= m.value <= Decimal(100):
        out.append(f"rate {m.value}% outside 0-100")
    if m.indicator in RATE_INDICATORS:
        at = m.start - m.sentence_start
        text = m.evidence[: max(at, 0)]
        if any(w in text for w in _SUCCESS_WORDS) or "审结" in text:
            problem = rate_disagrees(m.value, text)
            if problem:
                out.append(problem)
    if m.indicator in PAIRED and m.value_before is not None and m.value > m.value_before:
        out.append(f"after-value {m.value} larger than before-value {m.value_before}")
    return out


def check_mentions(mentions: Iterable[Mention]) -> list[Mention]:
    """Return the mentions with their ``warnings`` filled in."""
    items = list(mentions)
    values: dict[tuple[str, str], set[Decimal]] = defaultdict(set)
    for m in items:
        values[(m.indicator, m.period)].add(m.value)
    out = []
    for m in items:
        warnings = _mention_warnings(m)
        others = values[(m.indicator, m.period)] - {m.value}
        if others and m.period:
            listed = ", ".join(str(v) for v in sorted(others))
            warnings.append(f"other values for {m.period}: {listed}")
        out.append(dataclasses.replace(m, warnings="; ".join(warnings)) if warnings else m)
    return out
