"""Phrasings of real reports beyond the district-government template (round 2).

Sentences written for these tests, in the style of the reports, grouped by family:

1. department reports (本局, 我局, 局机关) and city or province values with 万/亿;
2. 政府信息公开年度报告 statements (本年新收政府信息公开申请 N 件 ...);
3. the older 法制 wording of 2016-2019 reports (法制宣传, 政府法制机构, 行政首长出庭应诉);
4. rates stated without a % sign (败诉率为0, 出庭应诉率100);
5. lists that state the noun once (人大代表建议86件、政协提案112件);
6. traps: hotlines, dates, document numbers, institutions, trainees, percentage points,
   targets and plans, year-on-year changes, consultations, petitions (信访).

Round 3 (``r3family1``-``r3family5``, below) covers the indicators with the fewest rules;
round 4 (``r4family1``-``r4family5``) the litigation, reconsideration, suggestion, review,
legal-aid and disclosure indicators; round 5 (``r5family1``-``r5family3``) statement shapes
(a colon or bracketed note before the number, a change before the new total, lists ending
in 等) and everyday phrasings of every indicator.
``pytest -k family3`` runs one family.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from lawgov_extract import extract_text

# (family, indicator, sentence, value)
POSITIVE: list[tuple[str, str, str, float]] = [
    # --- family 1: department reports, 万/亿
    ("family1", "legal_aid_cases", "本局全年共受理法律援助案件1.2万件。", 12000),
    ("family1", "reconsideration_cases", "全市各级行政复议机关共受理行政复议申请1.2万件。", 12000),
    ("family1", "info_disclosure_proactive", "全市主动公开政府信息3.2万条。", 32000),
    (
        "family1",
        "info_disclosure_proactive",
        "全省各级行政机关主动公开政府信息156.3万条。",
        1563000,
    ),
    ("family1", "mediation_cases", "全省各级人民调解组织共调解矛盾纠纷86.5万件。", 865000),
    ("family1", "mediation_cases", "全市共排查调处各类矛盾纠纷2.3万余件,调解成功率98.5%。", 23000),
    (
        "family1",
        "labor_arbitration_cases",
        "我局劳动人事争议仲裁院全年立案受理案件1.1万件。",
        11000,
    ),
    ("family1", "labor_arbitration_cases", "局机关全年共受理劳动人事争议案件2300余件。", 2300),
    ("family1", "enforcement_personnel", "我局现有持证执法人员126人。", 126),
    ("family1", "enforcement_personnel", "局机关及所属执法大队共有行政执法人员85名。", 85),
    ("family1", "enforcement_personnel", "全省持证行政执法人员达12.8万人。", 128000),
    ("family1", "enforcement_personnel", "我局执法人员56人,均持有执法证件。", 56),
    ("family1", "reconsideration_cases", "全市行政复议机关共收案4,321件。", 4321),
    ("family1", "court_appearances", "我局主要负责人全年出庭应诉3次。", 3),
    ("family1", "court_appearance_rate", "本局负责人出庭应诉率100%。", 100),
    ("family1", "admin_litigation_cases", "我局作为被告的行政诉讼案件7件。", 7),
    ("family1", "admin_litigation_cases", "本局全年发生行政应诉案件4件。", 4),
    ("family1", "npc_suggestions", "我局共承办市人大代表建议26件,其中主办15件。", 26),
    ("family1", "cppcc_proposals", "局机关全年承办市政协提案19件。", 19),
    ("family1", "contract_reviews", "局法律顾问全年审查合同协议56份。", 56),
    ("family1", "pufa_events", "局机关组织开展“八五”普法宣传活动36场次。", 36),
    ("family1", "legal_aid_cases", "全省法律援助机构共办理法律援助案件12.6万件。", 126000),
    ("family1", "pufa_events", "全市共组织开展法治宣传活动1.8万场次。", 18000),
    ("family1", "reconsideration_cases", "全省行政复议机关新收行政复议案件2.4万件。", 24000),
    ("family1", "info_disclosure_proactive", "本局主动公开政府信息逾3000条。", 3000),
    ("family1", "mediation_cases", "全市人民调解组织调解纠纷一万二千件。", 12000),
    ("family1", "legal_aid_cases", "全市共批准法律援助申请4,500件。", 4500),
    ("family1", "contract_reviews", "局法制科对以本局名义签订的28份合同进行了合法性审查。", 28),
    ("family1", "normative_doc_reviews", "对各部门报送备案的9件规范性文件进行了审查。", 9),
    (
        "family1",
        "approval_time_limit",
        "全市工程建设项目审批时限由平均120个工作日压缩至60个工作日。",
        60,
    ),
    # --- family 2: 政府信息公开年度报告
    ("family2", "info_disclosure_requests", "本年新收政府信息公开申请326件。", 326),
    ("family2", "info_disclosure_requests", "本年度共收到政府信息公开申请58件。", 58),
    ("family2", "info_disclosure_requests", "本机关共办理依申请公开45件。", 45),
    ("family2", "info_disclosure_requests", "全年共受理依申请公开政府信息申请19件。", 19),
    ("family2", "info_disclosure_requests", "本机关全年收到信息公开申请21件,上年结转2件。", 21),
    ("family2", "info_disclosure_requests", "本年度新收政府信息公开申请数量为1.3万件。", 13000),
    ("family2", "info_disclosure_requests", "收到的政府信息公开申请共计86件。", 86),
    ("family2", "info_disclosure_requests", "全年共收到并办理政府信息公开申请152件。", 152),
    ("family2", "info_disclosure_requests", "全年受理政府信息公开申请达到1.2万件。", 12000),
    (
        "family2",
        "info_disclosure_requests",
        "受理各类政府信息公开申请42件,全部在法定时限内答复。",
        42,
    ),
    ("family2", "info_disclosure_requests", "全市共收到政府信息公开申请1.5万余件。", 15000),
    ("family2", "info_disclosure_requests", "2022年度,本机关共收到政府信息公开申请为33件。", 33),
    (
        "family2",
        "info_disclosure_requests",
        "三、收到和处理政府信息公开申请情况\n本年新收申请数量为86件,办结84件。",
        86,
    ),
    ("family2", "info_disclosure_requests", "依申请公开工作依法规范,全年共收到申请31件。", 31),
    ("family2", "info_disclosure_proactive", "本年度主动公开政府信息4,215条。", 4215),
    ("family2", "info_disclosure_proactive", "在政府门户网站主动公开政府信息共计1.5万条。", 15000),
    ("family2", "info_disclosure_proactive", "主动公开政府信息为3862条。", 3862),
    ("family2", "info_disclosure_proactive", "主动公开各类政府信息达到2.6万余条。", 26000),
    ("family2", "info_disclosure_proactive", "全年通过门户网站主动公开政府信息总计1,038条。", 1038),
    ("family2", "info_disclosure_proactive", "全年累计主动公开政府信息8,650条,同比增长12%。", 8650),
    ("family2", "info_disclosure_proactive", "全年主动公开政府信息合计达到5120条。", 5120),
    # --- family 3: older 法制 wording (2016-2019)
    ("family3", "pufa_events", "开展法制宣传活动52场次。", 52),
    ("family3", "pufa_events", "全年组织法制宣传教育活动80余场。", 80),
    ("family3", "pufa_events", "举办法制讲座23场。", 23),
    ("family3", "pufa_events", "开展“法律六进”法制宣传活动150场次。", 150),
    ("family3", "pufa_events", "深入开展“七五”普法,举办法制宣传讲座46场。", 46),
    ("family3", "normative_doc_reviews", "政府法制机构共审查规范性文件32件。", 32),
    ("family3", "normative_doc_reviews", "报送备案规范性文件15件,备案审查率100%。", 15),
    ("family3", "normative_doc_reviews", "县政府法制办审查规范性文件草案12件。", 12),
    ("family3", "normative_doc_reviews", "全年规范性文件备案审查21件。", 21),
    ("family3", "contract_reviews", "政府法制机构审查各类合同55份。", 55),
    ("family3", "court_appearance_rate", "行政首长出庭应诉率达100%。", 100),
    ("family3", "court_appearance_rate", "行政首长出庭率为85%。", 85),
    ("family3", "court_appearances", "行政首长出庭应诉12次。", 12),
    ("family3", "court_appearances", "行政首长出庭16人次。", 16),
    ("family3", "court_appearances", "行政首长亲自出庭应诉5件。", 5),
    ("family3", "court_appearances", "区长出庭2次,副区长出庭4次。", 2),
    ("family3", "study_sessions", "坚持政府常务会议学法制度,全年学法6次。", 6),
    ("family3", "study_sessions", "县政府常务会议前学法10次。", 10),
    ("family3", "study_sessions", "全年召开县政府常务会议20次,其中学法12次。", 12),
    ("family3", "reconsideration_cases", "县政府法制办受理行政复议案件12件。", 12),
    ("family3", "enforcement_personnel", "全县持有行政执法证人员680名。", 680),
    # --- family 4: rates without a % sign
    ("family4", "litigation_loss_rate", "行政诉讼败诉率为0。", 0),
    ("family4", "litigation_loss_rate", "全年行政诉讼案件败诉率为零,胜诉率100%。", 0),
    ("family4", "litigation_loss_rate", "审结行政诉讼案件12件,败诉率0。", 0),
    ("family4", "litigation_loss_rate", "行政诉讼一审败诉率为零。", 0),  # no digit at all
    ("family4", "court_appearance_rate", "行政机关负责人出庭应诉率100。", 100),
    ("family4", "court_appearance_rate", "负责人出庭应诉率达到100,同比提高15个百分点。", 100),
    ("family4", "litigation_win_rate", "行政诉讼案件胜诉率为100,无败诉案件。", 100),
    ("family4", "mediation_success_rate", "调解矛盾纠纷326件,调解成功率100。", 100),
    # --- family 5: the noun stated once for a list
    ("family5", "npc_suggestions", "办理人大代表建议86件、政协提案112件。", 86),
    ("family5", "cppcc_proposals", "办理人大代表建议86件、政协提案112件。", 112),
    ("family5", "npc_suggestions", "承办人大代表建议和政协委员提案86件、112件。", 86),
    ("family5", "cppcc_proposals", "承办人大代表建议和政协委员提案86件、112件。", 112),
    ("family5", "npc_suggestions", "分别办理人大代表建议、政协提案86件和112件。", 86),
    ("family5", "cppcc_proposals", "分别办理人大代表建议、政协提案86件和112件。", 112),
    ("family5", "npc_suggestions", "全年承办人大代表建议、政协委员提案各30件。", 30),
    ("family5", "cppcc_proposals", "全年承办人大代表建议、政协委员提案各30件。", 30),
    ("family5", "reconsideration_cases", "受理行政复议案件45件、行政诉讼案件32件。", 45),
    ("family5", "admin_litigation_cases", "受理行政复议案件45件、行政诉讼案件32件。", 32),
    ("family5", "reconsideration_cases", "办理行政复议、行政诉讼案件分别为45件、32件。", 45),
    ("family5", "admin_litigation_cases", "办理行政复议、行政诉讼案件分别为45件、32件。", 32),
    ("family5", "admin_litigation_cases", "行政诉讼和行政复议案件分别为32件和45件。", 32),
    ("family5", "reconsideration_cases", "行政诉讼和行政复议案件分别为32件和45件。", 45),
    ("family5", "reconsideration_cases", "新收行政复议案件18件,行政应诉案件9件。", 18),
    ("family5", "admin_litigation_cases", "新收行政复议案件18件,行政应诉案件9件。", 9),
    ("family5", "legal_aid_cases", "办理法律援助案件320件、法律咨询2100人次。", 320),
    ("family5", "mediation_cases", "调解矛盾纠纷1200件、劳动争议仲裁案件300件。", 1200),
    ("family5", "labor_arbitration_cases", "调解矛盾纠纷1200件、劳动争议仲裁案件300件。", 300),
]

# (family, indicator, sentence): the indicator must not be found at all.
TRAP: list[tuple[str, str, str]] = [
    # --- family 1
    ("family1", "info_disclosure_proactive", "全市政府网站总访问量达1.2亿次。"),
    ("family1", "legal_aid_cases", "为农民工讨回欠薪1.2亿元。"),
    ("family1", "enforcement_personnel", "全局开展执法检查出动执法人员1.2万人次。"),
    ("family1", "enforcement_personnel", "轮训行政执法人员900人。"),
    ("family1", "labor_arbitration_cases", "劳动人事争议仲裁为劳动者追回工资1.2亿元。"),
    ("family1", "reconsideration_cases", "本局作为被申请人的行政复议案件3件。"),
    ("family1", "enforcement_personnel", "我局参训执法人员56人。"),
    ("family1", "reconsideration_cases", "行政复议机关审结案件400件。"),
    # --- family 2
    ("family2", "info_disclosure_requests", "上年结转政府信息公开申请3件。"),
    ("family2", "info_disclosure_requests", "政府信息公开申请答复率为100%。"),
    ("family2", "info_disclosure_requests", "收到政府信息公开申请同比增长12%。"),
    ("family2", "info_disclosure_requests", "法律援助工作扎实推进,本年新收申请320件。"),
    ("family2", "info_disclosure_requests", "行政复议工作依法开展。全年受理申请58件,审结50件。"),
    ("family2", "info_disclosure_proactive", "主动公开政府信息较上年增加320条。"),
    ("family2", "info_disclosure_proactive", "政府信息公开专栏访问量达5.6万人次。"),
    ("family2", "info_disclosure_proactive", "本年主动公开规范性文件12件。"),
    ("family2", "info_disclosure_proactive", "收到政府信息公开申请17件,已答复15件。"),
    # --- family 3
    ("family3", "normative_doc_reviews", "对重大行政决策进行合法性审查12件。"),
    ("family3", "contract_reviews", "对重大行政决策事项进行合法性审查18件。"),
    ("family3", "normative_doc_reviews", "对重大行政决策、规范性文件和合同进行合法性审查共56件。"),
    ("family3", "contract_reviews", "对重大行政决策、规范性文件和合同进行合法性审查共56件。"),
    ("family3", "normative_doc_reviews", "全年规范性文件合法性审查率100%。"),
    ("family3", "court_appearances", "行政首长应出庭案件20件。"),
    ("family3", "pufa_events", "发放法制宣传资料1.2万份。"),
    ("family3", "pufa_events", "全年共组织领导干部专题学法讲座6次。"),
    ("family3", "study_sessions", "组织全县干部职工学法考试2次。"),
    ("family3", "study_sessions", "坚持政府常务会议学法制度,组织干部职工学法12次。"),
    ("family3", "pufa_events", "按照年度普法计划,发放法制宣传资料3000份。"),
    # --- family 4
    ("family4", "litigation_loss_rate", "全年行政诉讼实现零败诉,胜诉率100%。"),
    ("family4", "litigation_loss_rate", "行政诉讼败诉率全市排名第1。"),
    ("family4", "litigation_loss_rate", "行政诉讼败诉率下降0.5个百分点。"),
    ("family4", "court_appearance_rate", "负责人出庭应诉率连续3年位居全市前列。"),
    ("family4", "court_appearance_rate", "行政机关负责人出庭应诉案件100件。"),
    ("family4", "mediation_success_rate", "人民调解成功率连续五年保持全市第1。"),
    ("family4", "litigation_win_rate", "行政诉讼胜诉率提高3个百分点,败诉率为0。"),
    # --- family 5
    ("family5", "cppcc_proposals", "承办人大代表建议86件、112件已办结。"),
    ("family5", "reconsideration_cases", "办理行政复议和行政诉讼案件120件。"),
    ("family5", "admin_litigation_cases", "受理行政复议案件45件、行政执法监督案件32件。"),
    # --- family 6: hotlines, dates, document numbers, institutions, trainees
    ("family6", "mediation_cases", "12345热线受理纠纷类诉求3200件。"),
    ("family6", "legal_aid_cases", "12348公共法律服务热线接听法律咨询电话8600个。"),
    ("family6", "mediation_cases", "开通12348热线,调解热线接听来电560个。"),
    ("family6", "reconsideration_cases", "行政复议案件于2023年12月全部审结。"),
    ("family6", "info_disclosure_requests", "政府信息公开申请于2024年1月15日前全部答复。"),
    (
        "family6",
        "normative_doc_reviews",
        "对《关于加强安全管理的通知》(x府办发〔2023〕12号)进行备案审查。",
    ),
    ("family6", "normative_doc_reviews", "审查〔2023〕5号文件,发现问题3个。"),
    ("family6", "mediation_cases", "全区共设立人民调解委员会156个。"),
    ("family6", "mediation_cases", "建立矛盾纠纷调解组织56个。"),
    ("family6", "mediation_cases", "全镇建立村级调解委员会56个,配备人民调解员320名。"),
    ("family6", "labor_arbitration_cases", "设立劳动人事争议调解组织86个。"),
    ("family6", "pufa_events", "建成法治宣传教育基地12个。"),
    ("family6", "enforcement_personnel", "全年开展行政执法人员培训12期,培训执法人员1600余人。"),
    ("family6", "enforcement_personnel", "对全区1200名行政执法人员开展轮训。"),
    ("family6", "enforcement_personnel", "调训行政执法人员450名。"),
    # percentage points and year-on-year changes
    ("family6", "mediation_success_rate", "调解成功率较上年提高5个百分点。"),
    ("family6", "approval_time_reduction_rate", "审批时限压缩率提高10个百分点。"),
    ("family6", "mediation_success_rate", "调解成功率同比增长2%。"),
    ("family6", "info_disclosure_proactive", "主动公开政府信息同比增长12%。"),
    ("family6", "litigation_loss_rate", "行政诉讼败诉率同比下降1.2%。"),
    ("family6", "legal_aid_cases", "办理法律援助案件同比增长12%。"),
    ("family6", "mediation_cases", "调解矛盾纠纷数量同比上升15%。"),
    # targets and plans
    ("family6", "court_appearance_rate", "力争行政机关负责人出庭应诉率达到100%。"),
    ("family6", "litigation_win_rate", "争取行政诉讼胜诉率保持在90%以上。"),
    ("family6", "legal_aid_cases", "计划全年办理法律援助案件500件。"),
    ("family6", "pufa_events", "力争全年开展法治宣传活动200场。"),
    ("family6", "mediation_success_rate", "目标是矛盾纠纷调解成功率达到98%以上。"),
    ("family6", "approval_time_limit", "力争将审批时限压缩至3个工作日以内。"),
    ("family6", "reconsideration_cases", "预计全年受理行政复议申请150件。"),
    # consultations are not legal aid cases; petitions are not mediation
    ("family6", "legal_aid_cases", "解答法律援助咨询2300人次。"),
    ("family6", "legal_aid_cases", "法律援助中心接待群众咨询1500件。"),
    ("family6", "legal_aid_cases", "受理法律援助咨询3200件。"),
    ("family6", "legal_aid_cases", "提供法律援助咨询服务1800余件。"),
    ("family6", "mediation_cases", "受理信访事项320件。"),
    ("family6", "mediation_cases", "化解信访矛盾纠纷85件。"),
    ("family6", "mediation_cases", "接待群众来访调处信访纠纷60件。"),
    ("family6", "mediation_cases", "调处化解信访案件36件。"),
    ("family6", "mediation_cases", "共受理来信来访纠纷类事项260件。"),
]


# Round 3: the indicators with the fewest rules. Families r3family1-5: noun first and passive
# orders (矛盾纠纷调解1200余件, 普法活动开展86场); other verbs and nouns for the same statement
# (成功调处, 作出复议决定, 领取执法证件, 发布政府信息, 到庭应诉); the number before the noun
# (成功调解320起矛盾纠纷); counters and linking words (学法次数, 持证人数, 压缩至平均); traps
# that look alike (即办件占比, 审批环节, 律师出庭, 行政处罚决定, 参学人次, 热线工单, 转发信息).
ROUND3_POSITIVE: list[tuple[str, str, str, float]] = [
    # --- mediation_cases
    ("r3family1", "mediation_cases", "全年矛盾纠纷调解1200余件,调解成功率98%。", 1200),
    ("r3family1", "mediation_cases", "矛盾纠纷调处化解1580件,无一起民转刑案件。", 1580),
    ("r3family1", "mediation_cases", "共排查化解矛盾纠纷860起,化解率98%。", 860),
    ("r3family2", "mediation_cases", "成功调处各类矛盾纠纷432件。", 432),
    ("r3family2", "mediation_cases", "各级调解组织累计调解矛盾纠纷3.6万件。", 36000),
    ("r3family2", "mediation_cases", "全县人民调解组织共受理矛盾纠纷2350件,调解成功2301件。", 2350),
    ("r3family2", "mediation_cases", "全年共调解各类民间纠纷680件。", 680),
    ("r3family2", "mediation_cases", "通过诉调对接化解纠纷200余件。", 200),
    ("r3family3", "mediation_cases", "全年成功调解320起矛盾纠纷。", 320),
    ("r3family3", "mediation_cases", "各级人民调解组织共调处1100余件矛盾纠纷。", 1100),
    # --- mediation_success_rate
    ("r3family1", "mediation_success_rate", "矛盾纠纷调处成功率达到99.2%。", 99.2),
    ("r3family1", "mediation_success_rate", "人民调解案件调解成功率达97.3%。", 97.3),
    ("r3family1", "mediation_success_rate", "矛盾纠纷化解率达到96.8%。", 96.8),
    ("r3family2", "mediation_success_rate", "矛盾纠纷成功调解率达到97.5%。", 97.5),
    ("r3family2", "mediation_success_rate", "各类纠纷成功化解率为98%。", 98),
    ("r3family4", "mediation_success_rate", "调解成功率为百分之九十八点五。", 98.5),
    ("r3family4", "mediation_success_rate", "调解成功率99.1%,群众满意率100%。", 99.1),
    # --- labor_arbitration_cases
    (
        "family1",
        "labor_arbitration_cases",
        "劳动人事争议仲裁委员会立案受理劳动人事争议案件1260件。",
        1260,
    ),
    ("r3family1", "labor_arbitration_cases", "劳动人事争议仲裁案件立案受理760件。", 760),
    ("r3family2", "labor_arbitration_cases", "劳动争议仲裁收案560件,结案540件。", 560),
    ("r3family2", "labor_arbitration_cases", "依法受理劳动争议仲裁申请312件。", 312),
    ("r3family2", "labor_arbitration_cases", "全年共受理劳动人事争议仲裁申请620件。", 620),
    ("r3family2", "labor_arbitration_cases", "仲裁机构受理劳动人事争议案件2400件。", 2400),
    ("r3family3", "labor_arbitration_cases", "全年立案受理1250件劳动人事争议案件。", 1250),
    ("r3family4", "labor_arbitration_cases", "劳动人事争议仲裁委员会新收案件达980件。", 980),
    # --- court_appearances
    ("r3family2", "court_appearances", "全县行政机关负责人出庭应诉56件次。", 56),
    ("r3family2", "court_appearances", "行政机关负责人到庭应诉12次。", 12),
    ("r3family2", "court_appearances", "副县长出庭应诉2次。", 2),
    ("r3family1", "court_appearances", "出庭应诉的行政机关负责人达46人次。", 46),
    ("r3family1", "court_appearances", "行政机关负责人出庭应诉的案件有38件。", 38),
    ("r3family4", "court_appearances", "各级行政机关负责人出庭应诉共计125次。", 125),
    ("r3family4", "court_appearances", "负责人出庭应诉次数达到31次。", 31),
    # --- approval_time_limit
    ("r3family2", "approval_time_limit", "不动产登记办理时限压减至3个工作日。", 3),
    ("r3family2", "approval_time_limit", "承诺时限由法定20个工作日压缩至5个工作日。", 5),
    ("r3family2", "approval_time_limit", "项目审批平均用时由98天压缩到42天。", 42),
    ("r3family2", "approval_time_limit", "平均办理时间缩短至2.5个工作日。", 2.5),
    ("r3family2", "approval_time_limit", "办结时限从原来的15个工作日减少到5个工作日。", 5),
    ("r3family1", "approval_time_limit", "工程建设项目审批全流程时间压缩至90个工作日以内。", 90),
    ("r3family1", "approval_time_limit", "项目审批总时长压缩至45个工作日。", 45),
    ("r3family4", "approval_time_limit", "行政许可事项审批时限压缩至平均3.2个工作日。", 3.2),
    (
        "family4",
        "approval_time_limit",
        "审批时限由法定的平均20.5个工作日压缩至平均6.8个工作日。",
        6.8,
    ),
    ("r3family4", "approval_time_limit", "审批环节由8个压减至4个,审批时限由45天压缩至15天。", 15),
    # --- approval_time_reduction_rate
    ("r3family4", "approval_time_reduction_rate", "审批时限平均压缩76.5%。", 76.5),
    ("r3family4", "approval_time_reduction_rate", "办理时限总体压减率达82%。", 82),
    ("r3family4", "approval_time_reduction_rate", "办理时限压缩比例达75%。", 75),
    ("r3family4", "approval_time_reduction_rate", "法定办结时限平均压缩幅度达60%。", 60),
    ("r3family2", "approval_time_reduction_rate", "审批用时平均压缩58%。", 58),
    (
        "family2",
        "approval_time_reduction_rate",
        "行政许可事项承诺办结时限比法定时限平均减少72%。",
        72,
    ),
    (
        "r3family2",
        "approval_time_reduction_rate",
        "全区政务服务事项承诺时限压缩率达到73.2%。",
        73.2,
    ),
    # --- enforcement_personnel
    ("r3family2", "enforcement_personnel", "持有执法证件的人员共计1350人。", 1350),
    ("r3family2", "enforcement_personnel", "全区领取行政执法证件的人员520人。", 520),
    ("r3family2", "enforcement_personnel", "具备行政执法资格的人员326名。", 326),
    ("r3family1", "enforcement_personnel", "全市持证上岗的行政执法人员达4200人。", 4200),
    ("r3family1", "enforcement_personnel", "全县行政执法人员持证人数为1260人。", 1260),
    ("r3family4", "enforcement_personnel", "我局持证执法人员数量为230人。", 230),
    ("r3family4", "enforcement_personnel", "全县在岗持证执法人员865人。", 865),
    # --- pufa_events
    ("r3family1", "pufa_events", "全年法治宣传活动开展120场次。", 120),
    ("r3family1", "pufa_events", "普法宣传活动共举办86场。", 86),
    ("r3family2", "pufa_events", "开展“送法进万家”活动56场。", 56),
    ("r3family2", "pufa_events", "举办民法典专题讲座30场。", 30),
    ("r3family2", "pufa_events", "举办“法治大讲堂”12期。", 12),
    ("r3family2", "pufa_events", "送法进企业、进社区、进校园活动85场。", 85),
    ("r3family2", "pufa_events", "开展“美好生活·民法典相伴”主题宣传活动40场。", 40),
    ("r3family2", "pufa_events", "累计开展法治讲座、法律咨询等活动480余场。", 480),
    ("r3family4", "pufa_events", "全年组织法治宣传活动达300余场。", 300),
    ("r3family4", "pufa_events", "深入开展“八五”普法,全年共举办各类普法活动210场。", 210),
    # --- reconsideration_closed
    ("r3family2", "reconsideration_closed", "全年作出行政复议决定86件。", 86),
    ("r3family2", "reconsideration_closed", "受理行政复议申请150件,依法作出复议决定132件。", 132),
    ("r3family2", "reconsideration_closed", "复议机关共审结案件210件。", 210),
    ("r3family1", "reconsideration_closed", "行政复议案件审结92件。", 92),
    ("r3family1", "reconsideration_closed", "行政复议案件结案118件,结案率96%。", 118),
    ("r3family3", "reconsideration_closed", "全年依法审结86件行政复议案件。", 86),
    ("r3family4", "reconsideration_closed", "行政复议案件办结数为45件。", 45),
    ("r3family4", "reconsideration_closed", "审结行政复议案件共计88件。", 88),
    # --- study_sessions
    ("r3family1", "study_sessions", "区政府常务会议学法活动开展9次。", 9),
    ("r3family2", "study_sessions", "区长办公会议会前学法6次。", 6),
    ("r3family2", "study_sessions", "县政府全体会议集体学法2次。", 2),
    ("r3family2", "study_sessions", "召开县政府常务会议18次,开展会前学法18次。", 18),
    ("r3family2", "study_sessions", "常务会议学法实现常态化,全年学法15次。", 15),
    ("r3family4", "study_sessions", "政府常务会议学法次数达12次。", 12),
    ("r3family4", "study_sessions", "县政府常务会议专题学法8场次。", 8),
    ("r3family4", "study_sessions", "全年政府常务会议会前学法共计14次。", 14),
    # --- info_disclosure_proactive
    ("r3family2", "info_disclosure_proactive", "通过政府网站公开信息3200条。", 3200),
    ("r3family2", "info_disclosure_proactive", "在政府门户网站发布政府信息2100余条。", 2100),
    ("r3family2", "info_disclosure_proactive", "全年主动发布政务信息1860条。", 1860),
    ("r3family1", "info_disclosure_proactive", "政府信息主动公开1860条。", 1860),
    ("r3family3", "info_disclosure_proactive", "全年主动公开3200余条政府信息。", 3200),
    ("r3family4", "info_disclosure_proactive", "主动公开政府信息条数为3500条。", 3500),
    ("r3family4", "info_disclosure_proactive", "主动公开信息总量达1.6万条。", 16000),
]

ROUND3_TRAP: list[tuple[str, str, str]] = [
    # --- mediation_cases
    ("r3family5", "mediation_cases", "诉前调解案件同比增加300件。"),
    ("r3family5", "mediation_cases", "人民法院审结民事案件4500件。"),
    ("r3family5", "mediation_cases", "受理群众信访诉求860件。"),
    ("r3family5", "mediation_cases", "处理12345热线纠纷类工单2300件。"),
    # --- mediation_success_rate
    ("r3family5", "mediation_success_rate", "行政争议实质性化解率达60%。"),
    ("r3family5", "mediation_success_rate", "12345热线诉求解决率95%。"),
    ("r3family5", "mediation_success_rate", "力争调解成功率达到98%以上。"),
    ("r3family5", "mediation_success_rate", "法律援助案件满意率达100%。"),
    # --- labor_arbitration_cases
    ("r3family5", "labor_arbitration_cases", "劳动人事争议仲裁结案率达96%。"),
    ("r3family5", "labor_arbitration_cases", "劳动保障监察举报投诉案件受理86件。"),
    ("r3family5", "labor_arbitration_cases", "受理商事仲裁案件230件。"),
    ("r3family5", "labor_arbitration_cases", "基层劳动争议调解组织调解案件320件。"),
    # --- court_appearances
    ("r3family5", "court_appearances", "收到出庭通知书15份。"),
    ("r3family5", "court_appearances", "全年应诉案件32件,负责人应出庭20件。"),
    ("r3family5", "court_appearances", "法律顾问出庭应诉案件30件。"),
    ("r3family5", "court_appearances", "由律师代理出庭应诉45次。"),
    # --- approval_time_limit
    ("r3family5", "approval_time_limit", "即办件占比达85%。"),
    ("r3family5", "approval_time_limit", "审批环节由7个减少至4个。"),
    ("r3family5", "approval_time_limit", "申请材料由15份精简至8份。"),
    ("r3family5", "approval_time_limit", "12345热线工单平均办理时长缩短至2天。"),
    ("r3family5", "approval_time_limit", "行政复议案件平均审理时间缩短至45天。"),
    # --- approval_time_reduction_rate
    ("r3family5", "approval_time_reduction_rate", "即办件占比达到65%。"),
    ("r3family5", "approval_time_reduction_rate", "申请材料压减40%。"),
    ("r3family5", "approval_time_reduction_rate", "审批时限压缩至5个工作日,审批环节压缩50%。"),
    ("r3family5", "approval_time_reduction_rate", "全程网办率达到95%。"),
    # --- enforcement_personnel
    ("r3family5", "enforcement_personnel", "新领取执法证件的人员35人。"),
    ("r3family5", "enforcement_personnel", "审核发放行政执法证件320个。"),
    ("r3family5", "enforcement_personnel", "参加行政执法资格考试人员560人。"),
    ("r3family5", "enforcement_personnel", "换发执法证件人员300人。"),
    # --- pufa_events
    ("r3family5", "pufa_events", "发放普法资料3.2万份。"),
    ("r3family5", "pufa_events", "普法宣传覆盖群众12万人次。"),
    ("r3family5", "pufa_events", "组织法治培训班12期。"),
    ("r3family5", "pufa_events", "举办领导干部学法讲堂6期。"),
    ("r3family5", "pufa_events", "开展法治政府建设专项督查5次。"),
    # --- reconsideration_closed
    ("r3family5", "reconsideration_closed", "行政复议案件审结率97%。"),
    ("r3family5", "reconsideration_closed", "审结行政诉讼案件30件。"),
    ("r3family5", "reconsideration_closed", "作出行政处罚决定320件。"),
    ("r3family5", "reconsideration_closed", "行政复议决定履行率100%。"),
    # --- study_sessions
    ("r3family5", "study_sessions", "政府常务会议会前学法参学人员320人次。"),
    ("r3family5", "study_sessions", "开展行政执法人员法律知识培训6次。"),
    ("r3family5", "study_sessions", "区委常委会会前学法8次。"),
    ("r3family5", "study_sessions", "政府常务会议审议规范性文件12件。"),
    ("r3family5", "study_sessions", "坚持政府常务会议学法制度,县委常委会会前学法6次。"),
    # --- info_disclosure_proactive
    ("r3family5", "info_disclosure_proactive", "政府网站发布信息浏览量达12万次。"),
    ("r3family5", "info_disclosure_proactive", "政务新媒体转发信息1200条。"),
    ("r3family5", "info_disclosure_proactive", "收到依申请公开件12件。"),
    ("r3family5", "info_disclosure_proactive", "转载新闻稿件860篇。"),
]


# Round 4: the litigation, reconsideration, suggestion, review, legal-aid and disclosure
# indicators. Families r4family1-5: noun first and passive orders (政协提案办理53件, 法律援助案件
# 受理1260件, 行政复议案件立案受理46件); other verbs and nouns for the same statement (被起诉,
# 涉诉, 报备, 申请公开政府信息); the number first (共发生35起行政诉讼); linking words, 合计 and
# combined counts (代表建议和政协提案合计210件, 胜诉比例, 审查量); a change stated before the rate
# (同比提高5个百分点,达到95%); traps (纠错率, 办结率, 满意率, 咨询, 律师出庭, 清理, 签订).
ROUND4_POSITIVE: list[tuple[str, str, str, float]] = [
    # --- court_appearance_rate
    ("r4family1", "court_appearance_rate", "行政机关负责人出庭应诉比率为96.5%。", 96.5),
    ("r4family2", "court_appearance_rate", "行政首长出庭应诉比例达到百分之百。", 100),
    ("r4family1", "court_appearance_rate", "区政府负责人出庭应诉率为百分之九十五。", 95),
    ("r4family2", "court_appearance_rate", "出庭应诉工作实现全覆盖,负责人出庭率达98.7%。", 98.7),
    ("r4family2", "court_appearance_rate", "一审行政案件行政首长出庭应诉率实现100%。", 100),
    ("r4family4", "court_appearance_rate", "负责人出庭应诉率同比提高12个百分点,达到97.3%。", 97.3),
    ("r4family4", "court_appearance_rate", "出庭应诉率较上年上升8个百分点,为90%。", 90),
    # --- admin_litigation_cases
    ("r4family1", "admin_litigation_cases", "全年新发生行政诉讼案件45件。", 45),
    ("r4family1", "admin_litigation_cases", "以县政府为被告的一审行政诉讼案件共计17件。", 17),
    ("r4family1", "admin_litigation_cases", "我县作为被告的行政诉讼案件数量为23件。", 23),
    ("r4family1", "admin_litigation_cases", "全年行政应诉案件合计36件,同比下降10%。", 36),
    ("r4family1", "admin_litigation_cases", "全县共有行政诉讼案件二十六件。", 26),
    ("r4family2", "admin_litigation_cases", "以区政府为被告提起行政诉讼的案件15件。", 15),
    ("r4family2", "admin_litigation_cases", "全市涉诉行政案件41件。", 41),
    ("r4family2", "admin_litigation_cases", "全年各级行政机关被起诉案件38件。", 38),
    ("r4family2", "admin_litigation_cases", "全市法院新收一审行政案件1.2万件。", 12000),
    ("r4family3", "admin_litigation_cases", "全区共发生35起行政诉讼,均依法应诉。", 35),
    ("r4family3", "admin_litigation_cases", "全年共有78件以县政府为被告的行政案件。", 78),
    ("r4family3", "admin_litigation_cases", "依法应诉30件行政案件。", 30),
    # --- litigation_win_rate
    ("r4family1", "litigation_win_rate", "一审行政诉讼案件胜诉率达到92.6%。", 92.6),
    ("r4family1", "litigation_win_rate", "行政应诉案件胜诉率为百分之九十。", 90),
    ("r4family1", "litigation_win_rate", "我局行政诉讼胜诉率继续保持100%。", 100),
    ("r4family2", "litigation_win_rate", "行政诉讼案件胜诉比例达93%。", 93),
    ("r4family1", "litigation_win_rate", "以区政府为被告的行政案件胜诉率为91.7%。", 91.7),
    ("r4family4", "litigation_win_rate", "行政诉讼胜诉率同比提高5个百分点,达95%。", 95),
    ("r4family4", "litigation_win_rate", "胜诉率较上年提升3.2个百分点,达到88.5%。", 88.5),
    # --- litigation_loss_rate
    ("r4family1", "litigation_loss_rate", "行政机关败诉率控制在5%以内。", 5),
    ("r4family1", "litigation_loss_rate", "行政诉讼败诉率下降至3.1%。", 3.1),
    ("r4family1", "litigation_loss_rate", "一审行政案件败诉率为百分之五。", 5),
    ("r4family2", "litigation_loss_rate", "行政诉讼案件败诉比例为4%。", 4),
    ("r4family4", "litigation_loss_rate", "行政诉讼败诉率同比下降4个百分点,为6.2%。", 6.2),
    ("r4family4", "litigation_loss_rate", "败诉率较上年下降2个百分点,降至4.5%。", 4.5),
    # --- reconsideration_cases
    ("r4family1", "reconsideration_cases", "全年共收到行政复议申请二百一十二件。", 212),
    ("r4family1", "reconsideration_cases", "全市行政复议案件受理量为2.1万件。", 21000),
    ("r4family1", "reconsideration_cases", "行政复议案件立案受理46件。", 46),
    ("r4family1", "reconsideration_cases", "行政复议案件共收案67件,审结60件。", 67),
    ("r4family1", "reconsideration_cases", "行政复议申请依法受理108件。", 108),
    ("r4family2", "reconsideration_cases", "区行政复议中心全年新收案件325件。", 325),
    ("r4family2", "reconsideration_cases", "全年受理的行政复议案件共计73件。", 73),
    ("r4family2", "reconsideration_cases", "县政府办理行政复议案件合计95件。", 95),
    # --- npc_suggestions
    ("r4family1", "npc_suggestions", "承办省、市、县人大代表建议共计68件。", 68),
    ("r4family1", "npc_suggestions", "办理县十八届人大三次会议代表建议45件。", 45),
    ("r4family1", "npc_suggestions", "人大代表建议办理86件,办结率100%。", 86),
    ("r4family1", "npc_suggestions", "市人大代表建议承办数量为37件。", 37),
    ("r4family3", "npc_suggestions", "承办的58件人大代表建议全部办结。", 58),
    ("r4family5", "npc_suggestions", "全年办理代表建议和政协提案135件。", 135),
    ("r4family5", "npc_suggestions", "人大代表建议和政协委员提案合计210件。", 210),
    ("r4family5", "npc_suggestions", "收到区人大代表建议和政协委员提案共计96件。", 96),
    # --- cppcc_proposals
    ("r4family1", "cppcc_proposals", "承办政协委员提案共计47件。", 47),
    ("r4family1", "cppcc_proposals", "政协提案办理53件,满意率100%。", 53),
    ("r4family1", "cppcc_proposals", "承办市政协十三届二次会议提案76件。", 76),
    ("r4family1", "cppcc_proposals", "政协委员提案合计88件。", 88),
    ("r4family3", "cppcc_proposals", "承办的30件政协提案均已按时办结。", 30),
    ("r4family5", "cppcc_proposals", "全年办理代表建议和政协提案135件。", 135),
    ("r4family5", "cppcc_proposals", "人大代表建议和政协委员提案合计210件。", 210),
    # --- normative_doc_reviews
    ("r4family1", "normative_doc_reviews", "规范性文件报备审查21件。", 21),
    ("r4family1", "normative_doc_reviews", "向市政府报备规范性文件8件。", 8),
    ("r4family1", "normative_doc_reviews", "经合法性审查的规范性文件45件。", 45),
    ("r4family1", "normative_doc_reviews", "全年规范性文件审查数量达到42件。", 42),
    ("r4family2", "normative_doc_reviews", "规范性文件报县人大常委会备案17件。", 17),
    ("r4family2", "normative_doc_reviews", "办理规范性文件合法性审查十二件。", 12),
    ("r4family3", "normative_doc_reviews", "对18件行政规范性文件草案进行了合法性审查。", 18),
    # --- contract_reviews
    ("r4family1", "contract_reviews", "审查政府合同45份。", 45),
    ("r4family1", "contract_reviews", "对政府签订的各类合同开展合法性审查62件。", 62),
    ("r4family1", "contract_reviews", "法律顾问审核各类协议87份。", 87),
    ("r4family2", "contract_reviews", "全年审查合同、协议等120余份。", 120),
    ("r4family2", "contract_reviews", "审查政府采购合同和租赁协议52件。", 52),
    ("r4family2", "contract_reviews", "经法律顾问审查的合同共计75件。", 75),
    ("r4family2", "contract_reviews", "全年合同审查量达到1200份。", 1200),
    ("r4family2", "contract_reviews", "审核把关政府合同96件。", 96),
    # --- legal_aid_cases
    ("r4family1", "legal_aid_cases", "法律援助中心指派律师办理案件230件。", 230),
    ("r4family1", "legal_aid_cases", "法律援助案件受理1260件,办结1180件。", 1260),
    ("r4family1", "legal_aid_cases", "共指派法律援助案件三百二十件。", 320),
    ("r4family2", "legal_aid_cases", "办理刑事法律援助案件320件。", 320),
    ("r4family2", "legal_aid_cases", "受理农民工法律援助案件56件。", 56),
    ("r4family2", "legal_aid_cases", "法援案件办理量达到300件。", 300),
    ("r4family2", "legal_aid_cases", "全市法律援助机构共组织办理法律援助案件2.3万件。", 23000),
    # --- info_disclosure_requests
    (
        "r4family1",
        "info_disclosure_requests",
        "共办理政府信息公开申请62件,均在法定期限内答复。",
        62,
    ),
    ("r4family1", "info_disclosure_requests", "答复政府信息公开申请41件。", 41),
    ("r4family1", "info_disclosure_requests", "政府信息依申请公开受理28件。", 28),
    ("r4family1", "info_disclosure_requests", "政府信息公开申请办理量为76件。", 76),
    ("r4family1", "info_disclosure_requests", "信息公开申请件共计43件。", 43),
    ("r4family2", "info_disclosure_requests", "受理群众申请公开政府信息15件。", 15),
    ("r4family2", "info_disclosure_requests", "共收到并办结政府信息公开申请30件。", 30),
]

ROUND4_TRAP: list[tuple[str, str, str]] = [
    # --- court_appearance_rate
    ("r4family5", "court_appearance_rate", "法律顾问出庭率达80%。"),
    ("r4family5", "court_appearance_rate", "力争行政机关负责人出庭应诉率不低于90%。"),
    ("r4family5", "court_appearance_rate", "行政机关工作人员旁听庭审参与率达100%。"),
    # --- admin_litigation_cases
    ("r4family5", "admin_litigation_cases", "行政诉讼案件审结率98%。"),
    ("r4family5", "admin_litigation_cases", "检察机关办理行政公益诉讼案件12件。"),
    ("r4family5", "admin_litigation_cases", "全市法院受理刑事案件560件。"),
    ("r4family5", "admin_litigation_cases", "全年行政诉讼案件同比减少6件。"),
    ("r4family5", "admin_litigation_cases", "依法受理涉诉信访案件120件。"),
    # --- litigation_win_rate
    ("r4family5", "litigation_win_rate", "行政复议纠错率为8%。"),
    ("r4family5", "litigation_win_rate", "行政诉讼案件结案率95%。"),
    ("r4family5", "litigation_win_rate", "力争胜诉率达到90%以上。"),
    # --- litigation_loss_rate
    ("r4family5", "litigation_loss_rate", "行政复议综合纠错率为12%。"),
    ("r4family5", "litigation_loss_rate", "力争败诉率控制在5%以内。"),
    ("r4family5", "litigation_loss_rate", "行政诉讼胜诉率为96%。"),
    # --- reconsideration_cases
    ("r4family5", "reconsideration_cases", "行政复议案件办结率100%。"),
    ("r4family5", "reconsideration_cases", "收到行政复议决定书8份。"),
    ("r4family5", "reconsideration_cases", "行政复议案件同比增加15件。"),
    # --- npc_suggestions
    ("r4family5", "npc_suggestions", "人大代表建议面商率达100%。"),
    ("r4family5", "npc_suggestions", "人大代表建议满意率98%。"),
    ("r4family5", "npc_suggestions", "承办政协提案86件。"),
    # --- cppcc_proposals
    ("r4family5", "cppcc_proposals", "政协提案按期办复率为100%。"),
    ("r4family5", "cppcc_proposals", "组织政协委员视察活动12次。"),
    ("r4family5", "cppcc_proposals", "办理人大代表建议56件。"),
    # --- normative_doc_reviews
    ("r4family5", "normative_doc_reviews", "清理规范性文件86件,废止12件。"),
    ("r4family5", "normative_doc_reviews", "制定出台行政规范性文件9件。"),
    ("r4family5", "normative_doc_reviews", "规范性文件备案审查率100%。"),
    ("r4family5", "normative_doc_reviews", "规范性文件报备清理15件。"),
    # --- contract_reviews
    ("r4family5", "contract_reviews", "签订政府采购合同56份。"),
    ("r4family5", "contract_reviews", "出具合同审查意见书42份。"),
    ("r4family5", "contract_reviews", "合同备案率100%。"),
    ("r4family5", "contract_reviews", "司法所审查人民调解协议86份。"),
    # --- legal_aid_cases
    ("r4family5", "legal_aid_cases", "接待法律援助咨询1200件。"),
    ("r4family5", "legal_aid_cases", "法律援助案件满意率100%。"),
    ("r4family5", "legal_aid_cases", "法律援助值班律师提供法律帮助520人次。"),
    ("r4family5", "legal_aid_cases", "法律援助案件办结率98%。"),
    # --- info_disclosure_requests
    ("r4family5", "info_disclosure_requests", "政府信息公开申请按时答复率100%。"),
    ("r4family5", "info_disclosure_requests", "因政府信息公开申请引发行政复议2件。"),
    ("r4family5", "info_disclosure_requests", "主动公开政府信息3200条。"),
]


# Round 5: (1) statement shapes the packs missed (a colon or a bracketed note before the
# number, a change stated before the new total, lists ending in 等, 携律师出庭, 执法证件持证人员);
# (2) more everyday phrasings of every indicator, which already passed.
ROUND5_POSITIVE: list[tuple[str, str, str, float]] = [
    ("r5family1", "court_appearances", "行政机关负责人携律师出庭应诉45次。", 45),
    ("r5family2", "court_appearances", "各级行政机关负责人带头出庭应诉32人次。", 32),
    (
        "r5family2",
        "court_appearances",
        "区政府主要负责人亲自出庭应诉2次,其他行政机关负责人出庭应诉56次。",
        56,
    ),
    (
        "r5family2",
        "court_appearances",
        "全年行政机关负责人出庭应诉案件达128件,出庭应诉率100%。",
        128,
    ),
    ("r5family2", "court_appearances", "行政机关负责人出庭应诉共计87次。", 87),
    ("r5family2", "court_appearances", "行政诉讼案件中,负责人出庭应诉19件次。", 19),
    ("r5family1", "reconsideration_cases", "受理行政复议申请同比增长20%,达到56件。", 56),
    ("r5family2", "reconsideration_cases", "全年共收到行政复议申请312件,同比上升15.6%。", 312),
    ("r5family2", "reconsideration_cases", "2023年,区政府共办理行政复议案件87件。", 87),
    ("r5family2", "reconsideration_cases", "区行政复议局全年新收复议案件154件。", 154),
    ("r5family2", "admin_litigation_cases", "全年以区政府为被告的行政诉讼案件共计45件。", 45),
    ("r5family2", "admin_litigation_cases", "全县发生行政应诉案件63件。", 63),
    ("r5family2", "admin_litigation_cases", "区政府作为被告的一审行政诉讼案件28件。", 28),
    ("r5family2", "litigation_win_rate", "行政诉讼案件胜诉率为92.3%。", 92.3),
    ("r5family2", "litigation_loss_rate", "行政机关败诉率控制在5%以内。", 5),
    ("r5family2", "mediation_cases", "各级人民调解组织共排查化解各类矛盾纠纷5632件。", 5632),
    (
        "r5family2",
        "mediation_cases",
        "全年共受理各类矛盾纠纷2345件,调解成功2301件,调解成功率98.1%。",
        2345,
    ),
    (
        "r5family2",
        "mediation_success_rate",
        "全年共受理各类矛盾纠纷2345件,调解成功2301件,调解成功率98.1%。",
        98.1,
    ),
    ("r5family2", "legal_aid_cases", "全年共办结法律援助案件876件。", 876),
    ("r5family2", "legal_aid_cases", "为困难群众提供法律援助案件432件。", 432),
    ("r5family2", "legal_aid_cases", "法律援助中心共受理各类法律援助案件1,024件。", 1024),
    ("r5family2", "normative_doc_reviews", "全年共对32件行政规范性文件进行合法性审核。", 32),
    ("r5family2", "normative_doc_reviews", "报送市政府备案规范性文件6件,备案审查率100%。", 6),
    ("r5family2", "normative_doc_reviews", "审核区政府及部门规范性文件25件。", 25),
    ("r5family2", "contract_reviews", "审查政府合同126份。", 126),
    ("r5family2", "contract_reviews", "全年审查各类合同协议共计213件。", 213),
    ("r5family2", "contract_reviews", "对涉及政府的重大合同进行合法性审查58件。", 58),
    (
        "r5family2",
        "info_disclosure_proactive",
        "全年在政府门户网站主动公开各类政府信息8652条。",
        8652,
    ),
    (
        "r5family2",
        "info_disclosure_requests",
        "全年共受理政府信息公开申请47件,均在法定期限内答复。",
        47,
    ),
    ("r5family2", "study_sessions", "全年组织区政府常务会议学法11次。", 11),
    ("r5family2", "study_sessions", "县政府常务会议会前学法12次,学习法律法规36部。", 12),
    (
        "r5family2",
        "npc_suggestions",
        "全年共承办市人大代表建议和政协委员提案156件,其中人大代表建议82件。",
        82,
    ),
    ("r5family2", "npc_suggestions", "承办人大代表建议68件,办结率100%。", 68),
    ("r5family2", "cppcc_proposals", "办理政协委员提案74件,满意率100%。", 74),
    ("r5family2", "pufa_events", "全年共开展各类普法宣传活动320余场次,发放宣传资料5万余份。", 320),
    ("r5family2", "pufa_events", "组织“法律进社区”活动86场。", 86),
    ("r5family2", "enforcement_personnel", "全区共有持证执法人员1236名。", 1236),
    ("r5family2", "enforcement_personnel", "目前全县行政执法人员共856人,均持证上岗。", 856),
    ("r5family2", "labor_arbitration_cases", "劳动人事争议仲裁院全年受理劳动争议案件532件。", 532),
    ("r5family2", "labor_arbitration_cases", "共立案受理劳动人事争议案件1,208件,结案率95%。", 1208),
    ("r5family2", "approval_time_limit", "企业开办时间压缩至1个工作日以内。", 1),
    ("r5family2", "approval_time_limit", "工程建设项目审批时限由200个工作日压减至80个工作日。", 80),
    ("r5family2", "approval_time_reduction_rate", "审批时限平均压缩60%以上。", 60),
    ("r5family1", "court_appearances", "行政机关负责人出庭应诉:45次。", 45),
    ("r5family2", "court_appearances", "负责人出庭应诉45次,出庭应诉率达到100%。", 45),
    ("r5family2", "reconsideration_cases", "共收到行政复议申请八十七件。", 87),
    ("r5family1", "reconsideration_cases", "受理行政复议案件(含上年结转)93件。", 93),
    ("r5family2", "reconsideration_cases", "依法受理行政复议申请87件、不予受理5件。", 87),
    ("r5family2", "admin_litigation_cases", "全年新增行政诉讼案件45件,同比下降10%。", 45),
    ("r5family2", "admin_litigation_cases", "2023年共办理行政应诉案件(含一审、二审)76件。", 76),
    ("r5family2", "admin_litigation_cases", "全区行政诉讼一审收案112件。", 112),
    ("r5family2", "litigation_win_rate", "行政诉讼胜诉率达95%以上。", 95),
    ("r5family2", "litigation_loss_rate", "行政诉讼案件败诉率为2.6%,低于全市平均水平。", 2.6),
    ("r5family2", "litigation_loss_rate", "败诉案件3件,败诉率4.2%。", 4.2),
    ("r5family2", "mediation_cases", "人民调解委员会调解各类纠纷3,456件,调解成功率99.2%。", 3456),
    ("r5family2", "mediation_cases", "开展矛盾纠纷排查1200余次,调处化解矛盾纠纷860件。", 860),
    ("r5family2", "mediation_success_rate", "矛盾纠纷调处成功率达98%以上。", 98),
    ("r5family1", "legal_aid_cases", "全县共办理法律援助案件(含刑事、民事)654件。", 654),
    ("r5family2", "legal_aid_cases", "法律援助案件办理量达到543件。", 543),
    ("r5family2", "legal_aid_cases", "指派律师办理法律援助案件321件。", 321),
    ("r5family2", "normative_doc_reviews", "全年备案审查规范性文件18件,纠错2件。", 18),
    ("r5family2", "contract_reviews", "审查涉及政府的各类合同152件,提出法律意见建议300余条。", 152),
    ("r5family2", "contract_reviews", "法律顾问审查合同协议89份。", 89),
    (
        "r5family2",
        "info_disclosure_proactive",
        "通过政府网站、政务新媒体等渠道主动公开政府信息1.5万余条。",
        15000,
    ),
    ("r5family2", "info_disclosure_proactive", "主动公开各类信息共计3,456条。", 3456),
    ("r5family2", "info_disclosure_requests", "收到依申请公开政府信息申请32件,全部按期答复。", 32),
    ("r5family2", "info_disclosure_requests", "办理依申请公开36件。", 36),
    ("r5family2", "study_sessions", "区政府常务会议集体学法9次。", 9),
    ("r5family2", "study_sessions", "全年区政府常务会议会前学法共计14次,学习法律法规30余部。", 14),
    ("r5family2", "npc_suggestions", "办理省、市、区人大代表建议112件。", 112),
    ("r5family2", "npc_suggestions", "共承办人大代表建议92件、政协提案106件。", 92),
    ("r5family2", "cppcc_proposals", "共承办人大代表建议92件、政协提案106件。", 106),
    ("r5family2", "pufa_events", "累计举办“法律明白人”培训、法治讲座等活动120场次。", 120),
    ("r5family2", "pufa_events", "开展“八五”普法宣传活动200余场。", 200),
    ("r5family2", "pufa_events", "开展民法典宣传进社区、进企业活动65次。", 65),
    ("r5family1", "enforcement_personnel", "现有行政执法证件持证人员1,023人。", 1023),
    ("r5family2", "enforcement_personnel", "全县持有行政执法证件人员达到645人。", 645),
    ("r5family2", "labor_arbitration_cases", "劳动人事争议仲裁委员会立案受理案件786件。", 786),
    ("r5family2", "labor_arbitration_cases", "受理劳动争议仲裁案件345件,结案340件。", 345),
    ("r5family2", "approval_time_limit", "政务服务事项平均办理时限压缩至3.5个工作日。", 3.5),
    ("r5family2", "approval_time_limit", "将社会投资项目审批时间压缩到60个工作日以内。", 60),
    ("r5family2", "approval_time_reduction_rate", "承诺办结时限比法定时限压缩了75%。", 75),
    ("r5family2", "approval_time_reduction_rate", "审批时限压缩率达到70%。", 70),
    ("r5family2", "reconsideration_cases", "区政府作为复议机关,全年受理复议申请76件。", 76),
    ("r5family2", "reconsideration_cases", "全年行政复议案件受理量为145件。", 145),
    ("r5family2", "reconsideration_cases", "行政复议案件数量为63件。", 63),
    ("r5family2", "reconsideration_closed", "全年审结行政复议案件71件,结案率97%。", 71),
    ("r5family2", "reconsideration_closed", "已办结复议案件58件。", 58),
    ("r5family2", "admin_litigation_cases", "全年共发生行政诉讼案件52件。", 52),
    ("r5family2", "admin_litigation_cases", "全区各级行政机关共应诉行政诉讼案件214件。", 214),
    (
        "r5family2",
        "admin_litigation_cases",
        "行政应诉案件数量同比下降15%。2023年全区行政诉讼案件109件。",
        109,
    ),
    ("r5family2", "court_appearances", "全年行政机关负责人出庭应诉达到56人次。", 56),
    ("r5family2", "court_appearances", "区政府领导出庭应诉3次。", 3),
    ("r5family2", "court_appearance_rate", "行政机关负责人出庭应诉率连续三年保持100%。", 100),
    ("r5family2", "court_appearance_rate", "负责人出庭率达到了98.5%。", 98.5),
    ("r5family2", "litigation_loss_rate", "行政诉讼败诉率同比下降3个百分点,为4.5%。", 4.5),
    ("r5family2", "mediation_cases", "共化解各类矛盾纠纷1.2万余件。", 12000),
    ("r5family2", "mediation_cases", "全县各级调解组织共调解案件3,215件。", 3215),
    ("r5family2", "mediation_success_rate", "调解成功率保持在98%以上。", 98),
    (
        "r5family2",
        "legal_aid_cases",
        "法律援助机构共组织办理法律援助案件1532件,受援人数1600余人。",
        1532,
    ),
    ("r5family2", "legal_aid_cases", "全年共承办法律援助案件298件。", 298),
    ("r5family2", "normative_doc_reviews", "共备案审查规范性文件22件。", 22),
    ("r5family2", "normative_doc_reviews", "对39件规范性文件进行了合法性审核。", 39),
    ("r5family2", "normative_doc_reviews", "全年合法性审核规范性文件17件。", 17),
    ("r5family2", "contract_reviews", "全年共审查各类合同237份,审查率100%。", 237),
    ("r5family2", "contract_reviews", "审核政府合同及协议64件。", 64),
    ("r5family2", "info_disclosure_proactive", "主动公开政府信息4万余条。", 40000),
    ("r5family2", "info_disclosure_proactive", "全年累计发布政府信息2,341条。", 2341),
    (
        "r5family2",
        "info_disclosure_requests",
        "共受理政府信息公开申请128件(其中当面申请5件、网络申请123件)。",
        128,
    ),
    ("r5family2", "info_disclosure_requests", "全年收到政府信息公开申请45件,已全部办结。", 45),
    ("r5family2", "study_sessions", "区政府常务会议专题学法6次。", 6),
    ("r5family2", "study_sessions", "全年召开政府常务会议学法8次。", 8),
    (
        "r5family2",
        "npc_suggestions",
        "全年共办理人大代表建议、政协提案178件,其中人大代表建议95件、政协提案83件。",
        95,
    ),
    (
        "r5family2",
        "cppcc_proposals",
        "全年共办理人大代表建议、政协提案178件,其中人大代表建议95件、政协提案83件。",
        83,
    ),
    ("r5family2", "npc_suggestions", "人大代表建议办理119件,办复率100%。", 119),
    ("r5family2", "pufa_events", "全年开展法治宣传活动1,200余场次。", 1200),
    ("r5family1", "pufa_events", "举办法治讲座、普法培训等活动45场。", 45),
    ("r5family2", "enforcement_personnel", "全区共有行政执法人员2,345名。", 2345),
    ("r5family2", "enforcement_personnel", "我局持证执法人员共56人。", 56),
    ("r5family2", "labor_arbitration_cases", "全年共处理劳动人事争议案件1,156件。", 1156),
    ("r5family1", "labor_arbitration_cases", "劳动人事争议仲裁案件受理量达到876件。", 876),
    ("r5family2", "approval_time_limit", "不动产登记办理时限压缩至3个工作日。", 3),
    ("r5family2", "approval_time_limit", "一般登记业务办理时间由30个工作日缩减至5个工作日。", 5),
    ("r5family2", "approval_time_reduction_rate", "办理时限较法定时限平均压缩80%。", 80),
    ("r5family1", "legal_aid_cases", "全年办理法律援助案件较上年减少3件,为412件。", 412),
    ("r5family1", "mediation_cases", "调解矛盾纠纷同比下降12.5%,共计1,520件。", 1520),
    (
        "r5family1",
        "labor_arbitration_cases",
        "全年受理劳动人事争议仲裁案件同比上升8%,达到643件。",
        643,
    ),
    ("r5family1", "admin_litigation_cases", "行政诉讼案件同比减少5件,为37件。", 37),
    ("r5family1", "pufa_events", "开展普法宣传、法律咨询等活动300余场次。", 300),
    ("r5family1", "labor_arbitration_cases", "劳动人事争议仲裁案件办理量为512件。", 512),
]

ROUND5_TRAP: list[tuple[str, str, str]] = [
    ("r5family3", "court_appearances", "聘请律师代理出庭应诉45次。"),
    ("r5family3", "reconsideration_cases", "行政复议案件同比增长20%。"),
    ("r5family3", "mediation_cases", "全年接听12345热线来电5万余件。"),
    ("r5family3", "legal_aid_cases", "接待法律咨询3200余人次。"),
    ("r5family3", "pufa_events", "发放普法宣传资料3万余份。"),
    ("r5family3", "enforcement_personnel", "组织执法人员培训班3期,培训执法人员520人次。"),
    ("r5family3", "study_sessions", "组织全区执法人员法律知识培训12次。"),
    ("r5family3", "info_disclosure_requests", "主动公开政府信息1200条。"),
    ("r5family3", "normative_doc_reviews", "清理规范性文件45件,废止3件。"),
    ("r5family3", "admin_litigation_cases", "全区法院共审结民商事案件5600件。"),
    ("r5family3", "reconsideration_cases", "行政复议纠错率为12%。"),
    ("r5family3", "admin_litigation_cases", "旁听庭审活动12次。"),
    ("r5family3", "court_appearances", "组织行政机关工作人员旁听庭审120人次。"),
    ("r5family3", "mediation_cases", "全年排查矛盾纠纷隐患320次。"),
    ("r5family3", "legal_aid_cases", "法律援助值班律师提供法律帮助560人次。"),
    ("r5family3", "normative_doc_reviews", "清理涉及营商环境的规范性文件120件。"),
    ("r5family3", "contract_reviews", "聘请法律顾问12名。"),
    (
        "r5family3",
        "info_disclosure_proactive",
        "政府信息公开工作年度报告按期发布。2023年1月31日前发布。",
    ),
    ("r5family3", "study_sessions", "举办领导干部法治专题讲座4期。"),
    ("r5family3", "pufa_events", "发放宣传手册2万余册。"),
    ("r5family3", "enforcement_personnel", "新增行政执法人员56人。"),
    ("r5family3", "labor_arbitration_cases", "为农民工追回工资1,200万元。"),
    ("r5family3", "approval_time_limit", "12345热线工单平均办理时间缩短至2个工作日。"),
    ("r5family3", "npc_suggestions", "组织人大代表视察12次。"),
    ("r5family3", "reconsideration_cases", "受理行政复议申请同比增长20%,达到历史新高。"),
    ("r5family3", "pufa_events", "开展法治宣传、化解纠纷120次。"),
    ("r5family3", "court_appearances", "聘请律师出庭应诉45次。"),
]


# (indicator, sentence, value, wrong value): the statement is read, the nearby date,
# document number or hotline number is not.
NOT_THE_NUMBER: list[tuple[str, str, float, float]] = [
    (
        "normative_doc_reviews",
        "依据《规范性文件管理办法》(市政府令第12号),审查规范性文件5件。",
        5,
        12,
    ),
    ("reconsideration_cases", "按照〔2023〕8号文件要求,全年受理行政复议申请36件。", 36, 8),
    ("pufa_events", "2023年12月4日开展国家宪法日宣传活动12场。", 12, 4),
    ("info_disclosure_proactive", "2023年1-12月,全县主动公开政府信息1,230条。", 1230, 12),
    ("legal_aid_cases", "通过12348热线指派法律援助案件36件。", 36, 12348),
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


@pytest.mark.parametrize(
    ("family", "indicator", "sentence", "value"),
    POSITIVE + ROUND3_POSITIVE + ROUND4_POSITIVE + ROUND5_POSITIVE,
    ids=_ids(POSITIVE + ROUND3_POSITIVE + ROUND4_POSITIVE + ROUND5_POSITIVE),
)
def test_phrasing_is_found(family, indicator, sentence, value):
    assert (indicator, Decimal(str(value))) in found(sentence), sentence


@pytest.mark.parametrize(
    ("family", "indicator", "sentence"),
    TRAP + ROUND3_TRAP + ROUND4_TRAP + ROUND5_TRAP,
    ids=_ids(TRAP + ROUND3_TRAP + ROUND4_TRAP + ROUND5_TRAP),
)
def test_trap_is_not_found(family, indicator, sentence):
    got = found(sentence)
    assert not any(ind == indicator for ind, _ in got), (sentence, got)


@pytest.mark.parametrize(("indicator", "sentence", "value", "wrong"), NOT_THE_NUMBER)
def test_the_statement_not_the_nearby_number(indicator, sentence, value, wrong):
    got = found(sentence)
    assert (indicator, Decimal(str(value))) in got, (sentence, got)
    assert (indicator, Decimal(str(wrong))) not in got, (sentence, got)
