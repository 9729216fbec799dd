"""What the pipeline needs of a model, wherever it runs.

Two runtimes meet these protocols: :class:`~chatbot.generate.engine.Engine`
(llama.cpp in this process) and :class:`~chatbot.generate.remote.RemoteEngine`
(an OpenAI-compatible server: llama-server, vLLM, Ollama). The register
guard, the personas, the UI and the API see only these.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Sequence
from typing import Any, Protocol

from chatbot.config import Sampling
from chatbot.generate.conversation import Conversation
from chatbot.generate.engine import ModelInfo
from chatbot.generate.queue import FairLock
from chatbot.stream.events import Event


class Chat(Protocol):
    """One conversation, streamed a turn at a time (see ``ChatSession``)."""

    conversation: Conversation
    thinking: bool
    last_tokens: tuple[int, int]

    @property
    def supports_thinking(self) -> bool: ...

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
    ) -> Generator[Event, None, None]: ...

    def stop(self) -> None: ...

    def stopped(self) -> bool: ...

    def keep(self) -> None: ...

    def release(self) -> None: ...

    def rollback(self) -> None: ...

    def reset(self) -> None: ...

    def history(self) -> list[dict[str, str]]: ...

    def restore(self, messages: list[dict[str, str]]) -> None: ...


class Runtime(Protocol):
    """A model to chat with."""

    info: ModelInfo
    lock: FairLock

    @property
    def supports_thinking(self) -> bool: ...

    def health(self) -> str | None:
        """None while the model can answer; else why not (for ``GET /health``)."""
        ...

    def chat(
        self, system: str | None = None, *, sampling: Sampling | None = None, thinking: bool = False
    ) -> Chat: ...
