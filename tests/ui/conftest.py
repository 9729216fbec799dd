"""Real-browser fixtures: the app served on 127.0.0.1, headless Debian Chromium via Playwright.

Every page a test opens is photographed when the test ends, into
``test-output/screenshots/<test>.png``: on a failure it shows what the browser
showed at that moment, on a pass it lets a human look at the UI.
"""

from __future__ import annotations

import re
import time
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from chatbot.ui.handlers import Backend

from chatbot.config import Sampling, Settings
from chatbot.persona.registry import PersonaRegistry
from tests.conftest import free_port, make_engine

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-gpu",
    "--no-first-run",
    "--disable-component-update",
    "--disable-sync",
]
# A 2-core machine running llama.cpp, a Gradio server and Chromium at once is slow;
# waits are explicit but generous.
TIMEOUT_MS = 30_000
MAX_TOKENS = 48  # short replies: enough to see streaming, quick to finish
MAX_MESSAGE_CHARS = 500

_reports = pytest.StashKey[dict[str, pytest.TestReport]]()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    """Keep each phase's report on the item, so the page fixture knows whether the test failed."""
    report = yield
    item.stash.setdefault(_reports, {})[report.when] = report
    return report


@dataclass
class Server:
    url: str
    backend: Backend


@pytest.fixture(scope="module")
def server(tiny_model: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """The app as ``chatbot serve`` launches it, on the tiny synthetic model."""
    home = tmp_path_factory.mktemp("ui-server")
    # The autouse _hermetic fixture is per test; this server outlives a test, so it
    # gets its own hermetic environment (the history key lives in CHATBOT_CACHE).
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CHATBOT_CACHE", str(home / "cache"))
        mp.setenv("HF_HUB_OFFLINE", "1")
        mp.setenv("GRADIO_ANALYTICS_ENABLED", "False")
        from chatbot.ui.app import CSS, create_app
        from chatbot.ui.strings import i18n

        # The byte-level vocabulary needs a large context for the CJK system prompts.
        engine = make_engine(tiny_model, n_ctx=8192)
        # enforce_register=False: the random model rarely ends a first sentence, and
        # the guard holds text back until it does, so the reply would arrive in one
        # piece (and be retried twice); the guard itself is tested without a browser.
        settings = Settings(
            seed=11,
            enforce_register=False,
            sampling=Sampling(max_tokens=MAX_TOKENS),
            max_message_chars=MAX_MESSAGE_CHARS,
        )
        backend = Backend(
            engine=engine,
            registry=PersonaRegistry(home / "personas", entry_points=False),
            settings=settings,
        )
        app = create_app(backend)
        port = free_port()
        app.queue(max_size=16).launch(
            server_name="127.0.0.1",
            server_port=port,
            prevent_thread_lock=True,
            i18n=i18n(),
            css=CSS,
            quiet=True,
            run_history=False,  # as chatbot serve launches it
        )
        try:
            yield Server(f"http://127.0.0.1:{port}/", backend)
        finally:
            app.close()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip(f"the browser tests need Debian's Chromium at {CHROMIUM}")
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=TIMEOUT_MS)
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        try:
            yield browser
        finally:
            browser.close()


def is_restore(response: Any) -> bool:
    """The page-load event that restores the history from the browser's storage."""
    if not response.url.endswith("/gradio_api/run/predict"):
        return False
    try:
        data = (response.request.post_data_json or {}).get("data") or [None]
    except ValueError:
        return False
    return isinstance(data[0], dict) and "messages" in data[0]


class Tabs:
    """Opens the app in fresh browser contexts and keeps track of what each page is doing."""

    def __init__(self, browser: Any, url: str) -> None:
        self.browser, self.url = browser, url
        self.pages: list[tuple[str, Any]] = []
        self._contexts: list[Any] = []
        self._in_flight: dict[int, dict[Any, float]] = {}

    def open(self, locale: str = "en-US", label: str = "") -> Any:
        """A new context (own storage, own server session) on the app, history restored."""
        context = self.browser.new_context(locale=locale, viewport={"width": 1280, "height": 900})
        self._contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(TIMEOUT_MS)
        pending = self._in_flight[id(page)] = {}

        def started(req: Any) -> None:
            if req.url.endswith("/gradio_api/run/predict"):
                pending[req] = time.monotonic()

        page.on("request", started)
        page.on("requestfinished", lambda r: pending.pop(r, None))
        page.on("requestfailed", lambda r: pending.pop(r, None))
        self.pages.append((label, page))
        self.load(page, self.url)
        return page

    @staticmethod
    def load(page: Any, url: str | None = None) -> None:
        """Open (or, without ``url``, reload) the app; wait until the history is restored."""
        with page.expect_response(is_restore, timeout=TIMEOUT_MS):
            if url is None:
                page.reload(wait_until="domcontentloaded")
            else:
                page.goto(url, wait_until="domcontentloaded")
        page.wait_for_selector("#send", state="visible")

    def wait_idle(self, page: Any, quiet_s: float = 0.3, timeout_s: float = 60) -> None:
        """Until no ``run/predict`` call (the history being saved, say) is in flight.

        Every streamed update fires the chat's change events (export, save), and on a
        busy machine those calls can trail the last update by many seconds.
        """
        deadline = time.monotonic() + timeout_s
        quiet_since: float | None = None
        pending = self._in_flight.get(id(page), {})
        while time.monotonic() < deadline:
            if not pending:
                quiet_since = quiet_since or time.monotonic()
                if time.monotonic() - quiet_since >= quiet_s:
                    return
            else:
                quiet_since = None
            page.wait_for_timeout(50)
        now = time.monotonic()
        calls = [f"{now - t:.1f}s: {(r.post_data or '')[-80:]}" for r, t in list(pending.items())]
        raise AssertionError(f"the page kept calling the server: {calls}")

    def screenshots(self, folder: Path, stem: str) -> list[Path]:
        folder.mkdir(parents=True, exist_ok=True)
        written = []
        for label, page in self.pages:
            path = folder / (f"{stem}-{label}.png" if label else f"{stem}.png")
            try:
                page.screenshot(path=str(path), full_page=True, timeout=10_000)
            except Exception as exc:  # a crashed page must not hide the test's own error
                # A tab the test closed (the user leaving) has no picture; Playwright
                # learns it closed only on its next call, this one.
                if not page.is_closed():
                    warnings.warn(f"no screenshot {path.name}: {exc}", stacklevel=1)
                continue
            written.append(path)
        return written

    def close(self) -> None:
        for context in self._contexts:
            context.close()


@pytest.fixture
def tabs(browser: Any, server: Server, request: pytest.FixtureRequest) -> Iterator[Tabs]:
    """Fresh browser contexts on the app; each page is photographed when the test ends."""
    tabs = Tabs(browser, server.url)
    try:
        yield tabs
    finally:
        reports = request.node.stash.get(_reports, {})
        stem = re.sub(r"[^\w.\-]+", "_", request.node.name).strip("_")
        written = tabs.screenshots(request.config.rootpath / "test-output" / "screenshots", stem)
        if any(r.failed for r in reports.values()):
            for path in written:
                print(f"\nscreenshot of the failure: {path}")
        tabs.close()
