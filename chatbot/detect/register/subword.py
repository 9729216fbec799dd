"""A small learned backup for the ``rules`` analyzer: logistic regression over
SentencePiece pieces.

Pro-drop languages (es, it, pt) often mark the register only in a verb ending,
and colloquial text in slang; some of those escape any hand-written list. The
rules stay primary: :mod:`chatbot.detect.register.rules` asks this module only
when no rule fired or the rules tied, and labels its evidence ``<code>.subword``.
A locale may instead ask for a weighted vote on every text (``backup_mode:
vote``, used by id); its model is then trained as a correction to the rule
votes (see :mod:`chatbot.detect.register.subword_train`).

Features: each word is cut into pieces by a small unigram SentencePiece model;
a piece counts once per text, and separately when it ends a word, so the model
can tell a final ``-es`` (tienes) from the same letters inside a stem. The
weights are a softmax regression over those binary features. A model whose
file lists ``extras`` (id) also reads the text-level cues of :func:`extras`
(punctuation, final character, symbols, stretched letters).

Each supported locale ships two files in ``subword_models/``, trained by
``python -m chatbot.detect.register.subword_train``: ``<code>.model`` (the
SentencePiece model) and ``<code>.npz`` (``levels``, ``weights`` [levels x
2*pieces], ``bias`` [levels], ``silent_bias`` [levels]). Nothing is downloaded; a locale without files,
or a missing ``sentencepiece``, simply gets no backup vote.
"""

from __future__ import annotations

import io
import math
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources
from typing import Any

import numpy as np

from chatbot.detect.register.rules_schema import WORD_CHARS

__all__ = [
    "Model",
    "Vote",
    "available",
    "from_bytes",
    "install",
    "load",
    "predict",
    "reset",
    "words",
]

MODELS = "subword_models"
MAX_CHARS = 2000  # the register shows early; keeps the cost bounded
TOP_EVIDENCE = 3
_WORD = re.compile(rf"[{WORD_CHARS}]+")
_STOPS = re.compile(r"\.+")
_STRETCH = re.compile(r"(\w)\1\1")
_DIGIT_TWO = re.compile(r"[^\W\d_]2\b")
# Capitalized words signing a text after its last full stop (... seluruh
# penghuni. Pengelola Asrama): a signature, not a sentence left open.
_SIGNOFF = re.compile(r"(?<=[.!?])\s+[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){1,3}\s*$")
# Names of the text-level features that follow the pieces in a model that asks
# for them (its ``extras`` array lists these names, in this order).
EXTRAS = (
    "commas",
    "stops",
    "questions",
    "exclamations",
    "comma_rate",
    "stop_rate",
    "ends_stop",
    "ends_question",
    "ends_exclamation",
    "ends_bare",
    "starts_punct",
    "length",
    "symbols",
    "stretched",
    "digit_two",
)


@dataclass(frozen=True)
class Vote:
    """Level probabilities and the pieces that pushed most toward the winner.

    ``evidence`` holds (start, end, level, weight) character spans.
    """

    probs: dict[str, float]
    evidence: tuple[tuple[int, int, str, float], ...]


def words(text: str) -> list[tuple[int, int, str]]:
    """Word tokens with offsets, lower-cased where that keeps the length."""
    out = []
    for m in _WORD.finditer(text):
        w = m.group()
        low = w.lower()
        out.append((m.start(), m.end(), low if len(low) == len(w) else w))
    return out


def extras(text: str, n_words: int) -> np.ndarray:
    """Text-level cues a piece cannot see, in :data:`EXTRAS` order.

    Standard writing punctuates its clauses and closes its sentences (commas,
    full stops and their rate per word, the final character); chat stops on a
    bare word, adds symbols and emoji, stretches letters (bangettt) and writes
    reduplication with the digit 2 (tiba2). Counts are log-damped. The final
    character is the last sentence's, before a signature (Pengelola Asrama).
    """
    body = text.strip()
    last = _SIGNOFF.sub("", body)[-1:] or " "
    first = body[:1] or " "
    commas = body.count(",")
    stops = len(_STOPS.findall(body))
    per = max(n_words, 1)
    symbols = sum(1 for ch in body if ord(ch) > 127 and not ch.isalpha())
    return np.array(
        [
            math.log1p(commas),
            math.log1p(stops),
            math.log1p(body.count("?")),
            math.log1p(body.count("!")),
            commas / per,
            stops / per,
            last == ".",
            last == "?",
            last == "!",
            last.isalnum(),
            not first.isalnum(),
            math.log1p(n_words),
            math.log1p(symbols),
            math.log1p(len(_STRETCH.findall(body))),
            math.log1p(len(_DIGIT_TWO.findall(body))),
        ],
        dtype=np.float32,
    )


