"""A separate package can add a locale through the ``chatbot.locales`` entry point."""

from __future__ import annotations

from pathlib import Path

import pytest

from chatbot import locales
from chatbot.detect.register import analyze
from tests.conftest import install_entry_point

PACK_LOCALE = """\
code: eo
native: Esperanto
english: Esperanto
analyzer: rules
default_level: formal
levels:
  - id: informal
    native: ci-formo
    english: informal
    description: Addressing with ci.
    rank: 0
    formality: informal
    instruction: Parolu familiare kaj uzu "ci".
    address: {known: "{name}", unknown: ci}
    examples:
      - user: Saluton!
        assistant: Saluton! Kiel ci fartas?
  - id: formal
    native: vi-formo
    english: formal
    description: Addressing with vi and sinjoro/sinjorino.
    rank: 1
    formality: formal
    instruction: Parolu ĝentile kaj uzu "vi".
    address: {known: "sinjoro {surname}", unknown: vi}
    examples:
      - user: Bonan tagon.
        assistant: Bonan tagon! Kiel mi povas helpi vin?
markers:
  unmarked: formal
  rules:
    - id: eo.ci
      level: informal
      weight: 2.0
      why: ci is the familiar second person
      words: [ci, cin, cia]
    - id: eo.vi
      level: formal
      weight: 1.0
      why: vi is the ordinary, polite second person
      words: [vi, vin, via]
"""


def test_an_installed_pack_adds_a_locale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "eo_pack"
    folder.mkdir()
    (folder / "eo.yaml").write_text(PACK_LOCALE, "utf-8")
    (folder / "ja.yaml").write_text(PACK_LOCALE.replace("code: eo", "code: ja"), "utf-8")
    install_entry_point(monkeypatch, "chatbot.locales", "eo", "tests.test_locale_packs:FOLDER")
    monkeypatch.setattr("tests.test_locale_packs.FOLDER", folder, raising=False)
    locales._load.cache_clear()
    try:
        assert "eo" in locales.available()
        assert locales.get("ja").native == "日本語"  # a pack cannot replace ours
        reading = analyze("Kiel ci fartas?", "eo")
        assert reading.level == "informal" and reading.evidence[0].rule == "eo.ci"
        assert analyze("Kiel vi fartas?", "eo").level == "formal"
    finally:
        monkeypatch.undo()
        locales._load.cache_clear()
    assert "eo" not in locales.available()


def test_a_broken_pack_is_skipped_and_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "mixed_pack"
    folder.mkdir()
    (folder / "eo.yaml").write_text(PACK_LOCALE, "utf-8")
    (folder / "xx.yaml").write_text("code: xx\nlevels: not-a-list\n", "utf-8")
    install_entry_point(monkeypatch, "chatbot.locales", "mixed", "tests.test_locale_packs:FOLDER")
    install_entry_point(monkeypatch, "chatbot.locales", "gone", "no_such_module_anywhere:X")
    monkeypatch.setattr("tests.test_locale_packs.FOLDER", folder, raising=False)
    locales._load.cache_clear()
    try:
        assert "eo" in locales.available() and "ja" in locales.available()
        problems = locales.problems()
        assert any("mixed" in p and "xx.yaml" in p for p in problems), problems
        assert any(p.startswith("locale pack gone: cannot load it") for p in problems), problems
    finally:
        monkeypatch.undo()
        locales._load.cache_clear()
    assert locales.problems() == []


FOLDER: Path | None = None
