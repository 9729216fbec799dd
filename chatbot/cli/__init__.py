"""``chatbot``: nouns and verbs. ``chatbot --help`` lists them."""

from __future__ import annotations

import logging
import sys
from typing import Any

import click

from chatbot.errors import ChatbotError

# Terminal control characters (ESC, C1) from data files or a model's text, made visible.
_UNPRINTABLE = {c: "\ufffd" for c in [*range(0x20), 0x7F, *range(0x80, 0xA0)] if c not in (9, 10)}


def printable(text: str) -> str:
    """``text`` safe to print: control characters other than tab and newline become U+FFFD."""
    return text.translate(_UNPRINTABLE)


class _Group(click.Group):
    """Shows a ``ChatbotError`` as one readable line, not a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except ChatbotError as exc:
            click.secho(f"error: {printable(str(exc))}", fg="red", err=True)
            sys.exit(1)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="chatbot")
@click.option("-v", "--verbose", is_flag=True, help="Show llama.cpp's log.")
def cli(verbose: bool) -> None:
    """A culturally tuned chatbot on Qwen GGUF models and llama.cpp.

    Start with `chatbot run` (the default model, or a labelled demo model when
    none can be had), or `chatbot chat --model PATH` for a GGUF you have.
    """
    logging.basicConfig(
        level=logging.INFO if verbose else logging.ERROR,
        format="%(name)s: %(message)s",
        force=True,
    )


def main() -> None:
    from chatbot.cli import bench, chat, models, personas, register, serve  # noqa: F401  (registers)

    cli(prog_name="chatbot")
