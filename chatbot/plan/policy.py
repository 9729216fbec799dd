"""Register policies and the plan they give for one reply.

A persona (or a request) fixes a level, or mirrors the user within a range:
"mirror the user within [polite, honorific]" answers keigo with keigo and
plain speech with polite speech, never casual. A bank that must never be
casual sets its range's floor there; a friend who must never be stiff sets
the ceiling.
"""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, model_validator

from chatbot.detect.register.reading import Reading
from chatbot.errors import ConfigError
from chatbot.locales.schema import LocaleSpec
from chatbot.plan.requests import Asked


class RegisterPolicy(BaseModel):
    """``level`` fixes the register; ``mirror`` follows the user between ``min`` and ``max``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    level: str | None = None
    mirror: bool = False
    min: str | None = None
    max: str | None = None

    @model_validator(mode="after")
    def _one_kind(self) -> RegisterPolicy:
        if self.level is not None and (self.mirror or self.min or self.max):
            raise ValueError("give either a fixed level, or mirror with an optional min/max")
        if self.level is None and not self.mirror:
            raise ValueError("give a fixed level, or mirror: true")
        return self

    def check(self, spec: LocaleSpec, where: str) -> None:
        """Raise if the policy names a level the locale does not have."""
        ids = [lv.id for lv in spec.levels]
        for field in ("level", "min", "max"):
            value = getattr(self, field)
            if value is not None and value not in ids:
                raise ConfigError(
                    f"{where}: {field} {value!r} is not a level of locale {spec.code} "
                    f"(levels: {', '.join(ids)})"
                )
        if self.min and self.max and spec.level(self.min).rank > spec.level(self.max).rank:
            raise ConfigError(f"{where}: min {self.min!r} is more formal than max {self.max!r}")

    def allowed(self, spec: LocaleSpec) -> list[str]:
        """Level ids this policy may produce, least formal first."""
        if self.level is not None:
            return [self.level]
        lo = spec.level(self.min).rank if self.min else -(10**9)
        hi = spec.level(self.max).rank if self.max else 10**9
        return [lv.id for lv in spec.ordered() if lo <= lv.rank <= hi]


@dataclass(frozen=True)
class Plan:
    locale: str
    level: str
    reason: str
    # A variety of the locale's language the reply is written and read in
    # (pt.brazil), where the user writes one the locale has texts for.
    variety: str | None = None
    # The user's words that asked for the level (Sie können mich duzen: "duzen"),
    # where the plan follows such a request.
    asked: str | None = None


def plan(
    policy: RegisterPolicy,
    spec: LocaleSpec,
    user: Reading | None,
    variety: str | None = None,
    asked: Asked | None = None,
) -> Plan:
    """The level of the reply, given the register the user wrote in (if read), in
    ``variety`` (pt.brazil), whose default level holds where the user's shows none.
    A level the user ``asked`` for (Sie können mich duzen) is mirrored instead of
    the message's, within the policy's range; a fixed level stays fixed."""
    policy.check(spec, "register policy")
    if policy.level is not None:
        return Plan(spec.code, policy.level, f"fixed level {policy.level}", variety)
    allowed = policy.allowed(spec)
    ranks = {lv.id: lv.rank for lv in spec.levels}
    if asked is not None and asked.level in ranks:
        wanted = ranks[asked.level]
        target = min(allowed, key=lambda lv: (abs(ranks[lv] - wanted), -ranks[lv]))
        said = f"the user asked for {asked.level} ({asked.surface})"
        why = said if target == asked.level else f"{said}; nearest allowed"
        return Plan(spec.code, target, why, variety, asked.surface)
    if user is None or user.level is None or user.level not in ranks or not user.marked:
        # Nothing to mirror (no word of the message shows a level: "Le film
        # était génial."): the locale's default, or the nearest allowed level.
        default = spec.default_for(variety)
        target = min(allowed, key=lambda lv: abs(ranks[lv] - ranks[default]))
        return Plan(spec.code, target, "user's register unknown: default level", variety)
    user_rank = ranks[user.level]
    target = min(allowed, key=lambda lv: (abs(ranks[lv] - user_rank), -ranks[lv]))
    why = (
        "mirrors the user" if target == user.level else f"user wrote {user.level}; nearest allowed"
    )
    return Plan(spec.code, target, why, variety)
