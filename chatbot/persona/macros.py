"""Character-card macros: ``{{char}}`` and ``{{user}}`` in a persona's texts.

Cards write them (any case) for the character's name and the user's. The
persona keeps them, so an export still carries them; they are filled where a
text is used: in the prompt, and in the greeting shown to the user.
"""

from __future__ import annotations

import re

from chatbot.persona.schema import Persona

MACRO = re.compile(r"\{\{\s*(char|user)\s*\}\}", re.IGNORECASE)
# ``{{user}}`` in a greeting when no name is known, with the separators around
# it and a name suffix that only makes sense after a name (さん, 님).
_SUFFIX = r"(?:さん|さま|様|くん|君|ちゃん|殿|님|씨)?"
_SPACE = "[ \t\u00a0\u202f]"  # French writes a (narrow) no-break space before ! and ?
_LONE_USER = re.compile(
    rf"(?P<before>{_SPACE}*[,、，]?{_SPACE}*)\{{\{{\s*user\s*\}}\}}{_SUFFIX}"
    rf"(?P<after>{_SPACE}*[,、，]?{_SPACE}*)",
    re.IGNORECASE,
)
# Spanish opens what it closes: "¡{{user}}! Bienvenido" goes whole.
_WRAPPED_USER = re.compile(
    rf"[¡¿]{_SPACE}*\{{\{{\s*user\s*\}}\}}{_SUFFIX}{_SPACE}*[!?]+{_SPACE}*", re.IGNORECASE
)
_CLOSERS = "!?.:;！？。…"


def fill_macros(text: str, char: str, user: str | None = None) -> str:
    """The card macros ``{{char}}`` and ``{{user}}`` (any case, as card apps write
    them) in ``text``, filled with the persona's name and the user's, else "the user".

    This is the prompt's reading: the model is told about "the user". A text
    shown to the user goes through :func:`shown_greeting` instead.
    """
    you = user or "the user"
    return MACRO.sub(lambda m: char if m.group(1).lower() == "char" else you, text)


def _drop_user(text: str) -> str:
    """``text`` without ``{{user}}``, the sentence mended around the gap."""
    text = _WRAPPED_USER.sub("", text)
    out: list[str] = []
    pos = 0
    for m in _LONE_USER.finditer(text):
        before, after, rest = m.group("before"), m.group("after"), text[m.end() :]
        out.append(text[pos : m.start()])
        pos = m.end()
        if m.start() == 0 or text[m.start() - 1] == "\n":
            # "{{user}}, welcome!" / "{{user}}! Welcome!" -> "Welcome!": the
            # sentence starts at the next word.
            skip = len(rest) - len(rest.lstrip(_CLOSERS + " \t\n")) if rest[:1] in _CLOSERS else 0
            pos += skip
            rest = rest[skip:]
            if rest[:1].islower():
                out.append(rest[0].upper())
                pos += 1
        elif not rest or rest[0] in "\n!?.。！？…:;)）」』*":
            # "Moin {{user}}!" -> "Moin!"; "Bonjour {{user}} !" keeps French spacing.
            spaced = after and not after.strip(" \t\u00a0\u202f") and rest[:1] in "!?;:"
            out.append(after if spaced else after.strip(" \t\u00a0\u202f"))
        elif any(c in after for c in ",、，"):
            out.append(after.lstrip(" \t\u00a0\u202f"))  # "Hello {{user}}, hi" -> "Hello, hi"
        elif before or after:
            out.append(" ")  # "Hi {{user}} and welcome" -> "Hi and welcome"
    out.append(text[pos:])
    return "".join(out)


def shown_greeting(persona: Persona, locale: str, user: str | None = None) -> str:
    """The greeting in ``locale`` as it is shown to the user, its card macros filled.

    ``{{char}}`` is the persona's name in that language (else its English one);
    ``{{user}}`` is the user's name when the chat knows it. Without one, it is
    left out rather than replaced: no word fits every sentence and language
    ("the user" reads as if about someone else, a pronoun is wrong in a
    vocative), and a greeting usually names the user only to address them, so
    the separators around it go too: "Moin {{user}}!" is shown as "Moin!",
    "{{user}}さん、ようこそ！" as "ようこそ！" (a name suffix goes with the name).
    Narration loses its object ("*smiles at {{user}}*" -> "*smiles at*"), the
    price of one rule for every language. The persona itself keeps the macros,
    so an exported card still carries them.
    """
    setup = persona.locales[locale]
    if not setup.greeting.strip():
        return ""  # a persona without a greeting: the user writes first
    char = persona.char_name(locale)
    text = setup.greeting if user else _drop_user(setup.greeting)
    return fill_macros(text if text.strip() else setup.greeting, char, user)
