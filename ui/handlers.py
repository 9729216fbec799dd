"""The chat handlers, free of Gradio layout, so they are tested without ``launch()``.

A handler takes the displayed messages (Gradio's ``{"role", "content",
"metadata"}`` dicts) and yields new ones. The conversation proper is the user
and assistant messages without ``metadata``; messages with metadata are the
folded extras: the reasoning of a thinking model, the register badge, notices.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import logging
import re
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from chatbot.ui.sessions import SessionStore, UiSession
from chatbot.ui.strings import text as ui_text
from chatbot.ui.strings import written_in

from chatbot import locales
from chatbot.check import GuardSettings, RegisterGuard, Verdict
from chatbot.check.language import language_name
from chatbot.config import Settings
from chatbot.errors import BusyError, ChatbotError, EngineError
from chatbot.generate.runtime import Chat, Runtime
from chatbot.persona.macros import shown_greeting
from chatbot.persona.registry import Entry, PersonaRegistry
from chatbot.persona.render import avoid_phrases
from chatbot.persona.session import persona_session
from chatbot.plan.policy import Plan
from chatbot.plan.target import target_for
from chatbot.prompt.names import names_from
from chatbot.stream.events import Done, Notice, TextDelta, ThinkingDelta

Message = dict[str, Any]
# A zero-width space after "<" keeps "<img …>" or "<script>" from being a tag, and
# one between "!" and "[" keeps "![alt](url)" from being a Markdown image: the text
# shows as written, and nothing in a message is fetched or run.
_TAG_START = re.compile(r"<(?=[A-Za-z/!?])")
_ZWSP = "\u200b"
_IMAGE_START = "!["
# Code, where Markdown shows "<div>" and "![x](y)" as written anyway: left exact, so
# that its copy button copies what the model wrote. Only where Markdown's own block
# rules cannot read the fence otherwise: a fence at the very start of a line (an
# indented one may belong to a list item or a quote, and end with it), to a closing
# fence at least as long, or to the end.
_CODE = re.compile(
    r"(?:\A|(?<=\n))(?P<f>`{3,}(?=[^`\n]*(?:\n|$))|~{3,})[^\n]*"
    r"(?:\n.*?(?:\n[ ]{0,3}(?P=f)[`~]*[ \t\r]*(?=\n|$)|$)|$)"
    # A code span on one line, its backtick not escaped nor part of a longer run.
    r"|(?<![\\`])`[^`\n]+`(?!`)",
    re.S,
)

log = logging.getLogger(__name__)


def inert(text: str) -> str:
    """Message text for display: HTML and Markdown images show as text, never as markup.
    Code blocks and spans, which show them as text anyway, are left exact."""
    out, pos = [], 0
    for code in _CODE.finditer(text):
        out += [_inert_prose(text[pos : code.start()]), code.group()]
        pos = code.end()
    out.append(_inert_prose(text[pos:]))
    return "".join(out)


def _inert_prose(text: str) -> str:
    return _TAG_START.sub("<" + _ZWSP, text).replace(_IMAGE_START, "!" + _ZWSP + "[")


def plain(text: str) -> str:
    """The text as written, from its displayed form (undoes ``inert`` and ``in_language``)."""
    text = language_of(text)[0]
    return text.replace("<" + _ZWSP, "<").replace("!" + _ZWSP + "[", _IMAGE_START)


# A message's language, for the browser (WCAG 3.1.2): a screen reader picks its voice by
# it, and with Han unification a Japanese reply in a Chinese page shows Chinese glyphs
# (今, 骨, 直). A mark on the displayed text only: ``plain`` takes it off again, so the
# model, the exports and Edit never see it, and the saved history keeps it beside the
# text (``to_saved``). Opened and never closed: the message's end closes it, and no code
# fence left open (a reply cut off) can take a closing tag into its code. The blank line
# after it lets Markdown render what follows. A user cannot write one: ``inert`` breaks
# every "<" before a letter outside code, and only a mark at the very start is read.
_TAG = r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*"
_LANGUAGE_MARK = re.compile(rf'<div lang="({_TAG})">\n\n')
# Within a badge: its level names and the words it quotes, in the reply's language.
# Server-made text, never the model's: saved with the badge, taken off for the exports.
_LANGUAGE_SPAN = re.compile(rf'<span lang="{_TAG}">(.*?)</span>')


def in_language(text: str, tag: str | None) -> str:
    """Displayed ``text`` marked as written in the language ``tag`` (ja, pt-BR)."""
    if not text or not tag or not re.fullmatch(_TAG, tag):
        return text
    return f'<div lang="{tag}">\n\n{text}'


def language_of(text: str) -> tuple[str, str | None]:
    """A displayed text without its language mark, and the language it marked (or None)."""
    mark = _LANGUAGE_MARK.match(text)
    return (text[mark.end() :], mark[1]) if mark else (text, None)


def _span(text: str, tag: str) -> str:
    return f'<span lang="{tag}">{text}</span>' if re.fullmatch(_TAG, tag) else text


def language_tag(locale: str, variety: str | None = None) -> str:
    """The language tag of a locale, or of its variety where that has one (pt-BR, hi-Latn)."""
    spec = locales.get(locale)
    found = spec.variety(variety) if spec is not None else None
    return found.tags[0] if found is not None and found.tags else locale


def content_text(content: Any) -> str:
    """A message's text, whether a string or Gradio's list of content parts.

    Gradio 6's Chatbot hands handlers ``[{"type": "text", "text": …}, …]``; files
    (never sent by this UI) contribute nothing.
    """
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, dict):
        content = [content]
    if isinstance(content, (list, tuple)):
        return "\n".join(
            str(part.get("text") or "")
            for part in content
            if isinstance(part, dict) and part.get("type", "text") == "text"
        )
    return str(content)


def normalize(messages: list[Message] | None) -> list[Message]:
    """Messages with plain-string content and only the keys that carry something."""
    out: list[Message] = []
    for m in messages or []:
        message: Message = {"role": m.get("role"), "content": content_text(m.get("content"))}
        if m.get("metadata"):
            message["metadata"] = m["metadata"]
        if m.get("lang"):  # saved (``to_saved``)
            message["lang"] = m["lang"]
        out.append(message)
    return out


def to_saved(messages: list[Message] | None) -> list[Message]:
    """Displayed messages as the browser keeps them: each text without its language mark,
    the language beside it ("lang")."""
    out = []
    for m in normalize(messages):
        text, tag = language_of(m["content"])
        out.append({**m, "content": text, "lang": tag} if tag else m)
    return out


def from_saved(messages: list[Message] | None) -> list[Message]:
    """Saved messages (``to_saved``) as the chat shows them: marked with their language again."""
    out = []
    for m in normalize(messages):
        tag = m.pop("lang", None)
        out.append({**m, "content": in_language(m["content"], tag)})
    return out


AUTO = "auto"
TURN_WAIT_S = 30.0  # the longest a reply waits for the tab's previous one to end
_KEIGO = {"teineigo": "丁寧語", "sonkeigo": "尊敬語", "kenjougo": "謙譲語"}
UPDATE_INTERVAL_S = 0.05  # about 20 screen updates a second, not one per token
TURN_JOIN = "\n\n"  # between user messages in a row, which are one turn
DECIMAL_COMMA = frozenset({"de", "fr", "es"})  # UI languages that write 0,60
BADGE_MARKS = "✓≈⚠?"  # a register badge's title opens with one


@dataclass
class Backend:
    """What every handler needs: the model, the personas, the settings, the sessions."""

    engine: Runtime
    registry: PersonaRegistry
    settings: Settings
    sessions: SessionStore = field(default_factory=SessionStore)

    @property
    def max_message_chars(self) -> int:
        return self.settings.max_message_chars


@dataclass
class Turn:
    """What one reply produced, for the status line and tests."""

    locale: str = ""
    detected: str | None = None
    variety: str | None = None  # of the reply's language (pt.brazil)
    verdict: Verdict | None = None
    done: Done | None = None
    error: str | None = None
    announcement: str = ""  # what a screen reader is told once the reply is complete


def dialogue(messages: list[Message]) -> list[Message]:
    """The conversation proper: user and assistant messages without metadata."""
    return [
        {"role": m["role"], "content": plain(m["content"])}
        for m in normalize(messages)
        if m.get("role") in ("user", "assistant") and not m.get("metadata")
    ]


def greeting(
    backend: Backend, persona_id: str, locale: str | None = None, name: str | None = None
) -> list[Message]:
    entry = backend.registry.get(persona_id)
    code = locale if locale and locale in entry.persona.locales else entry.persona.primary_locale
    # A persona may come from a downloaded card: its greeting is shown as text, like a reply.
    # A card's {{user}} is the name typed in the name field, read as the prompt reads it.
    typed = names_from(name, locales.get(code)).get("name")
    shown = shown_greeting(entry.persona, code, typed)
    if not shown:
        return []  # a persona without a greeting: the chat opens with the user's message
    return [{"role": "assistant", "content": in_language(inert(shown), code)}]


def level_choices(
    backend: Backend, persona_id: str, locale: str | None, variety: str | None = None
) -> list[tuple[str, str]]:
    """The register levels this persona allows in this locale, under their native names
    (a variety's own where ``variety``, e.g. the browser's pt.brazil, is of this locale:
    Tratamento por você, not por tu)."""
    entry = backend.registry.get(persona_id)
    code = locale if locale and locale in entry.persona.locales else entry.persona.primary_locale
    spec = locales.get(code)
    assert spec is not None
    setup = entry.persona.locales[code]
    allowed = setup.policy.allowed(spec)
    names = [spec.written(lv, variety).native for lv in allowed]
    choices = list(zip(names, allowed, strict=True))
    if setup.policy.mirror and len(allowed) > 1:
        choices.insert(0, ("↔ " + " / ".join(names), AUTO))
    return choices


def check_message(backend: Backend, text: str, language: str | None = None) -> str | None:
    """None when the message may be sent, else why not, in the UI language (empty: ignored)."""
    if len(text) > backend.max_message_chars:
        return ui_text("too_long", language).format(
            length=len(text), limit=backend.max_message_chars
        )
    return None


PENDING_S = 5.0  # an accepted message's reply starts within this, or the tab may send again


def replying(backend: Backend, session_id: str) -> bool:
    """Whether the tab's last message is still being answered (not stopped, not replaced).

    A message sent meanwhile would be lost from the screen, which the running
    reply keeps redrawing without it; the UI refuses it instead, text kept.
    """
    ui = backend.sessions.get(session_id)
    if ui.turn_lock.locked() and not ui.stop_requested.is_set():
        return True
    return time.monotonic() - ui.sent_at < PENDING_S


def generating(backend: Backend, session_id: str) -> bool:
    """Whether a reply of the tab holds its turn now (runs, or waits for the model)."""
    return backend.sessions.get(session_id).turn_lock.locked()


def accepted(backend: Backend, session_id: str) -> None:
    """A message was accepted: the tab is replying from now on, before its reply starts."""
    ui = backend.sessions.get(session_id)
    with ui.claim_lock:
        ui.sent += 1
        ui.sent_at = time.monotonic()


def claim(backend: Backend, session_id: str) -> bool:
    """Whether an accepted message awaits its reply; the caller then answers it.

    The reply is chained after Send, and Gradio runs the chain whatever Send
    did, so a refused or empty Send finds nothing to claim and answers nothing.
    """
    ui = backend.sessions.get(session_id)
    with ui.claim_lock:
        if ui.answered >= ui.sent:
            return False
        ui.answered = ui.sent
        return True


def _exchanges(history: list[Message]) -> list[tuple[str, str]]:
    """(user, reply) pairs of a dialogue as :func:`_answered` gives it (one user message
    per turn); a greeting before any user turn is skipped."""
    pairs: list[tuple[str, str]] = []
    pending: str | None = None
    for m in history:
        if m["role"] == "user":
            pending = m["content"]
        elif pending is not None:
            pairs.append((pending, m["content"]))
            pending = None
    return pairs


def _answered(messages: list[Message], limit: int) -> list[Message]:
    """The dialogue the model had: user messages in a row joined into one turn (the
    last alone where together they pass ``limit``, as :func:`respond` asked it), and a
    question that got a notice where its reply should be (busy, an engine failure)
    left out, as it never reached the model's history."""
    out: list[Message] = []
    pending: list[str] = []
    failed = False

    def asked() -> Message:
        text = TURN_JOIN.join(pending)
        return {"role": "user", "content": text if len(text) <= limit else pending[-1]}

    for m in normalize(messages):
        if m.get("role") == "user":
            if failed:
                pending, failed = [], False
            pending.append(plain(m["content"]))
        elif m.get("role") == "assistant" and not m.get("metadata"):
            if pending:
                out.append(asked())
                pending = []
            out.append({"role": "assistant", "content": plain(m["content"])})
            failed = False
        elif pending and not m.get("content"):
            failed = True  # a notice in place of the reply
    if pending and not failed:
        out.append(asked())
    return out


