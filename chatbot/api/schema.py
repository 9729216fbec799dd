"""Chat completion requests: the OpenAI fields this server honours, and the rest refused.

Fields that would change what the caller gets back, and that this server does
not do (tools, several choices, log-probabilities, JSON modes), are refused
with a message saying so, rather than ignored. Extensions: ``locale`` and
``level`` (the reply's register, within what the persona allows),
``thinking`` (Qwen3 hybrid models), ``top_k``, ``min_p``, ``repeat_penalty``.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from chatbot.errors import InputError


class TextPart(BaseModel):
    model_config = ConfigDict(extra="allow")

    type: str
    text: str | None = None


class Message(BaseModel):
    model_config = ConfigDict(extra="allow")

    role: Literal["system", "developer", "user", "assistant", "tool", "function"]
    content: str | list[TextPart] | None = None

    def text(self, where: str) -> str:
        if self.content is None:
            raise InputError(f"{where}: content is missing (tool calls are not supported)")
        if isinstance(self.content, str):
            return self.content
        parts = []
        for part in self.content:
            if part.type != "text" or part.text is None:
                raise InputError(
                    f"{where}: content part of type {part.type!r} is not supported; send text"
                )
            parts.append(part.text)
        return "".join(parts)


class StreamOptions(BaseModel):
    model_config = ConfigDict(extra="allow")

    include_usage: bool = False


class ChatRequest(BaseModel):
    model_config = ConfigDict(extra="allow")

    model: str
    messages: list[Message] = Field(min_length=1)
    stream: bool = False
    stream_options: StreamOptions | None = None
    max_tokens: int | None = Field(None, ge=1)
    max_completion_tokens: int | None = Field(None, ge=1)
    temperature: float | None = None
    top_p: float | None = None
    top_k: int | None = None
    min_p: float | None = None
    repeat_penalty: float | None = None
    stop: str | list[str] | None = None
    n: int | None = 1
    # extensions
    locale: str | None = None
    level: str | None = None
    thinking: bool | None = None

    def refuse_unsupported(self) -> None:
        extra = self.model_extra or {}
        if self.n not in (None, 1):
            raise InputError("n: only one choice per request is supported; send n=1")
        for key in ("presence_penalty", "frequency_penalty"):
            if extra.get(key):
                raise InputError(
                    f"{key}: not supported by this server; use repeat_penalty (an extension)"
                )
        if extra.get("seed") is not None:
            raise InputError(
                "seed: per-request seeds are not supported; the server's --seed applies"
            )
        for key in ("tools", "functions"):
            if extra.get(key):
                raise InputError(f"{key}: tool calling is not supported by this server")
        if extra.get("logprobs"):
            raise InputError("logprobs: log-probabilities are not supported by this server")
        fmt = extra.get("response_format")
        if isinstance(fmt, dict) and fmt.get("type") not in (None, "text"):
            raise InputError(
                f"response_format: {fmt.get('type')!r} is not supported; only text replies are"
            )

    def stops(self) -> list[str]:
        stops = [self.stop] if isinstance(self.stop, str) else list(self.stop or [])
        if len(stops) > 4:
            raise InputError("stop: at most 4 stop strings")
        return stops

    def sampling_update(self) -> dict[str, Any]:
        fields = {
            "temperature": self.temperature,
            "top_p": self.top_p,
            "top_k": self.top_k,
            "min_p": self.min_p,
            "repeat_penalty": self.repeat_penalty,
            "max_tokens": self.max_completion_tokens or self.max_tokens,
        }
        return {k: v for k, v in fields.items() if v is not None}


def split_messages(messages: list[Message]) -> tuple[str | None, list[dict[str, str]], str]:
    """The system text, the (user, assistant) history, and the message to answer.

    System (and developer) messages may come anywhere; the rest alternates user
    and assistant turns and ends with the user message to answer.
    """
    system: list[str] = []
    history: list[dict[str, str]] = []
    for i, m in enumerate(messages):
        where = f"messages[{i}]"
        if m.role in ("tool", "function"):
            raise InputError(f"{where}: role {m.role!r} is not supported (no tool calling)")
        text = m.text(where)
        if m.role in ("system", "developer"):
            system.append(text)
            continue
        expected = "user" if not history or history[-1]["role"] == "assistant" else "assistant"
        if m.role != expected:
            article = "an" if expected == "assistant" else "a"
            raise InputError(
                f"{where}: expected {article} {expected} message here; "
                "user and assistant turns alternate"
            )
        history.append({"role": m.role, "content": text})
    if not history or history[-1]["role"] != "user":
        raise InputError("messages: the last message must be the user's, to be answered")
    last = history.pop()["content"]
    return ("\n\n".join(system) or None), history, last
