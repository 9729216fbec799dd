"""Hermetic tests on the real llama.cpp runtime and a synthetic Qwen GGUF.

No test reaches the network: the Hub is forced offline and its cache points
into a temp folder. The tiny model is built once per session, in a temp folder.
"""

from __future__ import annotations

import contextlib
import ctypes
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from llama_cpp import LlamaGrammar

from chatbot.check import RegisterGuard, Verdict
from chatbot.config import Sampling, Settings
from chatbot.generate.chat import ChatSession
from chatbot.generate.engine import Engine
from chatbot.models.synthesize import synthesize
from chatbot.plan import Plan
from chatbot.stream.events import TextDelta


@pytest.fixture(autouse=True)
def _hermetic(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "hf-cache"))
    monkeypatch.setenv("CHATBOT_CONFIG", str(tmp_path / "no-config.toml"))
    monkeypatch.setenv("CHATBOT_CACHE", str(tmp_path / "chatbot-cache"))
    monkeypatch.setenv("CHATBOT_PERSONAS", str(tmp_path / "user-personas"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    for key in (
        *("CHATBOT_MODEL", "CHATBOT_N_CTX", "CHATBOT_THREADS", "CHATBOT_SEED"),
        *("CHATBOT_ENGINE_URL", "CHATBOT_ENGINE_MODEL", "CHATBOT_ENGINE_KEY"),
    ):
        monkeypatch.delenv(key, raising=False)


@pytest.fixture(scope="session")
def models_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("models")


@pytest.fixture(scope="session")
def tiny_model(models_dir: Path) -> Path:
    return synthesize("tiny", models_dir / "tiny-q8_0.gguf", quant="q8_0")


@pytest.fixture(scope="session")
def tiny_qwen3_model(models_dir: Path) -> Path:
    return synthesize("tiny", models_dir / "tiny-qwen3-q8_0.gguf", quant="q8_0", template="qwen3")


@pytest.fixture(scope="session")
def engine(tiny_model: Path) -> Iterator[Engine]:
    yield Engine(tiny_model, Settings(n_ctx=1024, seed=7, threads=2))


def _die_with_parent() -> None:
    """In the child: Linux kills it when pytest dies, even by SIGKILL (no finalizer runs)."""
    if sys.platform == "linux":
        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


@contextlib.contextmanager
def llama_cpp_server(model: Path, log: Path, n_ctx: int = 16384) -> Iterator[str]:
    """llama-cpp-python's OpenAI-compatible server (llama.cpp underneath) on ``model``,
    in its own process, its output in ``log``. Yields its API's URL."""
    port = free_port()
    with log.open("w") as out:
        server = subprocess.Popen(
            [
                *(sys.executable, "-m", "llama_cpp.server", "--model", str(model)),
                *("--model_alias", "synthetic-tiny", "--host", "127.0.0.1", "--port", str(port)),
                *("--n_ctx", str(n_ctx), "--n_threads", "2", "--seed", "7", "--verbose", "false"),
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
            preexec_fn=_die_with_parent,
        )
    url = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{url}/models", timeout=2):
                    break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"the engine never started: {log.read_text()[-2000:]}")
                time.sleep(0.1)
        yield url
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()


@pytest.fixture(scope="session")
def remote_engine_url(tiny_model: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real remote engine: llama-cpp-python's server on the tiny model. Yields its URL."""
    log = tmp_path_factory.mktemp("engine") / "server.log"
    with llama_cpp_server(tiny_model, log) as url:
        yield url


def make_engine(path: Path, **settings: object) -> Engine:
    base: dict[str, object] = {"n_ctx": 1024, "seed": 7, "threads": 2}
    base.update(settings)
    return Engine(path, Settings.model_validate(base))


def install_entry_point(monkeypatch: pytest.MonkeyPatch, group: str, name: str, value: str) -> None:
    """Make ``importlib.metadata`` report this entry point in ``group``, as an installed pack
    would (with those installed by earlier calls in the test, and no others in that group)."""
    from importlib import metadata

    ep = metadata.EntryPoint(name=name, value=value, group=group)
    before = metadata.entry_points
    added: dict[str, list[Any]] = dict(getattr(before, "added", {}))
    added[group] = [*added.get(group, []), ep]

    def fake(**kw: str) -> object:
        if kw.get("group") in added:
            return metadata.EntryPoints(added[str(kw["group"])])
        return before(**kw)

    fake.added = added  # type: ignore[attr-defined]
    monkeypatch.setattr(metadata, "entry_points", fake)


def free_port() -> int:
    """A port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def guarded_reply(
    engine: Engine, plan: Plan, message: str, reply: str, max_tokens: int = 120
) -> tuple[str, Verdict]:
    """The text the register guard lets through and its Verdict, for a reply a grammar
    holds the synthetic model to (the same reply on every attempt)."""
    session = ChatSession(engine, None, sampling=Sampling(max_tokens=max_tokens))
    grammar = LlamaGrammar.from_string(f'root ::= "{reply}"', verbose=False)
    events = list(RegisterGuard(session).send(message, plan, grammar=lambda _a: grammar))
    text = "".join(e.text for e in events if isinstance(e, TextDelta))
    (verdict,) = [e for e in events if isinstance(e, Verdict)]
    return text, verdict
