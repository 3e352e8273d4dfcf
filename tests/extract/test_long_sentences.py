"""Long sentences naming thousands of documents: linear time (issue 12), the records as before."""

from __future__ import annotations

import time

import pytest

from turkru import parse_article
from turkru.model.records import Agreement

_LEAD = "Ashgabat, 3 March 2025 (TDH). Turkmenistan and Russia discussed cooperation.\n\n"
_TOPICS = ("culture", "education", "sport", "energy", "transport", "health", "science", "tourism")


def _dated(count: int) -> str:
    """One sentence: documents each dated ("a memorandum on sport on 5 May 2024, ...")."""
    items = ", ".join(f"a memorandum on {_TOPICS[i % 8]} on {i % 28 + 1} May 2024" for i in range(count))
    return _LEAD + f"Turkmenistan and Russia signed an agreement, {items} and a protocol."


def _titled(count: int) -> str:
    """One sentence: documents on distinct subjects, none dated."""
    items = ", ".join(f"a protocol on the project number {i} in the {_TOPICS[i % 8]} sector" for i in range(count))
    return _LEAD + f"The sides signed a treaty, {items} and a roadmap."


def _seconds(text: str) -> float:
    started = time.process_time()
    parse_article(text)
    return time.process_time() - started


class TestLongSentences:
    def test_dated_documents_keep_their_dates(self) -> None:
        """A document of a long list takes the date written after it (the same as before the indexes)."""
        article = parse_article(_dated(20))
        dated = {r.title: str(r.date) for r in article.records if isinstance(r, Agreement)}
        assert dated["memorandum on culture"] == "2024-05-01"
        assert dated["memorandum on education"] == "2024-05-02"

    @pytest.mark.slow
    @pytest.mark.timing
    @pytest.mark.parametrize("build", [_dated, _titled])
    def test_four_times_the_documents_about_four_times_the_time(self, build: object) -> None:
        """A sentence with four times the documents takes about four times as long (under 6x; the
        quadratic versions took 13-15x), the better of two runs each."""
        assert callable(build)
        small = min(_seconds(build(300)) for _ in range(2))
        large = min(_seconds(build(1200)) for _ in range(2))
        assert large < 6 * max(small, 0.05), (small, large)
