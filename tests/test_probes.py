"""The invented probe set (tests/probes): well-formed, and scored by the corpus's scorer.

The probe texts were written for the project (not news), so they ship with it; the scorer does
not, so the scoring tests need TURKRU_CORPUS (or ../shared/corpus) for its score.py and skip
otherwise. Floors sit just below the measured figures: a regression guard, never the target.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.scripts import load_benchmark

PROBES = Path(__file__).resolve().parent / "probes"
KINDS = {"meeting", "visit", "commission_session", "agreement", "trade_flow", "event"}
# subset: (headline micro-F1 floor, published-date accuracy floor)
FLOORS = {"all": (0.89, 0.95), "probes-a": (0.94, 0.95), "probes-b": (0.81, 0.90)}
PROBES10 = PROBES.parent / "probes10"
# (folder, subset, id prefix): (headline micro-F1 floor, published-date accuracy floor); one entry per
# helper's half of tests/probes10, so that each half is guarded on its own.
FLOORS10 = {
    ("probes10", "probes-a", "t-"): (0.84, 0.93),
    ("probes10", "probes-b", "t-"): (0.51, 0.89),
}


def _ids(folder: str, suffix: str) -> set[str]:
    return {path.name.removesuffix(suffix) for path in (PROBES / folder).glob(f"*{suffix}")}


def test_every_article_has_its_gold() -> None:
    articles = _ids("articles", ".txt")
    assert len(articles) >= 32
    assert articles == _ids("gold", ".json")


def test_gold_is_in_the_facts_format() -> None:
    for path in sorted((PROBES / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        assert gold["article"] == path.stem
        assert set(gold) >= {"article", "published", "facts"}
        for fact in gold["facts"]:
            assert fact["kind"] in KINDS, path.name
            assert "status" in fact and "date" in fact, path.name


def test_articles_are_short_news_texts() -> None:
    for path in sorted((PROBES / "articles").glob("*.txt")):
        words = len(path.read_text(encoding="utf-8").split())
        assert 120 <= words <= 350, (path.name, words)


def test_blind_set_is_about_two_fifths() -> None:
    evaluate = load_benchmark("evaluate")
    blind = evaluate.read_names(PROBES / "BLIND.txt")
    everything = _ids("articles", ".txt")
    assert blind <= everything
    assert 0.3 <= len(blind) / len(everything) <= 0.5


@pytest.mark.parametrize("subset", sorted(FLOORS))
def test_probe_scores_hold_their_floor(corpus: Path, subset: str) -> None:
    evaluate = load_benchmark("evaluate")
    names = evaluate.subset_names(PROBES, subset)
    _, figures = evaluate.evaluate(PROBES, names, corpus / "score.py")
    f1_floor, published_floor = FLOORS[subset]
    assert float(figures["micro_headline"]["f1"]) >= f1_floor
    assert float(figures["published_accuracy"]) >= published_floor


def test_probes10_halves_are_news_length_and_have_gold() -> None:
    for prefix in sorted({key[2] for key in FLOORS10}):
        articles = sorted((PROBES10 / "articles").glob(f"{prefix}*.txt"))
        assert len(articles) >= 24
        for path in articles:
            assert (PROBES10 / "gold" / f"{path.stem}.json").is_file(), path.name
            assert 250 <= len(path.read_text(encoding="utf-8").split()) <= 900, path.name


@pytest.mark.parametrize(("folder", "subset", "prefix"), sorted(FLOORS10))
def test_probes10_scores_hold_their_floor(corpus: Path, folder: str, subset: str, prefix: str) -> None:
    evaluate = load_benchmark("evaluate")
    where = PROBES.parent / folder
    names = {name for name in evaluate.subset_names(where, subset) or set() if name.startswith(prefix)}
    _, figures = evaluate.evaluate(where, names, corpus / "score.py")
    f1_floor, published_floor = FLOORS10[(folder, subset, prefix)]
    assert float(figures["micro_headline"]["f1"]) >= f1_floor
    assert float(figures["published_accuracy"]) >= published_floor
