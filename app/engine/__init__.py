"""The case engine's face: take an action on a case, ask whether a user may,
list the actions that make sense now, and read an action's form.  Built from
the procedures' declarations (``app.engine.registry``)."""
from app.engine.service import (
    available,
    check,
    declaration,
    inputs,
    latest_reversible,
    may,
    offered,
    perform,
    procedure,
    version,
)

__all__ = ["available", "check", "declaration", "inputs", "latest_reversible", "may", "offered",
           "perform", "procedure", "version"]
