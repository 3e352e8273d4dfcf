"""Evaluate extraction on the development corpus with its own scorer, and guard against regressions.

    python benchmarks/evaluate.py --corpus ../shared/corpus [--min-f1 0.75] [--min-published 0.9]
    python benchmarks/evaluate.py --corpus ../shared/corpus --subset new        # the 82 round-2 articles
    python benchmarks/evaluate.py --corpus ../shared/corpus --subset holdout    # the set-aside quarter
    python benchmarks/evaluate.py --corpus ../shared/corpus --subset dev        # all but the set-aside quarter

Writes the predictions (facts format) to a temporary file, runs ``score.py`` on them,
prints its table, and exits non-zero when micro-F1 or publication-date accuracy fall below
the given floors. Subsets score the same predictions against part of the gold.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from turkru import parse_article, to_facts

HOLDOUT = Path(__file__).with_name("holdout.txt")
SUBSETS = ("all", "new", "holdout", "dev")


def read_names(path: Path) -> set[str]:
    """Article ids listed one per line (``#`` starts a comment)."""
    lines = (line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return {line for line in lines if line}


def subset_names(corpus: Path, subset: str) -> set[str] | None:
    """The article ids of *subset*, or None for the whole corpus."""
    if subset == "all":
        return None
    if subset == "new":
        return read_names(corpus / "NEW-ARTICLES.txt")
    holdout = read_names(HOLDOUT)
    if subset == "holdout":
        return holdout
    return {path.stem for path in (corpus / "articles").glob("*.txt")} - holdout


def predict(corpus: Path, out: Path) -> int:
    """Write one facts object per corpus article to *out*; return the article count."""
    paths = sorted((corpus / "articles").glob("*.txt"))
    with out.open("w", encoding="utf-8") as stream:
        for path in paths:
            article = parse_article(path.read_text(encoding="utf-8"), article_id=path.stem)
            stream.write(json.dumps(to_facts(article), ensure_ascii=False) + "\n")
    return len(paths)


def score_subset(corpus: Path, predictions: Path, names: set[str]) -> tuple[str, dict[str, object]]:
    """The scorer's table and figures over the gold of *names* only."""
    with tempfile.TemporaryDirectory() as folder:
        gold = Path(folder)
        for name in sorted(names):
            (gold / f"{name}.json").write_bytes((corpus / "gold" / f"{name}.json").read_bytes())
        return run_scorer(corpus, gold, predictions)


def run_scorer(corpus: Path, gold: Path, predictions: Path) -> tuple[str, dict[str, object]]:
    """Run ``score.py`` as a program: its printed table and its JSON figures."""
    command = [sys.executable, str(corpus / "score.py"), "--gold", str(gold), "--pred", str(predictions)]
    table = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    figures = json.loads(subprocess.run([*command, "--json"], check=True, capture_output=True, text=True).stdout)
    return table, figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, required=True, help="folder with articles/, gold/, score.py")
    parser.add_argument("--subset", choices=SUBSETS, default="all", help="score part of the corpus only")
    parser.add_argument("--min-f1", type=float, default=0.0, help="fail below this headline micro-F1")
    parser.add_argument("--min-published", type=float, default=0.0, help="fail below this published accuracy")
    args = parser.parse_args(argv)
    names = subset_names(args.corpus, args.subset)
    with tempfile.TemporaryDirectory() as folder:
        predictions = Path(folder) / "predictions.jsonl"
        predict(args.corpus, predictions)
        if names is None:
            table, figures = run_scorer(args.corpus, args.corpus / "gold", predictions)
        else:
            table, figures = score_subset(args.corpus, predictions, names)
    print(table, end="")
    micro = figures["micro_headline"]
    assert isinstance(micro, dict)
    f1 = float(micro["f1"])
    published = float(str(figures["published_accuracy"]))
    if f1 < args.min_f1 or published < args.min_published:
        print(f"FAIL: micro-F1 {f1:.3f} (floor {args.min_f1}), published accuracy {published:.3f} "
              f"(floor {args.min_published})", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
