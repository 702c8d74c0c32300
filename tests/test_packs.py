"""Pattern packs: every rule's own examples, the catalogue, and validation of broken packs.

Cases are generated from the packs (sqlfluff-style): ``pytest -k litigation.win_rate``
runs one rule's examples and counter-examples.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
import regex

from lawgov_extract.errors import PackError
from lawgov_extract.packs import _load_macros, builtin_pack_files, load_packs
from lawgov_extract.packtest import run_pack_tests

PACKS = load_packs()
CASES = list(run_pack_tests(PACKS))

# The indicator contract (INDICATORS.md): outputs use exactly these ids.
CONTRACT = """court_appearance_rate court_appearances reconsideration_cases reconsideration_closed
admin_litigation_cases litigation_win_rate litigation_loss_rate mediation_success_rate
mediation_cases approval_time_limit approval_time_reduction_rate legal_aid_cases
normative_doc_reviews contract_reviews info_disclosure_proactive info_disclosure_requests
study_sessions npc_suggestions cppcc_proposals pufa_events enforcement_personnel
labor_arbitration_cases""".split()


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_rule_case(case):
    assert case.ok, case.problem


def test_catalogue_is_the_contract():
    assert sorted(PACKS.indicators) == sorted(CONTRACT)


@pytest.mark.parametrize("rule", PACKS.rules, ids=[r.qualified_id for r in PACKS.rules])
def test_rule_is_documented(rule):
    assert rule.description
    assert rule.examples and rule.counter_examples
    # The keyword pass must let the rule's own examples through.
    if rule.keywords:
        for ex in rule.examples:
            assert any(k in ex.text for k in rule.keywords), ex.text


# Every way a value can begin: each qualifier of QPRE, and numerals of each kind (a round
# 百/千/万 needs the 余 after it).
VALUE_STARTS = [
    "5",
    "５",
    "百分之百",
    "百分之5",
    "零",
    "〇",
    "一",
    "两千",
    "十",
    "半",
    "九十九点五",
    "百余件",
    "千余人",
    "万余条",
]


@pytest.mark.parametrize("start", VALUE_STARTS)
def test_notplan_lookahead_admits_every_value_start(start: str):
    # NOTPLAN's first-character lookahead is a shortcut: it must never refuse a value.
    macros = _load_macros([])
    value = regex.compile(f"(?:{macros['QPRE']})?(?:{macros['NUM']})")
    for qualifier in ["", *macros["QPRE"].split("|")]:
        text = qualifier + start
        assert value.match(text), text
        assert regex.match(macros["NOTPLAN"], text), text


def test_notplan_still_refuses_a_plan():
    notplan = _load_macros([])["NOTPLAN"]
    assert regex.search(notplan + "100", "力争出庭应诉率达到100") is None
    assert regex.search(notplan + "100", "出庭应诉率达到100") is not None


def test_builtin_packs_are_found():
    names = {p.stem for p in builtin_pack_files()}
    assert {"litigation", "reconsideration", "disputes", "approvals"} <= names


GOOD_RULE = """
[[rules]]
id = "ok"
indicator = "court_appearances"
description = "test"
pattern = '出庭应诉(?P<value>{NUM}次)'
examples = [{ text = "出庭应诉5次", value = 5 }]
counter_examples = ["出庭通知书5份"]
"""

BROKEN = {
    "bad_toml": ("[[rules]\nid = 'x'", "not valid TOML"),
    "bad_regex": (GOOD_RULE.replace("(?P<value>{NUM}次)", "(?P<value>{NUM}次"), "ok: bad regex"),
    "no_value_group": (GOOD_RULE.replace("(?P<value>{NUM}次)", "{NUM}次"), "no named group"),
    "unknown_group": (
        GOOD_RULE.replace("(?P<value>{NUM}次)", "(?P<value>{NUM})(?P<count>次)"),
        "unknown group",
    ),
    "no_example": (
        GOOD_RULE.replace('examples = [{ text = "出庭应诉5次", value = 5 }]', ""),
        "needs at least one example",
    ),
    "no_counter": (
        GOOD_RULE.replace('counter_examples = ["出庭通知书5份"]', ""),
        "needs at least one counter-example",
    ),
    "unknown_indicator": (
        GOOD_RULE.replace("court_appearances", "no_such_thing"),
        "unknown indicator `no_such_thing`",
    ),
    "unknown_macro": (GOOD_RULE.replace("{NUM}", "{NUMBER}"), "unknown macro {NUMBER}"),
    "unknown_key": (
        GOOD_RULE.replace('description = "test"', 'descripton = "test"'),
        "unknown keys ['descripton']",
    ),
}


@pytest.mark.parametrize("name", BROKEN)
def test_broken_pack_names_file_rule_and_reason(tmp_path: Path, name: str):
    body, reason = BROKEN[name]
    pack = tmp_path / f"{name}.toml"
    pack.write_text(textwrap.dedent(body), encoding="utf-8")
    with pytest.raises(PackError) as err:
        load_packs([pack])
    message = str(err.value)
    assert str(pack) in message
    assert reason in message
    if name != "bad_toml":
        assert f"{pack}:" in message


def test_all_problems_reported_at_once(tmp_path: Path):
    pack = tmp_path / "two.toml"
    pack.write_text(
        GOOD_RULE.replace("{NUM}次)", "{NUM}次")
        + GOOD_RULE.replace('id = "ok"', 'id = "other"').replace("court_appearances", "nope"),
        encoding="utf-8",
    )
    with pytest.raises(PackError) as err:
        load_packs([pack])
    assert len(err.value.problems) == 2


def test_user_pack_adds_rules_on_top(tmp_path: Path):
    pack = tmp_path / "mine.toml"
    pack.write_text(GOOD_RULE, encoding="utf-8")
    packs = load_packs([pack])
    assert len(packs.rules) == len(PACKS.rules) + 1
    assert packs.rules[-1].qualified_id == "mine:ok"


def test_unknown_unit_is_refused(tmp_path: Path):
    pack = tmp_path / "trees.toml"
    pack.write_text(
        '[indicators.trees]\nname = "植树数"\nunit = "棵"\n'
        + GOOD_RULE.replace("court_appearances", "trees"),
        encoding="utf-8",
    )
    with pytest.raises(PackError) as err:
        load_packs([pack])
    assert f"{pack}:trees: unit '棵'" in str(err.value)


def test_an_edited_pack_is_reloaded(tmp_path: Path):
    pack = tmp_path / "mine.toml"
    pack.write_text(GOOD_RULE, encoding="utf-8")
    assert load_packs([pack]).rules[-1].id == "ok"
    pack.write_text(GOOD_RULE.replace('id = "ok"', 'id = "renamed"') + "\n", encoding="utf-8")
    assert load_packs([pack]).rules[-1].id == "renamed"


def test_overlapping_keywords_each_select_their_rule(tmp_path: Path):
    # 办理时 and 时限 overlap without nesting: both rules must still run.
    pack = tmp_path / "overlap.toml"
    pack.write_text(
        GOOD_RULE
        + GOOD_RULE.replace('id = "ok"', 'id = "a"').replace(
            'description = "test"', 'description = "test"\nkeywords = ["办理时"]'
        )
        + GOOD_RULE.replace('id = "ok"', 'id = "b"')
        .replace('description = "test"', 'description = "test"\nkeywords = ["时限"]')
        .replace("出庭应诉(?P<value>{NUM}次)", "时限(?P<value>{NUM}次)")
        .replace("出庭应诉5次", "时限5次"),
        encoding="utf-8",
    )
    from lawgov_extract.matching import Matcher
    from lawgov_extract.sentences import split_sentences

    packs = load_packs([pack])
    matcher = Matcher(packs)
    text = "办理时限5次"
    found = [raw.rule.id for raws in matcher.match(split_sentences(text)) for raw in raws]
    assert "b" in found
