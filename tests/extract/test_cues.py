"""Tests for turkru.extract.cues: tense, habit and topic cues."""

from __future__ import annotations

import pytest

from turkru.extract.cues import clause_around, is_generic, is_planned, topics_of


class TestIsPlanned:
    @pytest.mark.parametrize(
        "sentence",
        [
            "Negotiations will be held with the foreign minister.",
            "The meeting with the president is scheduled as part of the visit.",
            "The minister will be in Ashgabat on 5-6 February.",
            "It is planned to sign several bilateral documents.",
            "The sides are preparing to sign an agreement on transit.",
            "The parties are currently developing an action plan.",
            "The next meeting of the commission takes place in Moscow.",
            "The talks go on in a wider format, to be followed by a press statement.",
            "The governor hopes to sign a deal on shipyards in spring.",
            "We want to invite the mayor and open a trade house.",
            "They touched on preparations for the next summit meeting of the two leaders.",
            "On Monday the president will have talks with his counterpart.",
            "The minister invited Mr. Ivanov to visit the capital.",
        ],
    )
    def test_future_constructions(self, sentence: str) -> None:
        """Constructions that announce an event mark it planned."""
        assert is_planned(sentence, 0, len(sentence))

    @pytest.mark.parametrize(
        "sentence",
        [
            "The ministers held talks in Moscow on Thursday.",
            "I want to say that our talks were constructive.",
            "He said the talks will make a good contribution to relations.",
            "The sides signed a programme of cooperation.",
        ],
    )
    def test_past_and_unrelated_future(self, sentence: str) -> None:
        """Past events stay held, even beside a 'will' that is about something else."""
        assert not is_planned(sentence, 0, len(sentence))

    @pytest.mark.parametrize(
        "sentence",
        [
            "On 2 June the next round of talks between the ministries was held in the capital.",
            "The next sitting of the working group took place in Kazan last week.",
        ],
    )
    def test_next_event_already_held(self, sentence: str) -> None:
        """A 'next round' or 'next sitting' that was held or took place is a past event."""
        assert not is_planned(sentence, 0, len(sentence))

    @pytest.mark.parametrize(
        "sentence",
        [
            "The envoy flies to the capital tomorrow for a round of consultations.",
            "In the coming days the trade delegation goes to Kazan.",
        ],
    )
    def test_present_journey_with_future_time(self, sentence: str) -> None:
        """A journey told in the present with a time still to come is planned (its cue is the time word)."""
        assert is_planned(sentence, 0, len(sentence))

    def test_present_journey_without_future_time(self) -> None:
        """A variant: the same journey verb with no time still to come stays unplanned."""
        sentence = "The envoy flies to the capital for a round of consultations."
        assert not is_planned(sentence, 0, len(sentence))

    def test_next_event_still_to_come(self) -> None:
        """Without a past verb, the 'next' event stays planned."""
        sentence = "The sides agreed on the next round of talks in the capital."
        assert is_planned(sentence, 0, len(sentence))

    @pytest.mark.parametrize(
        ("sentence", "trigger"),
        [
            ("Today the minister's visit to Kazan begins, where he will address a business forum.", "visit"),
            ("The talks opened in Moscow on Monday, during which the sides will sign a memorandum.", "talks"),
        ],
        ids=["where", "during-which"],
    )
    def test_future_in_a_relative_clause_after(self, sentence: str, trigger: str) -> None:
        """A future verb in a relative clause after the event words tells of another event."""
        start = sentence.index(trigger)
        assert not is_planned(sentence, start, start + len(trigger))

    def test_future_before_the_relative_clause_counts(self) -> None:
        """The event's own future verb still marks it planned."""
        sentence = "The minister will visit Kazan, where he will address a business forum."
        start = sentence.index("visit")
        assert is_planned(sentence, start, start + len("visit"))

    @pytest.mark.parametrize(
        "sentence",
        [
            "The ministers reviewed preparations for the governor's visit to Kazan in the autumn.",
            "Officials in Ashgabat are busy preparing for the intergovernmental commission's session.",
        ],
        ids=["preparations-for", "preparing-for"],
    )
    def test_preparations_for_an_event(self, sentence: str) -> None:
        """An event being prepared for is still to come, whatever the tense of the preparing."""
        assert is_planned(sentence, 0, len(sentence))

    def test_clause_is_local(self) -> None:
        """A future cue in another clause (after a semicolon) does not count."""
        sentence = "The sides signed a memorandum; talks will be held next year."
        assert not is_planned(sentence, 0, len("The sides signed a memorandum"))
        assert is_planned(sentence, 40, 45)


class TestClauseAround:
    def test_semicolons_bound_clauses(self) -> None:
        """The clause of a position runs between the nearest breaks."""
        text = "first part; second part; third"
        left, right = clause_around(text, 14)
        assert text[left:right] == "second part"


class TestGenericAndTopics:
    def test_habit_is_generic(self) -> None:
        """Habitual statements are not events."""
        assert is_generic("Russian delegations often visit Ashgabat.")
        assert not is_generic("A Russian delegation visited Ashgabat.")

    def test_topics_in_fixed_order(self) -> None:
        """Topics come out in a fixed order without duplicates."""
        assert topics_of("They discussed cultural, trade and security ties and trade.") == (
            "trade", "culture", "security",
        )
