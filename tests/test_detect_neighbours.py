"""Language detection where langdetect names a language we cannot answer in.

Dutch chat reads to it as Afrikaans and Indonesian as Tagalog: where the
caller answers in Dutch or Indonesian (``among``) and the message's common
words (``detect.words``) are theirs, it is theirs. A real neighbour keeps its
name: German that says die and in is German, and Afrikaans with few Dutch
words stays Afrikaans. A short text is read by its words and letters whether
or not langdetect's pick is one the caller answers in. Vietnamese typed without tone marks, which langdetect
reads as Portuguese or Tagalog, is told by its words as Roman Hindi is
(``detect.romanized`` in vi.yaml). Role-play is in the language of its speech,
not of the narration around it.
"""

from __future__ import annotations

import pytest

from chatbot.detect.language import _langdetect, detect
from chatbot.persona.schema import Persona
from chatbot.plan.target import target_for


@pytest.mark.parametrize(
    ("text", "among", "expected"),
    [
        ("Klik op de link die we je hebben gestuurd.", ("en", "nl"), "nl"),
        (
            "Geen probleem, betaal gewoon via Tikkie, dan verstuur ik de jas morgen naar je",
            ("en", "nl"),
            "nl",
        ),
        ("saldo uang elektronik saya hilang , mohon bantuannya .", ("en", "id"), "id"),
        # Short texts that langdetect names Bulgarian, Macedonian or Norwegian:
        # their own words tell them, as they do without ``among``.
        ("Здравствуйте, Ирина Петровна! Как ваши дела?", ("en", "ru"), "ru"),
        ("Тогда до завтра! Напишите, когда будете дома.", ("en", "ru"), "ru"),
        ("Bent u er nog?", ("en", "nl"), "nl"),
        # ...unless langdetect gave another of the caller's locales a chance:
        # Catalan or Spanish to it, not French for its de and la.
        ("Cuéntame sobre tu mejor amiga de la infancia.", ("es", "fr", "it", "pt"), "es"),
        # Neighbours that are what langdetect says.
        ("Ich bin heute nicht im Büro, die Katze ist krank.", ("en", "nl"), "de"),
        ("Ek is nie seker nie, ek sal more weer bel.", ("en", "nl"), "af"),
    ],
)
def test_a_locale_we_answer_in_is_told_by_its_common_words(
    text: str, among: tuple[str, ...], expected: str
) -> None:
    assert detect(text, among=among).locale == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("¿Qué quieres tomar?", "es"),  # langdetect: French
        ("Hola, ¿qué tal?", "es"),  # Catalan
        ("Um momento, vou verificar isso para ti.", "pt"),  # Italian
        ("Sag mal, wo war nochmal der Bahnhof?", "de"),  # English
        ("Ainda tem ingresso pra final?", "pt"),  # Italian
        ("Aquagym qui reprend lundi, enfin!! 🙌", "fr"),  # Catalan
    ],
)
def test_a_short_text_is_told_by_its_letters_or_common_words(text: str, expected: str) -> None:
    found = detect(text)
    assert (found.locale, found.method) == (expected, "words")
    assert detect(text, among=("de", "en", "es", "fr", "it", "pt")).locale == expected


@pytest.mark.parametrize(
    "text",
    [
        "¿Usted vio el partido anoche? Qué golazo el del final.",  # langdetect: Italian
        "Hermana, ¿cómo sigue la abuela? Avísame si quieres que vaya esta tarde",  # Catalan
        # Rioplatense voseo and ahí are Spanish's common words too.
        "Che, ¿sabés si ahí arreglan la Canon AE-1? Se me trabó el obturador.",  # Catalan
        # Past sixteen words too, where langdetect names a language of none of
        # our locales.
        "Che, ¿vos sabés qué papeles hay que llevar a la VTV? Es la primera vez que la hago.",
    ],
)
def test_letters_tell_a_longer_text_where_its_common_words_bear_them_out(text: str) -> None:
    found = detect(text)
    assert (found.locale, found.method) == ("es", "letters")
    # Russian that langdetect names Macedonian: Cyrillic, and a fifth of its
    # words Russian's (и, никто, конечно, не; при, что, на).
    for russian in (
        "уценка — ни обмена, ни возврата, и никто, конечно, не предупредил. развод",
        "При получении обнаружено, что рама повреждена: на углу скол, стекло поцарапано.",
    ):
        assert langdetect_pick(russian) == "mk"
        assert (detect(russian).locale, detect(russian).method) == ("ru", "letters")
    # Up to 16 words, and a share of the text: a name with ñ in Italian is not Spanish.
    assert (
        detect("Ieri sera ho visto il film di Peña con la mia famiglia e tanti amici.").locale
        == "it"
    )


