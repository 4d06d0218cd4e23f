//! Date extraction end to end: every form issue 4 names, with sentences written for these tests.

use demarche::{Article, DateKind, DateMod, Day, Extractor};
use proptest::prelude::*;

/// (text, kind, value, modifier) of every date found in `text` published on `published`.
fn dates(text: &str, published: &str) -> Vec<(String, DateKind, Option<String>, Option<DateMod>)> {
    let day: Day = published.parse().unwrap();
    let doc = Extractor::new().extract(Article::new(text).published(day));
    for d in &doc.dates {
        assert_eq!(&text[d.span.range()], d.text, "span of {:?}", d.text);
    }
    doc.dates
        .into_iter()
        .map(|d| (d.text, d.kind, d.value, d.modifier))
        .collect()
}

type Want<'a> = &'a [(&'a str, &'a str)];

/// Checks the text and value of every date found, in order.
fn check(cases: &[(&str, &str, Want)]) {
    for (text, published, want) in cases {
        let got: Vec<(String, String)> = dates(text, published)
            .into_iter()
            .map(|(t, _, v, _)| (t, v.unwrap_or_default()))
            .collect();
        let want: Vec<(String, String)> = want
            .iter()
            .map(|(t, v)| (t.to_string(), v.to_string()))
            .collect();
        assert_eq!(got, want, "{text:?} published {published}");
    }
}

#[test]
fn absolute_dates() {
    check(&[
        (
            "The ministers signed the accord on June 3, 2023 in Oslo.",
            "2023-06-10",
            &[("June 3, 2023", "2023-06-03")],
        ),
        (
            "The accord dates from 3 June 2021.",
            "2023-06-10",
            &[("3 June 2021", "2021-06-03")],
        ),
        (
            "Envoys will gather on June 14 for a second round.",
            "2023-06-10",
            &[("June 14", "2023-06-14")],
        ),
        (
            "The communique was released 2023-06-03 in Hanoi.",
            "2023-06-10",
            &[("2023-06-03", "2023-06-03")],
        ),
        (
            "Sanctions were imposed in 2018 and have stood since 2019.",
            "2023-06-10",
            &[("2018", "2018"), ("2019", "2019")],
        ),
        (
            "Delegates first met in February.",
            "2023-06-10",
            &[("February", "2023-02")],
        ),
        (
            "The visit was agreed on Feb. 14 after long talks.",
            "2023-06-10",
            &[("Feb. 14", "2023-02-14")],
        ),
        (
            "Relations thawed in mid-2022.",
            "2023-06-10",
            &[("mid-2022", "2022")],
        ),
        (
            "The alliance grew through the 1990s and the early '80s were calm.",
            "2023-06-10",
            &[("the 1990s", "199"), ("the early '80s", "198")],
        ),
        (
            "The treaty was ratified in June last year.",
            "2023-08-10",
            &[("June last year", "2022-06")],
        ),
        (
            "Elections were held last May and are due again this September.",
            "2023-06-10",
            // "last May" is the most recent May before this month (TimeBank's reading).
            &[("last May", "2023-05"), ("this September", "2023-09")],
        ),
    ]);
}

#[test]
fn weekdays() {
    check(&[
        (
            "The minister left on Tuesday.",
            "2023-06-10",
            &[("Tuesday", "2023-06-06")],
        ),
        (
            "The minister will leave on Tuesday.",
            "2023-06-10",
            &[("Tuesday", "2023-06-13")],
        ),
        (
            "The ceasefire began Friday (May 21), officials said.",
            "2021-05-21",
            &[("Friday (May 21)", "2021-05-21")],
        ),
        (
            "The vote was delayed until late Friday.",
            "2023-06-16",
            &[("late Friday", "2023-06-16")],
        ),
        (
            "Early Monday, the envoy met the king.",
            "2023-06-19",
            &[("Early Monday", "2023-06-19")],
        ),
        // A future cue makes the weekday the next one, unless the future is seen from the past
        // or the weekday is when something was said.
        (
            "The envoy will visit Hanoi, officials said Friday.",
            "2023-06-14",
            &[("Friday", "2023-06-09")],
        ),
        (
            "The truce had been due to expire Friday.",
            "2023-06-14",
            &[("Friday", "2023-06-09")],
        ),
        (
            "The truce is due to expire Friday.",
            "2023-06-14",
            &[("Friday", "2023-06-16")],
        ),
        (
            "The two sides talked on Sunday and Monday.",
            "2023-06-19",
            &[("Sunday", "2023-06-18"), ("Monday", "2023-06-19")],
        ),
        // The written date wins, in the year whose calendar matches the weekday; when no
        // nearby year matches, the nearest year.
        (
            "The strike came on Sunday, Dec. 31.",
            "2024-01-02",
            &[("Sunday, Dec. 31", "2023-12-31")],
        ),
        (
            "The strike came on Wednesday, Dec. 31.",
            "2024-01-02",
            &[("Wednesday, Dec. 31", "2023-12-31")],
        ),
        (
            "The strike came on Tuesday, Dec. 31.",
            "2024-01-02",
            &[("Tuesday, Dec. 31", "2024-12-31")],
        ),
    ]);
}

