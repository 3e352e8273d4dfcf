"""An agreement's stage as the sentence tells it (planned, signed, ratified, in force) and its date."""

from __future__ import annotations

import re

import attrs

from turkru.extract.agreement_mentions import DocMention
from turkru.extract.cues import is_planned
from turkru.extract.document import Sentence, event_dates
from turkru.model.dates import PartialDate, Precision
from turkru.model.records import Agreement, Stage
from turkru.text._casefold import fold

_JUST_SIGNED = re.compile(
    r"(?<!will\s)(?<!to\s)(?<!be\s)\b(?:signed|inked|concluded)\s+(?:(?:an?|the|two|three|several|new)\s+)?"
    r"[^.;,]{0,25}$",
    re.I,
)
_SIGNED = re.compile(r"\bsign(?:ed|ing|s)?\b|\bconcluded\b|\breached\b|\badopted\b|\binked\b", re.I)
_RATIFIED = re.compile(r"\bratif(?:ied|ication|y)\b", re.I)
_IN_FORCE = re.compile(r"\b(?:entered|enter|came|come)\s+into\s+force\b", re.I)
_CONTINUED = re.compile(r"[^,;]*(?:,\s*(?:including|such\s+as|among\s+them|and|as\s+well\s+as)\b[^,;]*)?", re.I)
_OPENING = re.compile(r"[\W]*(?:(?:on|in|at|by|as\s+for|also\s+in|also\s+on|then|and)\s+)*", re.I)
_REACH_BEFORE = 120  # characters before a document mention searched for its stage verb
_REACH_AFTER = 80


def stage_of(text: str, mention: DocMention) -> Stage | None:
    """The stage the sentence gives the document, or None when it names no step of its life."""
    window = text[max(0, mention.start - _REACH_BEFORE) : mention.end + _REACH_AFTER]
    if _JUST_SIGNED.search(text[max(0, mention.start - 40) : mention.start]):
        return Stage.SIGNED
    planned = is_planned(text, mention.start, mention.end)
    folded = fold(window)  # cheap word tests first: most windows neither ratify nor bring into force
    if "force" in folded and _IN_FORCE.search(window):
        return Stage.PLANNED if planned else Stage.IN_FORCE
    if "ratif" in folded and _RATIFIED.search(window):
        return Stage.PLANNED if planned else Stage.RATIFIED
    if _SIGNED.search(window):
        return Stage.PLANNED if planned else Stage.SIGNED
    if planned:
        return Stage.PLANNED
    return None


def date_for(sentence: Sentence, mention: DocMention) -> PartialDate | None:
    """The date written after the document in its clause; else one opening the sentence;
    else the year of an earlier date in the sentence (the signing is not dated more finely)."""
    dated = event_dates(sentence) or list(sentence.carried)
    after = [t for t in dated if t.start - sentence.start >= mention.end]
    clause_end = sentence.text.find(";", mention.end)
    if after and (clause_end < 0 or after[0].start - sentence.start < clause_end):
        return after[0].value
    before = [t for t in dated if t.start - sentence.start < mention.start]
    if not before or before[-1].value is None:
        return None
    timex_start = before[-1].start - sentence.start
    clause_start = sentence.text.rfind(";", 0, timex_start) + 1
    between = sentence.text[before[-1].end - sentence.start : mention.start]
    if _OPENING.fullmatch(sentence.text[clause_start:timex_start]) or _CONTINUED.fullmatch(between):
        return before[-1].value
    return before[-1].value.truncate(Precision.YEAR)


def retime(agreement: Agreement, date: PartialDate | None) -> Agreement:
    """The agreement with its latest step dated *date*."""
    step = agreement.lifecycle[-1]
    return attrs.evolve(agreement, lifecycle=(*agreement.lifecycle[:-1], attrs.evolve(step, date=date)))
