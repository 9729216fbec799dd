"""Sentence-final forms: the primary signal of Japanese speech level.

Polite speech (丁寧語) is marked on the predicate that closes each sentence:
です/ます in any conjugation (でした, ません, ましょう, でしょう), ございます, or the
request 〜てください. Casual speech closes with a plain form (〜る, 〜た, 〜ない),
the copula だ, a plain imperative, a bare て-form request, or a particle that
never follows です/ます (じゃん, ぜ). Forms inside a sentence are not read here: a
plain verb before 〜と思います or in a relative clause says nothing about the
speaker's level, which is why the main clause's ending decides.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from chatbot.detect.register.ja_lexicon import Lexicon
from chatbot.detect.register.ja_morph import Hit, Tok, Unit

__all__ = ["ending_hit"]

# A sentence that stops at one of these conjunctive particles is cut short
# (〜ですけど。 〜と思いますが…): its predicate still shows the level, a little less surely.
_SUSPEND = frozenset({"けど", "けれど", "けれども", "が", "から", "ので", "し", "のに", "ものの"})
# Tokens a chat line may trail with after the sentence proper: 笑, 草, w (any run).
_TRAILERS = frozenset({"笑", "草", "笑笑"})
_LAUGH_LETTERS = frozenset("wｗ")  # small: 100W is watts
# Of those, the ones that can only be a laugh: after 牛が食べる, 草 is grass.
_LAUGHS = frozenset({"笑", "笑笑"})
# Parts of speech a predicate chain is made of (見 て い ませ ん でし た).
_CHAIN_POS = frozenset({"助動詞", "動詞", "形容詞"})
# Imperatives that are honorific or fixed greetings, not plain commands.
_NOT_PLAIN_IMPERATIVE = frozenset({"下さる", "為さる", "いらっしゃる", "召す", "遊ばす", "御座る"})
# Address suffixes: 田中様。 is a salutation, not a noun predicate.
_ADDRESS = frozenset({"様", "さん", "殿", "君", "ちゃん", "くん"})
# A run of these alone is a name or a title (東京タワー), not a predicate.
_NOMINAL = frozenset({"名詞", "接頭辞", "接尾辞"})
# Predicates in these forms close a sentence.
_FINITE = ("終止形", "連体形", "意志推量形")


def _is_trailer(surface: str) -> bool:
    return surface in _TRAILERS or _is_laugh(surface)


def _is_laugh(surface: str) -> bool:
    return surface in _LAUGHS or (bool(surface) and set(surface) <= _LAUGH_LETTERS)


def _is_tail_particle(tok: Tok, lex: Lexicon) -> bool:
    if tok.pos1 != "助詞":
        return tok.lemma in lex.casual_particles and tok.pos1 in ("助動詞", "感動詞")
    if tok.pos2 == "終助詞":
        return True
    if tok.pos2 == "準体助詞":
        return tok.surface in ("の", "ん")
    if tok.pos2 == "副助詞":
        return tok.surface in ("って", "とか", "か")
    if tok.pos2 == "接続助詞":
        return tok.surface in _SUSPEND
    return False


def _chain_start(toks: tuple[Tok, ...], head: int) -> int:
    """First index of the predicate chain ending at ``head`` (bounded look-back)."""
    j = head
    while j > 0 and head - j < 10:
        prev = toks[j - 1]
        if (
            prev.pos1 in _CHAIN_POS
            or prev.pos2 == "助動詞語幹"  # よう/そう/みたい in 〜ませんように, 〜そうです
            or (prev.pos2 in ("接続助詞", "準体助詞") and prev.surface in ("て", "で", "ん", "の"))
        ):
            j -= 1
            continue
        break
    return j


def _verb_like(tok: Tok) -> bool:
    """A verb, or an auxiliary that conjugates like one (待って-て, 食べちゃっ-て)."""
    return tok.pos1 == "動詞" or (
        tok.pos1 == "助動詞" and tok.ctype.startswith(("五段", "上一段", "下一段", "サ行", "カ行"))
    )


def _is_polite(tok: Tok) -> bool:
    if tok.ctype == "助動詞-マス" or tok.lemma == "御座る":
        return True
    # っす is a clipped です of casual (senpai/kouhai) speech; でしょ without う
    # asks for agreement the casual way (大変でしょ？).
    return tok.ctype == "助動詞-デス" and tok.orth != "っす" and tok.surface != "でしょ"


@dataclass(frozen=True)
class _Tail:
    """The end of a sentence unit: its predicate chain and the particles after it."""

    unit: Unit
    head: int  # index (in unit.toks) of the last word before the particles
    end: int  # index of the last particle (== head when none)
    start: int  # index of the first token of the predicate chain
    particles: tuple[Tok, ...]
    soft: bool  # a particle that follows plain forms in speech: よ, ね, の, かな
    factor: float  # < 1 when the sentence is cut short by けど/が/から
    trailed: bool = False  # a laugh (ww, 笑) follows: MeCab then reads 面白かった as 連体形

    @property
    def chain(self) -> tuple[Tok, ...]:
        return self.unit.toks[self.start : self.head + 1]

    def hit(
        self,
        first: int,
        level: str,
        rule: str,
        weight: float,
        keigo: str | None = None,
        last: int | None = None,
    ) -> Hit:
        base = self.unit.first
        last = self.head if last is None else last
        return Hit(base + first, base + last, level, rule, weight * self.factor, keigo, final=True)


def _concessive(toks: tuple[Tok, ...], i: int) -> bool:
    """何であれ, 誰であれ, いずれにせよ, どちらにしろ: the imperative form as "whatever,
    either way", ordering nobody (勝手にしろ！, with the copula's に, does order)."""
    if i == 0:
        return False
    head, prev = toks[i], toks[i - 1]
    if head.lemma == "有る":
        return prev.lemma == "だ" and prev.surface == "で"
    return head.lemma == "為る" and prev.surface == "に" and prev.pos1 == "助詞"


