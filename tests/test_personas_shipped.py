"""The personas shipped in ``personas/``: valid, named after their files, and in register.

Every greeting and every assistant example is read back with the project's own
register analyzer. The examples go into the system prompt, so one written in
the wrong level would teach the model the wrong register.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from chatbot import locales
from chatbot.detect.register import analyze
from chatbot.persona.schema import LocaleSetup, Persona

PERSONAS = Path(__file__).resolve().parents[1] / "personas"
FILES = sorted(PERSONAS.glob("*.yaml"))

REQUIRED = {
    "ja-hotel-concierge",
    "ja-casual-friend",
    "ko-bank-clerk",
    "ko-friendly-tutor",
    "de-support-agent",
    "fr-friend",
    "es-receptionist",
    "hi-customer-care",
    "zh-shop-assistant",
    "th-hotel-front-desk",
    "vi-assistant",
    "id-assistant",
    "en-neutral-assistant",
}


def _load(path: Path) -> Persona:
    return Persona.model_validate(yaml.safe_load(path.read_text("utf-8")))


def _allowed(code: str, setup: LocaleSetup) -> set[str]:
    """The level ids a reply may read as: the fixed level, or the mirror range by rank."""
    spec = locales.get(code)
    assert spec is not None, f"no locale {code!r}"
    policy = setup.policy
    policy.check(spec, f"locales.{code}.register")
    if policy.level is not None:
        return {policy.level}
    ranks = {level.id: level.rank for level in spec.levels}
    low = ranks[policy.min] if policy.min else min(ranks.values())
    high = ranks[policy.max] if policy.max else max(ranks.values())
    return {level_id for level_id, rank in ranks.items() if low <= rank <= high}


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_persona_file(path: Path) -> None:
    persona = _load(path)
    assert persona.id == path.stem

    wrong = []
    for code, setup in persona.locales.items():
        allowed = _allowed(code, setup)
        for text in [setup.greeting, *(ex.assistant for ex in setup.examples)]:
            level = analyze(text, code).level
            if level not in allowed:
                wrong.append(f"{code}: read as {level}, declared {sorted(allowed)}: {text}")
    assert not wrong, "\n".join(wrong)


def test_shipped_set() -> None:
    personas = [_load(path) for path in FILES]
    ids = {persona.id for persona in personas}
    assert not REQUIRED - ids, f"missing: {sorted(REQUIRED - ids)}"
    assert len(personas) >= 12
    assert len({code for persona in personas for code in persona.locales}) >= 10
