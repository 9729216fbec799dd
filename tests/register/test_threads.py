"""A reply that quotes the message it answers is read by its writer's words.

quoted_threads_blind (data/open/, session 18): replies quoting, in the other
register, the mail, forum post or chat message they answer (> lines, On …
wrote:, -----Original Message-----, Von:/Gesendet:/An:/Betreff:,
[quote]…[/quote], Quote from …:, a chat app's ↪ reply box) in 15 locales,
written blind: 130/180 on arrival, the quoted message read as the writer's.
"""

from __future__ import annotations

import pytest

from chatbot.detect.language import detect
from chatbot.detect.register import analyze
from chatbot.detect.register.threads import own_part


def _own(text: str) -> str:
    out = own_part(text)
    assert len(out) == len(text)  # offsets kept
    return " ".join(out.split())


@pytest.mark.parametrize(
    ("text", "own"),
    [
        (
            "Sure, Thursday works.\n\nOn Mon, 3 Mar 2025, Jake <j@x.com> wrote:\n> hey u free thurs?",
            "Sure, Thursday works.",
        ),
        (
            "> Seriez-vous disponible samedi ?\nOuais, pas de souci.\n> À 9 heures.\nOk, tu ramènes les croissants.",
            "Ouais, pas de souci. Ok, tu ramènes les croissants.",
        ),
        (
            "[quote=kucingoren]gan, kok force close mulu?[/quote]\nSilakan hapus cache aplikasi Anda.",
            "Silakan hapus cache aplikasi Anda.",
        ),
        (
            "Quote from jenny_k: does it last? mine dies by lunch lol\nIt lasts about a day and a half.",
            "It lasts about a day and a half.",
        ),
        ("↪ 관리사무소: 내일 점검이 있습니다.\n헐 엘베 점검이래.", "헐 엘베 점검이래."),
        (
            "Glanced at it.\n\n-----Original Message-----\nFrom: HR\n> All staff are kindly requested to attend.",
            "Glanced at it.",
        ),
        (
            "Hast du die Zahlen?\n\nVon: Dr. Martin Krüger\nGesendet: Dienstag, 4. März 2025 08:30\nAn: Team\nBetreff: Zahlen\n\nBitte senden Sie mir die Zahlen.",
            "Hast du die Zahlen?",
        ),
        ("了解です。\n\n2025年3月3日(月) 田中 <tanaka@example.jp>:\n> 明日来れる？", "了解です。"),
    ],
)
def test_the_quoted_message_is_blanked(text: str, own: str) -> None:
    assert _own(text) == own


@pytest.mark.parametrize(
    "text",
    [
        "Name: Max\nBestellnummer: 12345\nProblem: Das Gerät startet nicht. Kannst du helfen?",
        "My boss wrote this morning that the meeting moved, can you check?",
        "> all of it is a quotation",  # nothing else to read: the quotation is read
        "Von Montag bis Freitag: 9–17 Uhr.\nSamstag: 10–14 Uhr.\nSonntag: geschlossen.",
        "Hallo!\n--- Frage 1 ---\nKönnen Sie mir helfen?\n--- Frage 2 ---\nWann kommt das Paket?",
    ],
)
def test_the_writers_own_lines_stay(text: str) -> None:
    assert own_part(text) == text


@pytest.mark.parametrize(
    ("text", "lang", "formality"),
    [
        (
            "lmao they moved it again. dinner at the airport then?\n\nOn Tue, 4 Mar 2025, Sam "
            "wrote:\n>> Dear Mr Patel,\n>> We regret to inform you that flight BA 217 has been "
            "rescheduled.",
            "en",
            "informal",
        ),
        (
            "Hey Jan, hast du die Zahlen schon? Schick sie mir einfach heute Abend.\n\nVon: Dr. "
            "Martin Krüger\nGesendet: Dienstag, 4. März 2025 08:30\nAn: Team Vertrieb\nBetreff: "
            "Quartalszahlen\n\nSehr geehrte Kolleginnen und Kollegen, bitte senden Sie mir die "
            "Zahlen bis Mittwoch zu.",
            "de",
            "informal",
        ),
        (
            "[quote=kucingoren]gan, ini aplikasi kok force close mulu ya? kesel gue[/quote]\n"
            "Silakan hapus cache aplikasi terlebih dahulu, lalu mulai ulang perangkat Anda.",
            "id",
            "formal",
        ),
        (
            "> 来週の打ち合わせは水曜日でもよろしいでしょうか。\n水曜でいいよ！\n"
            "> 場所は弊社会議室を予定しております。\nおっけー、じゃあそっち行くね。",
            "ja",
            "informal",
        ),
    ],
)
def test_a_reply_reads_as_its_writers_register(text: str, lang: str, formality: str) -> None:
    reading = analyze(text, lang)
    assert reading.formality == formality, [(e.surface, e.rule) for e in reading.evidence]
    for e in reading.evidence:
        assert text[e.start : e.end] == e.surface


def test_a_reply_is_in_its_writers_language() -> None:
    text = (
        "Danke, passt! Ich schicke dir die Datei morgen früh.\n\n"
        "Am 03.03.2025 schrieb John <john@example.com>:\n"
        "> Could you please send me the file by tomorrow morning? I need it for the meeting.\n"
        "> Thanks a lot and best regards"
    )
    assert detect(text).locale == "de"
