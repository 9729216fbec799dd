"""The Korean analyzer: speech level from sentence-final endings, read on jamo.

Korean grammaticalises the speaker's stance toward the listener in the verb
ending that closes each sentence: 해체 (반말: 했어, 가자, 뭐야), 해요체 (했어요,
가죠, 뭐예요) and 하십시오체 (했습니다, 갑니다, 가십시오). The analyzer walks the
words (어절) once, decides for each whether it closes a clause (punctuation, end
of text, an emoticon such as ㅋㅋ, a comma), and matches the ending rules of
``ko.yaml`` against the word's jamo, longest suffix first, so 갑니다 (가 + ㅂ니다)
is found although ㅂ is fused into the syllable 갑. Pronouns (저/나, 당신/너),
answers (네/응) and honorific pieces (-시-, 드리다) add smaller votes that tip
texts whose endings are missing, as in chat fragments; an answer opening a
sentence (응 이번 주만, 네 저도요) counts although no comma follows it. Chat
spellings are undone before matching: a laugh fused into the last syllable
(좋아욬ㅋㅋ) and vowels stretched out (졸려요오오, 네에).

The ending that closes a sentence is the speaker's level for that sentence, so
votes inside it that disagree (quoted 반말 before 라고 했어요, a 저 before 괜찮아)
are discounted; a clause followed by a quotative (뭐라고? 하고 물었어요) or
glued to a closing quote (“가자”라고) is reported speech and does not close a
sentence of the speaker's at all. Votes inside quotation marks (선생님이 "수고했어요"
그러셨어, a café called '고마워요') are set aside whenever the speaker's own
words outside them vote.

Everything is a single left-to-right pass with bounded look-ups per word, so
the time is linear in the text.
"""

from __future__ import annotations

import dataclasses
import math
import re
import unicodedata

from chatbot.detect.register.ko_jamo import (
    compose,
    decompose,
    is_compat_jamo,
    is_syllable,
    split_syllable,
)
from chatbot.detect.register.ko_markers import (
    Compiled,
    EndingRule,
    PartRule,
    WordRule,
    compile_markers,
)
from chatbot.detect.register.lists import ListItems
from chatbot.detect.register.markers import per_spec
from chatbot.detect.register.quotes import Quotations
from chatbot.detect.register.reading import Evidence, Misuse, Reading
from chatbot.locales.schema import LocaleSpec

__all__ = ["analyze", "compiled_for"]

# A word: a run of Hangul syllables, or a run of loose jamo (ㅋㅋ, ㅇㅇ, ㅠㅠ).
_WORD = re.compile(r"[\uac00-\ud7a3]+|[\u3131-\u318e]+")
_SPACE = " \t\u3000\u00a0"
_TERMINAL = set(".?!…~;:)]}>»\"'”’」』》〉。？！～^♡♥♪★☆")
_QUOTES = set("\"'”’」』》〉")
_COMMA = set(",，、")

FINAL, COMMA, INNER = "final", "comma", "inner"
MAX_EVIDENCE = 64  # shown in a Reading; every vote still counts in the scores

# The compiled markers of a spec, validated once (ConfigError names the file).
compiled_for = per_spec(compile_markers)


def _context(text: str, end: int, c: Compiled) -> str:
    """Whether the word ending at ``end`` closes a clause.

    A quote closing right before more Hangul (“가자”라고) is reported speech:
    the quoted level is someone else's, so it is no clause end of the speaker's.
    Nor is a clause whose punctuation is followed by a quotative verb
    (뭐라고? 하고 물었어요).
    """
    i, n = end, len(text)
    while i < n and text[i] in _SPACE:
        i += 1
    if i >= n or text[i] in "\r\n":
        return FINAL
    ch = text[i]
    if ch in _COMMA:
        return COMMA
    if ch in _TERMINAL:
        j = i
        while j < n and text[j] in _QUOTES:
            j += 1
        if j > i and j < n and is_syllable(text[j]):
            return INNER  # “가자”라고: a quotation glued to its quotative particle
        k = j
        while k < n and text[k] in _SPACE:
            k += 1
        if j > i and k < n and is_syllable(text[k]):
            return INNER  # "수고했어요" 그러시고…: the speaker's sentence goes on
        return INNER if _quotative_follows(text, i, c) else FINAL
    if is_compat_jamo(ch) or unicodedata.category(ch) in ("So", "Sk", "Cs"):
        return FINAL  # ㅋㅋ, ㅠㅠ, emoji and ^^ end a chat line
    return INNER


