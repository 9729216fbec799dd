"""Hold replies to the target register while they stream.

The first sentence is held back until it ends, then read. If it is off target
(the wrong side of formal/informal, or plainly another language than the
plan's) or uses a phrase the persona must avoid,
generation is aborted, the turn rolled back, and the reply generated again
with a corrective instruction, at most ``max_retries`` times; a reply still
off target is delivered and flagged. The whole reply is read again at the
end, and each of its sentences alone (:func:`drift`), and every reply carries
a ``Verdict``, with any avoided phrase it used.

Only the first sentence can be retried without the user seeing a reply change
under their eyes; later drift is reported, not hidden: a sentence that leaves
the register flags the reply even when the rest outvotes it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Generator, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from chatbot import locales
from chatbot.check.avoid import Avoided, find_avoided
from chatbot.check.language import letters_to_judge, mostly_foreign
from chatbot.check.language import other_language as _other_language
from chatbot.check.sentences import first_sentence, lead, sentences
from chatbot.config import Settings
from chatbot.detect.register import OWN_VARIETY, analyze
from chatbot.detect.register.quotes import Quotations
from chatbot.detect.register.reading import Reading
from chatbot.detect.register.roleplay import speech_of
from chatbot.generate.runtime import Chat
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
    language: str | None = None  # the reply's language, when plainly not the plan's
    # Tokens the abandoned attempts spent (prompt, completion): the turn's usage
    # is the delivered reply's plus these.
    retry_tokens: tuple[int, int] = (0, 0)

    def to_json(self) -> dict[str, Any]:
        return {
            "target": {
                "locale": self.plan.locale,
                "level": self.plan.level,
                "variety": self.plan.variety,
                "asked": self.plan.asked,  # the user's words that asked for the level
            },
            "reading": self.reading.to_json(),
            "status": self.status,
            "retries": self.retries,
            "flagged": self.flagged,
            "avoided": [a.to_json() for a in self.avoided],
            "language": self.language,
        }


def verdict_for(reading: Reading, plan: Plan) -> Status:
    """on_target: the planned level; near: same side of formal/informal; off_target: the other.

    A level that no word shows (the locale's unmarked default, or a learned
    guess) is on target when it is the plan's, and otherwise unread: "Le film
    était génial." addresses nobody, so a tu persona may say it.
    """
    spec = locales.get(plan.locale)
    if reading.level is None or spec is None:
        return "unread"
    if reading.level == plan.level:
        return "on_target"
    if not reading.marked or reading.style_only:
        # No word shows it, or only how the text is written does (a laugh in a Sie
        # reply, a chat word it quotes): no slip in whom the reply addresses.
        return "unread"
    return "near" if reading.formality == spec.level(plan.level).formality else "off_target"


def _shown_off_target(reading: Reading, plan: Plan) -> bool:
    """Off target by words of the text: what a retry is for.

    A level no word shows, even where silence is the sign (a Thai heading or
    list item without ครับ/ค่ะ), is reported in the verdict but never retried.
    """
    return _shows(reading) and verdict_for(reading, plan) == "off_target"


def _shows(reading: Reading) -> bool:
    """Whether words of the text (not a default or a learned guess) show a level by whom
    they address. A reading from chat style alone (``style_only``: a laugh, a chat
    word, in a sentence that addresses nobody) is no slip to retry: most sentences of
    a formal reply address nobody, and a casual word there may be a noun (Grad)."""
    return not reading.style_only and any(not e.rule.endswith(".subword") for e in reading.evidence)


def _quoted_only(reading: Reading, text: str, plan: Plan) -> bool:
    """Whether only words inside quotation marks of ``text`` (a phrase the reply
    teaches: Schreiben Sie einfach „Hast du Zeit?“) show the level ``reading`` is
    at: someone else's words, no slip in whom the reply addresses. A role-play
    character's speech in quotes (*bows* "…") is the reply's own (``speech_of``)."""
    spec = locales.get(plan.locale)
    quoted = Quotations(speech_of(text), single_quotes=spec is not None and spec.single_quotes)
    showing = [
        e for e in reading.evidence if e.level == reading.level and not e.rule.endswith(".subword")
    ]
    return bool(quoted) and bool(showing) and all(e.start in quoted for e in showing)


def _slipped(reading: Reading, text: str, plan: Plan) -> bool:
    """Off target by words of ``text`` outside its quotations: what a retry is for."""
    return _shown_off_target(reading, plan) and not _quoted_only(reading, text, plan)


MAX_SENTENCES = 200  # a reply's sentences read one by one at its end; the rest are not


def drift(text: str, plan: Plan, *, complete: bool = True) -> Reading | None:
    """The first sentence of a finished reply whose words show another register.

    The reading of the whole reply is a vote, so one sentence in du among
    five in Sie is outvoted; read alone it shows the slip. Its evidence is
    placed at its offsets in ``text``. Words inside quotation marks of the
    reply (a phrase it teaches: 「また明日ね」と送ると自然です) are someone
    else's, and a reply cut off (not ``complete``) ends in a sentence broken
    off, which is not read.
    """
    spec = locales.get(plan.locale)
    quoted = Quotations(speech_of(text), single_quotes=spec is not None and spec.single_quotes)
    for n, (at, sentence) in enumerate(
        sentences(text, complete=complete, locale=plan.locale), start=1
    ):
        if n > MAX_SENTENCES:
            break
        reading = _read(sentence, plan)
        if not _shown_off_target(reading, plan):
            continue
        evidence = tuple(
            dataclasses.replace(e, start=e.start + at, end=e.end + at) for e in reading.evidence
        )
        showing = [e for e in evidence if e.level == reading.level and e.start not in quoted]
        if not any(not e.rule.endswith(".subword") for e in showing):
            continue  # only quoted words show it (quotes the sentence alone may not close)
        excerpt = sentence if len(sentence) <= 60 else sentence[:59] + "…"
        return dataclasses.replace(
            reading,
            evidence=evidence,
            misuses=tuple(
                dataclasses.replace(m, start=m.start + at, end=m.end + at) for m in reading.misuses
            ),
            reason=f"one sentence reads {reading.level}, outvoted in the whole reply: {excerpt}",
        )
    return None


def _read(text: str, plan: Plan) -> Reading:
    """A reply read as the variety it is planned in: a Brazilian plan's você is the
    everyday "you"; a European plan's, whatever else the reply writes, the polite one."""
    return analyze(text, plan.locale, plan.variety or OWN_VARIETY)


