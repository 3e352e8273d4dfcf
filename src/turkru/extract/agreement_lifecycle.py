"""An agreement's stage as the sentence tells it (planned, signed, ratified, in force) and its date."""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import pairwise

import attrs

from turkru.extract.agreement_mentions import DocMention
from turkru.extract.agreement_words import AgreementWords, agreement_words
from turkru.extract.clauses import clause_end, clause_start
from turkru.extract.cues import is_planned
from turkru.extract.document import Sentence
from turkru.extract.event_dates import common_date, event_dates_of, in_person_clause, opens_with_occasion
from turkru.model.dates import PartialDate, Precision
from turkru.model.records import Agreement, DocType, Stage
from turkru.text._casefold import fold
from turkru.text.memo import per_text
from turkru.text.timex import Timex

_REACH_BEFORE = 120  # characters before a document mention searched for its stage verb
_REACH_AFTER = 80


def stage_of(text: str, mention: DocMention, dates: list[int], words: AgreementWords | None = None) -> Stage | None:
    """The stage the sentence gives the document, or None when it names no step of its life
    (or denies it: a conditional, a refusal). *dates* are the sentence-local starts of its dates."""
    w = words or agreement_words()
    before = text[max(0, mention.start - _REACH_BEFORE) : mention.start]
    near, after = fold(before[-90:]), text[mention.end : mention.end + _REACH_AFTER]
    folded_after = fold(after)
    denied = (w.has_cue("not_signed", near) and w.not_signed.search(before[-60:])) or (
        "n" in folded_after[:12] and w.not_signed_after.match(after)
    )
    if denied or (w.has_cue("conditional", near) and w.conditional.search(before[-90:])):
        return None
    ended_before = w.has_cue("terminated_before", near) and w.terminated_before.search(before[-60:])
    if ended_before or (w.has_cue("terminated_after", folded_after) and w.terminated_after.match(after)):
        return Stage.TERMINATED
    if w.proposed.search(before[-60:]) or w.proposed_after.match(after):
        return Stage.PLANNED
    if w.for_signing.search(text[mention.start : mention.end + 30]):
        return Stage.PLANNED
    if w.has_cue("to_prepare", near) and w.to_prepare.search(before[-50:]):
        return Stage.PLANNED
    if w.has_cue("being_prepared", near) and w.being_prepared.search(before[-60:]):
        return Stage.PLANNED  # "the sides are negotiating a gas contract": still being worked on
    if w.has_cue("signing_discussed", near) and w.signing_discussed.search(before[-70:]):
        return Stage.PLANNED
    planned_stage = _declaration_stage(text, mention, before, w)
    if planned_stage is not None:
        return planned_stage
    if w.has_cue("ratified_before", near) and w.ratified_before.search(before[-60:]):
        return Stage.PLANNED if is_planned(text, mention.start, mention.end, lexicon=w.lexicon) else Stage.RATIFIED
    if w.has_cue("just_signed", near):
        if w.just_signed.search(before[-40:]):
            return Stage.SIGNED
        if w.to_sign.search(before[-40:]):
            return Stage.PLANNED
    return _window_stage(text, mention, dates, before, w)


def _declaration_stage(text: str, mention: DocMention, before: str, w: AgreementWords) -> Stage | None:
    """A declaration issued (done) or to be issued (planned), else None."""
    if mention.doc_type is not DocType.DECLARATION:
        return None
    if w.issued.search(before[-35:]):
        return Stage.PLANNED if is_planned(text, mention.start, mention.end, lexicon=w.lexicon) else Stage.SIGNED
    if w.issuing.search(before[-35:]):
        return Stage.PLANNED
    return None


