"""The schema of a locale file (``chatbot/locales/<code>.yaml``).

A locale declares its register levels, ordered on the formal/informal axis, and
for each level the words a prompt uses to ask for it. The ``markers`` block is
read by the locale's analyzer, which validates it with its own schema, so a
Japanese morphology rule and a Spanish verb-ending rule need not share one shape.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator, model_validator

Formality = Literal["formal", "informal"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Exchange(_Strict):
    """One example turn, written in the level it illustrates."""

    user: str = Field(min_length=1)
    assistant: str = Field(min_length=1)


class Address(_Strict):
    """How the assistant addresses the user at this level.

    ``known`` is a format string with ``{name}`` (and optionally ``{surname}``,
    ``{given}``); ``unknown`` is used when no name is known. Leave ``unknown``
    out where speakers then use no form of address at all (Japanese friends
    drop the pronoun instead of saying あなた or きみ).
    """

    known: str = Field(min_length=1)
    unknown: str | None = Field(None, min_length=1)
    pronoun: str | None = None  # the second-person form the level uses, e.g. "Sie", "du"


class Level(_Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    native: str = Field(min_length=1, description="The level's name in the language itself")
    english: str = Field(min_length=1)
    description: str = Field(min_length=1)
    rank: int = Field(description="Position on the formal axis: higher is more formal")
    formality: Formality
    instruction: str = Field(
        min_length=1, description="Register instruction in the target language"
    )
    address: Address
    examples: list[Exchange] = Field(min_length=1)
    greeting: str | None = Field(
        None, min_length=1, description="A first message in this level, for new personas"
    )


class VarietyLevel(_Strict):
    """How a level is written in a variety of the language: what differs from the
    locale's own level (any field left out is the level's)."""

    native: str | None = Field(None, min_length=1, description="Tratamento por você")
    english: str | None = Field(None, min_length=1)
    instruction: str | None = Field(None, min_length=1)
    address: Address | None = None
    examples: list[Exchange] | None = Field(None, min_length=1)
    greeting: str | None = Field(None, min_length=1)


class Variety(_Strict):
    """A variety of the locale's language (Brazilian Portuguese in ``pt``) that
    replies are written in for a user who writes it.

    The analyzer tells it by the cues of the variety with this id in its markers
    (``markers.varieties``); the plan then asks for its texts here."""

    id: str = Field(
        pattern=r"^[a-z]{2,3}\.[A-Za-z0-9_.]+$",
        description="<locale code>.<name>, as its markers.varieties entry: pt.brazil",
    )
    native: str = Field(min_length=1, description="Its name in the language: Português do Brasil")
    english: str = Field(min_length=1)
    tags: list[str] = Field(
        default_factory=list,
        description="Language tags that ask for it (pt-BR): an API request's locale, "
        "--locale, a browser's language",
    )
    levels: dict[str, VarietyLevel] = Field(
        default_factory=dict,
        description="By level id; none for the variety the levels are written in (pt.europe), "
        "which a tag (pt-PT) or a message may still ask for",
    )
    default_level: str | None = Field(
        None,
        description="The level of a reply where the user's message shows none and the persona "
        "mirrors it, if not the locale's default_level (pt.brazil: informal, você being the "
        "everyday form there)",
    )

    @field_validator("tags")
    @classmethod
    def _tags(cls, tags: list[str]) -> list[str]:
        for tag in tags:
            if not re.fullmatch(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})+", tag):
                raise ValueError(f"{tag!r} is not a language tag with a region, such as pt-BR")
        return tags


class Detect(_Strict):
    """Letters that tell this language apart on a message of a few words.

    ``letters``: letters that, among the installed locales, only this one writes
    (Spanish ¿¡ñ, German ß); a letter two locales declare counts for neither.
    ``foreign``: letters that mean a language we lack (Ukrainian і, ї, є next to
    Russian), so a text with them keeps its own language code.
    ``tells``: letters of this language that the languages we lack and a
    statistical detector takes it for never write (Russian ё, ы, э: not
    Ukrainian, Bulgarian, Macedonian or Serbian); a text with one, and none of
    ``foreign``, is in this language whatever the detector names.
    ``confused_with``: close languages that the reply-language check never
    tells this one from (either side may declare the pair).
    ``words``: common words; a reply that uses them is not called another
    Latin-script language for the foreign names it holds (Risotto ai funghi).
    """

    letters: str = ""
    foreign: str = ""
    tells: str = ""
    words: list[str] = Field(
        default_factory=list,
        description=(
            "Common words of this language (articles, pronouns, conjunctions): a reply "
            "that uses some is in it whatever foreign names it holds; a word two "
            "locales declare counts for neither"
        ),
    )
    confused_with: list[str] = Field(
        default_factory=list,
        description=(
            "Languages (ISO 639-1) a statistical detector takes this one for: a reply "
            "read as one of them is never called another language (es: [pt])"
        ),
    )
    romanized: list[str] = Field(
        default_factory=list,
        description=(
            "For a language of another script that its speakers also write in Latin "
            "letters (Roman Hindi, Russian translit), or a Latin-script one typed "
            "without its marks (Vietnamese without tone marks): its common words so "
            "written that other languages "
            "write too (hai, mat, aap). With romanized_core, a Latin-script message "
            "with several is in this language, which a statistical detector cannot "
            "tell (it reads Tagalog or Indonesian); lowercase single words"
        ),
    )

    romanized_core: list[str] = Field(
        default_factory=list,
        description=(
            "Of those, the words no other language writes (nahi, kya, mujhe): a message "
            "is in this language only with one of them; the others (hai, mat, aap, toh: "
            "Italian, Dutch, English words too) only support it"
        ),
    )

    pasted: list[str] = Field(
        default_factory=list,
        description=(
            "Words of a request about a text the user pastes into the message "
            "(translate, summarize, this text; a stem matches its forms at a word's "
            "start: übersetz). A short first or last paragraph with one, or ending in a "
            "colon, is the user's own; the other paragraphs are read as someone else's "
            "words, whose language and register are not the user's"
        ),
    )

    quote_intros: list[str] = Field(
        default_factory=list,
        description=(
            "Words that introduce a quoted message in a reply: a forum's Quote from, an "
            "e-mail client's wrote (Zitat von, a écrit, 님이 작성). A line that opens with "
            "one and holds a colon, or ends with one before a colon, is someone else's "
            "message, not the writer's words"
        ),
    )
    mail_headers: list[str] = Field(
        default_factory=list,
        description=(
            "The sender field of a mail header (From, Von, 差出人): a line of it and a "
            "colon, with two more field lines after it, starts the answered or forwarded "
            "message, which runs to the end of the text"
        ),
    )

    @field_validator("romanized", "romanized_core")
    @classmethod
    def _romanized(cls, words: list[str]) -> list[str]:
        for word in words:
            if not re.fullmatch(r"[a-z]+", word):
                raise ValueError(f"{word!r} is not one word of lowercase Latin letters a-z")
        return words


class Request(_Strict):
    """Words with which a user asks to be spoken to at a level from now on:
    "Sie können mich gerne duzen", "on peut se tutoyer", "タメ口でいいよ".

    ``pattern`` is a regular expression as in the markers (``{<}`` and ``{>}``
    for a word's start and end), matched in the user's own words; its negated
    forms (Bitte duzen Sie mich nicht) belong to the other level's request.
    """

    id: str = Field(pattern=r"^[a-z]{2,3}\.request\.[a-z0-9_]+$", description="de.request.du")
    level: str = Field(min_length=1, description="The level the user asks for")
    why: str = Field(min_length=1, description="What the user says, and in which forms")
    pattern: str = Field(min_length=1, max_length=1000)
    case_sensitive: bool = False

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, pattern: str) -> str:
        # The marker patterns' macros and linear-time check (imported here: the
        # analyzers import this module).
        from chatbot.detect.register.rules_schema import check_pattern, expand

        check_pattern(expand(pattern), pattern)
        return pattern


class Requests(_Strict):
    """How a user asks for a level (``rules``); the words that open a question
    about the forms instead (``questions``: Wie duzt man im Büro?, Comment dire à
    mon patron qu'il peut me tutoyer ?), which asks for nothing; and the words
    that name a text the user has the bot write for someone else (``drafts``:
    上司へのメールを敬語で書いて), whose level is that text's, not the chat's,
    unless a phrase of ``not_drafts`` holds the word (pour une histoire de); and
    the words that take back a request just made without asking another level
    (``withdrawals``: ma lasciamo stare, 아 아니다, never mind); and the words
    that say the level in use should stay (``keeps``: wie bisher, 지금처럼),
    with which a request changes nothing. ``fold`` reads
    letters as others, one for one, before any of these match, so one pattern
    serves two scripts (traditional 請 read as simplified 请)."""

    questions: list[str] = Field(
        default_factory=list,
        description="Words that open a question about the forms (wie, wann, comment, 怎么)",
    )
    drafts: list[str] = Field(
        default_factory=list,
        description="Words naming a text to write for someone (e-mail, Brief, メール, 邮件)",
    )
    not_drafts: list[str] = Field(
        default_factory=list,
        description=(
            "Phrases that hold a word of drafts but name no text to write "
            "(pour une histoire de: over a matter of; long story short)"
        ),
    )
    withdrawals: list[str] = Field(
        default_factory=list,
        description=(
            "Words that take back a request just made, in its sentence or the next, "
            "without asking another level (never mind, lasciamo stare, 算了)"
        ),
    )
    keeps: list[str] = Field(
        default_factory=list,
        description=(
            "Words that say the level in use should stay, so that a request in their "
            "sentence changes nothing (wie bisher, come finora, 지금처럼, as you have been)"
        ),
    )
    fold: dict[str, str] = Field(
        default_factory=dict,
        description=(
            "Letters read as others before the rules, questions, drafts, withdrawals and keeps "
            "match, one for one (traditional 請: simplified 请)"
        ),
    )
    rules: list[Request] = Field(default_factory=list)

    @field_validator("fold")
    @classmethod
    def _one_for_one(cls, fold: dict[str, str]) -> dict[str, str]:
        bad = [f"{k}: {v}" for k, v in fold.items() if len(k) != 1 or len(v) != 1]
        if bad:
            raise ValueError(
                f"fold maps one letter to one letter, so that what a rule matches keeps "
                f"its place in the text; not {', '.join(bad)}"
            )
        return fold


class LocaleSpec(_Strict):
    # The YAML text the spec was parsed from, so that a mistake the analyzer finds
    # later in ``markers`` can name its line (None for a spec built in code).
    _yaml_text: str | None = PrivateAttr(default=None)

    code: str = Field(pattern=r"^[a-z]{2,3}$")
    native: str = Field(min_length=1)
    english: str = Field(min_length=1)
    analyzer: str = Field(
        min_length=1, description="Name of the analyzer (entry point in chatbot.analyzers)"
    )
    default_level: str
    name_order: Literal["given_first", "family_first"] = Field(
        "given_first",
        description=(
            "How people write their names in this language (vi: Nguyễn Văn Hùng, family "
            "first); names in CJK scripts are read family first whatever the locale"
        ),
    )
    surname_capital: bool = Field(
        False,
        description=(
            "Whether a surname written without the given name before it starts with a "
            "capital, its particle too (Dutch: Jan de Vries, but meneer De Vries)"
        ),
    )
    double_surname: bool = Field(
        False,
        description=(
            "Whether people carry two surnames, father's then mother's, and are addressed "
            "by the first (Spanish: María García López is señora García)"
        ),
    )
    compound_given_names: list[str] = Field(
        default_factory=list,
        description=(
            "With double_surname: given names of two words (María José, José Luis), so "
            "that María José García is señora García, not señora José"
        ),
    )
    compound_surnames: list[str] = Field(
        default_factory=list,
        description=(
            "For a language that writes a full name in its script without a space "
            "(王芳, 김민수): its family names of two characters (欧阳, 남궁). Such a name "
            "is split after one of them, or else after its first character; none: a "
            "name without a space is one part (田中)"
        ),
    )
    levels: list[Level] = Field(min_length=2)
    sentence_final: str | None = Field(
        None,
        description=(
            "For a language written without full stops (Thai): a regular expression for "
            "the words that close a sentence when a space follows them (ครับ|ค่ะ). The "
            "reply guard then reads a reply's first sentence as soon as one closes, "
            "instead of at a line break"
        ),
    )
    single_quotes: bool = Field(
        False,
        description=(
            "Whether straight single quotes ('…') mark quotations, whose words are someone "
            "else's register: true for a language that writes no apostrophe (ko, ru, hi); "
            "in French or Italian '…' is more often two elisions (l'ordine … c'è)"
        ),
    )
    detect: Detect = Field(default_factory=Detect)
    varieties: list[Variety] = Field(default_factory=list)
    markers: dict[str, Any] = Field(default_factory=dict)
    # How a user asks to be spoken to at a level (see Requests); the planner holds
    # the latest such request in the conversation (plan/requests.py).
    requests: Requests = Field(default_factory=lambda: Requests())

    @field_validator("sentence_final")
    @classmethod
    def _compiles(cls, pattern: str | None) -> str | None:
        if pattern is not None:
            try:
                # Compiled as the reply guard embeds it, after other alternatives:
                # a global flag such as (?i) must fail here, not mid-reply.
                re.compile(f"(?:\\.)|(?:{pattern})(?=\\s)")
                if re.compile(pattern).match(""):
                    raise ValueError("it matches an empty string; it must match words")
            except re.error as exc:
                raise ValueError(f"not a regular expression: {exc}") from None
        return pattern

    @model_validator(mode="after")
    def _levels_consistent(self) -> LocaleSpec:
        ids = [lv.id for lv in self.levels]
        if len(set(ids)) != len(ids):
            raise ValueError(f"level ids must be unique, got {ids}")
        ranks = [lv.rank for lv in self.levels]
        if len(set(ranks)) != len(ranks):
            raise ValueError(f"level ranks must be unique, got {ranks}")
        if self.default_level not in ids:
            raise ValueError(f"default_level {self.default_level!r} is not one of {ids}")
        for r in self.requests.rules:
            if r.level not in ids:
                raise ValueError(f"request {r.id}: level {r.level!r} is not one of {ids}")
        names = [r.id for r in self.requests.rules]
        if len(set(names)) != len(names):
            raise ValueError(f"request ids must be unique, got {names}")
        names = [v.id for v in self.varieties]
        if len(set(names)) != len(names):
            raise ValueError(f"variety ids must be unique, got {names}")
        for v in self.varieties:
            if not v.id.startswith(f"{self.code}."):
                raise ValueError(f"variety {v.id}: its id must start with {self.code}.")
            wrong = [t for t in v.tags if not t.startswith(f"{self.code}-")]
            if wrong:
                raise ValueError(f"variety {v.id}: tags {wrong} are not {self.code}-… tags")
            if v.default_level is not None and v.default_level not in ids:
                raise ValueError(
                    f"variety {v.id}: default_level {v.default_level!r} is not one of {ids}"
                )
            unknown = sorted(set(v.levels) - set(ids))
            if unknown:
                raise ValueError(
                    f"variety {v.id}: levels {unknown} are not levels of this locale ({ids})"
                )
        return self

    def level(self, level_id: str) -> Level:
        for lv in self.levels:
            if lv.id == level_id:
                return lv
        raise KeyError(level_id)

    def variety(self, variety_id: str | None) -> Variety | None:
        """The variety ``variety_id`` of this locale, or None."""
        return next((v for v in self.varieties if v.id == variety_id), None)

    def default_for(self, variety_id: str | None) -> str:
        """The default level in a variety (its own where it gives one), else the locale's."""
        variety = self.variety(variety_id)
        own = variety.default_level if variety is not None else None
        return own or self.default_level

    def written(self, level_id: str, variety_id: str | None = None) -> Level:
        """Level ``level_id`` as a prompt writes it in a variety (its instruction,
        address, examples, greeting where the variety gives them), else as it is."""
        level = self.level(level_id)
        variety = self.variety(variety_id)
        own = variety.levels.get(level_id) if variety is not None else None
        if own is None:
            return level
        given = {k: getattr(own, k) for k in own.model_fields_set if getattr(own, k) is not None}
        return level.model_copy(update=given)

    def ordered(self) -> list[Level]:
        """Levels from least to most formal."""
        return sorted(self.levels, key=lambda lv: lv.rank)

    @property
    def yaml_text(self) -> str | None:
        """The YAML text this spec was parsed from (None for one built in code)."""
        return self._yaml_text

    def with_yaml_text(self, text: str) -> LocaleSpec:
        """This spec, remembering ``text`` as the file it was parsed from."""
        self._yaml_text = text
        return self
