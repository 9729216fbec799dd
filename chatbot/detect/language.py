"""Which language a message is in: ``detect(text) -> Detection``.

Short chat messages defeat statistical detectors, so scripts that belong to one
language decide first: any kana makes a text Japanese (Chinese never writes
kana, and a Japanese sentence with English words in it is still Japanese),
Hangul makes it Korean, Thai script Thai, Devanagari Hindi, Han without kana
Chinese. Everything else goes to langdetect, seeded so results repeat.
"""

from __future__ import annotations

import functools
import threading
import unicodedata
from dataclasses import dataclass

from chatbot.detect.register import clean

# langdetect codes that we name differently.
_ALIASES = {"zh-cn": "zh", "zh-tw": "zh"}


@dataclass(frozen=True)
class Detection:
    locale: str | None  # ISO 639-1, or None when nothing can be read
    confidence: float
    method: str  # "script:<name>", "langdetect", or "none"


def _script(ch: str) -> str | None:
    code = ord(ch)
    if 0x3040 <= code <= 0x30FF or 0x31F0 <= code <= 0x31FF or 0xFF66 <= code <= 0xFF9D:
        return "kana"
    if 0xAC00 <= code <= 0xD7A3 or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F:
        return "hangul"
    if 0x0E00 <= code <= 0x0E7F:
        return "thai"
    if 0x0900 <= code <= 0x097F:
        return "devanagari"
    if 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF:
        return "han"
    if ch.isalpha():
        return "other"
    return None


_SCRIPT_LOCALE = {"kana": "ja", "hangul": "ko", "thai": "th", "devanagari": "hi"}

_lock = threading.Lock()


@functools.cache
def _factory_loaded() -> bool:
    from langdetect import DetectorFactory
    from langdetect.detector_factory import init_factory

    DetectorFactory.seed = 0
    init_factory()
    return True


def _langdetect(text: str) -> tuple[str, float] | None:
    from langdetect import detector_factory
    from langdetect.lang_detect_exception import LangDetectException

    _factory_loaded()
    with _lock:  # the factory is module-global state
        try:
            detector = detector_factory._factory.create()
            detector.append(text)
            best = detector.get_probabilities()[0]
        except (LangDetectException, IndexError):
            return None
    return _ALIASES.get(best.lang, best.lang), float(best.prob)


def detect(text: str) -> Detection:
    text = unicodedata.normalize("NFC", clean(text[:4000]))
    counts: dict[str, int] = {}
    for ch in text:
        script = _script(ch)
        if script:
            counts[script] = counts.get(script, 0) + 1
    letters = sum(counts.values())
    if not letters:
        return Detection(None, 0.0, "none")
    cjk = counts.get("kana", 0) + counts.get("han", 0)
    if counts.get("kana", 0) >= 1 and counts["kana"] >= 0.05 * cjk:
        return Detection("ja", min(1.0, 0.8 + cjk / letters / 5), "script:kana")
    for script in ("hangul", "thai", "devanagari"):
        if counts.get(script, 0) >= 0.3 * letters:
            return Detection(
                _SCRIPT_LOCALE[script],
                min(1.0, 0.8 + counts[script] / letters / 5),
                f"script:{script}",
            )
    if counts.get("han", 0) >= 0.3 * letters:
        return Detection("zh", min(1.0, 0.7 + counts["han"] / letters / 5), "script:han")
    found = _langdetect(text)
    if found is None:
        return Detection(None, 0.0, "none")
    locale, prob = found
    # A few words carry little evidence: temper the detector's certainty.
    words = len(text.split())
    return Detection(locale, prob * min(1.0, 0.5 + words / 10), "langdetect")