@pytest.mark.parametrize(
    ("text", "picked", "expected"),
    [
        # Nine to sixteen words with a fifth of them a locale's own, where
        # langdetect names a language none of ours speaks.
        ("Fiets weer top, maar die rekening zeg... veel meer dan afgesproken 😤", "af", "nl"),
        ("pff geen nepgeweren toegestaan dit jaar, kan m'n hele cosplay weggooien", "af", "nl"),
        ("nonton wayang kulit semaleman, ngantuk sih tapi dalangnya kocak parah 😂", "tl", "id"),
        # Portuguese contractions (daquela) and everyday words (bolo, delícia)
        # against Spanish; Russian ну and позже against Bulgarian.
        ("Bolo de cenoura daquela confeitaria, que delícia 😍 cobertura mó caprichada", "es", "pt"),
        ("Торт привезли на два часа позже, надпись размазана. Ну капец.", "bg", "ru"),
    ],
)
def test_a_longer_text_is_told_by_its_common_words(text: str, picked: str, expected: str) -> None:
    assert langdetect_pick(text) == picked
    assert detect(text).locale == expected


def test_a_short_texts_pick_stands_where_nothing_says_otherwise() -> None:
    # Letters need a word of their language beside them: jalapeño is no Spanish.
    assert detect("I love jalapeño poppers").locale != "es"
    # A pick with words of its own stands (Spanish tu, es, en are French words too).
    assert detect("Tu es toujours en ligne ?").locale == "fr"
    assert detect("Le puedo ofrecer un abono de diez euros.").locale == "es"


def langdetect_pick(text: str) -> str:
    found = _langdetect(text)
    assert found, text
    return found[0][0]


@pytest.mark.parametrize(
    ("text", "named", "expected"),
    [
        ("Klik op de link die we je hebben gestuurd.", "af", "nl"),
        ("saldo uang elektronik saya hilang , mohon bantuannya .", "tl", "id"),
        ("Sorry, ik bel je morgen pas na vijven terug.", "sl", "nl"),
        ("T'es dispo le samedi 3 mai pour l'EVJF de Clara ?", "ca", "fr"),
        # German chat that langdetect names Dutch: hab, keinen, mehr, welcher
        # are German's alone, die both languages'.
        ("welcher decoder passt in die roco 218?? hab keinen plan mehr lol", "nl", "de"),
        # One of ours, but the text has none of Dutch's common words.
        ("Franchement, va voir ce film, il est trop beau.", "nl", "fr"),
        # Words only Portuguese lists outnumber those only Spanish lists (la)
        # three to one.
        ("A tua guitarra já tá arranjada, pá, podes vir buscá-la.", "es", "pt"),
        (
            "Informamos que a sua guitarra já se encontra reparada e pode ser levantada.",
            "es",
            "pt",
        ),
    ],
)
def test_common_words_tell_a_longer_text_that_has_none_of_the_named_languages(
    text: str, named: str, expected: str
) -> None:
    # Nine to sixteen words: langdetect's pick stands unless letters say
    # otherwise (above) or the text has none of the pick's common words (a
    # language none of our locales speaks has none), or three distinct words
    # only another locale lists outnumber those only the pick lists three to
    # one; then the locale whose common words make a fifth of the text is the
    # language.
    assert langdetect_pick(text) == named
    found = detect(text)
    assert (found.locale, found.method) == (expected, "words")


def test_the_picks_own_letters_keep_a_longer_text_in_its_language() -> None:
    # French lists vas and vos and sale, Spanish not donde or cuánto; but ¿ is
    # written in Spanish alone, so the words of another locale do not move it.
    text = "Che, ¿cuánto te sale la cera de axilas donde vas vos?"
    assert langdetect_pick(text) == "es"
    assert detect(text).locale == "es"


def test_words_both_lists_hold_or_a_quote_holds_do_not_overrule_the_pick() -> None:
    # tu and en are Spanish words too; the English is what is to be translated.
    for text in (
        "Tu es toujours en ligne ?",
        'Tradúceme "How are you, sir?" al español de forma formal.',
    ):
        assert detect(text).locale == langdetect_pick(text)


