"""Jinja2's sandbox, bounded in time and memory, for templates that persona files bring.

``SandboxedEnvironment`` keeps a template away from Python's internals; it does
not keep it from building a gigabyte string or looping for an hour, and a
persona file (or the persona inside an imported character card) is shared data
that renders when it loads. So here:

- **Time.** A render has ``RENDER_BUDGET_S``. The deadline is checked on every
  call (macros, methods, ``range``), every loop iteration (each ``for`` runs
  through a guard), every intercepted operator and every piece of output. Loops
  nest at most ``MAX_LOOP_DEPTH`` deep and ``range`` stops at ``MAX_RANGE``.
- **Memory.** No step may make a string or sequence longer than ``MAX_SIZE``:
  ``*``, ``+``, ``%``, ``**`` and ``~`` (concatenation) are checked before they
  run; so are the string methods that grow text (``ljust`` and other widths,
  ``replace``, ``join``, ``format``), and every call's result after. Only the
  filters in ``FILTERS`` are offered, ``join`` and ``replace`` checked like the
  methods; the ones that pad, wrap, add up, serialise or randomise
  (``center``, ``indent``, ``wordwrap``, ``format``, ``sum``, ``string``,
  ``tojson``, ``random``) are not: a prompt has no use for them, and
  ``random`` would make it differ between renders. Of Jinja's globals only
  ``range`` (bounded), ``dict`` and ``namespace`` are: ``lipsum`` writes any
  amount of random text. Sizes count through nested
  lists, so ``[[1] * 9999] * 9999`` is as large as it prints.
"""

from __future__ import annotations

import functools
import re
import threading
import time
from collections.abc import Iterable, Iterator
from typing import Any

import jinja2
import jinja2.nodes
import jinja2.runtime
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError

MAX_SIZE = 200_000  # characters of one string, items of one list, and of the output
MAX_INT_BITS = 4096
MAX_LOOP_DEPTH = 2
MAX_RANGE = 10_000
RENDER_BUDGET_S = 2.0
GLOBALS = frozenset({"range", "dict", "namespace"})  # of Jinja's own
FILTERS = frozenset((  # the filters a prompt template may use
    "abs", "attr", "batch", "capitalize", "count", "d", "default", "dictsort", "e", "escape",
    "first", "float", "groupby", "int", "items", "join", "last", "length", "list", "lower",
    "map", "max", "min", "reject", "rejectattr", "replace", "reverse", "round", "select",
    "selectattr", "slice", "sort", "striptags", "title", "trim",
    "truncate", "unique", "upper", "wordcount",
))  # fmt: skip

# A width or precision of six digits or more in a format spec ("%0500000d", "{:>999999}"),
# or one taken from the arguments ("%*d", "%.*f", "%(n)-*.*s").
_HUGE_WIDTH = re.compile(r"\d{6,}")
_STAR_WIDTH = re.compile(r"%(?:\([^)]*\))?[^a-zA-Z%]*\*")
# String methods whose int arguments are widths or counts of what they add.
_WIDTH_METHODS = frozenset({"ljust", "rjust", "center", "zfill", "expandtabs"})
# Filters whose int arguments (after the value) are counts or lengths of what they make;
# any other filter takes numbers as values (a price, a population) and is not limited.
_COUNTED_FILTERS = frozenset({"batch", "slice", "truncate", "round"})
_render = threading.local()


class Budget:
    """The deadline of the render in progress on this thread (renders may nest)."""

    def __enter__(self) -> Budget:
        self.outer = getattr(_render, "deadline", None)
        if self.outer is None:
            _render.written = 0
        _render.deadline = self.outer or time.monotonic() + RENDER_BUDGET_S
        return self

    def __exit__(self, *_: object) -> None:
        _render.deadline = self.outer


