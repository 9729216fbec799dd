"""Settings: defaults < config file < environment < command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from chatbot.config import load_settings
from chatbot.errors import ConfigError
from chatbot.generate import hardware


def test_layers_apply_in_order(tmp_path: Path) -> None:
    cfg = tmp_path / "config.toml"
    cfg.write_text(
        'n_ctx = 2048\nseed = 1\nmodel = "from-file.gguf"\n[sampling]\ntemperature = 0.2\n'
    )
    env = {"CHATBOT_SEED": "2", "CHATBOT_TEMPERATURE": "0.3", "CHATBOT_MODEL": "from-env.gguf"}
    s = load_settings(cli={"model": "from-cli.gguf", "n_ctx": None}, env=env, path=cfg)
    assert s.n_ctx == 2048  # file (the CLI left it unset)
    assert s.seed == 2  # env beats file
    assert s.sampling.temperature == 0.3  # env beats file, nested key
    assert s.model == "from-cli.gguf"  # CLI beats env


def test_the_longest_message_is_a_setting(tmp_path: Path) -> None:
    assert load_settings(env={}, path=tmp_path / "x").max_message_chars == 4000
    env = {"CHATBOT_MAX_MESSAGE_CHARS": "12000"}
    assert load_settings(env=env, path=tmp_path / "x").max_message_chars == 12000
    with pytest.raises(ConfigError, match="max_message_chars"):
        load_settings(cli={"max_message_chars": 0}, env={}, path=tmp_path / "x")


def test_defaults_without_any_layer(tmp_path: Path) -> None:
    s = load_settings(env={}, path=tmp_path / "missing.toml")
    # No context size: the preset's own (presets.yaml), else 4096, when the model loads.
    assert s.n_ctx is None and s.threads is None and s.n_gpu_layers is None
    assert not s.thinking and s.sampling.max_tokens == 1024


def test_invalid_values_name_the_field_and_the_sources(tmp_path: Path) -> None:
    cfg = tmp_path / "config.toml"
    cfg.write_text("n_ctx = 12\nbogus = 1\n")
    with pytest.raises(ConfigError) as err:
        load_settings(env={}, path=cfg)
    assert "n_ctx" in str(err.value) and "bogus" in str(err.value)
    assert str(cfg) in str(err.value)


def test_unreadable_config_file_is_reported(tmp_path: Path) -> None:
    cfg = tmp_path / "config.toml"
    cfg.write_text("n_ctx = = 3")
    with pytest.raises(ConfigError, match="cannot read config"):
        load_settings(env={}, path=cfg)


def test_hardware_defaults_are_sane() -> None:
    assert 1 <= hardware.physical_cores() <= 1024
    assert hardware.default_gpu_layers() in (-1, 0)


def test_errors_name_the_flag_variable_or_file_that_set_the_value(tmp_path: Path) -> None:
    cfg = tmp_path / "config.toml"
    cfg.write_text("[sampling]\ntop_p = 3\n")
    with pytest.raises(ConfigError) as err:
        load_settings(cli={"n_ctx": 0}, env={"CHATBOT_SEED": "x"}, path=cfg)
    message = str(err.value)
    assert "--n-ctx" in message and "CHATBOT_SEED" in message and "'x'" in message
    assert "n_ctx = 0 (from --n-ctx)" in message
    assert f"sampling.top_p = 3 (from {cfg})" in message
    assert "\n" not in message


def test_an_empty_environment_variable_counts_as_unset(tmp_path: Path) -> None:
    s = load_settings(env={"CHATBOT_N_GPU_LAYERS": "", "CHATBOT_SEED": " "}, path=tmp_path / "x")
    assert s.n_gpu_layers is None and s.seed == -1


def test_a_sampling_key_that_is_not_a_table_is_reported(tmp_path: Path) -> None:
    cfg = tmp_path / "config.toml"
    cfg.write_text("sampling = 3\n")
    with pytest.raises(ConfigError, match=r"sampling = 3 \(from .*config.toml\)"):
        load_settings(env={}, path=cfg)


def test_without_a_home_the_shipped_locales_load_and_the_rest_says_what_to_set(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from pathlib import Path

    from chatbot import locales
    from chatbot.config import config_path
    from chatbot.errors import ConfigError
    from chatbot.persona.registry import user_folder

    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    for name in ("XDG_CONFIG_HOME", "CHATBOT_CONFIG", "CHATBOT_PERSONAS", "CHATBOT_LOCALES"):
        monkeypatch.delenv(name, raising=False)

    def no_expansion(self: Path) -> Path:
        if str(self).startswith("~"):
            raise RuntimeError("Could not determine home directory.")
        return self

    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    monkeypatch.setattr(Path, "expanduser", no_expansion)
    locales._load.cache_clear()
    try:
        assert locales.user_folder() is None and "ja" in locales.available()
        with pytest.raises(ConfigError, match="set HOME, XDG_CONFIG_HOME or CHATBOT_CONFIG"):
            config_path()
        with pytest.raises(ConfigError, match="or CHATBOT_PERSONAS"):
            user_folder()
        from chatbot.config import load_settings

        assert load_settings().seed == -1  # no user config file: the defaults still apply
        monkeypatch.setenv("CHATBOT_LOCALES", "~/locales")  # asked for, cannot be found
        locales._load.cache_clear()
        assert any("there is no home directory for ~" in p for p in locales.problems())
        monkeypatch.setenv("CHATBOT_PERSONAS", "/srv/personas")
        assert user_folder() == Path("/srv/personas")
    finally:
        monkeypatch.undo()
        locales._load.cache_clear()
