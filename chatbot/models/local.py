"""Where this project keeps what it generates: synthetic models (never committed)."""

from __future__ import annotations

import os
from pathlib import Path

from chatbot.errors import ConfigError
from chatbot.models import gguf_file
from chatbot.models.synthesize import Quant, SynthesizeWriteError, synthesize


def cache_dir() -> Path:
    explicit = os.environ.get("CHATBOT_CACHE")
    base = (
        Path(explicit)
        if explicit
        else Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "chatbot"
    )
    return base.expanduser()


def synthetic(shape: str = "tiny", quant: Quant = "q8_0", template: str = "qwen2.5") -> Path:
    """The cached synthetic model of this kind, built on first use."""
    path = cache_dir() / "models" / f"synthetic-{shape}-{template}-{quant}.gguf"
    if path.exists() and not gguf_file.intact(path):
        path.unlink()  # truncated or overwritten: it is ours, so it is built again
    if not path.exists():
        try:
            synthesize(shape, path, quant=quant, template=template)
        except SynthesizeWriteError as exc:
            raise ConfigError(
                f"cannot write the synthetic model to the cache {path.parent} ({exc.reason}). "
                "Set CHATBOT_CACHE to a writable folder."
            ) from exc
    return path
