"""Help-desk replies carry the answer in their first sentence (issue 11): the units that lead,
the ratio, the rule on combining, what the document says about application, the validity,
the cities that have a measure. One table row per kind of question; sentences are the team's
own (the blind sets measure the rest)."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest

from assistant import direct
from assistant.deps import build_deps
from eval.scoring import lead_sentence
from tests.conftest import converse

AS_OF = date(2026, 11, 29)


@pytest.fixture(scope="module")
def deps(lexical_index):
    return build_deps(lexical_index, as_of=AS_OF)


def first_sentence(deps, turns):
    reply = converse(deps, turns)
    return lead_sentence(reply.text), reply


# (kind, turns, strings the first sentence must hold)
CASES = [
    # the date awards count from (JP182) and another level's award had, this one asked (JQ011): the rule first
    ("the process asked after the materials", ["运城海外仓补贴 申报要准备什么材料", "流程是怎样的"], ["另行制定"]),
    # who decides the amounts, in the words of who_decides (KS143 had given 三（四）'s units)
    # the contact asked right after a clause's units: the contact, not the units again (BM093)
    ("the contact after the units", ["济南跨境电商出口退税这块是哪个部门牵头", "那济南这份政策的咨询电话是哪个部门的"],
     ["对外贸易处"]),
    ("who decides the amounts", ["秦皇岛跨境电商这些奖励资金，具体数额是谁定的，怎么审批"],
     ["市外事商务局会同市财政局"]),
    ("the date awards count from", ["运城这些奖补从哪天开始算 2024年1月份发生的展会算不算"], ["2024年1月1日"]),
    ("the province's award had", ["企业问：省里的海外仓补助已经拿了，运城市里的海外仓补助还能不能再申请？我该怎么答复"],
     ["省市可同步享受"]),
    ("department by heading words", ["济南 出口退税效率这一条 哪个单位牵头"], ["市税务局", "泉城海关"]),
    # the asker's own call to make asks for the contact (AX070); a call relayed does not (CV017, in the classes)
    ("the asker's own call", ["济南对跨境电商有啥扶持政策", "我想打电话问问具体怎么申报 找哪个部门"], ["对外贸易处"]),
    # the award's total named as such ("补贴总额45w") is the award the split divides (DB029)
    ("the split of an award's total", ["运城 盐湖区企业 海外仓补贴 钱是市里出还是区里出", "补贴总额45w 各出多少"],
     ["22.5万元"]),
    # a question for every clause on the topic: each clause that says it, and the rule for the rest (CN088)
    ("every clause on the split", ["潍坊支持跨境电商政策里，哪些条款的资金是市县两级分担的？其余的谁出？"],
     ["三、四、五、六", "市级财政承担"]),
    ("every clause on combining", ["运城哪些补贴可以和省里的同时享受？"], ["第三条（一）", "第五条（三）", "同步享受"]),
    # one clause's two rules on combining, both quoted where the question asks both (CX070)
    ("combining, two rules of one clause", ["潍坊企业 同一个海外仓项目 同时符合市级两项扶持政策 能不能两个都拿 "
                                            "另外已经拿了省级资金的话呢"],
     ["不再予以支持", "从高不重复"]),
    ("department by heading words", ["六安打造跨境电子商务产业园区 谁牵头"], ["各县区政府（管委）"]),
    # a measure's requirement listed in its clause, asked ("要求的海关监管代码有哪些"): its rule, quoting the clause
    # (LG204: the platform's facts asked)
    ("the codes a measure requires", ["潍坊交易平台奖励要求的海关监管代码有哪些"], ["跨境电商交易平台奖励"]),
    # whether the money may pay for a thing, asked after its use ("能用来发员工工资吗"): the use its clause states, not
    # an off-topic question (LG207)
    ("a use asked after the money's use", ["六安 省级跨境电商产业园区", "市里50万主要用来干啥", "能用来发员工工资吗"],
     ["平台建设"]),
    # a special fund asked after ("有没有专门支持…的资金"; LF204: a park's facts asked)
    ("a special fund", ["六安 有没有专门支持跨境电商的资金"], ["专项资金"]),
    # a clause's own words quoted outrank a measure's keyword in them (LC180: 四（四）'s 市财政局 for 三（二）'s task)
    ("department by the clause's own words", ["六安 培育省级跨境电商产业园区这项任务 谁牵头"], ["各县区政府（管委）"]),
    ("department of a measure", ["秦皇岛 开拓跨境电商通道 牵头的是谁"], ["市海洋渔业局"]),
    ("department, none stated: the organiser", ["运城 航线补助 找哪个部门"], ["未载明负责单位", "市商务局"]),
    ("department in general", ["秦皇岛的跨境电商补贴 是不是找商务局"], ["市外事商务局", "市财政局"]),
    ("department of a section whose items name theirs", ["六安跨境电商那几条资金支持政策 牵头单位是哪个部门"],
     ["其下各项", "市财政局"]),
    ("department, the same question in another city", ["济南 跨境电商人才培养 责任单位是哪个", "那六安呢 谁牵头"],
     ["市教育局", "市人社局"]),
    ("split", ["盐湖区的企业 海外仓补助 市里区里各出多少"], ["5:5", "2:8"]),
    # the split asked in other words, after an amount was computed
    ("split, after an amount", ["我是盐湖区商务局的 辖区企业拿到市级跨境电商示范企业奖励10万", "这钱市里和区里怎么出"],
     ["5:5"]),
    ("split, by 比例出钱", ["我是运城盐湖区商务局的", "区里企业拿了第五条的海外仓补助 市里和区里按啥比例出钱"],
     ["5:5"]),
    # an award received is no figure of the case: the split of it is asked
    ("split of an award received", ["稷山县的企业拿了运城市跨境电商店铺奖励10万，县里要配套出多少？"], ["2:8"]),
    # two halves: a section's departments and the leading group's office
    ("a section's departments and the leading group",
     ["六安市商务局新来的同事问：六安跨境电商实施意见第四部分那几条支持政策，牵头单位是哪个部门？领导小组办公室主任由谁兼任？"],
     ["市财政局", "市商务局"]),
    # who decides and the procedure, not "which measure?" for 给多少
    ("who decides, and the procedure", ["秦皇岛这边企业申请跨境电商支持资金", "具体给多少是谁定的 要走什么流程"],
     ["市外事商务局"]),
    ("department of a measure named by its words, not a heading's", ["秦皇岛1210零售进口那条支持政策 牵头单位是谁"],
     ["秦皇岛开发区管委会"]),
    ("the document, then another topic", ["潍坊政策是哪个文号 另外海外仓补贴的钱是市里出还是县里出"], ["63号"]),
    ("split of an award already set", ["盐湖区一家企业的海外仓补助核定下来是60万 市里和区里各出多少"],
     ["市级30万元", "盐湖区30万元"]),
    ("split of an award set earlier in the conversation", ["我是稷山县商务局的", "有家企业商标认证补助批下来是5万",
                                                             "这5万县里出多少"], ["市级1万元", "稷山县4万元"]),
    ("split of an award said in a later turn, the measure named before", ["运城海外仓补助的钱是市里出还是县里出",
                                                                      "企业在盐湖区，批了40万，市里和区里各出多少"],
     ["按您说的40万元计算", "市级20万元", "盐湖区20万元"]),
    # the award alone, said right after a split question: its shares (AR007)
    ("split, then the award alone", ["我是闻喜县商务局的 企业问运城那个海外仓补助 市里和县里怎么出钱",
                                     "他们那个算下来是45万"],
     ["按您说的45万元计算", "市级9万元", "闻喜县36万元"]),
    ("split, then the award alone, 核定", ["运城开发区的企业 认证补助 市里和开发区怎么分", "核定下来是8万"],
     ["市级4万元", "运城开发区4万元"]),
    ("split of an award pointed back at", ["运城 临猗县的企业 海外仓按文件能补45万 这笔钱市里和县里怎么分"],
     ["市级9万元", "临猗县36万元"]),
    ("split of an award, then the city's part asked", ["运城 稷山县的企业拿了国际认证补助10万 这钱市里和县里怎么分担",
                                                      "那市里出多少"], ["市级2万元"]),
    ("split asked as 市本级出多少/开发区出多少",
     ["运城开发区一家企业拿了店开全球奖励30万，这笔钱市本级出多少，开发区出多少"], ["市级15万元", "运城开发区15万元"]),
    # a combining rule stated in another measure's clause governs that one only: the measure asked about has none
    # (KE030), its clause cited
    ("combine, the measure's own clause silent",
     ["企业问 同一年既被认定为省级又被认定为国家级跨境电商示范企业 运城两个奖励能不能都拿 我该怎么答复"],
     ["第三条（三）「跨境电子商务示范企业奖励」没有写明能否同时享受"]),
    # the award said as paid (补了10万) after the measure was named (KF216)
    ("split of an award said as paid", ["临猗县一家企业拿了运城的认证注册费补贴",
                                        "补了10万 市里和县里各出多少 我怎么答复企业"],
     ["按您说的10万元计算", "市级2万元", "临猗县8万元"]),
    ("split asked as 出几成", ["运城海外仓补助的钱是谁出", "企业在临猗县 我是县商务局的 县里要出几成"], ["2:8"]),
    ("split, another county next", ["运城开发区的企业 认证补助 市里和开发区怎么分", "那闻喜县的企业呢"], ["2:8"]),
    ("split", ["潍坊 服务平台奖励 市县怎么分担"], ["现行财政体制"]),
    ("split asked mid-calculation", ["永济市的企业拿运城的海外仓补助", "市里和永济各出多少比例"], ["永济市除外"]),
    ("split: all from the city?", ["运城出口信用保险的市级补助 资金是市里全出还是跟县里分"], ["市本级"]),
    ("combine: both levels", ["运城展会补贴 省里和市里能不能都补"], ["只能享受一次"]),
    # another level paid, this one asked, where no input reads the other level's payment (AV069, AY086)
    ("combine: another level paid", ["运城海外仓补助", "省里已经给我们补过了 市里这块还能拿吗"], ["同步享受"]),
    ("combine: another level paid, one message", ["运城 海外仓省里已经补过了 市里这个30%还能拿吗"], ["同步享受"]),
    ("combine", ["运城 海外仓补助和省里的能同时享受吗"], ["同步享受"]),
    ("combine", ["六安 9610出口奖励 和市里别的外贸政策能一起拿吗"], ["不重复享受"]),
    ("combine", ["潍坊 同时符合两项市级政策 能都拿吗"], ["从高不重复"]),
    ("materials", ["运城 奖补申报要准备什么材料"], ["没有列出申报材料清单", "另行制定"]),
    ("materials", ["潍坊 申请流程是怎样的"], ["实施细则"]),
    ("contact", ["济南跨境电商 咨询电话多少"], ["66602725"]),
    ("two topics, in the order asked", ["运城的措施谁负责解释 申报指南出了吗"], ["市商务局负责解释"]),
    ("validity", ["运城的政策现在还有效吗"], ["2025年12月31日", "已失效"]),
    # whether the case's award combines with another, asked after its amount: the clause's rule first, then the case
    ("combine after a case", ["六安 我们9610出口了8万美元 能奖多少", "那和市里的外贸政策奖励能一起拿吗"],
     ["不重复享受"]),
    # the provincial document a city's one implements, asked "依据的省里文件" (KH195)
    ("document basis", ["六安这个政策依据的省里文件是哪个"], ["皖政办〔2018〕46号"]),
    # a matter dated before the document was issued: the date awards count from (KK072)
    ("awards' start", ["运城企业2024年2月参加的重点展会，可措施4月才印发，2月的能不能算"], ["2024年1月1日开始计"]),
    # who pays for a measure whose document states no split: said of that measure, its clause and units (KJ117)
    ("split silent of the measure", ["我是秦皇岛海港区商务部门的，企业问1210的支持", "企业年线上交易额6000万",
                                     "这个钱是县区出还是市里出？我怎么答复"], ["没有写明二（二）", "如何分担"]),
    # a measure's cities compared by whether they still hold: each document's period first (KJ249)
    ("validity of a measure's cities", ["我是窗口人员，企业问：潍坊和运城的海外仓补贴现在都还能申请吗？我怎么答"],
     ["2024年5月31日", "2025年12月31日"]),
    ("document with the awards' start", ["运城的措施哪天印发的"], ["2024年4月10日", "2024年1月1日"]),
    ("which cities", ["哪些城市有出口信用保险保费补贴"], ["运城"]),
    ("which cities, one only mentioning it", ["哪些城市支持高校开设跨境电商专业"], ["潍坊", "秦皇岛"]),
    ("materials and who, asked together", ["运城海外仓补助 申报要交什么材料 去哪个部门报"], ["另行制定"]),
    ("the leading group", ["六安跨境电商领导小组 组长是谁 办公室在哪个部门"], ["副市长", "市商务局"]),
    ("what a document rests on", ["济南的意见 依据的是哪个文件"], ["鲁政字〔2020〕84号"]),
    ("the condition that rules an amount out", ["运城 同一个展会 省里补过展位费了 市里还能补吗"], ["只能享受一次"]),
    ("which cities, asked as 有没有", ["有没有城市支持做独立站的"], ["运城"]),
    ("a condition's own words", ["潍坊海外仓 要在哪备案"], ["潍坊海关备案"]),
    ("a condition's own words", ["运城店开全球奖励 要在哪个平台注册"], ["运城跨境电商公共服务平台注册"]),
    # a span before the issue date asked of: the date awards count from (SA220: the nearest clause quoted)
    ("a span before the issue date", ["运城的措施是4月10号发的 那1月到4月之间发生的事能算吗"], ["2024年1月1日"]),
    # the firms a clause names (SC242, FR136, HV159, IB200, IE286: the 1210 case's facts asked)
    ("the firms a clause names", ["秦皇岛文件里点名支持做大做强的1210企业是哪几家"],
     ["安原保税物流有限公司", "丸晟贸易有限公司"]),
    ("the firms a clause names", ["秦皇岛 跨境进口1210 文件点名支持的企业有哪些"], ["丸晟"]),
    ("who decides an amount is a question about units", ["秦皇岛1210那条 谁牵头 具体金额是谁审核"],
     ["秦皇岛开发区管委会"]),
    ("who decides an amount, no measure named", ["秦皇岛的扶持资金 每家企业给多少是谁定的"], ["市外事商务局"]),
    ("a measure with no split of its own: the rule for the rest", ["潍坊高校开设跨境电商专业的奖励谁出钱"],
     ["市级财政"]),
    ("a place alone after a split question", ["问个资金分担：海外仓补助拿了30万，市里和县里怎么分？", "稷山县的企业"],
     ["6万元", "24万元"]),
    ("an award set with words between its verb and figure",
     ["盐湖区一家企业前年拿了运城海外仓补助40万，市里和区里各出多少"], ["20万元"]),
    ("the units of two clauses asked in turn (BD095)",
     ["济南 提高跨境电商出口退税效率那条 牵头单位是谁？提升通关便利化那条呢"], ["市税务局", "泉城海关"]),
    ("one award had, another asked about (CE089)", ["六安企业拿了9610出口5万奖励 还能再拿市级外贸政策里的奖励吗"],
     ["不重复"]),
    ("the units of two clauses joined and asked each (CA071)",
     ["秦皇岛那个跨境电商若干措施里 开拓跨境电商通道和加速引进智慧物流分别是哪个单位牵头的"],
     ["市海洋渔业局", "市邮政局"]),
    ("two city awards for one park, the province named only as a level: the rule on two city measures (AL090)",
     ["潍坊 园区先被首次认定为市级跨境电商产业园区 后来又认定了省级 两个奖励都能拿吗 一共150万？"], ["不重复"]),
    ("who decides the amount and how it is approved (CQ081)",
     ["秦皇岛跨境电商这些支持资金从哪出", "具体给多少谁说了算 怎么报批"], ["市外事商务局"]),
    ("another level's money asked about: that rule before the one on two city measures (CJ062)",
     ["潍坊企业同时符合市级两项扶持政策，两项都能拿吗？",
      "我是区商务局的，企业还问：同一个项目已经拿了国家的资金，市里还给不给？"],
     ["不再予以支持"]),
    ("the combining rule asked again ('我怎么答复他'), the measure named only remembered for its facts",
     ["企业问 运城的海外仓补助和省里的海外仓补助能不能一起拿", "我怎么答复他"], ["同步"]),
    ("the clause under discussion pointed at ('这条'), not a heading in earlier words (CH081)",
     ["济南 海外仓有政策支持吗", "这条的牵头单位和责任单位都是谁 企业该找哪个部门"], ["泉城海关"]),
    ("an award's total said next, split for the matter discussed (MK040)",
     ["闻喜县企业拿运城店开全球奖励，两个店铺", "一共20万，市级财政出多少，县里出多少？"],
     ["市级4万元", "闻喜县16万元"]),
]


@pytest.mark.parametrize(("kind", "turns", "wanted"), CASES, ids=[f"{c[0]}:{c[1][-1][:14]}" for c in CASES])
def test_first_sentence_answers(deps, kind, turns, wanted):
    lead, reply = first_sentence(deps, turns)
    missing = [w for w in wanted if w not in lead]
    assert not missing, f"{missing} not in first sentence: {lead!r}\n{reply.text}"


@pytest.mark.parametrize(("question", "city", "label"), [
    ("出口退税效率那条 牵头单位", "济南", "三（六）3"),
    ("打造跨境电商产业园区", "六安", "三（二）"),
    ("跨境电商综合服务平台 牵头单位", "秦皇岛", "四（七）"),
    ("海外仓补贴怎么申请", "运城", None),  # 海外仓 alone is too short to name a heading
    # a heading written in pieces outweighs another's one run (EJ186): 支持…企业建…海外仓, not 三's 支持企业
    ("支持企业建海外仓那条 责任单位都有谁", "潍坊", "五"),
    ("支持企业那条 责任单位", "潍坊", "三"),
    # the item its label names, within the section its heading names (JC100)
    ("六安跨境电商支持政策 四（二）那条牵头单位和配合单位是谁", "六安", "四（二）"),
])
def test_named_clause(deps, question, city, label):
    found = direct.named_clause(question, [city], deps)
    assert (found[1].label if found else None) == label


def test_rules_prefer_the_measure_clause(deps):
    measure = deps.rulebook.measure("yuncheng.overseas_warehouse")
    rules = direct.rules_for("combine", ["运城"], deps, measure)
    assert rules[0].clause.label == "第五条（三）" and "同步享受" in rules[0].sentence


def test_silent_topic_says_so(deps):
    assert direct.topic_lead("combine", [], "济南") == "济南的文件没有关于能否同时享受的规定。"


@pytest.mark.parametrize(("turns", "wanted"), [
    (["潍坊政策是哪个文号 另外海外仓补贴的钱是市里出还是县里出"], "市、县两级按现行财政体制分担"),
    (["济南关于加快跨境电商发展的意见是哪个文件 哪天发的 有问题打哪个部门电话"], "对外贸易处"),
    # whom to ask with no clause named: the document's contact line
    (["济南那个加快跨境电商发展的意见，是哪天发的？企业有问题该找哪个部门问？"], "对外贸易处"),
    (["运城的政策文号是多少 有问题找哪个部门"], "市商务局按优先顺序选择进行资金分配"),
    (["潍坊的文件文号是什么 海外仓那条谁牵头"], "责任单位是市商务局"),
    (["济南的意见文号是多少 出口退税效率那条谁牵头"], "牵头单位"),
    (["六安的实施意见文号是多少", "它是依据省里哪个文件制定的"], "皖政办〔2018〕46号"),
])
def test_document_question_answers_its_other_half(deps, turns, wanted):
    """"文号是什么，另外钱谁出": the record first, then the other topic's own first sentence."""
    reply = converse(deps, turns)
    assert reply.intent == "document" and wanted in reply.text, reply.text


