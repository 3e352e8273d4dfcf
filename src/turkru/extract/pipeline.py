"""parse_article: raw article text in, an Article with its records out."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Callable, Iterable

import attrs

from turkru.errors import InvalidDateError, ParseError
from turkru.extract.agreements import extract_agreements
from turkru.extract.anaphora import resolve_titles
from turkru.extract.arguments import check_gazetteer, check_lexicon, check_optional_text, check_text
from turkru.extract.carry import locate
from turkru.extract.consolidate import consolidate
from turkru.extract.coordinated import split_coordinated
from turkru.extract.datelines import dateline_line, find_dateline
from turkru.extract.document import Document, Sentence, mark_headlines
from turkru.extract.event_dates import event_month_day
from turkru.extract.events import extract_events
from turkru.extract.future import planned_if_ahead
from turkru.extract.meetings import extract_meetings
from turkru.extract.sessions import extract_sessions
from turkru.extract.trade import extract_trade
from turkru.extract.transcripts import date_transcript
from turkru.extract.visits import extract_visits
from turkru.gazetteer import Gazetteer
from turkru.lexicon import Lexicon
from turkru.lexicon._gate import forget_texts
from turkru.model.article import Article
from turkru.model.dates import PartialDate, Precision
from turkru.model.provenance import Source, content_hash
from turkru.model.records import AnyRecord
from turkru.text._casefold import forget_lowered
from turkru.text._layout import classify
from turkru.text.clean import blank_boilerplate, clean, page_text
from turkru.text.mentions import Mention, find_mentions, with_repeated_names
from turkru.text.published import published_in
from turkru.text.sentences import split_sentences
from turkru.text.timex import Timex, find_timexes

Extractor = Callable[[Document], Iterable[AnyRecord]]

EXTRACTORS: tuple[Extractor, ...] = (
    extract_meetings,
    extract_visits,
    extract_sessions,
    extract_agreements,
    extract_trade,
    extract_events,
)


def parse_published(value: PartialDate | dt.date | str | None) -> PartialDate | None:
    """A caller's publication date as a day: a PartialDate, a date, an ISO day string or None."""
    if value is None or isinstance(value, PartialDate):
        return value
    if isinstance(value, dt.date):
        return PartialDate.from_date(value)
    if isinstance(value, str):
        try:
            parsed = PartialDate.parse(value)
        except InvalidDateError as error:
            raise ParseError(f"published: {error}") from None
        if parsed.precision is not Precision.DAY:
            raise ParseError(f"published: {value!r} is not a day (expected YYYY-MM-DD)")
        return parsed
    raise ParseError(f"published: {value!r} is not a date, an ISO string or None")


def _bucket(items: list[Mention] | list[Timex], spans: list[tuple[int, int]]) -> list[list[object]]:
    starts = [start for start, _ in spans]
    buckets: list[list[object]] = [[] for _ in spans]
    for item in items:
        index = bisect_right(starts, item.start) - 1
        if index >= 0 and item.start < spans[index][1]:
            buckets[index].append(item)
    return buckets


def build_document(
    text: str,
    source: Source,
    published: PartialDate | None,
    gazetteer: Gazetteer,
    *,
    cleaned: str | None = None,
    lexicon: Lexicon | None = None,
) -> Document:
    """Clean the text (unless the caller has) and locate its sentences, mentions and dates."""
    lexicon = lexicon or Lexicon.default()
    cleaned = clean(text, lexicon) if cleaned is None else cleaned
    spans = split_sentences(cleaned, lexicon)
    timexes = find_timexes(cleaned, spans, published, lexicon)
    mentions = with_repeated_names(cleaned, find_mentions(cleaned, gazetteer, lexicon=lexicon), gazetteer, lexicon)
    mention_buckets = _bucket(mentions, spans)
    timex_buckets = _bucket(timexes, spans)
    sentences = resolve_titles(locate([
        Sentence(
            index=index,
            start=start,
            end=end,
            text=cleaned[start:end],
            mentions=tuple(m for m in mention_buckets[index] if isinstance(m, Mention)),
            timexes=tuple(t for t in timex_buckets[index] if isinstance(t, Timex)),
        )
        for index, (start, end) in enumerate(spans)
    ], lexicon), lexicon)
    sentences = mark_headlines(sentences, cleaned)
    lead, dateline_date, dateline_place = find_dateline(sentences, lexicon)
    if lead is None and published is not None:
        lead, dateline_date, dateline_place = dateline_line(text, sentences, published, gazetteer, lexicon)
    sentences = date_transcript(sentences, dateline_date or published, lexicon)
    for sentence in sentences:  # read once for the words of the filters and of the rules' gates
        sentence.keep_words()
    return Document(
        source=source,
        raw=text,
        text=cleaned,
        sentences=tuple(sentences),
        published=published,
        gazetteer=gazetteer,
        lead=lead,
        dateline_date=dateline_date,
        dateline_place=dateline_place,
        lexicon=lexicon,
    )


