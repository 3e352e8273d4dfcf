"""A CheckList-style grid of event dates (issue #10, capability 2): kinds x date expressions x
position in the text.

Every sentence is written for this grid (no corpus text). The publication day is Wednesday,
20 March 2024, unless a cell says otherwise. Cells the extractor fails are marked
``xfail(strict=True)`` with the reason "grid: ...", so that a fix must unmark them.
"""

from __future__ import annotations

import re

import pytest

from turkru import parse_article
from turkru.model.records import (
    Agreement,
    AnyRecord,
    CommissionSession,
    Event,
    Meeting,
    MeetingMode,
    TradeFlow,
    Visit,
)

PUBLISHED = "Published: 20 March 2024\n\n"
DATELINE = "ASHGABAT, 20 March 2024 \u2014 "


def _fails(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=f"grid: {reason}")


# kind: (record type, held sentence, planned sentence); {w} takes the date expression.
PRESIDENTS = "President of Turkmenistan Serdar Berdimuhamedov"
COMMISSION = "The 12th meeting of the Intergovernmental Turkmen-Russian Commission on Economic Cooperation"
KINDS: dict[str, tuple[type, str, str]] = {
    "meeting": (
        Meeting,
        PRESIDENTS + " held talks with Russian President Vladimir Putin in Moscow{w}.",
        PRESIDENTS + " will hold talks with Russian President Vladimir Putin in Moscow{w}.",
    ),
    "phone": (
        Meeting,
        PRESIDENTS + " had a telephone conversation with Russian President Vladimir Putin{w}.",
        "",
    ),
    "visit": (
        Visit,
        "Russian Foreign Minister Sergey Lavrov paid an official visit to Ashgabat{w}.",
        "Russian Foreign Minister Sergey Lavrov will pay an official visit to Ashgabat{w}.",
    ),
    "session": (
        CommissionSession,
        COMMISSION + " was held in Ashgabat{w}.",
        COMMISSION + " will be held in Ashgabat{w}.",
    ),
    "agreement": (
        Agreement,
        "Turkmenistan and Russia signed a memorandum of understanding on cooperation in education{w}.",
        "Turkmenistan and Russia will sign a memorandum of understanding on cooperation in education{w}.",
    ),
    "forum": (
        Event,
        "Turkmen and Russian delegations took part in the Caspian Economic Forum in Moscow{w}.",
        "Turkmen and Russian delegations will take part in the Caspian Economic Forum in Moscow{w}.",
    ),
}

# expression: expected date (a held event told on Wednesday, 20 March 2024)
HELD: dict[str, str | None] = {
    " on 14 March": "2024-03-14",
    " on 14 March 2024": "2024-03-14",
    " on March 14": "2024-03-14",
    " on 14-15 March": "2024-03-14",
    " on 28 February - 2 March": "2024-02-28",
    " yesterday": "2024-03-19",
    " today": "2024-03-20",
    " on Tuesday": "2024-03-19",
    " last Thursday": "2024-03-14",
    " on Thursday, 14 March": "2024-03-14",
    " two days ago": "2024-03-18",
    " earlier this month": "2024-03",
    " in February": "2024-02",
    " at the end of February": "2024-02",
    " last month": "2024-02",
    " this year": "2024",
    " last year": "2023",
    " in November last year": "2023-11",
    " on 14 March 2023": "2023-03-14",
    " on Monday last week": "2024-03-11",
    " on Thursday of last week": "2024-03-14",
    " last autumn": "2023",
    " in autumn 2023": "2023",
    " a few days ago": "2024-03",
    " at the beginning of the month": "2024-03",
    " the other day": "2024-03",
    " in late autumn": "2023",
    " in the summer": "2023",
    "": None,
}
PLANNED: dict[str, str | None] = {
    " on 25 March": "2024-03-25",
    " tomorrow": "2024-03-21",
    " on Friday": "2024-03-22",
    " on Monday next week": "2024-03-25",
    " on 12 March": "2024-03-12",
    " in February": "2025-02",
    " this summer": "2024",
    " in April": "2024-04",
    " next month": "2024-04",
    " on 2-3 April": "2024-04-02",
    " on 2 and 3 April": "2024-04-02",
    " on April 2 and 3": "2024-04-02",
    " next year": "2025",
    " in the autumn": "2024",
    " at the end of the month": "2024-03",
    " in the fourth quarter": "2024",
    "": None,
}
FAILING: dict[tuple[str, str], str] = {}


def _records(text: str, kind: type) -> list[AnyRecord]:
    return [record for record in parse_article(text).records if type(record) is kind]


def _iso(record: AnyRecord) -> str | None:
    return record.date.isoformat() if record.date is not None else None


