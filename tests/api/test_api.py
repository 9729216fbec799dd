"""The OpenAI-compatible API, driven by the real ``openai`` client over HTTP.

A real uvicorn server runs the API on the tiny synthetic model (real
llama.cpp); the client is the official one, so what passes here is what
programs written against OpenAI's API will see.
"""

from __future__ import annotations

import json
import threading
import time
import urllib.error
import urllib.request
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest
import uvicorn
from chatbot.ui.handlers import Backend
from fastapi import FastAPI

from chatbot import locales
from chatbot.api import create_api
from chatbot.api.app import Api
from chatbot.api.schema import ChatRequest
from chatbot.cli.serve import start_server
from chatbot.config import Sampling, Settings
from chatbot.generate.engine import Engine
from chatbot.persona.registry import PersonaRegistry
from tests.conftest import free_port, make_engine

PERSONA = "ja-hotel-concierge"


@contextmanager
def serving(app: FastAPI) -> Iterator[str]:
    """The API mounted at /v1 on a real server on a free port; yields its base URL."""
    root = FastAPI()
    root.mount("/v1", app)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(root, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "the server never started"
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}/v1"
    finally:
        server.should_exit = True
        thread.join(20)


@pytest.fixture
def engine(tiny_model: Path) -> Engine:
    # A long context, so a reply can run long enough to be cut off by a disconnect.
    return make_engine(tiny_model, n_ctx=16384)


@pytest.fixture
def client(engine: Engine) -> Iterator[openai.OpenAI]:
    # Room to cut a reply short; a message limit to reach.
    settings = Settings(seed=7, sampling=Sampling(max_tokens=16000), max_message_chars=500)
    app = create_api(engine, PersonaRegistry(), settings)
    with serving(app) as url:
        yield openai.OpenAI(base_url=url, api_key="unused", max_retries=0, timeout=60)


def _extra(obj: Any, key: str) -> Any:
    return (obj.model_extra or {}).get(key)


def test_models_are_the_loaded_gguf_and_the_personas(client: openai.OpenAI, engine: Engine) -> None:
    ids = [m.id for m in client.models.list()]
    assert ids[0] == Path(engine.info.path).stem
    assert PERSONA in ids and "ko-bank-clerk" in ids


def test_a_models_creation_time_stays_the_same(client: openai.OpenAI) -> None:
    first = [m.created for m in client.models.list()]
    time.sleep(1.1)
    assert [m.created for m in client.models.list()] == first
    assert client.models.retrieve(PERSONA).created == first[0]


def test_the_length_limit_is_per_message_as_sent(client: openai.OpenAI) -> None:
    plain = next(iter(client.models.list())).id  # the model itself, no persona
    # Two messages under the limit (500 here) are one turn of more: accepted.
    joined = client.chat.completions.create(
        model=plain,
        messages=[{"role": "user", "content": "a" * 300}, {"role": "user", "content": "b" * 300}],
        max_tokens=2,
    )
    assert joined.choices[0].finish_reason in ("length", "stop")
    # One over it is named, wherever it is in the history.
    with pytest.raises(openai.BadRequestError, match=r"messages\[0\] \(user\) is 501") as caught:
        client.chat.completions.create(
            model=plain,
            messages=[
                {"role": "user", "content": "x" * 501},
                {"role": "assistant", "content": "ok"},
                {"role": "user", "content": "and?"},
            ],
            max_tokens=2,
        )
    assert caught.value.body["param"] == "messages[0].content"  # type: ignore[index]


def test_a_persona_reply_carries_its_register_verdict(client: openai.OpenAI) -> None:
    done = client.chat.completions.create(
        model=PERSONA,
        messages=[{"role": "user", "content": "すみません、チェックインは何時からですか？"}],
        max_tokens=8,
    )
    choice = done.choices[0]
    assert choice.message.role == "assistant" and isinstance(choice.message.content, str)
    assert choice.finish_reason in ("length", "stop")
    assert done.usage is not None and 1 <= done.usage.completion_tokens <= 8
    register = _extra(done, "register")
    assert register["target"]["locale"] == "ja"
    spec = locales.get("ja")
    assert spec is not None and register["target"]["level"] in {lv.id for lv in spec.levels}
    assert register["status"] in ("on_target", "near", "off_target", "unread")
    assert isinstance(register["retries"], int) and "evidence" in register["reading"]


