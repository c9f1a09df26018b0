"""The OpenAI-compatible endpoint over real HTTP: build_api served by uvicorn on 127.0.0.1,
driven by the official `openai` client and by LangChain's ChatOpenAI, with a bearer token."""

from __future__ import annotations

import json
import threading
import time
from datetime import date

import httpx
import openai
import pytest
import uvicorn
from langchain_core.messages import AIMessage, HumanMessage
from langchain_openai import ChatOpenAI

from assistant.api import build_api, count_tokens
from assistant.config import ApiSettings, AssistantConfig
from assistant.services import Services
from tests.conftest import free_port

pytestmark = pytest.mark.slow
TOKEN = "sk-policy-test"
MODEL = "policy-assistant"
WAREHOUSE_Q = "运城企业租赁800平方米海外仓，用了一年，租金200万元"
FOLLOW_UP = "那如果面积只有400平方米呢？"
SMALLER = "【不符合】面积在500平方米以上（含）：海外仓面积为400平方米，未满足（第五条（三））"


@pytest.fixture(scope="module")
def base_url(lexical_index):
    """The API on a free port for the module: http://127.0.0.1:N (token required)."""
    app = build_api(Services(lexical_index), AssistantConfig(as_of=date(2025, 6, 30)),
                    ApiSettings(tokens=(TOKEN,)))
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


@pytest.fixture
def client(base_url):
    return openai.OpenAI(base_url=f"{base_url}/v1", api_key=TOKEN, max_retries=0, timeout=60)


def _ask(client, *messages: dict) -> openai.types.chat.ChatCompletion:
    return client.chat.completions.create(model=MODEL, messages=list(messages))


def test_模型列表只有一个模型(client):
    assert [m.id for m in client.models.list()] == [MODEL]
    assert client.models.retrieve(MODEL).owned_by == "policy-assistant"


def test_非流式回答带金额和出处_用量字段齐全(client):
    completion = _ask(client, {"role": "system", "content": "你是政策助手"}, {"role": "user", "content": WAREHOUSE_Q})
    assert completion.object == "chat.completion" and completion.model == MODEL
    choice = completion.choices[0]
    assert choice.finish_reason == "stop" and choice.message.role == "assistant"
    reply = choice.message.content
    assert reply.startswith("**按您提供的情况，运城「跨境电商海外仓奖励」可获 50万元（500,000.00元）。**")
    assert "运政办发〔2024〕10号" in reply and "第五条（三）" in reply
    answer = completion.model_extra["answer"]
    assert answer["status"] == "answered" and answer["text"] == reply
    assert answer["calculation"]["amount_yuan"] == "500000.00"
    usage = completion.usage
    assert usage.prompt_tokens == count_tokens("你是政策助手") + count_tokens(WAREHOUSE_Q) == 6 + 24
    assert usage.completion_tokens == count_tokens(reply) > 0
    assert usage.total_tokens == usage.prompt_tokens + usage.completion_tokens


def test_流式回答逐句送出_拼起来与非流式相同(client):
    whole = _ask(client, {"role": "user", "content": WAREHOUSE_Q}).choices[0].message.content
    chunks = list(client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": WAREHOUSE_Q}],
                                                 stream=True, stream_options={"include_usage": True}))
    assert {c.object for c in chunks} == {"chat.completion.chunk"} and len({c.id for c in chunks}) == 1
    assert chunks[0].choices[0].delta.role == "assistant"
    pieces = [c.choices[0].delta.content for c in chunks if c.choices and c.choices[0].delta.content]
    assert len(pieces) > 5 and "".join(pieces) == whole
    stop = chunks[-2]
    assert stop.choices[0].finish_reason == "stop"
    assert stop.model_extra["answer"]["calculation"]["amount_yuan"] == "500000.00"
    assert chunks[-1].choices == [] and chunks[-1].usage.completion_tokens == count_tokens(whole)


