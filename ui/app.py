"""The browser UI: ``create_app(backend)`` builds the Gradio Blocks; ``chatbot serve`` launches it.

Layout: the conversation on the left (streaming, Markdown, register badge under
each reply), the controls on the right (persona, reply language, register
level, thinking). History is kept per browser (localStorage) and survives a
reload; each tab has its own session on the server.
"""

from __future__ import annotations

import atexit
import os
import secrets
import shutil
import tempfile
import time
import weakref
from pathlib import Path
from typing import Any

import gradio as gr
from chatbot.ui import handlers
from chatbot.ui.handlers import AUTO, Backend, Message
from chatbot.ui.strings import i18n, text

from chatbot import locales
from chatbot.models import local
from chatbot.prompt.names import MAX_NAME_CHARS

MAX_KEPT_CONVERSATIONS = 8  # with personas not shown, per browser
SETTLE_S = 2.0  # the longest Edit, Regenerate, Clear or a persona switch waits for the reply

CSS = """
#status { font-size: 0.9em; }
#detected { font-size: 0.85em; opacity: 0.9; }
/* At 200% zoom (a 640x400 CSS px window) the 520 px chat was taller than the window:
   never seen whole, nor with the message box under it (WCAG 1.4.10). It leaves
   room for the box, Send and Stop, and keeps a few lines on the smallest screens. */
#chat { max-height: max(10rem, 100dvh - 8.5rem); }
/* A phone: the five actions share rows instead of a full-width row each. */
@media (max-width: 640px) {
  #actions { flex-wrap: wrap; gap: 6px; }
  #actions > * { flex: 1 1 30%; min-width: 0 !important; }
}
/* Contrast (WCAG 1.4.3): Gradio dims a folded group's text twice (the badge's
   evidence, reasoning) to under 4.5:1, its placeholder (the Enter and name
   hints) to 1.9:1, and white on its orange Send to 2.8:1. */
#chat .thought-group .message-content { opacity: 1; }
#message textarea::placeholder, #user-name textarea::placeholder {
  color: var(--body-text-color-subdued); opacity: 1;
}
#send { background: #c2410c; border-color: #c2410c; color: #fff; }
/* A visible keyboard focus (WCAG 2.4.7): the level radio shows none of its own. */
#level input:focus-visible, #message textarea:focus-visible,
#user-name textarea:focus-visible {
  outline: 2px solid var(--body-text-color); outline-offset: 2px;
}
/* Gradio leaves a dropdown's list open when Tab passes it by: hide it unless
   the dropdown holds the focus, so it cannot cover the fields below. */
#persona:not(:focus-within) [role=listbox], #locale:not(:focus-within) [role=listbox] {
  display: none !important;
}
@media (prefers-reduced-motion: reduce) {
  #chat *, .wrap { animation: none !important; transition: none !important; }
}
/* For screen readers, out of sight: the app's status region (ON_LOAD) and the
   headings (the layout shows the eye what they say). */
#announcer, .visually-hidden {
  position: absolute; width: 1px; height: 1px; overflow: hidden;
  clip-path: inset(50%); white-space: nowrap;
}
"""