#[test]
fn relative_dates() {
    check(&[
        (
            "Trade fell last month and will rise next week.",
            "2023-06-10",
            &[("last month", "2023-05"), ("next week", "2023-W24")],
        ),
        (
            "A summit is planned for later this month.",
            "2021-05-21",
            &[("later this month", "2021-05")],
        ),
        (
            "The fleet docked early this month.",
            "2023-06-16",
            &[("early this month", "2023-06")],
        ),
        (
            "The pact was drafted late last year.",
            "2021-05-21",
            &[("late last year", "2020")],
        ),
        (
            "Exports rose earlier this year.",
            "2023-06-10",
            &[("earlier this year", "2023")],
        ),
        (
            "The envoy arrived a week ago.",
            "2024-03-08",
            &[("a week ago", "2024-03-01")],
        ),
        (
            "The talks opened on June 1. Two days later the envoy left.",
            "2023-06-10",
            &[("June 1", "2023-06-01"), ("Two days later", "2023-06-03")],
        ),
        (
            "Troops crossed on June 1. The night before, shelling began.",
            "2023-06-10",
            &[("June 1", "2023-06-01"), ("The night before", "2023-05-31")],
        ),
        (
            "The rebels withdrew in 2019. The following year they returned.",
            "2023-06-10",
            &[("2019", "2019"), ("The following year", "2020")],
        ),
        (
            "Output fell in the third quarter from a year earlier.",
            "2023-11-10",
            &[
                ("the third quarter", "2023-Q3"),
                ("a year earlier", "2022-Q3"),
            ],
        ),
        (
            "The ports reopen next weekend.",
            "2023-06-10",
            &[("next weekend", "2023-W24-WE")],
        ),
        (
            "Exports grew in the summer of 2020 and again this spring.",
            "2023-06-10",
            &[
                ("the summer of 2020", "2020-SU"),
                ("this spring", "2023-SP"),
            ],
        ),
    ]);
}

#[test]
fn leap_years_year_ends_and_iso_weeks() {
    check(&[
        (
            "The convoy was attacked yesterday.",
            "2024-03-01",
            &[("yesterday", "2024-02-29")],
        ),
        (
            "The convoy was attacked yesterday.",
            "2023-03-01",
            &[("yesterday", "2023-02-28")],
        ),
        (
            "The deadline is Feb. 29.",
            "2024-03-01",
            &[("Feb. 29", "2024-02-29")],
        ),
        (
            "The envoy visited last week.",
            "2024-01-02",
            &[("last week", "2023-W52")],
        ),
        (
            "Prices rose last month.",
            "2024-01-15",
            &[("last month", "2023-12")],
        ),
        (
            "The mission ends next year.",
            "2023-12-31",
            &[("next year", "2024")],
        ),
        // 2021-01-03 is a Sunday in ISO week 53 of 2020.
        (
            "Talks continue this week.",
            "2021-01-03",
            &[("this week", "2020-W53")],
        ),
        (
            "Talks resume next week.",
            "2020-12-31",
            &[("next week", "2021-W01")],
        ),
    ]);
}

#[test]
fn durations() {
    check(&[
        (
            "The dispute has lasted nearly 18 months.",
            "2024-04-16",
            &[("nearly 18 months", "P18M")],
        ),
        (
            "The blockade lasted more than a year and the truce less than a week.",
            "2024-04-16",
            &[("more than a year", "P1Y"), ("less than a week", "P1W")],
        ),
        (
            "After a two-day trip and seven hours of talks he left.",
            "2023-06-19",
            &[("two-day", "P2D"), ("seven hours", "PT7H")],
        ),
        (
            "The rebels held the town for three years.",
            "2023-06-10",
            &[("three years", "P3Y")],
        ),
        (
            "Casualties rose over the past three months.",
            "2023-06-10",
            &[("the past three months", "P3M")],
        ),
        (
            "The talks will take weeks.",
            "2023-06-10",
            &[("weeks", "PXW")],
        ),
        (
            "Aid has arrived for several years and in the first nine months of 2023.",
            "2023-10-10",
            &[
                ("several years", "PXY"),
                ("the first nine months", "P9M"),
                ("2023", "2023"),
            ],
        ),
    ]);
}

