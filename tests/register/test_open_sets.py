"""Blind sets that do not yet meet the targets: their figures may not fall.

``data/open/`` holds sets written blind (before any run) whose reading is
still below the targets of ``test_handwritten_sets.py`` (0.97 per label, 0.99
on pairs). They stay here, measured, instead of being trimmed to pass: each
floor is the figure measured when the gap was last narrowed, and README says
what is left.

romance_domains_blind.jsonl: es, it and pt instructions in six service
domains. Arrival: informal es 0.875, it 0.75, pt 0.825. What is left: Italian
-are verbs whose tu indicative is also the Lei subjunctive (la trovi, paghi),
imperatives before a preposition (torna in ambulatorio: nouns take one too),
and every Portuguese tu imperative, which is also the third person that
addresses o senhor (percebe o que digo), so it is not read at all.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chatbot.detect.register.evaluate import evaluate

OPEN = Path(__file__).resolve().parent / "data" / "open"
# (file stem, lang): (formal, informal, pairs), as measured.
FLOORS = {
    ("romance_domains_blind", "es"): (1.0, 0.975, 0.975),
    ("romance_domains_blind", "it"): (1.0, 0.875, 0.95),
    ("romance_domains_blind", "pt"): (0.975, 0.85, 1.0),
}


def _rows(stem: str, lang: str) -> list[dict[str, str]]:
    with (OPEN / f"{stem}.jsonl").open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    return [r for r in rows if r["lang"] == lang]


def test_every_open_set_has_floors() -> None:
    assert {p.stem for p in OPEN.glob("*.jsonl")} == {stem for stem, _ in FLOORS}


@pytest.mark.parametrize(("stem", "lang"), sorted(FLOORS))
def test_open_set_does_not_fall(stem: str, lang: str) -> None:
    rows = _rows(stem, lang)
    report = evaluate(rows)
    wrong = [row["label"] for row, _reading in report.errors]
    formal, informal, pairs = FLOORS[stem, lang]
    for label, floor in (("formal", formal), ("informal", informal)):
        n = sum(1 for r in rows if r["label"] == label)
        assert 1 - wrong.count(label) / n >= floor, (label, [e[0]["text"] for e in report.errors])
    (cell,) = report.cells.values()
    assert cell.pair_accuracy is not None and cell.pair_accuracy >= pairs, cell
