"""A real browser (Debian chromium via Playwright) against the served app; screenshots in test-artifacts/."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from assistant.feedback import FeedbackStore
from tests.conftest import POLICIES, ROOT, needs
from tests.webapp_fixtures import build_index, start_app

pytestmark = pytest.mark.slow
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "test-artifacts"
# Without the background-networking flags chromium keeps calling Google's hosts.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--no-first-run", "--disable-sync", "--disable-quic", "--disable-dev-shm-usage"]
QUESTION = "运城企业在美国租赁了800平方米的海外仓，使用满一年，租赁费用200万元，能补助多少？"


def _has_cjk_font() -> bool:
    if not shutil.which("fc-list"):
        return False
    out = subprocess.run(["fc-list", ":lang=zh"], capture_output=True, text=True, check=False).stdout
    return bool(out.strip())


@pytest.fixture(scope="module")
def browser_page(tmp_path_factory):
    if not CHROMIUM.exists():
        needs("Debian chromium 未安装（/usr/bin/chromium）：scripts/system_deps.sh 以 root 运行时会安装")
    if not _has_cjk_font():
        needs("没有中文字体（fonts-wqy-microhei）：截图会是方框，scripts/system_deps.sh 会安装")
    try:
        from playwright import sync_api
    except ImportError:
        needs("playwright 未安装")
    workdir = tmp_path_factory.mktemp("browser")
    build_index(POLICIES, workdir / "index")
    app = start_app(workdir, index_dir=workdir / "index")
    external: list[str] = []
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 1500}, locale="zh-CN")
        page.on("request", lambda r: external.append(r.url)
                if not r.url.startswith((app.url.rstrip("/"), "data:", "blob:")) else None)
        page.set_default_timeout(30_000)
        page.goto(app.url, wait_until="load")  # not networkidle: Gradio keeps a connection open
        try:
            yield app, page, external
        finally:
            browser.close()
            app.stop()


def test_提问后看到金额和来源条款并可评价(browser_page):
    app, page, _ = browser_page
    ARTIFACTS.mkdir(exist_ok=True)
    page.locator("#question textarea").fill(QUESTION)
    page.locator("#send").click()
    chat = page.locator("#chatbot")
    chat.get_by_text("50万元（500,000.00元）").first.wait_for()
    source = chat.get_by_text("来源 1：运城 运政办发〔2024〕10号 第五条（三）").first
    source.wait_for()
    source.click()  # open the collapsed source: the quote from the clause shows
    chat.get_by_text("按照实际建设费用（租赁）的30%给予一次性补助", exact=False).first.wait_for()
    chat.get_by_text("计算过程：运城 第五条（三）").first.wait_for()
    page.wait_for_timeout(500)
    page.screenshot(path=str(ARTIFACTS / "chat.png"), full_page=True)
    assert page.locator("#chat-city input").input_value() == "运城"  # the selector followed the question

    like = chat.locator('button[aria-label="赞"]').last  # Gradio's own label, in the page's zh-CN locale
    like.hover()  # the feedback buttons show on hover
    like.click()
    page.get_by_text("已记录您的反馈，谢谢！").first.wait_for()
    page.get_by_test_id("toast-close").first.click()  # closed, so later screenshots show only their tab
    store = FeedbackStore(app.database_url)
    try:
        assert store.counts()["up"] == 1 and store.counts()["turns"] == 1
    finally:
        store.close()


def test_计算器页按表单测算并显示条款原文(browser_page):
    _, page, _ = browser_page
    page.get_by_role("tab", name="补贴计算器").click()
    page.locator("#calc-city input").click()
    page.get_by_role("option", name="运城").click()
    page.locator("#calc-measure input").click()
    page.get_by_role("option", name="第五条（三） 跨境电商海外仓奖励").click()
    page.get_by_label("海外仓方式（自建/租赁/合作）").click()
    page.get_by_role("option", name="租赁").click()
    page.get_by_label("海外仓面积（平方米）").fill("800平方米")
    page.get_by_label("海外仓使用（经营）时长（月）").fill("12个月")
    page.get_by_label("海外仓实际建设投资额或租赁费用（元）").fill("200万元")
    page.locator("#calc-run").click()
    result = page.locator("#calc-result")
    result.get_by_text("50万元（500,000.00元）").first.wait_for()
    result.get_by_text("条款原文").wait_for()
    assert "运政办发〔2024〕10号 第五条（三）" in result.inner_text()
    page.wait_for_timeout(300)
    page.screenshot(path=str(ARTIFACTS / "calculator.png"), full_page=True)


def test_政策匹配页列出可享受和需补充的项目(browser_page):
    _, page, _ = browser_page
    page.get_by_role("tab", name="政策匹配").click()
    page.locator("#match-city input").click()
    page.get_by_role("option", name="运城").click()
    form = page.locator("#match-fields")
    form.get_by_label("海外仓方式（自建/租赁/合作）").click()
    page.get_by_role("option", name="租赁").click()
    form.get_by_label("海外仓面积（平方米）").fill("800平方米")
    form.get_by_label("海外仓使用（经营）时长（月）").fill("12个月")
    form.get_by_label("海外仓实际建设投资额或租赁费用（元）").fill("200万元")
    page.locator("#match-run").click()
    table = page.locator("#match-table")
    table.get_by_text("跨境电商海外仓奖励").first.wait_for()
    assert "可享受" in table.inner_text() and "需补充信息" in table.inner_text()
    assert "合计 50万元" in page.locator("#match-summary").inner_text()
    page.screenshot(path=str(ARTIFACTS / "matching.png"), full_page=True)


def test_政策库显示有效状态(browser_page):
    _, page, _ = browser_page
    page.get_by_role("tab", name="政策库").click()
    table = page.locator("#library-table")
    table.get_by_text("运政办发〔2024〕10号").first.wait_for()
    assert "潍政办字〔2021〕63号" in table.inner_text() and "已失效" in table.inner_text()


def test_页面没有访问本机以外的地址(browser_page):
    _, _, external = browser_page
    assert external == []
