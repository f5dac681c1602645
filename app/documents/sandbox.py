"""The Jinja environment every template renders in, shipped or the office's
own: a sandbox (no dunder attributes, no unsafe callables, no globals but
a bounded ``range``), with a time and size budget on every render and
trial render.  A template that loops or explodes is refused with a code,
never left running: the app stays responsive and nothing is written.

Where the budget is checked: each piece of output as it is joined (Jinja's
``concat``), each step of ``range``, each call and each ``*``/``**``/``+``
whose result could grow without bound.
"""
from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from jinja2 import nodes
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment

SECONDS = 5.0                 # one render of one part of a document
OUTPUT_CHARS = 20_000_000     # the XML of one part (a real act is about 100,000)
RANGE_MAX = 10_000            # rows of a table; a journal page is far fewer
VALUE_MAX = 100_000           # a number given to a call or a repetition


class BudgetExceeded(SecurityError):
    """The template took too long or made too much: ``kind`` says which."""

    def __init__(self, kind: str):
        super().__init__(f"template {kind} limit exceeded")
        self.kind = kind


class DocumentSandbox(SandboxedEnvironment):
    """Autoescaped (a "<" typed by a clerk stays text in the XML) and
    budgeted.  Filters are the ones given; globals only ``range``."""

    intercepted_binops = frozenset({"*", "**", "+"})

    def __init__(self, filters: dict[str, Callable] | None = None, seconds: float = SECONDS,
                 output_chars: int = OUTPUT_CHARS):
        super().__init__(autoescape=True)
        self.seconds, self.output_chars = seconds, output_chars
        self.deadline = time.monotonic() + seconds
        self.globals.clear()
        self.globals["range"] = self._range
        self.filters.update(filters or {})
        self.concat = self._concat   # type: ignore[method-assign]

    def start(self) -> None:
        """A new budget (each part of a document renders on its own)."""
        self.deadline = time.monotonic() + self.seconds

    def _tick(self) -> None:
        if time.monotonic() > self.deadline:
            raise BudgetExceeded("time")

    def _concat(self, pieces: Iterable[str]) -> str:
        self.start()
        out, size = [], 0
        for n, piece in enumerate(pieces):
            size += len(piece)
            if size > self.output_chars:
                raise BudgetExceeded("size")
            if n % 256 == 0:
                self._tick()
            out.append(piece)
        return "".join(out)

    def _range(self, *args: int) -> Iterator[int]:
        if len(range(*args)) > RANGE_MAX:
            raise BudgetExceeded("range")
        for n, i in enumerate(range(*args)):
            if n % 256 == 0:
                self._tick()
            yield i

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
        __self._tick()
        for value in (*args, *kwargs.values()):
            if isinstance(value, int) and not isinstance(value, bool) and abs(value) > VALUE_MAX:
                raise BudgetExceeded("value")
        return super().call(__context, __obj, *args, **kwargs)

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        self._tick()
        if operator == "**" and (abs(_number(right)) > 64 or abs(_number(left)) > VALUE_MAX):
            raise BudgetExceeded("value")
        if operator == "*":
            sizes = [len(x) for x in (left, right) if isinstance(x, (str, list, tuple))]
            counts = [x for x in (left, right) if isinstance(x, int) and not isinstance(x, bool)]
            if sizes and counts and sizes[0] * max(counts) > self.output_chars:
                raise BudgetExceeded("size")
        result = super().call_binop(context, operator, left, right)
        if isinstance(result, (str, list, tuple)) and len(result) > self.output_chars:
            raise BudgetExceeded("size")
        return result


def _number(value: Any) -> float:
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else 0


def unknown_expressions(tree: nodes.Template) -> list[str]:
    """What a template asks for beyond its fields: attributes that start
    with "_", calls of anything but ``range`` and its own macros, and
    ``import``/``include``/``extends`` (a template stands alone)."""
    macros = {m.name for m in tree.find_all(nodes.Macro)}
    found = []
    for node in tree.find_all((nodes.Getattr, nodes.Getitem, nodes.Call, nodes.Import, nodes.FromImport,
                               nodes.Include, nodes.Extends)):
        if isinstance(node, nodes.Getattr) and node.attr.startswith("_"):
            found.append(f".{node.attr}")
        elif (isinstance(node, nodes.Getitem) and isinstance(node.arg, nodes.Const)
              and isinstance(node.arg.value, str) and node.arg.value.startswith("_")):
            found.append(f"[{node.arg.value!r}]")
        elif isinstance(node, nodes.Call):
            callee = node.node
            if not (isinstance(callee, nodes.Name) and callee.name in macros | {"range"}):
                name = callee.name if isinstance(callee, nodes.Name) else getattr(callee, "attr", "?")
                found.append(f"{name}()")
        elif isinstance(node, (nodes.Import, nodes.FromImport, nodes.Include, nodes.Extends)):
            found.append(type(node).__name__.lower())
    return sorted(set(found))


class ParseSpy(DocumentSandbox):
    """Keeps what it parsed, so the template check can look at it."""

    def parse(self, source: str, name: str | None = None, filename: str | None = None) -> nodes.Template:
        self.tree = super().parse(source, name, filename)
        return self.tree
