//! Meetings and refusals through the public API, on sentences written for these tests.

use demarche::{
    Article, Day, Excerpt, Extraction, Extractor, Meeting, MeetingFormat, MeetingStatus, Refusal,
};
use proptest::prelude::*;

fn run(text: &str) -> Extraction {
    let day = Day::new(2024, 3, 9).unwrap(); // a Saturday
    Extractor::new().extract(Article::new(text).published(day))
}

/// The one refusal of `text` and the meeting it is linked to.
fn refused_meeting(text: &str) -> (Refusal, Meeting) {
    let doc = run(text);
    assert_eq!(doc.refusals.len(), 1, "{text}: {:?}", doc.refusals);
    let r = doc.refusals[0].clone();
    let m = doc.meetings[r.meeting.expect("linked")].clone();
    (r, m)
}

fn value(d: &Option<demarche::Date>) -> Option<&str> {
    d.as_ref().and_then(|d| d.value.as_deref())
}

#[test]
fn a_held_meeting_with_place_date_and_codes() {
    let text = "Wang Yi met Vivian Balakrishnan in Singapore on Thursday.";
    let doc = run(text);
    assert_eq!(doc.meetings.len(), 1);
    let m = &doc.meetings[0];
    assert_eq!(m.participants, ["wang-yi", "vivian-balakrishnan"]);
    assert_eq!(m.status, MeetingStatus::Held);
    assert_eq!(m.format, MeetingFormat::InPerson);
    assert_eq!(m.location.as_ref().map(Excerpt::as_str), Some("Singapore"));
    assert_eq!(value(&m.date), Some("2024-03-07"));
    // In one side's country: a visit.
    assert_eq!(m.cameo.as_str(), "042");
    assert_eq!(m.plover.as_str(), "CONSULT");
    assert_eq!(m.plover_mode.map(|p| p.as_str()), Some("visit"));
    for e in &m.evidence {
        assert_eq!(&text[e.span.range()], e.text);
    }
}

#[test]
fn places_are_whole_names_not_demonyms() {
    let doc = run("Wang Yi met Antony Blinken in New Delhi.");
    assert_eq!(
        doc.meetings[0].location.as_ref().map(Excerpt::as_str),
        Some("New Delhi")
    );
    // In India's capital, with no Indian party: a third location.
    assert_eq!(doc.meetings[0].cameo.as_str(), "044");
    let doc = run("Japan and India held talks in Indian-administered Kashmir.");
    assert_eq!(doc.meetings[0].location, None);
}

#[test]
fn statuses_from_tense_modality_and_negation() {
    let cases: &[(&str, MeetingStatus)] = &[
        (
            "Joe Biden will meet Xi Jinping next month.",
            MeetingStatus::Planned,
        ),
        (
            "Joe Biden is to meet Xi Jinping in November.",
            MeetingStatus::Planned,
        ),
        (
            "Joe Biden hoped to meet Xi Jinping.",
            MeetingStatus::Proposed,
        ),
        (
            "Japan has requested talks with China.",
            MeetingStatus::Proposed,
        ),
        (
            "Joe Biden was unable to speak with Xi Jinping.",
            MeetingStatus::NotHeld,
        ),
        (
            "Japan and China have not held talks since May.",
            MeetingStatus::NotHeld,
        ),
        (
            "The summit between Japan and China was called off.",
            MeetingStatus::Cancelled,
        ),
        ("Joe Biden talked to Xi Jinping.", MeetingStatus::Held),
        // A perfect infinitive tells of the past: the light verb "have" does not govern the
        // meeting, "attended" does.
        (
            "Israeli minister Ehud Olmert was reported in June to have attended a meeting between Ruhi Dogusoy, the firm's chief operating officer, and Israeli executives.",
            MeetingStatus::Held,
        ),
        (
            "Japan and India agreed to hold a summit.",
            MeetingStatus::Planned,
        ),
        ("Xi Jinping will receive Joe Biden.", MeetingStatus::Planned),
        (
            "Xi Jinping is not expected to meet Joe Biden.",
            MeetingStatus::NotHeld,
        ),
        (
            "Xi Jinping did not rule out talks with Joe Biden.",
            MeetingStatus::Proposed,
        ),
    ];
    for (text, want) in cases {
        let doc = run(text);
        assert_eq!(doc.meetings.len(), 1, "{text}: {:?}", doc.meetings);
        assert_eq!(doc.meetings[0].status, *want, "{text}");
    }
}

#[test]
fn formats_from_triggers_and_modes() {
    let cases: &[(&str, MeetingFormat, &str)] = &[
        ("Joe Biden phoned Xi Jinping.", MeetingFormat::Phone, "041"),
        (
            "Joe Biden held a video call with Xi Jinping.",
            MeetingFormat::Video,
            "041",
        ),
        (
            "Joe Biden and Xi Jinping met virtually.",
            MeetingFormat::Video,
            "041",
        ),
        (
            "Joe Biden shook hands with Xi Jinping.",
            MeetingFormat::InPerson,
            "040",
        ),
        ("Japan and India held talks.", MeetingFormat::Unknown, "040"),
        (
            "Japan and India held talks in Manila.",
            MeetingFormat::InPerson,
            "044",
        ),
    ];
    for (text, want, cameo) in cases {
        let doc = run(text);
        let m = doc.meetings.first().unwrap_or_else(|| panic!("{text}"));
        assert_eq!(m.format, *want, "{text}");
        assert_eq!(m.cameo.as_str(), *cameo, "{text}");
    }
}

