"""The meeting and visit pre-filters are derived from their trigger rules' slots: a word taught to a
trigger slot is never dropped by a hand-kept filter list (the drift issue 7 names)."""

from __future__ import annotations

from turkru import parse_article
from turkru.extract.meetings import MeetingWords
from turkru.extract.visits import VisitWords
from turkru.lexicon import Lexicon
from turkru.model.records import Meeting, Visit


def meetings(text: str, lexicon: Lexicon | None = None) -> list[Meeting]:
    return [r for r in parse_article(text, lexicon=lexicon).records if isinstance(r, Meeting)]


def visits(text: str, lexicon: Lexicon | None = None) -> list[Visit]:
    return [r for r in parse_article(text, lexicon=lexicon).records if isinstance(r, Visit)]


class TestMeetingCues:
    HUDDLE = "Vladimir Putin and Serdar Berdimuhamedov huddled in Moscow on 3 March 2024."

    def test_untaught_word_is_no_meeting(self) -> None:
        """'huddled' is no encounter word by default."""
        assert meetings(self.HUDDLE) == []

    def test_taught_encounter_word_passes_the_filter(self) -> None:
        """One phrase in ENCOUNTER_WORD reaches the trigger and the sentence pre-filter alike."""
        extra = Lexicon.from_data({"words": {"ENCOUNTER_WORD": ["huddled"]}})
        assert "huddled" in extra.derive(MeetingWords.of).cues.words
        assert len(meetings(self.HUDDLE, extra)) == 1

    def test_a_variant_through_a_remote_mode(self) -> None:
        """A variant: a phone word taught to PHONE_WORD gives a phone meeting (its mode's hint is derived too)."""
        extra = Lexicon.from_data({"words": {"PHONE_WORD": ["rang"]}})
        text = "Serdar Berdimuhamedov rang Vladimir Putin on 5 April 2024 to discuss gas."
        assert meetings(text) == []
        found = meetings(text, extra)
        assert [m.mode.value for m in found] == ["phone"]


class TestVisitCues:
    def test_taught_travel_verb_passes_the_filter(self) -> None:
        """A travel verb added to TRAVEL_VERB is in the visit pre-filter and yields the visit."""
        extra = Lexicon.from_data({"words": {"TRAVEL_VERB": ["jetted"]}})
        text = "Sergey Lavrov jetted to Ashgabat on 3 March 2024."
        assert "jetted" in extra.derive(VisitWords.of).cues.words
        assert visits(text) == []
        assert [(v.delegation_of, v.host) for v in visits(text, extra)] == [("RU", "TM")]

    def test_a_variant_arrival_verb(self) -> None:
        """A variant: an arrival verb taught to ARRIVE_VERB ('reached ... in' is not one by default)."""
        extra = Lexicon.from_data({"words": {"ARRIVE_VERB": ["turned up"]}})
        text = "Sergey Lavrov turned up in Ashgabat on 3 March 2024."
        assert visits(text) == []
        assert [(v.delegation_of, v.host) for v in visits(text, extra)] == [("RU", "TM")]
