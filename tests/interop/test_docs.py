"""The examples in docs/interop.md run as written."""

from __future__ import annotations

import doctest
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "interop.md"


class TestInteropDoc:
    """docs/interop.md."""

    def test_examples(self) -> None:
        """Every ``>>>`` example in the document gives the output it shows (run from the repository root)."""
        pytest.importorskip("pandas")
        here = Path.cwd()
        os.chdir(ROOT)
        try:
            result = doctest.testfile(str(DOC), module_relative=False, optionflags=doctest.ELLIPSIS)
        finally:
            os.chdir(here)
        assert result.attempted > 0
        assert result.failed == 0
