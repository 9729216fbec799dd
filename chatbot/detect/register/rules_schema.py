"""The strict schema of the ``markers`` block read by the ``rules`` analyzer.

See :mod:`chatbot.detect.register.rules` for what the fields mean and how the
votes are counted. This module only checks shape and safety: every field is
declared (``extra="forbid"``), a rule has exactly one of ``words`` or
``pattern``, and a regex must compile and must not nest unbounded repeats
(the shape that makes a backtracking engine take exponential time).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

# Word characters for boundaries: ``\w`` alone misses combining marks, so a
# Devanagari vowel sign (ि, ो) or a Cyrillic accent would end a "word" there.
# The apostrophe is not one: French and Italian elide (t'aime, l'ho), so a word
# starts right after it.
WORD_CHARS = (
    r"\w\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f"
    r"\u0670\u06d6-\u06ed\u0900-\u0963\u0966-\u0dff\u0e00-\u0e7f\u0e80-\u0eff\u1ab0-\u1aff"
    r"\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
)
# Macros a pattern may use; plain ``\b`` is wrong for scripts with combining marks.
MACROS = {
    "{<}": rf"(?<![{WORD_CHARS}])",  # start of a word
    "{>}": rf"(?![{WORD_CHARS}])",  # end of a word
    "{w}": rf"[{WORD_CHARS}]",  # one word character
    # An optional quotation mark: 'Sie', “您”, and French « vous » with its space.
    "{q}": "(?:[\"'“”„「」『』‘’]|[«‹][ \u00a0\u202f]?|[ \u00a0\u202f]?[»›])?",
}
MAX_PATTERN_CHARS = 1000


def expand(pattern: str) -> str:
    """The pattern with macros replaced, in NFC like the text it is matched against."""
    pattern = unicodedata.normalize("NFC", pattern)
    for macro, regex in MACROS.items():
        pattern = pattern.replace(macro, regex)
    return pattern


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _Matcher(_Strict):
    """What to look for: a list of words/phrases, or one regular expression."""

    id: str = Field(pattern=r"^[a-z]{2,12}\.[A-Za-z0-9_.]+$", description="e.g. de.du")
    why: str = Field(min_length=1, description="Which usage this encodes and why")
    words: list[str] | None = Field(default=None, min_length=1)
    pattern: str | None = Field(default=None, min_length=1)
    case_sensitive: bool = False
    # "word": whole words only (default); "substring": anywhere, for scripts
    # written without spaces (zh, th, ja).
    match: Literal["word", "substring"] = "word"

    @model_validator(mode="after")
    def _one_matcher(self) -> _Matcher:
        if (self.words is None) == (self.pattern is None):
            raise ValueError("give exactly one of 'words' or 'pattern'")
        if self.pattern is not None:
            if len(self.pattern) > MAX_PATTERN_CHARS:
                raise ValueError(
                    f"the pattern has {len(self.pattern)} characters, over the limit of "
                    f"{MAX_PATTERN_CHARS} (long patterns cost every message time): split it "
                    "into two rules with the same level and weight, its alternatives (a|b) "
                    "divided between them"
                )
            if self.match != "word":
                raise ValueError("'match' applies to 'words'; a pattern says its own boundaries")
            check_pattern(expand(self.pattern), self.pattern)
        if self.words is not None and any(not w.strip() for w in self.words):
            raise ValueError("words must not be blank")
        return self


class Rule(_Matcher):
    """One marker: each match is a vote of ``weight`` for ``level``."""

    level: str = Field(min_length=1, description="The level id this rule votes for")
    weight: float = Field(default=1.0, gt=0, le=10)
    # False: the rule votes but never shows a level on its own, for forms that
    # lean one way yet are common at the other level too (a Dutch bare
    # imperative in written instructions, an English contraction).
    shows: bool = True
    # True: counts only in a text where no rule without it matched. Where the
    # levels are forms of address (tu/vous), a text that addresses someone is
    # read by its address, laughter or not; one that addresses nobody (a forum
    # post) by its chat conventions: a reading the planner mirrors but the reply
    # guard does not retry on (Reading.style_only).
    alone: bool = False
    # Matches of this rule that count, where fewer than the locale's max_count
    # should: one for a form whose number says how long a text is, not how
    # far toward its level it leans (English contractions).
    max_count: int | None = Field(default=None, ge=1, le=100)
    # Ids of this locale's rules that do not count in a text where this one
    # matches in the speaker's own words: a group hailed as friends (les gars,
    # ребята) makes vous and вы the plural of tu and ты, not the polite form.
    mutes: list[str] = Field(default_factory=list)
    # Words right before a match that make it another word: after an article
    # a Spanish -as word is a plural noun (las pruebas), not a tú verb.
    not_after: list[str] = Field(default_factory=list)


class MisuseRule(_Matcher):
    """A usage error to report, e.g. the polite pronoun with a familiar verb form."""

    message: str = Field(min_length=1, description="What is wrong and what to write instead")
    native_message: str | None = Field(
        None, min_length=1, description="The message in the locale's own language"
    )


class VerbForm(_Strict):
    """A verb form by its ending: ``a`` of a verb whose infinitive ends in ``ar``."""

    ending: str = Field(max_length=8, description="The word's ending; empty for a bare stem")
    infinitive: list[str] = Field(min_length=1, description="Infinitive endings, e.g. [er, ir]")


class ParticipleAfter(_Strict):
    """An adverb and a participle after a word (bien rangée): see ``not_before_participle``."""

    adverbs: list[str] = Field(min_length=1, description="e.g. [bien, mal]")
    endings: list[str] = Field(min_length=1, description="The participle's endings, e.g. [é, ée]")


class ObjectAfter(_Strict):
    """An object after a word read through an object clitic: see ``not_before_object``."""

    clitics: list[str] = Field(min_length=1, description="Direct-object clitics, e.g. [lo, la]")
    words: list[str] = Field(min_length=1, description="What opens an object, e.g. [un, una]")
    # Segnalo il problema is "I report the problem": segnalo is segnalare's own
    # form, so il opens its object; Chiamala il lunedì is chiama+la, il a day.
    articles: list[str] = Field(
        default_factory=list,
        description=(
            "What opens an object only where the whole word is itself a verb's "
            "form in own_form, e.g. [il, i]"
        ),
    )
    own_form: VerbForm | None = Field(
        default=None, description="The form that word is, e.g. {ending: o, infinitive: [are]}"
    )


class MorphRule(_Strict):
    """A vote for every word the locale's dictionary reads as asked (see :mod:`.morph`)."""

    id: str = Field(pattern=r"^[a-z]{2,3}\.[A-Za-z0-9_.]+$", description="e.g. ru.morph_impr")
    why: str = Field(min_length=1, description="Which usage this encodes and why")
    level: str = Field(min_length=1, description="The level id this rule votes for")
    weight: float = Field(default=1.0, gt=0, le=10)
    # All in the word's likeliest reading (pymorphy3: VERB, impr, sing) ...
    grammemes: list[str] | None = Field(default=None, min_length=1)
    # ... or a form of a verb by its ending (any one of these).
    forms: list[VerbForm] | None = Field(default=None, min_length=1)
    # Object pronouns the form may carry (es estírala, it portami); the stress
    # accent they add (estíra-) is dropped before the form is tested.
    clitics: list[str] = Field(default_factory=list)
    # True: a form that carries one of them, its stem bearing the written accent
    # a verb takes before an enclitic (es cómelo, dígame), needs no word of
    # ``before`` after it; tomate, a noun, bears none.
    stressed_clitic_alone: bool = False
    # Only the first word of a sentence or clause (a verb with no subject there
    # is an imperative), only outside questions, and not before these words
    # (subject pronouns: "Nehmen Sie", "Atme ich?").
    clause_start: bool = False
    not_in_question: bool = False
    # Only in a question: a form that elsewhere is another person's (it -i of
    # an -are verb: the Lei imperative "Cerchi…", the tu question "Cerchi…?").
    in_question: bool = False
    not_before: list[str] = Field(default_factory=list)
    # If given, the next word must be one of these or end in one of
    # before_ending: what follows an imperative (an article, a pronoun, bitte,
    # an adverb in -ment), not a noun's complement (Commande n° 12, Suche nach).
    before: list[str] = Field(default_factory=list)
    before_ending: list[str] = Field(default_factory=list)
    # Not before one of ``adverbs`` then a word ending in one of ``endings``: an
    # adverb and a participle describe a noun (Boutique bien rangée, parcours
    # bien balisé), where an imperative takes an object (Mélange bien le tout).
    not_before_participle: ParticipleAfter | None = None
    # A form read only through one of ``clitics`` (segna+lo) has its object there,
    # so it is not read before one of ``words``, another object (Segnalo
    # un'ammaccatura: "I report a dent"); Dammi un caffè keeps its indirect mi.
    not_before_object: ObjectAfter | None = None
    # Words ending so are other forms (de -en, -t: infinitive, plural, 3rd person).
    not_ending: list[str] = Field(default_factory=list)
    # Words whose likeliest reading in the dictionary is not the one
    # conversation means (пошли: "send!" there, "let's go" in speech).
    except_words: list[str] = Field(default_factory=list)
    # Skip a word when any of its readings has all the grammemes of one of these
    # sets (for grammemes): [past] keeps пришли, нашли (past plurals) from reading
    # as imperatives, [ADJF] keeps свежей (fresh, of a feminine noun).
    unless_any_reading: list[list[str]] = Field(default_factory=list)

    @model_validator(mode="after")
    def _one_test(self) -> MorphRule:
        if (self.grammemes is None) == (self.forms is None):
            raise ValueError("give exactly one of 'grammemes' or 'forms'")
        if self.in_question and self.not_in_question:
            raise ValueError("'in_question' and 'not_in_question' exclude each other")
        return self


