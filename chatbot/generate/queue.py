"""A fair first-in-first-out lock: one generation at a time per loaded context.

``threading.Lock`` makes no promise about which waiter wins, so under load a
user could wait forever. Here waiters are served in arrival order, can see
their place in the line while they wait (a streaming reply can show it), and
can leave the line (a closed tab) without holding up the others.

A remote engine serves several requests at once (llama-server's slots): the
lock then has that many ``slots``, held by the first ones in the line.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from chatbot.errors import BusyError


class Ticket:
    """A place in the line."""


class FairLock:
    def __init__(self, max_waiting: int | None = None, *, slots: int = 1) -> None:
        if slots < 1:
            raise ValueError("a lock needs at least one slot")
        self._cond = threading.Condition()
        self._line: deque[Ticket] = deque()  # holders first, then those waiting
        self.slots = slots
        self.max_waiting = max_waiting

    def join(self) -> Ticket:
        """Take a place at the end of the line; BusyError when the line is full."""
        with self._cond:
            # Those within the first ``slots`` hold the lock (or are about to take it).
            waiting = max(0, len(self._line) - self.slots)
            # A free slot is taken at once: that is not waiting, whatever the limit.
            full = len(self._line) >= self.slots
            if self.max_waiting is not None and full and waiting >= self.max_waiting:
                if waiting == 0:  # a line of none: only the request being answered
                    raise BusyError(
                        "The server is busy answering another request and keeps no line "
                        "(queue size 0). Try again shortly.",
                        waiting,
                    )
                many = "1 request is" if waiting == 1 else f"{waiting} requests are"
                raise BusyError(
                    f"The server is busy: {many} already waiting. Try again shortly.", waiting
                )
            ticket = Ticket()
            self._line.append(ticket)
            return ticket

    def wait(self, ticket: Ticket, timeout: float | None = None) -> bool:
        """Block until ``ticket`` holds the lock (True) or ``timeout`` passes (False)."""
        with self._cond:
            return self._cond.wait_for(lambda: self._turn_of(ticket), timeout)

    def _turn_of(self, ticket: Ticket) -> bool:
        """Whether ``ticket`` is among the first ``slots`` in the line."""
        for ahead, other in enumerate(self._line):
            if other is ticket:
                return ahead < self.slots
            if ahead + 1 >= self.slots:
                return False
        return False

    def busy(self) -> bool:
        """Whether anyone holds the lock or waits for it."""
        with self._cond:
            return bool(self._line)

    def position(self, ticket: Ticket) -> int:
        """How many are ahead of ``ticket`` beyond the other slots: 0 while it holds one;
        1 when it is next, as a slot frees."""
        with self._cond:
            try:
                return max(0, self._line.index(ticket) - self.slots + 1)
            except ValueError:
                return 0

    def leave(self, ticket: Ticket) -> None:
        """Release the lock if ``ticket`` holds it, or step out of the line."""
        with self._cond:
            if ticket in self._line:
                self._line.remove(ticket)
            self._cond.notify_all()

    @contextmanager
    def hold(
        self,
        cancelled: Callable[[], bool] = lambda: False,
        on_wait: Callable[[int], None] | None = None,
        poll_s: float = 0.05,
    ) -> Iterator[bool]:
        """Hold the lock for the ``with`` block; yields False if cancelled while waiting."""
        ticket = self.join()
        try:
            last = -1
            while not self.wait(ticket, poll_s):
                ahead = self.position(ticket)
                if on_wait is not None and ahead != last:
                    last = ahead
                    on_wait(ahead)
                if cancelled():
                    yield False
                    return
            yield True
        finally:
            self.leave(ticket)
