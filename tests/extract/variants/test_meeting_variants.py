"""The wording matrix's meeting cases (meeting_cases.py): each invented text yields exactly its facts."""

from __future__ import annotations

import pytest
from _check import Case, as_params, check
from meeting_cases import CASES, KNOWN_FAILURES


@pytest.mark.parametrize("case", as_params(CASES, KNOWN_FAILURES))
def test_meeting_variant(case: Case) -> None:
    """The case's text yields the meeting facts it expects and nothing else of the matrix's kinds."""
    check(case)
