"""The hard families of phrasing (issue 4), on sentences written for these tests.

Each family is a way these reports state (or seem to state) a number: a rule
that regresses on the family fails here.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from lawgov_extract import extract_text
from lawgov_extract.packs import load_packs
from lawgov_extract.table import records_for_report

INDICATORS = load_packs().indicators


def found(text: str, year_line: str = "2023年度某区法治政府建设情况报告\n"):
    result = extract_text(year_line + text)
    return result, {(m.indicator, m.value) for m in result.mentions}


def record_values(text: str) -> dict[str, Decimal]:
    result, _ = found(text)
    return {
        r.indicator: r.value for r in records_for_report(result.meta, result.mentions, INDICATORS)
    }


# --- comparisons: the earlier year's count is a mention of that year; a change is not a count
def test_comparison_keeps_earlier_count_with_its_year():
    result, got = found("区政府共收到行政复议申请1113件,较2022年558件增加了555件,同比增长99.5%。")
    assert ("reconsideration_cases", 1113) in got
    assert ("reconsideration_cases", 558) in got
    assert not any(v == 555 for _, v in got)
    periods = {m.value: m.period for m in result.mentions}
    assert periods[Decimal(1113)] == "2023" and periods[Decimal(558)] == "2022"


def test_year_on_year_growth_is_no_rate():
    _, got = found("受理调解案件120件,同比增长99.5%。")
    assert not any(ind.endswith("_rate") for ind, _ in got)


def test_record_takes_report_year_statement():
    values = record_values("较2022年558件增加了555件。全年共收到行政复议申请1113件。")
    assert values["reconsideration_cases"] == 1113


@pytest.mark.parametrize(
    "text",
    [
        "调解矛盾纠纷比去年增加120件。",
        "行政复议案件较上年减少12件。",
        "受理行政复议申请同比下降30件。",
    ],
)
def test_change_is_not_a_count(text):
    _, got = found(text)
    assert got == set()


# --- subsets
def test_subset_after_qizhong_is_not_the_total():
    values = record_values("全年共审查规范性文件20件。其中行政规范性文件5件。")
    assert values["normative_doc_reviews"] == 20


def test_respondent_subset_is_not_the_caseload():
    _, got = found("以区政府为被申请人的复议案件共17件,案件类型涉及信息公开。")
    assert ("reconsideration_cases", 17) not in got


# --- combined counts feed both indicators
def test_combined_npc_cppcc_count():
    _, got = found("全年办理人大建议、政协提案288件,办结率100%。")
    assert {("npc_suggestions", 288), ("cppcc_proposals", 288)} <= got


# --- targets against actuals
def test_target_is_not_the_actual():
    _, got = found("法律援助民生实事案件任务数为260件,实际审批办理法律援助案件456件。")
    assert ("legal_aid_cases", 456) in got
    assert ("legal_aid_cases", 260) not in got


# --- case numbers
@pytest.mark.parametrize(
    "text",
    ["(2023)湘援0204刑136号案件办理规范。", "依法办理(2024)京0105行初136号行政诉讼案件。"],
)
def test_case_numbers_are_no_counts(text):
    _, got = found(text)
    assert got == set()


# --- percentage points are not rates
@pytest.mark.parametrize(
    "text",
    [
        "调解成功率同比下降5个百分点。",
        "行政机关负责人出庭应诉率提高10个百分点。",
        "败诉率下降2个百分点。",
    ],
)
def test_percentage_points_are_not_rates(text):
    _, got = found(text)
    assert got == set()


# --- periods: 年初以来 / 截至目前 / 全年 are the report year; 近三年 is several
@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("年初以来,受理行政复议申请379件。", "2023"),
        ("截至目前,受理行政复议申请379件。", "2023"),
        ("全年受理行政复议申请379件。", "2023"),
        ("近三年受理行政复议申请379件。", "multi-year"),
        ("2019年以来累计办理法律援助案件3000件。", "multi-year"),
        ("2022年受理行政复议申请379件。", "2022"),
    ],
)
def test_period(text, period):
    result, _ = found(text)
    assert [m.period for m in result.mentions] == [period]


def test_multi_year_statement_is_not_the_record():
    values = record_values("近三年办理法律援助案件900件。全年办理法律援助案件300件。")
    assert values["legal_aid_cases"] == 300


# --- a department's count against the whole government's
def test_whole_government_beats_a_department():
    values = record_values("区司法局办理法律援助案件120件。全区共办理法律援助案件500件。")
    assert values["legal_aid_cases"] == 500


def test_conflicting_values_are_listed_not_averaged():
    result, _ = found("区司法局办理法律援助案件120件。全区共办理法律援助案件500件。")
    (record,) = [
        r
        for r in records_for_report(result.meta, result.mentions, INDICATORS)
        if r.indicator == "legal_aid_cases"
    ]
    assert record.conflict == "120"
    assert record.n_mentions == 2