class Morphology(_Strict):
    """Rules on what a morphological dictionary says of each word (see :mod:`.morph`).

    They read a text only when no word or pattern rule matched it: a dictionary
    is slower than a word list, and the lists already name the common forms.
    """

    tagger: str = Field(min_length=1, description="A tagger in morph.TAGGERS, e.g. pymorphy3")
    lang: str = Field(min_length=2, max_length=8, description="The tagger's dictionary, e.g. ru")
    # Words after which a clause starts (und, dann; y, luego), for clause_start.
    links: list[str] = Field(default_factory=list)
    # Words that, after a comma and before the ?, make a question a tag on a
    # statement (ok, oder, gell; vale; d'accord): the verbs before it are read
    # as in a statement (Gieß sie nicht zu viel, ok?).
    tags: list[str] = Field(default_factory=list)
    # Infinitive ending -> gerund ending ({ar: ando}): for forms, a word is an
    # infinitive only if its gerund is a word too (not cenere, carcere).
    gerunds: dict[str, str] = Field(default_factory=dict)
    # When given, a form's stem must be its lemma's (corta: cortar), but for
    # up to two of these changes of the stem ({ie: [e]}: calienta, calentar;
    # {ue: [o, u]}: vuelve, juega): so a past or another tense of the verb
    # (kam: kommen, cortaba) is no imperative.
    stem_changes: dict[str, list[str]] | None = None
    # Words no rule here may read (function words a lemmatizer may take for a
    # verb: weil from weilen, para from parir, entre from entrar).
    except_words: list[str] = Field(default_factory=list)
    rules: list[MorphRule] = Field(min_length=1)