# Run in the page once it has loaded.
# Gradio's chat is a polite live region (role=log) in which every streamed update
# replaces the reply's paragraph, so a screen reader re-read the whole reply at each
# (152,859 characters for a 2,576-character one). It is turned off, and kept off should
# Gradio draw it anew (6.31 keeps the element through Clear, a persona switch and
# streaming; the observer is for a version that does not). The app's own status
# region (#announcer) is told instead, once a reply has ended, what the server leaves
# in #announcement (hidden) for it: the reply, its badge's title, the notices
# (handlers.announcement).
# The chat's copy buttons copy a message's source: what they copy is the text as
# written, as handlers.plain gives it (no language mark, nothing ``inert`` added; a
# badge's marked names unmarked).
ON_LOAD = r"""() => {
  const chat = document.getElementById('chat');
  const quiet = () => chat.querySelectorAll('[role=log]:not([aria-live=off])')
    .forEach((log) => log.setAttribute('aria-live', 'off'));
  quiet();
  new MutationObserver(quiet)
    .observe(chat, {subtree: true, childList: true, attributeFilter: ['aria-live']});

  // A folded message (the badge, a notice, the reasoning) is a disclosure: its title
  // says whether it is open (Gradio marks that with a class only), and opens with
  // Space too (Gradio: Enter only). Its arrow, a nameless button inside the title,
  // is a second Tab stop where Enter toggles twice: the title alone is the control.
  const disclose = () => chat.querySelectorAll('.thought-group > .title').forEach((title) => {
    const open = String(title.classList.contains('expanded'));
    if (title.getAttribute('aria-expanded') !== open) title.setAttribute('aria-expanded', open);
    title.querySelectorAll('button:not([tabindex="-1"])').forEach((arrow) => {
      arrow.tabIndex = -1;
      arrow.setAttribute('aria-hidden', 'true');
    });
  });
  disclose();
  new MutationObserver(disclose)
    .observe(chat, {subtree: true, childList: true, attributeFilter: ['class']});
  chat.addEventListener('keydown', (event) => {
    if (event.key !== ' ' || !event.target.matches('.thought-group > .title')) return;
    event.preventDefault();  // not the page's scroll
    if (!event.repeat) event.target.click();
  });

  // Stop turns itself off when a reply ends: the focus it held would fall to the page.
  const stop = document.getElementById('stop');
  const toBox = () => document.querySelector('#message textarea')?.focus();
  new MutationObserver(() => {
    if (stop.disabled && document.activeElement === stop) toBox();
  }).observe(stop, {attributeFilter: ['disabled']});
  stop.addEventListener('focusout', (event) => {  // where disabling it blurs it at once
    if (stop.disabled && !event.relatedTarget) toBox();
  });

  const announcer = document.createElement('div');
  announcer.id = 'announcer';
  announcer.setAttribute('role', 'status');
  announcer.setAttribute('aria-live', 'polite');
  document.body.append(announcer);
  const source = document.getElementById('announcement');
  let told = '';
  new MutationObserver(() => {
    const text = source.querySelector('[data-testid=markdown]');
    if (!text || text.innerHTML === told) return;
    told = text.innerHTML;
    const said = text.cloneNode(true);
    said.querySelectorAll('button').forEach((button) => button.remove());  // code's copy
    announcer.replaceChildren(...said.childNodes);
  }).observe(source, {subtree: true, childList: true, characterData: true});

  const written = (text) => (/^[✓≈⚠?]/.test(text)  // a badge or a notice: title first
    ? text.replace(/<span lang="[\w-]+">(.*?)<\/span>/g, '$1')
    : text.replace(/^<div lang="[\w-]+">\n\n/, ''))
    .replaceAll('<\u200b', '<').replaceAll('!\u200b[', '![');  // as handlers.plain
  let fromChat = false;  // the copy is a chat message's own button's
  document.addEventListener('click', (event) => {
    fromChat = !!event.target.closest?.('#chat .message-buttons');
  }, true);
  const clipboard = navigator.clipboard;
  if (clipboard) {
    const write = clipboard.writeText.bind(clipboard);
    clipboard.writeText = (text) => write(fromChat ? written(text) : text);
  }
  // Without the Clipboard API (plain http, not on localhost), Gradio copies from a
  // textarea it adds for the moment.
  document.addEventListener('copy', (event) => {
    if (fromChat && event.target instanceof HTMLTextAreaElement) {
      event.clipboardData.setData('text/plain', written(event.target.value));
      event.preventDefault();
    }
  });
}"""


def _secret() -> str:
    """A stable key for the browser-side history, so a server restart keeps it readable."""
    path = local.cache_dir() / "ui-secret"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_hex(32))
        path.chmod(0o600)
    return path.read_text().strip()


def _ui_language(request: gr.Request | None) -> str:
    """The browser's preferred language (Accept-Language), e.g. "ja"."""
    return _browser_tag(request).split("-")[0].lower() or "en"


def _browser_tag(request: gr.Request | None) -> str:
    """The browser's preferred language tag as sent, e.g. "pt-BR" (a variety's)."""
    header = (request.headers.get("accept-language", "") if request is not None else "") or "en"
    return header.split(",")[0].split(";")[0].strip() or "en"