def test_question_in_the_words_of_a_clause_under_discussion(deps):
    """"要是预算不够分怎么办" after 第八条: answered from the clause whose words it uses."""
    reply = converse(deps, ["运城的奖补资金谁组织申报", "专项预算不够分的话怎么办"])
    assert reply.status == "answered" and any(c.clause == "第八条" for c in reply.citations), reply.text


def test_a_clause_asked_about_after_it_was_quoted_with_no_measure(deps):
    # "用来干嘛" after the fund's clause was quoted (no measure under discussion): that clause again, not "not
    # understood" (LG150)
    reply = converse(deps, ["六安 跨境电商专项资金", "文件里有设立吗", "用来干嘛"])
    assert reply.status == "answered" and [(c.city, c.clause) for c in reply.citations][:1] == [("六安", "五（二）")]


def test_the_split_asked_again_after_it_was_answered(deps):
    # "各出多少钱" right after the split of an award was answered: the split again, not the measure's facts (LK243)
    reply = converse(deps, ["运城 盐湖区企业 海外仓补助45万", "市里和区里怎么分", "各出多少钱"])
    assert reply.status == "answered" and "22.5万元" in reply.text
    assert [(c.city, c.clause) for c in reply.citations][:1] == [("运城", "第十条（二）")]


def test_what_the_text_says_asked_after_a_clause_was_quoted(deps):
    # "文件里怎么说的" after a clause was quoted with no measure under discussion: that clause, not the opening (LG161)
    reply = converse(deps, ["秦皇岛 市外事商务局窗口", "企业问申请跨境电商资金支持 具体数额怎么定 走什么流程",
                            "文件里怎么说的"])
    assert reply.status == "answered"
    assert [(c.city, c.clause) for c in reply.citations][:1] == [("秦皇岛", "七（十三）")]


