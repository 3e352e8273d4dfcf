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
from turkru.extract.agreement_words import AgreementWords, agreement_words
from turkru.extract.clauses import clause_start
from turkru.extract.document import Document, Sentence
from turkru.extract.event_dates import common_date, event_dates
from turkru.extract.places import first_place
from turkru.extract.sides import concerns_both_sides, sides_in
from turkru.model.actors import SIDES, Party, PartyKind
from turkru.model.dates import PartialDate, Precision
from turkru.model.records import Agreement, DocType, LifecycleStep, Stage
from turkru.text.memo import per_text
from turkru.text.similarity import content_words

_SIDE_PARTIES = tuple(Party.of_country(code) for code in SIDES)
"""The two sides as parties, built once: every agreement has them."""
_PERIOD = re.compile(r"\b((?:19|20)\d\d)\s*[-\u2013\u2014]\s*((?:19|20)\d\d)\b")


def extract_agreements(document: Document) -> Iterator[Agreement]:
    """Yield the agreements whose signing, ratification or plan the sentences report, less an
    umbrella plan (see :func:`_umbrella_plan`)."""
    found = list(_reported(document, document.body))
    if not found:  # a signing told only in the title line ("X and Y sign agreement on ...")
        found = list(_reported(document, tuple(s for s in document.sentences if s.headline)))
    if not found:  # a batch told only in passing ("the agreements that were signed today")
        found = list(_batches_in_passing(document))
    yield from (agreement for agreement in found if not _umbrella_plan(agreement, found))


def _umbrella_plan(agreement: Agreement, found: list[Agreement]) -> bool:
    """An unnamed, uncounted batch still to be signed ("it is planned to sign several documents") in an
    article that names documents still to be signed: the batch is those documents, told as a whole."""
    if agreement.doc_type is not DocType.DOCUMENTS or agreement.count is not None:
        return False
    if agreement.status is not Stage.PLANNED:
        return False
    return any(other.status is Stage.PLANNED and other.title for other in found)


def _reported(document: Document, sentences: tuple[Sentence, ...]) -> Iterator[Agreement]:
    """Every agreement the *sentences* (the body, or the title lines) report, in order."""
    last_titled: Agreement | None = None
    last_signed: Agreement | None = None
    previous: Sentence | None = None
    told: list[Sentence] = []  # the body sentences before this one
    batch: tuple[PartialDate | None] | None = None  # the date of a signed batch told in the sentence before
    published = document.published
    words = agreement_words(document.lexicon)
    bilateral_article = set(SIDES) <= sides_in(*document.sentences)
    for sentence in sentences:
        if not any(char.isalpha() for char in sentence.text):
            continue  # a list number alone ("1."): the list goes on
        context = (previous, sentence) if previous is not None else (sentence,)
        if previous is not None:
            told.append(previous)
        previous = sentence
        batch_before, batch = batch, None
        if not concerns_both_sides(context, bilateral_article):
            continue
        if (
            last_signed is not None
            and words.has_cue("signing_took_place", sentence.folded)
            and words.signing_took_place.search(sentence.text)
            and event_dates(sentence)
        ):
            yield retime(last_signed, event_dates(sentence)[0].value)
            last_signed = None
            continue
        if not sentence.has_any(words.doc_cues):
            continue
        date_ends = {t.start - sentence.start: t.end - sentence.start for t in sentence.timexes if t.value is not None}
        stops = list(date_ends)
        covered = 0
        listed: tuple[int, Stage | None] = (-1, None)  # where the last document ended, and its stage
        list_date: PartialDate | None = None  # the date of the last document of the sentence
        for mention in doc_mentions(sentence.text, stops, date_ends, words):
            if mention.start < covered:
                continue
            covered = max(covered, mention.end)
            if _multilateral(sentence, mention) or _cumulative(sentence, mention, words):
                continue
            if _third_signers(sentence, mention):
                continue
            in_list = listed[1] is not None and words.list_separator.fullmatch(sentence.text, listed[0], mention.start)
            stage = listed[1] if in_list else stage_of(sentence.text, mention, stops, words)
            if stage is Stage.PLANNED and sentence.headline and _headline_signs(sentence, mention, words):
                stage = Stage.SIGNED
            listed = (mention.end, stage)
            member = stage is None and batch_before is not None and _member_of_batch(sentence, mention, words)
            if member:
                stage, batch = Stage.SIGNED, batch_before  # the next line of a list may be a member too
            if mention.doc_type is DocType.DOCUMENTS and stage is Stage.SIGNED:
                batch = (date_for(sentence, mention, stage, published, words),)
            if stage is None or (mention.anaphoric and stage is Stage.PLANNED):
                if mention.title and not mention.anaphoric:
                    last_titled = _agreement(sentence, document, mention, Stage.PLANNED)
                continue
            if mention.anaphoric:
                if last_titled is None or mention.doc_type not in (last_titled.doc_type, None):
                    continue
                agreement = attrs.evolve(
                    last_titled,
                    lifecycle=(LifecycleStep(stage=stage, date=date_for(sentence, mention, stage, published, words)),),
                    evidence=last_titled.evidence + document.evidence(sentence),
                )
            else:
                agreement = _agreement(sentence, document, mention, stage)
                if agreement.doc_type is not DocType.DOCUMENTS and not content_words(agreement.title, document.lexicon):
                    continue
            if agreement.date is None and _outcome_of_encounter(sentence, stage, words):
                agreement = retime(agreement, _encounter_before(told, words))
            if agreement.date is None and stage is Stage.SIGNED:
                agreement = _day_of_report(agreement, sentence, told, batch_before, words)
            if agreement.date is None and stage is Stage.SIGNED and last_signed is not None:
                agreement = _also_signed(agreement, last_signed, sentence, words)
            agreement = _as_listed(agreement, list_date, in_list=bool(in_list))
            list_date = agreement.date
            if agreement.title:
                last_titled = agreement
            if stage is Stage.SIGNED:
                last_signed = agreement
            yield agreement


