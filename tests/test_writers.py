"""The table writers on their own: round trips per format, exact decimals, atomic commit/abort.

Rows hold what the pipeline hands over: ``Decimal`` values, ``None`` for missing cells,
Chinese text. Each writer writes to a ``*.part`` file beside the target and renames it
into place on ``close()``; ``abort()`` removes it and leaves any previous file alone.
"""

from __future__ import annotations

import csv
import json
from decimal import Decimal
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from lawgov_extract.rows import Column
from lawgov_extract.writers import CsvWriter, open_writer

BOM = b"\xef\xbb\xbf"
COLUMNS = (Column("district", "str"), Column("value", "float"), Column("year", "int"))
ROWS = [
    {"district": "沙坪坝区", "value": Decimal("41397284"), "year": 2020},
    {"district": None, "value": None, "year": None},
    {"district": "和平区", "value": Decimal("99.98"), "year": 2024},
]
SUFFIXES = [".csv", ".jsonl", ".parquet"]


def write(path: Path, rows: list[dict], columns=COLUMNS) -> Path:
    writer = open_writer(path, columns)
    writer.write_rows(rows)
    writer.close()
    return path


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


# --- CSV ---------------------------------------------------------------------------------


def test_csv_file_starts_with_bom(tmp_path):
    out = write(tmp_path / "t.csv", ROWS)
    assert out.read_bytes().startswith(BOM + b"district,value,year\r\n")


def test_csv_round_trip(tmp_path):
    out = write(tmp_path / "t.csv", ROWS)
    assert read_csv(out) == [
        ["district", "value", "year"],
        ["沙坪坝区", "41397284", "2020"],
        ["", "", ""],
        ["和平区", "99.98", "2024"],
    ]


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (Decimal("41397284.0000"), "41397284"),  # 4139.7284万元 in yuan
        (Decimal("99.980"), "99.98"),
        (Decimal("0.5"), "0.5"),  # 半天
        (Decimal("1E+3"), "1000"),
        (Decimal("100"), "100"),
        (None, ""),
    ],
    ids=["wan-yuan", "trailing-zero", "half", "exponent", "integer", "none"],
)
def test_csv_writes_exact_decimal_text(tmp_path, value, text):
    out = write(tmp_path / "t.csv", [{"district": "x", "value": value, "year": 2020}])
    assert read_csv(out)[1] == ["x", text, "2020"]


def test_csv_rows_written_in_batches_are_all_kept(tmp_path):
    writer = open_writer(tmp_path / "t.csv", COLUMNS)
    writer.write_rows(ROWS[:1])
    writer.write_rows(ROWS[1:])
    writer.close()
    assert len(read_csv(tmp_path / "t.csv")) == 1 + len(ROWS)


def test_csv_without_rows_has_the_header(tmp_path):
    out = write(tmp_path / "t.csv", [])
    assert read_csv(out) == [["district", "value", "year"]]


def test_csv_suffix_is_case_insensitive(tmp_path):
    out = write(tmp_path / "T.CSV", ROWS)
    assert out.read_bytes().startswith(BOM)


def test_csv_on_stdout_has_no_bom(capsysbinary):
    writer = CsvWriter(COLUMNS, None)
    writer.write_rows(ROWS)
    writer.close()
    out = capsysbinary.readouterr().out
    assert out.decode("utf-8").splitlines()[:2] == ["district,value,year", "沙坪坝区,41397284,2020"]
    assert not out.startswith(BOM)


def test_csv_on_stdout_leaves_stdout_usable(capsys):
    writer = CsvWriter(COLUMNS, None)
    writer.write_rows(ROWS)
    writer.close()
    print("after")
    assert capsys.readouterr().out.endswith("after\n")


# --- JSON Lines ----------------------------------------------------------------------------


def test_jsonl_round_trip(tmp_path):
    out = write(tmp_path / "t.jsonl", ROWS)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == [
        {"district": "沙坪坝区", "value": 41397284.0, "year": 2020},
        {"district": "", "value": None, "year": None},
        {"district": "和平区", "value": 99.98, "year": 2024},
    ]


def test_jsonl_keeps_chinese_unescaped(tmp_path):
    out = write(tmp_path / "t.jsonl", ROWS)
    assert "沙坪坝区" in out.read_text(encoding="utf-8")


def test_jsonl_types_follow_the_columns(tmp_path):
    out = write(tmp_path / "t.jsonl", [{"district": 7, "value": "12", "year": "2023"}])
    assert json.loads(out.read_text(encoding="utf-8")) == {
        "district": "7",
        "value": 12.0,
        "year": 2023,
    }


