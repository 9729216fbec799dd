"""A reply that quotes the message it answers: the writer's words, not the quote's.

E-mail clients, forums and chat apps carry the message being answered along
with the answer, in the other register as often as not: a casual "hast du die
Zahlen?" above a manager's "bitte senden Sie mir…", a support agent's polite
answer under a customer's "lol". ``own_part`` blanks what is quoted, keeping
every offset, so a reading of the rest points into the text as written:

- lines opening with ``>`` (nested ``>>`` too) or a chat app's reply arrow ``↪``;
- a forum's ``[quote]…[/quote]``;
- a line that opens with a locale's quotation intro and a colon
  (``detect.quote_intros``: Quote from jenny_k: …, Zitat von …), or that ends
  with one and a colon (On Mon, 3 Mar 2025, Jake <jake@…> wrote:), or with
  a sender's address and a colon (2025年3月3日 田中 <tanaka@…>:);
- from a separator line (-----Original Message-----) or a mail header
  block (``detect.mail_headers``: From:, Von:, 差出人: with two more
  "field: value" lines after it) to the end: the forwarded or answered
  message, which mail clients put below the answer.

A text that is all quotation is left whole: then the quotation is all there is
to read (as for quotation marks, see quotes.py).
"""

from __future__ import annotations

import functools
import re

from chatbot import locales
from chatbot.detect.blanks import aside

__all__ = ["own_part"]

_QUOTED_LINE = re.compile(r"(?m)^[ \t]*[>＞↪].*$")
_BBCODE = re.compile(r"(?is)\[quote(?:[= ][^\]\n]{0,80})?\].*?\[/quote\]")
# -----Original Message-----, ---------- Forwarded message ---------: five dashes
# or more each side, so a writer's own "--- Frage 2 ---" divides nothing.
_SEPARATOR = re.compile(r"(?m)^[ \t]*-{5,}[ \t]*[^\s-][^\n]{0,60}?[ \t]*-{5,}[ \t]*$")
_FIELD = r"[^\s:：>][^:：\n]{0,30}[:：][ \t]*\S[^\n]*"  # To: Team Vertrieb
_FIELDS_AFTER = re.compile(rf"(?:\n[ \t]*{_FIELD}){{2,}}")
_ENDS_WITH_COLON = re.compile(r"[:：][ \t]*$")
_SENDER = re.compile(r"<[^<>\s]+@[^<>\s]+>\s*$")  # a name's address closing an attribution


@functools.cache
def _words(field: str) -> tuple[str, ...]:
    """Every installed locale's ``detect.<field>``, longest first, in small letters."""
    found = {
        w.lower()
        for code in locales.available()
        if (spec := locales.get(code)) is not None
        for w in getattr(spec.detect, field)
    }
    return tuple(sorted(found, key=len, reverse=True))


def _intro(line: str) -> bool:
    """Whether ``line`` introduces a quotation: it opens with an intro and holds a
    colon (Quote from jenny_k: …), or ends with one and a colon (… Jake wrote:)."""
    low = line.strip().lower()
    if not low:
        return False
    intros = _words("quote_intros")
    if any(low.startswith(w) and (":" in low or "：" in low) for w in intros):
        return True
    if _ENDS_WITH_COLON.search(low):
        head = _ENDS_WITH_COLON.sub("", low).rstrip()
        # … Jake wrote:, or a client that writes no word: 2025年3月3日 田中 <t@x.jp>:
        return any(head.endswith(w) for w in intros) or _SENDER.search(head) is not None
    return False


def _header(text: str, start: int, line: str) -> bool:
    """Whether ``line`` (at ``start``) opens a mail header block: a sender field
    (From: …, De : …) and two more field lines after it."""
    key, colon, value = line.strip().replace("：", ":").partition(":")
    if not colon or not value.strip() or key.strip().lower() not in _words("mail_headers"):
        return False
    return _FIELDS_AFTER.match(text, start + len(line)) is not None


def own_part(text: str) -> str:
    """``text`` with the message it quotes blanked (see the module docstring)."""
    if not any(ch in text for ch in ">＞↪[-:：") or ("\n" not in text and "[" not in text):
        return text
    spans = [m.span() for pattern in (_BBCODE, _QUOTED_LINE) for m in pattern.finditer(text)]
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if _SEPARATOR.fullmatch(line) or _header(text, pos, line):
            spans.append((pos, len(text)))
            break
        if _intro(line):
            spans.append((pos, end))
        pos = end + 1
    return aside(text, spans)  # a text all quotation is read from the quotation
