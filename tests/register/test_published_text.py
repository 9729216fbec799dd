"""Careful published text is not read as familiar (a blind set, session 12).

News, manuals, recipes, contract clauses, abstracts, reviews, notices and
encyclopedia entries in all 15 locales, 12 each, written by a reviewer who had
not read the rules, with look-alikes on purpose (a pretty garden, check-out at
a hotel, Emilio Mola, the Armée du Salut, a sacco, het vet). On arrival 130 of
180 read formal; the look-alikes were then fixed. Floors are today's figures,
so a rule that misfires on careful text fails here.

Japanese and Korean written style (である, -다) is also the plain style of
informal speech (CoCoA-ja's informal rows, Korean chat), and Thai and
Vietnamese written text has no particles,
whose absence those analyzers read as casual speech; so those four are not
held to this set. A casual quote inside a careful report is read from the
quote when the report says nothing and is short (CoCoA labels rows by the
register inside their quotes); since session 18 one inside own words twice
as long is set aside (a report quoting a resident's «Esto es un desastre,
tío»), and five more rows read formal.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chatbot.detect.register import analyze

DATA = Path(__file__).resolve().parent / "data" / "formal_only" / "published_text_blind.jsonl"
# Rows read formal, of 12 per language, as measured (written-style locales left out).
FLOORS = {
    "de": 12,
    "en": 12,
    "es": 10,
    "fr": 12,
    "hi": 12,
    "id": 12,
    "it": 12,
    "nl": 11,
    "pt": 12,
    "ru": 12,
    "zh": 12,
}


def _rows(lang: str) -> list[dict[str, str]]:
    with DATA.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    return [r for r in rows if r["lang"] == lang]


@pytest.mark.parametrize("lang", sorted(FLOORS))
def test_published_text_reads_formal(lang: str) -> None:
    rows = _rows(lang)
    assert len(rows) == 12 and all(r["label"] == "formal" for r in rows)
    misread = [r["text"] for r in rows if analyze(r["text"], lang).formality != "formal"]
    assert len(rows) - len(misread) >= FLOORS[lang], misread


def test_look_alikes_in_published_text_read_formal() -> None:
    # Every look-alike row outside the quoted-dialogue genre, in the held languages.
    with DATA.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    alike = [r for r in rows if r["genre"].endswith("/lookalike") and r["lang"] in FLOORS]
    misread = [r["text"] for r in alike if analyze(r["text"], r["lang"]).formality != "formal"]
    assert len(alike) >= 30 and len(misread) <= 2, misread