#[test]
fn ranges_are_two_dates() {
    check(&[
        (
            "The talks ran from May 31 to June 2.",
            "2023-06-10",
            &[("May 31", "2023-05-31"), ("June 2", "2023-06-02")],
        ),
        (
            "The plan covers the years from 2021 to 2023.",
            "2023-06-10",
            &[("2021", "2021"), ("2023", "2023")],
        ),
    ]);
}

#[test]
fn references_times_and_sets() {
    check(&[
        (
            "Talks are now under way.",
            "2023-06-10",
            &[("now", "PRESENT_REF")],
        ),
        (
            "The envoy is currently in Seoul.",
            "2023-06-10",
            &[("currently", "PRESENT_REF")],
        ),
        (
            "He recently visited Seoul. In the past, such visits were rare.",
            "2023-06-10",
            &[("recently", "PAST_REF"), ("the past", "PAST_REF")],
        ),
        (
            "Nobody can say what the future holds.",
            "2023-06-10",
            &[("the future", "FUTURE_REF")],
        ),
        (
            "The minister will speak this evening.",
            "1998-01-20",
            &[("this evening", "1998-01-20TEV")],
        ),
        (
            "The vote was held Tuesday night.",
            "1998-01-22",
            &[("Tuesday night", "1998-01-20TNI")],
        ),
        (
            "Shots were fired last night.",
            "2023-06-10",
            &[("last night", "2023-06-09TNI")],
        ),
        (
            "The cabinet met at noon Thursday.",
            "2023-06-10",
            &[("noon Thursday", "2023-06-08T12:00")],
        ),
        (
            "Patrols run every week and the report is published annually.",
            "2023-06-10",
            &[("every week", "P1W"), ("annually", "XXXX")],
        ),
        (
            "Protests are held on Fridays and each Sunday.",
            "2023-06-10",
            &[("Fridays", "XXXX-WXX-5"), ("each Sunday", "XXXX-WXX-7")],
        ),
    ]);
    let kinds: Vec<DateKind> = dates(
        "He spoke Tuesday night for seven hours, every week.",
        "1998-01-22",
    )
    .into_iter()
    .map(|d| d.1)
    .collect();
    assert_eq!(kinds, [DateKind::Time, DateKind::Duration, DateKind::Set]);
}

#[test]
fn modifiers() {
    let got = dates(
        "Late last year, after nearly two years and more than a week of talks, early 2021 came.",
        "2021-05-21",
    );
    let mods: Vec<Option<DateMod>> = got.into_iter().map(|d| d.3).collect();
    assert_eq!(
        mods,
        [
            Some(DateMod::End),
            Some(DateMod::Approx),
            Some(DateMod::MoreThan),
            Some(DateMod::Start)
        ]
    );
}

#[test]
fn not_dates() {
    check(&[
        ("Talks may resume. You may go.", "2023-06-10", &[]),
        ("Protesters will march on the capital.", "2023-06-10", &[]),
        ("The 20th Shangri-La Dialogue opened.", "2023-06-10", &[]),
        (
            "Xi Jinping Thought is taught in schools.",
            "2023-06-10",
            &[],
        ),
        ("The army has 2000 tanks and 300 jets.", "2023-06-10", &[]),
        ("The deal is worth $2018 million.", "2023-06-10", &[]),
        ("Prices are expected to fall.", "2023-06-10", &[]),
        ("About three-quarters of voters agreed.", "2023-06-10", &[]),
        ("A quarter of the fleet sailed.", "2023-06-10", &[]),
    ]);
}

#[test]
fn without_an_anchor_values_stay_underspecified() {
    let doc = Extractor::new().extract("The envoys met on June 3 and again last week.");
    let values: Vec<Option<&str>> = doc.dates.iter().map(|d| d.value.as_deref()).collect();
    assert_eq!(values, [Some("XXXX-06-03"), Some("XXXX-WXX")]);
}

#[test]
fn a_dateline_anchors_relative_dates() {
    let doc = Extractor::new().extract("2023-06-03 — The talks ended yesterday.");
    let values: Vec<Option<&str>> = doc.dates.iter().map(|d| d.value.as_deref()).collect();
    assert_eq!(values, [Some("2023-06-03"), Some("2023-06-02")]);
}

