"""Spark support: extractions as Arrow batches, and the six flat tables.

The example job ``python/examples/spark_job.py`` uses these; so can your own. The flow:

1. ``df.mapInArrow(fn, spark_schema())`` where ``fn`` calls :func:`extraction_batches` with one
   :class:`~demarche.Extractor` per Python worker process: one nested row per article
   (``article_id`` plus the contract's ``published``, ``anchor``, ``actors``, ...).
2. :func:`tables` explodes those rows into ``documents``, ``actors``, ``statements``,
   ``meetings``, ``refusals`` and ``dates``: one row per record, keyed by ``article_id`` and the
   record's ``index`` in its article's list (``refusals.meeting`` is a ``meetings.index``), with
   the contract's fields as columns (nested records such as ``date``, ``span`` or ``mentions``
   stay structs and arrays).

Needs pyarrow (and pyspark for :func:`spark_schema` and :func:`tables`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Iterable, Iterator, Optional

import pyarrow as pa

if TYPE_CHECKING:  # pragma: no cover
    from pyspark.sql import DataFrame
    from pyspark.sql.types import StructType

    from . import Extractor

__all__ = [
    "TABLES",
    "RECORD_TABLES",
    "EXTRACTION_SCHEMA",
    "extraction_batches",
    "spark_schema",
    "tables",
]

# The record tables: each is the exploded list of the same name in an extraction.
RECORD_TABLES = ("actors", "statements", "meetings", "refusals", "dates")
TABLES = ("documents",) + RECORD_TABLES

_STR = pa.string()
_INT = pa.int64()
SPAN = pa.struct([("start", _INT), ("end", _INT)])
EXCERPT = pa.struct([("start", _INT), ("end", _INT), ("text", _STR)])
DAY_RANGE = pa.struct([("first", _STR), ("last", _STR)])
DATE = pa.struct(
    [
        ("text", _STR),
        ("span", SPAN),
        ("kind", _STR),
        ("value", _STR),
        ("mod", _STR),
        ("range", DAY_RANGE),
    ]
)
ANCHOR = pa.struct([("day", _STR), ("source", _STR)])
ACTOR = pa.struct(
    [
        ("id", _STR),
        ("name", _STR),
        ("kind", _STR),
        ("country", _STR),
        ("anonymous", pa.bool_()),
        ("title", _STR),
        ("mentions", pa.list_(EXCERPT)),
    ]
)
STATEMENT = pa.struct(
    [
        ("speaker", _STR),
        ("kind", _STR),
        ("text", _STR),
        ("span", SPAN),
        ("cue", EXCERPT),
        ("date", DATE),
    ]
)
MEETING = pa.struct(
    [
        ("participants", pa.list_(_STR)),
        ("status", _STR),
        ("format", _STR),
        ("date", DATE),
        ("location", _STR),
        ("location_span", SPAN),
        ("evidence", pa.list_(EXCERPT)),
        ("cameo", _STR),
        ("plover", _STR),
        ("plover_mode", _STR),
    ]
)
REFUSAL = pa.struct(
    [
        ("refuser", _STR),
        ("requester", _STR),
        ("object", _STR),
        ("meeting", _INT),
        ("date", DATE),
        ("evidence", pa.list_(EXCERPT)),
        ("cameo", _STR),
        ("plover", _STR),
    ]
)
#: One row per article: its id, then the JSON contract's fields.
EXTRACTION_SCHEMA = pa.schema(
    [
        ("article_id", _STR),
        ("published", _STR),
        ("anchor", ANCHOR),
        ("actors", pa.list_(ACTOR)),
        ("statements", pa.list_(STATEMENT)),
        ("meetings", pa.list_(MEETING)),
        ("refusals", pa.list_(REFUSAL)),
        ("dates", pa.list_(DATE)),
    ]
)


def _column(batch: pa.RecordBatch, name: str) -> Optional[list]:
    i = batch.schema.get_field_index(name)
    return None if i < 0 else batch.column(i).to_pylist()


def _day(value: Any) -> Any:
    # A Spark DATE column arrives as datetime.date, a string column as str: both are accepted.
    return value if value is None or isinstance(value, str) or hasattr(value, "year") else str(value)


def extraction_batches(
    batches: Iterable[pa.RecordBatch],
    extractor: "Extractor",
    threads: Optional[int] = 1,
) -> Iterator[pa.RecordBatch]:
    """Extracts from Arrow batches with columns ``id``, ``text`` and optionally ``published``
    (``"YYYY-MM-DD"`` strings or dates; null for none) and yields batches of
    :data:`EXTRACTION_SCHEMA`, one row per input row, in order.

    ``id`` becomes ``article_id`` (as a string). A null ``text`` is read as empty. ``threads``
    is per call: 1 suits Spark, which runs one task per core. A bad date raises
    :class:`~demarche.DateError` naming the article id.
    """
    from ._errors import DateError

    for batch in batches:
        ids = _column(batch, "id")
        texts = _column(batch, "text")
        if ids is None or texts is None:
            raise KeyError("the input needs columns 'id' and 'text' (and optionally 'published')")
        published = _column(batch, "published") or [None] * len(texts)
        items = [(t or "", _day(p)) for t, p in zip(texts, published)]
        try:
            docs = extractor.extract_many(items, threads=threads)
        except DateError as e:
            i = _item_index(str(e))
            which = f"article {ids[i]!r}: " if i is not None and i < len(ids) else ""
            raise DateError(f"{which}{e}", e.text) from e
        rows = []
        for article_id, doc in zip(ids, docs):
            row: Dict[str, Any] = {"article_id": None if article_id is None else str(article_id)}
            row.update(doc)
            rows.append(row)
        yield pa.RecordBatch.from_pylist(rows, schema=EXTRACTION_SCHEMA)


def _item_index(message: str) -> Optional[int]:
    if message.startswith("item "):
        head = message[5:].split(":", 1)[0]
        if head.isdigit():
            return int(head)
    return None


def spark_schema() -> "StructType":
    """:data:`EXTRACTION_SCHEMA` as a Spark schema, for ``mapInArrow``."""
    from pyspark.sql.pandas.types import from_arrow_schema

    return from_arrow_schema(EXTRACTION_SCHEMA)


def tables(extractions: "DataFrame") -> Dict[str, "DataFrame"]:
    """The six tables from a DataFrame of :data:`EXTRACTION_SCHEMA` rows.

    ``documents``: ``article_id``, ``published``, ``anchor``. Each record table: ``article_id``,
    ``index`` (the record's position in its article), then the record's contract fields.
    """
    from pyspark.sql import functions as F

    out = {"documents": extractions.select("article_id", "published", "anchor")}
    for name in RECORD_TABLES:
        out[name] = extractions.select(
            "article_id", F.posexplode(name).alias("index", "record")
        ).select("article_id", "index", "record.*")
    return out
