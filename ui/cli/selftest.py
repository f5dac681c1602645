"""``python main.py selftest`` (and ``zholdanym selftest`` from a frozen
build, issue 15 item 2): a temporary office in a temporary folder, one appeal
registered, its talon as PDF, an act issued as DOCX (and as PDF where a
converter exists), the history chain checked.  One line a step:

    ok  <step>: <detail>
    FAIL <step>: <reason>
    skip <step>: <why>

Exit code 0 only when no step failed (a step skipped for want of LibreOffice
or Word is not a failure: it says so).  Everything happens in a folder that
is removed afterwards; the user's own database is never opened.

The steps exercise what a frozen build can lose: the argon2 and psycopg
native parts, keyring's backend (Windows), the ``holidays`` country data, the Qt platform, image-format
and print-support plugins, the .qm catalogues and the DOCX templates."""
from __future__ import annotations

import datetime as dt
import io
import os
import re
import sys
import tempfile
import traceback
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

RECEIVED = dt.datetime(2026, 11, 2, 10, 0)   # a Monday: due Monday 23 November (15 working days)
PASSWORD = "selftest-secret-1"


class Skipped(Exception):
    """A step that cannot run on this machine and is not a fault of the build."""


@dataclass
class Run:
    folder: Path
    ctx: dict = field(default_factory=dict)
    lines: list[str] = field(default_factory=list)
    failed: int = 0
    skipped: int = 0
    passed: int = 0

    def step(self, name: str, needs: tuple[str, ...], fn: Callable[[Run], str]) -> None:
        missing = [n for n in needs if n not in self.ctx]
        if missing:
            self._line(f"FAIL {name}: not run: needs {', '.join(missing)}")
            self.failed += 1
            return
        try:
            detail = fn(self)
        except Skipped as exc:
            self._line(f"skip {name}: {exc}")
            self.skipped += 1
            return
        except Exception as exc:   # any failure of any step is a line, never a traceback
            self._line(f"FAIL {name}: {_reason(exc)}")
            if os.environ.get("ZHOLDANYM_SELFTEST_TRACE"):
                traceback.print_exc()
            self.failed += 1
            return
        self._line(f"ok  {name}" + (f": {detail}" if detail else ""))
        self.passed += 1

    def _line(self, text: str) -> None:
        self.lines.append(text)
        print(text, flush=True)