#[test]
fn hostile_inputs_neither_panic_nor_break_spans() {
    let long_word = "a".repeat(1 << 20);
    let spaces = " ".repeat(1 << 20);
    let no_punct = "talks last week in May 2023 and nearly 18 months ".repeat(20_000);
    let texts = [
        String::new(),
        long_word,
        spaces,
        no_punct,
        "\u{0}\u{1}June\u{7} 3,\u{0}2023\u{1b}[0m last\u{0}week".to_string(),
        "Ünter 2023年6月3日 — “last week” — été 2022 — ½ 2020s 'é' Friday (June".to_string(),
        "June 31, 2023; Feb. 30; 2023-02-30; 2023-13-01; Friday (May 99); 1799 2200".to_string(),
        "late- -early the the the past - - quarter of the the year-earlier".to_string(),
        "é".repeat(1000) + " 2023 " + &"ü".repeat(1000) + " last week",
    ];
    for text in &texts {
        for published in [Some("2024-02-29"), None] {
            let mut article = Article::new(text);
            if let Some(p) = published {
                article = article.published(p.parse().unwrap());
            }
            let doc = Extractor::new().extract(article);
            let mut end = 0;
            for d in &doc.dates {
                assert!(d.span.start >= end, "overlap at {:?}", d.text);
                assert_eq!(text.get(d.span.range()), Some(d.text.as_str()));
                end = d.span.end;
            }
        }
    }
}

#[test]
fn token_soup_neither_panics_nor_breaks_spans() {
    const TOKENS: &[&str] = &[
        "May",
        "March",
        "June",
        "Feb.",
        "3",
        "31st",
        ",",
        "2023",
        "1990s",
        "'80s",
        "-",
        "(",
        ")",
        "the",
        "a",
        "last",
        "next",
        "this",
        "past",
        "coming",
        "following",
        "early",
        "late",
        "mid",
        "nearly",
        "more than",
        "within",
        "every",
        "each",
        "year",
        "years",
        "quarter",
        "quarters",
        "third-quarter",
        "first half",
        "period",
        "latest",
        "year-earlier",
        "ago",
        "earlier",
        "later",
        "Tuesday",
        "Friday",
        "night",
        "morning",
        "tonight",
        "noon",
        "p.m.",
        "10",
        "7:15",
        "weekend",
        "summer",
        "fall",
        "of",
        "fiscal",
        "now",
        "current",
        "recently",
        "the past",
        "the future",
        "annually",
        "two",
        "twenty",
        "-five",
        "several",
        "few",
        "é",
        "—",
        "“",
        ".",
        "\n",
        "\u{0}",
        "2000",
        "tanks",
        "in",
        "since",
        "will",
        "yesterday",
        "the night before",
        "2023-06-03",
        "2023-13-45",
        "2 1/2",
        "ended",
        "decade",
    ];
    let mut seed: u64 = 0x5eed;
    let mut next = |n: usize| {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((seed >> 33) as usize) % n
    };
    let extractor = Extractor::new();
    for _ in 0..3000 {
        let len = 1 + next(12);
        let mut text = String::new();
        for _ in 0..len {
            text.push_str(TOKENS[next(TOKENS.len())]);
            if next(4) > 0 {
                text.push(' ');
            }
        }
        for published in [Some("2024-02-29"), Some("2021-01-03"), None] {
            let mut article = Article::new(&text);
            if let Some(p) = published {
                article = article.published(p.parse().unwrap());
            }
            let doc = extractor.extract(article);
            let mut end = 0;
            for d in &doc.dates {
                assert!(d.span.start >= end, "overlap in {text:?}");
                assert_eq!(text.get(d.span.range()), Some(d.text.as_str()), "{text:?}");
                if let Some(r) = d.range {
                    assert!(r.first <= r.last, "{text:?}: {:?}", d.value);
                }
                end = d.span.end;
            }
        }
    }
}

#[test]
fn would_looks_forward_but_since_looks_back() {
    check(&[
        (
            "The White House said Biden would speak with Xi on Thursday.",
            "2024-03-08",
            &[("Thursday", "2024-03-14")],
        ),
        (
            "A merger would be the fifth deal since October.",
            "2024-03-08",
            &[("October", "2023-10")],
        ),
        (
            "Talks will resume in October.",
            "2024-03-08",
            &[("October", "2024-10")],
        ),
    ]);
}

