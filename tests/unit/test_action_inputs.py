"""Each action's handler reads only what its declaration's inputs declare:
the form (built from the inputs) and the handler can never disagree on a
field's name (issue 11: the keys were written twice)."""
from __future__ import annotations

import ast
import dataclasses
import inspect
import textwrap

import pytest

from app.cases.inputs import ALWAYS
from app.engine.registry import REGISTRY

READERS = {"text", "date", "choice"}


def _reads(fn, seen: set) -> set[str]:
    """Names a handler reads from the form: ctx.text/date/choice("name"),
    ctx.params.get("name"), ctx.params["name"], also inside the helpers it
    calls with ctx."""
    fn = inspect.unwrap(fn)
    if fn in seen or not inspect.isfunction(fn):
        return set()
    seen.add(fn)
    tree = ast.parse(textwrap.dedent(inspect.getsource(fn)))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            target = node.func
            first = node.args[0] if node.args else None
            literal = first.value if isinstance(first, ast.Constant) and isinstance(first.value, str) else None
            if isinstance(target.value, ast.Name) and target.value.id == "ctx" and target.attr in READERS:
                names.add(literal or "on_date")   # ctx.date() reads on_date
            elif (target.attr == "get" and isinstance(target.value, ast.Attribute)
                  and target.value.attr == "params" and literal):
                names.add(literal)
        elif (isinstance(node, ast.Subscript) and isinstance(node.value, ast.Attribute)
              and node.value.attr == "params" and isinstance(node.slice, ast.Constant)
              and isinstance(node.ctx, ast.Load)):
            names.add(node.slice.value)
        if isinstance(node, ast.Call) and any(isinstance(a, ast.Name) and a.id == "ctx" for a in node.args):
            callee = node.func
            name = callee.id if isinstance(callee, ast.Name) else None
            helper = fn.__globals__.get(name) if name else None
            if helper is not None:
                names |= _reads(helper, seen)
    for cell in (fn.__closure__ or ()):   # a handler made by a factory (the participant's steps)
        if inspect.isfunction(cell.cell_contents):
            names |= _reads(cell.cell_contents, seen)
    return names


def handler_of(action):
    if action.name == "reverse":   # made with the reversible test bound in
        from app.cases.reverse import reverse
        return reverse
    return action.handle


@pytest.mark.parametrize("name", sorted(REGISTRY))
def test_the_handler_reads_only_declared_inputs(name):
    action = REGISTRY[name]
    declared = {f.name for f in dataclasses.fields(action.inputs)} | ALWAYS
    read = _reads(handler_of(action), set())
    assert read - declared == set(), f"{name} reads undeclared {sorted(read - declared)}"


def test_the_reader_finds_what_a_handler_reads():
    from app.appeal.consideration import extend
    assert {"reason", "new_due_on", "on_date"} <= _reads(extend, set())
