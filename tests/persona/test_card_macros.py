"""Card macros ({{char}}, {{user}}) in greetings and example dialogues, as shown and as sent."""

from __future__ import annotations

from pathlib import Path

import pytest

from chatbot.config import Settings
from chatbot.persona import cards
from chatbot.persona.macros import shown_greeting
from chatbot.persona.registry import PersonaRegistry
from chatbot.persona.render import system_prompt
from tests.conftest import make_engine
from tests.persona.test_cards import v2_card
from tests.test_cli import chatbot
from ui import handlers

CARD = v2_card(
    name="Mia",
    description="{{char}} runs a bakery.",
    personality="",
    scenario="",
    first_mes="Hi {{User}}! I'm {{CHAR}}, welcome to my bakery.",
    mes_example=(
        "<START>\n{{user}}: Hello, I'm {{user}}.\n"
        "{{char}}: Nice to meet you, {{user}}. I'm {{ char }}."
    ),
    alternate_greetings=[],
)


@pytest.mark.parametrize(
    ("greeting", "shown"),
    [
        ("Moin {{user}}!", "Moin!"),
        ("Hello, {{user}}. How are you?", "Hello. How are you?"),
        ("Hello {{user}}, how are you?", "Hello, how are you?"),
        ("{{user}}, welcome back!", "Welcome back!"),
        ("Hi {{user}} and welcome", "Hi and welcome"),
        ("こんにちは、{{user}}さん！", "こんにちは！"),
        ("*{{char}} smiles at {{user}}*", "*Mia smiles at*"),
        ("{{user}}! You came back!", "You came back!"),
        ("Bonjour {{user}} !", "Bonjour !"),  # French keeps its space before "!"
        ("Bonjour {{user}}\u00a0!", "Bonjour\u00a0!"),  # a no-break space too
        ("¡{{user}}! Bienvenido al hotel.", "Bienvenido al hotel."),
        ("¡Hola, {{user}}!", "¡Hola!"),
        ("{{user}}!\nWelcome back.", "Welcome back."),
    ],
)
def test_a_greeting_without_a_name_leaves_the_user_out(greeting: str, shown: str) -> None:
    persona = cards.from_card(
        {**CARD, "data": {**CARD["data"], "first_mes": greeting}}, locale="en"
    )
    assert shown_greeting(persona, "en") == shown
    assert "{{" not in shown_greeting(persona, "en", "Anna")


def test_the_greeting_shown_fills_macros_and_the_persona_keeps_them() -> None:
    persona = cards.from_card(CARD, locale="en")
    assert shown_greeting(persona, "en", "Anna") == "Hi Anna! I'm Mia, welcome to my bakery."
    assert shown_greeting(persona, "en") == "Hi! I'm Mia, welcome to my bakery."
    assert persona.locales["en"].greeting == CARD["data"]["first_mes"]
    exported = cards.to_card(persona)["data"]
    assert exported["first_mes"] == CARD["data"]["first_mes"]
    assert exported["mes_example"] == CARD["data"]["mes_example"]


def test_examples_in_the_system_prompt_have_their_macros_filled() -> None:
    persona = cards.from_card(CARD, locale="en")
    level = persona.locales["en"].policy.level
    prompt = system_prompt(persona, "en", level)
    assert "{{" not in prompt  # no card macro left
    assert "Nice to meet you, the user. I'm Mia." in prompt
    named = system_prompt(persona, "en", level, names={"name": "Anna"})
    assert "Hello, I'm Anna." in named and "Nice to meet you, Anna. I'm Mia." in named
    assert persona.locales["en"].examples[0].user == "Hello, I'm {{user}}."


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "personas"
    folder.mkdir()
    persona = cards.from_card(CARD, locale="en").model_copy(update={"id": "mia"})
    (folder / "mia.yaml").write_text(cards.persona_yaml(persona, "mia.yaml"), "utf-8")
    return folder


def test_the_ui_shows_the_greeting_with_its_macros_filled(tmp_path: Path, tiny_model: Path) -> None:
    backend = handlers.Backend(
        engine=make_engine(tiny_model),
        registry=PersonaRegistry(_folder(tmp_path), entry_points=False),
        settings=Settings(),
    )
    shown = handlers.greeting(backend, "mia")[0]["content"]
    assert handlers.plain(shown) == "Hi! I'm Mia, welcome to my bakery."
    named = handlers.greeting(backend, "mia", None, " Anna (she/her) ")[0]["content"]
    assert (
        handlers.plain(named) == "Hi Anna! I'm Mia, welcome to my bakery."
    )  # as the prompt reads it


def test_chat_greets_with_the_users_name(tmp_path: Path, tiny_model: Path) -> None:
    folder = _folder(tmp_path)
    args = ["chat", "--model", str(tiny_model), "--persona", "mia", "--personas", str(folder)]
    named = chatbot(*args, "--name", "Anna", stdin="/exit\n")
    assert named.returncode == 0, named.stderr
    assert named.stdout.startswith("Hi Anna! I'm Mia, welcome to my bakery.")
    unnamed = chatbot(*args, stdin="/exit\n")
    assert unnamed.stdout.startswith("Hi! I'm Mia, welcome to my bakery.")


def test_an_exported_role_text_keeps_the_macros_for_the_app_that_reads_the_card() -> None:
    # A persona whose role comes from its own text, not card fields: the export
    # renders it, and {{user}} stays for the card app's user, not "the user".
    persona = cards.from_card(CARD, locale="en").model_copy(
        update={
            "persona": "You are Mia. {{ backstory }}",
            "vars": {"backstory": "{{user}} is her neighbour."},
        }
    )
    description = cards.to_card(persona)["data"]["description"]
    assert description == "You are Mia. {{user}} is her neighbour."
    back = cards.read_persona(cards.to_card(persona))
    # Nothing reads as edited; only the card's lorebook is named, as on every import.
    assert [n for n in back.notes if not n.startswith("character_book")] == []
