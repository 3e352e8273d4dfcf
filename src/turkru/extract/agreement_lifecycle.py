"""An agreement's stage as the sentence tells it (planned, signed, ratified, in force) and its date."""

from __future__ import annotations

import functools
import re

import attrs

from turkru.extract.agreement_mentions import DocMention
from turkru.extract.cues import is_planned
from turkru.extract.document import Sentence, event_dates
from turkru.model.dates import PartialDate, Precision
from turkru.model.records import Agreement, Stage
from turkru.text._casefold import any_word, fold

_JUST_SIGNED = re.compile(
    r"(?<!will\s)(?<!to\s)(?<!be\s)\b(?:signed|inked|concluded)\s+(?:(?:an?|the|two|three|several|new)\s+)?"
    r"[^.;,]{0,25}$",
    re.I,
)
# A bare infinitive before the document ("to sign", "will sign", "and sign a contract"): still to come.
_TO_SIGN = re.compile(r"\b(?:sign|conclude|ink)\s+(?:(?:an?|the|two|three|several|new)\s+)?[^.;,]{0,25}$", re.I)
_SIGNED = re.compile(
    r"\bsign(?:ed|ing|s)?\b|\bconcluded\b|\breached\b|\badopted\b|\binked\b|\b(?:was|were|been)\s+agreed\b", re.I
)
_RATIFIED = re.compile(r"\bratif(?:ied|ication|y)\b", re.I)
_IN_FORCE = re.compile(
    r"\b(?:entered|enter|enters|came|come|comes)\s+into\s+(?:force|effect)\b|\b(?:took|takes|take)\s+effect\b"
    r"|\b(?:is|are|remains?|remained)\s+(?:still\s+)?in\s+force\b",
    re.I,
)
_IN_FORCE_WORDS = ("force", "effect")
# Initialled, not yet signed: the text is agreed, the signing is still to come.
_INITIALLED = re.compile(r"\binitial(?:l)?(?:ed|ing)\b", re.I)
# After the document: "... is being prepared", "... is under discussion".
_PROPOSED_AFTER = re.compile(
    r"\s+(?:is|are|was|were)\s+(?:now\s+|currently\s+|still\s+)?(?:being\s+(?:prepared|drafted|developed"
    r"|finali[sz]ed|negotiated|agreed|coordinated|considered|discussed)|under\s+(?:preparation|development"
    r"|consideration|discussion|negotiation))\b",
    re.I,
)
_CONTINUED = re.compile(r"[^,;]*(?:,\s*(?:including|such\s+as|among\s+them|and|as\s+well\s+as)\b[^,;]*)?", re.I)
# A date that opens a clause of its own (", and on 1 May, the firm notified ..."): it dates what follows.
_CLAUSE_OPENING = re.compile(r"(?:^|[,;]\s*|\b(?:and|but|then)\s+)(?:on|in)\s+$", re.I)
_OPENING = re.compile(r"[\W]*(?:(?:on|in|at|by|as\s+for|also\s+in|also\s+on|then|and)\s+)*", re.I)
_REACH_BEFORE = 120  # characters before a document mention searched for its stage verb
_REACH_AFTER = 80
# Stage words told before the document ("termination of the contract") or after it ("expired").
_TERMINATED_BEFORE = re.compile(
    r"\b(?:terminat(?:ed|ion\s+of|es?|ing)|denounc(?:ed|es?|ing)|cancel(?:l?ed|s|l?ing|lation\s+of)"
    r"|annul(?:l?ed|ment\s+of)|withdr(?:ew|awn|awal)\s+from|pulled\s+out\s+of)\s+(?:\w+\s+){0,3}$",
    re.I,
)
_TERMINATED_AFTER = re.compile(
    r"^[^,;.]{0,30}?\b(?:expired|lapsed|was\s+(?:terminated|denounced|cancell?ed|annulled))\b", re.I
)
# Signing denied: "refused to sign the treaty", "evaded signing", "has not signed".
_NOT_SIGNED = re.compile(
    r"\b(?:evaded|evades|avoided|avoids|refused\s+to|refuses\s+to|declined\s+to|failed\s+to|did\s+not"
    r"|didn't|has\s+not|have\s+not|had\s+not|hasn't|haven't|never|without)\s+(?:yet\s+)?sign(?:ed|ing)?\b"
    r"[^,;.]{0,40}$",
    re.I,
)
_NOT_SIGNED_AFTER = re.compile(
    r"\s*(?:had|has|have|was|were)(?:n[\u2019']t|\s+not|\s+never)\s+(?:yet\s+)?(?:been\s+)?(?:signed|concluded)\b", re.I
)
_CONDITIONAL = re.compile(r"\b(?:if|unless)\b[^,;:]{0,80}$", re.I)
# A document not signed yet: a draft, a text worked on, one to be joined.
_PROPOSED = re.compile(
    r"\b(?:drafts?|(?:the|a)\s+text\s+of|accession\s+(?:of\s+[\w\u2019'-]+\s+)?to|accede\s+to|acceding\s+to|join|joining)"
    r"\s+(?:(?:the|an?|this|its)\s+)?(?:[\"\u201c\u201d\u00ab\u00bb]?[\w-]+[\"\u201c\u201d\u00ab\u00bb]?\s+){0,4}"
    r"[\"\u201c\u201d\u00ab\u00bb]?$",
    re.I,
)
# A document that exists: "there is a contract", "the company has an agreement", "a 2002 treaty".
_EXISTING = re.compile(r"\b(?:there\s+(?:is|are|was|were)|has|have|had)\s+(?:an?|the)\s+$", re.I)
_YEAR_BEFORE = re.compile(r"\b(?:an?|the|its|their)\s+(?P<year>(?:19|20)\d\d)\s+(?:[\w-]+\s+){0,3}$", re.I)
_DATED_AFTER = re.compile(r"\s*,?\s*(?:dated|of)\s+(?:the\s+)?", re.I)
_SIGNED_ON = re.compile(r"\b(?:signed|concluded|inked)\s+(?:(?:in|on|back\s+in)\s+)?$", re.I)
# Words one of which every match of the pattern above them holds: cheap tests before the searches.
_CONDITIONAL_WORDS = ("if", "unless")
_TERMINATED_WORDS = ("terminat", "denounc", "cancel", "annul", "withdr", "pulled", "expired", "lapsed")
_PROPOSED_WORDS = ("draft", "text", "acce", "join")
_SIGN_WORDS = ("sign", "inked", "conclu", "ink ")
# A future without a signing verb is a plan for the document only when it is being prepared
# ("are developing a roadmap"), not when something else is done to it ("was going to challenge the contract").
_PREPARED = re.compile(
    r"\b(?:prepar\w*|develop\w*|draft\w*|coordinat\w*|negotiat\w*|elaborat\w*|finali[sz]\w*|work(?:s|ing|ed)?\s+on"
    r"|agree\s+on|adopt\w*|approv\w*|conclu\w*|initial\w*|expected|planned|scheduled|due|upcoming|new|future)\b",
    re.I,
)
_JUST_NOW = re.compile(r"\bjust\s+(?:been\s+)?signed\b|\bsigned\s+just\s+now\b|\bsigned\s+today\b", re.I)