def _cells(table: dict[str, str | None], column: int) -> list[object]:
    cells = []
    for name, (kind, *templates) in KINDS.items():
        template = templates[column - 1]
        if not template:
            continue
        for expression, expected in table.items():
            reason = FAILING.get((name, expression))
            marks = [_fails(reason)] if reason else []
            cell_id = f"{name}-{expression.strip().replace(' ', '_') or 'none'}"
            cells.append(pytest.param(kind, template.format(w=expression), expected, marks=marks, id=cell_id))
    return cells


@pytest.mark.parametrize(("kind", "sentence", "expected"), _cells(HELD, 1))
def test_held_in_the_same_sentence(kind: type, sentence: str, expected: str | None) -> None:
    """A held event takes the date its own sentence gives, resolved against the publication day."""
    (record,) = _records(PUBLISHED + sentence, kind)
    assert _iso(record) == expected


@pytest.mark.parametrize(("kind", "sentence", "expected"), _cells(PLANNED, 2))
def test_planned_in_the_same_sentence(kind: type, sentence: str, expected: str | None) -> None:
    """A planned event takes the date ahead of the publication day."""
    (record,) = _records(PUBLISHED + sentence, kind)
    assert _iso(record) == expected


def test_sitting_told_again_is_no_meeting() -> None:
    """ "The meeting was held on ..." right after a sitting is that sitting, not a meeting of its own."""
    text = PUBLISHED + COMMISSION + " was held in Ashgabat. The meeting was held on 14 March."
    assert _records(text, Meeting) == []


def test_a_meeting_of_others_after_a_sitting_stays() -> None:
    """ "The meeting of the presidents ..." after a sitting is a meeting of its own."""
    text = (
        PUBLISHED + COMMISSION + " was held in Ashgabat. The meeting of President Serdar Berdimuhamedov with "
        "Russian Deputy Prime Minister Alexei Overchuk was held on 14 March."
    )
    assert [_iso(record) for record in _records(text, Meeting)] == ["2024-03-14"]


def test_phone_mode() -> None:
    """The telephone cell is a phone meeting."""
    (record,) = _records(PUBLISHED + KINDS["phone"][1].format(w=" on Tuesday"), Meeting)
    assert isinstance(record, Meeting) and record.mode is MeetingMode.PHONE


LAVROV = "Russian Foreign Minister Sergey Lavrov"
TALKS = f"{LAVROV} held talks with Turkmen Foreign Minister Rashid Meredov in Ashgabat on 14 March."
DOCUMENT = "a plan of consultations between the foreign ministries for 2024-2025"
RECEIVED = f"On 14 March, {PRESIDENTS} received Russian Deputy Prime Minister Alexei Overchuk."

