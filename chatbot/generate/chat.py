"""One chat: a conversation on an engine, streamed as events.

``ChatSession.send`` runs one turn: it tokenizes only the new user turn, fits
the conversation into the context, waits its turn for the engine, and streams
whole-character text. Thinking (Qwen3) goes to ``ThinkingDelta`` events and is
never part of the answer.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator, Iterator, Sequence
from typing import Any

from chatbot.config import Sampling
from chatbot.errors import InputError
from chatbot.generate.conversation import Conversation, Turn
from chatbot.generate.engine import Engine
from chatbot.generate.session import QueuedSession
from chatbot.stream.events import Done, Event, FinishReason, Notice
from chatbot.stream.reply import ReplyText
from chatbot.stream.utf8 import Utf8Stream

_USER_STAND_IN = "\x02u\x03"


class ChatSession(QueuedSession):
    def __init__(
        self,
        engine: Engine,
        system: str | None = None,
        *,
        sampling: Sampling | None = None,
        thinking: bool = False,
    ) -> None:
        super().__init__(engine.lock)
        self.engine = engine
        self.sampling = sampling or Sampling()
        self.thinking = thinking and engine.template.supports_thinking
        self.conversation = self._new_conversation(system)

    # -- setup ----------------------------------------------------------------

    def _new_conversation(self, system: str | None) -> Conversation:
        template = self.engine.template
        quoted = None if system is None else self.engine.quote(system)
        first = template.first_turn(quoted, _USER_STAND_IN, thinking=self.thinking)
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
        seen = engine.quote(f"{message}\n\n{instruction}" if instruction else message)
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
        is_cancelled = self._cancelled_check(cancelled)

        def empty_turn() -> Turn:
            end = engine.tokenize(engine.template.reply_end())
            return Turn(message, "", user_tokens, end)

        yield from self._queued(
            is_cancelled,
            empty_turn,
            lambda: self._generate(
                message, user_tokens, sampling, is_cancelled, grammar, on_token, started, stops
            ),
        )

    def _context_size(self) -> int:
        return self.engine.info.n_ctx

    def _past_turn(self, user: str, reply: str) -> Turn:
        """Re-tokenized from its text: the first turn after a ``restore`` evaluates the
        history once; later turns reuse it again."""
        template = self.engine.template
        engine = self.engine
        user_tokens = engine.tokenize(
            template.user_turn(engine.quote(user), thinking=self.thinking)
        )
        return Turn(
            user, reply, user_tokens, engine.tokenize(engine.quote(reply) + template.reply_end())
        )

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
        reply = ReplyText(thinking_template=engine.template.supports_thinking, stops=stops)
        generated: list[int] = []
        evaluated_before = engine.evaluated_tokens()
        evaluated_prompt = 0
        first_at = last_at = start
        finish: FinishReason = "stop"
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
                    yield from reply.feed(text)
                if reply.stopped:
                    break  # the rest is never shown, so never generated
            if not generated:
                evaluated_prompt = engine.evaluated_tokens() - evaluated_before
            if reply.stopped:
                finish = "stop"
            elif is_cancelled():
                finish = "cancelled"
            elif len(generated) >= sampling.max_tokens:
                finish = "length"
            elif len(prompt) + len(generated) >= engine.info.n_ctx:
                finish = "context"
            if not reply.stopped:
                yield from reply.feed(utf8.flush())
                yield from reply.flush()
        except GeneratorExit:
            finish = "cancelled"
            raise
        finally:
            # Whatever was shown stays in the history, as the user saw it.
            turn.reply = reply.answer
            turn.thinking = reply.thinking
            # Cut at a stop string, the reply's tokens are those of what was kept.
            kept = engine.tokenize(engine.quote(turn.reply)) if reply.stopped else generated
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
