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
    ):
        assert isinstance(result[key], float) and result[key] > 0, key
    assert result["model_bytes"] == tiny_model.stat().st_size
    assert result["threads"] == 2
    assert len(result["ttft_s"]) == 3
    assert result["stream_tokens"] > 200
