"""Agreements: documents signed or to be signed, named or counted, with their stage.

The document phrases come from :mod:`agreement_mentions` (titles bounded by
:mod:`agreement_titles`), their stage and date from :mod:`agreement_lifecycle`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from turkru.extract.agreement_lifecycle import date_for, retime, stage_of
from turkru.extract.agreement_mentions import DocMention, doc_mentions
from turkru.extract.document import (
    Document,
    Sentence,
    concerns_both_sides,
    event_dates,
    first_place,
    sides_in,
    word_filter,
)
from turkru.model.actors import RUSSIA, TURKMENISTAN, Party, PartyKind
from turkru.model.dates import PartialDate
from turkru.model.records import Agreement, DocType, LifecycleStep, Stage
from turkru.text_similarity import content_words

_SIGNING_TOOK_PLACE = re.compile(r"\bthe\s+signing\s+(?:ceremony\s+)?(?:took\s+place|was\s+held)\b", re.I)
# An encounter the text dates, and a signing told as its outcome ("upon completion of the session,
# the documents were signed"): the signing takes the encounter's date.
_ENCOUNTER = re.compile(r"\b(?:meeting|session|sitting|talks|negotiations|consultations|summit|visit)\b", re.I)
_AT_ENCOUNTER_END = re.compile(
    r"\b(?:upon|on|at\s+the|after\s+the)\s+(?:completion|conclusion|close|end)\s+of\s+the"
    r"|\b(?:following|after)\s+the(?:\s+results\s+of\s+the)?|\bas\s+a\s+result\s+of\s+the"
    r"|\bon\s+the\s+(?:sidelines|margins)\s+of\s+the|\bduring\s+the|\bin\s+the\s+course\s+of\s+the"
    r"|\bwithin\s+the\s+framework\s+of\s+the",
    re.I,
)
_ENCOUNTER_WORDS = ("meeting", "session", "sitting", "talks", "negotiations", "consultations", "summit", "visit")
_PERIOD = re.compile(r"\b((?:19|20)\d\d)\s*[-\u2013\u2014]\s*((?:19|20)\d\d)\b")
_SIDES = (TURKMENISTAN, RUSSIA)
_CUE_WORDS = word_filter(
    "agreement", "memorand", "program", "declaration", "protocol", "road", "treat", "contract", "plan", "document",
)


def extract_agreements(document: Document) -> Iterator[Agreement]:
    """Yield the agreements whose signing, ratification or plan the sentences report."""
    last_titled: Agreement | None = None
    last_signed: Agreement | None = None
    previous: Sentence | None = None
    encounter: PartialDate | None = None
    published = document.published
    bilateral_article = set(_SIDES) <= sides_in(*document.sentences)
    for sentence in document.body:
        context = (previous, sentence) if previous is not None else (sentence,)
        previous = sentence
        since = encounter
        encounter = _encounter_date(sentence) or encounter
        if not concerns_both_sides(context, bilateral_article):
            continue
        if (
            last_signed is not None
            and "signing" in sentence.folded
            and _SIGNING_TOOK_PLACE.search(sentence.text)
            and event_dates(sentence)
        ):
            yield retime(last_signed, event_dates(sentence)[0].value)
            last_signed = None
            continue
        if not sentence.has_any(_CUE_WORDS):
            continue
        stops = [t.start - sentence.start for t in sentence.timexes if t.value is not None]
        covered = 0
        for mention in doc_mentions(sentence.text, stops):
            if mention.start < covered:
                continue
            covered = max(covered, mention.end)
            if _multilateral(sentence, mention):
                continue
            stage = stage_of(sentence.text, mention, stops)
            if stage is None or (mention.anaphoric and stage is Stage.PLANNED):
                if mention.title and not mention.anaphoric:
                    last_titled = _agreement(sentence, document, mention, Stage.PLANNED)
                continue
            if mention.anaphoric:
                if last_titled is None or mention.doc_type not in (last_titled.doc_type, None):
                    continue
                agreement = attrs.evolve(
                    last_titled,
                    lifecycle=(LifecycleStep(stage=stage, date=date_for(sentence, mention, stage, published)),),
                    evidence=last_titled.evidence + document.evidence(sentence),
                )
            else:
                agreement = _agreement(sentence, document, mention, stage)
                if agreement.doc_type is not DocType.DOCUMENTS and not content_words(agreement.title):
                    continue
            if agreement.date is None and since is not None and _outcome_of_encounter(sentence, stage):
                agreement = retime(agreement, since)
            if agreement.title:
                last_titled = agreement
            if stage is Stage.SIGNED:
                last_signed = agreement
            yield agreement


def _multilateral(sentence: Sentence, mention: DocMention) -> bool:
    """Whether the document's title names an international organisation ("the agreement on visas
    in the CIS"): a document of its members, not of the two sides."""
    for found in sentence.of_kind("organisation"):
        local = found.start - sentence.start
        if mention.start <= local < mention.end and found.country is None:
            return True
    return False


def _encounter_date(sentence: Sentence) -> PartialDate | None:
    """The date of a meeting, session or talks the sentence reports, if it dates one."""
    if not any(word in sentence.folded for word in _ENCOUNTER_WORDS) or not _ENCOUNTER.search(sentence.text):
        return None
    dated = event_dates(sentence)
    return dated[0].value if dated else None


def _outcome_of_encounter(sentence: Sentence, stage: Stage) -> bool:
    """Whether the sentence signs a document as the outcome of an encounter told before it."""
    return stage is Stage.SIGNED and not event_dates(sentence) and _AT_ENCOUNTER_END.search(sentence.text) is not None


def _agreement(sentence: Sentence, document: Document, mention: DocMention, stage: Stage) -> Agreement:
    period = None
    if mention.title:
        found = _PERIOD.search(mention.title)
        if found:
            period = (int(found.group(1)), int(found.group(2)))
    parties = [Party.of_country(code) for code in _SIDES]
    clause_start = sentence.text.rfind(";", 0, mention.start) + 1
    for found_party in sentence.of_kind("company", "ministry"):
        local = found_party.start - sentence.start
        signer = clause_start <= local < mention.start or mention.start <= local < mention.end
        if signer and isinstance(found_party.value, Party) and found_party.value not in parties:
            parties.append(found_party.value)
    region = next(
        (m.value for m in sentence.of_kind("region") if isinstance(m.value, Party)), None
    )
    if region is not None and region.kind is not PartyKind.REGION:
        region = None
    return Agreement(
        doc_type=mention.doc_type or DocType.AGREEMENT,
        title=mention.title,
        count=mention.count,
        parties=tuple(parties),
        region=region,
        period=period,
        lifecycle=(LifecycleStep(stage=stage, date=date_for(sentence, mention, stage, document.published)),),
        place=first_place(sentence),
        evidence=document.evidence(sentence),
    )
