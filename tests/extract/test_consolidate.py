"""Within-article consolidation: the day of a transcript, background reports."""

from __future__ import annotations

from turkru import parse_article
from turkru.extract.consolidate import fold_words
from turkru.lexicon import Lexicon
from turkru.model.dates import PartialDate
from turkru.model.records import Agreement, AnyRecord, Event, Meeting, Visit

TRANSCRIPT = (
    "Remarks by the presidents\n\n"
    "Moscow, 14 May 2024\n\n"
    "Vladimir Putin: Mr Berdimuhamedov, friends, welcome to Moscow. Our talks were useful and frank.\n\n"
    "Serdar Berdimuhamedov: Thank you. We also met in Ashgabat last year and discussed gas.\n"
)


def records_of(text: str, published: str | None = None) -> tuple[AnyRecord, ...]:
    """The records parse_article finds in *text*."""
    return parse_article(text, published=published).records


class TestTranscriptDay:
    def test_talks_in_a_transcript_take_its_day(self) -> None:
        """Undated talks a transcript's speaker reports took place on the transcript's day."""
        meetings = [r for r in records_of(TRANSCRIPT) if isinstance(r, Meeting)]
        assert PartialDate(2024, 5, 14) in [m.date for m in meetings]

    def test_a_welcomed_guest_visits_on_that_day(self) -> None:
        """A speaker welcoming the guest speaks of the visit under way."""
        visits = [r for r in records_of(TRANSCRIPT) if isinstance(r, Visit)]
        assert [v.date for v in visits if v.host == "RU"] == [PartialDate(2024, 5, 14)]

    def test_a_recalled_meeting_keeps_its_own_time(self) -> None:
        """'We met ... last year' is not dated by the transcript's day."""
        meetings = [r for r in records_of(TRANSCRIPT) if isinstance(r, Meeting)]
        recalled = [m for m in meetings if any("last year" in item.text for item in m.evidence)]
        assert all(m.date != PartialDate(2024, 5, 14) for m in recalled)

    def test_reported_speech_is_no_transcript(self) -> None:
        """Without speaker labels an undated meeting stays undated."""
        text = "The presidents said their talks were useful and frank. Putin and Serdar Berdimuhamedov held talks."
        meetings = [r for r in records_of(text, published="2024-05-14") if isinstance(r, Meeting)]
        assert meetings and all(m.date is None for m in meetings)


class TestItemsOfAVisit:
    def test_visit_over_a_months_end_does_not_date_its_talks_to_a_year(self) -> None:
        """Talks during a visit from 30 March to 2 April share only a year with it: they stay undated."""
        text = (
            "A Turkmen delegation pays a working visit to Russia from 30 March to 2 April 2021. "
            "During the visit, talks between Rashid Meredov and Sergey Lavrov are planned."
        )
        meetings = [r for r in records_of(text, published="2021-03-29") if isinstance(r, Meeting)]
        assert [m.date for m in meetings] == [None]

    def test_visit_within_a_month_dates_its_talks(self) -> None:
        """Talks during a visit from 3 to 5 March take the month the visit's days share."""
        text = (
            "A Turkmen delegation pays a working visit to Russia from 3 to 5 March 2021. "
            "During the visit, talks between Rashid Meredov and Sergey Lavrov are planned."
        )
        meetings = [r for r in records_of(text, published="2021-03-01") if isinstance(r, Meeting)]
        assert [m.date for m in meetings] == [PartialDate(2021, 3)]

    def test_days_before_is_no_background(self) -> None:
        """'Two days before arriving ... to meet X' tells of the visit's own meeting, so it takes the visit's day."""
        text = (
            "Serdar Berdimuhamedov paid a one-day visit to Moscow on 29 November 2023. "
            "Serdar Berdimuhamedov confirmed the trip two days before flying to the Russian capital to meet "
            "Vladimir Putin."
        )
        meetings = [r for r in records_of(text, published="2023-12-01") if isinstance(r, Meeting)]
        assert [m.date for m in meetings] == [PartialDate(2023, 11, 29)]

    def test_a_meeting_years_before_stays_undated(self) -> None:
        """'Years before' places a meeting at another time: the visit does not date it."""
        text = (
            "Serdar Berdimuhamedov paid a one-day visit to Moscow on 29 November 2023. "
            "He had met Vladimir Putin there years before."
        )
        meetings = [r for r in records_of(text, published="2023-12-01") if isinstance(r, Meeting)]
        assert all(m.date is None for m in meetings)


