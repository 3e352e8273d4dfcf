"""turkru: typed, queryable records of Turkmenistan-Russia relations from English news."""

from turkru.chronicle import Chronicle, ChronicleEntry, Variant
from turkru.chronicle.level import Level
from turkru.chronicle.plot import plot_timeline
from turkru.errors import (
    GazetteerError,
    InvalidDateError,
    InvalidRecordError,
    LexiconError,
    ParseError,
    QueryError,
    SerializationError,
    StoreError,
    TurkruError,
)
from turkru.extract.pipeline import parse_article
from turkru.gazetteer import Gazetteer
from turkru.interop import CodedEvent, EventCoder
from turkru.lexicon import Lexicon
from turkru.model.actors import (
    RUSSIA,
    TURKMENISTAN,
    Office,
    Party,
    PartyKind,
    Person,
    Place,
    Term,
    fold_name,
)
from turkru.model.article import Article
from turkru.model.dates import DateSpan, MonthDay, PartialDate, Precision
from turkru.model.provenance import Evidence, Reprint, Source, content_hash
from turkru.model.records import (
    RECORD_TYPES,
    Agreement,
    AnyRecord,
    BodyKind,
    Commission,
    CommissionSession,
    Direction,
    DocType,
    Event,
    LifecycleStep,
    Meeting,
    MeetingMode,
    Quantity,
    Record,
    SessionFormat,
    Stage,
    Status,
    TradeFlow,
    Visit,
)
from turkru.serialize import dumps, dumps_jsonl, json_schema, loads, loads_jsonl, to_facts
from turkru.serialize.csv import to_csv
from turkru.serialize.dataframe import to_dataframe
from turkru.text.mentions import Mention, find_mentions

__version__ = "0.1.0"

__all__ = [
    "RECORD_TYPES",
    "RUSSIA",
    "TURKMENISTAN",
    "Agreement",
    "AnyRecord",
    "Article",
    "BodyKind",
    "Chronicle",
    "ChronicleEntry",
    "CodedEvent",
    "Commission",
    "CommissionSession",
    "DateSpan",
    "Direction",
    "DocType",
    "Event",
    "EventCoder",
    "Evidence",
    "Gazetteer",
    "GazetteerError",
    "InvalidDateError",
    "InvalidRecordError",
    "Level",
    "Lexicon",
    "LexiconError",
    "LifecycleStep",
    "Meeting",
    "MeetingMode",
    "Mention",
    "MonthDay",
    "Office",
    "ParseError",
    "PartialDate",
    "Party",
    "PartyKind",
    "Person",
    "Place",
    "Precision",
    "Quantity",
    "QueryError",
    "Record",
    "Reprint",
    "SerializationError",
    "SessionFormat",
    "Source",
    "Stage",
    "Status",
    "StoreError",
    "Term",
    "TradeFlow",
    "TurkruError",
    "Variant",
    "Visit",
    "__version__",
    "content_hash",
    "dumps",
    "dumps_jsonl",
    "find_mentions",
    "fold_name",
    "json_schema",
    "loads",
    "loads_jsonl",
    "parse_article",
    "plot_timeline",
    "to_csv",
    "to_dataframe",
    "to_facts",
]