def test_a_locale_tag_or_the_variety_extension_asks_for_a_variety(client: openai.OpenAI) -> None:
    # pt-BR: the reply is planned in Brazilian Portuguese, though the message
    # shows nothing Brazilian; plain pt leaves it to what the messages show.
    def target(**extra: str) -> Any:
        done = client.chat.completions.create(
            model="pt-bookshop",
            messages=[{"role": "user", "content": "Bom dia, procuro um livro de poesia."}],
            max_tokens=4,
            extra_body=extra,
        )
        return _extra(done, "register")["target"]

    assert target(locale="pt-BR")["variety"] == "pt.brazil"
    assert target(variety="pt.brazil")["variety"] == "pt.brazil"
    assert target(locale="pt")["variety"] is None
    assert target(locale="pt-PT")["variety"] == "pt.europe"
    with pytest.raises(openai.BadRequestError) as err:
        target(variety="pt.angola")
    assert (
        "variety: 'pt.angola' is not a variety of a language this persona speaks (pt.europe, pt.brazil)"
        in str(err.value)
    )


def test_a_users_request_for_a_level_holds_in_later_turns(client: openai.OpenAI) -> None:
    # o senhor is mirrored as formal, unless the user asked earlier to be called tu.
    def target(*messages: str) -> dict[str, Any]:
        history: list[Any] = []
        for text in messages[:-1]:
            history += [
                {"role": "user", "content": text},
                {"role": "assistant", "content": "Claro."},
            ]
        done = client.chat.completions.create(
            model="pt-bookshop",
            messages=[*history, {"role": "user", "content": messages[-1]}],
            max_tokens=4,
        )
        found: dict[str, Any] = _extra(done, "register")["target"]
        return found

    question = "O senhor tem o último livro do Saramago?"
    assert target(question)["level"] == "formal" and target(question)["asked"] is None
    held = target("Olá! Podes tratar-me por tu.", question)
    assert (held["level"], held["asked"]) == ("informal", "tratar-me por tu")


def test_locale_and_level_extensions_choose_the_target(client: openai.OpenAI) -> None:
    done = client.chat.completions.create(
        model="ko-friendly-tutor",
        messages=[{"role": "user", "content": "Hello!"}],
        max_tokens=4,
        extra_body={"locale": "ko", "level": "haeyoche"},
    )
    assert _extra(done, "register")["target"] == {
        "locale": "ko",
        "level": "haeyoche",
        "variety": None,
        "asked": None,
    }


def test_streaming_sends_deltas_then_the_finish_and_the_verdict(client: openai.OpenAI) -> None:
    stream = client.chat.completions.create(
        model=PERSONA,
        messages=[
            {"role": "user", "content": "こんにちは"},
            {"role": "assistant", "content": "いらっしゃいませ。"},
            {"role": "user", "content": "部屋は空いていますか？"},
        ],
        max_tokens=12,
        stream=True,
        stream_options={"include_usage": True},
    )
    chunks = list(stream)
    assert chunks[0].choices[0].delta.role == "assistant"
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    finals = [c for c in chunks if c.choices and c.choices[0].finish_reason]
    assert len(finals) == 1 and finals[0].choices[0].finish_reason in ("length", "stop")
    assert _extra(finals[0], "register")["target"]["locale"] == "ja"
    assert chunks[-1].choices == [] and chunks[-1].usage is not None
    assert 1 <= chunks[-1].usage.completion_tokens <= 12
    assert len({c.id for c in chunks}) == 1
    assert isinstance(text, str)


def test_streamed_and_whole_replies_agree_and_persona_sampling_yields_to_the_request(
    client: openai.OpenAI,
) -> None:
    # The persona sets temperature 0.6; a request for 0 (greedy) must win, so the
    # same request gives the same text, streamed or not.
    ask: dict[str, Any] = {
        "model": PERSONA,
        "messages": [{"role": "user", "content": "おすすめの観光地はどこですか？"}],
        "max_tokens": 10,
        "temperature": 0.0,
    }
    whole = client.chat.completions.create(**ask).choices[0].message.content
    again = client.chat.completions.create(**ask).choices[0].message.content
    streamed = "".join(
        c.choices[0].delta.content or ""
        for c in client.chat.completions.create(**ask, stream=True)
        if c.choices
    )
    assert whole == again == streamed