def ending_hit(unit: Unit, lex: Lexicon) -> Hit | None:
    """The evidence given by the form that closes ``unit``, or None when it is neutral."""
    toks = unit.toks
    i = len(toks) - 1
    trailed = False
    while i >= 0 and (toks[i].is_symbol or (_is_trailer(toks[i].surface) and i > 0)):
        trailed = trailed or _is_laugh(toks[i].surface)
        i -= 1
    end = i
    while i >= 0 and (
        _is_tail_particle(toks[i], lex)
        or (toks[i].surface == "も" and i > 0 and toks[i - 1].surface == "か")  # かも(よ)
    ):
        i -= 1
    if i < 0:
        return None
    particles = toks[i + 1 : end + 1]
    tail = _Tail(
        unit=unit,
        head=i,
        end=end,
        start=_chain_start(toks, i),
        particles=particles,
        soft=any(
            p.surface in lex.soft_particles or p.lemma in lex.soft_particles for p in particles
        ),
        factor=lex.weights.suspended_factor
        if any(p.surface in _SUSPEND and p.pos2 == "接続助詞" for p in particles)
        else 1.0,
        trailed=trailed,
    )
    polite = _polite_ending(tail, lex)
    if polite is not None:
        return polite
    if _trailing_you_de(tail):
        # 持ち合わせがなかったようで。 お忙しいそうで。: 〜ようです / 〜そうです
        # left unsaid, as adults trail off in polite talk; casual speech says
        # 〜みたい or 〜らしいよ instead. A weak vote.
        return tail.hit(tail.start, "polite", "ja.polite.trailing_you_de", lex.weights.noun_end)
    if not unit.hard and particles and particles[-1].surface == "か":
        return None  # 何が起きているのか、〜: an indirect question, not a sentence
    return _casual_ending(tail, lex)


def _polite_ending(tail: _Tail, lex: Lexicon) -> Hit | None:
    """です/ます/ございます closing the chain, or the request 〜てください."""
    w, toks, i = lex.weights, tail.unit.toks, tail.head
    head, chain = toks[i], tail.chain
    for k, tok in enumerate(chain):
        # Only auxiliaries may follow the polite one (ませ-ん-でし-た); a verb after
        # it (そこでし-て-いる) means it was not the closing predicate.
        if _is_polite(tok) and all(
            t.pos1 == "助動詞" or t.surface in ("て", "で") for t in chain[k + 1 :]
        ):
            return tail.hit(tail.start + k, "polite", "ja.teineigo.end", w.polite_end, "teineigo")
    if head.surface in ("こと", "もの") and i > 0 and _is_polite(toks[i - 1]):
        # 赤ちゃんですこと / ですもの: exclamatory こと, reason もの after a polite form.
        return tail.hit(i - 1, "polite", "ja.teineigo.end", w.polite_end, "teineigo")
    if head.cform.startswith("命令形") and head.lemma in ("下さる", "為さる"):
        if head.lemma == "為さる" and i > 0 and toks[i - 1].pos1 == "動詞":
            # 食べなさい, 行きなさい: an order to an inferior (parent, teacher), not
            # polite speech.
            return tail.hit(i - 1, "casual", "ja.casual.nasai", w.plain_end)
        if head.lemma == "為さる" and i > 0 and toks[i - 1].lemma == "御免":
            # ごめんなさい: a set apology that a child says to a parent and an
            # adult to a stranger alike, not a polite request: it adds no
            # vote, and a sentence with nothing else to read falls to the
            # plain-verb fallback (お待たせしてごめんなさい reads, weakly, casual;
            # a shop says 申し訳ございません).
            return None
        # 〜てください: the standard polite request.
        return tail.hit(i, "polite", "ja.polite.request", w.polite_request, "teineigo")
    return None


