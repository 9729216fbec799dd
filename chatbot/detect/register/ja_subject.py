"""Who a verb is about: the listener, an honoured third person, the speaker, or nobody named.

Keigo is only as right as its subject: 参る is fine for 私が but a misuse for
お客様が, and 〜れる is respect for 先生は but passive for 私は or with an agent
(先生に叱られた). Japanese drops subjects freely, so most verbs have none in the
sentence; that case is reported as None and read as the listener or the
speaker by context, never as a misuse.
"""

from __future__ import annotations

from chatbot.detect.register.ja_lexicon import Lexicon
from chatbot.detect.register.ja_morph import Tok

__all__ = ["addressee", "own_side_subject", "person_agent", "person_class", "subject"]

_SUBJECT_SCAN = 25  # tokens looked back for a subject; a clause rarely runs longer
_PERSON_NOUNS = frozenset(
    {
        "人",
        "方",
        "方々",
        "人々",
        "者",
        "皆",
        "二人",
        "家族",
        "友達",
        "子供",
        "両親",
        "父兄",
        "保護者",
        "名人",
        # Kin, named with ちゃん or alone (おばあちゃん, 祖母): a person, whom
        # the listener is seldom.
        "婆",
        "爺",
        "祖母",
        "祖父",
        "叔母",
        "伯母",
        "叔父",
        "伯父",
        "従兄弟",
        "従姉妹",
    }
)
# Suffixes that make a name of the noun before them (花ちゃん, 田中君).
_PERSON_SUFFIXES = frozenset({"ちゃん", "君", "くん", "氏", "殿"})
_PERSON_PRONOUNS = frozenset(
    {"彼", "彼女", "君", "御前", "貴様", "彼奴", "此奴", "其奴", "誰", "何方"}
)


def _np_class(toks: tuple[Tok, ...], j: int, lex: Lexicon) -> str:
    """Who the noun phrase ending at ``j`` names: listener, honored, first, person, or thing.

    Only the compound at ``j`` counts (お客様, 田中さん): in あなたの生活 the
    phrase names a thing, not the listener.
    """
    compound: list[Tok] = []
    while j >= 0 and toks[j].pos1 in ("名詞", "代名詞", "接尾辞", "接頭辞") and len(compound) < 4:
        compound.append(toks[j])
        j -= 1
    if not compound:
        return "thing"
    lemmas = {t.lemma for t in compound}
    head = compound[0]
    if lemmas & lex.listener and head.orth != "あんた":
        return "listener"
    if lemmas & lex.honored:
        return "honored"
    if head.lemma in lex.first_person:
        return "first"
    if any(t.pos2 == "数詞" for t in compound):
        return "thing"  # 三人も: a count, not an actor
    if head.pos1 == "接尾辞" and head.lemma in _PERSON_SUFFIXES:
        return "person"
    if head.pos3 == "人名" or head.lemma in _PERSON_NOUNS or head.lemma in _PERSON_PRONOUNS:
        return "person"
    return "thing"


def subject(toks: tuple[Tok, ...], k: int, lex: Lexicon, *, vocative: bool = False) -> str | None:
    """Who does the action at ``k``: the nearest person marked with が, else with は/も.

    Topics that are things (お受験は, 三人も) are skipped: they are not the actor.
    None when no person is named (the usual case in speech: the listener or the
    speaker, understood from context).
    """
    topic: str | None = None
    embedded = False  # passed the predicate of a clause inside ours (私がした理由を〜)
    for j in range(k - 1, max(-1, k - 1 - _SUBJECT_SCAN), -1):
        t = toks[j]
        if t.pos1 in ("動詞", "形容詞", "助動詞") and t.cform.startswith(("連体形", "終止形")):
            embedded = True
        if t.pos1 != "助詞" or j == 0:
            continue
        if t.surface in ("が", "は", "も") and t.pos2 in ("格助詞", "係助詞"):
            cls = _np_class(toks, j - 1, lex)
            if cls == "thing" or (embedded and t.surface == "が"):
                continue  # a thing is not the actor; an inner clause's が is not ours
            if t.surface == "が":
                return cls
            if topic is None:
                topic = cls
    if vocative and topic is None and len(toks) > 1 and toks[1].pos2 == "読点":
        # A vocative (先生、〜) names the listener: the likely subject of a respect
        # 〜れる, but not of a humble verb (先輩、お願いします is the speaker's act).
        return "listener" if _np_class(toks, 0, lex) in ("listener", "honored") else None
    return topic


def person_agent(toks: tuple[Tok, ...], k: int, lex: Lexicon) -> bool:
    """A person marked with に/から before ``k``: the agent of a passive (先生に叱られた)."""
    for j in range(k - 1, max(0, k - _SUBJECT_SCAN), -1):
        t = toks[j]
        if (
            t.pos1 == "助詞"
            and t.surface in ("に", "から")
            and t.pos2 == "格助詞"
            and _np_class(toks, j - 1, lex) != "thing"
        ):
            return True
    return False


