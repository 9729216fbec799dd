"""The API application: mounted at ``/v1`` beside the browser UI, or served alone.

Requests run the same pipeline as the UI: the persona's target (language,
policy, the user's register), its system prompt, the engine's FIFO line, the
register guard. A stream is pumped by a worker thread that owns the
generation; when the client goes away, the generation is stopped within one
token and the engine is free for the next caller.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import secrets
import threading
import time
import uuid
from collections.abc import AsyncIterator, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from fastapi import Depends, FastAPI, Request
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import ValidationError
from starlette.background import BackgroundTask
from starlette.exceptions import HTTPException

from chatbot import locales
from chatbot.api.schema import ChatRequest, FieldError, find_surrogate, loc_path, split_messages
from chatbot.check import GuardSettings, RegisterGuard, Verdict
from chatbot.config import Sampling, Settings
from chatbot.errors import BusyError, ChatbotError, ConfigError, EngineError, InputError
from chatbot.generate.runtime import Chat, Runtime
from chatbot.persona.registry import PersonaRegistry
from chatbot.persona.render import avoid_phrases
from chatbot.persona.session import persona_session
from chatbot.plan.target import allowed_levels, target_for
from chatbot.prompt.names import names_from
from chatbot.stream.events import Done, Event, Notice, TextDelta, ThinkingDelta

KEEPALIVE_S = 10.0  # a streamed reply sends a comment line when nothing came for this long
HISTORY_FACTOR = 50  # a whole conversation may be this many messages' worth of characters
MAX_MESSAGES = 512
MAX_BODY_BYTES = 8 * 1024 * 1024
_FINISH = {"stop": "stop", "length": "length", "context": "length", "cancelled": "stop"}

log = logging.getLogger(__name__)
# What a client is told of a remote engine's failure; the server's log names the engine.
ENGINE_FAILED = "the model engine failed or cannot be reached; try again shortly"


class ApiError(Exception):
    def __init__(
        self,
        status: int,
        message: str,
        kind: str,
        code: str | None = None,
        param: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status, self.message, self.kind, self.code = status, message, kind, code
        self.param = param


def _error(
    status: int,
    message: str,
    kind: str,
    code: str | None = None,
    param: str | None = None,
    headers: Mapping[str, str] | None = None,
) -> JSONResponse:
    """OpenAI's error body; ``param`` names the request field at fault, when one is."""
    body = {"error": {"message": message, "type": kind, "param": param, "code": code}}
    headers = dict(headers or {})
    if status == 503:
        headers["Retry-After"] = "5"
    elif status == 401:
        headers["WWW-Authenticate"] = "Bearer"  # RFC 9110: say which scheme is wanted
    return JSONResponse(body, status_code=status, headers=headers or None)


def _told(exc: ChatbotError) -> str:
    """What a client is told of ``exc``: a remote engine's failure without the engine's
    details, which go to the server's log."""
    if isinstance(exc, EngineError):
        log.error("engine error: %s", exc)
        return ENGINE_FAILED
    return str(exc)


def _refused(exc: ChatbotError) -> JSONResponse:
    """A request refused for what it asks (400), naming the field when known; a remote
    engine's failure is a 502 that does not name the engine (the server's log does); any
    other error of the pipeline (a persona that fails to render, say) is the server's (500)."""
    if isinstance(exc, EngineError):
        return _error(502, _told(exc), "server_error", "engine_error")
    if not isinstance(exc, InputError):
        return _error(500, str(exc), "server_error")
    param = getattr(exc, "param", None)
    if param is None and isinstance(exc, InputError):
        param = "messages"  # the pipeline's own refusals are about the conversation
    code = getattr(exc, "code", None)  # context_length_exceeded, as OpenAI answers it
    return _error(400, str(exc), "invalid_request_error", code=code, param=param)


def _validation_error(exc: ValidationError) -> JSONResponse:
    first = exc.errors()[0]
    where = loc_path(first["loc"]) or "body"
    return _error(400, f"{where}: {first['msg']}", "invalid_request_error", param=where)