def _asked(messages: list[Message]) -> int:
    """Where the user messages at the end begin: a question left unanswered (the page
    was reloaded while its reply was written) is asked again with the next one."""
    start = len(messages)
    while start > 0 and messages[start - 1].get("role") == "user":
        start -= 1
    return start


def _shown(text: str) -> str:
    """A message as the browser gives it back: Gradio's Chatbot strips outer and
    common leading whitespace (``inspect.cleandoc``), and a stopped reply shows " …".
    Comparing in this form keeps the conversation's KV cache across turns."""
    return inspect.cleandoc(text.removesuffix(" …"))


def _session(
    backend: Backend,
    session_id: str,
    entry: Entry,
    target: Plan,
    thinking: bool,
    history: list[Message],
    names: dict[str, str] | None = None,
) -> Chat:
    """The tab's chat session for this persona and register, in step with the displayed history."""
    ui: UiSession = backend.sessions.get(session_id)
    key = (
        entry.persona,
        target.locale,
        target.level,
        target.variety,
        thinking,
        tuple(sorted((names or {}).items())),
    )
    if ui.chat is None or ui.key != key:
        ui.chat = persona_session(
            backend.engine, entry, target, backend.settings.sampling, thinking=thinking, names=names
        )
        ui.key = key
    pairs = [(_shown(u), _shown(r)) for u, r in _exchanges(history)]
    have = [(_shown(t.user), _shown(t.reply)) for t in ui.chat.conversation.turns]
    if have != pairs:
        if have[: len(pairs)] == pairs:  # regenerate / edit: drop the turns that were undone
            del ui.chat.conversation.turns[len(pairs) :]
        else:  # a reload or another tab's history: rebuild from what is shown
            ui.chat.reset()
            ui.chat.restore(history)
    return ui.chat


