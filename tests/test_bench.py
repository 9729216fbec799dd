"""The benchmark's mechanics, on the tiny model (figures come from `make bench`)."""

from __future__ import annotations

from pathlib import Path

from chatbot import benchmark
from chatbot.config import Settings


def test_bench_reports_the_ratios(tiny_model: Path) -> None:
    cfg = benchmark.BenchConfig(
        decode_tokens=24,
        rounds=1,
        stream_tokens=220,
        prefill_tokens=64,
        turns=3,
        turn_tokens=8,
        n_ctx=1024,
    )
    result = benchmark.run(tiny_model, Settings(seed=0, threads=2), cfg)
    for key in (
        "decode_ratio",
        "prefill_tokens_per_s",
        "turn10_ttft_ratio",
        "stream_flatness",
        "raw_stream_flatness",
        "stream_flatness_ratio",
        "users4_throughput_ratio",
        "users4_worst_first_token_ratio",
    ):
        assert isinstance(result[key], float) and result[key] > 0, key
    # One generation at a time: the fourth user waits for the three before it.
    assert result["users4_worst_first_token_ratio"] > 1.5
    assert len(result["decode_ratio_rounds"]) == 1
    assert result["model_bytes"] == tiny_model.stat().st_size
    assert result["threads"] == 2
    assert len(result["ttft_s"]) == 3
    assert result["stream_tokens"] > 200


def test_a_stall_does_not_decide_the_rate() -> None:
    # One 3 s gap among 20 ms ones made a rate of 1.7 tokens/s out of a 50 one.
    times = [i * 0.02 for i in range(100)]
    stalled = times[:50] + [t + 3.0 for t in times[50:]]
    assert abs(benchmark._rate(stalled) - benchmark._rate(times)) < 1e-6
