"""The mapping tables from turkru's records to PLOVER and CAMEO codes, as data.

Each row of :data:`EVENT_RULES` reads: a record of this kind, in this state, met in this
setting, is this PLOVER event type with this mode, and this CAMEO code. The rules and the
codebook versions they follow are written down in docs/interop.md.
"""

from __future__ import annotations

from typing import Final

import attrs

from turkru.model.actors import PartyKind
from turkru.model.records import BodyKind, DocType

PLOVER_EVENTS: Final = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip
"""The sixteen PLOVER event types (as POLECAT uses them); turkru's records need the first few."""

# settings: how the two sides came together -----------------------------------------------------

VISIT: Final = "visit"
"""In person, in the country of one side: the other side travelled there."""
THIRD_LOCATION: Final = "third_location"
"""In person, in a country of neither side."""
UNLOCATED: Final = "unlocated"
"""In person (or not said), with no place known."""
PHONE: Final = "phone"
VIDEO: Final = "video"
ANY: Final = "any"
"""Any setting: the rule does not depend on it."""

SETTINGS: Final = (VISIT, THIRD_LOCATION, UNLOCATED, PHONE, VIDEO)


@attrs.frozen
class EventRule:
    """One row of the mapping: record kind, state and setting to PLOVER and CAMEO codes.

    ``state`` is the record's status (``held``, ``planned``) or, for agreements, the
    lifecycle stage (``planned``, ``signed``, ``ratified``, ``in_force``).
    """

    kind: str
    state: str
    setting: str
    plover: str
    mode: str | None
    cameo: str


def _rules(*rows: tuple[str, str, str, str, str | None, str]) -> tuple[EventRule, ...]:
    return tuple(EventRule(*row) for row in rows)


EVENT_RULES: Final = _rules(
    # kind                 state       setting          PLOVER      mode           CAMEO
    ("meeting",            "held",     PHONE,           "CONSULT",  "phone",       "041"),
    ("meeting",            "held",     VIDEO,           "CONSULT",  "phone",       "040"),
    ("meeting",            "held",     VISIT,           "CONSULT",  "visit",       "042"),
    ("meeting",            "held",     THIRD_LOCATION,  "CONSULT",  "third-party", "044"),
    ("meeting",            "held",     UNLOCATED,       "CONSULT",  None,          "040"),
    ("meeting",            "planned",  ANY,             "AGREE",    None,          "036"),
    ("visit",              "held",     ANY,             "CONSULT",  "visit",       "042"),
    ("visit",              "planned",  ANY,             "AGREE",    None,          "036"),
    ("commission_session", "held",     VISIT,           "CONSULT",  "visit",       "042"),
    ("commission_session", "held",     THIRD_LOCATION,  "CONSULT",  "third-party", "044"),
    ("commission_session", "held",     UNLOCATED,       "CONSULT",  None,          "040"),
    ("commission_session", "planned",  ANY,             "AGREE",    None,          "036"),
    ("event",              "held",     VISIT,           "CONSULT",  "visit",       "042"),
    ("event",              "held",     THIRD_LOCATION,  "CONSULT",  "third-party", "044"),
    ("event",              "held",     UNLOCATED,       "CONSULT",  None,          "040"),
    ("event",              "planned",  ANY,             "AGREE",    None,          "036"),
    ("agreement",          "planned",  ANY,             "AGREE",    None,          "030"),
    ("agreement",          "signed",   ANY,             "COOPERATE", None,         "057"),
    ("agreement",          "ratified", ANY,             "COOPERATE", None,         "050"),
    ("agreement",          "in_force", ANY,             "COOPERATE", None,         "050"),
)  # fmt: skip
"""The event rules. Trade flows and terminated agreements have no row: they are not coded."""

_RULE_INDEX: Final = {(rule.kind, rule.state, rule.setting): rule for rule in EVENT_RULES}


def event_rule(kind: str, state: str, setting: str) -> EventRule | None:
    """The rule for a record of *kind* in *state* met in *setting* (exact, then any setting)."""
    return _RULE_INDEX.get((kind, state, setting)) or _RULE_INDEX.get((kind, state, ANY))


CAMEO_NAMES: Final = {
    "030": "Express intent to cooperate",
    "036": "Express intent to meet or negotiate",
    "040": "Consult",
    "041": "Discuss by telephone",
    "042": "Make a visit",
    "043": "Host a visit",
    "044": "Meet at third location",
    "050": "Engage in diplomatic cooperation",
    "057": "Sign formal agreement",
}
"""The CAMEO 1.1b3 names of the codes the rules use (ICEWS's ``Event Text``)."""

CAMEO_ROOT_QUAD: Final = {"03": 1, "04": 1, "05": 1, "06": 2}
"""GDELT's QuadClass of a CAMEO root code: 1 verbal cooperation, 2 material cooperation."""

# contexts ---------------------------------------------------------------------------------------

KIND_CONTEXTS: Final = {
    "meeting": ("diplomatic",),
    "visit": ("diplomatic",),
    "commission_session": ("economic",),
    "event": ("diplomatic",),
    "agreement": ("diplomatic",),
}
"""PLOVER context tags by record kind."""

BODY_CONTEXTS: Final = {
    BodyKind.INTERGOVERNMENTAL_COMMISSION: ("economic", "diplomatic"),
    BodyKind.BUSINESS_COUNCIL: ("economic",),
    BodyKind.TRADE_INVESTMENT_GROUP: ("economic",),
    BodyKind.OTHER: (),
}
"""Context tags of a session by the body sitting (they replace the kind's)."""

DOC_TYPE_CONTEXTS: Final = {DocType.CONTRACT: ("economic",)}
"""Context tags of an agreement by document type, where they differ from the kind's."""

# sectors ----------------------------------------------------------------------------------------

PARTY_SECTORS: Final = {
    PartyKind.COUNTRY: None,
    PartyKind.REGION: "GOV",
    PartyKind.MINISTRY: "GOV",
    PartyKind.COMPANY: "BUS",
    PartyKind.ORGANISATION: None,
}
"""The CAMEO role code of a party by kind, where its gazetteer entry names none.

A country as a whole has no role; an organisation's role is in its entry (LEG, IGO, BUS)."""

STATE_PARTY_SECTOR: Final = "GOV"
"""The role code of a country that is a party to an agreement: the state, as its government."""

OFFICE_SECTOR: Final = "GOV"
"""The role code of an office-holder whose office's entry names none."""

BODY_SECTORS: Final = {
    BodyKind.INTERGOVERNMENTAL_COMMISSION: "GOV",
    BodyKind.BUSINESS_COUNCIL: "BUS",
    BodyKind.TRADE_INVESTMENT_GROUP: "GOV",
    BodyKind.OTHER: None,
}
"""The role code of a side at a session, by the body sitting, when no co-chair is known."""

SIDES: Final = ("TM", "RU")
"""The two sides, in the order used when nothing says who acted: Turkmenistan first."""
