"""A real browser (Debian chromium via Playwright) against the served app; screenshots in test-artifacts/."""

from __future__ import annotations

import csv
import io
import re
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
def served(tmp_path_factory):
    """The app on its own process and one chromium; every page's requests to other hosts are collected."""
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
        try:
            yield app, browser, external
        finally:
            browser.close()
            app.stop()


def _open(served, width: int, height: int, locale: str = "zh-CN"):
    app, browser, external = served
    page = browser.new_page(viewport={"width": width, "height": height}, locale=locale)
    page.on("request", lambda r: external.append(r.url)
            if not r.url.startswith((app.url.rstrip("/"), "data:", "blob:")) else None)
    page.set_default_timeout(30_000)
    page.goto(app.url, wait_until="load")  # not networkidle: Gradio keeps a connection open
    page.locator("#question textarea").wait_for()
    return page


@pytest.fixture(scope="module")
def browser_page(served):
    page = _open(served, 1280, 1500)
    try:
        yield served[0], page, served[2]
    finally:
        page.close()


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


def test_踩之后可以写原因_原因随反馈入库(served):
    app = served[0]
    page = _open(served, 1366, 768)
    try:
        _ask(page, QUESTION)
        assert not page.locator("#dislike-reason").is_visible()
        page.locator("#chatbot .bot-row").last.hover()
        page.locator('#chatbot button[aria-label="踩"]').last.click()
        page.locator("#dislike-reason").wait_for()
        page.locator("#dislike-reason-text textarea").fill("金额没有说明是上限")
        page.locator("#dislike-reason-send").click()
        page.get_by_text("已记录原因，谢谢！").first.wait_for()
        page.locator("#dislike-reason").wait_for(state="hidden")
        store = FeedbackStore(app.database_url)
        try:
            rows = list(csv.DictReader(io.StringIO(store.export_csv("feedback"))))
        finally:
            store.close()
        mine = [r for r in rows if r["备注（踩的原因）"] == "金额没有说明是上限"]
        assert len(mine) == 1 and mine[0]["评价"] == "踩"
        assert (mine[0]["城市"], mine[0]["测算金额（元）"]) == ("运城", "500000.00")
    finally:
        page.close()


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


def test_政策匹配页列出可申报和需补充的项目(browser_page):
    _, page, _ = browser_page
    page.get_by_role("tab", name="政策匹配").click()
    page.locator("#match-city input").click()
    page.get_by_role("option", name="秦皇岛").click()
    form = page.locator(".match-form:visible")
    form.get_by_label("海外仓面积（平方米）").wait_for(state="hidden")  # 秦皇岛's warehouse is on step 2
    page.locator("#match-more").click()
    form.get_by_label("海外仓面积（平方米）").fill("1200平方米")
    form.get_by_label("海外仓使用（经营）时长（月）").fill("12个月")
    page.locator("#match-run").click()
    result = page.locator("#match-result")
    result.get_by_text("可申报（1 项）").wait_for()
    assert "海外仓一次性奖励" in result.inner_text() and "需补充信息" in result.inner_text()
    page.screenshot(path=str(ARTIFACTS / "matching.png"), full_page=True)


def test_政策库显示有效状态(browser_page):
    _, page, _ = browser_page
    page.get_by_role("tab", name="政策库").click()
    table = page.locator("#library-table")
    table.get_by_text("运政办发〔2024〕10号").first.wait_for()
    assert "潍政办字〔2021〕63号" in table.inner_text() and "已失效" in table.inner_text()


def test_检索测试只给排名不给原始分数(browser_page):
    _, page, _ = browser_page
    page.get_by_role("tab", name="检索测试").click()
    page.locator("#retrieval-query textarea").fill("运城海外仓租赁补助")
    page.locator("#retrieval-query textarea").press("Enter")
    page.wait_for_function("document.querySelector('#retrieval-table').textContent.includes('第五条（三）')")
    text = page.locator("#retrieval-table").text_content()
    assert "关键词排名" in text and "向量排名" in text
    assert "BM25分" not in text and "融合分" not in text and "向量分" not in text
    assert not re.search(r"\d\.\d{3,}", text)  # no raw score like 12.3456 or 0.0164