def _batches_in_passing(document: Document) -> Iterator[Agreement]:
    """The first unnamed batch a sentence points back to as signed ("How long did it take to prepare
    the agreements that were signed today?"), in an article that tells no signing of its own."""
    words = agreement_words(document.lexicon)
    bilateral_article = set(SIDES) <= sides_in(*document.sentences)
    for sentence in document.body:
        if not sentence.has_any(words.doc_cues) or not concerns_both_sides((sentence,), bilateral_article):
            continue
        if not words.has_cue("batch_signed", sentence.folded):
            continue
        for mention in doc_mentions(sentence.text, [], {}, words):
            if mention.anaphoric and mention.count is None and words.batch_signed.match(sentence.text, mention.start):
                batch = attrs.evolve(mention, doc_type=DocType.DOCUMENTS, title=None)
                yield _agreement(sentence, document, batch, Stage.SIGNED)
                return


def _headline_signs(sentence: Sentence, mention: DocMention, words: AgreementWords) -> bool:
    """Whether a title line signs the document in the present of headlines ("X and Y sign agreement"):
    a signing done, unlike "to sign" or "will sign"."""
    return words.headline_signs.search(sentence.text, max(0, mention.start - 90), mention.start) is not None


def _parties(sentence: Sentence, mention: DocMention, words: AgreementWords) -> tuple[Party, ...]:
    """The two sides, and the companies, ministries, organisations and regions that sign: those named
    before the document in its clause (not a source: "the ministry told ...") or in its party phrase."""
    parties = list(_SIDE_PARTIES)
    clause_begins = clause_start(sentence.text, mention.start)
    for found in sentence.of_kind("company", "ministry", "organisation", "region"):
        local = found.start - sentence.start
        if not isinstance(found.value, Party) or found.value in parties or found.country is None:
            continue
        in_phrase = mention.parties is not None and mention.parties[0] <= local < mention.parties[1]
        subject = found.kind != "region"  # a region before a document is more often where it was signed
        before = clause_begins <= local < mention.start and subject
        within = mention.start <= local < mention.end and subject
        source = words.source_after.match(sentence.text, found.end - sentence.start) or words.source_before.search(
            sentence.text, max(0, local - 25), local
        )
        if in_phrase or ((before or within) and not source):
            parties.append(found.value)
    return tuple(parties)


def _member_of_batch(sentence: Sentence, mention: DocMention, words: AgreementWords) -> bool:
    """Whether a titled document is named as one of the batch told just before ("among them was
    the memorandum on ...", "I am referring to the treaty on ...")."""
    if mention.anaphoric or not (mention.complemented or words.list_line.search(sentence.text)):
        return False  # a bare name ("the agreement") is a member only on a line of a list ("Joint Statement;")
    opens = words.list_item_opening.fullmatch(sentence.text, 0, mention.start) is not None
    return opens or words.membership.search(sentence.text) is not None


def _cumulative(sentence: Sentence, mention: DocMention, words: AgreementWords) -> bool:
    """Whether a counted batch is the total of the relations' history ("more than 200 documents
    signed since independence", "the treaty base of 150 documents"), not one signing."""
    batch = mention.doc_type is DocType.DOCUMENTS or mention.count is not None
    return batch and _tells_history(sentence.text, words.cumulative)


@per_text(16)
def _tells_history(text: str, pattern: re.Pattern[str]) -> bool:
    """Whether the sentence counts over the relations' history, searched once per sentence."""
    return pattern.search(text) is not None


def _multilateral(sentence: Sentence, mention: DocMention) -> bool:
    """Whether the document's title names an international organisation ("the agreement on visas
    in the CIS"): a document of its members, not of the two sides."""
    for found in sentence.of_kind("organisation"):
        local = found.start - sentence.start
        if mention.start <= local < mention.end and found.country is None:
            return True
    return False


