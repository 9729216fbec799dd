"""Russian T/V register: the hard cases of the hand-written contrastive pairs.

Russian has no labelled dev data. ``data/ru_contrastive.jsonl`` (measured by
test_handwritten_sets.py) holds pairs
written for these tests in the style of the IWSLT formality-control sets:
English chit-chat (films, music, sports, science, books), telephony and
call-center segments, each rendered once with вы and once with ты, with
minimal edits between the two. They cover pronouns in every case,
possessives, pro-drop verbs, imperatives, past tenses (feminine too),
conditionals, long turns where the address appears once, and lower-case вы.
"""

from __future__ import annotations

import pytest

from chatbot.detect.register import analyze

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
    # -и imperatives known by their company: пожалуйста, сам/сама
    ("Да, я слышу. Говори, пожалуйста.", "informal", "Говори"),
    ("Сейчас продиктую номер, запиши его, пожалуйста.", "informal", "запиши"),
    ("Пожалуйста, подтверди дату рождения.", "informal", "подтверди"),
    ("Оцени сам: это же миллиард тонн!", "informal", "Оцени"),
    # «ну что, ...?» before a subjectless past
    ("Ну что, досмотрели «Игру престолов»?", "formal", "Ну что, досмотрели"),
    ("Ну что, досмотрел «Игру престолов»?", "informal", "Ну что, досмотрел"),
    # judging what the listener did, subject dropped
    ("Правильно сделали, что не пошли на этот фильм.", "formal", "Правильно сделали"),
    ("Правильно сделал, что не пошёл на этот фильм.", "informal", "Правильно сделал"),
    ("Жаль, что пропустил финал.", "informal", "Жаль, что пропустил"),
    ("Жаль, что пропустили финал.", "formal", "Жаль, что пропустили"),
    # a -йте noun in the informal member is not a вы imperative
    ("Погугли, там есть видео, где он делает трюк на скейте.", "informal", "Погугли"),
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
        "Информация на сайте и на пульте, в Детройте и в Кувейте.",
        "Билеты на офсайте и на вебсайте кончились.",
        "Он играет на альте, а асфальт в культе не нужен: на асфальте.",
        "Подробности, пожалуйста, на сайте.",
        "Две порции, пожалуйста.",
        "Понравились фильмы?",
        "Правильно они сделали, что ушли.",
    ],
)
def test_nouns_and_third_person_are_not_address(text: str) -> None:
    assert analyze(text, "ru").evidence == ()
