"""The wording matrix for agreements and trade flows: a case, how its facts are compared, its marks.

A case is an invented text (one to four sentences, with a publication date) and the agreement and
trade-flow facts it must yield. It passes when every fact it expects is found and nothing else of
those two kinds is, apart from the facts it *allows* (where an annotator could defensibly go either
way). Facts are compared as the corpus scorer pairs them (kind, status, date, doc type and title
overlap or batch count; direction, sides and a shared commodity word), and where a case spells out
a further field (a value, a change, a count, a period, the parties) that field must agree as well.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import pytest
from _check import Outcome, compare, dates_agree, matrix_facts, overlap

Fact = Mapping[str, Any]

#: The kinds this matrix speaks for; facts of any other kind are not looked at.
MATRIX_KINDS = frozenset({"agreement", "trade_flow"})

#: The publication date most cases carry (a Thursday).
PUBLISHED = "2024-05-16"

# Words a title shares with too many others to show two titles are the same (as the scorer has it).
_GENERIC = frozenset(
    {
        *("the", "of", "on", "in", "and", "between", "for", "a", "an", "to", "with", "by", "at"),
        *("agreement", "agreements", "memorandum", "memoranda", "programme", "program", "declaration"),
        *("protocol", "roadmap", "treaty", "contract", "plan", "document", "documents"),
        *("intergovernmental", "interdepartmental", "bilateral", "turkmen", "russian", "turkmenistan"),
        *("russia", "federation", "republic", "government", "governments", "two", "countries", "sides"),
    }
)


@dataclass(frozen=True)
class Case:
    """One invented text and the facts it must yield, named by construction and dimension."""

    construction: str
    dimension: str
    variant: str
    text: str
    facts: tuple[Fact, ...] = ()
    published: str | None = PUBLISHED
    allowed: tuple[Fact, ...] = ()
    xfail: str | None = None

    @property
    def name(self) -> str:
        """The case's id: construction, dimension and variant."""
        return f"{self.construction}-{self.dimension}-{self.variant}"


def content_words(text: str | None) -> set[str]:
    """A title's or a commodity's telling words, folded like the scorer folds them."""
    words = re.findall(r"[a-z0-9]+", (text or "").lower())
    return {w.rstrip("s") if len(w) > 3 else w for w in words if w not in _GENERIC}


def _agreements_agree(expected: Fact, found: Fact) -> bool:
    if expected.get("doc_type") != found.get("doc_type"):
        return False
    if "count" in expected and expected["count"] != found.get("count"):
        return False
    if "period" in expected and list(expected["period"]) != list(found.get("period") or []):
        return False
    if "parties" in expected and not set(expected["parties"]) <= set(found.get("parties") or ()):
        return False
    if expected.get("title") or found.get("title"):
        same_batch = bool(expected.get("count")) and expected.get("count") == found.get("count")
        return same_batch or overlap(content_words(expected.get("title")), content_words(found.get("title"))) >= 0.5
    return True


def _values_agree(expected: Fact, found: Fact) -> bool:
    if "value" in expected:
        want, got = expected["value"], found.get("value") or {}
        if want["unit"] != got.get("unit") or not math.isclose(want["amount"], got.get("amount") or 0, rel_tol=0.01):
            return False
    return "change" not in expected or expected["change"] == found.get("change")


def _flows_agree(expected: Fact, found: Fact) -> bool:
    for key in ("direction", "exporter", "importer"):
        if expected.get(key) != found.get(key):
            return False
    want: set[str] = set().union(*(content_words(c) for c in expected.get("commodities") or ()))
    got: set[str] = set().union(*(content_words(c) for c in found.get("commodities") or ()))
    if (want or got) and not want & got:
        return False
    return _values_agree(expected, found)


def facts_agree(expected: Fact, found: Fact) -> bool:
    """True when *found* is the fact *expected* describes."""
    if expected["kind"] != found.get("kind") or expected.get("status", "held") != found.get("status", "held"):
        return False
    if not dates_agree(expected.get("date"), found.get("date")):
        return False
    if expected["kind"] == "agreement":
        return _agreements_agree(expected, found)
    return _flows_agree(expected, found)


def outcome(case: Case) -> Outcome:
    """Run *case*'s text through turkru and compare with what it expects."""
    return compare(case.facts, case.allowed, matrix_facts(case.text, case.published, MATRIX_KINDS), facts_agree)


def as_params(cases: Iterable[Case]) -> list[Any]:
    """pytest params, one per case, named by the case and marked xfail(strict) where it is known to fail."""
    params = []
    for case in cases:
        marks = [pytest.mark.xfail(strict=True, reason=case.xfail)] if case.xfail else []
        params.append(pytest.param(case, id=case.name, marks=marks))
    return params


def check(case: Case) -> None:
    """Assert that *case* passes."""
    result = outcome(case)
    assert result.passed, result.explain()


def agreement(doc_type: str, title: str | None, status: str = "signed", date: Any = None, **more: Any) -> Fact:
    """An expected agreement fact (further fields compared only where given)."""
    return {"kind": "agreement", "doc_type": doc_type, "title": title, "status": status, "date": date, **more}


def flow(
    direction: str,
    date: Any,
    exporter: str | None = None,
    importer: str | None = None,
    commodities: tuple[str, ...] = (),
    status: str = "held",
    **more: Any,
) -> Fact:
    """An expected trade-flow fact (value and change compared only where given)."""
    return {
        "kind": "trade_flow",
        "direction": direction,
        "exporter": exporter,
        "importer": importer,
        "commodities": list(commodities),
        "status": status,
        "date": date,
        **more,
    }


def usd(amount: float) -> dict[str, Any]:
    """A money value in US dollars."""
    return {"amount": amount, "unit": "USD"}
