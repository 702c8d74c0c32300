"""Run every rule's own examples and counter-examples (``lawgov patterns test``)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from .cleaning import clean_text
from .datatypes import Mention
from .matching import Matcher
from .mentions import normalize
from .packs import Example, PackSet, Rule
from .sentences import split_sentences


@dataclass(frozen=True)
class CaseResult:
    name: str  # pack.rule[n] or pack.rule!n for counter-examples
    ok: bool
    problem: str = ""


def rule_mentions(rule: Rule, packs: PackSet, text: str) -> list[Mention]:
    """What this one rule alone extracts from ``text``."""
    single = PackSet(packs.indicators, (rule,), packs.files)
    matcher = Matcher(single)
    clean = clean_text(text)
    out = []
    for raws in matcher.match(split_sentences(clean.text)):
        for raw in raws:
            m = normalize(raw, clean, text, "<example>", None, packs.indicators)
            if m is not None:
                out.append(m)
    return out


def _check_example(mentions: list[Mention], ex: Example) -> str:
    if not mentions:
        return f"no match in {ex.text!r}"
    got = [
        m
        for m in mentions
        if float(m.value) == ex.value
        and (
            ex.value_before is None
            or m.value_before is not None
            and float(m.value_before) == ex.value_before
        )
    ]
    if not got:
        values = ", ".join(str(m.value) for m in mentions)
        return f"expected {ex.value:g} in {ex.text!r}, got {values}"
    m = got[0]
    if ex.unit is not None and m.unit != ex.unit:
        return f"expected unit {ex.unit!r} in {ex.text!r}, got {m.unit!r}"
    if ex.qualifier is not None and m.qualifier != ex.qualifier:
        return f"expected qualifier {ex.qualifier!r} in {ex.text!r}, got {m.qualifier!r}"
    return ""


def run_pack_tests(packs: PackSet) -> Iterator[CaseResult]:
    for rule in packs.rules:
        base = f"{rule.pack}.{rule.id}"
        for i, ex in enumerate(rule.examples):
            problem = _check_example(rule_mentions(rule, packs, ex.text), ex)
            yield CaseResult(f"{base}[{i}]", not problem, problem)
        for i, text in enumerate(rule.counter_examples):
            found = rule_mentions(rule, packs, text)
            problem = (
                f"counter-example {text!r} matched {', '.join(str(m.value) for m in found)}"
                if found
                else ""
            )
            yield CaseResult(f"{base}!{i}", not problem, problem)
