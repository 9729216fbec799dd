"""The SentencePiece backup of the ``rules`` analyzer: shipped models, when it is
asked, and reproducible training on a tiny hand-written set."""

from __future__ import annotations

import io
import re
from pathlib import Path

import numpy as np
import pytest

from chatbot import locales
from chatbot.detect.register import Reading, analyze, clean, rules, subword, subword_train

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


def test_every_shipped_model_is_used_and_every_declared_one_shipped() -> None:
    # A model no locale declares is dead weight; a declared one that is missing
    # would silently drop the backup.
    shipped = [locales.load_file(p) for p in Path(locales.__file__).parent.glob("*.yaml")]
    declared = {
        spec.code
        for spec in shipped
        if spec.analyzer == "rules" and rules.compile_markers(spec).markers.backup == "subword"
    }
    assert declared == set(subword.available())
    assert set(subword_train.DEFAULT_LANGS) == declared


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


# ---- backup_mode: vote (id) ----


def _evidence_sums(reading: Reading) -> dict[str, float]:
    sums: dict[str, float] = {}
    for e in reading.evidence:
        sums[e.level] = sums.get(e.level, 0.0) + e.weight
    return sums


def test_id_ships_a_vote_model() -> None:
    spec = locales.get("id")
    assert spec is not None
    assert spec.markers["backup_mode"] == "vote"
    assert "id" in subword.available() and subword.load("id") is not None


@pytest.mark.parametrize(
    "text",
    ["udah gw cek tp gak ada apa2 min", "Mohon maaf, pesanan Anda sedang kami periksa."],
)
def test_vote_is_one_weighted_evidence_item_and_counted(text: str) -> None:
    r = analyze(text, "id")
    learned = [e for e in r.evidence if e.rule == "id.subword"]
    assert len(learned) == 1
    (e,) = learned
    assert e.weight > 0 and text[e.start : e.end] == e.surface
    assert r.reason is not None and "id.subword" in r.reason and f"{e.weight:.2f}" in r.reason
    # The vote is counted exactly as its evidence says: rule weights plus its own.
    sums = _evidence_sums(r)
    for level in ("casual", "standard"):
        assert abs(r.scores.get(level, 0.0) - sums.get(level, 0.0)) < 1e-3


def test_vote_decides_silent_text_with_capped_confidence() -> None:
    text = "perlu ada kampanye tertib lalu lintas ."  # no rule fires
    r = analyze(text, "id")
    assert r.reason is not None and r.reason.startswith("rules silent; subword classifier")
    assert r.confidence <= 0.6
    assert [e.rule for e in r.evidence] == ["id.subword"]


def test_vote_mode_without_a_model_is_the_rules_alone() -> None:
    subword.install("id", None)
    try:
        r = analyze("udah gw cek tp gak ada apa2 min", "id")
        assert r.level == "casual" and r.reason is None
        assert not any(e.rule == "id.subword" for e in r.evidence)
        silent = analyze("perlu ada kampanye tertib lalu lintas .", "id")
        assert silent.level == "standard" and "unmarked" in (silent.reason or "")
    finally:
        subword.reset("id")


def test_fit_offset_is_not_learned_again() -> None:
    # Labels the offset already explains leave (almost) nothing to learn.
    x = np.eye(4)
    y = np.array([0, 1, 0, 1])
    offset = np.array([[4.0, -4.0], [-4.0, 4.0], [4.0, -4.0], [-4.0, 4.0]])
    plain, _ = subword_train.fit(x, y, 2, steps=300)
    corrected, _ = subword_train.fit(x, y, 2, steps=300, offset=offset)
    assert np.abs(corrected).max() < 0.1 * np.abs(plain).max()


