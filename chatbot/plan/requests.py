"""The level a user asks to be spoken to at: "Sie können mich gerne duzen".

A German who offers du, a Japanese customer who says タメ口でいいよ, a Russian
who says давай на ты: each asks the bot to change its register from now on,
and keeps writing as before while it does (the offer of du is itself made in
Sie). Mirroring the message would miss it, so the planner holds the request
instead: the latest one in the conversation, this message's or an earlier
one's, within what the persona allows.

Each locale lists its requests as data (``requests`` in its file; see
``chatbot.locales.schema.Request``): a level and a pattern. Negation belongs
to the other level (Bitte duzen Sie mich nicht asks for Sie), so a message
matching both asks for the level of the match that starts last.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from chatbot.detect.register import clean, said
from chatbot.detect.register.markers import per_spec
from chatbot.detect.register.rules_schema import expand
from chatbot.locales.schema import LocaleSpec

__all__ = ["Asked", "asked", "asked_in"]


@dataclass(frozen=True)
class Asked:
    """A request for a level: which, its words, and the rule that read them."""

    level: str
    surface: str
    request: str  # the request's id, de.request.du


@per_spec
def _compiled(spec: LocaleSpec) -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    return tuple(
        (r.id, r.level, re.compile(expand(r.pattern), 0 if r.case_sensitive else re.IGNORECASE))
        for r in spec.requests
    )


def asked(text: str, spec: LocaleSpec) -> Asked | None:
    """The level ``text`` asks to be spoken to at, in its writer's own words (not
    code it carries or a message it quotes), or None."""
    if not spec.requests:
        return None
    own = said(clean(text[:4000]))
    found: tuple[int, Asked] | None = None
    for rule_id, level, regex in _compiled(spec):
        for m in regex.finditer(own):
            if found is None or m.start() > found[0]:
                found = (m.start(), Asked(level, m.group(0), rule_id))
    return found[1] if found is not None else None


def asked_in(text: str, earlier: Sequence[str], spec: LocaleSpec, last: int = 50) -> Asked | None:
    """The latest request for a level: in ``text``, else in the ``last`` of the
    ``earlier`` messages (oldest first), latest first."""
    for message in (text, *reversed(earlier[-last:])):
        found = asked(message, spec)
        if found is not None:
            return found
    return None
