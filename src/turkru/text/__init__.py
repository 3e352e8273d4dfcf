"""The text layer: from raw article text to located pieces (clean text, date, sentences, timexes)."""

from typing import TYPE_CHECKING

from turkru._lazy import lazy_exports
from turkru.text.clean import clean, strip_html  # eager: the name ``clean`` is also its module's

if TYPE_CHECKING:
    from turkru.text.published import find_published
    from turkru.text.sentences import split_sentences
    from turkru.text.timex import Timex, find_timexes

_HOMES = {
    "Timex": "turkru.text.timex",
    "find_published": "turkru.text.published",
    "find_timexes": "turkru.text.timex",
    "split_sentences": "turkru.text.sentences",
}
"""Each public name and the module it comes from (imported when first used)."""

__getattr__, __dir__ = lazy_exports(__name__, _HOMES)

__all__ = ["Timex", "clean", "find_published", "find_timexes", "split_sentences", "strip_html"]