def parse_article(
    text: str,
    *,
    article_id: str | None = None,
    url: str | None = None,
    published: PartialDate | dt.date | str | None = None,
    outlet: str | None = None,
    gazetteer: Gazetteer | None = None,
    lexicon: Lexicon | None = None,
) -> Article:
    """Parse the raw text of a news article into an :class:`Article` with its records.

    ``published`` given here wins over the date the text shows. Evidence spans index *text*.
    *gazetteer* and *lexicon* replace the package's knowledge and language data (None: the defaults).
    """
    check_text(text)
    forget_lowered()  # the lower-cased texts kept are this article's
    forget_texts()  # and so are the texts whose gate words are kept
    article_id = check_optional_text("article_id", article_id)
    url = check_optional_text("url", url)
    outlet = check_optional_text("outlet", outlet)
    gazetteer = check_gazetteer(gazetteer)
    lexicon = check_lexicon(lexicon) or Lexicon.default()
    given = parse_published(published)
    digest = content_hash(text)
    page = page_text(text)
    lines = classify(page, lexicon)  # read once, for the cleaned text and for the date the page shows
    cleaned = blank_boilerplate(page, lines, lexicon)
    when = given if given is not None else published_in(page, lines, cleaned, lexicon)
    source = Source(
        article_id=article_id or f"article-{digest[:12]}",
        url=url,
        outlet=outlet,
        published=when,
        content_hash=digest,
    )
    document = build_document(
        text, source, when, gazetteer or Gazetteer.default(), cleaned=cleaned, lexicon=lexicon
    )
    found: list[AnyRecord] = []
    for extractor in EXTRACTORS:
        found.extend(extractor(document))
    by_start: dict[int, Sentence] = {}
    for sentence in document.sentences:
        by_start.setdefault(sentence.start, sentence)
    records = [
        _bounded(planned_if_ahead(_month_dated(record, by_start), when), when)
        for record in consolidate(split_coordinated(found, document), document)
    ]
    return Article(source=source, text=_compact(document.text), records=tuple(records))


def _month_dated(record: AnyRecord, by_start: dict[int, Sentence]) -> AnyRecord:
    """An undated record whose sentence (found by its start in *by_start*) gives a month and day
    but no year, with none anywhere to infer it from ("on October 2"), keeps them as its
    month-day (never as a date)."""
    if record.date is not None or record.month_day is not None or not record.evidence:
        return record
    sentence = by_start.get(record.evidence[0].start)
    month_day = event_month_day(sentence) if sentence is not None else None
    return record if month_day is None else attrs.evolve(record, month_day=month_day)


def _bounded(record: AnyRecord, published: PartialDate | None) -> AnyRecord:
    """*record* with the article's publication date as its reported-by bound (none without one)."""
    if published is None or record.reported_by == published:
        return record
    return attrs.evolve(record, reported_by=published)


def _compact(cleaned: str) -> str:
    """The cleaned text as a reader wants it: blanked boilerplate dropped, lines kept."""
    return "\n".join(line.strip() for line in cleaned.splitlines() if line.strip())
