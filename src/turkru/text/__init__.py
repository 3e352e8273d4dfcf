"""The text layer: from raw article text to located pieces (clean text, date, sentences, timexes)."""

from turkru.text.clean import clean, strip_html
from turkru.text.published import find_published
from turkru.text.sentences import split_sentences
from turkru.text.timex import Timex, find_timexes

__all__ = ["Timex", "clean", "find_published", "find_timexes", "split_sentences", "strip_html"]
