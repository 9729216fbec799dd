"""The Japanese register analyzer (entry point ``ja``): casual / polite / honorific.

Reading order, from the strongest signal to the weakest:

1. The form that closes each sentence (:mod:`ja_endings`): です/ます → polite,
   plain form / だ / casual particle → casual. Plain forms inside a sentence
   (a relative clause, 〜と思います) are not evidence, so a polite main clause
   with plain subordinate clauses still reads polite.
2. Keigo anywhere (:mod:`ja_keigo`): 尊敬語 and 謙譲語 verbs, frames and nouns.
   With polite (or no) endings they make the text honorific. With casual
   endings only sonkeigo aimed at the listener does (お宅はどうなさるの？):
   keigo about a third person (師匠がお語りになったよ) or one's own humble act
   inside casual speech does not make the speaker formal toward the listener.
3. Weak hints: です/ます inside a sentence (〜ですが、), お/ご on nouns, 〜様,
   formal and colloquial vocabulary. They decide only when the endings are
   silent or tied, and they move the score.
4. Failing all of those, a plain predicate anywhere: polite speech marks
   nearly every sentence with です/ます, so their absence reads, weakly, as
   plain speech.

Evidence inside 「」 or parentheses, or quoted without brackets (〜の？と聞いた),
is someone else's speech and is set aside, unless the whole text is quoted.
The continuous ``score`` is (P + 1.5·K − C) / (P + 1.5·K + C + 1) over the
polite, keigo and casual evidence, so of two texts at the same level the one
with more formal and less casual evidence scores higher.
"""

from __future__ import annotations

import dataclasses
import re

from chatbot.detect.register.ja_endings import ending_hit
from chatbot.detect.register.ja_keigo import MisuseHit, keigo_hits
from chatbot.detect.register.ja_lexicon import Lexicon, compile_markers
from chatbot.detect.register.ja_morph import (
    Hit,
    Quoted,
    Tok,
    Unit,
    quoted_spans,
    split_units,
    tokenize,
)
from chatbot.detect.register.lists import ListItems
from chatbot.detect.register.reading import Evidence, KeigoType, Misuse, Reading
from chatbot.locales.schema import LocaleSpec

__all__ = ["analyze"]

MAX_EVIDENCE = 64
_KEIGO_ORDER: tuple[KeigoType, ...] = ("teineigo", "sonkeigo", "kenjougo")


_SURROGATES = re.compile("[\ud800-\udfff]")
_JAPANESE = re.compile("[\u3040-\u30ff\u4e00-\u9fff]")


def _has_japanese(text: str) -> bool:
    return _JAPANESE.search(text) is not None


def _unknown(spec: LocaleSpec, reason: str) -> Reading:
    return Reading(locale=spec.code, level=None, formality="unknown", confidence=0.0, reason=reason)


def _addressed(unit: Unit, end: Hit | None) -> bool:
    """A polite sentence that asks or seeks agreement (〜ましたか, 〜ましたね): the
    listener is its topic, so an unmarked 〜れる in it is more likely respect."""
    if end is None or end.level != "polite":
        return False
    return unit.question or any(
        t.surface in ("か", "ね") and t.pos2 == "終助詞" for t in unit.toks[-4:]
    )


def _quoted_by_next(units: list[Unit], n: int) -> bool:
    """Whether unit ``n`` is an unbracketed quotation: 〜の？と聞いた, 〜んだ、と気づいた."""
    if n + 1 >= len(units):
        return False
    nxt = units[n + 1].toks[0]
    return nxt.pos1 == "助詞" and nxt.surface in ("と", "って", "とか")


