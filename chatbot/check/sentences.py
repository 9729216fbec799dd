"""Where the first sentence of a streaming reply ends."""

from __future__ import annotations

import re

# Sentence enders across our scripts: Latin/Cyrillic . ! ? … ; CJK 。！？; Devanagari ।;
# Thai has no full stop, so a space after Thai text or a line break ends it too.
_END = re.compile(r"(?:[.!?…]+(?=\s|$)|[。．！？!?।]+|\n)")
MIN_CHARS = 4  # "OK." or "Hi!" alone says little about register
MAX_CHARS = 240  # no sentence end by then: judge what there is


def first_sentence(text: str, *, final: bool = False) -> str | None:
    """The first sentence once it is complete (or the text, when ``final``)."""
    for match in _END.finditer(text):
        head = text[: match.end()]
        if len(head.strip()) >= MIN_CHARS:
            return head
    if final or len(text) >= MAX_CHARS:
        return text if text.strip() else None
    return None
