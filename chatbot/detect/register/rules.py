"""The generic, data-driven register analyzer (entry point ``rules``).

A locale that names ``analyzer: rules`` describes its markers in its own YAML
file; nothing language-specific lives in this module. The ``markers`` block is
validated strictly (:mod:`chatbot.detect.register.rules_schema`) the first time
the locale is analysed, and compiled once per locale.

Markers schema::

    markers:
      unmarked: formal          # level for a text where no rule fires (low
                                # confidence); omit for "unknown" instead
      unmarked_confidence: 0.2  # optional, 0..0.5
      unmarked_shows: false     # optional: true when having no marker is itself
                                # the sign of the unmarked level (Thai with no
                                # ครับ/ค่ะ), not just a default (German with no
                                # du or Sie: the text addresses nobody)
      backup: subword           # optional learned classifier, consulted only
                                # when the rules are silent or tied ...
      backup_mode: vote         # ... or ("vote") on every text, as one more
      backup_weight: 1.0        # vote of backup_weight x its log-odds
      max_count: 3              # optional: matches of one rule that count
      include:                  # optional: shared rule sets (shared/<set>.yaml),
        - set: chat             # each voting for a level of this locale's own
          level: informal
          alone: true           # optional: they count only alone (see below)
      rules:
        - id: de.du             # <locale>.<name>; shown as Evidence.rule
          level: informal       # the level id this rule votes for
          weight: 2.0           # votes per match (0 < weight <= 10)
          shows: true           # optional; false: votes, but never shows the
                                # level on its own (see "Decision")
          max_count: 1          # optional: fewer matches count than the locale's
          alone: false          # optional; true: counts only in a text where no
                                # rule without it matched (chat words in a T/V
                                # locale: an address, where there is one, decides);
                                # a reading from such rules alone is style_only
          why: "du is the familiar pronoun of address"
          words: [du, dich, dir]  # whole words or phrases ...
          case_sensitive: false # optional; words ignore case by default (when
                                # true, a phrase in small letters also matches
                                # with a capital first letter: Che palle)
          mutes: [fr.vous]      # optional: rules that do not count in a text where
                                # this one matches in the speaker's own words (a
                                # group hailed as les gars: vous is the plural of tu)
          match: word           # optional: "word" (default) or "substring"
                                # (scripts written without spaces: zh, th)
        - id: de.sie_mid
          level: formal
          weight: 2.0
          why: "capitalised Sie mid-sentence is the polite pronoun"
          pattern: '(?<=[a-zäöüß,] )Sie{>}'   # ... or one regular expression
          case_sensitive: true
      morphology:               # optional: rules on a tagger's grammemes
        tagger: pymorphy3       # see morph.TAGGERS
        lang: ru
        rules:
          - id: ru.morph_imperative_2sg
            level: informal
            why: "the ты imperative of any verb"
            grammemes: [VERB, impr, sing, excl]  # all in the likeliest reading
            except_words: [пошли]   # optional: read otherwise in speech
      varieties:                # optional: see varieties.py
        - id: pt.brazil
          name: Brazilian Portuguese
          why: "você is the everyday you there"
          mutes: [pt.voce]      # rules that do not count in a text of it
          cues:                 # words or a pattern each, like rules
            - {id: pt.brazil.words, why: "Brazil's words", words: [ônibus]}
      misuses:                  # optional: usage errors reported as Misuse
        - id: hi.aap_tum_verb
          why: "आप takes -इए/-ें verbs; -ो is the तुम form"
          message: "आप with a तुम imperative; write बैठिए, not बैठो"
          native_message: "आप के साथ तुम वाला आदेश; बैठो नहीं, बैठिए लिखें"  # optional
          pattern: 'आप\\s+\\S+ो{>}'

Words are matched as whole words (or phrases: any whitespace between the
words, the same punctuation as written, so ``t'`` and ``dites-moi`` work) in
one linear pass over the text's word tokens (:mod:`.rules_words`), however
many words a locale lists. ``match: substring`` finds them anywhere.

Patterns may use the macros ``{<}`` (start of a word), ``{>}`` (end of a word)
and ``{w}`` (one word character): unlike ``\\b`` they treat combining marks
(Devanagari vowel signs, accents) as part of a word; ``{q}`` is an optional
quotation mark (mit 'Sie' ansprechen). Patterns that nest
unbounded repeats (``(a+)+``) are refused at load time, so matching stays
linear; a time budget stops reading long texts that are still slow. Words and
patterns are NFC-normalised like the text (see ``register.clean``).

Decision: each match adds ``weight`` to its level (at most ``max_count``
matches per rule). The level with the highest total wins; ``confidence`` grows
with the margin over the runner-up. The words *show* the level (``Reading.marked``:
what the planner mirrors and the reply guard may retry on) when a rule that
shows voted for it, and, with a voting backup, when the rules alone put it
first: a learned vote can tip a reading, never show it. A rule with
``shows: false`` counts in the vote but shows nothing by itself. ``score`` is the signed sum of the votes,
each level counted by its distance from the line between the informal and the
formal levels, squashed into (-1, 1): > 0 leans formal, and of two texts at the
same level the one with more formal evidence scores higher.

Morphology rules name an open class no list covers (every verb's imperative).
They read a text only when no word or pattern rule matched it, word by word,
each word tagged once (:mod:`.morph`); a match counts like a rule's.

Matches inside quotation marks («…», „…“, "…", 「…」; see :mod:`.quotes`) are
someone else's words: they count only when nothing outside them matches.

When no rule fires, or the top levels tie, the backup classifier (if named and
shipped for the locale) reads the text: for a tie it picks among the tied
levels; for silence it also weighs how often silent texts were of each level
in its training data (in pro-drop languages silence mostly means the polite
form). Its confidence is at most 0.6, its score shift is smaller than one rule
match, and its evidence and reason name ``<code>.subword``. Without a backup,
silence reads as ``unmarked`` (or unknown), and a tie as ``unmarked`` if it is
among the tied levels, else the most formal of them.

With ``backup_mode: vote`` the classifier instead reads every text and joins
the count: the level it prefers gains ``backup_weight`` times its log-odds (in
general, each level its log-probability over the least likely level's). That
vote is one Evidence item ``<code>.subword`` carrying its weight, anchored on
the word whose piece pulled hardest, and the reason says what it added. The rules
stay primary in the sense that the model is trained with the rule votes (over
``backup_weight``) as a fixed offset: it learns only what the rules miss, so
its vote is small where the rules are right. Such a model must be retrained
when the locale's rules change. When no rule fired, the confidence stays at
most 0.6.

Invalid markers raise ``ConfigError`` naming the file and field when the
locale is first analysed or passed to :func:`compile_markers`.
"""

