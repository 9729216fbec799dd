"""The schema of a persona file (``personas/<id>.yaml``).

Strict: an unknown key is an error, so a typo fails at load time naming the
file and the field, never silently mid-chat. Deliberately absent: anything
that could switch off safety-relevant behaviour. There is no field to disable
the register check, lift limits, read files or run code; those belong to the
operator's settings, not to a data file anyone can share.
"""

from __future__ import annotations

import re
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from chatbot.locales.schema import Exchange
from chatbot.plan.policy import RegisterPolicy

# Limits that keep a shared file from bloating every prompt.
MAX_TEXT = 8000
MAX_SHORT = 400
MAX_GREETING = MAX_TEXT
MAX_NAME = 100  # a display name: a persona list shows it on one line
MAX_DESCRIPTION = 1000


NAME_FIELDS = ("name", "surname", "given")
ID_PATTERN = r"^[a-z0-9][a-z0-9-]{1,62}$"  # a persona id: its file name without .yaml
TEMPLATE_PATTERN = r"^[A-Za-z0-9_][A-Za-z0-9_.-]*\.j2$"  # a file in prompts/, no folders
# What a pattern asks for, in words: the pattern itself is no help to a persona's author.
PATTERN_HELP = {
    ID_PATTERN: "is not a persona id: use lower-case letters, digits and -, 2 to 63 "
    "characters, starting with a letter or digit (e.g. ramen-shop)",
    TEMPLATE_PATTERN: "is not a template: give a file name in prompts/ ending in .j2, "
    "without folders (e.g. concierge.j2)",
}
# Control characters other than tab and line breaks: in a name or greeting they are an
# attack on the terminal that prints them (ESC sequences retitle it, move the cursor).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _control_at(value: Any, where: str) -> str | None:
    """The first field under ``value`` whose text holds a control character."""
    if isinstance(value, str):
        return where if _CONTROL.search(value) else None
    items = (
        value.items()
        if isinstance(value, dict)
        else enumerate(value)
        if isinstance(value, list)
        else ()
    )
    for key, item in items:
        if isinstance(key, str) and _CONTROL.search(key):
            return f"{where}.{key!r}"
        found = _control_at(item, f"{where}.{key}" if where else str(key))
        if found:
            return found
    return None


_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SamplingOverrides(_Strict):
    """Sampling a persona prefers; the operator's settings still bound max_tokens."""

    temperature: float | None = Field(None, ge=0.0, le=2.0)
    top_p: float | None = Field(None, gt=0.0, le=1.0)
    top_k: int | None = Field(None, ge=0, le=1000)
    min_p: float | None = Field(None, ge=0.0, le=1.0)
    repeat_penalty: float | None = Field(None, ge=0.5, le=2.0)


class AddressPolicy(_Strict):
    """How to address the user; ``{name}``, ``{surname}``, ``{given}`` are filled in."""

    known: str = Field(min_length=1, max_length=MAX_SHORT)
    unknown: str | None = Field(
        None,
        min_length=1,
        max_length=MAX_SHORT,
        description="When no name is known; leave out for no form of address at all",
    )
    ask_name: bool = Field(False, description="Politely ask for the name when it is unknown")

    @field_validator("known")
    @classmethod
    def _placeholders(cls, value: str) -> str:
        for found in _PLACEHOLDER.findall(value):
            if found not in NAME_FIELDS:
                raise ValueError(
                    f"unknown placeholder {{{found}}}; use {{name}}, {{surname}} or {{given}}"
                )
        return value

    @field_validator("unknown")
    @classmethod
    def _no_placeholders(cls, value: str) -> str:
        if _PLACEHOLDER.search(value):
            raise ValueError("the form for an unknown name cannot hold a {placeholder}")
        return value


