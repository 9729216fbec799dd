"""Write a synthetic Qwen2-architecture GGUF: random weights, real format.

Tests and demos run the real llama.cpp on it, so it must be a model llama.cpp
accepts exactly as it accepts Qwen's own files: the ``qwen2`` architecture, a
byte-level BPE vocabulary with the ``qwen2`` pre-tokenizer and real merges, the
ChatML special tokens, a Qwen chat template, and quantization done by
llama.cpp's own quantizer. Its weights are noise, so its text is noise: it
emits invalid UTF-8 and never chooses to stop, which is what the streaming and
stop handling must survive.
"""

from __future__ import annotations

import ctypes
import itertools
import tempfile
from collections import Counter
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import numpy as np
import yaml

from chatbot.errors import ChatbotError

Quant = Literal["q8_0", "q4_k_m", "f16"]
SPECIALS = ["<|endoftext|>", "<|im_start|>", "<|im_end|>"]
# Qwen3 keeps its reasoning tags as single user-defined tokens.
USER_DEFINED = ["<think>", "</think>"]
SEED = 20241129
# A little multilingual text to learn real BPE merges from (the merges must be
# non-empty: llama.cpp refuses a BPE vocabulary without them).
CORPUS = (
    "the quick brown fox jumps over the lazy dog. hello, how are you today? thank you. "
    "こんにちは。ありがとうございます。いらっしゃいませ。 안녕하세요. 감사합니다. "
    "Guten Tag, wie geht es Ihnen? Bonjour, comment allez-vous? ¿Cómo está usted? "
    "नमस्ते, आप कैसे हैं? 您好，请问有什么可以帮您？ สวัสดีครับ Xin chào. Terima kasih. "
)


@dataclass(frozen=True)
class Shape:
    n_vocab: int
    n_embd: int
    n_layer: int
    n_head: int
    n_head_kv: int
    n_ff: int
    n_ctx_train: int


def shapes() -> dict[str, Shape]:
    text = resources.files("chatbot.models").joinpath("shapes.yaml").read_text("utf-8")
    return {name: Shape(**fields) for name, fields in yaml.safe_load(text).items()}


def _bytes_to_unicode() -> dict[int, str]:
    """GPT-2's reversible byte -> printable character map, which Qwen's vocab uses."""
    printable = (
        list(range(ord("!"), ord("~") + 1))
        + list(range(ord("¡"), ord("¬") + 1))
        + list(range(ord("®"), ord("ÿ") + 1))
    )
    chars = printable[:]
    extra = 0
    for b in range(256):
        if b not in printable:
            printable.append(b)
            chars.append(256 + extra)
            extra += 1
    return {b: chr(c) for b, c in zip(printable, chars, strict=True)}


def _learn_merges(n_merges: int) -> list[tuple[str, str]]:
    """Plain BPE over the corpus's bytes, deterministic (ties break by pair text)."""
    byte_char = _bytes_to_unicode()
    words = [[byte_char[b] for b in w.encode()] for w in CORPUS.split(" ") if w]
    merges: list[tuple[str, str]] = []
    for _ in range(n_merges):
        pairs: Counter[tuple[str, str]] = Counter()
        for w in words:
            pairs.update(itertools.pairwise(w))
        if not pairs:
            break
        best = max(pairs.items(), key=lambda kv: (kv[1], kv[0]))[0]
        merges.append(best)
        joined = best[0] + best[1]
        for i, w in enumerate(words):
            out, j = [], 0
            while j < len(w):
                if j + 1 < len(w) and (w[j], w[j + 1]) == best:
                    out.append(joined)
                    j += 2
                else:
                    out.append(w[j])
                    j += 1
            words[i] = out
    return merges


def build_vocab(n_vocab: int) -> tuple[list[str], list[int], list[str], dict[str, int]]:
    """Tokens, token types, merges ("a b"), and the ids of the special tokens."""
    byte_char = _bytes_to_unicode()
    tokens = [byte_char[b] for b in range(256)]
    n_normal = n_vocab - len(SPECIALS) - len(USER_DEFINED)
    merges = _learn_merges(min(200, max(1, n_normal - 256)))
    seen = set(tokens)
    for a, b in merges:
        if a + b not in seen and len(tokens) < n_normal:
            tokens.append(a + b)
            seen.add(a + b)
    # Fill the rest with short random byte strings: unreachable by tokenizing,
    # but a random model samples them and they decode to (often invalid) bytes.
    rng = np.random.default_rng(SEED)
    alphabet = [byte_char[b] for b in range(256)]
    while len(tokens) < n_normal:
        piece = "".join(alphabet[i] for i in rng.integers(0, 256, size=int(rng.integers(2, 6))))
        if piece not in seen:
            tokens.append(piece)
            seen.add(piece)
    types = [1] * len(tokens)  # NORMAL
    ids = {}
    for tok in SPECIALS:
        ids[tok] = len(tokens)
        tokens.append(tok)
        types.append(3)  # CONTROL
    for tok in USER_DEFINED:
        ids[tok] = len(tokens)
        tokens.append(tok)
        types.append(4)  # USER_DEFINED
    return tokens, types, [f"{a} {b}" for a, b in merges], ids


def chat_template(name: str) -> str:
    return resources.files("chatbot.models").joinpath(f"templates/{name}.jinja").read_text("utf-8")


