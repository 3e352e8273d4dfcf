"""Parsing speed and memory: articles per second, MB per second and peak memory of parse_article.

    python benchmarks/parse_benchmark.py [--corpus ../shared/corpus | FOLDER] [--rounds 20]

Without a corpus it uses the bundled examples/articles. Speed is printed by the wall clock and by
the process's CPU time; on a loaded machine only the second is comparable between runs. The
gazetteer is loaded once before timing (its load time is printed separately), as a long-running
user would.
"""

from __future__ import annotations

import argparse
import sys
import time
import tracemalloc
from pathlib import Path

from turkru import Gazetteer, parse_article

ROOT = Path(__file__).resolve().parent.parent


def load_texts(folder: Path) -> list[str]:
    """Every .txt file under *folder* (or its articles/ subfolder)."""
    articles = folder / "articles" if (folder / "articles").is_dir() else folder
    return [path.read_text(encoding="utf-8") for path in sorted(articles.glob("*.txt"))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=ROOT / "examples" / "articles")
    parser.add_argument("--rounds", type=int, default=20, help="passes over the articles (default 20)")
    args = parser.parse_args(argv)
    texts = load_texts(args.corpus)
    if not texts:
        print(f"no .txt articles under {args.corpus}", file=sys.stderr)
        return 1
    started = time.perf_counter()
    gazetteer = Gazetteer.default()
    load_seconds = time.perf_counter() - started
    for text in texts:
        parse_article(text, gazetteer=gazetteer)
    size = sum(len(text.encode("utf-8")) for text in texts)
    started, cpu_started = time.perf_counter(), time.process_time()
    for _ in range(args.rounds):
        for text in texts:
            parse_article(text, gazetteer=gazetteer)
    seconds = time.perf_counter() - started
    cpu_seconds = time.process_time() - cpu_started
    count = len(texts) * args.rounds
    tracemalloc.start()
    for text in texts:
        parse_article(text, gazetteer=gazetteer)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    big = "\n\n".join(texts * max(1, (5 * 2**20) // max(size, 1)))
    started = time.perf_counter()
    parse_article(big, gazetteer=gazetteer)
    big_seconds = time.perf_counter() - started
    print(f"articles: {len(texts)} ({size / 1024:.1f} KiB), rounds: {args.rounds}")
    print(f"gazetteer load: {load_seconds * 1000:.0f} ms (once per process)")
    print(f"parse_article: {count / seconds:.0f} articles/s, {size * args.rounds / seconds / 2**20:.2f} MB/s, "
          f"{seconds / count * 1000:.2f} ms/article (one core, wall clock)")
    print(f"parse_article CPU time: {count / cpu_seconds:.0f} articles/s, {cpu_seconds / count * 1000:.2f} ms/article "
          "(the figure to compare on a shared machine: other processes inflate the wall clock)")
    print(f"peak traced memory while parsing one pass: {peak / 2**20:.1f} MiB")
    print(f"one {len(big.encode('utf-8')) / 2**20:.1f} MB article: {big_seconds:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