def test_top_p_zero_keeps_only_the_likeliest_token(client: openai.OpenAI) -> None:
    ask: dict[str, Any] = {
        "model": PERSONA,
        "messages": [{"role": "user", "content": "おすすめの観光地はどこですか？"}],
        "max_tokens": 10,
    }
    greedy = client.chat.completions.create(**ask, temperature=0.0).choices[0].message.content
    nucleus = client.chat.completions.create(**ask, temperature=1.0, top_p=0.0)
    assert nucleus.choices[0].message.content == greedy


def test_persona_fields_are_refused_for_the_plain_model(client: openai.OpenAI) -> None:
    name = client.models.list().data[0].id
    for field, value in (("locale", "ja"), ("level", "polite"), ("user_name", "Anna")):
        body = {"model": name, "messages": [{"role": "user", "content": "hi"}], field: value}
        _assert_openai_error(_post(client, body), 400, field)


def test_a_body_nested_too_deeply_is_a_400(client: openai.OpenAI) -> None:
    deep = '{"model": "x", "messages": ' + "[" * 100_000 + "]" * 100_000 + "}"
    headers = {"content-type": "application/json"}
    response = httpx.post(
        f"{_base(client)}/chat/completions", content=deep, headers=headers, timeout=30
    )
    assert "nests too deeply" in _assert_openai_error(response, 400)


@pytest.mark.parametrize(
    ("body", "said"),
    [
        (b'{"model": "x", "max_tokens": ' + b"9" * 5000 + b"}", "number too long"),
        (b'{"model": "x",', "not JSON: Expecting"),
        (b'{"model": "\xff"}', "not UTF-8"),
    ],
)
def test_a_body_that_cannot_be_read_is_a_400_that_says_why(
    client: openai.OpenAI, body: bytes, said: str
) -> None:
    headers = {"content-type": "application/json"}
    response = httpx.post(
        f"{_base(client)}/chat/completions", content=body, headers=headers, timeout=30
    )
    assert said in _assert_openai_error(response, 400)


def test_a_user_name_fills_the_personas_form_of_address(engine: Engine) -> None:
    api = Api(engine, PersonaRegistry(), Settings(seed=7))
    body = {
        "model": PERSONA,  # its form of address is {surname}様
        "messages": [{"role": "user", "content": "予約を確認したいです。"}],
        "max_tokens": 2,
    }
    events, halt = api.prepare(ChatRequest.model_validate({**body, "user_name": "田中 太郎"}))
    assert 'Address the user as "田中様"' in str(halt.chat.conversation.system)
    _, plain = api.prepare(ChatRequest.model_validate(body))
    assert "The user's name is not known" in str(plain.chat.conversation.system)
    events.close()
    # The name is split as the reply's language writes names: Vietnamese puts
    # the family name first and calls people by the given name.
    vi = {
        "model": "vi-assistant",
        "messages": [{"role": "user", "content": "Cho tôi hỏi đơn hàng của tôi đến đâu rồi ạ?"}],
        "max_tokens": 2,
    }
    events, halt = api.prepare(ChatRequest.model_validate({**vi, "user_name": "Nguyễn Văn Hùng"}))
    assert 'Address the user as "anh/chị Hùng"' in str(halt.chat.conversation.system)
    events.close()


def test_a_variety_must_be_one_of_the_locale_asked_for(engine: Engine, tmp_path: Path) -> None:
    from chatbot.api.schema import FieldError

    (tmp_path / "en-pt-shop.yaml").write_text(
        "id: en-pt-shop\nname: {en: Shop}\npersona: A shop.\nlocales:\n"
        "  en: {register: {mirror: true}, greeting: Hello!}\n"
        "  pt: {register: {mirror: true}, greeting: Olá!}\n",
        "utf-8",
    )
    api = Api(engine, PersonaRegistry(tmp_path, entry_points=False), Settings(seed=7))
    body = {"model": "en-pt-shop", "messages": [{"role": "user", "content": "Hi!"}]}
    with pytest.raises(FieldError, match=r"'pt\.brazil' is not a variety of locale 'en'"):
        api.prepare(ChatRequest.model_validate({**body, "locale": "en", "variety": "pt.brazil"}))
    plain = {**body, "model": api.model_name, "variety": "pt.brazil"}
    with pytest.raises(FieldError, match="variety: applies to a persona model"):
        api.prepare(ChatRequest.model_validate(plain))