VIEWPORTS = [pytest.param((1366, 768), id="laptop"), pytest.param((390, 844), id="phone")]
SHOTS = ROOT / "docs" / "screenshots"


def _shot(page, name: str, size: tuple[int, int]) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.wait_for_timeout(400)
    page.screenshot(path=str(SHOTS / f"{name}-{size[0]}x{size[1]}.png"))


def _ask(page, text: str) -> None:
    """Type and press Enter (the box sends on Enter); wait until the reply has finished."""
    bots = page.locator("#chatbot .bot-row")
    before = bots.count()
    page.locator("#question textarea").fill(text)
    page.locator("#question textarea").press("Enter")
    page.wait_for_function(f"document.querySelectorAll('#chatbot .bot-row').length > {before}")
    page.locator("#chatbot .pending").first.wait_for(state="detached")
    page.wait_for_function("document.querySelector('#question textarea').value === ''")
    # the reply streams in pieces and the turn is stored with the last one: wait until the chat stops changing
    # (a fixed pause raced a long reply's stream on a busy machine: the export then found no turn stored yet)
    last, steady = "", 0
    for _ in range(60):
        page.wait_for_timeout(250)
        now = page.locator("#chatbot").inner_text()
        steady = steady + 1 if now == last else 0
        last = now
        if steady >= 3:
            break


def _tab(page, name: str) -> None:
    """Open a tab; on a phone the later tabs sit behind Gradio's overflow button (更多标签页)."""
    tab = page.get_by_role("tab", name=name)
    if tab.count() and tab.first.is_visible():
        tab.first.click()
        return
    page.locator('button[aria-label="更多标签页"]').click()
    page.locator("button:visible", has_text=name).last.click()


def _last_reply(page) -> str:
    return page.locator("#chatbot .bot-row").last.inner_text()


@pytest.mark.parametrize("size", VIEWPORTS)
def test_首屏看得到输入框和示例问题_回车发送后先看到答案卡片(served, size):
    page = _open(served, *size)
    try:
        height = size[1]
        box = page.locator("#question textarea").bounding_box()
        assert box["y"] + box["height"] <= height, "输入框不在首屏"
        examples = page.locator("#chatbot .example")
        assert 4 <= examples.count() <= 6
        for i in range(examples.count()):
            b = examples.nth(i).bounding_box()
            assert b["y"] + b["height"] <= height, f"示例问题 {i + 1} 不在首屏"
        assert "问政策、算补贴" in page.locator("#chatbot").inner_text()
        _shot(page, "1-first-screen", size)

        page.locator("#question textarea").fill("第一行")
        page.locator("#question textarea").press("Shift+Enter")  # a line break, not a send
        page.locator("#question textarea").type("第二行")
        assert page.locator("#question textarea").input_value() == "第一行\n第二行"
        assert page.locator("#chatbot .user-row").count() == 0

        _ask(page, QUESTION)
        card = page.locator("#chatbot .answer-card").last
        text = card.inner_text()
        assert "50万元（500,000.00元）" in text and "符合" in text and "已失效" in text
        assert "运城" in text and "运政办发〔2024〕10号" in text and "第五条（三）" in text
        amount = card.locator(".answer-card-amount strong")
        assert float(amount.evaluate("e => parseFloat(getComputedStyle(e).fontSize)")) >= 22
        # The view shows the start of the reply (the card), not its end.
        chat = page.locator("#chatbot .bubble-wrap").bounding_box()
        top = card.bounding_box()["y"]
        assert chat["y"] <= top < chat["y"] + chat["height"] and top <= height
        _shot(page, "2-answer-card", size)
    finally:
        page.close()


