"""``chatbot bench``."""

from __future__ import annotations

import json
from pathlib import Path

import click

from chatbot import benchmark
from chatbot.cli import cli
from chatbot.config import load_settings
from chatbot.models import local


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.option(
    "--model",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="GGUF to measure (default: the synthetic qwen2.5-0.5b Q4_K_M, built if missing).",
)
@click.option("--threads", type=int, help="CPU threads (default: physical cores).")
def bench(as_json: bool, model: Path | None, threads: int | None) -> None:
    """Framework vs raw llama.cpp: decode, prefill, multi-turn TTFT, stream flatness."""
    if model is None:
        click.secho("Preparing the synthetic qwen2.5-0.5b model (first run builds it)...", err=True)
        model = local.synthetic("qwen2.5-0.5b", "q4_k_m")
    settings = load_settings(cli={"threads": threads, "seed": 0})
    result = benchmark.run(model, settings)
    if as_json:
        click.echo(json.dumps(result))
    else:
        for key, value in result.items():
            click.echo(f"{key:<32} {value}")
