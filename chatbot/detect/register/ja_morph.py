"""Japanese morphology for the register analyzer: UniDic tokens with character offsets.

fugashi (MeCab) with unidic-lite gives each token its lemma, part of speech and
conjugation type/form, which is what Japanese register hangs on: です/ます are
auxiliaries with a conjugation type (助動詞-デス/マス), 参る and 仰る are lemmas
whatever their kana/kanji spelling, and a sentence is plain when its last
predicate is in 終止形 without a polite auxiliary.

The tagger is created once, lazily (loading the dictionary costs ~100 ms).
Texts are tagged in bounded chunks so that the MeCab lattice stays small and
the whole pass is linear in the length of the text.
"""

from __future__ import annotations

import bisect
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, NamedTuple

__all__ = ["Hit", "Quoted", "Tok", "Unit", "quoted_spans", "split_units", "tokenize"]

_TAGGER: Any = None
_LOCK = threading.Lock()
# One MeCab lattice per tagger: a node is valid only until the next parse, so
# threads (API requests, the reply guard, the UI) take turns; a parse is short.
_PARSE = threading.Lock()

# Chunks end after a sentence terminator or newline; a chunk with none is cut
# hard at this length (a pathological run without punctuation).
_CHUNK = 2000
_CHUNK_END = re.compile(r"[。！？!?\n]")


def _tagger() -> Any:
    global _TAGGER
    if _TAGGER is None:
        with _LOCK:
            if _TAGGER is None:
                import fugashi  # deferred: importing loads the dictionary

                _TAGGER = fugashi.Tagger()
    return _TAGGER


class Tok(NamedTuple):
    """One UniDic token. ``start``/``end`` index the analysed text.

    A NamedTuple rather than a frozen dataclass: thousands are built per text,
    and tuple construction is several times cheaper.
    """

    surface: str
    start: int
    end: int
    pos1: str  # 名詞, 動詞, 助動詞, 助詞, 補助記号 ...
    pos2: str  # 終助詞, 接続助詞, 句点, サ変可能 ...
    pos3: str
    ctype: str  # conjugation type: 助動詞-マス, 五段-ラ行 ...
    cform: str  # conjugation form: 終止形-一般, 命令形 ...
    lemma: str  # UniDic lemma with its disambiguation suffix removed: 参る, 為る, 頂く
    orth: str  # base form as written (おる vs いる share the lemma 居る)
    reading: str  # lemma reading in katakana (lForm)
    newline_before: bool = False

    @property
    def is_symbol(self) -> bool:
        return self.pos1 in _SYMBOL_POS

    @property
    def is_sentence_end(self) -> bool:
        return self.pos2 == "句点" or self.surface in _END_MARKS


_SYMBOL_POS = frozenset({"補助記号", "記号", "空白"})
_END_MARKS = frozenset({"…", "‥", "!", "?", "！", "？"})
_NA = ("*", "None", "")
# pos1, pos2, pos3, cType, cForm, lemma, orthBase, lForm
_Features = tuple[str, str, str, str, str, str, str, str]
# Features by raw feature string: word frequencies are Zipfian, so most tokens
# hit the cache and skip the parsing. Cleared when it grows past the bound.
_CACHE: dict[str, _Features] = {}
_CACHE_MAX = 50_000