def test_calculation_with_a_help_desk_half(deps):
    """"物流费用能补多少？找哪个处室咨询": the calculation, then the contact's own sentence."""
    reply = converse(deps, ["济南企业物流费用能补多少？有不懂的找哪个处室咨询"])
    assert reply.measure == "jinan.logistics" and "对外贸易处" in reply.text, reply.text


def test_what_if_another_choice(deps):
    """"省级…要是市级的呢": the fact's amount, and the other case computed the same way."""
    reply = converse(deps, ["潍坊 2022年首次认定的省级跨境电商产业园区 最多奖多少？要是市级的呢"])
    assert (reply.calculation or {}).get("amount_yuan") == "1000000.00", reply.text
    assert "市级" in reply.text and "50万元" in reply.text, reply.text


# (turns, a clause the reply must cite, words the reply must hold)
OTHER_HALVES = [
    # a measure with no split of its own, asked about its split in a conversation with its facts
    (["盐湖区商务局 2025年跟第三方跨境服务公司合作 合作费用200万 市里支持多少", "这个钱区里要配套吗"], "第十条（二）",
     "其余条款支持措施所需资金由市本级承担"),
    (["永济市商务局的", "我们市的企业拿了运城市级的海外仓补助 这钱市里和我们按几比几出"], "第十条（二）", "永济市除外"),
    (["盐湖区企业的出口信保保费补助 是不是也是市区五五分？"], "第十条（二）", "其余条款支持措施所需资金由市本级承担"),
    # the record, with the clause that states the period when the period is asked too
    (["运城支持综试区发展的若干措施 文号多少 有效期到什么时候"], "第十条（三）", "运政办发〔2024〕10号"),
    # the period, with the units of the clause named
    (["秦皇岛1210零售进口那条支持 牵头单位是谁 这个文件有效期到哪天"], "二（二）", "秦皇岛开发区管委会"),
    # a ceiling question with a "which department" half: the units, else who organises applications
    (["运城 院校跟有资质的培训机构搭产教融合平台 实操实训课程和课程共建的费用 每年最多补多少 是哪个部门组织申报"],
     "第五条（一）", "市商务局"),
    # facts still missing: the rule's own note that answers what the message says comes with the question
    (["企业在问运城海外仓补助的事", "他们这个仓已经拿过省级的海外仓补助了 市里的还能拿吗"], "第五条（三）",
     "省市可同步享受"),
]


