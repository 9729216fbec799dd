"""Request parsing and stop strings, without a server."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from chatbot.api.schema import (
    ChatRequest,
    FieldError,
    Message,
    find_surrogate,
    loc_path,
    split_messages,
)
from chatbot.errors import InputError
from chatbot.stream.stops import StopFilter


def test_a_stop_split_across_deltas_is_caught_and_never_shown() -> None:
    stops = StopFilter(["<END>"])
    shown = [stops.feed(part) for part in ["Hello <E", "N", "D> and more"]]
    assert "".join(shown) == "Hello " and stops.stopped
    assert stops.feed("after") == "" and stops.flush() == ""


def test_text_that_only_looks_like_a_stop_start_is_released() -> None:
    stops = StopFilter(["###"])
    out = stops.feed("a #") + stops.feed("# b") + stops.feed(" c")
    assert not stops.stopped
    assert out + stops.flush() == "a ## b c"


@pytest.mark.parametrize("parts", [["Xabcd"], ["Xabc", "d"], ["Xa", "b", "c", "d", "tail"]])
def test_the_earliest_stop_wins_however_the_text_is_split(parts: list[str]) -> None:
    stops = StopFilter(["abcd", "bc"])
    shown = "".join(stops.feed(p) for p in parts) + stops.flush()
    assert shown == "X" and stops.stopped


def test_a_short_stop_held_for_a_longer_one_that_never_comes_still_stops() -> None:
    stops = StopFilter(["abcd", "bc"])
    shown = stops.feed("Xabc") + stops.feed("e")
    assert shown == "Xa" and stops.stopped


def test_no_stops_pass_everything_at_once() -> None:
    stops = StopFilter([])
    assert stops.feed("abc") == "abc" and stops.flush() == ""


def _messages(*pairs: tuple[str, object]) -> list[Message]:
    return [Message.model_validate({"role": r, "content": c}) for r, c in pairs]


def test_messages_split_into_system_history_and_the_question() -> None:
    system, history, last = split_messages(
        _messages(
            ("system", "Be brief."),
            ("user", "Hi"),
            ("assistant", "Hello."),
            ("developer", "Use metric units."),
            ("user", [{"type": "text", "text": "How "}, {"type": "text", "text": "far?"}]),
        )
    )
    assert system == "Be brief.\n\nUse metric units."
    assert history == [
        {"role": "user", "content": "Hi"},
        {"role": "assistant", "content": "Hello."},
    ]
    assert last == "How far?"


def test_message_lists_are_read_as_chat_apps_send_them() -> None:
    # A card's greeting before the user's first message, and two user messages in a row.
    system, history, last = split_messages(
        _messages(
            ("system", "Be brief."),
            ("assistant", "Welcome to the inn!"),
            ("user", "Hi"),
            ("assistant", "Hello."),
            ("user", "One room,"),
            ("user", "two nights."),
        )
    )
    assert system == "Be brief."
    assert history == [
        {"role": "user", "content": "Hi"},
        {"role": "assistant", "content": "Hello."},
    ]
    assert last == "One room,\n\ntwo nights."
    with pytest.raises(InputError, match="last message must be the user's"):
        split_messages(_messages(("system", "x"), ("assistant", "Welcome!")))


@pytest.mark.parametrize(
    ("pairs", "says"),
    [
        ((("user", "a"), ("assistant", "b")), "last message must be the user's"),
        ((("tool", "x"), ("user", "a")), "not supported"),
        ((("user", [{"type": "image_url", "image_url": {"url": "x"}}]),), "'image_url'"),
        ((("assistant", None), ("user", "a")), "content is missing"),
    ],
)
def test_bad_message_lists_say_what_is_wrong(
    pairs: tuple[tuple[str, object], ...], says: str
) -> None:
    with pytest.raises(InputError, match=says):
        split_messages(_messages(*pairs))


def test_unsupported_features_are_refused_not_ignored() -> None:
    base = {"model": "m", "messages": [{"role": "user", "content": "a"}]}
    for extra, says in [
        ({"n": 3}, "n=1"),
        ({"logprobs": True}, "log-probabilities"),
        ({"response_format": {"type": "json_object"}}, "json_object"),
        ({"stop": ["a", "b", "c", "d", "e"]}, "at most 4"),
        ({"presence_penalty": 0.5}, "repeat_penalty"),
        ({"seed": 42}, "--seed"),
        ({"logit_bias": {"1": 5}}, "logit_bias"),
        ({"top_logprobs": 2}, "log-probabilities"),
        ({"tool_choice": "required"}, "tool calling"),
        ({"modalities": ["text", "audio"]}, "modalities"),
        ({"audio": {"voice": "alloy", "format": "wav"}}, "audio replies"),
        ({"response_format": "json_object"}, "must be an object"),
        ({"stream_options": {"include_usage": True}}, "only allowed when stream is true"),
    ]:
        req = ChatRequest.model_validate({**base, **extra})
        with pytest.raises(InputError, match=says):
            req.refuse_unsupported()
            req.stops()
    ok = ChatRequest.model_validate(
        {
            **base,
            "response_format": {"type": "text"},
            "user": "u1",
            "n": None,
            "presence_penalty": 0,
            "frequency_penalty": 0.0,
            "seed": None,
            "tool_choice": "auto",
            "parallel_tool_calls": True,
            "logit_bias": {},
            "top_logprobs": 0,
            "stream": True,
            "stream_options": {"include_usage": True},
            "modalities": ["text"],
            "audio": None,
        }
    )
    ok.refuse_unsupported()
    assert ok.sampling_update() == {}


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("stream", "yes"),
        ("stream", 1),
        ("max_tokens", True),
        ("max_tokens", 8.5),
        ("n", "1"),
        ("temperature", "0.5"),
        ("top_k", 4.0),
        ("thinking", "false"),
    ],
)
def test_fields_of_the_wrong_type_are_refused_not_coerced(field: str, value: object) -> None:
    # As OpenAI's API does: "stream": "yes" streamed and "max_tokens": true asked for 1.
    base = {"model": "m", "messages": [{"role": "user", "content": "a"}]}
    with pytest.raises(ValidationError):
        ChatRequest.model_validate({**base, field: value})
    assert ChatRequest.model_validate({**base, "temperature": 1, "top_p": 1}).temperature == 1


def test_a_text_part_without_text_is_named_as_such() -> None:
    (message,) = _messages(("user", [{"type": "text"}]))
    with pytest.raises(FieldError, match="of type 'text' but has no text") as caught:
        message.text("messages[0]")
    assert caught.value.param == "messages[0].content[0].text"


def test_unpaired_surrogates_are_found_by_their_path() -> None:
    body = {
        "model": "m",
        "messages": [{"role": "user", "content": [{"text": "ok"}, {"text": "\ud800"}]}],
    }
    assert find_surrogate(body) == "messages[0].content[1].text"
    assert find_surrogate({"messages": [{"content": "emoji \U0001f600"}]}) is None
    assert loc_path(("messages", 3, "role")) == "messages[3].role"


def test_a_pipeline_error_that_is_not_the_callers_is_a_500() -> None:
    from chatbot.api.app import _refused
    from chatbot.errors import ConfigError

    response = _refused(ConfigError("persona x: template failed"))
    assert response.status_code == 500 and b'"server_error"' in response.body
    assert _refused(InputError("bad")).status_code == 400


def test_a_browsers_language_tag_names_the_locale() -> None:
    # navigator.language says ja-JP; a locale is the language (ja).
    message = [{"role": "user", "content": "hi"}]
    for tag in ("ja-JP", "JA", "ja_JP", " ja "):
        assert (
            ChatRequest.model_validate({"model": "m", "messages": message, "locale": tag}).locale
            == "ja"
        )