# (text, record type, a prefix of the record's evidence, accepted dates)
POSITIONS = [
    # the previous sentence gives the date
    pytest.param(
        PUBLISHED + "Russian Foreign Minister Sergey Lavrov arrived in Ashgabat on 14 March. "
        "He held talks with Turkmen Foreign Minister Rashid Meredov.",
        Meeting,
        "He held",
        {"2024-03-14"},
        id="previous-sentence-arrival",
    ),
    pytest.param(
        PUBLISHED + TALKS + " On the same day, Lavrov was received by President Serdar Berdimuhamedov.",
        Meeting,
        "On the same day",
        {"2024-03-14"},
        id="the-same-day-opening",
    ),
    pytest.param(
        PUBLISHED + TALKS + " Lavrov was received by President Serdar Berdimuhamedov the same day.",
        Meeting,
        "Lavrov was received",
        {"2024-03-14"},
        id="the-same-day-closing",
    ),
    pytest.param(
        PUBLISHED + TALKS + " The day before, Lavrov was received by President Serdar Berdimuhamedov.",
        Meeting,
        "The day before",
        {"2024-03-13"},
        id="the-day-before",
    ),
    pytest.param(
        PUBLISHED + RECEIVED + " On the eve of the meeting, Overchuk held talks with Turkmen Deputy Prime Minister "
        "Rashid Meredov.",
        Meeting,
        "On the eve",
        {"2024-03-13"},
        id="on-the-eve-of-the-meeting",
    ),
    pytest.param(
        PUBLISHED + TALKS + " On the eve of the talks, Lavrov was received by President Serdar Berdimuhamedov.",
        Meeting,
        "On the eve",
        {"2024-03-13"},
        id="on-the-eve-of-the-talks",
    ),
    pytest.param(
        PUBLISHED + TALKS + " A day earlier, Lavrov was received by President Serdar Berdimuhamedov.",
        Meeting,
        "A day earlier",
        {"2024-03-13"},
        id="a-day-earlier",
    ),
    pytest.param(
        PUBLISHED + TALKS + " Two days later, Turkmen Foreign Minister Rashid Meredov paid a visit to Moscow.",
        Visit,
        "Two days later",
        {"2024-03-16"},
        id="two-days-later",
    ),
    pytest.param(
        PUBLISHED + TALKS + f" The next day, the two ministers signed {DOCUMENT}.",
        Agreement,
        "The next day",
        {"2024-03-15"},
        id="the-next-day",
    ),
    # "The meeting was held on ..." after a sitting's sentence dates the sitting (and is no meeting)
    pytest.param(
        PUBLISHED + COMMISSION + " was held in Ashgabat. The meeting was held on 14 March under the "
        "co-chairmanship of Deputy Prime Minister Alexei Overchuk and Rashid Meredov.",
        CommissionSession,
        "The 12th",
        {"2024-03-14"},
        id="sitting-dated-by-the-next-sentence",
    ),
    pytest.param(
        PUBLISHED + "A meeting of the Intergovernmental Turkmen-Russian Commission on Economic Cooperation took place "
        "in Moscow. This session was held on 14-15 March.",
        CommissionSession,
        "A meeting",
        {"2024-03-14"},
        id="sitting-dated-by-this-session",
    ),
    # documents signed upon completion of the talks take the talks' date
    *(
        pytest.param(
            PUBLISHED + TALKS + " " + cue.format(d=DOCUMENT),
            Agreement,
            cue[:8],
            {"2024-03-14"},
            id="document-" + "-".join(re.findall(r"[a-z]+", cue.lower())[:6]),
            marks=marks,
        )
        for cue, marks in [
            ("Upon completion of the talks, the ministers signed {d}.", []),
            ("Following the talks, {d} was signed.", []),
            ("At the end of the talks, the sides signed {d}.", []),
            ("After the talks, the ministers signed {d}.", []),
            ("During the talks, the sides signed {d}.", []),
            ("As a result of the talks, the sides signed {d}.", []),
            ("In the course of the talks, the ministers signed {d}.", []),
            ("On the results of the talks, the sides signed {d}.", []),
            ("Following the results of the meeting, the ministers signed {d}.", []),
            ("Upon the results of the negotiations, {d} was signed.", []),
            ("The talks ended with the signing of {d}.", []),
            ("The negotiations concluded with the signing of {d}.", []),
        ]
    ),
    # an occasion and its date opening the sentence date what was signed there
    pytest.param(
        PUBLISHED + "During the visit of President Serdar Berdimuhamedov to Moscow in June 2023, Turkmenistan and "
        "Russia signed 15 documents.",
        Agreement,
        "During",
        {"2023-06"},
        id="occasion-opening-dates-a-batch",
    ),
    pytest.param(
        PUBLISHED + "On the sidelines of the Caspian summit in Ashgabat on 29 June 2022, Turkmenistan and Russia "
        "signed a memorandum of understanding on cooperation in education.",
        Agreement,
        "On the sidelines",
        {"2022-06-29"},
        id="occasion-opening-dates-a-memorandum",
    ),
    pytest.param(
        PUBLISHED + "President Serdar Berdimuhamedov, who took office in March 2022, and Russian President "
        "Vladimir Putin signed a declaration on deepening the strategic partnership.",
        Agreement,
        "President",
        {None, "2022"},
        id="earlier-date-of-something-else-kept-coarse",
    ),
    # an item told on the sidelines or within the framework of an occasion dated elsewhere takes its dates
    pytest.param(
        PUBLISHED + "The Caspian Economic Forum opened in Moscow on 14 March. On its sidelines, Turkmen Foreign "
        "Minister Rashid Meredov held talks with Russian Foreign Minister Sergey Lavrov.",
        Meeting,
        "On its sidelines",
        {"2024-03-14"},
        id="sidelines-of-a-forum-told-before",
    ),
    pytest.param(
        PUBLISHED + "The Turkmen-Russian Business Forum took place in Ashgabat on 12-13 March. Rashid Meredov "
        "and Alexei Overchuk met on the sidelines of the forum.",
        Meeting,
        "Rashid",
        {"2024-03"},
        id="sidelines-of-a-two-day-forum-its-month",
    ),
    pytest.param(
        PUBLISHED + COMMISSION + " was held in Ashgabat on 14 March. On the sidelines of the session, Turkmen "
        "Education Minister Gurbangul Atayeva held talks with Russian Deputy Minister Konstantin Mogilevsky.",
        Meeting,
        "On the sidelines",
        {"2024-03-14"},
        id="sidelines-of-a-sitting",
    ),
    pytest.param(
        PUBLISHED + "The Caspian Economic Forum opened in Moscow on 14 March. Within the framework of the forum, "
        "Turkmenistan and Russia signed a memorandum of understanding on cooperation in education.",
        Agreement,
        "Within",
        {"2024-03-14"},
        id="framework-of-a-forum-dates-a-document",
    ),
    pytest.param(
        PUBLISHED + "The Caspian Economic Forum opened in Moscow on 14 March. On the sidelines of the summit, "
        "Turkmen Foreign Minister Rashid Meredov held talks with Russian Foreign Minister Sergey Lavrov.",
        Meeting,
        "On the sidelines",
        {None, "2024-03-20"},
        id="sidelines-of-another-occasion",
    ),
    pytest.param(
        PUBLISHED + "The Caspian Economic Forum will open in Moscow on 4 April. On its sidelines, Turkmen Foreign "
        "Minister Rashid Meredov held talks with Russian Foreign Minister Sergey Lavrov.",
        Meeting,
        "On its sidelines",
        {None, "2024-03-20"},
        id="sidelines-of-a-planned-forum-not-for-held-talks",
    ),
    # the next sentence tells the visit or talks again, and when they take place
    pytest.param(
        PUBLISHED + "Turkmen Foreign Minister Rashid Meredov will pay a working visit to Moscow. The visit is "
        "scheduled for 2-3 April.",
        Visit,
        "Turkmen",
        {"2024-04-02"},
        id="follow-up-visit-scheduled",
    ),
    pytest.param(
        PUBLISHED + "President Serdar Berdimuhamedov received Russian Deputy Prime Minister Alexei Overchuk in "
        "Ashgabat. Their meeting took place on 18 March in the Oguzkhan Palace.",
        Meeting,
        "President",
        {"2024-03-18"},
        id="follow-up-meeting-took-place",
    ),
    pytest.param(
        PUBLISHED + "President Serdar Berdimuhamedov received Russian Deputy Prime Minister Alexei Overchuk in "
        "Ashgabat. The talks touched on the memorandum signed on 12 March.",
        Meeting,
        "President",
        {None, "2024-03-20"},
        id="follow-up-without-occurrence-verb",
    ),
    # the headline's date dates the undated lead
    pytest.param(
        PUBLISHED + "Turkmen, Russian ministers meet in Moscow on 14 March\n\n"
        "Turkmen Foreign Minister Rashid Meredov held talks with Russian Foreign Minister Sergey Lavrov in Moscow.",
        Meeting,
        "Turkmen Foreign",
        {"2024-03-14"},
        id="headline-date-dates-the-lead",
    ),
    pytest.param(
        PUBLISHED + "Russia, Turkmenistan sign education memorandum on Tuesday\n\n"
        "Turkmenistan and Russia signed a memorandum of understanding on cooperation in education.",
        Agreement,
        "Turkmenistan",
        {"2024-03-19"},
        id="headline-weekday-dates-the-lead",
    ),
    pytest.param(
        PUBLISHED + "Turkmen, Russian ministers meet in Moscow on 14 March\n\n"
        "Turkmen Foreign Minister Rashid Meredov held talks with Russian Foreign Minister Sergey Lavrov in Moscow. "
        "Earlier, Meredov held talks with Russian Deputy Prime Minister Alexei Overchuk in Ashgabat.",
        Meeting,
        "Earlier",
        {None},
        id="headline-date-not-for-a-later-sentence",
    ),
    # no date expression: the lead of a same-day report (FORMAT.md: [null, day])
    pytest.param(
        DATELINE + KINDS["meeting"][1].format(w=""),
        Meeting,
        PRESIDENTS[:9],  # the wire dateline is a sentence of its own
        {None, "2024-03-20"},
        id="lead-dateline",
    ),
    pytest.param(
        PUBLISHED + KINDS["meeting"][1].format(w=""),
        Meeting,
        "President",
        {None, "2024-03-20"},
        id="lead-stamp",
    ),
    # a later background sentence about an older event does not borrow the lead's date
    pytest.param(
        DATELINE + KINDS["meeting"][1].format(w="") + " The previous meeting of the Intergovernmental Turkmen-Russian "
        "Commission on Economic Cooperation was held in Ashgabat.",
        CommissionSession,
        "The previous",
        {None},
        id="background-undated-session",
    ),
    pytest.param(
        PUBLISHED + KINDS["meeting"][1].format(w="") + " The previous meeting between the two leaders took place "
        "in Dushanbe in October last year.",
        Meeting,
        "President",
        {None, "2024-03-20"},
        id="news-not-folded-with-the-previous-meeting",
    ),
    pytest.param(
        PUBLISHED + KINDS["meeting"][1].format(w="") + " Their previous talks were held in Sochi in 2022.",
        Meeting,
        "President",
        {None, "2024-03-20"},
        id="news-not-folded-with-previous-talks",
    ),
    pytest.param(
        DATELINE + KINDS["meeting"][1].format(w="") + " The two leaders had earlier met in Sochi in 2022.",
        Meeting,
        "The two leaders",
        {"2022"},
        id="background-year",
    ),
    pytest.param(
        DATELINE + KINDS["meeting"][1].format(w="") + " The two presidents also spoke by telephone in October.",
        Meeting,
        "The two presidents",
        {"2023-10"},
        id="background-month-last-year",
    ),
    # a lead told in the past perfect, as a habit, or as a statement's report is not of the dateline's day
    pytest.param(
        DATELINE + "Russian Foreign Minister Sergey Lavrov said on Tuesday that he had held talks with Turkmen "
        "Foreign Minister Rashid Meredov.",
        Meeting,
        "Russian F",  # the wire dateline is a sentence of its own
        {None},
        id="lead-statement-of-earlier-talks",
    ),
    pytest.param(
        DATELINE + "Russian Foreign Minister Sergey Lavrov has held talks with Turkmen Foreign Minister Rashid Meredov "
        "many times.",
        Meeting,
        "Russian F",  # the wire dateline is a sentence of its own
        {None},
        id="lead-habitual-talks",
    ),
    pytest.param(
        DATELINE
        + KINDS["meeting"][1].format(w="")
        + " Earlier, Russian Foreign Minister Sergey Lavrov visited Ashgabat.",
        Visit,
        "Earlier",
        {None},
        id="background-earlier",
    ),
    pytest.param(
        PUBLISHED + RECEIVED + " Earlier, in January, Overchuk held talks with Turkmen Deputy Prime Minister "
        "Rashid Meredov in Moscow.",
        Meeting,
        "Earlier",
        {"2024-01"},
        id="background-earlier-in-january",
    ),
    pytest.param(
        PUBLISHED + KINDS["phone"][1].format(w="") + " The leaders discussed the agreements reached during the "
        "visit of the Turkmen President to Moscow in October.",
        Meeting,
        "President",
        {None, "2024-03-20"},
        id="phone-call-not-part-of-an-earlier-visit",
    ),
    pytest.param(
        PUBLISHED + "Russian Deputy Prime Minister Alexei Overchuk and Turkmen Deputy Prime Minister Rashid Meredov "
        "held a meeting by videoconference. Overchuk recalled his visit to Ashgabat in January.",
        Meeting,
        "Russian",
        {None, "2024-03-20"},
        id="video-call-not-part-of-an-earlier-visit",
    ),
    # a date in a clause about something else does not date the event
    pytest.param(
        PUBLISHED + "President of Turkmenistan Serdar Berdimuhamedov held talks with Russian President Vladimir Putin, "
        "who visited Ashgabat in 2017.",
        Meeting,
        "President",
        {None, "2024-03-20"},
        id="modifier-who-clause",
    ),
    pytest.param(
        PUBLISHED + "President of Turkmenistan Serdar Berdimuhamedov received Russian Foreign Minister Sergey Lavrov, "
        "who had previously been to Ashgabat in 2019.",
        Meeting,
        "President",
        {None, "2024-03-20"},
        id="modifier-who-clause-earlier-trip",
    ),
    pytest.param(
        PUBLISHED + "President of Turkmenistan Serdar Berdimuhamedov and Russian President Vladimir Putin discussed by "
        "telephone the implementation of the agreements reached in 2022.",
        Meeting,
        "President",
        {None, "2024-03-20"},
        id="modifier-participle-reached",
    ),
    pytest.param(
        PUBLISHED + "President of Turkmenistan Serdar Berdimuhamedov received Russian Deputy Prime Minister Alexei "
        "Overchuk, who co-chairs the commission established in 1998.",
        Meeting,
        "President",
        {None, "2024-03-20"},
        id="modifier-participle-established",
    ),
    pytest.param(
        PUBLISHED + "President of Turkmenistan Serdar Berdimuhamedov and Russian President Vladimir Putin discussed by "
        "telephone the results of 2023 and plans for 2024.",
        Meeting,
        "President",
        {None, "2024-03-20"},
        id="modifier-results-of-year",
    ),
    pytest.param(
        PUBLISHED + "The foreign ministers of Turkmenistan and Russia held consultations in Moscow on the programme of "
        "cooperation adopted in 2021.",
        Meeting,
        "The foreign",
        {None, "2024-03-20"},
        id="modifier-participle-adopted",
    ),
    pytest.param(
        PUBLISHED + "Russian Foreign Minister Sergey Lavrov held talks with Turkmen Foreign Minister Rashid Meredov "
        "and reviewed the outcomes of the first half of 2023.",
        Meeting,
        "Russian",
        {None, "2024-03-20"},
        id="modifier-outcomes-of-period",
    ),
    pytest.param(
        PUBLISHED + TALKS.replace(" on 14 March.", "") + " and discussed the implementation of the 2022 agreement.",
        Meeting,
        "Russian",
        {None, "2024-03-20"},
        id="attributive-year-of-a-document",
    ),
    pytest.param(
        PUBLISHED + TALKS.replace(" on 14 March.", "") + " ahead of the 2025 Turkmen-Russian business forum.",
        Meeting,
        "Russian",
        {None, "2024-03-20"},
        id="attributive-year-of-an-event",
    ),
    pytest.param(
        PUBLISHED + TALKS.replace(" on 14 March.", "") + " and discussed trade, which grew by a fifth in 2023.",
        Meeting,
        "Russian",
        {None, "2024-03-20"},
        id="which-clause-of-another-thing",
    ),
    pytest.param(
        PUBLISHED + TALKS.replace(" in Ashgabat on 14 March.", "") + ", which took place in Ashgabat on 14 March.",
        Meeting,
        "Russian",
        {"2024-03-14"},
        id="which-clause-of-the-talks-themselves",
    ),
    pytest.param(
        PUBLISHED + "Turkmen and Russian delegations will take part in the Caspian Economic Forum, which is "
        "scheduled to be held in Moscow in August.",
        Event,
        "Turkmen",
        {"2024-08"},
        id="which-clause-of-the-forum-itself",
    ),
    pytest.param(
        PUBLISHED + "The 2023 session of the Intergovernmental Turkmen-Russian Commission on Economic Cooperation "
        "was held in Moscow.",
        CommissionSession,
        "The 2023",
        {"2023"},
        id="attributive-year-of-the-sitting-itself",
    ),
    pytest.param(
        PUBLISHED + "Russian President Vladimir Putin said on Tuesday that he had held talks with President of "
        "Turkmenistan Serdar Berdimuhamedov.",
        Meeting,
        "Russian",
        {None},
        id="statement-date",
    ),
    pytest.param(
        PUBLISHED + "Speaking at a news conference on Tuesday, Russian Foreign Minister Sergey Lavrov said he had "
        "held talks with Turkmen Foreign Minister Rashid Meredov.",
        Meeting,
        "Speaking",
        {None},
        id="statement-setting-date",
    ),
    pytest.param(
        PUBLISHED + "Talking to journalists on Tuesday, Russian Foreign Minister Sergey Lavrov said he had held talks "
        "with Turkmen Foreign Minister Rashid Meredov.",
        Meeting,
        "Talking",
        {None},
        id="statement-setting-date-variant",
    ),
    pytest.param(
        PUBLISHED + "Speaking by telephone on Tuesday, President Serdar Berdimuhamedov and Russian President Vladimir "
        "Putin discussed trade.",
        Meeting,
        "Speaking",
        {"2024-03-19"},
        id="speaking-by-telephone-is-the-call",
    ),
    # no publication date: relative years resolve against the story's explicit date before them
    pytest.param(
        RECEIVED.replace("On 14 March,", "On 14 March 2023,")
        + " Last year, the two countries signed a roadmap of cooperation in transport for 2022-2024.",
        Agreement,
        "Last year",
        {"2022"},
        id="no-stamp-last-year-after-explicit-date",
    ),
    pytest.param(
        RECEIVED.replace("On 14 March,", "On 14 March 2023,")
        + " The guest said that Russian Foreign Minister Sergey Lavrov will visit Ashgabat next year.",
        Visit,
        "The guest",
        {"2024"},
        id="no-stamp-next-year-after-explicit-date",
    ),
    pytest.param(
        "Russian Foreign Minister Sergey Lavrov will visit Ashgabat next year.",
        Visit,
        "Russian",
        {None},
        id="no-stamp-no-anchor",
    ),
    # no publication date: a past year-less date shortly after the story's explicit date is in its
    # year (the story moves on from its date; it is no "now" to look back from)
    pytest.param(
        "Russian Foreign Minister Sergey Lavrov arrived in Ashgabat on 2 October 2017. On 3 October, he held talks "
        "with Turkmen Foreign Minister Rashid Meredov.",
        Meeting,
        "On 3 October",
        {"2017-10-03"},
        id="no-stamp-year-less-day-after-explicit-date",
    ),
    pytest.param(
        "The Turkmen leader went to Moscow on 28 May 2019. In June, President Gurbanguly Berdimuhamedov spoke by "
        "telephone with Russian President Vladimir Putin.",
        Meeting,
        "In June",
        {"2019-06"},
        id="no-stamp-year-less-month-after-explicit-day",
    ),
    pytest.param(
        "The Turkmen leader went to Moscow on 28 May 2019. In December, President Gurbanguly Berdimuhamedov had "
        "spoken by telephone with Russian President Vladimir Putin.",
        Meeting,
        "In December",
        {"2018-12"},
        id="no-stamp-past-month-long-after-explicit-day",
    ),
    # "that year", "the same year": the year of the date the story told last, not the publication's
    pytest.param(
        PUBLISHED + "The two countries signed a treaty on strategic partnership in 2017. In October of that year, "
        "Russian President Vladimir Putin paid a visit to Ashgabat.",
        Visit,
        "In October",
        {"2017-10"},
        id="month-of-that-year",
    ),
    pytest.param(
        PUBLISHED + "The Turkmen-Russian business council was set up in 2019. On 2-3 October of the same year, "
        "Russian Foreign Minister Sergey Lavrov paid an official visit to Ashgabat.",
        Visit,
        "On 2-3",
        {"2019-10-02"},
        id="days-of-the-same-year",
    ),
    pytest.param(
        PUBLISHED + "The two countries signed a treaty on strategic partnership in 2017. That year, Russian President "
        "Vladimir Putin paid a visit to Ashgabat.",
        Visit,
        "That year",
        {"2017"},
        id="that-year",
    ),
    # a few days back: the month holding all of them, else their year, else nothing
    pytest.param(
        "Published: 4 March 2024\n\n" + KINDS["meeting"][1].format(w=" a few days ago"),
        Meeting,
        "President",
        {"2024"},
        id="a-few-days-ago-across-a-month",
    ),
    pytest.param(
        "Published: 2 January 2024\n\n" + KINDS["phone"][1].format(w=" the other day"),
        Meeting,
        "President",
        {None},
        id="the-other-day-across-a-year",
    ),
    # a year-less date resolved across a year boundary
    pytest.param(
        "Published: 3 January 2024\n\n" + KINDS["phone"][1].format(w=" on New Year's Eve"),
        Meeting,
        "President",
        {"2023-12-31"},
        id="year-boundary-new-years-eve",
    ),
    pytest.param(
        "Published: 3 January 2024\n\n" + KINDS["phone"][1].format(w=" on New Year\u2019s Day"),
        Meeting,
        "President",
        {"2024-01-01"},
        id="year-boundary-new-years-day",
    ),
    pytest.param(
        "Published: 10 January 2024\n\n" + KINDS["meeting"][1].format(w=" on 28 December"),
        Meeting,
        "President",
        {"2023-12-28"},
        id="year-boundary-past-day",
    ),
    pytest.param(
        "Published: 10 January 2024\n\n" + KINDS["meeting"][1].format(w=" in December"),
        Meeting,
        "President",
        {"2023-12"},
        id="year-boundary-past-month",
    ),
    pytest.param(
        "Published: 20 December 2023\n\n" + KINDS["visit"][2].format(w=" on 15 January"),
        Visit,
        "Russian",
        {"2024-01-15"},
        id="year-boundary-future-day",
    ),
    pytest.param(
        "Published: 28 December 2023\n\nThe next meeting of the Intergovernmental Turkmen-Russian Commission on "
        "Economic Cooperation is scheduled for February.",
        CommissionSession,
        "The next",
        {"2024-02"},
        id="year-boundary-future-month",
    ),
    pytest.param(
        "Published: 5 January 2024\n\n"
        + KINDS["meeting"][2].format(w=" on 15 January")
        + " The two leaders last met on 26 December.",
        Meeting,
        "The two leaders",
        {"2023-12-26"},
        id="year-boundary-after-a-future-date",
    ),
]