@pytest.mark.parametrize(("turns", "label", "wanted"), OTHER_HALVES, ids=[t[-1][:16] for t, _, _ in OTHER_HALVES])
def test_the_other_half_is_answered(deps, turns, label, wanted):
    reply = converse(deps, turns)
    assert any(c.clause == label for c in reply.citations), [c.clause for c in reply.citations]
    assert wanted in reply.text, reply.text


# (turns, words the reply's lead must hold): "怎么申报" where the text leaves the guide to later
# documents: that rule, then who organises applications (运城第八条), quoted without its label
HOW_TO_APPLY = [
    (["运城这些跨境电商奖补具体怎么申报 要交哪些材料 有申报指南吗"],
     ["另行制定", "“在年度跨境电商专项预算资金范围内，市商务局"]),
    (["运城海外仓补贴 怎么申请"], ["市商务局"]),
]


@pytest.mark.parametrize(("turns", "wanted"), HOW_TO_APPLY, ids=[t[-1][:12] for t, _ in HOW_TO_APPLY])
def test_how_to_apply_names_who_organises(deps, turns, wanted):
    reply = converse(deps, turns)
    lead = reply.text.split("**依据**")[0]
    for words in wanted:
        assert words in lead, reply.text


@pytest.mark.parametrize(("text", "asked"), [
    ("运城这些奖补要交哪些材料", True),
    ("企业材料先交给谁", True),
    ("企业报上来店开全球的材料，说已注册，按政策能奖多少？", False),  # materials named, not asked about
])
def test_materials_are_asked_only_in_a_question_about_them(text, asked):
    assert ("materials" in direct.topics_of(text)) is asked