def add_tokenizer(w: Any, n_vocab: int, template: str) -> dict[str, int]:
    """Write the byte-level BPE vocabulary, the ChatML specials and the chat template
    into GGUF writer ``w``; the ids of the specials (for their embeddings)."""
    tokens, types, merges, ids = build_vocab(n_vocab)
    w.add_tokenizer_model("gpt2")
    w.add_tokenizer_pre("qwen2")
    w.add_token_list(tokens)
    w.add_token_types(types)
    w.add_token_merges(merges)
    w.add_bos_token_id(ids["<|endoftext|>"])
    w.add_eos_token_id(ids["<|im_end|>"])
    w.add_pad_token_id(ids["<|endoftext|>"])
    w.add_add_bos_token(False)
    w.add_chat_template(template)
    return ids


def _write_f16(path: Path, shape: Shape, template: str, name: str) -> None:
    import gguf

    head_dim = shape.n_embd // shape.n_head
    w = gguf.GGUFWriter(str(path), arch="qwen2")
    w.add_name(name)
    w.add_context_length(shape.n_ctx_train)
    w.add_embedding_length(shape.n_embd)
    w.add_block_count(shape.n_layer)
    w.add_feed_forward_length(shape.n_ff)
    w.add_head_count(shape.n_head)
    w.add_head_count_kv(shape.n_head_kv)
    w.add_rope_freq_base(1_000_000.0)
    w.add_layer_norm_rms_eps(1e-6)
    w.add_file_type(gguf.LlamaFileType.MOSTLY_F16)
    ids = add_tokenizer(w, shape.n_vocab, template)

    rng = np.random.default_rng(SEED)

    def weight(*dims: int) -> np.ndarray:
        return (rng.standard_normal(dims, dtype=np.float32) * 0.05).astype(np.float16)

    def ones(n: int) -> np.ndarray:
        return np.ones(n, dtype=np.float32)

    q, kv = shape.n_head * head_dim, shape.n_head_kv * head_dim
    # Tied embeddings (no output.weight), as in Qwen2.5-0.5B. The ChatML rows are
    # zero, so their logit is 0, the median of the random logits: top-k/top-p
    # sampling then never picks an end token, and the model never stops on its
    # own (like a large random vocabulary), unless a grammar leaves only EOG.
    embd = weight(shape.n_vocab, shape.n_embd)
    for special in SPECIALS:
        embd[ids[special]] = 0
    w.add_tensor("token_embd.weight", embd)
    for i in range(shape.n_layer):
        p = f"blk.{i}."
        w.add_tensor(p + "attn_norm.weight", ones(shape.n_embd))
        w.add_tensor(p + "attn_q.weight", weight(q, shape.n_embd))
        w.add_tensor(p + "attn_q.bias", np.zeros(q, dtype=np.float32))
        w.add_tensor(p + "attn_k.weight", weight(kv, shape.n_embd))
        w.add_tensor(p + "attn_k.bias", np.zeros(kv, dtype=np.float32))
        w.add_tensor(p + "attn_v.weight", weight(kv, shape.n_embd))
        w.add_tensor(p + "attn_v.bias", np.zeros(kv, dtype=np.float32))
        w.add_tensor(p + "attn_output.weight", weight(shape.n_embd, q))
        w.add_tensor(p + "ffn_norm.weight", ones(shape.n_embd))
        w.add_tensor(p + "ffn_gate.weight", weight(shape.n_ff, shape.n_embd))
        w.add_tensor(p + "ffn_up.weight", weight(shape.n_ff, shape.n_embd))
        w.add_tensor(p + "ffn_down.weight", weight(shape.n_embd, shape.n_ff))
    w.add_tensor("output_norm.weight", ones(shape.n_embd))
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()


def _quantize(src: Path, dst: Path, quant: Quant, threads: int) -> None:
    import llama_cpp

    from chatbot.generate import llama_log

    llama_log.install()  # the quantizer's per-tensor log goes to logging, not the terminal
    ftype = {
        "q8_0": llama_cpp.LLAMA_FTYPE_MOSTLY_Q8_0,
        "q4_k_m": llama_cpp.LLAMA_FTYPE_MOSTLY_Q4_K_M,
        "f16": llama_cpp.LLAMA_FTYPE_MOSTLY_F16,
    }[quant]
    params = llama_cpp.llama_model_quantize_default_params()
    params.ftype = ftype
    params.nthread = threads
    rc = llama_cpp.llama_model_quantize(str(src).encode(), str(dst).encode(), ctypes.byref(params))
    if rc != 0:
        raise ChatbotError(f"llama.cpp could not quantize {src} to {quant} (code {rc})")


def synthesize(
    shape_name: str,
    output: Path,
    quant: Quant = "q8_0",
    template: str = "qwen2.5",
    threads: int = 0,
) -> Path:
    """Write the model to ``output`` (atomically) and return the path."""
    known = shapes()
    if shape_name not in known:
        raise ChatbotError(f"unknown shape {shape_name!r}; choose one of {', '.join(known)}")
    shape = known[shape_name]
    output = output.expanduser()
    name = f"synthetic-{shape_name}-{template} (random weights)"
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=output.parent) as tmp:
            f16 = Path(tmp) / "model-f16.gguf"
            _write_f16(f16, shape, chat_template(template), name)
            partial = Path(tmp) / "model.gguf"
            _quantize(f16, partial, quant, threads)
            partial.replace(output)
    except OSError as exc:
        raise SynthesizeWriteError(output, exc) from exc
    return output


class SynthesizeWriteError(ChatbotError):
    """The model could not be written where it was asked for."""

    def __init__(self, output: Path, exc: OSError) -> None:
        self.output = output
        blocker = next((p for p in output.parents if p.exists() and not p.is_dir()), None)
        if blocker is not None:
            self.reason = f"{blocker} is a file, not a folder"
        else:
            self.reason = f"{exc.strerror or exc}" + (f": {exc.filename}" if exc.filename else "")
        super().__init__(f"cannot write {output} ({self.reason}). Choose a writable --output path.")
