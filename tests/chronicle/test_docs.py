"""The examples in docs/chronicle.md run as written."""

from __future__ import annotations

import doctest
from pathlib import Path

DOC = Path(__file__).resolve().parents[2] / "docs" / "chronicle.md"


class TestChronicleDoc:
    """docs/chronicle.md."""

    def test_examples(self) -> None:
        """Every ``>>>`` example in the document gives the output it shows."""
        result = doctest.testfile(str(DOC), module_relative=False, optionflags=doctest.ELLIPSIS)
        assert result.attempted > 0
        assert result.failed == 0
