"""``chatbot eval adherence``: how often replies land in the target register.

Each locale ships a persona, a target level and at least 20 user messages
(``chatbot/check/adherence/<code>.yaml``). Every message is answered twice in a
fresh conversation: once with the persona alone (no register layer), once with
the register layer (the level's instruction, address forms and examples in the
system prompt, and the guard that retries off-register first sentences). The
share of replies read on target is the result. On a random-weight model the
figures are meaningless; the run then only shows that the mechanics work.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from chatbot import locales
from chatbot.check.guard import GuardSettings, RegisterGuard, Verdict, verdict_for
from chatbot.config import Sampling
from chatbot.detect.register import analyze
from chatbot.errors import ConfigError
from chatbot.generate.runtime import Runtime
from chatbot.plan.policy import Plan
from chatbot.prompt import build_system_prompt
from chatbot.stream.events import TextDelta


class MessageSet(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    locale: str
    persona: str = Field(min_length=1)
    level: str
    messages: list[str] = Field(min_length=20)


def load_set(code: str) -> MessageSet:
    entry = resources.files("chatbot.check.adherence").joinpath(f"{code}.yaml")
    if not entry.is_file():
        raise ConfigError(f"no adherence message set for locale {code!r}")
    try:
        return MessageSet.model_validate(yaml.safe_load(entry.read_text("utf-8")))
    except ValidationError as exc:
        raise ConfigError(f"{entry}: {exc}") from exc


def available_sets() -> list[str]:
    folder = resources.files("chatbot.check.adherence")
    return sorted(
        e.name.removesuffix(".yaml") for e in folder.iterdir() if e.name.endswith(".yaml")
    )


@dataclass
class LocaleResult:
    locale: str
    level: str
    n: int = 0
    baseline_on_target: int = 0
    layer_on_target: int = 0
    layer_retries: int = 0
    layer_flagged: int = 0
    statuses: dict[str, int] = field(default_factory=dict)

    def as_row(self) -> dict[str, object]:
        return {
            "locale": self.locale,
            "level": self.level,
            "messages": self.n,
            "baseline_on_target": round(self.baseline_on_target / self.n, 3) if self.n else 0.0,
            "layer_on_target": round(self.layer_on_target / self.n, 3) if self.n else 0.0,
            "retries": self.layer_retries,
            "flagged": self.layer_flagged,
        }


def run_locale(
    engine: Runtime,
    code: str,
    *,
    sampling: Sampling,
    guard: GuardSettings | None = None,
    limit: int | None = None,
    progress: Callable[[str], None] | None = None,
) -> LocaleResult:
    spec = locales.get(code)
    if spec is None:
        raise ConfigError(f"no locale spec for {code!r}; known: {', '.join(locales.available())}")
    data = load_set(code)
    plan = Plan(code, data.level, "adherence eval target")
    layered_prompt = build_system_prompt(data.persona, spec, data.level)
    result = LocaleResult(code, data.level)
    for message in data.messages[:limit]:
        result.n += 1
        plain = engine.chat(data.persona, sampling=sampling)
        text = "".join(e.text for e in plain.send(message) if isinstance(e, TextDelta))
        if verdict_for(analyze(text, code), plan) == "on_target":
            result.baseline_on_target += 1
        layered = engine.chat(layered_prompt, sampling=sampling)
        held = RegisterGuard(layered, guard or GuardSettings())
        verdict = next(e for e in held.send(message, plan) if isinstance(e, Verdict))
        result.statuses[verdict.status] = result.statuses.get(verdict.status, 0) + 1
        result.layer_on_target += verdict.status == "on_target"
        result.layer_retries += verdict.retries
        result.layer_flagged += verdict.flagged
        if progress is not None:
            progress(f"{code} {result.n}/{len(data.messages[:limit])}: {verdict.status}")
    return result