#[test]
fn country_level_and_group_participants() {
    let cases: &[(&str, &[&str])] = &[
        (
            "Japan and India signed a pact. Senior Japanese and Indian officials held talks.",
            &["japan", "india"],
        ),
        (
            "Defense chiefs from Japan and India met on Monday.",
            &["japan", "india"],
        ),
        (
            "Russia, Ukraine and Belgium held talks.",
            &["russia", "ukraine", "belgium"],
        ),
        (
            "Israel criticised Iran. Envoys of both countries met in Oman.",
            &["israel", "iran"],
        ),
    ];
    for (text, want) in cases {
        let doc = run(text);
        let m = doc.meetings.first().unwrap_or_else(|| panic!("{text}"));
        assert_eq!(m.participants, *want, "{text}");
    }
}

#[test]
fn the_two_is_a_pair_but_the_two_weeks_a_date() {
    let doc = run("Joe Biden praised Xi Jinping. The two met on Friday.");
    assert_eq!(doc.meetings[0].participants, ["joe-biden", "xi-jinping"]);
    let doc =
        run("Joe Biden praised Xi Jinping. The two weeks of talks between Japan and China ended.");
    assert!(doc.dates.iter().any(|d| d.text.ends_with("two weeks")));
    assert_eq!(doc.meetings[0].participants, ["japan", "china"]);
}

#[test]
fn a_counterpart_nobody_names_is_the_role_holder_or_the_other_country() {
    // Resolution knows who held Biden's role in China on the date.
    let doc = run("China warned Japan. Joe Biden will meet his Chinese counterpart in Lima.");
    assert_eq!(doc.meetings[0].participants, ["joe-biden", "xi-jinping"]);
    // Where no role is known on the date (Biden was not president in 2019), the other
    // country stands in.
    let text = "China warned Japan. Joe Biden will meet his Chinese counterpart in Lima.";
    let day = Day::new(2019, 6, 3).unwrap();
    let doc = Extractor::new().extract(Article::new(text).published(day));
    assert_eq!(doc.meetings[0].participants, ["joe-biden", "china"]);
    // A later name is the counterpart.
    let doc = run("Joe Biden will meet his Chinese counterpart in Lima. Xi Jinping arrived.");
    assert_eq!(doc.meetings[0].participants, ["joe-biden", "xi-jinping"]);
}

#[test]
fn a_counterpart_is_read_from_its_phrase() {
    let day = Day::new(2019, 6, 3).unwrap();
    let run19 = |text: &str| Extractor::new().extract(Article::new(text).published(day));
    // (text, participants)
    for (text, want) in [
        // "in X" after the noun names the other side.
        (
            "Joe Biden will meet his counterpart in China.",
            vec!["joe-biden", "china"],
        ),
        // A name right after the noun is the counterpart itself.
        (
            "Joe Biden met his Chinese counterpart Xi Jinping in Lima.",
            vec!["joe-biden", "xi-jinping"],
        ),
    ] {
        let doc = run19(text);
        assert!(!doc.meetings.is_empty(), "{text}");
        assert_eq!(doc.meetings[0].participants, want, "{text}");
    }
}

#[test]
fn a_described_party_with_a_named_apposition_is_the_person() {
    let doc = run(
        "Joe Biden held talks with the ASEAN special envoy, Brunei's Second Foreign Minister \
         Erywan Yusof, in Jakarta.",
    );
    assert_eq!(doc.meetings[0].participants, ["joe-biden", "erywan-yusof"]);
    // An apposition that names nobody leaves the description to stand for its body.
    let doc =
        run("Joe Biden held talks with the ASEAN special envoy, a veteran diplomat, in Jakarta.");
    assert_eq!(doc.meetings[0].participants, ["joe-biden", "asean"]);
}

#[test]
fn a_group_of_several_countries_stands_for_each() {
    // (text, participants)
    for (text, want) in [
        (
            "The foreign ministers of Egypt, Ethiopia and Sudan met in Addis Ababa.",
            vec!["egypt", "ethiopia", "sudan"],
        ),
        (
            "The summit between Joe Biden and the leaders of Jordan and Egypt was scrapped.",
            vec!["joe-biden", "jordan", "egypt"],
        ),
    ] {
        let doc = run(text);
        assert_eq!(doc.meetings.len(), 1, "{text}: {:?}", doc.meetings);
        assert_eq!(doc.meetings[0].participants, want, "{text}");
    }
}

