"""Tests for lawgov_extract.readers: every format reads back to the same report, every bad
input becomes one InputError naming the file.

Seed 001 (``seeds/001_*.txt``) is written in each supported form inside tmp_path: UTF-8 with
and without BOM, GBK, UTF-16, an HTML page wrapped in site chrome, a .docx and a .pdf whose
text layer uses a throwaway font built with fontTools (no CJK font needs to be installed).
"""

from __future__ import annotations

import html
import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lawgov_extract import readers
from lawgov_extract.cleaning import clean_text
from lawgov_extract.datatypes import Document
from lawgov_extract.errors import InputError
from lawgov_extract.pipeline import extract_document, extract_text
from lawgov_extract.readers import decode_bytes, iter_input_files, read_document

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SEED_001 = next(SEEDS.glob("001_*.txt")).read_text(encoding="utf-8")
SENTENCES = ["办理人大代表建议359件", "共出庭应诉68次"]


def _digits(text: str) -> list[str]:
    """Digit runs, ignoring whitespace (PDF line wraps may split a run)."""
    return re.findall(r"\d+", re.sub(r"\s", "", text))


def _html_page(body_text: str, charset: str = "utf-8", head: str = "") -> str:
    paragraphs = "\n".join(f"<p>{html.escape(line)}</p>" for line in body_text.splitlines())
    return f"""<!DOCTYPE html><html><head><meta charset="{charset}">
<title>沙坪坝区2020年法治政府建设情况报告_重庆市沙坪坝区人民政府</title>{head}
<script>var tracker = 12345;</script><style>p {{ margin: 0 }}</style></head><body>
<div class="top"><a href="#">简体</a> | <a href="#">繁体</a> <a href="#">无障碍</a></div>
<nav><ul><li><a href="/">首页</a></li><li><a href="/a">政务公开</a></li>
<li><a href="/b">政务服务</a></li><li><a href="/c">互动交流</a></li></ul></nav>
<div class="crumb">您当前的位置:<a href="/">首页</a> &gt; <a href="/a">政务公开</a></div>
<div class="article"><h1>沙坪坝区2020年法治政府建设情况报告</h1>
<div class="info">发布时间:2021-03-30 来源:区司法局 字号:[ 大 中 小 ]</div>
<div class="content">{paragraphs}</div>
<div class="share">分享到: <a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<div class="tools">【打印本页】 【关闭窗口】</div>
<div class="pager">上一篇:关于做好2021年春节期间工作的通知<br>下一篇:2021年政府工作报告</div>
</div><footer><div class="links"><a href="#">中国政府网</a> <a href="#">重庆市人民政府</a>
<a href="#">市政府部门网站</a> <a href="#">区县政府网站</a></div>
<p>版权所有:重庆市沙坪坝区人民政府办公室 渝ICP备12003455号-1 网站标识码:5001060001</p>
<p><a href="#">网站地图</a> <a href="#">联系我们</a></p></footer></body></html>"""


def _docx_bytes(text: str, title: str = "") -> bytes:
    import docx

    document = docx.Document()
    document.core_properties.title = title
    for line in text.splitlines():
        document.add_paragraph(line)
    table = document.add_table(rows=2, cols=2)
    for (row, col), value in {
        (0, 0): "案件",
        (0, 1): "件数",
        (1, 0): "行政复议",
        (1, 1): "47",
    }.items():
        table.cell(row, col).text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.fixture(scope="session")
