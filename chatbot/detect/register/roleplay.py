"""Role-play text: narration in asterisks, the character's speech in quotes.

Character cards (SillyTavern, TavernAI, Chub) have a character answer as

    Aiko: *bows and sets down the tea* "Welcome back, my lady."

The narration between asterisks (or underscores) tells, in the third person,
what the character does; it addresses no one, and its plain written style
(Korean 숙인다, Thai without ครับ, Spanish "el libro de cuentas") would be read
as the speaker's register. The speech is what the character says to the
user, so its register is the text's. ``speech_of`` blanks the narration and
the speaker's label and, where nothing but the quoted speech is left, the
quotation marks too, so that the speech reads as the speaker's own words.

A span counts as narration where the text is role-play: it opens with one
(a reply streaming "*bows…" counts before its closing asterisk arrives), or
quoted speech stands outside the spans. Otherwise asterisks are Markdown
emphasis (Click *Save*, *Bitte beachten Sie:* opening a line, as a label
does) and the words are read as they are. Bold (**Save**) is never narration. Blanking keeps the length, so
evidence spans still index the caller's text.
"""

from __future__ import annotations

import re

from chatbot.detect.blanks import blanked

__all__ = ["speech_of"]

# *action* or _action_: one line, not ** or __, no space just inside the marks.
_ACTION = re.compile(
    r"(?<![*\w])\*(?![*\s])[^*\n]{0,400}?(?<!\s)\*(?![*\w])"
    r"|(?<![_\w])_(?![_\s])[^_\n]{0,400}?(?<!\s)_(?![_\w])"
)
# A narration still open at the end of the text (a reply streaming in).
_OPEN_ACTION = re.compile(r"(?<![*\w])[*_](?![*_\s])[^*_\n]*$")
# The speaker's label opening a line before narration or speech (Aiko:, 점원 하나:).
_LABEL = re.compile(
    r"(?m)^[ \t]*[^\s:：*_\"“„«「『][^:：\n*_\"“„«「『]{0,30}[:：][ \t]*(?=[*_\"“„«「『])"
)
# What may stand before a narration that opens the text: space, a label.
_LEAD = re.compile(r"\s*(?:[^\s:：*_\"“„«「『][^:：\n*_\"“„«「『]{0,30}[:：])?[ \t]*")
_OPENERS = '"“„«「『'
_MARKS = '"“”„«»「」『』'


def speech_of(text: str) -> str:
    """``text`` with role-play narration and labels blanked (see the module docstring)."""
    if "*" not in text and "_" not in text:
        return text
    actions = [m.span() for m in _ACTION.finditer(text)]
    tail = _OPEN_ACTION.search(text)
    if tail is not None and not any(a <= tail.start() < b for a, b in actions):
        actions.append(tail.span())
    if not actions:
        return text
    rest = blanked(text, actions)
    first = min(actions)
    # Narration opening the text; not an emphasised label (*Bitte beachten Sie:*).
    opens = _LEAD.fullmatch(text[: first[0]]) is not None and not text[: first[1]].endswith(
        (":*", ":_", "：*", "：_")
    )
    if not (opens or any(ch in rest for ch in _OPENERS)):
        return text  # Markdown emphasis, not role-play
    rest = blanked(rest, (m.span() for m in _LABEL.finditer(rest)))
    outside = "".join(" " if ch in _MARKS else ch for ch in rest)
    if any(ch in rest for ch in _OPENERS) and not _own_words(rest):
        return outside  # only the quoted speech is left: it is the speaker's own
    return rest


def _own_words(text: str) -> bool:
    """Whether a letter stands outside the quotation marks of ``text``."""
    depth = 0
    for ch in text:
        if ch in "“„«「『":
            depth += 1
        elif ch in "”»」』":
            depth = max(0, depth - 1)
        elif ch == '"':
            depth = 0 if depth else 1
        elif depth == 0 and ch.isalpha():
            return True
    return False
