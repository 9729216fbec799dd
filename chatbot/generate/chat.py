"""One chat: a conversation on an engine, streamed as events.

``ChatSession.send`` runs one turn: it tokenizes only the new user turn, fits
the conversation into the context, waits its turn for the engine, and streams
whole-character text. Thinking (Qwen3) goes to ``ThinkingDelta`` events and is
never part of the answer.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Generator, Iterator, Sequence
from typing import Any

from chatbot.config import Sampling
from chatbot.errors import InputError
from chatbot.generate.conversation import Conversation, Turn
from chatbot.generate.engine import Engine
from chatbot.generate.queue import Ticket
from chatbot.stream.events import Done, Event, FinishReason, Notice, TextDelta, ThinkingDelta
from chatbot.stream.stops import StopFilter
from chatbot.stream.think import ThinkSplitter
from chatbot.stream.utf8 import Utf8Stream

_USER_STAND_IN = "\x02u\x03"


class ChatSession:
    def __init__(
        self,
        engine: Engine,
        system: str | None = None,
        *,
        sampling: Sampling | None = None,
        thinking: bool = False,
    ) -> None:
        self.engine = engine
        self.sampling = sampling or Sampling()
        self.thinking = thinking and engine.template.supports_thinking
        self._stop = threading.Event()
        self._held: Ticket | None = None  # the model, kept between a turn's attempts
        self._keep = False  # the running send keeps the model when it ends
        # (prompt, completion) tokens of the last send, however it ended: a reply
        # abandoned for a retry never reaches its Done.
        self.last_tokens = (0, 0)
        self.conversation = self._new_conversation(system)

    # -- setup ----------------------------------------------------------------

    def _new_conversation(self, system: str | None) -> Conversation:
        template = self.engine.template
        first = template.first_turn(system, _USER_STAND_IN, thinking=self.thinking)
        user = template.user_turn(_USER_STAND_IN, thinking=self.thinking)
        # The system part is what the first turn renders before a normal user turn
        # (for Qwen2.5 without a system prompt, its default "You are Qwen…").
        prefix = (
            first[: -len(user)] if first.endswith(user) else first[: first.find(_USER_STAND_IN)]
        )
        return Conversation(system=system, system_tokens=self.engine.tokenize(prefix))

    def reset(self) -> None:
        """Start the conversation over; the system prompt stays."""
        self.conversation = self._new_conversation(self.conversation.system)

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

    @property
    def supports_thinking(self) -> bool:
        return self.engine.template.supports_thinking

    # -- one turn -------------------------------------------------------------

    def send(
        self,
        message: str,
        *,
        sampling: Sampling | None = None,
        cancelled: Callable[[], bool] | None = None,
        grammar: Any = None,
        on_token: Callable[[int], None] | None = None,
        instruction: str | None = None,
        stops: Sequence[str] = (),
    ) -> Generator[Event, None, None]:
        """Stream the reply to ``message``. Closing the iterator cancels it.

        ``instruction`` is added to what the model sees of this user turn (e.g. a
        register correction) but not to the message kept for display.
        ``on_token`` is called with each generated token id (for metrics).
        ``stops``: the reply ends before the first of these strings, which is
        never shown; generation stops as soon as it is seen.
        """
        started = time.perf_counter()
        if not message.strip():
            raise InputError("the message is empty; type something to send")
        sampling = sampling or self.sampling
        engine = self.engine
        seen = f"{message}\n\n{instruction}" if instruction else message
        user_tokens = engine.tokenize(engine.template.user_turn(seen, thinking=self.thinking))
        reply_room = min(sampling.max_tokens, engine.info.n_ctx // 4)
        trim = self.conversation.fit(len(user_tokens), engine.info.n_ctx, reply_room)
        if trim is not None and trim.turns:
            yield Notice(
                "trimmed",
                f"The conversation outgrew the {engine.info.n_ctx}-token context: the oldest "
                f"{trim.turns} turn(s) ({trim.tokens} tokens) were dropped. The system prompt is kept.",
                {"turns": trim.turns, "tokens": trim.tokens, "n_ctx": engine.info.n_ctx},
            )

        def is_cancelled() -> bool:
            return self._stop.is_set() or (cancelled is not None and cancelled())

        lock = engine.lock
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
                # The turn stays, empty, as a reply stopped before its first token does.
                end = engine.tokenize(engine.template.reply_end())
                self.conversation.turns.append(Turn(message, "", user_tokens, end))
                yield self._nothing_generated()
                return
            yield from self._generate(
                message, user_tokens, sampling, is_cancelled, grammar, on_token, started, stops
            )
        finally:
            if self._keep and holding:
                self._held = ticket
            else:
                lock.leave(ticket)
            self._keep = False

    def _nothing_generated(self) -> Done:
        """The end of a send cancelled before it generated anything."""
        n_ctx = self.engine.info.n_ctx
        return Done("cancelled", 0, 0, 0, 0.0, 0.0, self.conversation.n_tokens, n_ctx)

    def keep(self) -> None:
        """Keep the model when the running ``send`` ends (it is about to be closed
        for a retry): the next ``send``, the same turn again, does not queue
        behind requests that came later. ``release`` gives it back."""
        self._keep = True

    def release(self) -> None:
        """Give back the model that ``keep`` kept, if the next ``send`` did not take it."""
        if self._held is not None:
            ticket, self._held = self._held, None
            self.engine.lock.leave(ticket)

    def history(self) -> list[dict[str, str]]:
        """The conversation as user/assistant messages, the form ``restore`` takes."""
        out: list[dict[str, str]] = []
        for turn in self.conversation.turns:
            out += [{"role": "user", "content": turn.user}]
            out += [{"role": "assistant", "content": turn.reply}]
        return out

    def restore(self, messages: list[dict[str, str]]) -> None:
        """Rebuild the history from displayed messages (e.g. after a page reload).

        Replies are re-tokenized from their text, so the first turn after a
        restore evaluates the history once; later turns reuse it again.
        """
        template = self.engine.template
        pending: str | None = None
        for m in messages:
            if m.get("role") == "user":
                pending = m.get("content", "")
            elif m.get("role") == "assistant" and pending is not None:
                reply = m.get("content", "")
                user_tokens = self.engine.tokenize(
                    template.user_turn(pending, thinking=self.thinking)
                )
                reply_tokens = self.engine.tokenize(reply + template.reply_end())
                self.conversation.turns.append(Turn(pending, reply, user_tokens, reply_tokens))
                pending = None

    def _generate(
        self,
        message: str,
        user_tokens: list[int],
        sampling: Sampling,
        is_cancelled: Callable[[], bool],
        grammar: Any,
        on_token: Callable[[int], None] | None,
        start: float,
        stops: Sequence[str],
    ) -> Iterator[Event]:
        engine = self.engine
        prompt = self.conversation.tokens(user_tokens)
        turn = Turn(user=message, reply="", user_tokens=user_tokens)
        utf8 = Utf8Stream()
        splitter = ThinkSplitter(enabled=engine.template.supports_thinking)
        answer: list[str] = []
        thinking: list[str] = []
        generated: list[int] = []
        evaluated_before = engine.evaluated_tokens()
        evaluated_prompt = 0
        first_at = last_at = start
        finish: FinishReason = "stop"
        stop = StopFilter(list(stops))

        def route(text: str) -> Iterator[Event]:
            for channel, part in splitter.feed(text):
                yield from channel_text(channel, part)

        def channel_text(channel: str, part: str) -> Iterator[Event]:
            if channel == "thinking":
                thinking.append(part)
                yield ThinkingDelta(part)
                return
            if not (answer or stop.buffer):  # the answer after </think> starts with blank lines
                part = part.lstrip("\n") if thinking else part
            part = stop.feed(part)
            if part:
                answer.append(part)
                yield TextDelta(part)

        try:
            for token in engine.generate(prompt, sampling, cancelled=is_cancelled, grammar=grammar):
                last_at = time.perf_counter()
                if not generated:
                    first_at = last_at
                    evaluated_prompt = engine.evaluated_tokens() - evaluated_before
                generated.append(token)
                if on_token is not None:
                    on_token(token)
                text = utf8.feed(engine.piece(token))
                if text:
                    yield from route(text)
                if stop.stopped:
                    break  # the rest is never shown, so never generated
            if not generated:
                evaluated_prompt = engine.evaluated_tokens() - evaluated_before
            if stop.stopped:
                finish = "stop"
            elif is_cancelled():
                finish = "cancelled"
            elif len(generated) >= sampling.max_tokens:
                finish = "length"
            elif len(prompt) + len(generated) >= engine.info.n_ctx:
                finish = "context"
            if not stop.stopped:
                yield from route(utf8.flush())
                for channel, part in splitter.flush():
                    yield from channel_text(channel, part)
                rest = stop.flush()
                if rest:
                    answer.append(rest)
                    yield TextDelta(rest)
        except GeneratorExit:
            finish = "cancelled"
            raise
        finally:
            # Whatever was shown stays in the history, as the user saw it.
            turn.reply = "".join(answer)
            turn.thinking = "".join(thinking)
            # Cut at a stop string, the reply's tokens are those of what was kept.
            kept = engine.tokenize(turn.reply) if stop.stopped else generated
            turn.reply_tokens = kept + engine.tokenize(engine.template.reply_end())
            self.last_tokens = (len(prompt), len(generated))
            self.conversation.turns.append(turn)
        rate = (
            (len(generated) - 1) / (last_at - first_at)
            if len(generated) > 1 and last_at > first_at
            else 0.0
        )
        yield Done(
            finish_reason=finish,
            completion_tokens=len(generated),
            prompt_tokens=len(prompt),
            evaluated_prompt_tokens=evaluated_prompt,
            seconds_to_first_token=(first_at - start) if generated else 0.0,
            decode_tokens_per_s=rate,
            context_used=self.conversation.n_tokens,
            context_size=engine.info.n_ctx,
        )