class SharedRule(_Matcher):
    """A rule of a shared set: the including locale says which level it votes for."""

    weight: float = Field(default=1.0, gt=0, le=10)
    shows: bool = True

    def voting_for(self, level: str, alone: bool) -> Rule:
        return Rule(**self.model_dump(exclude_unset=True), level=level, alone=alone)


class SharedSet(_Strict):
    """Rules several locales share (written-chat conventions: laughter, emoticons),
    in ``chatbot/detect/register/shared/<name>.yaml``, all voting one way."""

    why: str = Field(min_length=1)
    rules: list[SharedRule] = Field(min_length=1)


class Include(_Strict):
    """A shared rule set a locale takes, and the level of its own that the set votes for."""

    set: str = Field(pattern=r"^[a-z][a-z0-9_]*$", description="a file in shared/, e.g. chat")
    level: str = Field(min_length=1, description="The level id its rules vote for")
    alone: bool = False  # each of its rules counts only alone (see Rule.alone)


class VarietyCue(_Matcher):
    """Words or a pattern that only one variety of the language writes."""


class Variety(_Strict):
    """A variety of the locale's language in which some of its rules mean nothing.

    In Brazil você is the everyday "you", not the polite form it is in Portugal:
    a text with a cue of the variety (ônibus, estou fazendo) is read without
    the rules it ``mutes``.
    """

    id: str = Field(pattern=r"^[a-z]{2,3}\.[A-Za-z0-9_.]+$", description="e.g. pt.brazil")
    name: str = Field(min_length=1, description="Brazilian Portuguese")
    why: str = Field(min_length=1, description="What the muted rules mean there instead")
    # None for a variety told only to be told apart (European Portuguese, whose
    # cues say a text is not Brazilian).
    mutes: list[str] = Field(default_factory=list, description="Ids of the rules that do not count")
    cues: list[VarietyCue] = Field(min_length=1)


