"""The strict schema of ``markers`` in ``ja.yaml``, and its compiled form.

Japanese register rules are mostly grammar (which auxiliary ends a sentence,
what お〜 is followed by) and live in code with their reasons. What is a list of
words lives in the locale file: the lexical keigo verbs (by UniDic lemma, so
仰る matches おっしゃる and 仰った alike), the nouns that mark an honoured person
or the listener, colloquial words, and the weights of the evidence.
"""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field

from chatbot.detect.register.markers import per_spec, validate, where
from chatbot.errors import ConfigError
from chatbot.locales.schema import LocaleSpec

__all__ = ["Lexicon", "Markers", "Weights", "compile_markers"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class VerbEntry(_Strict):
    """A lexical keigo verb (or サ変 noun used with する), matched by its UniDic lemma."""

    lemma: str = Field(min_length=1, description="UniDic lemma, e.g. 仰る, 参る, 拝見")
    reading: str | None = Field(
        default=None, description="Lemma reading (katakana) when the lemma is shared: 居る = オル"
    )
    why: str = Field(min_length=1)
    # A humble verb describes one's own side; with the listener as subject it
    # lowers the listener (お客様が参ります). False for verbs that are merely
    # courteous (丁重語) and common with any subject in announcements.
    listener_misuse: bool = True
    # A サ変 noun that is humble only as a verb, with する/いたす/できる after it
    # (頂戴します, 頂戴できますか), and bare a casual request: ひとつちょうだい.
    bare_is_casual: bool = False


class WordList(_Strict):
    why: str = Field(min_length=1)
    lemmas: list[str] = Field(min_length=1, description="UniDic lemmas (or surfaces)")


class RuleIds(_Strict):
    why: str = Field(min_length=1)
    rules: list[str] = Field(min_length=1, description="Evidence rule ids (ja.sonkeigo.noun)")


class Weights(_Strict):
    """Votes per piece of evidence; sentence-final forms weigh most."""

    polite_end: float = Field(2.0, gt=0, le=10)  # です/ます closing a sentence
    polite_mid: float = Field(1.0, gt=0, le=10)  # です/ます inside a sentence (〜ですが、)
    polite_request: float = Field(2.0, gt=0, le=10)  # 〜てください
    suspended_factor: float = Field(0.75, gt=0, le=1)  # ending cut off by けど/が/から
    plain_end: float = Field(1.5, gt=0, le=10)  # 終止形 closing a sentence
    casual_end: float = Field(2.0, gt=0, le=10)  # だ/だよ/じゃん/かな, plain imperative
    casual_question: float = Field(1.0, gt=0, le=10)  # noun + ？ without です
    noun_end: float = Field(1.0, gt=0, le=10)  # noun predicate without です: その通り。
    casual_word: float = Field(0.5, gt=0, le=10)  # めっちゃ, 俺, ちゃう
    formal_word: float = Field(0.3, gt=0, le=10)  # 本日, 恐縮, 少々
    casual_interjection: float = Field(1.0, gt=0, le=10)  # ありがとう, ごめん, うん
    keigo_verb: float = Field(2.0, gt=0, le=10)  # lexical sonkeigo/kenjougo
    keigo_pattern: float = Field(2.0, gt=0, le=10)  # お〜になる, お〜する
    respect_reru: float = Field(1.0, gt=0, le=10)  # respect 〜れる/られる
    keigo_noun: float = Field(1.0, gt=0, le=10)  # お名前, ご住所: the listener's things
    humble_noun: float = Field(1.0, gt=0, le=10)  # 弊社, 小生
    bikago: float = Field(0.3, gt=0, le=10)  # お/ご on a noun
    honorific_suffix: float = Field(0.5, gt=0, le=10)  # 〜様
    plain_inside: float = Field(0.3, gt=0, le=10)  # a plain predicate, when nothing else shows
    quoted_factor: float = Field(0.3, ge=0, le=1)  # evidence inside 「」 when nothing else


class Markers(_Strict):
    sonkeigo_verbs: list[VerbEntry] = Field(min_length=1)
    kenjougo_verbs: list[VerbEntry] = Field(min_length=1)
    humble_nouns: WordList
    sonkeigo_nouns: WordList
    lexical_o_words: WordList
    honored_persons: WordList
    listener_persons: WordList
    first_person: WordList
    casual_words: WordList
    formal_words: WordList
    casual_interjections: WordList
    casual_particles: WordList
    soft_particles: WordList
    impersonal_reru: WordList
    compound_particles: WordList
    # Optional, for locale files written before these misuses were read.
    own_side: WordList | None = None
    own_company: WordList | None = None
    own_staff: WordList | None = None
    answering_for_firm: WordList | None = None
    intransitive_reru: WordList | None = None
    past_time_words: WordList | None = None
    third_party_acts: WordList | None = None
    customer_acts: WordList | None = None
    established_doubles: WordList | None = None
    everyday_keigo: RuleIds
    list_plain: RuleIds
    weights: Weights = Weights()


@dataclass(frozen=True)
class Lexicon:
    """Look-up sets built once from the markers."""

    sonkeigo: dict[str, VerbEntry]
    kenjougo: dict[str, VerbEntry]
    kenjougo_by_reading: dict[tuple[str, str], VerbEntry]
    humble_nouns: frozenset[str]
    sonkeigo_nouns: frozenset[str]
    lexical_o_words: frozenset[str]
    honored: frozenset[str]
    listener: frozenset[str]
    first_person: frozenset[str]
    casual_words: frozenset[str]
    formal_words: frozenset[str]
    casual_interjections: frozenset[str]
    casual_particles: frozenset[str]
    soft_particles: frozenset[str]
    impersonal_reru: frozenset[str]
    compound_particles: frozenset[str]
    own_side: frozenset[str]
    own_company: frozenset[str]
    own_staff: frozenset[str]
    answering_for_firm: tuple[str, ...]
    intransitive_reru: frozenset[str]
    past_time_words: frozenset[str]
    third_party_acts: frozenset[str]
    customer_acts: frozenset[str]
    established_doubles: frozenset[str]
    everyday_keigo: frozenset[str]
    list_plain: frozenset[str]
    weights: Weights

    def kenjougo_entry(self, lemma: str, reading: str) -> VerbEntry | None:
        entry = self.kenjougo_by_reading.get((lemma, reading))
        if entry is not None:
            return entry
        entry = self.kenjougo.get(lemma)
        return entry if entry is not None and entry.reading is None else None

    def sonkeigo_entry(self, lemma: str, reading: str) -> VerbEntry | None:
        entry = self.sonkeigo.get(lemma)
        if entry is None or (entry.reading is not None and entry.reading != reading):
            return None
        return entry


def _lemmas(words: WordList | None) -> frozenset[str]:
    return frozenset(words.lemmas) if words is not None else frozenset()


@per_spec
def compile_markers(spec: LocaleSpec) -> Lexicon:
    """Validate ``spec.markers`` once per spec; ConfigError names the file and the field."""
    m = validate(Markers, spec, "ja")
    ids = {lv.id for lv in spec.levels}
    missing = {"casual", "polite", "honorific"} - ids
    if missing:
        raise ConfigError(
            f"{where(spec)}: levels: the 'ja' analyzer reads the levels "
            f"casual, polite and honorific; missing {', '.join(sorted(missing))}"
        )
    lex = Lexicon(
        sonkeigo={e.lemma: e for e in m.sonkeigo_verbs},
        kenjougo={e.lemma: e for e in m.kenjougo_verbs},
        kenjougo_by_reading={(e.lemma, e.reading): e for e in m.kenjougo_verbs if e.reading},
        humble_nouns=frozenset(m.humble_nouns.lemmas),
        sonkeigo_nouns=frozenset(m.sonkeigo_nouns.lemmas),
        lexical_o_words=frozenset(m.lexical_o_words.lemmas),
        honored=frozenset(m.honored_persons.lemmas),
        listener=frozenset(m.listener_persons.lemmas),
        first_person=frozenset(m.first_person.lemmas),
        casual_words=frozenset(m.casual_words.lemmas),
        formal_words=frozenset(m.formal_words.lemmas),
        casual_interjections=frozenset(m.casual_interjections.lemmas),
        casual_particles=frozenset(m.casual_particles.lemmas),
        soft_particles=frozenset(m.soft_particles.lemmas),
        impersonal_reru=frozenset(m.impersonal_reru.lemmas),
        compound_particles=frozenset(m.compound_particles.lemmas),
        own_side=_lemmas(m.own_side),
        own_company=_lemmas(m.own_company),
        own_staff=_lemmas(m.own_staff),
        answering_for_firm=tuple(m.answering_for_firm.lemmas) if m.answering_for_firm else (),
        intransitive_reru=_lemmas(m.intransitive_reru),
        past_time_words=_lemmas(m.past_time_words),
        third_party_acts=_lemmas(m.third_party_acts),
        customer_acts=_lemmas(m.customer_acts),
        established_doubles=_lemmas(m.established_doubles),
        everyday_keigo=frozenset(m.everyday_keigo.rules),
        list_plain=frozenset(m.list_plain.rules),
        weights=m.weights,
    )
    return lex
