//! Loading data: the bundled format, JSON, and PETRARCH/Phoenix dictionaries, including the real
//! Phoenix files in `../shared/data/phoenix` when they are there (they are read, never copied).

use std::path::Path;

use demarche::{ActorKind, Article, Day, Extractor};

#[test]
fn json_gazetteer_file() {
    let path = std::env::temp_dir().join(format!("demarche-import-{}.json", std::process::id()));
    std::fs::write(
        &path,
        r#"[
  {"kind": "person", "name": "Ada Example", "country": "GBR", "short": ["Example"], "gender": "f",
   "role": ["foreign_minister@GBR:2030-01-01.."]},
  {"kind": "org", "name": "Freedonian Navy", "country": "GBR", "alias": ["the Navy of Freedonia"]}
]"#,
    )
    .unwrap();
    let ex = Extractor::builder().gazetteer_file(&path).build().unwrap();
    let doc = ex.extract(
        Article::new("The British foreign minister met the Freedonian Navy. Example smiled.")
            .published(Day::new(2031, 5, 1).unwrap()),
    );
    let ada = doc.actor("ada-example").expect("role holder on the date");
    assert_eq!(ada.mentions.len(), 2);
    assert_eq!(
        doc.actor("freedonian-navy").unwrap().kind,
        ActorKind::Organization
    );

    std::fs::write(
        &path,
        "[\n{\"kind\": \"person\", \"name\": \"A\"},\n{\"kind\": \"planet\", \"name\": \"B\"}\n]",
    )
    .unwrap();
    let err = Extractor::builder()
        .gazetteer_file(&path)
        .build()
        .unwrap_err();
    assert_eq!(err.line(), Some(3));
    assert!(err.to_string().contains("unknown kind \"planet\""), "{err}");
}

#[test]
fn phoenix_dictionary_text() {
    let dict = "\
# A TABARI-style dictionary
JANE_ROE_  # a test person
+MINISTER_ROE_
\t[GBRGOV 150101-991231]
FREEDONIA_ [FRE]
+FREEDONIAN_REPUBLIC_
";
    let ex = Extractor::builder()
        .phoenix_text("test.actors", dict)
        .build()
        .unwrap();
    let doc = ex.extract("Minister Roe said the Freedonian Republic agreed.");
    let roe = doc.actor("phx-jane-roe").unwrap();
    assert_eq!(
        (roe.kind, roe.country.as_deref()),
        (ActorKind::Person, Some("GBR"))
    );
    let fre = doc.actor("phx-freedonia").unwrap();
    assert_eq!(
        (fre.kind, fre.country.as_deref()),
        (ActorKind::Country, Some("FRE"))
    );

    let err = Extractor::builder()
        .phoenix_text("bad.actors", "JANE_ROE_\n\t[GBRGOV 150101\n")
        .build()
        .unwrap_err();
    assert_eq!(err.to_string(), "bad.actors:2: unclosed [");
}

#[test]
fn real_phoenix_dictionaries_import() {
    let dir = Path::new("../shared/data/phoenix");
    let files = [
        "Phoenix.Countries.actors.txt",
        "Phoenix.International.actors.txt",
        "Phoenix.MilNonState.actors.txt",
    ];
    if !files.iter().all(|f| dir.join(f).exists()) {
        eprintln!("skipped: {} not found", dir.display());
        return;
    }
    let mut b = Extractor::builder().default_gazetteer(false);
    for f in files {
        b = b.phoenix_file(dir.join(f));
    }
    let ex = b
        .build()
        .expect("the published Phoenix dictionaries import");
    assert!(ex.pattern_count() > 30_000, "{}", ex.pattern_count());
    let doc = ex.extract(
        Article::new("Hamid Karzai met officials of the Afghan National Army.")
            .published(Day::new(2005, 3, 1).unwrap()),
    );
    let karzai = doc
        .actors
        .iter()
        .find(|a| a.name == "Hamid Karzai")
        .expect("Karzai");
    assert_eq!(karzai.country.as_deref(), Some("AFG"));
}

#[test]
fn bylines_and_credits_are_not_actors() {
    let doc = Extractor::new()
        .extract("By Jane Roe\n\nPhoto: Reuters/John Doe\n\nChina said it would respond.");
    let ids: Vec<&str> = doc.actors.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["china"]);
}
