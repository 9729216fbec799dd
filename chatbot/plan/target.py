"""The target of one reply for a persona: its locale, register level and variety.

The user's language picks the locale when the persona speaks it (else the
persona's first locale); a short message is read among the persona's
languages, so "Hola, ¿qué tal?" is Spanish to a persona that speaks Spanish;
a choice made in the UI or the request overrides both. The level is the
persona's policy for that locale (or a chosen level it allows), applied to the
register of the user's message when it is in the reply's language. Where the
locale writes a variety of its language (Brazilian Portuguese in ``pt``), the
one the user writes, or an earlier message wrote, is the reply's, and the
message is read as it. A level the user asked for (Sie können mich duzen,
タメ口でいいよ: plan/requests.py), in this message or an earlier one, is
mirrored instead of the message's own.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from chatbot import locales
from chatbot.detect.language import detect
from chatbot.detect.material import Own, own_words
from chatbot.detect.register import Reading, analyze, variety_of
from chatbot.locales.schema import LocaleSpec
from chatbot.persona.schema import Persona
from chatbot.plan.policy import Plan, RegisterPolicy, plan
from chatbot.plan.requests import asked_in


def allowed_levels(persona: Persona, code: str) -> list[str]:
    """The levels ``persona``'s policy may give in locale ``code``, least formal first."""
    spec = locales.get(code)
    assert spec is not None  # persona files are checked against the locales at load time
    return persona.locales[code].policy.allowed(spec)


EARLIER = 50  # earlier user messages, latest first, that may still show the variety they write


def target_for(
    persona: Persona,
    text: str,
    locale: str | None = None,
    level: str | None = None,
    earlier: Sequence[str] = (),
    variety: str | None = None,
    default_variety: str | None = None,
) -> tuple[Plan, str | None]:
    """The plan for the reply to ``text``, and the language detected in it.

    ``earlier``: the user's earlier messages, oldest first. The latest of them in
    the reply's language that shows a variety (Oi, tudo bem?) says the variety of
    a message that shows none; one that shows another (Podes dizer-me?) ends it.
    ``variety`` (an API request's pt-BR) holds whatever the messages show;
    ``default_variety`` (a browser's pt-BR) holds where none shows one.

    A text the message pastes to be translated or summarized (:mod:`chatbot.detect.material`)
    is someone else's: the request around it says the language, and its register
    where it shows one by whom it addresses."""
    own = own_words(text)
    detected = detect(own.text if own is not None else text, among=persona.locales).locale
    if own is not None and detected not in persona.locales:
        # A request of a few words may read as no language we speak ("vertaal dit
        # ff", Afrikaans to langdetect): then the whole message says.
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
    reading = _read(text, own, code) if detected == code else None
    if spec.variety(variety) is None:
        variety = _shown(persona, spec, reading, earlier) or default_variety
    variety = variety if spec.variety(variety) is not None else None
    if variety is not None and reading is not None and reading.variety != variety:
        reading = _read(text, own, code, variety)  # its você is Brazil's too
    # A level the user asked for (Sie können mich duzen), now or earlier, holds.
    return plan(policy, spec, reading, variety, asked_in(text, earlier, spec, EARLIER)), detected


def _read(text: str, own: Own | None, code: str, variety: str | None = None) -> Reading:
    """The user's register: of their own words where they paste a text (``own``,
    the rest blanked out), else of the whole message. Where the message's shape
    sets the text apart (``own.firm``), a request that shows no level
    ("Translate:") is read as showing none, and is not mirrored: the pasted
    text's register is someone else's. A request line that shares its paragraph
    with the rest counts only where it shows a level."""
    if own is not None:
        reading = analyze(own.text, code, variety)
        if own.firm or reading.marked:
            return reading
    return analyze(text, code, variety)


def _shown(
    persona: Persona, spec: LocaleSpec, reading: Reading | None, earlier: Sequence[str]
) -> str | None:
    """The variety the user's latest message in the locale's language that shows one
    shows (pt.brazil, or pt.europe, which the locale writes no texts for), or None."""
    if not spec.varieties:
        return None
    if reading is not None and reading.variety is not None:
        return reading.variety
    among = tuple(sorted(persona.locales))
    for before in reversed(earlier[-EARLIER:]):
        if _language(before[:4000], among) == spec.code:  # all detect() reads
            found = variety_of(before, spec.code)
            if found is not None:
                return found
    return None


@functools.lru_cache(maxsize=512)
def _language(text: str, among: tuple[str, ...]) -> str | None:
    """The language of an earlier message (cached: a chat resends its history)."""
    return detect(text, among=among).locale