/// Sentences using every form the detector reads, for extraction at the calendar's edges.
const EVERY_FORM: &str = "They will meet tomorrow. They met yesterday and today. Talks resume \
    next week, last week, this month, next month, last year, next year and the following year. \
    He left on Tuesday and will return on Friday; they met last Friday and meet next Monday. \
    The summit is set for Saturday (June 3) and was held Saturday 22 Nov 2014. \
    In May, in December last year, last May, next February, late January, the end of the month. \
    The night before, the day after, a day later, a year earlier, two weeks ago, a week ago. \
    This morning, last night, tonight, Tuesday night, yesterday afternoon at 8 PM, 10:30 a.m. \
    GMT Saturday, noon Thursday, midnight. This summer, last winter, next spring, the weekend, \
    last weekend, next weekend. The third quarter, the year-earlier quarter, the latest period, \
    a year ago, the first half, fiscal 1989. The 1990s, the last decade, mid-2022, the 20th \
    century, 2009-2010, 1957-58. Every week, each July, twice a week, for years, recent months, \
    between 12 and 18 months, two to three years, 39 seconds, Easter, Palm Sunday, Christmas. \
    Earlier in the day, later in the day, that January day in 2011. Until Tuesday.";

/// Extraction over the whole range of publication days neither panics nor breaks spans:
/// arithmetic that leaves the calendar gives no value.
fn extract_at(extractor: &Extractor, day: Day) {
    let doc = extractor.extract(Article::new(EVERY_FORM).published(day));
    let mut end = 0;
    for d in &doc.dates {
        assert!(d.span.start >= end, "overlap at {:?} on {day}", d.text);
        assert_eq!(EVERY_FORM.get(d.span.range()), Some(d.text.as_str()));
        end = d.span.end;
    }
}

#[test]
fn the_calendar_edges_give_no_value_never_a_panic() {
    // chrono's first and last days, and the days around them.
    let extractor = Extractor::new();
    for (y, m, d) in [
        (-262_144, 1, 1),
        (-262_144, 1, 7),
        (-262_143, 12, 31),
        (262_142, 1, 1),
        (262_142, 12, 31),
        (262_143, 1, 1),
        (262_143, 12, 24),
        (262_143, 12, 31),
    ] {
        if let Ok(day) = Day::new(y, m, d) {
            extract_at(&extractor, day);
        }
    }
    assert!(Day::new(262_143, 12, 31).is_ok() || Day::new(262_142, 12, 31).is_ok());
}

/// One extractor for all the property cases: building one is the slow part.
fn shared() -> &'static Extractor {
    static E: std::sync::OnceLock<Extractor> = std::sync::OnceLock::new();
    E.get_or_init(Extractor::new)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]
    #[test]
    fn any_publication_day_extracts_without_panic(
        y in -262_144i32..=262_143,
        m in 1u32..=12,
        d in 1u32..=31,
    ) {
        if let Ok(day) = Day::new(y, m, d) {
            extract_at(shared(), day);
        }
    }
}

#[test]
fn issue_14_years_decades_and_centuries() {
    check(&[
        (
            "A 2009 analysis found the border quiet.",
            "2024-03-25",
            &[("2009", "2009")],
        ),
        (
            "The treaty held through 2009-2010 and again in 1957-58.",
            "2024-03-25",
            &[
                ("2009", "2009"),
                ("2010", "2010"),
                ("1957", "1957"),
                ("58", "1958"),
            ],
        ),
        // A range across a century's end carries the century.
        (
            "The 1999-00 budget and the 2012-13 season.",
            "2024-03-25",
            &[
                ("1999", "1999"),
                ("00", "2000"),
                ("2012", "2012"),
                ("13", "2013"),
            ],
        ),
        (
            "Borders drawn in the 20th century, and in the early nineteenth century.",
            "2024-03-25",
            &[
                ("the 20th century", "19"),
                ("the early nineteenth century", "18"),
            ],
        ),
        (
            "The army grew through the 1990s and shrank in the nineties.",
            "2024-03-25",
            &[("the 1990s", "199"), ("the nineties", "199")],
        ),
        (
            "Defence spending will rise over the next decade.",
            "2024-03-25",
            &[("the next decade", "P10Y")],
        ),
        (
            "The pact was signed in nineteen ninety-six, renewed in January nineteen \
             ninety-seven and expired in the year two thousand.",
            "2024-03-25",
            &[
                ("nineteen ninety-six", "1996"),
                ("January nineteen ninety-seven", "1997-01"),
                ("the year two thousand", "2000"),
            ],
        ),
        (
            "The siege began in the winter of nineteen ninety-four.",
            "2024-03-25",
            &[("the winter of nineteen ninety-four", "1994-WI")],
        ),
    ]);
}

