"""Screenshots of every window and dialog on a 1366×768 screen (the akimat
laptop of issue 14), in Kazakh and Russian, taken from real windows on an
X server:

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python docs/screenshots.py [kk] [ru]

Each language runs in its own process over a fresh demo database.

- docs/*.png: the README's pictures — the journal and the control panel (as
  the head), the registration dialog and talon (as the registrar), the new
  appeal taken through assignment, a hearing notice and an extension to
  show its ladder of deadlines, an action form, the term explained, the
  complaint register and a complaint, the reception, and the first page of
  an act as LibreOffice prints it.
- docs/screens/<lang>/*.png and docs/screens/README.md: every window and
  dialog of tests/ui/screens.py (the catalogue tests/ui/test_fits_screen.py
  checks), each tab of the tabbed ones; of the action and document forms,
  one laid out from the same declarations, the largest ones.  Every window
  of the catalogue, pictured or not, is checked with
  tests.ui.screens.problems; what does not fit is listed and the script
  exits with 1.

PNGs are reduced to a 256-colour palette of the picture's own colours
(a third of the size, text stays sharp).
"""
from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QTabWidget

from app import demo, office
from app.engine import perform
from app.store.database import open_database
from tests.ui.screens import SCREEN_H, SCREEN_W, SCREENS, TASKBAR, Demo, problems
from ui import i18n
from ui.case.action_dialog import ActionDialog
from ui.case.appeal_card import AppealCardDialog
from ui.intake.registration_dialog import RegistrationDialog
from ui.intake.talon_dialog import TalonDialog
from ui.journal.main_window import MainWindow

SCREENS_DIR = ROOT / "docs" / "screens"
# Pictured of the catalogue's action and document forms (all are checked).
ACTIONS = ("application-assign", "application-decide", "application-return", "application-extend",
           "application-hearing_notice", "application-recusal_declared", "complaint_reviewing-complaint_decide",
           "complaint_reviewing-court_recorded", "complaint_challenged-review_result", "petition-petition_decide")
DOCUMENTS = ("act", "answer", "notice-hearing", "protocol-hearing", "complaint-decision", "petition-decision")
CARDS = ("card-application-", "card-complaint_reviewing-1", "card-petition-1")   # every tab of one card


