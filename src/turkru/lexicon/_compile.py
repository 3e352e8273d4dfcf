"""The one place that turns a rule into a regex: slots filled in, case handled, pre-filter words derived.

A slot ``{SIGN_VERB}`` becomes one non-capturing alternation of the slot's phrases, each escaped,
a space standing for ``\\s+``, longest phrase first. An ``any``-case rule is written in lower case
(an upper-case literal letter is an error) and compiled with IGNORECASE; it then matches the raw
text and the folded text (``turkru.text._casefold.fold``) alike, and its ``folded`` twin, compiled
without IGNORECASE (faster for long alternations), matches the folded text the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

import attrs

from turkru.errors import LexiconError
from turkru.lexicon._load import FLAGS, Rule
from turkru.lexicon._start import compile_fast

SLOT_REFERENCE = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")
# Bounded whitespace ("spaces": "bounded"): a few spaces or tabs, at most one line break, so a
# match never runs across blanked boilerplate and the pattern cannot backtrack far.
_BOUNDED = r"(?:[ \t\u00a0]{1,4}|[ \t\u00a0]{0,4}\r?\n[ \t\u00a0]{0,4})"
_BOUNDED_OPTIONAL = r"(?:[ \t\u00a0]{0,4}(?:\r?\n[ \t\u00a0]{0,4})?)"
_HEX_ESCAPES = {"x": 2, "u": 4, "U": 8}


@attrs.frozen
class Compiled:
    """A rule ready to run: its regex, the same for folded text (any-case rules), its cue words,
    and its source with the slots filled in (the regexes may have a fast start in front of it)."""

    pattern: re.Pattern[str]
    folded: re.Pattern[str] | None
    cues: tuple[str, ...]
    source: str


def slots_of(pattern: str) -> tuple[str, ...]:
    """The slot names a pattern refers to, in order of first use."""
    return tuple(dict.fromkeys(SLOT_REFERENCE.findall(pattern)))


def alternation(phrases: tuple[str, ...]) -> str:
    """``(?:...)`` of the phrases, escaped, whitespace as ``\\s+``, longest first (ties keep data order).

    Phrases in lower-case ASCII are factored on their common beginnings (see :func:`_factored`):
    the same matches, tried in the same order, found sooner.
    """
    if phrases and all(phrase.isascii() and phrase == phrase.lower() for phrase in phrases):
        return "(?:" + _factored(phrases) + ")"
    ordered = sorted(phrases, key=len, reverse=True)
    return "(?:" + "|".join(r"\s+".join(re.escape(word) for word in phrase.split()) for phrase in ordered) + ")"


_Trie = dict[str, "_Trie"]  # next token (an escaped character, or \s+ between words) -> subtree; "" ends a phrase


def _factored(phrases: tuple[str, ...]) -> str:
    """The longest-first alternation of *phrases* as a trie: ``sign(?:ed)?`` for ``signed|sign``.

    The regex engine tries a flat alternation's phrases one by one at each place; factored, it
    reads a shared beginning once. The matches are the same: where two phrases part, their next
    tokens (different characters, or a character and white space) cannot both match, and where
    one phrase goes on from another, the longer is tried first, as in the longest-first order.
    """
    trie: _Trie = {}
    for phrase in phrases:
        node = trie
        for index, word in enumerate(phrase.split()):
            if index:
                node = node.setdefault(r"\s+", {})
            for char in word:
                node = node.setdefault(re.escape(char), {})
        node[""] = {}

    def branch(node: _Trie) -> str:
        parts = [token + branch(child) for token, child in node.items() if token]
        if not parts:
            return ""
        body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        return f"(?:{body})?" if "" in node else body

    return branch(trie)


def _upper_literal(pattern: str) -> int | None:
    """The offset of the first upper-case letter that the regex would match literally, if any
    (escapes such as ``\\S`` or ``\\u00C0``, group names and slot references aside)."""
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2 + _HEX_ESCAPES.get(pattern[index + 1 : index + 2], 0)
            continue
        if pattern.startswith(("(?P<", "(?P="), index):
            index = pattern.find(">" if pattern[index + 3] == "<" else ")", index) + 1 or len(pattern)
            continue
        reference = SLOT_REFERENCE.match(pattern, index)
        if reference is not None:
            index = reference.end()
            continue
        if char.isupper():
            return index
        index += 1
    return None


def bound_spaces(source: str) -> str:
    """*source* with ``[\\s-]+``, ``\\s+`` and ``\\s*`` bounded: a few spaces or tabs, at most one line break."""
    return (
        source.replace(r"[\s-]+", rf"(?:-|{_BOUNDED})").replace(r"\s+", _BOUNDED).replace(r"\s*", _BOUNDED_OPTIONAL)
    )


def needle(phrase: str) -> str:
    """The cue word of a phrase: its longest word, lower-cased (every match of the phrase holds it)."""
    return max(phrase.split(), key=len).lower()


def compile_rule(rule: Rule, words: Mapping[str, tuple[str, ...]]) -> Compiled:
    """*rule* with its slots filled in from *words*, compiled; bad data is a LexiconError naming the rule."""
    where = f"{rule.where}: pattern"
    any_case = rule.case == "any"
    if any_case:
        offset = _upper_literal(rule.pattern)
        if offset is not None:
            raise LexiconError(
                f"{where}: upper-case {rule.pattern[offset]!r} at offset {offset} in an any-case pattern"
                " (write it in lower case, or set \"case\": \"exact\")"
            )
    used = slots_of(rule.pattern)
    for slot in used:
        if slot not in words:
            raise LexiconError(f"{where}: unknown slot {{{slot}}}")
        if any_case:
            upper = next((phrase for phrase in words[slot] if phrase != phrase.lower()), None)
            if upper is not None:
                raise LexiconError(f"{where}: slot {slot} has the upper-case phrase {upper!r} (an any-case rule)")
    for index, slot in enumerate(rule.cue):
        if slot not in used:
            raise LexiconError(f"{rule.where}: cue[{index}]: slot {slot} does not occur in the pattern")
    source = SLOT_REFERENCE.sub(lambda match: alternation(words[match.group(1)]), rule.pattern)
    if rule.spaces == "bounded":
        source = bound_spaces(source)
    flags = re.RegexFlag(0)
    for name in rule.flags:
        flags |= FLAGS[name]
    try:
        pattern_flags = flags | re.IGNORECASE if any_case else flags
        pattern = compile_fast(source, pattern_flags)
        folded = compile_fast(source, flags) if any_case else None
    except re.error as error:
        raise LexiconError(f"{where}: not a valid regex once its slots are filled in ({error})") from None
    cues = shortest_needles(needle(phrase) for slot in rule.cue for phrase in words[slot])
    return Compiled(pattern, folded, cues, source)


def shortest_needles(needles: Iterable[str]) -> tuple[str, ...]:
    """The needles without those holding another one ("plans" holds "plan"): a text holds one of
    the result exactly when it holds one of *needles*, and the test is cheaper. Order kept."""
    unique = list(dict.fromkeys(needles))
    return tuple(
        word for word in unique if not any(other != word and other in word for other in unique)
    )
