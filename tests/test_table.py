"""The district-year table: merging across reports, in memory and through the disk spill."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from lawgov_extract import extract_text
from lawgov_extract.datatypes import Record
from lawgov_extract.packs import load_packs
from lawgov_extract.rows import RECORD_COLUMNS, record_row, wide_rows
from lawgov_extract.runner.spill import RecordStore
from lawgov_extract.table import merge_records, record_key, records_for_report

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
INDICATORS = load_packs().indicators


def records_of(text: str, source: str):
    result = extract_text(text, source=source)
    return records_for_report(result.meta, result.mentions, INDICATORS)


def all_records():
    """Each seed twice (a re-crawl), the copy of seed 001 with one number changed."""
    out = []
    for path in SEEDS:
        text = path.read_text(encoding="utf-8")
        out += records_of(text, path.name)
    changed = SEEDS[1].read_text(encoding="utf-8").replace("共出庭应诉68次", "共出庭应诉70次")
    out += records_of(changed, "copy_of_001.txt")
    return out


def test_one_row_per_district_year_indicator():
    merged = list(merge_records(all_records()))
    keys = [record_key(r) for r in merged]
    assert len(keys) == len(set(keys))
    (appear,) = [
        r for r in merged if r.district == "沙坪坝区" and r.indicator == "court_appearances"
    ]
    assert appear.value == 68  # the first report wins
    assert appear.conflict == "70 (copy_of_001.txt)"
    assert appear.n_mentions == 2


def test_spill_merges_exactly_as_memory(tmp_path: Path):
    records = all_records()
    with RecordStore(tmp_path) as store:
        for i in range(0, len(records), 7):  # arrives in report-sized batches
            store.add(records[i : i + 7])
        spilled = list(store.merged())
        cells = list(store.merged_cells())
    assert spilled == list(merge_records(records))
    # The records table's rows, as the writers take them: each record's fields in order.
    rows = [list(record_row(r).values()) for r in spilled]
    assert [list(c) for c in cells] == rows
    assert [list(map(type, c)) for c in cells] == [list(map(type, r)) for r in rows]  # Decimals
    assert list(tmp_path.iterdir()) == []  # the temporary database is gone


REPORTS = [records_of(p.read_text(encoding="utf-8"), p.name) for p in SEEDS[:3]]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(range(len(REPORTS))), st.sets(st.integers(0, 30))),
        max_size=8,
    )
)
def test_spill_merges_any_arrival_order_as_memory(arrivals):
    """Reports (re-crawls missing some indicators) arrive in any order and repeat."""
    batches = [[r for i, r in enumerate(REPORTS[n]) if i not in dropped] for n, dropped in arrivals]
    with RecordStore() as store:
        for batch in batches:
            store.add(batch)
        spilled = list(store.merged())
    assert spilled == list(merge_records(r for batch in batches for r in batch))


def test_wide_has_one_row_per_district_year():
    rows = list(wide_rows(merge_records(all_records())))
    assert len(rows) == 5
    sha = next(r for r in rows if r["district"] == "沙坪坝区")
    assert sha["court_appearances"] == 68 and sha["year"] == 2020


def test_record_row_has_the_record_columns_in_order():
    # record_row copies a Record's __dict__, so the columns must be its fields, in order.
    assert [c.name for c in RECORD_COLUMNS] == [f.name for f in fields(Record)]
    row = record_row(next(iter(merge_records(all_records()))))
    assert list(row) == [c.name for c in RECORD_COLUMNS]