#[test]
fn issue_14_clock_times_in_every_spelling() {
    check(&[
        (
            "Voting closes at 8 PM and results come at 8pm; polls open at 8 AM.",
            "2024-03-25",
            &[
                ("8 PM", "2024-03-25T20:00"),
                ("8pm", "2024-03-25T20:00"),
                ("8 AM", "2024-03-25T08:00"),
            ],
        ),
        (
            "The ceasefire starts at 15:00 GMT Saturday.",
            "2024-03-25",
            &[("15:00 GMT Saturday", "2024-03-23T15:00")],
        ),
        (
            "The statement came at 8:33 a.m. ET.",
            "2024-03-25",
            &[("8:33 a.m. ET", "2024-03-25T08:33")],
        ),
        (
            "Offers expire at 5 p.m. EST Nov. 9.",
            "2023-11-02",
            &[("5 p.m. EST Nov. 9", "2023-11-09T17:00")],
        ),
        (
            "Tue Mar 14, 2017 12:10:54 and Sun Dec 20, 2015 9:7AM",
            "2017-03-14",
            &[
                ("Tue Mar 14, 2017 12:10:54", "2017-03-14T12:10:54"),
                ("Sun Dec 20, 2015", "2015-12-20"),
                ("9:7AM", "2015-12-20T09:07"),
            ],
        ),
        // Year end: the Saturday before a New Year's Day Monday.
        (
            "The truce began at 23:00 GMT Saturday.",
            "2024-01-01",
            &[("23:00 GMT Saturday", "2023-12-30T23:00")],
        ),
        (
            "Traders were up at mid-afternoon yesterday.",
            "2024-03-01",
            &[("mid-afternoon yesterday", "2024-02-29TAF")],
        ),
        (
            "The missile was in Polish airspace for 39 seconds.",
            "2024-03-25",
            &[("39 seconds", "PT39S")],
        ),
    ]);
}

#[test]
fn issue_14_ranges_sets_and_vague_counts() {
    check(&[
        (
            "The review takes between 12 and 18 months, or two to three years.",
            "2024-03-25",
            &[
                ("12", "P12M"),
                ("18 months", "P18M"),
                ("two", "P2Y"),
                ("three years", "P3Y"),
            ],
        ),
        // "and" alone lists two things; only "between" makes a range.
        (
            "He served 4 and then 18 months.",
            "2024-03-25",
            &[("18 months", "P18M")],
        ),
        (
            "Floods come each season, drills every summer and each winter.",
            "2024-03-25",
            &[
                ("each season", "P3M"),
                ("every summer", "XXXX-SU"),
                ("each winter", "XXXX-WI"),
            ],
        ),
        (
            "Patrols go out every morning, each July and twice a week.",
            "2024-03-25",
            &[
                ("every morning", "XXXX-XX-XXTMO"),
                ("each July", "XXXX-07"),
                ("twice a week", "P1W"),
            ],
        ),
        (
            "Days before the vote, minutes later, troops left within a few days.",
            "2024-03-25",
            &[
                ("Days before", "PXD"),
                ("minutes later", "PTXM"),
                ("within a few days", "PXD"),
            ],
        ),
        (
            "The war lasted 2 1/2 years; the raid took a minute and a half.",
            "2024-03-25",
            &[("2 1/2 years", "P2Y6M"), ("a minute and a half", "PT1M30S")],
        ),
        (
            "Rains came a month earlier than usual.",
            "2024-03-25",
            &[("a month", "P1M")],
        ),
        (
            "Sanctions bit hard over the last month.",
            "2017-07-06",
            &[("the last month", "P1M")],
        ),
    ]);
}

