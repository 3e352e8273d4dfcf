"""A CheckList-style grid of publication-date layouts (issue #10, capability 1).

Every line is written for this grid (no corpus text). Cells the reader fails are marked
``xfail(strict=True)`` with the reason "grid: ...", so that a fix must unmark them.
"""

from __future__ import annotations

import pytest

from turkru.text import find_published

HEAD = "Turkmen and Russian ministers meet in Ashgabat"
BODY = "The foreign ministers of Turkmenistan and Russia discussed trade and energy cooperation in 2024."
BODY_NO_YEAR = "The foreign ministers of Turkmenistan and Russia discussed trade and energy cooperation."
DAY = "2024-03-04"


def _fails(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=f"grid: {reason}")


POSITIVE = [
    # labelled stamps
    pytest.param(f"{HEAD}\n\nPublished: 4 March 2024\n\n{BODY}", id="label-published"),
    pytest.param(f"{HEAD}\nPublished: 04.03.2024, 15:20\n{BODY}", id="label-published-clock"),
    pytest.param(f"{HEAD}\nPosted on March 4, 2024 by editor\n{BODY}", id="label-posted-by"),
    pytest.param(f"{HEAD}\nPosted on 4 March 2024\n{BODY}", id="label-posted"),
    pytest.param(f"{HEAD}\nDate: 04.03.2024\n{BODY}", id="label-date"),
    # datelines, either order, with and without weekday
    pytest.param(f"{HEAD}\n\nASHGABAT, 4 March 2024 — {BODY}", id="dateline-caps-day-month"),
    pytest.param(f"{HEAD}\n\nASHGABAT, March 4, 2024 — {BODY}", id="dateline-caps-month-day"),
    pytest.param(f"{HEAD}\n\nAshgabat, 4 March 2024. {BODY}", id="dateline-title-case"),
    pytest.param(f"{HEAD}\n\n4 March 2024, Ashgabat. {BODY}", id="dateline-date-first"),
    pytest.param(f"{HEAD}\n\nASHGABAT, Monday, March 4, 2024 - {BODY}", id="dateline-weekday"),
    pytest.param(f"{HEAD}\n\nMOSCOW, Monday 4 March 2024 (Agency) — {BODY}", id="dateline-weekday-agency"),
    pytest.param(f"{HEAD}\n\nMOSCOW, Monday, March 4 - {BODY}", id="dateline-yearless-weekday"),
    pytest.param(f"{HEAD}\n\nMOSCOW, March 4. /Agency/. {BODY}", id="dateline-yearless-agency"),
    pytest.param(f"{HEAD}\nASHGABAT, March 4 (Agency) - {BODY}", id="dateline-yearless-bracket"),
    pytest.param(f"{HEAD}\nAshgabat, 4 March\n\n{BODY}", id="dateline-title-yearless-alone"),
    # a date beside a clock time and counters
    pytest.param(f"{HEAD}\n\n10:10 04.03.2024 1132\n\n{BODY}", id="clock-date-views"),
    pytest.param(f"{HEAD}\n\n04.03.2024 10:10 1132\n\n{BODY}", id="date-clock-views"),
    pytest.param(f"{HEAD}\n1132 10:10 04.03.2024\n{BODY}", id="views-clock-date"),
    pytest.param(f"{HEAD}\n4 March 2024, 10:10\n{BODY}", id="date-comma-clock"),
    pytest.param(f"{HEAD}\n04.03.2024 / 10:10\n{BODY}", id="date-slash-clock"),
    pytest.param(f"{HEAD}\n10:10, 4 March 2024\n{BODY}", id="clock-comma-date"),
    pytest.param(f"{HEAD}\nMarch 4, 2024 at 10:10 am\n{BODY}", id="date-at-clock"),
    pytest.param(f"{HEAD}\n2024-03-04 10:20\n{BODY}", id="iso-clock"),
    # lower-case, abbreviated and ordinal months, weekdays
    pytest.param(f"{HEAD}\n\n4 march, 2024 12:51\n\n{BODY}", id="lower-case-day-month"),
    pytest.param(f"{HEAD}\n\nmarch 4, 2024 12:51\n\n{BODY}", id="lower-case-month-day"),
    pytest.param(f"{HEAD}\nMonday, 4 March 2024\n{BODY}", id="weekday-first"),
    pytest.param(f"{HEAD}\n4 March 2024, Monday\n{BODY}", id="weekday-after"),
    pytest.param(f"{HEAD}\nMon, 04 Mar 2024 10:20:00\n{BODY}", id="abbreviated-weekday-month"),
    pytest.param(f"{HEAD}\nMar. 4, 2024\n{BODY}", id="abbreviated-month-dot"),
    pytest.param(f"{HEAD}\nMarch 4th, 2024\n{BODY}", id="ordinal"),
    pytest.param(f"{HEAD}\n4th of March 2024\n{BODY}", id="ordinal-of"),
    # agency prefixes, the year from the story
    pytest.param(f"{HEAD}\n\n(AGENCY- Example) ASHGABAT, Turkmenistan, March 4\n\n{BODY}", id="agency-prefix-line"),
    pytest.param(f"{HEAD}\n\n(Example News) MOSCOW, Russia, March 4 - {BODY}", id="agency-prefix-inline"),
    pytest.param(f"{HEAD}\n\n(Example Agency) ASHGABAT, 4 March\n\n{BODY}", id="agency-prefix-day-month"),
    # a year-less dateline: the year from the story, checked against a weekday it names
    pytest.param(
        f"{HEAD}\n\nMOSCOW, March 4. /Agency/. The ministers met on Monday. The next session will be held in "
        "the first half of 2025. In 2023, trade grew by a tenth, the minister said.\n",
        id="yearless-year-before-an-early-year-plan",
    ),
    pytest.param(
        f"{HEAD}\n\nMOSCOW, March 4. /Agency/. The ministers met on Monday. In 2023, trade grew by a tenth.\n",
        id="yearless-year-after-last-years-figure",
    ),
    pytest.param(
        f"{HEAD}\n\nMOSCOW, March 4. /Agency/. The commission will meet again in early 2025.\n",
        id="yearless-early-year-plan-only",
    ),
    # signature lines at the end
    pytest.param(
        f"{HEAD}\n\n{BODY}\n\nPress Service of the Ministry of Foreign Affairs of Turkmenistan, 4 March 2024\n",
        id="signature-line",
    ),
    pytest.param(f"{HEAD}\n\n{BODY}\n\nPress service of the Embassy, 04.03.2024\n", id="signature-dotted"),
    pytest.param(f"{HEAD}\n\n{BODY}\n\nEmbassy of Turkmenistan in Moscow\n4 March 2024\n", id="signature-date-below"),
    # a date line under the headline among other numbers and words
    pytest.param(f"{HEAD}\n\n12:40 | 04.03.2024 | Views: 320\n\n{BODY}", id="under-headline-fields"),
    pytest.param(f"{HEAD}\n4 March 2024 Politics 2 min read\n{BODY}", id="under-headline-reading-time"),
    pytest.param(f"{HEAD}\nPolitics | 4 March 2024 | 320\n{BODY}", id="under-headline-section-pipes"),
    pytest.param(f"{HEAD}\n4 March 2024 | \U0001f441 320\n{BODY}", id="under-headline-eye-counter"),
    pytest.param(f"{HEAD}\nJohn Smith, 4 March 2024\n{BODY}", id="byline-comma"),
    pytest.param(f"{HEAD}\nSource: Example News, 4 March 2024\n{BODY}", id="source-line"),
    pytest.param(f"{HEAD}\nJohn Smith 4 March 2024\n{BODY}", id="byline-no-separator"),
    pytest.param(f"{HEAD}\nPublished: 4 March 2024 | Updated: 5 March 2024\n{BODY}", id="publication-then-update"),
    pytest.param(f"{HEAD}\n\n(Example News) - MOSCOW, March 4 - {BODY}", id="agency-dash-caps-dateline"),
    pytest.param(f"{HEAD}\n\nMOSCOW, Russia (Example News), 4 March 2024 - {BODY}", id="dateline-agency-between-full"),
    pytest.param(f"{HEAD}\nAshgabat / 4 March 2024\n{BODY}", id="place-slash-date"),
    pytest.param(f"{HEAD}\nPolitics / 4 March 2024\n{BODY}", id="section-slash-date"),
    pytest.param(f"Home / News / 4 March 2024\n{HEAD}\n{BODY}", id="breadcrumb-slashes"),
    pytest.param(f"{HEAD}\nHome \u00bb Politics \u00bb 04.03.2024\n{BODY}", id="breadcrumb-guillemets"),
    pytest.param(f"{HEAD}\n\nMoscow, March 4 /Agency/. {BODY}", id="dateline-title-yearless-agency-slashes"),
    pytest.param(f"{HEAD}\n\nAshgabat, March 4 (Agency) - {BODY}", id="dateline-title-yearless-agency-bracket"),
    pytest.param(f"{HEAD}\n\nASHGABAT - March 4, 2024 - {BODY}", id="dateline-dash"),
    pytest.param(f"{HEAD}\n\nASHGABAT: 4 March 2024. {BODY}", id="dateline-colon"),
    pytest.param(
        f"{HEAD}\nUpdated: 5 March 2024 | Published: 4 March 2024\n{BODY}",
        id="update-before-publication-stamp",
    ),
    pytest.param(
        f"{HEAD}\n\n(Agency) \u2014 Ashgabat, 4 March 2024 \u2014 {BODY}",
        id="agency-dash-dateline",
    ),
    pytest.param(
        f"{HEAD}\n\nASHGABAT, Turkmenistan (Agency), March 4 - {BODY}",
        id="dateline-agency-between",
    ),
    pytest.param(f"{HEAD}\nby Anna Petrova \u00b7 04.03.2024 \u00b7 5 min\n{BODY}", id="byline-by-dot"),
    pytest.param(f"{HEAD}\nEconomy 04.03.2024 15:02 77\n{BODY}", id="under-headline-section-clock"),
    pytest.param(f"{HEAD}\nBy John Smith | 4 March 2024\n{BODY}", id="byline-by-pipe"),
    pytest.param(f"{HEAD}\nBy Staff Reporter March 4, 2024\n{BODY}", id="byline-by-no-separator"),
    pytest.param(f"{HEAD}\nby Anna Petrova 4 March 2024\n{BODY}", id="byline-by-no-separator-day-first"),
    pytest.param(f"{HEAD}\n\nAshgabat, March 4 (nCa) - {BODY}", id="dateline-title-yearless-lower-case-agency"),
    pytest.param(f"{HEAD}\n\nBerlin, 4 March (dpa) \u2014 {BODY}", id="dateline-title-yearless-lower-case-agency-dmy"),
    pytest.param(
        f"{HEAD}\nPolitics 4 March 2024 320 0\n{BODY}",
        id="under-headline-section-counters",
    ),
]