def test_vote_mode_training_is_reproducible_and_uses_the_rules() -> None:
    spec = locales.get("es")
    assert spec is not None
    voting = spec.model_copy(
        update={"markers": {**spec.markers, "backup_mode": "vote", "backup_weight": 1.0}}
    )
    rows = [{"text": t, "label": y, "group_id": str(i // 2)} for i, (t, y) in enumerate(ROWS)]
    first = subword_train.train(rows, voting, vocab=120)
    assert first == subword_train.train(rows, voting, vocab=120)
    assert first[1] != subword_train.train(rows, spec, vocab=120)[1]  # the offset mattered


def test_fit_logistic_offset_is_not_learned_again() -> None:
    x = subword_train._Sparse(np.arange(4), np.arange(4), np.ones(4), 4)
    y = np.array([0.0, 1.0, 0.0, 1.0])
    plain, _ = subword_train.fit_logistic(x, y, 4, np.zeros(4), steps=300)
    corrected, _ = subword_train.fit_logistic(x, y, 4, np.array([-8.0, 8, -8, 8]), steps=300)
    assert np.abs(corrected).max() < 0.1 * np.abs(plain).max()


def test_extras_read_punctuation_and_chat_habits() -> None:
    names = subword.EXTRAS
    formal = dict(zip(names, subword.extras("saya sudah cek , tetapi belum ada .", 7), strict=True))
    chat = dict(zip(names, subword.extras("udh cek tp blm ada2 jugaaa 😭", 7), strict=True))
    assert formal["commas"] > 0 and formal["ends_stop"] == 1 and formal["ends_bare"] == 0
    assert chat["commas"] == 0 and chat["symbols"] > 0 and chat["stretched"] > 0
    assert chat["digit_two"] > 0 and chat["ends_bare"] == 0  # an emoji is not a word


def test_extras_end_a_signed_notice_on_its_last_sentence() -> None:
    names = subword.EXTRAS
    signed = dict(zip(names, subword.extras("Mohon kerja sama. Pengelola Asrama", 5), strict=True))
    chat = dict(zip(names, subword.extras("udah sampe. Makasih ya", 4), strict=True))
    assert signed["ends_stop"] == 1 and signed["ends_bare"] == 0
    assert chat["ends_bare"] == 1  # ya is no signature


def test_id_model_reads_extras_and_refuses_foreign_ones() -> None:
    model = subword.load("id")
    assert model is not None and model.with_extras
    folder = subword._folder()
    proto, arrays = (folder / "id.model").read_bytes(), (folder / "id.npz").read_bytes()
    with np.load(io.BytesIO(arrays)) as data:
        parts = {k: data[k] for k in data.files}
    parts["extras"] = np.array([*subword.EXTRAS[:-1], "something_else"])
    sink = io.BytesIO()
    np.savez(sink, **parts)
    assert subword.from_bytes(proto, sink.getvalue()) is None


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("es", "Desde el lunes tenemos obras en casa, así que habrá un poco de ruido."),
        ("it", "Il libro è meglio, nel film hanno tagliato un bel po di cose."),
        ("pt", "Eu parei de assistir depois da segunda temporada, ficou muito chato."),
    ],
)
def test_learned_evidence_shows_whole_words(code: str, text: str) -> None:
    # The model reads pieces (ruid + o), but a reader is shown the word they are in.
    learned = [e for e in analyze(text, code).evidence if e.rule == f"{code}.subword"]
    assert learned
    words = set(re.findall(r"\w+", text))
    for e in learned:
        assert text[e.start : e.end] == e.surface and e.surface in words, e
    assert len({(e.start, e.end) for e in learned}) == len(learned)  # each word once


DEV = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "register" / "dev.jsonl"


def test_shipped_models_are_what_the_current_rules_train(tmp_path: Path) -> None:
    # The vote models are fitted to the rules' votes: a rule change that moves
    # a training row's vote leaves the shipped model stale until it is retrained
    # (python -m chatbot.detect.register.subword_train DEV.jsonl).
    if not DEV.exists():
        pytest.skip(f"no dev data at {DEV}")
    subword_train.main([str(DEV), "--out", str(tmp_path)])
    built = sorted(p.name for p in tmp_path.iterdir())
    assert built, "the trainer wrote nothing"
    shipped = subword_train.OUT
    stale = [n for n in built if not _same_model(tmp_path / n, shipped / n)]
    assert stale == [], f"retrain: {stale} differ from what the trainer builds now"


def _same_model(built: Path, shipped: Path) -> bool:
    """The same SentencePiece bytes; the same weights to within a few float16
    steps, so that a machine whose BLAS rounds otherwise is no reason to fail
    (a stale model differs by more: 0.016 where one vote moved)."""
    if built.suffix != ".npz":
        return built.read_bytes() == shipped.read_bytes()
    with np.load(built) as a, np.load(shipped) as b:
        if sorted(a.files) != sorted(b.files):
            return False
        for key in a.files:
            x, y = a[key], b[key]
            if x.shape != y.shape or x.dtype != y.dtype:
                return False
            if x.dtype.kind != "f":
                if not (x == y).all():
                    return False
            elif np.abs(x.astype(np.float64) - y.astype(np.float64)).max(initial=0.0) > 0.004:
                return False
    return True