#[test]
fn issue_14_direction() {
    check(&[
        // "until" looks ahead even in the perfect tense.
        (
            "The talks have been postponed until Tuesday.",
            "2024-03-28",
            &[("Tuesday", "2024-04-02")],
        ),
        (
            "The vote was pushed back to March.",
            "2024-01-10",
            &[("March", "2024-03")],
        ),
        // A past verb before a bare weekday looks back, even after "would".
        (
            "He said he would decide after envoys met Wednesday.",
            "2017-01-26",
            &[("Wednesday", "2017-01-25")],
        ),
        (
            "He would wait for envoys who arrived in New Delhi on Wednesday to meet him.",
            "2017-01-26",
            &[("Wednesday", "2017-01-25")],
        ),
        (
            "He will fly to New Delhi on Wednesday.",
            "2017-01-26",
            &[("Wednesday", "2017-02-01")],
        ),
        (
            "The loan is to be paid down by February, the rest by Oct. 31.",
            "1989-11-02",
            &[("February", "1990-02"), ("Oct. 31", "1989-10-31")],
        ),
        (
            "The jet downed in November last year crashed in the hills.",
            "2016-08-09",
            &[("November last year", "2015-11")],
        ),
        (
            "That January day in 2011 the crowds gathered and in March they won.",
            "2024-03-25",
            &[("January day in 2011", "2011-01"), ("March", "2011-03")],
        ),
        // A year in another clause does not re-anchor.
        (
            "Under a plan approved in 1987, it bought shares through Sept. 29.",
            "1989-10-30",
            &[("1987", "1987"), ("Sept. 29", "1989-09-29")],
        ),
        (
            "Earlier in the day, the minister spoke; later in the day he left.",
            "2020-11-19",
            &[
                ("Earlier in the day", "2020-11-19"),
                ("later in the day", "2020-11-19"),
            ],
        ),
    ]);
}

#[test]
fn issue_14_holidays_by_year() {
    check(&[
        (
            "A missile struck the city on Palm Sunday.",
            "2025-05-14",
            &[("Palm Sunday", "2025-04-13")],
        ),
        (
            "Fighting paused over Easter and Good Friday.",
            "2024-04-10",
            &[("Easter", "2024-03-31"), ("Good Friday", "2024-03-29")],
        ),
        // Year end: last Christmas, the coming New Year's Day.
        (
            "Troops celebrated Christmas at the front and will mark New Year's Day there.",
            "2024-12-31",
            &[
                ("Christmas", "2024-12-25"),
                ("New Year's Day", "2025-01-01"),
            ],
        ),
        (
            "Talks resume after Easter 2025 and before Thanksgiving.",
            "2024-11-20",
            &[
                ("Easter 2025", "2025-04-20"),
                ("Thanksgiving", "2024-11-28"),
            ],
        ),
        (
            "The offensive began during Ramadan.",
            "2024-03-25",
            &[("Ramadan", "2024")],
        ),
        // Islamic feasts by the tabular calendar. 1997 holds two Ramadans (from January 10 and
        // from December 31): the coming one at the year's end is 1997's second.
        (
            "Fighting will pause for Ramadan.",
            "1997-12-20",
            &[("Ramadan", "1997")],
        ),
        (
            "A truce held through Eid al-Fitr and prisoners were freed at Eid al-Adha.",
            "1998-11-20",
            &[("Eid al-Fitr", "1998"), ("Eid al-Adha", "1998")],
        ),
        (
            "Independence Day parades were cancelled.",
            "2024-07-10",
            &[("Independence Day", "")],
        ),
    ]);
}

#[test]
fn issue_14_full_dates_stay_whole_and_non_dates() {
    check(&[
        (
            "By Reuters Mar 25, 2024 | 9:33 AM",
            "2024-03-25",
            &[
                ("Mar 25, 2024", "2024-03-25"),
                ("9:33 AM", "2024-03-25T09:33"),
            ],
        ),
        (
            "AFP, Saturday 22 Nov 2014",
            "2014-11-22",
            &[("Saturday 22 Nov 2014", "2014-11-22")],
        ),
        // Leap day, written day first.
        (
            "Signed Thursday 29 Feb 2024 in Doha.",
            "2024-03-02",
            &[("Thursday 29 Feb 2024", "2024-02-29")],
        ),
        (
            "His 22-year-old son, children ages 6 months and a sub-five-minute mile.",
            "2024-03-25",
            &[],
        ),
        (
            "He vowed to one day take it back.",
            "2024-03-25",
            &[("one day", "FUTURE_REF")],
        ),
        (
            "Trump flew to Mar-a-Lago and back from Mar a Lago in Oct 2024.",
            "2024-11-25",
            &[("Oct 2024", "2024-10")],
        ),
        (
            "The Sun reported it; the bill was wed to reform; he sat on Mon Sat and Wed",
            "2024-03-25",
            &[],
        ),
    ]);
}