from __future__ import annotations

import dataclasses
import math
import re
import time
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from chatbot.detect.register import morph, shared_sets
from chatbot.detect.register.markers import line_of, per_spec, validate
from chatbot.detect.register.quotes import Quotations
from chatbot.detect.register.reading import Evidence, Misuse, Reading
from chatbot.detect.register.rules_schema import (
    Markers,
    MisuseRule,
    MorphRule,
    Rule,
    VerbForm,
    expand,
)
from chatbot.detect.register.rules_words import SubstringIndex, WordIndex
from chatbot.detect.register.varieties import Found, Varieties, VarietyError
from chatbot.errors import ConfigError
from chatbot.locales.schema import LocaleSpec

__all__ = ["analyze", "compile_markers"]

# Typographic apostrophes read as the ASCII one; one character for one, so
# evidence offsets still index the caller's text.
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'", "\u2018": "'", "\uff07": "'"})
MAX_EVIDENCE = 64
OWN_LETTERS = 6  # outside quotations, for silence to speak (see _silence_speaks)
# Own letters, and their ratio to quoted ones, that set quotations aside (_quotes_aside).
ASIDE_LETTERS, ASIDE_RATIO = 30, 2.0
TIME_BUDGET_S = 0.25  # a safety net; normal texts take well under a millisecond


@dataclass(frozen=True)
class _MorphTest:
    """One morphology rule, ready to test a token (words in lower case, NFC)."""

    index: int  # into _Compiled.rules
    rule: MorphRule
    grammemes: frozenset[str]
    skip: frozenset[str]
    not_before: frozenset[str]
    not_ending: tuple[str, ...]
    before: frozenset[str]
    before_ending: tuple[str, ...]
    adverbs: frozenset[str]  # before a participle (not_before_participle)
    participles: tuple[str, ...]
    verbs: tuple[str, ...]  # every infinitive ending the locale's rules name
    clitics: tuple[str, ...] = ()  # longest first
    object_clitics: frozenset[str] = frozenset()  # not before object_words (not_before_object)
    object_words: frozenset[str] = frozenset()
    object_articles: frozenset[str] = frozenset()  # ... and these, where the word is own_form
    own_form: VerbForm | None = None
    gerunds: Mapping[str, str] = dataclasses.field(default_factory=dict)
    unless: tuple[frozenset[str], ...] = ()
    stem_changes: Mapping[str, Sequence[str]] | None = None

    def matches(
        self, tagger: morph.Tagger, tok: morph.Token, opening: str = "", subject: str = ""
    ) -> bool:
        """Whether ``tok`` is this rule's form; ``opening`` is the first word of
        the clause before it, where a link word (y, und) opened its own, and
        ``subject`` the first word of its sentence."""
        rule = self.rule
        if (
            tok.word in self.skip
            or (rule.clause_start and not tok.clause_start)
            # A clause that a subject opened (La profesora explica …) goes on
            # after y with that subject's verb (… y fomenta), no imperative.
            or (rule.clause_start and tok.linked and opening in self.before)
            # … nor after an aside between commas (El ruido, sin embargo, dificulta).
            or (rule.clause_start and tok.aside and subject in self.before)
            or (rule.not_in_question and tok.question)
            or (rule.in_question and not tok.question)
            or tok.next in self.not_before
            or (tok.next in self.adverbs and tok.then.endswith(self.participles))
            or (self.not_ending and tok.word.endswith(self.not_ending))
            or (rule.forms is not None and tok.label)
        ):
            return False
        if (
            (self.before or self.before_ending)
            and not (
                tok.next in self.before
                or (self.before_ending and tok.next.endswith(self.before_ending))
            )
            and not self._carries_clitic(tok.word)
        ):
            return False
        if rule.grammemes is not None:
            if self.unless and any(u <= r for r in tagger.readings(tok.word) for u in self.unless):
                return False
            return self.grammemes <= tagger.tag(tok.word)
        objects_after = tok.next in self.object_words or (
            tok.next in self.object_articles
            and self.own_form is not None
            and tagger.verb_form(
                tok.word,
                self.own_form.ending,
                self.own_form.infinitive,
                self.verbs,
                self.gerunds,
                self.stem_changes,
            )
        )
        words = [
            tok.word,
            *(
                _unstressed(tok.word[: -len(c)])
                for c in self._clitics_of(tok.word)
                if not (objects_after and c in self.object_clitics)
            ),
        ]
        return any(
            tagger.verb_form(
                word, f.ending, f.infinitive, self.verbs, self.gerunds, self.stem_changes
            )
            for word in words
            for f in rule.forms or ()
        )

    def _clitics_of(self, word: str) -> list[str]:
        """The clitics ``word`` may end in, longest first, each leaving a stem."""
        return [c for c in self.clitics if word.endswith(c) and len(word) - len(c) >= 3]

    def _clitic_stems(self, word: str) -> list[str]:
        """What ``word`` leaves without each clitic it may end in, longest clitic
        first, accent kept (estíra of estírala)."""
        return [word[: -len(c)] for c in self._clitics_of(word)]

    def _carries_clitic(self, word: str) -> bool:
        """Whether ``word`` ends in a clitic after a stem with the accent the clitic
        adds (cómelo), which marks it as a verb without the word after it
        (``stressed_clitic_alone``)."""
        if not self.rule.stressed_clitic_alone:
            return False
        stems = self._clitic_stems(word)
        return bool(stems) and _unstressed(stems[0]) != stems[0]


