"""YAML errors as a user reads them: a line and one sentence."""

from __future__ import annotations

from collections.abc import Sequence

import yaml


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
    return line, message


def node_line(text: str, path: Sequence[int | str]) -> int | None:
    """The line (1-based) where the value at ``path`` (mapping keys, list indices) is
    written in the YAML document ``text``: that of the deepest part of ``path`` found;
    None if ``text`` is not YAML."""
    try:
        node = yaml.compose(text)
    except yaml.YAMLError:
        return None
    if node is None:
        return None
    for part in path:
        found: yaml.Node | None = None
        if isinstance(node, yaml.MappingNode):
            found = next((v for k, v in node.value if str(k.value) == str(part)), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            found = node.value[part] if 0 <= part < len(node.value) else None
        if found is None:
            break
        node = found
    return int(node.start_mark.line) + 1