def _window_stage(text: str, mention: DocMention, dates: list[int], before: str, w: AgreementWords) -> Stage | None:
    """The stage told anywhere around the document (in force, ratified, initialled, signed, prepared),
    else a document the text shows as existing ("there is a treaty", "the 2002 treaty")."""
    window = before + text[mention.start : mention.end + _REACH_AFTER]
    planned = is_planned(text, mention.start, mention.end, lexicon=w.lexicon)
    folded = fold(window)  # cheap word tests first: most windows neither ratify nor bring into force
    if w.has_cue("in_force", folded) and w.in_force.search(window):
        coming = w.in_force_future.search(window) is not None  # "will enter into force": not yet
        return Stage.PLANNED if planned or coming else Stage.IN_FORCE
    if w.has_cue("ratified", folded) and w.ratified.search(window):
        return Stage.PLANNED if planned else Stage.RATIFIED
    if w.has_cue("initialled", folded) and w.initialled.search(window) and not w.signed.search(folded):
        return Stage.PLANNED
    if w.signed.search(folded):
        return Stage.PLANNED if planned else Stage.SIGNED
    if planned and w.prepared.search(window):
        return Stage.PLANNED
    existing = mention.complemented and w.existing.search(before[-25:]) is not None
    if existing or w.year_before.search(before[-40:]) or _dated_after(text, mention, dates, w):
        return Stage.SIGNED
    return None


def _dated_after(text: str, mention: DocMention, dates: list[int], w: AgreementWords) -> bool:
    """Whether a date follows the document as its own ("the treaty dated 23 April 2002")."""
    found = w.dated_after.match(text, mention.end)
    return found is not None and found.end() in dates


def date_for(
    sentence: Sentence,
    mention: DocMention,
    stage: Stage,
    published: PartialDate | None = None,
    words: AgreementWords | None = None,
) -> PartialDate | None:
    """The date written after the document in its clause; else one opening the sentence;
    else the date of an occasion opening the sentence ("During the visit ... in June 2023, ...");
    else the year of an earlier date in the sentence (the signing is not dated more finely).
    A document "just signed" with no date of its own was signed on the day of the report; an
    ended one is not dated by the signing it mentions ("the contract signed in 2003")."""
    w = words or agreement_words()
    dated = event_dates_of(sentence) or sentence.carried
    after = _first_after(sentence, mention, stage, w)
    if not dated and published is not None and _just_now(w.just_now, sentence.folded):
        return published
    year = w.year_before.search(sentence.text[max(0, mention.start - 40) : mention.start])
    if not dated and year is not None:  # "the 2002 treaty": the year it was signed, not of its end
        return PartialDate(year=int(year.group("year"))) if stage is not Stage.TERMINATED else None
    ends = clause_end(sentence.text, mention.end)
    if after is not None and (ends < 0 or after.start - sentence.start < ends):
        return _span_date(after, _of_encounter(sentence, mention, after, w))
    last = _last_before(sentence, dated, mention.start, w)
    if last is None or last.value is None:
        return None
    if year is not None and stage is Stage.TERMINATED and last.end - sentence.start > mention.start - 40:
        return None  # "denounced the 1993 agreement": the year it was signed, not of its end
    timex_start = last.start - sentence.start
    begins = clause_start(sentence.text, timex_start)
    between = sentence.text[last.end - sentence.start : mention.start]
    if stage is Stage.PLANNED and w.new_clause.search(between):
        return None  # "... expires this year, and a new programme is being drafted": not the plan's date
    if w.opening.fullmatch(sentence.text[begins:timex_start]) or w.continued.fullmatch(between):
        return _span_date(last, last.sentence != sentence.index)
    opens_clause = w.clause_opening.search(sentence.text[max(begins, timex_start - 12) : timex_start])
    if opens_clause and between.startswith(",") and w.continued.fullmatch(between[1:]):
        return _span_date(last, last.sentence != sentence.index)
    occasion = begins == 0 and opens_with_occasion(sentence, last, w.lexicon)
    if occasion and w.continued.fullmatch(between[1:]):
        return _span_date(last, last.sentence != sentence.index)  # "During the visit ... in June 2023, ..."
    return last.value.truncate(Precision.YEAR)


