"""UI tests run offscreen with real widgets over a real SQLite file."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from app import demo  # noqa: E402
from app.office import auth


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path):
    """QSettings in a temporary folder: tests never touch the user's settings."""
    from PySide6.QtCore import QSettings
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield


@pytest.fixture
def demo_db(db_file):
    """A database filled by the --demo generator (small, fixed seed)."""
    demo.fill(count=60)
    return db_file


@pytest.fixture
def demo_registrar(demo_db):
    return auth.login("registrar", demo.DEMO_PASSWORD)


@pytest.fixture
def demo_admin(demo_db):
    return auth.login("admin", demo.DEMO_PASSWORD)
