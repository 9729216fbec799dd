"""尊敬語 and 謙譲語: keigo verbs, the お〜になる / お〜する frames, respect 〜れる, misuses.

Sonkeigo raises the subject (the listener or someone honoured): いらっしゃる,
おっしゃる, お待ちになる, ご確認ください, 先生が戻られた. Kenjougo lowers the
speaker's side: 参る, 申す, 伺う, お持ちする, ご案内いたします, 〜ております.
Which one a verb is comes from its lemma or its frame, not from the ending, so
these are read anywhere in the sentence.

Misuses follow the 文化審議会「敬語の指針」(2007): a humble verb for the
listener's action (お客様が参ります, ご利用してください), a doubled honorific
(おっしゃられる, お召し上がりになる), a humble verb dressed with respect 〜れる
(申される), and さ入れ言葉 (読まさせていただく).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from chatbot.detect.register.ja_lexicon import Lexicon
from chatbot.detect.register.ja_morph import Hit, Tok, Unit, tokenize
from chatbot.detect.register.ja_subject import person_agent, subject

__all__ = ["MisuseHit", "keigo_hits"]


@dataclass(frozen=True, slots=True)
class MisuseHit:
    first: int
    last: int
    rule: str
    message: str
    native: str  # the message in Japanese


_RERU = ("助動詞-レル", "助動詞-ラレル")
# Verbs a お/ご frame is completed by, and what the frame then means.
_HUMBLE_FRAME = frozenset({"為る", "致す", "申し上げる", "出来る", "頂く", "頂戴"})
_I_E_ROW = set("イキシチニヒミリギジビピィエケセテネヘメレゲゼデベペェ")
# お世話になる / ごちそうになる: idioms whose subject is the one receiving the
# favour (いつもお世話になっております is said by the speaker), not sonkeigo.
_IDIOM_NI_NARU = frozenset({"世話", "馳走"})
# Respect 〜れる is too often passive, and お/ご on a noun too often about a third
# person, to show on their own that the speaker is being formal with the listener.
_NOT_TO_LISTENER = frozenset({"ja.sonkeigo.reru", "ja.sonkeigo.noun"})
# ご存じ is aimed at the listener only where the sentence names them its subject
# (あなたは…ご存じかしら？); alone (ご存じ？) it may be a joke between friends.
_LISTENER_IF_NAMED = frozenset({"ja.sonkeigo.gozonji"})
# Respectful verbs that 〜れる/られる only doubles (おっしゃられる, なさられる);
# 召される and くださる forms are established honorifics of their own.
_DOUBLES_WITH_RERU = frozenset({"仰る", "為さる", "いらっしゃる", "召し上がる", "御覧", "遊ばす"})
# What each misuse says: in English, and in Japanese for a reader of Japanese.
_SAY = {
    "sa_ire": (
        "さ入れ言葉: write {s}せ…, not {s}させ…",
        "さ入れ言葉です。「{s}させ…」ではなく「{s}せ…」と書きます",
    ),
    "double": (
        "doubled honorific: {s} already raises the subject; drop the extra 〜れる/になる",
        "二重敬語です。{s}だけで相手を高めているので、「〜れる」「〜になる」を重ねません",
    ),
    "go_sareru": (
        "ご〜される mixes humble ご〜する with respect 〜れる; use ご〜になる",
        "「ご〜される」は謙譲の「ご〜する」に尊敬の「〜れる」を付けた形です。"
        "「ご〜になる」を使います",
    ),
    "humble_reru": (
        "{s} is humble; adding 〜れる does not make it respectful "
        "(use おっしゃる / いらっしゃる / ご覧になる …)",
        "「{s}」は謙譲語なので、「〜れる」を付けても尊敬語になりません"
        "（おっしゃる・いらっしゃる・ご覧になる などを使います）",
    ),
    "o_suru_request": (
        "お/ご〜する is humble; ask with お/ご〜ください instead (ご利用ください)",
        "「お/ご〜する」は謙譲表現です。相手に頼むときは「お/ご〜ください」を使います"
        "（ご利用ください）",
    ),
    "humble_request": (
        "{s} is humble: asking the listener to do it lowers them",
        "「{s}」は謙譲語なので、相手にその動作を頼むと相手を低めてしまいます",
    ),
    "o_suru_listener": (
        "humble お/ご〜する describes the listener's action; use お/ご〜になる",
        "謙譲の「お/ご〜する」が相手の動作に使われています。「お/ご〜になる」を使います",
    ),
    "humble_listener": (
        "{s} is humble and cannot describe the listener's action",
        "「{s}」は謙譲語なので、相手の動作には使えません",
    ),
}


def _nominal_verb(tok: Tok) -> bool:
    """A noun that is a verb stem (帰り, 考え) or a サ変 noun (利用): the X of お〜になる.

    お昼になる ('it becomes noon') has a noun that is neither, so it is not sonkeigo.
    """
    if tok.pos1 == "動詞":
        return tok.cform.startswith("連用形")
    if tok.pos1 != "名詞" or tok.pos3 == "副詞可能":
        return False
    return tok.pos3 == "サ変可能" or (
        bool(tok.reading) and tok.reading[-1] in _I_E_ROW and _verb_stem(tok.surface)
    )


@lru_cache(maxsize=1024)
def _verb_stem(word: str) -> bool:
    """Whether ``word`` is a verb's 連用形 (休み, 下げ, かき): it reads as one verb
    before ます, where a noun that only ends like one (菓子, 金持ち) does not."""
    toks = tokenize(word + "ます")
    return len(toks) == 2 and toks[0].pos1 == "動詞" and toks[0].cform.startswith("連用形")


def _is_reru(tok: Tok | None) -> bool:
    return tok is not None and tok.ctype in _RERU


def _is_request(toks: tuple[Tok, ...], k: int) -> int | None:
    """If the verb at ``k`` is followed by 〜てください / 〜なさい / 〜てくれ, the request's last index."""
    n = len(toks)
    if (
        k + 2 < n
        and toks[k + 1].surface in ("て", "で")
        and toks[k + 2].cform.startswith("命令形")
        and toks[k + 2].lemma in ("下さる", "呉れる")
    ):
        return k + 2
    if k + 1 < n and toks[k + 1].lemma == "為さる" and toks[k + 1].cform.startswith("命令形"):
        return k + 1
    return None


