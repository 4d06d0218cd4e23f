"""The Spark example job (examples/spark_job.py) in local mode, checked against the Rust tool.

Skipped, with the reason, only where there is no Java: the job needs a JVM. pyspark, pandas and
pyarrow are test requirements (a missing one is an error, not a skip).
"""

from __future__ import annotations

import datetime
import json
import os
import shutil
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from conftest import CONTRACT_KEYS, PYTHON_DIR, run_rust

import pyarrow as pa  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402
import pyspark  # noqa: E402,F401  (a test requirement: fail, don't skip, without it)

JOB = PYTHON_DIR / "examples" / "spark_job.py"
TABLES = ["documents", "actors", "statements", "meetings", "refusals", "dates"]


def java() -> str | None:
    home = os.environ.get("JAVA_HOME")
    if home and (Path(home) / "bin" / "java").exists():
        return str(Path(home) / "bin" / "java")
    return shutil.which("java")


needs_java = pytest.mark.skipif(
    java() is None, reason="no Java (java on PATH or JAVA_HOME): Spark needs a JVM (Java 17)"
)


def published_for(i: int) -> str | None:
    return None if i % 3 == 0 else f"{2004 + i % 2}-{1 + i % 12:02d}-{1 + i % 28:02d}"


@pytest.fixture(scope="module")
def job_run(tmp_path_factory, corpus, rust_bin):
    """Runs the job once over 318 corpus articles (every 7th): 200 from JSON Lines with string
    dates, 118 from Parquet with DATE-typed dates, on 2 local cores in 3 partitions. Returns the
    output folder, the Rust tool's output for the same articles and the job's stats."""
    tmp = tmp_path_factory.mktemp("spark")
    subset = [dict(r, published=published_for(i)) for i, r in enumerate(corpus[::7])]
    a, b = subset[:200], subset[200:]
    with open(tmp / "a.jsonl", "w", encoding="utf-8") as f:
        for r in a:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    pq.write_table(
        pa.table(
            {
                "id": [r["id"] for r in b],
                "published": [
                    None if r["published"] is None else datetime.date.fromisoformat(r["published"]) for r in b
                ],
                "text": [r["text"] for r in b],
            }
        ),
        tmp / "b.parquet",
    )
    with open(tmp / "all.jsonl", "w", encoding="utf-8") as f:
        for r in subset:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    want = run_rust(rust_bin, tmp / "all.jsonl")
    out = tmp / "out"
    stats = tmp / "stats.json"
    proc = subprocess.run(
        [
            sys.executable, str(JOB), "--master", "local[2]", "--partitions", "3",
            "--stats", str(stats), str(tmp / "a.jsonl"), str(tmp / "b.parquet"), str(out),
        ],
        capture_output=True,
        text=True,
        timeout=900,
        env=dict(os.environ, PYSPARK_PYTHON=sys.executable, PYSPARK_DRIVER_PYTHON=sys.executable),
        cwd=tmp,
    )
    if proc.returncode != 0:
        pytest.fail(f"the Spark job failed ({proc.returncode}):\n{proc.stderr[-5000:]}")
    return out, want, json.loads(stats.read_text())


def read(out: Path, table: str) -> list[dict]:
    return pq.read_table(out / table).to_pylist()


@needs_java
def test_tables_have_the_contract_fields(job_run):
    out, want, _ = job_run
    docs = read(out, "documents")
    assert docs and list(docs[0]) == ["article_id", "published", "anchor"]
    example = {k: next((d[k][0] for d in want if d[k]), None) for k in CONTRACT_KEYS[2:]}
    for table in TABLES[1:]:
        cols = pq.read_schema(next((out / table).glob("*.parquet"))).names
        assert cols[:2] == ["article_id", "index"], table
        assert example[table] is not None, f"no {table} to compare"
        assert cols[2:] == list(example[table]), table


@needs_java
def test_tables_match_the_rust_tool(job_run):
    out, want, stats = job_run
    got: dict[str, dict] = {}
    for d in read(out, "documents"):
        article_id = d.pop("article_id")
        got[article_id] = {**d, **{t: [] for t in TABLES[1:]}}
    for table in TABLES[1:]:
        rows = defaultdict(list)
        for r in read(out, table):
            rows[r.pop("article_id")].append((r.pop("index"), r))
        for article_id, records in rows.items():
            got[article_id][table] = [r for _, r in sorted(records, key=lambda x: x[0])]
    assert len(got) == len(want) == 318
    bad = []
    for w in want:
        w = dict(w)
        article_id = w.pop("id")
        if got.get(article_id) != w:
            bad.append(article_id)
    assert not bad, f"{len(bad)} articles differ from the Rust tool: {bad[:10]}"
    assert stats["articles"] == 318
    for table in TABLES[1:]:
        assert stats[table] == sum(len(w[table]) for w in want)
    assert stats["meetings"] > 0 and stats["refusals"] > 0
