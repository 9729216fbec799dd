"""Route llama.cpp's own log lines into Python logging, and remember the last ones.

When llama.cpp refuses a file it says why only in its log ("tensor data is not
within the file bounds"); keeping the recent warnings and errors lets the
error we raise say it too, instead of a bare "failed to load model".
"""

from __future__ import annotations

import ctypes
import logging
import threading
from collections import deque

import llama_cpp

logger = logging.getLogger("chatbot.llama_cpp")
# ggml's enum ggml_log_level (ggml.h): NONE 0, DEBUG 1, INFO 2, WARN 3, ERROR 4,
# CONT 5 (continues the previous line). llama-cpp-python's own table predates it.
_LEVELS = {1: logging.DEBUG, 2: logging.INFO, 3: logging.WARNING, 4: logging.ERROR}
_CONT = 5
_recent: deque[str] = deque(maxlen=20)
_lock = threading.Lock()
_installed = False
_last_level = logging.DEBUG


@llama_cpp.llama_log_callback
def _callback(level: int, text: bytes, user_data: ctypes.c_void_p) -> None:
    global _last_level
    py_level = _last_level if level == _CONT else _LEVELS.get(level, logging.DEBUG)
    _last_level = py_level
    line = text.decode("utf-8", errors="replace").rstrip()
    if not line:
        return
    if py_level >= logging.WARNING:
        with _lock:
            _recent.append(line)
    logger.log(py_level, "%s", line)


def install() -> None:
    """Replace llama-cpp-python's stderr printer with ours (idempotent)."""
    global _installed
    if not _installed:
        llama_cpp.llama_log_set(_callback, ctypes.c_void_p(0))
        _installed = True


def recent_problems(clear: bool = True) -> list[str]:
    with _lock:
        lines = list(_recent)
        if clear:
            _recent.clear()
    return lines
