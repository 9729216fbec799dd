"""Cards that come back after a trip through another app, and what an import reads from them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from chatbot.persona import cards
from chatbot.persona.macros import shown_greeting
from chatbot.persona.registry import PersonaRegistry, load_one, pack_folders
from chatbot.persona.render import role_text, system_prompt
from tests.persona.test_cards import v2_card, v3_card
from tests.persona.test_persona_files import write


def _trip(card: dict[str, Any]) -> dict[str, Any]:
    """The card as another app saves it: plain JSON, every key it did not touch kept."""
    return json.loads(json.dumps(card))


def shipped(pid: str) -> Any:
    return PersonaRegistry(Path("/nonexistent"), entry_points=False).get(pid)


def test_fields_edited_in_another_app_win_over_our_extension() -> None:
    entry = shipped("de-support-agent")  # role text from a `persona:` template over its vars
    card = _trip(cards.to_card(entry.persona, folders=entry.folders))
    data = card["data"]
    data["name"] = "Lena"
    data["first_mes"] = "Guten Morgen! Womit kann ich Ihnen heute helfen?"
    data["description"] = "{{char}} arbeitet im Kundenservice von Nordnetz."
    data["mes_example"] += "\n<START>\n{{user}}: Geht das schneller?\n{{char}}: Ich sehe nach."
    data["alternate_greetings"] = ["Hallo! Was kann ich für Sie tun?"]
    back = cards.read_persona(card)
    persona, setup = back.persona, back.persona.locales["de"]
    assert persona.name["en"] == "Lena"
    assert setup.greeting == "Guten Morgen! Womit kann ich Ihnen heute helfen?"
    assert setup.examples[-1].assistant == "Ich sehe nach."
    assert setup.examples[:-1] == entry.persona.locales["de"].examples
    assert setup.alternate_greetings == ["Hallo! Was kann ich für Sie tun?"]
    # The role text is now the card's description, a body over vars as a card import makes.
    assert persona.template is None and persona.persona == "{{ description }}"
    assert role_text(persona).strip() == "Lena arbeitet im Kundenservice von Nordnetz."
    # Our settings stay as the extension has them.
    assert setup.policy == entry.persona.locales["de"].policy
    assert setup.address == entry.persona.locales["de"].address
    assert set(persona.locales) == set(entry.persona.locales)
    assert back.notes[0] == (
        "taken from the card (edited since it was exported): "
        "name, first_mes, alternate_greetings, mes_example, description"
    )
    # The result is a valid file, and exporting it gives the edited card back.
    cards.persona_yaml(persona, "de-support-agent.yaml")
    again = cards.to_card(persona)["data"]
    for key in ("name", "first_mes", "description", "mes_example", "alternate_greetings"):
        assert again[key] == data[key], key


SHIPPED = sorted(PersonaRegistry(Path("/nonexistent"), entry_points=False).entries())


@pytest.mark.parametrize("pid", SHIPPED)
@pytest.mark.parametrize("spec", ["chara_card_v2", "chara_card_v3"])
def test_every_shipped_persona_comes_back_from_its_card_unchanged(pid: str, spec: Any) -> None:
    entry = shipped(pid)
    card = _trip(cards.to_card(entry.persona, spec, folders=entry.folders))
    back = cards.read_persona(card, folders=entry.folders)
    assert back.persona.model_copy(update={"card": None}) == entry.persona, back.notes
    cards.persona_yaml(back.persona, f"{pid}.yaml", entry.folders)


def test_an_unedited_card_restores_the_persona_without_notes() -> None:
    entry = shipped("ja-hotel-concierge")
    card = _trip(cards.to_card(entry.persona, folders=entry.folders))
    back = cards.read_persona(card)
    assert back.notes == ()
    assert back.persona.model_copy(update={"card": None}) == entry.persona


def test_an_edited_text_of_an_imported_card_goes_into_its_vars() -> None:
    first = cards.from_card(v2_card())
    card = _trip(cards.to_card(first))
    card["data"]["personality"] = ""  # cleared in the other app
    card["data"]["scenario"] = "The lobby at night."
    card["data"]["system_prompt"] = "Stay in character."  # a field it did not have
    back = cards.read_persona(card).persona
    assert back.vars["scenario"] == "The lobby at night."
    assert "personality" not in back.vars
    text = role_text(back)
    assert "Scenario: The lobby at night." in text and "Stay in character." in text
    assert "Personality" not in text
    assert back.locales == first.locales  # greeting, examples, register: unchanged


def test_the_register_of_a_card_is_read_from_its_greeting_and_examples() -> None:
    casual = v2_card(
        name="Kai",
        description="A barista.",
        personality="",
        scenario="",
        first_mes="Hey, was geht? Schreib mir einfach, was du brauchst!",
        mes_example="<START>\n{{user}}: Hast du Hafermilch?\n{{char}}: Klar, willst du einen Latte?",
        alternate_greetings=[],
    )
    made = cards.read_persona(casual, locale="de")
    assert made.persona.locales["de"].policy.level == "informal"  # de's default is formal
    assert made.notes[0].startswith("locale de, register informal: read from")
    formal = v2_card(
        name="Kai",
        first_mes="Guten Tag! Wie kann ich Ihnen helfen?",
        mes_example="<START>\n{{user}}: Haben Sie Hafermilch?\n{{char}}: Ja, möchten Sie einen?",
        alternate_greetings=[],
    )
    assert cards.from_card(formal, locale="de").locales["de"].policy.level == "formal"
    # Nothing that shows a level: the locale's default.
    silent = v2_card(name="Kai", first_mes="", mes_example="", alternate_greetings=[])
    made = cards.read_persona(silent, locale="de")
    assert made.persona.locales["de"].policy.level == "formal"
    assert "the locale's default" in made.notes[0]


def test_the_language_of_a_card_is_read_from_its_examples_and_alternates_too() -> None:
    card = v2_card(
        name="Kai",
        description="",
        personality="",
        scenario="",
        first_mes="",
        mes_example=(
            "<START>\n{{user}}: Kannst du mir bitte sagen, wo der Bahnhof ist?\n"
            "{{char}}: Natürlich, geh einfach geradeaus und dann an der Kirche links."
        ),
        alternate_greetings=["Schön, dass du wieder da bist! Was möchtest du heute machen?"],
    )
    assert list(cards.from_card(card).locales) == ["de"]


MULTI = (
    "<START>\n{{char}}: *Kai looks up from the counter.* Oh, hi.\n"
    "<START>\n{{user}}: Do you have oat milk?\n{{char}}: We do.\nWant a latte with it?\n"
    "{{user}}: Sure.\n{{char}}: Coming right up."
)


def test_example_messages_keep_their_continuation_lines() -> None:
    examples = cards.from_card(v2_card(mes_example=MULTI), locale="en").locales["en"].examples
    assert [(e.user, e.assistant) for e in examples] == [
        ("Do you have oat milk?", "We do.\nWant a latte with it?"),
        ("Sure.", "Coming right up."),
    ]


def test_a_mes_example_the_examples_cannot_hold_survives_the_round_trip_verbatim() -> None:
    made = cards.read_persona(v2_card(mes_example=MULTI), locale="en")
    assert any("mes_example does not map exactly" in n for n in made.notes)
    exported = cards.to_card(made.persona)
    assert exported["data"]["mes_example"] == MULTI  # the opening reply is still there
    again = cards.from_card(_trip(exported))
    assert cards.to_card(again)["data"]["mes_example"] == MULTI
    assert again.locales["en"].examples == made.persona.locales["en"].examples
    # Once the examples are edited here, export writes them instead.
    edited = made.persona.locales["en"].model_copy(
        update={"examples": made.persona.locales["en"].examples[:1]}
    )
    changed = made.persona.model_copy(update={"locales": {"en": edited}})
    assert cards.to_card(changed)["data"]["mes_example"] == (
        "<START>\n{{user}}: Do you have oat milk?\n{{char}}: We do.\nWant a latte with it?"
    )


TEMPLATED = """\
id: inn
name: {en: The Inn}
template: inn.j2
vars: {place: Kyoto}
locales:
  ja:
    register: {level: honorific}
    greeting: いらっしゃいませ。
