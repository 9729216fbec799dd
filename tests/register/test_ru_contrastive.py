"""Russian T/V register on hand-written contrastive pairs.

Russian has no labelled dev data. ``data/ru_contrastive.jsonl`` holds pairs
written for these tests in the style of the IWSLT formality-control sets:
English chit-chat (films, music, sports, science, books), telephony and
call-center segments, each rendered once with вы and once with ты, with
minimal edits between the two. They cover pronouns in every case,
possessives, pro-drop verbs, imperatives, past tenses (feminine too),
conditionals, long turns where the address appears once, and lower-case вы.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chatbot.detect.register import analyze
from chatbot.detect.register.evaluate import evaluate

DATA = Path(__file__).resolve().parent / "data" / "ru_contrastive.jsonl"


def _rows() -> list[dict[str, object]]:
    with DATA.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def test_contrastive_set_is_well_formed() -> None:
    rows = _rows()
    pairs: dict[str, set[str]] = {}
    for row in rows:
        assert row["lang"] == "ru"
        assert row["label"] in ("formal", "informal")
        pairs.setdefault(str(row["pair_id"]), set()).add(str(row["label"]))
    assert len(pairs) >= 150
    assert all(labels == {"formal", "informal"} for labels in pairs.values())


def test_contrastive_targets() -> None:
    rows = _rows()
    report = evaluate(rows)
    print(report.table())
    for label in ("formal", "informal"):
        subset = [r for r in rows if r["label"] == label]
        wrong = [r["text"] for r, _ in report.errors if r["label"] == label]
        accuracy = 1 - len(wrong) / len(subset)
        assert accuracy >= 0.97, (label, accuracy, wrong[:10])
    cell = report.cells[("handwritten-ru", "ru")]
    assert cell.pair_accuracy is not None and cell.pair_accuracy >= 0.99, cell
    assert report.ms_per_100_chars_median <= 1.0


# (text, expected level, a surface that must be among the evidence or None)
TRICKY: list[tuple[str, str, str | None]] = [
    # «ух ты» is an interjection (wow), not the pronoun
    ("Ух ты, вы и в Австралии были?", "formal", "вы"),
    ("Ух ты! Никогда бы не подумал. Вы это где-то прочитали?", "formal", "Вы"),
    ("Ух ты, ты и в Австралии был?", "informal", "ты"),
    # the prepositional possessives
    ("К сожалению, на вашем счёте недостаточно средств.", "formal", "вашем"),
    ("Будь я на твоём месте, я бы тоже расстроился.", "informal", "твоём"),
    # ты imperatives in -и/-ь/-й and reflexive ones
    ("Уточни, пожалуйста, номер своего заказа.", "informal", "Уточни"),
    ("Проверь, пожалуйста, папку «Спам».", "informal", "Проверь"),
    ("Обязательно почитай эту книгу.", "informal", "почитай"),
    ("Чувствуй себя как дома.", "informal", "Чувствуй"),
    ("Отправь мне фото чека.", "informal", "Отправь"),
    ("Расслабься, это всего лишь игра.", "informal", "Расслабься"),
    ("Не торопись, я подожду.", "informal", "торопись"),
    # вы verbs by ending, beyond a fixed list
    ("Болеете за кого-нибудь в НХЛ?", "formal", "Болеете"),
    ("Назовите, пожалуйста, полное имя.", "formal", "Назовите"),
    ("Что посоветуете посмотреть на выходных?", "formal", "посоветуете"),
    # subjectless past and short adjectives
    ("Спасибо, что подождали.", "formal", "Спасибо, что подождали"),
    ("Спасибо, что рассказала об этом.", "informal", "Спасибо, что рассказала"),
    ("Кстати, смотрели новый сезон?", "formal", "Кстати, смотрели"),
    ("Серьёзно? Не знал об этом?", "informal", "Не знал"),
    ("Семья важнее, согласны?", "formal", "согласны"),
    ("Семья важнее, согласен?", "informal", "согласен"),
    # пока as "bye", not as "so far"
    ("Ну всё, пока!", "informal", "пока"),
]


@pytest.mark.parametrize(("text", "level", "surface"), TRICKY)
def test_tricky_sentences(text: str, level: str, surface: str | None) -> None:
    r = analyze(text, "ru")
    assert r.level == level, (r.level, [(e.surface, e.rule) for e in r.evidence], r.reason)
    for e in r.evidence:
        assert text[e.start : e.end] == e.surface
    if surface is not None:
        assert surface in [e.surface for e in r.evidence]


@pytest.mark.parametrize(
    "text",
    [
        "В ответе на защите он сказал, что всё хорошо.",
        "На планете Земля больше тридцати тысяч видов рыб, пишут в интернете.",
        "О сюжете и бюджете фильма писали в газете.",
        "Он рассказывал о полёте на самолёте и об отчёте на счёте.",
        "В кредите, о визите, в транзите, на орбите: одни существительные.",
        "Выдающийся актёр сыграл главную роль.",
        "Любовь и кровь вновь стали темами альбома.",
        "Запись концерта появилась в сети, и они вернулись домой.",
        "Пожалуй, это обычный случай: Николай поехал в Китай.",
        "Пока ничего не известно о продолжении.",
        "Финал будет в субботу?",
    ],
)
def test_nouns_and_third_person_are_not_address(text: str) -> None:
    assert analyze(text, "ru").evidence == ()
