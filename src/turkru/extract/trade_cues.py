"""What a trade word in a clause says: whether goods move at all, and whether the move is still to come."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

import attrs

from turkru.extract.cue_words import CueWords, word_filter
from turkru.extract.cues import is_planned
from turkru.extract.document import Sentence
from turkru.extract.trade_index import TradeIndex
from turkru.lexicon import Lexicon
from turkru.text._casefold import fold
from turkru.text.mentions import Mention

_DENIAL_REACH = 60  # characters (a name counts one) after a trade word a denial may stand ("has not yet been resumed")
_ARRIVAL_REACH = 60  # characters before an arrival verb its goods may end ("tomatoes from Turkmenistan that")
_PARTNER_REACH = 50  # characters after a world total its partner may be named ("total exports of cotton to")
_EXPECTED_REACH = 200  # characters from a trade word a cue of the future still speaks of it


@attrs.frozen
class TradeCueWords:
    """The lexicon's trade-word rules (data/trade.json), compiled once per lexicon."""

    export_verb: re.Pattern[str]  # over the folded sentence
    inside_title: re.Pattern[str]
    provides: re.Pattern[str]
    under_document: re.Pattern[str]
    segment_holder: re.Pattern[str]
    segment_partner: re.Pattern[str]
    expansion_before: re.Pattern[str]
    more_after: re.Pattern[str]
    mutual: re.Pattern[str]
    compound: re.Pattern[str]
    halted: re.Pattern[str]
    halted_after: re.Pattern[str]  # right after the trade word: "deliveries ... were halted"
    controlled: re.Pattern[str]
    transit: re.Pattern[str]
    route_before: re.Pattern[str]  # right before a side: "through the territory of", a way, not an end
    attribution_after: re.Pattern[str]  # right after a company: "official said", who speaks, no party
    attribution_before: re.Pattern[str]  # right before it: "according to", the report's source
    unit_price: re.Pattern[str]  # "at $130 per thousand cubic metres": a price, not a figure of the flow
    topic_before: re.Pattern[str]  # "discussed gas supplies": a topic of talks, not a flow
    world_exports: re.Pattern[str]  # right before "exports": "Russia's total exports", trade with the world
    partner_after: re.Pattern[str]  # right after such a total: "to Russia", its partner after all
    denied_before: re.Pattern[str]
    denied_after: re.Pattern[str]
    contingent_before: re.Pattern[str]
    goods_subject: re.Pattern[str]  # fullmatched between goods and an arrival verb
    contingent_after: re.Pattern[str]  # right after the trade word: "supplies will depend on"
    capacity: re.Pattern[str]
    share_of: re.Pattern[str]
    expected: re.Pattern[str]  # over the folded clause
    causal_due: re.Pattern[str]
    new_subject: re.Pattern[str]
    # the trade extractor's own rules (turkru.extract.trade)
    turnover: re.Pattern[str]  # over the folded sentence
    anaphoric_figure: re.Pattern[str]
    to_target: re.Pattern[str]
    target_after: re.Pattern[str]
    producer: re.Pattern[str]
    passive: re.Pattern[str]
    from_source: re.Pattern[str]
    among_them: re.Pattern[str]
    coreferent: re.Pattern[str]
    speaker: re.Pattern[str]
    party_anaphor: re.Pattern[str]  # "the country", "the company", "it": a party named by a pointer back
    segment: re.Pattern[str]
    clause_break: re.Pattern[str]
    modifier: re.Pattern[str]
    origin: re.Pattern[str]
    possessive: re.Pattern[str]
    between_possessor: re.Pattern[str]
    between_origin: re.Pattern[str]
    total: re.Pattern[str]
    between_parties: re.Pattern[str]
    coordinated: re.Pattern[str]
    generic_goods: re.Pattern[str]
    third_market: re.Pattern[str]
    third_source: re.Pattern[str]  # right after an import word: "from Central Asian states"
    proceeds: re.Pattern[str]  # right before a trade word: "revenue from gas", money earned, no goods moving
    reported_clause: re.Pattern[str]  # "hope that", "said": where a reported clause with its own parties starts
    paid_for: re.Pattern[str]  # right before a trade word: "paying in full for", its payer is the buyer
    conditional: re.Pattern[str]  # right before a trade word: "if Gazprom", a condition
    third_partner: re.Pattern[str]  # right after a turnover word: "between Russia and Central Asia"
    partner_start: re.Pattern[str]  # right after a turnover word: "with", where its partners start
    partner_list: re.Pattern[str]  # between two partners: ", ", " and "
    foreign_total_before: re.Pattern[str]
    foreign_total_after: re.Pattern[str]
    holder_before: re.Pattern[str]  # right before a turnover word: "cargo", "the company's annual"
    holder_after: re.Pattern[str]  # right after it: "of the State Commodity Exchange"
    possessed_total: re.Pattern[str]  # around a turnover word: "Russia's total trade turnover"
    regional_origin: re.Pattern[str]  # before goods: "Central Asian gas"
    bilateral_pointer: re.Pattern[str]
    figure_period_gap: re.Pattern[str]  # matched right after a figure, up to its own period date
    pronoun_figure: re.Pattern[str]  # ", and in 2024 it rose by 8%": a second figure of the same trade
    coordinated_verb_gap: re.Pattern[str]  # "supplies X, and buys Y": right before the second verb
    of_which: re.Pattern[str]  # ", of which a fifth came from Russia": the figure before is a whole
    reason_clause: re.Pattern[str]  # ", as ...", ", thanks to ...": a turnover's reason, whose goods are not its own
    lexicon: Lexicon = attrs.field(eq=False, repr=False)
    cue_words: CueWords = attrs.field(eq=False, repr=False)
    """The pre-filter: a sentence without any of these words holds no trade word."""
    total_nouns: frozenset[str] = attrs.field(eq=False, repr=False)
    """Trade nouns that stand for all goods when a figure follows ("exports rose 5%")."""
    capitals: frozenset[str] = attrs.field(eq=False, repr=False)
    """Capitals that stand for their country, never for the region they also are (gazetteer names)."""
    percent_signs: tuple[str, ...] = attrs.field(eq=False, repr=False)
    """"%" and the words for it ("percent", "per cent"), in lower case."""

    @classmethod
    def of(cls, lexicon: Lexicon) -> TradeCueWords:
        """The trade-word rules of *lexicon*."""
        folded = ("export_verb", "expected", "turnover")
        derived = ("lexicon", "cue_words", "total_nouns", "capitals", "percent_signs")
        names = [field.name for field in attrs.fields(cls) if field.name not in derived]
        rules = {
            name: (lexicon.folded if name in folded else lexicon.pattern)(f"trade.{name}") for name in names
        }
        return cls(
            **rules,
            lexicon=lexicon,
            cue_words=word_filter(*lexicon.words("TRADE_CUE")),
            total_nouns=frozenset(lexicon.words("TOTAL_NOUN")),
            capitals=frozenset(lexicon.words("NATIONAL_CAPITAL")),
            percent_signs=("%", *(word.lower() for word in lexicon.words("PERCENT_WORD"))),
        )