def over_budget() -> None:
    deadline = getattr(_render, "deadline", None)
    if deadline is not None and time.monotonic() > deadline:
        raise SecurityError(
            f"rendering took longer than {RENDER_BUDGET_S:g} s; simplify the template's loops"
        )


def _size_check(size: int, what: str) -> None:
    if size > MAX_SIZE:
        raise SecurityError(
            f"{what} would make {size} characters or items; the limit is {MAX_SIZE}"
        )


def _sized(value: Any) -> int:
    """How much text ``value`` stands for: characters of strings, plus one per item, counted
    through nested lists and dicts (``[[1] * 9999] * 9999`` is ~10**8, not 9999); stops
    counting once past MAX_SIZE, so the count itself stays cheap."""
    total, stack = 0, [value]
    while stack and total <= MAX_SIZE:
        item = stack.pop()
        if isinstance(item, str):
            total += len(item)
        elif isinstance(item, list | tuple):
            total += len(item)
            stack.extend(item)
        elif isinstance(item, dict):
            total += len(item)
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, int):
            total += 1 + item.bit_length() // 3  # its decimal digits, roughly
        else:
            total += 1
    return total


def _finalize(value: Any) -> Any:
    """Every ``{{ value }}``, before it becomes text, including those a block captures: all
    of them together, in one render, stay within a few times the output limit."""
    size = _sized(value)
    _size_check(size, "the output")
    _render.written = getattr(_render, "written", 0) + size
    if _render.written > 4 * MAX_SIZE:
        raise SecurityError(
            f"the template's expressions write more than {4 * MAX_SIZE} characters in all"
        )
    return value


def _formatted_size(fmt: str, marks: int, values: Iterable[Any]) -> int:
    """A bound on what ``fmt`` % values or ``fmt``.format(values) makes: the text, each of
    its ``marks`` replaced by the largest value, and every number written in it taken as
    a width; a width nested from the arguments ({0:{1}}) may be the largest int given."""
    values = list(values)
    largest = max((_sized(v) for v in values), default=0)
    widths = sum(int(n) for n in re.findall(r"\d+", fmt))
    if re.search(r"\{[^{}]*\{", fmt):
        ints = [abs(v) for v in values if isinstance(v, int) and not isinstance(v, bool)]
        widths += marks * max(ints, default=0)
    return len(fmt) + marks * largest + widths