def detected_line(turn: Turn, language: str = "en") -> str:
    """The language read in the user's message, by its name, and the reply's when the
    persona answers in another (a German message to an English-only persona)."""
    if not turn.detected:
        return ""

    def name(code: str) -> str:
        spec = locales.get(code)
        return f"{spec.native} ({code})" if spec is not None else code

    sep = ui_text("label_sep", language)
    line = f"{ui_text('detected', language)}{sep}**{name(turn.detected)}**"
    spec = locales.get(turn.locale) if turn.locale else None
    variety = spec.variety(turn.variety) if spec is not None else None
    if turn.locale and turn.locale != turn.detected:
        line += f" · {ui_text('reply_in', language)}{sep}**{name(turn.locale)}**"
    if variety is not None:
        line += f" · **{variety.native}**"
    return line


def badge(verdict: Verdict, language: str = "en") -> Message:
    """The register badge: the level read, folded evidence, retries; off target is flagged.

    Level names are the locale's own (敬語, Siezen), marked as its language, as are the
    words quoted from the reply; the rest is in the UI ``language``. What comes from the
    reply, the persona or a locale file is shown as text (``inert``).
    """
    spec = locales.get(verdict.plan.locale)
    tag = language_tag(verdict.plan.locale, verdict.plan.variety)

    def say(key: str, **values: object) -> str:
        return ui_text(key, language).format(**values)

    def name(level: str | None, variety: str | None = None) -> str:
        if not spec or not level:
            return "?"
        native = inert(spec.written(level, variety).native)
        return _span(native, language_tag(spec.code, variety))

    def quoted(text: str) -> str:
        return _span(inert(text), tag)

    read = name(verdict.reading.level, verdict.reading.variety)
    target = name(verdict.plan.level, verdict.plan.variety)
    variety = spec.variety(verdict.plan.variety) if spec else None
    if variety is not None:
        target = f"{target} · {quoted(variety.native)}"
    mark = {"on_target": "✓", "near": "≈", "off_target": "⚠", "unread": "?"}[verdict.status]
    if verdict.language:
        title = "⚠ " + say(
            "wrong_language",
            language=inert(language_name(verdict.language)),
            target=inert(language_name(verdict.plan.locale)),
        )
    elif verdict.status == "off_target":
        title = "⚠ " + say("off_register", read=read, target=target)
    elif verdict.status == "unread":
        title = "? " + say("unmarked")
    else:
        title = f"{mark} {read}"
    if verdict.avoided:
        title += " · ⚠ " + ", ".join(f"“{quoted(a.text)}”" for a in verdict.avoided)
    confidence = f"{verdict.reading.confidence:.2f}"
    if language.split("-")[0] in DECIMAL_COMMA:
        confidence = confidence.replace(".", ",")
    # Unread, the level is the locale's default or a guess: named in no line but this one's
    # title, which says nothing shows it (the evidence below, if any, is style alone).
    shown = "?" if verdict.status == "unread" and not verdict.language else read
    lines = [say("badge_line", target=target, read=shown, confidence=confidence)]
    if verdict.plan.asked:
        lines.append(say("asked", words=quoted(verdict.plan.asked)))
    if verdict.retries:
        lines.append(say("retries", n=verdict.retries))
    if verdict.reading.keigo:
        kinds = ", ".join(f"{k} ({_span(_KEIGO[k], 'ja')})" for k in verdict.reading.keigo)
        lines.append(f"{say('keigo')}{say('label_sep')}{kinds}")
    # Quoted in code spans, which show them as written (and copy them exact).
    for e in verdict.reading.evidence[:12]:
        where = name(e.level, verdict.reading.variety)
        lines.append(f"- {quoted(f'`{e.surface}`')} → {where} ({inert(e.rule)})")
    for m in verdict.reading.misuses:
        why = inert(m.say(language, verdict.plan.locale))
        lines.append(f"- ⚠ {quoted(f'`{m.surface}`')}: {why}")
    for a in verdict.avoided:
        lines.append(f"- ⚠ {quoted(f'`{a.text}`')}: " + say("never_says", phrase=quoted(a.phrase)))
    return {
        "role": "assistant",
        "content": "\n".join(lines),
        "metadata": {"title": title, "status": "done", "id": f"register-{verdict.status}"},
    }