def _weak_hits(toks: list[Tok], covered: set[int], lex: Lexicon) -> list[Hit]:
    """です/ます inside sentences, colloquial words, お/ご on nouns, 〜様."""
    w = lex.weights
    out: list[Hit] = []
    for g, t in enumerate(toks):
        if g in covered:
            continue
        if t.ctype == "助動詞-マス" or (t.ctype == "助動詞-デス" and t.orth != "っす"):
            # 〜ですが、〜まして: polite inside the sentence; casual speech does not do this.
            out.append(Hit(g, g, "polite", "ja.teineigo.mid", w.polite_mid, "teineigo"))
        elif t.lemma == "御座る":
            out.append(Hit(g, g, "polite", "ja.teineigo.mid", w.polite_mid, "teineigo"))
        elif (
            t.surface in lex.casual_words
            or t.orth in lex.casual_words
            or (t.lemma in lex.casual_words and t.pos1 != "代名詞")
            or (
                # うん、 ありがとう、: a casual answer or thanks opening a sentence
                t.pos1 == "感動詞"
                and t.lemma in lex.casual_interjections
                and g + 1 < len(toks)
                and toks[g + 1].pos2 == "読点"
            )
        ):
            out.append(Hit(g, g, "casual", "ja.casual.word", w.casual_word))
        elif (t.lemma in lex.formal_words and t.surface not in lex.casual_words) or (
            t.lemma == "為" and g + 1 < len(toks) and toks[g + 1].pos2 == "読点"
        ):
            # 書き言葉 / business vocabulary: 本日, 少々, 恐縮, 誠に, and 〜ため、 as
            # a reason clause where speech says 〜から/〜ので.
            out.append(Hit(g, g, "polite", "ja.formal.word", w.formal_word))
        elif (
            t.pos1 == "接頭辞"
            and t.lemma == "御"
            and g + 1 < len(toks)
            and toks[g + 1].pos1 == "名詞"
            and not (g + 2 < len(toks) and toks[g + 2].surface in ("ちゃん", "くん"))
        ):
            # 美化語 (お水, ご家族): courteous wording, common in polite speech;
            # not おじいちゃん, a child's word.
            out.append(Hit(g, g + 1, "polite", "ja.bikago", w.bikago))
        elif (
            t.pos1 == "接尾辞"
            and t.lemma == "様"
            and g > 0
            and toks[g - 1].pos1 in ("名詞", "代名詞")
        ):
            out.append(Hit(g - 1, g, "polite", "ja.address.sama", w.honorific_suffix))
    return out


_PLAIN_AUX = frozenset({"助動詞-ダ", "助動詞-タ", "助動詞-ナイ", "助動詞-タイ"})
_NOMINAL = frozenset({"名詞", "代名詞", "形状詞", "接尾辞"})


def _plain_predicate(toks: list[Tok], lex: Lexicon) -> list[Hit]:
    """The last plain predicate that closes a clause, in a text with no other marker.

    Polite speech marks nearly every sentence with です/ます, so a text that
    closes a clause with a plain verb, adjective or だ/た/ない (準備ができたから
    部屋へどうぞ。, 歓談してたのに…) and never uses them is plain speech, weakly.
    A predicate that only modifies a noun (駅にある旅館。) is plain in polite
    speech too, and a text with no predicate (こちらへどうぞ。) stays unread.
    """
    for g in range(len(toks) - 1, -1, -1):
        t = toks[g]
        if not (t.pos1 in ("動詞", "形容詞") or (t.pos1 == "助動詞" and t.ctype in _PLAIN_AUX)):
            continue
        nxt = toks[g + 1] if g + 1 < len(toks) else None
        if nxt is not None and (nxt.pos1 == "助動詞" or nxt.pos1 in _NOMINAL):
            continue  # inside a verb chain (なかっ|た), or a relative clause (来た|こと)
        if (
            g > 0
            and nxt is not None
            and toks[g - 1].surface + t.surface + nxt.surface in lex.compound_particles
        ):
            continue  # 返品について: a particle, no predicate
        return [Hit(g, g, "casual", "ja.casual.no_teineigo", lex.weights.plain_inside)]
    return []


def analyze(text: str, spec: LocaleSpec) -> Reading:
    """Read the speech level of ``text`` (see the module docstring)."""
    lex = compile_markers(spec)
    if not text.strip():
        return _unknown(spec, "no text to read")
    if not _has_japanese(text):
        return _unknown(spec, "no Japanese (kana or kanji) in the text")
    # MeCab needs valid UTF-8: a lone surrogate becomes U+FFFD, one character
    # for one, so token offsets still index the caller's text.
    toks = tokenize(_SURROGATES.sub("\ufffd", text))
    if not toks:
        return _unknown(spec, "no words found")
    units = split_units(toks)
    ends = [None if _quoted_by_next(units, n) else ending_hit(u, lex) for n, u in enumerate(units)]
    keigo, misuse_hits = keigo_hits(
        units, [_addressed(u, e) for u, e in zip(units, ends, strict=True)], lex
    )
    covered: set[int] = set()
    for h in [e for e in ends if e is not None] + keigo:
        covered.update(range(h.first, h.last + 1))
    hits = [e for e in ends if e is not None] + keigo + _weak_hits(toks, covered, lex)
    if not hits:
        hits = _plain_predicate(toks, lex)
    hits = _outside_list_items(text, toks, hits, lex)

    quoted = quoted_spans(text)
    main = [h for h in hits if toks[h.last].start not in quoted]
    reason: str | None = None
    if not main and hits:
        # The whole text is quoted speech (「ありがとうございます」): read the quote.
        main = [_scaled(h, lex.weights.quoted_factor) for h in hits]
        reason = "read from quoted speech only"
    return _decide(text, spec, lex, toks, main, misuse_hits, quoted, reason)