def _before_call(name: str, owner: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    """Refuse a call that would build too much, from its arguments alone."""
    if not isinstance(owner, str):
        return
    if name in _WIDTH_METHODS:
        for value in (*args, *kwargs.values()):
            if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_SIZE:
                raise SecurityError(f"{name}(): a width of {value} is too large here")
    if name in ("format", "format_map"):
        if _HUGE_WIDTH.search(owner):
            raise SecurityError("format(): a width of six digits or more is too large here")
        values = [*args, *kwargs.values()]
        if args and isinstance(args[0], dict):
            values += list(args[0].values())
        _size_check(_formatted_size(owner, owner.count("{"), values), "format()")
    if name == "translate" and args and isinstance(args[0], dict):
        longest = max((_sized(v) for v in args[0].values()), default=1)
        _size_check(len(owner) * max(1, longest), "translate()")
    if name == "replace" and len(args) >= 2 and isinstance(args[0], str):
        old, new = args[0], str(args[1])
        hits = owner.count(old) if old else len(owner) + 1
        _size_check(len(owner) + hits * max(0, len(new) - len(old)), "replace()")
    if name == "join" and args and isinstance(args[0], str | list | tuple):
        parts = args[0]
        _size_check(len(owner) * len(parts) + _sized(parts), "join()")
    if name == "expandtabs":
        width = int(args[0]) if args else 8
        _size_check(len(owner) + owner.count("\t") * width, "expandtabs()")


def _loop(items: Iterable[Any]) -> Iterator[Any]:
    """Every ``for`` iterates through this: the deadline holds inside loops too."""
    for i, item in enumerate(items):
        if i % 64 == 0:
            over_budget()
        yield item


def _concat(*parts: Any) -> str:
    """``a ~ b``: checked before the joined string is built."""
    _size_check(sum(_sized(p) for p in parts), "~")
    return "".join(str(p) for p in parts)


def _safe_range(*args: int) -> range:
    if len(range(*args)) > MAX_RANGE:
        raise SecurityError(f"range() is limited to {MAX_RANGE} items here")
    over_budget()
    return range(*args)


def _checked_join(join: Any) -> Any:
    @jinja2.pass_eval_context
    def checked(eval_ctx: Any, value: Iterable[Any], d: str = "", attribute: Any = None) -> Any:
        over_budget()
        items = list(_loop(value))
        _size_check(len(items), "join")
        total = len(str(d)) * len(items)
        for item in items:  # stops at the first item past the limit
            total += _sized(item) * (1 if isinstance(item, str) else 4)
            _size_check(total, "join")
        return join(eval_ctx, items, d, attribute)

    return checked


def _checked_replace(replace: Any) -> Any:
    @jinja2.pass_eval_context
    def checked(eval_ctx: Any, s: Any, old: str, new: str, count: int | None = None) -> Any:
        over_budget()
        text = str(s)
        _before_call("replace", text, (str(old), str(new)), {})
        return replace(eval_ctx, s, old, new, count)

    return checked


def _guard(node: jinja2.nodes.Node, depth: int = 0) -> int:
    """Route loops and ``~`` through the checks above; the deepest loop nesting under ``node``."""
    here = depth
    if isinstance(node, jinja2.nodes.For):
        here += 1
        node.iter = jinja2.nodes.Call(
            jinja2.nodes.Name("_loop", "load"), [node.iter], [], None, None, lineno=node.lineno
        )
    deepest = here
    for field in node.fields:
        value = getattr(node, field, None)
        children = value if isinstance(value, list) else [value]
        for i, child in enumerate(children):
            if isinstance(child, jinja2.nodes.Concat):
                concat = jinja2.nodes.Call(
                    jinja2.nodes.Name("_concat", "load"), child.nodes, [], None, None
                )
                concat.set_lineno(child.lineno)
                if isinstance(value, list):
                    value[i] = concat
                else:
                    setattr(node, field, concat)
                child = concat  # its parts still need guarding
            if isinstance(child, jinja2.nodes.Node):
                deepest = max(deepest, _guard(child, here))
    return deepest


def _checked(name: str, filter_: Any) -> Any:
    """A filter that keeps the deadline, takes no huge count and returns nothing too large."""

    # Filters that take Jinja's context or environment first get the value second.
    after_value = 2 if getattr(filter_, "jinja_pass_arg", None) else 1

    @functools.wraps(filter_)
    def checked(*args: Any, **kwargs: Any) -> Any:
        over_budget()
        counts = (*args[after_value:], *kwargs.values()) if name in _COUNTED_FILTERS else ()
        for value in counts:
            if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_SIZE:
                raise SecurityError(f"|{name}: an argument of {value} is too large here")
        result = filter_(*args, **kwargs)
        _size_check(_sized(result), f"|{name}")
        return result

    return checked


def _concat_checked(parts: Iterable[str]) -> str:
    """What a block captures ({% set %}…{% endset %}, a macro's or a filter block's body)."""
    kept, total = [], 0
    for part in parts:
        total += len(part)
        _size_check(total, "a block")
        kept.append(part)
    return "".join(kept)


class BoundedSandbox(ImmutableSandboxedEnvironment):
    """The sandbox with the time and memory bounds in the module docstring; lists and
    dicts cannot be changed in place (no ``extend`` doubling a list)."""

    concat = staticmethod(_concat_checked)  # compiled templates join captured blocks with it

    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def __init__(self, **options: Any) -> None:
        super().__init__(finalize=_finalize, **options)
        self.filters = {k: v for k, v in self.filters.items() if k in FILTERS}
        self.filters["join"] = _checked_join(self.filters["join"])
        self.filters["replace"] = _checked_replace(self.filters["replace"])
        self.filters = {k: _checked(k, v) for k, v in self.filters.items()}
        # Jinja's lipsum() writes any amount of random text, unchecked; cycler and
        # joiner keep state a prompt has no use for. dict and namespace stay.
        self.globals = {k: v for k, v in self.globals.items() if k in GLOBALS}
        self.globals.update(range=_safe_range, _loop=_loop, _concat=_concat)

    def _parse(self, source: str, name: str | None, filename: str | None) -> jinja2.nodes.Template:
        tree = super()._parse(source, name, filename)
        depth = _guard(tree)
        tree.set_environment(self)
        if depth > MAX_LOOP_DEPTH:
            raise jinja2.TemplateSyntaxError(
                f"loops nest {depth} deep; a prompt template may nest them {MAX_LOOP_DEPTH} deep",
                1,
                name,
                filename,
            )
        return tree

    def _load_template(self, *args: Any, **kwargs: Any) -> jinja2.Template:
        """Every ``{% include %}``, ``{% import %}`` and ``{% extends %}`` loads here: a tree
        of includes that writes nothing is bounded by the deadline too."""
        over_budget()
        return super()._load_template(*args, **kwargs)

    def wrap_str_format(self, value: Any) -> Any:
        """``str.format`` is wrapped when it is looked up, so it is checked there."""
        wrapped = super().wrap_str_format(value)
        if wrapped is None:
            return None

        def checked(*args: Any, **kwargs: Any) -> Any:
            over_budget()
            _before_call(value.__name__, value.__self__, args, kwargs)
            return wrapped(*args, **kwargs)

        return checked

    def call(
        __self,  # Jinja's own signature: keyword arguments may be named "self"
        __context: jinja2.runtime.Context,
        __obj: Any,
        *args: Any,
        **kwargs: Any,
    ) -> Any:
        over_budget()
        name = getattr(__obj, "__name__", "call")
        owner = getattr(__obj, "__self__", None)
        if name == "join" and isinstance(owner, str) and len(args) == 1:
            # A lazy iterable (a generator, |map) is counted as it is drawn, and joined as a list.
            args = (list(_loop(args[0])),) if not isinstance(args[0], str) else args
        _before_call(name, owner, args, kwargs)
        result = super().call(__context, __obj, *args, **kwargs)
        _size_check(_sized(result), f"{name}()")
        return result

    def call_binop(
        self, context: jinja2.runtime.Context, operator: str, left: Any, right: Any
    ) -> Any:
        over_budget()
        if isinstance(left, int) and isinstance(right, int):
            bits = left.bit_length() * abs(right) if operator == "**" else 0
            bits = max(bits, left.bit_length() + right.bit_length())
            if bits > MAX_INT_BITS:
                raise SecurityError(f"the number {operator} makes is too large")
        if operator == "**" and isinstance(right, float) and abs(right) > 64:
            raise SecurityError(f"exponent {right} is too large")
        if operator == "*":
            for seq, times in ((left, right), (right, left)):
                if isinstance(times, int) and isinstance(seq, str | list | tuple):
                    _size_check(_sized(seq) * times, "repeating a sequence")
        if operator == "+":
            _size_check(_sized(left) + _sized(right), "+")
        if operator == "%" and isinstance(left, str):
            if _HUGE_WIDTH.search(left) or _STAR_WIDTH.search(left):
                raise SecurityError(
                    "%: a width or precision of six digits or more (or *) is too large here"
                )
            values = right.values() if isinstance(right, dict) else right
            values = (
                values if isinstance(values, tuple | list) or isinstance(right, dict) else [right]
            )
            _size_check(_formatted_size(left, left.count("%"), values), "%")
        result = super().call_binop(context, operator, left, right)
        _size_check(_sized(result), operator)
        return result
