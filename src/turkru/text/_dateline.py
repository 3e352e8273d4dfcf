"""The wire-service dateline that opens a story: ``MOSCOW, May 31. /TASS/.``, ``BAKU, Azerbaijan,
March 31``, ``ASHGABAT. April 4 (Interfax) -``, ``MOSCOW (Sputnik) -``.

The place is in capitals; a date (month and day, sometimes the year) or an agency in brackets
follows. Use ``DATELINE.match(text, pos)`` at the first non-blank character of a line.

``HEADER_DATELINE`` is the wider form the publication date is read from: an agency in brackets
may come first ("(Agency) CITY, Country, December 21"), the date may be day-first and carry a
weekday ("ASHGABAT, Tuesday 4 March 2024 —"), and the place may be written in title case
("Ashgabat, 4 March 2024."); a title-case place counts only with a full date (the caller checks).
"""

from __future__ import annotations

import re

from turkru.text._vocab import DAY, MONTH, WEEKDAY_ANY, YEAR

_CITY = r"[A-Z][A-Z'\u2019.-]{2,}(?:[ -][A-Z][A-Z'\u2019.-]+){0,2}"
_TITLE_CITY = r"[A-Z][a-z'\u2019.-]{2,}(?:[ -][A-Z][a-z'\u2019.-]+){0,2}"
_COUNTRY = r"[A-Z][A-Za-z'\u2019.-]+(?: [A-Z][A-Za-z'\u2019.-]+){0,2}"
_AGENCY = r"(?:/[A-Za-z][A-Za-z .-]{0,20}/\.?|\([A-Za-z][^()\n]{0,60}\))"
_AGENCY_FIRST = r"(?:\([A-Za-z][^()\n]{0,60}\)[ \t]{0,4})"

DATELINE = re.compile(
    rf"(?P<city>{_CITY})(?:,[ \t]*(?P<country>{_COUNTRY}))?"
    rf"(?:[ \t]*[,.][ \t]*(?P<date>(?i:{MONTH})[ \t]+{DAY}(?:,?[ \t]+{YEAR})?)\.?(?:[ \t]*{_AGENCY})?"
    rf"|[ \t]*\((?P<paren>[^()\n]{{1,80}})\))"
    r"(?:[ \t]*[-\u2013—](?=[ \t]))?"
)

# A date as a dateline writes it: an optional weekday, then month and day in either order, an
# optional year.
_DATELINE_DATE = (
    rf"(?:(?i:{WEEKDAY_ANY}),?[ \t]{{1,3}})?"
    rf"(?:(?i:{MONTH})[ \t]{{1,3}}{DAY}|{DAY}[ \t]{{1,3}}(?i:{MONTH}))(?P<year>,?[ \t]{{1,3}}{YEAR})?"
)
HEADER_DATELINE = re.compile(
    rf"{_AGENCY_FIRST}?(?:(?P<city>{_CITY})|(?P<title_city>{_TITLE_CITY}))(?:,[ \t]*(?P<country>{_COUNTRY}))?"
    rf"[ \t]*[,.][ \t]*(?P<date>{_DATELINE_DATE})(?P<close>[ \t]*(?:[.,:(/\u2013—-]|$))"
)
