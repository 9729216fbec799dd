"""Cheap checks on a GGUF file before llama.cpp maps it."""

from __future__ import annotations

import struct
from pathlib import Path

from chatbot.errors import ModelLoadError, ModelUnavailableError

MAGIC = b"GGUF"


def check(path: Path) -> None:
    """Raise a clear error for a missing, empty, or non-GGUF file."""
    if not path.exists():
        raise ModelUnavailableError(
            f"model file not found: {path}. Pass --model with the path of a .gguf file, "
            "or a preset name (see `chatbot models list`)."
        )
    if not path.is_file():
        raise ModelLoadError(f"{path} is not a file; --model needs the path of a .gguf file")
    size = path.stat().st_size
    with path.open("rb") as fh:
        head = fh.read(24)
    if len(head) < 24 or head[:4] != MAGIC:
        raise ModelLoadError(
            f"{path} is not a GGUF model (it does not start with the GGUF magic; {size} bytes). "
            "Download a .gguf file, e.g. `chatbot models pull small`."
        )
    (version,) = struct.unpack("<I", head[4:8])
    if version not in (2, 3):
        raise ModelLoadError(f"{path}: GGUF version {version} is not supported (need 2 or 3)")
