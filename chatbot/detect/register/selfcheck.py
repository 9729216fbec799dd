"""Check a locale as its analyzer will use it, before any user text reaches it.

A locale file can be valid YAML and a valid schema and still fail when it is
first read: its analyzer is not installed, or a marker rule names a level the
locale lacks or holds a regular expression that does not compile. Its own
instruction and examples, which the prompt shows the model, should also read
as the level they illustrate. :func:`check_locale` finds all of this at once,
for ``chatbot locales validate`` and for third-party packs as they load.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from chatbot.detect.register import analyzer_for, clean, installed_analyzers
from chatbot.detect.register.reading import Reading
from chatbot.errors import ConfigError
from chatbot.locales.schema import LocaleSpec

__all__ = ["LocaleCheck", "check_locale", "describe"]


@dataclass
class LocaleCheck:
    """``errors`` make the locale unusable; ``warnings`` are texts read off their level."""

    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def describe(reading: Reading) -> str:
    """A reading in a few words: its level and the evidence that decided it."""
    seen = ", ".join(f"{e.surface} ({e.rule})" for e in reading.evidence[:4])
    level = reading.level or "unknown"
    return f"{level}: {seen}" if seen else f"{level} ({reading.reason or 'no evidence'})"


def check_locale(
    spec: LocaleSpec, source: str | None = None, others: Iterable[LocaleSpec] = ()
) -> LocaleCheck:
    """Compile ``spec``'s markers by reading its own texts, and compare the readings.

    ``others``: installed locales whose detection letters ``spec`` must not share.
    """
    where = source or f"{spec.code}.yaml"
    check = LocaleCheck()
    mine = set(spec.detect.letters.lower())
    for other in others:
        shared = mine & set(other.detect.letters.lower()) if other.code != spec.code else set()
        if shared:
            check.warnings.append(
                f"{where}: detect.letters: {''.join(sorted(shared))} also name {other.code}; "
                "a letter two locales declare names neither (list only your language's own)"
            )
    analyzer = analyzer_for(spec.analyzer)
    if analyzer is None:
        check.errors.append(
            f"{where}: analyzer: {spec.analyzer!r} is not installed; "
            f"choose one of {', '.join(installed_analyzers())}"
        )
        return check
    for lv in spec.ordered():
        texts = [("instruction", lv.instruction)] + [
            (f"examples.{i}.assistant", ex.assistant) for i, ex in enumerate(lv.examples)
        ]
        if lv.greeting:
            texts.append(("greeting", lv.greeting))
        for label, text in texts:
            try:
                reading = analyzer(clean(text), spec)
            except ConfigError as exc:  # invalid markers: the message names file and field
                check.errors.append(str(exc))
                return check
            except Exception as exc:  # the analyzer's own fault, not the file's
                check.errors.append(
                    f"{where}: analyzer {spec.analyzer!r} failed reading levels.{lv.id}.{label}: "
                    f"{type(exc).__name__}: {exc}"
                )
                return check
            if reading.level != lv.id:
                check.warnings.append(
                    f"{where}: levels.{lv.id}.{label} reads as {describe(reading)}"
                )
    return check
