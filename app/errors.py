"""Domain errors carry a code (and a field), never a sentence; ``ui`` translates."""
from __future__ import annotations


class DomainError(Exception):
    """A rule was broken.  ``code`` names the rule, ``field`` the input at fault."""

    def __init__(self, code: str, field: str | None = None, **params):
        super().__init__(code, field, params)
        self.code = code
        self.field = field
        self.params = params


class ValidationErrors(DomainError):
    """Several field errors at once (the form shows each next to its field)."""

    def __init__(self, errors: list[DomainError]):
        super().__init__("invalid_input")
        self.errors = errors


class StorageUnavailable(DomainError):
    """The database is locked by another program or cannot be reached."""

    def __init__(self, code: str = "database_unavailable", detail: str = ""):
        super().__init__(code, detail=detail)