async def _read_body(request: Request) -> bytes | None:
    """The body, or None once it passes MAX_BODY_BYTES (a chunked body has no length to check)."""
    size = request.headers.get("content-length")
    if size is not None and size.isdigit() and int(size) > MAX_BODY_BYTES:
        return None
    parts, total = [], 0
    async for part in request.stream():
        total += len(part)
        if total > MAX_BODY_BYTES:
            return None
        parts.append(part)
    return b"".join(parts)


@dataclass
class Reply:
    """One turn as the API reports it."""

    text: str = ""
    reasoning: str = ""
    verdict: Verdict | None = None
    done: Done | None = None
    notices: list[str] = field(default_factory=list)  # e.g. that old turns were trimmed


class Halt:
    """Ends a turn from any thread within one token, even between a guard's attempts
    (a flag of its own, which outlives the session's, cleared when a new turn starts)."""

    def __init__(self, chat: Chat) -> None:
        self.chat = chat
        self.event = threading.Event()

    def __call__(self) -> None:
        self.event.set()
        self.chat.stop()

    def is_set(self) -> bool:
        return self.event.is_set()


@dataclass
class Api:
    engine: Runtime
    registry: PersonaRegistry
    settings: Settings
    api_key: str | None = None

    @property
    def max_message_chars(self) -> int:
        return self.settings.max_message_chars

    @property
    def model_name(self) -> str:
        """The loaded GGUF's file name without .gguf (a remote engine's own name for its
        model): an id clients can type."""
        return self.engine.info.id

    def models(self) -> list[str]:
        return [self.model_name, *sorted(self.registry.entries())]

    # -- one request --------------------------------------------------------

    def prepare(self, req: ChatRequest) -> tuple[Iterator[Event | Verdict], Halt]:
        """The event stream for ``req`` (not started yet), and how to end it early."""
        req.refuse_unsupported()
        req.stops()  # refuses more than 4 before any work
        if len(req.messages) > MAX_MESSAGES:
            raise FieldError(
                f"messages: {len(req.messages)} messages; the limit is {MAX_MESSAGES}. "
                "Send fewer past turns",
                "messages",
            )
        ceiling = self.settings.sampling.max_tokens
        asked = req.max_completion_tokens or req.max_tokens
        if asked is not None and asked > ceiling:
            name = "max_completion_tokens" if req.max_completion_tokens else "max_tokens"
            raise FieldError(
                f"{name}: {asked} is more than this server allows ({ceiling}; "
                "the operator sets it with --max-tokens or CHATBOT_MAX_TOKENS)",
                name,
            )
        system, history, text = split_messages(req.messages)
        if not text.strip():
            raise FieldError("the last user message is empty", "messages")
        # Each message the user or the system wrote, as sent: consecutive ones are
        # joined into one turn after this, and a reply may be longer.
        for i, m in enumerate(req.messages):
            if m.role == "assistant":
                continue
            size = len(m.text(f"messages[{i}]"))
            if size > self.max_message_chars:
                raise FieldError(
                    f"messages[{i}] ({m.role}) is {size} characters; the limit is "
                    f"{self.max_message_chars}",
                    f"messages[{i}].content",
                )
        total = sum(len(m["content"]) for m in history) + len(text) + len(system or "")
        if total > self.max_message_chars * HISTORY_FACTOR:
            raise FieldError(
                f"the conversation is {total} characters; the limit is "
                f"{self.max_message_chars * HISTORY_FACTOR}. Send fewer past turns",
                "messages",
            )
        try:
            sampling = Sampling.model_validate(
                {**self.settings.sampling.model_dump(), **req.sampling_update()}
            )
        except ValidationError as exc:
            first = exc.errors()[0]
            field_name = loc_path(first["loc"])
            if field_name == "max_tokens" and req.max_completion_tokens:
                field_name = "max_completion_tokens"
            raise FieldError(f"{field_name}: {first['msg']}", field_name) from exc
        thinking = self.settings.thinking if req.thinking is None else req.thinking
        if req.model == self.model_name:
            for field in ("locale", "level", "variety", "user_name"):  # a persona's, not this
                if getattr(req, field) is not None:
                    raise FieldError(
                        f"{field}: applies to a persona model, not to the plain model "
                        f"{self.model_name!r}; GET /v1/models lists the personas",
                        field,
                    )
            chat = self.engine.chat(system, sampling=sampling, thinking=thinking)
            chat.restore(history)
            halt = Halt(chat)
            return chat.send(text, cancelled=halt.is_set, stops=req.stops()), halt
        entries = self.registry.entries()
        if req.model not in entries:
            raise ApiError(
                404,
                f"model {req.model!r} not found; GET /v1/models lists them "
                f"(the loaded model {self.model_name!r} and one per persona)",
                "invalid_request_error",
                "model_not_found",
                "model",
            )
        entry = entries[req.model]
        persona = entry.persona
        if req.locale is not None and req.locale not in persona.locales:
            raise FieldError(
                f"locale: {req.locale!r} is not one this persona speaks "
                f"({', '.join(persona.locales)})",
                "locale",
            )
        if req.variety is not None:
            spoken = [s for s in map(locales.get, persona.locales) if s is not None]
            known = [v.id for s in spoken for v in s.varieties]
            if req.variety not in known:
                raise FieldError(
                    f"variety: {req.variety!r} is not a variety of a language this persona "
                    f"speaks ({', '.join(known) or 'none has one'})",
                    "variety",
                )
            if req.locale is not None and not req.variety.startswith(f"{req.locale}."):
                raise FieldError(
                    f"variety: {req.variety!r} is not a variety of locale {req.locale!r}; "
                    "give one of its own, or leave locale out",
                    "variety",
                )
        earlier = [str(m["content"]) for m in history if m["role"] == "user"]
        # A variety holds where the reply is in its language (pt.brazil for pt).
        target, _ = target_for(persona, text, req.locale, req.level, earlier, req.variety)
        if req.level is not None and target.level != req.level:  # not allowed: ignored there
            allowed = allowed_levels(persona, target.locale)
            raise FieldError(
                f"level: {req.level!r} is not one this persona allows in {target.locale} "
                f"({', '.join(allowed)})",
                "level",
            )
        chat = persona_session(
            self.engine,
            entry,
            target,
            sampling,
            thinking=thinking,
            overrides=req.sampling_update(),
            names=names_from(req.user_name, locales.get(target.locale)),
        )
        if system:  # the caller's instructions follow the persona's, which stay in force
            chat.conversation.system = f"{chat.conversation.system}\n\n{system}"
            chat.reset()
        chat.restore(history)
        guard = RegisterGuard(chat, GuardSettings.from_settings(self.settings))
        halt = Halt(chat)
        avoid = avoid_phrases(entry.persona, target.locale)
        # Stop strings cut the reply as it is generated, so the guard reads what
        # the caller gets, and nothing past a stop is generated.
        stops = req.stops()
        return guard.send(text, target, avoid=avoid, cancelled=halt.is_set, stops=stops), halt


