"""Screenshots for the README, taken from real windows on an X server.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python docs/screenshots.py [kk|ru]

Builds a demo database in a temporary folder and saves the journal with the
control panel (as the head), the registration dialog and talon (as the
registrar), then takes the new appeal through assignment, a hearing notice
and an extension to show its ladder of deadlines, an action form and the
term explained.
"""
from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QTabWidget

from app import demo, office
from app.engine import perform
from app.store.database import open_database
from ui import i18n
from ui.case.action_dialog import ActionDialog
from ui.case.appeal_card import AppealCardDialog
from ui.intake.registration_dialog import RegistrationDialog
from ui.intake.talon_dialog import TalonDialog
from ui.journal.main_window import MainWindow


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
    user = office.login("registrar", demo.DEMO_PASSWORD)
    head = office.login("head", demo.DEMO_PASSWORD)
    window = MainWindow(head)
    window.resize(1700, 800)
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
    talon = TalonDialog(dialog.registered.id, user.id)
    shoot(talon, "talon", lang)
    appeal, today = dialog.registered.id, dt.date.today()
    executor = office.login("executor", demo.DEMO_PASSWORD)
    for action, who, params in (
            ("assign", head, {"executor_id": executor.id, "resolution": "Қарап, жауап дайындаңыз"}),
            ("accept", executor, {}),
            ("hearing_notice", executor, {"preliminary": "Өтінішті ішінара қанағаттандыру",
                                          "hearing_form": "written"}),
            ("extend", head, {"new_due_on": today + dt.timedelta(days=35),
                              "reason": "Жарық бағаналарын жергілікті жерде тексеру қажет"})):
        perform(appeal, action, who, {"on_date": today, **params})
    card = AppealCardDialog(appeal, head)
    card.resize(900, 620)
    tabs = card.findChildren(QTabWidget)[0]
    tabs.setCurrentIndex(1)
    shoot(card, "ladder", lang)
    tabs.setCurrentIndex(2)
    shoot(card, "deadline", lang)
    form = ActionDialog(appeal, "decide", head, "application")
    box = form.widgets["decision"][1]
    box.setCurrentIndex(box.findData("act_favourable"))
    shoot(form, "action", lang)
    window.search.setText("қасымова")
    window.apply_filter()
    shoot(window, "search", lang)
    complaints(head, lang)
    from ui.reception.window import ReceptionWindow
    reception = ReceptionWindow(head)
    reception.resize(1300, 620)
    shoot(reception, "reception", lang)
    reception.tabs.setCurrentIndex(2)
    shoot(reception, "reception-journal", lang)
    act_page(lang, tmp)


def complaints(head, lang: str) -> None:
    """The complaint register and the complaint tab of a card (issue 5)."""
    from ui.complaint.register import ComplaintRegisterDialog
    register = ComplaintRegisterDialog()
    register.open_only.setChecked(False)
    register.resize(1500, 420)
    shoot(register, "complaints", lang)
    from app.queries.complaints import register_ids
    for appeal_id in register_ids():
        card = AppealCardDialog(appeal_id, head)
        if card.complaint is not None and card.complaint.values["role"] == "reviewing" \
                and card.complaint.values["reasoning"]:
            card.resize(900, 620)
            card.findChildren(QTabWidget)[0].setCurrentIndex(1)
            shoot(card, "complaint", lang)
            return


def act_page(lang: str, tmp: Path) -> None:
    """The first page of a rendered act as LibreOffice prints it: DOCX to PDF
    through the app (app.documents.pdf), then pdftoppm (poppler-utils) to PNG."""
    import shutil
    import subprocess

    from app.documents import issuing as documents
    from app.documents import pdf
    from app.documents.fields import sample
    if pdf.converter() is None or shutil.which("pdftoppm") is None:
        print("LibreOffice or pdftoppm is not installed: no act image")
        return
    source = tmp / f"act-{lang}.docx"
    source.write_bytes(documents.render(documents.find("act", lang), sample("act", lang)))
    [page] = pdf.to_pdf([source], tmp)
    target = ROOT / "docs" / f"act-{lang}"
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(page),
                    str(target)], check=True, timeout=120)
    print(f"{target}.png")

if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "kk")
    sys.stdout.flush()
    os._exit(0)   # skip tearing down the dialogs after Qt (a throwaway script)
