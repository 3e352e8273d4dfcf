"""Queries on a stored chronicle: the same results before and after, and their time, warm and cold.

    python benchmarks/store_queries.py STORE --write before.txt   # the results of every query
    python benchmarks/store_queries.py STORE --check before.txt   # the same entries, same order?
    python benchmarks/store_queries.py STORE --time               # in-process and cold CLI times

STORE is a SQLite chronicle (``turkru merge -o x.sqlite`` or the builder in
benchmarks/scale_benchmark.py). ``--write`` keeps, per query, each result's id and the SHA-256
of its JSON Lines line, in order; ``--check`` runs the queries again and names the first one
whose results differ. The queries are those of benchmarks/query_benchmark.py and more that
cover the other paths of a query (no bounds, ``until`` alone, undated entries, several kinds).
``--time`` prints, per query, the number of results, the median CPU time of the query run in
this process on the opened store (every result restored) and, for queries the CLI can ask, the
wall and CPU time of ``turkru query ...`` run cold in a new process (start-up, open and
printing the table included).
"""

from __future__ import annotations

import argparse
import hashlib
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from query_benchmark import QUERIES, _first

from turkru.chronicle import Chronicle
from turkru.chronicle.jsonl import entry_line

Query = Callable[[Chronicle], Iterable[Any]]


EXTRA: list[tuple[str, Query]] = [
    ("timeline(until='1996-01-01')", lambda c: c.timeline(until="1996-01-01")),
    ("timeline(since='2025-12-20', include_undated=True)",
     lambda c: c.timeline(since="2025-12-20", include_undated=True)),
    ("first 50 of timeline()", lambda c: _first(c.timeline(), 50)),
    ("meetings(with_='Lavrov', until=2000, include_undated=True)",
     lambda c: c.meetings(with_="Lavrov", until=2000, include_undated=True)),
    ("person('Putin', since='2024-06', until='2024-12')",
     lambda c: c.person("Putin", since="2024-06", until="2024-12")),
    ("visits(to='TM', since='2025-01')", lambda c: c.visits(to="TM", since="2025-01")),
    ("events(since=2025, until=2025)", lambda c: c.events(since=2025, until=2025)),
    ("trade(importer='RU')", lambda c: c.trade(importer="RU")),
    ("agreements_between('TM', 'RU', status='signed', since='2025-06')",
     lambda c: c.agreements_between("TM", "RU", status="signed", since="2025-06")),
    ("sessions(since='2025-01', include_undated=True)", lambda c: c.sessions(since="2025-01", include_undated=True)),
    ("meetings(mode='video', since=2025)", lambda c: c.meetings(mode="video", since=2025)),
    ("first 10 of person('Lavrov')", lambda c: _first(c.person("Lavrov"), 10)),
]
"""Queries beyond the benchmark's, for the check."""

CHECKED = [*QUERIES, *EXTRA]

CLI: dict[str, list[str]] = {
    "agreements_between('TM', 'RU', since=2024)": ["query", "agreements", "--between", "TM", "RU", "--since", "2024"],
    "agreements_between('Tatarstan', 'TM')": ["query", "agreements", "--between", "Tatarstan", "TM"],
    "meetings(with_='Lavrov', since='2025-06')": ["query", "meetings", "--with", "Lavrov", "--since", "2025-06"],
    "meetings(with_=['Putin', 'Berdimuhamedov'])": ["query", "meetings", "--with", "Putin", "--with", "Berdimuhamedov"],
    "meetings(between=('TM','RU'), mode='phone', since=2025)":
        ["query", "meetings", "--between", "TM", "RU", "--mode", "phone", "--since", "2025"],
    "visits(by='RU', head='Putin', since=2020)":
        ["query", "visits", "--by", "RU", "--head", "Putin", "--since", "2020"],
    "sessions('intergovernmental_commission', since=2020)":
        ["query", "sessions", "--body", "intergovernmental_commission", "--since", "2020"],
    "trade(exporter='TM', commodity='gas', period=2023)":
        ["query", "trade", "--exporter", "TM", "--commodity", "gas", "--period", "2023"],
    "events('forum', since=2025)": ["query", "events", "--name", "forum", "--since", "2025"],
    "person('Berdymukhammedov', since=2025)": ["query", "person", "Berdymukhammedov", "STORE", "--since", "2025"],
    "timeline(since='2025-06-01', until='2025-06-07')": ["timeline", "--since", "2025-06-01", "--until", "2025-06-07"],
}
"""The benchmark's queries as ``turkru`` commands (the first ten of a query has none); the store's
path goes in place of ``STORE``, or last."""


