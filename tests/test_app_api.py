"""The served app over HTTP with gradio_client: chat, feedback, calculator, library, retrieval."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from assistant.feedback import FeedbackStore
from tests.conftest import POLICIES
from tests.webapp_fixtures import build_index, client, start_app

pytestmark = pytest.mark.slow
WAREHOUSE_Q = "运城企业在美国租赁了800平方米的海外仓，使用满一年，租赁费用200万元，能补助多少？"


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    workdir: Path = tmp_path_factory.mktemp("app-api")
    build_index(POLICIES, workdir / "index")
    served = start_app(workdir, index_dir=workdir / "index", extra_env={"POLICY_STREAM_DELAY": "0"})
    yield served
    served.stop()


def _ask(c, question: str, city: str = "") -> tuple[list, dict]:
    history, box, _city, details = c.predict(question, city, api_name="/chat")
    assert box == ""
    return history, details


def _text(message: dict) -> str:
    content = message["content"]
    return content if isinstance(content, str) else "".join(part.get("text", "") for part in content)


def test_对话给出金额和来源(app):
    history, details = _ask(client(app), WAREHOUSE_Q)
    assert details["answer"]["calculation"]["amount_yuan"] == "500000.00"
    assert details["answer"]["citations"][0]["doc_number"] == "运政办发〔2024〕10号"
    assert "50万元（500,000.00元）" in _text(history[1])
    titles = [m.get("metadata", {}).get("title", "") for m in history if m.get("metadata")]
    assert any("运政办发〔2024〕10号 第五条（三）" in t for t in titles)
    assert any(t.startswith("计算过程") for t in titles)


def test_多轮对话沿用会话_新对话重置(app):
    c = client(app)
    _, first = _ask(c, WAREHOUSE_Q)
    history, second = _ask(c, "那如果面积只有400平方米呢？")
    assert second["session_id"] == first["session_id"]
    assert second["answer"]["calculation"]["eligible"] is False
    assert len(history) > 4
    empty, _box, _city, details = c.predict(api_name="/new_conversation")
    assert empty == [] and details == {}
    _, third = _ask(c, "那如果面积只有400平方米呢？")
    assert third["session_id"] != first["session_id"]
    assert third["answer"]["calculation"] is None or third["answer"]["calculation"]["city"] != "运城"


def test_并发会话互不串话(app):
    questions = {
        "运城": WAREHOUSE_Q,
        "潍坊": ("潍坊注册的跨境电商交易平台，纳入全市进出口统计，"
               "去年跨境电商进出口4500万美元，交易额全市排第二，奖励多少？"),
    }

    def converse(city: str) -> list[dict]:
        c = client(app)
        return [_ask(c, questions[city])[1] for _ in range(3)]

    with ThreadPoolExecutor(4) as pool:
        results = dict(zip(["运城", "潍坊"] * 2, pool.map(converse, ["运城", "潍坊"] * 2), strict=True))
    for city, answers in results.items():
        assert {a["answer"]["calculation"]["city"] for a in answers} == {city}
        assert len({a["session_id"] for a in answers}) == 1


def test_下拉框选定的城市用于提问(app):
    _, details = _ask(client(app), "海外仓面积800平方米、租赁满一年、租金200万元，能补多少？", city="运城")
    assert details["city"] == "运城"
    assert details["answer"]["calculation"]["amount_yuan"] == "500000.00"


def test_评价通过接口写入数据库(app):
    c = client(app)
    _, details = _ask(c, WAREHOUSE_Q)
    feedback_id = c.predict(details["session_id"], details["turn_id"], -1, "金额看不懂", api_name="/feedback")
    store = FeedbackStore(app.database_url)
    try:
        assert feedback_id in store.feedback_ids()
        turn = store.turn(details["turn_id"])
        assert turn.session_id == details["session_id"] and turn.question == WAREHOUSE_Q
        assert "金额看不懂" in store.export_csv("feedback")
    finally:
        store.close()
    from gradio_client.exceptions import AppError

    store = FeedbackStore(app.database_url)
    try:
        before = store.feedback_ids()
        with pytest.raises(AppError):  # another session's turn: refused, and nothing is written
            c.predict("someone-else", details["turn_id"], 1, "", api_name="/feedback")
        assert store.feedback_ids() == before
    finally:
        store.close()


def test_计算器接口(app):
    out = client(app).predict("yuncheng.overseas_warehouse",
                              {"warehouse_mode": "租赁", "area_m2": "800平方米", "months_used": "12个月",
                               "cost_cny": "200万元"}, api_name="/calculate")
    assert out["result"]["amount_yuan"] == "500000.00"
    assert "按照实际建设费用（租赁）的30%给予一次性补助" in out["markdown"]


def test_政策库与条款浏览和检索测试(app):
    c = client(app)
    library = c.predict(api_name="/library")
    assert {row[3] for row in library["data"]} >= {"运政办发〔2024〕10号", "潍政办字〔2021〕63号"}
    text = c.predict("yuncheng_2024", "第五条（三）", api_name="/policy_text")
    assert "跨境电商海外仓奖励" in text
    table, details = c.predict("海外仓租赁补助", 3, "运城", api_name="/retrieval_test")
    assert table["data"][0][3] == "第五条（三）" and table["headers"][5:] == ["关键词排名", "向量排名"]
    assert not [c for row in table["data"] for c in row if isinstance(c, float)]  # ranks, no raw scores
    assert "仅关键词" in details


def test_未配置账号时管理页停用且无管理接口(app):
    endpoints = client(app).view_api(print_info=False, return_format="dict")["named_endpoints"]
    assert not [name for name in endpoints if name.startswith("/admin")]
    config = httpx.get(app.url + "config", timeout=10).json()
    assert "POLICY_ADMIN_PASSWORD" in str(config)


def test_页面不引用外部字体或脚本(app):
    page = httpx.get(app.url, timeout=10).text
    css = httpx.get(app.url + "theme.css", timeout=10).text
    assert "fonts.googleapis.com" not in page + css
    assert "WenQuanYi Micro Hei" in css


def test_the_same_process_serves_the_apis_beside_the_ui(app):
    """Issue 15: app.py serves the REST API, the OpenAI-compatible endpoint and /docs with the UI."""
    base = f"http://127.0.0.1:{app.port}"
    with httpx.Client(base_url=base, timeout=60, trust_env=False) as http:
        asked = http.post("/api/v1/ask", json={"message": WAREHOUSE_Q})
        assert asked.status_code == 200
        body = asked.json()
        assert body["calculation"]["amount_yuan"] == "500000.00" and body["session_id"]
        models = http.get("/v1/models").json()
        assert [m["id"] for m in models["data"]] == ["policy-assistant"]
        chat = http.post("/v1/chat/completions", json={"model": "policy-assistant",
                                                       "messages": [{"role": "user", "content": WAREHOUSE_Q}]})
        assert chat.status_code == 200 and "50万元" in chat.json()["choices"][0]["message"]["content"]
        assert http.get("/docs").status_code == 200
        assert http.get("/").status_code == 200 and "gradio" in http.get("/").text.lower()


def test_anonymous_uploads_are_refused_when_admin_is_off(app):
    """Issue 12, finding 4: with the 管理 tab disabled nobody can post files to Gradio's upload
    endpoint (10 × 19 MB were accepted before and kept for good)."""
    with httpx.Client(base_url=f"http://127.0.0.1:{app.port}", timeout=60, trust_env=False) as http:
        response = http.post("/gradio_api/upload", files={"files": ("a.txt", b"x" * 1024, "text/plain")})
        assert response.status_code == 403 and "未开放文件上传" in response.json()["error"]["message"]
