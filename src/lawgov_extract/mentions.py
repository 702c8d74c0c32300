"""Turn raw regex matches into normalized mentions: value, unit, qualifier, period.

A mention keeps everything needed to trace it: the source, the matched span in
the decoded text (``text[start:end]``), the whole evidence sentence as written
and the ``pack:rule`` that fired.
"""

from __future__ import annotations

from decimal import Decimal

import regex

from .cleaning import CleanText
from .datatypes import Mention, RawMatch
from .numerals import parse_quantity
from .packs import Indicator

MULTI_YEAR = "multi-year"

_YEAR = regex.compile(r"((?:19|20)\d{2})\s*年(?!底前|以前)")
# 近三年 / 五年来 / 2019年以来 / 十四五以来: the number covers several years.
_MULTI = regex.compile(
    r"(?:近|过去)[一二两三四五六七八九十\d]+年|[一二两三四五六七八九十\d]+年(?:来|间|以来)"
    r"|(?:19|20)\d{2}\s*年(?:[至到-]\s*(?:19|20)\d{2}\s*年)|“?[十]?[三四五]五”?(?:以来|期间)"
    r"|历年"
)
_SINCE_YEAR = regex.compile(r"((?:19|20)\d{2})\s*年(?:以来|来)")
_LAST_YEAR = regex.compile(r"(?:上年|去年|上一年)(?:度)?(?:同期)?$")


def period_of(sentence: str, at: int, report_year: int | None) -> str:
    """The year a number at ``sentence[at:]`` speaks of.

    >>> period_of("较2022年558件增加了555件", 7, 2023)
    '2022'
    >>> period_of("近三年共受理案件90件", 7, 2023)
    'multi-year'
    >>> period_of("年初以来,受理行政复议申请379件", 12, 2024)
    '2024'
    >>> period_of("2019年以来累计办理", 9, 2023)
    'multi-year'
    """
    head = sentence[:at]
    # A change counted against last year speaks of last year: 较上年12件.
    if report_year is not None and _LAST_YEAR.search(head[-8:].rstrip("的共计为")):
        return str(report_year - 1)
    since = [m for m in _SINCE_YEAR.finditer(head)]
    if since and (report_year is None or int(since[-1][1]) < report_year):
        return MULTI_YEAR
    if _MULTI.search(head):
        return MULTI_YEAR
    years = _YEAR.findall(head)
    if years:
        return years[-1]
    return "" if report_year is None else str(report_year)


def _decimal(x: float | Decimal) -> Decimal:
    return x if isinstance(x, Decimal) else Decimal(str(x))


def normalize(
    raw: RawMatch,
    clean: CleanText,
    original: str,
    source: str,
    report_year: int | None,
    indicators: dict[str, Indicator],
) -> Mention | None:
    """One raw match -> one mention, or None when the number does not parse."""
    value_text = clean.text[raw.value[0] : raw.value[1]]
    quantity = parse_quantity(value_text)
    if quantity is None:
        return None
    before = None
    if raw.value_before is not None:
        parsed = parse_quantity(clean.text[raw.value_before[0] : raw.value_before[1]])
        if parsed is None:
            return None
        before = parsed.value
    indicator = indicators[raw.rule.indicator]
    unit = raw.unit or quantity.unit or indicator.unit
    if indicator.unit == "%" and unit != "%":
        return None  # a rate rule that caught a count
    start, end = clean.original_span(*raw.span)
    s_start, s_end = clean.original_span(raw.sentence.start, raw.sentence.end)
    return Mention(
        source=source,
        indicator=indicator.id,
        value=quantity.value,
        value_before=before,
        unit=unit,
        qualifier=quantity.qualifier,
        evidence=original[s_start:s_end],
        start=start,
        end=end,
        rule=raw.rule.qualified_id,
        period=period_of(raw.sentence.text, raw.value[0] - raw.sentence.start, report_year),
        sentence_start=s_start,
        sentence_end=s_end,
    )
