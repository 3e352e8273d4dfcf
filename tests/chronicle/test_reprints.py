"""Reprints: articles with the same content hash are one source, however many copies there are."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest

from turkru import Article, PartialDate, Reprint, Source
from turkru.chronicle import Chronicle
from turkru.chronicle.entry import with_evidence
from turkru.chronicle.reprints import fold_reprints, original

from .reports import agreement, meeting, visit

HASH = "ab" * 32


def _source(article_id: str, published: str | None, outlet: str | None = None, digest: str = HASH) -> Source:
    when = PartialDate.parse(published) if published else None
    return Source(article_id=article_id, outlet=outlet, published=when, content_hash=digest)


def _article(source: Source) -> Article:
    """One made-up article: a dated meeting, an undated visit, a vague undated batch of documents."""
    return Article(
        source=source,
        records=(
            meeting(source, date="2021-05-07"),
            visit(source, date=None, head="Meredov", place="Moscow"),
            agreement(source, date=None, title=None, doc_type=agreement(source).doc_type),
        ),
    )


ORIGINAL = _source("trend-1", "2021-05-08", "Trend")
COPIES = [_source(f"copy-{number:03}", "2021-05-09", f"Outlet {number}") for number in range(99)]


class TestOriginal:
    """The one source of a text: the earliest appearance, listing the others."""

    def test_earliest_published_first(self) -> None:
        """Earliest publication wins, then the article id; the rest are reprints in that order."""
        found = [
            Reprint(article_id="b", published=PartialDate(2021, 5, 9)),
            Reprint(article_id="z", published=PartialDate(2021, 5, 8)),
            Reprint(article_id="a", published=PartialDate(2021, 5, 9)),
            Reprint(article_id="c"),
        ]
        source = original(HASH, found)
        assert (source.article_id, source.published, source.content_hash) == ("z", PartialDate(2021, 5, 8), HASH)
        assert [reprint.article_id for reprint in source.reprints] == ["a", "b", "c"]

    def test_fold_is_idempotent(self) -> None:
        """Folding folded records changes nothing."""
        records = [record for source in (ORIGINAL, *COPIES[:3]) for record in _article(source).records]
        once = fold_reprints(records)
        assert fold_reprints(once) == once
        assert [r.sources for r in fold_reprints(once)] == [r.sources for r in once]

    def test_other_texts_untouched(self) -> None:
        """Sources without a hash, or with a hash of their own, stay as they are."""
        plain = Source(article_id="plain")
        other = _source("other", "2021-05-08", digest="cd" * 32)
        records = [meeting(plain), meeting(other)]
        assert [r.sources for r in fold_reprints(records)] == [(plain,), (other,)]


class TestChronicleOfCopies:
    """A hundred copies of an article give the chronicle of one, with the copies listed."""

    def test_hundred_copies(self) -> None:
        """Three entries, each from one source that names the 99 reprints."""
        once = Chronicle.from_articles([_article(ORIGINAL)])
        many = Chronicle.from_articles([_article(source) for source in (*COPIES, ORIGINAL)])
        assert len(once) == len(many) == 3
        assert [entry.id for entry in many] == [entry.id for entry in once]
        assert [entry.record for entry in many] == [entry.record for entry in once]
        for entry in many:
            (source,) = entry.sources
            assert source.article_id == "trend-1"
            assert [reprint.article_id for reprint in source.reprints] == [copy.article_id for copy in COPIES]
            assert {item.source for item in entry.evidence} == {source}

    def test_order_and_repetition_do_not_matter(self) -> None:
        """Copies in any order, merged twice, or added to a chronicle that has some: one result."""
        articles = [_article(source) for source in (ORIGINAL, *COPIES[:5])]
        forward = Chronicle.from_articles(articles)
        assert Chronicle.from_articles(articles[::-1]) == forward
        assert forward.merge(forward) == forward
        partial = Chronicle.from_articles(articles[:2])
        assert partial.add(*articles[2:]) == forward
        assert [s.reprints for e in partial.add(*articles[2:]) for s in e.sources] == [
            s.reprints for e in forward for s in e.sources
        ]

    def test_json_lines_keep_reprints(self) -> None:
        """The reprints survive a JSON Lines round trip, and only sources with some write the key."""
        chronicle = Chronicle.from_articles([_article(source) for source in (ORIGINAL, *COPIES[:2])])
        text = chronicle.to_jsonl()
        again = Chronicle.from_jsonl(text)
        assert [s.reprints for e in again for s in e.sources] == [s.reprints for e in chronicle for s in e.sources]
        assert '"reprints"' in text
        assert '"reprints"' not in Chronicle.from_articles([_article(ORIGINAL)]).to_jsonl()


def _renamed(article: Article, article_id: str) -> Article:
    """A copy of *article* under another id, as parsing the same text under another file name gives."""
    source = attrs.evolve(article.source, article_id=article_id)
    records = tuple(
        with_evidence(record, tuple(attrs.evolve(item, source=source) for item in record.evidence))
        for record in article.records
    )
    return Article(source=source, records=records)


@pytest.fixture(scope="module")
def articles(corpus: Path) -> list[Article]:
    """Every development article, parsed."""
    from turkru.extract.pipeline import parse_article

    return [
        parse_article(path.read_text(encoding="utf-8"), article_id=path.stem)
        for path in sorted((corpus / "articles").glob("*.txt"))
    ]


class TestCorpus:
    """On the development corpus: the folder twice, or many copies of it, is the folder once."""

    def test_twice(self, articles: list[Article]) -> None:
        """The same articles merged twice give the chronicle of once."""
        once = Chronicle.from_articles(articles)
        assert Chronicle.from_articles([*articles, *articles]) == once
        assert once.merge(once) == once

    def test_many_copies(self, articles: list[Article]) -> None:
        """A hundred renamed copies of every article give the same entries, each copy a reprint."""
        once = Chronicle.from_articles(articles)
        copies = [_renamed(article, f"{article.source.article_id}~{n}") for n in range(100) for article in articles]
        many = Chronicle.from_articles([*articles, *copies])
        assert len(many) == len(once)
        assert [entry.id for entry in many] == [entry.id for entry in once]
        assert [entry.record for entry in many] == [entry.record for entry in once]
        for entry in many:
            for source in entry.sources:
                assert len(source.reprints) == 100