@dataclass(frozen=True)
class Model:
    processor: Any  # sentencepiece.SentencePieceProcessor
    levels: tuple[str, ...]
    weights: np.ndarray  # levels x (2 * pieces): any position, then word-final
    bias: np.ndarray  # levels
    # Log-odds shift for texts in which no rule fired: in training such texts
    # were mostly of one level (the unmarked one), and the model was trained on
    # all texts, so silence itself is evidence that the model must be told.
    silent_bias: np.ndarray | None = None
    # Whether the text-level features of :func:`extras` follow the pieces.
    with_extras: bool = False

    def pieces(self, text: str) -> list[tuple[int, int, int]]:
        """(feature index, char start, char end) for every piece of every word."""
        toks = words(text)
        if not toks:
            return []
        n = self.processor.GetPieceSize()
        unk = self.processor.unk_id()
        out = []
        # One thread: a batch call otherwise starts a thread pool per text,
        # which costs about a millisecond, forty times the encoding itself.
        batch = self.processor.encode([w for _, _, w in toks], num_threads=1)
        for (start, _, word), ids in zip(toks, batch, strict=True):
            pos = 0
            for k, pid in enumerate(ids):
                final = n if k == len(ids) - 1 else 0
                if pid == unk:
                    out.append((pid + final, start + pos, start + pos))
                    continue
                surface = self.processor.id_to_piece(pid).lstrip("\u2581")
                at = word.find(surface, pos) if surface else pos
                if at < 0:
                    at = pos
                pos = at + len(surface)
                out.append((pid + final, start + at, start + pos))
        return out

    def features(self, spans: list[tuple[int, int, int]], text: str = "") -> np.ndarray:
        x = np.zeros(self.weights.shape[1], dtype=np.float32)
        for fid, _, _ in spans:
            x[fid] = 1.0
        if self.with_extras:
            x[-len(EXTRAS) :] = extras(text, len(words(text)))
        return x

    def predict(self, text: str, silent: bool = False) -> Vote | None:
        text = text[:MAX_CHARS]
        spans = self.pieces(text)
        if not spans:
            return None
        logits = self.weights @ self.features(spans, text) + self.bias
        if silent and self.silent_bias is not None:
            logits = logits + self.silent_bias
        p = np.exp(logits - logits.max())
        p = p / p.sum()
        best = int(p.argmax())
        # A piece's pull toward the winner over the mean of the other levels.
        pull = self.weights[best] - np.delete(self.weights, best, axis=0).mean(axis=0)
        # Shown as the word a piece is part of (ruido, not its o): a reader sees which
        # word tipped it; each word once, ranked by its strongest piece.
        strongest: dict[tuple[int, int], float] = {}
        for fid, start, end in spans:
            if end > start and pull[fid] > 0:
                word = _word_around(text, start, end)
                strongest[word] = max(strongest.get(word, 0.0), float(pull[fid]))
        ranked = sorted(((w, s, e) for (s, e), w in strongest.items()), reverse=True)
        evidence = tuple((s, e, self.levels[best], w) for w, s, e in ranked[:TOP_EVIDENCE])
        return Vote({lv: float(pr) for lv, pr in zip(self.levels, p, strict=True)}, evidence)


def _in_word(ch: str) -> bool:
    return ch.isalnum() or unicodedata.category(ch).startswith("M")


MAX_SHOWN_WORD = 40  # a longer run of letters (a script without spaces) shows the piece


def _word_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the whole word that ``text[start:end]`` lies in (the piece itself
    where that word is longer than :data:`MAX_SHOWN_WORD`)."""
    left, right = start, end
    while left > 0 and _in_word(text[left - 1]):
        left -= 1
    while right < len(text) and _in_word(text[right]):
        right += 1
    return (left, right) if right - left <= MAX_SHOWN_WORD else (start, end)


def from_bytes(model_proto: bytes, arrays: bytes) -> Model | None:
    try:
        import sentencepiece
    except ImportError:  # the rules still work; only the backup vote is lost
        return None
    processor = sentencepiece.SentencePieceProcessor()
    processor.LoadFromSerializedProto(model_proto)
    with np.load(io.BytesIO(arrays), allow_pickle=False) as data:
        levels = tuple(str(x) for x in data["levels"])
        weights = data["weights"].astype(np.float32)
        bias = data["bias"].astype(np.float32)
        silent = data["silent_bias"].astype(np.float32) if "silent_bias" in data.files else None
        named = tuple(str(x) for x in data["extras"]) if "extras" in data.files else ()
    if named and named != EXTRAS:  # written by another version of this module
        return None
    width = 2 * processor.GetPieceSize() + len(named)
    if weights.shape != (len(levels), width):
        return None
    return Model(processor, levels, weights, bias, silent, bool(named))


def _folder() -> Any:
    return resources.files("chatbot.detect.register") / MODELS


def available() -> list[str]:
    """Locale codes that ship a backup model."""
    folder = _folder()
    if not folder.is_dir():
        return []
    return sorted(e.name.removesuffix(".npz") for e in folder.iterdir() if e.name.endswith(".npz"))


_LOADED: dict[str, Model | None] = {}


def load(code: str) -> Model | None:
    """The shipped model for ``code`` (read once), or None."""
    if code not in _LOADED:
        folder = _folder()
        spm_file, npz_file = folder / f"{code}.model", folder / f"{code}.npz"
        model = None
        if spm_file.is_file() and npz_file.is_file():
            model = from_bytes(spm_file.read_bytes(), npz_file.read_bytes())
        _LOADED[code] = model
    return _LOADED[code]


def install(code: str, model: Model | None) -> None:
    """Use ``model`` for ``code`` instead of the shipped one (cross-validation, tests)."""
    _LOADED[code] = model


def reset(code: str) -> None:
    """Forget an installed model; the next ``load`` reads the shipped files again."""
    _LOADED.pop(code, None)


def predict(text: str, code: str, silent: bool = False) -> Vote | None:
    """The backup vote for ``text`` in locale ``code``, or None when none is shipped.

    ``silent``: no rule fired, so the model's learned shift for silence applies.
    """
    model = load(code)
    if model is None:
        return None
    try:
        return model.predict(text, silent)
    except (RuntimeError, ValueError):  # the encoder refuses odd input: no vote, no crash
        return None