class Mentions(_Strict):
    """Pronouns named as words, not said to anyone: il tu, dare del Lei, на вы.

    A learner asks "Mi spieghi quando si usa il Lei?": the Lei is a word the
    question is about, and only Mi spieghi addresses the bot.
    """

    frames: list[str] = Field(
        min_length=1,
        description="Words right before a pronoun that make it a word named: il, del, на",
    )
    pronouns: list[str] = Field(min_length=1, description="The pronouns so named: tu, lei, voi")


class Markers(_Strict):
    rules: list[Rule] = Field(min_length=1)
    mentions: Mentions | None = None
    include: list[Include] = Field(default_factory=list)
    morphology: Morphology | None = None
    misuses: list[MisuseRule] = Field(default_factory=list)
    varieties: list[Variety] = Field(default_factory=list)
    # Read every text as this variety, whatever its cues: set for a reply planned
    # in it (analyze(..., variety=)), or by a locale pack that reads only it.
    variety: str | None = None
    # The level a text without any marker reads as (with low confidence), e.g.
    # English without slang or courtesy formulas is neutral. None: unknown.
    unmarked: str | None = None
    unmarked_confidence: float = Field(default=0.2, ge=0, le=0.5)
    # Whether a text with no marker shows the unmarked level (Thai: polite
    # speech always ends in ครับ/ค่ะ, so a reply without one is casual), or only
    # defaults to it (German: a statement without du or Sie addresses nobody).
    unmarked_shows: bool = False
    # A learned classifier. "fallback" (default): consulted only when the rules
    # are silent or tied. "vote": it reads every text and adds backup_weight
    # times its log-odds as one more vote (evidence <code>.subword); its model
    # must then be trained in that mode (subword_train reads these fields).
    backup: Literal["subword"] | None = None
    backup_mode: Literal["fallback", "vote"] = "fallback"
    backup_weight: float = Field(default=1.0, gt=0, le=10)
    # A rule's matches beyond this count add nothing: one repeated word should
    # not outvote several different markers.
    max_count: int = Field(default=3, ge=1, le=100)

    @model_validator(mode="after")
    def _backup_fields(self) -> Markers:
        if self.backup_mode == "vote" and self.backup is None:
            raise ValueError("backup_mode 'vote' needs a backup classifier (backup: subword)")
        if "backup_weight" in self.model_fields_set and self.backup_mode != "vote":
            raise ValueError("backup_weight applies only with backup_mode: vote")
        return self

    @model_validator(mode="after")
    def _unique_ids(self) -> Markers:
        ids = [r.id for r in self.rules] + [m.id for m in self.misuses]
        ids += [r.id for r in self.morphology.rules] if self.morphology else []
        ids += [v.id for v in self.varieties] + [c.id for v in self.varieties for c in v.cues]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise ValueError(f"rule ids must be unique, repeated: {dupes}")
        return self


