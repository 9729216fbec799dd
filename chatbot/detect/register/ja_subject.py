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

__all__ = ["person_agent", "subject"]

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
    }
)
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