def _unstressed(word: str) -> str:
    """estíra -> estira: the accent an enclitic adds to the stem."""
    return unicodedata.normalize(
        "NFC", "".join(c for c in unicodedata.normalize("NFD", word) if c not in "\u0301\u0300")
    )


def _with_included(spec: LocaleSpec, markers: Markers, levels: set[str]) -> Markers:
    """``markers`` with the rules of every shared set it includes, voting for the level
    the include names."""
    code = spec.code
    added: list[Rule] = []
    for k, inc in enumerate(markers.include):
        if inc.level not in levels:
            raise ConfigError(
                f"locale {code!r} ({code}.yaml): markers.include.{k}.level"
                f"{line_of(spec, 'include', k, 'level')}: {inc.level!r} "
                f"is not a level of this locale ({', '.join(sorted(levels))})"
            )
        added += [r.voting_for(inc.level, inc.alone) for r in shared_sets.rule_set(inc.set).rules]
    ids = [r.id for r in [*markers.rules, *added]]
    if len(set(ids)) < len(ids):
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        raise ConfigError(
            f"locale {code!r} ({code}.yaml): markers: rule ids {dupes} come twice "
            "(a set included twice, or a rule named like one of an included set's)"
        )
    return markers.model_copy(update={"rules": [*markers.rules, *added]}) if added else markers


@dataclass(frozen=True)
class _Compiled:
    code: str
    markers: Markers
    rules: tuple[Rule | MorphRule, ...]  # the morphology rules follow the others
    showing: frozenset[str]  # ids of the rules that show a level (not shows: false)
    patterns: tuple[tuple[int, re.Pattern[str]], ...]  # rule index, regex
    words: WordIndex
    substrings: SubstringIndex
    misuses: tuple[tuple[MisuseRule, re.Pattern[str]], ...]
    rank: dict[str, int]
    formality: dict[str, str]
    center: float  # between the most formal informal level and the least formal formal one
    alone: frozenset[int] = frozenset()  # rules that count only where no other matched
    alone_ids: frozenset[str] = frozenset()  # and their ids, as evidence names them
    tagger: morph.Tagger | None = None
    morph: tuple[_MorphTest, ...] = ()
    links: frozenset[str] = frozenset()
    tags: re.Pattern[str] | None = None  # morphology.tags, as morph.tag_question
    varieties: Varieties | None = None
    variety: Found | None = None  # markers.variety: every text is read as it
    mention_frames: frozenset[str] = frozenset()  # markers.mentions, in small letters
    mention_pronouns: frozenset[str] = frozenset()
    # rule index -> the indices of the rules it mutes (Rule.mutes)
    muters: Mapping[int, frozenset[int]] = dataclasses.field(default_factory=dict)
    # rule index -> the words that, right before its match, make it another word
    not_after: Mapping[int, frozenset[str]] = dataclasses.field(default_factory=dict)


@per_spec
def compile_markers(spec: LocaleSpec) -> _Compiled:
    """Validate and compile ``spec.markers`` once; ConfigError names the file and field."""
    return _compile(spec.code, spec)