def respond(
    backend: Backend,
    session_id: str,
    messages: list[Message],
    persona_id: str,
    locale_choice: str = AUTO,
    level_choice: str | None = AUTO,
    thinking: bool = False,
    turn: Turn | None = None,
    language: str = "en",
    name: str = "",
    browser: str = "",
) -> Iterator[list[Message]]:
    """Stream the reply to the last user message as whole message lists (throttled).

    ``language`` is the UI's: notices and the register badge are written in it.
    ``name`` is what the user gave as their name, for the persona's form of address.
    ``browser``: the browser's language tag; one a variety lists (pt-BR) writes the
    reply in it where the user's messages show no variety of their own.
    """
    turn = turn if turn is not None else Turn()
    messages = normalize(messages)
    if not messages or messages[-1].get("role") != "user":
        return  # nothing new to answer (an ignored empty message)
    start = _asked(messages)
    newest = plain(messages[-1]["content"])
    text = TURN_JOIN.join(plain(m["content"]) for m in messages[start:])
    if len(text) > backend.max_message_chars:  # a question left unanswered, and long
        start, text = len(messages) - 1, newest
    # ``submit`` refuses an over-long message, but Gradio serves this handler at its own
    # route (/gradio_api/call/reply) too, where no ``submit`` runs first.
    problem = check_message(backend, newest, language)

    def ended(view: list[Message]) -> list[Message]:
        """The reply's last view: what it says is announced (see :func:`announcement`)."""
        turn.announcement = announcement(view, language)
        return view

    if problem:
        turn.error = problem
        yield ended([*messages, _notice(f"⚠ {problem}")])
        return
    ui = backend.sessions.get(session_id)
    generation = ui.generation
    stop_flag = threading.Event()  # this reply's own: a replaced reply keeps its, set

    def superseded() -> bool:
        return ui.generation != generation

    def cancelled() -> bool:
        return stop_flag.is_set() or superseded()

    # One reply at a time per tab. A reply being replaced (Regenerate, Edit) ends within
    # a token, since it is superseded, and adds its turn to the session before this one
    # reconciles the session with the shown history; else that turn would land after.
    waiting_since = time.monotonic()
    while not ui.turn_lock.acquire(timeout=0.1):
        if superseded():
            return  # replaced while it waited: the screen shows what replaced it
        if time.monotonic() - waiting_since > TURN_WAIT_S:
            turn.error = ui_text("previous_running", language)
            yield ended([*messages, _notice(f"⚠ {turn.error}")])
            return
    ui.stop_requested = stop_flag  # Stop reaches this reply from now on
    ui.sent_at = float("-inf")  # the reply has started: the turn lock says it runs
    try:
        try:
            entry = backend.registry.get(persona_id)
            history = _answered(messages[:start], backend.max_message_chars)
            target, turn.detected = target_for(
                entry.persona,
                text,
                None if locale_choice == AUTO else locale_choice,
                None if level_choice in (AUTO, None) else level_choice,
                earlier=[str(m["content"]) for m in history if m["role"] == "user"],
                default_variety=locales.variety_for(browser),
            )
            turn.locale, turn.variety = target.locale, target.variety
            # The question, in the language read in it, as the reply is in its own.
            messages[start:] = [
                {**m, "content": in_language(language_of(m["content"])[0], turn.detected)}
                for m in messages[start:]
            ]
            tag = language_tag(turn.locale, turn.variety)
            chat = _session(
                backend,
                session_id,
                entry,
                target,
                thinking,
                history,
                names_from(name, locales.get(target.locale)),
            )
        except ChatbotError as exc:
            turn.error = str(exc)
            yield ended([*messages, _notice(f"⚠ {exc}")])
            return
        guard = RegisterGuard(chat, GuardSettings.from_settings(backend.settings))
        reply, thought = "", ""
        extras: list[Message] = []
        verdict_badge: Message | None = None
        status: Message | None = None
        last = 0.0

        def view(final: bool = False) -> list[Message]:
            out = list(messages)
            if thought:
                out.append(
                    {
                        "role": "assistant",
                        "content": inert(thought),
                        "metadata": {
                            "title": ui_text("thinking_title", language),
                            "status": "done" if final or reply else "pending",
                        },
                    }
                )
            if status is not None and not reply and not final:  # waiting, retrying: a spinner
                out.append(status)
            if reply or not final:  # a reply that never came (busy, error) leaves no empty bubble
                out.append({"role": "assistant", "content": in_language(inert(reply), tag) or "…"})
            return out + extras

        events = guard.send(
            text,
            target,
            avoid=avoid_phrases(entry.persona, target.locale),
            cancelled=cancelled,
        )
        try:
            for event in events:
                if isinstance(event, TextDelta):
                    reply += event.text
                    status = None
                elif isinstance(event, ThinkingDelta):
                    thought += event.text
                elif isinstance(event, Notice):
                    if event.kind == "trimmed":
                        extras.append(_notice(notice_text(event, language)))
                    else:
                        status = _notice(notice_text(event, language), pending=True)
                    if event.kind == "retry":
                        thought = ""  # the abandoned attempt's reasoning, not this reply's
                elif isinstance(event, Verdict):
                    turn.verdict = event
                    verdict_badge = badge(event, language)
                elif isinstance(event, Done):
                    turn.done = event
                    stopped = event.finish_reason == "cancelled"
                    if stopped and reply:
                        reply += " …"
                    # Stopped before it said anything, the reply never was: no "…"
                    # bubble, no badge of nothing, and its question is asked again
                    # with the next message, as after a reload.
                    if verdict_badge is not None and (reply or not stopped):
                        extras.append(verdict_badge)
                if superseded():
                    break
                now = time.monotonic()
                if now - last >= UPDATE_INTERVAL_S:
                    last = now
                    yield view()
        except EngineError as exc:  # the operator's to fix: the console has the details
            log.error("engine error: %s", exc)
            turn.error = ui_text("engine_failed", language)
            extras.append(_notice(f"⚠ {turn.error}"))
        except BusyError as exc:
            key = "busy" if exc.waiting else "busy_no_line"
            turn.error = ui_text(key, language).format(waiting=exc.waiting)
            extras.append(_notice(f"⚠ {turn.error}"))
        except ChatbotError as exc:
            turn.error = str(exc)
            extras.append(_notice(f"⚠ {exc}"))
        finally:
            events.close()
        if not superseded():
            yield ended(view(final=True))
        elif (instead := ui.replacement) is not None and instead[0] > generation:
            yield instead[1]  # a view sent before may land over it: see :func:`abandon`
    finally:
        ui.turn_lock.release()