class _Scan:
    """Walks one sentence unit, collecting hits; ``used`` stops double counting."""

    def __init__(self, unit: Unit, lex: Lexicon, addressed: bool) -> None:
        self.toks, self.base, self.lex = unit.toks, unit.first, lex
        self.addressed = addressed
        self.hits: list[Hit] = []
        self.misuses: list[MisuseHit] = []
        self.used: set[int] = set()

    def add(self, a: int, b: int, keigo: str, rule: str, weight: float) -> None:
        to_listener = False
        if keigo == "sonkeigo" and rule not in _NOT_TO_LISTENER:
            who = subject(self.toks, a, self.lex, vocative=True)
            to_listener = who == "listener" or (who is None and rule not in _LISTENER_IF_NAMED)
        hit = Hit(
            self.base + a, self.base + b, "honorific", rule, weight, keigo, to_listener=to_listener
        )
        self.hits.append(hit)
        self.used.update(range(a, b + 1))

    def misuse(self, a: int, b: int, rule: str, say: str, s: str = "") -> None:
        english, japanese = _SAY[say]
        hit = MisuseHit(
            self.base + a, self.base + b, rule, english.format(s=s), japanese.format(s=s)
        )
        self.misuses.append(hit)

    def listener_does(self, k: int) -> bool:
        """Whether the listener is the explicit subject of the humble verb at ``k``.

        A person marked with に/から (ご父兄の方々にお願い申し上げる) is the one the
        humble act is for, so the subject is then the speaker, whatever は says.
        """
        return subject(self.toks, k, self.lex) == "listener" and not person_agent(
            self.toks, k, self.lex
        )

    def tok(self, k: int) -> Tok | None:
        return self.toks[k] if 0 <= k < len(self.toks) else None

    def run(self) -> None:
        lex = self.lex
        for k, t in enumerate(self.toks):
            if k in self.used:
                continue
            if t.pos1 == "接頭辞" and t.lemma == "御":
                self.frame(k)
            elif t.lemma in lex.sonkeigo:
                self.sonkeigo(k, t)
            elif t.lemma in lex.kenjougo and lex.kenjougo_entry(t.lemma, t.reading) is not None:
                self.kenjougo(k, t)
            elif t.lemma == "御座る" and k > 0 and self.toks[k - 1].surface == "で":
                # でございます: the courteous copula (丁重語) of 敬語 speech, beyond です.
                self.add(k - 1, k, "teineigo", "ja.keigo.de_gozaimasu", self.lex.weights.keigo_verb)
            elif t.lemma in lex.humble_nouns and t.pos1 in ("名詞", "代名詞"):
                self.add(k, k, "kenjougo", "ja.kenjougo.noun", self.lex.weights.humble_noun)
            elif _is_reru(t):
                self.respect_reru(k)
            elif t.surface[:1] in ("お", "ご") and self.unsplit_o_ni_naru(k, t):
                pass
            elif t.lemma == "させる" and k > 0:
                prev = self.toks[k - 1]
                if prev.ctype.startswith("五段") and prev.cform.startswith("未然形"):
                    # 読ま+させる: a 五段 verb takes せる (読ませる); the extra さ is さ入れ言葉.
                    self.misuse(k - 1, k, "ja.misuse.sa_ire", "sa_ire", prev.surface)

    def frame(self, k: int) -> None:
        """お/ご + verb stem or サ変 noun + になる / なさる / ください / です / する / いたす."""
        x, y = self.tok(k + 1), self.tok(k + 2)
        w = self.lex.weights
        if x is None:
            return
        if x.lemma in ("存ずる", "存知"):  # ご存じ / ご存知: the respectful 知っている
            self.add(k, k + 1, "sonkeigo", "ja.sonkeigo.gozonji", w.keigo_verb)
            return
        if x.pos1 in ("形容詞", "形状詞") and x.lemma not in self.lex.lexical_o_words:
            # お忙しい, お詳しい, お元気: the honoured person's state.
            self.add(k, k + 1, "sonkeigo", "ja.sonkeigo.noun", w.keigo_noun)
            return
        if y is not None and _nominal_verb(x) and self.verb_frame(k, x, y):
            return
        if x.pos1 == "名詞" and (
            x.lemma in self.lex.sonkeigo_nouns
            or (self.toks[k].surface in ("ご", "御") and x.pos3 == "サ変可能" and x.lemma != "馳走")
        ):
            # お名前, ご住所, ご計画: what belongs to or is done by the honoured person
            # (尊敬語の名詞); お茶, お金 are mere 美化語 and are not listed.
            self.add(k, k + 1, "sonkeigo", "ja.sonkeigo.noun", w.keigo_noun)

    def unsplit_o_ni_naru(self, k: int, t: Tok) -> bool:
        """お〜になる where UniDic did not split off お as a prefix.

        It may fuse お with the stem into one noun (おかきになる, お下げになる: lemma
        御欠き, 御下げ), or read it as the interjection おー before the verb (お
        呼びになったら). A fused noun counts only if the rest is a verb stem, so
        お菓子になる ('turns into sweets') is not sonkeigo.
        """
        if t.pos1 == "感動詞" and len(t.surface) == 1:
            x = self.tok(k + 1)
            if x is None or x.pos1 != "動詞" or not x.cform.startswith("連用形"):
                return False
            last = k + 3
        elif t.pos1 == "名詞" and t.lemma.startswith("御") and len(t.surface) >= 2:
            if not _verb_stem(t.surface[1:]):
                return False
            last = k + 2
        else:
            return False
        ni, naru = self.tok(last - 1), self.tok(last)
        if ni is None or naru is None or ni.surface != "に" or naru.lemma != "成る":
            return False
        self.add(k, last, "sonkeigo", "ja.sonkeigo.o_ni_naru", self.lex.weights.keigo_pattern)
        return True

    def verb_frame(self, k: int, x: Tok, y: Tok) -> bool:
        w = self.lex.weights
        z = self.tok(k + 3)
        if (
            y.surface == "に"
            and z is not None
            and z.lemma == "成る"
            and x.lemma not in _IDIOM_NI_NARU
        ):
            self.add(k, k + 3, "sonkeigo", "ja.sonkeigo.o_ni_naru", w.keigo_pattern)
            extra = self.tok(k + 4)
            if x.lemma in self.lex.sonkeigo or _is_reru(extra):
                last = k + 4 if _is_reru(extra) else k + 3
                self.misuse(
                    k, last, "ja.misuse.double_honorific", "double", f"お/ご〜になる ({x.surface})"
                )
                self.used.add(last)
        elif y.lemma in ("為さる", "下さる"):
            self.add(k, k + 2, "sonkeigo", "ja.sonkeigo.o_kudasai", w.keigo_pattern)
        elif x.lemma in self.lex.lexical_o_words:
            return False  # お参りする, おすすめです: お is part of the word
        elif y.ctype in ("助動詞-デス", "助動詞-ダ") and x.pos1 == "動詞":  # お待ちです, おありなの
            self.add(k, k + 1, "sonkeigo", "ja.sonkeigo.o_desu", w.keigo_pattern)
        elif y.lemma == "願う":  # お許し願いたい, ご用立て願えませんか: a humble request
            self.add(k, k + 2, "kenjougo", "ja.kenjougo.o_negau", w.keigo_pattern)
        elif y.lemma in _HUMBLE_FRAME:
            self.humble_frame(k, y)
        else:
            return False
        return True

    def humble_frame(self, k: int, y: Tok) -> None:
        w = self.lex.weights
        after = self.tok(k + 3)
        if y.lemma in ("為る", "致す") and _is_reru(after):
            # ご利用される: humble ご〜する wearing respect 〜れる. Meant as respect.
            self.add(k, k + 3, "sonkeigo", "ja.sonkeigo.go_sareru", w.respect_reru)
            self.misuse(k, k + 3, "ja.misuse.humble_plus_respect", "go_sareru")
            return
        # お願いします is everyday polite speech; お願いいたします, お願い申し上げます are not.
        stem = self.tok(k + 1)
        onegai = stem is not None and stem.lemma == "願う" and y.lemma == "為る"
        rule = "ja.kenjougo.onegai" if onegai else "ja.kenjougo.o_suru"
        self.add(k, k + 2, "kenjougo", rule, w.keigo_pattern)
        req = _is_request(self.toks, k + 2) if y.lemma in ("為る", "致す") else None
        if req is not None:
            self.misuse(k, req, "ja.misuse.humble_request", "o_suru_request")
        elif y.lemma != "頂く" and self.listener_does(k):
            self.misuse(k, k + 2, "ja.misuse.humble_for_listener", "o_suru_listener")

    def sonkeigo(self, k: int, t: Tok) -> None:
        prev = self.tok(k - 1)
        if t.cform.startswith("命令形") and t.lemma in ("下さる", "為さる"):
            # Bare ください / なさい are the everyday polite request and order
            # (read from the sentence ending); ごめんなさい is an apology.
            return
        if self.lex.sonkeigo_entry(t.lemma, t.reading) is None or self.shop_greeting(k, t):
            return
        self.add(k, k, "sonkeigo", "ja.sonkeigo.verb", self.lex.weights.keigo_verb)
        nxt = k + 1
        if t.lemma == "御覧" and self.tok(k + 1) is not None and self.toks[k + 1].surface == "に":
            nxt = k + 3  # ご覧になる: look past になる for a doubled 〜れる
        if _is_reru(self.tok(nxt)) and t.lemma in _DOUBLES_WITH_RERU:
            self.misuse(k, nxt, "ja.misuse.double_honorific", "double", t.surface)
            self.used.add(nxt)
        elif prev is not None and prev.lemma == "御" and prev.pos1 == "接頭辞":
            self.misuse(k - 1, k, "ja.misuse.double_honorific", "double", t.surface)

    def shop_greeting(self, k: int, t: Tok) -> bool:
        """いらっしゃいませ！ / いらっしゃい！ opening a sentence on its own: the set
        greeting of every shop, said at the polite level too (its ませ reads
        as polite; the greeting alone is no sign of 尊敬語)."""
        if t.lemma != "いらっしゃる":
            return False
        if any(not x.is_symbol and x.pos1 != "感動詞" for x in self.toks[:k]):
            return False
        j = k + 1
        if (x := self.tok(j)) is not None and x.lemma == "ます" and x.cform.startswith("命令形"):
            j += 1
        elif not t.cform.startswith("命令形"):
            return False
        rest = self.tok(j)
        return rest is None or rest.is_symbol

    def kenjougo(self, k: int, t: Tok) -> None:
        entry = self.lex.kenjougo_entry(t.lemma, t.reading)
        if entry is None:
            return
        verb = (
            k + 1
            if t.pos1 == "名詞"
            and self.tok(k + 1) is not None
            and self.toks[k + 1].lemma in ("為る", "致す")
            else k
        )
        after = self.tok(verb + 1)
        if _is_reru(after):
            if t.lemma == "居る":
                # おられる is widely accepted respect (〜ておられる).
                self.add(
                    k, verb + 1, "sonkeigo", "ja.sonkeigo.orareru", self.lex.weights.respect_reru
                )
                return
            self.add(
                k, verb + 1, "sonkeigo", "ja.sonkeigo.humble_reru", self.lex.weights.respect_reru
            )
            self.misuse(k, verb + 1, "ja.misuse.humble_plus_respect", "humble_reru", t.surface)
            return
        self.add(k, verb, "kenjougo", "ja.kenjougo.verb", self.lex.weights.keigo_verb)
        if not entry.listener_misuse:
            return
        req = _is_request(self.toks, verb)
        if req is not None:
            self.misuse(k, req, "ja.misuse.humble_request", "humble_request", t.surface)
        elif self.listener_does(k):
            self.misuse(k, verb, "ja.misuse.humble_for_listener", "humble_listener", t.surface)

    def respect_reru(self, k: int) -> None:
        """〜れる/られる read as respect only where passive and potential are unlikely."""
        verb = self.tok(k - 1)
        if verb is None or verb.pos1 != "動詞" or not verb.cform.startswith("未然形"):
            return
        nxt = self.tok(k + 1)
        if nxt is not None and nxt.lemma in ("ない", "ず", "無い"):
            return  # 来られない: potential
        if verb.lemma in ("成す", "為す") and (self.tok(k - 2) or verb).pos3 == "サ変可能":
            # 満喫なされる: なす + れる, a (somewhat formal) respectful する.
            self.add(k - 1, k, "sonkeigo", "ja.sonkeigo.nasareru", self.lex.weights.keigo_verb)
            return
        stem = self.tok(k - 2) if verb.lemma == "為る" else verb
        if (
            stem is None
            or stem.lemma in self.lex.impersonal_reru
            or stem.lemma in ("させる", "せる")
        ):
            return  # と思われる, 知られている: impersonal; させられる: causative passive
        if stem.lemma in ("と", "って") or (self.tok(k - 2) or verb).surface in ("と", "って"):
            return  # と言われる
        if person_agent(self.toks, k - 1, self.lex):
            return
        subj = subject(self.toks, k - 1, self.lex, vocative=True)
        after = self.tok(k + 1)
        modifies_person = after is not None and after.lemma == "方" and after.reading == "カタ"
        if subj in ("listener", "honored") or (
            subj is None and (self.addressed or modifies_person)
        ):
            self.add(k - 1, k, "sonkeigo", "ja.sonkeigo.reru", self.lex.weights.respect_reru)


def keigo_hits(
    units: list[Unit], addresseds: list[bool], lex: Lexicon
) -> tuple[list[Hit], list[MisuseHit]]:
    """Sonkeigo/kenjougo evidence and misuses in every unit."""
    hits: list[Hit] = []
    misuses: list[MisuseHit] = []
    for unit, pq in zip(units, addresseds, strict=True):
        scan = _Scan(unit, lex, pq)
        scan.run()
        hits.extend(scan.hits)
        misuses.extend(scan.misuses)
    return hits, misuses
