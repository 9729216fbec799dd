"""Measure the analyzers on labelled JSONL rows (``text``, ``lang``, ``label``...).

Accuracy is per (source, lang); ``unknown`` counts as wrong. Pair accuracy is
the share of formal/informal pairs whose formal member reads as more formal:
a higher level rank, or the same level and a higher continuous score.
"""

from __future__ import annotations

import json
import math
import statistics
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from chatbot import locales
from chatbot.detect.register import analyze
from chatbot.detect.register.reading import Reading


def classify(rows: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Each row with ``level``, ``formality``, ``confidence``, ``evidence``, ``misuses``,
    ``reason`` (why a reading is unknown, or a note; else null) and ``keigo`` for ja."""
    for row in rows:
        reading = analyze(str(row.get("text", "")), str(row.get("lang", "")))
        out = dict(row)
        data = reading.to_json()
        for key in ("level", "formality", "confidence", "evidence", "misuses", "reason"):
            out[key] = data[key]
        if reading.locale == "ja":
            out["keigo"] = data["keigo"]
        yield out


@dataclass
class Cell:
    n: int = 0
    correct: int = 0
    unknown: int = 0
    pairs: int = 0
    pairs_ok: int = 0

    @property
    def accuracy(self) -> float:
        return self.correct / self.n if self.n else 0.0

    @property
    def pair_accuracy(self) -> float | None:
        return self.pairs_ok / self.pairs if self.pairs else None


@dataclass
class Report:
    cells: dict[tuple[str, str], Cell]
    ms_per_100_chars_median: float
    errors: list[tuple[dict[str, Any], Reading]]

    def table(self) -> str:
        lines = ["source                lang     n   acc    unk   pairs  pair_acc"]
        for (source, lang), c in sorted(self.cells.items()):
            pa = "-" if c.pair_accuracy is None else _down(c.pair_accuracy)
            lines.append(
                f"{source:<21} {lang:<4} {c.n:>5} {_down(c.accuracy)} {c.unknown:>5} {c.pairs:>6}  {pa}"
            )
        lines.append(
            f"median analysis time: {self.ms_per_100_chars_median:.3f} ms per 100 characters"
        )
        return "\n".join(lines)


def _down(share: float) -> str:
    """Three decimals, rounded down: 0.9699 prints as 0.969, never as a target met."""
    return f"{math.floor(share * 1000 + 1e-9) / 1000:.3f}"


def _order(reading: Reading) -> tuple[int, float]:
    spec = locales.get(reading.locale)
    if spec is None or reading.level is None:
        return (-(10**6), reading.score)
    return (spec.level(reading.level).rank, reading.score)


def evaluate(rows: Iterable[dict[str, Any]]) -> Report:
    cells: dict[tuple[str, str], Cell] = defaultdict(Cell)
    pairs: dict[tuple[str, str, str], dict[str, Reading]] = defaultdict(dict)
    timings: list[float] = []
    errors: list[tuple[dict[str, Any], Reading]] = []
    warm: set[str] = set()
    for row in rows:
        text, lang = str(row["text"]), str(row["lang"])
        if lang not in warm:
            # Loading a locale's analyzer (MeCab, a dictionary) is not analysis
            # time; on a few rows it would be all the median shows.
            analyze("warm up", lang)
            warm.add(lang)
        start = time.perf_counter()
        reading = analyze(text, lang)
        timings.append((time.perf_counter() - start) * 1000 * 100 / max(len(text), 1))
        cell = cells[(str(row.get("source", "-")), lang)]
        cell.n += 1
        if reading.formality == "unknown":
            cell.unknown += 1
        if reading.formality == row["label"]:
            cell.correct += 1
        else:
            errors.append((row, reading))
        if row.get("pair_id"):
            pairs[(str(row.get("source", "-")), lang, str(row["pair_id"]))][str(row["label"])] = (
                reading
            )
    for (source, lang, _), members in pairs.items():
        if {"formal", "informal"} <= members.keys():
            cell = cells[(source, lang)]
            cell.pairs += 1
            if _order(members["formal"]) > _order(members["informal"]):
                cell.pairs_ok += 1
    median = statistics.median(timings) if timings else 0.0
    return Report(cells=dict(cells), ms_per_100_chars_median=median, errors=errors)


def main(
    argv: list[str] | None = None,
) -> None:  # python -m chatbot.detect.register.evaluate FILE [LANG]
    import sys

    args = sys.argv[1:] if argv is None else argv
    langs = set(args[1].split(",")) if len(args) > 1 else None
    with open(args[0], encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    if langs:
        rows = [r for r in rows if r["lang"] in langs]
    print(evaluate(rows).table())


if __name__ == "__main__":
    main()