def _features(node: Any, surface: str) -> _Features:
    """The features of a MeCab node that the analyzer reads ('' for none).

    Splitting the raw CSV is about twice as fast as fugashi's parsed
    ``feature``; a field holding a quoted comma falls back to the parser.
    Unknown words carry only their part of speech; lemma and base form are
    then the surface itself.
    """
    raw: str = node.feature_raw
    hit = _CACHE.get(raw)
    if hit is not None:
        return hit
    quote = raw.find('"')
    # Quotes in the trailing accent fields are common and harmless; a quote
    # among the first eleven fields (a comma in a surface form) is not.
    if quote >= 0 and raw.count(",", 0, quote) < 11:
        f = node.feature
        fields = (f.pos1, f.pos2, f.pos3, f.pos4, f.cType, f.cForm, f.lForm, f.lemma, "", "")
        p = [str(v) for v in (*fields, f.orthBase)]
    else:
        p = raw.split(",", 11)
    if len(p) < 11:  # an unknown word: not cached, its lemma is its surface
        p = p[:6] + ["*"] * (11 - min(len(p), 6))
        return _na(p[0]), _na(p[1]), _na(p[2]), "", "", surface, surface, ""
    lemma = _na(p[7].split("-", 1)[0])
    orth = _na(p[10])
    feats = (_na(p[0]), _na(p[1]), _na(p[2]), _na(p[4]), _na(p[5]), lemma, orth, _na(p[6]))
    if lemma and orth:
        if len(_CACHE) >= _CACHE_MAX:
            _CACHE.clear()
        _CACHE[raw] = feats
        return feats
    pos1, pos2, pos3, ctype, cform, _, _, reading = feats
    return pos1, pos2, pos3, ctype, cform, lemma or surface, orth or surface, reading


def _na(field: str) -> str:
    return "" if field in _NA else field


