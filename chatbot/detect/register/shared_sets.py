"""Rule sets several locales share, as data: ``shared/<name>.yaml``.

Written chat has conventions that cross languages (laughter spelled haha,
emoticons, laughing emoji, stretched words). A locale takes such a set with
``include: [{set: chat, level: informal}]`` in its ``markers`` block, naming
its own level that the set's rules vote for; each rule keeps its id
(``chat.laughter``) in the evidence. A set is read and checked once.
"""

from __future__ import annotations

import functools
from importlib import resources

import yaml
from pydantic import ValidationError

from chatbot.detect.register.rules_schema import SharedSet
from chatbot.errors import ConfigError
from chatbot.locales import error_lines

FOLDER = "shared"


def available() -> list[str]:
    folder = resources.files("chatbot.detect.register") / FOLDER
    return sorted(
        p.name.removesuffix(".yaml") for p in folder.iterdir() if p.name.endswith(".yaml")
    )


@functools.cache
def rule_set(name: str) -> SharedSet:
    """The shared set ``name``; ConfigError names the file and field of a mistake."""
    path = resources.files("chatbot.detect.register") / FOLDER / f"{name}.yaml"
    if not path.is_file():
        raise ConfigError(
            f"no shared rule set {name!r} to include; there are: {', '.join(available())}"
        )
    text = path.read_text("utf-8")
    data = yaml.safe_load(text)
    try:
        return SharedSet.model_validate(data)
    except ValidationError as exc:
        lines = [f"shared rule set {name!r} ({FOLDER}/{name}.yaml) is invalid"]
        raise ConfigError("\n".join(lines + error_lines(exc, data, text=text))) from exc
