"""The synthetic model is a real Qwen2-architecture GGUF, quantized by llama.cpp."""

from __future__ import annotations

from pathlib import Path

import gguf
import pytest

from chatbot.models.synthesize import SPECIALS, build_vocab, shapes, synthesize
from tests.conftest import make_engine


def _field(reader: gguf.GGUFReader, key: str) -> object:
    f = reader.fields[key]
    if f.types and f.types[0] == gguf.GGUFValueType.STRING:
        return bytes(f.parts[f.data[0]]).decode()
    if f.types and f.types[0] == gguf.GGUFValueType.ARRAY:
        return len(f.data)
    return f.parts[f.data[0]][0]


def test_tiny_model_is_small_qwen2_with_chatml_and_merges(tiny_model: Path) -> None:
    assert tiny_model.stat().st_size < 2_000_000
    reader = gguf.GGUFReader(tiny_model)
    assert _field(reader, "general.architecture") == "qwen2"
    assert _field(reader, "tokenizer.ggml.model") == "gpt2"
    assert _field(reader, "tokenizer.ggml.pre") == "qwen2"
    assert int(_field(reader, "tokenizer.ggml.merges")) > 0  # type: ignore[call-overload]
    assert "<|im_start|>" in str(_field(reader, "tokenizer.chat_template"))
    types = {t.tensor_type for t in reader.tensors if len(t.shape) > 1 or t.shape[0] > 1}
    assert gguf.GGMLQuantizationType.Q8_0 in types  # quantized by llama.cpp
    assert "output.weight" not in {t.name for t in reader.tensors}  # tied embeddings


def test_vocab_is_deterministic_with_unique_tokens() -> None:
    tokens, types, merges, ids = build_vocab(512)
    assert len(tokens) == 512 and len(set(tokens)) == 512
    assert build_vocab(512) == (tokens, types, merges, ids)
    for special in SPECIALS:
        assert types[ids[special]] == 3
    assert merges and all(len(m.split(" ")) == 2 for m in merges)


def test_benchmark_shape_has_qwen25_05b_dimensions() -> None:
    s = shapes()["qwen2.5-0.5b"]
    assert (s.n_vocab, s.n_embd, s.n_layer, s.n_head, s.n_head_kv, s.n_ff) == (
        151936,
        896,
        24,
        14,
        2,
        4864,
    )


def test_q4_k_m_quantization(tmp_path: Path, tiny_model: Path) -> None:
    path = synthesize("tiny", tmp_path / "q4.gguf", quant="q4_k_m")
    kinds = {t.tensor_type for t in gguf.GGUFReader(path).tensors}
    assert gguf.GGMLQuantizationType.Q4_K in kinds
    assert path.stat().st_size < tiny_model.stat().st_size  # smaller than Q8_0


def test_an_unwritable_output_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from chatbot.errors import ChatbotError
    from chatbot.models import local

    a_file = tmp_path / "file"
    a_file.write_text("x")
    with pytest.raises(ChatbotError, match="cannot write"):
        synthesize("tiny", a_file / "sub" / "m.gguf")
    monkeypatch.setenv("CHATBOT_CACHE", str(a_file))
    with pytest.raises(ChatbotError, match="CHATBOT_CACHE"):
        local.synthetic()


@pytest.mark.parametrize("damage", ["truncate", "empty"])
def test_a_damaged_cached_demo_model_is_built_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: str
) -> None:
    # It was reused as it was: llama.cpp then said "download it again", of a file
    # nobody downloads.
    from chatbot.models import local

    monkeypatch.setenv("CHATBOT_CACHE", str(tmp_path))
    path = local.synthetic()
    size = path.stat().st_size
    with path.open("r+b") as fh:
        fh.truncate(size // 2 if damage == "truncate" else 0)
    again = local.synthetic()
    assert again == path and again.stat().st_size == size
    assert make_engine(again).info.n_params > 0
