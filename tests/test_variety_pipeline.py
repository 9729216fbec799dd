"""A variety of a locale's language through the pipeline: plan, prompt, guard.

The ``pt`` locale is European Portuguese; a user who writes Brazilian
Portuguese gets a reply written as Brazil writes it (``varieties`` in pt.yaml),
and that reply is read as Brazilian, where você is the everyday "you" and not
the polite form. The guard runs on the real engine with the synthetic model,
held to a fixed reply by a grammar.
"""

from __future__ import annotations

import pytest

from chatbot import locales
from chatbot.check import Verdict
from chatbot.generate.engine import Engine
from chatbot.persona.render import system_prompt
from chatbot.persona.schema import Persona
from chatbot.plan import Plan
from chatbot.plan.target import target_for
from tests.conftest import guarded_reply

FRIEND = Persona.model_validate(
    {
        "id": "pt-amiga",
        "name": {"en": "A friend", "pt": "Uma amiga"},
        "persona": "És a Rita, uma amiga que ajuda com dicas do dia a dia.",
        "locales": {"pt": {"register": {"mirror": True}, "greeting": "Olá! Tudo bem?"}},
    }
)


@pytest.mark.parametrize(
    ("text", "earlier", "variety"),
    [
        ("Oi, você pode me ajudar com uma receita?", [], "pt.brazil"),
        ("Pode ajudar-me com uma receita?", [], None),
        # A message that shows no variety keeps the one shown before.
        ("E o que faço com o alho?", ["Oi, tudo bem? Tô sem ideia pro jantar."], "pt.brazil"),
        ("E o que faço com o alho?", ["Olá, podes ajudar-me com o jantar?"], "pt.europe"),
    ],
)
def test_the_plan_takes_the_variety_the_user_writes(
    text: str, earlier: list[str], variety: str | None
) -> None:
    target, detected = target_for(FRIEND, text, earlier=earlier)
    assert (detected, target.locale, target.variety) == ("pt", "pt", variety)


def test_the_prompt_is_written_in_the_planned_variety() -> None:
    spec = locales.get("pt")
    assert spec is not None
    brazil = system_prompt(FRIEND, "pt", "informal", variety="pt.brazil")
    europe = system_prompt(FRIEND, "pt", "informal")
    assert spec.written("informal", "pt.brazil").instruction.split()[0] in brazil
    assert "português do Brasil" in brazil and "trate a pessoa por você" in brazil
    assert "Trata a pessoa por tu" in europe and "português do Brasil" not in europe
    assert 'The second-person form is "você"' in brazil
    assert 'The second-person form is "tu"' in europe


def _say(engine: Engine, plan: Plan, reply: str) -> tuple[str, Verdict]:
    return guarded_reply(engine, plan, "Oi!", reply, max_tokens=80)


def test_a_brazilian_reply_with_voce_is_no_slip_to_the_polite_form(engine: Engine) -> None:
    reply = "Você pode fazer isso amanhã, se quiser."  # no Brazilian cue of its own
    # Read as European Portuguese, você is the polite form: an informal plan retries it.
    _, europe = _say(engine, Plan("pt", "informal", "t"), reply)
    assert europe.retries >= 1 and europe.attempts[0].level == "formal"
    # Planned in Brazilian Portuguese, it is the everyday "you": no retry, no flag.
    text, brazil = _say(engine, Plan("pt", "informal", "t", variety="pt.brazil"), reply)
    assert text == reply and brazil.retries == 0 and not brazil.flagged
    assert brazil.reading.variety == "pt.brazil" and "pt.voce" not in {
        e.rule for e in brazil.reading.evidence
    }
    assert brazil.to_json()["target"] == {
        "locale": "pt",
        "level": "informal",
        "variety": "pt.brazil",
        "asked": None,
    }
    # The polite form is still a slip from a Brazilian informal plan.
    _, stiff = _say(
        engine, Plan("pt", "informal", "t", variety="pt.brazil"), "O senhor pode fazer isso."
    )
    assert stiff.retries >= 1 and stiff.attempts[0].level == "formal"


MULTI = Persona.model_validate(
    {
        "id": "multi",
        "name": {"en": "Bookseller"},
        "persona": "A bookseller.",
        "locales": {
            code: {"register": {"mirror": True}, "greeting": greeting}
            for code, greeting in (("pt", "Olá!"), ("en", "Hi!"), ("es", "¡Hola!"))
        },
    }
)


@pytest.mark.parametrize(
    "before",
    # Spanish and English share shapes with Brazilian cues (Me gustaría,
    # está lloviendo, registrar): only earlier messages in the reply's language count.
    ["Me too, thanks!", "Me gustaría saber el horario.", "Está lloviendo mucho hoy.",
     "Quiero registrar mi cuenta."],
)  # fmt: skip
def test_an_earlier_message_in_another_language_says_no_variety(before: str) -> None:
    target, _ = target_for(MULTI, "Bom dia, procuro um livro de poesia.", earlier=[before])
    assert (target.locale, target.variety) == ("pt", None)


