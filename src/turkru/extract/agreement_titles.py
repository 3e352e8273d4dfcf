"""Agreement titles: the words before a document noun that belong to it, and the complement after
it ("on cooperation in education"), bounded where the clause moves on."""

from __future__ import annotations

import re

import attrs

from turkru.extract.agreement_words import AgreementWords, agreement_words
from turkru.text._casefold import any_word

_QUOTE_CHARS = "\"\u201c\u201d\u00ab\u00bb"
_DANGLING_REACH = 40  # a hanging tail is a few short words: only the end of a title is searched
_QUOTES = re.compile(f"[{_QUOTE_CHARS}]")
_CLOSING = (",", ".", ";", ":")  # a word ending so ends a phrase before the document noun
_PREMODIFIER_REACH = 5  # words before the document noun that may belong to its name


def premodifiers(text: str, start: int, words: AgreementWords | None = None) -> list[str]:
    """The words right before ``text[start:]`` that name the document ("gas supply", "roadmap")."""
    stop = (words or agreement_words()).title_stop_word
    kept: list[str] = []
    tokens = _last_words(text, start, _PREMODIFIER_REACH)
    for index in range(len(tokens) - 1, -1, -1):
        token = tokens[index]
        bare = token.strip(_QUOTE_CHARS + ",")
        if bare.lower() == "and" and kept and index and _joins_modifiers(tokens[index - 1], stop):
            kept.insert(0, bare)  # "purchase and sale contract"
            continue
        if not any(char.isalnum() for char in bare) or stop.match(bare) or token.endswith(_CLOSING):
            break
        kept.insert(0, bare)
    return kept


def _last_words(text: str, end: int, count: int) -> list[str]:
    """The last *count* whitespace-separated words of ``text[:end]``, read from a window that grows
    until it holds more than *count* of them (so a word cut at its edge is never one of them)."""
    reach = 16 * count
    while True:
        start = max(0, end - reach)
        words = text[start:end].split()
        if start == 0 or len(words) > count:
            return words[-count:]
        reach *= 4


def _joins_modifiers(token: str, stop: re.Pattern[str]) -> bool:
    """Whether the word before an "and" is a lower-case modifier it joins to the next one."""
    return token.islower() and token.isalpha() and not stop.match(token)


def _without_dangling(words: str, w: AgreementWords) -> str:
    """*words* without the prepositions and articles left hanging at their end ("on the")."""
    found = w.dangling.search(words, max(0, len(words) - _DANGLING_REACH))
    return words[: found.start()] if found else words


def _title_end(tail: str, start: int, w: AgreementWords) -> int | None:
    """Where the title that goes on at ``tail[start:]`` ends, or None when it runs to the end."""
    found = w.title_end.search(tail, start)
    end = found.start() if found else len(tail)
    if any_word(tail, w.lexicon.cues("agreement.title_end_paired"), start, end):  # its cue words, derived
        paired = w.title_end_paired.search(tail, start, end)
        if paired is not None:
            return paired.start()
    return found.start() if found else None


@attrs.frozen
class Complement:
    """What follows a document noun: the words that go on with its title, how much of the text
    they span, and where a party phrase left out of the title lies ("between A and B")."""

    words: str = ""
    length: int = 0
    parties: tuple[int, int] | None = None


def complement(tail: str, patterns: AgreementWords | None = None) -> Complement:
    """The part of *tail* (the text right after a document noun, up to the next date) that
    continues its title ("on cooperation in education"); empty when none does."""
    w = patterns or agreement_words()
    money = w.money.match(tail) or w.inner_time.match(tail)
    if money is not None:  # a sum or a month between the document and its subject: skipped
        rest = complement(tail[money.end() :], w)
        moved = None if rest.parties is None else (rest.parties[0] + money.end(), rest.parties[1] + money.end())
        return Complement(rest.words, rest.length + money.end(), moved) if rest.words else Complement()
    connector = w.title_connector.match(tail)
    if not connector or (connector.group("passive") and w.after_passive_signing.match(tail[connector.start("word") :])):
        return Complement()
    title_start, parties = 0, None
    if connector.group("party"):
        topic = w.topic_after_parties.match(tail, connector.end())
        if topic is not None and not w.not_a_party.search(tail, connector.end(), topic.start("topic")):
            title_start, parties = topic.start("topic") - 1, (connector.end(), topic.start("topic") - 1)
    stop = _title_end(tail, max(connector.end(), title_start + 1), w)
    end = stop if stop is not None else len(tail)
    listed = w.list_rest.match(tail, end) if stop is not None and tail.startswith(",", end) else None
    if listed is not None:
        end = listed.end()
    elif stop is not None and (modifiers := w.modifier_list.match(tail, end)) is not None:
        further = _title_end(tail, modifiers.end(), w)  # "on trade, economic and cultural cooperation between ..."
        end = further if further is not None else len(tail)
    second = w.second_purpose.match(tail[title_start:end])
    if second is not None:
        end = title_start + second.start("cut")
    words = _without_dangling(tail[title_start:end].rstrip(), w)
    length = title_start + len(words)
    trailing = w.trailing_party.search(words) if parties is None and connector.group("word") != "with" else None
    if trailing is not None:
        words, parties = words[: trailing.start()], (title_start + trailing.start("party"), length)
    if parties is None and connector.group("passive"):
        words = " " + words[connector.end("passive") :].lstrip()
    passive_tail = w.passive_tail.match(tail, length) if not connector.group("passive") and parties is None else None
    signers = _passive_parties(passive_tail.group("rest"), w) if passive_tail else ""
    if passive_tail and signers:
        words = words + " " + signers
        length = passive_tail.start("rest") + len(signers)
    if any(noun in words for noun in w.lexicon.words("COMPANY_NOUN")):
        words = w.party_descriptor.sub(r"\g<name>", words)  # "with the Turkmengaz company": "with Turkmengaz"
    return Complement(words if words.strip() else "", length, parties)


def _passive_parties(rest: str, w: AgreementWords) -> str:
    """The parties a passive signing names after the document ("was signed between A and B"), bounded
    like a title; nothing when they only say "between the two governments"."""
    if rest.startswith("between") and w.title_end_paired.match(rest):
        return ""
    end = _title_end(rest, rest.find(" ") + 1, w)
    return _without_dangling(rest[:end].rstrip() if end is not None else rest.rstrip(), w)


def clean_title(title: str) -> str:
    """A title without quotation marks or stray commas at its ends."""
    return _QUOTES.sub("", title).strip(" ,")
