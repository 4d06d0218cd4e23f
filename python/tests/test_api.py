"""The Python API: construction, inputs, outputs, errors, pickling."""

from __future__ import annotations

import datetime
import json
import pickle
import subprocess
import sys
import threading

import pytest

import demarche
from conftest import CONTRACT_KEYS, REPO, SAMPLE, run_rust

TEXT = 'US Defense Secretary Lloyd Austin met his Chinese counterpart Dong Jun in Singapore on Friday. "We need to talk," Austin said.'


@pytest.fixture(scope="module")
def ex() -> demarche.Extractor:
    return demarche.Extractor()


def test_readme_one_liner_prints_the_sample_meetings():
    # The README's check, run as a person would, from the repository root.
    code = "import demarche; print(demarche.Extractor().extract(open('examples/sample-article.txt').read())['meetings'])"
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout
    assert "'participants': ['antony-blinken', 'wang-yi']" in out
    assert "'status': 'held'" in out


def test_extract_has_the_contract_shape(ex):
    doc = ex.extract(TEXT, published="2024-06-01")
    assert list(doc) == CONTRACT_KEYS
    assert doc["published"] == "2024-06-01"
    assert doc["anchor"] == {"day": "2024-06-01", "source": "published"}
    austin = next(a for a in doc["actors"] if a["id"] == "lloyd-austin")
    assert austin["kind"] == "person" and austin["country"] == "USA"
    assert austin["anonymous"] is False
    assert len(austin["mentions"]) == 2
    m = doc["meetings"][0]
    assert m["participants"] == ["lloyd-austin", "dong-jun"]
    assert m["status"] == "held" and m["location"] == "Singapore"
    assert m["date"]["value"] == "2024-05-31"
    s = doc["statements"][0]
    assert (s["speaker"], s["kind"], s["text"]) == ("lloyd-austin", "direct", "We need to talk,")
    # Spans are byte offsets into the UTF-8 text.
    d = doc["dates"][0]
    assert TEXT.encode()[d["span"]["start"] : d["span"]["end"]].decode() == d["text"]


def test_spans_are_utf8_byte_offsets(ex):
    text = "Zürich – Ministerin Ana Pérez met Wang Yi on Friday."
    doc = ex.extract(text, published="2024-06-01")
    raw = text.encode()
    for a in doc["actors"]:
        for m in a["mentions"]:
            assert raw[m["start"] : m["end"]].decode() == m["text"]


def test_published_accepts_dates_datetimes_and_strings(ex):
    want = ex.extract(TEXT, published="2024-06-01")
    assert ex.extract(TEXT, published=datetime.date(2024, 6, 1)) == want
    assert ex.extract(TEXT, published=datetime.datetime(2024, 6, 1, 23, 59)) == want
    assert ex.extract(TEXT, published=None)["published"] is None
    assert ex.extract(TEXT)["anchor"] is None


@pytest.mark.parametrize("bad", ["2023-02-30", "June 3", "", "2023-6-3x"])
def test_bad_dates_raise_date_error(ex, bad):
    with pytest.raises(demarche.DateError) as e:
        ex.extract(TEXT, published=bad)
    assert isinstance(e.value, ValueError) and isinstance(e.value, demarche.DemarcheError)
    assert e.value.text == bad
    assert repr(bad).strip("'") in str(e.value)


def test_published_of_another_type_is_a_type_error(ex):
    with pytest.raises(TypeError, match="published"):
        ex.extract(TEXT, published=20240601)
    with pytest.raises(TypeError):
        ex.extract(b"bytes are not text")


def test_extract_many_takes_texts_pairs_and_mappings(ex):
    items = [
        TEXT,
        (TEXT, "2024-06-01"),
        (TEXT, None),
        {"text": TEXT, "published": datetime.date(2024, 6, 1), "id": 7},
        {"text": TEXT},
    ]
    got = ex.extract_many(items)
    assert got == [
        ex.extract(TEXT),
        ex.extract(TEXT, "2024-06-01"),
        ex.extract(TEXT),
        ex.extract(TEXT, "2024-06-01"),
        ex.extract(TEXT),
    ]
    # The default date applies to items without their own.
    dflt = ex.extract_many(items, published="2023-01-02")
    assert [d["published"] for d in dflt] == [
        "2023-01-02", "2024-06-01", "2023-01-02", "2024-06-01", "2023-01-02"
    ]
    assert ex.extract_many([]) == []
    assert ex.extract_many(iter([TEXT]), threads=1) == [ex.extract(TEXT)]


