"""A merge of many sources leaves the per-source key caches empty; a small one leaves them filled."""

from __future__ import annotations

import pytest

from turkru.chronicle import merge
from turkru.chronicle.entry import source_key
from turkru.chronicle.merge import build_entries, founding_rank
from turkru.model.actors import Person
from turkru.model.dates import PartialDate
from turkru.model.provenance import Evidence, Source
from turkru.model.records import Meeting


def _reports(count: int) -> list[Meeting]:
    people = (Person("Lavrov"), Person("Meredov"))
    return [
        Meeting(
            date=PartialDate(2024, 5, 1 + number % 4),  # two reports a day: groups of two
            participants=people,
            evidence=(Evidence(Source(f"outlet-{number}", published=PartialDate(2024, 6)), 0, 10),),
        )
        for number in range(count)
    ]


def test_a_big_merge_empties_the_caches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(merge, "_KEPT_SOURCES", 3)
    entries = build_entries(_reports(8))
    assert entries
    assert source_key.cache_info().currsize == 0
    assert founding_rank.cache_info().currsize == 0


def test_a_small_merge_keeps_them() -> None:
    source_key.cache_clear()
    build_entries(_reports(8))
    assert 0 < source_key.cache_info().currsize <= 8
