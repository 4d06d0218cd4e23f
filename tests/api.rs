//! The public API on sentences written for these tests: construction, the JSON contract, spans,
//! threads and errors.

use demarche::{
    ActorKind, Article, Day, Error, Extraction, Extractor, ExtractorBuilder, MeetingFormat,
    MeetingStatus, StatementKind,
};

const SAMPLE: &str = include_str!("../examples/sample-article.txt");

fn day(s: &str) -> Day {
    s.parse().unwrap()
}

fn assert_spans(text: &str, doc: &Extraction) {
    for a in &doc.actors {
        for m in &a.mentions {
            assert_eq!(&text[m.span.range()], m.text, "actor {}", a.id);
        }
    }
    for s in &doc.statements {
        assert_eq!(&text[s.span.range()], s.text);
        if let Some(c) = &s.cue {
            assert_eq!(&text[c.span.range()], c.text);
        }
    }
    for d in &doc.dates {
        assert_eq!(&text[d.span.range()], d.text);
    }
    for m in &doc.meetings {
        for e in m.evidence.iter().chain(&m.location) {
            assert_eq!(&text[e.span.range()], e.text);
        }
    }
    for r in &doc.refusals {
        for e in &r.evidence {
            assert_eq!(&text[e.span.range()], e.text);
        }
    }
}

fn assert_ids_resolve(doc: &Extraction) {
    let known = |id: &str| doc.actor(id).is_some();
    for s in &doc.statements {
        assert!(s.speaker.as_deref().is_none_or(known));
    }
    for m in &doc.meetings {
        assert!(m.participants.iter().all(|p| known(p)));
    }
    for r in &doc.refusals {
        assert!(r.refuser.as_deref().is_none_or(known));
        assert!(r.requester.as_deref().is_none_or(known));
        assert!(r.meeting.is_none_or(|i| i < doc.meetings.len()));
    }
}

#[test]
fn public_types_are_send_sync_and_extractor_is_cheap_to_clone() {
    fn check<T: Send + Sync + 'static>() {}
    check::<Extractor>();
    check::<ExtractorBuilder>();
    check::<Extraction>();
    check::<Error>();
    check::<Day>();
    check::<Article<'static>>();
    let a = Extractor::new();
    let b = a.clone();
    assert_eq!(a.extract(SAMPLE), b.extract(SAMPLE));
}

#[test]
fn sample_article_gives_every_kind_of_record() {
    let doc = Extractor::new().extract(Article::new(SAMPLE).published(day("2024-03-08")));
    assert_spans(SAMPLE, &doc);
    assert_ids_resolve(&doc);
    let blinken = doc.actor("antony-blinken").expect("Blinken");
    assert_eq!(blinken.kind, ActorKind::Person);
    assert_eq!(blinken.country.as_deref(), Some("USA"));
    assert!(doc.actor("china").is_some());
    assert!(
        doc.statements
            .iter()
            .any(|s| s.kind == StatementKind::Direct
                && s.speaker.as_deref() == Some("antony-blinken"))
    );
    let call = doc
        .meetings
        .iter()
        .find(|m| m.participants.contains(&"wang-yi".to_string()))
        .expect("the Blinken-Wang call");
    assert_eq!(call.format, MeetingFormat::Phone);
    assert_eq!(call.status, MeetingStatus::Held);
    assert_eq!(
        call.date.as_ref().and_then(|d| d.value.as_deref()),
        Some("2024-03-07")
    );
    assert!(doc
        .refusals
        .iter()
        .any(|r| r.refuser.as_deref() == Some("china")));
}

