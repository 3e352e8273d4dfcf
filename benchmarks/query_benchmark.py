"""Chronicle build time, memory and query latency on synthetic chronicles of 10^4 to 10^6 reports.

    python benchmarks/query_benchmark.py                   # 10^4, 10^5 and 10^6 reports
    python benchmarks/query_benchmark.py --sizes 10000     # a quick run

Reports come from benchmarks/synthetic.py (seeded: the same chronicle on every run). For each
size it prints the time to generate the reports and to merge them into a chronicle, the
resident memory afterwards, the time to build the indexes (on the first query), and for
each query the median wall time over several runs, consuming every result.
"""

from __future__ import annotations

import argparse
import gc
import resource
import statistics
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import Generator

from turkru.chronicle import Chronicle

QUERIES: list[tuple[str, Callable[[Chronicle], Iterable[Any]]]] = [
    ("agreements_between('TM', 'RU', since=2024)", lambda c: c.agreements_between("TM", "RU", since=2024)),
    ("agreements_between('Tatarstan', 'TM')", lambda c: c.agreements_between("Tatarstan", "TM")),
    ("meetings(with_='Lavrov', since='2025-06')", lambda c: c.meetings(with_="Lavrov", since="2025-06")),
    ("meetings(with_=['Putin', 'Berdimuhamedov'])", lambda c: c.meetings(with_=["Putin", "Berdimuhamedov"])),
    ("meetings(between=('TM','RU'), mode='phone', since=2025)",
     lambda c: c.meetings(between=("TM", "RU"), mode="phone", since=2025)),
    ("visits(by='RU', head='Putin', since=2020)", lambda c: c.visits(by="RU", head="Putin", since=2020)),
    ("sessions('intergovernmental_commission', since=2020)",
     lambda c: c.sessions("intergovernmental_commission", since=2020)),
    ("trade(exporter='TM', commodity='gas', period=2023)",
     lambda c: c.trade(exporter="TM", commodity="gas", period=2023)),
    ("events('forum', since=2025)", lambda c: c.events("forum", since=2025)),
    ("person('Berdymukhammedov', since=2025)", lambda c: c.person("Berdymukhammedov", since=2025)),
    ("timeline(since='2025-06-01', until='2025-06-07')",
     lambda c: c.timeline(since="2025-06-01", until="2025-06-07")),
    ("first 10 of meetings(with_='Lavrov')", lambda c: _first(c.meetings(with_="Lavrov"), 10)),
]


def _first(results: Iterable[Any], count: int) -> list[Any]:
    found = []
    for item in results:
        found.append(item)
        if len(found) == count:
            break
    return found


def _rss_mb() -> float:
    """Resident memory now (Linux /proc), or the peak (elsewhere), in MB."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return pages * resource.getpagesize() / 2**20
    except (OSError, ValueError, IndexError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _median_ms(function: Callable[[], Any], repeat: int) -> tuple[float, int]:
    times = []
    count = 0
    for _ in range(repeat):
        start = time.perf_counter()
        count = len(list(function()))
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), count


def run(size: int, repeat: int) -> None:
    """Build a chronicle of *size* reports and time the queries."""
    gc.collect()
    before = _rss_mb()
    start = time.perf_counter()
    reports = list(Generator(seed=7).reports(size))
    generated = time.perf_counter() - start
    start = time.perf_counter()
    chronicle = Chronicle.from_records(reports)
    built = time.perf_counter() - start
    del reports
    gc.collect()
    memory = _rss_mb() - before
    start = time.perf_counter()
    chronicle.get("")
    indexed = time.perf_counter() - start
    print(f"\n## {size:,} reports -> {len(chronicle):,} entries")
    print(f"generate {generated:.1f} s | merge {built:.1f} s | index {indexed:.2f} s", end=" | ")
    print(f"memory {memory:,.0f} MB")
    print(f"{'query':<58} {'results':>8} {'median ms':>10}")
    for name, query in QUERIES:
        elapsed, count = _median_ms(lambda query=query: query(chronicle), repeat)  # type: ignore[misc]
        print(f"{name:<58} {count:>8,} {elapsed:>10.2f}")
    sys.stdout.flush()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--sizes", type=int, nargs="+", default=[10**4, 10**5, 10**6], help="numbers of reports"
    )
    parser.add_argument("--repeat", type=int, default=7, help="runs per query (the median is printed)")
    args = parser.parse_args(argv)
    print(f"Python {sys.version.split()[0]}")
    for size in args.sizes:
        run(size, args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
