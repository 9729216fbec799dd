"""A new locale file, copied from an installed one (``chatbot locales new``).

The copy keeps the source's structure and comments, which explain every
field, and is made to load: its code and rule ids are this locale's, and its
detection data starts empty (the source's letters and words would name the
source language). The rest is still the source language's, which
``chatbot locales validate`` points out where langdetect knows the language
(a level written in another language, an example read as another level).
"""

from __future__ import annotations

import re

HEADER = """\
# A new locale, {code}, copied from {source}.yaml by `chatbot locales new`.
# It loads, but still speaks {english}; `chatbot locales validate` names what
# it can of what is left (it tells languages apart by langdetect's profiles,
# which some codes lack).
#   1. native, english: the language's own name and its English name.
#   2. detect: letters only this language writes among the installed locales
#      (may stay empty), and its common words.
#   3. levels: ids may stay or change (then fix default_level and the rules);
#      for each level its names, description, the instruction (written in the
#      level it asks for), address forms, greeting and examples, all in {code}.
#   4. {markers}
#   5. Optional fields copied from {source} (name_order, sentence_final,
#      single_quotes): keep only those that fit this language.
#   6. requests (optional): how a user asks for a level in {code} ("you can
#      call me tu"), as in de.yaml; the planner then holds that level.
"""
RULES = """markers: the rules still read {english} words (their ids now start with
#      {code}.); rewrite each for this language, and morphology.lang (or drop
#      morphology) if its tagger does not read it."""
OTHER = """markers: the {analyzer} analyzer reads {english} only; for another
#      language, write `analyzer: rules` and markers as in de.yaml."""
DETECT = """\
detect:
  # Letters only this language writes among the installed locales (may stay empty).
  letters: ""
  # Its common words: a reply with some is in this language (see check/language.py).
  words: []
  # Words of a request about a pasted text (translate, summarize): they set the
  # text apart as someone else's words (see chatbot/detect/material.py).
  pasted: []
"""


def scaffold(text: str, source: str, english: str, code: str, analyzer: str = "rules") -> str:
    """``text`` (the YAML of locale ``source``) as a first draft of locale ``code``.

    Rule ids are renamed for the data-driven ``rules`` analyzer only: another (ja, ko)
    is one language's, and names its rules after it."""
    out = re.sub(r"(?m)^code:.*$", f"code: {code}", text, count=1)
    out = re.sub(r"(?m)^native:.*$", f"native: {code}", out, count=1)
    out = re.sub(r"(?m)^english:.*$", f"english: {code}", out, count=1)
    out = _fresh_detect(out)
    # A variety (Brazilian Portuguese) is the source language's: its texts and cues
    # would say a new language's text is Portuguese.
    out = _without_block(_without_block(out, "varieties", ""), "varieties", "  ")
    # So are the words with which a user asks for a level (Sie können mich duzen).
    out = _without_block(out, "requests", "")
    if analyzer == "rules":
        # Every id, and every mention of one (a variety's mutes, a why that
        # names another rule), so that what refers to a rule still finds it.
        ids = re.findall(rf"(?m)^\s*-?\s*id:\s*{re.escape(source)}\.([A-Za-z0-9_.]+)", out)
        if ids:
            names = "|".join(re.escape(i) for i in sorted(set(ids), key=len, reverse=True))
            out = re.sub(
                rf"(?<![\w.]){re.escape(source)}\.({names})(?!\w|\.\w)", rf"{code}.\1", out
            )
    markers = (RULES if analyzer == "rules" else OTHER).format(
        english=english, code=code, analyzer=analyzer
    )
    header = HEADER.format(code=code, source=source, english=english, markers=markers)
    return header + out


def _fresh_detect(text: str) -> str:
    """``text`` with its top-level ``detect:`` block (however its lists and scalars are
    written) replaced by an empty one: the source's letters, words, foreign letters and
    close languages are the source language's."""
    lines = text.splitlines(keepends=True)
    found = _block(lines, "detect", "")
    if found is None:
        return text  # no detection data to drop
    start, end = found
    while start > 0 and lines[start - 1].startswith("#"):
        start -= 1  # its comment speaks of the source ("Letters that tell de apart")
    return "".join([*lines[:start], DETECT, *lines[end:]])


def _without_block(text: str, key: str, indent: str) -> str:
    """``text`` without the block ``<indent><key>:`` (its lines, the deeper ones below
    it, and the comment lines just above it)."""
    lines = text.splitlines(keepends=True)
    found = _block(lines, key, indent)
    if found is None:
        return text
    start, end = found
    while start > 0 and lines[start - 1].startswith(f"{indent}#"):
        start -= 1
    return "".join([*lines[:start], *lines[end:]])


def _block(lines: list[str], key: str, indent: str) -> tuple[int, int] | None:
    """Where the block ``<indent><key>:`` lies in ``lines`` (its first line, and the
    first after it and its deeper lines, blank lines before the next key left out)."""
    head = re.compile(rf"{indent}{re.escape(key)}:\s*(#.*)?$")
    start = next((k for k, line in enumerate(lines) if head.match(line)), None)
    if start is None:
        return None
    end, deeper = start + 1, len(indent) + 1
    while end < len(lines) and (
        not lines[end].strip() or len(lines[end]) - len(lines[end].lstrip()) >= deeper
    ):
        end += 1
    while end > start + 1 and not lines[end - 1].strip():
        end -= 1  # keep the blank lines before the next key
    return start, end