def _compile(code: str, spec: LocaleSpec) -> _Compiled:
    markers = validate(Markers, spec, "rules")
    ids = {lv.id for lv in spec.levels}
    levels = ", ".join(sorted(ids))
    own = len(markers.rules)  # the locale's own rules come before the included ones
    markers = _with_included(spec, markers, ids)
    morph_rules = markers.morphology.rules if markers.morphology else []
    blocks: list[tuple[tuple[str, ...], Sequence[Rule | MorphRule]]] = [
        (("rules",), markers.rules[:own]),
        (("morphology", "rules"), morph_rules),
    ]
    for block, block_rules in blocks:
        for i, rule in enumerate(block_rules):
            if rule.level not in ids:
                where = line_of(spec, *block, i, "level")
                raise ConfigError(
                    f"locale {code!r} ({code}.yaml): markers.{'.'.join(block)}.{rule.id}.level"
                    f"{where}: {rule.level!r} is not a level of this locale ({levels})"
                )
    tagger, tests = _morphology(code, markers, spec)
    if markers.unmarked is not None and markers.unmarked not in ids:
        raise ConfigError(
            f"locale {code!r} ({code}.yaml): markers.unmarked{line_of(spec, 'unmarked')}: "
            f"{markers.unmarked!r} is not a level of this locale ({levels})"
        )
    words, substrings = WordIndex(), SubstringIndex()
    patterns = []
    for i, rule in enumerate(markers.rules):
        if rule.pattern is not None:
            patterns.append((i, _regex(rule.pattern, rule.case_sensitive)))
            continue
        index = substrings if rule.match == "substring" else words
        for entry in rule.words or []:
            try:
                index.add(i, entry, rule.case_sensitive)
            except ValueError as exc:
                where = line_of(spec, "rules", i, "words") if i < own else ""
                msg = f"locale {code!r} ({code}.yaml): markers.rules.{rule.id}.words{where}: {exc}"
                raise ConfigError(msg) from exc
    misuses = tuple(
        (m, _regex(m.pattern, m.case_sensitive) if m.pattern else _alternation(m))
        for m in markers.misuses
    )
    all_rules: tuple[Rule | MorphRule, ...] = (*markers.rules, *morph_rules)
    try:
        varieties = Varieties(markers.varieties, {r.id: i for i, r in enumerate(all_rules)})
    except VarietyError as exc:
        # Named by ids, as the schema's errors are: varieties.pt.brazil.cues.pt.brazil.words.words
        k, *rest = exc.path
        named = [markers.varieties[int(k)].id, *rest]
        if len(rest) > 2:
            named[2] = markers.varieties[int(k)].cues[int(rest[1])].id
        field = ".".join(str(p) for p in ("varieties", *named))
        raise ConfigError(
            f"locale {code!r} ({code}.yaml): markers.{field}"
            f"{line_of(spec, 'varieties', *exc.path)}: {exc}"
        ) from exc
    muters = _muters(code, spec, markers, {r.id: i for i, r in enumerate(all_rules)}, own)
    forced = varieties.named(markers.variety) if markers.variety is not None else None
    if markers.variety is not None and forced is None:
        known = ", ".join(varieties.ids()) or "none: add markers.varieties"
        raise ConfigError(
            f"locale {code!r} ({code}.yaml): markers.variety{line_of(spec, 'variety')}: "
            f"{markers.variety!r} is not a variety of this locale (varieties: {known})"
        )
    informal = [lv.rank for lv in spec.levels if lv.formality == "informal"]
    formal = [lv.rank for lv in spec.levels if lv.formality == "formal"]
    if informal and formal:
        center = (max(informal) + min(formal)) / 2
    else:
        center = sum(lv.rank for lv in spec.levels) / len(spec.levels)
    return _Compiled(
        code=code,
        markers=markers,
        rules=all_rules,
        showing=frozenset(r.id for r in markers.rules if r.shows) | {r.id for r in morph_rules},
        alone=frozenset(i for i, r in enumerate(markers.rules) if r.alone),
        alone_ids=frozenset(r.id for r in markers.rules if r.alone),
        patterns=tuple(patterns),
        words=words,
        substrings=substrings,
        misuses=misuses,
        rank={lv.id: lv.rank for lv in spec.levels},
        formality={lv.id: lv.formality for lv in spec.levels},
        center=center,
        tagger=tagger,
        morph=tests,
        links=_lower(markers.morphology.links) if markers.morphology else frozenset(),
        tags=morph.tag_question(markers.morphology.tags) if markers.morphology else None,
        varieties=varieties or None,
        variety=forced,
        mention_frames=_lower(markers.mentions.frames) if markers.mentions else frozenset(),
        mention_pronouns=_lower(markers.mentions.pronouns) if markers.mentions else frozenset(),
        muters=muters,
        not_after={i: _lower(r.not_after) for i, r in enumerate(markers.rules) if r.not_after},
    )


def _muters(
    code: str, spec: LocaleSpec, markers: Markers, index: Mapping[str, int], own: int
) -> dict[int, frozenset[int]]:
    """Each rule with ``mutes``: its index and those of the rules it mutes."""
    muters: dict[int, frozenset[int]] = {}
    for i, rule in enumerate(markers.rules):
        unknown = [r for r in rule.mutes if r not in index]
        if unknown:
            where = line_of(spec, "rules", i, "mutes") if i < own else ""
            raise ConfigError(
                f"locale {code!r} ({code}.yaml): markers.rules.{rule.id}.mutes{where}: "
                f"{', '.join(unknown)}: no rule of this locale has that id"
            )
        if rule.mutes:
            muters[i] = frozenset(index[r] for r in rule.mutes)
    return muters


