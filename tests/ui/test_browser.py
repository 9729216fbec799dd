"""The browser UI in a real headless Chromium, against the real app on the tiny model.

Each test asserts what a person would see in the page. The synthetic model's
replies are noise, so the tests look at the shape of a reply (it streams, it
stops, it carries a register badge), never at its words.
"""

from __future__ import annotations

import contextlib
import json
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
import yaml
from chatbot.ui.handlers import Backend
from chatbot.ui.strings import table
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from playwright.sync_api import expect

from chatbot import locales
from chatbot.config import Sampling

if TYPE_CHECKING:
    from tests.ui.conftest import Server, Tabs

ROOT = Path(__file__).resolve().parents[2]
REPLY_TIMEOUT_MS = 90_000  # the model shares two cores with the browser and the server
USER = "#chat [data-testid='user']"
# The register badge: a folded message whose title starts with its mark.
BADGE_MARK = re.compile(r"^\s*[✓≈⚠?]")

# The text of the reply to the latest user message: the first bot bubble after it
# that is not a folded extra (badge, notice, reasoning). null before any user message.
REPLY_FN = """() => {
    const nodes = [...document.querySelectorAll(
        '#chat [data-testid="user"], #chat [data-testid="bot"]')];
    let last = -1;
    nodes.forEach((n, i) => { if (n.dataset.testid === 'user') last = i; });
    if (last < 0) return null;
    const reply = nodes.slice(last + 1).find(n => !n.querySelector('.thought-group'));
    return reply ? reply.innerText.trim() : null;
}"""

# Records every distinct text the reply bubble shows, as the DOM changes.
RECORD_JS = f"""() => {{
    const reply = {REPLY_FN};
    window.__replyStates = [];
    new MutationObserver(() => {{
        const text = reply(), seen = window.__replyStates;
        if (text !== null && seen[seen.length - 1] !== text) seen.push(text);
    }}).observe(document.querySelector('#chat'),
                {{subtree: true, childList: true, characterData: true}});
}}"""


def reply_text(page: Any) -> str | None:
    text: str | None = page.evaluate(REPLY_FN)
    return text


def send(page: Any, text: str, *, enter: bool = False) -> None:
    """Type ``text`` and send it with the Send button (or the Enter key)."""
    box = page.locator("#message textarea")
    box.fill(text)
    if enter:
        box.press("Enter")
    else:
        page.locator("#send").click()


def badges(page: Any) -> Any:
    return page.locator("#chat .thought-group .title").filter(has_text=BADGE_MARK)


def wait_reply(page: Any, count: int = 1) -> None:
    """Until the page shows ``count`` finished replies (each ends with its badge)."""
    expect(badges(page)).to_have_count(count, timeout=REPLY_TIMEOUT_MS)
    expect(page.locator("#status")).to_contain_text("tok/s", timeout=REPLY_TIMEOUT_MS)


def choose_persona(page: Any, name: str) -> None:
    page.locator("#persona input").click()
    page.get_by_role("option", name=name, exact=True).click()
    expect(page.locator("#persona input")).to_have_value(name)


