"""The data an extraction passes from stage to stage, in the order the stages make it.

A :class:`Document` is read, cut into :class:`Sentence` spans, given its :class:`ReportMeta`;
the rules find :class:`RawMatch` es, which become :class:`Mention` s (one
:class:`ReportResult` per report), and the mentions of a report become the district-year
:class:`Record` s of the table.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .packs import Rule


@dataclass(frozen=True)
class Document:
    source: str  # the path as given
    text: str  # the decoded text; offsets in every output index this string
    title: str = ""  # HTML <title>, docx/pdf title property; "" if none
    published: str = ""  # ISO yyyy-mm-dd when the page states one, else ""
    encoding: str = ""  # detected encoding (txt/html only)


@dataclass(frozen=True)
class ManifestRow:
    """What a ``--manifest`` row says about one file, overriding the text."""

    file: str
    district: str = ""
    year: int | None = None
    city: str = ""
    province: str = ""
    adcode: str = ""


@dataclass(frozen=True)
class ReportMeta:
    district: str = ""
    city: str = ""
    province: str = ""
    adcode: str = ""
    year: int | None = None
    year_source: str = ""  # manifest | text | title | filename | inferred | ""
    district_source: str = ""  # manifest | text | title | filename | ""
    status: str = ""  # "" ok, "ambiguous", "unknown" for the place resolution


@dataclass  # not frozen, like Mention: made for every sentence a rule runs on
class Sentence:
    text: str
    start: int  # offsets in the cleaned text
    end: int


@dataclass  # not frozen, like Mention: made a dozen times per report
class RawMatch:
    rule: Rule
    sentence: Sentence
    span: tuple[int, int]  # whole match, cleaned-text offsets
    value: tuple[int, int]  # the `value` group, cleaned-text offsets
    value_before: tuple[int, int] | None
    unit: str | None


# Not frozen: a frozen dataclass's __init__ sets each field through object.__setattr__ (2 µs
# for these 14 fields, 0.3 µs without), and a batch makes tens of them per report.
@dataclass
class Mention:
    source: str
    indicator: str
    value: Decimal
    value_before: Decimal | None
    unit: str
    qualifier: str
    evidence: str
    start: int  # offsets in the decoded source text
    end: int
    rule: str  # pack:rule_id
    period: str  # "2023", "multi-year" or "" when neither the text nor the report says
    sentence_start: int = 0  # the evidence sentence, offsets in the decoded text
    sentence_end: int = 0
    warnings: str = ""


@dataclass(frozen=True)
class ReportResult:
    """Everything lawgov found in one report."""

    source: str
    meta: ReportMeta
    mentions: tuple[Mention, ...]


@dataclass  # not frozen, like Mention (2.7 µs to make one frozen)
class Record:
    """One row of the district-year table: an indicator's value for a district and year."""

    district: str
    city: str
    province: str
    adcode: str
    year: int | None
    year_source: str
    indicator: str
    indicator_name: str
    value: Decimal
    value_before: Decimal | None
    unit: str
    qualifier: str
    n_mentions: int
    evidence: str
    source: str
    start: int
    end: int
    conflict: str
    warnings: str
