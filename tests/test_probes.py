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
FLOORS = {"all": (0.93, 0.95), "probes-a": (0.95, 0.95), "probes-b": (0.90, 0.95)}


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


# Probe set 2 (tests/probes10): one entry per half and part, so that halves merge independently.
# A half's set B is its ids in BLIND.txt; its set A is the rest of its ids.
PROBES10 = Path(__file__).resolve().parent / "probes10"
# (half prefix, part): (headline micro-F1 floor, published-date accuracy floor)
HALF_FLOORS = {
    ("m", "a"): (0.88, 0.95),
    ("m", "b"): (0.49, 0.82),
    ("t", "a"): (0.90, 0.95),
    ("t", "b"): (0.52, 0.89),
}


def _half(prefix: str, part: str) -> set[str]:
    evaluate = load_benchmark("evaluate")
    ids = {path.stem for path in (PROBES10 / "articles").glob(f"{prefix}-*.txt")}
    blind = ids & evaluate.read_names(PROBES10 / "BLIND.txt")
    return blind if part == "b" else ids - blind


@pytest.mark.parametrize("prefix", sorted({prefix for prefix, _ in HALF_FLOORS}))
def test_probes10_half_is_well_formed(prefix: str) -> None:
    ids = _half(prefix, "a") | _half(prefix, "b")
    assert len(ids) >= 24
    assert ids == {path.stem for path in (PROBES10 / "gold").glob(f"{prefix}-*.json")}
    assert 0.3 <= len(_half(prefix, "b")) / len(ids) <= 0.5
    for name in sorted(ids):
        gold = json.loads((PROBES10 / "gold" / f"{name}.json").read_text(encoding="utf-8"))
        assert gold["article"] == name
        for fact in gold["facts"]:
            assert fact["kind"] in KINDS and "status" in fact and "date" in fact, name


@pytest.mark.parametrize(("prefix", "part"), sorted(HALF_FLOORS))
def test_probes10_half_holds_its_floor(corpus: Path, prefix: str, part: str) -> None:
    evaluate = load_benchmark("evaluate")
    _, figures = evaluate.evaluate(PROBES10, _half(prefix, part), corpus / "score.py")
    f1_floor, published_floor = HALF_FLOORS[prefix, part]
    assert float(figures["micro_headline"]["f1"]) >= f1_floor
    assert float(figures["published_accuracy"]) >= published_floor


# Probe sets split into a set A open to diagnosis and a blind set B (the ids in BLIND.txt), scored
# only by the lead at a round's start and end. Probe set 3 (tests/probes11) was wholly blind in
# session 11 and split in session 12; probe set 4 (tests/probes12) was written pristine in session
# 14 and split at once.
PROBES11 = Path(__file__).resolve().parent / "probes11"
PROBES12 = Path(__file__).resolve().parent / "probes12"
# part: (headline micro-F1 floor, published-date accuracy floor), just below the measured figures
# set 3: A 0.500, 0.80 and B 0.625, 1.00 at the start of session 12; A 0.683, 1.00 in session 14
# set 4: A 0.500, 0.70 and B 0.562, 1.00 on main 8103990, before any rule was read against them
SPLIT_FLOORS = {
    PROBES11: {"a": (0.67, 0.95), "b": (0.61, 0.95)},
    PROBES12: {"a": (0.49, 0.65), "b": (0.55, 0.95)},
}


def _split_part(folder: Path, part: str) -> set[str]:
    evaluate = load_benchmark("evaluate")
    ids = {path.stem for path in (folder / "articles").glob("*.txt")}
    blind = ids & evaluate.read_names(folder / "BLIND.txt")
    return blind if part == "b" else ids - blind


@pytest.mark.parametrize("folder", sorted(SPLIT_FLOORS), ids=lambda folder: folder.name)
def test_split_probe_set_is_well_formed(folder: Path) -> None:
    ids = {path.stem for path in (folder / "articles").glob("*.txt")}
    assert len(ids) >= 20
    assert ids == {path.stem for path in (folder / "gold").glob("*.json")}
    assert 0.3 <= len(_split_part(folder, "b")) / len(ids) <= 0.5
    for name in sorted(ids):
        gold = json.loads((folder / "gold" / f"{name}.json").read_text(encoding="utf-8"))
        assert gold["article"] == name
        for fact in gold["facts"]:
            assert fact["kind"] in KINDS and "status" in fact and "date" in fact, name


@pytest.mark.parametrize(
    ("folder", "part"),
    [(folder, part) for folder, floors in sorted(SPLIT_FLOORS.items()) for part in sorted(floors)],
    ids=lambda value: value.name if isinstance(value, Path) else value,
)
def test_split_probe_set_holds_its_floor(corpus: Path, folder: Path, part: str) -> None:
    evaluate = load_benchmark("evaluate")
    _, figures = evaluate.evaluate(folder, _split_part(folder, part), corpus / "score.py")
    f1_floor, published_floor = SPLIT_FLOORS[folder][part]
    assert float(figures["micro_headline"]["f1"]) >= f1_floor
    assert float(figures["published_accuracy"]) >= published_floor