def create_api(
    engine: Runtime,
    registry: PersonaRegistry,
    settings: Settings,
    *,
    api_key: str | None = None,
) -> FastAPI:
    """The API as an app whose routes are ``/models`` and ``/chat/completions``: mount it at /v1."""
    api = Api(engine, registry, settings, api_key)
    started = int(time.time())  # the models' "created": the same for the server's run

    def _authorized(request: Request) -> None:
        if api.api_key is None:
            return
        scheme, _, given = request.headers.get("authorization", "").strip().partition(" ")
        right = secrets.compare_digest(given.strip().encode(), api.api_key.encode())
        if scheme.lower() != "bearer" or not right:  # the scheme is case-insensitive (RFC 9110)
            raise ApiError(
                401,
                "missing or wrong API key: send the header 'Authorization: Bearer <key>'",
                "invalid_request_error",
                "invalid_api_key",
            )

    # A dependency, not an HTTP middleware: Starlette's BaseHTTPMiddleware would
    # hide a client's disconnect from the endpoint.
    # FastAPI serves its docs beside the routes, outside ``dependencies``: with a key they
    # would be the one part of /v1 open to anyone, so then the schema is a guarded route
    # and the Swagger page (which cannot send the key to fetch it) is off.
    keyed = api_key is not None
    app = FastAPI(
        title="chatbot API",
        docs_url=None if keyed else "/docs",
        openapi_url=None if keyed else "/openapi.json",
        dependencies=[Depends(_authorized)],
    )
    if keyed:

        @app.get("/openapi.json", include_in_schema=False)
        def openapi() -> dict[str, Any]:
            return app.openapi()

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return _error(exc.status, exc.message, exc.kind, exc.code, exc.param)

    @app.exception_handler(HTTPException)
    async def _http_error(request: Request, exc: HTTPException) -> JSONResponse:
        """Unknown paths and wrong methods, in OpenAI's error format too."""
        message = str(exc.detail)
        code = None
        if exc.status_code in (404, 405):
            code = "unknown_url" if exc.status_code == 404 else "method_not_allowed"
            message = (
                f"{message}: {request.method} {request.url.path}. This API serves "
                "GET /v1/models, GET /v1/models/{id} and POST /v1/chat/completions"
            )
        return _error(exc.status_code, message, "invalid_request_error", code, headers=exc.headers)

    def _model(model_id: str, created: int) -> dict[str, Any]:
        return {"id": model_id, "object": "model", "created": created, "owned_by": "chatbot"}

    @app.get("/models")
    def models() -> dict[str, Any]:
        return {"object": "list", "data": [_model(m, started) for m in api.models()]}

    @app.get("/models/{model_id:path}")
    def model(model_id: str) -> dict[str, Any]:
        if model_id not in api.models():
            raise ApiError(
                404,
                f"model {model_id!r} not found; GET /v1/models lists them",
                "invalid_request_error",
                "model_not_found",
                "model",
            )
        return _model(model_id, started)

    @app.exception_handler(Exception)
    async def _unexpected(_request: Request, exc: Exception) -> JSONResponse:
        return _error(500, f"internal error: {type(exc).__name__}", "server_error")

    @app.post("/chat/completions", response_model=None)
    async def chat_completions(request: Request) -> JSONResponse | StreamingResponse:
        raw = await _read_body(request)
        if raw is None:
            return _error(
                413, f"the request body is over {MAX_BODY_BYTES} bytes", "invalid_request_error"
            )
        try:
            body = json.loads(raw)
            bad = find_surrogate(body)
        except UnicodeDecodeError:
            return _error(400, "the request body is not UTF-8 text", "invalid_request_error")
        except json.JSONDecodeError as exc:
            where = f"line {exc.lineno}, column {exc.colno}"
            return _error(
                400, f"the request body is not JSON: {exc.msg} ({where})", "invalid_request_error"
            )
        except ValueError:  # Python reads at most 4300 digits of an integer
            return _error(
                400, "the request body holds a number too long to read", "invalid_request_error"
            )
        except RecursionError:
            return _error(400, "the request body nests too deeply", "invalid_request_error")
        if bad is not None:
            return _error(
                400,
                f"{bad}: contains an unpaired UTF-16 surrogate (e.g. a lone \\ud800 escape), "
                "which is not text; send valid Unicode",
                "invalid_request_error",
                param=bad,
            )
        try:
            req = ChatRequest.model_validate(body)
            events, halt = await asyncio.to_thread(api.prepare, req)
        except ValidationError as exc:
            return _validation_error(exc)
        except ApiError as exc:
            return _error(exc.status, exc.message, exc.kind, exc.code, exc.param)
        except (ConfigError, InputError) as exc:
            return _refused(exc)
        reply = Reply()
        meta = {
            "id": f"chatcmpl-{uuid.uuid4().hex}",
            "created": int(time.time()),
            "model": req.model,
        }
        if not req.stream:
            try:
                await _drain_unless_gone(request, events, halt, reply)
            except BusyError as exc:
                return _error(503, str(exc), "server_busy", "queue_full")
            except ChatbotError as exc:
                return _refused(exc)
            return JSONResponse(_completion(reply, meta))
        pump = _Pump(events, halt)
        head = await pump.first(request)
        # A full queue, or a request the pipeline refuses at once (e.g. a message too long
        # for the context), is answered with its status before the stream starts.
        if isinstance(head, BusyError):
            pump.stop()
            return _error(503, str(head), "server_busy", "queue_full")
        if isinstance(head, ChatbotError):
            pump.stop()
            return _refused(head)
        usage = bool(req.stream_options and req.stream_options.include_usage)
        return StreamingResponse(
            _sse(_chunks(pump, head, halt, reply, meta, usage)),
            media_type="text/event-stream",
            headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
            background=BackgroundTask(pump.stop),
        )

    return app


