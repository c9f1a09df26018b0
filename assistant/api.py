"""The REST API and the OpenAI-compatible endpoint over the engine: `build_api(services)`.

`/api/v1/ask` answers one message of a conversation kept server-side (a SessionStore);
`/api/v1/calculate`, `/match`, `/policies` and `/measures` expose the calculators and the
policy library; `/v1/chat/completions` and `/v1/models` let any OpenAI-compatible client
(Open WebUI, LobeChat, Dify, LangChain) talk to the same engine. Every error is
`{"error": {"code", "message"}}` with a Chinese message from prompts/api.yaml. app.py mounts
the Gradio UI onto the FastAPI app returned here (docs/api.md).
"""

from __future__ import annotations

import hmac
import json
import logging
import re
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, FastAPI, Security
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, StreamingResponse
from fastapi.security import HTTPBearer
from pydantic import AfterValidator, BaseModel, ConfigDict, Field
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from assistant.config import ApiSettings, AssistantConfig
from assistant.deps import Deps, build_deps
from assistant.engine import answer, new_session
from assistant.lifecycle import dated_state
from assistant.services import Services, ui
from assistant.sessions import SessionNotFound, SessionStore, make_session_store
from assistant.types import Answer
from calculators import CalculatorError, Measure, calculate, match_profile
from prompts import entry, text

log = logging.getLogger(__name__)
API_PATHS = ("/api/v1/", "/v1/")  # the paths the token and the body limit guard
_STATUS = {"unauthorized": 401, "too_large": 413, "bad_json": 400, "invalid": 422, "empty": 422,
           "too_long": 422, "unknown_inputs": 422, "empty_profile": 422, "no_user_message": 422,
           "last_not_user": 422, "session_not_found": 404, "measure_not_found": 404,
           "city_not_found": 404, "model_not_found": 404, "not_found": 404, "method_not_allowed": 405,
           "http": 400, "internal": 500}
_PIECE = re.compile(r"[^。！？；\n]*[。！？；\n]+|[^。！？；\n]+$")  # streamed a sentence at a time
_CJK = "\u3400-\u9fff\uf900-\ufaff"
_TOKEN = re.compile(rf"[{_CJK}]|[A-Za-z0-9_]+|[^\sA-Za-z0-9_{_CJK}]")
_BEARER = HTTPBearer(auto_error=False)


# -- errors -------------------------------------------------------------------------------
class ApiError(HTTPException):
    """A request the API refuses; its message is Chinese and reaches the caller as is."""

    def __init__(self, code: str, message: str, status: int | None = None) -> None:
        super().__init__(status_code=status or _STATUS[code], detail=message)
        self.code, self.message = code, message


def _fail(code: str, **values: object) -> ApiError:
    return ApiError(code, text("api", f"errors.{code}", **values))


def _error_response(error: ApiError, headers: dict[str, str] | None = None) -> JSONResponse:
    if error.code == "unauthorized":
        headers = {**(headers or {}), "WWW-Authenticate": "Bearer"}
    return JSONResponse({"error": {"code": error.code, "message": error.message}},
                        status_code=error.status_code, headers=headers)


def _field_name(loc: tuple[Any, ...]) -> str:
    parts = list(loc[1:] if loc and loc[0] in ("body", "query", "path", "header") else loc)
    name = ""
    for part in parts:
        name += f"[{part}]" if isinstance(part, int) else f".{part}" if name else str(part)
    return name or text("api", "validation.body")


def _validation_error(errors: list[dict[str, Any]]) -> ApiError:
    """pydantic's errors as one Chinese sentence; unparseable JSON is a 400 of its own."""
    for e in errors:
        if e["type"] == "json_invalid":
            return _fail("bad_json", position=int(e["loc"][-1]) + 1, reason=(e.get("ctx") or {}).get("error", ""))
    problems = entry("api", "validation.problems")
    items: list[str] = []
    for e in errors:
        ctx = e.get("ctx") or {}
        kind = e["type"] if e["type"] in problems else "other"
        detail = str(ctx.get("error", "")) if kind == "value_error" else e.get("msg", "")
        problem = text("api", f"validation.problems.{kind}", detail=detail, expected=ctx.get("expected", ""))
        item = text("api", "validation.item", field=_field_name(tuple(e.get("loc", ()))), problem=problem)
        if item not in items:
            items.append(item)
    return _fail("invalid", problems=text("api", "validation.separator").join(items))


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
        if isinstance(exc, ApiError):
            return _error_response(exc)
        where = {"method": request.method, "path": request.url.path}
        error = (_fail("not_found", **where) if exc.status_code == 404
                 else _fail("method_not_allowed", **where) if exc.status_code == 405
                 else ApiError("http", text("api", "errors.http", status=exc.status_code), exc.status_code))
        return _error_response(error, headers=dict(exc.headers or {}))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        return _error_response(_validation_error(list(exc.errors())))

    @app.exception_handler(Exception)
    async def internal(request: Request, exc: Exception) -> JSONResponse:
        log.error("API request %s %s failed", request.method, request.url.path, exc_info=exc)
        return _error_response(_fail("internal"))


