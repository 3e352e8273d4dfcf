"""What a trade word in a clause says: whether goods move at all, and whether the move is still to come."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from turkru.extract.cues import is_planned
from turkru.extract.document import Sentence
from turkru.extract.trade_index import TradeIndex
from turkru.text._casefold import fold

# Runs over the folded sentence (see turkru.text._casefold): lower case, no IGNORECASE.
EXPORT_VERB = re.compile(
    r"\b(?P<out>export(?:s|ed|ing)?|suppl(?:y|ies|ied|ying)|deliver(?:s|ed|y|ies|ing)?|sells?|sold|shipped"
    r"|brought\s+to)\b|\b(?P<in>import(?:s|ed|ing)?|purchas(?:e|es|ed|ing)|procurement|acquire[sd]?|bought|buys?"
    r"|joined\s+the\s+(?:navy|fleet))\b"
)
_INSIDE_TITLE = re.compile(
    r"\b(?:contracts?|agreements?|memorand\w*|protocols?|programmes?|programs?)\b[^.;,]{0,80}$", re.I
)
# A document that provides for a flow, rather than naming it in its title ("the contract envisages imports").
_PROVIDES = re.compile(r"\b(?:envisag|provides?\s+for|stipulat|foresee)", re.I)
_MUTUAL = re.compile(r"\b(?:mutual|reciprocal|bilateral)\s+(?:\w+\s+)?$", re.I)
# A trade word that names no movement of goods: part of a compound ("supply contract",
# "export prices", "purchase-and-sale contracts", "export routes").
_COMPOUND_HEADS = (
    "prices?", "pricing", "tariffs?", "contracts?", "agreements?", "deals?", "routes?", "markets?", "monopoly",
    "capacit(?:y|ies)", "potential", "terms", "debts?", "duties", "arm", "pipelines?", "infrastructure",
    "licen[cs]es?", "bans?", "quotas?", "obligations", "revenues?", "earnings", "dependence", "diversification",
)
_COMPOUND = re.compile(
    r"[\s-]+(?:and[\s-]+(?:sales?|purchases?)[\s-]+)?(?:" + "|".join(_COMPOUND_HEADS) + r")\b", re.I
)
# A trade word governed by a halt: "halting imports of", "a pause in the procurement of", "banned the imports".
_HALT_WORDS = (
    r"halt(?:s|ed|ing)?", r"stop(?:s|ped|ping)?", r"cut(?:s|ting)?(?:\s+off)?", r"suspen(?:d|ds|ded|ding|sion)",
    r"ban(?:s|ned|ning)?", r"refus(?:e|es|ed|ing|al)(?:\s+from)?", r"terminat(?:e|es|ed|ing|ion)", r"pause",
    r"cessation", r"end(?:ed|ing)?", r"freez(?:e|es|ing)", r"froze", r"loss", r"embargo", r"resumption",
    r"resum(?:e|es|ing)", r"restrict(?:s|ed|ing|ions?)?",
)
_HALTED = re.compile(r"\b(?:" + "|".join(_HALT_WORDS) + r")(?:\s+(?!and\b|but\b)[\w'\u2019-]+){0,5}\s+$", re.I)
# A trade word governed by control or rivalry, not a movement of goods: "controls virtually all of
# Turkmenistan's gas exports", "competition to secure more gas exports", "dominance over oil imports".
_CONTROL_WORDS = (
    r"control(?:s|led|ling)?", r"competition", r"compet(?:e|es|ed|ing)", r"secur(?:e|es|ed|ing)", r"rivalry",
    r"dominat(?:e|es|ed|ing|ion)", r"dominance", r"monopol(?:y|ise|ize|ised|ized)", r"struggle", r"battle",
    r"fight(?:s|ing)?", r"vie(?:s|d)?", r"grip", r"stranglehold", r"leverage", r"dependen(?:ce|cy|t)",
)
_CONTROLLED = re.compile(
    r"\b(?:" + "|".join(_CONTROL_WORDS) + r")(?:\s+(?!and\b|but\b)[\w'\u2019-]+){0,5}\s+$", re.I
)
# A trade word that is denied: "did not supply", "no longer buys" before it; "has not yet been resumed",
# "were never delivered" after it (within _DENIAL_REACH, in its clause).
_DENIED_BEFORE = re.compile(r"\b(?:not|never|no\s+longer|n[o']t\s+yet)\s+(?:\w+\s+)?$", re.I)
_DENIAL_VERBS = (
    r"resumed", r"restored", r"restarted", r"started", r"begun", r"delivered", r"supplied", r"shipped",
    r"received", r"paid", r"carried\s+out", r"made", r"completed",
)
_DENIED_AFTER = re.compile(
    r"\b(?:(?:has|have|had|was|were|is|are)\s*(?:not|n't)|never)\s+(?:yet\s+)?(?:been\s+)?(?:"
    + "|".join(_DENIAL_VERBS)
    + r")\b",
    re.I,
)
_DENIAL_REACH = 60
# A trade word that names what a pipe or a port could carry, not a flow: "can be used to supply",
# "is capable of exporting", "designed to deliver".
_CAPACITY = re.compile(
    r"\b(?:be\s+used\s+to|capable\s+of|capacity\s+(?:to|for)|designed\s+to|built\s+to|able\s+to\s+handle)\s+$", re.I
)
# A trade word measured as a share ("76% of Russia's total imports", "the share of ... in exports").
_SHARE_OF = re.compile(
    r"(?:%|\bper\s*cent|\bpercent)\s+of\s+(?:the\s+)?(?:[\w'\u2019]+\s+){0,3}$|\bshare\s+(?:of|in)\s+"
    r"(?:[\w'\u2019]+\s+){0,4}$",
    re.I,
)
# A goods word that modifies another noun names no goods moving ("Russian gas giant", "Turkmen oil sector").
# A flow still to come, beyond the general cues of turkru.extract.cues: abilities, interests,
# possibilities, aims to change the volume, documents that provide for supplies.
_EXPECTED_WORDS = (
    r"will\s+be\s+able\s+to", r"(?:is|are|was|were)\s+(?:\w+\s+)?interested\s+in", r"make\s+it\s+possible",
    r"(?:can|could|may|might)\s+(?:\w+\s+){0,2}(?:be|resume|start|begin|increase|supply|buy|export|import)",
    r"(?<!managed\s)(?<!failed\s)(?:will|would|shall|plans?\s+to|intends?\s+to|aims?\s+to|expects?\s+to|to)"
    r"\s+(?:\w+ly\s+)?(?:increase|decrease|reduce|cut|cap|limit|raise|double|triple|boost|expand|resume)",
    r"resumption\s+of", r"envisag(?:e|es|ed|ing)", r"provides?\s+for",
)
_EXPECTED = re.compile(r"\b(?:" + "|".join(_EXPECTED_WORDS) + r")\b")
# Where a trade word's own clause ends: a new subject after "and" or "but" ("..., and we will start ...").
# "Due to" before a noun phrase gives a cause ("was due to an increase in prices"), not a schedule
# ("is due to arrive"): masked, length kept, before the clause is asked whether it speaks of the future.
_CAUSAL_DUE = re.compile(
    r"\bdue(?=\s+to\s+(?:the|a|an|its|their|this|that|these|those|higher|lower|rising|falling|growing"
    r"|increased|reduced|strong|weak|high|low|increase|decrease|growth|decline|fall|rise)\b)",
    re.I,
)
# How far from a trade word a cue of the future still speaks of it.
_EXPECTED_REACH = 200
_NEW_SUBJECT = re.compile(r"(?:,\s*|\s)(?:and|but)\s+(?=(?:we|they|it|he|she|the\s+\w+\s+(?:will|would))\b)", re.I)


def trade_verbs(sentence: Sentence, index: TradeIndex, left: int, right: int) -> Iterator[re.Match[str]]:
    """The trade words of a clause that speak of goods moving: not inside a name ("Gazprom Export"),
    a document title or a compound ("supply contract"), nor a halt, a share or mutual trade."""
    text = sentence.text
    for verb in EXPORT_VERB.finditer(sentence.folded, left, right):
        if index.inside_name(verb.start()):
            continue
        before = text[max(left, verb.start() - 90) : verb.start()]
        if _INSIDE_TITLE.search(before) and not _PROVIDES.search(before[-60:]):
            continue
        if _MUTUAL.search(before[-25:]) or _COMPOUND.match(text, verb.end()):
            continue
        if _CONTROLLED.search(before[-60:]):
            return  # a clause about who controls the trade moves no goods at any of its trade words
        if _HALTED.search(before[-60:]) or _SHARE_OF.search(before[-60:]):
            continue
        if _DENIED_BEFORE.search(before[-25:]) or _CAPACITY.search(before[-30:]):
            continue
        if _DENIED_AFTER.search(text, verb.end(), min(right, verb.end() + _DENIAL_REACH)):
            continue
        yield verb


def subject_cuts(text: str) -> list[tuple[int, int]]:
    """Where a new subject starts a clause of its own ("..., and we will ..."), as spans in text order."""
    return [cut.span() for cut in _NEW_SUBJECT.finditer(text)]


def is_expected(text: str, start: int, end: int, cuts: list[tuple[int, int]] | None = None) -> bool:
    """Whether the trade word at ``text[start:end]`` speaks of a flow still to come, judged in its
    own clause (not in a later one with a subject of its own) and within ``_EXPECTED_REACH`` of it.
    *cuts* are the text's :func:`subject_cuts`, when already known."""
    cuts = subject_cuts(text) if cuts is None else cuts
    ends = [cut_end for _, cut_end in cuts]  # cuts do not overlap: their ends are in order too
    before = bisect.bisect_right(ends, start)
    left = cuts[before - 1][1] if before else 0
    after = bisect.bisect_left([cut_start for cut_start, _ in cuts], end, lo=before)
    right = cuts[after][0] if after < len(cuts) else len(text)
    left, right = max(left, start - _EXPECTED_REACH), min(right, end + _EXPECTED_REACH)
    clause = _CAUSAL_DUE.sub("   ", text[left:right])
    return is_planned(clause, start - left, end - left) or _EXPECTED.search(fold(clause)) is not None