# -- running a turn -----------------------------------------------------------


def _apply(event: Event | Verdict, reply: Reply) -> tuple[str, str]:
    """Record ``event``; the (answer, reasoning) text it adds for the caller."""
    if isinstance(event, TextDelta):
        reply.text += event.text
        return event.text, ""
    if isinstance(event, ThinkingDelta):
        reply.reasoning += event.text
        return "", event.text
    if isinstance(event, Verdict):
        reply.verdict = event
    elif isinstance(event, Notice) and event.kind == "trimmed":
        reply.notices.append(event.message)
    elif isinstance(event, Notice) and event.kind == "retry":
        reply.reasoning = ""  # the abandoned attempt's (a stream has sent it: see _chunks)
    elif isinstance(event, Done):
        reply.done = event
    return "", ""


def _drain(events: Iterator[Event | Verdict], reply: Reply) -> None:
    try:
        for event in events:
            _apply(event, reply)
    finally:
        close = getattr(events, "close", None)
        if close is not None:
            close()


async def _drain_unless_gone(
    request: Request, events: Iterator[Event | Verdict], halt: Halt, reply: Reply
) -> None:
    """Run the whole turn; a caller that hangs up stops it within one token."""
    task = asyncio.ensure_future(asyncio.to_thread(_drain, events, reply))
    while not task.done():
        await asyncio.wait({task}, timeout=0.25)
        if not task.done() and await request.is_disconnected():
            halt()
    await task