def check_pattern(pattern: str, written: str | None = None) -> None:
    """``pattern`` (macros expanded) must compile and stay linear; errors quote ``written``,
    the pattern as the author wrote it, where the macros made it unrecognisable."""
    try:
        re.compile(pattern)
    except re.error as exc:
        if written is not None and written != pattern:
            near = f" in: {written[:80]}"  # a position in the expansion would mislead
        elif exc.pos is not None:
            near = f" near: {pattern[max(0, exc.pos - 15) : exc.pos + 15]}"
        else:
            near = ""
        raise ValueError(f"pattern does not compile: {exc.msg}{near}") from exc
    tree = _parse(pattern)
    if tree is not None and _nested_repeat(tree, inside=False):
        raise ValueError(
            "pattern nests an unbounded repeat inside another repeat (like (a+)+), "
            "or repeats alternatives that can start alike (like (?:a|a)*), which can "
            "take exponential time; rewrite it without the outer repeat"
        )


def _parse(pattern: str) -> Any:
    # The parser is private API; if a future Python moves it, skip the check
    # rather than refuse every locale (patterns are still length-bounded).
    try:
        from re import _parser  # type: ignore[attr-defined]

        return _parser.parse(pattern)
    except Exception:
        return None


def _nested_repeat(items: Any, inside: bool, looking: bool = False) -> bool:
    """Whether a repeat nests an unbounded one, or repeats alternatives that begin with
    the same literal character (``looking``: inside a lookaround, which never backtracks
    into itself, so alternatives there may overlap)."""
    from re import _constants as c  # type: ignore[attr-defined]

    for op, arg in items:
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            _lo, hi, sub = arg
            unbounded = hi == c.MAXREPEAT or hi > 50
            if unbounded and inside:
                return True
            if _nested_repeat(sub, inside or unbounded, looking):
                return True
        elif op == c.SUBPATTERN:
            if _nested_repeat(arg[-1], inside, looking):
                return True
        elif op == c.BRANCH:
            if inside and not looking and _overlapping(arg[1]):
                return True  # (?:a|a)*c: each a can be either branch, 2**n ways to fail
            if any(_nested_repeat(b, inside, looking) for b in arg[1]):
                return True
        elif op in (c.ASSERT, c.ASSERT_NOT) and _nested_repeat(arg[1], inside, looking=True):
            return True
    return False


def _overlapping(branches: Any) -> bool:
    """Whether two alternatives begin with the same literal character, so that a repeat
    of them backtracks through every way of splitting the text among them. One that
    begins otherwise (a class, an optional part) is not judged: this catches the plain
    case, not every one."""
    seen: set[int] = set()
    empty = 0
    for branch in branches:
        first = _first_chars(branch)
        if first is None:
            return False  # a class or an optional start: not told here
        empty += not first  # Python's parser leaves (?:a|a) as a(?:|), two empty ones
        if seen & first or empty > 1:
            return True
        seen |= first
    return False


def _first_chars(items: Any) -> set[int] | None:
    """The characters a sequence can start with, where they are literals; None where
    it may start otherwise (a class, an empty match)."""
    from re import _constants as c  # type: ignore[attr-defined]

    for op, arg in items:
        if op == c.AT:
            continue
        if op == c.LITERAL:
            return {arg}
        if op == c.SUBPATTERN:
            return _first_chars(arg[-1])
        if op == c.IN and all(o == c.LITERAL for o, _a in arg):
            return {a for _o, a in arg}
        if op == c.BRANCH:
            found: set[int] = set()
            for branch in arg[1]:
                first = _first_chars(branch)
                if first is None:
                    return None
                found |= first
            return found
        if op in (c.MAX_REPEAT, c.MIN_REPEAT) and arg[0] > 0:
            return _first_chars(arg[2])
        return None
    return set()
