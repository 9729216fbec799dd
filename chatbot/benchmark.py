"""``chatbot bench``: the framework's overhead over raw llama.cpp, as ratios.

Machines here are small and shared, so absolute timings are noise; every
figure is a ratio of two things measured in the same run on the same model and
threads. Raw and framework decode runs alternate so drift hits both alike.
"""

from __future__ import annotations

import itertools
import statistics
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chatbot.config import Sampling, Settings
from chatbot.generate.chat import ChatSession
from chatbot.generate.engine import Engine
from chatbot.stream.events import Done

SYSTEM = "You are a helpful assistant. Answer briefly and politely."
# Equal-size user messages for the multi-turn measurement (same token count).
FILLER = "Please tell me about the weather and the trains in the city today, thank you."


@dataclass(frozen=True)
class BenchConfig:
    decode_tokens: int = 256
    rounds: int = 3
    stream_tokens: int = 1000
    prefill_tokens: int = 512
    turns: int = 10
    turn_tokens: int = 32
    n_ctx: int = 4096


def _sampling(max_tokens: int) -> Sampling:
    return Sampling(max_tokens=max_tokens)


def _rate(times: list[float]) -> float:
    """Tokens/s after the first token, from the median time between tokens: one stall
    of the shared machine (seconds, once) would decide a rate from the total time."""
    gaps = [b - a for a, b in itertools.pairwise(times)]
    if not gaps:
        raise ValueError("fewer than two tokens came back: nothing to time")
    return 1.0 / statistics.median(gaps)


def _flatness(times: list[float]) -> float:
    """Median time per token over the last 100 tokens ÷ over the first 100.

    Medians: one scheduler hiccup on a shared 2-core machine should not decide it.
    """
    per_token = [b - a for a, b in itertools.pairwise(times)]
    return statistics.median(per_token[-100:]) / statistics.median(per_token[:100])


def _raw_decode(engine: Engine, prompt: list[int], n: int, s: Sampling) -> list[float]:
    """Each token's time from bare ``Llama.generate``, no detokenizing."""
    times: list[float] = []
    stream = engine.llama.generate(
        prompt,
        top_k=s.top_k,
        top_p=s.top_p,
        min_p=s.min_p,
        temp=s.temperature,
        repeat_penalty=s.repeat_penalty,
    )
    for _ in stream:
        times.append(time.perf_counter())
        if len(times) >= n:
            break
    stream.close()
    return times


def _framework_decode(engine: Engine, n: int) -> list[float]:
    """Each token's time as a reader of the chat stream sees it."""
    session = ChatSession(engine, SYSTEM, sampling=_sampling(n))
    times: list[float] = []
    for _ in session.send(FILLER, on_token=lambda _t: times.append(time.perf_counter())):
        pass
    return times


def _prefill(engine: Engine, n: int) -> float:
    text = " ".join(f"{FILLER} ({i})" for i in range(200))
    tokens = engine.tokenize(text)[:n]
    engine.llama.reset()
    start = time.perf_counter()
    engine.llama.eval(tokens)
    return len(tokens) / (time.perf_counter() - start)


def _ttft_ratio(engine: Engine, cfg: BenchConfig) -> tuple[float, list[float]]:
    session = ChatSession(engine, SYSTEM, sampling=_sampling(cfg.turn_tokens))
    ttfts = []
    for i in range(cfg.turns):
        done = next(e for e in session.send(f"Turn {i:02d}. {FILLER}") if isinstance(e, Done))
        ttfts.append(done.seconds_to_first_token)
    return ttfts[-1] / ttfts[0], ttfts