def test_extract_many_same_output_on_every_thread_count(ex):
    texts = [f"Article {i}: China met Japan on Friday. \"We talked,\" Lloyd Austin said." for i in range(300)]
    want = [ex.extract(t, "2024-01-05") for t in texts]
    for threads in (None, 0, 1, 2, 3, 8, 10**9):
        assert ex.extract_many(texts, threads=threads, published="2024-01-05") == want


def test_extract_many_errors_name_the_item(ex):
    with pytest.raises(demarche.DateError, match=r"^item 2: bad date") as e:
        ex.extract_many([TEXT, TEXT, (TEXT, "2023-13-01")])
    assert e.value.text == "2023-13-01"
    with pytest.raises(TypeError, match=r"item 1: expected a str"):
        ex.extract_many([TEXT, 42])
    with pytest.raises(TypeError, match=r"\"text\""):
        ex.extract_many([{"published": "2024-01-01"}])
    with pytest.raises(TypeError):
        ex.extract_many(42)


def test_extract_many_releases_the_gil(ex):
    # Another Python thread makes progress while a long batch runs. The batch is long enough
    # (well over a tenth of a second even on a fast idle machine) that a thread which could not
    # run during it would tick once or twice at most.
    texts = [TEXT * 20] * 5000
    ticks = []
    done = threading.Event()

    def tick():
        while not done.is_set():
            ticks.append(1)
            done.wait(0.001)

    t = threading.Thread(target=tick)
    t.start()
    try:
        ex.extract_many(texts, threads=1)
    finally:
        done.set()
        t.join()
    assert len(ticks) > 5


def write(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_gazetteer_error_has_file_and_line(tmp_path):
    bad = write(tmp_path, "bad.tsv", "# comment\ncountry\tNowhere\n")
    with pytest.raises(demarche.GazetteerError) as e:
        demarche.Extractor.from_files(gazetteer=[bad])
    err = e.value
    assert isinstance(err, ValueError) and not isinstance(err, OSError)
    assert (err.file, err.line) == (str(bad), 2)
    assert err.problem == "a country needs code=ISO 3166-1 alpha-3"
    assert str(err) == f"{bad}:2: a country needs code=ISO 3166-1 alpha-3"
    # Attributes survive pickling (Spark and multiprocessing send exceptions between processes).
    back = pickle.loads(pickle.dumps(err))
    assert (type(back), back.file, back.line, str(back)) == (type(err), err.file, err.line, str(err))


def test_unknown_kind_and_bad_phoenix(tmp_path):
    with pytest.raises(demarche.GazetteerError, match=r"unknown kind") as e:
        demarche.Extractor.from_files(gazetteer=write(tmp_path, "k.tsv", "persn\tAda Example\n"))
    assert e.value.line == 1


def test_unreadable_gazetteer_is_a_gazetteer_file_error(tmp_path):
    missing = tmp_path / "missing.tsv"
    with pytest.raises(demarche.GazetteerFileError) as e:
        demarche.Extractor.from_files(gazetteer=[missing])
    err = e.value
    assert isinstance(err, demarche.GazetteerError) and isinstance(err, OSError)
    assert err.errno == 2 and err.filename == str(missing) and err.file == str(missing)
    assert err.line is None
    with pytest.raises(demarche.GazetteerFileError):
        demarche.Extractor.from_files(phoenix=[tmp_path])  # a directory


def test_from_files_argument_types(tmp_path):
    g = write(tmp_path, "g.tsv", "org\tFreedonian Navy\tcountry=USA\n")
    for arg in (g, str(g), [g], (str(g),)):
        ex = demarche.Extractor.from_files(gazetteer=arg)
        assert any(a["id"] == "freedonian-navy" for a in ex.extract("The Freedonian Navy sailed.")["actors"])
    with pytest.raises(TypeError, match="gazetteer"):
        demarche.Extractor.from_files(gazetteer=42)
    with pytest.raises(TypeError, match="phoenix"):
        demarche.Extractor.from_files(phoenix=[1])
    own = write(tmp_path, "own.tsv", "country\tFreedonia\tcode=FRE\norg\tFreedonian Navy\tcountry=FRE\n")
    only = demarche.Extractor.from_files(gazetteer=own, default_gazetteer=False)
    assert [a["id"] for a in only.extract("China and the Freedonian Navy.")["actors"]] == ["freedonian-navy"]


GAZETTEER = "country\tUnited Kingdom\tcode=GBR\ncountry\tUnited States\tcode=USA\ncountry\tAfghanistan\tcode=AFG\nperson\tAda Example\tcountry=GBR\tshort=Example\norg\tFreedonian Navy\tcountry=USA\n"
PHOENIX = "HAMID_KARZAI_\n+PRESIDENT_KARZAI_\n\t[AFGGOV >011222]\nAFGHANISTAN_ [AFG]\n"


def test_from_files_matches_the_rust_tool(tmp_path, rust_bin):
    g = write(tmp_path, "mine.tsv", GAZETTEER)
    p = write(tmp_path, "karzai.actors", PHOENIX)
    texts = [
        "Ada Example met President Karzai in Kabul on Tuesday. Example said the talks went well.",
        "The Freedonian Navy sailed. \"We are ready,\" Karzai said.",
        "China declined a request by Ada Example for a meeting.",
    ]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"id": i, "published": "2024-04-18", "text": t}) + "\n" for i, t in enumerate(texts)))
    for default in (True, False):
        args = ["--gazetteer", str(g), "--phoenix", str(p)] + ([] if default else ["--no-default-gazetteer"])
        want = run_rust(rust_bin, feed, *args)
        ex = demarche.Extractor.from_files(gazetteer=[g], phoenix=[p], default_gazetteer=default)
        got = ex.extract_many([(t, "2024-04-18") for t in texts])
        for w, d in zip(want, got):
            w.pop("id")
            assert d == w
        assert any(a["id"] == "phx-hamid-karzai" for a in got[0]["actors"])


