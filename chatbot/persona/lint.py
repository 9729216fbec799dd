"""Warnings for a persona author: texts that read off the persona's register.

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

from chatbot.detect.register import analyze
from chatbot.detect.register.selfcheck import describe
from chatbot.persona.schema import Persona
from chatbot.plan.target import allowed_levels

__all__ = ["off_register"]


def off_register(persona: Persona, where: str) -> list[str]:
    """``where: locales.<code>.<field> reads as …`` for each text outside the allowed levels."""
    warnings: list[str] = []
    for code, setup in persona.locales.items():
        allowed = allowed_levels(persona, code)
        texts = [("greeting", setup.greeting)] + [
            (f"examples.{i}.assistant", ex.assistant) for i, ex in enumerate(setup.examples)
        ]
        for field, text in texts:
            reading = analyze(text, code)
            if reading.level is not None and reading.marked and reading.level not in allowed:
                warnings.append(
                    f"{where}: locales.{code}.{field} reads as {describe(reading)} "
                    f"(the persona speaks {', '.join(allowed)})"
                )
    return warnings
