//! Statement extraction on sentences written for these tests: quotation shapes, cues, speakers,
//! reported speech, dates, and inputs that must neither panic nor take quadratic time.

use std::time::{Duration, Instant};

use demarche::{Article, Day, Extraction, Extractor, StatementKind};

fn extract(text: &str) -> Extraction {
    let day = Day::new(2023, 6, 3).unwrap();
    Extractor::new().extract(Article::new(text).published(day))
}

/// (kind, speaker, text) of every statement, in text order.
fn statements(text: &str) -> Vec<(StatementKind, Option<String>, String)> {
    extract(text)
        .statements
        .into_iter()
        .map(|s| (s.kind, s.speaker, s.text))
        .collect()
}

const D: StatementKind = StatementKind::Direct;
const I: StatementKind = StatementKind::Indirect;

type Want<'a> = &'a [(StatementKind, Option<&'a str>, &'a str)];

fn check(cases: &[(&str, Want)]) {
    for (text, want) in cases {
        let want: Vec<_> = want
            .iter()
            .map(|(k, s, t)| (*k, s.map(str::to_string), t.to_string()))
            .collect();
        assert_eq!(statements(text), want, "\n{text}\n");
    }
}

const AUSTIN: Option<&str> = Some("lloyd-austin");
const BLINKEN: Option<&str> = Some("antony-blinken");

#[test]
fn quotation_shapes() {
    check(&[
        // Straight and curly quotes, cue after.
        (
            "\"We are ready to talk at any level,\" Lloyd Austin said.",
            &[(D, AUSTIN, "We are ready to talk at any level,")],
        ),
        (
            "“We are ready to talk at any level,” Lloyd Austin said.",
            &[(D, AUSTIN, "We are ready to talk at any level,")],
        ),
        // A quote spanning several sentences.
        (
            "Antony Blinken said: \"The line is open. We expect an answer. Nothing more.\"",
            &[(D, BLINKEN, "The line is open. We expect an answer. Nothing more.")],
        ),
        // A quote split by its attribution continues the speaker.
        (
            "\"Talks matter,\" Lloyd Austin said on Friday. \"Without them, small incidents grow.\"",
            &[
                (D, AUSTIN, "Talks matter,"),
                (D, AUSTIN, "Without them, small incidents grow."),
            ],
        ),
        // Nested single quotes stay part of the quotation.
        (
            "“They told us 'not now' every single time,” Antony Blinken said.",
            &[(D, BLINKEN, "They told us 'not now' every single time,")],
        ),
        // A paragraph opening a quote it does not close continues into the next paragraph,
        // and a quote paragraph with no cue continues the previous speaker.
        (
            "Lloyd Austin spoke first.\n\n“We will keep flying where the law allows.\n\n“We will keep sailing, too,” he said.\n\n\"And we will not be deterred by unsafe intercepts.\"",
            &[
                (D, AUSTIN, "We will keep flying where the law allows."),
                (D, AUSTIN, "We will keep sailing, too,"),
                (D, AUSTIN, "And we will not be deterred by unsafe intercepts."),
            ],
        ),
    ]);
}

#[test]
fn partial_and_scare_quotes() {
    check(&[
        // A partial quote inside reported speech is a direct statement of the quoted words.
        (
            "Lloyd Austin said he was \"worried that the hotline has gone unanswered for months\".",
            &[(D, AUSTIN, "worried that the hotline has gone unanswered for months")],
        ),
        // Scare quotes and a mismatched pair stay inside the reported clause.
        (
            "Antony Blinken said the two sides need more \"trust\" and \"candour\" in the talks.",
            &[(
                I,
                BLINKEN,
                "the two sides need more \"trust\" and \"candour\" in the talks",
            )],
        ),
        (
            "Lloyd Austin said on Saturday that restraint is \"vital' for both navies.",
            &[(I, AUSTIN, "restraint is \"vital' for both navies")],
        ),
        // A title is not a statement.
        ("Lloyd Austin read \"The Art of War\" on the plane.", &[]),
        // Coordinated quotes after a subject share it.
        (
            "Lloyd Austin also \"restated that the navy will keep operating lawfully,\" and \"rejected any claim to the whole sea.\"",
            &[
                (D, AUSTIN, "restated that the navy will keep operating lawfully,"),
                (D, AUSTIN, "rejected any claim to the whole sea."),
            ],
        ),
    ]);
}