def _lower(words: list[str]) -> frozenset[str]:
    return frozenset(unicodedata.normalize("NFC", w).lower() for w in words)


def _morphology(
    code: str, markers: Markers, spec: LocaleSpec
) -> tuple[morph.Tagger | None, tuple[_MorphTest, ...]]:
    """The locale's tagger, and its morphology rules ready to test tokens."""
    block = markers.morphology
    if block is None:
        return None, ()
    where = f"locale {code!r} ({code}.yaml): markers.morphology"
    try:
        tagger = morph.load(block.tagger, block.lang)
    except morph.TaggerError as exc:
        raise ConfigError(f"{where}.tagger{line_of(spec, 'morphology', 'tagger')}: {exc}") from exc
    verbs = tuple(sorted({i for r in block.rules for f in r.forms or () for i in f.infinitive}))
    tests = []
    for k, rule in enumerate(block.rules):
        if (rule.grammemes is not None or rule.unless_any_reading) and not tagger.grammemes:
            field = "grammemes" if rule.grammemes is not None else "unless_any_reading"
            raise ConfigError(
                f"{where}.rules.{rule.id}.{field}"
                f"{line_of(spec, 'morphology', 'rules', k, field)}: {block.tagger} does not tag "
                "grammemes; use forms (an ending and the infinitive endings) instead"
            )
        named = set(rule.grammemes or ()).union(*rule.unless_any_reading)
        unknown = sorted(named - tagger.grammemes)
        if unknown:
            field = (
                "grammemes" if set(unknown) & set(rule.grammemes or ()) else "unless_any_reading"
            )
            raise ConfigError(
                f"{where}.rules.{rule.id}.{field}"
                f"{line_of(spec, 'morphology', 'rules', k, field)}: {', '.join(unknown)} "
                f"{'is' if len(unknown) == 1 else 'are'} not {block.tagger} grammemes "
                "(they are case-sensitive: VERB, impr, sing)"
            )
        after, objects = rule.not_before_participle, rule.not_before_object
        tests.append(
            _MorphTest(
                index=len(markers.rules) + k,
                rule=rule,
                grammemes=frozenset(rule.grammemes or ()),
                skip=_lower(rule.except_words) | _lower(block.except_words),
                not_before=_lower(rule.not_before),
                not_ending=tuple(_lower(rule.not_ending)),
                before=_lower(rule.before),
                before_ending=tuple(_lower(rule.before_ending)),
                adverbs=_lower(after.adverbs if after else []),
                participles=tuple(_lower(after.endings if after else [])),
                verbs=verbs,
                clitics=tuple(sorted(_lower(rule.clitics), key=len, reverse=True)),
                object_clitics=_lower(objects.clitics if objects else []),
                object_words=_lower(objects.words if objects else []),
                object_articles=_lower(objects.articles if objects else []),
                own_form=objects.own_form if objects else None,
                gerunds=dict(block.gerunds),
                unless=tuple(frozenset(u) for u in rule.unless_any_reading),
                stem_changes=block.stem_changes,
            )
        )
    return tagger, tuple(tests)


def _regex(pattern: str, case_sensitive: bool) -> re.Pattern[str]:
    return re.compile(expand(pattern), 0 if case_sensitive else re.IGNORECASE)


def _alternation(m: MisuseRule) -> re.Pattern[str]:
    # Misuse word lists are short, so a plain alternation is cheap enough.
    edge = "" if m.match == "substring" else "{<}"
    words = sorted(m.words or [], key=len, reverse=True)
    body = "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in words)
    end = "" if m.match == "substring" else "{>}"
    return _regex(f"{edge}(?:{body}){end}", m.case_sensitive)


def _squash(raw: float) -> float:
    # Monotone into (-1, 1) without saturating, so pairs stay ordered.
    return raw / (abs(raw) + 2.0)


