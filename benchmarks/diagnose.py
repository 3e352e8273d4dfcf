"""Show, per article, the gold facts missed and the predicted facts unmatched on the corpus.

    python benchmarks/diagnose.py --corpus ../shared/corpus [ARTICLE_ID ...]
    python benchmarks/diagnose.py --probes --scorer ../shared/corpus/score.py [ARTICLE_ID ...]

The set-aside quarter (benchmarks/holdout.txt) is never shown: it is scored only as a whole,
by ``evaluate.py --subset holdout``, so that its figure stays an unseen one. Nor is a folder's
blind set (its ``BLIND.txt``: the probe set's B).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

from evaluate import add_folder_arguments, hidden_names

from turkru import parse_article, to_facts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_folder_arguments(parser)
    parser.add_argument("articles", nargs="*", help="article ids to show (default: all)")
    args = parser.parse_args(argv)
    folder: Path = args.corpus or args.probes
    spec = importlib.util.spec_from_file_location("score", args.scorer or folder / "score.py")
    assert spec and spec.loader
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    hidden = hidden_names(folder)
    for path in sorted((folder / "articles").glob("*.txt")):
        if path.stem in hidden or (args.articles and path.stem not in args.articles):
            continue
        gold = json.loads((folder / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
        predicted = to_facts(parse_article(path.read_text(encoding="utf-8"), article_id=path.stem))
        kinds = set(score.HEADLINE)
        gold_facts = [f for f in gold["facts"] if f["kind"] in kinds]
        pred_facts = [f for f in predicted["facts"] if f["kind"] in kinds]
        pairs = score.match(gold_facts, pred_facts)
        matched_gold = {g for g, _ in pairs}
        matched_pred = {p for _, p in pairs}
        print(f"== {path.stem}  published gold={gold['published']} pred={predicted['published']}")
        for index, fact in enumerate(gold_facts):
            if index not in matched_gold and not fact.get("optional"):
                print("  MISS", json.dumps(fact, ensure_ascii=False)[:230])
        for index, fact in enumerate(pred_facts):
            if index not in matched_pred:
                print("  FP  ", json.dumps(fact, ensure_ascii=False)[:230])
    return 0


if __name__ == "__main__":
    sys.exit(main())
