"""The database SessionStore: sessions stored as tagged JSON, and two API replicas sharing one
conversation through one database (SQLite file, and a real PostgreSQL for several replicas)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from assistant.api import build_api
from assistant.config import ApiSettings, AssistantConfig
from assistant.figures import (
    AtRate,
    Competing,
    Difference,
    InDollars,
    InForeign,
    InYuan,
    LessOtherTrade,
    PerPeriod,
    Remainder,
    Shared,
    Summed,
)
from assistant.services import Services
from assistant.sessions import (
    DatabaseSessionStore,
    MemorySessionStore,
    SessionNotFound,
    dump_session,
    load_session,
    make_session_store,
)
from assistant.types import Session
from calculators.quantity import AtLeast, Below, Period, Quantity
from tests.test_postgres import postgres_url  # noqa: F401  (the real server fixture)

AS_OF = date(2025, 6, 30)
FIRST = "运城企业租赁海外仓能补多少？"
SECOND = "面积800平方米，用了一年，租金200万元"


def _session() -> Session:
    return Session(city="运城", measure="yuncheng.overseas_warehouse", pending=["area_m2"], said=[FIRST],
                   last_intent="calculate", topic=None, turns=2, facts={
                       "cost_cny": Decimal("2000000.00"), "area_m2": Decimal("800"), "months_used": 12,
                       "warehouse_mode": "租赁", "qualified": True, "countries": ["美国", "德国"],
                       "subsidy": Summed(Decimal("130000"), ("8万", "5万"), labels=("认证费", "商标注册")),
                       "rent_usd": InDollars(Decimal("300000"), "30万美元"),
                       "booth_eur": InForeign(Decimal("6000"), "6000欧元", "欧元"),
                       "booth_cny": AtRate(Decimal("42000"), "6000欧元 × 欧元汇率7"),
                       "increase": Difference(Decimal("15000000"), "6000万美元 − 4500万美元"),
                       "rent_year": PerPeriod(Decimal("720000"), "每月6万 × 12个月"),
                       "booth_fee": Shared(Decimal("25000"), "展位费5万 ÷ 2个"),
                       "export_cny": InYuan(Decimal("200000"), "20万块钱"),
                       "active": Remainder(Decimal("19"), "25家 − 6家"),
                       "trade": LessOtherTrade(Decimal("60000000"), "9200万 − 3200万（一般贸易）", Decimal("92000000")),
                       "revenue": Competing((Decimal("100"), Decimal("200")), ("100万", "200万")),
                       "employees": AtLeast(Decimal("36"), "months"),
                       "fee": AtLeast(Decimal("5"), "CNY", Decimal("6")),
                       "above": AtLeast(Decimal("5000"), "USD", strict=True), "share": Below(Decimal("12"), "percent"),
                       "period": Period(date(2024, 3, 1), date(2025, 2, 28), "2024年3月租到2025年2月"),
                       "event_date": date(2025, 1, 5), "rate": 7.1, "nothing": None,
                       "raw": Quantity(Decimal("5"), "CNY", "5万元", (0, 3), "万元")},
                   settled={"yuncheng.demo_enterprise": {"demo_level": "国家级", "event_date": "2025年"},
                            "yuncheng.overseas_warehouse": {"cost_cny": Decimal("800000"),
                                                            "period": Period(date(2024, 3, 1), date(2025, 3, 1), "")}})


def test_会话存成带类型的JSON再原样读回():
    before = _session()
    after = load_session(dump_session(before))
    assert after == before
    for name, value in before.facts.items():
        assert type(after.facts[name]) is type(value), name
    assert after.settled == before.settled and list(after.settled) == list(before.settled)  # the order is the turns'
    assert type(after.settled["yuncheng.overseas_warehouse"]["period"]) is Period
    assert after.facts["subsidy"].parts == ("8万", "5万")
    assert after.facts["subsidy"].labels == ("认证费", "商标注册")
    assert after.facts["rent_usd"].words == "30万美元"
    assert (after.facts["booth_eur"].words, after.facts["booth_eur"].currency) == ("6000欧元", "欧元")
    assert after.facts["rent_year"].words == "每月6万 × 12个月"
    assert after.facts["trade"].whole == Decimal("92000000")  # (a part put right again is taken from the total told)
    assert load_session('{"id": "x", "turns": 1, "later_field": 3}') == Session(id="x", turns=1)


def test_会话里放不进去的值说清楚():
    with pytest.raises(TypeError, match="object"):
        dump_session(Session(facts={"odd": object()}))


def test_数据库会话存取与过期(tmp_path: Path):
    now = [1000.0]
    store = DatabaseSessionStore(f"sqlite:///{tmp_path / 'sessions.sqlite3'}", ttl_seconds=60, clock=lambda: now[0])
    try:
        with store.open(None) as session:
            session.facts["cost_cny"] = Decimal("2000000")
        with store.open(session.id) as again:
            assert again.facts == {"cost_cny": Decimal("2000000")}
            again.city = "运城"
        with pytest.raises(RuntimeError), store.open(session.id) as failing:
            failing.city = "济南"
            raise RuntimeError  # a failed turn saves nothing
        with store.open(session.id) as kept:
            assert kept.city == "运城"
        assert len(store) == 1
        now[0] += 61
        with pytest.raises(SessionNotFound):
            store.open(session.id).__enter__()
        with pytest.raises(SessionNotFound):
            store.open("no-such-session").__enter__()
        assert len(store) == 0
    finally:
        store.close()


def test_按设置选择会话存储(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.delenv("POLICY_SESSION_STORE", raising=False)
    monkeypatch.setenv("POLICY_DATABASE_URL", "postgresql+psycopg://policy@db/policy")
    assert ApiSettings.from_env().session_store == "database"
    monkeypatch.setenv("POLICY_DATABASE_URL", f"sqlite:///{tmp_path / 'f.sqlite3'}")
    assert ApiSettings.from_env().session_store == "memory"
    monkeypatch.setenv("POLICY_SESSION_STORE", "database")
    assert ApiSettings.from_env().session_store == "database"
    store = make_session_store("database", 60, 10)
    assert isinstance(store, DatabaseSessionStore) and store.url.endswith("f.sqlite3")
    store.close()
    assert isinstance(make_session_store("memory", 60, 10), MemorySessionStore)
    with pytest.raises(ValueError, match="POLICY_SESSION_STORE"):
        make_session_store("redis", 60, 10)


def _alternate(url: str, services: Services) -> list[dict]:
    """One conversation, its turns alternating between two API instances on one database."""
    stores = [DatabaseSessionStore(url), DatabaseSessionStore(url)]
    try:
        replicas = [TestClient(build_api(services, AssistantConfig(as_of=AS_OF), ApiSettings(), store=store))
                    for store in stores]
        first = replicas[0].post("/api/v1/ask", json={"message": FIRST}).json()
        second = replicas[1].post("/api/v1/ask", json={"message": SECOND, "session_id": first["session_id"]}).json()
        with stores[0].open(first["session_id"]) as stored:  # what replica 2 saved, read by replica 1
            assert stored.facts["cost_cny"] == Decimal("2000000") and stored.turns == 2
            assert stored.measure == "yuncheng.overseas_warehouse"
        third = replicas[0].post("/api/v1/ask", json={"message": "那济南呢？", "session_id": first["session_id"]})
        assert third.status_code == 200 and third.json()["session_id"] == first["session_id"]
        return [first, second, third.json()]
    finally:
        for store in stores:
            store.close()


@pytest.fixture(scope="module")
def services(lexical_index):
    return Services(lexical_index)


def _check(first: dict, second: dict) -> None:
    assert first["status"] == "needs_info" and first["calculation"]["missing_inputs"]
    assert second["session_id"] == first["session_id"]
    assert second["status"] == "answered"
    calc = second["calculation"]
    assert (calc["amount_yuan"], calc["eligible"], calc["clause"]) == ("500000.00", True, "第五条（三）")


def test_两个实例共用SQLite会话(services: Services, tmp_path: Path):
    first, second, _third = _alternate(f"sqlite:///{tmp_path / 'shared.sqlite3'}", services)
    _check(first, second)


@pytest.mark.slow
def test_两个副本在PostgreSQL上轮流回答一个对话(services: Services, postgres_url: str):  # noqa: F811
    first, second, _third = _alternate(postgres_url, services)
    _check(first, second)
    store = DatabaseSessionStore(postgres_url)
    try:
        assert store.url.startswith("postgresql")
        with store.open(first["session_id"]) as session:
            assert session.turns == 3 and session.city == "济南"
    finally:
        store.close()