#[test]
fn invited_to_a_meeting_names_the_other_side() {
    let doc = run("Joe Biden invited Xi Jinping to a meeting in Lima.");
    assert_eq!(doc.meetings.len(), 1, "{:?}", doc.meetings);
    assert_eq!(doc.meetings[0].participants, ["joe-biden", "xi-jinping"]);
    assert_eq!(doc.meetings[0].status, MeetingStatus::Proposed);
    // Not every verb before "to" asks for the meeting.
    let doc = run("Joe Biden drove Xi Jinping to a meeting in Lima.");
    assert!(doc.meetings.is_empty(), "{:?}", doc.meetings);
}

#[test]
fn one_event_one_record() {
    let doc = run("Qin Gang met Antony Blinken on Sunday. \
         The two discussed trade. Qin Gang said the talks with Antony Blinken were candid.");
    let held: Vec<_> = doc
        .meetings
        .iter()
        .filter(|m| m.status == MeetingStatus::Held)
        .collect();
    assert_eq!(held.len(), 1, "{:?}", doc.meetings);
    assert!(held[0].evidence.len() >= 2);
    // A country stands for its people nearby, not across the article.
    let filler = "Markets rose. ".repeat(10);
    let doc = run(&format!(
        "Joe Biden has not spoken with Xi Jinping. {filler}The United States and China have not held talks."
    ));
    assert_eq!(doc.meetings.len(), 2, "{:?}", doc.meetings);
    let doc = run("Joe Biden has not spoken with Xi Jinping. The United States and China have not held talks.");
    assert_eq!(doc.meetings.len(), 1, "{:?}", doc.meetings);
    // Different dates are different meetings.
    let doc = run("Japan and India held talks in 2019. Japan and India met again in March.");
    assert_eq!(doc.meetings.len(), 2, "{:?}", doc.meetings);
}

#[test]
fn a_refusal_of_a_proposed_meeting() {
    let doc = run("Japan had invited Xi Jinping to visit Tokyo. However, China declined.");
    assert_eq!(doc.refusals.len(), 1);
    let r = &doc.refusals[0];
    assert_eq!(r.refuser.as_deref(), Some("china"));
    assert_eq!(r.requester.as_deref(), Some("japan"));
    assert_eq!((r.cameo.as_str(), r.plover.as_str()), ("125", "REJECT"));
    let m = &doc.meetings[r.meeting.expect("linked")];
    assert_eq!(m.status, MeetingStatus::Refused);
    assert_eq!(m.participants, ["japan", "xi-jinping"]);
}

#[test]
fn a_refusal_naming_its_meeting() {
    let doc = run("Moscow rejected a Ukrainian proposal for talks with Kyiv in Geneva.");
    let r = &doc.refusals[0];
    assert_eq!(r.refuser.as_deref(), Some("russia"));
    assert_eq!(
        r.object,
        "a Ukrainian proposal for talks with Kyiv in Geneva"
    );
    let doc = run("Japan refused to meet Xi Jinping.");
    let r = &doc.refusals[0];
    assert_eq!(r.refuser.as_deref(), Some("japan"));
    let m = &doc.meetings[r.meeting.expect("linked")];
    assert_eq!(m.participants, ["japan", "xi-jinping"]);
    assert_eq!(m.status, MeetingStatus::Refused);
}

#[test]
fn the_requester_is_read_from_the_refused_things_phrase() {
    // (text, refuser, requester, object)
    for (text, refuser, requester, object) in [
        (
            "China rejected Japan's proposal for talks.",
            "china",
            Some("japan"),
            "Japan's proposal for talks",
        ),
        (
            "China rejected an invitation from Japan, officials said.",
            "china",
            Some("japan"),
            "an invitation from Japan",
        ),
        (
            "Joe Biden spoke first. China declined his request for a call.",
            "china",
            Some("joe-biden"),
            "his request for a call",
        ),
        (
            "Japan's proposal for talks was rejected by China.",
            "china",
            Some("japan"),
            "Japan's proposal for talks",
        ),
        (
            "China rejected on Thursday a Japanese proposal.",
            "china",
            Some("japan"),
            "a Japanese proposal",
        ),
    ] {
        let doc = run(text);
        assert_eq!(doc.refusals.len(), 1, "{text}: {:?}", doc.refusals);
        let r = &doc.refusals[0];
        assert_eq!(r.refuser.as_deref(), Some(refuser), "{text}");
        assert_eq!(r.requester.as_deref(), requester, "{text}");
        assert_eq!(r.object, object, "{text}");
    }
    // A passive with no "by" phrase names no refuser.
    let doc = run("Japan's proposal for talks was rejected.");
    assert!(doc.refusals.is_empty(), "{:?}", doc.refusals);
}

