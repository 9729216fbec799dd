"""Quotations inside a text: words someone else said, not the speaker's register.

A user who writes "the waiter asked «Vous désirez autre chose ?» and I said
no, t'imagines ?" speaks tu; the vous is the waiter's. The analyzers read the
speaker's own words and fall back to the quotations only when nothing outside
them says anything (a text that is all quotation).

Only quotations closed on the same line count. Straight single quotes pair up
only where the language has no apostrophe (Korean), since in French or Italian
'…' is more often two elisions (l'ordine … c'è) than a quotation. Japanese
reads its own brackets and parentheses (``ja_morph.quoted_spans``).
"""

from __future__ import annotations

import bisect
import re

__all__ = ["Quotations"]

# A quotation is at most MAX_QUOTE characters: the bound keeps the scan linear
# when a text opens many quotes and closes none (it stays near 20 ms for the
# 8,000 characters an analyzer reads), and a longer run is the text itself.
MAX_QUOTE = 400
_BODY = f"{{1,{MAX_QUOTE}}}"
_PAIRS = "|".join(
    f"{a}[^{b}\n]{_BODY}{b}" if len(b) == 1 else f"{a}[^{b}\n]{_BODY}[{b}]"
    for a, b in (
        ("«", "»"),
        ("„", "“”"),
        ("“", "”"),
        ('"', '"'),
        ("‘", "’"),
        ("「", "」"),
        ("『", "』"),
    )
)
_DOUBLE = re.compile(_PAIRS)
_WITH_SINGLE = re.compile(_PAIRS + f"|'[^'\n]{_BODY}'")


class Quotations:
    """The quoted spans of a text; ``pos in quotations`` tests one offset."""

    def __init__(self, text: str, *, single_quotes: bool = False) -> None:
        regex = _WITH_SINGLE if single_quotes else _DOUBLE
        self._spans = [m.span() for m in regex.finditer(text)]  # sorted, disjoint
        self._starts = [a for a, _ in self._spans]

    def __bool__(self) -> bool:
        return bool(self._spans)

    def __contains__(self, pos: int) -> bool:
        k = bisect.bisect_right(self._starts, pos) - 1
        return k >= 0 and pos < self._spans[k][1]
