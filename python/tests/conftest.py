"""Shared fixtures: where the repository, the corpus and the Rust reference binary are."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

PYTHON_DIR = Path(__file__).resolve().parents[1]
REPO = PYTHON_DIR.parent
CORPUS = Path(
    os.environ.get(
        "DEMARCHE_CORPUS", REPO.parent / "shared" / "corpus" / "bbc-news-2004-2005.jsonl"
    )
)
SAMPLE = REPO / "examples" / "sample-article.txt"
# Keys of the JSON contract (../shared/eval/README.md) that every extraction has.
CONTRACT_KEYS = ["published", "anchor", "actors", "statements", "meetings", "refusals", "dates"]


@pytest.fixture(scope="session")
def corpus_path() -> Path:
    if not CORPUS.is_file():
        pytest.skip(f"the corpus {CORPUS} is not there (../shared beside the repository)")
    return CORPUS


@pytest.fixture(scope="session")
def corpus(corpus_path) -> list[dict]:
    with open(corpus_path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@pytest.fixture(scope="session")
def rust_bin() -> Path:
    """The root crate's `demarche` binary, built (or found fresh) with cargo. DEMARCHE_BIN
    overrides it."""
    if "DEMARCHE_BIN" in os.environ:
        return Path(os.environ["DEMARCHE_BIN"])
    cargo = shutil.which("cargo")
    binary = REPO / "target" / "release" / "demarche"
    if cargo is None:
        if binary.is_file():
            return binary
        pytest.fail("no cargo to build the reference binary target/release/demarche")
    env = dict(os.environ, CARGO_BUILD_JOBS=os.environ.get("CARGO_BUILD_JOBS", "1"))
    # A no-op when it is up to date; never compare with a stale binary.
    subprocess.run(
        [cargo, "build", "--release", "--bin", "demarche", "--quiet"], cwd=REPO, env=env, check=True
    )
    return binary


def run_rust(rust_bin: Path, feed: Path, *args: str) -> list[dict]:
    """The Rust tool's output for a JSON Lines feed, without the tool's own `file` and `line`
    keys. Records keep their `id`."""
    out = subprocess.run(
        [str(rust_bin), "--jsonl", *args, str(feed)], capture_output=True, check=True
    ).stdout.decode("utf-8")
    docs = []
    for line in out.splitlines():
        doc = json.loads(line)
        doc.pop("file")
        doc.pop("line")
        docs.append(doc)
    return docs


@pytest.fixture(scope="session")
def rust_output(rust_bin, corpus_path) -> list[dict]:
    return run_rust(rust_bin, corpus_path)


def dated_feed(corpus: list[dict], path: Path) -> Path:
    """The corpus with a publication date on two articles of every three (spread over
    2004-2005, a few as datetime-like strings the tool also takes), so relative dates resolve."""
    with open(path, "w", encoding="utf-8") as f:
        for i, r in enumerate(corpus):
            r = dict(r)
            if i % 3:
                r["published"] = f"{2004 + i % 2}-{1 + i % 12:02d}-{1 + i % 28:02d}"
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return path
