"""Train the subword backup models shipped in ``subword_models/``.

    python -m chatbot.detect.register.subword_train DEV.jsonl [--langs es,it,pt]
        [--out DIR] [--vocab 2000] [--cv [--folds 2]]

For each language: a unigram SentencePiece model over the lower-cased words of
the labelled rows (one thread, no shuffling, so the same data gives the same
bytes), then a softmax regression over binary piece features fitted by
full-batch gradient descent from zero weights (deterministic too). A locale
whose markers say ``backup_mode: vote`` gets a model trained with its rule
votes (divided by ``backup_weight``) as a fixed offset to the logits, and
reads the text-level features of ``subword.extras`` besides the pieces (a
binary logistic regression, fitted by accelerated gradient descent), so the
model learns what the rules miss and ``rules + weight x model`` is the
decision it was fitted for. ``--cv`` instead reports an honest estimate:
``--folds`` folds (default two) split by ``group_id`` (so the two members of a
pair never straddle train and test), each model trained on the other folds and
measured on its own, for the model alone, the rules alone and the rules
combined with the model as the locale ships them.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from chatbot import locales
from chatbot.detect.register import MAX_CHARS, analyze, clean, rules, subword
from chatbot.detect.register.evaluate import evaluate
from chatbot.detect.register.rules_schema import Markers
from chatbot.locales.schema import LocaleSpec

DEFAULT_LANGS = ("es", "it", "pt", "id")
OUT = Path(__file__).resolve().parent / subword.MODELS


def level_for(spec: LocaleSpec, label: str) -> str:
    """The level id a formal/informal label trains: the level of that name, else
    the level of that formality nearest the formal/informal boundary."""
    ids = [lv.id for lv in spec.levels]
    if label in ids:
        return label
    same = [lv for lv in spec.levels if lv.formality == label]
    if not same:
        raise ValueError(f"locale {spec.code} has no {label} level")
    pick = min if label == "formal" else max
    return pick(same, key=lambda lv: lv.rank).id


def _corpus(texts: Sequence[str]) -> list[str]:
    return [" ".join(w for _, _, w in subword.words(clean(t))) for t in texts]


def train_pieces(texts: Sequence[str], vocab: int) -> bytes:
    import sentencepiece

    sink = io.BytesIO()
    sentencepiece.SentencePieceTrainer.train(
        sentence_iterator=iter([line for line in _corpus(texts) if line]),
        model_writer=sink,
        vocab_size=vocab,
        hard_vocab_limit=False,  # small corpora yield fewer pieces; that is fine
        model_type="unigram",
        character_coverage=1.0,
        normalization_rule_name="identity",  # the text is NFC already; keeps the file small
        num_threads=1,
        shuffle_input_sentence=False,
        bos_id=-1,
        eos_id=-1,
        minloglevel=2,
    )
    return sink.getvalue()


def fit(
    x: np.ndarray,
    y: np.ndarray,
    classes: int,
    l2: float = 3e-3,
    steps: int = 3000,
    offset: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Softmax regression by full-batch gradient descent from zero: deterministic.

    The step is 1/L for the loss's Lipschitz bound (half the largest squared
    row norm, plus the L2 term), so the descent cannot diverge. ``offset``
    (rows x classes) is added to the logits and not learned.
    """
    n, d = x.shape
    lr = 1.0 / (0.5 * float((x * x).sum(axis=1).max(initial=1.0)) + l2)
    w = np.zeros((classes, d), dtype=np.float64)
    b = np.zeros(classes, dtype=np.float64)
    onehot = np.eye(classes)[y]
    for _ in range(steps):
        logits = x @ w.T + b
        if offset is not None:
            logits = logits + offset
        p = np.exp(logits - logits.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        err = (p - onehot) / n
        w -= lr * (err.T @ x + l2 * w)
        b -= lr * err.sum(axis=0)
    return w, b


def train(rows: Sequence[dict[str, Any]], spec: LocaleSpec, vocab: int) -> tuple[bytes, bytes]:
    """The two files (SentencePiece model, weights) for ``rows`` of one language."""
    if spec.analyzer != "rules":
        raise ValueError(f"locale {spec.code} does not use the rules analyzer")
    raw = [str(r["text"]) for r in rows]
    proto = train_pieces(raw, vocab)
    texts = [clean(t) for t in raw]
    levels = sorted({level_for(spec, str(r["label"])) for r in rows})
    y = np.array([levels.index(level_for(spec, str(r["label"]))) for r in rows])
    votes = rule_votes(rows, spec)
    markers = Markers.model_validate(spec.markers)
    if markers.backup_mode == "vote":
        return proto, _train_vote(proto, texts, y, levels, votes, markers.backup_weight)
    model = _model(proto, levels)
    x = np.stack([model.features(model.pieces(t)) for t in texts]).astype(np.float64)
    w, b = fit(x, y, len(levels))
    silent = [r for r, v in zip(rows, votes, strict=True) if not v]
    return proto, _arrays(levels, w, b, silent_shift(rows, silent, spec, levels))


def _train_vote(
    proto: bytes,
    texts: Sequence[str],
    y: np.ndarray,
    levels: list[str],
    votes: Sequence[dict[str, float]],
    weight: float,
) -> bytes:
    """Weights for ``backup_mode: vote``: pieces plus the text-level features of
    :func:`subword.extras`, fitted as a logistic correction to the rule votes."""
    if len(levels) != 2:
        raise ValueError("backup_mode vote is trained for two levels only")
    model = dataclasses.replace(_model(proto, levels, extras=True), with_extras=True)
    rows, cols, vals = [], [], []
    for i, t in enumerate(texts):
        x = model.features(model.pieces(t), t)
        nz = np.flatnonzero(x)
        rows.append(np.full(len(nz), i))
        cols.append(nz)
        vals.append(x[nz].astype(np.float64))
    sx = _Sparse(np.concatenate(rows), np.concatenate(cols), np.concatenate(vals), len(texts))
    offset = np.array([(v.get(levels[1], 0.0) - v.get(levels[0], 0.0)) / weight for v in votes])
    w, b = fit_logistic(sx, y.astype(np.float64), model.weights.shape[1], offset)
    # Two rows whose difference is the fitted log-odds; silence needs no extra
    # shift here, since the rule votes (zero when silent) were the offset.
    w2 = np.stack([-w / 2, w / 2])
    b2 = np.array([-b / 2, b / 2])
    return _arrays(levels, w2, b2, np.zeros(2), extras=True)


@dataclass(frozen=True)
class _Sparse:
    """Rows x columns in coordinate form; products by ``np.bincount`` (deterministic)."""

    row: np.ndarray
    col: np.ndarray
    val: np.ndarray
    n: int

    def dot(self, w: np.ndarray) -> np.ndarray:
        return np.bincount(self.row, weights=self.val * w[self.col], minlength=self.n)

    def tdot(self, g: np.ndarray, d: int) -> np.ndarray:
        return np.bincount(self.col, weights=self.val * g[self.row], minlength=d)


def fit_logistic(
    x: _Sparse,
    y: np.ndarray,
    d: int,
    offset: np.ndarray,
    l2: float = 3e-3,
    steps: int = 600,
) -> tuple[np.ndarray, float]:
    """Binary logistic regression with a fixed logit ``offset``, by accelerated
    (Nesterov) full-batch gradient descent from zero: deterministic.

    The step is 1/L for the loss's Lipschitz bound (a quarter of the largest
    squared row norm, plus the L2 term).
    """
    n = x.n
    lr = 1.0 / (0.25 * float(np.bincount(x.row, weights=x.val**2, minlength=n).max()) + l2)
    w = np.zeros(d)
    b = 0.0
    vw, vb = w.copy(), b
    for t in range(steps):
        z = np.clip(x.dot(vw) + vb + offset, -30.0, 30.0)
        err = (1.0 / (1.0 + np.exp(-z)) - y) / n
        nw = vw - lr * (x.tdot(err, d) + l2 * vw)
        nb = vb - lr * float(err.sum())
        momentum = t / (t + 3)
        vw, vb = nw + momentum * (nw - w), nb + momentum * (nb - b)
        w, b = nw, nb
    return w, b


def rule_votes(rows: Sequence[dict[str, Any]], spec: LocaleSpec) -> list[dict[str, float]]:
    """The rules' votes per level for each row of ``spec``'s language, without
    any learned model (read as :func:`chatbot.detect.register.analyze` reads)."""
    ids = {lv.id for lv in spec.levels}
    subword.install(spec.code, None)  # the rules alone
    try:
        readings = [rules.analyze(clean(str(r["text"])[:MAX_CHARS]), spec) for r in rows]
    finally:
        subword.reset(spec.code)
    return [
        {lv: v for lv, v in rd.scores.items() if lv in ids} if rd.evidence else {}
        for rd in readings
    ]


def silent_shift(
    rows: Sequence[dict[str, Any]],
    silent: Sequence[dict[str, Any]],
    spec: LocaleSpec,
    levels: list[str],
) -> np.ndarray:
    """log P(level | no rule fired) - log P(level), add-one smoothed, over ``rows``
    (``silent``: those in which no rule fired)."""
    k = len(levels)

    def dist(subset: Sequence[dict[str, Any]]) -> np.ndarray:
        counts = np.ones(k)
        for r in subset:
            counts[levels.index(level_for(spec, str(r["label"])))] += 1
        return counts / counts.sum()

    return np.log(dist(silent)) - np.log(dist(rows))


def _model(proto: bytes, levels: list[str], extras: bool = False) -> subword.Model:
    import sentencepiece

    sp = sentencepiece.SentencePieceProcessor()
    sp.LoadFromSerializedProto(proto)
    width = 2 * sp.GetPieceSize() + (len(subword.EXTRAS) if extras else 0)
    zeros = np.zeros((len(levels), width), dtype=np.float32)
    return subword.Model(sp, tuple(levels), zeros, np.zeros(len(levels), dtype=np.float32))


def _arrays(
    levels: list[str], w: np.ndarray, b: np.ndarray, silent: np.ndarray, extras: bool = False
) -> bytes:
    sink = io.BytesIO()
    # float16 halves the file; the rounding does not change a decision that matters.
    levels_a, weights_a = np.array(levels), w.astype(np.float16)
    bias_a, silent_a = b.astype(np.float16), silent.astype(np.float16)
    if extras:  # the names of the text-level features that follow the pieces
        np.savez_compressed(
            sink,
            levels=levels_a,
            weights=weights_a,
            bias=bias_a,
            silent_bias=silent_a,
            extras=np.array(subword.EXTRAS),
        )
    else:
        np.savez_compressed(
            sink, levels=levels_a, weights=weights_a, bias=bias_a, silent_bias=silent_a
        )
    return sink.getvalue()


def _fold(row: dict[str, Any], folds: int = 2) -> int:
    key = str(row.get("group_id") or row.get("pair_id") or row["text"])
    return hashlib.sha256(key.encode("utf-8")).digest()[0] % folds


def cross_validate(
    rows: Sequence[dict[str, Any]], spec: LocaleSpec, vocab: int, folds: int = 2
) -> dict[str, float]:
    """Estimates over ``folds`` group folds: model alone, rules alone, rules with the model."""
    code = spec.code
    hits = {"model": 0, "rules": 0, "rules+model": 0}
    pairs = {"rules": [0, 0], "rules+model": [0, 0]}
    n = 0
    try:
        for fold in range(folds):
            train_rows = [r for r in rows if _fold(r, folds) != fold]
            test_rows = [r for r in rows if _fold(r, folds) == fold]
            model = subword.from_bytes(*train(train_rows, spec, vocab))
            n += len(test_rows)
            for r in test_rows:
                vote = model.predict(clean(str(r["text"])), silent=False) if model else None
                best = max(vote.probs, key=lambda k: vote.probs[k]) if vote else None
                hits["model"] += best is not None and spec.level(best).formality == r["label"]
            for name, installed in (("rules", None), ("rules+model", model)):
                subword.install(code, installed)
                hits[name] += sum(
                    analyze(str(r["text"]), code).formality == r["label"] for r in test_rows
                )
                cell = next(iter(evaluate(test_rows).cells.values()))
                pairs[name][0] += cell.pairs_ok
                pairs[name][1] += cell.pairs
    finally:
        subword.reset(code)
    out = {f"acc {k}": v / n for k, v in hits.items()}
    out.update({f"pairs {k}": ok / max(total, 1) for k, (ok, total) in pairs.items()})
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data", type=Path)
    ap.add_argument("--langs", default=",".join(DEFAULT_LANGS))
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--vocab", type=int, default=2000)
    ap.add_argument("--cv", action="store_true", help="report group-fold estimates; write nothing")
    ap.add_argument("--folds", type=int, default=2, help="folds for --cv (default 2)")
    args = ap.parse_args(argv)
    with args.data.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    for code in args.langs.split(","):
        spec = locales.get(code)
        mine = [r for r in rows if r["lang"] == code and r.get("label") in ("formal", "informal")]
        if spec is None or not mine:
            print(f"{code}: skipped (no locale file or no rows)")
            continue
        if args.cv:
            scores = cross_validate(mine, spec, args.vocab, args.folds)
            print(f"{code}: " + "  ".join(f"{k} {v:.3f}" for k, v in scores.items()))
            continue
        proto, arrays = train(mine, spec, args.vocab)
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / f"{code}.model").write_bytes(proto)
        (args.out / f"{code}.npz").write_bytes(arrays)
        print(f"{code}: {len(mine)} rows -> {len(proto) + len(arrays)} bytes")


if __name__ == "__main__":
    main()
