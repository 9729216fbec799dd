"""Finding models: paths, presets, the Hub cache, and the offline error."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from chatbot.errors import ModelUnavailableError
from chatbot.models import hub, presets
from tests.conftest import make_engine


def test_presets_are_valid_data_with_a_laptop_default() -> None:
    table = presets.load()
    assert {"small", "medium", "large"} <= set(table.presets)
    assert table.default == "small" and "laptop" in table.presets["small"].description.lower()
    for p in table.presets.values():
        assert p.repo.startswith("Qwen/") and p.pattern.endswith(".gguf")


def test_a_preset_brings_its_context_size_unless_one_is_set() -> None:
    from chatbot.cli.chat import with_preset_context
    from chatbot.config import Settings

    table = presets.load()
    assert with_preset_context(Settings(model="large")).n_ctx == table.presets["large"].n_ctx
    assert with_preset_context(Settings()).n_ctx == table.presets[table.default].n_ctx
    assert with_preset_context(Settings(model="large", n_ctx=2048)).n_ctx == 2048
    assert with_preset_context(Settings(model="x.gguf")).n_ctx == 4096
    assert with_preset_context(Settings(model="Qwen/X-GGUF:*q4_k_m.gguf")).n_ctx == 4096


def test_specs_parse_to_paths_presets_and_hub_references() -> None:
    assert hub.parse("models/x.gguf") == Path("models/x.gguf")
    small = hub.parse(None)
    assert isinstance(small, hub.HubModel) and small.label == "small"
    ref = hub.parse("Qwen/Qwen2.5-1.5B-Instruct-GGUF:*q4_k_m.gguf")
    assert ref == hub.HubModel("Qwen/Qwen2.5-1.5B-Instruct-GGUF", "*q4_k_m.gguf", ref.label)
    with pytest.raises(ModelUnavailableError, match="not a file, a preset"):
        hub.parse("no-such-thing")


def test_offline_without_a_cached_model_says_how_to_fix_it() -> None:
    with pytest.raises(ModelUnavailableError) as err:
        hub.resolve("small")
    message = str(err.value)
    assert "not in the local cache" in message
    assert "--model PATH" in message and "chatbot models pull small" in message


def test_a_model_in_the_hub_cache_is_used_offline(tiny_model: Path, tmp_path: Path) -> None:
    # Lay out the standard Hugging Face cache as a real download leaves it.
    repo = Path(str(tmp_path / "hf-cache")) / "models--Qwen--Qwen3-4B-GGUF"
    snapshot = repo / "snapshots" / "0123456789abcdef"
    snapshot.mkdir(parents=True)
    shutil.copy(tiny_model, snapshot / "Qwen3-4B-Q4_K_M.gguf")
    (snapshot / "Qwen3-4B-Q8_0.gguf").write_bytes(b"not this one")
    (repo / "refs").mkdir()
    (repo / "refs" / "main").write_text("0123456789abcdef")
    found = hub.resolve("small")
    assert found.name == "Qwen3-4B-Q4_K_M.gguf"
    assert make_engine(found).info.n_params > 0


def test_split_models_fetch_every_part() -> None:
    files = [
        "qwen2.5-7b-instruct-q4_k_m-00001-of-00002.gguf",
        "qwen2.5-7b-instruct-q4_k_m-00002-of-00002.gguf",
        "qwen2.5-7b-instruct-q8_0-00001-of-00003.gguf",
    ]
    assert hub._pick(files, "*q4_k_m*.gguf") == files[:2]
    assert hub._pick(files, "*Q4_K_M*.GGUF") == files[:2]
    assert hub._pick(files, "*q2_k.gguf") == []


def test_a_bare_repo_id_is_told_to_add_a_pattern() -> None:
    with pytest.raises(ModelUnavailableError, match=r"Qwen/Some-GGUF:\*"):
        hub.resolve("Qwen/Some-GGUF")
