"""YAML errors as a user reads them: a line and one sentence."""

from __future__ import annotations

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
