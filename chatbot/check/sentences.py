"""Where the first sentence of a streaming reply ends."""

from __future__ import annotations

import re

# Sentence enders across our scripts: Latin/Cyrillic . ! ? … ; CJK 。！？; Devanagari ।;
# Thai has no full stop, so a space after Thai text or a line break ends it too.
_END = re.compile(r"(?:[.!?…]+(?=\s|$)|[。．！？!?।]+|\n)")
MIN_CHARS = 4  # "OK." or "Hi!" alone says little about register
MAX_CHARS = 240  # no sentence end by then: judge what there is
# Lines that are layout, not prose: a heading, a table row, a rule, a code fence.
_MARKUP = re.compile(r"^\s*(?:#{1,6}\s|\||[-*_]{3,}\s*$|```|~~~)")


def _prose(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a sentence of prose: not layout, not inside code."""
    if text.count("```", 0, end) % 2 == 1 or text.count("~~~", 0, end) % 2 == 1:
        return False  # inside a code block
    line_start = text.rfind("\n", 0, start + 1) + 1
    return _MARKUP.match(text[line_start:end]) is None and bool(text[start:end].strip())


def first_sentence(text: str, *, final: bool = False) -> str | None:
    """The text up to the end of its first sentence of prose, once complete
    (or the text, when ``final``). Headings, table rows and code come before it
    and are part of what is returned, but never end it: "## วิธีติดตั้ง" is no
    sentence to read a register from."""
    return lead(text, MIN_CHARS, final=final, letters=False)


def lead(text: str, minimum: int, *, final: bool = False, letters: bool = True) -> str | None:
    """The shortest prefix ending at the end of a prose sentence with at least
    ``minimum`` letters (or characters) of prose; None until there is one."""
    count, start = 0, 0
    for match in _END.finditer(text):
        if _prose(text, start, match.start()):
            piece = text[start : match.end()]
            count += sum(c.isalpha() for c in piece) if letters else len(piece.strip())
            if count >= minimum:
                return text[: match.end()]
        start = match.end()
    if final or len(text) >= MAX_CHARS:
        return text if text.strip() else None
    return None