def _reason(exc: BaseException) -> str:
    from app.errors import DomainError, ValidationErrors
    if isinstance(exc, ValidationErrors):
        return "; ".join(f"{e.code}" + (f" ({e.field})" if e.field else "") for e in exc.errors)
    if isinstance(exc, DomainError):
        detail = ", ".join(f"{k}={v}" for k, v in exc.params.items() if v not in ("", None))
        return exc.code + (f" ({detail})" if detail else "")
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def _qt_app() -> None:
    """A GUI application for the talon (QTextDocument, QPrinter): the
    offscreen platform unless the caller chose one, so it runs without a
    screen (a server, CI)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication  # widgets too: the dashboard's chart
    app = QCoreApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QApplication(sys.argv[:1])
    elif not isinstance(app, QGuiApplication):
        raise RuntimeError("a non-GUI Qt application is already running in this process")


# The steps -------------------------------------------------------------------

def s_qt(run: Run) -> str:
    _qt_app()
    from PySide6.QtGui import QGuiApplication, QImageReader
    formats = {bytes(f).decode() for f in QImageReader.supportedImageFormats()}
    if "png" not in formats:
        raise RuntimeError("Qt reads no PNG images")
    run.ctx["qt"] = True
    return f"platform {QGuiApplication.platformName()}, image formats {', '.join(sorted(formats))}"


def s_catalogues(run: Run) -> str:
    from PySide6.QtCore import QTranslator

    from ui import i18n
    found = []
    for lang in i18n.LANGUAGES:
        tr = QTranslator()   # loaded, not installed: the process's language is left alone
        if not tr.load(str(i18n.I18N_DIR / f"app_{lang}.qm")) or tr.isEmpty():
            raise RuntimeError(f"app_{lang}.qm is missing or empty in {i18n.I18N_DIR}")
        found.append(f"app_{lang}.qm")
    return ", ".join(found)


def s_calendar(run: Run) -> str:
    from app.rules import WorkCalendar
    cal = WorkCalendar()
    nauryz = dt.date(2026, 3, 22)   # Наурыз мейрамы, 22 March, a public holiday of Kazakhstan
    info = cal.day_info(nauryz)
    if info.working or not info.name_kk:
        raise RuntimeError("the holidays of Kazakhstan are missing (22 March 2026 is a working day)")
    return f"{nauryz.isoformat()}: {info.name_kk}"


def s_postgres_driver(run: Run) -> str:
    import psycopg
    impl = psycopg.pq.__impl__   # "binary": the libpq of psycopg-binary came along with the build
    return f"psycopg {psycopg.__version__}, {impl} libpq {psycopg.pq.version()}"


def s_credential_store(run: Run) -> str:
    """Where a workstation keeps the office server's password (issue 15 item 6):
    Windows always has its Credential Manager, so a build that lost keyring's
    backend fails here; elsewhere a computer may have none (then the password
    is asked at each start, which is no fault of the build)."""
    from app.store import store_name
    name = store_name()
    if name is None and sys.platform == "win32":
        raise RuntimeError("keyring found no backend: the Windows Credential Manager is missing from the build")
    return name or "none on this computer: the office server's password is asked at each start"


def s_office(run: Run) -> str:
    from app.office import OfficeSettings, create_user, first_run
    from app.rules import Role
    from app.store import open_database, schema_version
    path = run.folder / "selftest.sqlite"
    open_database(str(path))   # created and migrated
    settings = OfficeSettings(
        name_kk="Өзін-өзі тексеру әкімдігі", name_ru="Акимат самопроверки",
        address="Астана қ., Бейбітшілік к-сі, 1", phone="+7 7172 00 00 00",
        head_name="Әкімов Ә.", head_position="Әкім",
        appeal_body_kk="Облыс әкімдігі", appeal_body_ru="Акимат области")   # АППК 80.5: the act's route
    admin = first_run(settings, login_name="admin", password=PASSWORD, surname="Әбілова",
                      first_name="Гүлнар", patronymic="", position="Бас маман")
    people = {"admin": admin}
    for login_name, role, surname in (("registrar", Role.REGISTRAR, "Жұмабаев"),
                                      ("akim", Role.HEAD, "Әкімов"), ("executor", Role.EXECUTOR, "Серікова")):
        people[login_name] = create_user(login_name=login_name, password=PASSWORD, surname=surname,
                                         first_name="Аты", position="Маман", role=role, created_by=admin.id)
    run.ctx["office"] = people
    return f"{path.name}, schema {schema_version()}, {len(people)} users"


def s_login(run: Run) -> str:
    from app.office import login
    user = login("registrar", PASSWORD, station="selftest", now=RECEIVED - dt.timedelta(minutes=5))
    run.ctx["login"] = user
    return "argon2 password checked"


def s_register(run: Run) -> str:
    from app.appeal import AppealInput, register
    from app.rules import AppealForm, AppealKind
    data = AppealInput(kind=AppealKind.APPLICATION, form=AppealForm.PAPER, received_at=RECEIVED,
                       surname="Қасымова", first_name="Айгүл", patronymic="Бекқызы",
                       postal_address="Астана қ., Абай д-лы, 10", addressee="Аудан әкімі",
                       substance="Жер телімі туралы", appeal_date=RECEIVED.date(), signed=True)
    row = register(data, run.ctx["login"], "selftest-1", now=RECEIVED)
    if row.due_on != dt.date(2026, 11, 23):   # АППК 76.1: fifteen working days
        raise RuntimeError(f"due on {row.due_on}, expected 2026-11-23")
    run.ctx["appeal"] = row.id
    return f"№ {row.reg_number}, due {row.due_on.isoformat()}"


def s_talon(run: Run) -> str:
    from app.appeal import talon_data
    from ui.intake.talon_render import save_pdf
    target = run.folder / "talon.pdf"
    if not save_pdf(talon_data(run.ctx["appeal"]), "a5", str(target)):
        raise RuntimeError("Qt did not write the PDF")
    data = target.read_bytes()
    pages = len(re.findall(rb"/Type\s*/Page\b", data))
    if not data.startswith(b"%PDF-") or pages != 1:
        raise RuntimeError(f"not a one-page PDF ({len(data)} bytes, {pages} pages)")
    return f"A5, {pages} page, {len(data) // 1024} KB"


def s_act_docx(run: Run) -> str:
    from app import documents
    from app.documents import sample
    from app.engine import perform
    people, appeal_id = run.ctx["office"], run.ctx["appeal"]
    perform(appeal_id, "assign", people["akim"], {"executor_id": people["executor"].id, "resolution": "Қарау",
                                                  "on_date": dt.date(2026, 11, 3)}, today=dt.date(2026, 11, 3))
    perform(appeal_id, "decide", people["akim"], {"decision": "act_favourable", "outcome": "satisfied",
                                                  "hearing_exception": "73.2.1", "on_date": dt.date(2026, 11, 9)},
            today=dt.date(2026, 11, 9))   # an act only once it is decided
    values = {k: v for k, v in sample("act", "kk").items()
              if k in ("matter", "reasoning", "decision_text", "act_kind_text")}
    issued = documents.issue(appeal_id, "act", "kk", people["akim"].id, values, today=dt.date(2026, 11, 10))
    target = run.folder / "act.docx"
    target.write_bytes(issued.content)
    with zipfile.ZipFile(io.BytesIO(issued.content)) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    text = re.sub(r"<[^>]+>", "", xml)
    for expected in ("Өзін-өзі тексеру әкімдігі", "Облыс әкімдігі", "Қасымова"):
        if expected not in text:
            raise RuntimeError(f"the act does not say {expected!r}")
    run.ctx["act"] = target
    return f"№ {issued.number}, {len(issued.content) // 1024} KB, sha256 {issued.sha256[:12]}"


def s_act_pdf(run: Run) -> str:
    from app.documents import converter, to_pdf
    program = converter()
    if program is None:
        raise Skipped("no converter (neither LibreOffice nor Microsoft Word is installed)")
    [pdf] = to_pdf([run.ctx["act"]], run.folder / "pdf", timeout=180)
    data = pdf.read_bytes()
    if not data.startswith(b"%PDF-"):
        raise RuntimeError(f"{pdf.name} is not a PDF")
    from app.documents import page_count, page_text, render_pages  # the preview's renderer (PDFium)
    count = page_count(pdf)
    [first] = render_pages(pdf, 50, 0, 0)
    if "ӘКІМШІЛІК АКТ" not in page_text(pdf, 0) or len(first.pixels) < first.height * first.width * 3:
        raise RuntimeError("page 1 of the act's PDF has not its Kazakh text or cannot be drawn")
    return f"{Path(program).name}, {len(data) // 1024} KB, {count} page(s) drawn by PDFium"


def s_chain(run: Run) -> str:
    from app.store import integrity_problems, verify_chain
    problems = integrity_problems()
    if problems:
        raise RuntimeError("; ".join(problems))
    report = verify_chain()
    if not report.ok:
        b = report.first
        raise RuntimeError(f"broken at change_log row {b.row_id}: {b.problem}")
    expected = 1 if "act" in run.ctx else 0   # the chain is checked even when the act failed
    if report.documents != expected:
        raise RuntimeError(f"{report.documents} issued documents checked, expected {expected}")
    return f"{report.rows} rows, {report.documents} issued document(s) match their entries"


def s_dashboard(run: Run) -> str:
    """The head's dashboard: its figures from the office, a chart drawn by
    Qt Charts (PySide6-Addons came along with the build)."""
    from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from app.queries.dashboard import dashboard
    if not isinstance(QApplication.instance(), QApplication):
        raise Skipped("a GUI application without widgets is running in this process")
    data = dashboard(RECEIVED.date())   # the 12 months that end with the appeal's day
    received = sum(p.received for p in data.months)
    if received < 1:
        raise RuntimeError("the appeal registered is not in the dashboard's figures")
    bars = QBarSet("received")
    bars.append([float(p.received) for p in data.months])
    series = QBarSeries()
    series.append(bars)
    chart = QChart()
    chart.addSeries(series)
    axis = QBarCategoryAxis()
    axis.append([p.month.strftime("%m.%y") for p in data.months])
    chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis)
    view = QChartView(chart)
    view.resize(400, 300)
    image = view.grab().toImage()
    view.deleteLater()
    if image.isNull() or image.width() < 100:
        raise RuntimeError("the chart could not be drawn")
    return f"{received} received in 12 months, chart drawn by Qt Charts"


STEPS: tuple[tuple[str, tuple[str, ...], Callable[[Run], str]], ...] = (
    ("Qt platform", (), s_qt),
    ("catalogues", (), s_catalogues),
    ("holiday calendar", (), s_calendar),
    ("PostgreSQL driver", (), s_postgres_driver),
    ("credential store", (), s_credential_store),
    ("temporary office", (), s_office),
    ("sign-in", ("office",), s_login),
    ("appeal registered", ("login",), s_register),
    ("talon PDF", ("qt", "appeal"), s_talon),
    ("act DOCX", ("appeal",), s_act_docx),
    ("act PDF", ("act",), s_act_pdf),
    ("dashboard", ("qt", "appeal"), s_dashboard),
    ("history chain", ("appeal",), s_chain),
)


def selftest_command() -> int:
    from app.store import close_database
    with tempfile.TemporaryDirectory(prefix="zholdanym-selftest-") as folder:
        run = Run(Path(folder))
        try:
            for name, needs, fn in STEPS:
                run.step(name, needs, fn)
        finally:
            close_database()   # the temporary file is removed: nothing of it stays open
    extra = f", {run.skipped} skipped" if run.skipped else ""
    if run.failed:
        print(f"selftest FAILED: {run.failed} of {len(STEPS)} steps{extra}")
        return 1
    print(f"selftest ok: {run.passed} steps{extra}")
    return 0