def _casual_ending(tail: _Tail, lex: Lexicon) -> Hit | None:
    """Forms that only plain speech closes a sentence with."""
    w, toks, i = lex.weights, tail.unit.toks, tail.head
    head, chain, soft = toks[i], tail.chain, tail.soft
    for p in tail.particles:
        if p.lemma in lex.casual_particles or p.surface in lex.casual_particles:
            return tail.hit(i, "casual", "ja.casual.particle", w.casual_end, last=tail.end)
    if head.ctype == "助動詞-デス":  # っす / でしょ (see _is_polite)
        return tail.hit(i, "casual", "ja.casual.clipped_desu", w.plain_end)
    copula = _copula(tail, w.casual_end, w.plain_end)
    if copula is not None:
        return copula
    injunction = _you_ni(tail, lex)
    if injunction is not None:
        return injunction
    if head.pos1 == "動詞" and head.cform.startswith("命令形"):
        if head.lemma in _NOT_PLAIN_IMPERATIVE or _concessive(toks, i):
            return None
        return tail.hit(tail.start, "casual", "ja.casual.imperative", w.casual_end)
    before = toks[i - 1] if i > 0 else head
    if (
        head.pos1 == "助詞"
        and head.surface in ("て", "で")
        and (_verb_like(before) or (before.lemma == "ない" and head.surface == "で"))
    ):
        # A bare て-form closing a sentence is a casual request (守って。気をつけてね。
        # 忘れないで). 〜なくて。 〜たくて。 trail off instead, and say nothing.
        if any(t.lemma == "下さる" for t in chain):
            return None
        if i >= 2 and toks[i - 2].surface + before.surface + head.surface in lex.compound_particles:
            # 返品について, 料金に関して, 代表として: a particle, no request; asked
            # without です (交流について？) it is a plain question.
            if tail.unit.question:
                return tail.hit(i, "casual", "ja.casual.bare_question", w.casual_question)
            return None
        weight = w.casual_end if soft else w.plain_end
        return tail.hit(tail.start, "casual", "ja.casual.te_request", weight)
    if head.cform.startswith("仮定形") and (tail.unit.question or soft):
        # 〜したら？ 〜すれば？: a suggestion without いかがですか.
        return tail.hit(tail.start, "casual", "ja.casual.suggestion", w.plain_end)
    if (
        head.pos1 == "動詞"
        and head.cform.startswith("連用形")
        and any(p.surface == "な" for p in tail.particles)
    ):
        # 見なよ, 行きな: the 連用形 + な imperative of casual speech.
        return tail.hit(tail.start, "casual", "ja.casual.imperative", w.casual_end)
    if head.pos1 in _CHAIN_POS and head.cform.startswith(_FINITE):
        if head.cform.startswith("連体形") and not tail.particles and not tail.trailed:
            return None  # 〜するような (trailing off): a modifier whose noun never came
        if soft:
            return tail.hit(tail.start, "casual", "ja.casual.plain_particle", w.casual_end)
        return tail.hit(tail.start, "casual", "ja.casual.plain_end", w.plain_end)
    if (
        head.lemma in lex.casual_interjections
        or head.surface in lex.casual_interjections
        or (head.lemma == "様" and i > 0 and toks[i - 1].lemma in lex.casual_interjections)
    ):
        # ありがとう, ごめん, お願い, よろしく, ごちそうさま: without ございます/します/でした.
        return tail.hit(i, "casual", "ja.casual.interjection", w.casual_interjection)
    return _noun_ending(tail, lex)


