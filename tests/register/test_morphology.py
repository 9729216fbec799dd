"""Morphology rules: real dictionaries (pymorphy3, simplemma) for open word classes.

Imperatives are the case: no list names every verb. Blind sets in the domains
of a clinic, a school, a kitchen and a marketplace read many familiar members
as polite, each an imperative no list named: Russian 8 of 120 (Принимай,
наноси, оформи, Отдашь), German 6 of 40 (Atme, Schneide, Rühr), French 8 of
40 (Applique, Relis, Mélange), Spanish 5 and Italian 10 of 40 (Corta,
Mezcla, Taglia, Applica).
"""

from __future__ import annotations

import re
import time

import pytest

from chatbot.detect.register import analyze, clean, morph, rules
from chatbot.errors import ConfigError
from tests.register.test_rules import BASE, MARKERS, spec


def _rules(text: str) -> list[tuple[str, str]]:
    return [(e.surface, e.rule) for e in analyze(text, "ru").evidence]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Мазь наноси тонким слоем на чистую кожу.", "наноси"),
        ("Регистрация закрывается в воскресенье, поэтому не тяни с ней.", "тяни"),
        ("Размер не подошёл? Тогда оформи возврат в приложении", "оформи"),
        ("Торг уместен? Отдашь за 4 000 ₽?", "Отдашь"),
    ],
)
def test_any_verbs_ty_form_reads_informal(text: str, surface: str) -> None:
    r = analyze(text, "ru")
    assert r.level == "informal", r
    (ev,) = [e for e in r.evidence if e.surface == surface]
    assert ev.rule.startswith("ru.morph_") and text[ev.start : ev.end] == surface


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Мазь нанесите тонким слоем на чистую кожу.", None),  # listed -ите shape
        ("Торг уместен? Отдадите за 4 000 ₽?", "ru.morph_verb_2pl"),
        ("Тогда оформляйте возврат в приложении.", None),
    ],
)
def test_any_verbs_vy_form_reads_formal(text: str, rule: str | None) -> None:
    r = analyze(text, "ru")
    assert r.level == "formal" and r.reason is None, r
    if rule:
        assert rule in {e.rule for e in r.evidence}


@pytest.mark.parametrize(
    "text",
    [
        "Мой дом стоит у самой реки.",  # мой: my, rarely "wash!"
        "Чай остыл три часа назад.",  # чай: tea; три: three
        "Пили чай до самого утра.",  # a past plural first
        "Пойдёмте в кино.",  # inclusive: "let us", no address
        "Президент подписал указ, и Москва готовится к празднику.",
    ],
)
def test_words_most_likely_something_else_are_not_address(text: str) -> None:
    r = analyze(text, "ru")
    assert not any(e.rule.startswith("ru.morph_") for e in r.evidence), r.evidence
    assert r.reason is not None and "no register marker" in r.reason


def test_morphology_reads_only_when_no_rule_matched() -> None:
    # ты decides; the tagger is not asked about наноси.
    found = _rules("Ты мазь наноси тонким слоем.")
    assert found and all(not rule.startswith("ru.morph_") for _surface, rule in found), found


def test_quoted_imperative_is_someone_elses_words() -> None:
    r = analyze("Врач сказал: «Наноси мазь дважды в день», и вы с ним согласились.", "ru")
    assert r.level == "formal"
    assert not any(e.rule.startswith("ru.morph_") for e in r.evidence)


def test_long_silent_text_is_bounded() -> None:
    text = "Курьер привёз коляску утром, а продавец оформил возврат в приложении. " * 15_000
    start = time.perf_counter()
    r = analyze(text, "ru")
    assert time.perf_counter() - start < 2.0
    assert r.level == "formal"


MORPH = """
  morphology:
    tagger: pymorphy3
    lang: ru
    rules:
      - id: xx.impr
        level: informal
        why: the familiar imperative
        grammemes: [VERB, impr, sing]
"""


def test_a_test_locale_can_vote_on_grammemes() -> None:
    r = rules.analyze(clean("Приходи завтра"), spec(MARKERS + MORPH))
    assert r.level == "informal"
    assert [(e.surface, e.rule) for e in r.evidence] == [("Приходи", "xx.impr")]


