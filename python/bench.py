#!/usr/bin/env python3
"""Throughput of the Python package against the Rust tool, on the same corpus, in one run.

    python python/bench.py [--corpus FILE] [--repeat 3] [--min-ratio 0.5]

Times `target/release/demarche --jsonl CORPUS > /dev/null` (all cores) and, in this process,
`Extractor().extract_many(...)` (all cores) and a loop of `extract` (one core), best of
`--repeat` runs each, interleaved so that load from other processes hits both alike. Also times
`json.loads` of the Rust tool's output: what converting through JSON would cost on top of the
extraction, against the direct conversion (pythonize) the package does. Exits 1 when
extract_many's rate is below `--min-ratio` times the tool's.
"""

from __future__ import annotations

import argparse
import json
import os
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

    def one_by_one():
        for text, published in items:
            ex.extract(text, published)

    t_rust = t_many = t_one = float("inf")
    for _ in range(a.repeat):
        t_rust = min(t_rust, best(rust, 1))
        t_many = min(t_many, best(many, 1))
        t_one = min(t_one, best(one_by_one, 1))
    out = subprocess.run([a.bin, "--jsonl", a.corpus], capture_output=True, check=True).stdout.splitlines()
    t_loads = best(lambda: [json.loads(line) for line in out], a.repeat)

    cores = os.cpu_count()
    print(f"corpus: {n} articles, {mib:.1f} MiB; {cores} cores; best of {a.repeat}")
    print(f"rust  demarche --jsonl (all cores):       {n / t_rust:8.0f} articles/s  ({t_rust:.3f} s)")
    print(f"python extract_many (all cores):          {n / t_many:8.0f} articles/s  ({t_many:.3f} s)")
    print(f"python extract, one by one (one core):    {n / t_one:8.0f} articles/s  ({t_one:.3f} s)")
    print(f"json.loads of the tool's output alone:    {n / t_loads:8.0f} articles/s  ({t_loads:.3f} s)")
    ratio = t_rust / t_many
    print(f"ratio python extract_many / rust --jsonl: {ratio:.2f}")
    if a.min_ratio is not None and ratio < a.min_ratio:
        print(f"bench: extract_many is below {a.min_ratio} of the Rust rate", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
