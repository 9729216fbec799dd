"""A chat session that speaks as a persona, in one locale and register level."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from chatbot.config import Sampling
from chatbot.generate.runtime import Chat, Runtime
from chatbot.persona.registry import Entry
from chatbot.persona.render import system_prompt
from chatbot.plan.policy import Plan


def persona_session(
    engine: Runtime,
    entry: Entry,
    target: Plan,
    sampling: Sampling,
    *,
    thinking: bool = False,
    overrides: Mapping[str, Any] | None = None,
    names: Mapping[str, str] | None = None,
) -> Chat:
    """The persona's system prompt for ``target``; its sampling over ``sampling``, and
    ``overrides`` (what a request asked for) over both. ``names`` (see
    :func:`chatbot.prompt.names.names_from`) fill the persona's form of address."""
    persona = entry.persona
    own = {k: v for k, v in persona.sampling.model_dump().items() if v is not None}
    return engine.chat(
        system_prompt(
            persona,
            target.locale,
            target.level,
            names=names,
            folders=entry.folders,
            variety=target.variety,
        ),
        sampling=Sampling.model_validate({**sampling.model_dump(), **own, **(overrides or {})}),
        thinking=thinking and persona.thinking,
    )
