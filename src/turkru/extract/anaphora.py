"""Definite titles that point back to a named person: "the Governor" after "Governor ... Beglov"."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from turkru.extract.document import Sentence, revised
from turkru.lexicon import Lexicon
from turkru.model.actors import Office, Person
from turkru.text.mentions import Mention


def titled_people(sentence: Sentence) -> list[tuple[str, Mention]]:
    """(title words, person mention) for every "Title Name" apposition in a sentence."""
    found: list[tuple[str, Mention]] = []
    mentions = sentence.mentions
    for office, person in itertools.pairwise(mentions):
        if isinstance(office.value, Office) and sentence.names_holder(office, person):
            found.append((f"{office.text} {office.value.title}".lower(), person))
    return found


def resolve_titles(sentences: Sequence[Sentence], lexicon: Lexicon | None = None) -> list[Sentence]:
    """Add a person mention for each definite title naming someone introduced earlier (titles
    from the lexicon's ``participants.title_word`` rule and its ``BACK_TITLE_NOUN`` words)."""
    lexicon = lexicon or Lexicon.default()
    title_word = lexicon.pattern("participants.title_word")
    title_nouns = lexicon.words("BACK_TITLE_NOUN")  # one per title
    title_before = lexicon.pattern("participants.title_before_name")
    title_after = lexicon.pattern("participants.title_after_name")
    introduced: list[tuple[str, Mention]] = []
    out: list[Sentence] = []
    for sentence in sentences:
        added: list[Mention] = []
        titles = title_word.finditer(sentence.text) if any(noun in sentence.text for noun in title_nouns) else ()
        for match in titles:
            start, end = sentence.start + match.start(), sentence.start + match.end()
            if any(m.start < end and start < m.end for m in sentence.mentions):
                continue
            word = " ".join(match.group("word").lower().split())
            earlier = [person for title, person in introduced if re.search(rf"\b{word}\b", title)]
            people = {m.value for m in earlier if isinstance(m.value, Person)}
            if len(people) != 1:
                continue
            source = earlier[-1]
            added.append(
                Mention(start=start, end=end, text=match.group(0), kind="person", value=source.value,
                        country=source.country)
            )
        if added:
            sentence = revised(
                sentence, mentions=tuple(sorted((*sentence.mentions, *added), key=lambda m: m.start))
            )
        introduced.extend(titled_people(sentence))
        introduced.extend(_bare_titled(sentence, title_before, title_after))
        out.append(sentence)
    return out


_TITLE_REACH = 90  # characters before a name its bare title word may stand in (with the units it heads)


def _bare_titled(
    sentence: Sentence, title_before: re.Pattern[str], title_after: re.Pattern[str]
) -> list[tuple[str, Mention]]:
    """(title word, person mention) for each name right after a bare title word the gazetteer
    holds no office for ("led by Governor <Name>", "Governor of Astrakhan <Name>") or with one in
    apposition right after it ("<Name>, Governor of Astrakhan,"); the titled appositions are told already."""
    found: list[tuple[str, Mention]] = []
    for mention in sentence.of_kind("person"):
        local = mention.start - sentence.start
        match = title_before.search(sentence.text, max(0, local - _TITLE_REACH), local) or title_after.match(
            sentence.text, mention.end - sentence.start
        )
        if match is not None:
            found.append((" ".join(match.group("word").lower().split()), mention))
    return found
