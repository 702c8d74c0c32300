"""Consistency checks that fill the ``warnings`` column."""

from __future__ import annotations

from lawgov_extract import extract_text


def warnings_of(text: str) -> dict[str, str]:
    result = extract_text("2023年度某区法治政府建设情况报告\n" + text)
    return {m.indicator: m.warnings for m in result.mentions}


def test_rate_that_agrees_with_its_counts_has_no_warning():
    w = warnings_of("2023年,全区共调解矛盾纠纷1727件,调解成功1724件,调解成功率高达99%。")
    assert w["mediation_success_rate"] == ""


def test_win_rate_agrees_with_closed_cases():
    w = warnings_of("收到以区政府为被告的行政案件20件,共审结18件,胜诉率为94.4%。")
    assert w["litigation_win_rate"] == ""


def test_rate_that_disagrees_with_its_counts():
    w = warnings_of("全区共调解矛盾纠纷1000件,调解成功800件,调解成功率达95%。")
    assert "disagrees with 800/1000" in w["mediation_success_rate"]


def test_rate_outside_0_100():
    w = warnings_of("行政机关负责人出庭应诉率达120%。")
    assert "outside 0-100" in w["court_appearance_rate"]


def test_after_value_larger_than_before():
    w = warnings_of("审批时限由20个工作日缩短至35个工作日。")
    assert "larger than before-value" in w["approval_time_limit"]


def test_two_values_for_one_period():
    result = extract_text(
        "2023年度某区法治政府建设情况报告\n全年办理法律援助案件300件。全年办理法律援助案件310件。"
    )
    assert [m.warnings for m in result.mentions] == [
        "other values for 2023: 310",
        "other values for 2023: 300",
    ]
