"""Chinese and Thai register on hand-written contrastive pairs.

There is no labelled corpus for zh or th, so ``data/zh_th_pairs.jsonl`` holds
pairs written by hand: the same content once in the polite register (您, 请问,
麻烦您, 贵公司; ครับ/ค่ะ/คะ, คุณ, ดิฉัน/ผม, กรุณา, รบกวน) and once as friends
or casual chat would write it (你, 啦, 呗, 咋, 哥们; นะ, อ่ะ, ว่ะ, จ้า, ป่ะ,
มั้ย, กู/มึง, แก, เธอ). Sentences that carry no register marker at all (a
Chinese statement without any form of address) are left out: they cannot be
read without context.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from chatbot.detect.register.evaluate import Cell, evaluate

DATA = Path(__file__).resolve().parent / "data" / "zh_th_pairs.jsonl"
LANGS = ("zh", "th")


def _rows() -> list[dict[str, Any]]:
    with DATA.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.fixture(scope="module")
def cells() -> dict[str, Cell]:
    report = evaluate(_rows())
    assert report.ms_per_100_chars_median <= 1.0
    return {lang: cell for (_source, lang), cell in report.cells.items()}


def test_data_shape() -> None:
    rows = _rows()
    keys = {"text", "lang", "label", "pair_id", "source"}
    assert all(set(row) == keys for row in rows)
    assert all(row["source"] == "handwritten" for row in rows)
    texts = [row["text"] for row in rows]
    assert len(set(texts)) == len(texts), "duplicate sentences"
    members = Counter((row["pair_id"], row["label"]) for row in rows)
    assert set(members.values()) == {1}
    for lang in LANGS:
        ids = {row["pair_id"] for row in rows if row["lang"] == lang}
        assert len(ids) >= 60, lang
        assert all(pid.startswith(f"{lang}-") for pid in ids)
        for pid in ids:
            assert (pid, "formal") in members and (pid, "informal") in members, pid


@pytest.mark.parametrize("lang", LANGS)
def test_accuracy_target(cells: dict[str, Cell], lang: str) -> None:
    cell = cells[lang]
    assert cell.accuracy >= 0.97, f"{lang}: {cell.correct}/{cell.n}, unknown {cell.unknown}"


@pytest.mark.parametrize("lang", LANGS)
def test_pair_target(cells: dict[str, Cell], lang: str) -> None:
    cell = cells[lang]
    assert cell.pairs >= 60
    assert cell.pair_accuracy is not None and cell.pair_accuracy >= 0.99, lang
