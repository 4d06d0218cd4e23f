#!/usr/bin/env python3
"""Throughput of the Python package against the Rust tool, on the same corpus, in one run.

    python python/bench.py [--corpus FILE] [--repeat 3] [--min-ratio 0.5]

Times `target/release/demarche --jsonl CORPUS > /dev/null` (all cores) and, in this process,
`Extractor().extract_many(...)` (all cores) and a loop of `extract` (one core), best of
`--repeat` runs each, interleaved so that load from other processes hits both alike. Also times
a loop of `json.loads(ex._extract_json(...))` (converting through serde_json and JSON text)
against `extract`'s direct conversion (pythonize), and `json.loads` of the tool's output alone.
Exits 1 when extract_many's rate is below `--min-ratio` times the tool's.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import demarche

REPO = Path(__file__).resolve().parents[1]


def best(f, repeat):
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        f()
        times.append(time.perf_counter() - t)
    return min(times)


def cpu_now():
    """CPU seconds of this process (all threads) and of its finished children."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime, kids.ru_utime + kids.ru_stime


def timed(f, cpu_of_children=False):
    """Wall seconds, and CPU seconds of this process or of the child it ran."""
    c0 = cpu_now()
    t = time.perf_counter()
    f()
    wall = time.perf_counter() - t
    c1 = cpu_now()
    return wall, (c1[1] - c0[1]) if cpu_of_children else (c1[0] - c0[0])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=str(REPO.parent / "shared/corpus/bbc-news-2004-2005.jsonl"))
    ap.add_argument("--bin", default=str(REPO / "target/release/demarche"))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--min-ratio", type=float, default=None)
    a = ap.parse_args()

    with open(a.corpus, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    items = [(r["text"], r["published"]) for r in rows]
    n, mib = len(rows), os.path.getsize(a.corpus) / 2**20
    ex = demarche.Extractor()
    ex.extract_many(items[:50])  # warm up

    def rust():
        with open(os.devnull, "wb") as null:
            subprocess.run([a.bin, "--jsonl", a.corpus], stdout=null, check=True)

    def many():
        ex.extract_many(items)

    # Each keeps its results, as extract_many does: building and holding 2,225 results costs
    # memory and garbage-collector time that a loop dropping them would not pay.
    def one_by_one():
        return [ex.extract(text, published) for text, published in items]

    def one_by_one_json():
        return [json.loads(ex._extract_json(text, published)) for text, published in items]

    load = os.getloadavg()[0]
    inf = (float("inf"), float("inf"))
    r_rust, r_many, r_one, r_json = inf, inf, inf, inf
    for _ in range(a.repeat):
        r_rust = min(r_rust, timed(rust, cpu_of_children=True))
        r_many = min(r_many, timed(many))
        r_one = min(r_one, timed(one_by_one))
        r_json = min(r_json, timed(one_by_one_json))
    (t_rust, c_rust), (t_many, c_many), (t_one, c_one), (t_json, c_json) = r_rust, r_many, r_one, r_json
    out = subprocess.run([a.bin, "--jsonl", a.corpus], capture_output=True, check=True).stdout.splitlines()
    t_loads = best(lambda: [json.loads(line) for line in out], a.repeat)

    cores = os.cpu_count()
    print(f"corpus: {n} articles, {mib:.1f} MiB; {cores} cores; best of {a.repeat}; load average {load:.2f} before")
    print(f"rust  demarche --jsonl (all cores):       {n / t_rust:8.0f} articles/s  ({t_rust:.3f} s wall, {c_rust:.3f} s CPU)")
    print(f"python extract_many (all cores):          {n / t_many:8.0f} articles/s  ({t_many:.3f} s wall, {c_many:.3f} s CPU)")
    print(f"python extract, one by one (one core):    {n / t_one:8.0f} articles/s  ({t_one:.3f} s wall, {c_one:.3f} s CPU)")
    print(f"python via serde_json + json.loads (one): {n / t_json:8.0f} articles/s  ({t_json:.3f} s wall, {c_json:.3f} s CPU)")
    print(f"json.loads of the tool's output alone:    {n / t_loads:8.0f} articles/s  ({t_loads:.3f} s)")
    ratio = t_rust / t_many
    print(f"ratio python extract_many / rust --jsonl: {ratio:.2f} by wall time, {c_rust / c_many:.2f} by CPU time")
    if a.min_ratio is not None and ratio < a.min_ratio:
        print(f"bench: extract_many is below {a.min_ratio} of the Rust rate", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