@pytest.mark.parametrize(
    ("morph", "message"),
    [
        (MORPH.replace("pymorphy3\n", "spacy\n"), "markers.morphology.tagger: unknown tagger 'spacy'; known: pymorphy3"),
        (MORPH.replace("lang: ru", "lang: zz"), "Russian and Ukrainian only; for other languages use tagger: simplemma"),
        (MORPH.replace("impr, sing", "imperative, sing"), "markers.morphology.rules.xx.impr.grammemes: imperative is not"),
        (MORPH.replace("level: informal", "level: casual"), "markers.morphology.rules.xx.impr.level: 'casual' is not a level"),
        (MORPH.replace("id: xx.impr", "id: xx.tu"), "rule ids must be unique"),
        (MORPH.replace("        grammemes: [VERB, impr, sing]\n", ""), "give exactly one of 'grammemes' or 'forms'"),
        (MORPH.replace("        grammemes", "        forms: [{ending: a, infinitive: [ar]}]\n        grammemes"), "give exactly one of 'grammemes' or 'forms'"),
        (MORPH.replace("pymorphy3\n", "simplemma\n"), "simplemma does not tag grammemes; use forms"),
        (MORPH.replace("        grammemes", "        in_question: true\n        not_in_question: true\n        grammemes"), "'in_question' and 'not_in_question' exclude each other"),
    ],
)  # fmt: skip
def test_bad_morphology_fails_naming_the_field(morph: str, message: str) -> None:
    with pytest.raises(ConfigError) as err:
        rules.compile_markers(spec(MARKERS + morph))
    assert "xx.yaml" in str(err.value)
    assert message in re.sub(r" \(line \d+\)", "", str(err.value))  # some name the line too


@pytest.mark.parametrize(
    ("old", "new", "field"),
    [
        ("pymorphy3\n", "spacy\n", "markers.morphology.tagger"),
        ("impr, sing", "imperative, sing", "markers.morphology.rules.xx.impr.grammemes"),
        ("pymorphy3\n", "simplemma\n", "markers.morphology.rules.xx.impr.grammemes"),
    ],
)
def test_morphology_errors_name_the_line(old: str, new: str, field: str) -> None:
    text = MARKERS + MORPH.replace(old, new)
    key = "    tagger:" if field.endswith("tagger") else "        grammemes:"
    line = (BASE + text)[: (BASE + text).index(key)].count("\n") + 1
    with pytest.raises(ConfigError, match=rf"{re.escape(field)} \(line {line}\): "):
        rules.compile_markers(spec(text))


