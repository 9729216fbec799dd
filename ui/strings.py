"""The UI's own strings (``strings.yaml``), as a Gradio ``I18n``."""

from __future__ import annotations

import functools
from importlib import resources

import yaml


@functools.cache
def table() -> dict[str, dict[str, str]]:
    text = resources.files("chatbot.ui").joinpath("strings.yaml").read_text("utf-8")
    data: dict[str, dict[str, str]] = yaml.safe_load(text)
    return data


def i18n() -> object:
    import gradio as gr

    return gr.I18n(**table())


def written_in(language: str | None) -> str:
    """The language the UI's strings are written in for ``language``: it, or English."""
    lang = (language or "en").split("-")[0].lower()
    return lang if lang in table() else "en"


def text(key: str, language: str | None) -> str:
    """One string for server-made text; the language falls back to English."""
    strings = table()
    return strings[written_in(language)].get(key) or strings["en"][key]
