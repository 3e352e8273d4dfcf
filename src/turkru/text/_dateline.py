"""The wire-service dateline that opens a story: ``MOSCOW, May 31. /TASS/.``, ``BAKU, Azerbaijan,
March 31``, ``ASHGABAT. April 4 (Interfax) -``, ``MOSCOW (Sputnik) -``.

The place is in capitals; a date (month and day, sometimes the year) or an agency in brackets
follows. Use ``DATELINE.match(text, pos)`` at the first non-blank character of a line.
"""

from __future__ import annotations

import re

from turkru.text._vocab import DAY, MONTH, YEAR

_CITY = r"[A-Z][A-Z'\u2019.-]{2,}(?:[ -][A-Z][A-Z'\u2019.-]+){0,2}"
_COUNTRY = r"[A-Z][A-Za-z'\u2019.-]+(?: [A-Z][A-Za-z'\u2019.-]+){0,2}"
_AGENCY = r"(?:/[A-Za-z][A-Za-z .-]{0,20}/\.?|\([A-Za-z][^()\n]{0,60}\))"

DATELINE = re.compile(
    rf"(?P<city>{_CITY})(?:,[ \t]*(?P<country>{_COUNTRY}))?"
    rf"(?:[ \t]*[,.][ \t]*(?P<date>(?i:{MONTH})[ \t]+{DAY}(?:,?[ \t]+{YEAR})?)\.?(?:[ \t]*{_AGENCY})?"
    rf"|[ \t]*\((?P<paren>[^()\n]{{1,80}})\))"
    r"(?:[ \t]*[-\u2013—](?=[ \t]))?"
)