@pytest.mark.parametrize(("text", "kind", "prefix", "accepted"), POSITIONS)
def test_position(text: str, kind: type, prefix: str, accepted: set[str | None]) -> None:
    """The date comes from the sentence, the one before, the lead convention, or nowhere."""
    found = [record for record in _records(text, kind) if record.evidence[0].text.startswith(prefix)]
    assert found, f"no {kind.__name__} told in the sentence opening {prefix!r}"
    assert {_iso(record) for record in found} <= accepted


# A trade figure over part of a year is dated by its year (FORMAT.md); a flow that starts, stops or
# is sent on a day or in a month is an event of that day or month.
TRADE = [
    pytest.param("In January, trade between Turkmenistan and Russia reached $150 million.", "2024", id="figure-month"),
    pytest.param(
        "Trade between Turkmenistan and Russia grew by 10 percent in the first quarter of 2024.",
        "2024",
        id="figure-quarter",
    ),
    pytest.param("In December, Russia exported 2,000 tonnes of wheat to Turkmenistan.", "2023", id="export-month"),
    pytest.param(
        "In the first quarter, trade between Turkmenistan and Russia grew by 10 percent.",
        "2024",
        id="figure-bare-quarter",
    ),
    pytest.param(
        "Trade between Turkmenistan and Russia reached $300 million in the fourth quarter.",
        "2023",
        id="figure-bare-quarter-last-year",
    ),
    pytest.param(
        "During the first two months, trade between Turkmenistan and Russia reached $150 million.",
        "2024",
        id="figure-first-months",
    ),
    pytest.param(
        "In the first eleven months, Russia exported 2,000 tonnes of wheat to Turkmenistan.",
        "2023",
        id="figure-first-months-not-yet-over",
    ),
    pytest.param("Russia resumed imports of Turkmen gas on 1 March.", "2024-03-01", id="resumed-day"),
    pytest.param("Gazprom resumed purchases of Turkmen gas in April 2019.", "2019-04", id="resumed-month"),
    pytest.param("Turkmenistan began exporting electricity to Russia in February.", "2024-02", id="began-month"),
    pytest.param("Russia delivered a helicopter to Turkmenistan on 9 March.", "2024-03-09", id="delivered-day"),
    pytest.param(
        "Deliveries of Turkmen natural gas to Russia resumed on 1 March.", "2024-03-01", id="flow-noun-resumed-day"
    ),
    pytest.param(
        "Supplies of Turkmen electricity to Russian consumers were halted in February.",
        "2024-02",
        id="flow-noun-halted-month",
    ),
    pytest.param(
        "Trade between Turkmenistan and Russia, which began to recover in 2021, reached $1.5 billion in 2023.",
        "2023",
        id="which-clause-year-not-the-figures",
    ),
    pytest.param(
        "Russian wheat exports to Turkmenistan, which doubled in 2022, amounted to 300,000 tonnes in 2023.",
        "2023",
        id="which-clause-year-not-the-figures-variant",
    ),
    pytest.param("A batch of Turkmen tomatoes arrived in Moscow on 9 March.", "2024-03-09", id="arrived-day"),
    pytest.param("In February, Russia delivered 20,000 tonnes of wheat to Turkmenistan.", "2024", id="delivered-month"),
    pytest.param(
        "Turkmen enterprises were allowed to export tomatoes to Russia from 9 March.",
        "2024-03-09",
        id="allowed-from-day",
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), TRADE)
def test_trade_flow_date(sentence: str, expected: str) -> None:
    """A figure takes its period's year; a change of a flow keeps its day or month."""
    (record,) = _records(PUBLISHED + sentence, TradeFlow)
    assert _iso(record) == expected