class LocaleSetup(_Strict):
    """What the persona does in one locale."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    # "register" in the file; the attribute name avoids BaseModel.register.
    policy: RegisterPolicy = Field(alias="register")
    # Shown as the first message, never part of the prompt; cards' greetings run long.
    greeting: str = Field(
        "",
        max_length=MAX_GREETING,
        description="The first message, shown before the user writes; empty: none",
    )
    alternate_greetings: list[Annotated[str, Field(max_length=MAX_GREETING)]] = Field(
        default_factory=list, max_length=20
    )
    examples: list[Exchange] = Field(default_factory=list, max_length=12)
    address: AddressPolicy | None = None  # default: the level's own forms
    avoid: list[Annotated[str, Field(max_length=MAX_SHORT)]] = Field(
        default_factory=list, max_length=50
    )


class CardExtras(_Strict):
    """What a character card carried that this schema does not interpret, kept intact."""

    fields: dict[str, Any] = Field(default_factory=dict)  # e.g. creator, tags, character_book
    extensions: dict[str, Any] = Field(default_factory=dict)  # other apps' namespaces
    # Keys beside spec/data: the V1 mirrors and an app's own state (avatar, create_date).
    top: dict[str, Any] = Field(default_factory=dict)


class Persona(_Strict):
    id: str = Field(pattern=ID_PATTERN)
    name: dict[str, Annotated[str, Field(min_length=1, max_length=MAX_NAME)]] = Field(
        min_length=1, description="Display name per UI language code; 'en' is required"
    )
    description: dict[str, Annotated[str, Field(max_length=MAX_DESCRIPTION)]] = Field(
        default_factory=dict,
        description="What the persona is for, per UI language code; 'en' is required if given",
    )
    persona: str | None = Field(
        None,
        max_length=MAX_TEXT,
        description="The role text; a sandboxed Jinja template over `vars`",
    )
    template: str | None = Field(
        None,
        max_length=MAX_SHORT,
        pattern=TEMPLATE_PATTERN,
        description="A template in prompts/ to render instead of `persona` (file name only)",
    )
    vars: dict[str, str] = Field(default_factory=dict, max_length=40)
    locales: dict[str, LocaleSetup] = Field(min_length=1)
    default_locale: str | None = None
    sampling: SamplingOverrides = Field(default_factory=SamplingOverrides)
    model: str | None = Field(
        None,
        max_length=MAX_SHORT,
        description="Preferred model: a preset, a .gguf file or repo_id:pattern (not yet used)",
    )
    thinking: bool = Field(False, description="Whether Qwen3 thinking may be turned on")
    avoid: list[Annotated[str, Field(max_length=MAX_SHORT)]] = Field(
        default_factory=list, max_length=50
    )
    card: CardExtras | None = Field(None, description="Set by card import; not for hand editing")

    @field_validator("name")
    @classmethod
    def _english_name(cls, value: dict[str, str]) -> dict[str, str]:
        if "en" not in value:
            raise ValueError("give at least an English name (key 'en')")
        return value

    @field_validator("description")
    @classmethod
    def _english_description(cls, value: dict[str, str]) -> dict[str, str]:
        if value and "en" not in value:
            raise ValueError("give an English description too (key 'en'), or leave description out")
        return value

    @field_validator("vars")
    @classmethod
    def _var_names(cls, value: dict[str, str]) -> dict[str, str]:
        for key in value:
            if not key.isidentifier() or key.startswith("_"):
                raise ValueError(f"variable name {key!r} must be an identifier not starting with _")
        return value

    @model_validator(mode="after")
    def _text_and_locale(self) -> Persona:
        if (self.persona is None) == (self.template is None):
            raise ValueError("give exactly one of `persona` (text) or `template` (a prompts/ file)")
        if self.default_locale is not None and self.default_locale not in self.locales:
            raise ValueError(f"default_locale {self.default_locale!r} is not in locales")
        # ``card`` is the card's own data, carried unread; everything else is shown or sent.
        found = _control_at(self.model_dump(by_alias=True, exclude={"card"}), "")
        if found:
            raise ValueError(f"{found}: holds a control character (e.g. ESC); remove it")
        return self

    @property
    def primary_locale(self) -> str:
        return self.default_locale or next(iter(self.locales))

    def display_name(self, ui_language: str) -> str:
        return self.name.get(ui_language) or self.name["en"]

    def char_name(self, locale: str) -> str:
        """What ``{{char}}`` stands for in ``locale``: the nickname a V3 card gave
        (what the character is called in chat, which the card spec has
        ``{{char}}`` take), unless the persona has its own name in that language;
        without a nickname, its name there, else its English one."""
        nickname = self.card.fields.get("nickname") if self.card else None
        localized = locale != "en" and locale in self.name
        if not localized and isinstance(nickname, str) and nickname.strip():
            return nickname.strip()[:MAX_NAME]
        return self.display_name(locale)
