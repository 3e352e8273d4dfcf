"""The matrix's own comparison (_check.py): it must be able to fail, or the matrix proves nothing."""

from __future__ import annotations

from _check import Case, facts_agree, meeting, outcome, surname_key, visit

TALKS = "Rashid Meredov held talks with Sergey Lavrov in Moscow on 14 May 2024."


class TestOutcome:
    def test_a_wrong_date_is_missed_and_the_found_fact_is_spurious(self) -> None:
        """Expecting the talks a day later leaves the expected one missed and the found one extra."""
        result = outcome(Case("t", "d", "v", TALKS, (meeting("2024-05-15", "Meredov", "Lavrov"),)))
        assert not result.passed
        assert result.missed and result.spurious

    def test_a_wrong_mode_does_not_pass(self) -> None:
        """The same talks expected as a phone call do not match the in-person meeting found."""
        result = outcome(Case("t", "d", "v", TALKS, (meeting("2024-05-14", "Meredov", "Lavrov", mode="phone"),)))
        assert not result.passed

    def test_an_unexpected_fact_is_spurious_unless_allowed(self) -> None:
        """A text expected to yield nothing fails on the talks it does yield; allowing them passes."""
        found = meeting("2024-05-14", "Meredov", "Lavrov")
        assert outcome(Case("t", "d", "v", TALKS, ())).spurious
        allowed = outcome(Case("t", "d", "v", TALKS, (), allowed=(found, visit("2024-05-14", "TM", "RU"))))
        assert allowed.passed

    def test_the_right_expectation_passes(self) -> None:
        """The talks as they are told pass."""
        case = Case("t", "d", "v", TALKS, (meeting("2024-05-14", "Meredov", "Lavrov", place="Moscow"),),
                    allowed=(visit("2024-05-14", "TM", "RU"),))
        assert outcome(case).passed


class TestFactsAgree:
    def test_a_participant_not_found_disagrees(self) -> None:
        """Every expected participant must be among those found (stricter than the scorer)."""
        found = {"kind": "meeting", "status": "held", "date": "2024-05-14", "participants": ["Meredov"]}
        assert not facts_agree(meeting("2024-05-14", "Meredov", "Lavrov"), found)
        assert facts_agree(meeting("2024-05-14", "Meredov"), found)

    def test_a_given_place_must_agree(self) -> None:
        """A field the case spells out (here the place) must be the one found."""
        found = {"kind": "visit", "status": "held", "date": "2024-05", "delegation_of": "RU", "host": "TM",
                 "place": "Mary"}
        assert not facts_agree(visit("2024-05", "RU", "TM", place="Ashgabat"), found)
        assert facts_agree(visit("2024-05", "RU", "TM"), found)

    def test_either_listed_date_is_accepted(self) -> None:
        """A list of dates accepts each of them and nothing else."""
        expected = visit([None, "2024-05-16"], "TM", "RU")
        base = {"kind": "visit", "status": "held", "delegation_of": "TM", "host": "RU"}
        assert facts_agree(expected, {**base, "date": None})
        assert facts_agree(expected, {**base, "date": "2024-05-16"})
        assert not facts_agree(expected, {**base, "date": "2024-05"})


def test_surnames_fold_like_the_scorer() -> None:
    """Spelling variants of one surname share a key; different surnames do not."""
    assert surname_key("Berdymukhammedov") == surname_key("Berdimuhamedow")
    assert surname_key("Lavrov") != surname_key("Meredov")
