"""The strict schema of ``markers`` in ``ko.yaml``, and its compiled form.

Korean marks its speech level (해체 / 해요체 / 하십시오체) on the sentence-final
verb ending, so most rules are *endings*: suffixes matched on the jamo of a
word (어절), which is how a fused ending such as ㅂ니다 in 갑니다 is found. The
other rule kinds are whole *words* (pronouns, yes/no, vocatives) and *parts*
found anywhere inside a word (the honorific -시- infix, humble verbs).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from chatbot.detect.register.ko_jamo import decompose
from chatbot.detect.register.markers import line_of, validate, where
from chatbot.detect.register.rules_schema import check_pattern, expand
from chatbot.errors import ConfigError
from chatbot.locales.schema import LocaleSpec

RULE_ID = r"^ko\.[a-z0-9_.]+$"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _Vote(_Strict):
    id: str = Field(pattern=RULE_ID)
    level: str = Field(min_length=1, description="The level id this rule votes for")
    weight: float = Field(gt=0, le=10)
    why: str = Field(min_length=1, description="Which usage this encodes and why")


class EndingRule(_Vote):
    """A sentence-final ending, written in syllables and/or loose jamo (ㅂ니다, ㅆ어)."""

    endings: list[str] = Field(min_length=1)
    # "final": only where the word closes a clause (punctuation, end of text,
    # an emoticon, a comma); "anywhere": the ending is unambiguous even mid-text.
    where: Literal["final", "anywhere"] = "final"
    except_words: list[str] = Field(default_factory=list)  # nouns that look like it: 노래
    except_endings: list[str] = Field(default_factory=list)  # noun classes: 한국어, 중국어
    # False for endings that leave the sentence unfinished (connectives such as
    # -고, -니까 closing a line): they lean 반말 by lacking 요 but do not set the
    # level of the sentence they close, so they never discount the votes before them.
    decides: bool = True
    # False for endings a polite speaker also uses to talk to themself (그렇구나,
    # 좋네, 좋겠다): they still vote, but do not count as mixing speech levels.
    addressed: bool = True
    # False for endings that 개조식 list items use at every level (- 설정 앱을 연다):
    # closing a list item they show nothing (see lists.py).
    in_lists: bool = True


class WordRule(_Vote):
    """Whole words: pronouns, answers, vocatives; ``stems`` also take a particle."""

    words: list[str] = Field(default_factory=list)
    stems: list[str] = Field(default_factory=list)  # 고객님 -> 고객님께서, 고객님의 ...
    alone: bool = False  # only when the word is a clause of its own (네. / 응,)
    # Only opening a sentence: 내 "my" there, but after a noun 內 "within" (강의실 내).
    opening: bool = False

    @model_validator(mode="after")
    def _something(self) -> WordRule:
        if not self.words and not self.stems:
            raise ValueError("give 'words' or 'stems'")
        return self


class PartRule(_Vote):
    """Substrings inside a word, e.g. the honorific 셨 (-시- + -었-)."""

    parts: list[str] = Field(min_length=1)
    except_words: list[str] = Field(default_factory=list)


# A named word list in a misuse pattern: {things} is (?:커피|음료|...).
_LIST_REF = re.compile(r"\{([a-z][a-z_]+)\}")


class Misuse(_Strict):
    id: str = Field(pattern=RULE_ID)
    # May name a list of ``misuse_words`` as {name}; the standard macros {<} {>} {w} apply.
    pattern: str = Field(min_length=1, max_length=400)
    message: str = Field(min_length=1, description="What is wrong and what to write instead")
    native_message: str | None = Field(
        None, min_length=1, description="The message in Korean, for a reader of Korean"
    )
    why: str = Field(min_length=1)

    @model_validator(mode="after")
    def _compiles(self) -> Misuse:
        check_pattern(self.pattern)
        return self


class Fragment(_Strict):
    """A clause-final word that carries no speech-level ending at all."""

    level: str
    weight: float = Field(gt=0, le=10)
    why: str = Field(min_length=1)
    address: list[str] = Field(
        default_factory=list,
        description=(
            "Endings of the words that name the person spoken to (선생님, 민수 씨): such a "
            "word closing a clause is a call, not a fragment of an answer"
        ),
    )


class Context(_Strict):
    """How much a vote counts by where its word stands."""

    final: float = Field(default=1.0, gt=0, le=1)
    comma: float = Field(default=0.8, gt=0, le=1)
    inner: float = Field(default=0.7, gt=0, le=1)
    # A vote inside a sentence whose closing ending says the opposite is
    # probably embedded (reported speech, self-talk) and counts this much.
    embedded: float = Field(default=0.4, gt=0, le=1)


class KoMarkers(_Strict):
    particles: list[str] = Field(min_length=1)
    # Words that, right after a clause's final punctuation, show the clause was
    # a quotation (뭐라고? 하고 물었어요), so its ending is not the speaker's.
    quotatives: list[str] = Field(default_factory=list)
    endings: list[EndingRule] = Field(min_length=1)
    words: list[WordRule] = Field(default_factory=list)
    parts: list[PartRule] = Field(default_factory=list)
    fragment: Fragment | None = None
    misuses: list[Misuse] = Field(default_factory=list)
    # Word lists (regular expressions) the misuse patterns name as {name}: the
    # thing nouns of 사물 존대, the adverbs a clause may hold between subject and verb.
    misuse_words: dict[str, list[str]] = Field(default_factory=dict)
    context: Context = Context()
    mixed_min_weight: float = Field(default=2.0, gt=0, description="each side, to report mixing")

    @model_validator(mode="after")
    def _unique_ids(self) -> KoMarkers:
        ids = [
            r.id for group in (self.endings, self.words, self.parts, self.misuses) for r in group
        ]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise ValueError(f"rule ids must be unique, repeated: {dupes}")
        for m in self.misuses:
            unknown = sorted(set(_LIST_REF.findall(m.pattern)) - set(self.misuse_words))
            if unknown:
                raise ValueError(f"misuse {m.id} names unknown misuse_words: {unknown}")
            check_pattern(misuse_pattern(m.pattern, self.misuse_words), m.pattern)
        return self


@dataclass
class Compiled:
    """Lookup tables built once per locale spec."""

    markers: KoMarkers
    formal: set[str]  # ids of formal levels
    default_formal: str
    informal_level: str
    # jamo suffix -> ending rule; tried longest first, so ㅂ니다 beats 다.
    suffixes: dict[str, EndingRule] = field(default_factory=dict)
    suffix_lengths: list[int] = field(default_factory=list)
    words: dict[str, WordRule] = field(default_factory=dict)
    stems: dict[str, WordRule] = field(default_factory=dict)
    stem_lengths: list[int] = field(default_factory=list)
    particles: frozenset[str] = frozenset()
    quotatives: frozenset[str] = frozenset()
    ending_ids: frozenset[str] = frozenset()
    deciding_ids: frozenset[str] = frozenset()
    addressed_ids: frozenset[str] = frozenset()
    list_plain_ids: frozenset[str] = frozenset()  # endings that show nothing in a list item
    part_rules: dict[str, PartRule] = field(default_factory=dict)
    parts_re: re.Pattern[str] | None = None  # one alternation: one scan of a word, not one per part
    misuses: list[tuple[re.Pattern[str], Misuse]] = field(default_factory=list)


def misuse_pattern(pattern: str, words: dict[str, list[str]]) -> str:
    """``pattern`` with each {name} replaced by an alternation of ``words[name]``
    (longest first; each entry is a regular expression, a plain word matching
    itself) and the standard macros expanded."""

    def alternation(m: re.Match[str]) -> str:
        listed = sorted(words.get(m.group(1), ()), key=len, reverse=True)
        return "(?:" + "|".join(listed) + ")"

    return expand(_LIST_REF.sub(alternation, pattern))


def compile_markers(spec: LocaleSpec) -> Compiled:
    """Validate ``spec.markers`` and build the tables; errors name the file and field."""
    markers = validate(KoMarkers, spec, "ko")
    levels = {lv.id: lv for lv in spec.levels}
    groups: list[tuple[str, list[EndingRule] | list[WordRule] | list[PartRule]]] = [
        ("endings", markers.endings),
        ("words", markers.words),
        ("parts", markers.parts),
    ]
    for name, rules in groups:
        for i, rule in enumerate(rules):
            if rule.level not in levels:
                raise ConfigError(
                    f"{where(spec)}: markers.{name}.{rule.id}.level"
                    f"{line_of(spec, name, i, 'level')}: {rule.level!r} is not "
                    f"a level of this locale ({', '.join(sorted(levels))})"
                )
    if markers.fragment and markers.fragment.level not in levels:
        raise ConfigError(
            f"{where(spec)}: markers.fragment.level{line_of(spec, 'fragment', 'level')}: "
            f"{markers.fragment.level!r} is not a level of this locale "
            f"({', '.join(sorted(levels))})"
        )
    formal = {lv.id for lv in spec.levels if lv.formality == "formal"}
    informal = [lv for lv in spec.ordered() if lv.formality == "informal"]
    default_level = levels[spec.default_level]
    default_formal = (
        default_level.id if default_level.formality == "formal" else spec.ordered()[-1].id
    )
    out = Compiled(
        markers=markers,
        formal=formal,
        default_formal=default_formal,
        informal_level=informal[-1].id if informal else spec.ordered()[0].id,
        particles=frozenset(markers.particles),
        quotatives=frozenset(markers.quotatives),
        ending_ids=frozenset(r.id for r in markers.endings),
        deciding_ids=frozenset(r.id for r in markers.endings if r.decides),
        addressed_ids=frozenset(r.id for r in markers.endings if r.addressed),
        list_plain_ids=frozenset(r.id for r in markers.endings if not r.in_lists),
    )
    for rule in markers.endings:
        for ending in rule.endings:
            out.suffixes.setdefault(decompose(ending)[0], rule)
    out.suffix_lengths = sorted({len(s) for s in out.suffixes}, reverse=True)
    for wrule in markers.words:
        for w in wrule.words:
            out.words.setdefault(w, wrule)
        for s in wrule.stems:
            out.stems.setdefault(s, wrule)
    out.stem_lengths = sorted({len(s) for s in out.stems}, reverse=True)
    for prule in markers.parts:
        for p in prule.parts:
            out.part_rules.setdefault(p, prule)
    if out.part_rules:
        alternatives = sorted(out.part_rules, key=len, reverse=True)
        out.parts_re = re.compile("|".join(re.escape(p) for p in alternatives))
    out.misuses = [
        (re.compile(misuse_pattern(m.pattern, markers.misuse_words)), m) for m in markers.misuses
    ]
    return out
