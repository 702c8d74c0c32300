"""Read one report (.txt, .html, .docx, .pdf) into decoded text plus page metadata.

Every failure on a bad input is an InputError naming the file, so a batch goes on without it.
Heavy libraries are imported per format: ``lawgov --help`` must not pay for them.
"""

from __future__ import annotations

import codecs
import datetime
import html
import io
import os
import re
from collections.abc import Iterable, Iterator
from os.path import splitext
from pathlib import Path

from .datatypes import Document
from .errors import InputError

SUPPORTED_SUFFIXES: frozenset[str] = frozenset({".txt", ".html", ".htm", ".docx", ".pdf"})
_MB = 1024 * 1024
#: Larger files are refused (the CLI's --max-size, in MB).
DEFAULT_MAX_SIZE = 50 * _MB
# UTF-32 before UTF-16: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS = ((b"\xff\xfe\0\0", "utf-32"), (b"\0\0\xfe\xff", "utf-32"), (b"\xef\xbb\xbf", "utf-8-sig"))
_BOMS += ((b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
_GB_FAMILY = {"gb2312", "gbk", "gb18030", "hz", "cp936", "euc_cn"}
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")  # never in a report, unlike \t \n \r \f
_HAN = re.compile(r"[\u4e00-\u9fff]")
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_DATE = r"(\d{4})\s*[-/年.]\s*(\d{1,2})\s*[-/月.]\s*(\d{1,2})"
_STATED_DATE = re.compile(r"(?:发布|发稿|成文|更新)?(?:时间|日期)\s*[:：]\s*" + _DATE)
_TAG = re.compile(r"<[^>]*>")
_TITLE = re.compile(r"<title[^>]*>(.*?)</title", re.I | re.S)
_NO_REPORTS = "no reports found (.txt, .html, .htm, .docx, .pdf)"
_UNSUPPORTED = "unsupported: {}, convert to .docx or .txt first"
_NO_TEXT_LAYER = "unsupported: scanned PDF without a text layer, run OCR first"
_CLOSING = tuple("。；;！!？?：:")


def iter_input_files(paths: Iterable[str | Path]) -> Iterator[Path | InputError]:
    """Expand folders (recursively, sorted) into report files; yield an error per bad path."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = False
            for root, dirs, files in os.walk(path):
                # Hidden folders (.git, .cache) never hold reports; sorting keeps runs repeatable.
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                folder = Path(root)
                for name in sorted(files):
                    # splitext, not Path(name).suffix: a third of the walk's time on 50,000 files
                    if not name.startswith(".") and splitext(name)[1].lower() in SUPPORTED_SUFFIXES:
                        found = True
                        yield folder / name
            if not found:
                yield InputError(str(given), "read", _NO_REPORTS)
        elif not path.exists():
            yield InputError(str(given), "read", "no such file or directory")
        elif path.suffix.lower() not in SUPPORTED_SUFFIXES:
            yield InputError(str(given), "read", _UNSUPPORTED.format(path.suffix or "no extension"))
        else:
            yield path


def read_document(path: str | Path, *, max_size: int = DEFAULT_MAX_SIZE) -> Document:
    """Read one report; raise InputError (never anything else) when it cannot be read."""
    source = str(path)
    suffix = Path(path).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise InputError(source, "read", _UNSUPPORTED.format(suffix or "no extension"))
    data = _read_bytes(source, max_size)
    if suffix == ".txt":
        text, encoding = decode_bytes(data, source)
        return Document(source, text, encoding=encoding)
    if suffix in (".html", ".htm"):
        return _read_html(data, source)
    if suffix == ".docx":
        return _read_docx(data, source)
    return _read_pdf(data, source)


_OS_REASONS = {PermissionError: "permission denied", FileNotFoundError: "no such file or directory"}


def _read_bytes(source: str, max_size: int) -> bytes:
    try:
        with open(source, "rb") as handle:
            if os.fstat(handle.fileno()).st_size > max_size:
                limit = f"{max_size // _MB} MB" if max_size % _MB == 0 else f"{max_size} bytes"
                raise InputError(source, "size", f"larger than {limit} (--max-size)")
            return handle.read()
    except OSError as exc:
        reason = _OS_REASONS.get(type(exc)) or exc.strerror or str(exc)
        raise InputError(source, "read", reason) from None


def _require_text(text: str, source: str, reason: str) -> str:
    if not text.strip():
        raise InputError(source, "parse", reason)
    return text


def decode_bytes(data: bytes, source: str, declared: str = "") -> tuple[str, str]:
    """Bytes -> (text, encoding name). ``declared`` is an HTML <meta charset>, tried early."""
    text, encoding = _decode(data, declared) if data.strip() else ("", "")
    if text is None or _looks_binary(text):
        raise InputError(source, "decode", "not a text file: binary content")
    if not text.strip():  # also a UTF-16 BOM followed by spaces
        raise InputError(source, "read", "empty file")
    return text, encoding


def _decode(data: bytes, declared: str) -> tuple[str | None, str]:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _strict(data, codec), codec
    if b"\x00" in data:  # BOM-less UTF-16 (ASCII characters carry a NUL byte) or binary
        found = [
            (max(_common_share(text), _common_share(text, "big5")), text, codec)
            for codec in ("utf-16-le", "utf-16-be")
            if (text := _strict(data, codec)) is not None and not _looks_binary(text)
        ]
        share, text, codec = max(found, default=(0.0, None, ""))
        return (text, codec) if share >= 0.8 else (None, "")
    # Fast path: most reports are UTF-8, and GBK text is practically never valid UTF-8.
    for codec in ("utf-8", _codec_name(declared)):
        if codec and (text := _strict(data, codec)) is not None:
            return text, codec
    # charset-normalizer misreads short GBK snippets (as cp949, big5, utf-16); these are
    # mainland reports, so GB18030 wins whenever it decodes to common simplified characters.
    gb = _strict(data, "gb18030")
    han = "".join(_HAN.findall(gb or ""))
    if gb is not None and (not han or _common_share(han) >= 0.9):
        return gb, "gb18030"
    import charset_normalizer

    wide = ["utf_16", "utf_16_be", "utf_16_le", "utf_32", "utf_32_be", "utf_32_le"]
    best = charset_normalizer.from_bytes(data, cp_exclusion=wide).best()
    codec = _codec_name(best.encoding) if best is not None else ""
    if codec and codec != "gb18030" and (text := _strict(data, codec)) is not None:
        return text, codec
    if gb is not None:
        return gb, "gb18030"
    lenient = data.decode("gb18030", errors="replace")
    # A few broken bytes in a long report are kept (as U+FFFD); mostly garbage is not text.
    return (None, "") if lenient.count("\ufffd") > 0.05 * len(lenient) else (lenient, "gb18030")


def _codec_name(name: str) -> str:
    try:
        codec = codecs.lookup(name).name if name else ""
    except LookupError:
        return ""
    # GB2312/GBK pages routinely contain GB18030-only characters; it is a strict superset.
    return "gb18030" if codec.replace("-", "_") in _GB_FAMILY else codec


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _common_share(text: str, codec: str = "gb2312") -> float:
    """Share of characters GB2312 (or Big5) encodes: ASCII, CJK punctuation, common hanzi."""
    missing = text.encode(codec, errors="replace").count(b"?") - text.count("?")
    return 1 - missing / len(text) if text else 0.0


def _looks_binary(text: str) -> bool:
    return "\x00" in text or len(_CONTROL.findall(text)) > 0.01 * len(text) + 1


def _read_html(data: bytes, source: str) -> Document:
    head = _META_CHARSET.search(data[:4096])
    markup, encoding = decode_bytes(data, source, head.group(1).decode("ascii") if head else "")
    try:
        import trafilatura
        from trafilatura.metadata import extract_metadata

        text = trafilatura.extract(
            markup, include_comments=False, include_tables=True, favor_recall=True
        )
        # extensive=False: the extensive search guesses dates from the report's own text.
        published = _iso_date(extract_metadata(markup, extensive=False).date or "")
    except Exception:  # a parser crash on odd markup: fall back to the plain <body> text
        text, published = None, ""
    stated = _STATED_DATE.search(_TAG.sub(" ", markup[:200_000]))
    published = published or _iso_date(stated.group(0) if stated else "")
    title = _TITLE.search(markup)
    title_text = " ".join(html.unescape(_TAG.sub("", title.group(1))).split()) if title else ""
    text = _require_text(text or _body_text(markup), source, "no text found in the page")
    return Document(source, text, title=title_text, published=published, encoding=encoding)


_BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section"}


def _body_text(markup: str) -> str:
    """<body> text without script/style/nav, one line per block: the trafilatura fallback."""
    import lxml.html
    from lxml import etree

    try:
        parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True)
        tree = lxml.html.document_fromstring(markup.encode("utf-8"), parser=parser)
    except Exception:  # lxml rejects some garbage outright (e.g. no element at all)
        return ""
    for bad in tree.xpath("//script|//style|//nav|//header|//footer|//noscript|//title"):
        bad.drop_tree()
    parts: list[str] = []
    # Walk without recursion (pages can nest deeper than the stack) and without editing the
    # tree; newlines around blocks keep sentences apart.
    for event, node in etree.iterwalk(tree, events=("start", "end")):
        parts.append("\n" if node.tag in _BLOCKS else "")
        parts.append((node.text if event == "start" else node.tail) or "")
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _iso_date(text: str) -> str:
    try:
        return datetime.date(*map(int, re.search(_DATE, text).groups())).isoformat()
    except (AttributeError, ValueError):  # no date at all, or no such day (2021-02-30)
        return ""


def _read_docx(data: bytes, source: str) -> Document:
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
        lines = list(_docx_lines(document))
        title = document.core_properties.title or ""
    except Exception as exc:  # zipfile/lxml/KeyError on a damaged package
        raise InputError(source, "parse", f"corrupt .docx: {_short(exc)}") from None
    text = _require_text("\n".join(lines), source, "no text found in the document")
    return Document(source, text, title=title.strip())


def _docx_lines(document) -> Iterator[str]:  # document: docx.document.Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    # Body order matters: a table's numbers belong to the paragraph that introduces it.
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            yield Paragraph(child, document).text
        elif tag == "tbl":
            for row in Table(child, document).rows:
                # A merged cell repeats the same <w:tc> element across the row: keep it once.
                unique = {id(cell._tc): cell for cell in row.cells}.values()
                yield " | ".join(" ".join(cell.text.split()) for cell in unique) + " |"


def _read_pdf(data: bytes, source: str) -> Document:
    import pdfplumber

    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = [_pdf_page_text(page) for page in pdf.pages]
            title = str((pdf.metadata or {}).get("Title") or "")
    except Exception as exc:  # pdfminer raises many types on damaged or encrypted files
        raise InputError(source, "parse", f"corrupt .pdf: {_short(exc)}") from None
    text = "\n".join(page for page in pages if page)
    if not text.strip():
        raise InputError(source, "parse", _NO_TEXT_LAYER)
    if len(re.findall(r"\(cid:\d+\)", text)) * 8 > len(text):  # glyph ids, no ToUnicode map
        raise InputError(source, "parse", "unsupported: PDF text has no Unicode map, run OCR first")
    return Document(source, text, title=title.strip())


def _pdf_page_text(page) -> str:  # page: pdfplumber.page.Page
    lines = page.extract_text_lines()
    right = max((line["x1"] for line in lines), default=0.0)
    right = right if right > 0.6 * float(page.width) else float("inf")  # no full-width line
    out: list[str] = []
    for line in lines:
        height = max(line["bottom"] - line["top"], 1.0)
        # A line that reaches the right margin without closing punctuation was wrapped by
        # the layout: join it to the next so "办理人大代表建\n议359件" reads as one phrase.
        wrapped = right - line["x1"] < 1.5 * height and not line["text"].endswith(_CLOSING)
        out.append(line["text"] + ("" if wrapped else "\n"))
    return "".join(out).rstrip("\n")


def _short(exc: Exception) -> str:
    return (" ".join(str(exc).split()) or type(exc).__name__)[:120]
