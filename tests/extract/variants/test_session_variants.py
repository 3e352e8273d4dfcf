"""The wording matrix's session cases (session_cases.py): each invented text yields exactly its facts."""

from __future__ import annotations

import pytest
from _check import Case, as_params, check
from session_cases import CASES, KNOWN_FAILURES


@pytest.mark.parametrize("case", as_params(CASES, KNOWN_FAILURES))
def test_session_variant(case: Case) -> None:
    """The case's text yields the session facts it expects and nothing else of the matrix's kinds."""
    check(case)
