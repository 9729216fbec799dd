"""Hold replies to the target register while they stream.

The first sentence is held back until it ends, then read. If it is off target
(the wrong side of formal/informal) or uses a phrase the persona must avoid,
generation is aborted, the turn rolled back, and the reply generated again
with a corrective instruction, at most ``max_retries`` times; a reply still
off target is delivered and flagged. The whole reply is read again at the
end, and every reply carries a ``Verdict``, with any avoided phrase it used.

Only the first sentence can be retried without the user seeing a reply change
under their eyes; later drift is reported, not hidden.
"""

from __future__ import annotations

from collections.abc import Generator, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from chatbot import locales
from chatbot.check.avoid import Avoided, find_avoided
from chatbot.check.sentences import first_sentence
from chatbot.config import Settings
from chatbot.detect.register import analyze
from chatbot.detect.register.reading import Reading
from chatbot.generate.chat import ChatSession
from chatbot.plan.policy import Plan
from chatbot.stream.events import Done, Event, Notice, TextDelta

Status = Literal["on_target", "near", "off_target", "unread"]


@dataclass(frozen=True)
class GuardSettings:
    enforce: bool = True  # False: read and report only, never retry
    max_retries: int = 2

    @classmethod
    def from_settings(cls, settings: Settings) -> GuardSettings:
        return cls(enforce=settings.enforce_register, max_retries=settings.register_retries)


@dataclass(frozen=True)
class Verdict:
    """The register a reply was read in, against the plan."""

    plan: Plan
    reading: Reading
    status: Status
    retries: int
    flagged: bool  # delivered although off target
    attempts: list[Reading] = field(default_factory=list)  # first-sentence readings that failed
    avoided: tuple[Avoided, ...] = ()  # phrases the persona must avoid, used all the same

    def to_json(self) -> dict[str, Any]:
        return {
            "target": {"locale": self.plan.locale, "level": self.plan.level},
            "reading": self.reading.to_json(),
            "status": self.status,
            "retries": self.retries,
            "flagged": self.flagged,
            "avoided": [a.to_json() for a in self.avoided],
        }


def verdict_for(reading: Reading, plan: Plan) -> Status:
    """on_target: the planned level; near: same side of formal/informal; off_target: the other."""
    spec = locales.get(plan.locale)
    if reading.level is None or spec is None:
        return "unread"
    if reading.level == plan.level:
        return "on_target"
    return "near" if reading.formality == spec.level(plan.level).formality else "off_target"


def correction(plan: Plan, reading: Reading, avoided: Sequence[str] = ()) -> str:
    """The corrective note for a retry, ending with the level's own instruction."""
    spec = locales.get(plan.locale)
    assert spec is not None
    target = spec.level(plan.level)
    parts = []
    if verdict_for(reading, plan) == "off_target":
        read = spec.level(reading.level).native if reading.level else "?"
        parts.append(
            f"Register correction: the previous reply was written in {read}. Reply again, "
            f"entirely in {target.native} ({target.english})."
        )
    if avoided:
        phrases = ", ".join(f'"{p}"' for p in dict.fromkeys(avoided))
        parts.append(f"The previous reply used {phrases}; reply again without them.")
    return f"[{' '.join(parts)}] {target.instruction.strip()}"


class RegisterGuard:
    def __init__(self, session: ChatSession, settings: GuardSettings | None = None) -> None:
        self.session = session
        self.settings = settings or GuardSettings()

    def send(
        self,
        message: str,
        plan: Plan,
        *,
        avoid: Sequence[str] = (),
        grammar: Any = None,
        **send_kwargs: Any,
    ) -> Generator[Event | Verdict, None, None]:
        """Stream the reply, held to ``plan``; ends with a ``Verdict`` then ``Done``.

        ``avoid`` lists phrases the persona must never use. ``grammar`` may be a
        callable of the attempt number (0, 1, ...), so a constrained test can
        behave differently on a retry.
        """
        failed: list[Reading] = []
        used: list[str] = []  # avoided phrases that made an attempt fail
        for attempt in range(self.settings.max_retries + 1):
            last = attempt == self.settings.max_retries or not self.settings.enforce
            note = correction(plan, failed[-1], used) if failed else None
            g = grammar(attempt) if callable(grammar) else grammar
            events = self.session.send(message, grammar=g, instruction=note, **send_kwargs)
            before = len(used)
            outcome = yield from self._attempt(
                events, plan, checking=not last, failed=failed, avoid=avoid, used=used
            )
            if outcome == "retry":
                self.session.rollback()
                reason = "avoided" if len(used) > before else "register"
                why = "used a phrase this persona avoids" if reason == "avoided" else "off register"
                yield Notice(
                    "retry",
                    f"Reply {why}; retrying ({attempt + 1}).",
                    {"attempt": attempt + 1, "reason": reason},
                )
                continue
            return

    def _attempt(
        self,
        events: Generator[Event, None, None],
        plan: Plan,
        *,
        checking: bool,
        failed: list[Reading],
        avoid: Sequence[str],
        used: list[str],
    ) -> Generator[Event | Verdict, None, str]:
        held: list[Event] = []
        text = ""
        for event in events:
            if isinstance(event, TextDelta):
                text += event.text
                if not checking:
                    yield event
                    continue
                held.append(event)
                sentence = first_sentence(text)
                if sentence is None:
                    continue
                reading = analyze(sentence, plan.locale)
                bad = [a.phrase for a in find_avoided(sentence, avoid)]
                if verdict_for(reading, plan) == "off_target" or bad:
                    events.close()  # stops generation within one token
                    failed.append(reading)
                    used.extend(bad)
                    return "retry"
                checking = False
                yield from held
                held.clear()
            elif isinstance(event, Done):
                if checking:  # the reply ended before its first sentence did
                    sentence = first_sentence(text, final=True)
                    reading = analyze(sentence or text, plan.locale)
                    bad = [a.phrase for a in find_avoided(sentence or "", avoid)]
                    if (
                        sentence
                        and (verdict_for(reading, plan) == "off_target" or bad)
                        and event.finish_reason != "cancelled"
                    ):
                        failed.append(reading)
                        used.extend(bad)
                        return "retry"
                    yield from held
                final = analyze(text, plan.locale)
                status = verdict_for(final, plan)
                yield Verdict(
                    plan=plan,
                    reading=final,
                    status=status,
                    retries=len(failed),
                    flagged=status == "off_target",
                    attempts=list(failed),
                    avoided=tuple(find_avoided(text, avoid)),
                )
                yield event
            else:
                yield event
        return "done"