def announcement(messages: list[Message], language: str = "en") -> str:
    """What a screen reader is told, once, of a reply that has ended (``messages``, its
    last view): the reply, then its badge's title and the notices (busy, an error), each
    marked with its language. The chat's own live region is off: it re-read the whole
    reply at every streamed update."""
    last_user = max((k for k, m in enumerate(messages) if m.get("role") == "user"), default=-1)
    said = []
    for m in normalize(messages[last_user + 1 :]):
        title = (m.get("metadata") or {}).get("title")
        if not title:
            said.append(_closed(m["content"]))
        elif _is_badge(m) or not m["content"]:  # not the reasoning
            said.append(in_language(title, written_in(language)))
    # Each mark holds what follows it, and a later one overrides it.
    return "\n\n".join(said)


def _closed(text: str) -> str:
    """``text`` with a code fence it leaves open (a reply cut off) closed, so that what
    follows it in one Markdown text is not taken into its code."""
    codes = list(_CODE.finditer(text))
    last = codes[-1] if codes else None
    if last is None or not last["f"] or last.end() < len(text):
        return text
    end = last.group().rsplit("\n", 1)
    if len(end) == 2 and re.fullmatch(rf"[ ]{{0,3}}{re.escape(last['f'])}[`~]*[ \t\r]*", end[1]):
        return text
    return f"{text}\n{last['f']}"


