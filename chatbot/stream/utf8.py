"""Whole characters out of a byte stream that may break anywhere.

A token can end in the middle of a multi-byte character, and a random-weight
model emits byte sequences that are not UTF-8 at all. The decoder holds back an
incomplete tail until the next bytes complete it, and turns bytes that can never
become a character into U+FFFD, so every string it yields is whole.
"""

from __future__ import annotations

import codecs


class Utf8Stream:
    def __init__(self) -> None:
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")

    def feed(self, data: bytes) -> str:
        """The characters completed by ``data`` (possibly ``""``)."""
        return self._decoder.decode(data)

    def flush(self) -> str:
        """End of stream: a dangling partial character becomes U+FFFD."""
        return self._decoder.decode(b"", final=True)