@pytest.mark.parametrize("size", VIEWPORTS)
def test_对话中切换城市从下一条消息起生效(served, size):
    page = _open(served, *size)
    try:
        _ask(page, "潍坊对海外仓有什么支持？")
        assert "潍坊" in _last_reply(page)
        page.locator("#chat-city input").click()
        page.get_by_role("option", name="运城").click()
        page.locator("#chatbot").get_by_text("已切换到运城：下一条消息按运城的政策回答。").wait_for()
        _ask(page, "海外仓能补多少？")
        reply = _last_reply(page)
        assert "运城" in reply and "潍坊" not in reply
        _shot(page, "3-city-switch", size)
    finally:
        page.close()


@pytest.mark.parametrize("size", VIEWPORTS)
def test_超长消息得到过长提示_脚本和远程图片显示为文字(served, size):
    _, _, external = served
    page = _open(served, *size)
    try:
        _ask(page, "海外仓" * 1000)  # 3,000 characters
        assert "3000 个字，超过了 2000 字的上限" in _last_reply(page)
        _ask(page, "<script>window.__pwned = 1</script> ![图](http://images.example.com/x.png) 运城海外仓")
        user = page.locator("#chatbot .user-row").last.inner_text()
        assert "<script>window.__pwned = 1</script>" in user
        assert "![图](http://images.example.com/x.png)" in user
        assert page.locator("#chatbot img[src*='example.com']").count() == 0
        assert page.evaluate("window.__pwned") is None
        assert [u for u in external if "example.com" in u] == []
        _shot(page, "4-safe-rendering", size)
    finally:
        page.close()


def test_Gradio自带的按钮文字是中文_即使浏览器是英文(served):
    page = _open(served, 1366, 768, locale="en-US")
    try:
        _ask(page, QUESTION)
        labels = page.locator("#chatbot button[aria-label]").evaluate_all(
            "els => els.map(e => e.getAttribute('aria-label'))")
        assert "复制" in labels and "赞" in labels and "清空对话" in labels
        assert not {"Copy message", "Like", "Dislike", "Clear"} & set(labels)
    finally:
        page.close()


@pytest.mark.parametrize("size", VIEWPORTS)
def test_回复下有推荐追问_点击即发送(served, size):
    page = _open(served, *size)
    try:
        _ask(page, QUESTION)
        chat = page.locator("#chatbot")
        for text in ("自建的海外仓呢？", "需要准备什么材料？", "找哪个部门？"):
            chat.get_by_role("button", name=text).wait_for()
        chat.get_by_role("button", name="找哪个部门？").evaluate("e => e.scrollIntoView({block: 'end'})")
        _shot(page, "8-follow-ups", size)
        users = page.locator("#chatbot .user-row")
        chat.get_by_role("button", name="找哪个部门？").click()
        page.wait_for_function("document.querySelectorAll('#chatbot .user-row').length === 2")
        page.locator("#chatbot .pending").first.wait_for(state="detached")
        page.wait_for_timeout(500)
        assert users.last.inner_text().strip() == "找哪个部门？"
        assert "第五条（三）" in _last_reply(page) or "运城" in _last_reply(page)
        # the suggestions of the first reply are gone; the new reply has its own (not the one just asked)
        assert chat.get_by_role("button", name="找哪个部门？").count() == 0
        assert chat.get_by_role("button", name="需要准备什么材料？").count() == 1
    finally:
        page.close()


# English words of Gradio's own UI (its translation keys' English values and the literals its compiled
# frontend carries outside them): none may show as text, aria-label, title or placeholder.
GRADIO_ENGLISH = {"More tabs", "Scroll down", "Copy message", "Copy", "Copied", "Like", "Dislike", "Liked",
                  "Disliked", "Clear", "Retry", "Undo", "Feedback", "Loading response", "Example attachments",
                  "Submit", "Stop", "Upload", "Drop File Here", "Click to Upload", "Loading...", "Error",
                  "Built with Gradio", "Use via API", "Settings", "Download", "Share", "Edit", "Cancel",
                  "Select", "Search", "Type here...", "Close", "Dropdown", "Textbox", "Chatbot", "File",
                  "Remove", "Expand", "Collapse", "Fullscreen", "Exit fullscreen mode", "Info", "Warning",
                  "Examples"}