def digests(store: Path) -> list[str]:
    """One line per result of every checked query: the query, the result's id and line digest."""
    chronicle = Chronicle.open(store)
    lines = []
    for name, query in CHECKED:
        results = list(query(chronicle))
        lines.append(f"# {name}\t{len(results)}")
        lines += [f"{entry.id}\t{hashlib.sha256(entry_line(entry).encode()).hexdigest()}" for entry in results]
    return lines


def _blocks(lines: list[str]) -> dict[str, list[str]]:
    blocks: dict[str, list[str]] = {}
    current: list[str] = []
    for line in lines:
        if line.startswith("# "):
            current = blocks.setdefault(line[2:].rsplit("\t", 1)[0], [])
        current.append(line)
    return blocks


def check(store: Path, saved: Path) -> int:
    """Compare the results with a saved file; 0 when every query gives the same."""
    now, before = _blocks(digests(store)), _blocks(saved.read_text(encoding="utf-8").splitlines())
    differ = 0
    for name, lines in before.items():
        new = now.get(name, [])
        if new != lines:
            differ += 1
            pairs = enumerate(zip(lines, new, strict=False))
            first = next((i for i, (a, b) in pairs if a != b), min(len(lines), len(new)))
            print(f"DIFFERS {name}: {lines[0]} now {new[:1]}; first difference at result {first}")
    print(f"{len(before)} queries, {differ} differ")
    return 1 if differ else 0


def _cpu_ms(function: Callable[[], Any], repeat: int) -> tuple[float, int]:
    times, count = [], 0
    for _ in range(repeat):
        start = time.process_time()
        count = len(list(function()))
        times.append((time.process_time() - start) * 1000)
    return statistics.median(times), count


def _cold(command: list[str], repeat: int) -> tuple[float, float]:
    """Median wall and CPU seconds of *command* run cold (a new Python each time)."""
    walls, cpus = [], []
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return statistics.median(walls), statistics.median(cpus)


def timings(store: Path, repeat: int, cold_repeat: int) -> None:
    """Print each query's results, in-process CPU ms and cold CLI wall / CPU seconds."""
    start = time.perf_counter()
    chronicle = Chronicle.open(store)
    opened = (time.perf_counter() - start) * 1000
    print(f"{store}: {len(chronicle):,} entries, open {opened:.1f} ms")
    start_up = _cold([sys.executable, "-m", "turkru", "--version"], cold_repeat) if cold_repeat else (0.0, 0.0)
    print(f"cold `turkru --version`: {start_up[0]:.2f} s, CPU {start_up[1]:.2f} s")
    print(f"{'query':<60} {'results':>8} {'cpu ms':>8} {'cold s':>7} {'cold cpu':>8}")
    for name, query in QUERIES:
        elapsed, count = _cpu_ms(lambda query=query: query(chronicle), repeat)  # type: ignore[misc]
        cold = ""
        if name in CLI and cold_repeat:
            words = CLI[name] if "STORE" in CLI[name] else [*CLI[name], "STORE"]
            command = [str(store) if word == "STORE" else word for word in words]
            wall, cpu = _cold([sys.executable, "-m", "turkru", *command], cold_repeat)
            cold = f"{wall:>7.2f} {cpu:>8.2f}"
        print(f"{name:<60} {count:>8,} {elapsed:>8.1f} {cold}", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("store", type=Path, help="a SQLite chronicle")
    parser.add_argument("--write", type=Path, metavar="FILE", help="save every query's results here")
    parser.add_argument("--check", type=Path, metavar="FILE", help="compare with results saved by --write")
    parser.add_argument("--time", action="store_true", help="time the benchmark's queries")
    parser.add_argument("--repeat", type=int, default=3, help="in-process runs per query (median)")
    parser.add_argument("--cold", type=int, default=3, help="cold CLI runs per query (median; 0: none)")
    args = parser.parse_args(argv)
    status = 0
    if args.write:
        args.write.write_text("\n".join(digests(args.store)) + "\n", encoding="utf-8")
    if args.check:
        status = check(args.store, args.check)
    if args.time:
        timings(args.store, args.repeat, args.cold)
    return status


if __name__ == "__main__":
    sys.exit(main())
