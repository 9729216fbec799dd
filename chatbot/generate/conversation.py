"""A conversation as the exact tokens llama.cpp evaluated, turn by turn.

Keeping tokens (not text) is what makes multi-turn chat cheap: the next turn's
prompt begins with precisely the tokens already in the KV cache, so llama.cpp
evaluates only the new user message. Re-tokenizing the reply's text would not
give the same tokens (a model may emit a non-canonical split, and invalid UTF-8
does not survive a round trip), and re-rendering the template would not give
the same text (Qwen3 drops earlier ``<think>`` blocks).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from chatbot.errors import ContextError


@dataclass
class Turn:
    user: str
    reply: str
    user_tokens: list[int]  # rendered user turn + generation prompt
    reply_tokens: list[int] = field(default_factory=list)  # generated + template's reply end
    thinking: str = ""
    counted: int = 0  # a remote engine's turn: no tokens here, only the count it reported

    @property
    def n_tokens(self) -> int:
        return len(self.user_tokens) + len(self.reply_tokens) or self.counted


@dataclass
class Trim:
    turns: int
    tokens: int


@dataclass
class Conversation:
    system: str | None
    system_tokens: list[int]
    turns: list[Turn] = field(default_factory=list)
    trimmed_turns: int = 0  # dropped from the front so far

    def tokens(self, pending: list[int] | None = None) -> list[int]:
        out = list(self.system_tokens)
        for turn in self.turns:
            out += turn.user_tokens
            out += turn.reply_tokens
        return out + (pending or [])

    @property
    def n_tokens(self) -> int:
        return len(self.system_tokens) + sum(t.n_tokens for t in self.turns)

    def fit(self, pending: int, n_ctx: int, reply_room: int) -> Trim | None:
        """Drop the oldest turns until ``pending`` new tokens plus ``reply_room`` fit.

        When trimming is needed at all, it goes down to three quarters of the
        context, so the next turns do not each pay a full re-evaluation. The
        system prompt (the persona) is never dropped: if it and the new message
        alone do not fit, that is the caller's error to report.
        """
        if self.n_tokens + pending + reply_room <= n_ctx:
            return None
        base = len(self.system_tokens) + pending + reply_room
        if base > n_ctx:
            raise ContextError(
                f"the message is {pending} tokens; with the system prompt "
                f"({len(self.system_tokens)} tokens) and room for a reply ({reply_room}) it "
                f"exceeds the {n_ctx}-token context. Shorten the message, or raise n_ctx "
                "(--n-ctx or CHATBOT_N_CTX)."
            )
        target = max(base, (n_ctx * 3) // 4)
        dropped = Trim(turns=0, tokens=0)
        while self.turns and self.n_tokens + pending + reply_room > target:
            turn = self.turns.pop(0)
            dropped.turns += 1
            dropped.tokens += turn.n_tokens
        self.trimmed_turns += dropped.turns
        return dropped

    def messages(self) -> list[dict[str, str]]:
        out = [{"role": "system", "content": self.system}] if self.system else []
        for turn in self.turns:
            out.append({"role": "user", "content": turn.user})
            out.append({"role": "assistant", "content": turn.reply})
        return out
