"""Journal and registration timings at 10,000 and 1,000,000 appeals.

    python bench/bench_journal.py [bench/out/appeals-10k.sqlite ...]

Builds the databases with bench/seed.py when missing, then measures (median
of several runs, offscreen): opening the journal to the first painted page, a
name search, a filter switch, and registering one appeal with its talon PDF.
Goals (issue 2): each under 100 ms at 1,000,000; opening at 1,000,000 no more
than 1.5x its time at 10,000.  A scroll jump deep into the journal is measured too.
"""
from __future__ import annotations

import datetime as dt
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication

from app import demo, office
from app.appeal import talon
from app.appeal.registration import AppealInput, register
from app.rules.enums import AppealForm, AppealKind
from bench.seed import seed
from models.db import close_database, open_database
from ui.common.tasks import TaskRunner
from ui.intake.talon_render import save_pdf
from ui.journal.main_window import MainWindow

SIZES = {"appeals-10k.sqlite": 10_000, "appeals-1m.sqlite": 1_000_000}


def timed(fn, runs: int = 7) -> float:
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1000)
    return statistics.median(samples)


def paint(window) -> None:
    QApplication.processEvents()
    window.view.viewport().grab()   # forces the visible rows to be fetched and painted


def settle(window) -> None:
    """Wait until the control panel has shown its lists."""
    done = []
    window.panel.refreshed.connect(lambda: done.append(1))
    window.panel.refresh()
    while not done:
        QApplication.processEvents()
        time.sleep(0.005)


def measure(path: Path, user) -> dict[str, float]:
    """The main window as the app builds it: the control lists load on their
    own task runner while the journal paints (bench_control.py times them)."""
    results = {}
    runner = TaskRunner()

    samples = []
    for _ in range(7):
        t0 = time.perf_counter()
        w = MainWindow(user, runner=runner)
        w.show()
        paint(w)
        samples.append((time.perf_counter() - t0) * 1000)
        settle(w)   # the lists, loaded meanwhile, must not overlap the next sample
        w.close()
        w.deleteLater()
    results["open journal, first page painted"] = statistics.median(samples)
    window = MainWindow(user, runner=runner)
    window.show()
    paint(window)
    settle(window)

    def search():
        window.search.setText("өтегенова ұл")
        window.apply_filter()
        paint(window)
        window.search.setText("")
    results["name search (lower-case Kazakh)"] = timed(search)

    def search_russian():   # the Russian spelling of the same name (issue 14 item 3)
        window.search.setText("отегенова ул")
        window.apply_filter()
        paint(window)
        found.append(window.model.rowCount())
        window.search.setText("")
    found: list[int] = []
    results["name search (Russian spelling of a Kazakh name)"] = timed(search_russian)
    assert found and found[0] > 0, "the Russian spelling found nothing"

    def switch():
        for button in (window.filters.buttons()[2], window.filters.buttons()[0]):
            button.click()
            paint(window)
    results["filter switch (overdue, then all), per switch"] = timed(switch) / 2

    def jump():
        for fraction in (0.5, 0.9, 0.1):
            window.view.scrollTo(window.model.index(int(window.model.rowCount() * fraction), 0))
            paint(window)
    results["scroll jump (middle, 90 %, 10 %), per jump"] = timed(jump) / 3
    out = Path(tempfile.mkdtemp())

    def register_one():
        data = AppealInput(kind=AppealKind.APPLICATION, form=AppealForm.PAPER,
                           received_at=dt.datetime.now().replace(second=0, microsecond=0),
                           surname="Бенчмарков", first_name="Әлихан", postal_address="Ақсу",
                           addressee="Әкім", substance="Өлшеу", appeal_date=dt.date.today())
        result = register(data, user, str(uuid.uuid4()))
        save_pdf(talon.talon_data(result.id), "a5", str(out / f"{result.reg_number}.pdf"))
    results["register one appeal + talon PDF"] = timed(register_one)
    window.close()
    runner.shutdown()
    return results


def main(paths: list[str]) -> None:
    app = QApplication.instance() or QApplication([])  # noqa: F841 - keeps Qt alive
    targets = [Path(p) for p in paths] or [ROOT / "bench" / "out" / name for name in SIZES]
    table = {}
    for path in targets:
        if not path.exists():
            seed(SIZES.get(path.name, 10_000), path, dt.date.today())
        open_database(str(path))
        user = office.login("registrar", demo.DEMO_PASSWORD)
        table[path.name] = measure(path, user)
        close_database()
    names = list(table)
    print(f"| operation | {' | '.join(names)} |")
    print("|---|" + "---|" * len(names))
    for op in table[names[0]]:
        print(f"| {op} | " + " | ".join(f"{table[n][op]:.1f} ms" for n in names) + " |")


if __name__ == "__main__":
    main(sys.argv[1:])