# A list of coordinated dates tells one encounter per date.
LISTS = [
    pytest.param(
        "Russian President Vladimir Putin visited Turkmenistan in 2000, 2007 and 2017.",
        Visit,
        ["2000", "2007", "2017"],
        id="visits-bare-years",
    ),
    pytest.param(
        "Russian President Vladimir Putin paid official visits to Ashgabat in May 2007 and in October 2017.",
        Visit,
        ["2007-05", "2017-10"],
        id="visits-months",
    ),
    pytest.param(
        "President Serdar Berdimuhamedov visited Kazan in May 2023 and St Petersburg in December 2023.",
        Visit,
        ["2023-05", "2023-12"],
        id="visits-places-and-months",
    ),
    pytest.param(
        f"{LAVROV} held talks with Turkmen Foreign Minister Rashid Meredov in Moscow in 2021 and in Ashgabat in 2023.",
        Meeting,
        ["2021", "2023"],
        id="meetings-places-and-years",
    ),
    pytest.param(
        f"{LAVROV} held talks with Turkmen Foreign Minister Rashid Meredov in Ashgabat on 14 March and signed a plan "
        "of consultations for 2024-2025.",
        Meeting,
        ["2024-03-14"],
        id="one-meeting-and-a-period",
    ),
]


@pytest.mark.parametrize(("sentence", "kind", "expected"), LISTS)
def test_coordinated_dates(sentence: str, kind: type, expected: list[str]) -> None:
    """Each coordinated date is an encounter of its own; a period is none."""
    found = sorted(_iso(record) or "" for record in _records(PUBLISHED + sentence, kind))
    assert found == expected


