"""The wording matrix's visit cases (visit_cases.py): each invented text yields exactly its facts."""

from __future__ import annotations

import pytest
from _check import Case, as_params, check
from visit_cases import CASES, KNOWN_FAILURES


@pytest.mark.parametrize("case", as_params(CASES, KNOWN_FAILURES))
def test_visit_variant(case: Case) -> None:
    """The case's text yields the visit facts it expects and nothing else of the matrix's kinds."""
    check(case)