#[test]
fn cues_and_speakers() {
    check(&[
        // Inverted cue.
        (
            "\"There is no substitute for dialogue,\" said Antony Blinken.",
            &[(D, BLINKEN, "There is no substitute for dialogue,")],
        ),
        // Pronoun after the quote, resolved to the most recent compatible person.
        (
            "Lloyd Austin landed in Manila. \"We stand with our allies,\" he said.",
            &[(D, AUSTIN, "We stand with our allies,")],
        ),
        // Cue before the quote.
        (
            "Antony Blinken added: \"We will keep working on this together.\"",
            &[(D, BLINKEN, "We will keep working on this together.")],
        ),
        // A description resolved to whoever issued the earlier statement.
        (
            "The Pentagon said in a statement that the call lasted an hour. \"Both sides agreed to stay in touch,\" the statement said.",
            &[
                (I, Some("us-department-of-defense"), "the call lasted an hour"),
                (
                    D,
                    Some("us-department-of-defense"),
                    "Both sides agreed to stay in touch,",
                ),
            ],
        ),
        // A cue closing the sentence after more words.
        (
            "\"The ministers reviewed maritime safety in detail\" during the call, the Pentagon said.",
            &[(
                D,
                Some("us-department-of-defense"),
                "The ministers reviewed maritime safety in detail",
            )],
        ),
        // "according to" names the source after it.
        (
            "\"We demand an end to provocations,\" according to China.",
            &[(D, Some("china"), "We demand an end to provocations,")],
        ),
        // An appositive between the subject and the cue is skipped.
        (
            "Antony Blinken, standing next to Lloyd Austin, said the visit would go ahead.",
            &[(I, BLINKEN, "the visit would go ahead")],
        ),
    ]);
}

#[test]
fn reported_speech() {
    check(&[
        ("Lloyd Austin said the channels must stay open.", &[(I, AUSTIN, "the channels must stay open")]),
        (
            "Antony Blinken told reporters that Beijing had declined the request.",
            &[(I, BLINKEN, "Beijing had declined the request")],
        ),
        (
            "The hotline remains unused, Lloyd Austin said on Friday.",
            &[(I, AUSTIN, "The hotline remains unused")],
        ),
        // A second frame ends the first clause.
        (
            "Antony Blinken said the meeting was useful, but Lloyd Austin said the gaps remain wide.",
            &[
                (I, BLINKEN, "the meeting was useful"),
                (I, AUSTIN, "the gaps remain wide"),
            ],
        ),
        // A reporting verb inside a reported clause is part of it.
        (
            "Antony Blinken said Washington had urged China to restore the channels.",
            &[(I, BLINKEN, "Washington had urged China to restore the channels")],
        ),
        // A headline is not a statement.
        ("Austin says talks must resume\n\nLloyd Austin arrived on Friday.", &[]),
    ]);
}

#[test]
fn cue_dates() {
    let doc = extract("Lloyd Austin said on Friday that the talks were useful.");
    let s = &doc.statements[0];
    assert_eq!(s.cue.as_ref().map(|c| c.text.as_str()), Some("said"));
    let date = s.date.as_ref().expect("a date");
    assert_eq!(date.text, "Friday");
    assert_eq!(date.value.as_deref(), Some("2023-06-02"));
}

/// Spans always point into the text.
#[test]
fn spans_match_text() {
    let text = "“Café talks matter,” Lloyd Austin said. Antony Blinken said the talks—long delayed—would resume.";
    for s in extract(text).statements {
        assert_eq!(&text[s.span.range()], s.text);
    }
}