def cjk_font(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A TrueType font with one distinct box glyph per character of seed 001."""
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.ttGlyphPen import TTGlyphPen

    chars = sorted(set(SEED_001 + "案件数行政复议47") - {"\n"})
    names = [".notdef"] + [f"u{ord(c):05X}" for c in chars]
    glyphs = {}
    for i, name in enumerate(names):
        pen = TTGlyphPen(None)
        size = 100 + i % 7 * 10  # distinct outlines, so no subsetter merges two glyphs
        pen.moveTo((50, 0)), pen.lineTo((50, size)), pen.lineTo((50 + size, size))
        pen.lineTo((50 + size, 0)), pen.closePath()
        glyphs[name] = pen.glyph()
    builder = FontBuilder(1000, isTTF=True)
    builder.setupGlyphOrder(names)
    builder.setupCharacterMap({ord(c): f"u{ord(c):05X}" for c in chars})
    builder.setupGlyf(glyphs)
    builder.setupHorizontalMetrics({name: (1000, 50) for name in names})
    builder.setupHorizontalHeader(ascent=880, descent=-120)
    builder.setupNameTable({"familyName": "LawgovTest", "styleName": "Regular"})
    builder.setupOS2(sTypoAscender=880, usWinAscent=880, usWinDescent=120)
    builder.setupPost()
    path = tmp_path_factory.mktemp("font") / "lawgov-test.ttf"
    builder.save(str(path))
    return path


def _pdf_bytes(font: Path | None, text: str) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    if font is None:  # a "scanned" page: drawings only, no text layer
        pdf.rect(20, 20, 100, 60, style="F")
    else:
        pdf.set_title("沙坪坝区2020年法治政府建设情况报告")
        pdf.add_font("lawgov", fname=str(font))
        pdf.set_font("lawgov", size=10)
        pdf.multi_cell(0, 6, text)
    return bytes(pdf.output())


FORMS = ["utf-8", "utf-8-sig", "gbk", "utf-16", "html", "docx", "pdf"]


def _write_form(form: str, folder: Path, font: Path) -> Path:
    if form == "html":
        path = folder / "report.html"
        path.write_bytes(_html_page(SEED_001, charset="gbk").encode("gbk"))
    elif form == "docx":
        path = folder / "report.docx"
        path.write_bytes(_docx_bytes(SEED_001, title="沙坪坝区2020年法治政府建设情况报告"))
    elif form == "pdf":
        path = folder / "report.pdf"
        path.write_bytes(_pdf_bytes(font, SEED_001))
    else:
        path = folder / f"report-{form}.txt"
        path.write_bytes(SEED_001.encode(form))
    return path


@pytest.mark.parametrize("form", FORMS)
def test_every_form_reads_back_to_the_same_report(
    form: str, tmp_path: Path, cjk_font: Path
) -> None:
    doc = read_document(_write_form(form, tmp_path, cjk_font))
    clean = clean_text(doc.text).text
    for sentence in SENTENCES:
        assert sentence in re.sub(r"\s", "", clean)
    expected = _digits(clean_text(SEED_001).text)
    got = _digits(clean)
    if form == "docx":  # the table after the text: 案件 | 件数 / 行政复议 | 47
        assert got[-1] == "47"
        got = got[:-1]
    assert got == expected


@pytest.fixture(scope="module")
def seed_001_mentions() -> set[tuple[str, object]]:
    result = extract_text(SEED_001)
    return {(m.indicator, m.value) for m in result.mentions}


@pytest.mark.parametrize("form", FORMS)
def test_every_form_yields_the_same_mentions(
    form: str, tmp_path: Path, cjk_font: Path, seed_001_mentions: set
) -> None:
    doc = read_document(_write_form(form, tmp_path, cjk_font))
    result = extract_document(doc)
    assert seed_001_mentions  # the seed states numbers: the comparison means something
    assert {(m.indicator, m.value) for m in result.mentions} == seed_001_mentions
    for m in result.mentions:  # offsets index the text each form decoded to
        assert doc.text[m.sentence_start : m.sentence_end] == m.evidence
        assert m.evidence.find(doc.text[m.start : m.end]) >= 0


@pytest.mark.parametrize(
    ("form", "encoding"),
    [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("gbk", "gb18030"), ("utf-16", "utf-16")],
)
def test_txt_reports_the_detected_encoding(form: str, encoding: str, tmp_path: Path) -> None:
    doc = read_document(_write_form(form, tmp_path, Path()))
    assert doc.encoding == encoding
    assert not doc.text.startswith("\ufeff")


def test_html_page_metadata_and_chrome(tmp_path: Path) -> None:
    doc = read_document(_write_form("html", tmp_path, Path()))
    assert doc.title == "沙坪坝区2020年法治政府建设情况报告_重庆市沙坪坝区人民政府"
    assert doc.published == "2021-03-30"
    assert doc.encoding == "gb18030"  # <meta charset="gbk"> read as its superset
    clean = clean_text(doc.text).text
    for chrome in ["繁体", "分享到", "打印本页", "上一篇", "ICP备", "网站地图", "tracker"]:
        assert chrome not in clean


@pytest.mark.parametrize(
    ("head", "published"),
    [
        ('<meta name="PubDate" content="2021-04-02 09:30">', "2021-04-02"),
        ("", "2021-03-30"),  # stated in the page: 发布时间:2021-03-30
    ],
)
def test_html_publication_date(head: str, published: str, tmp_path: Path) -> None:
    path = tmp_path / "page.htm"
    path.write_text(_html_page("共出庭应诉68次。", head=head), encoding="utf-8")
    assert read_document(path).published == published


def test_html_chinese_stated_date_and_no_date(tmp_path: Path) -> None:
    page = "<html><body><div>发布日期:2021年3月9日</div><p>共出庭应诉68次。</p></body></html>"
    (tmp_path / "a.html").write_text(page, encoding="utf-8")
    (tmp_path / "b.html").write_text("<p>2016-2020年共出庭应诉68次。</p>", encoding="utf-8")
    assert read_document(tmp_path / "a.html").published == "2021-03-09"
    assert read_document(tmp_path / "b.html").published == ""


def test_html_falls_back_to_body_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    monkeypatch.setattr(trafilatura, "extract", lambda *a, **k: None)
    page = "<html><body><nav>首页 政务公开</nav><script>x=1</script><p>共出庭应诉68次。</p>"
    (tmp_path / "p.html").write_text(page + "<div>办理建议359件</div></body></html>", "utf-8")
    assert read_document(tmp_path / "p.html").text == "共出庭应诉68次。\n办理建议359件"


def test_docx_title_and_table_row(tmp_path: Path) -> None:
    doc = read_document(_write_form("docx", tmp_path, Path()))
    assert doc.title == "沙坪坝区2020年法治政府建设情况报告"
    assert doc.text.endswith("案件 | 件数 |\n行政复议 | 47 |")


def test_pdf_joins_wrapped_lines(tmp_path: Path, cjk_font: Path) -> None:
    doc = read_document(_write_form("pdf", tmp_path, cjk_font))
    assert doc.title == "沙坪坝区2020年法治政府建设情况报告"
    for sentence in SENTENCES:
        assert sentence in doc.text  # not split by a layout line break
    assert "一、2020年法治政府建设情况\n" in doc.text  # short lines keep their break


def test_pdf_page_of_short_lines_is_not_joined(tmp_path: Path, cjk_font: Path) -> None:
    path = tmp_path / "list.pdf"
    path.write_bytes(_pdf_bytes(cjk_font, "一、工作情况\n行政复议47件\n出庭应诉68次"))
    assert read_document(path).text == "一、工作情况\n行政复议47件\n出庭应诉68次"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("应诉68次".encode("gbk"), "gb18030"),  # charset-normalizer alone says big5
        ("共出庭应诉68次。".encode("gbk"), "gb18030"),  # ... or cp949
        ("共出庭应诉68次。".encode("utf-16-le"), "utf-16-le"),  # no BOM
        ("共出庭应诉68次。".encode("utf-16-be"), "utf-16-be"),
        ("共出庭應訴68次。".encode("utf-16-le"), "utf-16-le"),  # traditional, no BOM
        (b"\xef\xbb\xbf" + "应诉68次".encode(), "utf-8-sig"),
    ],
)
def test_decode_short_and_bomless(data: bytes, encoding: str) -> None:
    text, found = decode_bytes(data, "x.txt")
    assert found == encoding
    assert "68次" in text


@pytest.mark.parametrize(
    ("data", "declared", "encoding"),
    [
        ("应诉68次".encode(), "gbk", "utf-8"),  # a wrong <meta charset>: valid UTF-8 wins
        ("应诉68次".encode("gbk"), "gb2312", "gb18030"),  # GB2312 pages are read as GB18030
        ("應訴68次".encode("big5"), "big5", "big5"),
        ("应诉68次".encode("gbk"), "no-such-codec", "gb18030"),
    ],
)
def test_declared_charset(data: bytes, declared: str, encoding: str) -> None:
    assert decode_bytes(data, "x.html", declared)[1] == encoding


def test_suffixes_are_case_insensitive(tmp_path: Path) -> None:
    (tmp_path / "A.TXT").write_text("共出庭应诉68次。", encoding="utf-8")
    (tmp_path / "b.htm").write_text("<p>共出庭应诉68次。</p>", encoding="utf-8")
    assert read_document(tmp_path / "A.TXT").text == "共出庭应诉68次。"
    assert "68次" in read_document(tmp_path / "b.htm").text


def test_big5_traditional_report(tmp_path: Path) -> None:
    import opencc

    traditional = opencc.OpenCC("s2t").convert(SEED_001)
    path = tmp_path / "big5.txt"
    path.write_bytes(traditional.encode("big5", errors="replace"))
    doc = read_document(path)
    assert doc.encoding == "big5"
    assert "共出庭應訴68次" in doc.text


def _error(path: Path, **kwargs: int) -> InputError:
    with pytest.raises(InputError) as caught:
        read_document(path, **kwargs)
    assert str(path) in str(caught.value)  # every message names the file
    return caught.value


def _truncated_docx(path: Path) -> None:
    data = _docx_bytes("共出庭应诉68次。")
    path.write_bytes(data[: len(data) // 2])


FAILURES = {
    "missing": ("gone.txt", None, "read", "no such file or directory"),
    "empty": ("empty.txt", b"", "read", "empty file"),
    "whitespace": ("blank.txt", b" \n\t\r\n", "read", "empty file"),
    "utf16-spaces": ("blank16.txt", "  \n".encode("utf-16"), "read", "empty file"),
    "binary": ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "decode", "binary"),
    "not-utf16": ("nul.txt", b"abc\x00\x01\x02def" * 20, "decode", "binary"),
    "truncated-docx": ("cut.docx", _truncated_docx, "parse", "corrupt .docx"),
    "doc-renamed": (
        "old.docx",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600),
        "parse",
        "corrupt",
    ),
    "corrupt-pdf": ("bad.pdf", b"%PDF-1.4\n1 0 obj <<\n" + b"\x00garbage" * 50, "parse", "corrupt"),
    "doc": ("report.doc", b"x", "read", "unsupported: .doc, convert to .docx or .txt first"),
    "xls": ("report.xls", b"x", "read", "unsupported: .xls"),
    "empty-page": (
        "page.html",
        b"<html><body><script>x=1</script></body></html>",
        "parse",
        "no text",
    ),
}


@pytest.mark.parametrize("case", FAILURES, ids=list(FAILURES))
def test_bad_input_is_one_input_error(case: str, tmp_path: Path) -> None:
    name, content, stage, reason = FAILURES[case]
    path = tmp_path / name
    if callable(content):
        content(path)
    elif content is not None:
        path.write_bytes(content)
    error = _error(path)
    assert (error.stage, error.path) == (stage, str(path))
    assert reason in error.reason


def test_scanned_pdf(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(_pdf_bytes(None, ""))
    error = _error(path)
    assert error.reason == "unsupported: scanned PDF without a text layer, run OCR first"


def test_too_large(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes("共出庭应诉68次。".encode() * 80_000)  # > 1 MB
    assert _error(path, max_size=1024 * 1024).reason == "larger than 1 MB (--max-size)"
    assert _error(path, max_size=100).stage == "size"
    assert read_document(path).text.startswith("共出庭应诉68次")


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("共出庭应诉68次。", encoding="utf-8")

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    # Root reads a chmod 000 file anyway, so the refusal is simulated at open().
    monkeypatch.setattr(readers, "open", refuse, raising=False)
    error = _error(path)
    assert (error.stage, error.reason) == ("read", "permission denied")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads anything")
def test_permission_denied_for_real(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("共出庭应诉68次。", encoding="utf-8")
    path.chmod(0)
    try:
        assert _error(path).reason == "permission denied"
    finally:
        path.chmod(0o644)


def test_iter_input_files_expands_folders_sorted(tmp_path: Path) -> None:
    for name in [
        "b/2.txt",
        "b/1.PDF",
        "a.html",
        "c.docx",
        "notes.xls",
        ".hidden.txt",
        ".git/x.txt",
    ]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "sheet.xls").write_bytes(b"x")
    items = list(iter_input_files([tmp_path, tmp_path / "missing", tmp_path / "notes.xls"]))
    files = [item.relative_to(tmp_path).as_posix() for item in items if isinstance(item, Path)]
    assert files == ["a.html", "c.docx", "b/1.PDF", "b/2.txt"]
    errors = [(e.path, e.reason) for e in items if isinstance(e, InputError)]
    assert errors == [
        (str(tmp_path / "missing"), "no such file or directory"),
        (str(tmp_path / "notes.xls"), "unsupported: .xls, convert to .docx or .txt first"),
    ]
    (empty_error,) = iter_input_files([tmp_path / "empty"])
    assert isinstance(empty_error, InputError)
    assert empty_error.reason == "no reports found (.txt, .html, .htm, .docx, .pdf)"


def test_heavy_libraries_are_imported_lazily() -> None:
    heavy = ["trafilatura", "docx", "pdfplumber", "charset_normalizer", "opencc", "lxml"]
    code = (
        "import sys, lawgov_extract.readers, lawgov_extract.cleaning\n"
        f"print([m for m in {heavy!r} if m in sys.modules])"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(readers.__file__).parents[1])}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert out.stdout.strip() == "[]", out.stderr


def test_document_is_frozen() -> None:
    doc = Document("a.txt", "x")
    with pytest.raises(AttributeError):
        doc.text = "y"  # type: ignore[misc]


# --- fuzz: anything read_document is given ends in a Document or an InputError -------------

TOKENS = [
    "調(diào)", "JN江南·体育下载", "简体 | 繁体", "\r\n", "　", "\t", "\x00", "\ufeff", "％",
    *"共出庭应诉次办理人大代表建议件万元%,.。:()０１0123456789 \n應訴辦國發",
]  # fmt: skip
# Drawn as bytes and mapped to text: hypothesis draws bytes much faster than text.
CHINESE = st.binary(max_size=120).map(lambda b: "".join(TOKENS[x % len(TOKENS)] for x in b))
ENCODED = st.tuples(CHINESE, st.sampled_from(["utf-8", "gb18030", "utf-16", "utf-16-le", "big5"]))
TEXT_BYTES = ENCODED.map(lambda pair: pair[0].encode(pair[1], errors="replace"))
FUZZ = settings(deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def fuzz_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


def _read_or_input_error(path: Path) -> None:
    try:
        doc = read_document(path)
    except InputError as error:
        assert error.path == str(path)
        return
    assert doc.text.strip()
    _check_extraction(doc.text)


def _check_extraction(text: str) -> None:
    """Read + extract: a result whose offsets index ``text``, or only an InputError."""
    try:
        result = extract_text(text, source="fuzz.txt")
    except InputError:
        return
    for m in result.mentions:
        assert 0 <= m.sentence_start <= m.start < m.end <= m.sentence_end <= len(text)
        assert text[m.sentence_start : m.sentence_end] == m.evidence


@settings(FUZZ, max_examples=8500)
@given(st.binary(max_size=300) | TEXT_BYTES)
def test_fuzz_decode_bytes(data: bytes) -> None:
    try:
        text, _ = decode_bytes(data, "fuzz.txt")
    except InputError:
        return
    assert text.strip()
    _check_extraction(text)


@settings(FUZZ, max_examples=1500)
@given(
    data=st.binary(max_size=200) | TEXT_BYTES,
    suffix=st.sampled_from([".txt", ".txt", ".txt", ".docx", ".pdf"]),
)
def test_fuzz_read_document_files(data: bytes, suffix: str, fuzz_dir: Path) -> None:
    path = fuzz_dir / f"fuzz{suffix}"
    path.write_bytes(data)
    _read_or_input_error(path)


TAGS = st.sampled_from(
    [
        "<p>",
        "</p>",
        "<div>",
        "</div>",
        "<script>",
        "</script>",
        "<br>",
        "<title>",
        "</title>",
        "<nav>",
        "<!--",
        "-->",
        "<meta charset='gbk'>",
        "<table><tr><td>",
        "&gt;",
        "&#",
        "<",
        ">",
        "<?xml version='1.0' encoding='gbk'?>",
        "<html>",
        "<body>",
    ]
)


@settings(FUZZ, max_examples=300)
@given(parts=st.lists(TAGS | CHINESE, max_size=20))
def test_fuzz_html(parts: list[str], fuzz_dir: Path) -> None:
    path = fuzz_dir / "fuzz.html"
    path.write_bytes("".join(parts).encode("utf-8"))
    _read_or_input_error(path)
