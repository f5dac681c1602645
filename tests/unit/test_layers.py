"""The house style's layering: ui → app → models, Qt only in ui/."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def modules(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


@pytest.mark.parametrize("package, forbidden", [
    ("app", {"PySide6", "ui"}),
    ("models", {"PySide6", "ui", "app"}),
    ("ui", {"models", "peewee", "playhouse"}),
])
def test_layer_imports(package, forbidden):
    offenders = {str(p.relative_to(ROOT)): sorted(imported_modules(p) & forbidden)
                 for p in modules(package) if imported_modules(p) & forbidden}
    assert offenders == {}


def test_modules_stay_reviewable():
    """House style §7: hard cap 600 lines per module."""
    sizes = {str(p.relative_to(ROOT)): len(p.read_text(encoding="utf-8").splitlines())
             for pkg in ("app", "models", "ui") for p in modules(pkg)}
    assert {k: v for k, v in sizes.items() if v > 600} == {}


def test_a_lost_connection_is_explained_not_raised():
    # peewee.InterfaceError (a connection gone, as on PostgreSQL) is not a
    # DatabaseError: @guarded must turn it into a coded error all the same.
    import pytest
    from peewee import InterfaceError

    from app.errors import StorageUnavailable
    from app.store.storage import guarded

    @guarded
    def lost():
        raise InterfaceError("connection already closed")
    with pytest.raises(StorageUnavailable) as err:
        lost()
    assert err.value.code == "database_unavailable"
