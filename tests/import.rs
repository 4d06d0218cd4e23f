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
#[ignore = "reads ../shared/data/phoenix; .ci/run runs it (--ignored) when that is there"]
fn real_phoenix_dictionaries_import() {
    let dir = Path::new("../shared/data/phoenix");
    let files = [
        "Phoenix.Countries.actors.txt",
        "Phoenix.International.actors.txt",
        "Phoenix.MilNonState.actors.txt",
    ];
    for f in files {
        assert!(dir.join(f).exists(), "{} not found", dir.join(f).display());
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

/// Issue 17, item 5: names without ASCII letters get distinct ids (Cyrillic transliterated, other
/// scripts hashed), instead of all being `actor` and overwriting one another.
#[test]
fn names_in_any_script_get_distinct_ids() {
    let ex = Extractor::builder()
        .gazetteer_text(
            "intl.tsv",
            "person\t习近平\tcountry=CHN\nperson\t李强\tcountry=CHN\nperson\tСергей Шойгу\tcountry=RUS\n",
        )
        .build()
        .unwrap();
    let doc = ex.extract("习近平 met 李强. Сергей Шойгу said no.");
    let ids: Vec<&str> = doc.actors.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids.len(), 3, "{ids:?}");
    assert!(ids.contains(&"sergey-shoygu"), "{ids:?}");
    assert!(
        ids.iter()
            .all(|id| id.starts_with("actor-") || *id == "sergey-shoygu"),
        "{ids:?}"
    );
    assert_ne!(ids[0], ids[1]);
}

/// Issue 17, item 5: one id given to two distinct names in one file is reported, with the file
/// and line (a later file may still replace an earlier one's entry on purpose).
#[test]
fn a_duplicate_id_in_one_file_is_an_error() {
    let err = Extractor::builder()
        .gazetteer_text(
            "dup.tsv",
            "person\tAda Example\nperson\tBea Example\tid=ada-example\n",
        )
        .build()
        .unwrap_err();
    assert_eq!((err.file(), err.line()), (Some("dup.tsv"), Some(2)));
    assert!(
        err.to_string()
            .contains("already the id of \"Ada Example\" on line 1"),
        "{err}"
    );
    let err = Extractor::builder()
        .gazetteer_text(
            "dup.json",
            "[{\"kind\": \"org\", \"name\": \"A B\"},\n {\"kind\": \"org\", \"name\": \"A-B\"}]",
        )
        .build()
        .unwrap_err();
    assert_eq!(err.line(), Some(2), "{err}");
    // The same name twice, or one id across two files, is a replacement, not an error.
    assert!(Extractor::builder()
        .gazetteer_text(
            "a.tsv",
            "person\tAda Example\nperson\tAda Example\tgender=f\n"
        )
        .gazetteer_text("b.tsv", "person\tAda Example\tshort=Ada\n")
        .build()
        .is_ok());
}

/// Issue 17, item 8: a byte-order mark at the start of a TSV or JSON gazetteer is skipped, and
/// invalid UTF-8 in a gazetteer file is an error naming its line.
#[test]
fn boms_are_skipped_and_invalid_utf8_names_its_line() {
    for (name, text) in [
        ("bom.tsv", "\u{feff}person\tAda Example\n"),
        (
            "bom.json",
            "\u{feff}[{\"kind\": \"person\", \"name\": \"Ada Example\"}]",
        ),
        (
            "bom.jsonl",
            "\u{feff}{\"kind\": \"person\", \"name\": \"Ada Example\"}\n",
        ),
    ] {
        let ex = Extractor::builder()
            .gazetteer_text(name, text)
            .build()
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(
            ex.extract("Ada Example spoke.")
                .actor("ada-example")
                .is_some(),
            "{name}"
        );
        let path =
            std::env::temp_dir().join(format!("demarche-import-{}-{name}", std::process::id()));
        std::fs::write(&path, text).unwrap();
        assert!(
            Extractor::builder().gazetteer_file(&path).build().is_ok(),
            "{name} as a file"
        );
    }
    let path = std::env::temp_dir().join(format!("demarche-import-{}-bad.tsv", std::process::id()));
    std::fs::write(&path, b"person\tAda Example\n# ok\nperson\tCaf\xe9 Owner\n").unwrap();
    let err = Extractor::builder()
        .gazetteer_file(&path)
        .build()
        .unwrap_err();
    assert_eq!(err.line(), Some(3), "{err}");
    assert!(
        err.to_string().contains("invalid UTF-8 at column 11"),
        "{err}"
    );
    let err = Extractor::builder()
        .phoenix_file(&path)
        .build()
        .unwrap_err();
    assert_eq!(err.line(), Some(3), "{err}");
}

/// Issue 15: a user entry can extend a bundled one (before, adding one alias to Iran replaced
/// the whole entry), and a country code no country has is an error, not silently accepted.
#[test]
fn entries_extend_and_country_codes_are_checked() {
    let ex = Extractor::builder()
        .gazetteer_text("more.tsv", "country\tIran\textend=yes\talias=Persia")
        .build()
        .unwrap();
    let doc = ex.extract("Persia said no. Tehran agreed. Iran did too.");
    let iran = doc.actor("iran").unwrap();
    assert_eq!(iran.country.as_deref(), Some("IRN"));
    assert_eq!(iran.mentions.len(), 3, "{:?}", iran.mentions);
    let err = Extractor::builder()
        .gazetteer_text("x.tsv", "person\tNobody Known\textend=yes\talias=N.K.")
        .build()
        .unwrap_err();
    assert_eq!(err.line(), Some(1));
    assert!(err.to_string().contains("no earlier entry"), "{err}");
    for text in [
        "person\tA B\tcountry=ZZZ",
        "person\tA B\trole=minister@ZZZ:..",
    ] {
        let err = Extractor::builder()
            .gazetteer_text("cc.tsv", text)
            .build()
            .unwrap_err();
        assert!(
            err.to_string().starts_with("cc.tsv:1: country \"ZZZ\""),
            "{err}"
        );
    }
    // A country defined in the same file may be used there.
    assert!(Extractor::builder()
        .gazetteer_text(
            "f.tsv",
            "person\tA B\tcountry=FRE\ncountry\tFreedonia\tcode=FRE"
        )
        .build()
        .is_ok());
}