def other_language(text: str, plan: Plan) -> str | None:
    """The language ``text`` is plainly written in, when not the plan's (see check.language)."""
    return _other_language(text, plan.locale, plan.variety)


def _language_name(code: str) -> str:
    spec = locales.get(code)
    return f"{spec.english} ({code})" if spec else code


def correction(
    plan: Plan,
    reading: Reading,
    avoided: Sequence[str] = (),
    language: str | None = None,
    earlier: Sequence[str] = (),
) -> str:
    """The corrective note for a retry, ending with the level's own instruction.

    ``avoided`` are the phrases the previous reply used; ``earlier``, those
    that attempts before it used, which the note still names, as earlier.
    """
    spec = locales.get(plan.locale)
    assert spec is not None
    target = spec.level(plan.level)
    parts = []
    if language is not None:
        parts.append(
            f"Language correction: the previous reply was written in {_language_name(language)}. "
            f"Reply again, entirely in {spec.native} ({spec.english})."
        )
    elif verdict_for(reading, plan) == "off_target":
        read = spec.level(reading.level).native if reading.level else "?"
        parts.append(
            f"Register correction: the previous reply was written in {read}. Reply again, "
            f"entirely in {target.native} ({target.english})."
        )
    if avoided:
        phrases = ", ".join(f'"{p}"' for p in dict.fromkeys(avoided))
        parts.append(f"The previous reply used {phrases}; reply again without them.")
    before = [p for p in dict.fromkeys(earlier) if p not in avoided]
    if before:
        phrases = ", ".join(f'"{p}"' for p in before)
        parts.append(f"Earlier replies used {phrases}; do not use them either.")
    return f"[{' '.join(parts)}] {target.instruction.strip()}"


@dataclass
class _Tally:
    """A turn's failed attempts: per attempt, its reading, the avoided phrases
    it used and the other language it was in; the retries started (a Stop can
    come between a failure and its retry) and the tokens the failures spent."""

    readings: list[Reading] = field(default_factory=list)
    used: list[list[str]] = field(default_factory=list)
    wrong: list[str | None] = field(default_factory=list)
    retried: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    holding: bool = False  # none of the running attempt's text is shown (held, or none yet)

    def failed(
        self, reading: Reading, used: Sequence[str] = (), language: str | None = None
    ) -> str:
        """Record a failed attempt; "retry", the outcome that ends it (the send loop
        rolls the attempt back itself)."""
        self.holding = False
        self.readings.append(reading)
        self.used.append(list(used))
        self.wrong.append(language)
        return "retry"

    def reason(self) -> str:
        """Why the last attempt failed: "avoided", "language" or "register"."""
        return "avoided" if self.used[-1] else "language" if self.wrong[-1] else "register"

    def correction(self, plan: Plan) -> str | None:
        """The note for the next attempt, after the last one failed; None before any did."""
        if not self.readings:
            return None
        earlier = [p for phrases in self.used[:-1] for p in phrases]
        return correction(plan, self.readings[-1], self.used[-1], self.wrong[-1], earlier)


