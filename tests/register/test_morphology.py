"""Morphology rules: grammemes from a real tagger (pymorphy3) for open word classes.

Russian imperatives are the case: no list names every verb, and the first blind
set in the domains of a clinic, a school and a marketplace (data/
ru_domains_blind.jsonl) read 8 of its 120 ты members as вы, each an imperative
or a 2nd-person verb that no list named (Принимай, наноси, оформи, Отдашь).
"""

from __future__ import annotations

import time

import pytest

from chatbot.detect.register import analyze, clean, rules
from chatbot.errors import ConfigError
from tests.register.test_rules import MARKERS, spec


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
        (MORPH.replace("lang: ru", "lang: zz"), "pip install pymorphy3-dicts-zz"),
        (MORPH.replace("impr, sing", "imperative, sing"), "markers.morphology.rules.xx.impr.grammemes: imperative is not"),
        (MORPH.replace("level: informal", "level: casual"), "markers.morphology.rules.xx.impr.level: 'casual' is not a level"),
        (MORPH.replace("id: xx.impr", "id: xx.tu"), "rule ids must be unique"),
        (MORPH.replace("        grammemes: [VERB, impr, sing]\n", ""), "markers.morphology.rules.xx.impr.grammemes: Field required"),
    ],
)  # fmt: skip
def test_bad_morphology_fails_naming_the_field(morph: str, message: str) -> None:
    with pytest.raises(ConfigError) as err:
        rules.compile_markers(spec(MARKERS + morph))
    assert "xx.yaml" in str(err.value)
    assert message in str(err.value)