@pytest.mark.parametrize(("text", "asked"), [
    ("运城这些资金怎么分配", True),
    ("是先到先得吗", True),
    ("谁组织申报", True),
    ("秦皇岛的扶持资金 具体数额谁定", True),
    ("资金如何审批", True),
    ("运城海外仓补助要交哪些材料", False),
    ("秦皇岛1210那条 谁牵头", False),  # who leads a measure: the units, not the allocation
    ("我们在运城租了800平方米的海外仓，能补多少？", False),
])
def test_allocation_asked_is_one_reader(text, asked):
    """One pattern (intents.yaml allocation_asked) for the engine's help-desk reply and the apply reply."""
    assert direct.asks_allocation(text) is asked


@pytest.mark.parametrize(("turns", "clause", "said"), [
    (["运城航空口岸货运航线的补助资金，也是市县共担吗？"], "第十条（二）", "共同分担"),
    (["运城 第六条的合作支持资金", "是市里出还是县里出"], "第十条（二）", "市本级"),
    (["潍坊 园区奖励的钱谁出", "市里还是县里"], "结语", "市级财政承担"),
])
def test_who_pays_asked_in_other_words_is_the_split_rule(deps, turns, clause, said):
    reply = converse(deps, turns)
    assert any(c.clause == clause for c in reply.citations), reply.citations
    assert said in reply.text, reply.text