def trade_cue_words(lexicon: Lexicon | None = None) -> TradeCueWords:
    """The trade-word rules of *lexicon* (None: the default lexicon)."""
    return (lexicon or Lexicon.default()).derive(TradeCueWords.of)


def trade_verbs(sentence: Sentence, index: TradeIndex, left: int, right: int) -> Iterator[re.Match[str]]:
    """The trade words of a clause that speak of goods moving: not inside a name ("Gazprom Export"),
    a document title or a compound ("supply contract"), nor a halt, a share or mutual trade."""
    text = sentence.text
    words = index.words
    for verb in words.export_verb.finditer(sentence.folded, left, right):
        if index.inside_name(verb.start()):
            continue
        if verb.group("arrive") is not None and arriving_goods(sentence, index, verb.start(), left) is None:
            continue  # "the minister arrived in Moscow": people, not goods, arrived
        before = text[max(left, verb.start() - 90) : verb.start()]
        if _inside_title(before, words):
            continue
        if words.mutual.search(before[-25:]) or words.compound.match(text, verb.end()):
            continue
        if _world_total(text, verb, before, right, index):
            continue  # "Russia's total exports grew 5%": its trade with the world
        if words.controlled.search(before[-60:]) or words.transit.search(before[-60:]):
            return  # a clause about who controls the trade, or its transit, moves no goods between the two
        if words.halted.search(before[-60:]) or words.share_of.search(before[-60:]):
            continue
        if words.proceeds.search(before[-60:]) or words.conditional.search(before[-50:]):
            continue  # "revenue from gas exports", "if Gazprom buys": money earned, a condition
        if words.denied_before.search(before[-25:]) or words.capacity.search(before[-30:]):
            continue
        denial_end = min(right, index.reach(verb.end(), _DENIAL_REACH))
        if words.denied_after.search(text, verb.end(), denial_end):
            continue
        if words.halted_after.match(text, verb.end(), denial_end):
            continue  # "deliveries to Russia were halted": a halt, not goods moving
        if words.contingent_before.search(before) or words.contingent_after.match(text, verb.end(), right):
            continue  # "depends on how much Turkmenistan can supply": a condition, not goods moving
        yield verb