class TestOneSamenessRule:
    def test_a_document_told_twice_is_one(self) -> None:
        """A document signed on a day and named again later is one record with both sentences."""
        text = (
            "Turkmenistan and Russia signed an agreement on locust control in cotton fields on 4 April 2024.\n\n"
            "The agreement on locust control in cotton fields was signed by the agriculture ministers."
        )
        agreements = [r for r in records_of(text) if isinstance(r, Agreement)]
        assert len(agreements) == 1
        assert agreements[0].date == PartialDate(2024, 4, 4)
        assert len(agreements[0].evidence) == 2

    def test_programmes_of_other_periods_stay_apart(self) -> None:
        """Two programmes of one subject for other years, signed the same day, are two documents: the
        chronicle's rule (the periods must agree) decides within an article too."""
        text = (
            "Turkmenistan and Russia signed a programme of cultural exchanges for 2022-2023 on 3 May 2022.\n\n"
            "The programme of cultural exchanges for 2024-2025 was signed on 3 May 2022."
        )
        agreements = [r for r in records_of(text) if isinstance(r, Agreement)]
        assert sorted(a.period for a in agreements if a.period) == [(2022, 2023), (2024, 2025)]

    def test_forum_named_twice(self) -> None:
        """A forum named twice, once with its city, is one event."""
        text = (
            "Turkmenistan and Russia took part in the Caspian Economic Forum in Moscow on 6 October 2024.\n\n"
            "At the Caspian Economic Forum the Russian and Turkmen delegations met investors."
        )
        (event,) = [r for r in records_of(text) if isinstance(r, Event)]
        assert len(event.evidence) == 2


class TestFoldingWordsAreData:
    """What places a report at another time is lexicon data (data/folding.json), injected like the rest."""

    SPOKEN = (
        "Remarks by the presidents\n\n"
        "Moscow, 14 May 2024\n\n"
        "Vladimir Putin: Mr Berdimuhamedov, friends, welcome to Moscow.\n\n"
        "Serdar Berdimuhamedov: Thank you. We formerly met in Ashgabat and discussed gas.\n"
    )

    def dates(self, lexicon: Lexicon | None = None) -> list[PartialDate | None]:
        records = parse_article(self.SPOKEN, lexicon=lexicon).records
        return [r.date for r in records if isinstance(r, Meeting) and "formerly" in r.evidence[0].text]

    def test_unknown_word_leaves_the_meeting_on_the_transcript_day(self) -> None:
        """By default 'formerly' is no time word: the recalled meeting takes the transcript's day."""
        assert self.dates() == [PartialDate(2024, 5, 14)]

    def test_taught_word_keeps_its_own_time(self) -> None:
        """'formerly' added to ELSEWHEN_PHRASE: the meeting is background, not dated by the transcript."""
        extra = Lexicon.from_data({"words": {"ELSEWHEN_PHRASE": ["formerly"]}})
        assert self.dates(extra) == [None]
        assert "formerly" in fold_words(extra).elsewhen_cues


class TestOneTranscriptRule:
    """Meetings and turns are dated by one test of a transcript (extract.transcripts.transcript_day)."""

    ONE_SPEAKER = (
        "Remarks to the press\n\n"
        "The president spoke after the talks.\n\n"
        "Vladimir Putin: Our talks with Serdar Berdimuhamedov were useful and frank.\n"
    )

    def _meeting_dates(self, text: str) -> list[PartialDate | None]:
        return [r.date for r in records_of(text, published="2024-05-14") if isinstance(r, Meeting)]

    def test_one_speaker_without_transcript_words_is_no_transcript(self) -> None:
        """One labelled speaker on a page that does not say it records what was said: no day."""
        assert self._meeting_dates(self.ONE_SPEAKER) == [None]

    def test_one_speaker_on_a_page_that_says_so(self) -> None:
        """The same turn under "Transcript of ..." is dated by the header."""
        text = self.ONE_SPEAKER.replace("Remarks to the press", "Transcript of the press statements")
        assert self._meeting_dates(text) == [PartialDate(2024, 5, 14)]

    def test_a_variant_with_excerpts(self) -> None:
        """A differently worded opening ("Excerpts from ...") counts too."""
        text = self.ONE_SPEAKER.replace("Remarks to the press", "Excerpts from the news conference")
        assert self._meeting_dates(text) == [PartialDate(2024, 5, 14)]
