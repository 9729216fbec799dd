"""A remote OpenAI-compatible engine: llama.cpp's server, vLLM or Ollama generates,
and the pipeline (plan, prompt, register guard, streaming) stays here.

Each turn sends the conversation as messages to ``/chat/completions`` and reads
the reply as server-sent events. The server applies the model's chat template
and keeps its own prompt cache (llama-server's ``cache_prompt``, vLLM's prefix
caching), so a long conversation is not evaluated again on every turn. Closing
a reply (Stop, a register retry, a client gone) closes its connection, and the
server stops generating.

The engine serves several replies at once: as many as it has slots
(llama-server's ``/props`` says), else ``engine_parallel`` (default 4). Requests
beyond that wait here, in line, as they do for a model in-process.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import queue
import re
import socket
import threading
import time
from collections.abc import Callable, Generator, Iterator, Sequence
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpx

from chatbot.config import Sampling, Settings
from chatbot.errors import ContextError, EngineError, InputError
from chatbot.generate.controls import QWEN, quoted
from chatbot.generate.conversation import Conversation, Trim, Turn
from chatbot.generate.engine import ModelInfo
from chatbot.generate.queue import FairLock
from chatbot.generate.session import QueuedSession
from chatbot.stream.events import Done, Event, FinishReason, Notice
from chatbot.stream.reply import ReplyText

DEFAULT_SLOTS = 4
CONNECT_S = 10.0
# Between two streamed chunks: a long prompt on a busy engine is evaluated before
# the first one comes. Stop does not wait for it: it closes the connection.
READ_S = 600.0
PROBE_S = 10.0
HEALTH_S = 3.0  # a health check waits this long for the engine's model list ...
HEALTH_KEEP_S = 2.0  # ... and its answer stands this long (a prober may ask often)

# How llama-server ("exceeds the available context size"), vLLM ("maximum context
# length is …") and llama-cpp-python's server ("exceed context window", in a reply
# not streamed) refuse a conversation too long for the context.
_CONTEXT_FULL = re.compile(r"context (size|length|window)|maximum context", re.IGNORECASE)
# The sizes some of them name: vLLM's "maximum context length is 4096 tokens. However,
# you requested 5000 tokens", llama-cpp-python's "Requested tokens (5000) exceed context
# window of 4096" (llama-server sends n_prompt_tokens and n_ctx as fields).
_SIZES = (
    re.compile(r"maximum context length is (?P<ctx>\d+).*?requested (?P<asked>\d+)", re.S),
    re.compile(r"Requested tokens \((?P<asked>\d+)\) exceed context window of (?P<ctx>\d+)"),
)


def api_base(url: str) -> str:
    """``url`` ending in ``/v1``: http://host:8080 and http://host:8080/v1 both name the API."""
    parts = urlsplit(url.strip().rstrip("/"))
    path = parts.path if parts.path.endswith("/v1") else parts.path + "/v1"
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def redact(url: str) -> str:
    """``url`` as it may be shown: without a user and password in it."""
    parts = urlsplit(url)
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment))


def _hybrid_thinking(model: str) -> bool:
    """Whether a model's name is a Qwen3 hybrid (thinks when asked); the 2507 models
    either never think (Instruct) or always do (Thinking)."""
    name = model.lower()
    return "qwen3" in name and "2507" not in name


class _Silent(EngineError):
    """The engine closed the stream before any text or finish reason. llama-cpp-python's
    server does so (status 200) for a conversation longer than its context."""


class _ContextFull(EngineError):
    """The engine refused the conversation as too long for its context. ``asked`` and
    ``n_ctx``: the tokens asked for and the context's size, where the engine said."""

    def __init__(self, detail: str, asked: int | None = None, n_ctx: int | None = None) -> None:
        super().__init__(detail)
        if asked is None:
            for pattern in _SIZES:
                m = pattern.search(detail)
                if m:
                    asked, n_ctx = int(m["asked"]), int(m["ctx"])
                    break
        self.asked, self.n_ctx = asked, n_ctx


