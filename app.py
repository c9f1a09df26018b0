"""跨境电商政策助手 web app: `python app.py [--host H] [--port N]` serves it (Gradio 6).

This file only lays out components and wires events: answers come from the engine through
assistant.webchat, everything else from assistant.services and assistant.admin; the flags'
help is in prompts/cli.yaml. It works with no network at all: analytics off, no share link,
fonts bundled or from the system.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys

# Before gradio is imported: it reads these at import time.
os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
os.environ.setdefault("HF_HUB_OFFLINE", "1")
for _name in ("NO_PROXY", "no_proxy"):  # proxies break Gradio's localhost checks
    os.environ[_name] = ",".join(filter(None, [os.environ.get(_name, ""), "localhost,127.0.0.1"]))

import gradio as gr  # noqa: E402
import uvicorn  # noqa: E402

import prompts  # noqa: E402
from assistant.admin import SUPPORTED_SUFFIXES, AdminService, AdminSession, max_upload_bytes  # noqa: E402
from assistant.api import build_api  # noqa: E402
from assistant.services import FieldSpec, Services, render, ui  # noqa: E402
from assistant.webchat import ChatService, ChatState  # noqa: E402

log = logging.getLogger("app")
CJK_FONTS = ["WenQuanYi Micro Hei", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", "sans-serif"]
CSS = """
#calc-result, #match-result, #policy-text { min-height: 2em; }
.match-group-title p { margin: 0; }
footer { display: none !important; }
#app-title h1 { font-size: 1.35rem; margin: 0; }
#chat-disclaimer { font-size: 0.8rem; color: var(--body-text-color-subdued); }
.answer-card { border: 1px solid var(--border-color-primary); border-left: 6px solid #2f7d32; border-radius: 8px;
  padding: 8px 12px; margin-bottom: 8px; background: var(--background-fill-secondary); }
