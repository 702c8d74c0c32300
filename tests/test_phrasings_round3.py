"""Phrasings of the indicators with the fewest rules (round 3).

Sentences written for these tests, in the style of county, district and department
reports, grouped by family:

1. noun first and passive orders (矛盾纠纷调解1200余件, 普法活动开展86场, 政府信息主动公开…);
2. other verbs and nouns for the same statement (成功调处, 作出复议决定, 领取执法证件,
   发布政府信息, 区长办公会议会前学法, 劳动争议仲裁收案, 到庭应诉);
3. the number before the noun (成功调解320起矛盾纠纷, 审结86件行政复议案件);
4. counters and linking words (学法次数, 持证人数, 压缩幅度, 压缩至平均, 达);
5. traps: other rates and counts that look alike (即办件占比, 审批环节, 申请材料,
   律师出庭, 行政处罚决定, 执法证件新领取, 参学人次, 热线工单, 转发信息, 商事仲裁).

``pytest -k family2`` runs one family.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from lawgov_extract import extract_text

# (family, indicator, sentence, value)
POSITIVE: list[tuple[str, str, str, float]] = [
    # --- mediation_cases
    ("family1", "mediation_cases", "全年矛盾纠纷调解1200余件,调解成功率98%。", 1200),
    ("family1", "mediation_cases", "矛盾纠纷调处化解1580件,无一起民转刑案件。", 1580),
    ("family1", "mediation_cases", "共排查化解矛盾纠纷860起,化解率98%。", 860),
    ("family2", "mediation_cases", "成功调处各类矛盾纠纷432件。", 432),
    ("family2", "mediation_cases", "各级调解组织累计调解矛盾纠纷3.6万件。", 36000),
    ("family2", "mediation_cases", "全县人民调解组织共受理矛盾纠纷2350件,调解成功2301件。", 2350),
    ("family2", "mediation_cases", "全年共调解各类民间纠纷680件。", 680),
    ("family2", "mediation_cases", "通过诉调对接化解纠纷200余件。", 200),
    ("family3", "mediation_cases", "全年成功调解320起矛盾纠纷。", 320),
    ("family3", "mediation_cases", "各级人民调解组织共调处1100余件矛盾纠纷。", 1100),
    # --- mediation_success_rate
    ("family1", "mediation_success_rate", "矛盾纠纷调处成功率达到99.2%。", 99.2),
    ("family1", "mediation_success_rate", "人民调解案件调解成功率达97.3%。", 97.3),
    ("family1", "mediation_success_rate", "矛盾纠纷化解率达到96.8%。", 96.8),
    ("family2", "mediation_success_rate", "矛盾纠纷成功调解率达到97.5%。", 97.5),
    ("family2", "mediation_success_rate", "各类纠纷成功化解率为98%。", 98),
    ("family4", "mediation_success_rate", "调解成功率为百分之九十八点五。", 98.5),
    ("family4", "mediation_success_rate", "调解成功率99.1%,群众满意率100%。", 99.1),
    # --- labor_arbitration_cases
    (
        "family1",
        "labor_arbitration_cases",
        "劳动人事争议仲裁委员会立案受理劳动人事争议案件1260件。",
        1260,
    ),
    ("family1", "labor_arbitration_cases", "劳动人事争议仲裁案件立案受理760件。", 760),
    ("family2", "labor_arbitration_cases", "劳动争议仲裁收案560件,结案540件。", 560),
    ("family2", "labor_arbitration_cases", "依法受理劳动争议仲裁申请312件。", 312),
    ("family2", "labor_arbitration_cases", "全年共受理劳动人事争议仲裁申请620件。", 620),
    ("family2", "labor_arbitration_cases", "仲裁机构受理劳动人事争议案件2400件。", 2400),
    ("family3", "labor_arbitration_cases", "全年立案受理1250件劳动人事争议案件。", 1250),
    ("family4", "labor_arbitration_cases", "劳动人事争议仲裁委员会新收案件达980件。", 980),
    # --- court_appearances
    ("family2", "court_appearances", "全县行政机关负责人出庭应诉56件次。", 56),
    ("family2", "court_appearances", "行政机关负责人到庭应诉12次。", 12),
    ("family2", "court_appearances", "副县长出庭应诉2次。", 2),
    ("family1", "court_appearances", "出庭应诉的行政机关负责人达46人次。", 46),
    ("family1", "court_appearances", "行政机关负责人出庭应诉的案件有38件。", 38),
    ("family4", "court_appearances", "各级行政机关负责人出庭应诉共计125次。", 125),
    ("family4", "court_appearances", "负责人出庭应诉次数达到31次。", 31),
    # --- approval_time_limit
    ("family2", "approval_time_limit", "不动产登记办理时限压减至3个工作日。", 3),
    ("family2", "approval_time_limit", "承诺时限由法定20个工作日压缩至5个工作日。", 5),
    ("family2", "approval_time_limit", "项目审批平均用时由98天压缩到42天。", 42),
    ("family2", "approval_time_limit", "平均办理时间缩短至2.5个工作日。", 2.5),
    ("family2", "approval_time_limit", "办结时限从原来的15个工作日减少到5个工作日。", 5),
    ("family1", "approval_time_limit", "工程建设项目审批全流程时间压缩至90个工作日以内。", 90),
    ("family1", "approval_time_limit", "项目审批总时长压缩至45个工作日。", 45),
    ("family4", "approval_time_limit", "行政许可事项审批时限压缩至平均3.2个工作日。", 3.2),
    (
        "family4",
        "approval_time_limit",
        "审批时限由法定的平均20.5个工作日压缩至平均6.8个工作日。",
        6.8,
    ),
    ("family4", "approval_time_limit", "审批环节由8个压减至4个,审批时限由45天压缩至15天。", 15),
    # --- approval_time_reduction_rate
    ("family4", "approval_time_reduction_rate", "审批时限平均压缩76.5%。", 76.5),
    ("family4", "approval_time_reduction_rate", "办理时限总体压减率达82%。", 82),
    ("family4", "approval_time_reduction_rate", "办理时限压缩比例达75%。", 75),
    ("family4", "approval_time_reduction_rate", "法定办结时限平均压缩幅度达60%。", 60),
    ("family2", "approval_time_reduction_rate", "审批用时平均压缩58%。", 58),
    (
        "family2",
        "approval_time_reduction_rate",
        "行政许可事项承诺办结时限比法定时限平均减少72%。",
        72,
    ),
    ("family2", "approval_time_reduction_rate", "全区政务服务事项承诺时限压缩率达到73.2%。", 73.2),
    # --- enforcement_personnel
    ("family2", "enforcement_personnel", "持有执法证件的人员共计1350人。", 1350),
    ("family2", "enforcement_personnel", "全区领取行政执法证件的人员520人。", 520),
    ("family2", "enforcement_personnel", "具备行政执法资格的人员326名。", 326),
    ("family1", "enforcement_personnel", "全市持证上岗的行政执法人员达4200人。", 4200),
    ("family1", "enforcement_personnel", "全县行政执法人员持证人数为1260人。", 1260),
    ("family4", "enforcement_personnel", "我局持证执法人员数量为230人。", 230),
    ("family4", "enforcement_personnel", "全县在岗持证执法人员865人。", 865),
    # --- pufa_events
    ("family1", "pufa_events", "全年法治宣传活动开展120场次。", 120),
    ("family1", "pufa_events", "普法宣传活动共举办86场。", 86),
    ("family2", "pufa_events", "开展“送法进万家”活动56场。", 56),
    ("family2", "pufa_events", "举办民法典专题讲座30场。", 30),
    ("family2", "pufa_events", "举办“法治大讲堂”12期。", 12),
    ("family2", "pufa_events", "送法进企业、进社区、进校园活动85场。", 85),
    ("family2", "pufa_events", "开展“美好生活·民法典相伴”主题宣传活动40场。", 40),
    ("family2", "pufa_events", "累计开展法治讲座、法律咨询等活动480余场。", 480),
    ("family4", "pufa_events", "全年组织法治宣传活动达300余场。", 300),
    ("family4", "pufa_events", "深入开展“八五”普法,全年共举办各类普法活动210场。", 210),
    # --- reconsideration_closed
    ("family2", "reconsideration_closed", "全年作出行政复议决定86件。", 86),
    ("family2", "reconsideration_closed", "受理行政复议申请150件,依法作出复议决定132件。", 132),
    ("family2", "reconsideration_closed", "复议机关共审结案件210件。", 210),
    ("family1", "reconsideration_closed", "行政复议案件审结92件。", 92),
    ("family1", "reconsideration_closed", "行政复议案件结案118件,结案率96%。", 118),
    ("family3", "reconsideration_closed", "全年依法审结86件行政复议案件。", 86),
    ("family4", "reconsideration_closed", "行政复议案件办结数为45件。", 45),
    ("family4", "reconsideration_closed", "审结行政复议案件共计88件。", 88),
    # --- study_sessions
    ("family1", "study_sessions", "区政府常务会议学法活动开展9次。", 9),
    ("family2", "study_sessions", "区长办公会议会前学法6次。", 6),
    ("family2", "study_sessions", "县政府全体会议集体学法2次。", 2),
    ("family2", "study_sessions", "召开县政府常务会议18次,开展会前学法18次。", 18),
    ("family2", "study_sessions", "常务会议学法实现常态化,全年学法15次。", 15),
    ("family4", "study_sessions", "政府常务会议学法次数达12次。", 12),
    ("family4", "study_sessions", "县政府常务会议专题学法8场次。", 8),
    ("family4", "study_sessions", "全年政府常务会议会前学法共计14次。", 14),
    # --- info_disclosure_proactive
    ("family2", "info_disclosure_proactive", "通过政府网站公开信息3200条。", 3200),
    ("family2", "info_disclosure_proactive", "在政府门户网站发布政府信息2100余条。", 2100),
    ("family2", "info_disclosure_proactive", "全年主动发布政务信息1860条。", 1860),
    ("family1", "info_disclosure_proactive", "政府信息主动公开1860条。", 1860),
    ("family3", "info_disclosure_proactive", "全年主动公开3200余条政府信息。", 3200),
    ("family4", "info_disclosure_proactive", "主动公开政府信息条数为3500条。", 3500),
    ("family4", "info_disclosure_proactive", "主动公开信息总量达1.6万条。", 16000),
]

# (family, indicator, sentence): the indicator must not be found at all.
TRAP: list[tuple[str, str, str]] = [
    # --- mediation_cases
    ("family5", "mediation_cases", "诉前调解案件同比增加300件。"),
    ("family5", "mediation_cases", "人民法院审结民事案件4500件。"),
    ("family5", "mediation_cases", "受理群众信访诉求860件。"),
    ("family5", "mediation_cases", "处理12345热线纠纷类工单2300件。"),
    # --- mediation_success_rate
    ("family5", "mediation_success_rate", "行政争议实质性化解率达60%。"),
    ("family5", "mediation_success_rate", "12345热线诉求解决率95%。"),
    ("family5", "mediation_success_rate", "力争调解成功率达到98%以上。"),
    ("family5", "mediation_success_rate", "法律援助案件满意率达100%。"),
    # --- labor_arbitration_cases
    ("family5", "labor_arbitration_cases", "劳动人事争议仲裁结案率达96%。"),
    ("family5", "labor_arbitration_cases", "劳动保障监察举报投诉案件受理86件。"),
    ("family5", "labor_arbitration_cases", "受理商事仲裁案件230件。"),
    ("family5", "labor_arbitration_cases", "基层劳动争议调解组织调解案件320件。"),
    # --- court_appearances
    ("family5", "court_appearances", "收到出庭通知书15份。"),
    ("family5", "court_appearances", "全年应诉案件32件,负责人应出庭20件。"),
    ("family5", "court_appearances", "法律顾问出庭应诉案件30件。"),
    ("family5", "court_appearances", "由律师代理出庭应诉45次。"),
    # --- approval_time_limit
    ("family5", "approval_time_limit", "即办件占比达85%。"),
    ("family5", "approval_time_limit", "审批环节由7个减少至4个。"),
    ("family5", "approval_time_limit", "申请材料由15份精简至8份。"),
    ("family5", "approval_time_limit", "12345热线工单平均办理时长缩短至2天。"),
    ("family5", "approval_time_limit", "行政复议案件平均审理时间缩短至45天。"),
    # --- approval_time_reduction_rate
    ("family5", "approval_time_reduction_rate", "即办件占比达到65%。"),
    ("family5", "approval_time_reduction_rate", "申请材料压减40%。"),
    ("family5", "approval_time_reduction_rate", "审批时限压缩至5个工作日,审批环节压缩50%。"),
    ("family5", "approval_time_reduction_rate", "全程网办率达到95%。"),
    # --- enforcement_personnel
    ("family5", "enforcement_personnel", "新领取执法证件的人员35人。"),
    ("family5", "enforcement_personnel", "审核发放行政执法证件320个。"),
    ("family5", "enforcement_personnel", "参加行政执法资格考试人员560人。"),
    ("family5", "enforcement_personnel", "换发执法证件人员300人。"),
    # --- pufa_events
    ("family5", "pufa_events", "发放普法资料3.2万份。"),
    ("family5", "pufa_events", "普法宣传覆盖群众12万人次。"),
    ("family5", "pufa_events", "组织法治培训班12期。"),
    ("family5", "pufa_events", "举办领导干部学法讲堂6期。"),
    ("family5", "pufa_events", "开展法治政府建设专项督查5次。"),
    # --- reconsideration_closed
    ("family5", "reconsideration_closed", "行政复议案件审结率97%。"),
    ("family5", "reconsideration_closed", "审结行政诉讼案件30件。"),
    ("family5", "reconsideration_closed", "作出行政处罚决定320件。"),
    ("family5", "reconsideration_closed", "行政复议决定履行率100%。"),
    # --- study_sessions
    ("family5", "study_sessions", "政府常务会议会前学法参学人员320人次。"),
    ("family5", "study_sessions", "开展行政执法人员法律知识培训6次。"),
    ("family5", "study_sessions", "区委常委会会前学法8次。"),
    ("family5", "study_sessions", "政府常务会议审议规范性文件12件。"),
    ("family5", "study_sessions", "坚持政府常务会议学法制度,县委常委会会前学法6次。"),
    # --- info_disclosure_proactive
    ("family5", "info_disclosure_proactive", "政府网站发布信息浏览量达12万次。"),
    ("family5", "info_disclosure_proactive", "政务新媒体转发信息1200条。"),
    ("family5", "info_disclosure_proactive", "收到依申请公开件12件。"),
    ("family5", "info_disclosure_proactive", "转载新闻稿件860篇。"),
]


def found(text: str) -> set[tuple[str, Decimal]]:
    return {(m.indicator, m.value) for m in extract_text(text).mentions}


def _ids(rows: list[tuple]) -> list[str]:
    counts: dict[tuple[str, str], int] = {}
    out = []
    for row in rows:
        key = (row[0], row[1])
        counts[key] = counts.get(key, 0) + 1
        out.append(f"{row[0]}-{row[1]}-{counts[key]}")
    return out


@pytest.mark.parametrize(("family", "indicator", "sentence", "value"), POSITIVE, ids=_ids(POSITIVE))
def test_phrasing_is_found(family, indicator, sentence, value):
    assert (indicator, Decimal(str(value))) in found(sentence), sentence


@pytest.mark.parametrize(("family", "indicator", "sentence"), TRAP, ids=_ids(TRAP))
def test_trap_is_not_found(family, indicator, sentence):
    got = found(sentence)
    assert not any(ind == indicator for ind, _ in got), (sentence, got)
