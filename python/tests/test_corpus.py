"""Same results as the Rust tool (`target/release/demarche --jsonl`) on the whole corpus."""

from __future__ import annotations

import demarche
from conftest import CONTRACT_KEYS, dated_feed, run_rust


def compare(want: list[dict], got: list[dict]) -> None:
    assert len(got) == len(want)
    bad = []
    for i, (w, g) in enumerate(zip(want, got)):
        w = dict(w)
        w.pop("id", None)
        # Same keys in the same order as the contract, same values.
        if list(g) != list(w) or g != w:
            bad.append(i)
    assert not bad, f"{len(bad)} articles differ from the Rust tool, first {bad[:10]}"


def test_extract_many_matches_rust_on_the_corpus(corpus, rust_output):
    ex = demarche.Extractor()
    got = ex.extract_many([(r["text"], r["published"]) for r in corpus])
    compare(rust_output, got)
    assert [w["id"] for w in rust_output] == [r["id"] for r in corpus]
    assert list(got[0]) == CONTRACT_KEYS
    # The corpus gives something to compare: not all empty.
    assert sum(len(d["actors"]) for d in got) > 10000
    assert sum(len(d["statements"]) for d in got) > 1000
    assert sum(len(d["meetings"]) for d in got) > 100


def test_extract_matches_rust_on_the_corpus(corpus, rust_output):
    ex = demarche.Extractor()
    compare(rust_output, [ex.extract(r["text"], r["published"]) for r in corpus])


def test_with_publication_dates(corpus, rust_bin, tmp_path):
    feed = dated_feed(corpus, tmp_path / "dated.jsonl")
    want = run_rust(rust_bin, feed)
    rows = [__import__("json").loads(line) for line in open(feed, encoding="utf-8")]
    ex = demarche.Extractor()
    got = ex.extract_many([{"text": r["text"], "published": r["published"]} for r in rows], threads=2)
    compare(want, got)
    assert sum(1 for d in got if d["anchor"] and d["anchor"]["source"] == "published") > 1000
