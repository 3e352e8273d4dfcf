"""The agreement wording matrix: every invented variant yields the facts it names, and nothing else."""

from __future__ import annotations

import pytest
from _check_t import Case, as_params, check
from agreement_cases import CASES


@pytest.mark.parametrize("case", as_params(CASES))
def test_agreement_variant(case: Case) -> None:
    check(case)


def test_agreement_cases_are_named_once() -> None:
    names = [case.name for case in CASES]
    assert len(names) == len(set(names))
