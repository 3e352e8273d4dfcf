"""The wording matrix's shared parts: a case, how its facts are compared, and its pytest marks.

A case is an invented text (one to four sentences) with the facts of the kinds meeting, visit,
commission_session and event that it must yield. A case passes when every fact it expects is
found, and nothing else of those kinds is: the comparison follows the corpus scorer's matching
(kind, status, date, and the key fields of each kind), and where a case spells out a further
field (place, head, session number, co-chairs, end date) that field must agree as well.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import pytest

from turkru import parse_article, to_facts

Fact = Mapping[str, Any]

#: The kinds this matrix speaks for; facts of any other kind are not looked at.
MATRIX_KINDS = frozenset({"meeting", "visit", "commission_session", "event"})

# Words an event name shares with too many others to show two names are the same.
_NAME_FILLER = frozenset({"the", "of", "on", "in", "and", "for", "a", "an", "to", "with", "at", "by"})

# Fields compared only where a case gives them (the scorer's key fields are always compared).
_EXACT_WHEN_GIVEN = ("place", "head", "session_number", "end_date", "format", "region")


@dataclass(frozen=True)
class Case:
    """One invented text and the facts it must yield, named by construction and dimension."""

    construction: str
    dimension: str
    variant: str
    text: str
    facts: tuple[Fact, ...]
    published: str | None = "2024-05-16"
    allowed: tuple[Fact, ...] = ()

    @property
    def name(self) -> str:
        """The case's id: construction, dimension and variant."""
        return f"{self.construction}-{self.dimension}-{self.variant}"


@dataclass
class Outcome:
    """What a case's text yielded against what it expects."""

    missed: list[Fact] = field(default_factory=list)
    spurious: list[Fact] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        """True when nothing was missed and nothing extra was found."""
        return not self.missed and not self.spurious

    def explain(self) -> str:
        """A short account of the differences, for an assertion message."""
        return f"missed {self.missed}; spurious {self.spurious}"


