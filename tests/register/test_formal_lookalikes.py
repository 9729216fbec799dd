"""Formal messages holding look-alikes of casual cues read formal (a blind set, session 18).

formal_lookalikes_blind: 8 polite or formal messages in each of the 15
locales, each with a string a naive reader takes for a casual cue, written by
a reviewer who had not read the rules: a product code (model OMG-450), an
acronym in parentheses (the Lagos Municipal Administrative Office (LMAO)),
a chemical symbol ((Ti), not Italian ti), a unit (12.000 u), a noun (le ton
de notre courrier, a pá carregadora), a quoted title or slogan
(«Amo-te, Lisboa», “你的健康，我们守护”). On arrival 111/120; then codes and
symbols in parentheses are no words, a quotation inside own words twice as
long is set aside, le ton and a pá are nouns, u after a number is a unit, and
vosso, which Portugal writes to customers (a vossa empresa), no longer reads
as tu: 118/120. Left: a Chinese notice whose own words are too short to
outweigh the slogan it quotes, and Vietnamese written without a particle,
which reads casual (see test_published_text.py).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chatbot.detect.register import analyze

DATA = Path(__file__).resolve().parent / "data" / "formal_only" / "formal_lookalikes_blind.jsonl"
# Rows read formal, of 8 per language, as measured.
FLOORS = dict.fromkeys(
    ("de", "en", "es", "fr", "hi", "id", "it", "ja", "ko", "nl", "pt", "ru", "th"), 8
) | {"vi": 7, "zh": 7}


def _rows(lang: str) -> list[dict[str, str]]:
    with DATA.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    return [r for r in rows if r["lang"] == lang]


@pytest.mark.parametrize("lang", sorted(FLOORS))
def test_look_alikes_of_casual_cues_read_formal(lang: str) -> None:
    rows = _rows(lang)
    assert len(rows) == 8 and all(r["label"] == "formal" for r in rows)
    for row in rows:
        assert row["lookalike"] in row["text"], row
    misread = [r["text"] for r in rows if analyze(r["text"], lang).formality != "formal"]
    assert len(rows) - len(misread) >= FLOORS[lang], misread
