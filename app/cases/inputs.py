"""The inputs of a case action, declared once as a dataclass.

Each field says what it holds (a date, a line, a text, a choice of codes, a
user, ...), whether it may stay empty, and for which procedures it exists.
The UI lays its form out from :func:`form_fields` (captions are the UI's);
the engine refuses a value the action does not declare (:func:`unknown`).
No user-visible text here.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from app.rules.codes import Procedure

# The kinds a form knows: date, optional_date, line, text, choice, user,
# users, bool, items, int; "hidden" values come from the case, not the form.
KINDS = frozenset({"date", "optional_date", "line", "text", "choice", "user", "users", "bool",
                   "items", "int", "hidden"})


@dataclass(frozen=True)
class InputField:
    name: str
    kind: str
    options: tuple[str, ...] = ()   # the codes of a choice or of items
    optional: bool = False


def _field(kind: str, default: Any = None, *, optional: bool = False,
           options: Iterable[str] | Mapping[Procedure, Iterable[str]] = (),
           only: Iterable[Procedure] | None = None, factory: Any = None) -> Any:
    meta = {"kind": kind, "optional": optional, "only": frozenset(only) if only else None,
            "options": ({p: tuple(str(o) for o in opts) for p, opts in options.items()}
                        if isinstance(options, Mapping) else tuple(str(o) for o in options))}
    if factory is not None:
        return dataclasses.field(default_factory=factory, metadata=meta)
    return dataclasses.field(default=default, metadata=meta)


def day(*, optional: bool = False, only: Iterable[Procedure] | None = None) -> Any:
    """A date; a required one defaults to today in the form."""
    return _field("optional_date" if optional else "date", optional=optional, only=only)


def line(*, optional: bool = False) -> Any:
    return _field("line", "", optional=optional)


def text(*, optional: bool = False, only: Iterable[Procedure] | None = None) -> Any:
    return _field("text", "", optional=optional, only=only)


def flag() -> Any:
    return _field("bool", False)


def number(*, only: Iterable[Procedure] | None = None) -> Any:
    return _field("int", only=only)


def choice(options: Iterable[str] | Mapping[Procedure, Iterable[str]], *, optional: bool = False,
           only: Iterable[Procedure] | None = None) -> Any:
    """One code of ``options`` (or of the procedure's options)."""
    return _field("choice", "", optional=optional, options=options, only=only)


def items(options: Iterable[str] = (), *, optional: bool = False) -> Any:
    """Several codes; no options: the items the case's kind requires (63.2)."""
    return _field("items", optional=optional, options=options, factory=list)


def user(*, optional: bool = False) -> Any:
    return _field("user", optional=optional)


def users(*, optional: bool = False) -> Any:
    return _field("users", optional=optional, factory=list)


def hidden() -> Any:
    """Supplied by the caller from the case (the entry a reversal undoes)."""
    return _field("hidden")


def form_fields(inputs: type, procedure: Procedure) -> list[InputField]:
    """The fields of ``inputs`` for a case of ``procedure``, in order."""
    out = []
    for f in dataclasses.fields(inputs):
        meta = f.metadata
        if meta["only"] is not None and procedure not in meta["only"]:
            continue
        options = meta["options"]
        if isinstance(options, dict):
            options = options.get(procedure, options.get(Procedure.APPLICATION, ()))
        out.append(InputField(f.name, meta["kind"], options, meta["optional"]))
    return out


# Every action takes the day of its event (its clocks are planned from it);
# a form shows it where the declaration has it.
ALWAYS = frozenset({"on_date"})


def unknown(inputs: type, params: Mapping[str, Any]) -> list[str]:
    """The values in ``params`` that ``inputs`` does not declare."""
    names = {f.name for f in dataclasses.fields(inputs)} | ALWAYS
    return sorted(k for k in params if k not in names)