def _context_full(error: Any) -> _ContextFull | None:
    """The refusal in an OpenAI-style error (an ``error`` object or its message), if it is one."""
    message = str(error.get("message", "")) if isinstance(error, dict) else str(error)
    if not _CONTEXT_FULL.search(message):
        return None
    fields = error if isinstance(error, dict) else {}
    asked, n_ctx = fields.get("n_prompt_tokens"), fields.get("n_ctx")
    if isinstance(asked, int) and isinstance(n_ctx, int):  # llama-server
        return _ContextFull(message, asked, n_ctx)
    return _ContextFull(message)


class RemoteEngine:
    """A model served by an OpenAI-compatible server. Thread-safe."""

    def __init__(self, settings: Settings, *, transport: httpx.BaseTransport | None = None) -> None:
        if not settings.engine_url:
            raise EngineError("no engine address: set --engine-url or CHATBOT_ENGINE_URL")
        address = api_base(settings.engine_url)
        self.url = redact(address)  # what messages show: no credentials
        headers = {"Authorization": f"Bearer {settings.engine_key}"} if settings.engine_key else {}
        timeout = httpx.Timeout(READ_S, connect=CONNECT_S)
        self.http = httpx.Client(
            base_url=address, headers=headers, timeout=timeout, transport=transport
        )
        # Replies go on connections of their own (no keep-alive), so leaving one can shut
        # its socket down, which the engine notices even while it evaluates the prompt.
        self.streams = httpx.Client(
            base_url=address,
            headers=headers,
            timeout=timeout,
            limits=httpx.Limits(max_connections=None, max_keepalive_connections=0),
            transport=transport,
        )
        # A seed set, each request gets the next one: Regenerate gives another reply, and
        # the run as a whole is reproducible, as with the in-process engine.
        self._seeds = itertools.count(settings.seed) if settings.seed >= 0 else None
        self._health_lock = threading.Lock()
        self._health: tuple[float, str | None] = (-HEALTH_KEEP_S, None)
        listed = self._models()
        ids = [str(m.get("id")) for m in listed if isinstance(m, dict) and m.get("id")]
        model = settings.engine_model or (ids[0] if ids else None)
        if model is None:
            raise EngineError(
                f"the engine at {self.url} lists no model: name the one to use with "
                "--engine-model (or CHATBOT_ENGINE_MODEL)"
            )
        if settings.engine_model and ids and model not in ids:
            raise EngineError(
                f"the engine at {self.url} has no model {model!r}; it lists "
                f"{', '.join(ids[:10])}. Fix --engine-model (or CHATBOT_ENGINE_MODEL)"
            )
        props = self._props()
        entry = next((m for m in listed if isinstance(m, dict) and m.get("id") == model), {})
        generation = props.get("default_generation_settings")
        n_ctx = (
            (generation.get("n_ctx") if isinstance(generation, dict) else None)
            or entry.get("max_model_len")  # vLLM
            or settings.n_ctx
            or 0  # unknown: the engine says when a conversation outgrows it
        )
        template = props.get("chat_template")
        self._thinking = (
            "enable_thinking" in template if isinstance(template, str) else _hybrid_thinking(model)
        )
        slots = settings.engine_parallel or props.get("total_slots") or DEFAULT_SLOTS
        self.lock = FairLock(slots=int(slots))
        alias = str(props.get("model_alias") or "")
        self.info = ModelInfo(
            path=self.url,
            name=model,
            quantization="remote",
            n_params=0,
            n_ctx=int(n_ctx),
            n_ctx_train=0,
            threads=0,
            n_gpu_layers=0,
            # Our synthetic GGUFs, served remotely: their file names say what they are.
            synthetic="random weights" in alias
            or PurePosixPath(model).name.startswith("synthetic-"),
            engine_url=self.url,
        )

    @property
    def supports_thinking(self) -> bool:
        """Whether the model has Qwen3's thinking switch (its template, else its name)."""
        return self._thinking

    def chat(
        self, system: str | None = None, *, sampling: Sampling | None = None, thinking: bool = False
    ) -> RemoteChat:
        return RemoteChat(self, system, sampling=sampling, thinking=thinking)

    def close(self) -> None:
        self.http.close()
        self.streams.close()

    def health(self) -> str | None:
        """None when the engine lists its models now; else why it cannot answer.

        The engine is asked at most once every ``HEALTH_KEEP_S`` after its last answer,
        and by one caller at a time: others get the last answer at once rather than
        wait in line (a load balancer probing often, or several at once, costs the
        engine one request and holds one server thread, however slow the engine).
        """
        if not self._health_lock.acquire(blocking=False):
            return self._health[1]
        try:
            if time.monotonic() - self._health[0] >= HEALTH_KEEP_S:
                problem = self._ask_health()
                self._health = (time.monotonic(), problem)
            return self._health[1]
        finally:
            self._health_lock.release()

    def _ask_health(self) -> str | None:
        try:
            response = self.http.get("/models", timeout=HEALTH_S)
        except httpx.HTTPError as exc:
            return str(self.unreachable(exc))
        if response.status_code >= 400:
            return str(self.refused(response.status_code, _error_text(response)))
        return None

    def next_seed(self) -> int | None:
        return next(self._seeds) if self._seeds is not None else None

    # -- talking to the server ----------------------------------------------

    def _models(self) -> list[Any]:
        try:
            response = self.http.get("/models", timeout=PROBE_S)
        except httpx.HTTPError as exc:
            raise self.unreachable(exc) from exc
        if response.status_code == 404:
            raise EngineError(
                f"no OpenAI-compatible API at {self.url} (GET /models: 404): the address "
                "should name the server's API, usually ending in /v1"
            )
        if response.status_code >= 400:
            raise self.refused(response.status_code, _error_text(response))
        try:
            data = response.json().get("data")
        except (ValueError, AttributeError) as exc:
            raise EngineError(
                f"{self.url}/models did not answer as an OpenAI-compatible API does "
                "(no JSON with `data`): check --engine-url"
            ) from exc
        return data if isinstance(data, list) else []

    def _props(self) -> dict[str, Any]:
        """llama-server's own description of itself (slots, context, template); {} elsewhere."""
        root = self.url.removesuffix("/v1")
        try:
            response = self.http.get(f"{root}/props", timeout=PROBE_S)
            props = response.json() if response.status_code == 200 else {}
        except (httpx.HTTPError, ValueError):
            return {}
        return props if isinstance(props, dict) else {}

    def unreachable(self, exc: Exception) -> EngineError:
        if isinstance(exc, httpx.TimeoutException) and not isinstance(exc, httpx.ConnectTimeout):
            return EngineError(
                f"the engine at {self.url} took too long to answer ({exc or type(exc).__name__}): "
                "it may be overloaded or still loading its model; try again shortly"
            )
        return EngineError(
            f"cannot reach the engine at {self.url}: {exc or type(exc).__name__}. Start it "
            "(e.g. llama-server -m MODEL.gguf --port 8080), or fix --engine-url "
            "(CHATBOT_ENGINE_URL)"
        )

    def refused(self, status: int, detail: str) -> EngineError:
        if status in (401, 403):
            return EngineError(
                f"the engine at {self.url} refused the key (HTTP {status}: {detail}): set "
                "CHATBOT_ENGINE_KEY to the key it expects"
            )
        if status == 503:
            return EngineError(
                f"the engine at {self.url} is busy or still loading its model ({detail}); "
                "try again shortly"
            )
        return EngineError(
            f"the engine at {self.url} answered HTTP {status}: {detail}. Its log says more"
        )

    def open_stream(
        self, body: dict[str, Any], trace: Callable[[str, dict[str, Any]], None] | None = None
    ) -> httpx.Response:
        """POST a streamed chat completion; its response, ready to read. ``trace`` sees
        httpcore's events (the connection's socket among them)."""
        extensions = {"trace": trace} if trace is not None else None
        request = self.streams.build_request(
            "POST", "/chat/completions", json=body, extensions=extensions
        )
        try:
            response = self.streams.send(request, stream=True)
        except httpx.HTTPError as exc:
            raise self.unreachable(exc) from exc
        if response.status_code >= 400:
            try:
                response.read()
                detail = _error_text(response)
            except httpx.HTTPError:
                detail = "(no body)"
            finally:
                response.close()
            full = _context_full(_error_object(response) or detail)
            if response.status_code in (400, 413) and full is not None:
                raise full
            raise self.refused(response.status_code, detail)
        return response