def test_the_loaded_model_is_plain_chat_with_the_callers_system(client: openai.OpenAI) -> None:
    name = client.models.list().data[0].id
    done = client.chat.completions.create(
        model=name,
        messages=[
            {"role": "system", "content": "You are terse."},
            {"role": "user", "content": [{"type": "text", "text": "Hi"}]},
        ],
        max_tokens=4,
    )
    assert done.choices[0].finish_reason == "length"
    assert _extra(done, "register") is None  # no persona, no register target


def test_stop_strings_end_the_reply_before_them(client: openai.OpenAI) -> None:
    name = client.models.list().data[0].id
    ask: dict[str, Any] = {
        "model": name,
        "messages": [{"role": "user", "content": "Count to ten."}],
        "temperature": 0.0,  # greedy: the same prompt gives the same text
        "max_tokens": 60,
    }
    full = client.chat.completions.create(**ask).choices[0].message.content or ""
    at = next(k for k in range(4, len(full) - 3) if full.find(full[k : k + 3]) == k)
    stop = full[at : at + 3]
    cut = client.chat.completions.create(**ask, stop=[stop])
    assert cut.choices[0].message.content == full[:at]
    assert cut.choices[0].finish_reason == "stop"
    streamed = list(
        client.chat.completions.create(
            **ask, stop=stop, stream=True, stream_options={"include_usage": True}
        )
    )
    text = "".join(c.choices[0].delta.content or "" for c in streamed if c.choices)
    assert text == full[:at]
    # Generation ends at the stop string, streamed or not: the same tokens are spent.
    usage = streamed[-1].usage
    assert cut.usage is not None and usage is not None
    assert usage.completion_tokens == cut.usage.completion_tokens < 60


@pytest.mark.parametrize(
    ("request_", "error", "says"),
    [
        ({"model": "no-such-persona"}, openai.NotFoundError, "GET /v1/models"),
        ({"n": 2}, openai.BadRequestError, "n=1"),
        (
            {"tools": [{"type": "function", "function": {"name": "f", "parameters": {}}}]},
            openai.BadRequestError,
            "tool calling is not supported",
        ),
        ({"messages": [{"role": "user", "content": "x" * 501}]}, openai.BadRequestError, "limit"),
        (
            {"messages": [{"role": "user", "content": "a"}, {"role": "assistant", "content": "b"}]},
            openai.BadRequestError,
            "last message must be the user's",
        ),
        ({"temperature": 9}, openai.BadRequestError, "temperature"),
        ({"stop": ["a", "b", "c", "d", "e"]}, openai.BadRequestError, "at most 4"),
        ({"max_tokens": 999_999}, openai.BadRequestError, "more than this server allows"),
        (
            {
                "messages": [
                    {"role": "user", "content": "a"},
                    {"role": "assistant", "content": "b"},
                ]
                * 300
                + [{"role": "user", "content": "c"}]
            },
            openai.BadRequestError,
            "the limit is 512",
        ),
        ({"locale": "xx"}, openai.BadRequestError, "not one this persona speaks (ja)"),
        ({"level": "casual"}, openai.BadRequestError, "allows in ja (honorific)"),
    ],
)
def test_bad_requests_get_openai_errors_that_say_what_to_fix(
    client: openai.OpenAI, request_: dict[str, Any], error: type[Exception], says: str
) -> None:
    body: dict[str, Any] = {
        "model": PERSONA,
        "messages": [{"role": "user", "content": "こんにちは"}],
        "max_tokens": 2,
    }
    model = request_.pop("model", body.pop("model"))
    messages = request_.pop("messages", body.pop("messages"))
    named = ("n", "tools", "temperature", "stop", "max_tokens")
    known = {k: request_.pop(k) for k in list(request_) if k in named}
    call = {"model": model, "messages": messages, **body, **known, "extra_body": request_}
    if error is openai.BadRequestError and "stop" in known:  # also refused when streamed
        with pytest.raises(error):
            client.chat.completions.create(**call, stream=True)
    with pytest.raises(error) as caught:
        client.chat.completions.create(**call)
    assert says in str(caught.value)


