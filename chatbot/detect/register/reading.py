"""What an analyzer reports about a text's register."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

FormalityReading = Literal["formal", "informal", "unknown"]
KeigoType = Literal["teineigo", "sonkeigo", "kenjougo"]


@dataclass(frozen=True)
class Evidence:
    """One span of the text that pushed the reading toward a level.

    ``start``/``end`` are character offsets into the analysed text, so
    ``text[start:end] == surface``.
    """

    surface: str
    start: int
    end: int
    level: str  # the level id this evidence votes for
    rule: str  # a short, human-readable name of the rule, e.g. "ja.desu_masu"
    weight: float = 1.0


@dataclass(frozen=True)
class Misuse:
    """A usage error, e.g. a humble verb describing the listener's action."""

    surface: str
    start: int
    end: int
    rule: str
    message: str  # in English
    native: str = ""  # the same in the locale's own language, where one is written

    def say(self, language: str, locale: str) -> str:
        """The message for a reader of ``language``: the native one for a reader of the
        locale's own language (a Japanese UI reading Japanese), else English."""
        return self.native if self.native and language == locale else self.message


@dataclass(frozen=True)
class Reading:
    locale: str
    level: str | None  # None when the register cannot be read
    formality: FormalityReading
    confidence: float  # 0..1
    # Continuous formality: > 0 leans formal, < 0 informal. Orders two texts
    # that read as the same level (used for formal/informal pair checks).
    score: float = 0.0
    evidence: tuple[Evidence, ...] = ()
    keigo: tuple[KeigoType, ...] = ()  # Japanese only
    misuses: tuple[Misuse, ...] = ()
    reason: str | None = None  # why the reading is unknown, or a note
    variety: str | None = None  # the variety of the language it was read as (pt.brazil)
    scores: dict[str, float] = field(default_factory=dict)  # level id -> score
    # Whether words of the text show the level; None: some evidence (other than
    # a learned guess) does. An analyzer says False for a default, a tie or a
    # guess, and True where silence itself is the sign (Thai with no ครับ/ค่ะ).
    shown: bool | None = None
    # Read only from how the text is written (chat words, laughter, no capitals:
    # rules that count alone), not from whom it addresses. The planner mirrors it;
    # the reply guard, which reads a reply sentence by sentence, does not retry
    # on it, since most sentences of any reply address nobody.
    style_only: bool = False

    @property
    def marked(self) -> bool:
        """Whether words of the text show its level.

        Not so for a level read by default (no marker found: the locale's
        unmarked level), a tie, or a guess of a learned backup
        (``<code>.subword``): a text of either level may read that way.
        """
        if self.shown is not None:
            return self.shown
        return any(not e.rule.endswith(".subword") for e in self.evidence)

    def to_json(self) -> dict[str, object]:
        return {
            "locale": self.locale,
            "level": self.level,
            "formality": self.formality,
            "confidence": round(self.confidence, 3),
            "score": round(self.score, 3),
            "evidence": [
                {"text": e.surface, "span": [e.start, e.end], "level": e.level, "rule": e.rule}
                for e in self.evidence
            ],
            "keigo": list(self.keigo),
            "misuses": [
                {
                    "text": m.surface,
                    "span": [m.start, m.end],
                    "rule": m.rule,
                    "message": m.message,
                    **({"native_message": m.native} if m.native else {}),
                }
                for m in self.misuses
            ],
            "reason": self.reason,
            "variety": self.variety,
        }
