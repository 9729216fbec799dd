"""The errors a user sees.

Every error raised on purpose is a ``ChatbotError``: its message says what is
wrong and how to fix it, and the CLI, UI and API show it as one line instead of
a traceback. Sub-classes exist only where a caller handles them differently.
"""


class ChatbotError(Exception):
    """An error meant to be shown to the user as it is."""


class ConfigError(ChatbotError):
    """A setting, config file or data file is invalid."""


class ModelUnavailableError(ChatbotError):
    """No GGUF can be had: not on disk, not in the cache, hub unreachable."""


class ModelNotFoundError(ChatbotError):
    """The Hub answered, and has no such model (a typo, a gated repo, no file matching),
    or the cache cannot take it: no fallback to the demo model hides that."""


class ModelLoadError(ChatbotError):
    """A GGUF exists but llama.cpp cannot load it (corrupt, truncated, wrong arch)."""


class InputError(ChatbotError):
    """A message the pipeline refuses: empty, or longer than the context allows."""


class ContextError(InputError):
    """The message, with the system prompt and room for a reply, exceeds the context."""

    code = "context_length_exceeded"  # OpenAI's code for it, which clients check


class BusyError(ChatbotError):
    """The queue is full; try again later. ``waiting``: the requests already in line."""

    def __init__(self, message: str, waiting: int = 0) -> None:
        super().__init__(message)
        self.waiting = waiting


class EngineError(ChatbotError):
    """A remote engine cannot be reached, refuses the request, or fails mid-reply."""