def test_a_client_that_disconnects_mid_stream_frees_the_engine(
    client: openai.OpenAI, engine: Engine
) -> None:
    name = client.models.list().data[0].id
    before = engine.evaluated_tokens()
    stream = client.chat.completions.create(
        model=name,
        messages=[{"role": "user", "content": "Tell me a long story."}],
        max_tokens=15000,  # about five seconds of the tiny model
        stream=True,
    )
    for n, _chunk in enumerate(stream):
        if n == 5:
            break
    stream.close()  # the client goes away mid-reply
    deadline = time.monotonic() + 10
    while engine.lock.busy():
        assert time.monotonic() < deadline, "the generation kept the engine after the disconnect"
        time.sleep(0.05)
    generated = engine.evaluated_tokens() - before
    assert generated < 10000, generated  # stopped early, not run to max_tokens
    # The next caller is served at once.
    done = client.chat.completions.create(
        model=name, messages=[{"role": "user", "content": "Hi"}], max_tokens=3
    )
    assert done.choices[0].finish_reason == "length"


def test_a_client_that_gives_up_on_a_whole_reply_frees_the_engine(
    client: openai.OpenAI, engine: Engine
) -> None:
    name = client.models.list().data[0].id
    impatient = client.with_options(timeout=0.5)
    before = engine.evaluated_tokens()
    with pytest.raises(openai.APITimeoutError):
        impatient.chat.completions.create(
            model=name,
            messages=[{"role": "user", "content": "Tell me a long story."}],
            max_tokens=15000,
        )
    deadline = time.monotonic() + 10
    while engine.lock.busy():
        assert time.monotonic() < deadline, "the generation kept the engine after the hang-up"
        time.sleep(0.05)
    assert engine.evaluated_tokens() - before < 10000


def test_an_api_key_is_required_when_set(engine: Engine) -> None:
    app = create_api(engine, PersonaRegistry(), Settings(seed=7), api_key="s3cret")
    with serving(app) as url:
        anonymous = openai.OpenAI(base_url=url, api_key="wrong", max_retries=0)
        with pytest.raises(openai.AuthenticationError, match="Bearer"):
            anonymous.models.list()
        allowed = openai.OpenAI(base_url=url, api_key="s3cret", max_retries=0)
        assert allowed.models.list().data[0].id == Path(engine.info.path).stem


def test_a_full_queue_answers_503_before_streaming(engine: Engine) -> None:
    held = engine.lock.join()  # someone else holds the model
    assert engine.lock.wait(held, timeout=5)
    engine.lock.max_waiting = 0  # and nobody may wait for it
    try:
        app = create_api(engine, PersonaRegistry(), Settings(seed=7))
        with serving(app) as url:
            api = openai.OpenAI(base_url=url, api_key="x", max_retries=0)
            for stream in (False, True):
                with pytest.raises(openai.InternalServerError, match="busy"):
                    api.chat.completions.create(
                        model=PERSONA,
                        messages=[{"role": "user", "content": "こんにちは"}],
                        max_tokens=2,
                        stream=stream,
                    )
    finally:
        engine.lock.leave(held)


def test_the_ui_server_streams_the_api_beside_the_ui(engine: Engine) -> None:
    """The wiring of ``chatbot serve``: Gradio at /, the API mounted at /v1, one port."""
    settings = Settings(seed=7, sampling=Sampling(max_tokens=2000))
    backend = Backend(engine=engine, registry=PersonaRegistry(), settings=settings)
    port = free_port()
    demo = start_server(backend, host="127.0.0.1", port=port)
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10) as page:
            assert page.status == 200
        # The footer links Settings (the UI language), not Gradio's page about its handlers.
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/config", timeout=10) as page:
            assert json.load(page)["footer_links"] == ["gradio", "settings"]
        api = openai.OpenAI(base_url=f"http://127.0.0.1:{port}/v1", api_key="x", max_retries=0)
        name = api.models.list().data[0].id
        arrivals = []
        start = time.monotonic()
        for chunk in api.chat.completions.create(
            model=name, messages=[{"role": "user", "content": "hi"}], max_tokens=2000, stream=True
        ):
            if chunk.choices and chunk.choices[0].delta.content:
                arrivals.append(time.monotonic() - start)
        # Streamed as generated, not buffered (Gradio's compression leaves it alone).
        assert len(arrivals) > 100 and arrivals[0] < arrivals[-1] / 3, arrivals[:3]
    finally:
        demo.close()