def test_letters_the_neighbours_we_lack_never_write_tell_the_language() -> None:
    # ё, ы and э are Russian, never Ukrainian, Bulgarian or Macedonian (ru.yaml
    # detect.tells): Russian chat that langdetect names Ukrainian is Russian.
    text = "магаз огонь, залип там на два часа, ушёл без денег лол"
    assert langdetect_pick(text) == "uk"
    found = detect(text)
    assert (found.locale, found.method) == ("ru", "letters")
    # Ukrainian (і, ї, є) and Bulgarian, with none of them, keep their names.
    assert detect("Привіт, як справи? Все добре, дякую.").locale == "uk"
    assert detect("Здравей, как си? Всичко е наред.").locale == "bg"


def test_a_language_none_of_ours_speaks_keeps_its_name_where_our_words_are_few() -> None:
    assert detect("Ek is nie seker nie, ek sal more weer bel.").locale == "af"
    # Afrikaans that shares enough of Dutch's common words reads as Dutch, as
    # it does to a persona that speaks Dutch (the nearest language it has).
    afrikaans = "Dit is baie koud vandag, ek dink dit gaan reën."
    assert detect(afrikaans).locale == detect(afrikaans, among=("en", "nl")).locale == "nl"
    # Past sixteen words too, unless three tenths of the words are a locale's
    # own common words: then the text is that locale's.
    afrikaans = (
        "Ek is nie seker nie, ek sal more weer bel, want my kar is stukkend en ek "
        "moet eers by die werkswinkel uitkom voordat ek kan ry."
    )
    assert langdetect_pick(afrikaans) == detect(afrikaans).locale == "af"
    tagalog = (
        "Kumusta ka na? Matagal na tayong hindi nagkikita, sana okay ka lang at ang "
        "pamilya mo, miss na kita sobra talaga."
    )
    assert langdetect_pick(tagalog) == detect(tagalog).locale == "tl"
    dutch = (
        "Klik op de link die we je hebben gestuurd en vul daarna het formulier in "
        "met je naam, adres en telefoonnummer."
    )
    assert langdetect_pick(dutch) == "af"
    assert detect(dutch).locale == "nl"
    indonesian = (
        "guys aku lagi sakit nih, ga bisa ikut nanti malem 🤒 ada yg tau duitnya bisa balik ga?"
    )
    assert langdetect_pick(indonesian) == "tl"
    assert detect(indonesian).locale == "id"


@pytest.mark.parametrize(
    "text",
    [
        "Anh oi, cho em hoi shop con mau nay khong a?",
        "Hom nay minh ko di hoc duoc, nho cau chep bai giup nhe",
        "Chi oi, em gui tien roi, chi kiem tra giup em voi a",
    ],
)
def test_vietnamese_without_tone_marks_is_vietnamese(text: str) -> None:
    found = detect(text)
    assert (found.locale, found.method) == ("vi", "romanized")


def test_the_planner_answers_in_the_language_told_so() -> None:
    # A persona that speaks English first, Dutch and Vietnamese too: before,
    # both of these went to English, as langdetect's Afrikaans and Portuguese
    # are languages it does not speak.
    persona = Persona.model_validate(
        {
            "id": "three-languages",
            "name": {"en": "Helper"},
            "persona": "You help.",
            "locales": {
                "en": {"register": {"mirror": True}},
                "nl": {"register": {"mirror": True}},
                "vi": {"register": {"mirror": True}},
            },
        }
    )
    target, detected = target_for(persona, "Klik op de link die we je hebben gestuurd.")
    assert (detected, target.locale) == ("nl", "nl")
    target, detected = target_for(persona, "Anh oi, cho em hoi shop con mau nay khong a?")
    assert (detected, target.locale, target.level) == ("vi", "vi", "polite")


@pytest.mark.parametrize(
    ("text", "among", "language"),
    [
        (
            "*She walks into the café, shakes the rain off her coat and sits down by the "
            "window.* « Bonjour, un café s'il vous plaît. »",
            None,
            "fr",
        ),
        (
            '*waves from across the street and runs over* "Hola, ¿qué tal? ¿Vamos al cine?"',
            ["en", "es"],
            "es",
        ),
        ('*sits down by the window and smiles* "Hi!"', None, "en"),  # too short: all is read
    ],
)
def test_role_play_is_in_the_language_of_its_speech(
    text: str, among: list[str] | None, language: str
) -> None:
    # English narration around French or Spanish speech: the user speaks French.
    assert detect(text, among=among).locale == language