def test_a_message_in_portugals_portuguese_ends_an_earlier_brazilian_one() -> None:
    earlier = ["Oi, tudo bem? Tô procurando um livro."]
    target, _ = target_for(MULTI, "Obrigado. Podes dizer-me quando chega?", earlier=earlier)
    assert (target.level, target.variety) == ("informal", "pt.europe")  # tu, mirrored


def test_a_message_is_read_as_the_variety_an_earlier_one_showed() -> None:
    # Read as Portugal's, você is polite; as Brazil's, Valeu! and aí say it is familiar.
    earlier = ["Oi, tudo bem? Tô procurando um livro."]
    target, _ = target_for(MULTI, "Valeu! Você tem esse livro aí?", earlier=earlier)
    assert (target.level, target.variety) == ("informal", "pt.brazil")
    # However many messages followed that showed none (within the last 50).
    target, _ = target_for(MULTI, "E o preço?", earlier=[*earlier, *["Ok, obrigado."] * 20])
    assert target.variety == "pt.brazil"


def test_a_persona_shows_only_examples_in_the_replys_variety() -> None:
    shop = Persona.model_validate(
        {
            "id": "loja",
            "name": {"en": "Shop"},
            "persona": "Uma loja.",
            "locales": {
                "pt": {
                    "register": {"level": "informal"},
                    "greeting": "Olá!",
                    "examples": [{"user": "Olá", "assistant": "Olá! Tens horas para um café?"}],
                    "address": {"known": "{name}", "unknown": "tu"},
                }
            },
        }
    )
    europe = system_prompt(shop, "pt", "informal")
    brazil = system_prompt(shop, "pt", "informal", variety="pt.brazil")
    assert "Tens horas" in europe and 'address them as "tu"' in europe
    assert "Tens horas" not in brazil and "Dá pra fazer um macarrão" in brazil
    assert 'address them as "você"' in brazil  # the variety's forms, not the persona's tu


def test_a_slip_into_brazilian_voce_is_retried_in_a_european_plan(engine: Engine) -> None:
    # The reply's own Brazilian words do not make its você the everyday one: the plan
    # is Portugal's Portuguese, where a tu persona's você is a slip.
    reply = "Você pode baixar o aplicativo no celular, se quiser."
    _, verdict = _say(engine, Plan("pt", "informal", "t"), reply)
    assert verdict.retries >= 1 and verdict.attempts[0].level == "formal"


def test_a_language_tag_names_the_variety_it_asks_for() -> None:
    assert locales.variety_for("pt-BR") == locales.variety_for("pt_br") == "pt.brazil"
    assert locales.variety_for("pt-PT") == "pt.europe"  # the levels' own, asked for by name
    assert [locales.variety_for(t) for t in ("pt", "es-BR", "", None)] == [None] * 4


def test_a_pinned_variety_holds_and_a_default_one_yields_to_the_messages() -> None:
    europe = "Olá, podes ajudar-me com o jantar?"
    pinned, _ = target_for(FRIEND, europe, variety="pt.brazil")  # an API request's pt-BR
    assert pinned.variety == "pt.brazil"
    default, _ = target_for(FRIEND, europe, default_variety="pt.brazil")  # a browser's pt-BR
    assert default.variety == "pt.europe"  # the message shows Portugal's
    neutral, _ = target_for(FRIEND, "Bom dia, procuro um livro.", default_variety="pt.brazil")
    assert neutral.variety == "pt.brazil"
    assert target_for(FRIEND, "Bom dia.", variety="pt.angola")[0].variety is None


def test_a_message_that_shows_no_level_gets_the_varietys_own_default() -> None:
    # Brazil says você to customers too: a neutral Brazilian message is answered
    # with it, not with o senhor; Portugal's default stays the polite form.
    brazil, _ = target_for(FRIEND, "Olá, você poderia me indicar um livro de poesia?")
    assert (brazil.variety, brazil.level) == ("pt.brazil", "informal")
    neutral, _ = target_for(FRIEND, "Bom dia, procuro um livro.", default_variety="pt.brazil")
    assert neutral.level == "informal"
    europe, _ = target_for(FRIEND, "Bom dia, procuro um livro.")
    assert (europe.variety, europe.level) == (None, "formal")
    # A level the message shows is mirrored still, and a persona's range holds.
    polite, _ = target_for(FRIEND, "Boa tarde. O senhor poderia me ajudar?")
    assert (polite.variety, polite.level) == ("pt.brazil", "formal")
    shop = Persona.model_validate(
        {
            **FRIEND.model_dump(mode="json", by_alias=True, exclude_none=True),
            "locales": {"pt": {"register": {"mirror": True, "min": "formal"}, "greeting": "Olá!"}},
        }
    )
    held, _ = target_for(shop, "Olá, você poderia me indicar um livro de poesia?")
    assert (held.variety, held.level) == ("pt.brazil", "formal")


def test_a_varietys_default_level_must_be_a_level_of_its_locale() -> None:
    spec = locales.get("pt")
    assert spec is not None and spec.default_for("pt.brazil") == "informal"
    assert spec.default_for("pt.europe") == spec.default_for(None) == "formal"
    data = spec.model_dump(mode="json")
    data["varieties"][1]["default_level"] = "casual"
    with pytest.raises(ValueError, match="default_level 'casual' is not one of"):
        type(spec).model_validate(data)
