"""Defaults that depend on the machine: thread count and GPU offload."""

from __future__ import annotations

import os
from pathlib import Path


def physical_cores() -> int:
    """Physical cores this process may use.

    llama.cpp decodes fastest with one thread per physical core: a second
    hyper-thread on the same core competes for the same vector units.
    """
    allowed = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
    logical = len(allowed) if allowed else (os.cpu_count() or 1)
    cores: set[str] = set()
    for cpu in allowed or range(logical):
        siblings = Path(f"/sys/devices/system/cpu/cpu{cpu}/topology/thread_siblings_list")
        try:
            cores.add(siblings.read_text().strip())
        except OSError:
            return max(1, logical)
    return max(1, min(len(cores), logical))


def gpu_offload_supported() -> bool:
    import llama_cpp

    return bool(llama_cpp.llama_supports_gpu_offload())


def default_gpu_layers() -> int:
    """All layers (-1) when llama.cpp was built with a GPU backend, else none."""
    return -1 if gpu_offload_supported() else 0