@pytest.mark.parametrize(
    ("code", "text", "words", "level"),
    [
        ("de", "Atme tief ein und halte kurz die Luft an.", ["Atme", "halte"], "informal"),
        ("de", "Schneide die Zwiebeln in feine Würfel.", ["Schneide"], "informal"),
        ("de", "Gut so. Rühr die Soße ständig um.", ["Rühr"], "informal"),
        ("fr", "Applique la crème en couche fine, deux fois par jour.", ["Applique"], "informal"),
        ("fr", "Encore dix secondes, pousse les genoux vers l'extérieur.", ["pousse"], "informal"),
        (
            "es",
            "Corta la cebolla en juliana y calienta el aceite.",
            ["Corta", "calienta"],
            "informal",
        ),
        ("es", "Cuando la masa esté lista, estírala bien con las manos.", ["estírala"], "informal"),
        (
            "es",
            "Corte la cebolla en juliana y mezcle la harina.",
            ["Corte", "mezcle"],
            "formal",
        ),
        ("it", "Taglia la cipolla e mescola la farina.", ["Taglia", "mescola"], "informal"),
        ("it", "Piega le ginocchia e portami il mattarello.", ["Piega", "portami"], "informal"),
        ("it", "Se la febbre sale, torni subito in ambulatorio.", ["torni"], "formal"),
        ("pt", "Corte o bacalhau em lascas e junte a cebola.", ["Corte", "junte"], "formal"),
        # Stems that change with the form: a vowel, a spelling, an -isc-, -eln.
        ("es", "Busque la opción y escoja una talla.", ["Busque", "escoja"], "formal"),
        ("es", "Juega un rato y calienta el agua.", ["Juega", "calienta"], "informal"),
        ("it", "Verifichi i dati e inserisca la password.", ["Verifichi", "inserisca"], "formal"),
        ("pt", "Siga as instruções e explique o problema.", ["Siga", "explique"], "formal"),
        ("de", "Sammle die Punkte und wechsle die Seite.", ["Sammle", "wechsle"], "informal"),
    ],
)
def test_any_verbs_imperative_through_simplemma(
    code: str, text: str, words: list[str], level: str
) -> None:
    r = analyze(text, code)
    assert r.level == level, r
    found = [e.surface for e in r.evidence if ".morph_" in e.rule]
    assert found == words, r.evidence
    for e in r.evidence:
        assert text[e.start : e.end] == e.surface


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("de", "Liebe Anna, die Unterlagen liegen im Büro."),  # a salutation, not lieben
        ("de", "Suche nach einem Hotel in Berlin."),  # a noun before a preposition
        ("de", "Kommt der Bus bald?"),  # a question, and a 3rd person in -t
        ("de", "Besuch beim Arzt am Vormittag."),  # headings and list items
        ("de", "Ruhe bitte."),
        ("fr", "Note : le colis arrive demain."),  # a label before a colon
        ("fr", "Commande n° 4812 expédiée hier."),
        ("fr", "Programme de la journée :\n1. Visite du musée\n2. Soupe à l'oignon"),
        ("fr", "Coupe du monde : la finale a lieu dimanche."),
        ("es", "Llega el pedido mañana por la tarde."),  # the subject after the verb
        ("es", "¿Mezcla la harina con la levadura?"),  # a question
        ("es", "¿Abre el museo a las 9.30 los domingos?"),  # 9.30 ends no sentence
        ("es", "Sorprende un poco, la verdad."),  # a statement with no subject
        ("es", "Informe del Banco de España sobre el IPC."),
        ("it", "Dia un'occhiata alla parte sui costi."),  # dare's Lei form, not -are tu
        ("it", "Il pacco n. 48213 parte oggi dal magazzino."),  # n. is an abbreviation
        ("it", "Poteri dello Stato e doveri del cittadino."),
        ("it", "Pranzo al sacco e cena in rifugio."),  # cena is no form of cenere
        ("pt", "Percebe o que estou a dizer"),  # the 3rd person that addresses o senhor
        ("pt", "Corte do orçamento e controle da inflação."),
        ("de", "Dann war es plötzlich still."),  # past tenses: kam, gab, wurde
        ("de", "Als wir dort waren, gab es keinen Parkplatz mehr."),
        ("de", "Weil es regnete, blieb ich zu Hause."),  # weil is no form of weilen
        ("de", "Ob es klappt, weiß keiner."),
        ("es", "Entre las opciones más baratas, la mejor es el Pixel 8a."),
        ("es", "Cortaba la cebolla cuando sonó el teléfono."),  # another tense
        ("pt", "Para isso, existem duas opções."),  # para is no form of parir
        ("pt", "Vale a pena comparar os preços."),
        ("ru", "Деньги пришли на счёт."),  # past plurals, not "send!"
        ("ru", "Учёные нашли воду на Марсе."),
    ],
)
def test_what_only_looks_like_an_imperative(code: str, text: str) -> None:
    r = analyze(text, code)
    assert not [e for e in r.evidence if ".morph_" in e.rule], r.evidence


