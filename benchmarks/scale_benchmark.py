"""Chronicles at scale: merge time and slope, store write, open and load, growth, queries on a store.

    python benchmarks/scale_benchmark.py                      # 10^4 and 10^5 reports
    python benchmarks/scale_benchmark.py --sizes 10000 100000 1000000 --full-load 100000
    python benchmarks/scale_benchmark.py --corpus ../shared/corpus --jobs 1 2   # -j speed-up

Reports come from benchmarks/synthetic.py (seeded). For each size it prints: the merge time
(and the log-log slope from the previous size), writing the SQLite store and its size,
opening it, each query on the opened store (the median of several runs, every result
restored), one ``turkru query`` command run cold in a new process (start-up, gazetteer and
open included), loading every entry from the store and from JSON Lines (restored and checked,
up to ``--full-load`` reports), and adding 100 new reports in memory and to the store.
With ``--corpus`` it times ``turkru extract -j N`` over the articles for each N given.
"""

from __future__ import annotations

import argparse
import math
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from query_benchmark import QUERIES
from synthetic import Generator

from turkru.chronicle import Chronicle
from turkru.chronicle.store import grow_store

ADDED = 100
"""Reports added to a built chronicle to time growth."""

CLI_QUERY = ["query", "meetings", "--with", "Lavrov", "--since", "2025-06"]
"""The command timed cold against the store."""


def _timed(function: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = function()
    return time.perf_counter() - start, result


def _median_ms(function: Callable[[], Any], repeat: int) -> tuple[float, int]:
    times, count = [], 0
    for _ in range(repeat):
        elapsed, results = _timed(lambda: list(function()))
        times.append(elapsed * 1000)
        count = len(results)
    return statistics.median(times), count


def run(size: int, repeat: int, full_load: int, folder: Path, previous: tuple[int, float] | None) -> float:
    """Time every step at *size* reports; returns the merge time."""
    reports = list(Generator(seed=7).reports(size))
    start = time.perf_counter()
    chronicle = Chronicle.from_records(reports)
    merged = time.perf_counter() - start
    del reports
    slope = ""
    if previous is not None:
        slope = f" | slope from {previous[0]:,}: {math.log(merged / previous[1]) / math.log(size / previous[0]):.2f}"
    print(f"\n## {size:,} reports -> {len(chronicle):,} entries")
    print(f"merge {merged:.1f} s ({merged / size * 1e6:.0f} us per report){slope}")
    store = folder / f"chronicle-{size}.sqlite"
    written, _ = _timed(lambda: chronicle.save(store))
    print(f"write store {written:.1f} s | {store.stat().st_size / 2**20:.0f} MiB")
    opened_time, opened = _timed(lambda: Chronicle.open(store))
    print(f"open {opened_time * 1000:.1f} ms")
    print(f"{'query on the store':<58} {'results':>8} {'median ms':>10}")
    for name, query in QUERIES:
        elapsed, count = _median_ms(lambda query=query: query(opened), repeat)  # type: ignore[misc]
        print(f"{name:<58} {count:>8,} {elapsed:>10.1f}")
    command = [sys.executable, "-m", "turkru", *CLI_QUERY, str(store)]
    cold, _ = _timed(lambda: subprocess.run(command, check=True, capture_output=True))
    print(f"cold `turkru {' '.join(CLI_QUERY)} STORE`: {cold:.2f} s")
    if size <= full_load:
        loaded, _ = _timed(lambda: Chronicle.open(store).entries)
        text = chronicle.to_jsonl()
        from_lines, _ = _timed(lambda: Chronicle.from_jsonl(text))
        print(f"load every entry: store {loaded:.1f} s | JSON Lines {from_lines:.1f} s")
    extra = list(Generator(seed=8).reports(ADDED))
    known, _ = _timed(chronicle._known)
    added, _grown = _timed(lambda: chronicle.add(*extra))
    stored, (replaced, put) = _timed(lambda: grow_store(store, extra))
    print(
        f"add {ADDED} reports: in memory {added:.2f} s (+ {known:.1f} s once for the key tables) | "
        f"to the store {stored:.2f} s ({replaced:,} entries merged again, {put:,} written)"
    )
    sys.stdout.flush()
    return merged


def jobs_speedup(corpus: Path, jobs: list[int], rounds: int) -> None:
    """Time ``turkru extract -j N`` over the corpus articles, repeated *rounds* times as copies."""
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        for number, path in enumerate(sorted((corpus / "articles").glob("*.txt"))):
            for copy in range(rounds):
                (folder / f"{copy}-{number}.txt").write_bytes(path.read_bytes())
        count = len(list(folder.glob("*.txt")))
        print(f"\n## turkru extract over {count} articles")
        outputs = {}
        for job in jobs:
            out = folder / f"out-{job}.jsonl"
            command = [sys.executable, "-m", "turkru", "extract", "-j", str(job), str(folder), "-o", str(out)]
            elapsed, _ = _timed(lambda command=command: subprocess.run(command, check=True))  # type: ignore[misc]
            outputs[job] = out.read_bytes()
            print(f"-j {job}: {elapsed:.1f} s ({count / elapsed:.0f} articles/s)")
        same = len(set(outputs.values())) == 1
        print(f"outputs identical: {same}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="*", default=[10**4, 10**5], help="numbers of reports")
    parser.add_argument("--repeat", type=int, default=5, help="runs per query (the median is printed)")
    parser.add_argument("--full-load", type=int, default=10**5, help="load every entry up to this size")
    parser.add_argument("--corpus", type=Path, help="time extract -j over this corpus's articles")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="the -j values to time")
    parser.add_argument("--rounds", type=int, default=5, help="copies of the corpus to extract")
    args = parser.parse_args(argv)
    print(f"Python {sys.version.split()[0]}")
    previous = None
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            previous = (size, run(size, args.repeat, args.full_load, Path(folder), previous))
    if args.corpus:
        jobs_speedup(args.corpus, args.jobs, args.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