def test_a_ui_login_without_an_api_key_leaves_the_api_off(engine: Engine) -> None:
    """Gradio's login guards the UI only: the API must not be served unguarded beside it."""
    backend = Backend(engine=engine, registry=PersonaRegistry(), settings=Settings(seed=7))
    port = free_port()
    demo = start_server(backend, host="127.0.0.1", port=port, auth="alice:pw")
    try:
        with pytest.raises(urllib.error.HTTPError) as caught:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/models", timeout=10)
        assert caught.value.code in (401, 404)
    finally:
        demo.close()


def test_a_trimmed_conversation_is_reported(tiny_model: Path) -> None:
    small = make_engine(tiny_model, n_ctx=512)
    app = create_api(small, PersonaRegistry(), Settings(seed=7))
    history: list[dict[str, str]] = []
    for n in range(12):
        history += [
            {"role": "user", "content": f"Question {n}: " + "tell me more " * 8},
            {"role": "assistant", "content": f"Answer {n}: " + "here is more " * 8},
        ]
    with serving(app) as url:
        api = openai.OpenAI(base_url=url, api_key="x", max_retries=0)
        done = api.chat.completions.create(
            model=Path(small.info.path).stem,
            messages=[*history, {"role": "user", "content": "And now?"}],
            max_tokens=4,
        )
    notices = _extra(done, "notices")
    assert notices and "were dropped" in notices[0] and "system prompt is kept" in notices[0]


# -- what OpenAI clients and chat apps send, and what they expect back ----------


def _base(client: openai.OpenAI) -> str:
    return str(client.base_url).rstrip("/")


def _post(client: openai.OpenAI, body: Any, **kw: Any) -> httpx.Response:
    return httpx.post(f"{_base(client)}/chat/completions", json=body, timeout=60, **kw)


def _post_raw(client: openai.OpenAI, body: str) -> httpx.Response:
    headers = {"content-type": "application/json"}
    return httpx.post(
        f"{_base(client)}/chat/completions", content=body, headers=headers, timeout=60
    )


def _assert_openai_error(response: httpx.Response, status: int, param: str | None = None) -> str:
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert set(error) == {"message", "type", "param", "code"}
    assert isinstance(error["message"], str) and error["message"]
    if param is not None:
        assert error["param"] == param, error
    return str(error["message"])


def test_a_model_can_be_retrieved_by_id(client: openai.OpenAI, engine: Engine) -> None:
    name = Path(engine.info.path).stem
    for model_id in (name, PERSONA):
        model = client.models.retrieve(model_id)
        assert model.id == model_id and model.object == "model"
    with pytest.raises(openai.NotFoundError, match="GET /v1/models"):
        client.models.retrieve("no-such-model")


def test_unknown_paths_and_methods_answer_in_openai_error_format(client: openai.OpenAI) -> None:
    base = _base(client)
    _assert_openai_error(httpx.post(f"{base}/completions", json={}, timeout=10), 404)
    wrong = httpx.get(f"{base}/chat/completions", timeout=10)
    _assert_openai_error(wrong, 405)
    assert "POST" in wrong.headers.get("allow", "")


@pytest.mark.parametrize(
    ("extra", "param"),
    [
        ({"temperature": -1}, "temperature"),
        ({"top_p": 1.5}, "top_p"),
        ({"max_tokens": 0}, "max_tokens"),
        ({"max_tokens": 999_999}, "max_tokens"),
        ({"n": 2}, "n"),
        ({"stop": ["a", "b", "c", "d", "e"]}, "stop"),
        ({"messages": [{"role": "bot", "content": "hi"}]}, "messages[0].role"),
        ({"messages": [{"role": "user", "content": ""}]}, "messages"),
        ({"model": "no-such-persona"}, "model"),
        ({"user_name": "x" * 201}, "user_name"),
        ({"locale": "xx"}, "locale"),
        ({"level": "casual"}, "level"),  # the concierge holds 敬語
        ({"messages": [{"role": "user", "content": 5}]}, "messages[0].content"),
        ({"stop": 5}, "stop"),
    ],
)
def test_errors_name_the_offending_param(
    client: openai.OpenAI, extra: dict[str, Any], param: str
) -> None:
    body = {"model": PERSONA, "messages": [{"role": "user", "content": "hi"}], "max_tokens": 2}
    response = _post(client, {**body, **extra})
    _assert_openai_error(response, 404 if param == "model" else 400, param)