def notice_text(notice: Notice, language: str) -> str:
    """A notice in the UI language, from its kind and arguments (else its English text)."""
    key = {"queued": "queued", "trimmed": "trimmed"}.get(notice.kind)
    if notice.kind == "retry":
        key = {"avoided": "retry_avoided", "language": "retry_language"}.get(
            str(notice.args.get("reason")), "retry_register"
        )
    try:
        return ui_text(key, language).format(**notice.args) if key else notice.message
    except (KeyError, IndexError):  # a notice without the arguments its text names
        return notice.message


def _notice(text: str, *, pending: bool = False) -> Message:
    return {
        "role": "assistant",
        "content": "",
        "metadata": {"title": inert(text), "status": "pending" if pending else "done"},
    }


def stop(backend: Backend, session_id: str) -> None:
    """The Stop button, or a closed tab: ends the tab's generation within one token."""
    ui = backend.sessions.get(session_id)
    ui.stop_requested.set()
    if ui.chat is not None:
        ui.chat.stop()


def abandon(backend: Backend, session_id: str, shown: list[Message]) -> list[Message]:
    """The conversation on screen is being replaced by ``shown`` (Clear, a new persona,
    Edit, Regenerate): stop the tab's reply, and return ``shown``.

    The reply, once it sees it is replaced, sends ``shown`` as its last view. The page
    takes in each event's views in their own order, not across events, so a view the
    reply sent before it stopped may land after what the replacing handler returned;
    the reply's own last view then puts ``shown`` back. It is recorded before the
    reply can see it is replaced, so the reply always finds it.
    """
    ui = backend.sessions.get(session_id)
    ui.replacement = (ui.generation + 1, list(shown))
    ui.generation += 1
    ui.sent_at = float("-inf")  # a reply still to start is superseded too: nothing runs
    stop(backend, session_id)
    return shown


