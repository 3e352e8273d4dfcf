"""The wire-service dateline that opens a story: ``MOSCOW, May 31. /TASS/.``, ``BAKU, Azerbaijan,
March 31``, ``ASHGABAT. April 4 (Interfax) -``, ``ASHGABAT, 4 April (Agency) -``, ``MOSCOW (Sputnik) -``.

The place is in capitals; a date (month and day in either order, sometimes the year) or an agency
in brackets follows. Use ``datelines(lexicon).dateline.match(text, pos)`` at the first non-blank character
of a line.

``header`` is the wider form the publication date is read from: an agency in brackets
may come first ("(Agency) CITY, Country, December 21"), the date may be day-first and carry a
weekday ("ASHGABAT, Tuesday 4 March 2024 —"), and the place may be written in title case
("Ashgabat, 4 March 2024."); a title-case place counts only with a full date or an agency after
the date (the caller checks). A colon or a spaced dash may part place and date ("ASHGABAT - 4 March 2024 -").
``date_first`` puts the date before the place ("4 March 2024, Ashgabat.").

The extractors find a story's lead by two looser forms of the same grammar (shared month,
day and year parts): ``lead``, a sentence opening with a place and a day, and ``line``, a
"City, 12 February 2025" line alone above the story.

The month and weekday names are the lexicon's (data/calendar.json): :func:`datelines` compiles
the grammar once per lexicon.

This module is the one home of the dateline grammar: the sentence splitter, the
publication-date reader and the lead finder (turkru.extract.datelines) all read it here.
"""

from __future__ import annotations

import re

import attrs

from turkru.lexicon import Lexicon
from turkru.text._vocab import DAY, YEAR, fragments

# Each word of a place is at most 40 characters: a run of capitals or "U.S." repeated is then
# searched in linear time (unbounded, the pattern rescanned it from every position).
_CITY = r"[A-Z][A-Z'\u2019.-]{2,40}(?:[ -][A-Z][A-Z'\u2019.-]{1,40}){0,2}"
_TITLE_CITY = r"[A-Z][a-z'\u2019.-]{2,40}(?:[ -][A-Z][a-z'\u2019.-]{1,40}){0,2}"
_COUNTRY = r"[A-Z][A-Za-z'\u2019.-]{1,40}(?: [A-Z][A-Za-z'\u2019.-]{1,40}){0,2}"
_BRACKETED_COUNTRY = r"(?:[ \t]{0,3}\([A-Z][A-Za-z .'\u2019-]{2,30}\))"  # "ASHGABAT (Turkmenistan), ..."
_AGENCY = r"(?:/[A-Za-z][A-Za-z .-]{0,20}/\.?|\([A-Za-z][^()\n]{0,60}\))"
_AGENCY_PAREN = r"\([A-Z][^()\n]{0,40}\)"  # "ASHGABAT, Turkmenistan (Agency), March 4"
_AGENCY_FIRST = r"(?:\([A-Za-z][^()\n]{0,60}\)[ \t]{0,4}(?:[\u2013—-][ \t]{1,4})?)"
_PLACE_WORD = r"[A-Z][A-Za-z.-]+"


@attrs.frozen
class Datelines:
    """The dateline grammar of one lexicon's month and weekday names, compiled once."""

    dateline: re.Pattern[str]
    """The wire-service dateline opening a line."""
    header: re.Pattern[str]
    """The wider form the publication date is read from."""
    date_first: re.Pattern[str]
    """The date before the place: "4 March 2024, Ashgabat." opening the story."""
    lead: re.Pattern[str]
    """A sentence opening with a place and a day: "ASHGABAT, Turkmenistan, June 25. ..."."""
    line: re.Pattern[str]
    """A "City, 12 February 2025" line alone above the story (multi-line mode)."""

    @classmethod
    def of(cls, lexicon: Lexicon) -> Datelines:
        """The dateline grammar of *lexicon*'s calendar names."""
        names = fragments(lexicon)
        month, weekday_any = names.month, names.weekday_any
        not_weekday = rf"(?!(?i:{names.weekday_full}))"  # "MOSCOW, Monday, March 4": the weekday is the date's
        # A date as a dateline writes it: an optional weekday, then month and day in either order
        # and an optional year, or a dotted day-first date.
        dateline_date = (
            rf"(?:(?i:{weekday_any}),?[ \t]{{1,3}})?"
            rf"(?:(?:(?i:{month})[ \t]{{1,3}}{DAY}|{DAY}[ \t]{{1,3}}(?i:{month}))(?P<year>,?[ \t]{{1,3}}{YEAR})?"
            rf"|(?P<dotted>(?:3[01]|[12]\d|0?[1-9])\.(?:1[0-2]|0?[1-9])\.{YEAR}))"
        )
        # The extractors' forms are looser: the place may be in title case and the date need not
        # carry a year.
        capital_month = rf"(?=[A-Z])(?i:{month})"  # a month name written with a capital
        lead_date = rf"(?:{capital_month}\.?\s+{DAY}|{DAY}\s+{capital_month})"
        return cls(
            dateline=re.compile(
                rf"(?P<city>{_CITY})(?:,[ \t]*(?P<country>{_COUNTRY}))?"
                rf"(?:[ \t]*[,.][ \t]*(?P<date>(?:(?i:{month})[ \t]+{DAY}|{DAY}[ \t]+(?i:{month}))"
                rf"(?:,?[ \t]+{YEAR})?)\.?(?:[ \t]*{_AGENCY})?"
                rf"|[ \t]*\((?P<paren>[^()\n]{{1,80}})\))"
                r"(?:[ \t]*[-\u2013—](?=[ \t]))?"
            ),
            header=re.compile(
                rf"{_AGENCY_FIRST}?(?:(?P<city>{_CITY})|(?P<title_city>{_TITLE_CITY})){_BRACKETED_COUNTRY}?"
                rf"(?:,[ \t]*{not_weekday}(?P<country>{_COUNTRY}))?(?:[ \t]{{0,3}}{_AGENCY_PAREN})?"
                rf"(?:[ \t]*[,.:][ \t]*|[ \t]+[\u2013—-][ \t]+)"
                rf"(?P<date>{dateline_date})(?P<close>[ \t]*(?:[.,:(/\u2013—-]|$))"
            ),
            date_first=re.compile(
                rf"(?P<date>(?:(?i:{month})[ \t]{{1,3}}{DAY},?|{DAY}[ \t]{{1,3}}(?i:{month}))[ \t]{{1,3}}{YEAR}),[ \t]*"
                rf"(?:{_CITY}|{_TITLE_CITY})[ \t]*[.:\u2013—-]"
            ),
            lead=re.compile(
                rf"^\W*(?:date\s+\d{{4}}-\d\d-\d\d\s+)?(?P<city>{_PLACE_WORD}(?:\s+{_PLACE_WORD})?)"
                rf"(?:,\s*[A-Z][a-z]+)?,?\s+{lead_date}\b"
            ),
            line=re.compile(
                rf"^[ \t]*(?P<city>{_PLACE_WORD}(?:[ \t]{_PLACE_WORD})?),[ \t]*"
                rf"(?:{DAY}[ \t]+{capital_month}|{capital_month}\.?[ \t]+{DAY})(?:,?[ \t]+{YEAR})?[ \t]*$",
                re.M,
            ),
        )


def datelines(lexicon: Lexicon | None = None) -> Datelines:
    """The dateline grammar of *lexicon* (None: the default), compiled once per lexicon."""
    return (lexicon or Lexicon.default()).derive(Datelines.of)
