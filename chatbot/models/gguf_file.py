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


def trained_context(path: Path) -> int | None:
    """The context length the model was trained with (``<arch>.context_length``), read
    from the GGUF's header; None where the file does not say or cannot be read."""
    try:
        from gguf import GGUFReader

        reader = GGUFReader(path)
        arch_field = reader.fields.get("general.architecture")
        if arch_field is None:
            return None
        arch = bytes(arch_field.parts[-1]).decode()
        field = reader.fields.get(f"{arch}.context_length")
        return int(field.parts[-1][0]) if field is not None else None
    except Exception:  # a header llama.cpp will judge itself, with its own message
        return None


def intact(path: Path) -> bool:
    """Whether a GGUF reads whole: its header, and every tensor's data within the file
    (a download cut short, a file truncated by a full disk, is not)."""
    try:
        from gguf import GGUFReader

        reader = GGUFReader(path)
        last = reader.tensors[-1] if reader.tensors else None
        return last is None or last.data_offset + last.n_bytes <= path.stat().st_size
    except Exception:  # any way the file fails to read
        return False
