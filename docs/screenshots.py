"""Screenshots for the README, taken from real windows on an X server.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python docs/screenshots.py [kk|ru]

Builds a demo database in a temporary folder, logs in as the registrar and
saves journal, registration dialog, talon preview and deadline explanation.
"""
from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QTabWidget  # noqa: E402

from app import auth, demo  # noqa: E402
from app.database import open_database  # noqa: E402
from ui import i18n  # noqa: E402
from ui.appeal_card import AppealCardDialog  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.registration_dialog import RegistrationDialog  # noqa: E402
from ui.talon_dialog import TalonDialog  # noqa: E402


def shoot(widget, name: str, lang: str) -> None:
    widget.show()
    for _ in range(5):
        QApplication.processEvents()
    path = ROOT / "docs" / f"{name}-{lang}.png"
    widget.grab().save(str(path))
    print(path)


def main(lang: str = "kk") -> None:
    tmp = Path(tempfile.mkdtemp())
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp))
    app = QApplication(sys.argv[:1])  # noqa: F841
    QCoreApplication.setApplicationName("Zholdanym")
    i18n.install(lang)
    open_database(str(tmp / "demo.sqlite"))
    demo.fill()
    user = auth.login("registrar", demo.DEMO_PASSWORD)
    window = MainWindow(user)
    window.resize(1500, 760)
    shoot(window, "journal", lang)
    dialog = RegistrationDialog(user, "Ауыл әкімі Жұмабеков Е. Б.")
    a = dialog.applicant.edits
    a["surname"].setText("Қасымова")
    a["first_name"].setText("Әлия")
    a["patronymic"].setText("Серікқызы")
    a["iin"].setText("850312400128")
    a["phone"].setText("+7 701 555 12 34")
    dialog.substance.setPlainText("Көше жарығын қалпына келтіруді сұраймын.")
    dialog.appeal_date.set_value(dt.date.today())
    shoot(dialog, "registration", lang)
    a["postal_address"].setText("Ақсу ауылы, Абай к-сі, 12")
    dialog._on_accept()
    talon = TalonDialog(dialog.result.id, user.id)
    shoot(talon, "talon", lang)
    card = AppealCardDialog(dialog.result.id)
    tabs = card.findChildren(QTabWidget)[0]
    tabs.setCurrentIndex(1)
    shoot(card, "deadline", lang)
    window.search.setText("қасымова")
    window.apply_filter()
    shoot(window, "search", lang)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "kk")
    sys.stdout.flush()
    os._exit(0)   # skip tearing down the dialogs after Qt (a throwaway script)