NEGATIVE = [
    pytest.param(
        f"{HEAD}\n\n{BODY}\n\nRelated news\n3 March 2024 Another story about gas\n1 March 2024 Yet another story\n",
        id="related-list-below",
    ),
    pytest.param(
        f"Latest news\n3 March 2024 Gas talks\n{HEAD}\n\n{BODY_NO_YEAR}",
        id="related-list-above",
        marks=_fails("a one-item latest-news block above the headline"),
    ),
    pytest.param(f"{HEAD}\n\n{BODY_NO_YEAR}\n\nRead also: 2 March 2024 Gas talks resume\n", id="read-also"),
    pytest.param(f"{HEAD}\n\n{BODY}\n\n\u00a9 2024 Example Agency. All rights reserved.\n", id="copyright"),
    pytest.param(
        f"{HEAD}\n\n{BODY_NO_YEAR}\n\nCopyright 2005-2024 Example. All rights reserved.\n", id="copyright-range"
    ),
    pytest.param(f"{HEAD}\n\nLast updated: 5 March 2024\n\n{BODY}", id="last-updated"),
    pytest.param(f"{HEAD}\n\nUpdated 5 March 2024 10:20\n\n{BODY}", id="updated-clock"),
    pytest.param(f"{HEAD}\nModified on 5 March 2024\n{BODY_NO_YEAR}", id="modified"),
    pytest.param(f"{HEAD}\nLast updated 5 March 2024 | 10:20\n{BODY_NO_YEAR}", id="updated-then-clock"),
    pytest.param(f"Register for the energy forum on 1 April 2024\n{HEAD}\n\n{BODY}", id="banner-sentence"),
    pytest.param(f"{HEAD}\nOIL & GAS TURKMENISTAN 2024 | 23-25 October 2024\n{BODY_NO_YEAR}", id="banner-event"),
    pytest.param(f"{HEAD}\nPhoto: Example Agency, 2023\n{BODY_NO_YEAR}", id="photo-credit"),
    pytest.param(
        f"{HEAD}\n\nOn 4 March 2024 the ministers of the two countries met in Ashgabat and discussed trade.\n",
        id="prose-date",
    ),
    pytest.param(f"{HEAD}\n\nThe talks were held on 4 March 2024.\n", id="prose-date-short"),
    pytest.param(f"{HEAD}\n\nSince 4 March 2024 2 flights\n\n{BODY_NO_YEAR}", id="prose-word-before-date"),
    pytest.param(f"{HEAD}\n\nBy the end of 4 March 2024 | 3\n\n{BODY_NO_YEAR}", id="by-not-a-byline"),
    pytest.param(
        f"{HEAD}\n\n(AGENCY- Example) ASHGABAT, Turkmenistan, March 4\n\n{BODY_NO_YEAR}", id="agency-no-year-in-story"
    ),
    pytest.param(
        f"{HEAD}\n\nMOSCOW, March 4. /Agency/. The ministers met on Friday. In 2023, trade grew by a tenth.\n",
        id="yearless-weekday-fits-no-year",
    ),
]


@pytest.mark.parametrize("text", POSITIVE)
def test_layout_gives_the_day(text: str) -> None:
    """Each site layout shows the publication day."""
    found = find_published(text)
    assert found is not None and found.isoformat() == DAY


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_a_publication_date(text: str) -> None:
    """Related lists, copyright years, update stamps, banners and prose dates are not the article's date."""
    assert find_published(text) is None
