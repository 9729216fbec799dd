"""A text pasted into a message to be translated or summarized is not the user's words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chatbot import locales
from chatbot.detect.material import own_words, split
from chatbot.persona.schema import Persona
from chatbot.plan.target import target_for

# A persona that mirrors the user in every level of these locales, so the plan
# shows the register read.
MIRROR = Persona.model_validate(
    {
        "id": "mirror",
        "name": {"en": "Mirror"},
        "persona": "You help.",
        "locales": {
            code: {"register": {"mirror": True}}
            for code in ("en", "de", "fr", "es", "ru", "ja", "ko", "id")
        },
    }
)


MIRROR_IT = Persona.model_validate(
    {
        "id": "mirror-it",
        "name": {"en": "Mirror"},
        "persona": "You help.",
        "locales": {"it": {"register": {"mirror": True}}},
    }
)


def _formality(code: str, level: str) -> str:
    spec = locales.get(code)
    assert spec is not None
    return spec.level(level).formality


@pytest.mark.parametrize(
    ("text", "locale", "formality"),
    [
        # The request speaks one register, the pasted text the other.
        (
            "Können Sie mir diese Nachricht übersetzen?\n\nhey du, hast du morgen zeit? "
            "lass uns kaffee trinken gehen, ich lad dich ein!",
            "de",
            "formal",
        ),
        (
            "Peux-tu résumer ce mail stp :\n\nMadame, Monsieur, nous vous informons que votre "
            "contrat arrive à échéance le 30 juin. Nous vous prions de nous contacter.",
            "fr",
            "informal",
        ),
        (
            "¿Podría usted corregir este texto?\n\noye tío, ¿vienes a la peli esta noche? "
            "avísame porfa",
            "es",
            "formal",
        ),
        (
            "Переведи, пожалуйста:\n\nУважаемые коллеги! Просим вас ознакомиться с новым "
            "регламентом и подтвердить получение.",
            "ru",
            "informal",
        ),
        (
            "次の記事を要約してください。\n\n政府は10日の閣議で、物価高騰対策として総額2兆円"
            "規模の補正予算案を決定した。低所得世帯への給付金の支給などが柱となる。",
            "ja",
            "formal",
        ),
        (
            "이 기사 세 줄로 요약해 줘\n\n정부는 15일 국무회의를 열고 추가경정예산안을 "
            "의결했습니다. 예산안은 다음 주 국회에 제출될 예정입니다.",
            "ko",
            "informal",
        ),
        (
            "Mohon bantu terjemahkan pesan berikut ke bahasa Inggris:\n\nwoy bro, lo jadi "
            "dateng gak? gue udah nunggu dari tadi nih",
            "id",
            "formal",
        ),
        # The request after the text, past a separator.
        (
            "yo dude gonna be late lol, save me a seat k?\n\n---\n\nCould you please "
            "rephrase the message above for my manager?",
            "en",
            "formal",
        ),
    ],
)
def test_the_request_says_the_register_not_the_pasted_text(
    text: str, locale: str, formality: str
) -> None:
    target, detected = target_for(MIRROR, text)
    assert (detected, target.locale) == (locale, locale)
    assert _formality(target.locale, target.level) == formality, target.reason


def test_the_request_says_the_language_too() -> None:
    # An English request to translate a Japanese text is answered in English.
    text = "Can you translate this email into English?\n\nいつもお世話になっております。明日の会議は午後三時からです。"
    target, detected = target_for(MIRROR, text)
    assert (detected, target.locale) == ("en", "en")


def test_a_request_that_shows_no_register_is_not_mirrored_as_the_pasted_text() -> None:
    # The friend's du is not the user's: the reply keeps the persona's default.
    text = "Übersetzen:\n\nhey, hast du morgen zeit? lass uns kaffee trinken gehen!"
    target, _ = target_for(MIRROR, text)
    assert _formality(target.locale, target.level) == "formal", target.reason
    assert "du" not in target.reason


@pytest.mark.parametrize(
    "text",
    [
        "Könnten Sie das übersetzen? hey du, hast du morgen zeit?",  # one paragraph
        # A letter: its salutation and closing ask for nothing about a text.
        "Sehr geehrte Damen und Herren,\n\nich habe am 5. Mai eine Waschmaschine bestellt, "
        "die bis heute nicht geliefert wurde.\n\nMit freundlichen Grüßen\nAnna Schmidt",
        "Hallo!\n\nwie geht es dir? Wir sehen uns morgen beim Training.",
        "Translate:\n\nok",  # nothing worth setting apart
    ],
)
def test_a_message_that_pastes_nothing_is_read_whole(text: str) -> None:
    assert split(text) is None and own_words(text) is None


def test_own_words_keep_every_offset() -> None:
    text = "Fasse das bitte zusammen:\n\nDer Bundestag hat am Donnerstag ein Gesetz beschlossen."
    found = own_words(text)
    assert found is not None and found.firm and len(found.text) == len(text)
    # The colon that introduced the text is read as the full stop ending the request.
    assert found.text.startswith("Fasse das bitte zusammen.\n\n")
    assert "Bundestag" not in found.text
    parts = split(text)
    assert parts is not None and text[slice(*parts.material[0])].startswith("Der Bundestag")


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        # The text on the request's next line, or after its colon: a request word says so.
        ("Translate this into English, please.\nIch komme morgen später.", False),
        ("Please proofread this review:\nok these headphones r amazing lol", True),
        ("tradúceme esto al inglés porfa: Estimado cliente, su pedido ha sido enviado.", True),
    ],
)
def test_a_request_on_its_own_line_sets_the_text_after_it_apart(text: str, firm: bool) -> None:
    found = own_words(text)
    assert found is not None and found.firm == firm


@pytest.mark.parametrize(
    "text",
    [
        # The user's own list after a colon, or a story that says someone answered.
        "Já tentei:\n1. reiniciar o roteador\n2. atualizar o driver da placa",
        "Here's my situation:\n\nmy landlord won't fix the heating. what can i even do??",
        "Alors j'ai dit « Qu'est-ce que vous dites ? » Et ils ont répondu : « Nous allons "
        "prendre des photos de ton Facebook »",
    ],
)
def test_a_colon_without_a_request_word_sets_nothing_apart(text: str) -> None:
    assert own_words(text) is None


def test_a_request_line_that_shows_no_register_leaves_it_to_the_message() -> None:
    # "Devo tradurre …" then the user's own words: the request shows nothing, so
    # the message is read whole and its tu counts.
    text = (
        "Devo tradurre una frase per i compiti.\n"
        "Ho scritto una cosa ma la prof dice che è sbagliata, puoi spiegarmi perché?"
    )
    found = own_words(text)
    assert found is not None and not found.firm
    target, _ = target_for(MIRROR_IT, text)
    assert _formality("it", target.level) == "informal", target.reason


def test_a_request_that_reads_as_no_language_we_speak_leaves_it_to_the_message() -> None:
    text = "vertaal dit ff naar het Engels\n\nGeachte heer De Vries, graag zou ik volgende maand een afspraak met u maken."
    nl = Persona.model_validate(
        {
            "id": "nl-mirror",
            "name": {"en": "Mirror"},
            "persona": "You help.",
            "locales": {"nl": {"register": {"mirror": True}}},
        }
    )
    target, detected = target_for(nl, text)
    assert (detected, target.locale) == ("nl", "nl")


def test_an_indonesian_request_ending_in_a_colon_reads_as_a_closed_sentence() -> None:
    text = (
        "Mohon bantu ringkas berita berikut dalam dua kalimat:\n"
        "gue udah baca beritanya tapi bingung banget, intinya apa sih? wkwk"
    )
    target, _ = target_for(MIRROR, text)
    assert _formality(target.locale, target.level) == "formal", target.reason


PASTED = Path(__file__).resolve().parent / "register" / "data" / "pasted"
# Share of rows whose request's register the planner reads, per set: never to fall.
# pasted_blind: 0.683 read whole (before this module), 0.789 as the module was
# written before the set arrived, 0.917 after the fixes it and the next prompted,
# 0.905 once request words that are also nouns (reply, translation) were narrowed
# to the verbs, after a review of messages that paste nothing.
# pasted_blind2 (other formats: the text on the request's next line, after its
# colon, in a code block, an email with headers): 0.660 read whole, 0.747 by the
# module as it was when the set arrived, 0.893 after, 0.873 narrowed.
# ownlines_blind: multi-line messages that paste nothing, in the user's own
# register throughout: read whole 149/150; by the module when it arrived, 141
# (it took "Here's my situation:" for a request); now 149.
FLOORS = {"pasted_blind": 0.9, "pasted_blind2": 0.87, "ownlines_blind": 0.99}


@pytest.mark.parametrize("stem", sorted(FLOORS))
def test_a_set_of_pasted_texts_reads_the_requests(stem: str) -> None:
    from chatbot.plan.target import _read

    rows = [
        json.loads(line)
        for line in (PASTED / f"{stem}.jsonl").read_text("utf-8").splitlines()
        if line.strip()
    ]
    right = sum(
        _read(r["text"], own_words(r["text"]), r["lang"]).formality == r["label"] for r in rows
    )
    assert right / len(rows) >= FLOORS[stem], f"{right}/{len(rows)}"
    assert {p.stem for p in PASTED.glob("*.jsonl")} == set(FLOORS)


@pytest.mark.parametrize(
    ("text", "locale", "formality"),
    [
        # A request word used as a noun, then the user's own question: no request.
        ("I got a reply from the landlord yesterday.\n\nhey can u tell me if he can keep my deposit??", "en", "informal"),
        ("Antwort vom Vermieter ist endlich da.\n\nWas meinst du, soll ich nochmal anrufen?", "de", "informal"),
        ("La traducción que me hicieron salió carísima.\n\n¿Tú crees que me timaron?", "es", "informal"),
        ("Ответ от банка пришёл вчера.\n\nПодскажите, пожалуйста, могу ли я оспорить решение?", "ru", "formal"),
        # A greeting of its own before the request; a short CJK text is still a text.
        ("Buongiorno,\n\nmi potrebbe tradurre il messaggio seguente?\n\nciao, ci sei domani? dai vieni!", "it", "formal"),
        ("明日ひま？一緒にご飯行こうよ\n\nこれを英語に翻訳していただけますか。", "ja", "formal"),
    ],
)  # fmt: skip
def test_a_request_word_as_a_noun_is_no_request_and_a_greeting_may_open_one(
    text: str, locale: str, formality: str
) -> None:
    persona = MIRROR if locale != "it" else MIRROR_IT
    target, _ = target_for(persona, text)
    assert _formality(locale, target.level) == formality, target.reason