def _copula(tail: _Tail, casual: float, plain: float) -> Hit | None:
    """The plain copula: だ, だろう, じゃない, なの (casual), である (plain written)."""
    chain = tail.chain
    for k, tok in enumerate(chain):
        if tok.ctype != "助動詞-ダ" or tok.cform == "連用形-ニ":
            continue  # ように, 大事に: an adverbial に, not a copula ending
        if tok.cform.startswith("連体形") and not any(
            p.surface in ("の", "ん") for p in tail.particles
        ):
            continue  # 〜のような (trailing off): な modifies a noun that never came
        if not all(t.pos1 == "助動詞" for t in chain[k + 1 :]):
            continue  # だったらいい: the copula of a conditional, not the closing one
        if tok.surface != "で":
            return tail.hit(tail.start + k, "casual", "ja.casual.da", casual)
        if k + 1 < len(chain) and chain[k + 1].lemma == "有る":
            # である is the plain written style: not polite, but less conversational.
            return tail.hit(tail.start + k, "casual", "ja.casual.dearu", plain)
    return None


def _trailing_you_de(tail: _Tail) -> bool:
    chain = tail.chain
    return (
        len(chain) >= 2
        and tail.unit.hard
        and not tail.particles
        and chain[-1].ctype == "助動詞-ダ"
        and chain[-1].surface == "で"
        and chain[-2].pos2 == "助動詞語幹"
        and chain[-2].lemma in ("様", "そう")
    )


def _you_ni(tail: _Tail, lex: Lexicon) -> Hit | None:
    """忘れないように。 遅れるように。: a plain verb + ように closing a sentence.

    It is an injunction or a wish said the plain way; polite speech says
    〜ないようにしてください or 〜ますように. After a noun (次のように。) it is a
    fragment, and says nothing; so is a wish worded in keigo (お忘れ物のないように,
    くれぐれも無理なさらないように), which a hotel would say to a guest.
    """
    chain = tail.chain
    if (
        len(chain) < 3
        or not tail.unit.hard
        or tail.particles
        or chain[-1].cform != "連用形-ニ"
        or chain[-2].lemma != "様"
        or any(_is_polite(t) for t in chain)
    ):
        return None
    before = chain[-3]
    if before.pos1 not in ("動詞", "助動詞") or not before.cform.startswith("連体形"):
        return None
    toks = tail.unit.toks
    honorific = any(
        t.lemma == "為さる"
        or (t.lemma == "御" and k + 1 < len(toks) and toks[k + 1].lemma not in lex.lexical_o_words)
        for k, t in enumerate(toks)
    )
    if honorific:  # お参り, 御手洗い: お is part of the word, not respect
        return None
    return tail.hit(tail.start, "casual", "ja.casual.you_ni", lex.weights.plain_end)


_BULLETS = frozenset({"-", "・", "*", "•", "‐", "–", "●", "○", "■", "□", "◆", "※"})


def _list_item(toks: Sequence[Tok]) -> bool:
    """A unit opened by a bullet (- 書類のコピー, ・卵 2個): a list item, where nouns close."""
    return bool(toks) and toks[0].surface in _BULLETS


def _noun_ending(tail: _Tail, lex: Lexicon) -> Hit | None:
    """A sentence closed by a noun, adjectival noun or particle, without です."""
    w, toks, i = lex.weights, tail.unit.toks, tail.head
    head = toks[i]
    if head.pos1 in ("名詞", "代名詞", "形状詞", "接尾辞", "副詞") or (
        head.pos2 in ("格助詞", "副助詞", "係助詞") and tail.soft
    ):
        if tail.soft:
            # そうね, 本当かな, 大丈夫なの, 駅でね: a noun phrase with a particle and no です.
            return tail.hit(i, "casual", "ja.casual.noun_particle", w.plain_end, last=tail.end)
        words = sum(1 for t in toks[: i + 1] if not t.is_symbol)
        if (
            not tail.unit.question
            and tail.unit.hard
            and not tail.particles
            and words >= 2
            and any(t.pos1 not in _NOMINAL for t in toks[:i] if not t.is_symbol)
            and toks[i - 1].lemma != "御"
            and head.pos1 != "副詞"
            and head.lemma not in _ADDRESS
            and not any(_is_polite(t) for t in toks[:i])
            and not _list_item(toks)
        ):
            # その通り。 今日で最後。: a noun predicate that drops です (or だ) reads
            # as casual speech; a bare noun or compound (言葉。東京タワー), a title
            # ending in an お/ご noun (日程のご相談), or a sentence that is polite
            # before its noun (私が購入しました牛肉は安物。) says nothing.
            return tail.hit(i, "casual", "ja.casual.noun_end", w.noun_end)
    if tail.unit.question:
        # 本当？ いくつ？ 小さいころから？: a question without です/ますか.
        return tail.hit(i, "casual", "ja.casual.bare_question", w.casual_question)
    return None
