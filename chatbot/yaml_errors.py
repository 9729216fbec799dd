"""YAML errors as a user reads them: a line and one sentence."""

from __future__ import annotations

import re
from collections.abc import Sequence

import yaml

_KEY_LINE = re.compile(r"\s*(?:- )?[^\s#'\"-][^:]*:(?:\s|$)")  # `  key:` or `- key: value`


# libyaml's loader where PyYAML was built with it: the same YAML, ten times faster
# (the locale files, word lists and all, load in 20 ms instead of 250).
FAST_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def duplicate_keys(node: yaml.Node, source: str, path: tuple[str, ...] = ()) -> list[str]:
    """A key given twice in one mapping: YAML keeps the last silently, we refuse it."""
    problems: list[str] = []
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key, value in node.value:
            name = str(getattr(key, "value", "?"))
            line = key.start_mark.line + 1
            if isinstance(key, yaml.ScalarNode) and name in seen:
                field = ".".join((*path, name))
                problems.append(
                    f"{source}:{line}: {field}: given twice (first at line {seen[name]}); "
                    "keep one of them"
                )
            seen.setdefault(name, line)
            problems += duplicate_keys(value, source, (*path, name))
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            problems += duplicate_keys(item, source, (*path, str(i)))
    return problems


def yaml_problem(exc: yaml.YAMLError) -> tuple[int, str]:
    """A YAML error as (line, one-line message), without PyYAML's "<unicode string>" excerpt."""
    mark = getattr(exc, "problem_mark", None)
    line = mark.line + 1 if mark is not None else 1
    problem = getattr(exc, "problem", None)
    if not problem:
        return line, str(exc).splitlines()[0]
    message = str(problem)
    context, context_mark = getattr(exc, "context", None), getattr(exc, "context_mark", None)
    if context:
        where = f", line {context_mark.line + 1}" if context_mark is not None else ""
        message += f" ({context}{where})"
    if "\\t" in message or "\t" in message:
        message += "; indent with spaces, not tabs"
    quote = _open_quote(mark)
    if not quote and str(problem).startswith("mapping values are not allowed"):
        # PyYAML's words for the two everyday causes: an unquoted ": " in a text,
        # or a key indented deeper than the keys beside it.
        quote = (
            "; a text that holds ': ' must be quoted (\"…\"), and a key must be indented "
            "as far as the keys beside it"
        )
    return line, message + quote


def _open_quote(mark: yaml.Mark | None) -> str:
    """Where a quote left open began, when that is what the error is about.

    A missing closing quote takes the lines below into the quoted text, up to the
    next quote, and PyYAML then stumbles there (``mapping values are not allowed
    here``), lines after the cause: a quoted text over several lines that ends
    just before the error names the line it started on.
    """
    text = getattr(mark, "buffer", None)
    if mark is None or not isinstance(text, str):
        return ""
    quoted: yaml.ScalarToken | None = None
    try:
        for token in yaml.scan(text.rstrip("\0"), Loader=yaml.SafeLoader):
            if token.start_mark.pointer >= mark.pointer:
                break
            if (
                isinstance(token, yaml.ScalarToken)
                and token.style in ('"', "'")
                and token.end_mark.line > token.start_mark.line
            ):
                quoted = token
    except yaml.YAMLError:  # the same error again, after the tokens before it
        pass
    if quoted is None or quoted.end_mark.line < mark.line - 1:
        return ""
    # Only when the quote swallowed a line that reads as a key of its own (`  de: …`):
    # a text quoted over two lines on purpose is no such case.
    swallowed = text[quoted.start_mark.pointer : quoted.end_mark.pointer].splitlines()[1:]
    if not any(_KEY_LINE.match(line) for line in swallowed):
        return ""
    return (
        f"; the quoted text that starts at line {quoted.start_mark.line + 1} runs on to "
        f"line {quoted.end_mark.line + 1}: is its closing quote missing?"
    )


def node_line(text: str | yaml.Node, path: Sequence[int | str]) -> int | None:
    """The line (1-based) where the value at ``path`` (mapping keys, list indices) is
    written in the YAML document ``text`` (or its node tree, from :func:`yaml_tree`):
    that of the deepest part of ``path`` found, the last of duplicate keys as
    ``safe_load`` keeps it; None for an empty path, a path not found at all, or no YAML."""
    node = yaml_tree(text) if isinstance(text, str) else text
    if node is None or not path:
        return None
    found_any = False
    for part in path:
        found: yaml.Node | None = None
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if str(key.value) == str(part):
                    found = value  # the last wins, as in safe_load
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            found = node.value[part] if 0 <= part < len(node.value) else None
        if found is None:
            break
        node, found_any = found, True
    return int(node.start_mark.line) + 1 if found_any else None


def yaml_tree(text: str) -> yaml.Node | None:
    """The node tree of a YAML document, for :func:`node_line`; None if it is not YAML."""
    try:
        return yaml.compose(text, Loader=FAST_LOADER)
    except yaml.YAMLError:
        return None
