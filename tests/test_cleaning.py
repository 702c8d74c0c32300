"""Tests for lawgov_extract.cleaning, grouped by phenomenon.

Debris cases imitate the families seen on mirror and government sites (pinyin glosses after
traditional characters, betting spam glued to the first line, language switches, share and
print buttons, breadcrumbs, counters, footers, link lists); the seed cases come from
``seeds/*.txt``. Every test also checks the offset map back to the decoded text.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lawgov_extract.cleaning import CleanText, _char_table, _wrap_edits, clean_text, normalize_char
from lawgov_extract.sentences import split_sentences

SEEDS = {
    p.name[:3]: p.read_text(encoding="utf-8")
    for p in (Path(__file__).resolve().parents[1] / "seeds").glob("*.txt")
}


def check_offsets(decoded: str, clean: CleanText) -> None:
    """Every clean character comes from the decoded character its offset names."""
    assert len(clean.offsets) == len(clean.text) + 1
    assert clean.offsets[-1] == len(decoded)
    assert all(
        a < b for a, b in zip(clean.offsets, clean.offsets[1:], strict=False)
    )  # 1:1 or deleted
    for char, offset in zip(clean.text, clean.offsets, strict=False):
        assert char in (normalize_char(decoded[offset]), "\ufffd"), (char, decoded[offset])


def cleaned(text: str) -> str:
    clean = clean_text(text)
    check_offsets(text, clean)
    return clean.text


# --- characters: NFKC for digits and punctuation, traditional -> simplified -------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("１２３件", "123件"),
        ("满意率９８．５％", "满意率98.5%"),
        ("行政复议，应诉：（一）", "行政复议,应诉:(一)"),
        ("共１，２３４件", "共1,234件"),
        ("　　在市委领导下", "在市委领导下"),  # ideographic-space indentation
        ("⼈民调解", "人民调解"),  # Kangxi radical from a PDF text layer
        ("①加强领导", "①加强领导"),  # circled digits would glue onto numbers
        ("面积100㎡", "面积100㎡"),  # NFKC "m2" would add a digit
        ("此外……", "此外……"),  # expansions keep the 1:1 map
        ("應訴６８次", "应诉68次"),
        ("辦理人大代表建議３５９件", "办理人大代表建议359件"),
        ("共\u200b68\ufeff次\u00ad", "共68次"),  # zero-width characters
    ],
)
def test_characters(text: str, expected: str) -> None:
    assert cleaned(text) == expected


def test_traditional_seed_cleans_like_the_simplified_one() -> None:
    import opencc

    original = SEEDS["002"]
    traditional = opencc.OpenCC("s2t").convert(original)
    assert traditional != original
    simplified, converted = cleaned(original), cleaned(traditional)

    def numbered(text: str) -> list[str]:
        return [line for line in text.split("\n") if re.search(r"\d", line)]

    assert numbered(converted) == numbered(simplified)


def test_simplified_text_is_untouched_by_t2s() -> None:
    for text in SEEDS.values():
        assert all(normalize_char(c) == c for c in set(text) if "\u4e00" <= c <= "\u9fff")


# --- pinyin glosses ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("人民調(diào)解委員會(huì)", "人民调解委员会"),
        ("辦(bàn)理議(yì)案", "办理议案"),
        ("人民调（diào）解", "人民调解"),  # full-width parentheses
        ("维护稳(we\u030cn)定", "维护稳定"),  # decomposed tone mark
    ],
)
def test_pinyin_glosses_are_removed(text: str, expected: str) -> None:
    assert cleaned(text) == expected


@pytest.mark.parametrize(
    "text",
    ["B类问题共8件(a)", "条例(试行)", "(一)主动公开", "推行(app)", "(wěn)开头", "网站(www)"],
)
def test_parentheses_that_are_not_glosses_stay(text: str) -> None:
    assert cleaned(text) == text


# --- spam ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("JN江南·体育下载党的二十大报告首次专章论述", "党的二十大报告首次专章论述"),
        ("KY开云体育官网2023年,我区办理案件12件", "2023年,我区办理案件12件"),
        ("leyu乐鱼体育app下载\n办理案件12件", "办理案件12件"),
        ("华体会体育官方网站入口\n办理案件12件", "办理案件12件"),
        ("印发《足球比分直播关于表彰2023年度", "印发《关于表彰2023年度"),
        ("一、总体情况\nOB欧宝體育登录二、案件", "一、总体情况\n二、案件"),
    ],
)
def test_spam_is_removed(text: str, expected: str) -> None:
    assert cleaned(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "调整区体育局等11个区级部门",
        "体育彩票公益金使用情况",
        "加强体育平台建设",
        "E起学习平台上线",
        "APP注册用户达12万人",
        "足球场地建设12处",
        "CBA体育馆建设12处",
        "文化·体育事业投入12万元",
    ],
)
def test_report_text_about_sports_or_apps_stays(text: str) -> None:
    assert cleaned(text) == text


# --- site chrome ----------------------------------------------------------------------------

CHROME = [
    "简体 | 繁体",
    "English | 简体 | 繁體",
    "分享到: 微信 微博 QQ空间",
    "【打印本页】【关闭窗口】【返回顶部】",
    "【打印】【关闭】",
    "字号:[ 大 中 小 ]",
    "【字体: 大 中 小】",
    "上一篇:关于做好2021年春节期间工作的通知",
    "下一篇:2021年政府工作报告",
    "版权所有:重庆市沙坪坝区人民政府办公室 渝ICP备12003455号-1",
    "Copyright © 2021 All Rights Reserved",
    "渝公网安备 50010602500123号",
    "网站标识码:5001060001",
    "主办单位:区人民政府办公室",
    "技术支持:某某信息技术有限公司",
    "网站地图",
    "- 设为首页",
    "- 无障碍阅读",
    "相关词条",
    "您当前的位置:首页 > 政务公开 > 法治政府建设",
    "当前位置: 首页 > 政府信息公开 > 2020年",
    "首页>区司法局>工作动态",
    "发布日期: 2024-09-02 10:15 浏览次数: 信息来源: 区司法局",
    "来源:某县人民政府 发布时间:2024-01-05 09:30",
    "某市人民政府门户网站 时间:2024-02-19 来源:",
    "今天是:2023年5月8日 星期一 农历三月十九",
    "某某区人民政府 2022年6月1日星期三",
    "2023年3月4日 星期六 |",
    "05.06.2021  08:45",
    "索 引 号: 11500106/2023-00412",
    "文 号: 主题分类: 发文机关:",
    "扫一扫 手机打开当前页",
    "主体区域请使用tab按钮切换",
    "觉得这篇文章对您有帮助?欢迎打赏",
    "市政府部门网站",
    "中国政府网",
    "首页 政务公开 政务服务 互动交流 走进沙坪坝",
    "|",
    "——————",
]


@pytest.mark.parametrize("line", CHROME)
def test_chrome_lines_are_removed(line: str) -> None:
    text = f"共出庭应诉68次。\n{line}\n办理建议359件。"
    assert cleaned(text) == "共出庭应诉68次。\n办理建议359件。"


@pytest.mark.parametrize(
    "line",
    [
        "推进无障碍环境建设,新建无障碍设施20处。",
        "资金来源:区财政投入500万元",
        "分享典型案例20个",
        "行政复议 | 12 | 3 | 9 |",
        "项目 | 数量 | 比例 |",
        "类别 | 本年新收 | 上年结转 | 办结 |",
        "一、总体情况",
        "(一)主动公开",
        "区政府常务会前学法已成常态",
        "2017年4月5日,平房区召开企业评议会议",
        "12345政务服务便民热线",
        "特此报告",
        "承办市级建议案件15件",
        "主办法治讲座6场",
        "政府网站总访问量:356万次",
    ],
)
def test_report_lines_stay(line: str) -> None:
    assert cleaned(f"共出庭应诉68次。\n{line}") == f"共出庭应诉68次。\n{line}"


def test_seed_001_footer_links_are_removed() -> None:
    text = cleaned(SEEDS["001"])
    assert text.endswith("特此报告")


# --- whitespace -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("共 68 次", "共68次"),
        ("办 理 建 议", "办理建议"),
        ("出庭率 98.5 %", "出庭率98.5%"),
        ("a\r\nb\r\n\r\n\r\nc", "a\nb\nc"),
        ("  \n\n 一、总体情况  \n\n", "一、总体情况"),
        ("note  on   this", "note on this"),
        ("表 1 2 3", "表1 2 3"),  # two numerals stay apart
        ("a\tb\x0cc", "a b\nc"),
    ],
)
def test_whitespace(text: str, expected: str) -> None:
    assert cleaned(text) == expected


# --- hard-wrapped lines (pdftotext, copies from a PDF viewer) ---------------------------------


def sentences(text: str) -> list[str]:
    return [s.text for s in split_sentences(cleaned(text))]


REPORT = (
    "2023年法治政府建设年度报告\n"
    "一、主要举措和成效\n"
    "(一)化解矛盾纠纷\n"
    "全区坚持和发展新时代“枫桥经验”,健全人民调解、行政调解、司法调解联动工作体系,"
    "2023年,全区共调解矛盾纠纷1727件,调解成功1724件,调解成功率达99%。"
    "全年受理行政复议申请379件,审结352件,直接纠错率24.2%,以调解、和解方式结案170件。\n"
    "1.行政应诉。严格落实行政机关负责人出庭应诉制度,行政机关负责人出庭应诉68次,"
    "出庭应诉率100%;认真办理人大代表建议359件、政协委员提案211件,按期办复率100%,"
    "代表委员满意率98.5%。\n"
    "二、存在的不足\n"
    "基层法治力量还比较薄弱,执法人员的法律素养有待进一步提高,"
    "行政执法“三项制度”落实还不够到位,法治宣传教育的针对性和实效性还需进一步增强。"
)


@pytest.mark.parametrize("width", [12, 20, 30, 38, 45])
@pytest.mark.parametrize("indent", ["", "\u3000\u3000"])
def test_hard_wrapped_text_reads_as_written(hard_wrap, width: int, indent: str) -> None:
    wrapped = hard_wrap(REPORT, width, indent)
    assert sentences(wrapped) == sentences(REPORT)


@pytest.mark.parametrize("seed", sorted(SEEDS))
@pytest.mark.parametrize("width", [30, 38, 45])
def test_hard_wrapped_seeds_keep_their_sentences(hard_wrap, seed: str, width: int) -> None:
    # A sentence-final mark can fall at a line end, leaving an empty sentence boundary where the
    # original had none; and a full line ending a paragraph is joined to a next paragraph
    # that starts without a heading mark. Every numbered sentence of the original is still whole.
    joined = "".join(sentences(hard_wrap(SEEDS[seed], width)))
    for sentence in sentences(SEEDS[seed]):
        if re.search(r"\d", sentence):
            assert sentence in joined


def test_number_cut_by_the_wrap_is_whole_and_quotes_the_original() -> None:
    decoded = "2023年,全区共调解矛盾纠\n纷1727件,调解成功率达9\n9%。"
    clean = clean_text(decoded)
    check_offsets(decoded, clean)
    assert clean.text == "2023年,全区共调解矛盾纠纷1727件,调解成功率达99%。"
    start = clean.text.index("99%")
    assert decoded[slice(*clean.original_span(start, start + 3))] == "9\n9%"


LINES = [
    "全区共调解矛盾纠纷一千余件",
    "调解成功率达到百分之九十九",
    "以上全部案卷已经归档完毕并",
    "按照规定报送上级主管部门备",
]
assert {len(line) for line in LINES} == {13}


@pytest.mark.parametrize(
    "following",
    [
        "一、工作成效显著提升",
        "(二)行政复议",
        "1.行政应诉工作",
        "第三条本办法自公布之日起施行",
        "  本年度全区行政机关负责人出庭",
        "\u3000\u3000本年度全区行政机关负责人出庭",
        "•行政复议工作",
        "①行政复议工作",
        "",
    ],
)
def test_a_new_paragraph_heading_or_item_is_never_joined(following: str) -> None:
    text = "\n".join([*LINES, following, "完成"])
    assert cleaned(text).startswith("".join(LINES) + "\n")


@pytest.mark.parametrize("end", ["。", ";", ":", "!", "?", "。”", "|"])
def test_a_line_that_ends_a_sentence_is_not_joined(end: str) -> None:
    lines = [line[: -len(end)] + end if i == 1 else line for i, line in enumerate(LINES)]
    assert cleaned("\n".join([*lines, "完成"])).split("\n") == [
        lines[0] + lines[1],
        lines[2] + lines[3] + "完成",
    ]


def test_latin_words_keep_the_space_at_the_break() -> None:
    # A space at the break stays: "APP store"; none is added where a word was cut in two.
    lines = ["全区上线政务服务移动APP ", "store上架工作同步推进", *LINES[2:], "完成"]
    assert cleaned("\n".join(lines)) == "".join(lines)
    lines = ["网上办事大厅主页为info", "rmation系统已全部接入网", *LINES[2:], "完成"]
    assert cleaned("\n".join(lines)) == "".join(lines)


def test_glosses_cut_by_the_wrap_are_removed(hard_wrap) -> None:
    text = hard_wrap(
        "全区各类人民调(diào)解组织共开展矛盾纠纷排查1120次,共调(diào)解矛盾纠纷3906件。" * 3, 30
    )
    assert "(" not in cleaned(text) and "调解矛盾纠纷3906件" in cleaned(text)


@pytest.mark.parametrize(
    "text",
    [
        # Web pages and Word files: one paragraph a line, lengths far apart.
        "一、总体情况\n" + "全区共调解矛盾纠纷1727件,调解成功率达99%。\n" * 2 + REPORT,
        # Lines of one length that end sentences.
        "\n".join(
            [
                "全区共调解矛盾纠纷1727件。",
                "全年受理行政复议申请379件。",
                "行政机关出庭应诉率100%。",
            ]
            * 3
        ),
        # Table rows of one length.
        "\n".join(
            ["| 行政复议 | 379 | 352 |", "| 行政诉讼 | 120 | 118 |", "| 矛盾纠纷 | 1727 | 99 |"] * 3
        ),
        "行政复议  379  352\n行政诉讼  120  118\n矛盾纠纷  172  990\n",
        # Headings of about one length, beside longer paragraphs.
        "一、依法全面履行政府职能情况\n二、完善依法行政制度体系情况\n三、推进行政决策科学化情况\n"
        + REPORT,
    ],
)
def test_text_that_is_not_hard_wrapped_is_left_alone(text: str) -> None:
    assert _wrap_edits(_char_table().translate(text)[0]) == []


@pytest.mark.parametrize("seed", sorted(SEEDS))
def test_seeds_are_not_hard_wrapped(seed: str) -> None:
    assert _wrap_edits(_char_table().translate(SEEDS[seed])[0]) == []


# --- broken fragments (seed 000: lost text replaced by 线) ------------------------------------

NUMERAL_UNIT = re.compile(r"[0-9一二三四五六七八九十百千万亿两半]+\s*(?:%|‰|[万亿]?元)")


@pytest.mark.parametrize("fragment", ["公开投诉举报电线%。", "按月调度还款进度情况。认线万元。"])
def test_seed_000_fragments_give_no_number(fragment: str) -> None:
    assert fragment in SEEDS["000"]
    text = cleaned(fragment)
    assert not NUMERAL_UNIT.search(text)
    assert "\ufffd" in text  # the orphan unit is neutralised


@pytest.mark.parametrize(
    "text", ["按期办复率达100%", "增长5 %", "约九十%", "清偿4139.7284万元", "热线12345"]
)
def test_units_with_numbers_stay(text: str) -> None:
    assert "\ufffd" not in cleaned(text)


# --- offsets and spans ------------------------------------------------------------------------


@pytest.mark.parametrize("seed", sorted(SEEDS))
def test_seed_offsets_and_number_spans(seed: str) -> None:
    decoded = SEEDS[seed]
    clean = clean_text(decoded)
    check_offsets(decoded, clean)
    for match in re.finditer(r"\d+(?:\.\d+)?\s*[件次%人项]", clean.text):
        start, end = clean.original_span(*match.span())
        assert "".join(map(normalize_char, decoded[start:end])).replace(" ", "") == (
            match.group().replace(" ", "")
        )


def test_original_span_points_into_the_decoded_text() -> None:
    decoded = "JN江南·体育下载\n調(diào)解案件　１２件"
    clean = clean_text(decoded)
    assert clean.text == "调解案件12件"
    start = clean.text.index("12件")
    assert clean.original_span(start, start + 3) == (decoded.index("１"), len(decoded))
    assert clean.original_span(0, 0) == (decoded.index("調"), decoded.index("調"))
    with pytest.raises(ValueError):
        clean.original_span(3, 99)


# --- fuzz ---------------------------------------------------------------------------------

DEBRIS = [
    "調(diào)",
    "(wěn)",
    "JN江南·体育下载",
    "篮球比分直播",
    "简体 | 繁体",
    "\n分享到:\n",
    "线%",
    "认线万元",
    "\r\n",
    "\n\n",
    "  ",
    "　",
    "\t",
    "\u200b",
    "\ufeff",
    "①",
    "…",
    "％",
    "１２",
    "會議",
    "首页 > ",
    "\n网站地图\n",
    "\x00",
    "\x85",
    "\u2028",
    "⼈",
    "㎡",
    "we\u030cn",
    "𠀀",
]
TOKENS = DEBRIS + list(
    "共出庭应诉次办理人大代表建议件万元亿百分之率达的一二十%,.。:()０9 \n應訴辦國發"
)
# Inputs are drawn as bytes and mapped: hypothesis draws bytes far faster than text, which
# keeps thousands of examples within seconds.
TEXT = st.binary(max_size=200).map(lambda b: "".join(TOKENS[x % len(TOKENS)] for x in b)) | (
    st.binary(max_size=200).map(lambda b: b.decode("utf-16-le", errors="replace"))
)


@settings(max_examples=6000, deadline=None, database=None)
@given(TEXT)
def test_fuzz_offsets(text: str) -> None:
    clean = clean_text(text)
    check_offsets(text, clean)
    if clean.text:
        start, end = clean.original_span(0, len(clean.text))
        assert 0 <= start < end <= len(text)


# Report-like runs cut at one width, so most examples are found wrapped and joined.
PROSE = st.lists(
    st.sampled_from([*"共出庭应诉次办理建议件万元率达的一二%,.。:()９9 　\u200bAPa", "調(diào)"]),
    max_size=120,
).map("".join)


@settings(max_examples=1500, deadline=None, database=None)
@given(st.lists(PROSE, min_size=1, max_size=4), st.integers(4, 30))
def test_fuzz_offsets_of_hard_wrapped_text(hard_wrap, paragraphs: list[str], width: int) -> None:
    wrapped = hard_wrap("\n".join(paragraphs), width)
    check_offsets(wrapped, clean_text(wrapped))


# --- sentences --------------------------------------------------------------------------------


def plain_sentences(text: str) -> list[str]:
    """The definition, spelled out: a sentence runs to a line break or through a run of end
    marks and the closing quotes after it; white space around it is not part of it."""
    pieces, piece, i = [], "", 0
    while i < len(text):
        ch = text[i]
        i += 1
        if ch == "\n":
            pieces.append(piece)
            piece = ""
        elif ch in "。；;！!？?":
            piece += ch
            while i < len(text) and text[i] in "。；;！!？?":
                piece, i = piece + text[i], i + 1
            while i < len(text) and text[i] in "”’」』)]":
                piece, i = piece + text[i], i + 1
            pieces.append(piece)
            piece = ""
        else:
            piece += ch
    pieces.append(piece)
    return [p.strip() for p in pieces if p.strip()]


@settings(max_examples=3000, deadline=None, database=None)
@given(st.lists(st.sampled_from([*"受理件9。；;！!？?”’」』)] \t\n\u3000\u2028"]), max_size=40))
def test_fuzz_sentences_follow_the_definition(chars: list[str]) -> None:
    text = "".join(chars)
    found = split_sentences(text)
    assert [s.text for s in found] == plain_sentences(text)
    assert all(text[s.start : s.end] == s.text for s in found)
