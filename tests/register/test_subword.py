"""The SentencePiece backup of the ``rules`` analyzer: shipped models, when it is
asked, and reproducible training on a tiny hand-written set."""

from __future__ import annotations

import pytest

from chatbot import locales
from chatbot.detect.register import analyze, clean, subword, subword_train

pytest.importorskip("sentencepiece")


@pytest.mark.parametrize("code", ["es", "it", "pt"])
def test_shipped_models_load_and_lean_the_right_way(code: str) -> None:
    assert code in subword.available()
    model = subword.load(code)
    assert model is not None
    spec = locales.get(code)
    assert spec is not None
    assert set(model.levels) <= {lv.id for lv in spec.levels}
    informal = {"es": "¿Tienes tiempo? Te llamo luego.", "it": "Hai tempo? Ti chiamo dopo.",
                "pt": "Tens tempo? Ligo-te depois."}[code]  # fmt: skip
    vote = subword.predict(informal, code)
    assert vote is not None
    assert max(vote.probs, key=lambda k: vote.probs[k]) == "informal"
    for start, end, level, weight in vote.evidence:
        assert 0 <= start < end <= len(informal)
        assert level == "informal" and weight > 0


def test_rules_decide_when_they_fire() -> None:
    r = analyze("¿Usted tiene tiempo?", "es")
    assert r.level == "formal"
    assert not any(e.rule == "es.subword" for e in r.evidence)
    assert r.reason is None


def test_backup_reads_silent_text_and_says_so() -> None:
    text = "Compra el pan en la tienda de la esquina."  # imperative tú, 3sg usted: no rule
    r = analyze(text, "es")
    assert r.reason is not None and "subword" in r.reason and "rules silent" in r.reason
    assert r.level in ("formal", "informal")
    assert r.confidence <= 0.6
    for e in r.evidence:
        assert e.rule == "es.subword"
        assert text[e.start : e.end] == e.surface


def test_silent_pairs_are_ordered_by_the_model() -> None:
    # Neither sentence trips a rule; the model still scores them apart.
    a = analyze("Compra el pan en la tienda.", "es")
    b = analyze("Compre el pan en la tienda.", "es")
    assert a.score != b.score


@pytest.mark.parametrize("text", ["", "   ", "😀😀", "\x00", "123 456", "<b></b>"])
def test_odd_input_gives_no_vote_or_a_valid_one(text: str) -> None:
    vote = subword.predict(clean(text), "es")
    if vote is not None:
        assert abs(sum(vote.probs.values()) - 1.0) < 1e-5


def test_unknown_locale_has_no_model() -> None:
    assert subword.predict("hello", "xx") is None


ROWS = [
    ("¿Tienes un perro?", "informal"), ("¿Tiene un perro?", "formal"),
    ("¿Puedes venir mañana?", "informal"), ("¿Puede venir mañana?", "formal"),
    ("¿Quieres un café?", "informal"), ("¿Quiere un café?", "formal"),
    ("Te lo envío hoy.", "informal"), ("Se lo envío hoy.", "formal"),
    ("¿Sabes dónde está?", "informal"), ("¿Sabe dónde está?", "formal"),
    ("¿Vienes a la fiesta?", "informal"), ("¿Viene a la fiesta?", "formal"),
    ("Tu pedido llegó.", "informal"), ("Su pedido llegó.", "formal"),
    ("¿Necesitas ayuda?", "informal"), ("¿Necesita ayuda?", "formal"),
]  # fmt: skip


def test_training_is_reproducible_and_learns(monkeypatch: pytest.MonkeyPatch) -> None:
    spec = locales.get("es")
    assert spec is not None
    rows = [{"text": t, "label": y, "group_id": str(i // 2)} for i, (t, y) in enumerate(ROWS)]
    first = subword_train.train(rows, spec, vocab=120)
    second = subword_train.train(rows, spec, vocab=120)
    assert first == second
    model = subword.from_bytes(*first)
    assert model is not None
    assert len(first[0]) + len(first[1]) < 50_000
    right = 0
    for text, label in ROWS:
        vote = model.predict(text)
        assert vote is not None
        right += max(vote.probs, key=lambda k: vote.probs[k]) == label
    assert right >= len(ROWS) - 2


def test_installed_model_is_used_then_reset() -> None:
    subword.install("es", None)
    try:
        r = analyze("Compra el pan en la tienda de la esquina.", "es")
        assert r.level == "formal" and "unmarked" in (r.reason or "")
    finally:
        subword.reset("es")
    assert subword.load("es") is not None