def undo_last_reply(messages: list[Message]) -> list[Message]:
    """Everything up to and including the last user message (for Regenerate)."""
    messages = normalize(messages)
    for i in range(len(messages) - 1, -1, -1):
        if messages[i].get("role") == "user" and not messages[i].get("metadata"):
            return list(messages[: i + 1])
    return list(messages)


def mark_cut(messages: list[Message]) -> list[Message]:
    """``messages`` as a conversation left now: a reply being written (no badge after it
    yet) marked cut off (" …", as Stop marks it), and a reply that had not begun (its
    placeholder, a place in line) taken away, so that its question counts as unanswered
    and is asked again with the next message."""
    out = normalize(messages)
    last_user = max((k for k, m in enumerate(out) if m.get("role") == "user"), default=-1)
    tail = out[last_user + 1 :]
    if last_user < 0 or any(_is_badge(m) for m in tail):
        return out  # answered, or nothing asked
    replies = [
        k for k, m in enumerate(tail) if m.get("role") == "assistant" and not m.get("metadata")
    ]
    written = [k for k in replies if tail[k]["content"] not in ("", "…")]
    if not written:
        return out[: last_user + 1]  # the reply had not begun
    k = last_user + 1 + written[-1]
    if not out[k]["content"].endswith(" …"):
        out[k] = {**out[k], "content": out[k]["content"] + " …"}
    # Notices still pending (a place in line, a retry) are no longer true.
    pending = [
        m
        for m in tail
        if not m.get("content") and (m.get("metadata") or {}).get("status") == "pending"
    ]
    return [m for m in out if not any(m is p for p in pending)]


