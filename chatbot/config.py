"""Settings, layered: defaults < config file < environment < command line.

The config file is TOML (``$CHATBOT_CONFIG``, else ``~/.config/chatbot/config.toml``)
with the same keys as the fields below. Environment variables are
``CHATBOT_<FIELD>`` in upper case, e.g. ``CHATBOT_N_CTX=8192``.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from chatbot.errors import ConfigError

ENV_PREFIX = "CHATBOT_"


class Sampling(BaseModel):
    """Sampling parameters (defaults: Qwen's recommended values for chat)."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)

    temperature: float = Field(0.7, ge=0.0, le=5.0)
    top_p: float = Field(0.8, ge=0.0, le=1.0)  # 0 keeps only the likeliest token, as in OpenAI
    top_k: int = Field(20, ge=0)
    min_p: float = Field(0.0, ge=0.0, le=1.0)
    repeat_penalty: float = Field(1.05, ge=0.0)
    max_tokens: int = Field(1024, ge=1, description="Most tokens in one reply")


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    model: str | None = Field(
        None,
        description="A GGUF path, a preset name, or repo_id:pattern on the Hugging Face Hub",
    )
    n_ctx: int | None = Field(
        None, ge=256, description="Context size in tokens (default: the preset's, else 4096)"
    )
    threads: int | None = Field(None, ge=1, description="CPU threads (default: physical cores)")
    n_gpu_layers: int | None = Field(
        None, ge=-1, description="Layers to offload (-1 all; default: all if a GPU backend exists)"
    )
    seed: int = Field(-1, description="Sampling seed; -1 picks a random one")
    thinking: bool = Field(False, description="Let Qwen3 hybrid models think before answering")
    system: str | None = Field(None, description="System prompt")
    locale: str | None = Field(None, description="Reply locale for the register layer, e.g. ja")
    level: str | None = Field(None, description="Register level in that locale, e.g. honorific")
    enforce_register: bool = Field(
        True, description="Retry replies whose first sentence is off the target register"
    )
    register_retries: int = Field(2, ge=0, le=5, description="Most retries for one reply")
    max_message_chars: int = Field(
        4000,
        ge=1,
        le=100_000,
        description="Longest message (and system text, in the API) one request may send",
    )
    sampling: Sampling = Field(default_factory=Sampling)
    engine_url: str | None = Field(
        None,
        description="A remote OpenAI-compatible engine (llama-server, vLLM, Ollama) instead of "
        "an in-process model, e.g. http://gpu-box:8080/v1",
    )
    engine_model: str | None = Field(
        None, description="The model to ask the remote engine for (default: the first it lists)"
    )
    engine_key: str | None = Field(None, description="Bearer key for the remote engine")
    engine_parallel: int | None = Field(
        None,
        ge=1,
        le=256,
        description="Replies the remote engine generates at once (default: its slots, else 4)",
    )

    @field_validator("engine_url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value is None:
            return None
        parts = urlsplit(value.strip())
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError(
                "an http:// or https:// address of an OpenAI-compatible server, "
                "e.g. http://127.0.0.1:8080/v1"
            )
        return value.strip()


SAMPLING_KEYS = frozenset(Sampling.model_fields)
DEFAULT_N_CTX = 4096  # for a model that is not a preset, when no n_ctx is set


def user_path(variable: str, name: str) -> Path:
    """``$<variable>`` if set, else ``name`` in ~/.config/chatbot ($XDG_CONFIG_HOME/chatbot).

    ConfigError, saying what to set, when neither the variable nor a home
    directory can give one (a container user with no $HOME and no passwd entry).
    """
    explicit = os.environ.get(variable)
    xdg = os.environ.get("XDG_CONFIG_HOME")
    try:
        if explicit:
            return Path(explicit).expanduser()
        return (Path(xdg) if xdg else Path.home() / ".config") / "chatbot" / name
    except RuntimeError as exc:  # Path.home() / expanduser() without a home
        if explicit:
            raise ConfigError(
                f"{variable}={explicit!r}: there is no home directory for ~; give an absolute path"
            ) from exc
        raise ConfigError(
            f"no home directory to find {name} in: set HOME, XDG_CONFIG_HOME or {variable}"
        ) from exc


def config_path() -> Path:
    return user_path(ENV_PREFIX + "CONFIG", "config.toml")


def _from_file(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {}
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read config: {exc}") from exc


def _from_env(env: Mapping[str, str]) -> dict[str, Any]:
    """``CHATBOT_<KEY>`` values; an empty (or blank) variable counts as unset."""
    out: dict[str, Any] = {}
    for key in (*Settings.model_fields, *SAMPLING_KEYS):
        value = env.get(ENV_PREFIX + key.upper())
        if value is not None and value.strip() and key != "sampling":
            out[key] = value
    return out


def _where(source: str, loc: tuple[str | int, ...]) -> str:
    """How the user wrote the setting at ``loc`` in ``source``: a flag, a variable or a file."""
    key = str(loc[-1]) if loc and loc[0] == "sampling" else str(loc[0]) if loc else ""
    if source == "command line":
        return "--" + key.replace("_", "-")
    if source == "environment":
        return ENV_PREFIX + key.upper()
    return source


def _lookup(layer: Mapping[str, Any], loc: tuple[str | int, ...]) -> tuple[bool, Any]:
    value: Any = layer
    for part in loc:
        if not isinstance(value, Mapping) or part not in value:
            return False, None
        value = value[part]
    return True, value


def _describe(layers: list[tuple[str, dict[str, Any]]], error: Any) -> str:
    """One problem: the setting, the value given, where it came from, and what is wrong."""
    loc = tuple(error["loc"])
    name = ".".join(str(p) for p in loc)
    for source, layer in reversed(layers):  # the last layer that set it is the one that won
        found, value = _lookup(layer, loc)
        if found:
            shown = f" = {value!r}" if error["type"] != "extra_forbidden" else ""
            return f"{name}{shown} (from {_where(source, loc)}): {error['msg']}"
    return f"{name}: {error['msg']}"


def _nest(flat: Mapping[str, Any]) -> dict[str, Any]:
    """Put sampling keys given at the top level into the ``sampling`` table."""
    out = {k: v for k, v in flat.items() if k not in SAMPLING_KEYS}
    given = out.get("sampling")
    if given is not None and not isinstance(given, Mapping):
        return out  # not a table: validation says so, naming the file
    sampling = dict(out.pop("sampling", None) or {})
    sampling.update({k: v for k, v in flat.items() if k in SAMPLING_KEYS})
    if sampling:
        out["sampling"] = sampling
    return out


def _merge(base: dict[str, Any], top: Mapping[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in top.items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), Mapping):
            merged[key] = _merge(dict(merged[key]), value)
        else:
            merged[key] = value
    return merged


def load_settings(
    cli: Mapping[str, Any] | None = None,
    env: Mapping[str, str] | None = None,
    path: Path | None = None,
) -> Settings:
    """Settings from every layer; ``None`` values on the command line mean "not given"."""
    if path is None:
        try:
            path = config_path()
        except ConfigError:
            if os.environ.get(ENV_PREFIX + "CONFIG"):
                raise  # a config file was asked for and cannot be found
            path = None  # no home: no user config file, the rest still applies
    layers = [
        (str(path) if path else "no config file", _nest(_from_file(path)) if path else {}),
        ("environment", _nest(_from_env(os.environ if env is None else env))),
        ("command line", _nest({k: v for k, v in (cli or {}).items() if v is not None})),
    ]
    merged: dict[str, Any] = {}
    for _, layer in layers:
        merged = _merge(merged, layer)
    try:
        return Settings.model_validate(merged)
    except ValidationError as exc:
        problems = "; ".join(_describe(layers, e) for e in exc.errors())
        raise ConfigError(
            f"invalid settings: {problems}. Fix or remove the value (--help lists the options)"
        ) from exc
