"""Entries read back as written: no merging, every derived field checked against the variants."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from turkru import SerializationError
from turkru.chronicle import Chronicle
from turkru.chronicle.restore import restore_entry

from .reports import meeting, source, visit

A = source("a", "2021-05-08", "Trend")
B = source("b", "2021-05-09", "TASS")


def _line() -> dict[str, Any]:
    chronicle = Chronicle.from_records([meeting(A), meeting(B, date="2021-05-08")])
    data: dict[str, Any] = json.loads(chronicle.to_jsonl())
    return data


def _edit(change: Callable[[dict[str, Any]], None]) -> str:
    data = _line()
    change(data)
    return json.dumps(data)


class TestRestore:
    """restore_entry / from_jsonl keep what was written and reject what disagrees with itself."""

    def test_as_written(self) -> None:
        """An entry line restores to the entry that wrote it, without merging."""
        chronicle = Chronicle.from_records([meeting(A), meeting(B, date="2021-05-08"), visit(A)])
        for line in chronicle.to_jsonl().splitlines():
            entry = restore_entry(json.loads(line))
            assert chronicle.get(entry.id) == entry
            assert entry.evidence == chronicle.get(entry.id).evidence  # type: ignore[union-attr]

    def test_not_merged_again(self) -> None:
        """Two entries in a file stay two entries even if a merge would now join them."""
        first = Chronicle.from_records([meeting(A)]).to_jsonl()
        second = Chronicle.from_records([meeting(B, date="2021-05-08")]).to_jsonl()
        assert len(Chronicle.from_records([meeting(A), meeting(B, date="2021-05-08")])) == 1
        assert len(Chronicle.from_jsonl(first + second)) == 2

    @pytest.mark.parametrize(
        ("change", "message"),
        [
            (lambda d: d.update(conflicts=[]), r"^line 1: \$\.conflicts: \[\] does not match what its"),
            (lambda d: d.update(sources=["a"]), r"^line 1: \$\.sources: \['a'\] does not match its variants' sources"),
            (lambda d: d["variants"][0].update(sources=["b"]), r"^line 1: \$\.variants\[0\]\.sources: \['b'\] does"),
            (lambda d: d.update(id="visit-2021-05-07-abc"), r"^line 1: \$\.id: 'visit-2021-05-07-abc' is not an id of"),
            (lambda d: d.pop("id"), r"^line 1: \$\.id: required field missing$"),
            (lambda d: d["record"].update(place={"name": "Paris"}), r"^line 1: \$\.record: the merged record"),
            (lambda d: d.update(record={"kind": "event", "name": "Forum"}), r"^line 1: \$\.record\.kind: 'event'"),
            (
                lambda d: d["record"].update(evidence=d["variants"][0]["record"]["evidence"]),
                r"^line 1: \$\.record\.evidence: the merged record is stored without evidence",
            ),
        ],
    )
    def test_tampered(self, change: Callable[[dict[str, Any]], None], message: str) -> None:
        """A line edited so that it disagrees with its variants fails with the JSON path."""
        with pytest.raises(SerializationError, match=message):
            Chronicle.from_jsonl(_edit(change))

    def test_duplicate_ids(self) -> None:
        """Two lines with one id: the second names the first."""
        line = json.dumps(_line())
        with pytest.raises(SerializationError, match=r"^line 3: \$\.id: '.*' is already the id of line 1$"):
            Chronicle.from_jsonl(f"{line}\n\n{line}\n")

    def test_mixed_lines(self) -> None:
        """Record lines next to entry lines are merged into the restored entries."""
        from turkru.serialize import dumps_jsonl

        text = Chronicle.from_records([meeting(A)]).to_jsonl() + dumps_jsonl([meeting(B)])
        assert Chronicle.from_jsonl(text) == Chronicle.from_records([meeting(A), meeting(B)])