def _is_badge(m: Message) -> bool:
    """The register badge that ends a finished reply (see :func:`badge`)."""
    title = (m.get("metadata") or {}).get("title")
    return bool(m.get("content")) and isinstance(title, str) and title[:1] in BADGE_MARKS


def take_last_message(messages: list[Message]) -> tuple[str, list[Message]]:
    """The last user message (to edit) and the history before it."""
    kept = undo_last_reply(messages)
    if kept and kept[-1].get("role") == "user":
        return plain(kept[-1]["content"]), kept[:-1]
    return "", normalize(messages)


def _as_written(messages: list[Message]) -> list[Message]:
    """The messages as written: no display marks (``inert``, the languages)."""
    out = []
    for m in normalize(messages):
        m.pop("lang", None)
        if _is_badge(m):
            m["content"] = _LANGUAGE_SPAN.sub(r"\1", m["content"])
        m["content"] = plain(m["content"])
        if isinstance(m.get("metadata"), dict) and isinstance(m["metadata"].get("title"), str):
            title = _LANGUAGE_SPAN.sub(r"\1", m["metadata"]["title"])  # the server's own text
            m["metadata"] = {**m["metadata"], "title": plain(title)}
        out.append(m)
    return out


def export_name(session_id: str) -> str:
    """The export folder's name for a browser session: Gradio's ``session_hash`` comes
    from the client, so it is hashed, never used as a file name (no "/", "..", or length)."""
    return "conversation-" + hashlib.sha256(session_id.encode("utf-8", "replace")).hexdigest()[:16]


def export_json(messages: list[Message], persona_id: str) -> str:
    data = {"persona": persona_id, "messages": _as_written(messages)}
    return json.dumps(data, ensure_ascii=False, indent=2)


def export_markdown(
    messages: list[Message], persona_id: str, name: str = "", language: str = "en"
) -> str:
    """The conversation as Markdown, headed in the UI ``language`` with the persona's
    ``name`` (its id where none is given); each reply is headed with that name too."""
    name = name or persona_id
    lines = [f"# {ui_text('export_heading', language).format(name=name)}", ""]
    for m in _as_written(messages):
        meta = m.get("metadata") or {}
        if meta.get("title"):
            lines.append(f"> **{meta['title']}**  ")
            body = str(m.get("content") or "").strip()
            lines += [f"> {line}" for line in body.splitlines()] if body else []
        else:
            who = f"**{ui_text('export_you', language)}**" if m["role"] == "user" else f"**{name}**"
            lines.append(f"{who}: {m['content']}")
        lines.append("")
    return "\n".join(lines)


def model_status(engine: Runtime, done: Done | None = None, language: str = "en") -> str:
    info = engine.info
    where = urlsplit(info.engine_url).netloc if info.engine_url else info.quantization
    parts = [f"**{info.name}** · {where}"]
    context = ui_text("context", language)
    if done is not None:
        size = f"/{done.context_size}" if done.context_size else ""
        if done.context_used:  # 0: a remote engine that reports no usage
            parts.append(f"{context} {done.context_used}{size}")
        parts.append(f"{done.decode_tokens_per_s:.1f} tok/s")
    elif info.n_ctx:  # a remote engine may not say
        parts.append(f"{context} {info.n_ctx}")
    line = " · ".join(parts)
    if info.synthetic:
        line += f"\n\n⚠ **{ui_text('synthetic', language)}**"
    return line
