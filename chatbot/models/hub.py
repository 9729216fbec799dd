"""Find a GGUF: a local path, a preset, or ``repo_id:pattern`` on the Hugging Face Hub.

Hub downloads go to the standard Hugging Face cache (``HF_HOME``/``HF_HUB_CACHE``),
show a progress bar and resume when interrupted. A model already in the cache
is used without touching the network, so a pulled model works offline.
"""

from __future__ import annotations

import fnmatch
import os
import re
import socket
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from chatbot.errors import ModelUnavailableError
from chatbot.models import presets

_REPO = re.compile(r"^[\w.-]+/[\w.-]+$")
_SPLIT = re.compile(r"-(\d{5})-of-(\d{5})\.gguf$", re.IGNORECASE)


@dataclass(frozen=True)
class HubModel:
    repo: str
    pattern: str
    label: str  # how the user named it: a preset name or repo:pattern


def parse(spec: str | None) -> Path | HubModel:
    """What ``--model`` names: a file path, a preset, or ``repo_id:pattern``."""
    table = presets.load()
    name = spec or table.default
    if name in table.presets:
        p = table.presets[name]
        return HubModel(repo=p.repo, pattern=p.pattern, label=name)
    repo, sep, pattern = name.partition(":")
    if sep and _REPO.match(repo) and not Path(name).exists():
        return HubModel(repo=repo, pattern=pattern or "*.gguf", label=name)
    if name.lower().endswith(".gguf") or os.sep in name or Path(name).exists():
        return Path(name).expanduser()
    raise ModelUnavailableError(
        f"model {name!r} is not a file, a preset ({', '.join(table.presets)}) "
        "or a Hub reference like Qwen/Qwen2.5-1.5B-Instruct-GGUF:*q4_k_m.gguf"
    )


def _cache_dir() -> str | None:
    return os.environ.get("HF_HUB_CACHE") or None


def _offline() -> bool:
    return os.environ.get("HF_HUB_OFFLINE", "").lower() in {"1", "true", "yes", "on"}


def _pick(files: list[str], pattern: str) -> list[str]:
    """The files to fetch for ``pattern``: one file, or every part of a split model."""
    matches = sorted(f for f in files if fnmatch.fnmatch(f.lower(), pattern.lower()))
    if not matches:
        return []
    first = matches[0]
    split = _SPLIT.search(first)
    if split is None:
        return [first]
    stem = first[: split.start()]
    return [f for f in matches if f.startswith(stem) and _SPLIT.search(f)]


def cached(model: HubModel) -> Path | None:
    """The model's first file if the Hub cache already holds all of it."""
    from huggingface_hub import snapshot_download
    from huggingface_hub.errors import LocalEntryNotFoundError

    try:
        folder = Path(
            str(snapshot_download(model.repo, cache_dir=_cache_dir(), local_files_only=True))
        )
    except (LocalEntryNotFoundError, OSError, ValueError):
        return None
    files = [str(p.relative_to(folder)) for p in folder.rglob("*.gguf")]
    wanted = _pick(files, model.pattern)
    if wanted and all((folder / f).exists() for f in wanted):
        return folder / wanted[0]
    return None


def _unavailable(model: HubModel, why: str) -> ModelUnavailableError:
    return ModelUnavailableError(
        f"model {model.label} ({model.repo}, {model.pattern}) is not in the local cache and {why}. "
        f"Fix: point at a local GGUF with --model PATH, or run `chatbot models pull {model.label}` "
        "when online."
    )


def _reachable(timeout_s: float = 3.0) -> bool:
    """A quick TCP check, so an offline machine fails in seconds, not after retries."""
    from huggingface_hub import constants

    if any(os.environ.get(v) for v in ("HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy")):
        return True  # only the proxy can tell; let the download try
    url = urlparse(constants.ENDPOINT)
    port = url.port or (443 if url.scheme == "https" else 80)
    try:
        socket.create_connection((url.hostname or "", port), timeout=timeout_s).close()
    except OSError:
        return False
    return True


def download(model: HubModel) -> Path:
    """Fetch the model into the Hub cache (progress bar, resumable); return its first file."""
    from huggingface_hub import HfApi, hf_hub_download
    from huggingface_hub.errors import RepositoryNotFoundError

    if _offline():
        raise _unavailable(model, "HF_HUB_OFFLINE is set")
    if not _reachable():
        raise _unavailable(model, "the Hub cannot be reached (no network?)")
    try:
        files = HfApi().list_repo_files(model.repo)
        wanted = _pick(files, model.pattern)
        if not wanted:
            raise ModelUnavailableError(
                f"{model.repo} has no file matching {model.pattern!r}; "
                f"its GGUF files: {', '.join(f for f in files if f.endswith('.gguf')) or 'none'}"
            )
        paths = [hf_hub_download(model.repo, f, cache_dir=_cache_dir()) for f in wanted]
    except RepositoryNotFoundError as exc:
        raise ModelUnavailableError(f"no such repository on the Hub: {model.repo}") from exc
    except ModelUnavailableError:
        raise
    except Exception as exc:  # the HTTP stack's errors have no common base we can name
        raise _unavailable(model, f"the download failed ({type(exc).__name__}: {exc})") from exc
    return Path(str(paths[0]))


def resolve(spec: str | None, *, allow_download: bool = True) -> Path:
    """A local GGUF path for ``spec``, downloading it if needed and allowed."""
    target = parse(spec)
    if isinstance(target, Path):
        if not target.exists():
            if _REPO.match(str(spec)):
                raise ModelUnavailableError(
                    f"model file not found: {target}. For a model on the Hugging Face Hub, "
                    f"add the file pattern: {spec}:*q4_k_m.gguf (repo_id:pattern)."
                )
            raise ModelUnavailableError(
                f"model file not found: {target}. Check the path, or use a preset "
                "(`chatbot models list`)."
            )
        return target
    found = cached(target)
    if found is not None:
        return found
    if not allow_download:
        raise _unavailable(target, "downloading was not allowed")
    return download(target)
