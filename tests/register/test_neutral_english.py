"""Friendly service English is not read as casual (a blind set, session 18).

english_neutral_blind: 100 messages of agents, support bots, receptionists,
HR and teachers, written by a reviewer who had not read the rules and was
asked for the phrasing such writers share with casual talk (Got it, Sounds
like…, Just a heads-up, I'd be happy to help you out, your mom's account,
pretty quickly, a kids' menu). English reads casual talk from weak cues too
(en.everyday_wording, en.phrasal_talk, en.dropped_subject): this set is what
keeps them off service English. 90/100 read neutral or formal, before those
rules and after; the ten others say Sure thing or no worries, which en.slang
lists.
"""

from __future__ import annotations

import json
from pathlib import Path

from chatbot.detect.register import analyze

DATA = Path(__file__).resolve().parent / "data" / "formal_only" / "english_neutral_blind.jsonl"
FLOOR = 90  # of 100, as measured


def _rows() -> list[dict[str, str]]:
    with DATA.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def test_service_english_reads_neutral_or_formal() -> None:
    rows = _rows()
    assert len(rows) == 100 and all(r["label"] == "formal" for r in rows)
    casual = [r["text"] for r in rows if analyze(r["text"], "en").formality != "formal"]
    assert len(rows) - len(casual) >= FLOOR, casual


def test_weak_cues_alone_never_make_service_english_casual() -> None:
    # A row read casual must show it in a listed word (Sure thing), never only
    # through the cues that lean casual and show nothing (pretty, stuff, Sent…).
    weak = [
        r["text"]
        for r in _rows()
        if (reading := analyze(r["text"], "en")).formality == "informal" and not reading.marked
    ]
    assert weak == []