def _span_date(timex: Timex, encounter: bool) -> PartialDate | None:
    """A date for a signing: a span of days that dates an encounter (talks "held on 5-6 November",
    carried from the talks' sentence) gives the month the days share; else the date as written."""
    if timex.value is None or not encounter:
        return timex.value
    return common_date(timex.value, timex.end_value)


def _of_encounter(sentence: Sentence, mention: DocMention, timex: Timex, w: AgreementWords) -> bool:
    """Whether the date after a document dates an encounter named between them ("at the end of talks held on ...")."""
    return w.encounter.search(sentence.text, mention.end, timex.start - sentence.start) is not None


@per_text(16)
def _starts(sentence: Sentence) -> tuple[int, ...] | None:
    """The sentence-local starts of the sentence's event dates, when in text order (None if not)."""
    starts = tuple(timex.start - sentence.start for timex in event_dates_of(sentence))
    return starts if all(a <= b for a, b in pairwise(starts)) else None


def _first_after(sentence: Sentence, mention: DocMention, stage: Stage, w: AgreementWords) -> Timex | None:
    """The first event date after the document that is not when terms begin or it takes effect (nor,
    for a document not signed, after "signed on", the date of another signing; after a date of its
    terms, in its title or after it, any date but one "signed in": "for the delivery in 2021 of X,
    and of Y in 2021"): found from an index of the sentence's dates, so a sentence with thousands
    of dated documents is not read once per document. (Dates carried in from an earlier sentence
    all lie before it.)"""
    events, starts = event_dates_of(sentence), _starts(sentence)
    first = bisect_left(starts, mention.start) if starts is not None else 0
    termed = False  # a date of its terms came first: a later date is the signing's only when "signed in" it
    for index in range(first, len(events)):
        timex = events[index]
        local = timex.start - sentence.start
        if local < mention.start:
            continue
        if _term_start(sentence, timex, w):
            termed = True  # in its title ("the contract for the delivery in 2021 of ...") or after it
            continue
        if local < mention.end and (mention.title is None or timex.text in mention.title):
            continue  # a date of its title; one the title skips ("a memorandum on Tuesday on ...") is the signing's
        signed_on = w.signed_on.search(sentence.text[max(0, local - 25) : local]) is not None
        if (stage is not Stage.SIGNED and signed_on) or (termed and not signed_on):
            continue
        if stage is Stage.SIGNED and w.in_force.search(sentence.text, max(mention.end, local - 40), local):
            continue  # "signed an agreement which will come into effect next year": not when it was signed
        return timex
    return None


def _last_before(sentence: Sentence, dated: tuple[Timex, ...], start: int, w: AgreementWords) -> Timex | None:
    """The last of *dated* (the sentence's event dates, else those carried in) starting before *start*
    that is not the date of an in-person clause about someone (a who-clause's visit)."""
    starts = _starts(sentence) if dated is event_dates_of(sentence) else None
    count = bisect_left(starts, start) if starts is not None else len(dated)
    for index in range(count - 1, -1, -1):
        timex = dated[index]
        if timex.start - sentence.start < start and not in_person_clause(sentence, timex, w.lexicon):
            return timex
    return None


def _term_start(sentence: Sentence, timex: Timex, w: AgreementWords) -> bool:
    """Whether a date after the document is when its terms begin ("to buy gas at new prices from
    2009", "effective from 1 January"), not when it was signed."""
    local = timex.start - sentence.start
    return w.term_start.search(sentence.text, max(0, local - 40), local) is not None


@per_text(16)
def _just_now(just_now: re.Pattern[str], text: str) -> bool:
    """Whether the sentence says the signing was just now, searched once per sentence."""
    return just_now.search(text) is not None


def retime(agreement: Agreement, date: PartialDate | None) -> Agreement:
    """The agreement with its latest step dated *date*."""
    step = agreement.lifecycle[-1]
    return attrs.evolve(agreement, lifecycle=(*agreement.lifecycle[:-1], attrs.evolve(step, date=date)))
