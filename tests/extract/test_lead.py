"""Dating the lead from a dateline line, and what "following the talks" carries."""

from __future__ import annotations

from turkru import Agreement, Meeting, PartialDate, parse_article

STORY = (
    "Ashgabat, 12 February 2025\n\n"
    "President of Turkmenistan Serdar Berdimuhamedov met in Ashgabat with Russian Foreign Minister "
    "Sergey Lavrov, who is in Turkmenistan on a working visit.\n\n"
    "The trade turnover between the two countries increased by 30 percent last year.\n\n"
    "Following the talks, a plan of joint actions between the foreign ministries and the Government "
    "of the Astrakhan region for 2025-2026 was signed.\n"
)


class TestDatelineLine:
    def test_lead_takes_the_dateline_day(self) -> None:
        """A "City, day month year" line above the story dates its undated lead."""
        article = parse_article(STORY)
        assert article.source.published == PartialDate(2025, 2, 12)
        (meeting,) = [r for r in article.records if isinstance(r, Meeting)]
        assert meeting.date == PartialDate(2025, 2, 12)
        assert meeting.place is not None and meeting.place.name == "Ashgabat"


class TestFollowingTheTalks:
    def test_carries_the_talks_not_another_date(self) -> None:
        """"Following the talks" takes the talks' sentence, not the later 'last year' of a trade figure."""
        (agreement,) = [r for r in parse_article(STORY).records if isinstance(r, Agreement)]
        assert agreement.date is None

    def test_title_runs_through_a_second_party(self) -> None:
        """"and the Government of ..." continues the title: it is not a second document."""
        (agreement,) = [r for r in parse_article(STORY).records if isinstance(r, Agreement)]
        assert agreement.title is not None and agreement.title.endswith("Astrakhan region for 2025-2026")
        assert agreement.period == (2025, 2026)
