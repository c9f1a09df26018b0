"""The REST API in process (FastAPI's TestClient over build_api on the lexical test index):
every route's answer, its refusals as {"error": {"code", "message"}}, the body limit, tokens,
and the session store behind /api/v1/ask."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from fastapi.testclient import TestClient

from assistant.api import build_api
from assistant.config import ApiSettings, AssistantConfig
from assistant.deps import build_deps
from assistant.engine import answer, new_session
from assistant.services import Services
from assistant.sessions import MemorySessionStore, SessionNotFound

AS_OF = date(2025, 6, 30)  # 运城 in force, 潍坊 expired
WAREHOUSE_Q = "运城企业租赁800平方米海外仓，用了一年，租金200万元"
WAREHOUSE = {"warehouse_mode": "租赁", "area_m2": "800平方米", "months_used": 12, "cost_cny": "200万元"}
CITIES = "济南、六安、秦皇岛、潍坊、运城"
TOKENS = ("token-one", "token-two")


@pytest.fixture(scope="module")
def services(lexical_index):
    return Services(lexical_index)


@pytest.fixture(scope="module")
def client(services):
    return TestClient(build_api(services, AssistantConfig(as_of=AS_OF), ApiSettings()))


@pytest.fixture(scope="module")
def secured(services):
    return TestClient(build_api(services, AssistantConfig(as_of=AS_OF), ApiSettings(tokens=TOKENS)))


def error(response, status: int, code: str) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}
    assert body["error"]["code"] == code
    return body["error"]["message"]


# -- /api/v1/ask --------------------------------------------------------------------------
def test_提问返回与引擎相同的回答JSON和会话编号(client, lexical_index):
    response = client.post("/api/v1/ask", json={"message": WAREHOUSE_Q})
    assert response.status_code == 200
    body = response.json()
    session_id = body.pop("session_id")
    assert len(session_id) == 32
    expected = answer(WAREHOUSE_Q, new_session(), build_deps(lexical_index, config=AssistantConfig(as_of=AS_OF)))
    assert body == expected.to_dict()
    assert body["status"] == "answered"
    assert body["calculation"]["amount_yuan"] == "500000.00" and body["calculation"]["eligible"] is True
    first = body["citations"][0]
    assert (first["doc_number"], first["clause"]) == ("运政办发〔2024〕10号", "第五条（三）")
    assert "50万元（500,000.00元）" in body["text"]


def test_带会话编号的追问沿用上文_不带则是新对话(client):
    first = client.post("/api/v1/ask", json={"message": WAREHOUSE_Q}).json()
    follow = client.post("/api/v1/ask", json={"message": "那如果面积只有400平方米呢？",
                                              "session_id": first["session_id"]}).json()
    assert follow["session_id"] == first["session_id"]
    assert follow["calculation"]["city"] == "运城" and follow["calculation"]["eligible"] is False
    assert follow["calculation"]["unmet_conditions"] == [
        "面积在500平方米以上（含）：海外仓面积为400平方米，未满足（第五条（三））"]
    fresh = client.post("/api/v1/ask", json={"message": "那如果面积只有400平方米呢？"}).json()
    assert fresh["session_id"] != first["session_id"]
    assert fresh["calculation"] is None


def test_未知或过期的会话编号是404(client):
    message = error(client.post("/api/v1/ask", json={"message": WAREHOUSE_Q, "session_id": "abc"}),
                    404, "session_not_found")
    assert message == "会话“abc”不存在或已过期（闲置超过60分钟即清除），请不带 session_id 提问以开始新会话。"


@pytest.mark.parametrize("message", ["", "   \n"])
def test_空问题是422(client, message):
    assert error(client.post("/api/v1/ask", json={"message": message}), 422, "empty") == (
        "问题不能为空，例如：“运城企业租赁海外仓能补多少？”，并说明面积、租金（或建设费用）、使用时间等情况。")


def test_超长问题按聊天的字数上限拒绝(client):
    assert error(client.post("/api/v1/ask", json={"message": "海" * 2001}), 422, "too_long") == (
        "问题有2001个字，超过了2000字的上限。请只保留问题本身（城市、项目和关键数字）。")
    assert client.post("/api/v1/ask", json={"message": "海" * 2000}).status_code == 200


def test_字段缺失_多余_类型错误都以中文说明(client):
    message = error(client.post("/api/v1/ask", json={"question": WAREHOUSE_Q}), 422, "invalid")
    assert message == "请求内容不符合接口要求：message 缺失；question 是不认识的字段。接口说明见 /docs。"
    message = error(client.post("/api/v1/ask", json={"message": 12, "session_id": ["x"]}), 422, "invalid")
    assert message == "请求内容不符合接口要求：message 应为字符串；session_id 应为字符串。接口说明见 /docs。"
    message = error(client.post("/api/v1/ask", json=[WAREHOUSE_Q]), 422, "invalid")
    assert message == "请求内容不符合接口要求：请求体 应为 JSON 对象。接口说明见 /docs。"


def test_不是JSON的请求体是400(client):
    response = client.post("/api/v1/ask", content='{"message": "运城'.encode(),
                           headers={"Content-Type": "application/json"})
    assert error(response, 400, "bad_json").startswith("请求体不是有效的 JSON（第13个字符附近：")


def test_超过上限的请求体是413_无论是否声明长度(services):
    small = TestClient(build_api(services, AssistantConfig(as_of=AS_OF), ApiSettings(max_body_bytes=200)))
    expected = "请求体超过200字节的上限，请精简内容后重试。"
    body = ('{"message": "' + "海" * 100 + '"}').encode()
    assert len(body) > 200
    assert error(small.post("/api/v1/ask", content=body, headers={"Content-Type": "application/json"}),
                 413, "too_large") == expected

    def chunked():  # no Content-Length: the bytes are counted as they arrive
        yield body[:100]
        yield body[100:]

    response = small.post("/api/v1/ask", content=chunked(), headers={"Content-Type": "application/json"})
    assert response.request.headers["transfer-encoding"] == "chunked"
    assert error(response, 413, "too_large") == expected
    assert error(small.post("/v1/chat/completions", content=body, headers={"Content-Type": "application/json"}),
                 413, "too_large") == expected
    assert small.post("/api/v1/ask", json={"message": WAREHOUSE_Q}).status_code == 200


# -- /api/v1/calculate --------------------------------------------------------------------
def test_计算器给出金额步骤和条款(client):
    response = client.post("/api/v1/calculate", json={"measure_id": "yuncheng.overseas_warehouse", "inputs": WAREHOUSE})
    assert response.status_code == 200
    result = response.json()
    assert (result["amount_yuan"], result["eligible"], result["clause"]) == ("500000.00", True, "第五条（三）")
    assert result["doc_number"] == "运政办发〔2024〕10号" and result["as_of"] == "2025-06-30"
    assert result["steps"][-1] == "可获：50万元（500,000.00元）"
    assert result["missing_inputs"] == [] and result["expired"] is False


def test_计算器按请求的日期判断有效期_缺项时说明缺什么(client):
    later = client.post("/api/v1/calculate", json={"measure_id": "yuncheng.overseas_warehouse", "inputs": WAREHOUSE,
                                                   "as_of": "2026-11-23"}).json()
    assert later["expired"] is True and later["as_of"] == "2026-11-23"
    assert any("已失效" in w for w in later["warnings"])
    partial = client.post("/api/v1/calculate", json={"measure_id": "yuncheng.overseas_warehouse",
                                                     "inputs": {"area_m2": 800}}).json()
    assert partial["amount_yuan"] is None and partial["eligible"] is None
    assert partial["missing_input_names"] == ["warehouse_mode", "months_used", "cost_cny"]


def test_计算器拒绝未知项目_未知输入项和错误取值(client):
    assert error(client.post("/api/v1/calculate", json={"measure_id": "yuncheng.nothing"}), 404,
                 "measure_not_found") == "未找到测算项目“yuncheng.nothing”。全部项目及其编号见 GET /api/v1/measures。"
    message = error(client.post("/api/v1/calculate", json={"measure_id": "yuncheng.overseas_warehouse",
                                                           "inputs": {"area": 800, "rent": "200万元"}}),
                    422, "unknown_inputs")
    assert message == ("不认识这些输入项：area、rent。"
                       "该项目的输入项：warehouse_mode、area_m2、months_used、country、one_off_received、"
                       "operates_in_yuncheng、cost_cny。")
    message = error(client.post("/api/v1/calculate", json={"measure_id": "yuncheng.overseas_warehouse",
                                                           "inputs": {"area_m2": {"value": 800}}}), 422, "invalid")
    assert message == ("请求内容不符合接口要求：inputs.area_m2 应为文字、数字、true/false 或文字数组，"
                       "如“200万元”、800、true、[\"9610\", \"9710\"]。接口说明见 /docs。")
    message = error(client.post("/api/v1/calculate", json={"measure_id": "yuncheng.overseas_warehouse",
                                                           "as_of": "2025-13-01"}), 422, "invalid")
    assert message == "请求内容不符合接口要求：as_of 应为日期（如 2025-06-30）。接口说明见 /docs。"


# -- /api/v1/match ------------------------------------------------------------------------
def test_按企业情况匹配城市的全部项目(client):
    response = client.post("/api/v1/match", json={"city": "运城市", "profile": WAREHOUSE})
    assert response.status_code == 200
    report = response.json()
    assert report["city"] == "运城" and report["as_of"] == "2025-06-30"
    assert [(r["measure"], r["amount_yuan"]) for r in report["eligible"]] == [
        ("yuncheng.overseas_warehouse", "500000.00")]
    assert report["total_yuan"] == "500000.00"
    others = report["blocked"] + report["needs_info"] + report["no_figure"] + report["superseded"]
    assert {r["city"] for r in others} == {"运城"}


def test_匹配拒绝未知城市_空情况和未知输入项(client):
    assert error(client.post("/api/v1/match", json={"city": "北京", "profile": WAREHOUSE}), 404,
                 "city_not_found") == f"没有“北京”的政策文件。目前收录的城市：{CITIES}。"
    assert error(client.post("/api/v1/match", json={"profile": {"area_m2": ""}}), 422, "empty_profile") == (
        '请至少填写一项企业情况（profile），例如 {"area_m2": "800平方米", "cost_cny": "200万元"}。')
    assert error(client.post("/api/v1/match", json={"profile": {"面积": "800平方米"}}), 422, "unknown_inputs") == (
        "不认识这些输入项：面积。各项目的输入项见 GET /api/v1/measures。")
    assert error(client.post("/api/v1/match", json={"city": "运城"}), 422, "invalid") == (
        "请求内容不符合接口要求：profile 缺失。接口说明见 /docs。")


# -- /api/v1/policies, /api/v1/measures ---------------------------------------------------
def test_政策库列出全部文件和有效状态(client):
    body = client.get("/api/v1/policies").json()
    assert body["as_of"] == "2025-06-30"
    by_city = {p["city"]: p for p in body["policies"]}
    assert set(by_city) == set(CITIES.split("、"))
    assert (by_city["运城"]["doc_number"], by_city["运城"]["status"], by_city["运城"]["status_text"]) == (
        "运政办发〔2024〕10号", "valid", "有效")
    assert (by_city["潍坊"]["status"], by_city["潍坊"]["expired"], by_city["潍坊"]["valid_until"]) == (
        "expired", True, "2024-05-31")
    assert by_city["济南"]["status"] == "unknown"
    one = client.get("/api/v1/policies", params={"city": "运城市"}).json()["policies"]
    assert [p["doc_number"] for p in one] == ["运政办发〔2024〕10号"]
    assert error(client.get("/api/v1/policies", params={"city": "火星"}), 404, "city_not_found") == (
        f"没有“火星”的政策文件。目前收录的城市：{CITIES}。")


def test_测算项目列表带输入项说明(client, services):
    everything = client.get("/api/v1/measures").json()["measures"]
    assert [m["id"] for m in everything] == [m.id for m in services.rulebook.measures]
    yuncheng = client.get("/api/v1/measures", params={"city": "运城"}).json()["measures"]
    assert {m["city"] for m in yuncheng} == {"运城"}
    warehouse = next(m for m in yuncheng if m["id"] == "yuncheng.overseas_warehouse")
    assert (warehouse["clause"], warehouse["name"]) == ("第五条（三）", "跨境电商海外仓奖励")
    # (country: 海外仓在境外; operates_in_yuncheng: 第二条's scope, an optional yes/no every 运城 measure takes)
    assert [i["name"] for i in warehouse["inputs"]] == ["warehouse_mode", "area_m2", "months_used", "country",
                                                        "one_off_received", "operates_in_yuncheng", "cost_cny"]
    assert warehouse["inputs"][1]["unit"] == "平方米"
    assert error(client.get("/api/v1/measures", params={"city": "北京"}), 404, "city_not_found")


def test_未知接口和错误方法也是中文JSON错误(client):
    assert error(client.get("/api/v1/nothing"), 404, "not_found") == (
        "没有这个接口：GET /api/v1/nothing。接口说明见 /docs。")
    assert error(client.get("/api/v1/ask"), 405, "method_not_allowed") == (
        "接口 /api/v1/ask 不支持 GET 请求。接口说明见 /docs。")


def test_接口文档在docs(client):
    assert client.get("/docs").status_code == 200
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/v1/ask", "/api/v1/calculate", "/api/v1/match", "/api/v1/policies", "/api/v1/measures",
            "/v1/chat/completions", "/v1/models"} <= set(paths)


# -- tokens -------------------------------------------------------------------------------
UNAUTHORIZED = "缺少或无效的访问令牌。请在请求头中加入“Authorization: Bearer <令牌>”，令牌向系统管理员索取。"


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"}, {"Authorization": "token-one"},
                                     {"Authorization": "Basic dG9rZW4tb25l"}])
def test_设置令牌后缺少或错误的令牌是401(secured, headers):
    for response in (secured.get("/api/v1/measures", headers=headers), secured.get("/v1/models", headers=headers),
                     secured.post("/api/v1/ask", json={"message": WAREHOUSE_Q}, headers=headers),
                     secured.post("/api/v1/ask", content=b"{not json", headers=headers)):
        assert error(response, 401, "unauthorized") == UNAUTHORIZED
        assert response.headers["www-authenticate"] == "Bearer"


@pytest.mark.parametrize("token", TOKENS)
def test_设置令牌后任一有效令牌都可访问(secured, token):
    headers = {"Authorization": f"Bearer {token}"}
    assert secured.get("/api/v1/policies", headers=headers).status_code == 200
    reply = secured.post("/api/v1/ask", json={"message": WAREHOUSE_Q}, headers=headers).json()
    assert reply["calculation"]["amount_yuan"] == "500000.00"
    assert secured.get("/v1/models", headers=headers).json()["data"][0]["id"] == "policy-assistant"


def test_令牌不挡接口文档_文档里写明令牌方式(secured, client):
    assert secured.get("/docs").status_code == 200
    schema = secured.get("/openapi.json").json()
    assert schema["components"]["securitySchemes"]["HTTPBearer"] == {"type": "http", "scheme": "bearer"}
    assert "securitySchemes" not in client.get("/openapi.json").json().get("components", {})


# -- the session store --------------------------------------------------------------------
class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_会话闲置超时后忘记_超出上限时最久未用的先走():
    clock = Clock()
    store = MemorySessionStore(max_sessions=2, ttl_seconds=60, clock=clock)
    with store.open(None) as first:
        first.city = "运城"
    clock.now += 59
    with store.open(first.id) as again:
        assert again is first and again.city == "运城"
    clock.now += 59  # idle time counts from the last use
    with store.open(first.id):
        pass
    with store.open(None) as second, store.open(None) as third:
        pass
    assert len(store) == 2
    with pytest.raises(SessionNotFound):
        store.open(first.id).__enter__()  # the least recently used one went
    with store.open(second.id), store.open(third.id):
        pass
    clock.now += 61
    with pytest.raises(SessionNotFound):
        store.open(third.id).__enter__()
    assert len(store) == 0


def test_同一会话的请求依次处理():
    store = MemorySessionStore()
    with store.open(None) as session:
        pass
    inside, order = threading.Event(), []

    def second() -> None:
        inside.wait()
        with store.open(session.id) as same:
            order.append(("second", same.turns))

    thread = threading.Thread(target=second)
    thread.start()
    with store.open(session.id) as held:
        inside.set()
        thread.join(0.3)
        assert thread.is_alive()  # waiting for the first request to finish
        held.turns = 1
        order.append(("first", held.turns))
    thread.join(5)
    assert order == [("first", 1), ("second", 1)]