PAGE_WORDS = """() => {
  const out = [];
  document.querySelectorAll('[aria-label], [title], [placeholder]').forEach(e => {
    for (const a of ['aria-label', 'title', 'placeholder']) { const v = e.getAttribute(a); if (v) out.push(v.trim()); }
  });
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode, parent = node.parentElement;
    if (parent && !parent.closest('script, style') && node.nodeValue.trim()) out.push(node.nodeValue.trim());
  }
  return out;
}"""


def _english(page) -> set[str]:
    return {w for w in page.evaluate(PAGE_WORDS) if w in GRADIO_ENGLISH or w.rstrip(".…") in GRADIO_ENGLISH}


@pytest.mark.parametrize("size", VIEWPORTS)
def test_页面上没有Gradio自带的英文_含标签页溢出和滚动按钮(served, size):
    page = _open(served, *size, locale="en-US")
    try:
        _ask(page, QUESTION)
        page.locator("#chatbot .bot-row").last.hover()
        found = _english(page)
        scroll = page.locator("#chatbot .bubble-wrap")
        scroll.evaluate("e => e.scrollTop = 0")  # away from the end: Gradio's scroll-down button shows
        page.wait_for_timeout(500)
        found |= _english(page)
        for name in ["补贴计算器", "政策匹配", "政策库", "检索测试", "管理"]:
            _tab(page, name)
            page.wait_for_timeout(300)
            found |= _english(page)
        assert found == set()
        if size[0] < 600:  # the phone's tab row overflows: Gradio's button for the rest, in Chinese
            assert page.locator('button[aria-label="更多标签页"]').count() == 1
        _tab(page, "对话")
        page.wait_for_timeout(300)
        labels = page.locator("#chatbot button[aria-label]").evaluate_all(
            "els => els.map(e => e.getAttribute('aria-label'))")
        assert "滚动到最新消息" in labels or page.locator("#chatbot .bubble-wrap").evaluate(
            "e => e.scrollHeight <= e.clientHeight + 2")
    finally:
        page.close()