def test_nullable_openai_fields_may_be_null(client: openai.OpenAI) -> None:
    # OpenAI's schema makes these nullable; SDKs in other languages send null for unset.
    response = _post(
        client,
        {
            "model": PERSONA,
            "messages": [{"role": "user", "content": "hi"}],
            "max_tokens": 2,
            "stream": None,
            "stream_options": {"include_usage": None},
            "temperature": None,
            "top_p": None,
            "stop": None,
            "n": None,
            "logprobs": None,
            "user": None,
        },
    )
    assert response.status_code == 200, response.text
    assert response.json()["object"] == "chat.completion"


def test_fields_openai_clients_send_by_default_are_tolerated(client: openai.OpenAI) -> None:
    done = client.chat.completions.create(
        model=PERSONA,
        messages=[{"role": "user", "content": "hi", "name": "alice"}],
        max_tokens=2,
        user="u-1",
        metadata={"app": "test"},
        store=False,
        parallel_tool_calls=False,
        tool_choice="none",
        logprobs=False,
        logit_bias={},
        service_tier="auto",
    )
    assert done.choices[0].finish_reason in ("length", "stop")


@pytest.mark.parametrize(
    ("extra", "says"),
    [
        ({"logit_bias": {"50": -100}}, "logit_bias"),
        ({"top_logprobs": 3}, "log-probabilities"),
        ({"tool_choice": "required"}, "tool calling"),
        ({"tool_choice": {"type": "function", "function": {"name": "f"}}}, "tool calling"),
    ],
)
def test_fields_that_would_change_the_reply_are_refused_not_ignored(
    client: openai.OpenAI, extra: dict[str, Any], says: str
) -> None:
    body = {"model": PERSONA, "messages": [{"role": "user", "content": "hi"}], "max_tokens": 2}
    message = _assert_openai_error(_post(client, {**body, **extra}), 400, next(iter(extra)))
    assert says in message


@pytest.mark.parametrize("stream", [False, True])
@pytest.mark.parametrize(
    ("where", "body"),
    [
        ("messages[0].content", {"messages": [{"role": "user", "content": "hi \ud800 there"}]}),
        (
            "messages[0].content",
            {
                "messages": [
                    {"role": "system", "content": "\udfff"},
                    {"role": "user", "content": "a"},
                ]
            },
        ),
        (
            "messages[0].content[0].text",
            {"messages": [{"role": "user", "content": [{"type": "text", "text": "\ud83d"}]}]},
        ),
    ],
)
def test_unpaired_surrogates_are_a_400_not_a_server_error(
    client: openai.OpenAI, where: str, body: dict[str, Any], stream: bool
) -> None:
    # A lone surrogate is valid JSON as an escape (JSON.stringify writes one for a string
    # cut mid-emoji), and Python decodes it, but it is not text the model can read.
    escaped = json.dumps({"model": PERSONA, "max_tokens": 2, "stream": stream, **body})
    assert "\\ud" in escaped or "\\udfff" in escaped
    response = httpx.post(
        f"{_base(client)}/chat/completions",
        content=escaped,
        headers={"content-type": "application/json"},
        timeout=60,
    )
    assert "surrogate" in _assert_openai_error(response, 400, where)
    # A proper pair is just an emoji.
    fine = {"model": PERSONA, "max_tokens": 2, "messages": [{"role": "user", "content": "😀"}]}
    assert _post(client, fine).status_code == 200


def test_a_body_over_the_limit_is_refused_even_without_a_content_length(
    client: openai.OpenAI,
) -> None:
    from chatbot.api.app import MAX_BODY_BYTES

    payload = b'{"model": "x", "messages": [{"role": "user", "content": "'
    payload += b"x" * (MAX_BODY_BYTES + 1024) + b'"}]}'

    def chunked() -> Iterator[bytes]:  # no Content-Length: sent chunked
        for start in range(0, len(payload), 1 << 20):
            yield payload[start : start + (1 << 20)]

    response = httpx.post(
        f"{_base(client)}/chat/completions",
        content=chunked(),
        headers={"content-type": "application/json"},
        timeout=60,
    )
    assert "bytes" in _assert_openai_error(response, 413)


def test_the_bearer_scheme_is_case_insensitive(engine: Engine) -> None:
    app = create_api(engine, PersonaRegistry(), Settings(seed=7), api_key="s3cret")
    with serving(app) as url:
        for header in ("Bearer s3cret", "bearer s3cret", "BEARER s3cret"):
            ok = httpx.get(f"{url}/models", headers={"Authorization": header}, timeout=10)
            assert ok.status_code == 200, header
        for header in ("Bearer wrong", "Basic s3cret", "s3cret", "Bearer"):
            refused = httpx.get(f"{url}/models", headers={"Authorization": header}, timeout=10)
            _assert_openai_error(refused, 401)
            assert refused.headers["WWW-Authenticate"] == "Bearer"


