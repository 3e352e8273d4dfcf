"""Content words of titles, names and goods, and how similar two wordings of one thing are.

One home for word comparison, used inside an article (folding repeated reports of one document
or event: :func:`content_words`, :func:`title_similarity`) and across outlets (the chronicle's
merge, indexes and queries: :func:`stems`, :func:`jaccard`, :func:`name_key`).

The two comparisons read their own lists of generic words (data/similarity.json): inside an
article a title's words are compared whole (plural -s folded) without those of
``TITLE_GENERIC_WORD``; across outlets, spellings differ more, so words are folded to ASCII and
cut to their first ``STEM_LENGTH`` letters, without those of ``GENERIC_WORD``. The cross-outlet
comparison reads the default lexicon's ``GENERIC_WORD`` (the chronicle has no document, hence no
injected one), without compiling its rules (:meth:`Lexicon.default_words`).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

import attrs

from turkru.lexicon import Lexicon

STEM_LENGTH = 6
"""Words are compared by their first six letters: programme/program, ministries/ministerial."""


@attrs.frozen
class GenericWords:
    """The lexicon's generic words of titles and names, gathered once per lexicon."""

    across: frozenset[str]
    """Ignored when comparing across outlets (``GENERIC_WORD``)."""
    in_title: frozenset[str]
    """Left out of a title's content words inside one article (``TITLE_GENERIC_WORD``)."""

    @classmethod
    def of(cls, lexicon: Lexicon) -> GenericWords:
        """The generic words of *lexicon*."""
        return cls(frozenset(lexicon.words("GENERIC_WORD")), frozenset(lexicon.words("TITLE_GENERIC_WORD")))


_WORD = re.compile(r"[a-z0-9]+")
_YEAR = re.compile(r"(19|20)[0-9]{2}")


@functools.lru_cache(maxsize=1 << 16)
def fold_text(text: str) -> str:
    """Lower-case ASCII with accents stripped and other punctuation (dashes, quotes) as spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    kept = (
        char if char.isascii() else " " if unicodedata.category(char)[0] in "PZS" else ""
        for char in decomposed
    )
    return "".join(kept).lower()


@functools.lru_cache(maxsize=1 << 16)
def stems(text: str | None) -> frozenset[str]:
    """The content words of *text*, generic words left out, each cut to its first letters."""
    if not text:
        return frozenset()
    generic = _generic_across()
    return frozenset(word[:STEM_LENGTH] for word in _WORD.findall(fold_text(text)) if word not in generic)


@functools.cache
def _generic_across() -> frozenset[str]:
    """The default lexicon's ``GENERIC_WORD`` (what :attr:`GenericWords.across` holds for it)."""
    return frozenset(Lexicon.default_words("GENERIC_WORD"))


def stems_of(texts: Iterable[str]) -> frozenset[str]:
    """The content words of several texts together (e.g. a list of commodities)."""
    found: set[str] = set()
    for text in texts:
        found |= stems(text)
    return frozenset(found)


def jaccard(first: frozenset[str], second: frozenset[str], *, empty: float = 0.0) -> float:
    """Shared words over all words; *empty* (0.0 unless told) when both are empty."""
    union = first | second
    return len(first & second) / len(union) if union else empty


def has_year(words: Iterable[str]) -> bool:
    """Whether any word is a year (1900-2099): such a title pins its document in time."""
    return any(_YEAR.fullmatch(word) for word in words)


def same_name(first: str | None, second: str | None) -> bool:
    """Whether two names are equal once folded and their spacing normalised."""
    if first is None or second is None:
        return False
    return " ".join(_WORD.findall(fold_text(first))) == " ".join(_WORD.findall(fold_text(second)))


@functools.lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """A folded key for a place, party or body name."""
    return " ".join(_WORD.findall(fold_text(name)))


def content_words(text: str | None, lexicon: Lexicon | None = None) -> frozenset[str]:
    """Lower-case content words of a title, plural -s folded, *lexicon*'s generic words (None: the
    default's) left out."""
    if not text:
        return frozenset()
    generic = (lexicon or Lexicon.default()).derive(GenericWords.of).in_title
    words = _WORD.findall(text.lower())
    return frozenset(w.rstrip("s") if len(w) > 3 else w for w in words if w not in generic)


def title_similarity(first: str | None, second: str | None, lexicon: Lexicon | None = None) -> float:
    """Jaccard similarity of the content words of two titles (1.0 when both have none)."""
    return jaccard(content_words(first, lexicon), content_words(second, lexicon), empty=1.0)