#[test]
fn a_negated_act_of_will_is_a_refusal() {
    // (text, refuser, object, cameo)
    for (text, refuser, object, cameo) in [
        (
            "Mexico would not pay for the wall.",
            "mexico",
            "pay for the wall",
            "120",
        ),
        (
            "Japan won't attend the summit in Moscow.",
            "japan",
            "attend the summit in Moscow",
            "125",
        ),
        (
            "Joe Biden said he will not hand over the files.",
            "joe-biden",
            "hand over the files",
            "120",
        ),
    ] {
        let doc = run(text);
        assert_eq!(doc.refusals.len(), 1, "{text}: {:?}", doc.refusals);
        let r = &doc.refusals[0];
        assert_eq!(r.refuser.as_deref(), Some(refuser), "{text}");
        assert_eq!(r.object, object, "{text}");
        assert_eq!(r.cameo.as_str(), cameo, "{text}");
    }
    // Inability, a plain negation, a question of fact or an act no one is asked for refuse
    // nothing.
    for text in [
        "Mexico could not pay for the wall.",
        "Mexico did not pay for the wall.",
        "Mexico will pay for the wall.",
        "Mexico would not win the match.",
        "The wall would not be paid for by Mexico.",
    ] {
        let doc = run(text);
        assert!(doc.refusals.is_empty(), "{text}: {:?}", doc.refusals);
    }
}

#[test]
fn one_refusal_mentioned_twice_is_one_record() {
    let doc = run(
        "Mexico would not pay for the wall. Markets fell. Mexico would not pay for any wall, \
         officials said.",
    );
    assert_eq!(doc.refusals.len(), 1, "{:?}", doc.refusals);
    assert_eq!(doc.refusals[0].evidence.len(), 2);
    let doc = run(
        "Japan boycotted the summit in Moscow. Japan also said it would not participate in \
         the summit.",
    );
    assert_eq!(doc.refusals.len(), 1, "{:?}", doc.refusals);
    // Two things refused by one side stay two: an agenda is not the summit it is for.
    let doc = run(
        "Japan won't attend the summit in Moscow. Japan rejected Russia's agenda for the summit.",
    );
    assert_eq!(doc.refusals.len(), 2, "{:?}", doc.refusals);
}

#[test]
fn will_not_meet_is_a_refusal_and_cannot_meet_is_not() {
    let doc = run("Joe Biden will not meet Xi Jinping.");
    assert_eq!(doc.meetings[0].status, MeetingStatus::Refused);
    let doc = run("Joe Biden cannot meet Xi Jinping.");
    assert_eq!(doc.meetings[0].status, MeetingStatus::NotHeld);
    let doc = run("Joe Biden did not meet Xi Jinping.");
    assert_eq!(doc.meetings[0].status, MeetingStatus::NotHeld);
}

#[test]
fn he_in_reported_speech_is_its_speaker() {
    let doc =
        run("Xi Jinping, meeting Joe Biden, said that he would not participate in the summit.");
    assert_eq!(doc.refusals.len(), 1, "{:?}", doc.refusals);
    assert_eq!(doc.refusals[0].refuser.as_deref(), Some("xi-jinping"));
    // Another person named in the report before "he" is the nearer antecedent.
    let doc = run("Joe Biden said Xi Jinping would fly to Lima, where he will meet Lula.");
    let parts = &doc.meetings[0].participants;
    assert!(parts.iter().any(|p| p == "xi-jinping"), "{parts:?}");
    assert!(!parts.iter().any(|p| p == "joe-biden"), "{parts:?}");
}

#[test]
fn two_refusals_in_one_sentence_are_one() {
    let doc = run("Joe Biden said Beijing turned him down: \"China has not agreed to that.\"");
    assert_eq!(doc.refusals.len(), 1, "{:?}", doc.refusals);
    assert_eq!(doc.refusals[0].requester.as_deref(), Some("joe-biden"));
    assert_eq!(doc.refusals[0].evidence.len(), 2);
}

#[test]
fn topics_are_not_parties_and_asides_are_not_subjects() {
    let doc = run("Japan discussed Taiwan with India.");
    assert_eq!(doc.meetings[0].participants, ["japan", "india"]);
    let doc = run("Japan and China discussed Taiwan.");
    assert_eq!(doc.meetings[0].participants, ["japan", "china"]);
    let doc = run("Joe Biden, who criticised China, met Xi Jinping.");
    assert_eq!(doc.meetings[0].participants, ["joe-biden", "xi-jinping"]);
    let doc = run("Joe Biden said he looked forward to meeting Xi Jinping.");
    assert_eq!(doc.meetings[0].participants, ["joe-biden", "xi-jinping"]);
    assert_eq!(doc.meetings[0].status, MeetingStatus::Proposed);
    assert_eq!(doc.meetings[0].cameo.as_str(), "036");
}

#[test]
fn the_speaker_refuses_when_the_clause_names_no_one() {
    let doc =
        run("Ukraine wants peace. Russia said it had rejected a Ukrainian proposal for talks.");
    let r = &doc.refusals[0];
    assert_eq!(r.refuser.as_deref(), Some("russia"));
    assert_eq!(r.requester.as_deref(), Some("ukraine"));
}

