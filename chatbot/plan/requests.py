"""The level a user asks to be spoken to at: "Sie können mich gerne duzen".

A German who offers du, a Japanese customer who says タメ口でいいよ, a Russian
who says давай на ты: each asks the bot to change its register from now on,
and keeps writing as before while it does (the offer of du is itself made in
Sie). Mirroring the message would miss it, so the planner holds the request
instead: the latest one in the conversation, this message's or an earlier
one's, within what the persona allows.

Each locale lists its requests as data (``requests.rules`` in its file; see
``chatbot.locales.schema.Request``): a level and a pattern. Negation belongs
to the other level (Bitte duzen Sie mich nicht asks for Sie), so a message
matching both asks for the level of the match that comes last, and of two
that overlap, of the one that starts first and holds the other. Someone
else's request is not the user's: one in quotation marks (Mein Nachbar hat
gesagt „Wir können uns duzen“), in a text pasted to be translated, or in a
question that a word of ``requests.questions`` opens (Wie sage ich meinem
Chef, dass er mich duzen darf?) asks for nothing; nor does a level asked for
in a sentence that names a text to write for someone (``requests.drafts``:
Schreib die Mail an meinen Chef bitte in der Sie-Form), which is that text's.
A request taken back in its sentence or the next by a word of
``requests.withdrawals`` (Stavo per dirti di darmi del tu, ma lasciamo stare)
asks for nothing either; one taken back by another request asks for that.
Nor does one that a word of ``requests.keeps`` in its sentence says is the
level in use (du darfst mich ruhig weiter duzen, wie bisher).
Where a locale folds letters (``requests.fold``: traditional Chinese 請 as
simplified 请), all of these read the folded text, and a request's words are
still quoted as written.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from chatbot.detect.material import own_words
from chatbot.detect.register import clean, said
from chatbot.detect.register.markers import per_spec
from chatbot.detect.register.quotes import Quotations
from chatbot.detect.register.rules_schema import expand
from chatbot.locales.schema import LocaleSpec

__all__ = ["Asked", "asked", "asked_in"]


@dataclass(frozen=True)
class Asked:
    """A request for a level: which, its words, and the rule that read them."""

    level: str
    surface: str
    request: str  # the request's id, de.request.du


# Chat ends a sentence with an emoji where a full stop would go (je klinkt als
# een brief 😂 praat als een vriend): a run of pictographs before the next word.
_SENTENCE_END = re.compile(
    r"[.!?。！？\n]|[\u2600-\u27bf\U0001f300-\U0001faff][\ufe0f\u200d\u2600-\u27bf\U0001f300-\U0001faff]*(?=\s*\w)"
)
# Where the language writes apostrophes (l'amico, don't), straight single quotes
# are not read as quotation marks in general; but a span of two words or more
# that one opens after a space or a colon and one closes before a space or
# punctuation quotes someone (Il mio vicino mi ha detto 'diamoci del tu'). An
# apostrophe inside it (c'è) ends the span, so it is then not set apart.
_SINGLE_QUOTED = re.compile(
    r"(?:^|(?<=[\s:(]))'(?=\w)(?=[^'\n]{0,300}\s)[^'\n]{2,300}?(?<=[\w.!?,…])'(?=[\s.,!?;:)…]|$)"
)
_CLAUSE = re.compile(r"[,，、;；]")
_SPACELESS = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff]")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
# What may follow a word to make it a question's last: an ending, then ?.
_TAG_QUESTION = re.compile(r"\w{0,3}\s*[?？]")
# A letter of a word, with the vowel signs and viramas that \w leaves out: मेल
# (mail) is no word in फ़ॉर्मेलिटी (formality), where ् and ि stand on its edges.
_LETTER = r"[\w\u0300-\u036f\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963]"
_OPENING = "¿¡\"'“”„«»‹›「」『』‘’ \t"


@per_spec
def _compiled(spec: LocaleSpec) -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    return tuple(
        (r.id, r.level, re.compile(expand(r.pattern), 0 if r.case_sensitive else re.IGNORECASE))
        for r in spec.requests.rules
    )


def asked(text: str, spec: LocaleSpec) -> Asked | None:
    """The level ``text`` asks to be spoken to at, in its writer's own words (not
    code it carries, a message it quotes, a text it pastes, words in quotation
    marks or a question about the forms), or None."""
    if not spec.requests.rules:
        return None
    return _reader(spec)(text)  # a chat resends its history every turn: read each once


@per_spec
def _reader(spec: LocaleSpec) -> Callable[[str], Asked | None]:
    return functools.lru_cache(maxsize=1024)(lambda text: _asked(text, spec))


def _asked(text: str, spec: LocaleSpec) -> Asked | None:
    text = clean(text[:4000])
    pasted = own_words(text)  # a text pasted to be translated asks nothing of the bot
    own = said(pasted.text if pasted is not None else text)
    quoted = Quotations(own, single_quotes=spec.single_quotes)
    spans = [] if spec.single_quotes else [q.span() for q in _SINGLE_QUOTED.finditer(own)]
    read = own.translate(_folds(spec))  # one for one: every offset stays
    found: list[tuple[int, int, Asked]] = []
    for rule_id, level, regex in _compiled(spec):
        for m in regex.finditer(read):
            if m.start() in quoted and m.end() - 1 in quoted:  # all of it quoted ('aap' is not)
                continue
            if any(a <= m.start() and m.end() <= b for a, b in spans):
                continue
            if not _about_the_forms(read, m, spec) and not _for_a_draft(read, m, spec):
                found.append((m.start(), m.end(), Asked(level, own[m.start() : m.end()], rule_id)))
    # The request that comes last; of two that overlap, the one that starts
    # first, which holds the other (no hace falta que me hables de usted).
    last: tuple[int, int, Asked] | None = None
    for start, end, request in sorted(found, key=lambda f: (f[0], -f[1])):
        if last is None or start >= last[1]:
            last = (start, end, request)
    if last is None or _withdrawn(read, last[1], spec) or _kept(read, last, found, spec):
        return None
    return last[2]


@per_spec
def _folds(spec: LocaleSpec) -> dict[int, str]:
    return str.maketrans(spec.requests.fold)


def _withdrawn(text: str, end: int, spec: LocaleSpec) -> bool:
    """Whether a word of ``requests.withdrawals`` takes back the request that
    ends at ``end``, in the rest of its sentence or in the next (Je voulais
    vous proposer qu'on se tutoie, mais bon, restons comme ça; 말 놓으셔도… 아
    아니다)."""
    if not spec.requests.withdrawals:
        return False
    _, closes = _sentence(text, end, end)
    # The next sentence starts after the marks that close this one (..., ?!).
    opens = closes
    while opens < len(text) and (_SENTENCE_END.match(text, opens) or text[opens].isspace()):
        opens += 1
    after = _sentence(text, opens, opens)[1] if opens < len(text) else len(text)
    # A word that closes a question is its tag, not a withdrawal (존댓말 쓰는
    # 게 맞는 거 아녀유?: isn't it?).
    return any(
        not _TAG_QUESTION.match(text, found.end())
        for found in _withdrawal_words(spec).finditer(text, end, after)
    )


def _kept(
    text: str,
    last: tuple[int, int, Asked],
    found: Sequence[tuple[int, int, Asked]],
    spec: LocaleSpec,
) -> bool:
    """Whether a word of ``requests.keeps`` in the sentence of the request says
    that the level in use should stay (du darfst mich weiter duzen, wie bisher;
    지금처럼 존댓말 써 주시는 거 좋아요): it then changes nothing. Not where another
    request stands between the two (지금처럼 반말하지 말고 존댓말 써 주세요: don't,
    as now, use banmal; use jondaetmal)."""
    if not spec.requests.keeps:
        return False
    start, end, _ = last
    begins, closes = _sentence(text, start, end)
    for keep in _keep_words(spec).finditer(text, begins, closes):
        lo, hi = (keep.end(), start) if keep.end() <= start else (end, keep.start())
        if not any(lo <= a and b <= hi for a, b, _ in found):
            return True
    return False


def _about_the_forms(text: str, match: re.Match[str], spec: LocaleSpec) -> bool:
    """Whether the sentence of ``match`` is a question that one of the locale's
    ``requests.questions`` opens (Wie duzt man…?, 怎么跟老板说…？)."""
    if not spec.requests.questions:
        return False
    at = match.start()
    start, end = _sentence(text, at, match.end())
    if end == len(text) or text[end] not in "?？":
        return False
    # The question may open the sentence or a clause after a condition (If she
    # introduces herself as Priya, should I call her that?).
    clauses = _CLAUSE.split(text[start:at].lower())
    return any(_opens_question(c.lstrip(_OPENING), spec) for c in clauses)


def _opens_question(clause: str, spec: LocaleSpec) -> bool:
    for w in _questions(spec):
        after = clause[len(w) : len(w) + 1]
        # A whole word, where the script writes spaces; Chinese, Japanese, Thai don't.
        if clause.startswith(w) and (not after.isalnum() or _SPACELESS.search(w[-1])):
            return True
    return False


@per_spec
def _questions(spec: LocaleSpec) -> tuple[str, ...]:
    return tuple(w.lower() for w in spec.requests.questions)


def _for_a_draft(text: str, match: re.Match[str], spec: LocaleSpec) -> bool:
    """Whether the sentence of ``match`` names a text the user has the bot write
    for someone (a word of ``requests.drafts``: 上司へのメールを敬語で書いて,
    an e-mail to my landlord in a formal tone)."""
    if not spec.requests.drafts:
        return False
    start, end = _sentence(text, match.start(), match.end())
    idioms = [m.span() for m in _not_drafts(spec).finditer(text, start, end)]
    return any(
        not any(a <= d.start() and d.end() <= b for a, b in idioms)
        for d in _drafts(spec).finditer(text, start, end)
    )


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence holding ``text[start:end]`` begins, and where its closing
    mark (., ?, 。, a line break) stands, or the text's end."""
    begins = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    closes = _SENTENCE_END.search(text, end)
    return begins, closes.start() if closes else len(text)