def _outside_list_items(text: str, toks: list[Tok], hits: list[Hit], lex: Lexicon) -> list[Hit]:
    """The hits, less plain endings closing a list item (they show no level there)."""
    if not any(h.rule in lex.list_plain for h in hits):
        return hits
    items = ListItems(text)
    return [h for h in hits if h.rule not in lex.list_plain or toks[h.last].start not in items]


def _scaled(h: Hit, factor: float) -> Hit:
    return dataclasses.replace(h, weight=h.weight * factor)


def _decide(
    text: str,
    spec: LocaleSpec,
    lex: Lexicon,
    toks: list[Tok],
    hits: list[Hit],
    misuse_hits: list[MisuseHit],
    quoted: Quoted,
    reason: str | None,
) -> Reading:
    sums = {"casual": 0.0, "polite": 0.0, "honorific": 0.0}
    for h in hits:
        sums[h.level] += h.weight
    casual, polite, keigo = sums["casual"], sums["polite"], sums["honorific"]
    # Everyday keigo (ご希望, ご記入ください, お願いします) is how 丁寧語 speaks:
    # it counts as polite; the honorific level needs keigo beyond it.
    everyday = sum(h.weight for h in hits if h.rule in lex.everyday_keigo)
    strong = keigo - everyday
    formal = polite + keigo
    total = formal + casual
    score = (polite + 1.5 * keigo - casual) / (polite + 1.5 * keigo + casual + 1.0)

    finals = [h for h in hits if h.final]
    fp = sum(h.weight for h in finals if h.level == "polite")
    fc = sum(h.weight for h in finals if h.level == "casual")
    listener_keigo = any(h.to_listener and h.rule not in lex.everyday_keigo for h in hits)
    level: str | None
    if strong > 0 and (fp >= fc or listener_keigo):
        # Keigo with polite endings, or sonkeigo aimed at the listener even with
        # plain endings (お宅はどうなさるの？). Keigo about a third person or one's
        # own humble act inside casual endings (師匠がお語りになったよ) stays casual.
        level = "honorific"
    elif fp != fc:
        # Sentence endings decide; weak hints inside sentences do not outvote them.
        level = "polite" if fp > fc else "casual"
    elif polite + everyday != casual:
        level = "polite" if polite + everyday > casual else "casual"
    elif fp:
        # As many polite endings as plain ones, and nothing inside the sentences to
        # tip it: polite. Polite speech drops into plain forms for exclamations and
        # asides (寒いね。中で待っていてください。); casual speech seldom closes a
        # sentence with です/ます.
        level = "polite"
    elif finals:
        # Endings that vote nothing: the last is the speaker's current level.
        level = finals[-1].level
    else:
        level = None

    evidence = tuple(
        Evidence(
            text[toks[h.first].start : toks[h.last].end],
            toks[h.first].start,
            toks[h.last].end,
            h.level,
            h.rule,
            round(h.weight, 3),
        )
        for h in sorted(hits, key=lambda h: h.first)[:MAX_EVIDENCE]
    )
    misuses = tuple(
        Misuse(
            text[toks[m.first].start : toks[m.last].end],
            toks[m.first].start,
            toks[m.last].end,
            m.rule,
            m.message,
            m.native,
        )
        for m in misuse_hits
        if toks[m.first].start not in quoted
    )
    if level is None:
        return Reading(
            locale=spec.code,
            level=None,
            formality="unknown",
            confidence=0.0,
            evidence=evidence,
            misuses=misuses,
            reason="no sentence-final predicate or register marker found "
            "(a fragment, a noun phrase, or not Japanese)",
        )
    types = {h.keigo for h in hits if h.keigo}
    formality = spec.level(level).formality
    agree = abs(formal - casual) / total if total else 0.0
    confidence = min(0.99, 0.25 + 0.74 * agree * total / (total + 1.0))
    return Reading(
        locale=spec.code,
        level=level,
        formality=formality,
        confidence=round(confidence, 3),
        score=score,
        evidence=evidence,
        keigo=tuple(k for k in _KEIGO_ORDER if k in types),
        misuses=misuses,
        reason=reason,
        scores={k: round(v, 3) for k, v in sums.items()},
    )