@pytest.mark.parametrize(("turns", "clause", "said"), [
    (["运城 国际货运航线补助", "全年多少班起补"], "第三条（四）", "15班"),
    (["有企业问运城的补贴怎么申报 要什么材料", "文件里有写吗"], "第十条（三）", "另行制定"),
])
def test_the_rule_asked_again_of_what_is_discussed(deps, turns, clause, said):
    """"全年多少班起补" after a measure, "文件里有写吗" after a help-desk topic: the rule, not a fact or a search."""
    reply = converse(deps, turns)
    assert any(c.clause == clause for c in reply.citations) and said in reply.text, reply.text


def test_a_calculation_that_says_the_split_cites_its_clause(deps):
    """"按运城市政策能补多少 这笔钱市里和县里怎么分担": the amount, the split said with it, and the
    split's own clause (第十条（二）) among the citations."""
    reply = converse(deps, ["我是芮城县商务局的 县里一家企业在泰国租海外仓 600平 年租金50万 已用满一年 "
                            "按运城市政策能补多少 这笔钱市里和县里怎么分担"])
    assert (reply.calculation or {}).get("amount_yuan") is not None, reply.text
    assert "2:8" in reply.text
    assert [c.clause for c in reply.citations][:2] == ["第五条（三）", "第十条（二）"], reply.citations