def test_tokens_know_where_a_clause_starts() -> None:
    toks = {
        t.word: t
        for t in morph.tokens(
            "Gut. Nimm die Jacke und halte sie fest, n. 4 geht", frozenset({"und"})
        )
    }
    assert toks["nimm"].clause_start and toks["nimm"].next == "die"
    assert toks["halte"].clause_start  # after the link und
    assert not toks["jacke"].clause_start
    assert not toks["geht"].clause_start  # the full stop of n. is an abbreviation's
    assert not toks["nimm"].question
    (note,) = [t for t in morph.tokens("Note : le colis") if t.word == "note"]
    assert note.label
    (q,) = [t for t in morph.tokens("Kommt er? Ja.") if t.word == "kommt"]
    assert q.question
    # Where the start comes from: a sentence, a link word, or the end of an
    # aside between commas inside a sentence.
    assert toks["nimm"].sentence and not toks["nimm"].linked
    assert toks["halte"].linked and not toks["halte"].sentence
    assert not toks["geht"].sentence  # n. is an abbreviation, no sentence end
    words = {
        t.word: t for t in morph.tokens("El ruido, sin embargo, dificulta todo. Bueno, mira, ven.")
    }
    assert words["dificulta"].aside and not words["sin"].aside
    assert words["bueno"].sentence
    assert words["ven"].aside  # an aside too; the rules ask who opened the sentence


@pytest.mark.parametrize(
    ("code", "text", "verb"),
    [
        # Chat puts an emoji where a full stop would go (from a blind set of
        # workplace chat: both read formal before).
        ("fr", "bravo Yanis, super séance aujourd'hui 💪 fais les exos 3 à 5 pour mardi", "fais"),
        ("fr", "facture de mars en PJ 👍 hésite pas si question", "hésite"),
        ("es", "ahí va la factura de marzo 👍 revisa los datos", "revisa"),
        ("de", "Super Vortrag ☀️ schicke die Folien bis morgen rum", "schicke"),
    ],
)
def test_an_emoji_ends_a_clause_as_a_full_stop_does(code: str, text: str, verb: str) -> None:
    r = analyze(text, code)
    assert r.formality == "informal", r
    assert verb in [e.surface for e in r.evidence if ".morph_" in e.rule], r.evidence


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("fr", "📍 Entrée par la cour ⏰ Ouverture à 9 h"),  # nouns after an emoji
        ("es", "📍 Calle Mayor 3 ⏰ Abre a las 9"),
        ("de", "📍 Treffpunkt am Haupteingang ☀️ Sonnencreme nicht vergessen"),
        ("fr", "Prix : 25 € © Livraison offerte"),  # © is no pictograph
        # Before a capital, a pictograph is a bullet: the items are statements.
        ("es", "Crema facial ✅ Hidrata la piel en profundidad ✅ Protege la piel del sol"),
        ("es", "Titulares de hoy 🔺 Sube el precio de la luz 🔻 Baja el paro en marzo"),
        ("it", "Il museo ⭐ Ospita la collezione permanente dal 1920"),
    ],
)
def test_what_follows_an_emoji_is_no_imperative_by_that_alone(code: str, text: str) -> None:
    r = analyze(text, code)
    assert r.formality == "formal" and not [e for e in r.evidence if ".morph_" in e.rule], r


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("La squadra ha vinto sei partite di fila.", "formal"),  # the number
        ("Ha sei sorelle.", "formal"),
        ("Siamo in sei a cena.", "formal"),
        ("Il numero sei è uscito.", "formal"),
        ("Sei di Roma?", "informal"),  # "you are"
        ("Sei pronto?", "informal"),
        ("Per le vacanze di Natale conviene prenotare presto.", "formal"),
    ],
)
def test_italian_sei_and_le_va_are_read_as_what_they_are(text: str, level: str) -> None:
    r = analyze(text, "it")
    assert r.level == level, r.evidence
    if level == "formal":
        assert not [e for e in r.evidence if e.rule in ("it.sei", "it.verb_3sg_tag")]


def test_a_tag_closing_a_question_is_read_from_the_locales_words() -> None:
    from chatbot.detect.register import morph

    tags = morph.tag_question(["va bene", "d'accord"])
    assert tags is not None
    assert tags.search("Chiama tua madre, va  bene ?")
    assert tags.search("Appelle-la, d’accord ?")
    assert not tags.search("Va bene?")  # a question of its own, with no comma before it
    assert morph.tag_question([]) is None