def _error_object(response: httpx.Response) -> dict[str, Any] | None:
    with contextlib.suppress(ValueError):
        data = response.json()
        error = data.get("error") if isinstance(data, dict) else None
        return error if isinstance(error, dict) else None
    return None


def _error_text(response: httpx.Response) -> str:
    """The server's own words for an error (OpenAI's ``error.message``, else the body)."""
    try:
        data = response.json()
    except ValueError:
        return response.text.strip()[:300] or response.reason_phrase
    error = data.get("error") if isinstance(data, dict) else None
    if isinstance(error, dict) and error.get("message"):
        return str(error["message"])[:300]
    if isinstance(error, str):
        return error[:300]
    return json.dumps(data)[:300]


def _chunks(response: httpx.Response) -> Iterator[dict[str, Any]]:
    """The JSON objects of a server-sent event stream, up to ``[DONE]``.

    An error the engine streams (``data: {"error": …}``, or llama-server's older
    ``error: {…}`` line) is raised: a context too small, before any text came, as
    ``_ContextFull``, so the oldest turns can be dropped. So is a stream that ends
    without ``[DONE]`` or a finish reason: the engine failed, whatever it sent.
    """
    finished = shown = False
    for line in response.iter_lines():
        field, _, data = line.partition(":")
        data = data.strip()
        if field not in ("data", "error") or not data:
            continue  # comments (": ping"), event names, blank separators
        if data == "[DONE]":
            break
        try:
            chunk = json.loads(data)
        except ValueError as exc:
            raise EngineError(f"the engine sent a line that is not JSON: {data[:80]!r}") from exc
        error = chunk.get("error") if isinstance(chunk, dict) and field == "data" else chunk
        if error:
            full = None if shown else _context_full(error)
            if full is not None:
                raise full
            message = error.get("message", error) if isinstance(error, dict) else error
            raise EngineError(f"the engine failed mid-reply: {message}")
        if not isinstance(chunk, dict):
            continue
        for choice in chunk.get("choices") or []:
            finished = finished or bool(choice.get("finish_reason"))
            shown = shown or any(_texts(choice))
        yield chunk
    if not finished:
        raise (EngineError if shown else _Silent)(
            "the engine ended the reply without finishing it (no finish reason): it failed or "
            "was interrupted; its log says why (often a conversation longer than its context, "
            "or, on an engine that answers one request at a time, the next request: then set "
            "--engine-parallel 1)"
        )