#[test]
fn json_has_the_contract_fields() {
    let doc = Extractor::new().extract(Article::new(SAMPLE).published(day("2024-03-08")));
    let v: serde_json::Value = serde_json::to_value(&doc).unwrap();
    assert_eq!(v["published"], "2024-03-08");
    let a = &v["actors"][0];
    for key in ["id", "name", "kind", "country", "anonymous", "mentions"] {
        assert!(a.get(key).is_some(), "actor.{key}");
    }
    for key in ["start", "end", "text"] {
        assert!(a["mentions"][0].get(key).is_some(), "mention.{key}");
    }
    let s = &v["statements"][0];
    for key in ["speaker", "kind", "text"] {
        assert!(s.get(key).is_some(), "statement.{key}");
    }
    let m = &v["meetings"][0];
    for key in ["participants", "status", "format", "date", "location"] {
        assert!(m.get(key).is_some(), "meeting.{key}");
    }
    assert!(m["date"].get("text").is_some() && m["date"].get("value").is_some());
    let r = &v["refusals"][0];
    for key in ["refuser", "requester", "object"] {
        assert!(r.get(key).is_some(), "refusal.{key}");
    }
    let d = &v["dates"][0];
    for key in ["text", "value", "kind", "span"] {
        assert!(d.get(key).is_some(), "date.{key}");
    }
    assert!(d["span"].get("start").is_some() && d["span"].get("end").is_some());
    // Round trip: the JSON reads back into the same document.
    let back: Extraction = serde_json::from_value(v).unwrap();
    assert_eq!(back, doc);
}

#[test]
fn degenerate_inputs_give_empty_or_partial_results() {
    let ex = Extractor::new();
    for text in [
        "",
        " ",
        "\n\n\n",
        ".",
        "\"",
        "“",
        "'''",
        "\u{0}\u{1}\u{7f}",
        "中国 和 美国",
        "China\u{0}said",
        "“unclosed quote China said",
    ] {
        let doc = ex.extract(text);
        assert_spans(text, &doc);
        assert_ids_resolve(&doc);
    }
}

#[test]
fn same_output_on_every_thread() {
    let ex = Extractor::new();
    let want = ex.extract(Article::new(SAMPLE).published(day("2024-03-08")));
    let handles: Vec<_> = (0..4)
        .map(|_| {
            let ex = ex.clone();
            std::thread::spawn(move || {
                ex.extract(Article::new(SAMPLE).published(day("2024-03-08")))
            })
        })
        .collect();
    for h in handles {
        assert_eq!(h.join().unwrap(), want);
    }
}

#[test]
fn output_does_not_depend_on_the_calls_before_it() {
    // The working vectors of one call are kept for the next on the same thread: what an
    // earlier, longer or different article left in them must not show.
    let ex = Extractor::new();
    let short = "\"We will talk,\" Blinken said. Wang Yi met him in Beijing on Friday.";
    let fresh = std::thread::spawn({
        let ex = ex.clone();
        move || ex.extract(short)
    })
    .join()
    .unwrap();
    let long = SAMPLE.repeat(20);
    for before in [SAMPLE, long.as_str(), "", short] {
        ex.extract(before);
        assert_eq!(ex.extract(short), fresh, "after {} bytes", before.len());
    }
}

#[test]
fn user_gazetteer_adds_and_replaces() {
    let ex = Extractor::builder()
        .gazetteer_text(
            "mine.tsv",
            "person\tAda Example\tcountry=GBR\tshort=Example\tgender=f\n\
             country\tPeople's Republic\tid=china\tcode=CHN\tmetonym=Beijing\n",
        )
        .build()
        .unwrap();
    let doc = ex.extract("Ada Example met Beijing officials. Example said it went well.");
    let ada = doc.actor("ada-example").unwrap();
    assert_eq!(ada.mentions.len(), 2);
    assert_eq!(doc.actor("china").unwrap().name, "People's Republic");
}

#[test]
fn build_errors_name_file_line_and_problem() {
    let err = Extractor::builder()
        .gazetteer_text("broken.tsv", "# header\ncountry\tAtlantis\tcode=atl\n")
        .build()
        .unwrap_err();
    assert_eq!(err.file(), Some("broken.tsv"));
    assert_eq!(err.line(), Some(2));
    assert!(
        err.to_string().contains("not an ISO 3166-1 alpha-3 code"),
        "{err}"
    );

    let err = Extractor::builder()
        .gazetteer_file("/nonexistent/demarche.tsv")
        .build()
        .unwrap_err();
    assert!(
        err.to_string().starts_with("/nonexistent/demarche.tsv: "),
        "{err}"
    );
}

