"""The UI's own strings: every language has every key."""

from __future__ import annotations

from chatbot.ui.strings import table, text


def test_every_language_has_every_key() -> None:
    strings = table()
    assert {"en", "ja", "ko", "zh", "de", "fr", "es"} <= set(strings)
    keys = set(strings["en"])
    for lang, entries in strings.items():
        assert set(entries) == keys, lang
        assert all(isinstance(v, str) and v.strip() for v in entries.values()), lang


def test_server_text_follows_the_language_with_an_english_fallback() -> None:
    assert text("send", "ja-JP") == "送信"
    assert text("send", "pt-BR") == "Send"
    assert text("send", None) == "Send"
