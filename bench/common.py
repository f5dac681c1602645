"""What the benchmarks share: the median of several timed runs and the
Markdown table of results per database."""
from __future__ import annotations

import statistics
import time


def timed(fn, runs: int = 7) -> tuple[float, object]:
    """Median milliseconds of ``runs`` calls, and the last result."""
    samples, result = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = fn()
        samples.append((time.perf_counter() - t0) * 1000)
    return statistics.median(samples), result


def print_table(table: dict[str, dict[str, str]], notes: dict[str, str]) -> None:
    for name, text in notes.items():
        print(f"{name}: {text}")
    names = list(table)
    print(f"| operation | {' | '.join(names)} |")
    print("|---|" + "---|" * len(names))
    for op in table[names[0]]:
        print(f"| {op} | " + " | ".join(table[n][op] for n in names) + " |")