@per_spec
def _drafts(spec: LocaleSpec) -> re.Pattern[str]:
    return _any_word(spec.requests.drafts)


@per_spec
def _not_drafts(spec: LocaleSpec) -> re.Pattern[str]:
    return _any_word(spec.requests.not_drafts)


@per_spec
def _withdrawal_words(spec: LocaleSpec) -> re.Pattern[str]:
    # Closing a clause where the script writes spaces: "lascia perdere" takes a
    # request back, "lascia perdere le formalità" asks for one.
    return _any_word(spec.requests.withdrawals, closing=r"(?=\s*(?:[,.!?;:…~)।]|$))")


@per_spec
def _keep_words(spec: LocaleSpec) -> re.Pattern[str]:
    return _any_word(spec.requests.keeps)


def _any_word(words: Sequence[str], closing: str = "") -> re.Pattern[str]:
    # A whole word where the script writes spaces (not "mail" in "Gmail"), but
    # Korean's with any particle after it (레터링에, 편지를); anywhere in
    # Chinese, Japanese and Thai, which write no spaces. No words match nothing.
    def one(w: str) -> str:
        # An apostrophe matches either one (j'apprécie, j’apprécie).
        escaped = re.escape(w).replace("'", "['’]")
        if _SPACELESS.search(w):
            return escaped
        if _HANGUL.search(w[-1]):
            return rf"(?<!\w){escaped}"
        return rf"(?<!{_LETTER}){escaped}(?!{_LETTER}){closing}"

    return re.compile(
        "|".join(one(w) for w in sorted(words, key=len, reverse=True)) or "(?!)", re.IGNORECASE
    )


def asked_in(text: str, earlier: Sequence[str], spec: LocaleSpec, last: int = 50) -> Asked | None:
    """The latest request for a level: in ``text``, else in the ``last`` of the
    ``earlier`` messages (oldest first), latest first."""
    for message in (text, *reversed(earlier[-last:])):
        found = asked(message, spec)
        if found is not None:
            return found
    return None