def _variety(request: gr.Request | None) -> str | None:
    """The variety the browser's language tag asks for (pt-BR: pt.brazil), or None."""
    return locales.variety_for(_browser_tag(request))


def _thinking_allowed(backend: Backend, persona_id: str) -> bool:
    """The switch shows where the model can think (Qwen3) and the persona allows it."""
    persona = backend.registry.get(persona_id).persona
    return backend.engine.supports_thinking and persona.thinking


def _persona_choices(backend: Backend, language: str) -> list[tuple[str, str]]:
    """Personas under their names in the UI language, sorted by id."""
    entries = backend.registry.entries()
    return [(entries[p].persona.display_name(language), p) for p in sorted(entries)]


def _locale_choices(
    backend: Backend, persona_id: str, language: str = "en"
) -> list[tuple[str, str]]:
    persona = backend.registry.get(persona_id).persona
    choices = [(text("auto_choice", language), AUTO)]
    for code in persona.locales:
        spec = locales.get(code)
        choices.append((f"{spec.native if spec else code} ({code})", code))
    return choices


def create_app(backend: Backend, *, default_persona: str | None = None) -> gr.Blocks:
    t = i18n()
    entries = backend.registry.entries()
    persona_ids = sorted(entries)
    fallback = "en-neutral-assistant" if "en-neutral-assistant" in entries else persona_ids[0]
    first: str = default_persona if default_persona and default_persona in entries else fallback
    export_dir = Path(tempfile.mkdtemp(prefix="chatbot-export-"))
    _private_gradio_cache()

    # Gradio keeps a copy of every file it serves (the exports); drop copies a day old.
    with gr.Blocks(title="chatbot", delete_cache=(3600, 86400)) as demo:
        saved = gr.BrowserState(
            {
                "messages": [],
                "persona": first,
                "locale": AUTO,
                "level": AUTO,
                "thinking": False,
                "name": "",
                "others": {},  # the conversations with the other personas, by persona id
            },
            storage_key="chatbot-history",
            secret=_secret(),
        )
        # Headings for screen readers to move by (WCAG 1.3.1, 2.4.6), out of sight.
        gr.Markdown("# " + t("app_title"), elem_classes="visually-hidden")
        with gr.Row():
            with gr.Column(scale=3):
                status = gr.Markdown(handlers.model_status(backend.engine), elem_id="status")
                gr.Markdown("## " + t("chat"), elem_classes="visually-hidden")
                chat = gr.Chatbot(
                    value=handlers.greeting(backend, first),
                    label=t("chat"),
                    elem_id="chat",
                    height=520,
                    sanitize_html=True,
                    render_markdown=True,
                    group_consecutive_messages=False,
                    buttons=["copy"],
                )
                # What the status region (ON_LOAD) is told when a reply ends: rendered
                # here, out of sight and out of the accessibility tree.
                announcement = gr.Markdown("", elem_id="announcement", visible="hidden")
                with gr.Row():
                    box = gr.Textbox(
                        label=t("message"),
                        placeholder=t("message_placeholder"),
                        elem_id="message",
                        lines=1,  # Enter sends; Shift+Enter starts a new line
                        max_lines=8,
                        scale=5,
                        autofocus=True,
                    )
                    with gr.Column(scale=1, min_width=88):
                        send = gr.Button(t("send"), variant="primary", elem_id="send")
                        # Enabled only while a reply of this tab streams or waits in line.
                        stop = gr.Button(
                            t("stop"), variant="stop", elem_id="stop", interactive=False
                        )
                with gr.Row(elem_id="actions"):
                    regenerate = gr.Button(t("regenerate"), size="sm", elem_id="regenerate")
                    edit = gr.Button(t("edit_last"), size="sm", elem_id="edit")
                    clear = gr.Button(t("clear"), size="sm", elem_id="clear")
                    dl_json = gr.DownloadButton(t("export_json"), size="sm", elem_id="export-json")
                    dl_md = gr.DownloadButton(t("export_md"), size="sm", elem_id="export-md")
            with gr.Column(scale=1, min_width=260):
                gr.Markdown("## " + t("settings"), elem_classes="visually-hidden")
                persona = gr.Dropdown(
                    choices=_persona_choices(backend, "en"),
                    value=first,
                    label=t("persona"),
                    elem_id="persona",
                )
                locale = gr.Dropdown(
                    choices=_locale_choices(backend, first),
                    value=AUTO,
                    label=t("language"),
                    elem_id="locale",
                )
                detected = gr.Markdown("", elem_id="detected")
                level = gr.Radio(
                    choices=handlers.level_choices(backend, first, None),
                    value=handlers.level_choices(backend, first, None)[0][1],
                    label=t("register"),
                    elem_id="level",
                )
                thinking = gr.Checkbox(
                    label=t("thinking"),
                    value=False,
                    visible=_thinking_allowed(backend, first),
                    elem_id="thinking",
                )
                # The persona's form of address uses it (田中様, Frau Müller, 김민수님).
                user_name = gr.Textbox(
                    label=t("your_name"),
                    placeholder=t("your_name_placeholder"),
                    max_length=MAX_NAME_CHARS,
                    elem_id="user-name",
                )

        def submit(text: str, messages: list[Message], request: gr.Request) -> tuple[Any, Any]:
            # Ignored or refused, the chat is left alone: ``messages`` is what the page
            # showed at the click, and a reply still streaming has moved on since (written
            # back, it would take that reply's end and badge off the screen).
            if not text.strip():
                return gr.update(), gr.update()  # empty: ignored
            sid = request.session_hash or "anon"
            problem = handlers.check_message(backend, text, _ui_language(request))
            if problem is None and handlers.replying(backend, sid):
                problem = handlers.ui_text("previous_running", _ui_language(request))
            if problem:
                gr.Warning(problem)
                return gr.update(), gr.update()  # refused: the text stays in the box
            handlers.accepted(backend, sid)
            messages = handlers.normalize(messages)
            return "", [*messages, {"role": "user", "content": handlers.inert(text)}]

        def reply(
            messages: list[Message],
            pid: str,
            loc: str,
            lvl: str,
            think: bool,
            name: str,
            request: gr.Request,
        ) -> Any:
            turn, language = handlers.Turn(), _ui_language(request)
            sid = request.session_hash or "anon"
            stop_now = gr.update(interactive=True)  # sent with the first view only
            unsaid: Any = ""  # the last reply's announcement, cleared with the first view
            try:
                for view in handlers.respond(
                    backend,
                    sid,
                    messages,
                    pid,
                    loc,
                    lvl,
                    think,
                    turn,
                    language=language,
                    name=name,
                    browser=_browser_tag(request),
                ):
                    yield view, gr.update(), gr.update(), stop_now, unsaid
                    stop_now = unsaid = gr.update()
            except Exception:
                yield gr.update(), gr.update(), gr.update(), _stop_state(sid), gr.update()
                raise
            said = turn.announcement or gr.update()  # none where the reply was replaced
            if turn.done is None:
                # Nothing was generated (a refused or empty message): the status
                # line and the detected language stay as the last reply left them.
                yield gr.update(), gr.update(), gr.update(), _stop_state(sid), said
                return
            badge = handlers.detected_line(turn, language)
            status_line = handlers.model_status(backend.engine, turn.done, language)
            yield gr.update(), status_line, badge, _stop_state(sid), said

        def _stop_state(sid: str) -> Any:
            """Stop as a reply that ended leaves it: disabled, unless the reply that
            replaced it (Regenerate) already runs and enabled it."""
            if handlers.generating(backend, sid):
                return gr.update()
            return gr.update(interactive=False)

        def reply_if_sent(
            messages: list[Message],
            pid: str,
            loc: str,
            lvl: str,
            think: bool,
            name: str,
            request: gr.Request,
        ) -> Any:
            if not handlers.claim(backend, request.session_hash or "anon"):
                # Refused or empty: the previous message is not answered again.
                yield (gr.update(),) * 5
                return
            yield from reply(messages, pid, loc, lvl, think, name, request)

        reply_io: dict[str, Any] = dict(
            inputs=[chat, persona, locale, level, thinking, user_name],
            outputs=[chat, status, detected, stop, announcement],
            concurrency_limit=None,  # the engine's own FIFO line serialises and reports places
        )
        # Queued (not queue=False): gr.Warning reaches the browser only from a queued event;
        # unqueued, the refusal of an over-long message would be a server-side log line.
        submit_io: dict[str, Any] = dict(
            inputs=[box, chat], outputs=[box, chat], concurrency_limit=None
        )
        sent = [send.click(submit, **submit_io), box.submit(submit, **submit_io)]
        # Saved once sent too, not only once answered: a reload mid-reply keeps the question.
        persisted = [*sent, *(event.then(reply_if_sent, **reply_io) for event in sent)]

        def _stop(request: gr.Request) -> None:
            handlers.stop(backend, request.session_hash or "anon")

        # Stop turns itself off once pressed: the message box takes the focus, not the
        # page (keyboard and screen-reader users would be left on no control).
        stop.click(
            _stop,
            None,
            None,
            queue=False,
            js="() => { document.querySelector('#message textarea')?.focus(); }",
        )

        def _replace_reply(sid: str, shown: list[Message]) -> list[Message]:
            """Stop the tab's reply for ``shown``, which replaces the conversation on
            screen, wait (briefly) until it has ended, and return ``shown``: the reply
            sends it as its own last view, in case one of its views lands after ours
            (:func:`handlers.abandon`)."""
            handlers.abandon(backend, sid, shown)
            deadline = time.monotonic() + SETTLE_S
            while handlers.generating(backend, sid) and time.monotonic() < deadline:
                time.sleep(0.02)
            return shown

        def _regenerate(messages: list[Message], request: gr.Request) -> list[Message]:
            sid = request.session_hash or "anon"
            return _replace_reply(sid, handlers.undo_last_reply(messages))

        persisted.append(
            regenerate.click(_regenerate, chat, chat, queue=False).then(reply, **reply_io)
        )

        def _edit(messages: list[Message], draft: str, request: gr.Request) -> tuple[Any, Any]:
            if draft.strip():  # the last message would take its place in the box
                gr.Warning(handlers.ui_text("edit_draft", _ui_language(request)))
                return gr.update(), gr.update()
            sid = request.session_hash or "anon"
            text, kept = handlers.take_last_message(messages)
            return text, _replace_reply(sid, kept)

        # Queued, so that the refusal reaches the browser (see submit_io).
        persisted.append(edit.click(_edit, [chat, box], [box, chat], concurrency_limit=None))

        def _clear(pid: str, loc: str, name: str, request: gr.Request) -> tuple[list[Message], str]:
            sid = request.session_hash or "anon"
            shown = _replace_reply(sid, handlers.greeting(backend, pid, loc, name))
            backend.sessions.drop(sid)  # the reply still ending keeps the dropped one
            return shown, ""  # no language detected yet

        clear_io: dict[str, Any] = dict(
            inputs=[persona, locale, user_name], outputs=[chat, detected], queue=False
        )
        persisted.append(clear.click(_clear, **clear_io))
        # The chat's own trash icon empties the view in the browser; without this it
        # would leave the generation running, the saved history in place (a reload
        # brings it back) and no greeting.
        persisted.append(chat.clear(_clear, **clear_io))

        def _persona(
            pid: str,
            name: str,
            messages: list[Message],
            state: dict[str, Any] | None,
            request: gr.Request,
        ) -> tuple[Any, ...]:
            state = state or {}
            if pid == state.get("persona"):
                # Gradio fires input when the list closes (a click away, a Tab), even
                # with the persona unchanged: the conversation must not go with it.
                return (gr.update(),) * 6
            sid = request.session_hash or "anon"
            # The conversation with the persona left is kept, and the one with the persona
            # chosen comes back, in the language and at the level it had: a slip in the
            # list loses nothing.
            others = _others(state, backend)
            back = others.pop(pid, None) or {}
            loc, levels, lvl = _pickers(
                backend, pid, back.get("locale"), back.get("level"), _browser_tag(request)
            )
            shown = _replace_reply(
                sid,
                handlers.from_saved(back.get("messages"))
                or handlers.greeting(backend, pid, None, name),
            )
            backend.sessions.drop(sid)  # the reply still ending keeps the dropped one
            left = state.get("persona")
            kept = handlers.normalize(messages)
            if isinstance(left, str) and any(m.get("role") == "user" for m in kept):
                others.pop(left, None)  # the most recently left goes last
                # Gradio may fire this twice for one choice, so what the screen shows
                # says whether a reply was cut off, not whether one was running.
                others[left] = {
                    "messages": handlers.mark_cut(handlers.to_saved(kept)),
                    "locale": state.get("locale"),
                    "level": state.get("level"),
                }
                while len(others) > MAX_KEPT_CONVERSATIONS:
                    others.pop(next(iter(others)))  # the longest left: the browser's
                    # storage (a few MB) must hold what is kept
            return (
                shown,
                gr.update(choices=_locale_choices(backend, pid, _ui_language(request)), value=loc),
                gr.update(choices=levels, value=lvl),
                gr.update(visible=_thinking_allowed(backend, pid), value=False),
                "",  # no language detected in this conversation yet
                {**state, "persona": pid, "others": others},
            )

        persisted.append(
            persona.input(
                _persona,
                [persona, user_name, chat, saved],
                [chat, locale, level, thinking, detected, saved],
                queue=False,
            )
        )

        def _greeted(pid: str, loc: str, messages: list[Message], name: str) -> Any:
            """The greeting again, in this language and to this name, while nothing else is said."""
            fresh = not handlers.dialogue(messages) or all(
                m["role"] == "assistant" for m in messages
            )
            if not fresh:
                return gr.update()
            return handlers.greeting(backend, pid, None if loc == AUTO else loc, name)

        def _locale(
            pid: str,
            loc: str,
            messages: list[Message],
            name: str,
            lvl: str,
            request: gr.Request,
        ) -> tuple[Any, ...]:
            levels = handlers.level_choices(
                backend, pid, None if loc == AUTO else loc, _variety(request)
            )
            # The chosen level stays where the new language offers it too.
            keep = lvl if lvl in [v for _, v in levels] else levels[0][1]
            return (
                _greeted(pid, loc, messages, name),
                gr.update(choices=levels, value=keep),
            )

        persisted.append(
            locale.input(
                _locale, [persona, locale, chat, user_name, level], [chat, level], queue=False
            )
        )
        # A name typed before the first message reaches the greeting (Moin Anna!).
        greet_in = [persona, locale, chat, user_name]
        persisted.append(user_name.blur(_greeted, greet_in, chat, queue=False))
        persisted.append(user_name.submit(_greeted, greet_in, chat, queue=False))

        def _persist(
            messages: list[Message],
            pid: str,
            loc: str,
            lvl: str,
            think: bool,
            name: str,
            before: dict[str, Any] | None,
            request: gr.Request,
        ) -> tuple[dict[str, Any], str, str]:
            """Save the history in the browser and refresh the exports, once per finished change."""
            # One folder per tab, so the files can be named for what they hold.
            folder = export_dir / handlers.export_name(request.session_hash or "anon")
            folder.mkdir(exist_ok=True)
            stem = folder / f"{pid}-{time.strftime('%Y-%m-%d')}"
            as_json, as_md = stem.with_suffix(".json"), stem.with_suffix(".md")
            as_json.write_text(handlers.export_json(messages, pid), "utf-8")
            language = _ui_language(request)
            shown_as = backend.registry.get(pid).persona.display_name(language)
            md = handlers.export_markdown(messages, pid, shown_as, language)
            as_md.write_text(md, "utf-8")
            for old in folder.iterdir():  # another persona's, or yesterday's
                if old not in (as_json, as_md):
                    old.unlink(missing_ok=True)
            state = {
                "messages": handlers.to_saved(messages),
                "persona": pid,
                "locale": loc,
                "level": lvl,
                "thinking": think,
                "name": name,
                "others": {k: v for k, v in _others(before or {}, backend).items() if k != pid},
            }
            return state, str(as_json), str(as_md)

        persist_in = [chat, persona, locale, level, thinking, user_name, saved]
        persist_out = [saved, dl_json, dl_md]
        for event in persisted:
            event.then(_persist, persist_in, persist_out, queue=False)
        level.input(_persist, persist_in, persist_out, queue=False)
        thinking.input(_persist, persist_in, persist_out, queue=False)

        def _restore(state: dict[str, Any], request: gr.Request) -> tuple[Any, ...]:
            saved_pid = state.get("persona")
            known = backend.registry.entries()
            served = isinstance(saved_pid, str) and saved_pid in known
            pid: str = saved_pid if served else first  # type: ignore[assignment]
            # A persona no longer served takes its conversation with it; the one shown
            # instead is its own (the fallback's kept one, else its greeting).
            shown = state if served else _others(state, backend).get(pid, {})
            loc, levels, lvl = _pickers(
                backend, pid, shown.get("locale"), shown.get("level"), _browser_tag(request)
            )
            name = str(state.get("name") or "")
            messages = handlers.from_saved(shown.get("messages")) or handlers.greeting(
                backend, pid, None if loc == AUTO else loc, name
            )
            return (
                messages,
                gr.update(choices=_persona_choices(backend, _ui_language(request)), value=pid),
                gr.update(choices=_locale_choices(backend, pid, _ui_language(request)), value=loc),
                gr.update(choices=levels, value=lvl),
                gr.update(
                    value=bool(state.get("thinking")), visible=_thinking_allowed(backend, pid)
                ),
                handlers.model_status(backend.engine, None, _ui_language(request)),
                name,
            )

        restored = [chat, persona, locale, level, thinking, status, user_name]
        # The exports are written on load too, so Export works before the first
        # message and after a reload, not only after a change in this page.
        demo.load(_restore, saved, restored, queue=False).then(
            _persist, persist_in, persist_out, queue=False
        )
        demo.load(None, js=ON_LOAD)
        demo.unload(_unload_for(backend, export_dir))
    # The exports go with the app: when it is collected, or when the process ends.
    weakref.finalize(demo, shutil.rmtree, export_dir, ignore_errors=True)
    return demo