# --- Parquet -------------------------------------------------------------------------------


def test_parquet_schema_types(tmp_path):
    out = write(tmp_path / "t.parquet", ROWS)
    schema = pq.read_schema(out)
    assert [(f.name, str(f.type)) for f in schema] == [
        ("district", "string"),
        ("value", "double"),
        ("year", "int64"),
    ]


def test_parquet_round_trip(tmp_path):
    out = write(tmp_path / "t.parquet", ROWS)
    assert pq.read_table(out).to_pylist() == [
        {"district": "沙坪坝区", "value": 41397284.0, "year": 2020},
        {"district": "", "value": None, "year": None},
        {"district": "和平区", "value": 99.98, "year": 2024},
    ]


def test_parquet_rows_written_in_batches_are_all_kept(tmp_path):
    writer = open_writer(tmp_path / "t.parquet", COLUMNS)
    for row in ROWS:
        writer.write_rows([row])
    writer.close()
    assert pq.read_table(tmp_path / "t.parquet").num_rows == len(ROWS)


def test_parquet_without_rows_keeps_the_schema(tmp_path):
    out = write(tmp_path / "t.parquet", [])
    table = pq.read_table(out)
    assert (table.num_rows, table.column_names) == (0, ["district", "value", "year"])


def read_back(path: Path) -> list[dict]:
    if path.suffix == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as f:
            return list(csv.DictReader(f))
    if path.suffix == ".parquet":
        return pq.read_table(path).to_pylist()
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_warm_up_writes_nothing(tmp_path, suffix):
    writer = open_writer(tmp_path / f"t{suffix}", COLUMNS)
    writer.warm_up()
    writer.write_rows(ROWS[:1])
    writer.close()
    assert [r["district"] for r in read_back(tmp_path / f"t{suffix}")] == ["沙坪坝区"]


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_rows_missing_a_column_have_it_empty(tmp_path, suffix):
    # Wide rows leave out the indicators a district does not state.
    out = write(tmp_path / f"t{suffix}", [{"district": "和平区", "year": 2024}, ROWS[0]])
    values = [r["value"] for r in read_back(out)]
    assert values == (["", "41397284"] if suffix == ".csv" else [None, 41397284])


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_tuples_in_column_order_write_what_dicts_write(tmp_path, suffix):
    as_dicts = write(tmp_path / f"d{suffix}", ROWS)
    writer = open_writer(tmp_path / f"t{suffix}", COLUMNS)
    writer.write_tuples([tuple(row[c.name] for c in COLUMNS) for row in ROWS[:2]])
    writer.write_tuples([])
    writer.write_tuples([[row[c.name] for c in COLUMNS] for row in ROWS[2:]])  # lists too
    writer.close()
    assert read_back(tmp_path / f"t{suffix}") == read_back(as_dicts)
    assert [r["district"] for r in read_back(as_dicts)][::2] == ["沙坪坝区", "和平区"]


# --- atomic commit and abort ---------------------------------------------------------------


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_nothing_at_the_target_before_close(tmp_path, suffix):
    target = tmp_path / f"t{suffix}"
    writer = open_writer(target, COLUMNS)
    writer.write_rows(ROWS)
    assert not target.exists()
    writer.close()
    assert target.exists()


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_close_leaves_no_temp_file(tmp_path, suffix):
    write(tmp_path / f"t{suffix}", ROWS)
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_abort_leaves_no_file(tmp_path, suffix):
    writer = open_writer(tmp_path / f"t{suffix}", COLUMNS)
    writer.write_rows(ROWS)
    writer.abort()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_abort_keeps_the_previous_file(tmp_path, suffix):
    target = tmp_path / f"t{suffix}"
    target.write_bytes(b"previous run\n")
    writer = open_writer(target, COLUMNS)
    writer.write_rows(ROWS)
    writer.abort()
    assert target.read_bytes() == b"previous run\n"
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_close_replaces_the_previous_file(tmp_path, suffix):
    target = tmp_path / f"t{suffix}"
    target.write_bytes(b"previous run\n")
    write(target, ROWS)
    assert target.read_bytes() != b"previous run\n"


@pytest.mark.parametrize("name", ["t.xlsx", "t.txt", "t"])
def test_unknown_suffix_raises(tmp_path, name):
    with pytest.raises(
        ValueError, match=r"unknown output format .*use \.csv, \.parquet or \.jsonl"
    ):
        open_writer(tmp_path / name, COLUMNS)
    assert list(tmp_path.iterdir()) == []