_END = object()


class _Reader:
    """Opens and reads one streamed reply on its own thread, so the reply can be left at
    once (Stop, a retry, a client gone), even while the engine is still evaluating a
    long prompt. Leaving shuts the connection's socket down: the engine sees it closed
    and stops, in the prompt or in the reply."""

    def __init__(self, engine: RemoteEngine, body: dict[str, Any]) -> None:
        self._engine = engine
        self._body = body
        self._items: queue.Queue[Any] = queue.Queue()
        self._left = threading.Event()
        self._socket: socket.socket | None = None
        self._lock = threading.Lock()
        threading.Thread(target=self._read, name="engine-reader", daemon=True).start()

    def _trace(self, event: str, info: dict[str, Any]) -> None:
        # Over TLS, the socket to shut down is the TLS one (the TCP one is detached).
        if event in ("connection.connect_tcp.complete", "connection.start_tls.complete"):
            with self._lock:
                self._socket = info["return_value"].get_extra_info("socket")
            if self._left.is_set():
                self._shut()

    def _read(self) -> None:
        try:
            response = self._engine.open_stream(self._body, self._trace)
            try:
                for chunk in _chunks(response):
                    if self._left.is_set():
                        return
                    self._items.put(chunk)
                self._items.put(_END)
            finally:
                response.close()
        except (_ContextFull, EngineError, httpx.HTTPError, OSError, RuntimeError) as exc:
            if not self._left.is_set():
                self._items.put(exc)
        except Exception as exc:  # a chunk of an unexpected shape: the turn must still end
            if not self._left.is_set():
                self._items.put(
                    EngineError(
                        f"the engine at {self._engine.url} sent a reply this client cannot "
                        f"read ({type(exc).__name__}: {exc}); is it OpenAI-compatible?"
                    )
                )

    def chunks(self, cancelled: Callable[[], bool]) -> Iterator[dict[str, Any]]:
        """The chunks as they come, until the end, an error or ``cancelled()``."""
        while True:
            try:
                item = self._items.get(timeout=0.05)
            except queue.Empty:
                if cancelled():
                    return
                continue
            if item is _END:
                return
            if isinstance(item, (EngineError, _ContextFull)):
                raise item
            if isinstance(item, BaseException):
                raise EngineError(
                    f"the engine at {self._engine.url} stopped answering mid-reply: "
                    f"{item or type(item).__name__}"
                ) from item
            yield item

    def abandon(self) -> None:
        self._left.set()
        self._shut()

    def _shut(self) -> None:
        with self._lock:
            sock = self._socket
        if sock is not None:
            with contextlib.suppress(OSError):  # closed already: the reply had ended
                sock.shutdown(socket.SHUT_RDWR)


