"""The target of one reply for a persona: its locale and register level.

The user's language picks the locale when the persona speaks it (else the
persona's first locale), and the variety of it they write (Brazilian
Portuguese), where the locale has texts for one, how the reply is written; a short message is read among the persona's
languages, so "Hola, ¿qué tal?" is Spanish to a persona that speaks Spanish; a choice made in the UI or the request overrides
both. The level is the persona's policy for that locale (or a chosen level it
allows), applied to the register of the user's message when it is in the
reply's language.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from chatbot import locales
from chatbot.detect.language import detect
from chatbot.detect.register import Reading, analyze
from chatbot.persona.schema import Persona
from chatbot.plan.policy import Plan, RegisterPolicy, plan


def allowed_levels(persona: Persona, code: str) -> list[str]:
    """The levels ``persona``'s policy may give in locale ``code``, least formal first."""
    spec = locales.get(code)
    assert spec is not None  # persona files are checked against the locales at load time
    return persona.locales[code].policy.allowed(spec)


EARLIER = 8  # earlier user messages that may still show the variety they write


def target_for(
    persona: Persona,
    text: str,
    locale: str | None = None,
    level: str | None = None,
    earlier: Sequence[str] = (),
) -> tuple[Plan, str | None]:
    """The plan for the reply to ``text``, and the language detected in it.

    ``earlier``: the user's earlier messages, oldest first: a variety they showed
    there ("Oi, tudo bem?") still holds for a message that shows none."""
    detected = detect(text, among=persona.locales).locale
    if locale is not None and locale in persona.locales:
        code = locale
    elif detected is not None and detected in persona.locales:
        code = detected
    else:
        code = persona.primary_locale
    spec = locales.get(code)
    assert spec is not None  # persona files are checked against the locales at load time
    policy = persona.locales[code].policy
    if level is not None and level in allowed_levels(persona, code):
        policy = RegisterPolicy(level=level)
    reading = analyze(text, code) if detected == code else None
    return dataclasses.replace(
        plan(policy, spec, reading), variety=_variety(spec, reading, code, earlier)
    ), detected


def _variety(
    spec: locales.LocaleSpec, reading: Reading | None, code: str, earlier: Sequence[str]
) -> str | None:
    """The variety of the locale's language the user writes, if the locale writes it."""
    if not spec.varieties:
        return None
    found = reading.variety if reading is not None else None
    for before in reversed(earlier[-EARLIER:]):
        if found is not None:
            break
        found = analyze(before, code).variety
    return found if spec.variety(found) is not None else None