def _quotative_follows(text: str, i: int, c: Compiled) -> bool:
    n = len(text)
    # Look past at most a few punctuation marks and spaces: bounded, so linear.
    for _ in range(8):
        if i >= n or not (text[i] in _TERMINAL or text[i] in _SPACE):
            break
        i += 1
    j = i
    while j < n and j - i < 8 and is_syllable(text[j]):
        j += 1
    return j > i and text[i:j] in c.quotatives


def _glued(text: str, start: int) -> bool:
    """True when the word is a particle glued to what precedes it (TV나, “…”나)."""
    if start == 0:
        return False
    p = text[start - 1]
    if p.isspace():
        return False
    if p.isalnum():
        return True
    return p in _QUOTES and start >= 2 and not text[start - 2].isspace()


def _ending(c: Compiled, word: str) -> tuple[EndingRule, int] | None:
    """The longest ending rule matching ``word`` and the index of its first character."""
    # Only the tail can hold an ending: a syllable has at least two jamo.
    offset = max(0, len(word) - (c.suffix_lengths[0] // 2 + 1))
    jamo, owner = decompose(word[offset:])
    for length in c.suffix_lengths:
        if length > len(jamo):
            continue
        rule = c.suffixes.get(jamo[-length:])
        if rule is None:
            continue
        if word in rule.except_words or any(word.endswith(e) for e in rule.except_endings):
            return None  # a noun that only looks like the ending (노래, 한국어)
        return rule, offset + owner[len(jamo) - length]
    return None


def _unfuse_laughter(text: str, word: str, end: int) -> str:
    """좋아욬ㅋㅋ -> 좋아요: chat fuses the first ㅋ/ㅎ of a laugh into the last syllable."""
    if end >= len(text) or text[end] not in "ㅋㅎ":
        return word
    last = split_syllable(word[-1])
    if len(last) == 3 and last[2] == text[end]:
        return word[:-1] + compose(last[0], last[1])
    return word


# A vowel typed again to stretch a word (좋아아, 해요오, 네에) continues the
# vowel of the syllable before it: the same vowel, or its plain form after a
# y- or w-diphthong (요오, 여어, 봐아, 줘어).
_STRETCH = {
    "ㅏ": "ㅏㅑㅘ", "ㅓ": "ㅓㅕㅝ", "ㅗ": "ㅗㅛ", "ㅜ": "ㅜㅠ", "ㅡ": "ㅡ", "ㅣ": "ㅣ",
    "ㅐ": "ㅐㅒㅙ", "ㅔ": "ㅔㅖㅞ",
}  # fmt: skip
_BARE_VOWELS = frozenset(compose("ㅇ", v) for v in _STRETCH)


def _unstretch(word: str) -> str:
    """졸려어어 -> 졸려, 해요오 -> 해요: drop vowels repeated to draw a word out.

    Only a bare vowel syllable (ㅇ, no final) after a syllable with no final
    consonant is dropped, so the ending the speaker chose is matched.
    """
    if word[-1] not in _BARE_VOWELS:
        return word
    n = len(word)
    while n > 1:
        last, prev = split_syllable(word[n - 1]), split_syllable(word[n - 2])
        if not (len(last) == 2 and last[0] == "ㅇ" and len(prev) == 2):
            break
        if prev[1] not in _STRETCH.get(last[1], ""):
            break
        n -= 1
    return word[:n]


def _word_rule(c: Compiled, word: str) -> WordRule | None:
    rule = c.words.get(word)
    if rule is not None:
        return rule
    for length in c.stem_lengths:
        if length <= len(word):
            stem_rule = c.stems.get(word[:length])
            if stem_rule is not None and (len(word) == length or word[length:] in c.particles):
                return stem_rule
    return None


def _part_rule(c: Compiled, word: str) -> tuple[str, int, PartRule] | None:
    if c.parts_re is None:
        return None
    m = c.parts_re.search(word)
    if m is None:
        return None
    rule = c.part_rules[m.group()]
    return None if word in rule.except_words else (m.group(), m.start(), rule)


def _fragment(c: Compiled, word: str, opens_with_comma: bool) -> bool:
    """Whether a clause-final word without an ending counts as a bare fragment:
    not the call that opens a sentence (할머니, …), nor a title (선생님!)."""
    frag = c.markers.fragment
    if frag is None or opens_with_comma:
        return False
    return not word.endswith(tuple(frag.address))


def _collect(text: str, c: Compiled) -> list[Evidence]:
    """All votes, one left-to-right pass over the words."""
    ctx_weight = {FINAL: c.markers.context.final, COMMA: c.markers.context.comma}
    inner_weight = c.markers.context.inner
    out: list[Evidence] = []
    sentence: list[Evidence] = []  # votes of the sentence being read
    opens = True  # the word starts a sentence (네 맞아요, 응 알겠어)
    for m in _WORD.finditer(text):
        word, start, end = m.group(), m.start(), m.end()
        ctx = _context(text, end, c)
        closes = ctx != INNER
        # An answer or interjection opening a sentence is a clause of its own
        # even with no comma after it (응 이번 주만, 네 저도요), as chat writes it.
        leads = opens and not closes and end < len(text) and text[end] in _SPACE
        # A word opening a sentence before a comma (선생님, 이거…; 할머니, 식사…)
        # calls someone or exclaims; it is no fragment of an answer.
        opens_with_comma = opens and ctx == COMMA
        starts, opens = opens, ctx != INNER
        votes: list[Evidence] = []
        plain = _unstretch(_unfuse_laughter(text, word, end))
        wrule = None if _glued(text, start) else _word_rule(c, plain)
        if wrule is not None and wrule.opening and not starts:
            wrule = None
        if wrule is not None and (closes or leads or not wrule.alone):
            factor = ctx_weight.get(ctx, inner_weight) if wrule.alone else 1.0
            votes.append(Evidence(word, start, end, wrule.level, wrule.id, wrule.weight * factor))
        if not is_compat_jamo(word[0]):
            part = _part_rule(c, word)
            if part is not None:
                surface, at, prule = part
                s = start + at
                votes.append(
                    Evidence(surface, s, s + len(surface), prule.level, prule.id, prule.weight)
                )
            found = _ending(c, plain)
            if found is not None:
                erule, at = found
                if closes or erule.where == "anywhere":
                    weight = erule.weight * ctx_weight.get(ctx, inner_weight)
                    votes.append(
                        Evidence(word[at:], start + at, end, erule.level, erule.id, weight)
                    )
            elif closes and wrule is None and _fragment(c, plain, opens_with_comma):
                frag = c.markers.fragment
                assert frag is not None
                votes.append(Evidence(word, start, end, frag.level, "ko.fragment", frag.weight))
        sentence.extend(votes)
        if ctx == FINAL:
            closer = next((v for v in votes if v.rule in c.deciding_ids), None)
            out.extend(_settle(sentence, closer, c))
            sentence = []
    out.extend(sentence)
    return out


def _settle(sentence: list[Evidence], closer: Evidence | None, c: Compiled) -> list[Evidence]:
    """Discount votes that disagree with the ending that closes their sentence.

    The closing ending is the speaker's level for that sentence; a 반말 clause
    before it (…몰라, 라고 했어요) is reported speech or self-talk, and a 저
    before 괜찮아 does not make the sentence polite. Such votes count
    ``embedded`` of their weight, and all of them together never more than
    the closing ending itself: however much is quoted, one sentence closed
    with 요 is a polite sentence.
    """
    if closer is None:
        return sentence
    closing_formal = closer.level in c.formal
    factor = c.markers.context.embedded
    against = sum(e.weight for e in sentence if (e.level in c.formal) != closing_formal) * factor
    if against > closer.weight:
        factor *= closer.weight / against
    return [
        e
        if (e.level in c.formal) == closing_formal
        else dataclasses.replace(e, weight=e.weight * factor)
        for e in sentence
    ]


def _misuses(text: str, c: Compiled, evidence: list[Evidence]) -> list[Misuse]:
    found: list[Misuse] = []
    for pattern, rule in c.misuses:
        for m in pattern.finditer(text):
            # One error, one report: where two rules read the same words (품절되셨습니다
            # as a sold-out item and as a thing subject), the first listed speaks.
            if any(m.start() < f.end and f.start < m.end() for f in found):
                continue
            found.append(
                Misuse(
                    m.group(), m.start(), m.end(), rule.id, rule.message, rule.native_message or ""
                )
            )
    # Speech levels mixed in one message: the classic failure of a generated
    # reply that slides from 해요체 into 반말 (or back) halfway through.
    endings = [e for e in evidence if e.rule in c.addressed_ids]
    formal = [e for e in endings if e.level in c.formal]
    informal = [e for e in endings if e.level not in c.formal]
    least = c.markers.mixed_min_weight
    if sum(e.weight for e in formal) >= least and sum(e.weight for e in informal) >= least:
        minority = informal if len(informal) <= len(formal) else formal
        e = minority[0]
        found.append(
            Misuse(
                e.surface,
                e.start,
                e.end,
                "ko.mixed_levels",
                "speech levels are mixed in one message: 반말 next to 존댓말 (this "
                "ending is the level less used here); one reply ends every sentence in "
                "one level",
                "한 메시지 안에 반말과 존댓말이 섞여 있습니다(표시한 어미가 이 글에서 덜 "
                "쓰인 말투입니다). 한 답변은 모든 문장을 같은 말투로 끝냅니다",
            )
        )
    return found


def _outside_list_items(text: str, c: Compiled, evidence: list[Evidence]) -> list[Evidence]:
    """The votes, less list-item endings (in_lists: false) closing a list item."""
    if not any(e.rule in c.list_plain_ids for e in evidence):
        return evidence
    items = ListItems(text)
    return [e for e in evidence if e.rule not in c.list_plain_ids or e.start not in items]


def _unquoted(text: str, evidence: list[Evidence], spec: LocaleSpec) -> list[Evidence]:
    """The votes outside quotation marks, when there are any.

    A quotation (선생님이 "수고했어요" 그러셨어, 노래방에서 "사랑합니다" 불렀어) or a
    quoted name ('고마워요 카페') is someone else's speech, not the speaker's
    level. A text that is all quotation is read from the quotation.
    """
    quoted = Quotations(text, single_quotes=spec.single_quotes)
    if not quoted:
        return evidence
    outside = [e for e in evidence if e.start not in quoted]
    return outside or evidence


def analyze(text: str, spec: LocaleSpec) -> Reading:
    c = compiled_for(spec)
    evidence = _outside_list_items(text, c, _unquoted(text, _collect(text, c), spec))
    misuses = tuple(_misuses(text, c, evidence))
    scores: dict[str, float] = {}
    for e in evidence:
        scores[e.level] = scores.get(e.level, 0.0) + e.weight
    formal = sum(w for lv, w in scores.items() if lv in c.formal)
    informal = sum(w for lv, w in scores.items() if lv not in c.formal)
    total = formal + informal
    if total == 0:
        why = "no Hangul" if not any(is_syllable(ch) for ch in text) else "no speech-level ending"
        return Reading(
            locale=spec.code, level=None, formality="unknown", confidence=0.0,
            misuses=misuses, reason=f"{why} found",
        )  # fmt: skip
    if formal > informal:
        level = _formal_level(c, evidence, spec)
    elif informal > formal:
        level = max((lv for lv in scores if lv not in c.formal), key=lambda lv: scores[lv])
    else:
        level = spec.default_level
    confidence = abs(formal - informal) / total * (1.0 - math.exp(-total))
    # A bare fragment leans to 반말 but shows no level by itself: a list item
    # (- 두부 한 모) or a title is bare in every speech level.
    side = c.formal if formal > informal else frozenset(scores) - c.formal
    shown = formal != informal and any(
        e.level in side and e.rule != "ko.fragment" for e in evidence
    )
    return Reading(
        locale=spec.code,
        level=level,
        formality=spec.level(level).formality,
        confidence=round(confidence, 4),
        score=(formal - informal) / (total + 1.0),
        evidence=tuple(evidence[:MAX_EVIDENCE]),
        misuses=misuses,
        scores=scores,
        shown=shown,
    )


def _formal_level(c: Compiled, evidence: list[Evidence], spec: LocaleSpec) -> str:
    """Among the formal levels, the one whose sentence endings weigh most.

    Pronouns and honorific pieces say *that* the text is polite, not *which*
    polite level; only endings choose between 해요체 and 하십시오체.
    """
    weights: dict[str, float] = {}
    for e in evidence:
        if e.rule in c.ending_ids and e.level in c.formal:
            weights[e.level] = weights.get(e.level, 0.0) + e.weight
    if not weights:
        return c.default_formal
    return max(weights, key=lambda lv: (weights[lv], spec.level(lv).rank))
