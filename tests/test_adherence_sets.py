"""The shipped message sets for ``chatbot eval adherence`` are well formed."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
SETS = ROOT / "chatbot" / "check" / "adherence"
LOCALES = ROOT / "chatbot" / "locales"

WANTED = {"ja", "ko", "de", "fr", "es", "it", "pt", "nl", "ru", "hi", "vi", "id", "zh", "th", "en"}
FILES = sorted(SETS.glob("*.yaml"))


def _load(path: Path) -> dict:
    data = yaml.safe_load(path.read_text("utf-8"))
    assert isinstance(data, dict), f"{path.name}: top level is not a mapping"
    return data


def test_all_locales_present() -> None:
    assert {p.stem for p in FILES} == WANTED


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_message_set(path: Path) -> None:
    data = _load(path)
    assert set(data) == {"locale", "persona", "level", "messages"}
    assert data["locale"] == path.stem

    assert isinstance(data["persona"], str) and data["persona"].strip()

    spec = _load(LOCALES / f"{data['locale']}.yaml")
    level_ids = [level["id"] for level in spec["levels"]]
    assert data["level"] in level_ids, f"{data['level']!r} not in {level_ids}"

    messages = data["messages"]
    assert isinstance(messages, list)
    assert len(messages) >= 20
    for message in messages:
        assert isinstance(message, str) and message.strip(), f"empty or non-string: {message!r}"
    assert len(set(messages)) == len(messages), "duplicate messages"