#[test]
fn two_bodies_of_one_country_can_be_opposite_sides() {
    // (text, refuser, participants): an army and a militia of one country are two sides; a
    // country and its own people or bodies are one.
    for (text, refuser, parts) in [
        (
            "Sudan's army rejected talks with the RSF.",
            "sudan-armed-forces",
            &["rapid-support-forces", "sudan-armed-forces"][..],
        ),
        (
            "The RSF boycotted talks with Sudan's army in Jeddah.",
            "rapid-support-forces",
            &["sudan-armed-forces", "rapid-support-forces"][..],
        ),
    ] {
        let (r, m) = refused_meeting(text);
        assert_eq!(r.refuser.as_deref(), Some(refuser), "{text}");
        assert_eq!(m.participants, parts, "{text}");
        assert_eq!(m.status, MeetingStatus::Refused, "{text}");
    }
    let doc = run("Vladimir Putin rejected Russia's proposal for talks.");
    assert_eq!(doc.refusals[0].requester, None, "{:?}", doc.refusals);
}

#[test]
fn the_host_of_a_refused_meeting_asked_for_it() {
    // (text, refuser, requester and other side)
    for (text, refuser, host) in [
        (
            "Sudan's army boycotted talks in Ethiopia hosted by IGAD.",
            "sudan-armed-forces",
            "igad",
        ),
        (
            "Russia boycotted a summit hosted by the regional bloc, the African Union.",
            "russia",
            "au",
        ),
    ] {
        let (r, m) = refused_meeting(text);
        assert_eq!(r.refuser.as_deref(), Some(refuser), "{text}");
        assert_eq!(r.requester.as_deref(), Some(host), "{text}");
        assert_eq!(m.participants, [refuser, host], "{text}");
    }
    // With no host named, the place of talks is only a venue: no side of its own.
    let doc = run("Sudan's army boycotted the talks in Ethiopia hosted by nobody in particular.");
    assert!(
        doc.meetings
            .iter()
            .all(|m| !m.participants.iter().any(|p| p == "ethiopia")),
        "{:?}",
        doc.meetings
    );
}

#[test]
fn a_requests_content_clause_is_what_was_refused() {
    // (text, object, participants of the refused contact)
    for (text, object, parts) in [
        (
            "Myanmar rebuffed requests that ASEAN's envoy meet with Aung San Suu Kyi.",
            "requests that ASEAN's envoy meet with Aung San Suu Kyi",
            &["asean", "aung-san-suu-kyi"][..],
        ),
        (
            "Russia rejected a proposal that Vladimir Putin meet Volodymyr Zelenskyy in Istanbul.",
            "a proposal that Vladimir Putin meet Volodymyr Zelenskyy in Istanbul",
            &["vladimir-putin", "volodymyr-zelenskyy"][..],
        ),
    ] {
        let (r, m) = refused_meeting(text);
        assert_eq!(r.object, object, "{text}");
        assert_eq!(m.participants, parts, "{text}");
        assert_eq!(m.status, MeetingStatus::Refused, "{text}");
    }
    // A relative clause after the noun is no content: the offer is what was refused.
    let doc = run("Japan rejected an offer that could have eased tensions with China.");
    assert_eq!(doc.refusals[0].object, "an offer", "{:?}", doc.refusals);
    assert!(doc.meetings.is_empty(), "{:?}", doc.meetings);
    // A present-tense contact verb after a possessed noun is the verb, not part of the noun.
    let doc = run("ASEAN's envoy meets Aung San Suu Kyi.");
    assert_eq!(doc.meetings[0].participants, ["asean", "aung-san-suu-kyi"]);
}

#[test]
fn a_contact_inside_a_report_has_the_reports_subject_not_the_speaker() {
    let doc = run("The Kremlin said Vladimir Putin had no plans to meet Volodymyr Zelenskyy.");
    assert_eq!(doc.meetings.len(), 1, "{:?}", doc.meetings);
    assert_eq!(
        doc.meetings[0].participants,
        ["vladimir-putin", "volodymyr-zelenskyy"]
    );
}

#[test]
fn it_is_the_country_or_body_named_last_as_a_phrase_of_its_own() {
    // (text, participants)
    for (text, parts) in [
        (
            "Sudan's army returned to Jeddah. It boycotted talks with the RSF last week.",
            &["rapid-support-forces", "sudan-armed-forces"][..],
        ),
        (
            "China welcomed the plan. It will hold talks with Japan next week.",
            &["china", "japan"][..],
        ),
        (
            "Russia said it would not attend talks with Ukraine in Geneva.",
            &["russia", "ukraine"][..],
        ),
    ] {
        let doc = run(text);
        assert_eq!(doc.meetings.len(), 1, "{text}: {:?}", doc.meetings);
        assert_eq!(doc.meetings[0].participants, parts, "{text}");
    }
    // A place or a modifier is no antecedent: "it" is a company here, and nobody known.
    for text in [
        "Shares in UK banking group Barclays rose on a report that it had held merger talks \
         with Wells Fargo.",
        "The delegation in Saudi Arabia was upbeat after it held talks with the bankers.",
    ] {
        let doc = run(text);
        assert!(doc.meetings.is_empty(), "{text}: {:?}", doc.meetings);
    }
}