#[test]
fn short_names_need_an_earlier_full_name_when_ambiguous() {
    let ex = Extractor::builder()
        .default_gazetteer(false)
        .gazetteer_text(
            "t.tsv",
            "person\tLi Alpha\tshort=Li\nperson\tLi Beta\tshort=Li\nperson\tZed Gamma\tshort=Gamma\n",
        )
        .build()
        .unwrap();
    // "Li" is shared: unresolved without an earlier full name.
    assert!(ex.extract("Li spoke.").actors.is_empty());
    // After "Li Beta", "Li" is Li Beta.
    let doc = ex.extract("Li Beta arrived. Li spoke.");
    assert_eq!(doc.actors.len(), 1);
    assert_eq!(doc.actors[0].mentions.len(), 2);
    // A unique short form resolves on its own.
    assert_eq!(ex.extract("Gamma spoke.").actors[0].id, "zed-gamma");
}

#[test]
fn titles_find_unlisted_people_and_anonymous_sources() {
    let ex = Extractor::new();
    let doc = ex.extract("Singapore Foreign Minister Vivian Balakrishnan spoke to Japanese Defense Minister Taro Example.");
    let taro = doc
        .actor("taro-example")
        .expect("an unlisted person after a title");
    assert_eq!(taro.kind, ActorKind::Person);
    assert_eq!(taro.title.as_deref(), Some("Defense Minister"));
    assert_eq!(taro.country.as_deref(), Some("JPN"));

    let doc = ex.extract("A senior Chinese official said the talks were useful.");
    let anon = doc
        .actors
        .iter()
        .find(|a| a.anonymous)
        .expect("an anonymous source");
    assert_eq!(anon.country.as_deref(), Some("CHN"));
    assert_eq!(doc.statements[0].speaker.as_deref(), Some(anon.id.as_str()));
}

#[test]
fn roles_resolve_to_the_holder_on_the_anchor_date() {
    let ex = Extractor::new();
    let text = "The U.S. defense secretary arrived in Manila.";
    let doc = ex.extract(Article::new(text).published(day("2023-06-03")));
    assert!(doc.actor("lloyd-austin").is_some(), "{:?}", doc.actors);
    let doc = ex.extract(Article::new(text).published(day("2019-06-03")));
    assert!(doc.actor("lloyd-austin").is_none());
}

#[test]
fn day_parsing_reports_bad_dates() {
    for (s, ok) in [
        ("2024-02-29", true),
        ("2023-02-29", false),
        ("2023-6-3", false),
        ("yesterday", false),
        ("2023-13-01", false),
    ] {
        assert_eq!(s.parse::<Day>().is_ok(), ok, "{s}");
    }
    let err = "2023-02-29".parse::<Day>().unwrap_err();
    assert!(err.to_string().contains("2023-02-29"), "{err}");
}

#[test]
fn regions_do_not_name_the_countries_inside_them() {
    let doc = Extractor::new().extract(
        "Trade between Latin America and China grew, officials in the South China Sea region said. \
         Exports from New Mexico and Northern Ireland rose.",
    );
    let ids: Vec<&str> = doc.actors.iter().map(|a| a.id.as_str()).collect();
    assert!(!ids.contains(&"united-states"), "{ids:?}");
    assert!(!ids.contains(&"mexico"), "{ids:?}");
    assert!(!ids.contains(&"ireland"), "{ids:?}");
    let china: Vec<&str> = doc
        .actors
        .iter()
        .filter(|a| a.id == "china")
        .flat_map(|a| a.mentions.iter().map(|m| m.text.as_str()))
        .collect();
    assert_eq!(china, ["China"]);
}

