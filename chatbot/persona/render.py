"""A persona's system prompt for one locale and level."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from importlib.resources.abc import Traversable

from chatbot import locales
from chatbot.check.language import own_scripts
from chatbot.detect.language import script_of
from chatbot.detect.register import analyze
from chatbot.errors import ConfigError
from chatbot.locales.schema import Exchange
from chatbot.persona.macros import fill_macros
from chatbot.persona.schema import Persona
from chatbot.prompt.build import build_system_prompt, render_template


def _examples(persona: Persona, locale: str, user: str | None) -> list[Exchange]:
    """The locale's example turns with their card macros filled, as the prompt shows them."""
    char = persona.char_name(locale)
    return [
        Exchange(
            user=fill_macros(e.user, char, user), assistant=fill_macros(e.assistant, char, user)
        )
        for e in persona.locales[locale].examples
    ]


def role_text(
    persona: Persona,
    *,
    folders: tuple[Traversable, ...] = (),
    user: str | None = None,
    locale: str = "en",
    for_card: bool = False,
) -> str:
    """The persona's role, rendered in the sandbox over its own ``vars``.

    Values are plain text, never templates; the character-card macros
    ``{{char}}`` and ``{{user}}`` in them become the persona's name in
    ``locale`` (as in its examples) and the user's (given in the chat), else
    "the user". ``for_card`` keeps the macros, for a card whose app fills them
    with its own user's name.
    """
    name = persona.char_name(locale)
    variables = {
        key: value if for_card else fill_macros(value, name, user)
        for key, value in persona.vars.items()
    }
    try:
        if persona.template is not None:
            return render_template(persona.template, variables, folders=folders)
        assert persona.persona is not None
        return render_template(f"{persona.id} (persona text)", variables, source=persona.persona)
    except ConfigError as exc:
        macro = re.search(r"'(char|user)' is undefined", str(exc), re.IGNORECASE)
        if macro is None:
            missing = re.search(r"UndefinedError: '(\w+)' is undefined", str(exc))
            if missing is None:
                raise
            known = ", ".join(sorted(persona.vars)) or "none"
            raise ConfigError(
                f"{exc}. The role text sees only the persona's vars (defined: {known}): "
                f"add {missing.group(1)} under vars:, or correct its name in the text"
            ) from exc
        raise ConfigError(
            f"{exc}. {{{{{macro.group(1)}}}}} is a character-card macro, filled in vars "
            f'values only: set one (vars: {{who: "{{{{{macro.group(1)}}}}}"}}) and write '
            "{{ who }} in the text"
        ) from exc


def system_prompt(
    persona: Persona,
    locale: str,
    level: str | None = None,
    *,
    names: Mapping[str, str] | None = None,
    folders: tuple[Traversable, ...] = (),
    variety: str | None = None,
) -> str:
    """The exact system prompt; ``level`` defaults to the policy's fixed level or the locale
    default; ``variety`` (pt.brazil) writes the level's texts as that variety does."""
    setup = persona.locales.get(locale)
    if setup is None:
        raise ConfigError(
            f"persona {persona.id} does not speak {locale!r}; it declares {', '.join(persona.locales)}"
        )
    spec = locales.get(locale)
    if spec is None:
        raise ConfigError(f"no locale spec for {locale!r}")
    allowed = setup.policy.allowed(spec)
    chosen = (
        level
        or setup.policy.level
        or (spec.default_for(variety) if spec.default_for(variety) in allowed else allowed[-1])
    )
    if chosen not in allowed:
        raise ConfigError(
            f"persona {persona.id} allows {', '.join(allowed)} in {locale}, not {chosen!r}"
        )
    address = (setup.address.known, setup.address.unknown) if setup.address else None
    own = spec.variety(variety)
    if own is not None and chosen in own.levels and own.levels[chosen].address is not None:
        address = None  # the variety's forms (você), not the persona's (tu)
    user = (names or {}).get("name")
    # Card macros in the examples are filled as in the role text (the stored
    # persona keeps them, for export).
    examples = _examples(persona, locale, user)
    if spec.varieties:
        # Only examples in the reply's variety or in none (a Brazilian reply shows
        # no "Tens horas?", a European one no "Tô indo"), and in its script (a
        # Roman Hindi reply none in Devanagari); else the variety's own.
        # Varieties with texts of their own; the others (pt.europe) are the levels'.
        written = {v.id for v in spec.varieties if v.levels}
        scripts = own_scripts(locale, variety)

        def fits(text: str) -> bool:
            shown = analyze(text, locale).variety
            if variety in written:
                return shown in (None, variety) and _main_script(text) in scripts
            return shown not in written

        examples = [e for e in examples if fits(e.assistant)]
    if setup.policy.level is None:
        # A mirroring persona's examples span its range; show the model only
        # those written in the level this reply needs (else the locale's own).
        examples = [e for e in examples if analyze(e.assistant, locale, variety).level == chosen]
    return build_system_prompt(
        role_text(persona, folders=folders, user=user, locale=locale),
        spec,
        chosen,
        names=names,
        examples=examples,
        address_forms=address,
        ask_name=bool(setup.address and setup.address.ask_name),
        avoid=avoid_phrases(persona, locale),
        variety=variety,
    )


def _main_script(text: str) -> str | None:
    """The script most of ``text``'s letters are in (latin, devanagari…)."""
    scripts = Counter(script_of(c) for c in text if c.isalpha())
    return scripts.most_common(1)[0][0] if scripts else None


def avoid_phrases(persona: Persona, locale: str) -> list[str]:
    """What the persona must never say in ``locale``: its own list, then the locale's."""
    setup = persona.locales.get(locale)
    return [*persona.avoid, *(setup.avoid if setup else [])]


def check_renders(persona: Persona, *, folders: tuple[Traversable, ...] = ()) -> None:
    """Render every locale and allowed level once; errors name the locale and level."""
    for code, setup in persona.locales.items():
        spec = locales.get(code)
        if spec is None:
            continue
        for level in setup.policy.allowed(spec):
            try:
                system_prompt(persona, code, level, folders=folders)
            except ConfigError as exc:
                raise ConfigError(f"locales.{code} ({level}): {exc}") from exc
