"""``chatbot models list|pull|synthesize``."""

from __future__ import annotations

from pathlib import Path

import click

from chatbot.cli import cli
from chatbot.models import hub, presets
from chatbot.models.synthesize import shapes, synthesize


@cli.group()
def models() -> None:
    """Model presets, downloads and synthetic test models."""


@models.command("list")
def list_() -> None:
    """Presets, and whether each is already in the local Hub cache."""
    table = presets.load()
    for name, p in table.presets.items():
        found = hub.cached(hub.HubModel(p.repo, p.pattern, name))
        mark = "cached" if found else "not downloaded"
        default = " (default)" if name == table.default else ""
        click.echo(f"{name:<8} {p.description}{default}")
        click.echo(f"         {p.repo}  {p.pattern}  context {p.n_ctx}  [{mark}]")


@models.command()
@click.argument("name")
def pull(name: str) -> None:
    """Download a preset or repo_id:pattern into the Hugging Face cache."""
    path = hub.resolve(name, pulling=True)
    click.echo(str(path))


@models.command("synthesize")
@click.option("--shape", type=click.Choice(sorted(shapes())), default="tiny", show_default=True)
@click.option(
    "--quant", type=click.Choice(["q8_0", "q4_k_m", "f16"]), default="q8_0", show_default=True
)
@click.option(
    "--template",
    type=click.Choice(["qwen2.5", "qwen3"]),
    default="qwen2.5",
    show_default=True,
    help="Chat template to embed; qwen3 has the hybrid-thinking switch.",
)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), required=True)
def synthesize_(shape: str, quant: str, template: str, output: Path) -> None:
    """Write a random-weight Qwen2-architecture GGUF for tests and benchmarks."""
    path = synthesize(shape, output, quant=quant, template=template)  # type: ignore[arg-type]
    click.echo(f"{path} ({path.stat().st_size / 1e6:.1f} MB): random weights, replies are noise")