# Suffixes that raise the person they follow (お母さん, 山田様): never one's own side.
_RAISING_SUFFIXES = frozenset({"様", "さん", "殿", "氏", "君", "ちゃん", "上"})


def _compound(toks: tuple[Tok, ...], j: int) -> tuple[list[Tok], int]:
    """The noun compound ending at ``j`` (head first) and the index before it.

    わが社 counts 我が, an adnominal, as part of the compound.
    """
    compound: list[Tok] = []
    while j >= 0 and toks[j].pos1 in ("名詞", "代名詞", "接尾辞", "接頭辞") and len(compound) < 4:
        compound.append(toks[j])
        j -= 1
    if compound and j >= 0 and toks[j].lemma == "我が":
        compound.append(toks[j])
        j -= 1
    return compound, j


def _own_np(toks: tuple[Tok, ...], j: int, lex: Lexicon, *, answering: bool) -> bool | None:
    """Whether the noun phrase ending at ``j`` names the speaker's own side.

    True: 私, 母 (or 私の母), 弊社の社長, 当店の者; in a call answered for the firm,
    a title after a name (山田部長). False: someone else (お母さん, 友人の母,
    私の先生). None: a thing, not a person.
    """
    compound, before = _compound(toks, j)
    if not compound:
        return None
    if any(
        (t.pos1 == "接頭辞" and t.lemma == "御") or t.lemma in _RAISING_SUFFIXES for t in compound
    ):
        return False
    head = compound[0]
    modifier: list[Tok] = []
    if before >= 1 and toks[before].surface == "の" and toks[before].pos2 == "格助詞":
        modifier, _ = _compound(toks, before - 1)
    mod_lemmas = {t.lemma for t in modifier}
    own_company = bool(mod_lemmas & lex.own_company) or (
        # 私どもの / 私たちの: the speaker's group
        bool(mod_lemmas & lex.first_person) and bool(mod_lemmas & {"共", "達", "等"})
    )
    if head.lemma in lex.own_side:
        if not modifier:
            return True
        return own_company or modifier[0].lemma in lex.own_side
    staff = head.lemma in lex.own_staff
    if staff and own_company:
        return True
    if (
        answering
        and staff
        and not modifier
        and head.lemma != "者"
        and all(t.pos3 == "人名" for t in compound[1:])
    ):
        return True  # 山田部長 / 部長, named to a caller by the one answering for the firm
    if head.pos3 == "人名" and own_company:
        return True  # 弊社の山田
    if (
        head.pos3 == "人名"
        and modifier
        and modifier[0].lemma in lex.own_staff
        and modifier[0].lemma != "者"
    ):
        return True  # 課長の山田: a firm names its own staff so, title first (outsiders: 山田課長)
    return None if _np_class(toks, j, lex) == "thing" else False


def own_side_subject(
    toks: tuple[Tok, ...], k: int, lex: Lexicon, *, end: int | None = None, answering: bool = False
) -> bool:
    """Whether the subject of the verb at ``k`` is the speaker or the speaker's own side.

    Stricter than :func:`subject`: only a subject in the verb's own clause
    counts. Once the scan passes a predicate (a quotation, an inner clause) it
    stops, so 先生は私は行かないとおっしゃった is not read as 私 saying it.
    A verb that modifies a noun (私がいらっしゃった方をご案内します) is not read:
    a subject before it may be the main clause's. ``end`` is the verb's last
    token (ご覧になる).
    """
    j = (k if end is None else end) + 1
    while j < len(toks) and toks[j].pos1 == "助動詞":
        j += 1
    if j < len(toks) and toks[j].pos1 in ("名詞", "代名詞", "接頭辞"):
        return False
    for j in range(k - 1, max(-1, k - 1 - _SUBJECT_SCAN), -1):
        t = toks[j]
        if t.pos1 in ("動詞", "形容詞", "助動詞") and t.cform.startswith(("連体形", "終止形")):
            return False
        if t.is_sentence_end:
            return False
        if t.pos1 != "助詞" or j == 0:
            continue
        if t.surface in ("が", "は", "も") and t.pos2 in ("格助詞", "係助詞"):
            own = _own_np(toks, j - 1, lex, answering=answering)
            if own is None:
                continue
            return own
    return False


def person_class(toks: tuple[Tok, ...], j: int, lex: Lexicon) -> str:
    """Who the noun phrase ending at ``j`` names: listener, honored, first, person, or thing."""
    return _np_class(toks, j, lex)


def addressee(toks: tuple[Tok, ...], lex: Lexicon) -> str | None:
    """The person a sentence-opening vocative calls (お客様、 / 部長、 / 山田先生、).

    "listener" or "honored" when the sentence opens with such a noun phrase and a
    comma; None otherwise.
    """
    for i in range(1, min(len(toks), 6)):
        t = toks[i]
        if t.pos2 == "読点":
            cls = _np_class(toks, i - 1, lex)
            return cls if cls in ("listener", "honored") else None
        if t.pos1 not in ("名詞", "代名詞", "接尾辞", "接頭辞"):
            return None
    return None