def save_png(widget, path: Path) -> None:
    """The widget as a PNG of at most 256 colours, its own most frequent ones
    (a user interface has few; antialiased text keeps its nearest grey)."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    counts = Counter(memoryview(bytes(image.constBits())).cast("I"))
    if len(counts) > 256:
        table = [colour | 0xFF000000 for colour, _ in counts.most_common(256)]
        image = image.convertToFormat(QImage.Format.Format_Indexed8, table,
                                      Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither)
    image.save(str(path), "PNG", 0)


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def shoot(widget, name: str, lang: str) -> None:
    widget.show()
    settle()
    path = ROOT / "docs" / f"{name}-{lang}.png"
    save_png(widget, path)
    print(path.relative_to(ROOT))


def pictured(name: str) -> bool:
    if name.startswith("action-"):
        return name.removeprefix("action-") in ACTIONS
    if name.startswith("document-"):
        return name.removeprefix("document-") in DOCUMENTS
    if name.startswith("card-"):
        return any(name.startswith(c) if c.endswith("-") else name == c for c in CARDS)
    return True


def catalogue(lang: str) -> list[str]:
    """Every window of tests/ui/screens.py: checked, and pictured into
    docs/screens/<lang>/.  Returns what does not fit."""
    folder = SCREENS_DIR / lang
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.png"):
        old.unlink()
    QSettings().clear()   # each window as on a first start, not as the README pictures left it
    found, shots = [], []
    d = Demo()
    for opener in SCREENS.values():
        for name, window, prepare in opener(d):
            window.show()
            if prepare is not None:
                prepare(window)
            settle()
            found += [f"{name} [{lang}]: {p}" for p in problems(window, maximised=window.isMaximized() or name.endswith("-maximised"))]
            if pictured(name):
                save_png(window, folder / f"{name}.png")
                shots.append((name, window.width(), window.height()))
        for window in QApplication.topLevelWidgets():
            window.close()
            window.deleteLater()
        settle()
    (folder / "index.txt").write_text("".join(f"{n}\t{w}×{h}\n" for n, w, h in shots), encoding="utf-8")
    print(f"docs/screens/{lang}: {len(shots)} pictures")
    return found


def index() -> None:
    """docs/screens/README.md: every picture, Kazakh beside Russian."""
    rows = {}
    for lang in ("kk", "ru"):
        listing = SCREENS_DIR / lang / "index.txt"
        if listing.exists():
            for line in listing.read_text(encoding="utf-8").splitlines():
                name, size = line.split("\t")
                rows.setdefault(name, {})[lang] = size
    lines = ["# Every window and dialog at 1366×768", "",
             "Taken by `docs/screenshots.py` under Xvfb on a 1366×768 screen; each window is pictured at the size",
             "it opens with (a Windows taskbar and title bar leave 1350×688 for it). "
             "`tests/ui/test_fits_screen.py` checks the same windows.", "",
             "| Window | Қазақша | Русский |", "|---|---|---|"]
    for name, sizes in rows.items():
        cells = [f"[{sizes[lang]}]({lang}/{name}.png)" if lang in sizes else "—" for lang in ("kk", "ru")]
        lines.append(f"| {name} | {' | '.join(cells)} |")
    (SCREENS_DIR / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(lang: str = "kk") -> int:
    tmp = Path(tempfile.mkdtemp())
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp))
    app = QApplication(sys.argv[:1])
    QCoreApplication.setApplicationName("Zholdanym")
    size = app.primaryScreen().size()
    if (size.width(), size.height()) != (SCREEN_W, SCREEN_H):
        print(f"The screen is {size.width()}×{size.height()}, not {SCREEN_W}×{SCREEN_H}: "
              f'run under xvfb-run -s "-screen 0 {SCREEN_W}x{SCREEN_H}x24"')
        return 2
    i18n.install(lang)
    open_database(str(tmp / "demo.sqlite"))
    demo.fill()
    readme_pictures(lang, tmp)
    found = catalogue(lang)
    for line in found:
        print("DOES NOT FIT:", line)
    return 1 if found else 0


def readme_pictures(lang: str, tmp: Path) -> None:
    user = office.login("registrar", demo.DEMO_PASSWORD)
    head = office.login("head", demo.DEMO_PASSWORD)
    window = MainWindow(head)
    window.resize(SCREEN_W, SCREEN_H - TASKBAR - 31)   # maximised on Windows: above the taskbar, below the title bar
    shoot(window, "journal", lang)
    dialog = RegistrationDialog(user, "Ауылдық округ әкімі Жұмабеков Е. Б.")
    a = dialog.applicant.edits
    a["surname"].setText("Қасымова")
    a["first_name"].setText("Әлия")
    a["patronymic"].setText("Серікқызы")
    a["iin"].setText("850312400128")
    a["phone"].setText("+7 701 555 12 34")
    dialog.substance.setPlainText("Көше жарығын қалпына келтіруді сұраймын.")
    dialog.appeal_date.set_value(dt.date.today())
    # Received in the morning: taken after the office's hours, it would be
    # registered the next working day (АППК 64.2) and today's actions refused.
    dialog.received.setDateTime(dt.datetime.combine(dt.date.today(), dt.time(10, 0)))
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
    shoot(reception, "reception", lang)
    reception.tabs.setCurrentIndex(2)
    shoot(reception, "reception-journal", lang)
    act_page(lang, tmp)
    dashboard(head, lang)
    reports_window(head, lang)
    preview(lang)
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    settle()


def _wait(ready, seconds: float = 60) -> None:
    import time
    end = time.monotonic() + seconds
    while not ready() and time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)


def dashboard(head, lang: str) -> None:
    """The head's dashboard over the demo's year (issue 16 item 2)."""
    from ui.dashboard.window import DashboardWindow
    board = DashboardWindow(head)
    board.resize(SCREEN_W - 16, SCREEN_H - TASKBAR - 40)
    _wait(lambda: board.data is not None)
    shoot(board, "dashboard", lang)
    board.tabs.setCurrentIndex(1)
    shoot(board, "dashboard-figures", lang)


def reports_window(head, lang: str) -> None:
    """The reports of the demo's last twelve months, by kind (issue 16 item 1)."""
    from ui.reports.window import ReportsWindow
    window = ReportsWindow(head)
    window.span.setCurrentIndex(window.span.findData("range"))
    window.date_from.set_value(dt.date.today() - dt.timedelta(days=365))
    window.date_to.set_value(dt.date.today())
    window.show_report()
    _wait(lambda: window.report is not None)
    window.select_table("by_kind")
    shoot(window, "report", lang)


def preview(lang: str) -> None:
    """An act in the preview, as it will print (issue 15 item 4)."""
    from app import documents
    from ui.common.document_preview import DocumentPreview
    content = documents.render(documents.find("act", lang), documents.sample("act", lang))
    window = DocumentPreview("№ 2026-000123/1", "act", content, f"act-{lang}")
    window.show()
    _wait(lambda: window.error is not None or window.image(0) is not None)
    shoot(window, "preview", lang)


def complaints(head, lang: str) -> None:
    """The complaint register and the complaint tab of a card (issue 5)."""
    from ui.complaint.register import ComplaintRegisterDialog
    register = ComplaintRegisterDialog()
    register.open_only.setChecked(False)
    shoot(register, "complaints", lang)
    from app.queries.complaints import register_ids
    for appeal_id in register_ids():
        card = AppealCardDialog(appeal_id, head)
        if card.complaint is not None and card.complaint.values["role"] == "reviewing" \
                and card.complaint.values["reasoning"]:
            card.findChildren(QTabWidget)[0].setCurrentIndex(1)
            shoot(card, "complaint", lang)
            return


def act_page(lang: str, tmp: Path) -> None:
    """The first page of a rendered act as LibreOffice prints it: DOCX to PDF
    through the app (app.documents.pdf), then pdftoppm (poppler-utils) to PNG."""
    import shutil

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
    print(f"docs/act-{lang}.png")


if __name__ == "__main__":
    langs = sys.argv[1:] or ["kk", "ru"]
    if len(langs) > 1:   # each language in its own process and database
        codes = [subprocess.run([sys.executable, __file__, lang]).returncode for lang in langs]
        index()
        sys.exit(max(codes))
    code = main(langs[0])
    index()
    sys.stdout.flush()
    os._exit(code)   # skip tearing down the dialogs after Qt (a throwaway script)