def _finish(reply: Reply) -> str:
    if reply.done is None:
        return "stop"
    return _FINISH[reply.done.finish_reason]


def _usage(reply: Reply) -> dict[str, int] | None:
    if reply.done is None:
        return None
    p, c = reply.done.prompt_tokens, reply.done.completion_tokens
    if reply.verdict is not None:  # a register retry's abandoned attempts were work too
        p, c = p + reply.verdict.retry_tokens[0], c + reply.verdict.retry_tokens[1]
    return {"prompt_tokens": p, "completion_tokens": c, "total_tokens": p + c}


def _register(reply: Reply) -> dict[str, Any] | None:
    return reply.verdict.to_json() if reply.verdict is not None else None


def _completion(reply: Reply, meta: dict[str, Any]) -> dict[str, Any]:
    message: dict[str, Any] = {"role": "assistant", "content": reply.text}
    if reply.reasoning:
        message["reasoning_content"] = reply.reasoning
    out = {
        **meta,
        "object": "chat.completion",
        "choices": [
            {"index": 0, "message": message, "finish_reason": _finish(reply), "logprobs": None}
        ],
        "usage": _usage(reply),
    }
    _extensions(out, reply)
    return out


def _extensions(out: dict[str, Any], reply: Reply) -> None:
    """What this server adds to OpenAI's fields: the register verdict, and notices."""
    register = _register(reply)
    if register is not None:
        out["register"] = register
    if reply.notices:
        out["notices"] = list(reply.notices)


# -- streaming ----------------------------------------------------------------

_END = object()


def _chunk(meta: dict[str, Any], delta: dict[str, Any], finish: str | None) -> dict[str, Any]:
    return {
        **meta,
        "object": "chat.completion.chunk",
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}],
    }


