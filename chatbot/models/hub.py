"""Find a GGUF: a local path, a preset, or ``repo_id:pattern`` on the Hugging Face Hub.

Hub downloads go to the standard Hugging Face cache (``HF_HOME``/``HF_HUB_CACHE``)
and show a progress bar. A model already whole in the cache is used without
touching the network, so a pulled model works offline. What the Hub says it
lacks, or a cache that cannot take the model, is ``ModelNotFoundError``; only a
Hub that cannot be had now is ``ModelUnavailableError`` (which may fall back to
the demo model).
"""

from __future__ import annotations

import errno
import fnmatch
import os
import re
import socket
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from chatbot.errors import ModelNotFoundError, ModelUnavailableError
from chatbot.models import gguf_file, presets

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


def _model_of(file: str) -> str:
    """The model a file is (part of): a split file's name without its -0000N-of-0000M."""
    split = _SPLIT.search(file)
    return file[: split.start()] if split else file


def _pick(files: list[str], pattern: str) -> list[str]:
    """The files to fetch for ``pattern``: one file, or every part of a split model (its
    first part named alone fetches them all). More than one model matching is an error
    that lists them: the first in the alphabet is seldom the one meant (q4_0, fp16)."""
    matches = sorted(f for f in files if fnmatch.fnmatch(f.lower(), pattern.lower()))
    if not matches:
        return []
    models = sorted({_model_of(f) for f in matches})
    if len(models) > 1:
        raise ModelNotFoundError(
            f"{pattern!r} matches {len(models)} models: {', '.join(models[:8])}"
            f"{' …' if len(models) > 8 else ''}. Name one, e.g. *q4_k_m.gguf"
        )
    first = matches[0]
    split = _SPLIT.search(first)
    if split is None:
        return [first]
    stem = first[: split.start()]
    return sorted(f for f in files if _model_of(f) == stem and _SPLIT.search(f))


def _complete(wanted: list[str]) -> bool:
    """Whether ``wanted`` holds every part its split names say there are (a split model
    half downloaded, or a listing that lacks parts, is not a model)."""
    split = _SPLIT.search(wanted[0]) if wanted else None
    return split is None or len(wanted) == int(split.group(2))


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
    try:
        wanted = _pick(files, model.pattern)
    except ModelNotFoundError:
        return None  # more than one cached: the Hub's listing says which to take
    if wanted and _complete(wanted) and all(gguf_file.intact(folder / f) for f in wanted):
        return folder / wanted[0]
    return None  # not there, a split model only partly downloaded, or a damaged file


def _unavailable(model: HubModel, why: str, *, pulling: bool = False) -> ModelUnavailableError:
    fix = (
        "Fix: run it again once the Hub can be reached (or set HF_ENDPOINT to a mirror)"
        if pulling
        else f"Fix: point at a local GGUF with --model PATH, run `chatbot models pull "
        f"{model.label}` when online, or try the pipeline offline with --demo"
    )
    return ModelUnavailableError(
        f"model {model.label} ({model.repo}, {model.pattern}) is not in the local cache and "
        f"{why}. {fix}."
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


def download(model: HubModel, *, pulling: bool = False) -> Path:
    """Fetch the model into the Hub cache (progress bar, resumable); return its first file.
    ``pulling``: asked for by ``models pull``, whose errors need not suggest it."""
    from huggingface_hub import HfApi, hf_hub_download
    from huggingface_hub.errors import GatedRepoError, RepositoryNotFoundError

    if _offline():
        raise _unavailable(model, "HF_HUB_OFFLINE is set (unset it to download)", pulling=pulling)
    if not _reachable():
        raise _unavailable(model, "the Hub cannot be reached (no network?)", pulling=pulling)
    try:
        files = _listing(HfApi(), model.repo)
        wanted = _pick(files, model.pattern)
        if not wanted:
            raise ModelNotFoundError(
                f"{model.repo} has no file matching {model.pattern!r}; "
                f"its GGUF files: {', '.join(f for f in files if f.endswith('.gguf')) or 'none'}"
            )
        if not _complete(wanted):
            raise ModelNotFoundError(
                f"{model.repo}: the split model {_model_of(wanted[0])} lists fewer parts than "
                "its names say; the repository is incomplete"
            )
        paths = [
            hf_hub_download(
                model.repo, f, cache_dir=_cache_dir(), force_download=_damaged(model, f)
            )
            for f in wanted
        ]
    except GatedRepoError as exc:
        raise ModelNotFoundError(
            f"{model.repo} is gated: accept its licence on huggingface.co, then set HF_TOKEN "
            "(or run `hf auth login`) and try again"
        ) from exc
    except RepositoryNotFoundError as exc:
        raise ModelNotFoundError(
            f"no such repository on the Hub: {model.repo} (check the name; a private one "
            "needs HF_TOKEN)"
        ) from exc
    except OSError as exc:  # the cache's disk, not the network
        if exc.errno in (errno.ENOSPC, errno.EACCES, errno.EROFS, errno.ENOTDIR, errno.EDQUOT):
            where = _cache_dir() or "the Hugging Face cache (HF_HOME)"
            raise ModelNotFoundError(
                f"cannot write {model.label} to {where}: {exc.strerror}. Free some space or "
                "point HF_HUB_CACHE at a writable folder with room for the model"
            ) from exc
        raise _unavailable(
            model, f"the download failed ({type(exc).__name__}: {exc})", pulling=pulling
        ) from exc
    except (ModelUnavailableError, ModelNotFoundError):
        raise
    except Exception as exc:  # the HTTP stack's errors have no common base we can name
        raise _unavailable(
            model, f"the download failed ({type(exc).__name__}: {exc})", pulling=pulling
        ) from exc
    return Path(str(paths[0]))


def _damaged(model: HubModel, filename: str) -> bool:
    """Whether the cache holds ``filename`` but not whole (fetched again, then)."""
    from huggingface_hub import try_to_load_from_cache

    found = try_to_load_from_cache(model.repo, filename, cache_dir=_cache_dir())
    return isinstance(found, str) and not gguf_file.intact(Path(found))


LISTING_TIMEOUT_S = 30.0


def _listing(api: object, repo: str) -> list[str]:
    """The repository's files, or ModelUnavailableError when the Hub takes the connection
    but does not answer (a proxy or firewall that holds it open): no waiting forever.
    A daemon thread asks, so one that never returns holds up neither this call nor the
    process's exit."""
    import queue
    import threading

    answer: queue.Queue[tuple[bool, object]] = queue.Queue()

    def ask() -> None:
        try:
            answer.put((True, list(api.list_repo_files(repo))))  # type: ignore[attr-defined]
        except BaseException as exc:  # handed to the caller's thread
            answer.put((False, exc))

    threading.Thread(target=ask, name="hub-listing", daemon=True).start()
    try:
        ok, value = answer.get(timeout=LISTING_TIMEOUT_S)
    except queue.Empty:
        raise ModelUnavailableError(
            f"the Hub did not answer within {LISTING_TIMEOUT_S:.0f} s (a proxy or firewall?); "
            "point at a local GGUF with --model PATH"
        ) from None
    if not ok:
        raise value  # type: ignore[misc]
    return value  # type: ignore[return-value]


def resolve(spec: str | None, *, allow_download: bool = True, pulling: bool = False) -> Path:
    """A local GGUF path for ``spec``, downloading it if needed and allowed
    (``pulling``: for ``models pull``, see :func:`download`)."""
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
    return download(target, pulling=pulling)