#[test]
fn enums_print_and_parse_as_serde_writes_them() {
    use demarche::{
        ActorKind, AnchorSource, DateKind, DateMod, ErrorKind, MeetingFormat, MeetingStatus,
        StatementKind,
    };
    fn check<T>(all: &[T])
    where
        T: Copy + std::fmt::Display + std::str::FromStr<Err = demarche::Error> + PartialEq,
        T: std::fmt::Debug + serde::Serialize,
    {
        for &v in all {
            let s = v.to_string();
            assert_eq!(serde_json::to_string(&v).unwrap(), format!("\"{s}\""));
            assert_eq!(s.parse::<T>().unwrap(), v);
        }
        let err = "nonsense".parse::<T>().unwrap_err();
        assert_eq!(err.kind(), ErrorKind::UnknownName);
        assert!(err.to_string().contains("expected one of"), "{err}");
    }
    check(ActorKind::ALL);
    check(StatementKind::ALL);
    check(MeetingStatus::ALL);
    check(MeetingFormat::ALL);
    check(DateKind::ALL);
    check(DateMod::ALL);
    check(AnchorSource::ALL);
    check(demarche::Cameo::ALL);
    check(demarche::Plover::ALL);
    check(demarche::PloverMode::ALL);
}

#[test]
fn typed_codes_and_excerpts_write_the_contract_json() {
    let doc = Extractor::new().extract(Article::new(SAMPLE).published(day("2024-03-08")));
    assert!(!doc.meetings.is_empty() && !doc.refusals.is_empty());
    let v: serde_json::Value = serde_json::to_value(&doc).unwrap();
    for (m, j) in doc.meetings.iter().zip(v["meetings"].as_array().unwrap()) {
        assert_eq!(j["cameo"], m.cameo.as_str());
        assert_eq!(j["plover"], m.plover.as_str());
        assert_eq!(j["plover_mode"].as_str(), m.plover_mode.map(|p| p.as_str()));
        // The location is an excerpt in Rust, two keys in JSON.
        assert_eq!(
            j["location"].as_str(),
            m.location.as_ref().map(|l| l.as_str())
        );
        match &m.location {
            Some(l) => assert_eq!(
                j["location_span"],
                serde_json::json!({"start": l.span.start, "end": l.span.end})
            ),
            None => assert!(j["location_span"].is_null()),
        }
        for (e, je) in m.evidence.iter().zip(j["evidence"].as_array().unwrap()) {
            let flat =
                serde_json::json!({"start": e.span.start, "end": e.span.end, "text": e.text});
            assert_eq!(je, &flat);
        }
    }
    assert!(doc.meetings.iter().any(|m| m.location.is_some()));
    for (r, j) in doc.refusals.iter().zip(v["refusals"].as_array().unwrap()) {
        assert_eq!(j["cameo"], r.cameo.as_str());
        assert_eq!(j["plover"], r.plover.as_str());
    }
}

#[test]
fn records_link_to_their_actors() {
    let text = std::fs::read_to_string("examples/sample-article.txt").unwrap();
    let doc = Extractor::new().extract(Article::new(&text).published(day("2024-03-08")));
    for a in &doc.actors {
        assert_eq!(doc.actor(&a.id).map(|b| &b.id), Some(&a.id));
    }
    assert!(doc.actor("no-such-actor").is_none());
    for m in &doc.meetings {
        let ids: Vec<&str> = doc.participants(m).map(|a| a.id.as_str()).collect();
        assert_eq!(ids, m.participants);
    }
    for s in &doc.statements {
        assert_eq!(doc.speaker(s).map(|a| &a.id), s.speaker.as_ref());
    }
    let r = &doc.refusals[0];
    assert_eq!(doc.refuser(r).map(|a| &a.id), r.refuser.as_ref());
    assert!(doc.refused_meeting(r).is_some());
    // The fields are public: a lookup stays right after the actors change.
    let mut doc = doc;
    doc.actors.retain(|a| a.id != "china");
    assert!(doc.actor("china").is_none());
    assert!(doc.actor("lloyd-austin").is_some());
}