def persona_file(persona_id: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((ROOT / "personas" / f"{persona_id}.yaml").read_text())
    return data


def ja_level(level: str) -> str:
    """A Japanese register level's native name, as the UI shows it."""
    spec = locales.get("ja")
    assert spec is not None
    return spec.level(level).native


@contextlib.contextmanager
def long_replies(backend: Backend, max_tokens: int) -> Iterator[None]:
    """Sessions created meanwhile reply at length (a session keeps the sampling it began with)."""
    before = backend.settings
    sampling = Sampling.model_validate({**before.sampling.model_dump(), "max_tokens": max_tokens})
    backend.settings = before.model_copy(update={"sampling": sampling})
    try:
        yield
    finally:
        backend.settings = before


def test_reply_streams_into_the_bubble(tabs: Tabs, server: Server) -> None:
    # Long enough for several screen updates even when the model runs fast.
    with long_replies(server.backend, 128):
        page = tabs.open()
        page.evaluate(RECORD_JS)
        send(page, "Hello, how are you today?")
        expect(page.locator(USER)).to_have_text(["Hello, how are you today?"])
        wait_reply(page)

    final = reply_text(page)
    states: list[str] = page.evaluate("window.__replyStates")
    assert final and final != "…"
    assert states[-1] == final
    partial = [s for s in states[:-1] if s not in ("", "…")]
    assert partial, f"the reply arrived in one piece: {states!r}"
    assert any(len(s) < len(final) for s in partial), "the bubble never grew"
    expect(page.locator("#message textarea")).to_have_value("")  # the box is cleared on send


def test_stop_mid_stream(tabs: Tabs, server: Server) -> None:
    with long_replies(server.backend, 3000):
        page = tabs.open()
        expect(page.locator("#stop")).to_be_disabled()  # nothing to stop yet
        send(page, "Tell me a long story, please.")
        # Started and still going: well past the placeholder, far from 3000 tokens.
        page.wait_for_function(
            f"() => {{ const t = ({REPLY_FN})(); return t !== null && t.length > 20; }}",
            timeout=REPLY_TIMEOUT_MS,
        )
        expect(page.locator("#stop")).to_be_enabled()
        page.locator("#stop").click()
        wait_reply(page)
        expect(page.locator("#stop")).to_be_disabled()
        expect(page.locator("#message textarea")).to_be_focused()  # not the page's body
    stopped = reply_text(page)
    assert stopped and stopped.endswith("…"), stopped  # the " …" cancel marker
    page.wait_for_timeout(1500)
    assert reply_text(page) == stopped, "the reply kept growing after Stop"

    # Usable again: Clear starts afresh (with the short replies), and a new message is answered.
    page.locator("#clear").click()
    expect(page.locator(USER)).to_have_count(0)
    expect(badges(page)).to_have_count(0)
    send(page, "Are you still there?")
    expect(page.locator(USER)).to_have_text(["Are you still there?"])
    wait_reply(page)
    assert reply_text(page)


def test_a_reply_ending_with_the_focus_on_stop_leaves_it_in_the_message_box(
    tabs: Tabs, server: Server
) -> None:
    # Stop turns itself off when the reply ends: the focus it held fell to the page's body.
    stop, box = "#stop", "#message textarea"
    # Focused in one step with the check that Stop is on: the model may be fast.
    take = "e => { e.focus(); return document.activeElement === e; }"
    with long_replies(server.backend, 1500):
        page = tabs.open()
        send(page, "Tell me a story, please.")
        wait_streaming(page)
        assert page.locator(stop).evaluate(take), "the reply ended before Stop had the focus"
        wait_reply(page)
        expect(page.locator(stop)).to_be_disabled()
        expect(page.locator(box)).to_be_focused()
        # Focus the user moved elsewhere stays there.
        name = page.locator("#user-name input, #user-name textarea").first
        send(page, "And another one.")
        wait_streaming(page)
        assert name.evaluate(take)
        wait_reply(page, 2)
    expect(page.locator(stop)).to_be_disabled()
    expect(name).to_be_focused()


def test_a_closed_tab_cancels_its_reply(tabs: Tabs, server: Server) -> None:
    engine = server.backend.engine
    with long_replies(server.backend, 6000):
        page = tabs.open(label="closed")
        send(page, "Tell me a very long story, please.")
        page.wait_for_function(
            f"() => {{ const t = ({REPLY_FN})(); return t !== null && t.length > 20; }}",
            timeout=REPLY_TIMEOUT_MS,
        )
        assert engine.lock.busy()
        at_close = engine.evaluated_tokens()
        page.close(run_before_unload=True)
    deadline = time.monotonic() + 60
    while engine.lock.busy() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not engine.lock.busy()
    # Stopped soon after the tab went, not run on to its 6000 tokens.
    assert engine.evaluated_tokens() - at_close < 1500


def test_persona_greeting(tabs: Tabs) -> None:
    page = tabs.open()
    data = persona_file("ja-hotel-concierge")
    greeting = data["locales"]["ja"]["greeting"]
    expect(page.locator("#chat")).not_to_contain_text(greeting)

    choose_persona(page, data["name"]["en"])
    expect(page.locator("#chat [data-testid='bot']")).to_have_text([greeting])
    # Its only register (honorific) is offered, under its Japanese name.
    expect(page.locator("#level label")).to_have_text([ja_level("honorific")])


def test_register_level(tabs: Tabs) -> None:
    page = tabs.open()
    polite, honorific = ja_level("polite"), ja_level("honorific")
    choose_persona(page, persona_file("ja-stationery-shop")["name"]["en"])
    # Mirroring between polite and honorific, or either one fixed; all in Japanese.
    expect(page.locator("#level label")).to_have_text(
        [f"↔ {polite} / {honorific}", polite, honorific]
    )
    expect(page.locator("#level").get_by_label(f"↔ {polite} / {honorific}")).to_be_checked()

    page.locator("#level").get_by_label(honorific, exact=True).check()
    expect(page.locator("#level").get_by_label(honorific, exact=True)).to_be_checked()
    send(page, "おすすめの万年筆はありますか？")
    wait_reply(page)
    expect(page.locator("#detected")).to_contain_text(re.compile(r"\bja\b"))

    badges(page).first.click()
    expect(page.locator("#chat")).to_contain_text(f"Target: {honorific}")


def test_register_badge_under_reply(tabs: Tabs) -> None:
    page = tabs.open()
    send(page, "Could you recommend a good book?")
    wait_reply(page)
    badge = badges(page)
    expect(badge).to_have_count(1)
    # Folded: the title only.
    expect(page.locator("#chat")).not_to_contain_text("confidence")
    badge.click()
    group = page.locator("#chat .thought-group").filter(
        has=page.locator(".title", has_text=BADGE_MARK)
    )
    expect(group).to_contain_text(re.compile(r"Target: .+ · read: .+ · confidence \d\.\d\d"))


def test_the_register_badge_is_a_disclosure(tabs: Tabs) -> None:
    # Gradio's fold-out opened with Enter only and told a screen reader nothing of its state.
    page = tabs.open()
    send(page, "Could you recommend a good book?")
    wait_reply(page)
    badge, chat = badges(page), page.locator("#chat")
    expect(badge).to_have_attribute("role", "button")
    expect(badge).to_have_attribute("tabindex", "0")
    expect(badge).to_have_attribute("aria-expanded", "false")
    # Its arrow, a nameless button inside it, is no second Tab stop.
    expect(badge.locator("button")).to_have_attribute("tabindex", "-1")
    badge.focus()
    for key, opened in (("Space", True), ("Space", False), ("Enter", True), ("Enter", False)):
        page.keyboard.press(key)
        expect(badge).to_have_attribute("aria-expanded", str(opened).lower())
        if opened:
            expect(chat).to_contain_text("confidence")
        else:
            expect(chat).not_to_contain_text("confidence")
    badge.click()  # the mouse keeps it in step too
    expect(chat).to_contain_text("confidence")
    expect(page.get_by_role("button", name=BADGE_MARK, expanded=True)).to_have_count(1)
    badge.click()
    expect(page.get_by_role("button", name=BADGE_MARK, expanded=False)).to_have_count(1)


def test_a_brazilian_browser_is_answered_in_brazils_portuguese(tabs: Tabs) -> None:
    # The browser asks for pt-BR (Accept-Language); the message shows no variety of
    # its own, so the reply is planned in Brazilian Portuguese, and the badge says so.
    page = tabs.open(locale="pt-BR")
    choose_persona(page, persona_file("pt-bookshop")["name"]["pt"])  # in the browser's language
    # The level picker names the levels as Brazil does (você, not tu).
    expect(page.locator("#level")).to_contain_text("Tratamento por você")
    expect(page.locator("#level")).not_to_contain_text("Tratamento por tu")
    send(page, "Bom dia, procuro um livro de poesia.")
    wait_reply(page)
    badges(page).click()
    group = page.locator("#chat .thought-group").filter(
        has=page.locator(".title", has_text=BADGE_MARK)
    )
    expect(group).to_contain_text("Português do Brasil")
    expect(page.locator("#detected")).to_contain_text("Português do Brasil")


def test_reload_keeps_history(tabs: Tabs) -> None:
    page = tabs.open()
    send(page, "Remember the blue lantern, number 42.")
    wait_reply(page)
    reply = reply_text(page)
    tabs.wait_idle(page)  # the history is saved to the browser after the last update

    tabs.load(page)  # reload
    expect(page.locator(USER)).to_have_text(["Remember the blue lantern, number 42."])
    assert reply_text(page) == reply
    expect(badges(page)).to_have_count(1)

    # And the conversation goes on from there, on a new server session.
    send(page, "What number did I say?", enter=True)
    expect(page.locator(USER)).to_have_count(2)
    wait_reply(page, 2)


def test_a_reload_mid_reply_keeps_the_question(tabs: Tabs, server: Server) -> None:
    with long_replies(server.backend, 3000):
        page = tabs.open()
        send(page, "Where is the blue lantern?")
        wait_streaming(page)
        tabs.load(page)  # reload while the reply is still being written
    expect(page.locator(USER)).to_have_text(["Where is the blue lantern?"])
    page.locator("#regenerate").click()  # and it can be answered from there
    wait_reply(page)
    expect(page.locator(USER)).to_have_text(["Where is the blue lantern?"])


def test_the_users_name_is_kept_across_a_reload(tabs: Tabs) -> None:
    page = tabs.open()
    page.locator("#user-name input, #user-name textarea").first.fill("Anna Müller")
    send(page, "Hello, I have a question.")
    wait_reply(page)
    tabs.wait_idle(page)
    tabs.load(page)
    expect(page.locator("#user-name input, #user-name textarea").first).to_have_value("Anna Müller")


def test_a_name_typed_before_the_first_message_reaches_a_card_greeting(
    tabs: Tabs, server: Server
) -> None:
    from chatbot.persona import cards
    from tests.persona.test_card_macros import CARD

    folder = server.backend.registry.user_dir
    folder.mkdir(parents=True, exist_ok=True)
    persona = cards.from_card(CARD, locale="en").model_copy(update={"id": "mia"})
    (folder / "mia.yaml").write_text(cards.persona_yaml(persona, "mia.yaml"), "utf-8")
    try:
        page = tabs.open()
        choose_persona(page, "Mia")
        greeting = page.locator("#chat [data-testid='bot']")
        expect(greeting).to_have_text(["Hi! I'm Mia, welcome to my bakery."])
        name = page.locator("#user-name input, #user-name textarea").first
        name.fill("Anna")
        name.press("Tab")  # leaving the field
        expect(greeting).to_have_text(["Hi Anna! I'm Mia, welcome to my bakery."])
        tabs.wait_idle(page)
        tabs.load(page)  # a reload greets by the saved name too
        expect(greeting).to_have_text(["Hi Anna! I'm Mia, welcome to my bakery."])
    finally:
        (folder / "mia.yaml").unlink()


def test_two_browsers_do_not_mix(tabs: Tabs) -> None:
    first, second = tabs.open(label="a"), tabs.open(label="b")
    send(first, "alpha apples from the first browser")
    send(second, "bravo bananas from the second browser")
    wait_reply(first)
    wait_reply(second)
    expect(first.locator(USER)).to_have_text(["alpha apples from the first browser"])
    expect(second.locator(USER)).to_have_text(["bravo bananas from the second browser"])
    expect(first.locator("#chat")).not_to_contain_text("bravo bananas")
    expect(second.locator("#chat")).not_to_contain_text("alpha apples")


@pytest.mark.parametrize("locale", ["ja-JP", "de-DE"])
def test_ui_language_follows_the_browser(tabs: Tabs, locale: str) -> None:
    language = locale.split("-")[0]
    strings = table()[language]
    page = tabs.open(locale=locale)
    # The persona names follow the browser's language too.
    assistant = persona_file("en-neutral-assistant")["name"][language]
    expect(page.locator("#persona input")).to_have_value(assistant)
    expect(page.locator("#send")).to_have_text(strings["send"])
    expect(page.locator("#stop")).to_have_text(strings["stop"])
    expect(page.locator("#persona [data-testid='block-info']")).to_have_text(strings["persona"])
    expect(page.locator("#locale [data-testid='block-info']")).to_have_text(strings["language"])
    expect(page.locator("#level [data-testid='block-info']")).to_have_text(strings["register"])
    expect(page.locator("#user-name [data-testid='block-info']")).to_have_text(strings["your_name"])
    expect(page.locator("#message textarea")).to_have_attribute(
        "placeholder", strings["message_placeholder"]
    )
    expect(page.get_by_role("heading", level=1)).to_have_text([strings["app_title"]])
    expect(page.get_by_role("heading", level=2)).to_have_text(
        [strings["chat"], strings["settings"]]
    )
    # Text the server writes follows it too: the status line and the register badge.
    expect(page.locator("#status")).to_contain_text(strings["synthetic"])
    send(page, "Hello!")
    wait_reply(page)
    badges(page).first.click()
    expect(page.locator("#chat")).to_contain_text(strings["badge_line"].split("{")[0])


def test_ui_language_from_settings(tabs: Tabs) -> None:
    en, de = table()["en"], table()["de"]
    page = tabs.open(locale="en-US")
    expect(page.locator("#send")).to_have_text(en["send"])

    page.locator("footer").get_by_role("button", name="Settings").click()
    page.get_by_role("combobox", name="Language", exact=True).click()
    page.get_by_role("option", name="Deutsch", exact=True).click()
    page.locator(".banner-wrap > h2 + button").click()  # the panel's close (✖) button
    expect(page.get_by_role("combobox", name="Sprache", exact=True)).to_have_count(0)
    expect(page.locator("#send")).to_have_text(de["send"])
    expect(page.locator("#persona [data-testid='block-info']")).to_have_text(de["persona"])
    expect(page.locator("#locale [data-testid='block-info']")).to_have_text(de["language"])
    expect(page.locator("#level [data-testid='block-info']")).to_have_text(de["register"])
    expect(page.get_by_role("heading", level=2)).to_have_text([de["chat"], de["settings"]])


def test_the_page_has_headings_to_move_by(tabs: Tabs) -> None:
    # A screen reader moves by headings; the page had none.
    en = table()["en"]
    page = tabs.open()
    expect(page.get_by_role("heading", level=1)).to_have_text([en["app_title"]])
    expect(page.get_by_role("heading", level=2)).to_have_text([en["chat"], en["settings"]])
    # Each heads its part: the conversation's comes before the chat and the message
    # box, the settings' before the pickers.
    order = page.evaluate(
        "() => [...document.querySelectorAll('h1, h2, #chat, #message, #persona, #user-name')]"
        ".map((e) => e.id || e.tagName)"
    )
    assert order == ["H1", "H2", "chat", "message", "H2", "persona", "user-name"], order


def test_html_in_a_message_is_inert(tabs: Tabs) -> None:
    page = tabs.open()
    payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> marker'
    send(page, payload)
    expect(page.locator(USER)).to_have_count(1)
    expect(page.locator(USER)).to_contain_text("marker")
    wait_reply(page)
    # Shown as text: the markup is visible as written and never becomes an element,
    # so nothing is fetched and nothing runs.
    expect(page.locator(USER)).to_contain_text("<img src=x onerror=")
    expect(page.locator(USER)).to_contain_text("window.__pwned=2")
    expect(page.locator("#chat img[src='x']")).to_have_count(0)
    assert page.evaluate("window.__pwned") is None
    expect(page.locator("#chat script")).to_have_count(0)
    handlers = page.evaluate(
        "() => [...document.querySelectorAll('#chat *')]"
        ".flatMap(e => [...e.attributes].map(a => a.name)).filter(n => n.startsWith('on'))"
    )
    assert handlers == []


def test_overlong_message_is_refused(tabs: Tabs, server: Server) -> None:
    page = tabs.open()
    limit = server.backend.max_message_chars
    text = "too long " * (limit // 9 + 2)
    assert len(text) > limit
    send(page, text)
    expect(page.get_by_text(re.compile(rf"the limit is {limit}\b"))).to_be_visible()
    expect(page.locator("#message textarea")).to_have_value(text)
    expect(page.locator(USER)).to_have_count(0)


def download(page: Any, selector: str, name: str | None = None) -> str:
    with page.expect_download(timeout=REPLY_TIMEOUT_MS) as info:
        page.locator(selector).click()
    if name is not None:
        assert info.value.suggested_filename == name
    return Path(info.value.path()).read_text("utf-8")


def test_exports_hold_the_conversation_as_written(tabs: Tabs) -> None:
    page = tabs.open()
    question = "東京駅への行き方を教えてください。\n二行目 **です**"
    send(page, question)
    wait_reply(page)
    tabs.wait_idle(page)  # the exports are written after the last update

    named = f"en-neutral-assistant-{time.strftime('%Y-%m-%d')}"  # not a hash: what it holds
    data = json.loads(download(page, "#export-json", f"{named}.json"))
    assert data["persona"] == "en-neutral-assistant"
    messages = data["messages"]
    assert all(isinstance(m["content"], str) for m in messages), messages
    assert messages[0] == {"role": "assistant", "content": "Hello! How can I help you today?"}
    assert messages[1] == {"role": "user", "content": question}
    assert messages[2]["role"] == "assistant" and messages[2]["content"]
    assert messages[3]["metadata"]["title"][0] in "✓≈⚠?"
    assert messages[3]["content"].startswith("Target: ")

    md = download(page, "#export-md", f"{named}.md")
    assert "**You**: 東京駅への行き方を教えてください。\n二行目 **です**" in md
    assert "**Assistant**: Hello! How can I help you today?" in md
    assert "'text'" not in md and "'type'" not in md


def test_exports_work_before_the_first_message_and_after_a_reload(tabs: Tabs) -> None:
    page = tabs.open()
    tabs.wait_idle(page)
    data = json.loads(download(page, "#export-json"))
    assert data["messages"] == [
        {"role": "assistant", "content": "Hello! How can I help you today?"}
    ]
    send(page, "Where is the station?")
    wait_reply(page)
    tabs.wait_idle(page)
    tabs.load(page)  # reload: the history comes back, and so do the exports
    tabs.wait_idle(page)
    assert "**You**: Where is the station?" in download(page, "#export-md")


def test_a_refused_message_leaves_the_status_line_as_it_was(tabs: Tabs, server: Server) -> None:
    page = tabs.open()
    send(page, "Hello there")
    wait_reply(page)
    status = page.locator("#status")
    expect(status).to_contain_text("tok/s", timeout=REPLY_TIMEOUT_MS)
    before = status.inner_text()
    send(page, "x" * (server.backend.max_message_chars + 1))
    expect(page.get_by_text(re.compile(r"the limit is \d+"))).to_be_visible()
    tabs.wait_idle(page)
    assert status.inner_text() == before


def test_edit_last_message_puts_its_text_back_in_the_box(tabs: Tabs) -> None:
    page = tabs.open()
    send(page, "Wie spät ist es in Berlin?")
    wait_reply(page)
    page.locator("#edit").click()
    expect(page.locator("#message textarea")).to_have_value("Wie spät ist es in Berlin?")
    expect(page.locator(USER)).to_have_count(0)
    expect(badges(page)).to_have_count(0)


def test_edit_keeps_a_draft_in_the_box_and_says_why(tabs: Tabs) -> None:
    page = tabs.open()
    send(page, "Wie spät ist es in Berlin?")
    wait_reply(page)
    page.locator("#message textarea").fill("A draft I am still writing")
    page.locator("#edit").click()
    expect(page.locator("[data-testid='toast-body']")).to_contain_text(table()["en"]["edit_draft"])
    expect(page.locator("#message textarea")).to_have_value("A draft I am still writing")
    expect(page.locator(USER)).to_have_text(["Wie spät ist es in Berlin?"])


def test_a_conversation_comes_back_with_its_persona(tabs: Tabs) -> None:
    # A slip in the persona list must not lose a conversation.
    page = tabs.open()
    assistant = persona_file("en-neutral-assistant")["name"]["en"]
    concierge = persona_file("ja-hotel-concierge")
    send(page, "Please remember the blue lantern.")
    wait_reply(page)
    choose_persona(page, concierge["name"]["en"])
    expect(page.locator("#chat [data-testid='bot']")).to_have_text(
        [concierge["locales"]["ja"]["greeting"]]
    )
    choose_persona(page, assistant)
    expect(page.locator(USER)).to_have_text(["Please remember the blue lantern."])
    expect(badges(page)).to_have_count(1)
    tabs.wait_idle(page)
    tabs.load(page)  # kept across a reload too, and the conversation goes on
    expect(page.locator(USER)).to_have_text(["Please remember the blue lantern."])
    send(page, "And the red one.")
    wait_reply(page, 2)
    expect(page.locator(USER)).to_have_text(
        ["Please remember the blue lantern.", "And the red one."]
    )


def test_a_conversation_comes_back_in_its_language_and_level(tabs: Tabs) -> None:
    page = tabs.open()
    shop = persona_file("ja-stationery-shop")["name"]["en"]
    choose_persona(page, shop)
    spec = locales.get("ja")
    assert spec is not None
    japanese = f"{spec.native} (ja)"
    page.locator("#locale input").click()
    page.get_by_role("option", name=japanese, exact=True).click()
    honorific = ja_level("honorific")
    page.locator("#level").get_by_label(honorific, exact=True).check()
    send(page, "おすすめの万年筆はありますか？")
    wait_reply(page)
    tabs.wait_idle(page)
    choose_persona(page, persona_file("ja-hotel-concierge")["name"]["en"])
    expect(page.locator("#locale input")).to_have_value(table()["en"]["auto_choice"])
    choose_persona(page, shop)
    expect(page.locator(USER)).to_have_text(["おすすめの万年筆はありますか？"])
    expect(page.locator("#locale input")).to_have_value(japanese)
    expect(page.locator("#level").get_by_label(honorific, exact=True)).to_be_checked()


def test_changing_the_reply_language_keeps_the_conversation(tabs: Tabs) -> None:
    page = tabs.open()
    choose_persona(page, persona_file("hi-customer-care")["name"]["en"])
    send(page, "नमस्ते, मेरा ऑर्डर कहाँ है?")
    wait_reply(page)
    page.locator("#locale input").click()
    page.get_by_role("option", name="हिन्दी (hi)", exact=True).click()
    expect(page.locator("#locale input")).to_have_value("हिन्दी (hi)")
    page.wait_for_timeout(1000)
    expect(page.locator(USER)).to_have_text(["नमस्ते, मेरा ऑर्डर कहाँ है?"])
    expect(badges(page)).to_have_count(1)


def test_the_chat_clear_icon_clears_like_the_clear_button(tabs: Tabs) -> None:
    page = tabs.open()
    send(page, "Please forget this sentence.")
    wait_reply(page)
    tabs.wait_idle(page)
    expect(page.locator("#detected")).to_contain_text("en")
    page.locator("#chat").get_by_role("button", name="Clear", exact=True).click()
    # Back to the greeting, and the cleared history stays cleared after a reload.
    expect(page.locator("#chat [data-testid='bot']")).to_have_text(
        ["Hello! How can I help you today?"]
    )
    expect(page.locator("#detected")).to_have_text("")  # nothing said, nothing detected
    tabs.wait_idle(page)
    tabs.load(page)
    expect(page.locator(USER)).to_have_count(0)
    expect(page.locator("#chat [data-testid='bot']")).to_have_text(
        ["Hello! How can I help you today?"]
    )


def test_markdown_images_in_a_message_are_not_loaded(tabs: Tabs, server: Server) -> None:
    page = tabs.open()
    fetched: list[str] = []
    page.on("request", lambda r: fetched.append(r.url) if "pixel.png" in r.url else None)
    send(page, f"see ![tracker]({server.url}pixel.png?leak=1) here")
    expect(page.locator(USER)).to_contain_text("see")
    wait_reply(page)
    expect(page.locator("#chat img[src*='pixel.png']")).to_have_count(0)
    expect(page.locator(USER)).to_contain_text("tracker")
    assert fetched == []


def test_overlong_message_warning_follows_the_ui_language(tabs: Tabs, server: Server) -> None:
    page = tabs.open(locale="ja-JP")
    limit = server.backend.max_message_chars
    text = "長い" * limit
    send(page, text)
    expect(page.get_by_text(re.compile(rf"{limit}"))).to_contain_text("文字")
    expect(page.locator("#message textarea")).to_have_value(text)
    expect(page.locator(USER)).to_have_count(0)


def test_a_waiting_browser_sees_its_place_in_line(tabs: Tabs, server: Server) -> None:
    with long_replies(server.backend, 3000):
        first, second = tabs.open(label="a"), tabs.open(label="b")
        send(first, "Tell me a very long story.")
        first.wait_for_function(
            f"() => {{ const t = ({REPLY_FN})(); return t !== null && t.length > 20; }}",
            timeout=REPLY_TIMEOUT_MS,
        )
        send(second, "Am I waiting?")
        expect(second.locator("#chat")).to_contain_text(
            re.compile(r"Waiting for the model: 1 ahead"), timeout=REPLY_TIMEOUT_MS
        )
        first.locator("#stop").click()
        wait_reply(first)
        # The second reply may run its 3000 tokens (about ten seconds at 300
        # tok/s) before the first has finished stopping on a busy machine: stop
        # it if it still runs, else it has ended on its own.
        with contextlib.suppress(PlaywrightTimeoutError):
            second.locator("#stop").click(timeout=5_000)
        wait_reply(second)


def wait_streaming(page: Any) -> None:
    page.wait_for_function(
        f"() => {{ const t = ({REPLY_FN})(); return t !== null && t.length > 20; }}",
        timeout=REPLY_TIMEOUT_MS,
    )


def test_switching_persona_mid_reply_leaves_only_the_new_greeting(
    tabs: Tabs, server: Server
) -> None:
    data = persona_file("ja-hotel-concierge")
    with long_replies(server.backend, 3000):
        page = tabs.open()
        send(page, "Tell me a long story, please.")
        wait_streaming(page)
        choose_persona(page, data["name"]["en"])
        greeting = data["locales"]["ja"]["greeting"]
        expect(page.locator("#chat [data-testid='bot']")).to_have_text([greeting])
        page.wait_for_timeout(3000)  # the old reply, had it kept going, would be back by now
        expect(page.locator("#chat [data-testid='bot']")).to_have_text([greeting])
        expect(page.locator(USER)).to_have_count(0)
        tabs.wait_idle(page)
        tabs.load(page)
    expect(page.locator("#persona input")).to_have_value(data["name"]["en"])
    expect(page.locator("#chat [data-testid='bot']")).to_have_text([greeting])
    expect(page.locator(USER)).to_have_count(0)


def test_edit_mid_reply_keeps_the_edit(tabs: Tabs, server: Server) -> None:
    with long_replies(server.backend, 3000):
        page = tabs.open()
        send(page, "Erzähl mir bitte eine lange Geschichte.")
        wait_streaming(page)
        page.locator("#edit").click()
        expect(page.locator("#message textarea")).to_have_value(
            "Erzähl mir bitte eine lange Geschichte."
        )
        expect(page.locator(USER)).to_have_count(0)
        page.wait_for_timeout(3000)
        expect(page.locator(USER)).to_have_count(0)
        expect(page.locator("#chat [data-testid='bot']")).to_have_text(
            ["Hello! How can I help you today?"]
        )


def test_a_message_sent_while_a_reply_runs_is_refused_and_kept(tabs: Tabs, server: Server) -> None:
    # The running reply redraws the chat without it: accepted, it would vanish.
    # Long enough to be running still when the second message is sent on a busy
    # machine (400 tokens were done in under a second); stopped once it is refused.
    with long_replies(server.backend, 3000):
        page = tabs.open()
        send(page, "First question, please.")
        wait_streaming(page)
        send(page, "Second question, please.")
        expect(page.locator("[data-testid='toast-body']")).to_contain_text(
            table()["en"]["previous_running"]
        )
        expect(page.locator("#message textarea")).to_have_value("Second question, please.")
        page.locator("#stop").click()
        wait_reply(page)
    expect(page.locator(USER)).to_have_text(["First question, please."])
    page.locator("#send").click()  # once the reply is done, the kept text goes
    expect(page.locator(USER)).to_have_text(["First question, please.", "Second question, please."])
    wait_reply(page, 2)


def test_opening_the_pickers_without_choosing_keeps_conversation_and_level(tabs: Tabs) -> None:
    page = tabs.open()
    shop = persona_file("ja-stationery-shop")["name"]["en"]
    choose_persona(page, shop)
    honorific = ja_level("honorific")
    page.locator("#level").get_by_label(honorific, exact=True).check()
    send(page, "おすすめの万年筆はありますか？")
    wait_reply(page)
    for picker in ("#persona", "#locale"):
        page.locator(f"{picker} input").click()  # the list opens ...
        page.locator("#message textarea").click()  # ... and closes, nothing chosen
        page.wait_for_timeout(500)
    tabs.wait_idle(page)
    expect(page.locator(USER)).to_have_count(1)
    expect(page.locator("#persona input")).to_have_value(shop)
    expect(page.locator("#level").get_by_label(honorific, exact=True)).to_be_checked()


def test_a_send_that_is_not_accepted_answers_nothing(tabs: Tabs, server: Server) -> None:
    # The reply is chained after Send, and Gradio runs it whatever Send did: an
    # empty or refused message must not make it answer the last question again.
    with long_replies(server.backend, 3000):
        page = tabs.open()
        send(page, "Where is the blue lantern?")
        wait_streaming(page)
        tabs.load(page)  # the question is kept, unanswered
    expect(page.locator(USER)).to_have_text(["Where is the blue lantern?"])
    page.locator("#send").click()  # nothing typed
    page.wait_for_timeout(4000)
    tabs.wait_idle(page)
    expect(badges(page)).to_have_count(0)
    expect(page.locator(USER)).to_have_text(["Where is the blue lantern?"])


def test_on_a_phone_the_actions_share_two_rows_and_the_box_keeps_its_width(tabs: Tabs) -> None:
    page = tabs.open()
    page.set_viewport_size({"width": 390, "height": 844})
    page.wait_for_timeout(500)  # the layout follows the new width
    ids = ("regenerate", "edit", "clear", "export-json", "export-md")
    tops = {round(page.locator(f"#{i}").bounding_box()["y"]) for i in ids}
    assert len(tops) == 2, tops  # not five full-width rows
    assert page.locator("#message").bounding_box()["width"] > 390 * 0.55


def test_at_200_percent_zoom_the_chat_fits_the_window_with_the_message_box(tabs: Tabs) -> None:
    # A 1280x800 screen at 200%: 640x400 CSS pixels. The 520 px chat was taller than
    # the window, so neither it nor it and the message box under it could be seen at once.
    width, height = 640, 400
    page = tabs.open()
    page.set_viewport_size({"width": width, "height": height})
    page.wait_for_timeout(500)  # the layout follows the new size
    assert page.evaluate("document.documentElement.scrollWidth") <= width  # no sideways scroll
    page.locator("#chat").evaluate("e => e.scrollIntoView()")
    for part in ("#chat", "#message", "#send"):
        box = page.locator(part).bounding_box()
        assert box is not None, part
        top, left = round(box["y"]), round(box["x"])  # layout may leave half pixels
        assert top >= 0 and top + box["height"] <= height, (part, box)
        assert left >= 0 and left + box["width"] <= width, (part, box)
    chat = page.locator("#chat").bounding_box()
    assert chat is not None and chat["height"] >= 150  # still a few lines to read


def test_a_persona_no_longer_served_takes_its_conversation_with_it(
    tabs: Tabs, server: Server
) -> None:
    from tests.persona.test_persona_files import GOOD

    folder = server.backend.registry.user_dir
    assert folder is not None
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "zz-shop.yaml"
    path.write_text(GOOD.format(id="zz-shop"), "utf-8")
    try:
        page = tabs.open()
        send(page, "Hello first")
        wait_reply(page)
        choose_persona(page, "Test shop")
        send(page, "Hello zz")
        wait_reply(page)
        tabs.wait_idle(page)
        path.unlink()
        tabs.load(page)
        # The fallback persona shows its own conversation, not the removed one's.
        expect(page.locator("#persona input")).to_have_value("Assistant")
        expect(page.locator(USER)).to_have_text(["Hello first"])
    finally:
        path.unlink(missing_ok=True)


CONTRAST_JS = """(sel) => {
  const lum = (c) => {
    const [r, g, b] = c.match(/[\\d.]+/g).slice(0, 3).map(Number).map((v) => {
      v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const s = getComputedStyle(document.querySelector(sel));
  const [a, b] = [lum(s.color), lum(s.backgroundColor)].sort((x, y) => y - x);
  return (a + 0.05) / (b + 0.05);
}"""


def test_send_has_contrast_and_a_passed_dropdown_covers_nothing(tabs: Tabs) -> None:
    page = tabs.open()
    # White on Send's background: at least 4.5:1 (Gradio's orange gives 2.8:1).
    assert page.evaluate(CONTRAST_JS, "#send") >= 4.5
    # Tab through the persona dropdown without choosing: its list does not stay
    # open over the fields below it.
    page.locator("#persona input").focus()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    listbox = page.locator("#persona [role=listbox]")
    assert listbox.count() == 0 or not listbox.first.is_visible()


# Records the text added to the page's live regions (what a screen reader would say),
# by region: the nearest element that sets aria-live (off: none) or is a status, log
# or alert.
LIVE_JS = """() => {
    const region = (node) => {
        for (let e = node.nodeType === 1 ? node : node.parentElement; e; e = e.parentElement) {
            const live = e.getAttribute('aria-live');
            if (live) return live === 'off' ? null : e;
            if (['status', 'log', 'alert'].includes(e.getAttribute('role'))) return e;
        }
        return null;
    };
    window.__said = [];
    new MutationObserver((records) => {
        for (const r of records) {
            const where = region(r.target);
            const text = r.type === 'characterData'
                ? r.target.data : [...r.addedNodes].map((n) => n.textContent).join('');
            if (where && text.trim()) window.__said.push([where.id || where.className, text]);
        }
    }).observe(document.body, {subtree: true, childList: true, characterData: true});
}"""


def said_text(page: Any, selector: str) -> str:
    text: str = page.locator(selector).evaluate("e => e.innerText")
    return " ".join(text.split())


def test_a_streamed_reply_is_announced_once_when_complete(tabs: Tabs, server: Server) -> None:
    # The chat is Gradio's polite live region, and every streamed update replaces the
    # reply's paragraph in it: a screen reader re-read the whole reply each time.
    with long_replies(server.backend, 400):
        page = tabs.open()
        page.evaluate(RECORD_JS)
        page.evaluate(LIVE_JS)
        send(page, "Hello, how are you today?")
        wait_reply(page)
    announcer = page.locator("#announcer")
    expect(announcer).to_have_attribute("role", "status")
    expect(announcer).not_to_be_empty()
    states: list[str] = page.evaluate("window.__replyStates")
    assert len([s for s in states if s not in ("", "…")]) >= 2, "it arrived in one piece"
    said: list[tuple[str, str]] = page.evaluate("window.__said")
    told = [text for where, text in said if where == "announcer"]
    assert len(told) == 1, told  # once, complete
    # What it said: the reply, then its badge's title, each in its language.
    reply, title = (
        " ".join(str(reply_text(page)).split()),
        " ".join(badges(page).inner_text().split()),
    )
    assert said_text(page, "#announcer") == f"{reply} {title}"
    expect(page.locator("#announcer div[lang=en]")).to_have_count(2)
    # Nothing else says it: the rest is Gradio's own few words ("Loading content").
    others = [(where, text) for where, text in said if where != "announcer"]
    assert sum(len(text) for _, text in others) < 100, others
    expect(page.locator("#chat [role=log]")).to_have_attribute("aria-live", "off")
    page.locator("#clear").click()  # and it stays off with the chat drawn anew
    choose_persona(page, persona_file("ja-hotel-concierge")["name"]["en"])
    expect(page.locator("#chat [role=log]")).to_have_attribute("aria-live", "off")


def test_messages_greetings_and_badges_carry_their_language(tabs: Tabs) -> None:
    # A Chinese page would show a Japanese reply in Chinese glyph shapes (Han
    # unification), and a screen reader would read it in a Chinese voice.
    page = tabs.open(locale="zh-CN")
    bot = page.locator("#chat [data-testid='bot']")
    choose_persona(page, persona_file("zh-shop-assistant")["name"]["zh"])
    expect(bot.locator("[lang=zh]")).to_have_text(
        [persona_file("zh-shop-assistant")["locales"]["zh"]["greeting"]]
    )
    concierge = persona_file("ja-hotel-concierge")
    choose_persona(page, concierge["name"]["zh"])
    expect(bot.locator("[lang=ja]")).to_have_text([concierge["locales"]["ja"]["greeting"]])
    question = "部屋を予約したいのですが。"
    send(page, question)
    wait_reply(page)
    expect(page.locator(USER).locator("[lang=ja]")).to_have_text([question])
    expect(bot.nth(1).locator("[lang]").first).to_have_attribute("lang", "ja")  # the reply
    # The badge names the levels in Japanese, in the Chinese text around them.
    badges(page).click()
    title = page.locator(".title", has_text=BADGE_MARK)
    badge = page.locator("#chat .thought-group").filter(has=title)
    expect(badge.locator("[lang=ja]", has_text=ja_level("honorific")).first).to_be_visible()
    tabs.wait_idle(page)
    tabs.load(page)  # saved without the marks, the languages beside the texts
    expect(page.locator(USER).locator("[lang=ja]")).to_have_text([question])
    expect(bot.nth(1).locator("[lang]").first).to_have_attribute("lang", "ja")


def test_the_language_marks_stay_out_of_copies_exports_and_edit(tabs: Tabs) -> None:
    page = tabs.open()
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    # A mark of the user's own is text like any HTML they write, and comes back as written.
    question = 'Is <div lang="xx">\n\nthis</div> a mark?'
    send(page, question)
    wait_reply(page)
    tabs.wait_idle(page)
    expect(page.locator("#chat [lang=xx]")).to_have_count(0)
    copies = []
    for buttons in page.locator("#chat .message-buttons").all():
        buttons.get_by_role("button").first.click()
        copies.append(page.evaluate("navigator.clipboard.readText()"))
    # The greeting, the question, the reply, the badge: as written.
    assert len(copies) == 4 and copies[:2] == ["Hello! How can I help you today?", question]
    assert not any("lang=" in c for c in copies[2:]), copies
    data = json.loads(download(page, "#export-json"))
    assert data["messages"][1]["content"] == question
    md = download(page, "#export-md")
    assert f"**You**: {question}" in md
    for text in (json.dumps(data, ensure_ascii=False), md):
        assert text.count("lang=") == 1, text  # the question's own
    page.locator("#edit").click()
    expect(page.locator("#message textarea")).to_have_value(question)


def test_the_copy_without_the_clipboard_api_is_as_written_too(tabs: Tabs) -> None:
    # Served over plain http to another machine there is no Clipboard API, and Gradio
    # copies from a textarea it adds for the moment.
    page = tabs.open()
    page.context.add_init_script(
        "delete Navigator.prototype.clipboard; window.__copied = [];"
        "addEventListener('copy', (e) => __copied.push(e.clipboardData.getData('text/plain')));"
    )
    tabs.load(page)
    assert page.evaluate("'clipboard' in navigator") is False
    page.locator("#chat .message-buttons").get_by_role("button").first.click()
    expect(page.locator("#chat [lang=en]")).to_have_count(1)  # the greeting is marked ...
    assert page.evaluate("window.__copied") == ["Hello! How can I help you today?"]  # ... not so