def _inside_title(before: str, words: TradeCueWords) -> bool:
    """Whether a trade word is part of a document's title or of what the document does ("a deal to
    supply", "an agreement, which will simplify the export of ..."), not a clause the document frames
    ("under the deal Turkmenistan is to supply") or whose content it tells ("the contract envisages")."""
    if words.inside_title.search(before) is None or words.provides.search(before[-60:]):
        return False
    return words.under_document.search(before) is None


def _world_total(text: str, verb: re.Match[str], before: str, right: int, index: TradeIndex) -> bool:
    """Whether a trade noun is one side's total with the world ("Russia's total exports"): a total
    word right before it and no partner right after it ("total exports to Russia" has one)."""
    words = index.words
    if verb.group(0) not in words.total_nouns or words.world_exports.search(before[-20:]) is None:
        return False
    return words.partner_after.match(text, verb.end(), min(right, verb.end() + _PARTNER_REACH)) is None


def arriving_goods(sentence: Sentence, index: TradeIndex, verb_start: int, left: int) -> Mention | None:
    """The goods that are the subject of an arrival verb ("tomatoes from Turkmenistan that entered
    the Moscow region", "Turkmen cotton arrived in Kazan"), if any."""
    text = sentence.text
    for mention in index.ending(max(left, verb_start - _ARRIVAL_REACH), verb_start, "commodity"):
        if index.words.goods_subject.fullmatch(text, mention.end - sentence.start, verb_start):
            return mention
    return None


def subject_cuts(text: str, words: TradeCueWords) -> list[tuple[int, int]]:
    """Where a new subject starts a clause of its own ("..., and we will ..."), as spans in text order."""
    return [cut.span() for cut in words.new_subject.finditer(text)]


def is_expected(
    text: str, start: int, end: int, words: TradeCueWords, cuts: list[tuple[int, int]] | None = None
) -> bool:
    """Whether the trade word at ``text[start:end]`` speaks of a flow still to come, judged in its
    own clause (not in a later one with a subject of its own) and within ``_EXPECTED_REACH`` of it.
    *cuts* are the text's :func:`subject_cuts`, when already known."""
    cuts = subject_cuts(text, words) if cuts is None else cuts
    ends = [cut_end for _, cut_end in cuts]  # cuts do not overlap: their ends are in order too
    before = bisect.bisect_right(ends, start)
    left = cuts[before - 1][1] if before else 0
    after = bisect.bisect_left([cut_start for cut_start, _ in cuts], end, lo=before)
    right = cuts[after][0] if after < len(cuts) else len(text)
    left, right = max(left, start - _EXPECTED_REACH), min(right, end + _EXPECTED_REACH)
    clause = words.causal_due.sub("   ", text[left:right])
    planned = is_planned(clause, start - left, end - left, lexicon=words.lexicon)
    return planned or words.expected.search(fold(clause)) is not None