"""


def test_a_persona_with_a_template_exports_and_imports_elsewhere(tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    (pack / "prompts").mkdir(parents=True)
    (pack / "prompts" / "inn.j2").write_text("You run an inn in {{ place }}.\n", "utf-8")
    entry = load_one(write(pack, "inn", TEMPLATED), "user", pack_folders(pack))
    card = _trip(cards.to_card(entry.persona, folders=entry.folders))
    assert card["data"]["description"] == "You run an inn in Kyoto."
    # Where the template is, it is kept.
    same = cards.read_persona(card, folders=pack_folders(pack))
    assert same.persona.template == "inn.j2" and same.notes == ()
    # Elsewhere, the description is the role text, with a note saying so.
    moved = cards.read_persona(card, folders=pack_folders(tmp_path / "other"))
    assert moved.persona.template is None
    assert "template 'inn.j2' is not in this folder's prompts/" in moved.notes[0]
    text = cards.persona_yaml(moved.persona, str(tmp_path / "inn.yaml"))
    assert "template:" not in text
    prompt = system_prompt(moved.persona, "ja")
    assert prompt.startswith("You run an inn in Kyoto.")


def test_a_card_name_is_a_value_never_a_template() -> None:
    card = v2_card(name="{{ 7*7 }}", description="", personality="", scenario="")
    persona = cards.from_card(card)
    assert role_text(persona).strip() == "You are {{ 7*7 }}."
    assert cards.to_card(persona)["data"]["description"] == "You are {{ 7*7 }}."


def test_a_v3_nickname_is_what_char_stands_for() -> None:
    card = v3_card(  # name Hanako, nickname Hana
        first_mes="{{char}}でございます。ご用件を伺います。",
        mes_example="<START>\n{{user}}: お名前は？\n{{char}}: {{char}}と申します。",
    )
    persona = cards.from_card(card)
    assert persona.display_name("en") == "Hanako"  # the list and the UI show the name
    assert "Hana is a receptionist" in role_text(persona, locale="ja")
    assert shown_greeting(persona, "ja") == "Hanaでございます。ご用件を伺います。"
    prompt = system_prompt(persona, "ja")
    assert "Hanaと申します。" in prompt and "Hanakoと申します" not in prompt
    assert cards.to_card(persona)["data"]["nickname"] == "Hana"  # exported as it came
    # A persona that names itself in the reply's language keeps that name.
    named = persona.model_copy(update={"name": {"en": "Hanako", "ja": "花子"}})
    assert shown_greeting(named, "ja").startswith("花子でございます")
    # Without a nickname, the name.
    plain = cards.from_card(v2_card(first_mes="{{char}}でございます。"))
    assert shown_greeting(plain, "ja") == "Hanakoでございます。"


def test_a_card_without_a_first_message_gets_no_greeting(tmp_path: Path) -> None:
    card = v2_card(first_mes="", alternate_greetings=[])
    made = cards.read_persona(card, locale="ja")
    assert made.persona.locales["ja"].greeting == ""  # not an invented "Hanako."
    assert shown_greeting(made.persona, "ja") == ""
    assert cards.to_card(made.persona)["data"]["first_mes"] == ""  # exported as it came
    # It saves and loads as a persona file.
    path = tmp_path / f"{made.persona.id}.yaml"
    path.write_text(cards.persona_yaml(made.persona, "test"), encoding="utf-8")
    assert load_one(path, "test").persona.locales["ja"].greeting == ""
