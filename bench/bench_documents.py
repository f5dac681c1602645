"""Rendering administrative acts (issue 4): goal under 50 ms per act.

    python bench/bench_documents.py [COUNT]

Renders COUNT acts (default 1,000) from the shipped Kazakh and Russian
templates with sample data, then issues 100 (COUNT if fewer) into a fresh
SQLite database (render + checksum + stored in the case).  Prints
milliseconds per act.
"""
from __future__ import annotations

import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app import demo, office
from app.documents import issuing as documents
from app.documents.fields import sample
from app.office.profile import get_settings, update_settings
from models.db import close_database, open_database
from models.entities import Appeal


def main(count: int = 1000) -> None:
    samples = []
    for i in range(count):
        lang = "kk" if i % 2 == 0 else "ru"
        template = documents.find("act", lang)
        t0 = time.perf_counter()
        documents.render(template, {**sample("act", lang), "doc_number": f"2026-{i:06d}/1"})
        samples.append((time.perf_counter() - t0) * 1000)
    print(f"render {count} acts: median {statistics.median(samples):.1f} ms, "
          f"mean {statistics.mean(samples):.1f} ms, total {sum(samples) / 1000:.1f} s")
    folder = Path(tempfile.mkdtemp())
    open_database(str(folder / "docs.sqlite"))
    cases = min(count, 100)
    demo.fill(count=cases, today=dt.date(2026, 11, 25))
    admin = office.login("admin", demo.DEMO_PASSWORD)
    settings = get_settings()
    settings.appeal_body_kk = settings.appeal_body_ru = "Ақсу ауданының әкімдігі"
    update_settings(settings, admin.id)
    head = office.login("head", demo.DEMO_PASSWORD)
    values = {k: sample("act", "kk")[k] for k in ("act_kind_text", "matter", "reasoning", "decision_text")}
    issued = []
    # An act only into a case decided by an act (issue 12); the demo decides some.
    decided = [a.id for a in Appeal.select(Appeal.id).where(
        Appeal.decision.in_(["act_favourable", "act_burdening"])).order_by(Appeal.id)]
    for n in range(cases):
        appeal_id = decided[n % len(decided)]
        t0 = time.perf_counter()
        documents.issue(appeal_id, "act", "kk", head.id, values, today=dt.date(2026, 11, 25))
        issued.append((time.perf_counter() - t0) * 1000)
    close_database()
    print(f"issue {cases} acts into their cases: median {statistics.median(issued):.1f} ms per act")
    from app.documents import pdf
    if pdf.converter() is None:
        print("PDF: no LibreOffice on this machine; conversion not measured")
        return
    for batch in (1, 20):
        sources = []
        for i in range(batch):
            path = folder / f"act-{batch}-{i}.docx"
            path.write_bytes(documents.render(documents.find("act", "kk"), sample("act", "kk")))
            sources.append(path)
        t0 = time.perf_counter()
        pdf.to_pdf(sources, folder / f"pdf-{batch}")
        total = time.perf_counter() - t0
        print(f"PDF, {batch} act(s) in one LibreOffice run: {total:.1f} s, "
              f"{total / batch * 1000:.0f} ms per act")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