#[test]
fn hostile_inputs_are_fast_and_safe() {
    let inputs = [
        "\"".repeat(400_000),
        "“".repeat(200_000),
        "'\"‘’“”".repeat(50_000),
        "Lloyd Austin said \"a b c said he ".repeat(20_000),
        "Antony Blinken said that China said that ".repeat(20_000),
        "é\" ’said, he\n\n".repeat(40_000),
        "said, said said: \"".repeat(40_000),
        "x".repeat(300_000),
    ];
    for text in &inputs {
        let t = Instant::now();
        let doc = extract(text);
        for s in &doc.statements {
            assert!(text.get(s.span.range()).is_some());
        }
        assert!(
            t.elapsed() < Duration::from_secs(20),
            "{} bytes took {:?}",
            text.len(),
            t.elapsed()
        );
    }
}

#[test]
fn unknown_speakers_are_not_guessed() {
    check(&[
        // A known name that only modifies the real, unknown subject.
        (
            "The US company also said it had agreed to sell ten planes.",
            &[],
        ),
        (
            "The Lyon-based think tank said growth would slow next year.",
            &[],
        ),
        // Not speech: an infinitive or a negation.
        (
            "Lloyd Austin was unable to say when the talks would resume.",
            &[],
        ),
    ]);
}

#[test]
fn people_we_do_not_list_speak() {
    check(&[
        // A known name ("US") modifies the noun before the real subject, an organisation the
        // names stage reads by its head word.
        (
            "US carmaker Acme Motors said it would cut output by a tenth.",
            &[(I, Some("acme-motors"), "it would cut output by a tenth")],
        ),
        // A place after "of" modifies the subject: the person speaks, not France.
        (
            "Jane Doe of France said the euro was far too strong.",
            &[(I, Some("jane-doe"), "the euro was far too strong")],
        ),
        // Inverted frame with a name no list holds: the apposition shows a person.
        (
            "Growth will slow sharply next year, said Jane Doe, a lecturer at Lyon.",
            &[(I, Some("jane-doe"), "Growth will slow sharply next year")],
        ),
        (
            "Regional governor Oleh Hryhorov said three people were killed.",
            &[(I, Some("oleh-hryhorov"), "three people were killed")],
        ),
        (
            "Philippe Nzobonariba, the Burundian government spokesman, said the talks were over.",
            &[(I, Some("philippe-nzobonariba"), "the talks were over")],
        ),
    ]);
}

#[test]
fn more_frames() {
    check(&[
        // Inverted frame with a known name.
        (
            "The talks will resume next month, said Antony Blinken.",
            &[(I, BLINKEN, "The talks will resume next month")],
        ),
        // A dash aside keeps its subject.
        (
            "Lloyd Austin - who flew in overnight - said the allies stand united.",
            &[(I, AUSTIN, "the allies stand united")],
        ),
        // An auxiliary between an aside and the cue.
        (
            "Lloyd Austin, the defense secretary, has said the fleet will stay.",
            &[(I, AUSTIN, "the fleet will stay")],
        ),
        // "quoted X as saying".
        (
            "The paper quoted Antony Blinken as saying: \"We are not there yet, but we are closer.\"",
            &[(D, BLINKEN, "We are not there yet, but we are closer.")],
        ),
        // A readout whose phrase names its issuer speaks for that issuer.
        (
            "China issued a readout of the call. \"Both sides should respect each other,\" the defense ministry readout said.",
            &[(D, Some("china-ministry-of-national-defense"), "Both sides should respect each other,")],
        ),
        // A readout described after the source that issued it.
        (
            "China issued a readout of the call. \"Both sides should respect each other,\" the readout said.",
            &[(D, Some("china"), "Both sides should respect each other,")],
        ),
    ]);
}

#[test]
fn groups_and_calls() {
    // "they" after a group of unnamed officials.
    let text = "Several Chinese officials met the delegation. \"We want calm waters and open talks,\" they said.";
    let doc = extract(text);
    assert_eq!(doc.statements.len(), 1);
    let s = &doc.statements[0];
    assert_eq!(s.text, "We want calm waters and open talks,");
    let speaker = s
        .speaker
        .as_deref()
        .and_then(|id| doc.actor(id))
        .expect("a speaker");
    assert!(speaker.anonymous);
    assert_eq!(speaker.country.as_deref(), Some("CHN"));
    // "called for" reports words.
    check(&[(
        "Antony Blinken called for an end to unsafe intercepts at sea.",
        &[(I, BLINKEN, "an end to unsafe intercepts at sea")],
    )]);
}