def analyze(text: str, spec: LocaleSpec) -> Reading:
    """Read ``text`` with the rules in ``spec.markers`` (see the module docstring)."""
    comp = compile_markers(spec)
    probe = text.translate(_APOSTROPHES)
    quoted = Quotations(text, single_quotes=spec.single_quotes)
    # The speaker's own words, and words in quotation marks: the second are
    # read only when the first say nothing (see quotes.py).
    own, cited = _Tally(), _Tally()
    note: str | None = None
    # A variety of the language (Brazilian Portuguese) mutes the rules that
    # mean something else there; see varieties.py.
    variety = comp.variety or (
        comp.varieties.find(probe, quoted) if comp.varieties is not None else None
    )
    muted = variety.muted if variety is not None else frozenset()
    started = time.perf_counter()
    found: list[tuple[int, int, int]] = []
    for i, start, end in _matches(comp, probe):
        if (
            i in muted
            or _code_or_symbol(probe, start, end)
            or _mentioned(comp, probe, start, end)
            or _after_another(comp, i, probe, start)
        ):
            continue
        found.append((i, start, end))
        if time.perf_counter() - started > TIME_BUDGET_S:
            note = "stopped early: the rules took too long on this text"
            break
    # A rule the speaker's own words match may mute others (Rule.mutes).
    for i, start, _end in found:
        if i in comp.muters and not (quoted and start in quoted):
            muted = muted | comp.muters[i]
    for i, start, end in found:
        if i not in muted:
            (cited if quoted and start in quoted else own).add(comp, i, text, start, end)
    if comp.tagger is not None and not own.says(comp) and not cited.says(comp) and note is None:
        # No listed word or pattern: read the verb forms, whatever the verb.
        opening = subject = ""  # the first words of the clause and of the sentence
        for tok in morph.tokens(probe, comp.links, comp.tags):
            if tok.clause_start and not tok.linked:
                opening = tok.word
            if tok.sentence:
                subject = tok.word
            for test in comp.morph:
                if test.index not in muted and test.matches(comp.tagger, tok, opening, subject):
                    tally = cited if quoted and tok.start in quoted else own
                    tally.add(comp, test.index, text, tok.start, tok.end)
            if time.perf_counter() - started > TIME_BUDGET_S:
                note = "stopped early: the rules took too long on this text"
                break
    if variety is not None:
        note = f"{variety.note}; {note}" if note else variety.note
    chosen = (
        own
        if own.counts
        or not cited.counts
        or _silence_speaks(comp, text, quoted)
        or _quotes_aside(text, quoted)
        else cited
    )
    counts, evidence = chosen.without_alone(comp)
    votes: dict[str, float] = {}
    for i, n in counts.items():
        rule = comp.rules[i]
        votes[rule.level] = votes.get(rule.level, 0.0) + n * rule.weight
    misuses = _misuses(comp, text, probe)
    # The learned backup was trained on the locale's own variety: where a variety
    # mutes rules (você in Brazil), it would still read their words as before.
    learned = variety is None or not variety.muted
    if learned and comp.markers.backup_mode == "vote":
        reading = _vote(comp, text, votes, evidence, misuses, note)
    else:
        reading = _decide(comp, text, votes, evidence, misuses, note, backup=learned)
    return dataclasses.replace(reading, variety=variety.id) if variety is not None else reading


_WORD_BEFORE = re.compile(r"(\w+)[\s\"'«»“”„]*$")
_WORD_JUST_BEFORE = re.compile(r"(\w+)\s+$")


def _after_another(comp: _Compiled, i: int, text: str, start: int) -> bool:
    """Whether the word before rule ``i``'s match is one of its ``not_after``
    (las pruebas: a noun after an article, not the verb pruebas)."""
    if i not in comp.not_after:
        return False
    before = _WORD_JUST_BEFORE.search(text, max(0, start - 24), start)
    return before is not None and before.group(1).lower() in comp.not_after[i]


def _mentioned(comp: _Compiled, text: str, start: int, end: int) -> bool:
    """Whether the match is a pronoun named as a word (il tu, dare del Lei, на вы:
    ``markers.mentions``), which addresses no one."""
    if not comp.mention_pronouns or text[start:end].lower() not in comp.mention_pronouns:
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 24), start)
    return before is not None and before.group(1).lower() in comp.mention_frames


def _code_or_symbol(text: str, start: int, end: int) -> bool:
    """Whether the match is part of a code (model OMG-450) or an abbreviation
    or symbol alone in parentheses (the Lagos Municipal Administrative Office
    (LMAO), titanium (Ti)): a name, not a word of the speaker's. A lowercase
    aside (lol) and a transcript's unclear word ((Tienes) que ir) still are."""
    if text[end : end + 1] == "-" and text[end + 1 : end + 2].isdigit():
        return True
    word = text[start:end]
    symbol = word.isupper() or (len(word) == 2 and word[0].isupper() and word[1].islower())
    return symbol and text[start - 1 : start] == "(" and text[end : end + 1] == ")"


def _quotes_aside(text: str, quoted: Quotations) -> bool:
    """Whether the speaker's own words, though they show no level, outweigh the
    quotations: a report that quotes a resident (…, said «Esto es un desastre,
    tío»), a notice that names a book or a slogan (o livro «Amo-te, Lisboa»
    está esgotado). They then read as the unmarked level, not as the quote; a
    short frame around a quotation (He asked, "Can you help me?") still reads
    as what it quotes."""
    inside = sum(ch.isalpha() for a, b in quoted.spans() for ch in text[a:b])
    own = sum(ch.isalpha() for ch in text) - inside
    return own >= ASIDE_LETTERS and own >= ASIDE_RATIO * inside


def _silence_speaks(comp: _Compiled, text: str, quoted: Quotations) -> bool:
    """Whether the speaker's own words, with no marker, still say their level.

    A text all quotation is read from it. But where having no marker is itself
    the sign (``unmarked_shows``: Thai with no ครับ/ค่ะ is casual), a speaker
    who quotes a polite phrase in words of their own without one (มันบอกว่า
    "สวัสดีครับ" ตลกดี) speaks casually.
    """
    if not comp.markers.unmarked_shows:
        return False
    inside = sum(ch.isalpha() for a, b in quoted.spans() for ch in text[a:b])
    return sum(ch.isalpha() for ch in text) - inside >= OWN_LETTERS


