"""List items: lines opened by a bullet or a number.

Some languages write list items in a plain form at every level: Japanese
箇条書き (- 設定を開く, 1. 卵を割る) and Korean 개조식 (- 설정 앱을 연다). Their
analyzers read a plain ending there as no sign of the level; which endings
is locale data (ja ``list_plain``, ko ``in_lists: false``).
"""

from __future__ import annotations

import bisect
import re

__all__ = ["ListItems"]

# A bullet is one mark: a doubled one is something else, a name left out
# (○○市, ●●様), Markdown bold (**注意**) or a rule (---).
_ITEM = re.compile(r"^[ \t　]*(?:([-*+•・●○■□◆※])(?!\1)|\d{1,3}[.)）．])[ \t　]*\S", re.MULTILINE)


class ListItems:
    """The list-item lines of a text; ``pos in items`` tests one offset."""

    def __init__(self, text: str) -> None:
        self._spans: list[tuple[int, int]] = []
        for m in _ITEM.finditer(text):
            end = text.find("\n", m.start())
            self._spans.append((m.start(), len(text) if end < 0 else end))
        self._starts = [a for a, _ in self._spans]

    def __bool__(self) -> bool:
        return bool(self._spans)

    def __contains__(self, pos: int) -> bool:
        k = bisect.bisect_right(self._starts, pos) - 1
        return k >= 0 and pos < self._spans[k][1]
