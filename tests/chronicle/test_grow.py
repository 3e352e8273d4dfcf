"""Growing a chronicle: adding reports merges again only what they can join, and equals a full merge."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from strategies import report_lists
from turkru.chronicle import Chronicle
from turkru.chronicle.grow import MemoryKnown, grow
from turkru.chronicle.store import grow_store, write_store
from turkru.model.records import AnyRecord

from .reports import agreement, meeting, source, visit

A = source("a", "2021-05-08", "Trend")
B = source("b", "2021-05-09", "TASS")
C = source("c", "2024-01-10", "nCa")

HOLDOUT = Path(__file__).resolve().parents[2] / "benchmarks" / "holdout.txt"

_PROPERTY = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)


def _batches(draw: st.DrawFn) -> tuple[list[AnyRecord], list[AnyRecord]]:
    reports = draw(report_lists(max_size=10))
    cut = draw(st.integers(min_value=0, max_value=len(reports)))
    return reports[:cut], reports[cut:]


batches = st.composite(_batches)


class TestAdd:
    """chronicle.add(records) == Chronicle.from_records(all the reports)."""

    @_PROPERTY
    @given(batches())
    def test_add_equals_merging_everything(self, split: tuple[list[AnyRecord], list[AnyRecord]]) -> None:
        """Adding a batch gives the chronicle of every report, ids and evidence included."""
        first, second = split
        grown = Chronicle.from_records(first).add(*second)
        assert grown.to_jsonl() == Chronicle.from_records([*first, *second]).to_jsonl()

    @_PROPERTY
    @given(batches(), batches())
    def test_merge_of_chronicles(
        self, one: tuple[list[AnyRecord], list[AnyRecord]], two: tuple[list[AnyRecord], list[AnyRecord]]
    ) -> None:
        """Merging two chronicles, each grown in steps, gives the chronicle of all their reports."""
        left = Chronicle.from_records(one[0]).add(*one[1])
        right = Chronicle.from_records(two[0]).add(*two[1])
        every = [*one[0], *one[1], *two[0], *two[1]]
        assert left.merge(right).to_jsonl() == Chronicle.from_records(every).to_jsonl()

    def test_touches_only_what_can_join(self) -> None:
        """A report of one event re-merges that event's entry and leaves the others alone."""
        chronicle = Chronicle.from_records(
            [meeting(A), visit(A, date="2022-03-01"), agreement(C, date="2024-01-09", title="memorandum on sport")]
        )
        change = grow(MemoryKnown(chronicle.entries), [meeting(B, date="2021-05-08")])
        touched = {chronicle.entries[position].kind for position in change.removed}
        assert touched == {"meeting"}
        assert [len(entry.sources) for entry in change.added] == [2]

    def test_add_nothing(self) -> None:
        """Adding nothing gives the same chronicle."""
        chronicle = Chronicle.from_records([meeting(A)])
        assert chronicle.add() is chronicle


class TestGrowStore:
    """grow_store / `turkru merge --into`: the file ends as a full merge would write it."""

    @settings(max_examples=40, deadline=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
    @given(batches())
    def test_store_grows_like_a_merge(self, tmp_path: Path, split: tuple[list[AnyRecord], list[AnyRecord]]) -> None:
        """A store grown by a batch reads back as the chronicle of every report."""
        first, second = split
        path = tmp_path / "grown.sqlite"
        write_store(Chronicle.from_records(first).entries, path)
        grow_store(path, second)
        every = Chronicle.from_records([*first, *second])
        opened = Chronicle.open(path)
        assert len(opened) == len(every)
        assert opened.to_jsonl() == every.to_jsonl()
        assert list(opened.meetings(with_="Lavrov")) == list(every.meetings(with_="Lavrov"))


def _articles(corpus: Path) -> list[Path]:
    held = set(HOLDOUT.read_text(encoding="utf-8").split()) if HOLDOUT.exists() else set()
    paths = sorted((corpus / "articles").glob("*.txt"))
    return [path for path in paths if path.name not in held and path.stem not in held]


class TestCorpus:
    """On the development corpus: a chronicle grown article by article group equals the full merge."""

    def test_grown_in_halves(self, corpus: Path, tmp_path: Path) -> None:
        """Half the articles merged, the other half added (in memory and to a store): the full merge."""
        from turkru.extract.pipeline import parse_article

        articles = [parse_article(p.read_text(encoding="utf-8"), article_id=p.stem) for p in _articles(corpus)]
        assert len(articles) > 10
        every = Chronicle.from_articles(articles)
        odd, even = articles[1::2], articles[0::2]
        assert Chronicle.from_articles(odd).add(*even).to_jsonl() == every.to_jsonl()
        path = tmp_path / "corpus.sqlite"
        Chronicle.from_articles(odd).save(path)
        grow_store(path, list(Chronicle.from_articles(even).reports()))
        assert Chronicle.open(path).to_jsonl() == every.to_jsonl()
