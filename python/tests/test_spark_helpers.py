"""demarche.spark without a JVM: the Arrow side of the Spark job."""

from __future__ import annotations

import datetime

import pyarrow as pa
import pytest

import demarche
from demarche.spark import EXTRACTION_SCHEMA, TABLES, extraction_batches

TEXT = "Lloyd Austin met Dong Jun in Singapore on Friday. China rejected a US request for talks."


def batch(**cols):
    return pa.RecordBatch.from_pydict(cols)


def test_rows_are_the_extractions_in_order():
    ex = demarche.Extractor()
    b = batch(
        id=[1, 2, None],
        published=[datetime.date(2024, 6, 1), None, datetime.date(2024, 6, 1)],
        text=[TEXT, None, TEXT],
    )
    (out,) = list(extraction_batches([b], ex))
    assert out.schema == EXTRACTION_SCHEMA
    rows = out.to_pylist()
    assert [r["article_id"] for r in rows] == ["1", "2", None]
    want = ex.extract(TEXT, "2024-06-01")
    assert {k: v for k, v in rows[0].items() if k != "article_id"} == want
    assert rows[1]["actors"] == [] and rows[1]["published"] is None  # null text reads as ""
    assert rows[2]["meetings"] == want["meetings"]
    # String dates, as from JSON Lines; two batches in, two out.
    strings = batch(id=["x"], published=["2024-06-01"], text=[TEXT])
    outs = list(extraction_batches([strings, strings], ex))
    assert [o.to_pylist()[0]["anchor"] for o in outs] == [want["anchor"]] * 2


def test_published_column_is_optional():
    (out,) = list(extraction_batches([batch(id=["a"], text=[TEXT])], demarche.Extractor()))
    assert out.to_pylist()[0]["published"] is None


def test_bad_date_names_the_article():
    b = batch(id=["ok", "bad-one"], published=["2024-06-01", "2024-02-30"], text=[TEXT, TEXT])
    with pytest.raises(demarche.DateError, match=r"article 'bad-one': item 1: bad date") as e:
        list(extraction_batches([b], demarche.Extractor()))
    assert e.value.text == "2024-02-30"


def test_missing_columns():
    with pytest.raises(KeyError, match="'id' and 'text'"):
        list(extraction_batches([batch(text=[TEXT])], demarche.Extractor()))


def test_schema_has_every_contract_field():
    ex = demarche.Extractor()
    doc = ex.extract(open(__import__("conftest").SAMPLE, encoding="utf-8").read(), "2024-03-08")
    assert EXTRACTION_SCHEMA.names == ["article_id"] + list(doc)
    assert TABLES == ("documents", "actors", "statements", "meetings", "refusals", "dates")
