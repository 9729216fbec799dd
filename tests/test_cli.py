"""The ``chatbot`` command, run as a user runs it (a subprocess)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def chatbot(*args: str, stdin: str = "", timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "chatbot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=dict(os.environ),
    )


def test_help_lists_the_commands() -> None:
    out = chatbot("--help")
    assert out.returncode == 0
    for command in ("chat", "run", "models", "bench"):
        assert command in out.stdout
    models = chatbot("models", "--help").stdout
    assert "list" in models and "pull" in models and "synthesize" in models


def test_chat_streams_and_handles_reset_and_exit(tiny_model: Path) -> None:
    out = chatbot(
        "chat",
        "--model",
        str(tiny_model),
        "--max-tokens",
        "8",
        "--seed",
        "3",
        stdin="Hello there\n/reset\nSecond message\n/exit\nnever sent\n",
    )
    assert out.returncode == 0, out.stderr
    assert "random weights" in out.stderr  # the demo model is labelled as noise
    assert "[conversation cleared]" in out.stderr
    assert out.stderr.count(" tok/s") == 2  # two replies, then /exit
    assert "Traceback" not in out.stderr


def test_errors_are_one_readable_line(tmp_path: Path) -> None:
    out = chatbot("chat", "--model", str(tmp_path / "missing.gguf"))
    assert out.returncode == 1
    assert out.stderr.startswith("error: model file not found")
    assert "Traceback" not in out.stderr and len(out.stderr.strip().splitlines()) == 1
    bad = chatbot("chat", "--model", str(tmp_path / "x.gguf"), "--n-ctx", "3")
    assert bad.returncode == 1 and "n_ctx" in bad.stderr and "Traceback" not in bad.stderr


def test_run_offers_the_labelled_demo_model_when_offline() -> None:
    out = chatbot("run", "--max-tokens", "5", stdin="hi\n/exit\n")
    assert out.returncode == 0, out.stderr
    assert "not in the local cache" in out.stderr
    assert "synthetic demo model" in out.stderr and "noise" in out.stderr
    assert " tok/s" in out.stderr


def test_models_list_and_synthesize(tmp_path: Path) -> None:
    listed = chatbot("models", "list")
    assert listed.returncode == 0 and "Qwen/Qwen3-4B-GGUF" in listed.stdout
    assert "not downloaded" in listed.stdout
    target = tmp_path / "m.gguf"
    made = chatbot(
        "models", "synthesize", "--shape", "tiny", "--quant", "q4_k_m", "--output", str(target)
    )
    assert made.returncode == 0, made.stderr
    assert target.exists() and target.stat().st_size < 2_000_000
    assert "random weights" in made.stdout
