"""Model presets, read from ``presets.yaml`` (data, not code)."""

from __future__ import annotations

import functools
from importlib import resources

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from chatbot.errors import ConfigError


class Preset(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    description: str
    repo: str = Field(pattern=r"^[\w.-]+/[\w.-]+$")
    pattern: str = Field(min_length=1)
    n_ctx: int = Field(4096, ge=256)


class PresetFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    default: str
    presets: dict[str, Preset]

    @model_validator(mode="after")
    def _default_exists(self) -> PresetFile:
        if self.default not in self.presets:
            raise ValueError(f"default {self.default!r} is not a preset")
        return self


@functools.cache
def load() -> PresetFile:
    source = resources.files("chatbot.models").joinpath("presets.yaml")
    try:
        return PresetFile.model_validate(yaml.safe_load(source.read_text("utf-8")))
    except ValidationError as exc:
        raise ConfigError(f"{source}: {exc}") from exc
