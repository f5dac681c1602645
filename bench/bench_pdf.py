"""How long a document takes from DOCX to PDF, and what keeping LibreOffice
between conversions saves (issue 15 item 4).

    python bench/bench_pdf.py [RUNS]        (default 5; medians are printed)

Three ways, each on the shipped Kazakh act rendered with sample data:
  new profile    every conversion starts LibreOffice on a new private profile
                 (what the command line and the self-test do, once);
  profile kept   one profile for the run, LibreOffice started for each;
  idle instance  the desktop preview's way: after a conversion an idle
                 LibreOffice waits on the kept profile and the next conversion
                 is handed to it (the user reads the preview meanwhile: a
                 pause of 3 s between conversions, not counted).
Then the preview's own cost: rendering page 1 at screen resolution (PDFium).
"""
from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app import documents  # noqa: E402
from app.documents import pages, pdf  # noqa: E402


def timed(fn) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    if pdf.converter() is None:
        print("no LibreOffice or Word here: nothing to measure")
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "act-kk.docx"
        source.write_bytes(documents.render(documents.find("act", "kk"), documents.sample("act", "kk")))
        out = iter(range(10_000))

        def convert(keep_warm: bool) -> Path:
            [made] = pdf.to_pdf([source], folder / f"out{next(out)}", keep_warm=keep_warm)
            return made

        results = {}
        fresh = []
        for _ in range(runs):
            pdf.shutdown()
            fresh.append(timed(lambda: convert(False)))
        results["new profile"] = fresh
        pdf.shutdown()
        convert(False)   # the profile made
        results["profile kept"] = [timed(lambda: convert(False)) for _ in range(runs)]
        convert(True)    # the idle instance started
        warm = []
        for _ in range(runs):
            time.sleep(3)
            warm.append(timed(lambda: convert(True)))
        results["idle instance"] = warm
        made = convert(False)
        results["render page 1 at 96 dpi"] = [timed(lambda: pages.render(made, 96, 0, 0)) for _ in range(runs)]
        results["render page 1 at 300 dpi (print)"] = [timed(lambda: pages.render(made, 300, 0, 0))
                                                       for _ in range(runs)]
        pdf.shutdown()
    print(f"{pdf.converter()}, median of {runs}:")
    for name, times in results.items():
        print(f"  {name:34} {statistics.median(times) * 1000:8.0f} ms   (min {min(times) * 1000:.0f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