.answer-card.verdict-ineligible { border-left-color: #b3261e; }
.answer-card.verdict-pending, .answer-card.validity-expired { border-left-color: #b26a00; }
.answer-card-amount strong { font-size: 1.6rem; line-height: 1.3; }
.answer-card-label { font-size: 0.85rem; color: var(--body-text-color-subdued); }
.answer-card .badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 0.85rem;
  border: 1px solid var(--border-color-primary); margin-right: 4px; }
.verdict-eligible .badge-verdict { background: #e5f3e6; color: #1b5e20; }
.verdict-ineligible .badge-verdict { background: #fde7e6; color: #8c1d18; }
.verdict-pending .badge-verdict, .validity-unknown .badge-validity { background: #fff3dc; color: #7a4a00; }
.validity-valid .badge-validity { background: #e5f3e6; color: #1b5e20; }
.validity-expired .badge-validity { background: #fde7e6; color: #8c1d18; }
.answer-card-source { font-size: 0.85rem; margin-top: 2px; }
@media (max-width: 640px) {
  #chatbot .example { padding: 6px 10px !important; min-height: 0 !important; }
  #chatbot .placeholder-content { padding: 4px !important; }
}
"""
# After a reply: show its start (the card), not its end. The chat's own scroller holds the messages.
SCROLL_TO_REPLY = """() => {
  const wrap = document.querySelector('#chatbot .bubble-wrap');
  const users = document.querySelectorAll('#chatbot .user-row');
  const last = users[users.length - 1];
  if (wrap && last) { wrap.scrollTop += last.getBoundingClientRect().top - wrap.getBoundingClientRect().top; }
}"""
# Gradio picks its own strings' language (复制, 清空…) from the browser's; this app is Chinese
# whatever the browser, so the page says zh-CN before Gradio's scripts read it. A few strings are
# English literals in Gradio's compiled frontend, outside its i18n keys ("More tabs", "Scroll down"):
# the page swaps them (aria-label, title, text) for ui.yaml's gradio_literals as they appear. And the
# chat's copy button copies what the reader sees (the rendered text), not the markdown and HTML.
HEAD_SCRIPT = """<script>
try {
  Object.defineProperty(navigator, 'language', {get: () => 'zh-CN'});
  Object.defineProperty(navigator, 'languages', {get: () => ['zh-CN', 'zh']});
} catch (e) {}
(() => {
  const words = __WORDS__, copyLabel = __COPY__;
  const swapAttrs = (el) => {
    for (const attr of ['aria-label', 'title', 'placeholder']) {
      const value = el.getAttribute && el.getAttribute(attr);
      if (value && words[value.trim()]) el.setAttribute(attr, words[value.trim()]);
    }
  };
  const swapText = (node) => {
    const value = node.nodeValue && node.nodeValue.trim();
    if (value && words[value]) node.nodeValue = node.nodeValue.replace(value, words[value]);
  };
  const fix = (root) => {
    if (root.nodeType === 3) { swapText(root); return; }
    if (root.nodeType !== 1) return;
    swapAttrs(root);
    root.querySelectorAll('[aria-label], [title], [placeholder]').forEach(swapAttrs);
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) swapText(walker.currentNode);
  };
  const start = () => {
    fix(document.body);
    new MutationObserver((changes) => {
      for (const c of changes) {
        if (c.type === 'attributes') swapAttrs(c.target);
        else if (c.type === 'characterData') swapText(c.target);
        else c.addedNodes.forEach(fix);
      }
    }).observe(document.body, {subtree: true, childList: true, characterData: true, attributes: true,
                               attributeFilter: ['aria-label', 'title', 'placeholder']});
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
  document.addEventListener('click', (event) => {
    const button = event.target.closest && event.target.closest('#chatbot button');
    if (!button || button.getAttribute('aria-label') !== copyLabel) return;
    const panel = button.closest('.message-buttons');
    const row = panel && panel.previousElementSibling;
    if (!row || !navigator.clipboard) return;
    const text = row.innerText.replace(/\\n{3,}/g, '\\n\\n').trim();
    setTimeout(() => navigator.clipboard.writeText(text).catch(() => {}), 60);  // after Gradio's own copy
  }, true);
})();
</script>"""


def head_script() -> bytes:
    """HEAD_SCRIPT with its words from prompts/ui.yaml, ready to go right after <head>."""
    import json

    script = HEAD_SCRIPT.replace("__WORDS__", json.dumps(ui("gradio_literals"), ensure_ascii=False))
    script = script.replace("__COPY__", json.dumps(ui("gradio_zh")["chatbot.copy_message"], ensure_ascii=False))
    return b"<head>" + script.encode("utf-8")


def theme() -> gr.themes.Base:
    """The default theme with only local fonts: the bundled Latin one, then system CJK fonts."""
    return gr.themes.Default(
        font=[gr.themes.LocalFont("Source Sans Pro"), *CJK_FONTS],
        font_mono=[gr.themes.LocalFont("IBM Plex Mono"), "WenQuanYi Micro Hei Mono", "monospace"])


def _field(spec: FieldSpec, visible: bool = False) -> gr.components.Component:
    """One form input; the calculator shows it when the chosen measure asks for it."""
    common = {"label": spec.label, "info": spec.info, "visible": visible, "min_width": 300}
    if spec.kind == "bool":
        return gr.Radio(choices=spec.choices, value=None, **common)
    if spec.kind == "choice":
        return gr.Dropdown(choices=spec.choices, value=[] if spec.multiple else None,
                           multiselect=spec.multiple, **common)
    return gr.Textbox(placeholder=spec.placeholder, max_lines=1, **common)


def _chat_tab(services: Services, chat: ChatService) -> tuple[gr.Dropdown, gr.State]:
    state = gr.State(None)
    with gr.Row(equal_height=True):
        city = gr.Dropdown(choices=[(ui("chat.city_auto"), "")], value="", label=ui("chat.city_label"),
                           allow_custom_value=True, scale=3, min_width=160, elem_id="chat-city")
        new = gr.Button(ui("chat.new"), scale=1, min_width=90, elem_id="new-chat")
    examples = [{"text": q, "display_text": label}
                for q, label in zip(ui("chat.examples"), ui("chat.example_labels"), strict=True)]
    # Sized so the input and the examples (shown inside the empty chat) fit a laptop's and a phone's
    # first screen; autoscroll off: after a reply the view goes to its start (SCROLL_TO_REPLY).
    chatbot = gr.Chatbot(show_label=False, height="52vh", min_height=300, elem_id="chatbot", buttons=["copy"],
                         feedback_options=("Like", "Dislike"), placeholder=ui("chat.empty_state"),
                         examples=examples, autoscroll=False)
    with gr.Row(equal_height=True):
        # lines=1: Enter sends, Shift+Enter breaks the line (the box grows to max_lines).
        box = gr.Textbox(placeholder=ui("chat.placeholder"), show_label=False, lines=1, max_lines=6,
                         scale=8, elem_id="question", autofocus=True)
        send = gr.Button(ui("chat.send"), variant="primary", scale=1, min_width=80, elem_id="send")
    with gr.Row():
        export = gr.Button(ui("chat.export"), size="sm", elem_id="export-sheet")
    sheet_file = gr.File(interactive=False, visible=False, elem_id="sheet-file")
    with gr.Row(visible=False, equal_height=True, elem_id="dislike-reason") as reason_box:  # opened by a 👎
        reason = gr.Textbox(label=ui("chat.feedback_reason_label"), placeholder=ui("chat.feedback_reason_placeholder"),
                            lines=1, max_lines=4, scale=6, elem_id="dislike-reason-text")
        reason_send = gr.Button(ui("chat.feedback_reason_send"), scale=1, min_width=90, elem_id="dislike-reason-send")
    gr.Markdown(ui("chat.disclaimer"), elem_id="chat-disclaimer")
    with gr.Accordion(ui("chat.details_label"), open=False):
        details = gr.JSON(elem_id="answer-json")

    def respond(message: str, city_value: str, current: ChatState | None):
        if not (message or "").strip():
            gr.Info(ui("chat.empty"))
        for st in chat.respond(current, message, city_value):
            yield st.history, "", gr.update(value=chat.city_value(st)), st.details, st

    def pick_example(city_value: str, current: ChatState | None, data: gr.SelectData):
        yield from respond(data.value.get("text", ""), city_value, current)

    def pick_follow_up(city_value: str, current: ChatState | None, data: gr.SelectData):
        yield from respond(str(data.value or ""), city_value, current)

    def pick_city(current: ChatState | None, city_value: str):
        st = chat.set_city(current, city_value)
        return st.history, st

    def export_sheet(current: ChatState | None):
        page = chat.sheet(current)
        if not page:
            gr.Info(ui("chat.export_none"))
            return gr.update(visible=False, value=None)
        return gr.update(visible=True, value=write_sheet(page))

    def like(current: ChatState | None, data: gr.LikeData):
        gr.Info(chat.feedback(current, data.index, data.liked))
        return gr.update(visible=bool(current and current.last_dislike)), ""

    def send_reason(current: ChatState | None, text: str):
        gr.Info(chat.feedback_reason(current, text))
        stored = not (current and current.last_dislike)
        return gr.update(visible=not stored), "" if stored else text

    def fresh() -> tuple:
        st = chat.new_state()
        return [], "", "", {}, st

    outputs = [chatbot, box, city, details, state]
    limit = int(os.environ.get("POLICY_CHAT_CONCURRENCY") or 16)
    gr.on([box.submit, send.click], respond, [box, city, state], outputs, api_name="chat",
          concurrency_limit=limit, concurrency_id="chat").then(None, js=SCROLL_TO_REPLY)
    chatbot.example_select(pick_example, [city, state], outputs, api_visibility="private",
                           concurrency_limit=limit, concurrency_id="chat").then(None, js=SCROLL_TO_REPLY)
    chatbot.option_select(pick_follow_up, [city, state], outputs, api_visibility="private",
                          concurrency_limit=limit, concurrency_id="chat").then(None, js=SCROLL_TO_REPLY)
    close_reason = {"fn": lambda: gr.update(visible=False), "inputs": None, "outputs": [reason_box],
                    "api_visibility": "private"}  # a new conversation has no 👎 waiting for its reason
    new.click(fresh, None, outputs, api_name="new_conversation").then(**close_reason)
    chatbot.clear(fresh, None, outputs, api_visibility="private").then(**close_reason)  # the bin: same as 新对话
    city.input(pick_city, [state, city], [chatbot, state], api_visibility="private")
    export.click(export_sheet, [state], [sheet_file], api_visibility="private")
    chatbot.like(like, [state], [reason_box, reason], api_visibility="private")
    gr.on([reason_send.click, reason.submit], send_reason, [state, reason], [reason_box, reason],
          api_visibility="private")
    return city, state


def write_sheet(page: str) -> str:
    """The 测算单 as a file Gradio can hand to the browser (its cache is cleaned by delete_cache)."""
    import tempfile

    folder = tempfile.mkdtemp(prefix="sheet-", dir=os.environ.get("GRADIO_TEMP_DIR") or None)
    path = os.path.join(folder, "cesuandan.html")
    with open(path, "w", encoding="utf-8") as out:
        out.write(page)
    return path


def _calculator_tab(services: Services) -> None:
    gr.Markdown(ui("calculator.intro"))
    cities = services.rule_cities()
    with gr.Row():
        city = gr.Dropdown(choices=cities, value=cities[0] if cities else None, label=ui("calculator.city"),
                           elem_id="calc-city")
        measure = gr.Dropdown(choices=services.measure_choices(cities[0] if cities else None), value=None,
                              label=ui("calculator.measure"), elem_id="calc-measure", scale=2)
    header = gr.Markdown()
    specs = services.fields()
    with gr.Row(equal_height=False, elem_id="calc-fields"):
        fields = [_field(spec) for spec in specs]
    run = gr.Button(ui("calculator.run"), variant="primary", elem_id="calc-run")
    result = gr.Markdown(elem_id="calc-result")

    def pick_city(name: str):
        return gr.update(choices=services.measure_choices(name), value=None)

    def pick_measure(measure_id: str | None):
        wanted = set(services.measure_inputs(measure_id))
        return [services.measure_header(measure_id), ""] + [gr.update(visible=s.name in wanted) for s in specs]

    def compute(measure_id: str | None, *values: object) -> str:
        return services.calculate(measure_id, dict(zip([s.name for s in specs], values, strict=True)))[0]

    city.change(pick_city, [city], [measure], api_visibility="private")
    measure.change(pick_measure, [measure], [header, result, *fields], api_visibility="private")
    run.click(compute, [measure, *fields], [result], api_visibility="undocumented")


def _matching_tab(services: Services) -> None:
    """A questionnaire: the city first, then that city's questions in groups, one short step at a
    time (更多问题 shows the next); results split into 可申报 / 需补充信息 / 已失效."""
    gr.Markdown(ui("matching.intro"))
    cities = services.rule_cities()
    city = gr.Dropdown(choices=cities, value=None, label=ui("matching.city"), elem_id="match-city")
    hint = gr.Markdown(ui("matching.choose_city"), elem_id="match-hint")
    by_spec = {spec.name: spec for spec in services.fields()}
    boxes: dict[str, gr.Column] = {}
    steps: dict[str, list[gr.Column]] = {}
    fields: dict[str, list[tuple[str, gr.components.Component]]] = {}
    for name in cities:
        plan = services.questionnaire(name)
        with gr.Column(visible=False, elem_id=f"match-form-{len(boxes)}", elem_classes=["match-form"]) as box:
            boxes[name], steps[name], fields[name] = box, [], []
            for n, groups in enumerate(plan.steps):
                with gr.Column(visible=n == 0, elem_classes=["match-step"]) as step:
                    gr.Markdown(render("matching.step_title", n=n + 1, total=len(plan.steps)),
                                elem_classes=["match-step-title"])
                    for group in groups:
                        with gr.Group(elem_classes=["match-group"]):
                            gr.Markdown(f"**{services.group_title(group)}**", elem_classes=["match-group-title"])
                            with gr.Row(equal_height=False):
                                for input_name in group.inputs:
                                    fields[name].append((input_name, _field(by_spec[input_name], visible=True)))
                steps[name].append(step)
    shown = gr.State(1)
    with gr.Row():
        more = gr.Button(visible=False, elem_id="match-more")
        run = gr.Button(ui("matching.run"), variant="primary", elem_id="match-run", visible=False)
    result = gr.Markdown(elem_id="match-result")
    all_steps = [step for name in cities for step in steps[name]]
    all_fields = [component for name in cities for _, component in fields[name]]

    def view(name: str | None, count: int) -> list:
        plan = services.questionnaire(name) if name in boxes else None
        left = sum(len(plan.step_inputs(n)) for n in range(count, len(plan.steps))) if plan else 0
        return ([gr.update(visible=not plan)] + [gr.update(visible=c == name) for c in cities]
                + [gr.update(visible=c == name and n < count) for c in cities for n in range(len(steps[c]))]
                + [gr.update(visible=left > 0, value=render("matching.more", n=left)),
                   gr.update(visible=bool(plan)), count])

    def pick_city(name: str | None):
        return [*view(name, 1), ""]

    def show_more(name: str | None, count: int):
        return view(name, count + 1)

    def compute(name: str | None, *values: object) -> str:
        if name not in fields:
            return ui("matching.city_required")
        offset = sum(len(fields[c]) for c in cities[:cities.index(name)])
        mine = values[offset:offset + len(fields[name])]
        return services.match(name, {k: v for (k, _), v in zip(fields[name], mine, strict=True)})[1]

    view_outputs = [hint, *boxes.values(), *all_steps, more, run, shown]
    city.change(pick_city, [city], [*view_outputs, result], api_visibility="private")
    more.click(show_more, [city, shown], view_outputs, api_visibility="private")
    run.click(compute, [city, *all_fields], [result], api_visibility="private")


def _library_tab(services: Services) -> tuple[gr.Dataframe, gr.Dropdown]:
    gr.Markdown(render("library.intro", today=services.as_of().isoformat()))
    table = gr.Dataframe(headers=[*ui("library.headers"), *prompts.entry("lifecycle", "coverage.headers")],
                         interactive=False, wrap=True, elem_id="library-table")
    refresh = gr.Button(ui("library.refresh"), size="sm")
    with gr.Row():
        # Choices change with the index (admin uploads): values outside the start-up list are allowed.
        policy = gr.Dropdown(label=ui("library.policy"), choices=services.policy_choices(), value=None,
                             allow_custom_value=True, elem_id="library-policy")
        clause = gr.Dropdown(label=ui("library.clause"), choices=[], value=None, allow_custom_value=True,
                             elem_id="library-clause")
    text = gr.Markdown(elem_id="policy-text")

    def pick_policy(policy_id: str | None):
        return gr.update(choices=services.clause_choices(policy_id), value=""), services.policy_text(policy_id)

    refresh.click(lambda: services.library(), None, [table], api_name="library")
    policy.change(pick_policy, [policy], [clause, text], api_visibility="private")
    clause.change(services.policy_text, [policy, clause], [text], api_name="policy_text")
    return table, policy


def _retrieval_tab(services: Services) -> gr.Dropdown:
    gr.Markdown(ui("retrieval.intro"))
    with gr.Row(equal_height=True):
        query = gr.Textbox(label=ui("retrieval.query"), scale=4, elem_id="retrieval-query")
        k = gr.Slider(1, 20, value=5, step=1, label=ui("retrieval.k"), scale=1)
        city = gr.Dropdown(choices=[(ui("retrieval.all_cities"), "")], value="", label=ui("retrieval.city"),
                           allow_custom_value=True, scale=1)
    run = gr.Button(ui("retrieval.run"), variant="primary")
    table = gr.Dataframe(headers=ui("retrieval.headers"), interactive=False, wrap=True, elem_id="retrieval-table")
    texts = gr.Markdown()
    gr.on([run.click, query.submit], lambda q, n, c: services.retrieval_test(q, n, c or None),
          [query, k, city], [table, texts], api_name="retrieval_test")
    return city


def _admin_tab(admin: AdminService) -> None:
    if not admin.enabled:
        gr.Markdown(admin.notice(), elem_id="admin-disabled")
        return
    session = gr.State(AdminSession())
    with gr.Column(visible=True) as login_box:
        gr.Markdown(f"### {ui('admin.login_title')}")
        user = gr.Textbox(label=ui("admin.user"), max_lines=1)
        password = gr.Textbox(label=ui("admin.password"), type="password", max_lines=1)
        login = gr.Button(ui("admin.login"), variant="primary")
    message = gr.Markdown()
    with gr.Column(visible=False) as panel:
        gr.Markdown(f"### {ui('admin.upload')}\n\n{admin.upload_hint()}")
        upload = gr.File(file_types=list(SUPPORTED_SUFFIXES), file_count="single", label=ui("admin.upload"))
        with gr.Row():
            ingest = gr.Button(ui("admin.ingest"), variant="primary")
            replace = gr.Button(prompts.text("lifecycle", "upload.confirm_button"), elem_id="admin-replace")
            reindex = gr.Button(ui("admin.reindex"))
        progress = gr.Markdown()
        summary = gr.Markdown()
        files = gr.Dataframe(headers=[*ui("admin.headers"), *prompts.entry("lifecycle", "coverage.summary_headers")],
                             interactive=False, wrap=True)
        gr.Markdown(f"### {prompts.text('lifecycle', 'documents.title')}\n\n"
                    f"{prompts.text('lifecycle', 'documents.hint')}")
        documents = gr.Dataframe(headers=prompts.entry("lifecycle", "documents.headers"), interactive=False,
                                 wrap=True, elem_id="admin-documents")
        with gr.Row(equal_height=True):
            target = gr.Textbox(label=prompts.text("lifecycle", "documents.target"), max_lines=1, scale=3)
            delete = gr.Button(prompts.text("lifecycle", "documents.delete"), variant="stop", scale=1)
            restore = gr.Button(prompts.text("lifecycle", "documents.restore"), scale=1)
        gr.Markdown(f"### {prompts.text('lifecycle', 'audit.title')}")
        audit = gr.Dataframe(headers=prompts.entry("lifecycle", "audit.headers"), interactive=False, wrap=True,
                             elem_id="admin-audit")
        gr.Markdown(f"### {prompts.text('lifecycle', 'publish.title')}\n\n"
                    f"{prompts.text('lifecycle', 'publish.hint', folder=admin_drafts_folder())}")
        draft = gr.Dropdown(label=prompts.text("lifecycle", "publish.draft"), choices=[], value=None,
                            allow_custom_value=True, elem_id="admin-draft")
        editor = gr.Code(label=prompts.text("lifecycle", "publish.editor"), language="yaml", interactive=True,
                         elem_id="admin-rule-editor")
        with gr.Row():
            check = gr.Button(prompts.text("lifecycle", "publish.check"))
            publish = gr.Button(prompts.text("lifecycle", "publish.publish"), variant="primary")
        review = gr.Markdown(elem_id="admin-review")
        gr.Markdown(f"### {ui('admin.export_title')}")
        counts = gr.Markdown()
        with gr.Row():
            export_feedback = gr.Button(ui("admin.export_feedback"))
            export_turns = gr.Button(ui("admin.export_turns"))
        download = gr.File(interactive=False)
        logout = gr.Button(ui("admin.logout"), size="sm")

    def do_login(name: str, secret: str, request: gr.Request):
        address = request.client.host if request and request.client else ""
        st, text = admin.login(name, secret, address=address, session=getattr(request, "session_hash", "") or "")
        ok = admin.allowed(st)
        return st, text, gr.update(visible=not ok), gr.update(visible=ok), "", admin.counts(st)

    def lists(st: AdminSession):
        return admin.documents(st), admin.audit_rows(st), gr.update(choices=admin.draft_choices())

    def run_ingest(st: AdminSession, path: str | None, require: bool, replacing: bool = False):
        for view in admin.upload_and_ingest(st, path, require_file=require, replace=replacing):
            yield view.progress, view.summary, view.rows, admin.counts(st)

    def change(views):
        for view in views:
            yield view.progress, view.summary, view.rows

    login_outputs = [session, message, login_box, panel, password, counts]
    list_outputs = [documents, audit, draft]
    ingest_outputs = [progress, summary, files, counts]
    gr.on([login.click, password.submit], do_login, [user, password], login_outputs, api_name="admin_login"
          ).then(lists, [session], list_outputs, api_visibility="private")
    ingest.click(lambda st, p: (yield from run_ingest(st, p, True)), [session, upload],
                 ingest_outputs, api_name="admin_ingest", concurrency_limit=1
                 ).then(lists, [session], list_outputs, api_visibility="private")
    replace.click(lambda st, p: (yield from run_ingest(st, p, True, True)), [session, upload],
                  ingest_outputs, api_name="admin_replace", concurrency_limit=1
                  ).then(lists, [session], list_outputs, api_visibility="private")
    reindex.click(lambda st: (yield from run_ingest(st, None, False)), [session],
                  ingest_outputs, api_name="admin_reindex", concurrency_limit=1)
    delete.click(lambda st, t: (yield from change(admin.delete(st, t))), [session, target],
                 [progress, summary, files], api_name="admin_delete", concurrency_limit=1
                 ).then(lists, [session], list_outputs, api_visibility="private")
    restore.click(lambda st, t: (yield from change(admin.restore(st, t))), [session, target],
                  [progress, summary, files], api_name="admin_restore", concurrency_limit=1
                  ).then(lists, [session], list_outputs, api_visibility="private")
    draft.change(lambda st, name: admin.draft_source(st, name), [session, draft], [editor],
                 api_visibility="private")
    check.click(admin.review, [session, draft, editor], [review], api_name="admin_review_rules")
    publish.click(admin.publish, [session, draft, editor], [review], api_name="admin_publish_rules"
                  ).then(lists, [session], list_outputs, api_visibility="private")
    export_feedback.click(lambda st: admin.export_csv(st, "feedback"), [session], [download],
                          api_name="admin_export_feedback")
    export_turns.click(lambda st: admin.export_csv(st, "turns"), [session], [download],
                       api_name="admin_export_turns")
    logout.click(lambda: (AdminSession(), "", gr.update(visible=True), gr.update(visible=False), "", ""),
                 None, login_outputs, api_visibility="private")


def admin_drafts_folder() -> str:
    from assistant.rulebooks import draft_dir

    return str(draft_dir())


def build_app(services: Services) -> gr.Blocks:
    """The whole UI; every handler goes through services, the chat service or the admin service."""
    chat, admin = ChatService(services), AdminService(services)
    # Files Gradio keeps for uploads and downloads are deleted an hour after they were made.
    with gr.Blocks(title=ui("title"), analytics_enabled=False, delete_cache=(600, 3600)) as demo:
        gr.Markdown(f"# {ui('title')}", elem_id="app-title")
        with gr.Tabs():
            with gr.Tab(ui("tabs.chat"), id="chat"):
                chat_city, _ = _chat_tab(services, chat)
            with gr.Tab(ui("tabs.calculator"), id="calculator"):
                _calculator_tab(services)
            with gr.Tab(ui("tabs.matching"), id="matching"):
                _matching_tab(services)
            with gr.Tab(ui("tabs.library"), id="library"):
                library_table, library_policy = _library_tab(services)
            with gr.Tab(ui("tabs.retrieval"), id="retrieval"):
                retrieval_city = _retrieval_tab(services)
            with gr.Tab(ui("tabs.admin"), id="admin"):
                _admin_tab(admin)

        def feedback(session_id: str, turn_id: int, rating: int, comment: str = "") -> int:
            """Store 👍 (1) / 👎 (-1) for a logged turn of this session; the feedback id."""
            return chat.feedback_by_id(session_id, turn_id, rating, comment)

        def calculate(measure_id: str, inputs: dict) -> dict:
            """One calculator measure for the given inputs: {"markdown", "result"}."""
            text, result = services.calculate(measure_id, inputs or {})
            return {"markdown": text, "result": result}

        def on_load():
            # Cities and policies come from the current index: an upload shows up on reload.
            cities = [(c, c) for c in services.cities()]
            policies = services.policy_choices()
            return (gr.update(choices=[(ui("chat.city_auto"), ""), *cities]),
                    gr.update(choices=[(ui("retrieval.all_cities"), ""), *cities]),
                    services.library(), gr.update(choices=policies))

        gr.api(feedback, api_name="feedback")
        gr.api(calculate, api_name="calculate")
        demo.load(on_load, None, [chat_city, retrieval_city, library_table, library_policy],
                  api_visibility="private")
    return demo


UPLOAD_PATH = "/gradio_api/upload"


def guard_uploads(api, admin_enabled: bool, per_window: int | None = None, window_seconds: float = 600) -> None:
    """Gradio accepts file uploads from anyone; only the 管理 tab needs them. With admin off, no
    upload is accepted at all; with it on, each address gets a small budget per window."""
    import threading
    import time

    from fastapi.responses import JSONResponse

    budget = per_window if per_window is not None else int(os.environ.get("POLICY_UPLOADS_PER_WINDOW") or 10)
    seen: dict[str, list[float]] = {}
    lock = threading.Lock()

    @api.middleware("http")
    async def _uploads(request, call_next):
        if request.method == "POST" and request.url.path.rstrip("/") == UPLOAD_PATH:
            if not admin_enabled:
                return JSONResponse({"error": {"code": "upload_disabled", "message": ui("upload_errors.disabled")}},
                                    status_code=403)
            address = request.client.host if request.client else "-"
            now = time.monotonic()
            with lock:
                recent = [t for t in seen.get(address, []) if now - t < window_seconds]
                if len(recent) >= budget:
                    return JSONResponse({"error": {"code": "upload_budget",
                                                   "message": ui("upload_errors.budget")}}, status_code=429)
                seen[address] = [*recent, now]
        return await call_next(request)


# The page never loads images or media from another host, whatever a message's markdown says.
CONTENT_POLICY = "img-src 'self' data: blob:; media-src 'self' data: blob:"


def forbid_remote_media(api) -> None:
    """Every response says (Content-Security-Policy) that images and media come only from this server;
    the page itself also tells Gradio to speak Chinese (head_script)."""
    from fastapi.responses import Response

    @api.middleware("http")
    async def _policy(request, call_next):
        response = await call_next(request)
        if request.method == "GET" and request.url.path == "/" and \
                response.headers.get("content-type", "").startswith("text/html"):
            body = b"".join([chunk async for chunk in response.body_iterator])
            headers = {k: v for k, v in response.headers.items() if k.lower() != "content-length"}
            response = Response(body.replace(b"<head>", head_script(), 1), status_code=response.status_code,
                                headers=headers)
        response.headers.setdefault("Content-Security-Policy", CONTENT_POLICY)
        return response


def _parser() -> argparse.ArgumentParser:
    env = os.environ
    parser = argparse.ArgumentParser(prog="python app.py", description=prompts.text("cli", "app.description"))
    parser.add_argument("--host", default=env.get("POLICY_HOST") or "127.0.0.1", help=prompts.text("cli", "app.host"))
    parser.add_argument("--port", type=int, default=int(env.get("POLICY_PORT") or 7860),
                        help=prompts.text("cli", "app.port"))
    parser.add_argument("--data-dir", help=prompts.text("cli", "app.data_dir"))
    parser.add_argument("--index-dir", help=prompts.text("cli", "app.index_dir"))
    parser.add_argument("--database-url", help=prompts.text("cli", "app.database_url"))
    parser.add_argument("--lexical-only", action="store_true", help=prompts.text("cli", "app.lexical_only"))
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    # Flags become their environment twins, so the engine's default settings agree with ours.
    for flag, name in (("data_dir", "POLICY_DATA_DIR"), ("index_dir", "POLICY_INDEX_DIR"),
                       ("database_url", "POLICY_DATABASE_URL")):
        if getattr(args, flag):
            os.environ[name] = str(getattr(args, flag))
    if args.lexical_only:
        os.environ["POLICY_LEXICAL_ONLY"] = "1"
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    from ingest.settings import IndexSettings

    services = Services(IndexSettings.from_env())
    services.ensure_index()
    services.warm_up()
    demo = build_app(services)
    demo.queue(default_concurrency_limit=4, max_size=512)
    # One process serves the web app and the APIs: /api/v1/* (REST), /v1/* (OpenAI-compatible),
    # /docs (OpenAPI), and the Gradio UI mounted at / (its own routes live under /gradio_api).
    api = build_api(services)
    guard_uploads(api, AdminService(services).enabled)
    forbid_remote_media(api)
    app = gr.mount_gradio_app(api, demo, path="/", server_name=args.host, server_port=args.port,
                              theme=theme(), css=CSS, max_file_size=max_upload_bytes(), footer_links=[],
                              ssr_mode=False, mcp_server=False, pwa=False, show_error=False,
                              i18n=gr.I18n(**{"zh-CN": ui("gradio_zh"), "zh": ui("gradio_zh")}))
    log.info("serving on http://%s:%s", args.host, args.port)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0


if __name__ == "__main__":
    sys.exit(main())
