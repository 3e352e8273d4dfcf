"""The error hierarchy: every error turkru raises is a `TurkruError`."""

from __future__ import annotations


class TurkruError(Exception):
    """Raised for every error turkru reports; catch it to catch them all."""


class InvalidRecordError(TurkruError, ValueError):
    """Raised when a model value breaks an invariant; the message names field and value."""


class InvalidDateError(InvalidRecordError):
    """Raised when a partial date or span is malformed, e.g. ``'2021-13'``."""


class SerializationError(TurkruError, ValueError):
    """Raised when JSON cannot be turned into records; the message gives the JSON path."""


class StoreError(SerializationError):
    """Raised when a chronicle store (SQLite) cannot be read or written; the message names the file and row."""


class ParseError(TurkruError, ValueError):
    """Raised when article text cannot be parsed at all (wrong type, undecodable bytes)."""


class GazetteerError(TurkruError, ValueError):
    """Raised when gazetteer data is malformed; the message names the file and entry."""


class LexiconError(TurkruError, ValueError):
    """Raised when lexicon data is malformed; the message names the file, the entry and the field."""


class QueryError(TurkruError, ValueError):
    """Raised when a chronicle query gets an argument it cannot use."""