#[test]
fn according_to() {
    check(&[
        (
            "According to the Pentagon, \"the ship came within 150 yards of ours.\"",
            &[(
                D,
                Some("us-department-of-defense"),
                "the ship came within 150 yards of ours.",
            )],
        ),
        (
            "\"Exports fell for a third month,\" according to US customs figures.",
            &[(D, None, "Exports fell for a third month,")],
        ),
        // After a connective and its comma.
        (
            "However, according to a senior US official, the talks will not resume this year.",
            &[(I, Some("senior-us-official"), "the talks will not resume this year")],
        ),
        // A relative clause about the source may follow it.
        (
            "The talks will not resume this year, according to a senior US official who spoke on condition of anonymity.",
            &[(I, Some("senior-us-official"), "The talks will not resume this year")],
        ),
        // Anything else after the source is no part of the frame.
        (
            "The talks will not resume this year, according to a senior US official in a long briefing on the state of the talks.",
            &[],
        ),
    ]);
}

#[test]
fn participles_and_partial_quotes_in_reported_clauses() {
    check(&[
        // A participle after a quotation whose cue comes before it reports its own clause.
        (
            "Lloyd Austin said \"We will keep the channels open,\" adding that the talks would resume soon.",
            &[
                (D, AUSTIN, "We will keep the channels open,"),
                (I, AUSTIN, "the talks would resume soon"),
            ],
        ),
        // Its speaker is the subject of the verb it hangs on, not the sentence's first phrase.
        (
            "The two sides will meet again, Lloyd Austin said on Tuesday, adding that no agreement would be signed.",
            &[
                (I, AUSTIN, "The two sides will meet again"),
                (I, AUSTIN, "no agreement would be signed"),
            ],
        ),
        // A partial quote inside a clause before its cue, the comma inside its closing mark.
        (
            "Antony Blinken held talks with Wang Yi and discussed \"issues between the countries,\" Antony Blinken said.",
            &[
                (
                    I,
                    BLINKEN,
                    "Antony Blinken held talks with Wang Yi and discussed \"issues between the countries,\"",
                ),
                (D, BLINKEN, "issues between the countries,"),
            ],
        ),
        // A whole quotation before the cue is a direct statement, not a reported clause.
        (
            "\"Not now, not ever,\" Antony Blinken said.",
            &[(D, BLINKEN, "Not now, not ever,")],
        ),
        // A cue naming nobody inside another speaker's reported clause: that speaker relays it.
        (
            "Lloyd Austin said the allies met, and the commander called on China to \"honor its obligations.\"",
            &[
                (I, AUSTIN, "the allies met"),
                (D, AUSTIN, "honor its obligations."),
            ],
        ),
        // "called on X to": the infinitive about the listener is the clause.
        (
            "Antony Blinken called on China to restore the military channels.",
            &[(I, BLINKEN, "China to restore the military channels")],
        ),
        (
            "Antony Blinken called on the governor at his residence.",
            &[],
        ),
    ]);
}