class _Pump:
    """A worker thread that owns the turn's generation and queues its events.

    Whoever stops reading (a client gone before or during the stream) calls
    ``stop``: the generation ends within one token, and the worker closes the
    event stream in its own thread, which frees the engine.
    """

    def __init__(self, events: Iterator[Event | Verdict], halt: Halt) -> None:
        self.events, self.halt = events, halt
        self.loop = asyncio.get_running_loop()
        self.queue: asyncio.Queue[Any] = asyncio.Queue()
        self.gone = threading.Event()
        threading.Thread(target=self._run, name="api-stream", daemon=True).start()

    def _put(self, item: Any) -> None:
        self.loop.call_soon_threadsafe(self.queue.put_nowait, item)

    def _run(self) -> None:
        try:
            for event in self.events:
                if self.gone.is_set():
                    break
                self._put(event)
        except BaseException as exc:  # handed to the reader, which reports it
            self._put(exc)
        finally:
            close = getattr(self.events, "close", None)
            if close is not None:
                close()
            self._put(_END)

    def stop(self) -> None:
        self.gone.set()
        self.halt()

    async def get(self) -> Any:
        return await self.queue.get()

    async def first(self, request: Request, patience: float = 0.5) -> Any:
        """The first item if it comes within ``patience`` (a full queue says so at once);
        None otherwise. A client that leaves meanwhile stops the turn."""
        deadline = self.loop.time() + patience
        while self.queue.empty():
            if await request.is_disconnected():
                self.stop()
                return None
            if self.loop.time() >= deadline:
                return None
            await asyncio.sleep(0.02)
        return await self.queue.get()


async def _chunks(
    pump: _Pump,
    head: Any,
    halt: Halt,
    reply: Reply,
    meta: dict[str, Any],
    usage: bool,
) -> AsyncIterator[dict[str, Any]]:
    """Chunks as the turn streams, from the pump's queue (``head`` already taken off it)."""
    try:
        yield _chunk(meta, {"role": "assistant", "content": ""}, None)
        item = head if head is not None else await pump.get()
        while item is not _END:
            if isinstance(item, BaseException):
                kind = (
                    "server_busy"
                    if isinstance(item, BusyError)
                    else "invalid_request_error"
                    if isinstance(item, InputError)
                    else "server_error"
                )
                message = _told(item) if isinstance(item, ChatbotError) else "internal error"
                yield {"error": {"message": message, "type": kind, "param": None, "code": None}}
                return
            text, reasoning = _apply(item, reply)
            if text:
                yield _chunk(meta, {"content": text}, None)
            if reasoning:
                yield _chunk(meta, {"reasoning_content": reasoning}, None)
            if isinstance(item, Notice) and item.kind == "retry":
                # The reasoning streamed so far was the abandoned attempt's: a client
                # that shows it can start over (the answer's text was held back).
                yield {**_chunk(meta, {}, None), "retry": dict(item.args)}
            item = await pump.get()
        last = _chunk(meta, {}, _finish(reply))
        _extensions(last, reply)
        yield last
        if usage:
            yield {**meta, "object": "chat.completion.chunk", "choices": [], "usage": _usage(reply)}
    finally:
        pump.stop()


async def _sse(chunks: AsyncIterator[dict[str, Any]]) -> AsyncIterator[str]:
    """Server-sent events of the chunks, and a comment line (which clients skip)
    every KEEPALIVE_S without one: a register retry, a long prompt on a CPU or a
    place in line can hold the next chunk back for longer than a client's or a
    proxy's read timeout."""
    pending: asyncio.Future[dict[str, Any]] | None = None
    try:
        while True:
            if pending is None:
                pending = asyncio.ensure_future(anext(chunks))
            done, _ = await asyncio.wait({pending}, timeout=KEEPALIVE_S)
            if not done:
                yield ": keep-alive\n\n"
                continue
            try:
                chunk = pending.result()
            except StopAsyncIteration:
                break
            pending = None
            yield f"data: {json.dumps(chunk, ensure_ascii=False)}\n\n"
        yield "data: [DONE]\n\n"
    finally:
        if pending is not None and not pending.done():
            pending.cancel()  # the client left mid-wait: the chunks' own cleanup runs
            with contextlib.suppress(Exception, asyncio.CancelledError):
                await pending
        await chunks.aclose()  # type: ignore[attr-defined]
