"""The development corpus: articles from several outlets, parsed and merged into one chronicle."""

from __future__ import annotations

from pathlib import Path

import pytest

from turkru.chronicle import Chronicle


@pytest.fixture(scope="module")
def chronicle(corpus: Path) -> Chronicle:
    """Every development article parsed, then merged."""
    from turkru.extract.pipeline import parse_article

    articles = [
        parse_article(path.read_text(encoding="utf-8"), article_id=path.stem)
        for path in sorted((corpus / "articles").glob("*.txt"))
    ]
    return Chronicle.from_articles(articles)


class TestDevelopmentCorpus:
    """Events that two outlets report come out as one entry with both sources."""

    def test_events_reported_twice_are_merged(self, chronicle: Chronicle) -> None:
        """Several entries have two or more sources, each with evidence from every source."""
        merged = [entry for entry in chronicle if len(entry.sources) >= 2]
        assert len(merged) >= 3, [entry.id for entry in merged]
        for entry in merged:
            spans_from = {item.source.article_id for item in entry.evidence if item.end > item.start}
            assert spans_from == {source.article_id for source in entry.sources}

    def test_kinds_merged(self, chronicle: Chronicle) -> None:
        """Meetings, visits and agreements are all merged across outlets."""
        kinds = {entry.kind for entry in chronicle if len(entry.sources) >= 2}
        assert {"meeting", "visit", "agreement"} <= kinds

    def test_nothing_lost(self, chronicle: Chronicle, corpus: Path) -> None:
        """Every article that yields records is a source of some entry; JSON Lines round-trips."""
        sources = {source.article_id for entry in chronicle for source in entry.sources}
        assert len(sources) >= 20
        assert Chronicle.from_jsonl(chronicle.to_jsonl()) == chronicle

    def test_queries(self, chronicle: Chronicle) -> None:
        """The queries answer on real data: Lavrov's meetings, TM-RU agreements, a sorted timeline."""
        lavrov = list(chronicle.person("Lavrov"))
        assert lavrov and all(entry.kind in ("meeting", "visit", "commission_session") for entry in lavrov)
        assert list(chronicle.agreements_between("TM", "RU", since=2020))
        dated = [entry.date for entry in chronicle.timeline() if entry.date is not None]
        assert dated == sorted(dated)

    def test_any_spelling_of_a_name(self, chronicle: Chronicle) -> None:
        """Lavrov's and Meredov's meetings are the same under every spelling the gazetteer knows."""
        lavrov = [list(chronicle.meetings(with_=name)) for name in ("Lavrov", "Sergei Lavrov", "Sergey Lavrov")]
        assert lavrov[0] and lavrov[1] == lavrov[0] and lavrov[2] == lavrov[0]
        meredov = [list(chronicle.person(name)) for name in ("Meredov", "Rasit Meredow", "Rashid Meredov")]
        assert meredov[0] and meredov[1] == meredov[0] and meredov[2] == meredov[0]