class RegisterGuard:
    def __init__(self, session: Chat, settings: GuardSettings | None = None) -> None:
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
        cancelled = send_kwargs.get("cancelled")
        tally = _Tally()
        try:
            for attempt in range(self.settings.max_retries + 1):
                last = attempt == self.settings.max_retries or not self.settings.enforce
                note = tally.correction(plan)
                g = grammar(attempt) if callable(grammar) else grammar
                events = self.session.send(message, grammar=g, instruction=note, **send_kwargs)
                retry = False
                try:
                    outcome = yield from self._attempt(
                        events, plan, checking=not last, avoid=avoid, tally=tally
                    )
                    retry = outcome == "retry"
                    if retry:  # the same turn again, not a new place in the line
                        self.session.keep()
                except BaseException:
                    events.close()
                    if tally.holding:
                        # Left while its text was held (Ctrl-C, a caller gone): the
                        # user saw none of the reply, which the history must not keep.
                        self.session.rollback()
                    raise
                finally:
                    events.close()  # stops generation within one token
                if not retry:
                    return
                tally.prompt_tokens += self.session.last_tokens[0]
                tally.completion_tokens += self.session.last_tokens[1]
                self.session.rollback()
                if self.session.stopped() or (cancelled is not None and cancelled()):
                    continue  # stopped meanwhile: the next send ends the turn, cancelled
                reason = tally.reason()
                why = {
                    "avoided": "used a phrase this persona avoids",
                    "language": "in another language",
                    "register": "off register",
                }[reason]
                yield Notice(
                    "retry",
                    f"Reply {why}; retrying ({attempt + 1}).",
                    {"attempt": attempt + 1, "reason": reason},
                )
                tally.retried += 1
        finally:
            self.session.release()

    def _attempt(
        self,
        events: Generator[Event, None, None],
        plan: Plan,
        *,
        checking: bool,
        avoid: Sequence[str],
        tally: _Tally,
    ) -> Generator[Event | Verdict, None, str]:
        held: list[Event] = []
        text = ""
        register_read = False  # the first sentence passed; the language may need more
        # Nothing of this attempt is shown yet: left now (Ctrl-C while the prompt
        # is read, or while tokens make no whole character yet), it leaves no turn.
        tally.holding = True
        for event in events:
            if isinstance(event, TextDelta):
                text += event.text
                if not checking:
                    tally.holding = False
                    yield event
                    continue
                held.append(event)
                tally.holding = True
                if not register_read:
                    sentence = first_sentence(text, locale=plan.locale)
                    if sentence is None:
                        continue
                    reading = _read(sentence, plan)
                    bad = [a.phrase for a in find_avoided(sentence, avoid)]
                    if _slipped(reading, sentence, plan) or bad:
                        return tally.failed(reading, bad)
                    register_read = True
                # "Sure!" is too short to tell a language by: hold on to a
                # sentence end with enough letters (or MAX_CHARS) first.
                prefix = lead(text, letters_to_judge(plan.locale, plan.variety), locale=plan.locale)
                if prefix is None:
                    continue
                language = other_language(prefix, plan)
                # What was held past a first sentence that showed no level
                # ("Gerne!") is read for register too, before anyone sees it.
                late = _read(prefix, plan)
                if language or (not _shows(reading) and _slipped(late, prefix, plan)):
                    return tally.failed(late, language=language)
                checking = False
                tally.holding = False
                yield from held
                held.clear()
            elif isinstance(event, Done):
                if checking:  # the reply ended before its first sentence (or lead) did
                    sentence = first_sentence(text, final=True, locale=plan.locale)
                    reading = _read(sentence or text, plan)
                    language = other_language(text, plan) if sentence else None
                    if register_read:
                        # The first sentence passed, showing no level or the plan's
                        # ("Gerne!"); what followed it, too short to wait for, is read
                        # as the streaming check reads it.
                        bad = []
                        late = _read(text, plan)
                        off = not _shows(reading) and _slipped(late, text, plan)
                        reading = late if off else reading
                    else:
                        bad = [a.phrase for a in find_avoided(sentence or "", avoid)]
                        off = _slipped(reading, sentence or text, plan)
                    if sentence and (off or bad or language) and event.finish_reason != "cancelled":
                        return tally.failed(reading, bad, language)
                    tally.holding = False
                    yield from held
                final = _read(text, plan)
                language = other_language(text, plan)
                status = "off_target" if language else verdict_for(final, plan)
                if (
                    status == "on_target"
                    and not final.marked
                    and mostly_foreign(text, plan.locale, plan.variety)
                ):
                    status = "unread"  # a default level, over text mostly not the language's
                quoted_only = not language and _quoted_only(final, text, plan)
                if status in ("near", "off_target") and quoted_only:
                    status = "unread"  # only a phrase it quotes shows that level
                if status != "off_target":
                    slipped = drift(text, plan, complete=event.finish_reason == "stop")
                    if slipped is not None:
                        final, status = slipped, "off_target"
                yield Verdict(
                    plan=plan,
                    reading=final,
                    status=status,
                    retries=tally.retried,
                    flagged=status == "off_target",
                    attempts=list(tally.readings),
                    avoided=tuple(find_avoided(text, avoid)),
                    language=language,
                    retry_tokens=(tally.prompt_tokens, tally.completion_tokens),
                )
                yield event
            else:
                yield event
        return "done"