def test_复制按钮复制的是看到的文字_不是markdown和HTML(served):
    _, browser, _ = served
    app = served[0]
    context = browser.new_context(viewport={"width": 1366, "height": 900}, locale="zh-CN",
                                  permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    try:
        page.goto(app.url, wait_until="load")
        page.locator("#question textarea").wait_for()
        _ask(page, QUESTION)
        bot = page.locator("#chatbot .bot-row").last
        bot.hover()
        page.locator('#chatbot .message-buttons-left button[aria-label="复制"]').last.click()
        page.wait_for_timeout(400)
        copied = page.evaluate("navigator.clipboard.readText()")
        assert "50万元（500,000.00元）" in copied and "运政办发〔2024〕10号" in copied
        for markup in ("**", "<div", "class=", "](", "\n> ", "\n- **"):
            assert markup not in copied, markup
    finally:
        context.close()


@pytest.mark.parametrize("size", VIEWPORTS)
def test_测算单可导出为一页可打印的网页(served, size):
    _, browser, _ = served
    page = _open(served, *size)
    try:
        _ask(page, QUESTION)
        page.locator("#export-sheet").click()
        link = page.locator("#sheet-file a").first
        link.wait_for()
        sheet = browser.new_page(viewport={"width": 794, "height": 1123}, locale="zh-CN")
        # Gradio hands the file over as a download (saved by the clerk, then opened and printed).
        response = page.request.get(link.get_attribute("href"))
        assert response.ok
        sheet.set_content(response.text(), wait_until="load")
        text = sheet.locator("body").inner_text()
        assert "50万元（500,000.00元）" in text
        assert "按照实际建设费用（租赁）的30%给予一次性补助" in text
        assert "运政办发〔2024〕10号 第五条（三）" in text and "算式" in text and "仅供参考" in text
        assert "海外仓面积（平方米）：800平方米" in text
        sheet.emulate_media(media="print")
        if size[0] == 1366:
            SHOTS.mkdir(parents=True, exist_ok=True)
            sheet.screenshot(path=str(SHOTS / "5-sheet.png"), full_page=True)
        sheet.close()
        _shot(page, "5-export", size)
    finally:
        page.close()


MATCH_CITIES = ["潍坊", "济南", "运城", "秦皇岛", "六安"]
# A profile that fits measures of several cities at once: were amounts added across cities or over an
# expired policy, a 合计 would show more than one city's in-force measures give.
BROAD_PROFILE = {"海外仓方式（自建/租赁/合作）": ("租赁", True), "海外仓面积（平方米）": ("1200平方米", False),
                 "海外仓使用（经营）时长（月）": ("12个月", False),
                 "海外仓实际建设投资额或租赁费用（元）": ("200万元", False),
                 "海关统计9610项下年度跨境电商出口额（美元）": ("6万美元", False)}
# As of today 潍坊 and 运城 have expired (their amounts are for information only), 济南 states no figure.
EXPECTED_TOTAL = {"秦皇岛": "50万元", "六安": "5万元"}


def _questions(page) -> list[str]:
    """The labels of the questions the visible step(s) of the matching form show now."""
    return page.locator(".match-form .match-step [data-testid='block-info']").evaluate_all(
        "els => els.filter(e => e.offsetParent !== null).map(e => e.textContent.trim())")


def _fill_visible(page, answers: dict[str, tuple[str, bool]]) -> int:
    form = page.locator(".match-form:visible")
    filled = 0
    for label, (value, choice) in answers.items():
        field = form.get_by_label(label)
        if not field.count():
            continue
        if choice:
            field.first.click()
            page.get_by_role("option", name=value).click()
        else:
            field.first.fill(value)
        filled += 1
    return filled


@pytest.mark.parametrize("size", VIEWPORTS)
def test_政策匹配问卷_先选城市_第一步不超过15题_结果不跨城市也不含失效政策相加(served, size):
    page = _open(served, *size)
    try:
        _tab(page, "政策匹配")
        assert page.locator("#match-hint").is_visible() and not page.locator("#match-run").is_visible()
        assert "全部城市" not in page.locator("#match-city").inner_text()
        for n, city in enumerate(MATCH_CITIES):
            page.locator("#match-city input").click()
            page.get_by_role("option", name=city).click()
            page.locator(f"#match-form-{n}").wait_for()  # the forms are in rule-book order, as MATCH_CITIES
            page.wait_for_timeout(300)
            first = _questions(page)
            assert 0 < len(first) <= 15, (city, first)
            if city == "秦皇岛":
                _shot(page, "6-questionnaire", size)
            more = page.locator("#match-more")
            while more.is_visible():  # every later step, then the whole city's questions are shown
                more.click()
                page.wait_for_timeout(300)
            if not _fill_visible(page, BROAD_PROFILE):
                continue
            page.locator("#match-run").click()
            result = page.locator("#match-result")
            result.get_by_text(f"{city} · 按").wait_for()
            text = result.inner_text()
            before_expired = text.split("已失效（仅供了解）")[0]
            totals = re.findall(r"合计 (\S+?元)", before_expired)
            # one 合计 at most, only of this city's in-force measures, never over an expired policy
            assert totals == ([EXPECTED_TOTAL[city]] if city in EXPECTED_TOTAL else []), (city, text[:500])
            assert not [other for other in MATCH_CITIES if other != city and other in before_expired]
            if city in ("潍坊", "运城"):
                assert "已失效（仅供了解）" in text
            if city == "运城":  # the warehouse's 50万 is shown, as information, outside any 合计
                assert "跨境电商海外仓奖励（运政办发〔2024〕10号 第五条（三））：按原政策测算 50万元" in text, text
            if city == "秦皇岛":
                result.evaluate("e => e.scrollIntoView({block: 'start'})")
                _shot(page, "7-matching-result", size)
    finally:
        page.close()


def test_页面没有访问本机以外的地址(served):
    _, _, external = served
    assert external == []