def _private_gradio_cache() -> None:
    """Gradio serves a file (an export) from copies it keeps in its cache, by default
    /tmp/gradio, which any user of the machine may read: a private folder instead,
    unless the operator named one. One per process, removed when it ends."""
    if "GRADIO_TEMP_DIR" in os.environ:
        return
    folder = tempfile.mkdtemp(prefix="chatbot-gradio-")
    os.environ["GRADIO_TEMP_DIR"] = folder
    atexit.register(shutil.rmtree, folder, ignore_errors=True)


def _others(state: dict[str, Any], backend: Backend) -> dict[str, dict[str, Any]]:
    """The saved conversations with the personas not shown, oldest left first, each
    ``{"messages", "locale", "level"}`` (a copy; odd entries and personas no longer
    served dropped)."""
    others = state.get("others")
    if not isinstance(others, dict):
        return {}
    known = backend.registry.entries()
    out: dict[str, dict[str, Any]] = {}
    for pid, kept in others.items():
        if isinstance(kept, list):  # saved before the pickers were kept with it
            kept = {"messages": kept}
        if pid in known and isinstance(kept, dict) and isinstance(kept.get("messages"), list):
            out[pid] = {
                "messages": kept["messages"],
                "locale": kept.get("locale"),
                "level": kept.get("level"),
            }
    return out


def _pickers(
    backend: Backend, pid: str, locale: Any, level: Any, browser: str = ""
) -> tuple[str, list[tuple[str, str]], str]:
    """The reply language, the level choices and the level to show for ``pid``: those
    saved where the persona still offers them, else Auto and the first level. The
    levels are named as the variety the browser's language tag asks for names them."""
    loc = (
        locale
        if isinstance(locale, str) and locale in backend.registry.get(pid).persona.locales
        else AUTO
    )
    levels = handlers.level_choices(
        backend, pid, None if loc == AUTO else loc, locales.variety_for(browser)
    )
    lvl = level if level in [v for _, v in levels] else levels[0][1]
    return loc, levels, lvl


def _unload_for(backend: Backend, export_dir: Path) -> Any:
    def _unload(request: gr.Request) -> None:
        """A closed tab: stop its generation, forget its session, delete its exports."""
        session = request.session_hash or "anon"
        handlers.stop(backend, session)
        backend.sessions.drop(session)
        shutil.rmtree(export_dir / handlers.export_name(session), ignore_errors=True)

    return _unload
