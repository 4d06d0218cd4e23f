//! The clause layer as the statement and meeting detectors see it, on sentences written for
//! these tests: every clause shape the speaker of a cue is read through (asides, modifiers,
//! possessives, appositions, participles, coordination, inversion, infinitives, "quoted X as
//! saying", "according to X"), and the shapes that give no speaker or no statement.

use std::sync::OnceLock;

use demarche::{Article, Day, Extraction, Extractor, StatementKind};

fn extractor() -> &'static Extractor {
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(Extractor::new)
}

fn extract(text: &str) -> Extraction {
    let day = Day::new(2023, 6, 3).unwrap();
    extractor().extract(Article::new(text).published(day))
}

const D: StatementKind = StatementKind::Direct;
const I: StatementKind = StatementKind::Indirect;

/// The (kind, speaker id, text) of every statement a sentence holds, in text order.
type Want<'a> = &'a [(StatementKind, Option<&'a str>, &'a str)];

/// Each sentence and the statements it must give.
fn check(cases: &[(&str, Want)]) {
    let mut failures = Vec::new();
    for (text, want) in cases {
        let got: Vec<(StatementKind, Option<String>, String)> = extract(text)
            .statements
            .into_iter()
            .map(|s| (s.kind, s.speaker, s.text))
            .collect();
        let want: Vec<(StatementKind, Option<String>, String)> = want
            .iter()
            .map(|(k, s, t)| (*k, s.map(str::to_string), t.to_string()))
            .collect();
        if got != want {
            failures.push(format!("{text}\n  got:  {got:?}\n  want: {want:?}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

const AUSTIN: Option<&str> = Some("lloyd-austin");
const BLINKEN: Option<&str> = Some("antony-blinken");

#[test]
fn subjects_through_asides_and_modifiers() {
    check(&[
        // A comma aside after the subject.
        (
            "Antony Blinken, speaking alongside Wang Yi, said the talks were useful.",
            &[(I, BLINKEN, "the talks were useful")],
        ),
        // A dash aside with a relative clause, and a bracket aside.
        (
            "Lloyd Austin -- who flew in overnight -- said the allies stand united.",
            &[(I, AUSTIN, "the allies stand united")],
        ),
        (
            "Lloyd Austin (pictured) said the fleet will stay in the region.",
            &[(I, AUSTIN, "the fleet will stay in the region")],
        ),
        // A date between the subject and its verb.
        (
            "Antony Blinken on Monday said Washington had urged restraint.",
            &[(I, BLINKEN, "Washington had urged restraint")],
        ),
        // Auxiliaries and adverbs inside the verb group.
        (
            "Lloyd Austin has also repeatedly said the door remains open.",
            &[(I, AUSTIN, "the door remains open")],
        ),
        // An introductory phrase before the subject.
        (
            "In a Monday interview with a local paper, Antony Blinken said the visit would go ahead.",
            &[(I, BLINKEN, "the visit would go ahead")],
        ),
    ]);
}

#[test]
fn subjects_of_participles_coordination_and_inversion() {
    check(&[
        // A participle after a comma takes the main clause's subject.
        (
            "Lloyd Austin spoke to reporters in Singapore, saying the region needs open lines.",
            &[(I, AUSTIN, "the region needs open lines")],
        ),
        // A second verb of a coordination takes the first verb's subject, past an aside.
        (
            "Antony Blinken, in his opening remarks, thanked his hosts and said the ties had grown.",
            &[(I, BLINKEN, "the ties had grown")],
        ),
        (
            "Lloyd Austin declined to give details, but said the call was frank.",
            &[(I, AUSTIN, "the call was frank")],
        ),
        // Inverted frames, after a comma and after a quotation.
        (
            "The talks will resume next month, said Antony Blinken.",
            &[(I, BLINKEN, "The talks will resume next month")],
        ),
        (
            "\"We are not there yet, but we are closer,\" said Lloyd Austin.",
            &[(D, AUSTIN, "We are not there yet, but we are closer,")],
        ),
        // A participle after a quotation that opens the sentence.
        (
            "\"We will keep talking,\" Lloyd Austin said on Saturday, adding \"there is no other way.\"",
            &[
                (D, AUSTIN, "We will keep talking,"),
                (D, AUSTIN, "there is no other way."),
            ],
        ),
    ]);
}

#[test]
fn quoted_cited_and_according_to() {
    check(&[
        // "X quoted Y as saying": Y speaks.
        (
            "The paper quoted Antony Blinken as saying: \"We are not there yet, but we are closer.\"",
            &[(D, BLINKEN, "We are not there yet, but we are closer.")],
        ),
        // "Y was quoted as saying": the passive's subject speaks.
        (
            "\"This is the only way forward for both of our countries,\" Lloyd Austin was quoted as saying.",
            &[(D, AUSTIN, "This is the only way forward for both of our countries,")],
        ),
        // ... also past a "by" phrase naming who quoted.
        (
            "Lloyd Austin was quoted by state media as saying the talks had collapsed.",
            &[(I, AUSTIN, "the talks had collapsed")],
        ),
        // "CLAUSE, the agency cited Y as saying": the whole frame follows the clause.
        (
            "The ceasefire talks have collapsed once again, the agency cited Antony Blinken as saying.",
            &[(I, BLINKEN, "The ceasefire talks have collapsed once again")],
        ),
        // An introductory participle phrase is no reported clause.
        (
            "Speaking at an event in Jakarta, Lloyd Austin said the region needs calm.",
            &[(I, AUSTIN, "the region needs calm")],
        ),
        // A description before a named apposition is no reported clause.
        (
            "Spokesman for the Pentagon, Lloyd Austin, said on Friday.",
            &[],
        ),
        // A clause whose verb reads like a noun is still a clause.
        (
            "The hotline remains unused, Lloyd Austin said on Friday.",
            &[(I, AUSTIN, "The hotline remains unused")],
        ),
        // A description and a comma before the named subject is no clause either.
        (
            "Spokesman for the Pentagon, Lloyd Austin said, \"The talks will go on for a while.\"",
            &[(D, AUSTIN, "The talks will go on for a while.")],
        ),
        // A quote paragraph introduced by a sentence that ends in a colon.
        (
            "Lloyd Austin told reporters in Jakarta:\n\n\"The talks will go on for a while.\"",
            &[(D, AUSTIN, "The talks will go on for a while.")],
        ),
        // A participle's object is no clause: "declaring his win".
        (
            "Lloyd Austin attended a dinner after declaring his win in the vote.",
            &[],
        ),
        // "according to X" before and after the clause it reports.
        (
            "According to the Pentagon, the two ministers will meet in Jakarta next week.",
            &[(
                I,
                Some("us-department-of-defense"),
                "the two ministers will meet in Jakarta next week",
            )],
        ),
        (
            "The ceasefire talks have collapsed once again, according to Antony Blinken.",
            &[(I, BLINKEN, "The ceasefire talks have collapsed once again")],
        ),
        // "according to" unnamed sources: an anonymous speaker.
        (
            "The ceasefire talks have collapsed once again, according to local sources.",
            &[(I, Some("sources"), "The ceasefire talks have collapsed once again")],
        ),
    ]);
}

#[test]
fn pronouns_follow_salience() {
    check(&[
        // With no named speaker yet, "he" is the subject of the sentence before, not the
        // person mentioned last.
        (
            "Lloyd Austin was speaking at a news conference with Antony Blinken. \"We have received notice of a change of mind,\" he said.",
            &[(D, AUSTIN, "We have received notice of a change of mind,")],
        ),
        // "they" for an unnamed source, past the quotation's own sentences.
        (
            "On Friday, a senior official said the envoy would stay. \"This is fake news. The envoy will attend as planned,\" they added.",
            &[
                (I, Some("senior-official"), "the envoy would stay"),
                (D, Some("senior-official"), "This is fake news. The envoy will attend as planned,"),
            ],
        ),
        // A bare plural source is an unnamed speaker.
        (
            "Officials said the bridge would reopen within a week.",
            &[(I, Some("officials"), "the bridge would reopen within a week")],
        ),
        // "the official" refers back to the last unnamed official.
        (
            "A senior official said the envoy would stay. \"The envoy will attend as planned,\" the official said.",
            &[
                (I, Some("senior-official"), "the envoy would stay"),
                (D, Some("senior-official"), "The envoy will attend as planned,"),
            ],
        ),
        // The person already speaking keeps "he" over the subject of the sentence before.
        (
            "Lloyd Austin said the talks went well. Antony Blinken nodded at that. \"We have a long way to go in these talks,\" he said.",
            &[
                (I, AUSTIN, "the talks went well"),
                (D, AUSTIN, "We have a long way to go in these talks,"),
            ],
        ),
    ]);
}

#[test]
fn possessives_appositions_and_bodies() {
    check(&[
        // A named apposition is the speaker, not the description before it.
        (
            "The Chinese ambassador in Washington, Xie Feng, said the visit would help.",
            &[(I, Some("xie-feng"), "the visit would help")],
        ),
        // A body of the possessor speaks for it.
        (
            "Japan's government said the two sides would hold talks in May.",
            &[(I, Some("japan"), "the two sides would hold talks in May")],
        ),
        // A leader's government speaks for the leader's country when the article names it,
        // else for the leader.
        (
            "In the United States, Lloyd Austin's administration said talks would resume in May.",
            &[(I, Some("united-states"), "talks would resume in May")],
        ),
        (
            "Lloyd Austin's administration said the two sides would hold talks in May.",
            &[(I, AUSTIN, "the two sides would hold talks in May")],
        ),
        // A country's role with a holder on the article's date is that person.
        (
            "The talks were useful, China's defense minister said.",
            &[(I, Some("li-shangfu"), "The talks were useful")],
        ),
        // A role we cannot name gives no speaker: the possessor is not the speaker.
        (
            "Japan's chief negotiator said the two sides would hold talks in May.",
            &[],
        ),
        // A place after "in" modifies the subject: unnamed sources, an anonymous speaker.
        (
            "Diplomatic sources in Brussels said the meeting is likely to take place in June.",
            &[(
                I,
                Some("diplomatic-sources"),
                "the meeting is likely to take place in June",
            )],
        ),
    ]);
}

#[test]
fn partial_quotes_in_a_named_frame() {
    check(&[
        // A partial quote of three words or more in a frame with a known speaker; the frame
        // ("called for") reports the clause around it too.
        (
            "Antony Blinken called for an immediate halt to \"all hostile acts\" in the region.",
            &[
                (
                    I,
                    BLINKEN,
                    "an immediate halt to \"all hostile acts\" in the region",
                ),
                (D, BLINKEN, "all hostile acts"),
            ],
        ),
        // ... and inside a reported clause, which keeps it.
        (
            "Lloyd Austin said the government was \"exploring all measures\" over the remarks.",
            &[
                (
                    I,
                    AUSTIN,
                    "the government was \"exploring all measures\" over the remarks",
                ),
                (D, AUSTIN, "exploring all measures"),
            ],
        ),
        // A scare quote of one or two words is nobody's statement.
        (
            "Lloyd Austin said the \"missile incident\" would be discussed on Friday.",
            &[(
                I,
                AUSTIN,
                "the \"missile incident\" would be discussed on Friday",
            )],
        ),
    ]);
}

#[test]
fn shapes_that_give_no_statement() {
    check(&[
        // A relative clause: what someone says is not reported here.
        (
            "What the United States says was a weather balloon crossed the country.",
            &[],
        ),
        // Noun uses of speech and call words.
        (
            "In remarks to the press, the minister avoided the question entirely.",
            &[],
        ),
        (
            "The call for calm went unheeded in the capital on Friday.",
            &[],
        ),
        // Infinitives and negations of a speech verb.
        (
            "Lloyd Austin was unable to say when the talks would resume.",
            &[],
        ),
        // A title in quotation marks.
        ("Lloyd Austin has read \"The Art of War\" twice.", &[]),
    ]);
}

#[test]
fn where_reported_clauses_start() {
    check(&[
        // "that" after adjuncts and a comma aside.
        (
            "Lloyd Austin said in remarks on Friday that the channels must stay open.",
            &[(I, AUSTIN, "the channels must stay open")],
        ),
        (
            "Lloyd Austin wrote on Facebook, after a call with the Chinese side, that he would visit Beijing.",
            &[(I, AUSTIN, "he would visit Beijing")],
        ),
        // A subordinate clause before "that", with a relative "that" inside it.
        (
            "Antony Blinken said meanwhile as he met ministers who restored ties that were cut that gaps remain wide.",
            &[(I, BLINKEN, "gaps remain wide")],
        ),
        // A listener: named, a noun phrase with a modifier, a name of no known actor.
        (
            "Lloyd Austin told Reuters the channels must stay open.",
            &[(I, AUSTIN, "the channels must stay open")],
        ),
        (
            "Lloyd Austin told a news conference in Jakarta that the channels must stay open.",
            &[(I, AUSTIN, "the channels must stay open")],
        ),
        (
            "Lloyd Austin told Acme Radio talks with Beijing must resume.",
            &[(I, AUSTIN, "talks with Beijing must resume")],
        ),
        // A scare quote may open the clause; a statement's quotation may not.
        (
            "Lloyd Austin told the BBC that \"interference\" had slowed the talks.",
            &[(I, AUSTIN, "\"interference\" had slowed the talks")],
        ),
        (
            "Lloyd Austin told the BBC: \"We will keep the channels open at every level.\"",
            &[(D, AUSTIN, "We will keep the channels open at every level.")],
        ),
        // A date after a comma belongs to the sentence, not the cue.
        (
            "Antony Blinken will meet Wang Yi in Jakarta, a US official said, two days ahead of the summit.",
            &[(I, Some("us-official"), "Antony Blinken will meet Wang Yi in Jakarta")],
        ),
        // No clause: a relative "that", a preposition with no "that", a listener alone.
        (
            "Lloyd Austin said in a speech to cadets that was broadcast live.",
            &[],
        ),
        ("Lloyd Austin spoke to reporters and said to them nothing new.", &[]),
        ("Lloyd Austin told Reuters on Friday.", &[]),
    ]);
}

#[test]
fn meetings_read_their_subject_from_the_frame() {
    for (text, want) in [
        // A relative-clause aside does not give the subject.
        (
            "Lloyd Austin, who praised China, was unable to speak with top Chinese generals.",
            vec!["lloyd-austin", "china"],
        ),
        // An infinitive under a predicate keeps the sentence's subject.
        (
            "Antony Blinken has agreed to meet Wang Yi in Jakarta.",
            vec!["antony-blinken", "wang-yi"],
        ),
    ] {
        let doc = extract(text);
        let got = doc.meetings.first().map(|m| m.participants.clone());
        assert_eq!(
            got,
            Some(want.iter().map(|s| s.to_string()).collect()),
            "{text}"
        );
    }
}
