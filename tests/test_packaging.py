"""Package data ships: personas/, prompts/ and the data files are found as resources."""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_python_package_folder_is_listed_in_pyproject() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    listed = set(config["packages"])
    mapping = config["package-dir"]
    found = set()
    for name, folder in mapping.items():
        for init in (ROOT / folder).rglob("__init__.py"):
            rel = init.parent.relative_to(ROOT / folder)
            found.add(".".join([name, *rel.parts]))
    assert found <= listed, f"add to [tool.setuptools] packages: {sorted(found - listed)}"


def test_data_folders_are_importlib_resources() -> None:
    for package in ("chatbot.personas", "chatbot.prompts", "chatbot.locales", "chatbot.models"):
        assert resources.files(package).is_dir()
    assert resources.files("chatbot.models").joinpath("presets.yaml").is_file()
    assert resources.files("chatbot.models").joinpath("templates/qwen3.jinja").is_file()
