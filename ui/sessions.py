"""Per-browser-session chat state, kept on the server.

Each browser tab (Gradio's ``session_hash``) gets its own chat session, so
conversations never mix; the displayed history lives in the browser
(``BrowserState``), and a session is rebuilt from it after a reload.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from chatbot.generate.runtime import Chat


@dataclass
class UiSession:
    chat: Chat | None = None
    key: tuple[object, ...] = ()
    stop_requested: threading.Event = field(default_factory=threading.Event)
    # Bumped when the shown conversation is replaced (Clear, a new persona, Edit,
    # Regenerate): a reply still streaming for the old one stops updating the screen.
    generation: int = 0
    # What replaced it on screen, and the generation it was shown at (see
    # :func:`ui.handlers.abandon`).
    replacement: tuple[int, list[dict[str, Any]]] | None = None
    turn_lock: threading.Lock = field(default_factory=threading.Lock)  # one reply at a time
    # When a message was accepted whose reply has not started yet (time.monotonic()).
    sent_at: float = float("-inf")
    # Messages accepted, and those a reply has taken up: each accepted one is answered once.
    sent: int = 0
    answered: int = 0
    claim_lock: threading.Lock = field(default_factory=threading.Lock)


class SessionStore:
    """At most ``limit`` sessions; the least recently used are dropped first."""

    def __init__(self, limit: int = 256) -> None:
        self._items: OrderedDict[str, UiSession] = OrderedDict()
        self._lock = threading.Lock()
        self.limit = limit

    def get(self, session_id: str) -> UiSession:
        with self._lock:
            found = self._items.pop(session_id, None) or UiSession()
            self._items[session_id] = found
            while len(self._items) > self.limit:
                self._items.popitem(last=False)
            return found

    def drop(self, session_id: str) -> UiSession | None:
        with self._lock:
            return self._items.pop(session_id, None)

    def __len__(self) -> int:
        return len(self._items)
