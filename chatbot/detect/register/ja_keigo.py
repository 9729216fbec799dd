"""尊敬語 and 謙譲語: keigo verbs, the お〜になる / お〜する frames, respect 〜れる, misuses.

Sonkeigo raises the subject (the listener or someone honoured): いらっしゃる,
おっしゃる, お待ちになる, ご確認ください, 先生が戻られた. Kenjougo lowers the
speaker's side: 参る, 申す, 伺う, お持ちする, ご案内いたします, 〜ております.
Which one a verb is comes from its lemma or its frame, not from the ending, so
these are read anywhere in the sentence.

Misuses follow the 文化審議会「敬語の指針」(2007): a humble verb for the
listener's action (お客様が参ります, ご利用してください), a doubled honorific
(おっしゃられる, お召し上がりになる), a humble verb dressed with respect 〜れる
(申される), and さ入れ言葉 (読まさせていただく); 尊敬語 for the speaker's own side
(私がいらっしゃいます, 弊社の社長がおっしゃいました: 内と外), a humble verb asked of
an honoured person (先生は拝見しましたか, お伺いください), ご〜していただく; and
バイト敬語, the shop phrases style guides correct (こちらコーヒーになります,
1000円からお預かりします, よろしかったでしょうか, お箸のほうは).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from chatbot.detect.register.ja_lexicon import Lexicon
from chatbot.detect.register.ja_morph import Hit, Tok, Unit, tokenize
from chatbot.detect.register.ja_subject import (
    addressee,
    own_side_subject,
    person_agent,
    person_class,
    subject,
)

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
# Humble verbs whose act is aimed at the person spoken to (申し上げる, 差し上げる,
# 承る): 課長、昨日の件は申し上げましたか asks about the speaker's own act.
_TOWARD_LISTENER = frozenset({"申し上げる", "差し上げる", "承る", "存じ上げる", "賜わる"})
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
    "humble_asked": (
        "{s} is humble: asking an honoured person about their own action with it lowers "
        "them; use the respectful verb (ご覧になりましたか, 召し上がりましたか, "
        "いらっしゃいますか, なさいますか)",
        "「{s}」は謙譲語なので、目上の人や相手自身の動作を尋ねるのに使うと相手を低めて"
        "しまいます。尊敬語（ご覧になりましたか・召し上がりましたか・いらっしゃいますか・"
        "なさいますか）を使います",
    ),
    "humble_in_respect": (
        "{s} is humble; the respectful frame お〜ください / お〜になる does not make it "
        "respectful (お尋ねください, お問い合わせください)",
        "「{s}」は謙譲語なので、「お〜ください」「お〜になる」の形にしても尊敬語になりません"
        "（お尋ねください・お問い合わせください）",
    ),
    "go_dekiru": (
        "{s} is the humble ご〜する made potential, but the act is the listener's; write "
        "ご〜いただけます or ご〜になれます (ご利用いただけます)",
        "「{s}」は謙譲の「ご〜する」を可能の形にしたもので、相手の動作には使えません。"
        "「ご〜いただけます」「ご〜になれます」（ご利用いただけます）を使います",
    ),
    "o_shite_itadaku": (
        "ご〜していただく puts the humble ご〜する on the listener's action; write "
        "ご〜いただく or ご〜くださる (ご購入いただき, ご利用くださり)",
        "「ご〜していただく」は相手の動作に謙譲の「ご〜する」を使っています。"
        "「ご〜いただく」「ご〜くださる」（ご購入いただき・ご利用くださり）を使います",
    ),
    "respect_own": (
        "{s} is 尊敬語 and raises its subject, but the subject here is the speaker or the "
        "speaker's own side (family, own company), which is humbled before others; use a "
        "humble or plain verb (参る, 申す, 拝見する, 〜ております)",
        "「{s}」は尊敬語で主語を高めますが、ここでの主語は自分や身内（家族・自社の人）です。"
        "身内の動作には謙譲語や普通の言い方（参る・申す・拝見する・〜ております）を使います",
    ),
    "baito": (
        "{s} is バイト敬語 (konbini keigo): common in shops and restaurants, but style "
        "guides correct it; say {fix}",
        "「{s}」はいわゆるバイト敬語（コンビニ敬語）です。店ではよく耳にしますが、"
        "敬語の手引きでは正しくないとされます。「{fix}」と言います",
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

    def __init__(self, unit: Unit, lex: Lexicon, addressed: bool, answering: bool = False) -> None:
        self.toks, self.base, self.lex = unit.toks, unit.first, lex
        self.addressed = addressed
        self.answering = answering  # the text answers a call for the firm
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

    def misuse(self, a: int, b: int, rule: str, say: str, s: str = "", fix: str = "") -> None:
        english, japanese = _SAY[say]
        hit = MisuseHit(
            self.base + a,
            self.base + b,
            rule,
            english.format(s=s, fix=fix),
            japanese.format(s=s, fix=fix),
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

    def span(self, a: int, b: int) -> str:
        return "".join(t.surface for t in self.toks[a : b + 1])

    def own_side(self, a: int, b: int) -> None:
        """尊敬語 at ``a``..``b`` with the speaker's own side as its subject (内と外).

        私がいらっしゃいます, 母がおっしゃいました, 弊社の担当者がいらっしゃいます
        raise the wrong side. ご覧になっていただく / お越しになってほしい are the other
        person's act, asked for, so they are left alone.
        """
        if any(x.cform.startswith("命令形") for x in self.toks[a : b + 2]):
            return  # いらっしゃいませ, おっしゃってください: said to someone, not of the subject
        t, u = self.tok(b + 1), self.tok(b + 2)
        if (
            t is not None
            and u is not None
            and t.surface in ("て", "で")
            and u.lemma in ("頂く", "貰う", "欲しい", "頂戴")
        ):
            return
        if own_side_subject(self.toks, a, self.lex, end=b, answering=self.answering):
            self.misuse(a, b, "ja.misuse.respect_for_own_side", "respect_own", self.span(a, b))

    def asked(self, v: int) -> bool:
        """Whether the verb at ``v`` closes a question: 〜ますか, 〜ましたか, 〜ます？.

        Not 〜ましょうか (an offer: 参りましょうか) nor 〜ませんか (an invitation).
        """
        j = v + 1
        t = self.tok(j)
        if t is None or t.lemma != "ます":
            return False
        if t.cform.startswith("連用形"):
            j += 1
            t = self.tok(j)
            if t is None or t.lemma != "た":
                return False
        elif not t.cform.startswith("終止形"):
            return False
        end = self.tok(j + 1)
        return end is not None and (
            (end.surface == "か" and end.pos2 == "終助詞") or end.surface in ("？", "?")
        )

    def asked_of_honoured(self, k: int, v: int, t: Tok) -> bool:
        """A humble verb in a question about an honoured person's own act.

        先生はもう拝見しましたか, 部長、会議には参りますか, お客様、お支払いは現金に
        いたしますか: the person named as subject (が/は/も) or called by a vocative
        is honoured, and a question ending in 〜ますか asks about their act. The
        speaker's own offer is 〜ましょうか or a お〜する frame (お入れしますか), which
        are not read here; いたす counts only where it means choosing (現金にいたしますか,
        いかがいたしますか), not doing (処分いたしますか, the clerk's offer).
        """
        if t.lemma in _TOWARD_LISTENER:
            return False
        prev = self.tok(k - 1)
        if prev is not None and prev.surface in ("て", "で") and prev.pos1 == "助詞":
            return False  # 〜ていただきますか: a favour received, not an act of its own
        if t.lemma == "頂く" and (
            prev is None or t.surface.startswith(("いただけ", "頂け")) or prev.pos1 != "助詞"
        ):
            # お目通しいただけますか, ご確認いただきましたか: the speaker receives the
            # favour; only いただく as "eat / receive" with its object (お昼をいただき
            # ましたか) is the honoured person's own act.
            return False
        choosing = prev is not None and (
            (prev.surface == "に" and prev.pos2 == "格助詞") or prev.lemma in ("如何", "どう")
        )
        if t.lemma == "致す" and not choosing:
            return False
        if t.lemma in ("参る", "伺う") and any(
            x.lemma in ("何", "何時", "何処", "何方", "誰") for x in self.toks[:k]
        ):
            return False  # 先生、何時に伺いますか: may ask when the speaker is to come
        if not self.asked(v) or person_agent(self.toks, k, self.lex):
            return False
        if own_side_subject(self.toks, k, self.lex, answering=self.answering):
            return False
        who = subject(self.toks, k, self.lex)
        if who is None:
            who = addressee(self.toks, self.lex)
        return who in ("listener", "honored")

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
        self.baito()

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
        self.own_side(k, last)
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
            established = x.lemma in self.lex.established_doubles and not _is_reru(extra)
            if (x.lemma in self.lex.sonkeigo or _is_reru(extra)) and not established:
                last = k + 4 if _is_reru(extra) else k + 3
                self.misuse(
                    k, last, "ja.misuse.double_honorific", "double", f"お/ご〜になる ({x.surface})"
                )
                self.used.add(last)
            elif self.humble_stem(x):
                self.misuse(k, k + 3, "ja.misuse.humble_request", "humble_in_respect", x.surface)
            else:
                self.own_side(k, k + 3)
        elif y.lemma in ("為さる", "下さる"):
            self.add(k, k + 2, "sonkeigo", "ja.sonkeigo.o_kudasai", w.keigo_pattern)
            if self.humble_stem(x):
                # お伺いください: a humble verb inside the respectful request frame.
                self.misuse(k, k + 2, "ja.misuse.humble_request", "humble_in_respect", x.surface)
            elif not y.cform.startswith("命令形"):
                self.own_side(k, k + 2)
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

    def humble_stem(self, x: Tok) -> bool:
        """A humble verb as the stem of a respectful frame (お伺いください, お伺いになる);
        お参り (a shrine visit) is a word of its own."""
        if x.pos1 != "動詞" or x.surface in self.lex.lexical_o_words:
            return False
        entry = self.lex.kenjougo_entry(x.lemma, x.reading)
        return entry is not None and entry.listener_misuse and x.lemma != "頂く"

    def shite_itadaku(self, k: int) -> bool:
        """ご購入していただき / ご利用してくださった: ご〜する (humble) + て + いただく/くださる.

        The listener's act wears the speaker's humble frame; ご〜いただく is meant.
        Where the clause names a person the act is done to or for (お客様にご説明して
        いただけますか, asked of a colleague), ご〜する humbles the listener before that
        person, which is right, so it is left alone; so are acts that are done to
        someone (お伝えしていただけますか, お願いしていただく: ``third_party_acts``).
        """
        te, aux, stem = self.tok(k + 3), self.tok(k + 4), self.tok(k + 1)
        if te is None or aux is None or stem is None or te.surface not in ("て", "で"):
            return False
        if aux.lemma not in ("頂く", "下さる") or stem.lemma in self.lex.third_party_acts:
            return False
        for j in range(k - 1, max(-1, k - 25), -1):
            t = self.toks[j]
            if t.is_sentence_end:
                break
            if (
                t.pos1 == "助詞"
                and t.surface in ("に", "を", "へ", "と", "から", "より")
                and t.pos2 == "格助詞"
                and person_class(self.toks, j - 1, self.lex) != "thing"
            ):
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
        elif y.lemma in ("為る", "致す") and self.shite_itadaku(k):
            self.misuse(k, k + 4, "ja.misuse.humble_request", "o_shite_itadaku")
        elif y.lemma == "出来る" and stem is not None and stem.lemma in self.lex.customer_acts:
            # ご利用できます: the humble ご〜する made potential, for the listener's act.
            self.misuse(k, k + 2, "ja.misuse.humble_potential", "go_dekiru", self.span(k, k + 2))
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
        elif t.pos1 == "動詞" or nxt > k + 1:  # not ご覧のとおり, a set phrase
            self.own_side(k, nxt - 1 if nxt > k + 1 else k)

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

    def baito(self) -> None:
        """バイト敬語 (コンビニ敬語): shop phrases that style guides correct.

        Each is read by its whole shape, not by a word: こちら(が) + noun + になります
        closing the sentence (こちらホットコーヒーになります, for です), お会計は + amount
        + になります, amount + からお預かりします, よろしかったでしょうか asked of the
        present (a sentence that names an earlier time confirms what was said then),
        and お/ご + noun + のほう + は/を (お箸のほうは). 〜になります of a change
        (来月から有料になります) has a particle or a time word in it and is not read.
        """
        for k, t in enumerate(self.toks):
            if t.lemma == "成る" and t.surface == "なり":
                self.baito_naru(k)
            elif t.surface == "から" and t.pos2 == "格助詞":
                self.baito_kara(k)
            elif t.lemma == "宜しい" and t.cform.startswith("連用形"):
                self.baito_yoroshikatta(k)
            elif t.surface == "ほう" and t.lemma == "方":
                self.baito_hou(k)

    def opens(self, j: int) -> bool:
        """Whether nothing but interjections, commas and symbols come before ``j``."""
        return all(x.is_symbol or x.pos1 == "感動詞" for x in self.toks[:j])

    def baito_naru(self, k: int) -> None:
        ni, masu, end = self.tok(k - 1), self.tok(k + 1), self.tok(k + 2)
        if ni is None or ni.surface != "に" or ni.pos2 != "格助詞":
            return
        if masu is None or masu.lemma != "ます" or not masu.cform.startswith("終止形"):
            return
        if end is not None and not end.is_symbol:
            return
        j = k - 2
        np: list[Tok] = []
        while j >= 0 and (
            self.toks[j].pos1 in ("名詞", "接頭辞", "接尾辞")
            or (self.toks[j].surface == "の" and self.toks[j].pos2 == "格助詞")
        ):
            np.append(self.toks[j])
            j -= 1
        if not np or any(x.pos3 == "副詞可能" for x in np):
            return  # 来月有料になります, 以上になります: a change or a sum, not a plain "is"
        if j >= 0 and (self.toks[j].surface in ("は", "が") or self.toks[j].pos2 == "読点"):
            j -= 1
        opener = self.tok(j)
        if opener is None:
            return
        if opener.pos1 == "代名詞" and opener.lemma in ("此方", "其方", "彼方"):
            fix = "こちらは〜です / 〜でございます"
        elif opener.lemma == "会計" and all(x.pos2 == "数詞" or x.lemma == "円" for x in np):
            if j > 0 and self.toks[j - 1].lemma == "御":
                j -= 1
            fix = "お会計は〜円です / 〜円でございます"
        else:
            return
        if self.opens(j):
            self.misuse(j, k + 1, "ja.misuse.baito_keigo", "baito", "〜になります", fix)

    def baito_kara(self, k: int) -> None:
        yen, o, azukari, suru = self.tok(k - 1), self.tok(k + 1), self.tok(k + 2), self.tok(k + 3)
        if yen is None or yen.lemma != "円" or o is None or o.lemma != "御":
            return
        if azukari is None or azukari.lemma != "預かる":
            return
        if suru is None or suru.lemma not in ("為る", "致す"):
            return
        j = k - 2
        while j >= 0 and self.toks[j].pos2 == "数詞":
            j -= 1
        if j == k - 2:
            return
        amount = self.span(j + 1, k - 1)
        masu = self.tok(k + 4)
        last = k + 4 if masu is not None and masu.lemma == "ます" else k + 3
        self.misuse(
            j + 1, last, "ja.misuse.baito_keigo", "baito", "〜円からお預かりします",
            f"{amount}お預かりします",
        )  # fmt: skip

    def baito_yoroshikatta(self, k: int) -> None:
        ta, desu = self.tok(k + 1), self.tok(k + 2)
        if ta is None or ta.lemma != "た" or desu is None or desu.lemma != "です":
            return
        q = self.tok(k + 3)
        if q is None or not (q.surface == "か" or q.surface in ("？", "?")):
            return
        before = self.toks[:k]
        if any(x.lemma == "た" for x in before) or any(
            x.lemma in self.lex.past_time_words or x.surface in self.lex.past_time_words
            for x in before
        ):
            # 先ほどのご住所で / お伺いした日時でよろしかったでしょうか: confirming what
            # was said then, where the past is the point.
            return
        self.misuse(
            k, k + 3, "ja.misuse.baito_keigo", "baito", "よろしかったでしょうか",
            "よろしいでしょうか",
        )  # fmt: skip

    def baito_hou(self, k: int) -> None:
        no, particle = self.tok(k - 1), self.tok(k + 1)
        if no is None or no.surface != "の" or no.pos2 != "格助詞":
            return
        if particle is None or particle.surface not in ("は", "を") or particle.pos1 != "助詞":
            return
        j = k - 2
        while j >= 0 and self.toks[j].pos1 in ("名詞", "接尾辞"):
            j -= 1
        if j == k - 2 or j < 0 or self.toks[j].lemma != "御" or self.toks[j].pos1 != "接頭辞":
            return  # 右のほうを, こちらのほうが: a direction or a comparison
        noun = self.span(j, k - 2)
        self.misuse(
            j, k + 1, "ja.misuse.baito_keigo", "baito", f"{noun}のほう{particle.surface}",
            f"{noun}{particle.surface}",
        )  # fmt: skip

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
        if entry.bare_is_casual and verb == k:
            nxt = self.tok(k + 1)
            if nxt is None or nxt.lemma != "出来る":
                # Bare (ひとつちょうだい, 待ってちょうだい): the casual request.
                w = self.lex.weights.casual_end
                hit = Hit(self.base + k, self.base + k, "casual", "ja.casual.bare_request", w)
                self.hits.append(hit)
                return
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
        elif self.asked_of_honoured(k, verb, t):
            self.misuse(k, verb, "ja.misuse.humble_for_listener", "humble_asked", t.surface)

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
        if (
            stem.lemma in self.lex.intransitive_reru
            and (verb.ctype.startswith("五段") or verb.ctype == "サ行変格")
            and own_side_subject(self.toks, k - 1, self.lex, end=k, answering=self.answering)
        ):
            # 弊社の社長は外出されております: no passive or potential reading is left.
            first = k - 2 if verb.lemma == "為る" else k - 1
            self.misuse(
                first, k, "ja.misuse.respect_for_own_side", "respect_own", self.span(first, k)
            )
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
    text = "".join(t.surface for u in units for t in u.toks)
    answering = any(p in text for p in lex.answering_for_firm)
    for unit, pq in zip(units, addresseds, strict=True):
        scan = _Scan(unit, lex, pq, answering)
        scan.run()
        hits.extend(scan.hits)
        misuses.extend(scan.misuses)
    return hits, misuses