# The date of a statement does not date what it reports.
STATEMENTS = [
    pytest.param(", the ministry said on Tuesday.", id="said-on"),
    pytest.param(", according to a statement released on Tuesday.", id="according-to-a-statement"),
    pytest.param(", according to the ministry's statement on Tuesday.", id="according-to-the-ministrys-statement"),
    pytest.param(", as reported by the agency on Tuesday.", id="reported-by"),
    pytest.param(", the spokeswoman said at a briefing on Tuesday.", id="said-at-a-briefing"),
    pytest.param(", the spokeswoman told a news conference on Tuesday.", id="told-a-news-conference"),
    pytest.param(", a source told the agency on Tuesday.", id="told-the-agency"),
    pytest.param(", the ministry said in a statement issued on Tuesday.", id="statement-issued"),
]


@pytest.mark.parametrize("statement", STATEMENTS)
def test_statement_date_does_not_date_a_plan(statement: str) -> None:
    """ "..., the ministry said on Tuesday": the plan it reports stays undated."""
    (record,) = _records(PUBLISHED + KINDS["visit"][2].format(w="")[:-1] + statement, Visit)
    assert _iso(record) is None


def test_a_reported_meeting_keeps_its_date() -> None:
    """ "said they met in Moscow on 14 March": the meeting's own date, not the statement's."""
    text = PUBLISHED + "Lavrov said he held talks with Turkmen Foreign Minister Rashid Meredov in Moscow on 14 March."
    assert [_iso(record) for record in _records(text, Meeting)] == ["2024-03-14"]
