"""The target of one reply for a persona: its locale and register level.

The user's language picks the locale when the persona speaks it (else the
persona's first locale); a short message is read among the persona's
languages, so "Hola, ¿qué tal?" is Spanish to a persona that speaks Spanish; a choice made in the UI or the request overrides
both. The level is the persona's policy for that locale (or a chosen level it
allows), applied to the register of the user's message when it is in the
reply's language.
"""

from __future__ import annotations

from chatbot import locales
from chatbot.detect.language import detect
from chatbot.detect.register import analyze
from chatbot.persona.schema import Persona
from chatbot.plan.policy import Plan, RegisterPolicy, plan


def allowed_levels(persona: Persona, code: str) -> list[str]:
    """The levels ``persona``'s policy may give in locale ``code``, least formal first."""
    spec = locales.get(code)
    assert spec is not None  # persona files are checked against the locales at load time
    return persona.locales[code].policy.allowed(spec)


def target_for(
    persona: Persona, text: str, locale: str | None = None, level: str | None = None
) -> tuple[Plan, str | None]:
    """The plan for the reply to ``text``, and the language detected in it."""
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
    return plan(policy, spec, reading), detected
