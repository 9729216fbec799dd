"""What every chat session shares, wherever its model runs.

A session holds one conversation and runs one turn at a time: it waits its
place in the model's line (showing it), can be stopped from any thread, and
keeps its place between a turn's attempts (a register retry is the same
turn, not a newcomer). The in-process ``ChatSession`` and the ``RemoteChat``
differ only in how a turn is generated.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Generator, Iterator

from chatbot.generate.conversation import Conversation, Turn
from chatbot.generate.queue import FairLock, Ticket
from chatbot.stream.events import Done, Event, Notice


class QueuedSession:
    conversation: Conversation

    def __init__(self, lock: FairLock) -> None:
        self._lock = lock
        self._stop = threading.Event()
        self._held: Ticket | None = None  # the model, kept between a turn's attempts
        self._keep = False  # the running send keeps the model when it ends
        # (prompt, completion) tokens of the last send, however it ended: a reply
        # abandoned for a retry never reaches its Done.
        self.last_tokens = (0, 0)

    def rollback(self) -> None:
        """Forget the last turn (a reply that was aborted to be generated again)."""
        if self.conversation.turns:
            self.conversation.turns.pop()

    def stopped(self) -> bool:
        """Whether ``stop`` was called during this turn."""
        return self._stop.is_set()

    def stop(self) -> None:
        """Cancel the turn in progress (from any thread); it ends within one token."""
        self._stop.set()

    def keep(self) -> None:
        """Keep the model when the running ``send`` ends (it is about to be closed
        for a retry): the next ``send``, the same turn again, does not queue
        behind requests that came later. ``release`` gives it back."""
        self._keep = True

    def release(self) -> None:
        """Give back the model that ``keep`` kept, if the next ``send`` did not take it."""
        if self._held is not None:
            ticket, self._held = self._held, None
            self._lock.leave(ticket)

    def history(self) -> list[dict[str, str]]:
        """The conversation as user/assistant messages, the form ``restore`` takes."""
        out: list[dict[str, str]] = []
        for turn in self.conversation.turns:
            out += [{"role": "user", "content": turn.user}]
            out += [{"role": "assistant", "content": turn.reply}]
        return out

    def restore(self, messages: list[dict[str, str]]) -> None:
        """Rebuild the history from displayed messages (e.g. after a page reload)."""
        pending: str | None = None
        for m in messages:
            if m.get("role") == "user":
                pending = m.get("content", "")
            elif m.get("role") == "assistant" and pending is not None:
                self.conversation.turns.append(self._past_turn(pending, m.get("content", "")))
                pending = None

    def _past_turn(self, user: str, reply: str) -> Turn:
        """A turn of the history, from its text."""
        raise NotImplementedError

    def _cancelled_check(self, cancelled: Callable[[], bool] | None) -> Callable[[], bool]:
        def is_cancelled() -> bool:
            return self._stop.is_set() or (cancelled is not None and cancelled())

        return is_cancelled

    def _queued(
        self,
        is_cancelled: Callable[[], bool],
        empty_turn: Callable[[], Turn],
        generate: Callable[[], Iterator[Event]],
    ) -> Generator[Event, None, None]:
        """Wait for the model (showing the place in line), then ``generate`` the turn.

        Stopped before the model was had, nothing is generated; stopped between a
        turn's attempts, the turn stays with ``empty_turn``, as a reply stopped
        before its first token does.
        """
        lock = self._lock
        ticket, holding = (self._held, True) if self._held is not None else (lock.join(), False)
        self._held = None
        if not holding:  # a new turn; a retry of this one keeps a Stop pressed meanwhile
            self._stop.clear()
        try:
            reported = -1
            while not holding and not lock.wait(ticket, timeout=0.1):
                if is_cancelled():
                    yield self._nothing_generated()
                    return
                ahead = lock.position(ticket)
                if ahead != reported:  # the reader sees its place in the line change
                    reported = ahead
                    yield Notice(
                        "queued", f"Waiting for the model: {ahead} ahead.", {"ahead": ahead}
                    )
            holding = True
            if is_cancelled():  # stopped between a turn's attempts: nothing more to generate
                self.conversation.turns.append(empty_turn())
                yield self._nothing_generated()
                return
            yield from generate()
        finally:
            if self._keep and holding:
                self._held = ticket
            else:
                lock.leave(ticket)
            self._keep = False

    def _nothing_generated(self) -> Done:
        """The end of a send cancelled before it generated anything."""
        return Done("cancelled", 0, 0, 0, 0.0, 0.0, self._context_used(), self._context_size())

    def _context_used(self) -> int:
        return self.conversation.n_tokens

    def _context_size(self) -> int:
        raise NotImplementedError
