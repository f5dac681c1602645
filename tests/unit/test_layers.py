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


# --- Packages and their faces (issue 11) ---------------------------------

FACES = {"app." + p.parent.name for p in (ROOT / "app").glob("*/__init__.py")} - {"app.queries"}


def project_modules() -> dict[str, Path]:
    out = {}
    for top in ("app", "ui", "models"):
        for p in (ROOT / top).rglob("*.py"):
            if p.name == "update.py":   # the catalogue script, run by hand
                continue
            parts = list(p.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts = parts[:-1]
            out[".".join(parts)] = p
    return out


def face_names(face: str) -> set[str]:
    tree = ast.parse((ROOT / face.replace(".", "/") / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "__all__" for t in node.targets):
            return set(ast.literal_eval(node.value))
    return set()


def test_every_face_declares_what_it_exports():
    assert FACES >= {"app.rules", "app.cases", "app.engine", "app.appeal", "app.complaint", "app.petition",
                     "app.reception", "app.documents", "app.office", "app.store", "app.demo"}
    for face in FACES:
        module = __import__(face, fromlist=["_"])
        names = face_names(face)
        assert names, face
        assert [n for n in names if not hasattr(module, n)] == [], face


def test_ui_reaches_app_only_through_faces():
    """ui imports a package's face (its __all__), app.queries and app.errors."""
    offenders = []
    for path in modules("ui"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            where = f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', 0)}"
            if isinstance(node, ast.Import):
                offenders += [(where, a.name) for a in node.names if a.name.split(".")[0] == "app"]
            elif isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "app":
                module = node.module
                if module == "app.errors" or module == "app.queries" or module.startswith("app.queries."):
                    continue
                if module == "app":
                    offenders += [(where, a.name) for a in node.names
                                  if f"app.{a.name}" not in FACES and a.name not in ("errors", "queries")]
                elif module in FACES:
                    offenders += [(where, f"{module}.{a.name}") for a in node.names
                                  if a.name not in face_names(module)]
                else:
                    offenders.append((where, module))
    assert offenders == []


def test_no_private_name_crosses_a_module():
    offenders = []
    for name, path in project_modules().items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0 \
                    and node.module.split(".")[0] in ("app", "ui", "models"):
                offenders += [(name, node.module, a.name) for a in node.names if a.name.startswith("_")]
    assert offenders == []


def import_graph() -> dict[str, set[str]]:
    """Module → the project modules importing it runs, at any depth of the
    file (an import inside a function is a dependency too): the module and
    the packages above it that are not the importer's own."""
    mods = project_modules()
    graph: dict[str, set[str]] = {}
    for name, path in mods.items():
        targets = []
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets += [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                targets += [f"{node.module}.{a.name}" if f"{node.module}.{a.name}" in mods else node.module
                            for a in node.names]
        edges = set()
        for target in targets:
            parts = target.split(".")
            for i in range(1, len(parts) + 1):
                above = ".".join(parts[:i])
                if above in mods and above != name and not (i < len(parts) and name.split(".")[:i] == parts[:i]):
                    edges.add(above)
        graph[name] = edges
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))
    for v in graph:
        if v not in index:
            visit(v)
    return found


def test_no_import_cycle():
    assert cycles(import_graph()) == []


def test_the_cycle_finder_finds_one():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_actions_are_declared_not_registered_by_import():
    """The registry is built from the procedures' ACTIONS: no handler
    decorator or registration table remains."""
    text = "\n".join(p.read_text(encoding="utf-8") for p in modules("app"))
    assert "@handler(" not in text and "HANDLERS" not in text