class _Tally:
    """Matches per rule (at most ``max_count`` each) and the evidence shown."""

    def __init__(self) -> None:
        self.counts: dict[int, int] = {}
        self.evidence: list[Evidence] = []

    def says(self, comp: _Compiled) -> bool:
        """Whether a rule of the locale's own matched (not only one that counts alone)."""
        return any(i not in comp.alone for i in self.counts)

    def without_alone(self, comp: _Compiled) -> tuple[dict[int, int], list[Evidence]]:
        """The counts and evidence, less the rules that count alone where others matched."""
        if not comp.alone or not self.says(comp):
            return self.counts, self.evidence
        counts = {i: n for i, n in self.counts.items() if i not in comp.alone}
        return counts, [e for e in self.evidence if e.rule not in comp.alone_ids]

    def add(self, comp: _Compiled, i: int, text: str, start: int, end: int) -> None:
        rule = comp.rules[i]
        limit = comp.markers.max_count
        if isinstance(rule, Rule) and rule.max_count is not None:
            limit = min(limit, rule.max_count)  # a rule may count fewer, never more
        if self.counts.get(i, 0) >= limit:
            return
        self.counts[i] = self.counts.get(i, 0) + 1
        if len(self.evidence) < MAX_EVIDENCE:
            self.evidence.append(
                Evidence(text[start:end], start, end, rule.level, rule.id, rule.weight)
            )


def _matches(comp: _Compiled, probe: str) -> Iterator[tuple[int, int, int]]:
    """(rule index, start, end) of every match, word lists first."""
    yield from comp.words.find(probe)
    yield from comp.substrings.find(probe)
    for i, regex in comp.patterns:
        for m in regex.finditer(probe):
            if m.end() > m.start():
                yield i, m.start(), m.end()


def _misuses(comp: _Compiled, text: str, probe: str) -> tuple[Misuse, ...]:
    found: list[Misuse] = []
    for rule, regex in comp.misuses:
        for m in regex.finditer(probe):
            if m.end() > m.start() and len(found) < MAX_EVIDENCE:
                surface = text[m.start() : m.end()]
                native = rule.native_message or ""
                found.append(Misuse(surface, m.start(), m.end(), rule.id, rule.message, native))
    return tuple(found)


def _style_only(comp: _Compiled, evidence: list[Evidence]) -> bool:
    """Whether the rules behind ``evidence`` all count alone (a learned vote aside)."""
    ruled = [e for e in evidence if not e.rule.endswith(".subword")]
    return bool(ruled) and all(e.rule in comp.alone_ids for e in ruled)


def _raw_score(comp: _Compiled, weights: dict[str, float]) -> float:
    return sum(w * (comp.rank[level] - comp.center) for level, w in weights.items())


def _decide(
    comp: _Compiled,
    text: str,
    votes: dict[str, float],
    evidence: list[Evidence],
    misuses: tuple[Misuse, ...],
    note: str | None,
    max_confidence: float = 0.95,
    rule_votes: dict[str, float] | None = None,
    backup: bool = True,
) -> Reading:
    ranked = sorted(votes.items(), key=lambda kv: -kv[1])
    tied = len(ranked) > 1 and ranked[0][1] == ranked[1][1]
    raw = _raw_score(comp, votes)
    if ranked and not tied:
        level, top = ranked[0]
        second = ranked[1][1] if len(ranked) > 1 else 0.0
        own = rule_votes if rule_votes is not None else votes
        leads = all(own.get(level, 0.0) > v for lv, v in own.items() if lv != level)
        return Reading(
            locale=comp.code,
            level=level,
            formality=comp.formality[level],  # type: ignore[arg-type]
            confidence=round(min(max_confidence, (top - second) / (top + 1.0)), 4),
            score=_squash(raw),
            evidence=tuple(evidence),
            misuses=misuses,
            reason=note,
            scores=dict(votes),
            shown=leads and any(e.level == level and e.rule in comp.showing for e in evidence),
            # Alone rules count only where nothing else matched: then all evidence is theirs.
            style_only=_style_only(comp, evidence),
        )
    if backup and comp.markers.backup is not None:
        backed = _backup(comp, text, votes, evidence, misuses, note, raw)
        if backed is not None:
            return backed
    if tied:
        best = ranked[0][1]
        candidates = [lv for lv, v in ranked if v == best]
        # A level only forms that show nothing alone vote for (shows: false: English
        # contractions, common at every level) yields to one a showing form votes for.
        showing = [lv for lv in candidates if any(
            e.level == lv and e.rule in comp.showing for e in evidence
        )]  # fmt: skip
        why = f"tied between {', '.join(sorted(candidates))}"
        if len(showing) == 1 and len(candidates) > 1:
            why += f"; only {showing[0]} has a form that shows a level"
            candidates = showing
        level = (
            comp.markers.unmarked
            if comp.markers.unmarked in candidates
            else max(candidates, key=lambda lv: comp.rank[lv])
        )
        return Reading(
            locale=comp.code,
            level=level,
            formality=comp.formality[level],  # type: ignore[arg-type]
            confidence=0.1,
            score=_squash(raw),
            evidence=tuple(evidence),
            misuses=misuses,
            reason=f"{why}; {note}" if note else why,
            scores=dict(votes),
            shown=False,
        )
    if comp.markers.unmarked is None:
        why = "no register marker found"
        return Reading(
            locale=comp.code,
            level=None,
            formality="unknown",
            confidence=0.0,
            misuses=misuses,
            reason=f"{why}; {note}" if note else why,
        )
    level = comp.markers.unmarked
    why = f"no register marker found; read as the unmarked level {level!r}"
    return Reading(
        locale=comp.code,
        level=level,
        formality=comp.formality[level],  # type: ignore[arg-type]
        confidence=comp.markers.unmarked_confidence,
        score=0.0,
        misuses=misuses,
        reason=f"{why}; {note}" if note else why,
        shown=comp.markers.unmarked_shows,
    )


