"""Error classes, as counts: what one key field kept each unmatched fact from a fact on the other side.

    python benchmarks/error_classes.py --corpus ../shared/corpus [--subset all|new|holdout|dev]
    python benchmarks/error_classes.py --corpus ../shared/corpus --gold OTHER/gold --pred facts.jsonl

For every gold fact the extractor missed and every predicted fact left unmatched (the scorer's
one-to-one matching), it asks which single key field, set to the other side's value, would let
the pair match: ``status``, ``date``, ``mode`` or ``identity`` (the kind's identifying fields:
participants, sides, body, document type and title, trade direction and goods, event name).
A fact that no such change matches is ``absent`` (missed) or ``extra`` (spurious). Date
near-misses are then classed by how the dates differ (null on one side, another year, less or
more precise, ...). A wrongly dated fact costs twice, a miss and a spurious fact; this tells
that cost apart from facts not found at all.

Only counts are printed, never a fact or an article name, so it may be run on the set-aside
quarter (``--subset holdout``) without reading it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

from evaluate import predict, subset_names

Fact = dict[str, Any]

IDENTITY = {
    "meeting": ("participants",),
    "visit": ("delegation_of", "host"),
    "commission_session": ("body",),
    "agreement": ("doc_type", "title", "count"),
    "trade_flow": ("direction", "exporter", "importer", "commodities"),
    "event": ("name",),
}
"""The fields the scorer identifies a fact of each kind by (FORMAT.md, Matching)."""
FIELDS = ("status", "date", "mode", "identity")


def load_scorer(corpus: Path) -> ModuleType:
    """The corpus's score.py as a module."""
    spec = importlib.util.spec_from_file_location("score", corpus / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"{corpus / 'score.py'}: cannot load the scorer")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _relaxed(gold: Fact, predicted: Fact, field: str) -> Fact:
    """*predicted* with *field* (or the kind's identity fields) taken from *gold*."""
    relaxed = dict(predicted)
    if field == "status":
        relaxed["status"] = gold.get("status", "held")
    elif field == "date":
        date = gold.get("date")
        relaxed["date"] = date[0] if isinstance(date, list) else date
        relaxed["session_number"] = gold.get("session_number")
    elif field == "mode":
        relaxed["mode"] = gold.get("mode", "in_person")
    else:
        for key in IDENTITY.get(str(gold.get("kind")), ()):
            relaxed[key] = gold.get(key)
    return relaxed


def _apart_by(scorer: ModuleType, fact: Fact, others: list[Fact], *, fact_is_gold: bool) -> str | None:
    """The first field whose change matches *fact* with one of *others*, or None."""
    for field in FIELDS:
        for other in others:
            if other.get("kind") != fact.get("kind"):
                continue
            gold, predicted = (fact, other) if fact_is_gold else (other, fact)
            if scorer.pair_score(gold, _relaxed(gold, predicted, field)) is not None:
                return field
    return None


def date_class(gold: Fact, predicted: Fact) -> str:
    """How a predicted date differs from the gold one."""
    wanted = gold.get("date")
    wanted = wanted[0] if isinstance(wanted, list) else wanted
    given = predicted.get("date")
    if not wanted:
        return "gold null, predicted dated"
    if not given:
        return "predicted null"
    if wanted.startswith(given):
        return "predicted less precise"
    if given.startswith(wanted):
        return "predicted more precise"
    if wanted[:4] != given[:4]:
        return "another year"
    if wanted[:7] != given[:7]:
        return "another month"
    try:
        days = (dt.date.fromisoformat(given) - dt.date.fromisoformat(wanted)).days
    except ValueError:
        return "another day"
    return f"day off by {days:+d}" if abs(days) <= 2 else "another day (more than 2 off)"


def _unmatched(scorer: ModuleType, gold: list[Fact], predicted: list[Fact]) -> tuple[list[Fact], list[Fact]]:
    pairs = scorer.match(gold, predicted)
    matched_gold = {index for index, _ in pairs}
    matched_predicted = {index for _, index in pairs}
    missed = [fact for index, fact in enumerate(gold) if index not in matched_gold and not fact.get("optional")]
    spurious = [fact for index, fact in enumerate(predicted) if index not in matched_predicted]
    return missed, spurious


def classify(
    scorer: ModuleType, gold: dict[str, Fact], predicted: dict[str, Fact]
) -> dict[str, Counter[tuple[str, str]]]:
    """Counts of (kind, class) for missed facts, spurious facts and date near-misses."""
    counts: dict[str, Counter[tuple[str, str]]] = {"missed": Counter(), "spurious": Counter(), "dates": Counter()}
    kinds = set(scorer.KINDS)
    for article, document in gold.items():
        gold_facts = [fact for fact in document.get("facts", []) if fact.get("kind") in kinds]
        found = predicted.get(article, {"facts": []}).get("facts", [])
        missed, spurious = _unmatched(scorer, gold_facts, [fact for fact in found if fact.get("kind") in kinds])
        for fact in missed:
            field = _apart_by(scorer, fact, spurious, fact_is_gold=True)
            counts["missed"][(fact["kind"], field or "absent")] += 1
            if field == "date":
                other = next(o for o in spurious if o.get("kind") == fact["kind"] and _date_only(scorer, fact, o))
                counts["dates"][(fact["kind"], date_class(fact, other))] += 1
        for fact in spurious:
            field = _apart_by(scorer, fact, missed, fact_is_gold=False)
            counts["spurious"][(fact["kind"], field or "extra")] += 1
    return counts


def _date_only(scorer: ModuleType, gold: Fact, predicted: Fact) -> bool:
    return scorer.pair_score(gold, _relaxed(gold, predicted, "date")) is not None


def _lines(counts: Counter[tuple[str, str]]) -> Iterator[str]:
    for kind in sorted({kind for kind, _ in counts}):
        classes = sorted((name, count) for (k, name), count in counts.items() if k == kind)
        yield f"  {kind:<20} " + "  ".join(f"{name}={count}" for name, count in classes)
    total: Counter[str] = Counter()
    for (_, name), count in counts.items():
        total[name] += count
    yield "  total                " + "  ".join(f"{name}={count}" for name, count in sorted(total.items()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, required=True, help="the corpus folder (its score.py is used)")
    parser.add_argument("--subset", choices=("all", "new", "holdout", "dev"), default="all")
    parser.add_argument("--gold", type=Path, help="another gold folder (with --pred)")
    parser.add_argument("--pred", type=Path, help="facts JSON Lines to classify instead of parsing the corpus")
    args = parser.parse_args(argv)
    scorer = load_scorer(args.corpus)
    gold_folder = args.gold or args.corpus / "gold"
    gold = scorer.load_gold(gold_folder)
    if args.gold is None:
        names = subset_names(args.corpus, args.subset)
        gold = {name: document for name, document in gold.items() if names is None or name in names}
    if args.pred is not None:
        predicted = scorer.load_pred(args.pred)
    else:
        with tempfile.TemporaryDirectory() as folder:
            out = Path(folder) / "facts.jsonl"
            predict(args.corpus, out)
            predicted = scorer.load_pred(out)
    counts = classify(scorer, gold, predicted)
    print(f"{len(gold)} articles")
    for title, key in (
        ("missed gold facts, by the one field that kept each from a predicted fact", "missed"),
        ("spurious predicted facts, by the one field that kept each from a gold fact", "spurious"),
        ("date near-misses, by how the dates differ", "dates"),
    ):
        print(title)
        for line in _lines(counts[key]):
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
