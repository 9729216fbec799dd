"""Train the subword backup models shipped in ``subword_models/``.

    python -m chatbot.detect.register.subword_train DEV.jsonl [--langs es,it,pt]
        [--out DIR] [--vocab 2000] [--cv]

For each language: a unigram SentencePiece model over the lower-cased words of
the labelled rows (one thread, no shuffling, so the same data gives the same
bytes), then a softmax regression over binary piece features fitted by
full-batch gradient descent from zero weights (deterministic too). ``--cv``
instead reports an honest estimate: two folds split by ``group_id`` (so the
two members of a pair never straddle train and test), each trained on one half
and measured on the other, for the model alone, the rules alone and the rules
backed by the model.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from chatbot import locales
from chatbot.detect.register import analyze, clean, subword
from chatbot.detect.register.evaluate import evaluate
from chatbot.locales.schema import LocaleSpec

DEFAULT_LANGS = ("es", "it", "pt", "vi", "id")
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
    x: np.ndarray, y: np.ndarray, classes: int, l2: float = 3e-3, steps: int = 3000
) -> tuple[np.ndarray, np.ndarray]:
    """Softmax regression by full-batch gradient descent from zero: deterministic.

    The step is 1/L for the loss's Lipschitz bound (half the largest squared
    row norm, plus the L2 term), so the descent cannot diverge.
    """
    n, d = x.shape
    lr = 1.0 / (0.5 * float((x * x).sum(axis=1).max(initial=1.0)) + l2)
    w = np.zeros((classes, d), dtype=np.float64)
    b = np.zeros(classes, dtype=np.float64)
    onehot = np.eye(classes)[y]
    for _ in range(steps):
        logits = x @ w.T + b
        p = np.exp(logits - logits.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        err = (p - onehot) / n
        w -= lr * (err.T @ x + l2 * w)
        b -= lr * err.sum(axis=0)
    return w, b


def train(rows: Sequence[dict[str, Any]], spec: LocaleSpec, vocab: int) -> tuple[bytes, bytes]:
    """The two files (SentencePiece model, weights) for ``rows`` of one language."""
    texts = [str(r["text"]) for r in rows]
    proto = train_pieces(texts, vocab)
    levels = sorted({level_for(spec, str(r["label"])) for r in rows})
    model = _model(proto, levels)
    x = np.stack([model.features(model.pieces(clean(t))) for t in texts]).astype(np.float64)
    y = np.array([levels.index(level_for(spec, str(r["label"]))) for r in rows])
    w, b = fit(x, y, len(levels))
    return proto, _arrays(levels, w, b, silent_shift(rows, spec, levels))


def silent_shift(rows: Sequence[dict[str, Any]], spec: LocaleSpec, levels: list[str]) -> np.ndarray:
    """log P(level | no rule fired) - log P(level), add-one smoothed, over ``rows``."""
    subword.install(spec.code, None)  # the rules alone
    try:
        silent = [r for r in rows if not analyze(str(r["text"]), spec.code).evidence]
    finally:
        subword.reset(spec.code)
    k = len(levels)

    def dist(subset: Sequence[dict[str, Any]]) -> np.ndarray:
        counts = np.ones(k)
        for r in subset:
            counts[levels.index(level_for(spec, str(r["label"])))] += 1
        return counts / counts.sum()

    return np.log(dist(silent)) - np.log(dist(rows))


def _model(proto: bytes, levels: list[str]) -> subword.Model:
    import sentencepiece

    sp = sentencepiece.SentencePieceProcessor()
    sp.LoadFromSerializedProto(proto)
    zeros = np.zeros((len(levels), 2 * sp.GetPieceSize()), dtype=np.float32)
    return subword.Model(sp, tuple(levels), zeros, np.zeros(len(levels), dtype=np.float32))


def _arrays(levels: list[str], w: np.ndarray, b: np.ndarray, silent: np.ndarray) -> bytes:
    sink = io.BytesIO()
    # float16 halves the file; the rounding does not change a decision that matters.
    np.savez_compressed(
        sink,
        levels=np.array(levels),
        weights=w.astype(np.float16),
        bias=b.astype(np.float16),
        silent_bias=silent.astype(np.float16),
    )
    return sink.getvalue()


def _fold(row: dict[str, Any]) -> int:
    key = str(row.get("group_id") or row.get("pair_id") or row["text"])
    return hashlib.sha256(key.encode("utf-8")).digest()[0] % 2


def cross_validate(
    rows: Sequence[dict[str, Any]], spec: LocaleSpec, vocab: int
) -> dict[str, float]:
    """Two-fold estimates: model alone, rules alone, rules backed by the model."""
    code = spec.code
    hits = {"model": 0, "rules": 0, "rules+model": 0}
    pairs = {"rules": [0, 0], "rules+model": [0, 0]}
    n = 0
    try:
        for fold in (0, 1):
            train_rows = [r for r in rows if _fold(r) != fold]
            test_rows = [r for r in rows if _fold(r) == fold]
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
    ap.add_argument("--cv", action="store_true", help="report two-fold estimates; write nothing")
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
            scores = cross_validate(mine, spec, args.vocab)
            print(f"{code}: " + "  ".join(f"{k} {v:.3f}" for k, v in scores.items()))
            continue
        proto, arrays = train(mine, spec, args.vocab)
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / f"{code}.model").write_bytes(proto)
        (args.out / f"{code}.npz").write_bytes(arrays)
        print(f"{code}: {len(mine)} rows -> {len(proto) + len(arrays)} bytes")


if __name__ == "__main__":
    main()
