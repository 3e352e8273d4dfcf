"""The wire-service dateline that opens a story: ``MOSCOW, May 31. /TASS/.``, ``BAKU, Azerbaijan,
March 31``, ``ASHGABAT. April 4 (Interfax) -``, ``MOSCOW (Sputnik) -``.

The place is in capitals; a date (month and day, sometimes the year) or an agency in brackets
follows. Use ``DATELINE.match(text, pos)`` at the first non-blank character of a line.

``HEADER_DATELINE`` is the wider form the publication date is read from: an agency in brackets
may come first ("(Agency) CITY, Country, December 21"), the date may be day-first and carry a
weekday ("ASHGABAT, Tuesday 4 March 2024 —"), and the place may be written in title case
("Ashgabat, 4 March 2024."); a title-case place counts only with a full date (the caller checks).
``DATE_FIRST_DATELINE`` puts the date before the place ("4 March 2024, Ashgabat.").

The extractors find a story's lead by two looser forms of the same grammar (shared month,
day and year parts): ``LEAD_DATELINE``, a sentence opening with a place and a day, and
``DATELINE_LINE``, a "City, 12 February 2025" line alone above the story.

This module is the one home of the dateline grammar: the sentence splitter, the
publication-date reader and the lead finder (turkru.extract.datelines) all read it here.
"""

from __future__ import annotations

import re

from turkru.text._vocab import DAY, MONTH, WEEKDAY_ANY, WEEKDAY_FULL, YEAR

# Each word of a place is at most 40 characters: a run of capitals or "U.S." repeated is then
# searched in linear time (unbounded, the pattern rescanned it from every position).
_CITY = r"[A-Z][A-Z'\u2019.-]{2,40}(?:[ -][A-Z][A-Z'\u2019.-]{1,40}){0,2}"
_TITLE_CITY = r"[A-Z][a-z'\u2019.-]{2,40}(?:[ -][A-Z][a-z'\u2019.-]{1,40}){0,2}"
_COUNTRY = r"[A-Z][A-Za-z'\u2019.-]{1,40}(?: [A-Z][A-Za-z'\u2019.-]{1,40}){0,2}"
_NOT_WEEKDAY = rf"(?!(?i:{WEEKDAY_FULL}))"  # "MOSCOW, Monday, March 4": the weekday is the date's
_BRACKETED_COUNTRY = r"(?:[ \t]{0,3}\([A-Z][A-Za-z .'\u2019-]{2,30}\))"  # "ASHGABAT (Turkmenistan), ..."
_AGENCY = r"(?:/[A-Za-z][A-Za-z .-]{0,20}/\.?|\([A-Za-z][^()\n]{0,60}\))"
_AGENCY_FIRST = r"(?:\([A-Za-z][^()\n]{0,60}\)[ \t]{0,4})"

DATELINE = re.compile(
    rf"(?P<city>{_CITY})(?:,[ \t]*(?P<country>{_COUNTRY}))?"
    rf"(?:[ \t]*[,.][ \t]*(?P<date>(?i:{MONTH})[ \t]+{DAY}(?:,?[ \t]+{YEAR})?)\.?(?:[ \t]*{_AGENCY})?"
    rf"|[ \t]*\((?P<paren>[^()\n]{{1,80}})\))"
    r"(?:[ \t]*[-\u2013—](?=[ \t]))?"
)

# A date as a dateline writes it: an optional weekday, then month and day in either order and
# an optional year, or a dotted day-first date.
_DATELINE_DATE = (
    rf"(?:(?i:{WEEKDAY_ANY}),?[ \t]{{1,3}})?"
    rf"(?:(?:(?i:{MONTH})[ \t]{{1,3}}{DAY}|{DAY}[ \t]{{1,3}}(?i:{MONTH}))(?P<year>,?[ \t]{{1,3}}{YEAR})?"
    rf"|(?P<dotted>(?:3[01]|[12]\d|0?[1-9])\.(?:1[0-2]|0?[1-9])\.{YEAR}))"
)
HEADER_DATELINE = re.compile(
    rf"{_AGENCY_FIRST}?(?:(?P<city>{_CITY})|(?P<title_city>{_TITLE_CITY})){_BRACKETED_COUNTRY}?"
    rf"(?:,[ \t]*{_NOT_WEEKDAY}(?P<country>{_COUNTRY}))?"
    rf"[ \t]*[,.][ \t]*(?P<date>{_DATELINE_DATE})(?P<close>[ \t]*(?:[.,:(/\u2013—-]|$))"
)
# The date before the place: "4 March 2024, Ashgabat." opening the story.
DATE_FIRST_DATELINE = re.compile(
    rf"(?P<date>(?:(?i:{MONTH})[ \t]{{1,3}}{DAY},?|{DAY}[ \t]{{1,3}}(?i:{MONTH}))[ \t]{{1,3}}{YEAR}),[ \t]*"
    rf"(?:{_CITY}|{_TITLE_CITY})[ \t]*[.:\u2013—-]"
)

# The forms the extractors read a story's lead by (see turkru.extract.datelines); looser than
# the above: the place may be in title case and the date need not carry a year.
_PLACE_WORD = r"[A-Z][A-Za-z.-]+"
_CAPITAL_MONTH = rf"(?=[A-Z])(?i:{MONTH})"  # a month name written with a capital
_LEAD_DATE = rf"(?:{_CAPITAL_MONTH}\.?\s+{DAY}|{DAY}\s+{_CAPITAL_MONTH})"
# A sentence opening with a place and a day: "ASHGABAT, Turkmenistan, June 25. ...".
LEAD_DATELINE = re.compile(
    rf"^\W*(?:date\s+\d{{4}}-\d\d-\d\d\s+)?(?P<city>{_PLACE_WORD}(?:\s+{_PLACE_WORD})?)"
    rf"(?:,\s*[A-Z][a-z]+)?,?\s+{_LEAD_DATE}\b"
)
# A "City, 12 February 2025" line alone above the story.
DATELINE_LINE = re.compile(
    rf"^[ \t]*(?P<city>{_PLACE_WORD}(?:[ \t]{_PLACE_WORD})?),[ \t]*"
    rf"(?:{DAY}[ \t]+{_CAPITAL_MONTH}|{_CAPITAL_MONTH}\.?[ \t]+{DAY})(?:,?[ \t]+{YEAR})?[ \t]*$",
    re.M,
)