# -- token and body size, before any body is read ----------------------------------------
def _token_ok(header: str, tokens: tuple[str, ...]) -> bool:
    scheme, _, given = header.partition(" ")
    secret = given.strip().encode()
    return scheme.lower() == "bearer" and any(hmac.compare_digest(secret, t.encode()) for t in tokens)


class _Gate:
    """The token check and the body limit on the API's own paths only, so that the Gradio app
    mounted beside it keeps its own rules (uploads are larger than 64 KB)."""

    def __init__(self, app: ASGIApp, settings: ApiSettings) -> None:
        self.app, self.settings = app, settings

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(API_PATHS):
            await self.app(scope, receive, send)
            return
        headers, limit = Headers(scope=scope), self.settings.max_body_bytes
        declared = headers.get("content-length", "")
        refusal = None
        if self.settings.tokens and not _token_ok(headers.get("authorization", ""), self.settings.tokens):
            refusal = _fail("unauthorized")
        elif declared.isdigit() and int(declared) > limit:
            refusal = _fail("too_large", limit=limit)
        if refusal is not None:
            await _error_response(refusal)(scope, receive, send)
            return
        received = 0

        async def counted() -> Message:  # a chunked body states no length: count what arrives
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > limit:
                raise _fail("too_large", limit=limit)  # FastAPI re-raises it; the handler renders it
            return message

        await self.app(scope, counted, send)


# -- request bodies -----------------------------------------------------------------------
def _input_value(value: Any) -> Any:
    scalar = (str, int, float, bool)
    if value is None or isinstance(value, scalar) or (
            isinstance(value, list) and all(isinstance(v, scalar) for v in value)):
        return value
    raise ValueError(text("api", "validation.input_value"))


InputValue = Annotated[Any, AfterValidator(_input_value)]


def _strict(example: str) -> ConfigDict:
    return ConfigDict(extra="forbid", json_schema_extra={"examples": [entry("api", f"examples.{example}")]})


class AskRequest(BaseModel):
    """One message; the session_id of the previous reply continues that conversation."""

    model_config = _strict("ask")
    message: str
    session_id: str | None = None


class CalculateRequest(BaseModel):
    """One measure (an id from /api/v1/measures) for the given inputs, judged on as_of."""

    model_config = _strict("calculate")
    measure_id: str
    inputs: dict[str, InputValue] = Field(default_factory=dict)
    as_of: date | None = None


class MatchRequest(BaseModel):
    """An enterprise profile (input name -> value) against every measure of a city, or of all."""

    model_config = _strict("match")
    profile: dict[str, InputValue]
    city: str | None = None
    as_of: date | None = None


class ChatMessage(BaseModel):
    model_config = ConfigDict(extra="allow")
    role: str
    content: str | list[dict[str, Any]] | None = None


class StreamOptions(BaseModel):
    model_config = ConfigDict(extra="allow")
    include_usage: bool = False


class ChatRequest(BaseModel):
    """An OpenAI chat completion request; sampling options are accepted and ignored."""

    model_config = ConfigDict(extra="allow")
    model: str
    messages: list[ChatMessage] = Field(min_length=1)
    stream: bool = False
    stream_options: StreamOptions | None = None


def _content_text(content: str | list[dict[str, Any]] | None) -> str:
    """A message's text: the string, or its text parts joined (images and files are ignored)."""
    if isinstance(content, list):
        return "".join(str(p.get("text", "")) for p in content if p.get("type") == "text")
    return content or ""


def count_tokens(value: str) -> int:
    """An approximate token count: each CJK character, each run of Latin letters or digits
    and each other symbol is one (the engine uses no tokenizer)."""
    return len(_TOKEN.findall(value))