def _third_signers(sentence: Sentence, mention: DocMention) -> bool:
    """Whether the document's clause, up to the end of its title or party phrase, names a third
    country or an international body as a party and not both sides ("Turkmenistan signed a gas deal
    with China", "Russia and Kazakhstan signed a memorandum", "the EU and Turkmenistan signed"):
    another pair's document, though the sentence goes on to name the other side."""
    start = clause_start(sentence.text, mention.start)
    end = max(mention.end, mention.parties[1] if mention.parties else 0)
    sides: set[str | None] = set()
    for found in sentence.of_kind("country", "place", "person", "organisation", "company", "region"):
        local = found.start - sentence.start
        if start <= local < end:
            value = found.value if found.kind == "country" else found.country
            sides.add(value if isinstance(value, str) else None if found.kind != "organisation" else "")
    beyond = {side for side in sides if side is not None and side not in SIDES}
    return bool(beyond) and not set(SIDES) <= sides


def _encounter_before(told: list[Sentence], words: AgreementWords) -> PartialDate | None:
    """The date of the latest meeting, session or talks the sentences told so far date."""
    for sentence in reversed(told):
        if words.has_cue("encounter", sentence.folded) and words.encounter.search(sentence.text):
            dated = event_dates(sentence)
            if dated and dated[0].value is not None:
                return common_date(dated[0].value, dated[0].end_value)  # talks over days: their month
    return None


def _as_listed(agreement: Agreement, list_date: PartialDate | None, *, in_list: bool) -> Agreement:
    """A document listed after another in the same sentence ("signed on Tuesday: an agreement on X,
    a memorandum on Y and ...") shares its date, where its own is missing or only that date's year."""
    if not in_list or list_date is None or agreement.date == list_date:
        return agreement
    own = agreement.date
    if own is None or (own.precision is Precision.YEAR and own.year == list_date.year):
        return retime(agreement, list_date)
    return agreement


def _day_of_report(
    agreement: Agreement,
    sentence: Sentence,
    told: list[Sentence],
    batch_before: tuple[PartialDate | None] | None,
    words: AgreementWords,
) -> Agreement:
    """An undated signing dated by the report it goes on: the day of the batch signed in the
    sentence before (one of its members), else of the encounter that sentence tells."""
    if batch_before is not None:
        return retime(agreement, batch_before[0])
    if told and not event_dates(sentence):
        return retime(agreement, _day_just_told(told[-1], words))
    return agreement


def _day_just_told(before: Sentence, words: AgreementWords) -> PartialDate | None:
    """The day of an encounter (talks, a meeting, a visit) the sentence just before an undated
    signing tells and dates to the day: the report of that day goes on ("The presidents met on
    Tuesday. In total, nine documents were signed.")."""
    if not words.has_cue("encounter_told", before.folded) or words.encounter_told.search(before.text) is None:
        return None
    dated = event_dates(before)
    if not dated or dated[0].value is None or dated[0].value.precision is not Precision.DAY:
        return None
    return dated[0].value


def _also_signed(agreement: Agreement, last_signed: Agreement, sentence: Sentence, words: AgreementWords) -> Agreement:
    """An undated signing told as one more ("a package ... was also signed") takes the date of the signing before it."""
    if last_signed.date is None or words.also_signed.search(sentence.folded) is None:
        return agreement
    return retime(agreement, last_signed.date)


def _outcome_of_encounter(sentence: Sentence, stage: Stage, words: AgreementWords) -> bool:
    """Whether the sentence signs a document as the outcome of an encounter told before it."""
    if stage is not Stage.SIGNED or event_dates(sentence):
        return False
    return _at_encounter_end(sentence.folded, words.at_encounter_end)


@per_text(16)
def _at_encounter_end(text: str, pattern: re.Pattern[str]) -> bool:
    """Whether the sentence signs at the end of an encounter, searched once per sentence."""
    return pattern.search(text) is not None


def _agreement(sentence: Sentence, document: Document, mention: DocMention, stage: Stage) -> Agreement:
    words = agreement_words(document.lexicon)
    period = None
    found = _PERIOD.search(mention.title or "") or words.period_after.match(sentence.text, mention.end)
    if found:
        period = (int(found.group(1)), int(found.group(2)))
    region = next(
        (m.value for m in sentence.of_kind("region") if isinstance(m.value, Party)), None
    )
    if region is not None and region.kind is not PartyKind.REGION:
        region = None
    return Agreement(
        doc_type=mention.doc_type or DocType.AGREEMENT,
        title=mention.title,
        count=mention.count,
        parties=_parties(sentence, mention, words),
        region=region,
        period=period,
        lifecycle=(LifecycleStep(stage=stage, date=date_for(sentence, mention, stage, document.published, words)),),
        place=first_place(sentence, lexicon=document.lexicon),
        evidence=document.evidence(sentence),
    )