def stage_of(text: str, mention: DocMention, dates: list[int]) -> Stage | None:
    """The stage the sentence gives the document, or None when it names no step of its life
    (or denies it: a conditional, a refusal). *dates* are the sentence-local starts of its dates."""
    before = text[max(0, mention.start - _REACH_BEFORE) : mention.start]
    near, after = fold(before[-90:]), text[mention.end : mention.end + _REACH_AFTER]
    folded_after = fold(after)
    denied = ("sign" in near and _NOT_SIGNED.search(before[-60:])) or (
        "n" in folded_after[:12] and _NOT_SIGNED_AFTER.match(after)
    )
    if denied or (any_word(near, _CONDITIONAL_WORDS) and _CONDITIONAL.search(before[-90:])):
        return None
    ended_before = any_word(near, _TERMINATED_WORDS) and _TERMINATED_BEFORE.search(before[-60:])
    if ended_before or (any_word(folded_after, _TERMINATED_WORDS) and _TERMINATED_AFTER.match(after)):
        return Stage.TERMINATED
    if any_word(near, _PROPOSED_WORDS) and _PROPOSED.search(before[-60:]):
        return Stage.PLANNED
    if ("being" in folded_after[:40] or "under" in folded_after[:30]) and _PROPOSED_AFTER.match(after):
        return Stage.PLANNED
    if any_word(near, _SIGN_WORDS):
        if _JUST_SIGNED.search(before[-40:]):
            return Stage.SIGNED
        if _TO_SIGN.search(before[-40:]):
            return Stage.PLANNED
    window = before + text[mention.start : mention.end + _REACH_AFTER]
    planned = is_planned(text, mention.start, mention.end)
    folded = fold(window)  # cheap word tests first: most windows neither ratify nor bring into force
    if any_word(folded, _IN_FORCE_WORDS) and _IN_FORCE.search(window):
        return Stage.PLANNED if planned else Stage.IN_FORCE
    if "ratif" in folded and _RATIFIED.search(window):
        return Stage.PLANNED if planned else Stage.RATIFIED
    if "initial" in folded and _INITIALLED.search(window) and not _SIGNED.search(window):
        return Stage.PLANNED
    if _SIGNED.search(window):
        return Stage.PLANNED if planned else Stage.SIGNED
    if planned and _PREPARED.search(window):
        return Stage.PLANNED
    existing = mention.complemented and _EXISTING.search(before[-25:]) is not None
    if existing or _YEAR_BEFORE.search(before[-40:]) or _dated_after(text, mention, dates):
        return Stage.SIGNED
    return None