def surname_key(name: str) -> str:
    """A surname folded like the scorer folds it (last word, y/i, kh/h, w/v, doubled letters)."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    words = re.findall(r"[a-z]+", plain)
    if not words:
        return ""
    key = words[-1]
    for old, new in (("kh", "h"), ("w", "v"), ("y", "i"), ("dzh", "j"), ("zh", "j")):
        key = key.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", key)


def _surnames(values: Iterable[str] | None) -> set[str]:
    return {surname_key(v) for v in values or () if surname_key(v)}


def _name_words(name: str | None) -> set[str]:
    words = re.findall(r"[a-z0-9]+", (name or "").lower())
    return {w.rstrip("s") if len(w) > 3 else w for w in words if w not in _NAME_FILLER}


def overlap(a: set[str], b: set[str]) -> float:
    """The Jaccard overlap of two word sets (1.0 when both are empty)."""
    return len(a & b) / len(a | b) if a or b else 1.0


def dates_agree(expected: Any, found: Any) -> bool:
    """Whether *found* is the date, or one of the either-of dates, *expected* gives (null alike)."""
    accepted = expected if isinstance(expected, list) else [expected]
    return (found or None) in [a or None for a in accepted]


def _given_fields_agree(expected: Fact, found: Fact) -> bool:
    for key in _EXACT_WHEN_GIVEN:
        if key in expected and (expected[key] or None) != (found.get(key) or None):
            return False
    chairs = _surnames(expected.get("co_chairs"))
    return not chairs - _surnames(found.get("co_chairs"))


def _kind_keys_agree(expected: Fact, found: Fact) -> bool:
    kind = expected["kind"]
    if kind == "meeting":
        if expected.get("mode", "in_person") != found.get("mode", "in_person"):
            return False
        # Stricter than the scorer: every expected participant must be found.
        return _surnames(expected.get("participants")) <= _surnames(found.get("participants"))
    if kind == "visit":
        return expected.get("delegation_of") == found.get("delegation_of") and expected.get(
            "host"
        ) == found.get("host")
    if kind == "commission_session":
        return bool(expected.get("body") == found.get("body"))
    return overlap(_name_words(expected.get("name")), _name_words(found.get("name"))) >= 0.5


def facts_agree(expected: Fact, found: Fact) -> bool:
    """True when *found* is the fact *expected* describes."""
    if expected["kind"] != found.get("kind"):
        return False
    if expected.get("status", "held") != found.get("status", "held"):
        return False
    same_sitting = (
        expected["kind"] == "commission_session"
        and expected.get("session_number") is not None
        and expected.get("session_number") == found.get("session_number")
    )
    if not (same_sitting or dates_agree(expected.get("date"), found.get("date"))):
        return False
    return _kind_keys_agree(expected, found) and _given_fields_agree(expected, found)


Agree = Callable[[Fact, Fact], bool]
"""Whether a found fact is the one an expected fact describes."""


def _pair_off(wanted: Iterable[Fact], found: Iterable[Fact], agree: Agree) -> tuple[list[Fact], list[Fact]]:
    """Greedy one-to-one pairing; returns the wanted facts and the found facts left over."""
    left = list(found)
    unmatched: list[Fact] = []
    for fact in wanted:
        partner = next((f for f in left if agree(fact, f)), None)
        if partner is None:
            unmatched.append(fact)
        else:
            left.remove(partner)
    return unmatched, left


def matrix_facts(text: str, published: str | None, kinds: frozenset[str] = MATRIX_KINDS) -> list[Fact]:
    """The facts of *kinds* (the matrix's) that turkru finds in *text*."""
    article = parse_article(text, published=published)
    return [f for f in to_facts(article)["facts"] if f.get("kind") in kinds]


def compare(
    expected: Iterable[Fact], allowed: Iterable[Fact], found: list[Fact], agree: Agree = facts_agree
) -> Outcome:
    """What *found* misses of *expected*, and what it holds beyond it and the *allowed* facts."""
    missed, extra = _pair_off(expected, found, agree)
    _, spurious = _pair_off(allowed, extra, agree)
    return Outcome(missed=missed, spurious=spurious)


def outcome(case: Case) -> Outcome:
    """Run *case*'s text through turkru and compare with what it expects."""
    return compare(case.facts, case.allowed, matrix_facts(case.text, case.published))


def as_params(cases: Iterable[Case], known_failures: Mapping[str, str]) -> list[Any]:
    """pytest params, one per case, named by the case; those *known_failures* names (case name ->
    why it fails) are marked xfail(strict), so a fix that makes one pass shows until its mark goes."""
    params = []
    names = set()
    for case in cases:
        assert case.name not in names, f"two cases named {case.name}"
        names.add(case.name)
        reason = known_failures.get(case.name)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        params.append(pytest.param(case, id=case.name, marks=marks))
    assert set(known_failures) <= names, f"known failures naming no case: {set(known_failures) - names}"
    return params


def check(case: Case) -> None:
    """Assert that *case* passes."""
    result = outcome(case)
    assert result.passed, result.explain()


def meeting(date: Any, *people: str, mode: str = "in_person", status: str = "held", **given: Any) -> Fact:
    """An expected meeting."""
    return {"kind": "meeting", "status": status, "date": date, "mode": mode, "participants": list(people), **given}


def visit(date: Any, guest: str, host: str, status: str = "held", **given: Any) -> Fact:
    """An expected visit of *guest*'s side to *host*."""
    return {"kind": "visit", "status": status, "date": date, "delegation_of": guest, "host": host, **given}


def sitting(date: Any, body: str = "intergovernmental_commission", status: str = "held", **given: Any) -> Fact:
    """An expected sitting of a standing bilateral body."""
    return {"kind": "commission_session", "status": status, "date": date, "body": body, **given}


def event(date: Any, name: str, status: str = "held", **given: Any) -> Fact:
    """An expected event (forum, exhibition, summit)."""
    return {"kind": "event", "status": status, "date": date, "name": name, **given}
