"""Check a locale as its analyzer will use it, before any user text reaches it.

A locale file can be valid YAML and a valid schema and still fail when it is
first read: its analyzer is not installed, or a marker rule names a level the
locale lacks or holds a regular expression that does not compile. Its own
instruction and examples, which the prompt shows the model, should also read
as the level they illustrate. :func:`check_locale` finds all of this at once,
for ``chatbot locales validate`` and for third-party packs as they load.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from chatbot.detect.register import analyzer_for, as_variety, clean, installed_analyzers
from chatbot.detect.register.reading import Reading
from chatbot.errors import ConfigError
from chatbot.locales.schema import Level, LocaleSpec

FOREIGN_PROBABILITY = 0.9  # langdetect's confidence that a level is another locale's language

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


def _rule_bodies(node: object) -> Iterator[tuple[str, str]]:
    """(id, what it matches) for every rule with words or a pattern, however nested."""
    if isinstance(node, dict):
        rule_id = node.get("id")
        if isinstance(rule_id, str):
            words = node.get("words")
            if isinstance(words, list) and words:
                yield rule_id, "words: " + ", ".join(sorted(str(w).lower() for w in words))
            elif isinstance(node.get("pattern"), str):
                yield rule_id, "pattern: " + node["pattern"]
        for value in node.values():
            yield from _rule_bodies(value)
    elif isinstance(node, list):
        for item in node:
            yield from _rule_bodies(item)


def _copied_rules(spec: LocaleSpec, where: str, others: Iterable[LocaleSpec]) -> list[str]:
    """Rules that match exactly what another locale's rule matches: a scaffold's
    (``locales new pl --from de``) renamed to pl.* but still reading German."""
    theirs: dict[str, str] = {}
    for other in others:
        if other.code != spec.code:
            for rule_id, body in _rule_bodies(other.markers):
                theirs.setdefault(body, rule_id)
    copied = [(mine, theirs[body]) for mine, body in _rule_bodies(spec.markers) if body in theirs]
    if not copied:
        return []
    named = ", ".join(f"{mine} (= {other})" for mine, other in copied[:4])
    more = f" and {len(copied) - 4} more" if len(copied) > 4 else ""
    return [
        f"{where}: markers: {len(copied)} rule(s) match exactly what another locale's rule "
        f"matches: {named}{more}; they read that language's words, not {spec.code}'s: "
        "rewrite their words or pattern for your language, or delete them"
    ]


def _rule_ids(node: object) -> Iterator[str]:
    """The ``id`` of every rule in a markers block, however the analyzer nests them."""
    if isinstance(node, dict):
        if isinstance(node.get("id"), str) and "." in node["id"]:
            yield node["id"]
        for value in node.values():
            yield from _rule_ids(value)
    elif isinstance(node, list):
        for item in node:
            yield from _rule_ids(item)


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
        words = {w.lower() for w in spec.detect.words} & {w.lower() for w in other.detect.words}
        if other.code != spec.code and len(words) >= max(3, len(spec.detect.words) // 4):
            check.warnings.append(
                f"{where}: detect.words: {len(words)} of them are also {other.code}'s "
                f"({', '.join(sorted(words)[:5])}…); a word two locales declare counts for "
                f"neither, so {other.code} replies lose them too (list your language's own)"
            )
    borrowed = sorted(
        {i.split(".")[0] for i in _rule_ids(spec.markers) if not i.startswith(f"{spec.code}.")}
    )
    if borrowed:
        check.warnings.append(
            f"{where}: markers: rule ids start with {', '.join(b + '.' for b in borrowed)} "
            f"not {spec.code}.: rules copied from another locale read that language's words"
        )
    copied = sorted({r.id.split(".")[0] for r in spec.requests.rules} - {spec.code})
    if copied:
        check.warnings.append(
            f"{where}: requests.rules: ids start with {', '.join(c + '.' for c in copied)} not "
            f"{spec.code}.: requests copied from another locale read that language's words"
        )
    check.warnings += _copied_rules(spec, where, others)
    check.warnings += _foreign_levels(spec, where, others)
    if isinstance(spec.markers, dict) and spec.markers.get("backup") == "subword":
        from chatbot.detect.register import subword

        if subword.load(spec.code) is None:
            check.warnings.append(
                f"{where}: markers.backup: no subword model ships for {spec.code} (there are: "
                f"{', '.join(subword.available())}), so the backup reads nothing; remove it "
                "(chatbot/detect/register/subword_models/README.md says how one is trained)"
            )
    analyzer = analyzer_for(spec.analyzer)
    if analyzer is None:
        check.errors.append(
            f"{where}: analyzer: {spec.analyzer!r} is not installed; "
            f"choose one of {', '.join(installed_analyzers())}"
        )
        return check
    read_as: dict[str | None, LocaleSpec] = {None: spec}
    for v in spec.varieties:
        variant = as_variety(spec, v.id)
        if variant is spec:
            check.errors.append(
                f"{where}: varieties.{v.id}: the analyzer cannot tell {v.english} (add a "
                f"variety {v.id} to markers.varieties, with the cues that show it)"
            )
            return check
        read_as[v.id] = variant
    levels: list[tuple[str | None, str, Level, str]] = [
        (None, lv.id, spec.written(lv.id), f"levels.{lv.id}") for lv in spec.ordered()
    ]
    levels += [
        (v.id, lv_id, spec.written(lv_id, v.id), f"varieties.{v.id}.levels.{lv_id}")
        for v in spec.varieties
        for lv_id in v.levels
    ]
    for variety, level_id, lv, path in levels:
        texts = [("instruction", lv.instruction)] + [
            (f"examples.{i}.assistant", ex.assistant) for i, ex in enumerate(lv.examples)
        ]
        if lv.greeting:
            texts.append(("greeting", lv.greeting))
        for label, text in texts:
            try:
                reading = analyzer(clean(text), read_as[variety])
            except ConfigError as exc:  # invalid markers: the message names file and field
                check.errors.append(str(exc))
                return check
            except Exception as exc:  # the analyzer's own fault, not the file's
                check.errors.append(
                    f"{where}: analyzer {spec.analyzer!r} failed reading {path}.{label}: "
                    f"{type(exc).__name__}: {exc}"
                )
                return check
            if reading.level != level_id:
                check.warnings.append(f"{where}: {path}.{label} reads as {describe(reading)}")
    return check


def _foreign_levels(spec: LocaleSpec, where: str, others: Iterable[LocaleSpec]) -> list[str]:
    """A warning for each level whose texts are written in another installed locale's
    language: a copied file whose instruction and examples were never translated reads
    them back as their own level, and would prompt the model in the wrong language."""
    from chatbot.detect.language import knows, probabilities  # langdetect loads slowly

    names = {o.code: o.english for o in others if o.code != spec.code}
    if not names or not knows(spec.code):
        return []  # nothing to mistake it for, or no profile to tell it by
    warnings = []
    for lv in spec.ordered():
        text = " ".join([lv.instruction, *(e.assistant for e in lv.examples), lv.greeting or ""])
        found = probabilities(text)
        if found and found[0][0] in names and found[0][1] >= FOREIGN_PROBABILITY:
            code = found[0][0]
            warnings.append(
                f"{where}: levels.{lv.id}: its instruction, examples and greeting are written "
                f"in {names[code]} ({code}), not in {spec.code}'s language; translate them (and "
                "native and english), since the model is prompted with them"
            )
    return warnings