@pytest.mark.parametrize(("message", "amount", "said"), [
    # a lease begun before 运城's end (2025-12-31) whose year of use is full only after it: not covered
    ("运城 海外仓 2025年10月开始租的 800平 年租金96万 能补多少", None, r"2026年10月1日"),
    # one whose year was full inside the period keeps its amount (with the expiry banner)
    ("运城 海外仓 2024年10月开始租的 800平 年租金96万 能补多少", "288000.00", ""),
    # a lease's signing is its start; the months of use said run from it (CX008)
    ("运城的 海外仓2025年10月才签的租约 1200平 年租金90万 今年10月刚好用满一年 现在还能申请补助吗 能补多少", None,
     r"2026年10月1日"),
    ("运城的 海外仓2024年10月签的租赁合同 1200平 年租金90万 用满一年了 能补多少", "270000.00", ""),
    # months said at both ends: the end month runs to its end, so the year is full at 2026-11-01 (AV054)
    ("运城 海外仓 去年11月租到今年10月 700平 租金一年90w 能补多少", None, r"2026年11月1日"),
    ("运城 海外仓 2024年11月租到2025年10月 700平 租金一年90w 能补多少", "270000.00", ""),
    # the year the figures measure dates the matter when nothing else does: 今年 (2026) is after 运城's end (AV021)
    ("运城 新建了跨境电商独立站 域名在我们公司名下 今年后台交易320万 奖多少", None, r"2026年"),
    ("运城 新建了跨境电商独立站 域名在我们公司名下 2025年后台交易320万 奖多少", "150000.00", ""),
    # a premium paid (交了) dates the matter too (AY093)
    ("运城 信保保费今年交了20万 市里能补6万吧", None, r"2026年"),
    ("运城 信保保费2025年交了20万 市里能补多少", "60000.00", ""),
])
def test_a_matter_dated_after_the_end_is_not_covered(deps, message, amount, said):
    """The matter's date against 运城's period (to 2025-12-31), the date said in the reply where it decides."""
    reply = converse(deps, [message])
    calc = reply.calculation or {}
    assert calc.get("amount_yuan") == amount, reply.text
    if amount is None:
        assert calc.get("eligible") is False and re.search(said, reply.text), reply.text