# -- the routes ---------------------------------------------------------------------------
@dataclass
class _Api:
    """What the routes share: the engine's dependencies, settings, sessions."""

    services: Services
    deps: Deps
    settings: ApiSettings
    store: SessionStore
    started: int = field(default_factory=lambda: int(time.time()))

    def check_message(self, message: str) -> None:
        limit = self.deps.config.max_message_chars
        if not message.strip():
            raise _fail("empty")
        if len(message.strip()) > limit:
            raise _fail("too_long", length=len(message.strip()), limit=limit)

    def city(self, name: str | None) -> str | None:
        """The corpus city a `city` parameter names (运城 or 运城市), None when not given."""
        if name is None or not name.strip():
            return None
        known = self.services.cities()
        city = name.strip().removesuffix("市")
        if city not in known:
            raise _fail("city_not_found", city=name.strip(), cities="、".join(known))
        return city

    def measure(self, measure_id: str) -> Measure:
        try:
            return self.deps.rulebook.measure(measure_id)
        except CalculatorError:
            raise _fail("measure_not_found", measure_id=measure_id) from None

    def check_inputs(self, given: dict[str, Any], measure: Measure | None = None) -> None:
        unknown = [k for k in given if self.deps.rulebook.input_name(k) is None]
        if unknown:
            raise _fail("unknown_inputs", names="、".join(unknown),
                        wanted="、".join(measure.inputs) if measure else "")

    def converse(self, turns: list[str]) -> Answer:
        """A fresh session through the given user messages; the reply to the last one."""
        session = new_session()
        # the earlier turns only rebuild the context: no model rephrases replies nobody reads
        quiet = replace(self.deps, llm=None) if self.deps.llm is not None else self.deps
        for turn in turns[:-1]:
            answer(turn, session, quiet)
        return answer(turns[-1], session, self.deps)

    def model_card(self) -> dict[str, Any]:
        return {"id": self.settings.model_id, "object": "model", "created": self.started,
                "owned_by": "policy-assistant"}


def _policy_dict(policy: Any, day: date) -> dict[str, Any]:
    status = dated_state(policy, day)
    return {**policy.to_dict(), "status": status, "status_text": ui(f"library.{status}"),
            "expired": status == "expired"}


def _measure_dict(m: Measure, api: _Api) -> dict[str, Any]:
    specs = [api.deps.rulebook.inputs[name] for name in m.inputs]
    return {"id": m.id, "city": m.city, "doc_number": m.doc_number, "clause": m.clause, "name": m.name,
            "has_amount": m.has_amount, "formula": m.formula_text,
            "inputs": [{"name": s.name, "label": s.label, "kind": s.kind, "unit": s.unit,
                        "question": s.question, "choices": [c.value for c in s.choices],
                        "multiple": s.multiple} for s in specs]}


def _rest_router(api: _Api) -> APIRouter:
    router = APIRouter(tags=[entry("api", "openapi.rest")])

    @router.post("/ask")
    def ask(body: AskRequest) -> dict[str, Any]:
        """The Answer JSON (DESIGN.md) of one message, plus the session_id to continue with."""
        api.check_message(body.message)
        try:
            with api.store.open(body.session_id) as session:
                reply = answer(body.message, session, api.deps)
                return {**reply.to_dict(), "session_id": session.id}
        except SessionNotFound:
            raise _fail("session_not_found", session_id=body.session_id,
                        minutes=round(api.store.ttl_seconds / 60)) from None

    @router.post("/calculate")
    def calculate_measure(body: CalculateRequest) -> dict[str, Any]:
        """The calculation of one measure: eligibility, amount, steps with clauses, what is missing."""
        measure = api.measure(body.measure_id)
        api.check_inputs(body.inputs, measure)
        result = calculate(measure.id, dict(body.inputs), as_of=body.as_of or api.deps.as_of,
                           rulebook=api.deps.rulebook)
        return result.to_dict()

    @router.post("/match")
    def match(body: MatchRequest) -> dict[str, Any]:
        """Every measure of the city (or of all cities) checked against the profile, by outcome."""
        city = api.city(body.city)
        api.check_inputs(body.profile)
        if all(v is None or v == "" or v == [] for v in body.profile.values()):
            raise _fail("empty_profile")
        report = match_profile(dict(body.profile), as_of=body.as_of or api.deps.as_of, city=city,
                               rulebook=api.deps.rulebook)
        return report.to_dict()

    @router.get("/policies")
    def policies(city: str | None = None) -> dict[str, Any]:
        """The policy documents in the index, with their validity on the as-of date."""
        name, day = api.city(city), api.deps.as_of
        rows = [_policy_dict(p, day) for p in api.deps.retriever.policies() if name is None or p.city == name]
        return {"as_of": day.isoformat(), "policies": rows}

    @router.get("/measures")
    def measures(city: str | None = None) -> dict[str, Any]:
        """The measures the calculators know, with the inputs each one reads."""
        name = api.city(city)
        chosen = api.deps.rulebook.by_city(name) if name else api.deps.rulebook.measures
        return {"measures": [_measure_dict(m, api) for m in chosen]}

    return router


