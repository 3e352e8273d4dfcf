"""Evidence checked against the article it quotes, when the article carries the text it was parsed from.

An article's ``text`` is the cleaned text, and evidence spans index the text given to
``parse_article``; the two are one text when nothing was cleaned away, and then the article's
content hash is the hash of its ``text``. In that case every evidence span of the article's own
source must lie in the text and quote it exactly; otherwise there is nothing to check against.
"""

from __future__ import annotations

from turkru.errors import SerializationError
from turkru.model.article import Article
from turkru.model.provenance import content_hash
from turkru.serialize.converter import show

__all__ = ["check_spans"]


def check_spans(article: Article, path: str = "$") -> None:
    """Raise a SerializationError naming the evidence whose span leaves the article's original
    text or whose quote is not the text there; do nothing when the text is not the original."""
    own = article.source.content_hash
    text = article.text
    if own is None or content_hash(text) != own:
        return
    for number, record in enumerate(article.records):
        for index, item in enumerate(record.evidence):
            if item.source.content_hash != own:
                continue
            where = f"{path}.records[{number}].evidence[{index}]"
            if item.end > len(text):
                raise SerializationError(
                    f"{where}.end: {item.end} is beyond the end of the article's text ({len(text)} characters)"
                )
            quoted = text[item.start : item.end]
            if quoted != item.text:
                raise SerializationError(
                    f"{where}.text: {show(item.text)} is not the article's text at {item.start}-{item.end} "
                    f"({show(quoted)})"
                )
