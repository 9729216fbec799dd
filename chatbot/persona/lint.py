"""Warnings for a persona author: texts that read off the persona's register
or use a phrase it avoids.

The greeting is shown to every user as it is written, and the examples are
shown to the model as the register to copy; neither passes through the reply
guard. A formal bank persona that greets with "Cześć, napisz śmiało!" is valid
YAML and a valid persona, and still wrong. :func:`off_register` reads each of
them with the locale's analyzer and names the ones outside the levels the
persona's policy allows. These are warnings, not errors: an analyzer can
misread a short greeting, and the author decides. A text whose words show no
level ("Kai.", read as the locale's unmarked level by default) is no evidence
either way, and is not named.
"""

from __future__ import annotations

import difflib
import re

from chatbot import locales
from chatbot.check.avoid import find_avoided
from chatbot.detect.register import analyze
from chatbot.detect.register.selfcheck import describe
from chatbot.models import presets
from chatbot.persona.render import avoid_phrases
from chatbot.persona.schema import Persona
from chatbot.plan.target import allowed_levels

__all__ = [
    "PLACEHOLDERS",
    "fixed_address",
    "off_register",
    "persona_warnings",
    "placeholders",
    "unknown_model",
]

# What `personas new` writes for the author to replace, by field.
PLACEHOLDERS = {"description": "What this persona is for.", "shop": "Example Shop"}

# A model on the Hugging Face Hub, as ``--model`` takes it: repo_id:pattern.
_HUB_MODEL = re.compile(r"[\w.-]+/[\w.-]+:\S*")


def persona_warnings(persona: Persona, where: str) -> list[str]:
    """Everything an author should look at in a valid persona."""
    return (
        off_register(persona, where)
        + fixed_address(persona, where)
        + unknown_model(persona, where)
        + placeholders(persona, where)
    )


def placeholders(persona: Persona, where: str) -> list[str]:
    """Texts `personas new` wrote as examples that are still there: valid, and
    shown to users (the description in the persona list, the shop in the prompt)."""
    found = []
    if persona.description.get("en") == PLACEHOLDERS["description"]:
        found.append("description.en")
    if persona.vars.get("shop") == PLACEHOLDERS["shop"]:
        found.append("vars.shop")
    return [
        f"{where}: {field}: still the scaffold's example text; write the persona's own"
        for field in found
    ]


def fixed_address(persona: Persona, where: str) -> list[str]:
    """A persona's ``address`` holds at every level it speaks. Where those levels run from
    informal to formal and address the user differently (sen and siz, du and Sie), one
    fixed form contradicts half of them (`personas new` writes the chosen level's forms,
    and a later ``mirror: true`` keeps them). Within one side it may be a choice: a shop
    says 〇〇様 in 丁寧語 and in 敬語 alike."""
    warnings: list[str] = []
    for code, setup in persona.locales.items():
        spec = locales.get(code)
        if setup.address is None or spec is None:
            continue
        allowed = allowed_levels(persona, code)
        forms = {lv: spec.level(lv).address.known for lv in allowed}
        sides = {spec.level(lv).formality for lv in allowed}
        if {"informal", "formal"} <= sides and len(set(forms.values())) > 1:
            differ = ", ".join(f"{lv}: {form}" for lv, form in forms.items())
            warnings.append(
                f"{where}: locales.{code}.address: one form of address for every level the "
                f"persona speaks, but they address the user differently ({differ}); delete "
                "address to use each level's own"
            )
    return warnings


def unknown_model(persona: Persona, where: str) -> list[str]:
    """``model`` should be what ``--model`` takes: a preset, a .gguf file or
    repo_id:pattern. It is not yet used to pick the model, so a file that names
    another model still loads; the warning catches a typo (smal, hugee)."""
    value = persona.model
    names = list(presets.load().presets)
    if value is None or value in names or value.lower().endswith(".gguf"):
        return []
    if _HUB_MODEL.fullmatch(value):
        return []
    close = difflib.get_close_matches(value, names, n=1, cutoff=0.6)
    return [
        f"{where}: model: {value!r} is not a model preset ({', '.join(names)}; `chatbot "
        "models list`), a .gguf file or a Hub reference like Qwen/Qwen3-4B-GGUF:*Q4_K_M.gguf"
        + (f"; did you mean {close[0]!r}?" if close else "")
    ]


def off_register(persona: Persona, where: str) -> list[str]:
    """``where: locales.<code>.<field> reads as …`` for each text outside the allowed levels."""
    warnings: list[str] = []
    for code, setup in persona.locales.items():
        if locales.get(code) is None:
            continue  # the loader names a locale that is not installed
        allowed = allowed_levels(persona, code)
        texts = [("greeting", setup.greeting)]
        texts += [(f"alternate_greetings.{i}", g) for i, g in enumerate(setup.alternate_greetings)]
        texts += [(f"examples.{i}.assistant", ex.assistant) for i, ex in enumerate(setup.examples)]
        avoid = avoid_phrases(persona, code)
        for field, text in texts:
            reading = analyze(text, code)
            if reading.level is not None and reading.marked and reading.level not in allowed:
                warnings.append(
                    f"{where}: locales.{code}.{field} reads as {describe(reading)} "
                    f"(the persona speaks {', '.join(allowed)})"
                )
            used = ", ".join(f'"{a.phrase}"' for a in find_avoided(text, avoid))
            if used:
                warnings.append(
                    f"{where}: locales.{code}.{field} uses {used}, which the persona avoids: "
                    "replies are retried for it, so the persona's own text should not teach it"
                )
    return warnings
