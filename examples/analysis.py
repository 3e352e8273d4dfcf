"""From a folder of articles to answers and a chart: the walk-through of docs/guide.md as a script.

    python examples/analysis.py                       # the bundled example articles
    python examples/analysis.py path/to/articles --out results

It parses every .txt file in the folder, merges the records into one chronicle (one entry
per real event, all sources kept), prints the answers to a few questions, and writes
results/chronicle.jsonl, results/chronicle.csv and, with the ``plot`` extra installed,
results/timeline.png.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import turkru
from turkru.chronicle import render_table

HERE = Path(__file__).resolve().parent


def section(title: str, text: str) -> None:
    """Print a heading and a table."""
    print(f"\n# {title}\n{text}", end="")


def main(argv: list[str] | None = None) -> int:
    """Run the analysis; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", nargs="?", type=Path, default=HERE / "articles", help="a folder of .txt articles")
    parser.add_argument("--out", type=Path, default=Path("results"), help="where to write the files")
    args = parser.parse_args(argv)

    # 1. Parse every article, then merge their records into one chronicle.
    articles = [
        turkru.parse_article(path.read_text(encoding="utf-8"), article_id=path.stem)
        for path in sorted(args.folder.glob("*.txt"))
    ]
    chronicle = turkru.Chronicle.from_articles(articles)
    records = sum(len(article.records) for article in articles)
    merged = [entry for entry in chronicle if len(entry.sources) > 1]
    conflicted = [entry for entry in chronicle if entry.conflicts]
    print(f"{len(articles)} articles, {records} records, {len(chronicle)} events")
    print(f"{len(merged)} events reported by more than one article, {len(conflicted)} with disagreements")
    for entry in conflicted:
        for field in entry.conflicts:
            told = "; ".join(
                f"{value} ({', '.join(source.article_id for source in sources)})"
                for value, sources in entry.values(field)
            )
            print(f"  {entry.id}: {field}: {told}")

    # 2. Ask questions.
    section("Agreements between Turkmenistan and Russia", render_table(chronicle.agreements_between("TM", "RU")))
    section("Meetings of the presidents", render_table(chronicle.meetings(with_=["Putin", "Berdimuhamedov"])))
    section("Lavrov's meetings and visits, any spelling", render_table(chronicle.person("Lavrov")))
    section("Commission sessions", render_table(chronicle.sessions()))
    section("Trade figures", render_table(chronicle.trade()))
    section("Everything since 2024, in date order", render_table(chronicle.timeline(since=2024)))

    # 3. Save the chronicle, a spreadsheet and a chart.
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "chronicle.jsonl").write_text(chronicle.to_jsonl(), encoding="utf-8")
    turkru.to_csv(chronicle, args.out / "chronicle.csv")
    written = ["chronicle.jsonl", "chronicle.csv"]
    try:
        turkru.plot_timeline(chronicle, args.out / "timeline.png")
        written.append("timeline.png")
    except turkru.TurkruError as error:
        print(f"\nno chart: {error}")
    print(f"\nwrote {', '.join(str(args.out / name) for name in written)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