class RemoteChat(QueuedSession):
    """One conversation on a remote engine, with ``ChatSession``'s interface."""

    def __init__(
        self,
        engine: RemoteEngine,
        system: str | None = None,
        *,
        sampling: Sampling | None = None,
        thinking: bool = False,
    ) -> None:
        super().__init__(engine.lock)
        self.engine = engine
        self.sampling = sampling or Sampling()
        self.thinking = thinking and engine.supports_thinking
        self.conversation = Conversation(system=system, system_tokens=[])
        self._used = 0  # tokens of the whole conversation after the last turn, as reported
        self._per_char: float | None = None  # prompt tokens a character, as last reported

    @property
    def supports_thinking(self) -> bool:
        return self.engine.supports_thinking

    def reset(self) -> None:
        """Start the conversation over; the system prompt stays."""
        self.conversation = Conversation(system=self.conversation.system, system_tokens=[])
        self._used = 0

    def _past_turn(self, user: str, reply: str) -> Turn:
        return Turn(user, reply, [])

    def rollback(self) -> None:
        if self.conversation.turns:
            self._used = max(0, self._used - self.conversation.turns.pop().counted)

    def _context_used(self) -> int:
        return self._used

    def _context_size(self) -> int:
        return self.engine.info.n_ctx

    # -- one turn -------------------------------------------------------------

    def send(
        self,
        message: str,
        *,
        sampling: Sampling | None = None,
        cancelled: Callable[[], bool] | None = None,
        grammar: Any = None,
        on_token: Callable[[int], None] | None = None,
        instruction: str | None = None,
        stops: Sequence[str] = (),
    ) -> Generator[Event, None, None]:
        """Stream the reply to ``message``, as ``ChatSession.send`` does.

        ``grammar`` (GBNF text, or a ``LlamaGrammar``) is sent as llama.cpp's
        ``grammar`` field; ``on_token`` is called once per streamed chunk, with -1
        (a remote engine sends text, not token ids).
        """
        started = time.perf_counter()
        if not message.strip():
            raise InputError("the message is empty; type something to send")
        sampling = sampling or self.sampling
        seen = f"{message}\n\n{instruction}" if instruction else message
        body = self._body(sampling, _grammar_text(grammar), stops)
        is_cancelled = self._cancelled_check(cancelled)
        yield from self._queued(
            is_cancelled,
            lambda: Turn(message, "", []),
            lambda: self._generate(message, seen, body, is_cancelled, on_token, started, stops),
        )

    def _body(
        self, sampling: Sampling, grammar: str | None, stops: Sequence[str]
    ) -> dict[str, Any]:
        body: dict[str, Any] = {
            "model": self.engine.info.name,
            "stream": True,
            "stream_options": {"include_usage": True},
            "max_tokens": sampling.max_tokens,
            "temperature": sampling.temperature,
            # 0 keeps only the likeliest token; vLLM takes top_p in (0, 1] only.
            "top_p": max(sampling.top_p, 1e-6),
            # Beyond OpenAI's fields: llama-server and vLLM read these, others ignore them.
            "top_k": sampling.top_k,
            "min_p": sampling.min_p,
            "repeat_penalty": sampling.repeat_penalty,  # llama-server
            "repetition_penalty": sampling.repeat_penalty,  # vLLM
        }
        if stops:
            body["stop"] = list(stops)
        seed = self.engine.next_seed()
        if seed is not None:
            body["seed"] = seed
        if grammar is not None:
            body["grammar"] = grammar
        if self.engine.supports_thinking:
            body["chat_template_kwargs"] = {"enable_thinking": self.thinking}
        return body

    def _start(
        self, seen: str, body: dict[str, Any], is_cancelled: Callable[[], bool]
    ) -> tuple[_Reader, Iterator[dict[str, Any]], Trim]:
        """The reply's stream, read up to its first text (nothing, when cancelled first);
        the oldest turns dropped while the engine says the conversation outgrows its
        context (the history is changed only once a request is taken).

        Where the context's size is known and an earlier turn said how many tokens its
        characters made, turns are dropped before asking, as in-process trimming does,
        so a reply near the context's end has room (llama-server reserves none).
        """
        kept = list(self.conversation.turns)
        trim = Trim(turns=0, tokens=0)
        n_ctx = self.engine.info.n_ctx
        if n_ctx and self._per_char and kept:
            history = Conversation(self.conversation.system, [], kept).messages()
            asked = self._per_char * _chars([*history, {"role": "user", "content": seen}])
            asked += min(int(body["max_tokens"]), n_ctx // 4)  # room for the reply
            if asked > n_ctx:
                excess = asked - (n_ctx * 3) // 4
                trim.turns, trim.tokens = _drop_for(kept, self._per_char, excess)
                del kept[: trim.turns]
        while True:
            history = Conversation(self.conversation.system, [], kept).messages()
            messages = [*history, {"role": "user", "content": seen}]
            # The engine parses control tokens in content as llama-server does (see controls.py).
            body["messages"] = [{**m, "content": quoted(m["content"], QWEN)} for m in messages]
            reader = _Reader(self.engine, body)
            chunks = reader.chunks(is_cancelled)
            try:
                lead = _lead(chunks)  # a refusal comes before any text, after a role chunk
            except _Silent as silent:
                reader.abandon()
                if not kept:
                    raise
                # Maybe a context too small, told by an engine that says nothing else:
                # half the turns go, until one fits or none is left to drop.
                dropped, tokens = _oldest_to_drop(kept, body["messages"], _ContextFull(str(silent)))
                trim.turns += dropped
                trim.tokens += tokens
                del kept[:dropped]
                continue
            except _ContextFull as full:
                reader.abandon()
                if not kept:
                    raise ContextError(
                        f"the message does not fit the engine's context with the system "
                        f"prompt and room for a reply ({full}). Shorten the message, lower "
                        "max_tokens, or give the engine a larger context"
                    ) from full
                dropped, tokens = _oldest_to_drop(kept, body["messages"], full)
                dropped = max(1, min(dropped, len(kept)))
                trim.turns += dropped
                trim.tokens += tokens
                del kept[:dropped]
                continue
            except BaseException:
                reader.abandon()
                raise
            if trim.turns:
                del self.conversation.turns[: trim.turns]
                self.conversation.trimmed_turns += trim.turns
            return reader, itertools.chain(lead, chunks), trim

    def _generate(
        self,
        message: str,
        seen: str,
        body: dict[str, Any],
        is_cancelled: Callable[[], bool],
        on_token: Callable[[int], None] | None,
        start: float,
        stops: Sequence[str],
    ) -> Iterator[Event]:
        reader, chunks, trim = self._start(seen, body, is_cancelled)
        n_ctx = self.engine.info.n_ctx
        if trim.turns:
            context = f"{n_ctx}-token context" if n_ctx else "engine's context"
            yield Notice(
                "trimmed",
                f"The conversation outgrew the {context}: the oldest {trim.turns} turn(s) "
                f"(about {trim.tokens} tokens) were dropped. The system prompt is kept.",
                {"turns": trim.turns, "tokens": trim.tokens, "n_ctx": n_ctx},
            )
        turn = Turn(user=message, reply="", user_tokens=[])
        reply = ReplyText(thinking_template=self.engine.supports_thinking, stops=stops)
        count = 0
        first_at = last_at = start
        usage: dict[str, Any] = {}
        timings: dict[str, Any] = {}
        ended: str | None = None
        finish: FinishReason = "stop"
        failed = False
        try:
            for chunk in chunks:
                usage = chunk.get("usage") or usage
                timings = chunk.get("timings") or timings
                for choice in chunk.get("choices") or []:
                    thought, content = _texts(choice)
                    if thought or content:
                        last_at = time.perf_counter()
                        if not count:
                            first_at = last_at
                        count += 1
                        if on_token is not None:
                            on_token(-1)
                    if thought:
                        yield from reply.thought(str(thought))
                    if content:
                        yield from reply.feed(str(content))
                    ended = choice.get("finish_reason") or ended
                if reply.stopped or is_cancelled():
                    break
            if reply.stopped:
                finish = "stop"
            elif is_cancelled():
                finish = "cancelled"
            elif ended == "length":
                finish = "length"
            if not reply.stopped:
                yield from reply.flush()
        except GeneratorExit:
            finish = "cancelled"
            raise
        except EngineError:
            failed = True  # the reply broke off: it is not kept as a turn
            raise
        finally:
            reader.abandon()  # the engine stops when the connection closes
            # Without usage (some engines stream none; a reply left early gets none), the
            # reply's tokens are counted by its chunks and the context's use is unknown (0).
            prompt = int(usage.get("prompt_tokens") or 0)
            completion = int(usage.get("completion_tokens") or count)
            used = prompt + completion if prompt else 0
            self.last_tokens = (prompt, completion)
            if prompt:
                self._per_char = prompt / (_chars(body["messages"]) or 1)
            if not failed:
                turn.reply = reply.answer  # whatever was shown stays in the history
                turn.thinking = reply.thinking
                turn.counted = max(used - self._used, completion)
                self._used = used
                self.conversation.turns.append(turn)
        rate = (count - 1) / (last_at - first_at) if count > 1 and last_at > first_at else 0.0
        evaluated = timings.get("prompt_n")
        yield Done(
            finish_reason=finish,
            completion_tokens=completion,
            prompt_tokens=prompt,
            # llama-server says how much of the prompt it evaluated (the rest was cached).
            evaluated_prompt_tokens=int(evaluated) if evaluated is not None else prompt,
            seconds_to_first_token=(first_at - start) if count else 0.0,
            decode_tokens_per_s=rate,
            context_used=self._used,
            context_size=n_ctx,
        )


def _texts(choice: dict[str, Any]) -> tuple[Any, Any]:
    """A streamed choice's reasoning (``reasoning_content``, vLLM's newer ``reasoning``) and
    answer text, each None or empty when it carries none."""
    delta = choice.get("delta") or {}
    return delta.get("reasoning_content") or delta.get("reasoning"), delta.get("content")


def _lead(chunks: Iterator[dict[str, Any]]) -> list[dict[str, Any]]:
    """The chunks up to the first that carries text or an end (a role chunk comes first)."""
    lead: list[dict[str, Any]] = []
    for chunk in chunks:
        lead.append(chunk)
        for choice in chunk.get("choices") or []:
            if choice.get("finish_reason") or any(_texts(choice)):
                return lead
    return lead


def _oldest_to_drop(
    kept: list[Turn], messages: list[dict[str, str]], full: _ContextFull
) -> tuple[int, int]:
    """How many of the oldest turns to drop so the conversation fits, in one step, and
    about how many tokens they held.

    Where the engine said its sizes, enough turns go to bring the request down to three
    quarters of the context, as the in-process engine trims (so the next turns do not
    each pay a trim), each turn's share of the tokens estimated by its length. Where it
    did not, half the turns go, so a fit is found in a few requests.
    """
    if not (full.asked and full.n_ctx):
        dropped = max(1, len(kept) // 2)
        return dropped, sum(t.n_tokens for t in kept[:dropped])
    per_char = full.asked / (_chars(messages) or 1)
    return _drop_for(kept, per_char, full.asked - (full.n_ctx * 3) // 4)


def _drop_for(kept: list[Turn], per_char: float, excess: float) -> tuple[int, int]:
    """The oldest turns (at least one) whose characters hold ``excess`` tokens, at
    ``per_char`` tokens a character; and about how many tokens they hold."""
    cut = dropped = 0
    while dropped < len(kept) and (dropped == 0 or cut * per_char < excess):
        cut += len(kept[dropped].user) + len(kept[dropped].reply)
        dropped += 1
    return dropped, round(cut * per_char)


def _chars(messages: list[dict[str, str]]) -> int:
    return sum(len(m["content"] or "") for m in messages)


def _grammar_text(grammar: Any) -> str | None:
    """GBNF text from a string or a ``LlamaGrammar`` (which keeps the text it was built from)."""
    if grammar is None or isinstance(grammar, str):
        return grammar
    text = getattr(grammar, "_grammar", None)
    if not isinstance(text, str):
        raise InputError("a remote engine takes a grammar as GBNF text")
    return text