def _chunks(text: str) -> Iterator[tuple[int, str]]:
    pos, n = 0, len(text)
    while pos < n:
        end = min(pos + _CHUNK, n)
        if end < n:
            cut = None
            for m in _CHUNK_END.finditer(text, pos + _CHUNK // 2, end):
                cut = m.end()
            end = cut or end
        yield pos, text[pos:end]
        pos = end


def tokenize(text: str) -> list[Tok]:
    """Tokens of ``text`` with offsets such that ``text[t.start:t.end] == t.surface``."""
    tagger = _tagger()
    out: list[Tok] = []
    for base, chunk in _chunks(text):
        with _PARSE:
            _read(tagger(chunk), text, chunk, base, out.append)
    return _honorific_prefixes(out)


def _honorific_prefixes(toks: list[Tok]) -> list[Tok]:
    """お/ご that UniDic took for the interjection おー (お呼びしましょうか) where it
    stands right before a verb stem: the honorific prefix 御 (お持ちしましょうか)."""
    for k in range(len(toks) - 1):
        t, nxt = toks[k], toks[k + 1]
        if (
            t.surface in ("お", "ご")
            and t.pos1 == "感動詞"
            and nxt.start == t.end
            and nxt.pos1 == "動詞"
            and nxt.cform.startswith("連用形")
        ):
            toks[k] = t._replace(
                pos1="接頭辞",
                pos2="",
                pos3="",
                ctype="",
                cform="",
                lemma="御",
                orth=t.surface,
                reading="オ" if t.surface == "お" else "ゴ",
            )
    return toks


def _read(nodes: Any, text: str, chunk: str, base: int, append: Any) -> None:
    """Append the tokens of one parsed chunk (``base``: its offset in ``text``)."""
    cursor = 0
    for node in nodes:
        surface: str = node.surface
        if not surface:
            continue
        space: str = node.white_space or ""
        start = cursor + len(space)
        if not chunk.startswith(surface, start):
            # MeCab skipped something we did not expect; look a little ahead.
            found = chunk.find(surface, cursor, cursor + len(space) + len(surface) + 64)
            if found < 0:
                continue
            space, start = chunk[cursor:found], found
        cursor = start + len(surface)
        append(
            Tok(
                surface,
                base + start,
                base + cursor,
                *_features(node, surface),
                "\n" in space or (start == 0 and base > 0 and text[base - 1] == "\n"),
            )
        )


# Quotation and parenthetical brackets: what stands inside is someone else's
# words or an aside, so its register is not the speaker's.
_OPEN_CLOSE = {
    "「": "」",
    "『": "』",
    "“": "”",
    "（": "）",
    "(": ")",
    "【": "】",
    "〈": "〉",
    "《": "》",
}
_HARD_END = set("。！？!?\n")


_BRACKETS = re.compile(
    "[" + re.escape("".join(_OPEN_CLOSE) + "".join(_OPEN_CLOSE.values())) + "。！？!?\n]"
)


def quoted_spans(text: str) -> Quoted:
    """Character spans inside a quotation or parenthesis.

    A bracket left open (common in chat and in machine-aligned corpora) closes
    at the next sentence terminator, so one stray 「 cannot swallow the text.
    Only bracket and terminator characters are visited, so the scan runs at
    regular-expression speed.
    """
    spans: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for m in _BRACKETS.finditer(text):
        ch, i = m.group(), m.start()
        if ch in _OPEN_CLOSE:
            stack.append((_OPEN_CLOSE[ch], i))
        elif stack and ch == stack[-1][0]:
            _, start = stack.pop()
            if not stack:
                spans.append((start, i + 1))
        elif ch in _HARD_END and stack:
            spans.append((stack[0][1], i + 1))  # close every unclosed bracket here
            stack.clear()
    if stack:
        spans.append((stack[0][1], len(text)))
    return Quoted(spans)


class Quoted:
    """Sorted, non-overlapping quoted spans; ``pos in quoted`` tests one offset."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self._starts = [a for a, _ in spans]
        self._ends = [b for _, b in spans]

    def __contains__(self, pos: object) -> bool:
        if not isinstance(pos, int) or not self._starts:
            return False
        k = bisect.bisect_right(self._starts, pos) - 1
        return k >= 0 and pos < self._ends[k]


@dataclass(slots=True)
class Hit:
    """One piece of evidence over tokens ``first..last`` (inclusive) of the text."""

    first: int
    last: int
    level: str  # casual | polite | honorific
    rule: str
    weight: float
    keigo: str | None = None  # teineigo | sonkeigo | kenjougo
    final: bool = False  # a sentence-final form (the primary signal)
    # Sonkeigo raising the listener (subject omitted, あなた, お客様) rather than a
    # third person being talked about (先生が〜なさった) or the speaker's own humble act.
    to_listener: bool = False


@dataclass(frozen=True, slots=True)
class Unit:
    """A stretch of tokens ending at a sentence end or a comma-spliced clause end."""

    first: int  # index of the first token in the text's token list
    toks: tuple[Tok, ...]
    hard: bool  # ended by a terminator (。？！, newline, end of text), not by a comma or space
    question: bool


def split_units(toks: list[Tok]) -> list[Unit]:
    """Cut the token stream at terminators; commas/spaces cut only after a finite form.

    Japanese chat splices main clauses with 、 or a space (「同感だ、ヘビは不気味だ」),
    so a clause that ends in a finite predicate before 、 counts as a sentence.
    A 、 after a conjunctive form (〜て、〜が、〜ので、) does not end anything.
    """
    units: list[Unit] = []
    cur: list[Tok] = []
    first = 0

    def close(hard: bool, question: bool) -> None:
        nonlocal first
        if cur:
            units.append(Unit(first, tuple(cur), hard, question))
            first += len(cur)
            cur.clear()

    for tok in toks:
        if tok.newline_before and cur:
            close(True, False)
        if tok.is_sentence_end:
            cur.append(tok)
            close(True, tok.surface in ("？", "?"))
            continue
        if (
            tok.pos2 == "読点"
            or tok.surface in (",", "，")
            or tok.pos1 == "空白"
            or (tok.is_symbol and tok.pos2 not in ("括弧開", "括弧閉"))
        ):
            cur.append(tok)
            if _finite_tail(cur):
                close(False, False)
            continue
        cur.append(tok)
    close(True, False)
    return units


def _finite_tail(toks: list[Tok]) -> bool:
    """Whether the words before trailing symbols end in a finite (sentence-ending) form."""
    words = (t for t in reversed(toks) if not t.is_symbol)
    tok = next(words, None)
    if tok is None:
        return False
    if tok.pos2 == "終助詞":
        # After a case or topic particle it is an interjection (教授がさ、
        # 私はね、), which splits no sentence: the subject is still ours.
        before = next(words, None)
        return before is None or before.pos2 not in ("格助詞", "係助詞", "副助詞")
    if tok.pos1 in ("助動詞", "動詞", "形容詞"):
        return tok.cform.startswith(("終止形", "命令形", "意志推量形"))
    return False