def test_an_item_in_use_since_a_month_runs_to_today_and_says_so(deps):
    """"另一个在波兰 自建的…24年8月投用的": that warehouse's use is presumed to today (27 months on
    2026-11-29), as for a single warehouse, and the reply says so (AW004)."""
    reply = converse(deps, ["帮朋友问 运城新绛的厂子 做铸件的 有两个仓 一个在日本大阪 租的 600平 年租金90万 "
                            "24年5月租到现在 另一个在波兰 自建的 1200平 建设花了300万 24年8月投用的 "
                            "两个加起来一共能拿多少"])
    assert reply.calculation["amount_yuan"] == "770000.00", reply.text
    assert "海外仓2：您说2024年8月开始使用、未提到停用" in reply.text


@pytest.mark.parametrize(("turns", "wanted", "clause"), [
    # who pays, asked after an award was told: the split of it, not the verdict again (EN048)
    (["盐湖区一家企业的运城海外仓补助核定了45万", "市里和区里各出多少 我怎么答复企业"], "盐湖区22.5万元",
     "第十条（二）"),
    # the award said with its kind ("海外仓补助45万") as the split is asked (EQ128)
    (["临猗县的企业 海外仓补助45万 市县各出多少钱"], "临猗县36万元", "第十条（二）"),
    # "那能给多少万" after a clause that states no amount: that clause, no list of measures (EK209, EN202)
    (["济南 跨境电商直播基地有补贴吗", "那能给多少万"], "直播基地", "三（三）3"),
    # who pays for a measure, another named only as a likeness (跟海外仓一样): the asked measure's rule — 潍坊 九 has
    # no split of its own, so the rule for the rest (IS112)
    (["潍坊培训补助的钱谁出？跟海外仓一样市县分担吗"], "其余政策资金由市级财政承担", "结语"),
    # two rules met at once, said 既…又…: the rule that combines them (IT144)
    (["潍坊企业问 同一个海外仓 既符合五那条补贴 又符合市里别的扶持政策 怎么处理 我怎么回"], "从高不重复", "结语"),
    # the year's budget and how it is shared out: the clause that says so (IR066, IS250, IS256, IU183)
    (["运城的奖补资金不够分怎么办 是先到先得吗"], "优先顺序", "第八条"),
    (["运城的奖补是不是只要符合条件申请了就一定能拿到全额"], "预算", "第八条"),
    (["六安支持跨境电商的钱从哪里来"], "专项资金", "五（二）"),
])
def test_a_help_desk_follow_up_answers_from_the_clause(deps, turns, wanted, clause):
    reply = converse(deps, turns)
    assert reply.status == "answered" and wanted in reply.text, reply.text
    assert any(c.clause == clause for c in reply.citations), reply.citations
    # (no amount of a case; an award set, each level's share asked, is one amount only where the shares are equal:
    # 盐湖区 5:5 of 45万 — LE062)
    shown = (reply.calculation or {}).get("amount_yuan")
    assert not shown or ("盐湖区" in turns[0] and Decimal(shown) == Decimal(225000)), reply.text
