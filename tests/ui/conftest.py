"""UI tests run offscreen with real widgets over a real SQLite file."""
from __future__ import annotations

import os

# The offscreen screen is an akimat laptop's, 1366×768 (issue 14): a window
# sized for a larger screen shows it in tests/ui/test_fits_screen.py.
SCREEN = os.path.join(os.path.dirname(__file__), "screen-1366x768.json")
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREEN}"

import pytest  # noqa: E402

import app.office.auth  # noqa: E402
from app import demo, office  # noqa: E402
from tests.conftest import fast_hasher, opened_copy  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path):
    """QSettings in a temporary folder: tests never touch the user's settings."""
    from PySide6.QtCore import QSettings
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield


@pytest.fixture(scope="session")
def demo_template(template_db, tmp_path_factory):
    """The --demo generator's database (small, fixed seed, relative to today),
    built once per session from the migrated template; tests get copies."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(app.office.auth, "_hasher", fast_hasher())
        with opened_copy(template_db, tmp_path_factory.mktemp("demo")) as path:
            demo.fill(count=60)
    return path


@pytest.fixture
def demo_db(demo_template, tmp_path):
    """A copy of the demo database, opened like ``db_file``."""
    with opened_copy(demo_template, tmp_path) as path:
        yield path


@pytest.fixture
def demo_registrar(demo_db):
    return office.login("registrar", demo.DEMO_PASSWORD)


@pytest.fixture
def demo_admin(demo_db):
    return office.login("admin", demo.DEMO_PASSWORD)