def _dated_after(text: str, mention: DocMention, dates: list[int]) -> bool:
    """Whether a date follows the document as its own ("the treaty dated 23 April 2002")."""
    found = _DATED_AFTER.match(text, mention.end)
    return found is not None and found.end() in dates


def date_for(
    sentence: Sentence, mention: DocMention, stage: Stage, published: PartialDate | None = None
) -> PartialDate | None:
    """The date written after the document in its clause; else one opening the sentence;
    else the year of an earlier date in the sentence (the signing is not dated more finely).
    A document "just signed" with no date of its own was signed on the day of the report; an
    ended one is not dated by the signing it mentions ("the contract signed in 2003")."""
    dated = event_dates(sentence) or list(sentence.carried)
    after = [t for t in dated if t.start - sentence.start >= mention.end]
    if stage is not Stage.SIGNED:
        after = [t for t in after if not _SIGNED_ON.search(sentence.text[: t.start - sentence.start][-25:])]
    if not dated and published is not None and _just_now(sentence.text):
        return published
    year = _YEAR_BEFORE.search(sentence.text[max(0, mention.start - 40) : mention.start])
    if not dated and year is not None:
        return PartialDate(year=int(year.group("year")))
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
    opens_clause = _CLAUSE_OPENING.search(sentence.text[max(clause_start, timex_start - 12) : timex_start])
    if opens_clause and between.startswith(",") and _CONTINUED.fullmatch(between[1:]):
        return before[-1].value
    return before[-1].value.truncate(Precision.YEAR)


@functools.lru_cache(maxsize=16)
def _just_now(text: str) -> bool:
    """Whether the sentence says the signing was just now, searched once per sentence."""
    return _JUST_NOW.search(text) is not None


def retime(agreement: Agreement, date: PartialDate | None) -> Agreement:
    """The agreement with its latest step dated *date*."""
    step = agreement.lifecycle[-1]
    return attrs.evolve(agreement, lifecycle=(*agreement.lifecycle[:-1], attrs.evolve(step, date=date)))