def test_a_streamed_request_too_long_for_the_context_is_a_400_before_streaming(
    tiny_model: Path,
) -> None:
    small = make_engine(tiny_model, n_ctx=256)
    app = create_api(small, PersonaRegistry(), Settings(seed=7))
    with serving(app) as url:
        api = openai.OpenAI(base_url=url, api_key="x", max_retries=0)
        for stream in (False, True):
            with pytest.raises(openai.BadRequestError, match="exceeds the 256-token context") as e:
                api.chat.completions.create(
                    model=Path(small.info.path).stem,
                    messages=[{"role": "user", "content": "hello world " * 250}],
                    max_tokens=8,
                    stream=stream,
                )
            assert e.value.code == "context_length_exceeded"  # as OpenAI answers, clients check it
        # The refused request left the engine free.
        done = api.chat.completions.create(
            model=Path(small.info.path).stem,
            messages=[{"role": "user", "content": "hi"}],
            max_tokens=2,
        )
        assert done.choices[0].finish_reason == "length"


def test_with_an_api_key_the_docs_and_schema_are_not_open_to_anyone(engine: Engine) -> None:
    app = create_api(engine, PersonaRegistry(), Settings(seed=7), api_key="s3cret")
    with serving(app) as url:
        for path in ("/docs", "/openapi.json", "/redoc"):
            refused = httpx.get(f"{url}{path}", timeout=10)
            assert refused.status_code in (401, 404), path
        keyed = httpx.get(
            f"{url}/openapi.json", headers={"Authorization": "Bearer s3cret"}, timeout=10
        )
        assert keyed.status_code == 200 and "/chat/completions" in keyed.json()["paths"]
    open_app = create_api(engine, PersonaRegistry(), Settings(seed=7))
    with serving(open_app) as url:  # no key: the docs stay, as on any local FastAPI
        assert httpx.get(f"{url}/openapi.json", timeout=10).status_code == 200


@pytest.mark.parametrize("field", ["temperature", "repeat_penalty"])
def test_a_nan_or_infinite_sampling_value_is_named_as_such(
    client: openai.OpenAI, field: str
) -> None:
    # Python's json (as many clients) writes NaN and Infinity; the range message misled.
    for value in ("NaN", "Infinity"):
        hi = [{"role": "user", "content": "hi"}]
        body = json.dumps({"model": PERSONA, "messages": hi, field: float(value)})
        assert value in body
        response = _post_raw(client, body)
        message = _assert_openai_error(response, 400, field)
        assert "finite" in message


def test_a_stream_waiting_for_its_next_chunk_sends_keep_alive_comments(
    client: openai.OpenAI, monkeypatch: pytest.MonkeyPatch
) -> None:
    import asyncio

    from chatbot.api import app as api_app

    # A register retry or a long prompt on a CPU holds chunks back: a comment line
    # every KEEPALIVE_S keeps a client's or a proxy's read timeout from firing.
    async def slow() -> AsyncIterator[dict[str, Any]]:
        for n in range(2):
            await asyncio.sleep(0.12)
            yield {"n": n}

    async def lines() -> list[str]:
        return [line async for line in api_app._sse(slow())]

    monkeypatch.setattr(api_app, "KEEPALIVE_S", 0.05)
    sent = asyncio.run(lines())
    data = [line for line in sent if line.startswith("data: ")]
    assert data == ['data: {"n": 0}\n\n', 'data: {"n": 1}\n\n', "data: [DONE]\n\n"]
    assert sent.count(": keep-alive\n\n") >= 2 and sent[-1] == "data: [DONE]\n\n"
    # The real OpenAI client reads a stream with comments between its chunks.
    monkeypatch.setattr(api_app, "KEEPALIVE_S", 0.001)
    name = client.models.list().data[0].id
    stream = client.chat.completions.create(
        model=name, messages=[{"role": "user", "content": "hi"}], max_tokens=12, stream=True
    )
    finishes = [c.choices[0].finish_reason for c in stream if c.choices]
    assert finishes[-1] == "length" and finishes.count("length") == 1