def _backup(
    comp: _Compiled,
    text: str,
    votes: dict[str, float],
    evidence: list[Evidence],
    misuses: tuple[Misuse, ...],
    note: str | None,
    raw: float,
) -> Reading | None:
    from chatbot.detect.register import subword

    vote = subword.predict(text, comp.code, silent=not votes)
    if vote is None or not set(vote.probs) <= set(comp.formality):
        return None
    # A tie is broken among the tied levels only; silence may go to any level.
    top = max(votes.values(), default=0.0)
    candidates = [lv for lv, v in votes.items() if v == top] or list(vote.probs)
    level = max(candidates, key=lambda lv: vote.probs.get(lv, 0.0))
    p = vote.probs.get(level, 0.0)
    # Below any rule-based score: one piece of rule evidence outweighs the model.
    shift = 0.5 * _raw_score(comp, {lv: pr for lv, pr in vote.probs.items() if lv in comp.rank})
    rule_id = f"{comp.code}.subword"
    learned = [
        Evidence(text[s:e], s, e, lv, rule_id, round(w, 3))
        for s, e, lv, w in vote.evidence
        if lv == level
    ]
    why = "rules silent" if not votes else "rules tied"
    why = f"{why}; read by the subword classifier ({rule_id}, p={p:.2f})"
    return Reading(
        locale=comp.code,
        level=level,
        formality=comp.formality[level],  # type: ignore[arg-type]
        confidence=round(min(0.6, max(0.05, 2 * p - 1)), 4),
        score=_squash(raw + shift),
        evidence=tuple(evidence + learned),
        misuses=misuses,
        reason=f"{why}; {note}" if note else why,
        scores={**votes, **{f"subword:{k}": v for k, v in vote.probs.items()}},
        shown=False,
    )


def _vote(
    comp: _Compiled,
    text: str,
    votes: dict[str, float],
    evidence: list[Evidence],
    misuses: tuple[Misuse, ...],
    note: str | None,
) -> Reading:
    """``backup_mode: vote``: the classifier's weighted log-odds join the rule votes."""
    from chatbot.detect.register import subword

    silent = not votes
    vote = subword.predict(text, comp.code, silent=silent)
    if vote is None or not set(vote.probs) <= set(comp.formality):
        return _decide(comp, text, votes, evidence, misuses, note)
    weight = comp.markers.backup_weight
    logp = {lv: math.log(max(p, 1e-30)) for lv, p in vote.probs.items()}
    floor = min(logp.values())
    # Each level gains weight x (its log-probability over the least likely
    # level's); with two levels only the classifier's choice gains, by
    # weight x its log-odds. The model was trained with the rule votes / weight
    # as a fixed offset, so this sum is the decision it was fitted for.
    added = {lv: weight * (lp - floor) for lv, lp in logp.items() if lp > floor}
    rule_id = f"{comp.code}.subword"
    combined = dict(votes)
    learned: list[Evidence] = []
    said: list[str] = []
    for level, w in sorted(added.items(), key=lambda kv: -kv[1]):
        combined[level] = combined.get(level, 0.0) + w
        # Anchor on the word whose piece pulled hardest toward this level, else the text.
        spans = [(s, e) for s, e, lv, _ in vote.evidence if lv == level]
        if spans:
            start, end = spans[0]
        else:
            start, end = len(text) - len(text.lstrip()), len(text.rstrip())
        if end > start:
            learned.append(Evidence(text[start:end], start, end, level, rule_id, round(w, 4)))
        said.append(f"+{w:.2f} for {level}, p={vote.probs[level]:.2f}")
    why = f"subword classifier {rule_id} voted ({'; '.join(said) or 'no lean'})"
    if silent:
        why = f"rules silent; {why}"
    reading = _decide(
        comp,
        text,
        combined,
        evidence + learned,
        misuses,
        f"{why}; {note}" if note else why,
        max_confidence=0.6 if silent else 0.95,
        rule_votes=votes,
    )
    scores = {**reading.scores, **{f"subword:{k}": v for k, v in vote.probs.items()}}
    return dataclasses.replace(reading, scores=scores)
