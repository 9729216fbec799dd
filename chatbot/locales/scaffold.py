"""A new locale file, copied from an installed one (``chatbot locales new``).

The copy keeps the source's structure and comments, which explain every
field, and is made to load: its code, rule ids and detection data are this
locale's, the rest still the source language's. ``chatbot locales validate``
then names what is left to translate (a level written in another language,
examples read as another level), so the file says what to do next.
"""

from __future__ import annotations

import re

HEADER = """\
# A new locale, {code}, copied from {source}.yaml by `chatbot locales new`.
# It loads, but still speaks {english}: `chatbot locales validate` names what is
# left until it is all {code}.
#   1. native, english: the language's own name and its English name.
#   2. detect: letters only this language writes among the installed locales
#      (may stay empty), and its common words.
#   3. levels: ids may stay or change (then fix default_level and the rules);
#      for each level its names, description, the instruction (written in the
#      level it asks for), address forms, greeting and examples, all in {code}.
#   4. markers: the rules still read {english} words (their ids now start with
#      {code}.); rewrite each for this language, and morphology.lang (or drop
#      morphology) if its tagger does not read it.
"""


def scaffold(text: str, source: str, english: str, code: str, analyzer: str = "rules") -> str:
    """``text`` (the YAML of locale ``source``) as a first draft of locale ``code``.

    Rule ids are renamed for the data-driven ``rules`` analyzer only: another (ja, ko)
    is one language's, and names its rules after it."""
    out = re.sub(rf"(?m)^code:\s*{re.escape(source)}\s*$", f"code: {code}", text, count=1)
    out = re.sub(r"(?m)^native:.*$", f"native: {code}", out, count=1)
    out = re.sub(r"(?m)^english:.*$", f"english: {code}", out, count=1)
    # Detection data is the source language's own: kept, it would name that one.
    out = re.sub(r"(?m)^(  letters:).*$", r'\1 ""', out, count=1)
    out = re.sub(r"(?m)^(  words:)\s*\[[^\]]*\]", r"\1 []", out, count=1)
    # Rule ids say whose rules they are (and `validate` warns on another locale's).
    if analyzer == "rules":
        out = re.sub(rf"(?m)^(\s*-?\s*id:\s*){re.escape(source)}\.", rf"\g<1>{code}.", out)
    out = out.replace(f"tell {source} apart", f"tell {code} apart")
    return HEADER.format(code=code, source=source, english=english) + out