def test_流式响应是协议规定的SSE格式(base_url):
    body = {"model": MODEL, "stream": True, "messages": [{"role": "user", "content": WAREHOUSE_Q}]}
    with httpx.stream("POST", f"{base_url}/v1/chat/completions", json=body, timeout=60,
                      headers={"Authorization": f"Bearer {TOKEN}"}) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        lines = [line for line in response.iter_lines() if line]
    assert all(line.startswith("data: ") for line in lines)
    assert lines[-1] == "data: [DONE]"
    events = [json.loads(line.removeprefix("data: ")) for line in lines[:-1]]
    assert [e["choices"][0]["finish_reason"] for e in events] == [None] * (len(events) - 1) + ["stop"]
    assert "usage" not in events[0]  # only when stream_options.include_usage asks for it


def test_多轮对话由请求中的用户消息重放得出(client):
    first = _ask(client, {"role": "user", "content": WAREHOUSE_Q}).choices[0].message.content
    follow = _ask(client, {"role": "user", "content": WAREHOUSE_Q}, {"role": "assistant", "content": first},
                  {"role": "user", "content": FOLLOW_UP})
    calculation = follow.model_extra["answer"]["calculation"]
    assert (calculation["city"], calculation["eligible"], calculation["amount_yuan"]) == ("运城", False, None)
    assert SMALLER in follow.choices[0].message.content
    alone = _ask(client, {"role": "user", "content": FOLLOW_UP})  # without the first message: no warehouse
    assert alone.model_extra["answer"]["calculation"] is None
    assert SMALLER not in alone.choices[0].message.content


def test_内容可以是文本分段数组(client):
    completion = _ask(client, {"role": "user", "content": [{"type": "text", "text": "运城企业租赁800平方米海外仓，"},
                                                           {"type": "text", "text": "用了一年，租金200万元"}]})
    assert completion.model_extra["answer"]["calculation"]["amount_yuan"] == "500000.00"


def test_错误以中文说明并带正确状态码(client, base_url):
    with pytest.raises(openai.NotFoundError) as caught:
        client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": WAREHOUSE_Q}])
    assert caught.value.status_code == 404
    assert caught.value.body == {
        "code": "model_not_found",
        "message": "没有名为“gpt-4o”的模型，本服务的模型为“policy-assistant”（见 GET /v1/models）。"}
    with pytest.raises(openai.UnprocessableEntityError) as caught:
        _ask(client, {"role": "user", "content": WAREHOUSE_Q}, {"role": "assistant", "content": "好的"})
    assert caught.value.body["message"] == "messages 的最后一条应为用户消息（role 为 user），助手据此作答。"
    with pytest.raises(openai.UnprocessableEntityError) as caught:
        _ask(client, {"role": "system", "content": "你是政策助手"})
    assert caught.value.body["message"] == "messages 中没有用户消息，请至少提供一条 role 为 user 的消息。"
    with pytest.raises(openai.UnprocessableEntityError) as caught:
        _ask(client, {"role": "user", "content": "海" * 2001})
    assert caught.value.body["code"] == "too_long"
    stranger = openai.OpenAI(base_url=f"{base_url}/v1", api_key="sk-wrong", max_retries=0)
    with pytest.raises(openai.AuthenticationError) as caught:
        stranger.models.list()
    assert caught.value.status_code == 401
    assert caught.value.body["message"].startswith("缺少或无效的访问令牌")


def test_LangChain的ChatOpenAI可直接接入(base_url):
    model = ChatOpenAI(model=MODEL, base_url=f"{base_url}/v1", api_key=TOKEN, max_retries=0, timeout=60)
    reply = model.invoke(WAREHOUSE_Q)
    assert "50万元（500,000.00元）" in reply.content and "运政办发〔2024〕10号" in reply.content
    assert reply.usage_metadata["input_tokens"] == count_tokens(WAREHOUSE_Q)
    streamed = "".join(chunk.content for chunk in model.stream(WAREHOUSE_Q))
    assert streamed == reply.content
    follow = model.invoke([HumanMessage(WAREHOUSE_Q), AIMessage(reply.content), HumanMessage(FOLLOW_UP)])
    assert SMALLER in follow.content
