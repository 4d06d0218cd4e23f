#!/usr/bin/env python3
"""demarche on Apache Spark: articles in, six Parquet tables out.

    spark-submit [--py-files demarche-VERSION-cp39-abi3-PLATFORM.whl] spark_job.py \\
        INPUT... OUTPUT [--format auto|jsonl|parquet] [--gazetteer FILE]... [--phoenix FILE]...

Each INPUT is JSON Lines or Parquet (a file, a folder or a glob; with ``--format auto``, the
default, Parquet when the name ends in ``.parquet``) with columns ``id``, ``published``
(``YYYY-MM-DD`` string or date; null or absent for none) and ``text``; several inputs are read
as one. OUTPUT is a folder; the
job writes OUTPUT/documents, OUTPUT/actors, OUTPUT/statements, OUTPUT/meetings,
OUTPUT/refusals and OUTPUT/dates as Parquet, keyed by ``article_id`` (see ``demarche.spark``).

Each Python worker process builds one extractor (on its first batch) and extracts its
partitions' Arrow batches with ``mapInArrow``, one thread per task: Spark runs one task per
core. The demarche package must be importable on the driver and the executors: install it
there, or pass the wheel with ``--py-files`` (this script then unpacks the wheel's native module
to a local folder, since Python cannot load one from inside a zip). Gazetteer and Phoenix files
must exist at the given path on every node, or be shipped with ``--files`` (found by name).

Without spark-submit, ``python spark_job.py --master 'local[*]' INPUT OUTPUT`` runs it in
local mode. At the end it prints the counts and the rate in articles per second per core.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time


def ensure_demarche() -> None:
    """Makes ``import demarche`` work: as installed, or from a wheel on ``sys.path`` (spark-submit
    ``--py-files``) or among the job's files, unpacked to a per-wheel folder in the temp dir."""
    try:
        import demarche._demarche  # noqa: F401

        return
    except ImportError:
        pass
    import glob
    import tempfile
    import zipfile

    candidates = [p for p in sys.path if os.path.basename(p).startswith("demarche-") and p.endswith(".whl")]
    try:
        from pyspark import SparkFiles

        candidates += sorted(glob.glob(os.path.join(SparkFiles.getRootDirectory(), "demarche-*.whl")))
    except Exception:  # no SparkContext here: nothing shipped
        pass
    if not candidates:
        raise ImportError(
            "demarche is not installed here and no demarche wheel was shipped "
            "(pip install it on every node, or spark-submit --py-files demarche-*.whl)"
        )
    wheel = candidates[0]
    import hashlib

    with open(wheel, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()[:16]
    # One folder per wheel content, shared by the node's workers and kept between jobs.
    target = os.path.join(tempfile.gettempdir(), f"demarche-wheel-{digest}")
    if not os.path.isdir(os.path.join(target, "demarche")):
        tmp = f"{target}.{os.getpid()}"
        with zipfile.ZipFile(wheel) as z:
            z.extractall(tmp)
        try:
            os.rename(tmp, target)
        except OSError:  # another worker unpacked it first
            import shutil

            shutil.rmtree(tmp, ignore_errors=True)
    # Drop a half-imported package (from the zip) and put the unpacked one first.
    for name in [m for m in sys.modules if m == "demarche" or m.startswith("demarche.")]:
        del sys.modules[name]
    sys.path.insert(0, target)
    import demarche._demarche  # noqa: F401,F811


def worker_file(path: str) -> str:
    """A data file on a worker: the path as given if it exists, else the file of that name
    shipped with ``--files``."""
    if os.path.exists(path):
        return path
    from pyspark import SparkFiles

    return SparkFiles.get(os.path.basename(path))


def make_extract(gazetteer: list, phoenix: list, threads: int):
    """The mapInArrow function. Defined here (pickled by value with the job), it imports
    demarche only on the worker, after ``ensure_demarche``."""

    def extract(batches):
        ensure_demarche()
        import demarche
        from demarche.spark import extraction_batches

        # One extractor per Python worker process (Spark reuses workers between tasks).
        key = (tuple(gazetteer), tuple(phoenix))
        cache = demarche.__dict__.setdefault("_spark_extractors", {})
        if key not in cache:
            if gazetteer or phoenix:
                cache[key] = demarche.Extractor.from_files(
                    gazetteer=[worker_file(p) for p in gazetteer],
                    phoenix=[worker_file(p) for p in phoenix],
                )
            else:
                cache[key] = demarche.Extractor()
        yield from extraction_batches(batches, cache[key], threads=threads)

    return extract


def read_input(spark, path: str, fmt: str):
    from pyspark.sql import functions as F

    if fmt == "auto":
        fmt = "parquet" if path.rstrip("/").endswith(".parquet") else "jsonl"
    if fmt == "parquet":
        df = spark.read.parquet(path)
    else:
        # All three as strings: ids of any JSON type, dates as written.
        df = spark.read.schema("id STRING, published STRING, text STRING").json(path)
    published = F.col("published").cast("string") if "published" in df.columns else F.lit(None).cast("string")
    return df.select(
        F.col("id").cast("string").alias("id"),
        published.alias("published"),
        F.col("text").cast("string").alias("text"),
    )


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="+", metavar="INPUT... OUTPUT")
    ap.add_argument("--format", choices=["auto", "jsonl", "parquet"], default="auto")
    ap.add_argument("--gazetteer", action="append", default=[], help="a gazetteer file (repeatable)")
    ap.add_argument("--phoenix", action="append", default=[], help="a Phoenix .actors file (repeatable)")
    ap.add_argument("--partitions", type=int, default=0, help="repartition the input to N partitions")
    ap.add_argument("--threads", type=int, default=1, help="extraction threads per task (default 1)")
    ap.add_argument("--master", default=None, help="Spark master when not run by spark-submit, e.g. 'local[2]'")
    ap.add_argument("--mode", default="overwrite", help="Parquet save mode (default overwrite)")
    ap.add_argument("--stats", default=None, help="also write the counts and timing as JSON to this file")
    a = ap.parse_args(argv)
    if len(a.paths) < 2:
        ap.error("give at least one INPUT and the OUTPUT folder")
    inputs, output = a.paths[:-1], a.paths[-1]

    from pyspark import StorageLevel
    from pyspark.sql import SparkSession

    if a.master and a.master.startswith("local"):
        # Local mode: the workers run this same Python (the one with pyarrow and demarche), not
        # whatever `python3` is first on PATH.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName("demarche")
    if a.master:
        builder = (
            builder.master(a.master)
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.ui.enabled", "false")
        )
    spark = builder.getOrCreate()
    ensure_demarche()
    from demarche.spark import spark_schema, tables  # noqa: E402 (after ensure_demarche)

    start = time.perf_counter()
    df = read_input(spark, inputs[0], a.format)
    for path in inputs[1:]:
        df = df.unionByName(read_input(spark, path, a.format))
    if a.partitions:
        df = df.repartition(a.partitions)
    extractions = df.mapInArrow(make_extract(a.gazetteer, a.phoenix, a.threads), spark_schema())
    # Extract once, write six tables from it.
    extractions = extractions.persist(StorageLevel.MEMORY_AND_DISK)
    articles = extractions.count()
    extracted = time.perf_counter()
    for name, table in tables(extractions).items():
        table.write.mode(a.mode).parquet(os.path.join(output, name))
    from pyspark.sql import functions as F
    from demarche.spark import RECORD_TABLES

    sums = extractions.select([F.sum(F.size(t)).alias(t) for t in RECORD_TABLES]).first()
    counts = {"articles": articles, **{t: int(sums[t] or 0) for t in RECORD_TABLES}}
    extractions.unpersist()
    done = time.perf_counter()
    cores = spark.sparkContext.defaultParallelism
    stats = {
        **counts,
        "cores": cores,
        "extract_seconds": round(extracted - start, 3),
        "total_seconds": round(done - start, 3),
        "articles_per_second_per_core": round(articles / max(extracted - start, 1e-9) / cores, 1),
    }
    print("demarche spark job: " + json.dumps(stats))
    if a.stats:
        with open(a.stats, "w") as f:
            json.dump(stats, f)
    spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
