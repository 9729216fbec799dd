"""Chat completion requests: the OpenAI fields this server honours, and the rest refused.

Fields that would change what the caller gets back, and that this server does
not do (tools, several choices, log-probabilities, JSON modes), are refused
with a message saying so, rather than ignored. Extensions: ``locale`` and
``level`` (the reply's register, within what the persona allows),
``thinking`` (Qwen3 hybrid models), ``top_k``, ``min_p``, ``repeat_penalty``,
``user_name`` (the end user's name, for a persona's form of address).
"""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictFloat,
    StrictInt,
    field_validator,
    model_validator,
)

from chatbot import locales
from chatbot.errors import InputError


class FieldError(InputError):
    """A request the server refuses because of one field, named in ``param`` (OpenAI's key)."""

    def __init__(self, message: str, param: str | None) -> None:
        super().__init__(message)
        self.param = param


# pydantic names the branch of a union it tried (``content.str``); not part of a path.
_UNION_TAG = re.compile(r"^(?:str|int|float|bool|none|list\[.*\]|dict\[.*\]|[A-Z]\w*)$")


def loc_path(loc: tuple[int | str, ...] | list[int | str]) -> str:
    """A pydantic location as a request path: ``messages[0].role``."""
    out = ""
    for part in loc:
        if isinstance(part, str) and (_UNION_TAG.match(part) or part.startswith("function-")):
            continue
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def find_surrogate(value: Any, path: str = "") -> str | None:
    """The path of the first string in ``value`` holding an unpaired surrogate, if any.

    JSON may escape one (``"\\ud800"``) and Python decodes it, but such a string is
    not Unicode text: it cannot be encoded to UTF-8 for the tokenizer.
    """
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return path or "body"
        return None
    if isinstance(value, dict):
        for key, item in value.items():
            key_path = f"{path}.{key}" if path else str(key)
            found = find_surrogate(key, key_path) or find_surrogate(item, key_path)
            if found:
                return found
    elif isinstance(value, list):
        for i, item in enumerate(value):
            found = find_surrogate(item, f"{path}[{i}]")
            if found:
                return found
    return None


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
            raise FieldError(
                f"{where}: content is missing (tool calls are not supported)", f"{where}.content"
            )
        if isinstance(self.content, str):
            return self.content
        parts = []
        for i, part in enumerate(self.content):
            if part.type != "text":
                raise FieldError(
                    f"{where}: content part of type {part.type!r} is not supported; send text",
                    f"{where}.content[{i}].type",
                )
            if part.text is None:
                raise FieldError(
                    f"{where}: content part {i} is of type 'text' but has no text",
                    f"{where}.content[{i}].text",
                )
            parts.append(part.text)
        return "".join(parts)


class StreamOptions(BaseModel):
    model_config = ConfigDict(extra="allow")

    include_usage: StrictBool | None = False


