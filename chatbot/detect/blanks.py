"""Set parts of a text aside by blanking them, so that offsets still hold.

What a message carries but does not say (code, a quoted mail, role-play
narration, pasted material) is replaced by spaces, line breaks kept: a
reading of what is left points into the text as the user wrote it.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["aside", "blanked"]

Span = tuple[int, int]


def blanked(text: str, spans: Iterable[Span]) -> str:
    """``text`` with each (start, end) span replaced by spaces, line breaks kept."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = [c if c == "\n" else " " for c in text[start:end]]
    return "".join(chars)


def aside(text: str, spans: Iterable[Span]) -> str:
    """``text`` with the spans blanked, or ``text`` itself when no letter would be
    left: a message that is all code, or all quotation, is read as it is."""
    rest = blanked(text, spans)
    return rest if any(ch.isalpha() for ch in rest) else text
