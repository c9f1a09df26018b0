"""The optional model path: fake models (tool calls, invented numbers) and a real ChatOpenAI
client against a scripted OpenAI-compatible server on localhost."""

from __future__ import annotations

import time
from datetime import date

import pytest
from langchain_core.language_models.fake_chat_models import FakeMessagesListChatModel
from langchain_core.messages import AIMessage

from assistant.config import AssistantConfig
from assistant.deps import build_deps
from assistant.engine import answer, new_session
from assistant.llm import build_chat_model, verify
from tests.fake_llm import _completion, _Scripted

QUESTION = "运城企业租赁800平方米海外仓，用了一年，租金200万元，补多少？"
AS_OF = date(2025, 6, 30)


class ToolCallingFake(FakeMessagesListChatModel):
    """Replays scripted messages; create_agent binds tools, which the stock fake can't."""

    def bind_tools(self, tools, **kwargs):
        return self


def _deps(lexical_index, llm):
    return build_deps(lexical_index, llm=llm, as_of=AS_OF)


def test_model_calls_calculator_tool_and_phrases(lexical_index):
    fake = ToolCallingFake(responses=[
        AIMessage(content="", tool_calls=[{
            "name": "yuncheng__overseas_warehouse", "id": "call-1",
            "args": {"warehouse_mode": "租赁", "area_m2": 800, "months_used": 12, "cost_cny": 2000000}}]),
        AIMessage(content="您好！按运城运政办发〔2024〕10号第五条（三），租金200万元×30%=60万元，超过单仓上限50万元，"
                          "可获50万元（500,000.00元）。以主管部门审核为准。"),
    ])
    reply = answer(QUESTION, new_session(), _deps(lexical_index, fake))
    assert reply.llm_used and reply.text.startswith("您好！")
    assert reply.calculation["amount_yuan"] == "500000.00"  # the number still comes from the calculator
    assert reply.status == "answered"


def test_invented_number_is_caught_and_replaced(lexical_index):
    fake = ToolCallingFake(responses=[AIMessage(content="可获补助100万元，依据第五条（三）。")])
    reply = answer(QUESTION, new_session(), _deps(lexical_index, fake))
    assert not reply.llm_used and "llm_rejected" in reply.notes
    assert "100万元" not in reply.text and "50万元（500,000.00元）" in reply.text


def test_verifier_rules():
    from assistant.types import Answer, Citation

    base = Answer("answered", "可获 50万元（500,000.00元）", [Citation("运城", "运政办发〔2024〕10号", "第五条（三）",
                  "t", "按照实际建设费用（租赁）的30%给予一次性补助，单个企业单一海外仓补助金额不超过50万元")],
                  {"amount_yuan": "500000.00", "steps": ["租赁费用200万元 × 30% = 60万元"]})
    assert verify("按运政办发〔2024〕10号第五条（三），百分之三十计算，60万元超过上限，可获500000元。", base) == []
    assert any("比例 40" in p for p in verify("运政办发〔2024〕10号第五条（三）：按40%计算，可获50万元", base))
    assert any("第六条" in p for p in verify("依据运政办发〔2024〕10号第六条、第五条（三），可获50万元", base))
    assert any("缺少" in p for p in verify("运政办发〔2024〕10号第五条（三）：可以获得补助。", base))


@pytest.mark.parametrize(("reply", "caught"), [
    ("可获五十万元。", None),                       # the calculated amount, in Chinese numerals
    ("租金二百万元乘以百分之三十是六十万元，封顶后可获五十万元。", None),
    ("可获六十万元。", "缺少"),  # a step figure presented as the amount: the calculated one is missing
    ("可获五十万元，另有一百万元配套资金。", "1000000"),
    ("可获五十万元，再加两千元手续费补贴。", "2000"),
    ("可获50万元，另补三万五。", "35000"),
    ("可获五十万元，最高可到八十万。", "800000"),
])
def test_verifier_reads_chinese_numerals(reply, caught):
    from assistant.types import Answer, Citation

    base = Answer("answered", "可获 50万元（500,000.00元）", [Citation("运城", "运政办发〔2024〕10号", "第五条（三）",
                  "t", "按照实际建设费用（租赁）的30%给予一次性补助，单个企业单一海外仓补助金额不超过50万元")],
                  {"amount_yuan": "500000.00", "steps": ["租赁费用200万元 × 30% = 60万元"]})
    problems = verify(f"运政办发〔2024〕10号第五条（三）：{reply}", base)
    if caught is None:
        assert problems == [], problems
    else:
        assert any(caught in p for p in problems), problems


def test_real_chatopenai_against_local_server(lexical_index, server):
    _Scripted.replies = [(200, _completion("运城运政办发〔2024〕10号第五条（三）：可获50万元（500,000.00元），"
                                           "以主管部门审核为准。"), 0)]
    model = build_chat_model(AssistantConfig(llm_base_url=server, llm_model="fake", llm_api_key="k"))
    reply = answer(QUESTION, new_session(), _deps(lexical_index, model))
    assert reply.llm_used and "可获50万元" in reply.text
    request = _Scripted.seen[0]
    assert request["model"] == "fake" and request["tools"]  # the calculators were offered as tools
    assert "确定性答复草稿" in request["messages"][-1]["content"]


def test_server_error_and_timeout_fall_back(lexical_index, server):
    _Scripted.replies = [(500, None, 0)]
    model = build_chat_model(AssistantConfig(llm_base_url=server, llm_model="fake"))
    reply = answer(QUESTION, new_session(), _deps(lexical_index, model))
    assert not reply.llm_used and "50万元（500,000.00元）" in reply.text
    _Scripted.replies = [(200, _completion("迟到的答复"), 3)]
    slow = build_chat_model(AssistantConfig(llm_base_url=server, llm_model="fake", llm_timeout=0.5))
    started = time.perf_counter()
    reply = answer(QUESTION, new_session(), _deps(lexical_index, slow))
    assert time.perf_counter() - started < 3 and not reply.llm_used
    assert any(n.startswith("llm_error") for n in reply.notes)
