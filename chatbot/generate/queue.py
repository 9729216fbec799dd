"""A fair first-in-first-out lock: one generation at a time per loaded context.

``threading.Lock`` makes no promise about which waiter wins, so under load a
user could wait forever. Here waiters are served in arrival order, can see
their place in the line, and can leave the line (a closed tab) without
holding up the others.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from chatbot.errors import BusyError


class FairLock:
    def __init__(self, max_waiting: int | None = None) -> None:
        self._cond = threading.Condition()
        self._line: deque[object] = deque()  # head holds the lock when _held
        self._held = False
        self._max_waiting = max_waiting

    def position(self, ticket: object) -> int:
        """0 when ``ticket`` holds the lock (or is next), else how many are ahead."""
        with self._cond:
            try:
                return self._line.index(ticket)
            except ValueError:
                return 0

    @contextmanager
    def hold(
        self,
        cancelled: Callable[[], bool] = lambda: False,
        on_wait: Callable[[int], None] | None = None,
        poll_s: float = 0.05,
    ) -> Iterator[bool]:
        """Hold the lock for the ``with`` block; yields False if cancelled while waiting."""
        ticket = object()
        with self._cond:
            waiting = len(self._line) - (1 if self._held else 0)
            if self._max_waiting is not None and waiting >= self._max_waiting:
                raise BusyError(
                    f"The server is busy: {waiting} requests are already waiting. Try again shortly."
                )
            self._line.append(ticket)
            acquired, last_reported = False, -1
            while True:
                if not self._held and self._line[0] is ticket:
                    self._held = acquired = True
                    break
                ahead = self._line.index(ticket)
                if on_wait is not None and ahead != last_reported:
                    last_reported = ahead
                    on_wait(ahead)
                if cancelled():
                    self._line.remove(ticket)
                    self._cond.notify_all()
                    break
                self._cond.wait(poll_s)
        if not acquired:
            yield False
            return
        try:
            yield True
        finally:
            with self._cond:
                self._line.popleft()
                self._held = False
                self._cond.notify_all()
