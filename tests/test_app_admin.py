"""The admin tab over HTTP: login from the environment, upload + ingest, no restart, exports."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from gradio_client import handle_file

from tests.webapp_fixtures import ADMIN_PASSWORD, ADMIN_USER, NEW_POLICY, build_index, client, copy_corpus, start_app

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    workdir: Path = tmp_path_factory.mktemp("app-admin")
    data_dir = copy_corpus(workdir / "policies")
    build_index(data_dir, workdir / "index")
    served = start_app(workdir, data_dir=data_dir, index_dir=workdir / "index", admin=True,
                       extra_env={"POLICY_UPLOAD_MAX_MB": "0.05", "POLICY_STREAM_DELAY": "0"})
    yield served
    served.stop()


@pytest.fixture
def upload_dir(tmp_path: Path) -> Path:
    return tmp_path


def _login(c, password: str = ADMIN_PASSWORD) -> str:
    # The login and panel columns are layout, which the API leaves out: message, password, counts.
    message, cleared, counts = c.predict(ADMIN_USER, password, api_name="/admin_login")
    assert cleared == ""
    assert bool(counts) == (password == ADMIN_PASSWORD)  # the counts show only to a logged-in admin
    return message


def test_错误密码不能登录_未登录不能导入(app, upload_dir: Path):
    c = client(app)
    assert _login(c, "wrong-password") == "用户名或密码错误。"
    policy = upload_dir / "linfen_2025.txt"
    policy.write_text(NEW_POLICY, encoding="utf-8")
    progress, summary, _rows, _counts = c.predict(handle_file(str(policy)), api_name="/admin_ingest")
    assert progress == "请先登录。" and summary == ""
    assert not (app.data_dir / "linfen_2025.txt").exists()
    assert c.predict(api_name="/admin_export_feedback") is None


def test_上传新政策_导入后无需重启即可检索和问答(app, upload_dir: Path):
    c = client(app)
    assert ADMIN_USER in _login(c)
    policy = upload_dir / "linfen_2025.txt"
    policy.write_text(NEW_POLICY, encoding="utf-8")
    progress, summary, rows, counts = c.predict(handle_file(str(policy)), api_name="/admin_ingest")
    assert "已保存：linfen_2025.txt" in progress
    assert "导入完成" in summary and "6 个文件" in summary
    assert any(r[0] == "linfen_2025.txt" and r[1] == "临汾" and r[2] == "导入" for r in rows["data"])
    assert "已记录对话" in counts
    assert (app.data_dir / "linfen_2025.txt").read_text(encoding="utf-8") == NEW_POLICY

    visitor = client(app)  # another browser: same running process, new index
    table, _ = visitor.predict("临汾 海外仓 租赁 补助", 3, "", api_name="/retrieval_test")
    assert table["data"][0][1] == "临汾" and table["data"][0][2] == "临政办发〔2025〕7号"
    library = visitor.predict(api_name="/library")
    assert "临政办发〔2025〕7号" in {row[3] for row in library["data"]}
    _history, _box, _city, details = visitor.predict("临汾对海外仓有什么奖励？", "", api_name="/chat")
    assert any(c_["doc_number"] == "临政办发〔2025〕7号" for c_ in details["answer"]["citations"])


@pytest.mark.parametrize("name, content", [
    ("policy.exe", b"MZ\x90\x00"),
    ("fake.pdf", "不是PDF文件".encode()),
    ("big.txt", "大".encode() * 40_000),  # 120 KB > 0.05 MB
], ids=["类型不支持", "内容与扩展名不符", "超过大小上限"])
def test_不合规的上传被拒绝(app, upload_dir: Path, name: str, content: bytes):
    c = client(app)
    _login(c)
    path = upload_dir / name
    path.write_bytes(content)
    before = sorted(p.name for p in app.data_dir.iterdir())
    try:
        progress, summary, _rows, _counts = c.predict(handle_file(str(path)), api_name="/admin_ingest")
    except Exception as exc:  # Gradio itself refused the upload (size limit or file type)
        refused_by_gradio = str(exc)
    else:
        refused_by_gradio = ""
        assert summary == "" and ("不支持" in progress or "不符" in progress or "过大" in progress), progress
    print(name, "refused by Gradio:" if refused_by_gradio else "refused by the app", refused_by_gradio[:200])
    assert sorted(p.name for p in app.data_dir.iterdir()) == before


def test_重建索引期间检索不中断(app):
    c = client(app)
    _login(c)
    errors: list[str] = []
    done = threading.Event()

    def search() -> None:
        visitor = client(app)
        while not done.is_set():
            try:
                table, _ = visitor.predict("运城海外仓补助", 1, "", api_name="/retrieval_test")
                if not table["data"]:
                    errors.append("empty result")
            except Exception as exc:
                errors.append(repr(exc))

    worker = threading.Thread(target=search)
    worker.start()
    try:
        for _ in range(3):
            progress, summary, _rows, _counts = c.predict(api_name="/admin_reindex")
            assert "导入完成" in summary, progress
    finally:
        done.set()
        worker.join(timeout=60)
    assert errors == []


def test_管理员导出反馈和对话记录(app):
    visitor = client(app)
    _h, _b, _c, details = visitor.predict("运城海外仓租赁800平方米满一年，租金200万元，补多少？", "", api_name="/chat")
    visitor.predict(details["session_id"], details["turn_id"], 1, "清楚", api_name="/feedback")
    c = client(app)
    _login(c)
    feedback_csv = Path(c.predict(api_name="/admin_export_feedback"))
    turns_csv = Path(c.predict(api_name="/admin_export_turns"))
    assert feedback_csv.read_bytes().startswith(b"\xef\xbb\xbf")
    assert "清楚" in feedback_csv.read_text(encoding="utf-8-sig")
    assert details["session_id"] in turns_csv.read_text(encoding="utf-8-sig")


def test_同名上传先确认再替换_旧版本保留(app, upload_dir: Path):
    """Issue 14: over HTTP, an upload named like an existing policy is not saved until confirmed."""
    c = client(app)
    _login(c)
    policy = upload_dir / "jinan_2021.txt"
    original = (app.data_dir / "jinan_2021.txt").read_text(encoding="utf-8")
    policy.write_text(original + "\n", encoding="utf-8")
    progress, summary, _rows, _counts = c.predict(handle_file(str(policy)), api_name="/admin_ingest")
    assert "需要确认替换" in progress and summary == ""
    assert (app.data_dir / "jinan_2021.txt").read_text(encoding="utf-8") == original
    progress, summary, _rows, _counts = c.predict(handle_file(str(policy)), api_name="/admin_replace")
    assert "移入版本库" in progress and "导入完成" in summary
    kept = list((app.data_dir / ".lifecycle" / "versions").glob("*/jinan_2021.txt"))
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8") == original