class ChatRequest(BaseModel):
    model_config = ConfigDict(extra="allow")

    model: str
    messages: list[Message] = Field(min_length=1)
    # Strict, as OpenAI's API is: "stream": "yes" or "max_tokens": true is a 400,
    # not a guess.
    stream: StrictBool | None = False
    stream_options: StreamOptions | None = None
    max_tokens: StrictInt | None = Field(None, ge=1)
    max_completion_tokens: StrictInt | None = Field(None, ge=1)
    temperature: StrictFloat | None = None
    top_p: StrictFloat | None = None
    top_k: StrictInt | None = None
    min_p: StrictFloat | None = None
    repeat_penalty: StrictFloat | None = None
    stop: str | list[str] | None = None
    n: StrictInt | None = 1
    # extensions
    locale: str | None = None  # ja; a browser's tag (ja-JP, zh_TW, JA) is read as its language
    # pt.brazil: the variety replies are written in, whatever the messages show; a
    # locale tag a variety lists (pt-BR) asks for it too.
    variety: str | None = None
    level: str | None = None
    thinking: StrictBool | None = None
    # The end user's name, for a persona's form of address (田中様, Frau Müller).
    user_name: str | None = Field(None, max_length=200)

    def refuse_unsupported(self) -> None:
        extra = self.model_extra or {}
        if self.n not in (None, 1):
            raise FieldError("n: only one choice per request is supported; send n=1", "n")
        for key in ("presence_penalty", "frequency_penalty"):
            if extra.get(key):
                raise FieldError(
                    f"{key}: not supported by this server; use repeat_penalty (an extension)", key
                )
        if extra.get("seed") is not None:
            raise FieldError(
                "seed: per-request seeds are not supported; the server's --seed applies", "seed"
            )
        for key in ("tools", "functions"):
            if extra.get(key):
                raise FieldError(f"{key}: tool calling is not supported by this server", key)
        for key in ("tool_choice", "function_call"):  # "none" and "auto" ask for no tool call
            if extra.get(key) not in (None, "none", "auto"):
                raise FieldError(f"{key}: tool calling is not supported by this server", key)
        for key in ("logprobs", "top_logprobs"):
            if extra.get(key):
                raise FieldError(f"{key}: log-probabilities are not supported by this server", key)
        if extra.get("logit_bias"):
            raise FieldError(
                "logit_bias: token biases are not supported by this server", "logit_bias"
            )
        fmt = extra.get("response_format")
        if fmt is not None and not isinstance(fmt, dict):
            raise FieldError(
                'response_format: must be an object, such as {"type": "text"}', "response_format"
            )
        if isinstance(fmt, dict) and fmt.get("type") not in (None, "text"):
            raise FieldError(
                f"response_format: {fmt.get('type')!r} is not supported; only text replies are",
                "response_format",
            )
        modalities = extra.get("modalities")
        if modalities is not None and modalities != ["text"]:
            raise FieldError(
                'modalities: only ["text"] is supported by this server (no audio)', "modalities"
            )
        if extra.get("audio") is not None:
            raise FieldError("audio: audio replies are not supported by this server", "audio")
        options = self.stream_options.model_dump(exclude_none=True) if self.stream_options else {}
        if options and not self.stream:  # all null is unset, as other SDKs send it
            raise FieldError("stream_options: only allowed when stream is true", "stream_options")

    def stops(self) -> list[str]:
        stops = [self.stop] if isinstance(self.stop, str) else list(self.stop or [])
        if len(stops) > 4:
            raise FieldError("stop: at most 4 stop strings", "stop")
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

    @model_validator(mode="before")
    @classmethod
    def _variety_of_tag(cls, data: Any) -> Any:
        """locale: pt-BR asks for the variety that lists the tag (pt.brazil)."""
        if isinstance(data, dict) and data.get("variety") is None:
            tag = data.get("locale")
            found = locales.variety_for(tag) if isinstance(tag, str) else None
            if found is not None:
                data = {**data, "variety": found}
        return data

    @field_validator("locale")
    @classmethod
    def _language(cls, value: str | None) -> str | None:
        """A language tag's primary subtag, in lower case: ja-JP and JA are ja."""
        return None if value is None else locales.language(value)


def split_messages(messages: list[Message]) -> tuple[str | None, list[dict[str, str]], str]:
    """The system text, the (user, assistant) history, and the message to answer.

    System (and developer) messages may come anywhere. The rest is read the
    way chat apps send it: consecutive messages of one role are one turn
    (joined by a blank line), and assistant messages before the first user
    message are a character's greeting, which, as in the browser UI, is shown
    to the user but not part of the model's context. The last turn must be
    the user's: it is the one answered.
    """
    system: list[str] = []
    history: list[dict[str, str]] = []
    for i, m in enumerate(messages):
        where = f"messages[{i}]"
        if m.role in ("tool", "function"):
            raise FieldError(
                f"{where}: role {m.role!r} is not supported (no tool calling)", f"{where}.role"
            )
        text = m.text(where)
        if m.role in ("system", "developer"):
            system.append(text)
        elif m.role == "assistant" and not history:
            continue  # a greeting before the user's first message
        elif history and history[-1]["role"] == m.role:
            history[-1]["content"] += "\n\n" + text
        else:
            history.append({"role": m.role, "content": text})
    if not history or history[-1]["role"] != "user":
        raise FieldError(
            "messages: the last message must be the user's, to be answered", "messages"
        )
    last = history.pop()["content"]
    return ("\n\n".join(system) or None), history, last
