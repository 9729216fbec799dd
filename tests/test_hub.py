"""Finding models: paths, presets, the Hub cache, and the offline error."""

from __future__ import annotations

import errno
import shutil
import time
from pathlib import Path

import pytest

from chatbot.errors import ModelNotFoundError, ModelUnavailableError
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
    # Any other model: the engine's default, or the model's own context where shorter.
    assert with_preset_context(Settings(model="x.gguf")).n_ctx is None
    assert with_preset_context(Settings(model="Qwen/X-GGUF:*q4_k_m.gguf")).n_ctx is None


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
    assert "--demo" in message
    # `models pull` itself is told to try again, not to run `models pull`.
    with pytest.raises(ModelUnavailableError) as err:
        hub.resolve("small", pulling=True)
    assert "run it again once the Hub can be reached" in str(err.value)
    assert "models pull" not in str(err.value)


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


def test_naming_a_split_models_first_part_fetches_every_part() -> None:
    files = [
        "qwen2.5-7b-instruct-q4_k_m-00001-of-00002.gguf",
        "qwen2.5-7b-instruct-q4_k_m-00002-of-00002.gguf",
    ]
    assert hub._pick(files, "qwen2.5-7b-instruct-q4_k_m-00001-of-00002.gguf") == files


def test_a_pattern_matching_several_models_names_them() -> None:
    # The first in the alphabet (q4_0, fp16) was taken silently.
    files = ["m-fp16.gguf", "m-q4_0.gguf", "m-q4_k_m.gguf", "m-q8_0-00001-of-00002.gguf"]
    with pytest.raises(ModelNotFoundError, match=r"matches 2 models: m-q4_0.gguf, m-q4_k_m.gguf"):
        hub._pick(files, "*q4*")
    assert hub._pick(files, "*q4_k_m.gguf") == ["m-q4_k_m.gguf"]


def _snapshot(tmp_path: Path, repo_name: str, files: dict[str, bytes]) -> None:
    repo = Path(str(tmp_path / "hf-cache")) / repo_name
    snapshot = repo / "snapshots" / "0123456789abcdef"
    snapshot.mkdir(parents=True)
    for name, data in files.items():
        (snapshot / name).write_bytes(data)
    (repo / "refs").mkdir()
    (repo / "refs" / "main").write_text("0123456789abcdef")


def test_a_split_model_half_downloaded_is_not_cached(tmp_path: Path) -> None:
    # Its first part alone looked complete: later runs failed on the missing part.
    _snapshot(tmp_path, "models--Qwen--Big-GGUF", {"big-q4_k_m-00001-of-00003.gguf": b"GGUF"})
    assert hub.cached(hub.HubModel("Qwen/Big-GGUF", "*q4_k_m*.gguf", "big")) is None


def _online(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.setattr(hub, "_reachable", lambda timeout_s=3.0: True)


def test_what_the_hub_says_is_missing_is_no_reason_to_serve_the_demo(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A typo in a repo or pattern, or a full disk, fell back to the random-weight demo.
    from chatbot.cli.serve import engine_or_demo
    from chatbot.config import Settings

    _online(monkeypatch)
    monkeypatch.setattr(hub, "_listing", lambda _api, _repo: ["m-q4_k_m.gguf"])
    settings = Settings(model="Qwen/Typo-GGUF:*q4_k_mm.gguf")
    with pytest.raises(ModelNotFoundError, match="no file matching"):
        engine_or_demo(settings, interactive=False)

    def full(*_a: object, **_k: object) -> str:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("huggingface_hub.hf_hub_download", full)
    with pytest.raises(ModelNotFoundError, match=r"No space left on device.*HF_HUB_CACHE"):
        engine_or_demo(Settings(model="Qwen/Some-GGUF:*q4_k_m.gguf"), interactive=False)


def test_a_hub_that_never_answers_is_given_up_on(monkeypatch: pytest.MonkeyPatch) -> None:
    class Silent:
        def list_repo_files(self, _repo: str) -> list[str]:
            time.sleep(5)
            return []

    monkeypatch.setattr(hub, "LISTING_TIMEOUT_S", 0.2)
    started = time.monotonic()
    with pytest.raises(ModelUnavailableError, match="did not answer within"):
        hub._listing(Silent(), "Qwen/Some-GGUF")
    assert time.monotonic() - started < 2


def test_a_damaged_file_in_the_hub_cache_is_fetched_again(tiny_model: Path, tmp_path: Path) -> None:
    # It counted as cached, so `models pull` did nothing while loading said "download
    # it again".
    data = tiny_model.read_bytes()
    _snapshot(tmp_path, "models--Qwen--Qwen3-4B-GGUF", {"Qwen3-4B-Q4_K_M.gguf": data[:-1000]})
    assert hub.cached(hub.HubModel("Qwen/Qwen3-4B-GGUF", "*q4_k_m.gguf", "small")) is None
    with pytest.raises(ModelUnavailableError, match="not in the local cache"):
        hub.resolve("small")  # offline here: it would be downloaded again


def test_the_listings_own_error_reaches_the_caller() -> None:
    class Refusing:
        def list_repo_files(self, _repo: str) -> list[str]:
            raise ConnectionResetError("reset by peer")

    with pytest.raises(ConnectionResetError, match="reset by peer"):
        hub._listing(Refusing(), "Qwen/Some-GGUF")
