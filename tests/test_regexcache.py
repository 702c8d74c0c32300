"""The compiled-rule cache: later runs load the packs' regexes instead of compiling them,
and a missing, damaged, tampered or unwritable cache only means compiling again."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
import regex

from lawgov_extract import extract_text
from lawgov_extract.errors import PackError
from lawgov_extract.packs import _load_packs, load_packs
from lawgov_extract.runner.regexcache import CACHE_ENV, RegexCache, cache_folder, disk_compiler

SENTENCE = "2023年,全区共调解矛盾纠纷1727件,调解成功率高达99%。"


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(CACHE_ENV, str(folder))
    _load_packs.cache_clear()  # load_packs keeps one PackSet per process
    yield folder
    _load_packs.cache_clear()


def _forbid_compiling(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(pattern: str, flags: int = 0, **kwargs: object) -> regex.Pattern:
        raise AssertionError(f"compiled although cached: {pattern[:40]}")

    monkeypatch.setattr(regex, "compile", fail)


def _mentions(packs) -> list[tuple[str, str]]:
    return [(m.indicator, str(m.value)) for m in extract_text(SENTENCE, packs=packs).mentions]


def test_second_load_compiles_nothing_and_extracts_the_same(cache_dir, monkeypatch):
    first = load_packs(compiler=disk_compiler)
    assert any(cache_dir.iterdir())
    _load_packs.cache_clear()
    _forbid_compiling(monkeypatch)
    second = load_packs(compiler=disk_compiler)
    assert [r.regex.pattern for r in second.rules] == [r.regex.pattern for r in first.rules]
    assert (
        _mentions(second)
        == _mentions(first)
        == [
            ("mediation_cases", "1727"),
            ("mediation_success_rate", "99"),
        ]
    )


def test_empty_variable_switches_the_cache_off(monkeypatch, tmp_path):
    monkeypatch.setenv(CACHE_ENV, "")
    assert cache_folder() is None
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    assert cache_folder() == tmp_path


def test_damaged_file_is_compiled_over(cache_dir):
    load_packs(compiler=disk_compiler)
    (path,) = cache_dir.iterdir()
    path.write_bytes(path.read_bytes()[:1000])  # cut short, as by a full disk
    _load_packs.cache_clear()
    assert _mentions(load_packs(compiler=disk_compiler))[0] == ("mediation_cases", "1727")
    patterns = {r.regex.pattern for r in load_packs(compiler=disk_compiler).rules}
    assert {pattern for pattern, _ in RegexCache(cache_dir)._read()} == patterns


def test_tampered_file_runs_no_code(cache_dir, tmp_path):
    load_packs(compiler=disk_compiler)
    (path,) = cache_dir.iterdir()
    marker = tmp_path / "pwned"

    class Evil:
        def __reduce__(self):
            return (Path.mkdir, (marker,))

    path.write_bytes(pickle.dumps({("x", 0): Evil()}))
    _load_packs.cache_clear()
    assert _mentions(load_packs(compiler=disk_compiler))[0] == ("mediation_cases", "1727")
    assert not marker.exists()


def test_unwritable_folder_still_loads(monkeypatch, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(CACHE_ENV, str(blocker / "cache"))
    _load_packs.cache_clear()
    try:
        assert _mentions(load_packs(compiler=disk_compiler))[0] == ("mediation_cases", "1727")
    finally:
        _load_packs.cache_clear()


def test_broken_pack_still_fails_with_a_warm_cache(cache_dir, tmp_path):
    load_packs(compiler=disk_compiler)
    pack = tmp_path / "broken.toml"
    pack.write_text(
        '[[rules]]\nid = "ok"\nindicator = "court_appearances"\ndescription = "t"\n'
        "pattern = '出庭应诉(?P<value>{NUM}次'\n"
        'examples = [{ text = "出庭应诉5次", value = 5 }]\ncounter_examples = ["x"]\n',
        encoding="utf-8",
    )
    with pytest.raises(PackError, match="broken.toml:ok: bad regex"):
        load_packs([pack])