def _users(engine: Engine, users: int, n: int) -> tuple[float, float]:
    """``users`` asking at once, through the engine's line as the server's users do:
    tokens/s over all of them, and the longest any waited for its first token."""
    tokens = [0] * users
    firsts = [0.0] * users
    failed: list[BaseException] = []
    start = time.perf_counter()

    def ask(k: int) -> None:
        session = ChatSession(engine, SYSTEM, sampling=_sampling(n))
        seen: list[float] = []

        def first(_token: int) -> None:
            if not seen:
                seen.append(time.perf_counter() - start)

        try:
            for event in session.send(f"User {k}. {FILLER}", on_token=first):
                if isinstance(event, Done):
                    tokens[k] = event.completion_tokens
        except Exception as exc:  # raised in the caller's thread, not lost in this one
            failed.append(exc)
        firsts[k] = seen[0] if seen else float("inf")

    threads = [threading.Thread(target=ask, args=(k,)) for k in range(users)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if failed:
        raise failed[0]
    wall = time.perf_counter() - start
    return sum(tokens) / wall, max(firsts)


def run(model: Path, settings: Settings, cfg: BenchConfig = BenchConfig()) -> dict[str, Any]:
    engine = Engine(model, settings.model_copy(update={"n_ctx": cfg.n_ctx}))
    prompt = engine.tokenize(engine.template.first_turn(SYSTEM, FILLER, thinking=False))
    # Warm up both paths once (page in the weights, allocate buffers).
    _raw_decode(engine, prompt, 16, _sampling(16))
    _framework_decode(engine, 16)

    raw, framework = [], []
    for _ in range(cfg.rounds):
        raw.append(
            _rate(_raw_decode(engine, prompt, cfg.decode_tokens, _sampling(cfg.decode_tokens)))
        )
        framework.append(_rate(_framework_decode(engine, cfg.decode_tokens)))
    one_rate, one_wait = _users(engine, 1, cfg.turn_tokens * 2)
    four_rate, four_wait = _users(engine, 4, cfg.turn_tokens * 2)
    prefill = statistics.median(_prefill(engine, cfg.prefill_tokens) for _ in range(3))
    turn_ratio, ttfts = _ttft_ratio(engine, cfg)
    times = _framework_decode(engine, cfg.stream_tokens)
    # The same length from bare llama.cpp: attention over a growing context and
    # the machine's noise show up in both, the framework's own cost only in ours.
    raw_times = _raw_decode(engine, prompt, cfg.stream_tokens, _sampling(cfg.stream_tokens))
    return {
        "model": engine.info.name,
        "model_bytes": model.stat().st_size,
        "quantization": engine.info.quantization,
        "threads": engine.info.threads,
        "decode_ratio": round(statistics.median(framework) / statistics.median(raw), 4),
        # Each round's own ratio: rounds that disagree say the machine was busy.
        "decode_ratio_rounds": [round(f / r, 4) for f, r in zip(framework, raw, strict=True)],
        "raw_decode_tokens_per_s": round(statistics.median(raw), 2),
        "framework_decode_tokens_per_s": round(statistics.median(framework), 2),
        "prefill_tokens_per_s": round(prefill, 1),
        "turn10_ttft_ratio": round(turn_ratio, 3),
        "ttft_s": [round(t, 4) for t in ttfts],
        "stream_flatness": round(_flatness(times), 3),
        "raw_stream_flatness": round(_flatness(raw_times), 3),
        # The framework's own share of the slowdown: a CPU slows raw llama.cpp too.
        "stream_flatness_ratio": round(_flatness(times) / _flatness(raw_times), 3),
        "stream_tokens": len(times),
        # Four users at once through the engine's line, as the server serves them:
        # one generation at a time, so the total rate holds and the waits add up.
        "users4_throughput_ratio": round(four_rate / one_rate, 3),
        "users4_worst_first_token_ratio": round(four_wait / one_wait, 3),
        "targets": {
            "decode_ratio": ">= 0.97",
            "turn10_ttft_ratio": "<= 1.5",
            "stream_flatness_ratio": "<= 1.1",
            "users4_throughput_ratio": ">= 0.9",
        },
    }