#[test]
fn the_story_s_year_and_its_end() {
    check(&[
        (
            "For the year, exports fell; earlier in the year they rose.",
            "2024-12-31",
            &[("the year", "2024"), ("earlier in the year", "2024")],
        ),
        (
            "The force leaves by year-end, or at the latest by year's end.",
            "2024-02-29",
            &[("year-end", "2024"), ("year's end", "2024")],
        ),
        (
            "It was founded in 1957; that year the first envoy arrived.",
            "2024-03-25",
            &[("1957", "1957"), ("that year", "1957")],
        ),
        (
            "Troops stay until the end of the year.",
            "2024-03-25",
            &[("the end of the year", "2024")],
        ),
        // A bare "the year" without a preposition that makes it a date is left alone.
        ("It was the year of the dragon.", "2024-03-25", &[]),
    ]);
}

#[test]
fn issue_14_durations_and_references() {
    check(&[
        // Nowadays: "And today," stating how things are, and "the Europe of today".
        (
            "The war left many widows. And today, clean water is scarce in the Europe of today.",
            "2024-03-25",
            &[("today", "PRESENT_REF"), ("today", "PRESENT_REF")],
        ),
        (
            "But today, the minister is in Paris.",
            "2024-03-25",
            &[("today", "2024-03-25")],
        ),
        (
            "Prices have risen in recent months, fell in recent weeks and may rise in the weeks ahead.",
            "2024-03-25",
            &[
                ("recent months", "PXM"),
                ("recent weeks", "PXW"),
                ("the weeks ahead", "PXW"),
            ],
        ),
        (
            "The lease runs for at least 20 more years, or an additional year at most.",
            "2024-03-25",
            &[("at least 20 more years", "P20Y"), ("an additional year", "P1Y")],
        ),
        // "a week or so ago" back across a year end.
        (
            "The envoy left a week or so ago at the then current rate.",
            "2024-01-03",
            &[("a week or so ago", "2023-12-27"), ("then current", "PAST_REF")],
        ),
        // Ages and rates are not stretches of time; "twice a week" still is a set.
        (
            "Mr. Lee, 52 years old, saves $2 million a year on 700 flights a week, twice a week.",
            "2024-03-25",
            &[("twice a week", "P1W")],
        ),
    ]);
}

#[test]
fn issue_14_weekdays_and_months() {
    check(&[
        // "the previous Friday" is the one before the story's Friday; across a year end too.
        (
            "Shares slid Friday, down 3% from the previous Friday.",
            "2024-01-01",
            &[("Friday", "2023-12-29"), ("the previous Friday", "2023-12-22")],
        ),
        // Plural parts of the day make weekdays recurring, shared across "and".
        (
            "Two new flights will leave on Monday and Tuesday nights, a third on Saturday mornings.",
            "2024-03-25",
            &[
                ("Monday", "XXXX-WXX-1TNI"),
                ("Tuesday nights", "XXXX-WXX-2TNI"),
                ("Saturday mornings", "XXXX-WXX-6TMO"),
            ],
        ),
        // A part of the day after "by mid", "until late" is the story's day: a leap day here.
        (
            "Troops crossed on Thursday. By late evening they held the bridge.",
            "2024-03-01",
            &[("Thursday", "2024-02-29"), ("late evening", "2024-02-29TEV")],
        ),
        // "for a third straight day": the day of writing, the last of the year.
        (
            "Rebels held the town for a third straight day.",
            "2024-12-31",
            &[("a third straight day", "2024-12-31")],
        ),
        // A past participle right before a date outweighs the future of the sentence; a leap
        // day.
        (
            "The fund will buy back the notes issued Feb. 29.",
            "2024-03-10",
            &[("Feb. 29", "2024-02-29")],
        ),
    ]);
}

#[test]
fn issue_14_reporting_periods() {
    check(&[
        // Early January: the fourth quarter just ended is the one reported on.
        (
            "Fourth-quarter profit rose from a year ago; the quarter a year ago was weak.",
            "2024-01-25",
            &[
                ("Fourth-quarter", "2023-Q4"),
                ("a year ago", "2022-Q4"),
                ("the quarter a year ago", "2022-Q4"),
            ],
        ),
        // A leap year's first quarter against the one a year earlier.
        (
            "First-quarter sales, reported Feb. 29, beat the 2023 quarter.",
            "2024-04-30",
            &[
                ("First-quarter", "2024-Q1"),
                ("Feb. 29", "2024-02-29"),
                ("the 2023 quarter", "2023-Q1"),
            ],
        ),
        (
            "Third-quarter net rose. For the first nine months, net rose from a year earlier.",
            "2023-11-02",
            &[
                ("Third-quarter", "2023-Q3"),
                ("the first nine months", "P9M"),
                ("a year earlier", "2022"),
            ],
        ),
    ]);
}
