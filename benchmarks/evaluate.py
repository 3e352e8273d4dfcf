"""Evaluate extraction on the development corpus with its own scorer, and guard against regressions.

    python benchmarks/evaluate.py --corpus ../shared/corpus [--min-f1 0.75] [--min-published 0.9]

Writes the predictions (facts format) to a temporary file, runs ``score.py`` on them,
prints its table, and exits non-zero when micro-F1 or publication-date accuracy fall below
the given floors.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from turkru import parse_article, to_facts


def predict(corpus: Path, out: Path) -> int:
    """Write one facts object per corpus article to *out*; return the article count."""
    paths = sorted((corpus / "articles").glob("*.txt"))
    with out.open("w", encoding="utf-8") as stream:
        for path in paths:
            article = parse_article(path.read_text(encoding="utf-8"), article_id=path.stem)
            stream.write(json.dumps(to_facts(article), ensure_ascii=False) + "\n")
    return len(paths)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, required=True, help="folder with articles/, gold/, score.py")
    parser.add_argument("--min-f1", type=float, default=0.0, help="fail below this headline micro-F1")
    parser.add_argument("--min-published", type=float, default=0.0, help="fail below this published accuracy")
    parser.add_argument("--by-article", action="store_true", help="show tp/fp/fn per article")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        predictions = Path(folder) / "predictions.jsonl"
        predict(args.corpus, predictions)
        command = [sys.executable, str(args.corpus / "score.py"), "--gold", str(args.corpus / "gold"),
                   "--pred", str(predictions)]
        table = subprocess.run([*command, *(["--by-article"] if args.by_article else [])],
                               check=True, capture_output=True, text=True).stdout
        figures = json.loads(subprocess.run([*command, "--json"], check=True, capture_output=True,
                                            text=True).stdout)
    print(table, end="")
    f1 = figures["micro_headline"]["f1"]
    published = figures["published_accuracy"]
    if f1 < args.min_f1 or published < args.min_published:
        print(f"FAIL: micro-F1 {f1:.3f} (floor {args.min_f1}), published accuracy {published:.3f} "
              f"(floor {args.min_published})", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