def test_pickle_rebuilds_from_the_same_files(tmp_path):
    g = write(tmp_path, "g.tsv", GAZETTEER)
    ex = demarche.Extractor.from_files(gazetteer=[g], default_gazetteer=False)
    back = pickle.loads(pickle.dumps(ex))
    assert repr(back) == repr(ex)
    assert back.extract("Ada Example spoke.") == ex.extract("Ada Example spoke.")
    assert repr(pickle.loads(pickle.dumps(demarche.Extractor()))) == "Extractor()"


def test_version_and_exports():
    assert demarche.__version__
    for name in demarche.__all__:
        assert hasattr(demarche, name)
    assert issubclass(demarche.GazetteerError, ValueError)
    assert issubclass(demarche.DateError, ValueError)
    assert issubclass(demarche.ExtractionError, RuntimeError)
    assert demarche.Extractor.extract.__doc__ and demarche.Extractor.extract_many.__doc__


def test_shared_between_threads(ex):
    texts = [f"NATO met China on day {i}." for i in range(200)]
    want = [ex.extract(t) for t in texts]
    results = {}

    def work(k):
        results[k] = [ex.extract(t) for t in texts]

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(r == want for r in results.values())


def test_typed_dicts_name_every_key_in_order(ex):
    """demarche.types (the stubs' return types) has the keys the extractor gives, in order."""
    from demarche import types as t

    doc = ex.extract(open(SAMPLE, encoding="utf-8").read(), published="2024-03-08")
    doc2 = ex.extract("China rejected a US request for a meeting on Friday.", published="2024-03-08")

    def keys(td):
        return list(td.__annotations__)

    assert list(doc) == keys(t.Extraction)
    assert list(doc["anchor"]) == keys(t.Anchor)
    for a in doc["actors"]:
        assert list(a) == keys(t.Actor)
        assert all(list(m) == keys(t.Excerpt) for m in a["mentions"])
    for s in doc["statements"]:
        assert list(s) == keys(t.Statement) and list(s["span"]) == keys(t.Span)
    for m in doc["meetings"]:
        assert list(m) == keys(t.Meeting)
    for d in doc["dates"]:
        assert list(d) == keys(t.Date)
    assert any(d["range"] for d in doc["dates"])
    assert list(next(d["range"] for d in doc["dates"] if d["range"])) == keys(t.DayRange)
    assert doc2["refusals"] and all(list(r) == keys(t.Refusal) for r in doc2["refusals"])


def test_json_route_of_the_benchmark_is_the_same(ex):
    # bench.py compares extract's direct conversion with serde_json + json.loads: same data.
    doc = ex.extract(open(SAMPLE, encoding="utf-8").read(), published="2024-03-08")
    via_json = json.loads(ex._extract_json(open(SAMPLE, encoding="utf-8").read(), "2024-03-08"))
    assert via_json == doc and list(via_json) == list(doc)


def test_readme_use_example():
    """The README's first Python example runs, and each `expr  # value` line holds."""
    import ast
    import re

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### Use") :]
    code = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    env: dict = {}
    checked = 0
    for stmt in ast.parse(code).body:
        src = ast.get_source_segment(code, stmt)
        line_end = code.splitlines()[stmt.end_lineno - 1]
        if isinstance(stmt, ast.Expr) and "  # " in line_end:
            want = ast.literal_eval(line_end.split("  # ", 1)[1])
            assert eval(src, env) == want, src
            checked += 1
        else:
            exec(src, env)
    assert checked >= 4
