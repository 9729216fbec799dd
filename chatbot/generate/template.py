"""The model's chat template, rendered in a sandbox.

Qwen GGUFs carry their Jinja chat template in ``tokenizer.chat_template``; a
model without one gets ChatML, the format every Qwen model speaks.

A conversation is kept as the tokens llama.cpp actually evaluated, so a new
turn only needs the *text between* what is already there and the next
generation prompt. ``user_turn`` renders that delta from a neutral stand-in
history instead of the real one: Qwen3's template rewrites earlier assistant
turns (it drops their ``<think>`` blocks), and re-rendering the real history
would change tokens that are already in the KV cache and force a full
re-evaluation of the conversation.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import datetime

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment

from chatbot.errors import ModelLoadError

CHATML = (
    "{%- for message in messages %}"
    "{{- '<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>\\n' }}"
    "{%- endfor %}"
    "{%- if add_generation_prompt %}{{- '<|im_start|>assistant\\n' }}{%- endif %}"
)

Message = dict[str, str]

# Stand-ins for rendering deltas; distinctive so they cannot occur in template text.
_SYS, _USER, _ASSISTANT = "\x02sys\x03", "\x02user\x03", "\x02assistant\x03"


def _raise(message: str) -> None:
    raise jinja2.TemplateError(message)


@dataclass(frozen=True)
class ChatTemplate:
    source: str
    from_model: bool
    bos_token: str = ""
    eos_token: str = ""

    @classmethod
    def from_metadata(cls, metadata: dict[str, str], bos: str, eos: str) -> ChatTemplate:
        text = metadata.get("tokenizer.chat_template")
        return cls(source=text or CHATML, from_model=bool(text), bos_token=bos, eos_token=eos)

    @property
    def supports_thinking(self) -> bool:
        """Qwen3 hybrid templates take ``enable_thinking``."""
        return "enable_thinking" in self.source

    @functools.cached_property
    def _compiled(self) -> jinja2.Template:
        """Compiled once per model: a Qwen3 template takes milliseconds to compile."""
        env = ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True)
        del env.globals["lipsum"]  # unbounded random text: no chat template needs it
        env.globals["raise_exception"] = _raise
        env.globals["strftime_now"] = lambda fmt: datetime.now().strftime(fmt)
        try:
            return env.from_string(self.source)
        except jinja2.TemplateError as exc:
            where = "the model's chat template" if self.from_model else "the ChatML template"
            raise ModelLoadError(f"cannot compile {where}: {exc}") from exc

    def render(
        self, messages: list[Message], *, add_generation_prompt: bool, thinking: bool = False
    ) -> str:
        template = self._compiled
        try:
            return template.render(
                messages=messages,
                add_generation_prompt=add_generation_prompt,
                enable_thinking=thinking,
                bos_token=self.bos_token,
                eos_token=self.eos_token,
            )
        except jinja2.TemplateError as exc:
            where = "the model's chat template" if self.from_model else "the ChatML template"
            raise ModelLoadError(f"cannot render {where}: {exc}") from exc

    def first_turn(self, system: str | None, user: str, *, thinking: bool) -> str:
        messages: list[Message] = [{"role": "system", "content": system}] if system else []
        messages.append({"role": "user", "content": user})
        return self.render(messages, add_generation_prompt=True, thinking=thinking)

    def _stand_in(self, *, thinking: bool, then_user: str | None = None) -> str:
        """Render a stand-in history; return the text after the assistant reply's content."""
        messages: list[Message] = [
            {"role": "system", "content": _SYS},
            {"role": "user", "content": _USER},
            {"role": "assistant", "content": _ASSISTANT},
        ]
        if then_user is not None:
            messages.append({"role": "user", "content": then_user})
        rendered = self.render(
            messages, add_generation_prompt=then_user is not None, thinking=thinking
        )
        # The first: a user's text after it may hold the stand-in too (typed or pasted).
        at = rendered.find(_ASSISTANT)
        if at < 0:
            raise ModelLoadError("the chat template drops assistant replies from the history")
        return rendered[at + len(_ASSISTANT) :]

    def reply_end(self) -> str:
        """What the template writes after an assistant reply's content (``<|im_end|>\\n``)."""
        return self._stand_in(thinking=False)

    def user_turn(self, user: str, *, thinking: bool) -> str:
        """Text that follows a reply's end: the user's turn and the next generation prompt."""
        end = self.reply_end()
        tail = self._stand_in(thinking=thinking, then_user=user)
        if not tail.startswith(end):
            raise ModelLoadError(
                "the chat template closes an assistant reply differently once a turn follows it; "
                "multi-turn chat needs the reply's end to stay the same"
            )
        return tail[len(end) :]
