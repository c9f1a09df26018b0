"""Issue 14, the policy lifecycle, on real components (a private corpus, real ingest, a real
index): uploads that replace ask first and keep the old version; delete and restore; a
superseding document with its published rule file changes the chat's answer and names the old
one; an unpublished policy's amount question gets "规则尚未发布"; a draft whose figure is not in
its clause is refused at publication."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from assistant import lifecycle
from assistant.admin import AdminService
from assistant.api import build_api
from assistant.config import ApiSettings, AssistantConfig
from assistant.deps import build_deps
from assistant.engine import answer, new_session
from assistant.feedback import FeedbackStore
from assistant.services import Services
from assistant.versions import PolicyVersions
from calculators.tools import build_tools, tool_name
from ingest.pipeline import run_ingest
from tests.webapp_fixtures import ADMIN_PASSWORD, ADMIN_USER, NEW_POLICY

AS_OF = date(2026, 11, 29)
WAREHOUSE = "运城企业租赁800平方米海外仓，用了一年，租金200万元，补多少？"

# A synthetic successor of 运政办发〔2024〕10号 (40 %, cap 60万, repealing the 2024 measures) and its
# rule file as `python -m calculators draft` leaves it for review (status: draft).
DATA = Path(__file__).parent / "lifecycle_data"
YUNCHENG_2026 = (DATA / "yuncheng_2026.txt").read_text(encoding="utf-8")
YUNCHENG_2026_RULES = (DATA / "yuncheng_2026.yaml").read_text(encoding="utf-8")


@pytest.fixture
def admin_env(monkeypatch):
    monkeypatch.setenv("POLICY_ADMIN_USER", ADMIN_USER)
    monkeypatch.setenv("POLICY_ADMIN_PASSWORD", ADMIN_PASSWORD)


@pytest.fixture
def desk(settings, tmp_path: Path, admin_env):
    """Services and the admin service over a private corpus and index, and a logged-in admin."""
    run_ingest(settings)
    store = FeedbackStore(f"sqlite:///{tmp_path / 'fb.sqlite3'}")
    services = Services(settings, store)
    admin = AdminService(services)
    session, _ = admin.login(ADMIN_USER, ADMIN_PASSWORD)
    yield services, admin, session
    store.close()


def _upload(tmp_path: Path, name: str, content: str) -> str:
    folder = tmp_path / "upload"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(content, encoding="utf-8")
    return str(folder / name)


def _ask(settings, *turns: str):
    deps = build_deps(settings, as_of=AS_OF)
    session = new_session()
    reply = None
    for turn in turns:
        reply = answer(turn, session, deps)
    return reply


def test_同名上传先确认_替换后旧版本进入版本库并记入变更记录(desk, settings, tmp_path):
    _services, admin, session = desk
    old_text = (settings.data_dir / "weifang_2021.txt").read_text(encoding="utf-8")
    new_text = old_text.replace("30%的标准", "35%的标准", 1)
    assert new_text != old_text
    path = _upload(tmp_path, "weifang_2021.txt", new_text)
    views = list(admin.upload_and_ingest(session, path))
    assert len(views) == 1 and views[0].confirm
    assert "需要确认替换" in views[0].progress and "weifang_2021.txt" in views[0].progress
    assert (settings.data_dir / "weifang_2021.txt").read_text(encoding="utf-8") == old_text  # nothing saved

    final = list(admin.upload_and_ingest(session, path, replace=True))[-1]
    assert "导入完成" in final.summary and "移入版本库" in final.progress
    assert (settings.data_dir / "weifang_2021.txt").read_text(encoding="utf-8") == new_text
    assert not (settings.data_dir / "weifang_2021.meta.yaml").exists()  # the old sidecar went with the old file
    kept = PolicyVersions(settings.data_dir).versions()
    assert [v.name for v in kept] == ["weifang_2021.txt"] and kept[0].reason == "replaced"
    assert kept[0].doc_number == "潍政办字〔2021〕63号"
    entry = PolicyVersions(settings.data_dir).audit()[0]
    assert (entry.user, entry.action, entry.target) == (ADMIN_USER, "replace", "weifang_2021.txt")
    assert entry.at.endswith("+08:00")  # 北京时间
    assert any(r[0] == kept[0].id and r[4] == "被新版本替换" for r in admin.documents(session))


def test_同文号不同文件名也先确认替换(desk, settings, tmp_path):
    _services, admin, session = desk
    text = (settings.data_dir / "luan_2019.txt").read_text(encoding="utf-8")
    views = list(admin.upload_and_ingest(session, _upload(tmp_path, "luan_2019_new.txt", text)))
    assert views[-1].confirm and "六政办秘〔2019〕4号" in views[-1].progress
    list(admin.upload_and_ingest(session, _upload(tmp_path, "luan_2019_new.txt", text), replace=True))
    assert not (settings.data_dir / "luan_2019.txt").exists()
    assert (settings.data_dir / "luan_2019_new.txt").exists()
    assert PolicyVersions(settings.data_dir).versions()[0].name == "luan_2019.txt"


def test_删除与恢复_每次都重建索引并记录(desk, settings):
    services, admin, session = desk
    views = list(admin.delete(session, "luan_2019.txt"))
    assert "导入完成" in views[-1].summary
    assert "六安" not in [p.city for p in services.retriever.policies()]
    assert not (settings.data_dir / "luan_2019.txt").exists()
    version = PolicyVersions(settings.data_dir).versions()[0]
    assert (version.name, version.reason) == ("luan_2019.txt", "deleted")

    views = list(admin.restore(session, version.id))
    assert "导入完成" in views[-1].summary and "已恢复 luan_2019.txt" in views[-1].progress
    assert "六安" in [p.city for p in services.retriever.policies()]
    assert (settings.data_dir / "luan_2019.meta.yaml").exists()  # the sidecar came back with it
    assert PolicyVersions(settings.data_dir).versions() == []
    actions = [e.action for e in PolicyVersions(settings.data_dir).audit()]
    assert actions == ["restore", "delete"]
    assert list(admin.delete(session, "../etc/passwd"))[-1].progress.startswith("找不到")


def test_恢复被替换的版本_当前版本同样保留(desk, settings, tmp_path):
    _services, admin, session = desk
    old_text = (settings.data_dir / "jinan_2021.txt").read_text(encoding="utf-8")
    list(admin.upload_and_ingest(session, _upload(tmp_path, "jinan_2021.txt", old_text + "\n"), replace=True))
    replaced = PolicyVersions(settings.data_dir).versions()[0]
    list(admin.restore(session, replaced.id))
    assert (settings.data_dir / "jinan_2021.txt").read_text(encoding="utf-8") == old_text
    assert [v.name for v in PolicyVersions(settings.data_dir).versions()] == ["jinan_2021.txt"]  # the newer one


def test_未发布规则的政策问金额_答复规则尚未发布并引用条款(desk, settings, tmp_path):
    _services, admin, session = desk
    list(admin.upload_and_ingest(session, _upload(tmp_path, "linfen_2025.txt", NEW_POLICY)))
    reply = _ask(settings, "临汾企业租赁400平方米海外仓，租金100万元，能补多少？")
    assert "测算规则尚未发布" in reply.text
    assert reply.calculation is None and reply.status == "answered"
    assert reply.citations and reply.citations[0].doc_number == "临政办发〔2025〕7号"
    assert "20%" in reply.citations[0].quote
    # not an amount question: the quotes, as before
    other = _ask(settings, "临汾对海外仓有什么奖励？")
    assert "尚未发布" not in other.text


def test_新文件废止旧文件_规则发布前不给金额_发布后按新文件测算并点名旧文件(desk, settings, tmp_path):
    services, admin, session = desk
    list(admin.upload_and_ingest(session, _upload(tmp_path, "yuncheng_2026.txt", YUNCHENG_2026)))
    sups = lifecycle.supersessions(services.retriever.snapshot)
    assert [(s.old.doc_number, s.new.doc_number, s.reason) for s in sups] == [
        ("运政办发〔2024〕10号", "运政办发〔2026〕5号", "repeal")]

    before = _ask(settings, WAREHOUSE)  # the 2024 rule no longer answers; the new one is not published
    assert "测算规则尚未发布" in before.text and before.calculation is None
    assert "运政办发〔2024〕10号" in before.text and "500000" not in before.text

    drafts = tmp_path / "drafts"
    drafts.mkdir()
    (drafts / "yuncheng_2026.yaml").write_text(YUNCHENG_2026_RULES, encoding="utf-8")
    wrong = YUNCHENG_2026_RULES.replace("{value: 60, unit: 万元", "{value: 70, unit: 万元")
    refused = admin.publish(session, None, wrong)
    assert "未发布" in refused and "“70万元”" in refused and "第一条" in refused
    assert _ask(settings, WAREHOUSE).calculation is None  # still nothing published

    review = admin.review(session, None, YUNCHENG_2026_RULES)
    assert "检查通过" in review and "算例" in review and "按照实际建设费用（租赁）的40%" in review
    assert "已发布" in admin.publish(session, None, YUNCHENG_2026_RULES)
    assert PolicyVersions(settings.data_dir).audit()[0].action == "publish"

    after = _ask(settings, WAREHOUSE)
    assert after.calculation["amount_yuan"] == "600000.00"
    assert after.calculation["clause"] == "第一条"
    assert "运政办发〔2024〕10号已被运政办发〔2026〕5号废止" in after.text
    assert any(c.doc_number == "运政办发〔2026〕5号" for c in after.citations)

    dated = _ask(settings, "运城企业2024年租赁800平方米海外仓，用了一年，租金200万元，补多少？")
    assert dated.calculation["amount_yuan"] == "500000.00"  # the 2024 rule, for 2024 expenses
    assert "按问题所说的时间（2024年），适用运政办发〔2024〕10号" in dated.text

    rows = {r[3]: r for r in services.library(today=AS_OF)}
    assert rows["运政办发〔2024〕10号"][8] == "已被运政办发〔2026〕5号取代"
    assert rows["运政办发〔2026〕5号"][8] == "有效" and rows["运政办发〔2026〕5号"][10:] == ["1", "0"]
    _markdown, result = services.calculate("yuncheng.overseas_warehouse_2026", {
        "warehouse_mode": "租赁", "area_m2": "800平方米", "months_used": "12个月", "cost_cny": "200万元"})
    assert result["amount_yuan"] == "600000.00"


def test_发布的规则经REST接口测算和匹配_模型工具也能读到_无需重启(desk, settings, tmp_path):
    services, admin, session = desk
    list(admin.upload_and_ingest(session, _upload(tmp_path, "yuncheng_2026.txt", YUNCHENG_2026)))
    # built before the publication, as in a serving process: it must see the publication at once
    client = TestClient(build_api(services, AssistantConfig(as_of=AS_OF), ApiSettings()))
    measure = "yuncheng.overseas_warehouse_2026"
    inputs = {"warehouse_mode": "租赁", "area_m2": "800平方米", "months_used": "12个月", "cost_cny": "200万元"}
    unknown = client.post("/api/v1/calculate", json={"measure_id": measure, "inputs": inputs})
    assert unknown.status_code == 404 and unknown.json()["error"]["code"] == "measure_not_found"

    assert "已发布" in admin.publish(session, None, YUNCHENG_2026_RULES)

    computed = client.post("/api/v1/calculate", json={"measure_id": measure, "inputs": inputs})
    assert computed.status_code == 200, computed.text
    assert computed.json()["amount_yuan"] == "600000.00" and computed.json()["clause"] == "第一条"
    matched = client.post("/api/v1/match", json={"profile": inputs, "city": "运城"})
    assert matched.status_code == 200, matched.text
    assert any(r["measure"] == measure and r["amount_yuan"] == "600000.00" for r in matched.json()["eligible"])
    listed = client.get("/api/v1/measures", params={"city": "运城"}).json()["measures"]
    assert measure in [m["id"] for m in listed]
    asked = client.post("/api/v1/ask", json={"message": WAREHOUSE}).json()
    assert asked["calculation"]["amount_yuan"] == "600000.00"
    # the model's calculator tools are built from the same rule book
    tools = build_tools("运城", build_deps(settings, as_of=AS_OF).rulebook)
    assert tool_name(measure) in [t.name for t in tools]


def test_政策库与导入摘要显示每份文件的覆盖情况(desk, settings, tmp_path):
    services, admin, session = desk
    final = list(admin.upload_and_ingest(session, _upload(tmp_path, "linfen_2025.txt", NEW_POLICY)))[-1]
    row = next(r for r in final.rows if r[0] == "linfen_2025.txt")
    assert row[6] == "有效" and row[7] == "0" and row[8] == "一、二"
    assert "linfen_2025.txt：有效；已发布测算项目 0 个；2 条奖补条款尚无测算规则" in final.summary
    rows = {r[3]: r for r in services.library(today=AS_OF)}
    assert rows["运政办发〔2024〕10号"][10] == "17"  # (第七条's two levels' shares added is one of them)
    assert rows["临政办发〔2025〕7号"][10:] == ["0", "一、二"]