#[test]
fn no_contact_events_in_other_news() {
    for text in [
        "Japan's exports met expectations.",
        "The talks are important for China and Japan.",
        "China declined to comment on the report.",
        "Iran denied the allegation.",
        "Russia and Ukraine signed a deal.",
        "",
        "met met met with with between and and",
    ] {
        let doc = run(text);
        assert!(doc.meetings.is_empty(), "{text}: {:?}", doc.meetings);
        assert!(doc.refusals.is_empty(), "{text}: {:?}", doc.refusals);
    }
}

#[test]
fn a_megabyte_without_punctuation_is_linear_and_safe() {
    let unit = "Joe Biden met Xi Jinping and the two held talks with his Chinese counterpart and China rejected the request and ";
    let text = unit.repeat(1_000_000 / unit.len());
    // Linear time is checked as a ratio of two sizes in `tests/robustness.rs`
    // (`one_sentence_of_cues_takes_linear_time`): a wall-clock limit fails on a loaded machine.
    let doc = run(&text);
    for m in &doc.meetings {
        for e in &m.evidence {
            assert_eq!(&text[e.span.range()], e.text);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn never_panics_on_cue_soup(words in proptest::collection::vec(
        prop::sample::select(vec![
            "met", "with", "between", "and", "the two", "his", "Chinese", "counterpart",
            "China", "Joe Biden", "Xi Jinping", "declined", "rejected", "request", "by",
            "will", "not", ",", ".", "in", "Beijing", "officials", "“", "”", "’s", "\u{a0}",
            "é", "-", "However", "to", "meet", "call", "video", "both countries", "from",
        ]),
        0..60,
    )) {
        let text = words.join(" ");
        let doc = run(&text);
        for r in &doc.refusals {
            if let Some(m) = r.meeting {
                prop_assert!(m < doc.meetings.len());
            }
        }
        for m in &doc.meetings {
            prop_assert!(m.participants.len() >= 2);
            for p in &m.participants {
                prop_assert!(doc.actor(p).is_some());
            }
        }
    }
}

#[test]
fn countries_named_only_by_demonyms_are_parties() {
    let doc = run("Japanese and Philippine officials met in Manila on Tuesday.");
    assert_eq!(doc.meetings.len(), 1, "{:?}", doc.meetings);
    let mut parts = doc.meetings[0].participants.clone();
    parts.sort();
    assert_eq!(parts, ["japan", "philippines"]);
    // The demonym is the actor's evidence, and the actor is reported because a record names it.
    let japan = doc.actors.iter().find(|a| a.id == "japan").unwrap();
    assert_eq!(japan.mentions[0].text, "Japanese");
}

#[test]
fn a_demonym_nobody_refers_to_adds_no_actor() {
    let doc = run("Prices of Japanese cars rose by 3% last year.");
    assert!(
        doc.actors.iter().all(|a| a.id != "japan"),
        "{:?}",
        doc.actors
    );
}

#[test]
fn plural_titles_after_demonyms_are_groups() {
    let doc = run("US and Chinese defense chiefs held talks in Singapore on Friday.");
    assert_eq!(doc.meetings.len(), 1, "{:?}", doc.meetings);
    assert_eq!(doc.meetings[0].participants, ["united-states", "china"]);
    assert_eq!(
        doc.meetings[0].location.as_ref().map(Excerpt::as_str),
        Some("Singapore")
    );
}

/// Sorted participant ids and the status of each meeting.
fn contacts(doc: &Extraction) -> Vec<(Vec<String>, MeetingStatus)> {
    doc.meetings
        .iter()
        .map(|m| {
            let mut p = m.participants.clone();
            p.sort();
            (p, m.status)
        })
        .collect()
}

#[test]
fn parties_come_from_the_clause_layer() {
    use MeetingStatus::*;
    let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    for (text, want) in [
        // A coordination with titles on both sides, as subject and after "between".
        (
            "President Joe Biden and Chancellor Olaf Scholz of Germany held an hour-long phone conversation.",
            vec![(s(&["joe-biden", "olaf-scholz"]), Held)],
        ),
        (
            "A closed-door meeting between President Joe Biden and Chancellor Olaf Scholz ended late.",
            vec![(s(&["joe-biden", "olaf-scholz"]), Held)],
        ),
        // Three objects, the last two with titles.
        (
            "Antony Blinken will meet Wang Yi, Foreign Minister Sergei Lavrov and Chancellor Olaf Scholz.",
            vec![(
                s(&["antony-blinken", "olaf-scholz", "sergei-lavrov", "wang-yi"]),
                Planned,
            )],
        ),
        // "or" gives alternatives.
        (
            "Antony Blinken may meet Wang Yi or Sergei Lavrov.",
            vec![
                (s(&["antony-blinken", "wang-yi"]), Planned),
                (s(&["antony-blinken", "sergei-lavrov"]), Planned),
            ],
        ),
        // Object control: the invited person acts, the inviter is a party.
        (
            "Japan had invited Xi Jinping to visit Tokyo.",
            vec![(s(&["japan", "xi-jinping"]), Proposed)],
        ),
        // A noun inside a phrase hangs on the verb before it.
        (
            "Joe Biden would make the trip during meetings with Benjamin Netanyahu.",
            vec![(s(&["benjamin-netanyahu", "joe-biden"]), Planned)],
        ),
        // "with" belongs to the nearer trigger.
        (
            "Antony Blinken met Wang Yi before an audience with Xi Jinping.",
            vec![
                (s(&["antony-blinken", "wang-yi"]), Held),
                (s(&["antony-blinken", "xi-jinping"]), Held),
            ],
        ),
        // A Title Case headline reads like a sentence.
        (
            "Xi Jinping Meets Vladimir Putin in Moscow",
            vec![(s(&["vladimir-putin", "xi-jinping"]), Held)],
        ),
        // "I" and "we" in a quote are its speaker; a contracted negation of will refuses.
        (
            "Lula said: \u{201C}I will call Xi Jinping. I won\u{2019}t call Vladimir Putin.\u{201D}",
            vec![
                (s(&["luiz-inacio-lula-da-silva", "xi-jinping"]), Planned),
                (s(&["luiz-inacio-lula-da-silva", "vladimir-putin"]), Refused),
            ],
        ),
        // "me" is the speaker, "we" the speaker's country.
        (
            "Lula said: \u{201C}Xi Jinping will call me.\u{201D}",
            vec![(s(&["luiz-inacio-lula-da-silva", "xi-jinping"]), Planned)],
        ),
        // A second object makes "called" a naming, not a call.
        ("Donald Trump called Gustavo Petro a terrorist.", vec![]),
        ("Donald Trump called Gustavo Petro on Monday.", vec![(s(&["donald-trump", "gustavo-petro"]), Held)]),
    ] {
        let doc = run(text);
        assert_eq!(contacts(&doc), want, "{text}");
    }
}

#[test]
fn refusals_of_actions_and_proposals() {
    for (text, refuser, object, cameo) in [
        (
            "Khalifa Haftar declined to sign the ceasefire deal.",
            Some("khalifa-haftar"),
            "to sign the ceasefire deal",
            "120",
        ),
        (
            "Yair Lapid rejected on Thursday Lebanon's proposed changes to the deal.",
            Some("yair-lapid"),
            "Lebanon's proposed changes to the deal",
            "120",
        ),
        (
            "Hungary rejected the demands of the European Commission.",
            Some("hungary"),
            "the demands of the European Commission",
            "120",
        ),
        (
            "Olaf Scholz declined to comment on the report.",
            None,
            "",
            "",
        ),
        (
            "The official, who declined to be named, said talks went well.",
            None,
            "",
            "",
        ),
    ] {
        let doc = run(text);
        match refuser {
            Some(r) => {
                assert_eq!(doc.refusals.len(), 1, "{text}: {:?}", doc.refusals);
                let got = &doc.refusals[0];
                assert_eq!(got.refuser.as_deref(), Some(r), "{text}");
                assert_eq!(got.object, object, "{text}");
                assert_eq!(got.cameo.as_str(), cameo, "{text}");
            }
            None => assert!(doc.refusals.is_empty(), "{text}: {:?}", doc.refusals),
        }
    }
}

#[test]
fn later_mentions_update_or_add_to_the_record() {
    // A definite noun with nobody named updates the meeting planned just before.
    let doc =
        run("Joe Biden was due to meet Xi Jinping in Lima on Friday. The meeting was postponed.");
    assert_eq!(doc.meetings.len(), 1, "{:?}", doc.meetings);
    assert_eq!(doc.meetings[0].status, MeetingStatus::Cancelled);
    assert_eq!(doc.meetings[0].evidence.len(), 2);
    // A plural pronoun meeting nobody named is the last two people named.
    let doc = run("Joe Biden praised Xi Jinping. They met in Lima.");
    assert_eq!(contacts(&doc)[0].0, ["joe-biden", "xi-jinping"]);
    // An infinitive under a noun has the clause's subject.
    let doc = run("Lloyd Austin had an opportunity to meet with Dong Jun in Singapore.");
    assert_eq!(contacts(&doc)[0].0, ["dong-jun", "lloyd-austin"]);
    // A possessor before a trigger noun is its subject; "to" names the other side.
    let doc = run("Recep Tayyip Erdogan's visit to Iraq ended on Tuesday.");
    assert_eq!(contacts(&doc)[0].0, ["iraq", "recep-tayyip-erdogan"]);
    // A noun trigger before another noun is its modifier: no contact in trade.
    let doc = run("Bilateral trade between Brazil and Argentina rose last year.");
    assert!(doc.meetings.is_empty(), "{:?}", doc.meetings);
}

#[test]
fn a_meetings_date_is_its_clauses_else_the_one_opening_its_sentence() {
    // (text, the dates of its meetings)
    let cases: &[(&str, &[Option<&str>])] = &[
        // A time of a known day dates the meeting by its day.
        (
            "Wang Yi held talks with Penny Wong on Thursday evening in Canberra.",
            &[Some("2024-03-07")],
        ),
        // A date opening the sentence sets the scene for every clause of it.
        (
            "On Tuesday, Wang Yi met Penny Wong before an audience with Anthony Albanese.",
            &[Some("2024-03-05"), Some("2024-03-05")],
        ),
        // A date in an aside closed before the trigger is the aside's; a plan is not dated
        // by the day it was told.
        (
            "MOSCOW (Sputnik - 19th November, 2020) Vladimir Putin is not planning to meet Igor Dodon.",
            &[None],
        ),
        (
            "On Monday, Igor Dodon said he would meet Vladimir Putin.",
            &[None],
        ),
        // A date after a speech verb of the sentence before is this sentence's.
        (
            "Dmitry Peskov said on Thursday.\n\nEarlier in the day, Igor Dodon wrote on Facebook, after holding talks with Dmitry Kozak, that he was hopeful.",
            &[Some("2024-03-07")],
        ),
        // A date after the trigger's clause belongs to another clause.
        (
            "Wang Yi met Penny Wong, who has led the ministry since its reform in 2022.",
            &[None],
        ),
    ];
    for (text, want) in cases {
        let doc = run(text);
        let got: Vec<Option<&str>> = doc.meetings.iter().map(|m| value(&m.date)).collect();
        assert_eq!(got, *want, "{text}");
    }
}

#[test]
fn spoke_with_a_date_between_and_relations_of_a_possessor() {
    // "spoke" talks with the "with" phrase even past a date.
    let doc = run("Lloyd Austin spoke Wednesday with Dong Jun for the first time.");
    assert_eq!(doc.meetings.len(), 1);
    assert_eq!(doc.meetings[0].participants, ["lloyd-austin", "dong-jun"]);
    assert_eq!(value(&doc.meetings[0].date), Some("2024-03-06"));
    // "spoke" alone, to nobody named, is no contact.
    assert!(run("Lloyd Austin spoke at a conference in Singapore.")
        .meetings
        .is_empty());
    // People named by their relation to the possessor are not the possessor.
    for text in [
        "Lloyd Austin's predecessors had typically spoken with Dong Jun.",
        "Joe Biden's wife met Emmanuel Macron in Paris.",
    ] {
        assert!(run(text).meetings.is_empty(), "{text}");
    }
}

#[test]
fn a_refused_meeting_with_nobody_else_named_is_with_its_host() {
    for text in [
        "The United States will boycott the summit in Paris.",
        "Canada said it would not participate in a summit scheduled for Paris in June.",
    ] {
        let doc = run(text);
        assert_eq!(doc.meetings.len(), 1, "{text}");
        let m = &doc.meetings[0];
        assert_eq!(m.status, MeetingStatus::Refused, "{text}");
        assert!(m.participants.iter().any(|p| p == "france"), "{text}");
    }
    // A day is no place.
    let doc = run("Canada said it would not participate in a summit scheduled for Monday.");
    assert!(doc.meetings.iter().all(|m| m.location.is_none()));
}

#[test]
fn a_refused_contact_verb_has_the_refusals_date_and_a_refused_noun_its_own() {
    // A contact verb under a refusal is refused when the refusal is made.
    let doc =
        run("Gustavo Petro on Tuesday declined an offer from Donald Trump to discuss tariffs.");
    let m = doc.meetings.first().expect("a refused meeting");
    assert_eq!(m.status, MeetingStatus::Refused);
    assert_eq!(value(&m.date), Some("2024-03-05"));
    // A refused meeting noun has its own date, unknown here.
    let doc = run("Gustavo Petro on Tuesday rejected a request for a meeting with Donald Trump.");
    let m = doc.meetings.first().expect("a refused meeting");
    assert_eq!(m.status, MeetingStatus::Refused);
    assert_eq!(value(&m.date), None);
}

#[test]
fn a_refusal_refers_back_only_with_a_whole_word() {
    // "the proposal" refers back to the proposal before; "Italian", "items" and "Thatcher"
    // only start with the letters of "it" and "that", which would.
    let proposal = "Chinese President Xi Jinping proposed a meeting with US President Joe Biden.";
    for (refusal, refers_back) in [
        ("Biden rejected the proposal.", true),
        ("Biden rejected Italian demands for new tariffs.", false),
        (
            "Biden rejected items on the agenda of the trade body.",
            false,
        ),
        ("Biden rejected Thatcher's old advice.", false),
    ] {
        let doc = run(&format!("{proposal} {refusal}"));
        let status = doc.meetings.first().map(|m| m.status);
        let want = if refers_back {
            MeetingStatus::Refused
        } else {
            MeetingStatus::Proposed
        };
        assert_eq!(status, Some(want), "{refusal}");
    }
}
