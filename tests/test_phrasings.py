"""Phrasing families of the 22 indicators, on sentences written for these tests.

Each indicator has a table of the ways reports commonly state it (verb first, noun
first, number first, with qualifiers, in department reports, in lists, rates stated
with 达到/为/保持/实现) and a table of traps that look like it but must not be read as
it (changes, comparisons, percentage points, targets, other kinds of cases, people
counts where events are wanted, other rates). The sentences are written for these
tests, not taken from any report.

``pytest -k court_appearance_rate`` runs one indicator's tables.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from lawgov_extract import extract_text

# (indicator, sentence, value)
POSITIVE: list[tuple[str, str, float]] = [
    # --- court_appearance_rate
    ("court_appearance_rate", "全区行政机关负责人出庭应诉率达到100%。", 100),
    ("court_appearance_rate", "负责人出庭应诉率实现100%。", 100),
    ("court_appearance_rate", "我县行政机关负责人出庭应诉率保持在95%以上。", 95),
    ("court_appearance_rate", "行政机关负责人出庭应诉率为百分之百。", 100),
    ("court_appearance_rate", "市、县两级行政机关负责人出庭应诉率均为100%。", 100),
    ("court_appearance_rate", "出庭应诉案件28件,负责人出庭率100%。", 100),
    ("court_appearance_rate", "行政机关负责人出庭应诉比例达到98.2%。", 98.2),
    ("court_appearance_rate", "本局负责人出庭应诉率由80%提升至100%。", 100),
    ("court_appearance_rate", "行政机关负责人出庭应诉率连续三年保持100%。", 100),
    # --- court_appearances
    ("court_appearances", "全年行政机关负责人出庭应诉42次。", 42),
    ("court_appearances", "行政机关负责人共出庭应诉17人次。", 17),
    ("court_appearances", "区长、副区长出庭应诉3次。", 3),
    ("court_appearances", "行政机关负责人出庭应诉案件数为38件。", 38),
    ("court_appearances", "负责人出庭应诉达27人次,出庭应诉率100%。", 27),
    ("court_appearances", "行政机关负责人出庭35次,实现出庭应诉全覆盖。", 35),
    ("court_appearances", "我局主要负责人出庭应诉行政案件5件。", 5),
    ("court_appearances", "区政府主要负责人出庭应诉2次,副区长出庭应诉5次。", 2),
    # --- reconsideration_cases
    ("reconsideration_cases", "全年共受理行政复议申请120件。", 120),
    ("reconsideration_cases", "全年行政复议案件共计45件。", 45),
    ("reconsideration_cases", "区政府受理5起行政复议案件。", 5),
    ("reconsideration_cases", "新收行政复议案件28件,同比下降12%。", 28),
    ("reconsideration_cases", "收到行政复议申请近200件。", 200),
    ("reconsideration_cases", "本局共办理行政复议案件3件。", 3),
    ("reconsideration_cases", "行政复议机构共接收复议申请58件。", 58),
    ("reconsideration_cases", "依法审理行政复议案件64件。", 64),
    ("reconsideration_cases", "共收到12件行政复议申请,均已依法处理。", 12),
    ("reconsideration_cases", "收到行政复议申请45件,依法受理40件,审结38件。", 40),
    ("reconsideration_cases", "区政府作为复议机关,共收到复议申请66件。", 66),
    ("reconsideration_cases", "全年复议案件收案183件。", 183),
    ("reconsideration_cases", "全年共收到行政复议申请八十六件。", 86),
    # --- reconsideration_closed
    ("reconsideration_closed", "审结行政复议案件90件。", 90),
    ("reconsideration_closed", "全年办结复议案件80件,办结率100%。", 80),
    ("reconsideration_closed", "受理行政复议申请120件,审结108件。", 108),
    ("reconsideration_closed", "依法审结各类行政复议案件76件,综合纠错率12%。", 76),
    ("reconsideration_closed", "已办结行政复议案件42件。", 42),
    ("reconsideration_closed", "新收行政复议案件30件,结案27件。", 27),
    ("reconsideration_closed", "行政复议案件审结58件,审结率97%。", 58),
    # --- admin_litigation_cases
    ("admin_litigation_cases", "以区政府为被告的行政诉讼案件32件。", 32),
    ("admin_litigation_cases", "全年共发生行政诉讼案件15件。", 15),
    ("admin_litigation_cases", "共办理行政应诉案件56件。", 56),
    ("admin_litigation_cases", "新收行政诉讼案件120件,同比增长8%。", 120),
    ("admin_litigation_cases", "以县政府为被告的案件23件,均依法应诉。", 23),
    ("admin_litigation_cases", "区政府被诉行政案件12件。", 12),
    ("admin_litigation_cases", "我局应诉18起行政诉讼案件。", 18),
    ("admin_litigation_cases", "全年办理一审行政诉讼案件66件。", 66),
    ("admin_litigation_cases", "我局共有行政诉讼案件4件。", 4),
    ("admin_litigation_cases", "全省各级行政机关发生行政诉讼2300件。", 2300),
    # --- litigation_win_rate
    ("litigation_win_rate", "行政诉讼胜诉率达到95%。", 95),
    ("litigation_win_rate", "胜诉率保持在90%以上。", 90),
    ("litigation_win_rate", "共审结18件,胜诉率为94.4%。", 94.4),
    ("litigation_win_rate", "行政诉讼案件胜诉率为百分之百。", 100),
    ("litigation_win_rate", "审结行政诉讼案件40件,胜诉38件,胜诉率95%。", 95),
    ("litigation_win_rate", "行政应诉案件胜诉率由85%提高到92%。", 92),
    # --- litigation_loss_rate
    ("litigation_loss_rate", "行政诉讼败诉率为5.2%。", 5.2),
    ("litigation_loss_rate", "行政诉讼败诉率控制在5%以内。", 5),
    ("litigation_loss_rate", "败诉率降至3%以下。", 3),
    ("litigation_loss_rate", "行政诉讼案件败诉率由8%下降至2%。", 2),
    ("litigation_loss_rate", "一审行政诉讼败诉率仅为1.5%。", 1.5),
    # --- mediation_success_rate
    ("mediation_success_rate", "人民调解成功率达98.6%。", 98.6),
    ("mediation_success_rate", "调解成功率保持在95%以上。", 95),
    ("mediation_success_rate", "矛盾纠纷调处化解率达98%。", 98),
    ("mediation_success_rate", "调处成功率96.5%。", 96.5),
    ("mediation_success_rate", "调解纠纷2000件,调解成功1980件,成功率99%。", 99),
    ("mediation_success_rate", "化解各类矛盾纠纷3000余件,化解率98%。", 98),
    ("mediation_success_rate", "诉前调解成功率为百分之六十。", 60),
    ("mediation_success_rate", "全县矛盾纠纷调解成功率均为100%。", 100),
    # --- mediation_cases
    ("mediation_cases", "全区共调解矛盾纠纷1727件。", 1727),
    ("mediation_cases", "化解各类矛盾纠纷3000余件,化解率98%。", 3000),
    ("mediation_cases", "共排查调处矛盾纠纷1200余起。", 1200),
    ("mediation_cases", "人民调解组织调解各类纠纷3200件。", 3200),
    ("mediation_cases", "成功调解各类矛盾纠纷256起。", 256),
    ("mediation_cases", "调处化解矛盾纠纷1020件。", 1020),
    ("mediation_cases", "各级人民调解委员会受理纠纷880件。", 880),
    ("mediation_cases", "共受理诉前调解案件4500件。", 4500),
    ("mediation_cases", "调解纠纷2000件,调解成功1980件,成功率99%。", 2000),
    ("mediation_cases", "人民调解委员会共调解各类矛盾纠纷2100余件,调解成功率98%。", 2100),
    ("mediation_cases", "全年共受理人民调解案件5600件。", 5600),
    # --- approval_time_limit
    ("approval_time_limit", "审批时限由20个工作日压减至5个工作日。", 5),
    ("approval_time_limit", "平均审批时间缩短至3个工作日。", 3),
    ("approval_time_limit", "企业开办时间压缩至1个工作日以内。", 1),
    ("approval_time_limit", "一般不动产登记业务办理时限由30个工作日压缩至5个工作日。", 5),
    ("approval_time_limit", "审批时限从法定的20个工作日压缩到3个工作日。", 3),
    ("approval_time_limit", "平均用时从12天缩短到4天。", 4),
    ("approval_time_limit", "工程建设项目审批时间压减至80个工作日以内。", 80),
    ("approval_time_limit", "将社会投资项目审批时限缩减为45个工作日。", 45),
    ("approval_time_limit", "全流程审批时间控制在80个工作日以内。", 80),
    ("approval_time_limit", "将项目审批时间由120天压缩至60天。", 60),
    # --- approval_time_reduction_rate
    ("approval_time_reduction_rate", "办理时限压缩率87.8%。", 87.8),
    ("approval_time_reduction_rate", "行政许可事项审批时限压缩比达89%。", 89),
    ("approval_time_reduction_rate", "平均压缩办理时限70%以上。", 70),
    ("approval_time_reduction_rate", "审批时间平均缩短65%。", 65),
    ("approval_time_reduction_rate", "承诺时限比法定时限压缩76%。", 76),
    ("approval_time_reduction_rate", "审批时限压减70%。", 70),
    ("approval_time_reduction_rate", "审批时限由20个工作日压缩至8个工作日,压缩了60%。", 60),
    ("approval_time_reduction_rate", "办理时限整体压缩率达75%。", 75),
    ("approval_time_reduction_rate", "办理时间压缩45%。", 45),
    # --- legal_aid_cases
    ("legal_aid_cases", "全年共受理法律援助案件320件。", 320),
    ("legal_aid_cases", "办结法律援助案件298件。", 298),
    ("legal_aid_cases", "指派法律援助案件156件,提供法律咨询2100人次。", 156),
    ("legal_aid_cases", "区法律援助中心共受理案件420件。", 420),
    ("legal_aid_cases", "受理法律援助申请85件,均已指派律师承办。", 85),
    ("legal_aid_cases", "共办理刑事法律援助案件76件。", 76),
    ("legal_aid_cases", "全年法律援助案件共计210件。", 210),
    ("legal_aid_cases", "办理各类法律援助案件1200余件。", 1200),
    ("legal_aid_cases", "组织办理60件法律援助案件。", 60),
    ("legal_aid_cases", "共为困难群众提供法律援助356件。", 356),
    ("legal_aid_cases", "法律援助案件办理量达到560件。", 560),
    # --- normative_doc_reviews
    ("normative_doc_reviews", "全年审核规范性文件18件。", 18),
    ("normative_doc_reviews", "备案审查规范性文件23件。", 23),
    ("normative_doc_reviews", "对12件规范性文件进行合法性审查。", 12),
    ("normative_doc_reviews", "审查区政府及其部门规范性文件36件。", 36),
    ("normative_doc_reviews", "向市政府和区人大常委会报备规范性文件9件。", 9),
    ("normative_doc_reviews", "开展规范性文件合法性审查15件。", 15),
    ("normative_doc_reviews", "审查以县政府名义印发的规范性文件7件。", 7),
    ("normative_doc_reviews", "合法性审查行政规范性文件11件,提出修改意见40条。", 11),
    ("normative_doc_reviews", "对区政府及部门规范性文件进行合法性审查共12件。", 12),
    # --- contract_reviews
    ("contract_reviews", "审查合同协议128份。", 128),
    ("contract_reviews", "审核各类合同86件。", 86),
    ("contract_reviews", "全年共审查政府合同45件。", 45),
    ("contract_reviews", "对210份合同进行合法性审查。", 210),
    ("contract_reviews", "审核经济合同53份。", 53),
    ("contract_reviews", "合同合法性审查62件。", 62),
    ("contract_reviews", "我局法律顾问审查各类合同协议40余份。", 40),
    ("contract_reviews", "对区政府签订的合同进行合法性审查共46件。", 46),
    # --- info_disclosure_proactive
    ("info_disclosure_proactive", "主动公开政府信息2356条。", 2356),
    ("info_disclosure_proactive", "通过门户网站主动公开各类信息4100余条。", 4100),
    ("info_disclosure_proactive", "全年主动公开政务信息1.2万条。", 12000),
    ("info_disclosure_proactive", "主动公开政府信息数量8320条。", 8320),
    ("info_disclosure_proactive", "主动公开各类政府信息共计950条。", 950),
    ("info_disclosure_proactive", "通过政府网站、政务微博等渠道主动公开信息630条。", 630),
    ("info_disclosure_proactive", "本局全年公开政府信息215条。", 215),
    ("info_disclosure_proactive", "共主动公开政府信息2万余条。", 20000),
    # --- info_disclosure_requests
    ("info_disclosure_requests", "受理政府信息公开申请46件。", 46),
    ("info_disclosure_requests", "全年共办理依申请公开12件,均在法定期限内答复。", 12),
    ("info_disclosure_requests", "收到依申请公开政府信息8件。", 8),
    ("info_disclosure_requests", "办理政府信息公开申请130件。", 130),
    ("info_disclosure_requests", "政府信息依申请公开25件。", 25),
    ("info_disclosure_requests", "共受理依申请公开事项17件。", 17),
    ("info_disclosure_requests", "新收信息公开申请72件。", 72),
    ("info_disclosure_requests", "受理33件政府信息公开申请,均按时答复。", 33),
    ("info_disclosure_requests", "本年度新收政府信息公开申请数量54件。", 54),
    ("info_disclosure_requests", "依申请公开信息12件,均按期答复。", 12),
    # --- study_sessions
    ("study_sessions", "区政府常务会议会前学法12次。", 12),
    ("study_sessions", "县政府全年组织集体学法8次。", 8),
    ("study_sessions", "组织政府常务会议学法10次。", 10),
    ("study_sessions", "召开政府常务会议24次,会前学法11次。", 11),
    ("study_sessions", "市政府常务会学法4场。", 4),
    ("study_sessions", "区政府常务会议专题学法6次,学习法律法规15部。", 6),
    ("study_sessions", "坚持政府常务会议会前学法制度,全年开展集体学法9次。", 9),
    ("study_sessions", "区政府常务会议会前专题学习《行政复议法》等法律法规12次。", 12),
    ("study_sessions", "政府常务会议集体学习法律法规9次。", 9),
    # --- npc_suggestions
    ("npc_suggestions", "办理人大代表建议52件。", 52),
    ("npc_suggestions", "全年承办市人大代表建议31件。", 31),
    ("npc_suggestions", "共办理人大代表议案建议86件。", 86),
    ("npc_suggestions", "区人大代表建议32件、区政协提案45件全部办结。", 32),
    ("npc_suggestions", "共承办人大议案2件、代表建议52件。", 52),
    ("npc_suggestions", "将24件人大代表建议交有关部门办理。", 24),
    ("npc_suggestions", "我局承办人大代表建议12件、政协提案8件。", 12),
    ("npc_suggestions", "办复议案3件、建议61件,满意率100%。", 61),
    ("npc_suggestions", "共收到代表建议40件,均已按期办复。", 40),
    ("npc_suggestions", "全年办理人大代表建议和政协提案分别为52件和31件。", 52),
    # --- cppcc_proposals
    ("cppcc_proposals", "办理政协提案31件。", 31),
    ("cppcc_proposals", "全年承办政协委员提案80件。", 80),
    ("cppcc_proposals", "区人大代表建议32件、区政协提案45件全部办结。", 45),
    ("cppcc_proposals", "我局承办人大代表建议12件、政协提案8件。", 8),
    ("cppcc_proposals", "将23件政协提案交有关部门办理。", 23),
    ("cppcc_proposals", "全年承办市政协提案共计19件,按时办结率100%。", 19),
    ("cppcc_proposals", "全年办理人大建议、政协提案288件。", 288),
    ("cppcc_proposals", "全年办理人大代表建议和政协提案分别为52件和31件。", 31),
    # --- pufa_events
    ("pufa_events", "开展“法律进社区”等普法活动120场次。", 120),
    ("pufa_events", "举办法治讲座16场。", 16),
    ("pufa_events", "开展普法宣传活动300余场。", 300),
    ("pufa_events", "组织开展法治宣传活动85场(次)。", 85),
    ("pufa_events", "开展送法下乡活动40次。", 40),
    ("pufa_events", "开展以案释法活动25场。", 25),
    ("pufa_events", "举办法律知识讲座18场次。", 18),
    ("pufa_events", "开展法治宣传进企业、进社区活动60场。", 60),
    ("pufa_events", "开展各类普法活动500余场,发放宣传资料3万份。", 500),
    ("pufa_events", "围绕民法典开展主题宣传活动30场。", 30),
    ("pufa_events", "组织法治宣传进校园、进社区45场。", 45),
    ("pufa_events", "开展“12·4”国家宪法日宣传活动36场次。", 36),
    # --- enforcement_personnel
    ("enforcement_personnel", "全区现有行政执法人员1260名,均持证上岗。", 1260),
    ("enforcement_personnel", "持有执法证件人员845人。", 845),
    ("enforcement_personnel", "全县共有持证执法人员1200余人。", 1200),
    ("enforcement_personnel", "我局现有执法人员56名,全部持证上岗。", 56),
    ("enforcement_personnel", "全市取得行政执法证的人员3400人。", 3400),
    ("enforcement_personnel", "全区行政执法持证人员共计980人。", 980),
    ("enforcement_personnel", "具有行政执法资格的人员420名。", 420),
    ("enforcement_personnel", "全县1260名行政执法人员全部持证上岗。", 1260),
    ("enforcement_personnel", "浦东新区现有行政执法人员3000余名。", 3000),
    # --- labor_arbitration_cases
    ("labor_arbitration_cases", "劳动人事争议仲裁院立案受理案件1350件。", 1350),
    ("labor_arbitration_cases", "受理劳动人事争议案件820件。", 820),
    ("labor_arbitration_cases", "劳动人事争议仲裁委员会共受理案件640件。", 640),
    ("labor_arbitration_cases", "全年受理劳动争议仲裁案件508件,结案率96%。", 508),
    ("labor_arbitration_cases", "办理劳动仲裁案件230件。", 230),
    ("labor_arbitration_cases", "受理劳动人事争议390件,涉及劳动者520人。", 390),
    ("labor_arbitration_cases", "劳动人事争议仲裁案件共计712件。", 712),
    ("labor_arbitration_cases", "立案受理劳动人事争议仲裁案件455件。", 455),
    ("labor_arbitration_cases", "劳动人事争议案件立案受理1100件。", 1100),
    ("labor_arbitration_cases", "仲裁院全年立案受理案件1200件。", 1200),
    ("labor_arbitration_cases", "全年受理劳动人事争议调解仲裁案件960件。", 960),
]

# (indicator, sentence): the indicator must not be found at all.
TRAP: list[tuple[str, str]] = [
    # --- court_appearance_rate
    ("court_appearance_rate", "组织旁听庭审率达100%。"),
    ("court_appearance_rate", "行政诉讼胜诉率100%。"),
    ("court_appearance_rate", "行政机关负责人出庭应诉率提高10个百分点。"),
    ("court_appearance_rate", "出庭应诉率较上年提高5%。"),
    # --- court_appearances
    ("court_appearances", "共收到人民法院行政机关负责人出庭通知书9份。"),
    ("court_appearances", "组织行政执法人员旁听庭审12次。"),
    ("court_appearances", "应出庭应诉案件40件。"),
    ("court_appearances", "行政机关负责人出庭应诉率达100%。"),
    # --- reconsideration_cases
    ("reconsideration_cases", "审结行政复议案件977件。"),
    ("reconsideration_cases", "行政复议决定履行率100%。"),
    ("reconsideration_cases", "以区政府为被申请人的复议案件共17件。"),
    ("reconsideration_cases", "行政复议案件较上年增加12件。"),
    ("reconsideration_cases", "举办行政复议业务培训3期,培训人员120人次。"),
    ("reconsideration_cases", "办理行政诉讼和行政复议案件120件。"),
    ("reconsideration_cases", "对行政复议申请不予受理5件,审结40件。"),
    ("reconsideration_cases", "复议机关作出撤销、变更、确认违法等纠错决定12件。"),
    # --- reconsideration_closed
    ("reconsideration_closed", "受理行政复议申请379件。"),
    ("reconsideration_closed", "行政复议案件办结率98%。"),
    ("reconsideration_closed", "收到以区政府为被告的行政案件20件,共审结18件。"),
    # --- admin_litigation_cases
    ("admin_litigation_cases", "受理民事诉讼案件300件。"),
    ("admin_litigation_cases", "法院受理刑事诉讼案件12件。"),
    ("admin_litigation_cases", "行政诉讼案件较上年减少5件。"),
    ("admin_litigation_cases", "行政诉讼案件中败诉3件。"),
    ("admin_litigation_cases", "行政机关负责人出庭应诉案件35件。"),
    ("admin_litigation_cases", "办理行政复议和行政诉讼案件120件。"),
    ("admin_litigation_cases", "公安机关查处治安行政案件1200起。"),
    ("admin_litigation_cases", "检察院办理行政诉讼监督案件26件。"),
    ("admin_litigation_cases", "办理行政公益诉讼案件18件。"),
    # --- litigation_win_rate
    ("litigation_win_rate", "行政诉讼败诉率为5%。"),
    ("litigation_win_rate", "胜诉率同比提高3个百分点。"),
    ("litigation_win_rate", "行政复议纠错率为12%。"),
    # --- litigation_loss_rate
    ("litigation_loss_rate", "行政诉讼胜诉率为95%。"),
    ("litigation_loss_rate", "败诉率下降2个百分点。"),
    ("litigation_loss_rate", "行政诉讼败诉率较上年下降3%。"),
    # --- mediation_success_rate
    ("mediation_success_rate", "12345热线办结率99%。"),
    ("mediation_success_rate", "群众满意率98%。"),
    ("mediation_success_rate", "信访积案化解率达95%。"),
    ("mediation_success_rate", "调解成功率同比提高2个百分点。"),
    ("mediation_success_rate", "行政复议以调解方式结案170件,调解率17.4%。"),
    ("mediation_success_rate", "信访事项及时受理率、按期办结率均为100%。"),
    ("mediation_success_rate", "矛盾纠纷排查率达到100%。"),
    # --- mediation_cases
    ("mediation_cases", "受理信访案件120件。"),
    ("mediation_cases", "调解矛盾纠纷比去年增加120件。"),
    ("mediation_cases", "开展矛盾纠纷排查1200次。"),
    ("mediation_cases", "化解信访积案35件。"),
    ("mediation_cases", "诉前调解成功率为60%,调解成功案件同比增长15%。"),
    ("mediation_cases", "化解行政争议45件。"),
    ("mediation_cases", "排查矛盾纠纷隐患35次。"),
    ("mediation_cases", "办理信访事项320件,按期办结率98%。"),
    # --- approval_time_limit
    ("approval_time_limit", "热线办理时间由5天缩短至3天。"),
    ("approval_time_limit", "现场勘验时间由10天缩短至5天。"),
    ("approval_time_limit", "投诉处理时限由15天缩短为7天。"),
    ("approval_time_limit", "审批事项由120项减少至80项。"),
    ("approval_time_limit", "纠纷结案周期由45天缩短至28天。"),
    ("approval_time_limit", "复议案件平均办理时间由60天缩短至40天。"),
    ("approval_time_limit", "12345热线工单办理时限由5个工作日缩短至3个工作日。"),
    ("approval_time_limit", "热线办理时限平均减少2个工作日。"),
    # --- approval_time_reduction_rate
    ("approval_time_reduction_rate", "审批材料压缩率30%。"),
    ("approval_time_reduction_rate", "审批时限压缩5个百分点。"),
    ("approval_time_reduction_rate", "即办件比例达到80%。"),
    ("approval_time_reduction_rate", "审批效率提升50%。"),
    ("approval_time_reduction_rate", "承诺时限压缩至法定时限的40%。"),
    ("approval_time_reduction_rate", "申请材料压减50%,跑动次数减少70%。"),
    # --- legal_aid_cases
    ("legal_aid_cases", "法律援助民生实事案件任务数为260件。"),
    ("legal_aid_cases", "提供法律援助咨询1200人次。"),
    ("legal_aid_cases", "(2023)湘援0204刑136号案件办理规范。"),
    ("legal_aid_cases", "法律援助案件较上年增加30件。"),
    ("legal_aid_cases", "建立法律援助工作站12个。"),
    ("legal_aid_cases", "开展法律援助案件质量评查120件。"),
    ("legal_aid_cases", "值班律师提供法律帮助860人次。"),
    ("legal_aid_cases", "法律援助覆盖率达100%。"),
    # --- normative_doc_reviews
    ("normative_doc_reviews", "全面清理现行有效的行政规范性文件57件,依法废止4件。"),
    ("normative_doc_reviews", "制定行政规范性文件3件。"),
    ("normative_doc_reviews", "以区政府名义印发规范性文件12件。"),
    ("normative_doc_reviews", "规范性文件备案率100%。"),
    ("normative_doc_reviews", "审查重大行政决策事项8件。"),
    ("normative_doc_reviews", "审查规范性文件发现问题3件。"),
    ("normative_doc_reviews", "经审核后印发规范性文件12件。"),
    ("normative_doc_reviews", "全区现有规范性文件186件。"),
    # --- contract_reviews
    ("contract_reviews", "签订合同214件。"),
    ("contract_reviews", "审查规范性文件5件。"),
    ("contract_reviews", "审查合同涉及金额1.2亿元。"),
    ("contract_reviews", "调解合同纠纷46件。"),
    ("contract_reviews", "出具合同审查意见书20份。"),
    ("contract_reviews", "受理审查起诉涉嫌合同诈骗案件7件。"),
    # --- info_disclosure_proactive
    ("info_disclosure_proactive", "收到政府信息公开申请17件。"),
    ("info_disclosure_proactive", "网站总访问量1928064次。"),
    ("info_disclosure_proactive", "推送普法信息399条。"),
    ("info_disclosure_proactive", "主动公开率100%。"),
    ("info_disclosure_proactive", "我局受理依申请公开政府信息0件。"),
    ("info_disclosure_proactive", "发布政策解读稿件80篇。"),
    # --- info_disclosure_requests
    ("info_disclosure_requests", "主动公开政府信息977条。"),
    ("info_disclosure_requests", "政府信息公开申请办结率100%。"),
    ("info_disclosure_requests", "政府信息公开申请较上年增加20件。"),
    ("info_disclosure_requests", "因政府信息公开引发行政复议案件2件。"),
    ("info_disclosure_requests", "依申请公开答复满意率100%。"),
    # --- study_sessions
    ("study_sessions", "组织执法人员培训12次。"),
    ("study_sessions", "坚持政府常务会会前学法制度,共开展会前学法240余人次。"),
    ("study_sessions", "全年召开政府常务会议24次。"),
    ("study_sessions", "全年开展会前学法活动7次。"),
    ("study_sessions", "区委理论学习中心组集体学法12次。"),
    ("study_sessions", "政府常务会议学习法律法规15部。"),
    ("study_sessions", "区政府常务会议研究涉法事项25次。"),
    # --- npc_suggestions
    ("npc_suggestions", "办理政协提案221件。"),
    ("npc_suggestions", "人大代表建议办结率100%。"),
    ("npc_suggestions", "向有关单位发出检察建议15件。"),
    ("npc_suggestions", "政协提案3件、建议139件。"),
    ("npc_suggestions", "收到代表建议较去年增加10件。"),
    ("npc_suggestions", "接待人大代表来访30人次。"),
    # --- cppcc_proposals
    ("cppcc_proposals", "办理人大代表建议359件。"),
    ("cppcc_proposals", "政协提案办结率100%。"),
    ("cppcc_proposals", "政协提案较上年增加6件。"),
    ("cppcc_proposals", "政协委员视察12次。"),
    # --- pufa_events
    ("pufa_events", "发放宣传资料2万多份。"),
    ("pufa_events", "微信公众号推送普法信息399条。"),
    ("pufa_events", "培训工作人员632人次。"),
    ("pufa_events", "开展执法检查活动5次。"),
    ("pufa_events", "开展普法教育3万人次。"),
    ("pufa_events", "区委理论学习中心组集体学习、专题法治讲座4场次。"),
    ("pufa_events", "开展“双随机”检查活动12次。"),
    ("pufa_events", "开展法治政府建设督察活动3次。"),
    ("pufa_events", "开展“法律明白人”培训12期。"),
    ("pufa_events", "制作普法短视频20部。"),
    # --- enforcement_personnel
    ("enforcement_personnel", "新申领执法证件人数100人。"),
    ("enforcement_personnel", "培训行政执法人员300人次。"),
    ("enforcement_personnel", "其中新增加行政执法人员4名。"),
    ("enforcement_personnel", "行政执法人员600名参加了公共法律知识考试。"),
    ("enforcement_personnel", "注销执法证件23人。"),
    ("enforcement_personnel", "出动行政执法人员320名。"),
    ("enforcement_personnel", "组织45名行政执法人员参加执法资格考试。"),
    ("enforcement_personnel", "按规定注销了43名执法人员证件。"),
    ("enforcement_personnel", "全区共有执法单位43个。"),
    # --- labor_arbitration_cases
    ("labor_arbitration_cases", "劳动仲裁结案率95%。"),
    ("labor_arbitration_cases", "劳动仲裁共办结130件。"),
    ("labor_arbitration_cases", "查处劳动保障监察案件86件。"),
    ("labor_arbitration_cases", "劳动人事争议仲裁案件较上年增加12件。"),
    ("labor_arbitration_cases", "市仲裁委员会受理商事仲裁案件312件。"),
    ("labor_arbitration_cases", "劳动保障监察立案查处65件。"),
]


def found(text: str) -> set[tuple[str, Decimal]]:
    return {(m.indicator, m.value) for m in extract_text(text).mentions}


def _id(indicator: str, n: int) -> str:
    return f"{indicator}-{n}"


def _ids(rows: list[tuple]) -> list[str]:
    counts: dict[str, int] = {}
    out = []
    for row in rows:
        counts[row[0]] = counts.get(row[0], 0) + 1
        out.append(_id(row[0], counts[row[0]]))
    return out


@pytest.mark.parametrize(("indicator", "sentence", "value"), POSITIVE, ids=_ids(POSITIVE))
def test_phrasing_is_found(indicator, sentence, value):
    assert (indicator, Decimal(str(value))) in found(sentence), sentence


@pytest.mark.parametrize(("indicator", "sentence"), TRAP, ids=_ids(TRAP))
def test_trap_is_not_found(indicator, sentence):
    got = found(sentence)
    assert not any(ind == indicator for ind, _ in got), (sentence, got)


def test_every_indicator_has_phrasings_and_traps():
    from lawgov_extract.packs import load_packs

    indicators = set(load_packs().indicators)
    assert {row[0] for row in POSITIVE} == indicators
    assert {row[0] for row in TRAP} == indicators
