"""Evaluate extraction on the development corpus with its own scorer, and guard against regressions.

    python benchmarks/evaluate.py --corpus ../shared/corpus [--min-f1 0.75] [--min-published 0.9]
    python benchmarks/evaluate.py --corpus ../shared/corpus --subset new        # the 82 round-2 articles
    python benchmarks/evaluate.py --corpus ../shared/corpus --subset holdout    # the set-aside quarter
    python benchmarks/evaluate.py --corpus ../shared/corpus --subset dev        # all but the set-aside quarter
    python benchmarks/evaluate.py --probes tests/probes --scorer ../shared/corpus/score.py [--subset probes-a]
    python benchmarks/evaluate.py --corpus ../shared/corpus --names ids.txt     # any listed articles

Any folder with ``articles/`` and ``gold/`` can be scored: ``--probes`` names such a folder (the
invented probe set by default layout; its ``BLIND.txt`` lists set B), ``--scorer`` the corpus's
``score.py`` (default: ``score.py`` in the folder scored).

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
PROBES = Path(__file__).resolve().parent.parent / "tests" / "probes"
SUBSETS = ("all", "new", "holdout", "dev", "probes-a", "probes-b")


def read_names(path: Path) -> set[str]:
    """Article ids listed one per line (``#`` starts a comment)."""
    lines = (line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return {line for line in lines if line}


def all_names(folder: Path) -> set[str]:
    """The ids of every article in *folder*."""
    return {path.stem for path in (folder / "articles").glob("*.txt")}


def hidden_names(folder: Path) -> set[str]:
    """The articles a diagnosing script never reads: the set-aside quarter and *folder*'s blind set
    (its ``BLIND.txt``), which are only scored as wholes."""
    hidden = read_names(HOLDOUT)
    if (folder / "BLIND.txt").is_file():
        hidden |= read_names(folder / "BLIND.txt")
    return hidden


def add_folder_arguments(parser: argparse.ArgumentParser) -> None:
    """The options that name the folder scored (exactly one of --corpus and --probes) and its scorer."""
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--corpus", type=Path, help="folder with articles/, gold/, score.py")
    where.add_argument("--probes", type=Path, nargs="?", const=PROBES,
                       help=f"a folder with articles/ and gold/ (default {PROBES}); needs --scorer")
    parser.add_argument("--scorer", type=Path, help="the score.py to run (default: the folder's own)")


def subset_names(corpus: Path, subset: str) -> set[str] | None:
    """The article ids of *subset*, or None for the whole corpus."""
    if subset == "all":
        return None
    if subset in ("probes-a", "probes-b"):
        blind = read_names(corpus / "BLIND.txt")
        return blind if subset == "probes-b" else all_names(corpus) - blind
    if subset == "new":
        return read_names(corpus / "NEW-ARTICLES.txt")
    holdout = read_names(HOLDOUT)
    if subset == "holdout":
        return holdout
    return all_names(corpus) - holdout


def predict(corpus: Path, out: Path) -> int:
    """Write one facts object per corpus article to *out*; return the article count."""
    paths = sorted((corpus / "articles").glob("*.txt"))
    with out.open("w", encoding="utf-8") as stream:
        for path in paths:
            article = parse_article(path.read_text(encoding="utf-8"), article_id=path.stem)
            stream.write(json.dumps(to_facts(article), ensure_ascii=False) + "\n")
    return len(paths)


def score_subset(corpus: Path, predictions: Path, names: set[str],
                 scorer: Path | None = None) -> tuple[str, dict[str, object]]:
    """The scorer's table and figures over the gold of *names* only."""
    with tempfile.TemporaryDirectory() as folder:
        gold = Path(folder)
        for name in sorted(names):
            (gold / f"{name}.json").write_bytes((corpus / "gold" / f"{name}.json").read_bytes())
        return run_scorer(corpus, gold, predictions, scorer)


def run_scorer(corpus: Path, gold: Path, predictions: Path,
               scorer: Path | None = None) -> tuple[str, dict[str, object]]:
    """Run ``score.py`` (*scorer*, else the corpus's) as a program: its printed table and its JSON figures."""
    program = scorer if scorer is not None else corpus / "score.py"
    command = [sys.executable, str(program), "--gold", str(gold), "--pred", str(predictions)]
    table = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    figures = json.loads(subprocess.run([*command, "--json"], check=True, capture_output=True, text=True).stdout)
    return table, figures


def evaluate(folder: Path, names: set[str] | None, scorer: Path | None = None) -> tuple[str, dict[str, object]]:
    """Predict every article of *folder* and score those of *names* (None: all) against its gold."""
    with tempfile.TemporaryDirectory() as work:
        predictions = Path(work) / "predictions.jsonl"
        predict(folder, predictions)
        if names is None:
            return run_scorer(folder, folder / "gold", predictions, scorer)
        return score_subset(folder, predictions, names, scorer)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """The command line; exactly one of --corpus and --probes names the folder scored."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_folder_arguments(parser)
    parser.add_argument("--subset", choices=SUBSETS, default="all", help="score part of the folder only")
    parser.add_argument("--names", type=Path, help="score only the article ids listed in this file")
    parser.add_argument("--min-f1", type=float, default=0.0, help="fail below this headline micro-F1")
    parser.add_argument("--min-published", type=float, default=0.0, help="fail below this published accuracy")
    args = parser.parse_args(argv)
    scorer = args.scorer if args.scorer is not None else (args.corpus or args.probes) / "score.py"
    if not scorer.is_file():
        parser.error(f"no scorer at {scorer}: give --scorer PATH/score.py (the corpus's scorer)")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    folder: Path = args.corpus or args.probes
    names = read_names(args.names) if args.names is not None else subset_names(folder, args.subset)
    table, figures = evaluate(folder, names, args.scorer)
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
