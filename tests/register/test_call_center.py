"""T/V register on customer-support dialogue (the CoCoA-MT call-center domain).

``data/call_center.jsonl`` holds hand-written contrastive pairs in the CoCoA
style: one English turn (agent or customer) translated twice with minimal
edits, formal and informal. The sentences were written for these tests, not
taken from the dataset; test_handwritten_sets.py measures them. Here: the
rules added for this domain (bare imperatives, the noun rendez-vous, peço
desculpa...) do not take polite or neutral speech as familiar.
"""

from __future__ import annotations

import pytest

from chatbot import locales
from chatbot.detect.register import analyze

# (locale, text, expected formality, a rule that must not fire)
NOT_FAMILIAR: list[tuple[str, str, str, str]] = [
    # rendez-vous is a noun, not a vous-form; with tu the text stays familiar.
    ("fr", "Ton rendez-vous est confirmé pour jeudi.", "informal", "fr.vous"),
    ("fr", "Le rendez-vous est confirmé pour jeudi.", "formal", "fr.vous"),
    # peço desculpa is "I apologise": the noun, not the tu imperative.
    (
        "pt",
        "Compreendo a sua frustração e peço desculpa pelo incómodo.",
        "formal",
        "pt.imperative_bare",
    ),
    # Third persons with a dropped subject (questions, vai, sigue sin) are not imperatives.
    ("pt", "Vai receber um e-mail de confirmação.", "formal", "pt.imperative_bare"),
    ("es", "Sigue sin funcionar desde ayer.", "formal", "es.imperative_bare"),
    ("es", "¿Clientes de empresa o particulares?", "formal", "es.question_verb_2sg"),
    ("it", "Controlla lei la fattura?", "formal", "it.imperative_bare"),
    # German nouns opening a sentence are not imperatives.
    ("de", "Tipp: Die Seriennummer steht auf der Rückseite.", "formal", "de.imperative_2sg"),
    ("de", "Warten Sie bitte einen Moment.", "formal", "de.imperative_2sg"),
    # Dutch: u outweighs a bare imperative; a subject after the verb is no imperative.
    ("nl", "Neem gerust contact op, dan helpen wij u verder.", "formal", ""),
    ("nl", "Zet ik de router eerst uit?", "formal", "nl.imperative_bare"),
    # Hindi nouns in -ो and numerals before दो are not imperatives.
    ("hi", "यह रही उत्पाद की फ़ोटो।", "formal", "hi.imperative_o_final"),
    # Nouns and third persons that look like the new step imperatives
    # (call_center_blind.jsonl): Tipp zum..., Note :, Reste à payer, Resta il
    # problema, apunta a, toca o telefone; se ponga is a subjunctive.
    ("de", "Tipp zum Schluss: Die Nummer steht auf der Rechnung.", "formal", "de.imperative_steps"),
    ("de", "Gehen Sie zu Einstellungen und tippen Sie dann auf Netzwerk.", "formal", ""),
    ("fr", "Reste à payer : 20 euros.", "formal", "fr.imperative_noun_verb"),
    ("fr", "Le conseiller note le numéro de dossier.", "formal", "fr.imperative_noun_verb"),
    ("es", "Todo apunta a un fallo de la red.", "formal", "es.imperative_bare"),
    ("es", "Espere a que la luz se ponga verde.", "formal", ""),
    ("it", "Resta il problema della doppia fattura.", "formal", "it.imperative_bare"),
    ("it", "Annotati i dati, si procede con il rimborso.", "formal", "it.imperative_reflexive_ti"),
    ("pt", "Aponta para um erro na fatura.", "formal", "pt.imperative_bare"),
]


@pytest.mark.parametrize(("code", "text", "formality", "rule"), NOT_FAMILIAR)
def test_call_center_rules_do_not_overreach(
    code: str, text: str, formality: str, rule: str
) -> None:
    if locales.get(code) is None:
        pytest.skip(f"no locale {code}")
    reading = analyze(text, code)
    assert reading.formality == formality, (text, reading.evidence)
    if rule:
        assert rule not in {e.rule for e in reading.evidence}, (text, reading.evidence)


def test_bare_imperatives_read_familiar() -> None:
    cases = [
        ("de", "Schau bitte auf die Rückseite des Geräts."),
        ("fr", "N'hésite pas à nous rappeler."),
        ("es", "Comprueba que el cable esté bien conectado."),
        ("it", "Inserisci due volte la nuova password."),
        ("pt", "Verifica se o cabo está bem ligado."),
        ("nl", "Controleer of de kabel goed is aangesloten."),
        ("hi", "प्लीज़ फ़ोन मत काटो।"),
        # Step imperatives from call_center_blind.jsonl, each with no pronoun.
        ("de", "Bitte starte den Router neu."),
        ("de", "Geh zu Einstellungen, tipp dann auf Netzwerk."),
        ("fr", "Excuse-nous pour la gêne occasionnée."),
        ("fr", "Note bien le numéro de dossier."),
        ("es", "Espera a que la luz se ponga verde."),
        ("it", "Resta in linea, per favore."),
        ("it", "Annotati il numero di pratica."),
        ("pt", "Anota o número de referência."),
        # कृपया leans polite, but a तुम verb form outweighs it.
        ("hi", "कृपया रेफ़रेंस नंबर लिख लो।"),
    ]
    for code, text in cases:
        if locales.get(code) is None:
            continue
        assert analyze(text, code).formality == "informal", (code, text)