def _openai_router(api: _Api) -> APIRouter:
    router = APIRouter(tags=[entry("api", "openapi.openai")])

    @router.get("/models")
    def models() -> dict[str, Any]:
        return {"object": "list", "data": [api.model_card()]}

    @router.get("/models/{model_id}")
    def model(model_id: str) -> dict[str, Any]:
        if model_id != api.settings.model_id:
            raise _fail("model_not_found", model=model_id, expected=api.settings.model_id)
        return api.model_card()

    @router.post("/chat/completions", response_model=None)
    def chat_completions(body: ChatRequest) -> dict[str, Any] | StreamingResponse:
        """The user messages replayed through a fresh session; the reply to the last one.

        The reply carries its citations in its text; the Answer JSON rides along as `answer`.
        """
        if body.model != api.settings.model_id:
            raise _fail("model_not_found", model=body.model, expected=api.settings.model_id)
        turns = [_content_text(m.content) for m in body.messages if m.role == "user"]
        if not turns:
            raise _fail("no_user_message")
        if body.messages[-1].role != "user":
            raise _fail("last_not_user")
        api.check_message(turns[-1])
        reply = api.converse(turns[-api.settings.max_replay_turns:])
        prompt = sum(count_tokens(_content_text(m.content)) for m in body.messages)
        done = count_tokens(reply.text)
        usage = {"prompt_tokens": prompt, "completion_tokens": done, "total_tokens": prompt + done}
        head = {"id": f"chatcmpl-{uuid.uuid4().hex}", "created": int(time.time()),
                "model": api.settings.model_id, "system_fingerprint": None}
        if body.stream:
            with_usage = bool(body.stream_options and body.stream_options.include_usage)
            return StreamingResponse(_chunks(head, reply, usage if with_usage else None),
                                     media_type="text/event-stream",
                                     headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})
        message = {"role": "assistant", "content": reply.text, "refusal": None}
        return {**head, "object": "chat.completion", "usage": usage, "answer": reply.to_dict(),
                "choices": [{"index": 0, "message": message, "logprobs": None, "finish_reason": "stop"}]}

    return router


def _chunks(head: dict[str, Any], reply: Answer, usage: dict[str, int] | None) -> Iterator[str]:
    """Server-sent events in the protocol's chunk format, a sentence at a time, then [DONE]."""

    def event(delta: dict[str, Any], finish: str | None = None, **extra: Any) -> str:
        chunk = {**head, "object": "chat.completion.chunk", **extra,
                 "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}]}
        if usage is not None:
            chunk.setdefault("usage", None)
        return f"data: {json.dumps(chunk, ensure_ascii=False)}\n\n"

    yield event({"role": "assistant", "content": ""})
    for piece in _PIECE.findall(reply.text):
        yield event({"content": piece})
    yield event({}, "stop", answer=reply.to_dict())
    if usage is not None:
        yield f"data: {json.dumps({**head, 'object': 'chat.completion.chunk', 'choices': [], 'usage': usage})}\n\n"
    yield "data: [DONE]\n\n"


# -- the app ------------------------------------------------------------------------------
def build_api(services: Services, config: AssistantConfig | None = None, settings: ApiSettings | None = None,
              store: SessionStore | None = None) -> FastAPI:
    """The API as a FastAPI app (OpenAPI at /docs); app.py mounts the Gradio UI onto it."""
    settings = settings or ApiSettings.from_env()
    deps = build_deps(services.settings, config=config or AssistantConfig.from_env())
    if store is None:  # not `store or`: an empty store has len() 0 and is falsy
        store = make_session_store(settings.session_store, settings.session_ttl_seconds, settings.max_sessions)
    api = _Api(services, deps, settings, store)
    app = FastAPI(title=entry("api", "openapi.title"), description=entry("api", "openapi.description"),
                  version="1")
    guard = [Security(_BEARER)] if settings.tokens else []  # documents the token; _Gate enforces it
    app.include_router(_rest_router(api), prefix="/api/v1", dependencies=guard)
    app.include_router(_openai_router(api), prefix="/v1", dependencies=guard)
    _install_error_handlers(app)
    app.add_middleware(_Gate, settings=settings)
    app.state.api = api
    return app