#[test]
fn object_taking_cues_report_clauses_not_objects() {
    // "added", "announced", "predicted" also take plain objects: those are no statements.
    for text in [
        "The United States added 146,000 jobs in December.",
        "China announced new restrictions on exports of gallium last month.",
        "Lloyd Austin predicted an easy win.",
    ] {
        let got = statements(text);
        assert!(got.is_empty(), "{text}: {got:?}");
    }
    // A clause after them still is: opened by "that" or a pronoun, or with an auxiliary.
    for (text, clause) in [
        (
            "Lloyd Austin added that the talks had been useful.",
            "the talks had been useful",
        ),
        (
            "China announced it would hold drills near Taiwan.",
            "it would hold drills near Taiwan",
        ),
        (
            "Lloyd Austin predicted the next round of talks would be harder.",
            "the next round of talks would be harder",
        ),
    ] {
        let got = statements(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!(got[0].0, StatementKind::Indirect);
        assert_eq!(got[0].2, clause);
    }
}

#[test]
fn a_source_opening_a_paragraph_keeps_its_qualifier() {
    // The noun phrase before "officials" is read back across the paragraph break only up to it.
    let text = "\"We will talk,\" he said.\nChinese officials have expressed doubts, saying the \
                talks would fail.";
    let got = statements(text);
    let last = got.last().unwrap();
    assert_eq!(last.0, StatementKind::Indirect);
    assert_eq!(last.1.as_deref(), Some("chinese-officials"));
    assert_eq!(last.2, "the talks would fail");
}

#[test]
fn a_generic_ministry_is_the_one_of_the_country_in_question() {
    // Named in the phrase, or the country named last before it.
    for (text, speaker) in [
        (
            "China's foreign ministry said the talks were constructive.",
            "china-ministry-of-foreign-affairs",
        ),
        (
            "Japan protested on Monday. The defense ministry said the drills were provocative.",
            "japan-ministry-of-defense",
        ),
    ] {
        let got = statements(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!(got[0].1.as_deref(), Some(speaker), "{text}");
    }
    // A country named only as a place is not the one whose ministry speaks; nor is any country
    // far back.
    let got = statements("Talks were held in Singapore. The defense ministry said they failed.");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_government_named_by_a_demonym_speaks_for_its_country() {
    check(&[
        (
            "The Chinese government said the drills would continue.",
            &[(I, Some("china"), "the drills would continue")],
        ),
        (
            "Violence rose, with the Burundian government saying 87 people were killed.",
            &[(I, Some("burundi"), "87 people were killed")],
        ),
        // A demonym before a noun that is no body of the country names no speaker.
        ("A Chinese company said the drills would continue.", &[]),
    ]);
}

#[test]
fn a_named_apposition_beats_the_role_holder_resolution_found() {
    // Resolution reads "the US secretary of state" as the holder on the date (Blinken); the
    // name set off after it says who spoke.
    check(&[
        (
            "The US secretary of state, Jane Roe, said that talks would resume.",
            &[(I, Some("jane-roe"), "talks would resume")],
        ),
        (
            "Russia\u{2019}s ambassador to Poland, Sergei Andreyev, said that talks would resume.",
            &[(I, Some("sergei-andreyev"), "talks would resume")],
        ),
        // A name heading the subject stays the speaker.
        (
            "Antony Blinken, the US secretary of state, said that talks would resume.",
            &[(I, BLINKEN, "talks would resume")],
        ),
    ]);
}

#[test]
fn cues_that_close_the_sentence() {
    check(&[
        // A long apposition puts the cue far after the quotation; its frame follows it.
        (
            "\"The talks will go on for a long time,\" Lloyd Austin, the US defence secretary \
             since early 2021 and a retired general, told reporters.",
            &[(D, AUSTIN, "The talks will go on for a long time,")],
        ),
        // The frame opens after a comma past the quotation.
        (
            "\"The talks will go on for a long time\" after the summit in the Gulf, Lloyd Austin \
             told reporters.",
            &[(D, AUSTIN, "The talks will go on for a long time")],
        ),
        // Not sentence-final: a clause follows the cue, and it is reported speech of its own.
        (
            "Lloyd Austin said on Friday that the talks would go on for a long time.",
            &[(I, AUSTIN, "the talks would go on for a long time")],
        ),
        // A cue with more than a few words after it closes nothing: the clause before it is
        // no statement.
        (
            "The talks will go on, Lloyd Austin said to a room full of cadets and officers at \
             the academy in Annapolis.",
            &[],
        ),
    ]);
}

#[test]
fn noun_uses_of_cue_words_are_no_cues() {
    check(&[
        // "calls" after a possessive, "claims" after a determiner, "saying" after a preposition
        // that keeps it from saying anything: nouns and silent gerunds, not cues.
        (
            "Lloyd Austin repeated his calls for calm in the Taiwan Strait this week.",
            &[],
        ),
        (
            "The claims that the talks would go on were false, the agency wrote later.",
            &[],
        ),
        (
            "Lloyd Austin stopped short of saying when the talks would resume.",
            &[],
        ),
        // The same words as verbs are cues.
        (
            "Lloyd Austin claims that the talks would go on.",
            &[(I, AUSTIN, "the talks would go on")],
        ),
        (
            "Lloyd Austin responded by saying that the talks would go on.",
            &[(I, AUSTIN, "the talks would go on")],
        ),
    ]);
}
