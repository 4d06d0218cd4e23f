//! Contacts between actors (issue #13) as a specification: meetings, talks, calls, visits,
//! receptions, summonses and mediation, read as verbs and as nouns, in sentences and in Title Case
//! headlines; their parties, status and format; one record per real-world event; refusals of any
//! request; and the many sentences that hold none of these.
//!
//! Every sentence was written for these tests. Each table is one test that runs all its cases and
//! fails with the list of every case that fails ("N of M cases fail"), so one run shows the state
//! of the whole table. Expectations are what a correct reading gives, whatever the detector
//! gives today: each table states how many of its cases may still fail (the cases the detector
//! does not get right yet), and fails when more do, so a regression is caught while the gaps
//! stay listed in its output (`cargo test --test contacts -- --nocapture`).
//!
//! Parties are matched as the development-set scorer matches them (`../shared/eval/score.py`): a
//! person by name (the words of one name inside the other's, or the surname alone); a country
//! code (`"EGY"`) by the country itself, its bodies or its unnamed officials, never by a named
//! person; `"A|B"` accepts either. Participants must match both ways: every expected party is
//! present and every participant is expected.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use demarche::{
    Actor, ActorKind, Article, Day, Extraction, Extractor, Meeting, MeetingFormat, MeetingStatus,
    Refusal,
};

use MeetingFormat::{InPerson, Phone, Video};
use MeetingStatus::{Cancelled, Held, NotHeld, Planned, Proposed, Refused};

fn extractor() -> &'static Extractor {
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(Extractor::new)
}

/// The publication date of every case that gives none: Wednesday, June 11, 2025.
fn default_day() -> Day {
    Day::new(2025, 6, 11).unwrap()
}

// ---------------------------------------------------------------------------------------------
// Expectations

/// A meeting a case must give.
struct Want {
    parties: Vec<&'static str>,
    /// The statuses accepted (the first is the one stated; more only for hypotheticals).
    statuses: Vec<MeetingStatus>,
    format: Option<MeetingFormat>,
    /// The TIMEX3 value of the meeting's date.
    date: Option<&'static str>,
    /// The record may be absent, but if a meeting of these parties is there, its status must be
    /// one of `statuses` ("raises the potential of suspending talks" is no cancellation).
    optional: bool,
}

fn m(parties: &[&'static str], status: MeetingStatus) -> Want {
    Want {
        parties: parties.to_vec(),
        statuses: vec![status],
        format: None,
        date: None,
        optional: false,
    }
}

impl Want {
    fn by(mut self, format: MeetingFormat) -> Want {
        self.format = Some(format);
        self
    }

    fn on(mut self, value: &'static str) -> Want {
        self.date = Some(value);
        self
    }

    fn maybe(mut self) -> Want {
        self.optional = true;
        self
    }
}

/// A refusal a case must give.
struct WantRefusal {
    refuser: &'static str,
    /// `None`: the sentence names no requester, and none must be given.
    requester: Option<&'static str>,
    /// Words the refusal's object must contain (case-insensitive).
    object: &'static str,
    /// "125" for a refusal to meet or negotiate, "120" for any other.
    cameo: &'static str,
    /// The refusal links a meeting whose status is refused.
    refused_meeting: bool,
}

fn r(
    refuser: &'static str,
    requester: Option<&'static str>,
    object: &'static str,
    cameo: &'static str,
) -> WantRefusal {
    WantRefusal {
        refuser,
        requester,
        object,
        cameo,
        refused_meeting: cameo == "125",
    }
}

/// One case: a text (a sentence, a few sentences or a headline) and everything it must give.
struct Case {
    text: &'static str,
    published: Option<&'static str>,
    /// Exactly these meetings, no more.
    meetings: Vec<Want>,
    /// Exactly these refusals, when checked.
    refusals: Option<Vec<WantRefusal>>,
}

fn case(text: &'static str) -> Case {
    Case {
        text,
        published: None,
        meetings: Vec::new(),
        refusals: None,
    }
}

/// A text that gives no meeting and no refusal.
fn nothing(text: &'static str) -> Case {
    case(text).no_refusal()
}

impl Case {
    fn meets(mut self, want: Want) -> Case {
        self.meetings.push(want);
        self
    }

    fn refuses(mut self, want: WantRefusal) -> Case {
        self.refusals.get_or_insert_with(Vec::new).push(want);
        self
    }

    fn no_refusal(mut self) -> Case {
        self.refusals.get_or_insert_with(Vec::new);
        self
    }

    fn published(mut self, day: &'static str) -> Case {
        self.published = Some(day);
        self
    }
}

// ---------------------------------------------------------------------------------------------
// Matching, tolerant as the dev scorer is

/// Lower case, accents and punctuation dropped, a possessive 's and a leading article removed.
fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let c = match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' | 'Á' | 'À' | 'Â' | 'Ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' | 'ē' | 'É' | 'È' => 'e',
            'í' | 'ì' | 'î' | 'ï' | 'ı' | 'Í' | 'İ' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ő' | 'Ó' | 'Ö' => 'o',
            'ú' | 'ù' | 'û' | 'ü' | 'Ú' | 'Ü' => 'u',
            'ç' | 'ć' | 'č' | 'Ç' | 'Č' => 'c',
            'ñ' => 'n',
            'ğ' => 'g',
            'ş' | 'š' | 'Ş' | 'Š' => 's',
            'ž' | 'Ž' => 'z',
            'đ' => 'd',
            '\u{2019}' | '\u{2018}' => '\'',
            c => c,
        };
        out.extend(c.to_lowercase());
    }
    let out = out.replace("'s ", " ");
    let out = out.strip_suffix("'s").unwrap_or(&out).to_string();
    let words: Vec<&str> = out
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let words = match words.first() {
        Some(&"the") | Some(&"a") | Some(&"an") if words.len() > 1 => &words[1..],
        _ => &words[..],
    };
    words.join(" ")
}

fn is_country_code(spec: &str) -> bool {
    spec.len() == 3 && spec.bytes().all(|b| b.is_ascii_uppercase())
}

fn named_person(a: &Actor) -> bool {
    a.kind == ActorKind::Person && !a.anonymous
}

/// Does this actor stand for the expected party? `spec` may list alternatives: `"Hamas|PSE"`.
fn party_ok(spec: &str, a: &Actor) -> bool {
    spec.split('|').any(|alt| one_party_ok(alt, a))
}

fn one_party_ok(spec: &str, a: &Actor) -> bool {
    if is_country_code(spec) {
        return a.country.as_deref() == Some(spec) && !named_person(a);
    }
    let want = fold(spec);
    if a.id == spec || fold(&a.name) == want || a.mentions.iter().any(|x| fold(&x.text) == want) {
        return true;
    }
    if !named_person(a) {
        return false;
    }
    let w: BTreeSet<String> = want.split(' ').map(str::to_string).collect();
    let name = fold(&a.name);
    let g: BTreeSet<String> = name.split(' ').map(str::to_string).collect();
    if w.len() >= 2 && g.len() >= 2 && (w.is_subset(&g) || g.is_subset(&w)) {
        return true;
    }
    // A surname alone, on either side.
    let last = |s: &str| s.rsplit(' ').next().unwrap_or("").to_string();
    (w.len() == 1 && last(&name) == want) || (g.len() == 1 && last(&want) == name)
}

/// Every expected party is a participant and every participant is expected.
fn parties_ok(doc: &Extraction, want: &[&str], got: &Meeting) -> bool {
    let actors: Vec<&Actor> = doc.participants(got).collect();
    !actors.is_empty()
        && actors.len() == got.participants.len()
        && want
            .iter()
            .all(|spec| actors.iter().any(|a| party_ok(spec, a)))
        && actors
            .iter()
            .all(|a| want.iter().any(|spec| party_ok(spec, a)))
}

fn meeting_ok(doc: &Extraction, want: &Want, got: &Meeting) -> bool {
    parties_ok(doc, &want.parties, got)
        && want.statuses.contains(&got.status)
        && want.format.is_none_or(|f| f == got.format)
        && want
            .date
            .is_none_or(|d| got.date.as_ref().and_then(|x| x.value.as_deref()) == Some(d))
}

fn refusal_ok(doc: &Extraction, want: &WantRefusal, got: &Refusal) -> bool {
    let refuser = doc.refuser(got).is_some_and(|a| party_ok(want.refuser, a));
    let requester = match (want.requester, doc.requester(got)) {
        (None, None) => got.requester.is_none(),
        (Some(spec), Some(a)) => party_ok(spec, a),
        _ => false,
    };
    let object = got
        .object
        .to_lowercase()
        .contains(&want.object.to_lowercase());
    let linked = !want.refused_meeting
        || doc
            .refused_meeting(got)
            .is_some_and(|x| x.status == Refused);
    refuser && requester && object && got.cameo.as_str() == want.cameo && linked
}

// ---------------------------------------------------------------------------------------------
// Display, for the failure list

/// An actor as the failure list shows it: a country by its code, anyone else by name (an
/// unnamed official with their country).
fn display_actor(a: &Actor) -> String {
    match (a.kind, &a.country) {
        (ActorKind::Country, Some(c)) => c.clone(),
        _ if a.anonymous => format!("{} ({})", a.name, a.country.as_deref().unwrap_or("?")),
        _ => a.name.clone(),
    }
}

/// A meeting's participants as sorted display names or country codes.
fn participant_names(doc: &Extraction, meeting: &Meeting) -> Vec<String> {
    let mut names: Vec<String> = meeting
        .participants
        .iter()
        .map(|id| {
            doc.actor(id)
                .map_or_else(|| format!("?{id}"), display_actor)
        })
        .collect();
    names.sort();
    names
}

fn show_want(w: &Want) -> String {
    let mut parties = w.parties.clone();
    parties.sort();
    let statuses: Vec<&str> = w.statuses.iter().map(|s| s.as_str()).collect();
    let mut s = format!("{} [{}]", statuses.join("|"), parties.join(", "));
    if let Some(f) = w.format {
        s += &format!(" {f}");
    }
    if let Some(d) = w.date {
        s += &format!(" on {d}");
    }
    if w.optional {
        s += " (or no record)";
    }
    s
}

fn show_meeting(doc: &Extraction, got: &Meeting) -> String {
    let mut s = format!(
        "{} [{}] {}",
        got.status,
        participant_names(doc, got).join(", "),
        got.format
    );
    if let Some(d) = got.date.as_ref().and_then(|d| d.value.as_deref()) {
        s += &format!(" on {d}");
    }
    let cues: Vec<&str> = got.evidence.iter().map(|e| e.text.as_str()).collect();
    s + &format!(" {cues:?}")
}

fn show_want_refusal(w: &WantRefusal) -> String {
    format!(
        "{} refuses {} ({:?}) {}{}",
        w.refuser,
        w.requester.unwrap_or("-"),
        w.object,
        w.cameo,
        if w.refused_meeting {
            ", meeting refused"
        } else {
            ""
        }
    )
}

fn show_refusal(doc: &Extraction, got: &Refusal) -> String {
    let who = |a: Option<&Actor>, id: &Option<String>| match (a, id) {
        (Some(a), _) => display_actor(a),
        (None, Some(id)) => format!("?{id}"),
        (None, None) => "-".to_string(),
    };
    format!(
        "{} refuses {} ({:?}) {}{}",
        who(doc.refuser(got), &got.refuser),
        who(doc.requester(got), &got.requester),
        got.object,
        got.cameo,
        match doc.refused_meeting(got) {
            Some(x) => format!(", meeting {}", x.status),
            None => String::new(),
        }
    )
}

// ---------------------------------------------------------------------------------------------
// The runner

/// What is wrong with one case, or `None` when it passes.
fn check_case(c: &Case) -> Option<String> {
    let day = match c.published {
        Some(d) => d.parse().expect("a case's publication date"),
        None => default_day(),
    };
    let doc = extractor().extract(Article::new(c.text).published(day));
    let mut problems = Vec::new();

    // Meetings: each wanted meeting takes the first unused record that matches it; a record of
    // the same parties with another status or format is a wrong record, not a missing one.
    let mut used = vec![false; doc.meetings.len()];
    for want in &c.meetings {
        let hit =
            (0..doc.meetings.len()).find(|&i| !used[i] && meeting_ok(&doc, want, &doc.meetings[i]));
        match hit {
            Some(i) => used[i] = true,
            None => {
                let near = (0..doc.meetings.len())
                    .find(|&i| !used[i] && parties_ok(&doc, &want.parties, &doc.meetings[i]));
                match near {
                    Some(i) => {
                        used[i] = true;
                        problems.push(format!(
                            "want meeting {}\n      got {}",
                            show_want(want),
                            show_meeting(&doc, &doc.meetings[i])
                        ));
                    }
                    None if want.optional => {}
                    None => problems.push(format!("missing meeting {}", show_want(want))),
                }
            }
        }
    }
    for (i, got) in doc.meetings.iter().enumerate() {
        if !used[i] {
            problems.push(format!("extra meeting {}", show_meeting(&doc, got)));
        }
    }

    // Refusals, where the case says.
    if let Some(wants) = &c.refusals {
        let mut used = vec![false; doc.refusals.len()];
        for want in wants {
            let hit = (0..doc.refusals.len())
                .find(|&i| !used[i] && refusal_ok(&doc, want, &doc.refusals[i]));
            match hit {
                Some(i) => used[i] = true,
                None => problems.push(format!("missing refusal {}", show_want_refusal(want))),
            }
        }
        for (i, got) in doc.refusals.iter().enumerate() {
            if !used[i] {
                problems.push(format!("extra refusal {}", show_refusal(&doc, got)));
            }
        }
    }

    if problems.is_empty() {
        None
    } else {
        Some(format!("{:?}\n    {}", c.text, problems.join("\n    ")))
    }
}

/// Runs every case of a table, prints every failing one, and fails when more than `gaps`
/// cases fail: `gaps` is how many the detector does not get right yet (open issue #13), a
/// ratchet to lower as cases pass, never to raise.
fn run_table(table: &str, cases: &[Case], gaps: usize) {
    let failures: Vec<String> = cases.iter().filter_map(check_case).collect();
    let report = format!(
        "\n{table}: {} of {} cases fail (at most {gaps} may)\n\n{}\n",
        failures.len(),
        cases.len(),
        failures.join("\n\n")
    );
    eprintln!("{report}");
    assert!(failures.len() <= gaps, "{report}");
}

// ---------------------------------------------------------------------------------------------
// The tables

/// Every kind of contact, as a verb and as a noun, in its plainest held form.
#[test]
fn contacts_as_verbs_and_nouns() {
    run_table(
        "contacts",
        &[
            // meet, met, meeting
            case("South African President Cyril Ramaphosa met French President Emmanuel Macron in Paris on Wednesday.")
                .meets(m(&["Cyril Ramaphosa", "Emmanuel Macron"], Held).by(InPerson)),
            case("The meeting between Nigerian President Bola Tinubu and his Ghanaian counterpart John Mahama in Abuja lasted two hours.")
                .meets(m(&["Bola Tinubu", "John Mahama"], Held).by(InPerson)),
            case("After meeting Anwar Ibrahim in Kuala Lumpur, Ferdinand Marcos Jr. flew on to Singapore.")
                .meets(m(&["Anwar Ibrahim", "Ferdinand Marcos Jr."], Held).by(InPerson)),
            // talk, talks, held talks
            case("Chilean President Gabriel Boric talked with Argentine President Javier Milei about glacier protection.")
                .meets(m(&["Gabriel Boric", "Javier Milei"], Held)),
            case("Talks between Kenya and Ethiopia on the disputed border ended in Addis Ababa on Friday.")
                .meets(m(&["KEN", "ETH"], Held).by(InPerson).on("2025-06-06")),
            case("Iranian Foreign Minister Abbas Araghchi held talks with Russian Foreign Minister Sergei Lavrov in Moscow on Thursday.")
                .meets(m(&["Abbas Araghchi", "Sergei Lavrov"], Held).by(InPerson).on("2025-06-05")),
            // negotiate, negotiations
            case("Serbia negotiated with Kosovo over vehicle licence plates for months.")
                .meets(m(&["SRB", "XKX"], Held)),
            case("Negotiations between Armenia and Azerbaijan on a peace treaty resumed in Washington on Monday.")
                .meets(m(&["ARM", "AZE"], Held).on("2025-06-09")),
            // consult, consultations, confer
            case("Chinese and South Korean diplomats held consultations in Seoul on maritime boundaries.")
                .meets(m(&["CHN", "KOR"], Held).by(InPerson)),
            case("German Chancellor Friedrich Merz consulted Polish Prime Minister Donald Tusk before the vote.")
                .meets(m(&["Friedrich Merz", "Donald Tusk"], Held)),
            case("Turkish Foreign Minister Hakan Fidan conferred with Saudi Foreign Minister Faisal bin Farhan in Jeddah.")
                .meets(m(&["Hakan Fidan", "Faisal bin Farhan"], Held).by(InPerson)),
            // a call, called, spoke (by phone), a phone conversation, his call to X
            case("Saudi Crown Prince Mohammed bin Salman held a call with Iranian President Masoud Pezeshkian on Saturday.")
                .meets(m(&["Mohammed bin Salman", "Masoud Pezeshkian"], Held).by(Phone).on("2025-06-07")),
            case("Pakistani Prime Minister Shehbaz Sharif called Turkish President Recep Tayyip Erdoğan to thank him for Ankara's support.")
                .meets(m(&["Shehbaz Sharif", "Recep Tayyip Erdoğan"], Held).by(Phone)),
            case("Australian Prime Minister Anthony Albanese spoke by phone with Chinese Premier Li Qiang on Tuesday.")
                .meets(m(&["Anthony Albanese", "Li Qiang"], Held).by(Phone).on("2025-06-10")),
            case("Kenyan President William Ruto spoke with Somali President Hassan Sheikh Mohamud on Monday.")
                .meets(m(&["William Ruto", "Hassan Sheikh Mohamud"], Held).on("2025-06-09")),
            case("Brazilian President Luiz Inácio Lula da Silva talked by phone with Mexican President Claudia Sheinbaum.")
                .meets(m(&["Luiz Inácio Lula da Silva", "Claudia Sheinbaum"], Held).by(Phone)),
            case("In a phone conversation on Friday, Vladimir Putin and Kazakh President Kassym-Jomart Tokayev discussed gas supplies.")
                .meets(m(&["Vladimir Putin", "Kassym-Jomart Tokayev"], Held).by(Phone).on("2025-06-06")),
            case("The hour-long phone conversation between Donald Trump and Xi Jinping covered tariffs and Taiwan.")
                .meets(m(&["Donald Trump", "Xi Jinping"], Held).by(Phone)),
            case("In his call to Egyptian President Abdel Fattah el-Sisi, Emmanuel Macron stressed the need for more aid to Gaza.")
                .meets(m(&["Emmanuel Macron", "Abdel Fattah el-Sisi"], Held).by(Phone)),
            // videoconference, video call
            case("European Commission President Ursula von der Leyen and Indian Prime Minister Narendra Modi held a videoconference on the trade agreement.")
                .meets(m(&["Ursula von der Leyen", "Narendra Modi"], Held).by(Video)),
            case("Brazilian and Chinese agriculture ministers met by videoconference on Tuesday.")
                .meets(m(&["BRA", "CHN"], Held).by(Video).on("2025-06-10")),
            case("British Prime Minister Keir Starmer joined a video call with Volodymyr Zelensky on Sunday.")
                .meets(m(&["Keir Starmer", "Volodymyr Zelenskyy"], Held).by(Video).on("2025-06-08")),
            // summit
            case("The summit between Shigeru Ishiba and South Korean President Lee Jae-myung in Tokyo ended with a joint statement.")
                .meets(m(&["Shigeru Ishiba", "Lee Jae-myung"], Held).by(InPerson)),
            // visit, visited, paid a visit, arrived in X for talks
            case("Indian Prime Minister Narendra Modi visited Ghana on Wednesday, the first such trip in three decades.")
                .meets(m(&["Narendra Modi", "GHA"], Held).by(InPerson)),
            case("Recep Tayyip Erdoğan's visit to Iraq ended on Tuesday with a water-sharing deal.")
                .meets(m(&["Recep Tayyip Erdoğan", "IRQ"], Held).by(InPerson)),
            case("Chinese Defence Minister Dong Jun paid a visit to Laos last week.")
                .meets(m(&["Dong Jun", "LAO"], Held).by(InPerson)),
            case("Ghanaian President John Mahama visited Burkinabe leader Ibrahim Traoré in Ouagadougou.")
                .meets(m(&["John Mahama", "Ibrahim Traoré"], Held).by(InPerson)),
            case("Ethiopian Prime Minister Abiy Ahmed arrived in Nairobi for talks with Kenyan President William Ruto.")
                .meets(m(&["Abiy Ahmed", "William Ruto"], Held).by(InPerson)),
            case("Hungarian Foreign Minister Péter Szijjártó arrived in Minsk on Monday for talks.")
                .meets(m(&["Péter Szijjártó", "BLR"], Held).by(InPerson).on("2025-06-09")),
            // received, welcomed, hosted
            case("Egyptian President Abdel Fattah el-Sisi received Jordan's King Abdullah II in Cairo on Sunday.")
                .meets(m(&["Abdel Fattah el-Sisi", "Abdullah II"], Held).by(InPerson).on("2025-06-08")),
            case("Malaysian Prime Minister Anwar Ibrahim welcomed Thai Prime Minister Paetongtarn Shinawatra to Putrajaya.")
                .meets(m(&["Anwar Ibrahim", "Paetongtarn Shinawatra"], Held).by(InPerson)),
            case("Saudi Crown Prince Mohammed bin Salman hosted Syrian President Ahmed al-Sharaa in Riyadh.")
                .meets(m(&["Mohammed bin Salman", "Ahmed al-Sharaa"], Held).by(InPerson)),
            // summoned, a summons
            case("Morocco summoned the Algerian ambassador on Monday over the remarks.")
                .meets(m(&["MAR", "DZA"], Held).by(InPerson).on("2025-06-09")),
            case("The summons of the Russian charge d'affaires to the Polish foreign ministry followed the drone incursion.")
                .meets(m(&["POL", "RUS"], Held).by(InPerson)),
            // mediated, mediation between X and Y, a round of talks
            case("Turkey mediated between Somalia and Ethiopia at talks in Ankara.")
                .meets(m(&["TUR", "SOM", "ETH"], Held).by(InPerson)),
            case("Kuwaiti mediation between Saudi Arabia and Qatar continued through 2018.")
                .meets(m(&["KWT", "SAU", "QAT"], Held)),
            case("Egypt mediated between Israel and Hamas in Cairo on Monday.")
                .meets(m(&["EGY", "ISR", "Hamas"], Held).by(InPerson).on("2025-06-09")),
            case("A third round of talks between Pakistan and Afghanistan's Taliban government ended in Istanbul without a deal.")
                .meets(m(&["PAK", "AFG"], Held).by(InPerson)),
            // shook hands, a handshake
            case("Venezuelan President Nicolás Maduro shook hands with Guyanese President Irfaan Ali in St. Vincent.")
                .meets(m(&["Nicolás Maduro", "Irfaan Ali"], Held).by(InPerson)),
            case("The handshake between Xi Jinping and Japanese Prime Minister Shigeru Ishiba lasted only a few seconds.")
                .meets(m(&["Xi Jinping", "Shigeru Ishiba"], Held).by(InPerson)),
            // the invitation for a meeting
            case("Serbian President Aleksandar Vučić accepted the invitation for a meeting in Brussels with Kosovo Prime Minister Albin Kurti.")
                .meets(m(&["Aleksandar Vučić", "Albin Kurti"], Planned).by(InPerson)),
            // Background contacts, named in passing.
            case("Ukrainian President Volodymyr Zelensky thanked Keir Starmer for his support. They last spoke on March 18.")
                .meets(m(&["Volodymyr Zelenskyy", "Keir Starmer"], Held).on("2025-03-18")),
            case("Narendra Modi praised South African President Cyril Ramaphosa on Tuesday. The two leaders met on the margins of the BRICS summit in October.")
                .published("2024-11-07")
                .meets(m(&["Narendra Modi", "Cyril Ramaphosa"], Held).by(InPerson).on("2024-10")),
        ],
        3,
    );
}

/// The status comes from the verb group: tense, modality, negation and the verb itself.
#[test]
fn statuses_from_the_verb_group() {
    run_table(
        "statuses",
        &[
            // held
            case("Thai Prime Minister Paetongtarn Shinawatra met Cambodian Prime Minister Hun Manet in Bangkok on Tuesday.")
                .meets(m(&["Paetongtarn Shinawatra", "Hun Manet"], Held).on("2025-06-10")),
            // planned
            case("Italian Prime Minister Giorgia Meloni will meet Tunisian President Kais Saied in Tunis on Thursday.")
                .meets(m(&["Giorgia Meloni", "Kais Saied"], Planned).on("2025-06-12")),
            case("Spanish Prime Minister Pedro Sánchez is expected to meet Morocco's King Mohammed VI in Rabat next month.")
                .meets(m(&["Pedro Sánchez", "Mohammed VI"], Planned)),
            case("Ethiopia and Somalia agreed to hold technical talks in Ankara in February.")
                .meets(m(&["ETH", "SOM"], Planned)),
            case("Moldovan President Igor Dodon said he would pay a visit to Russia to discuss trade.")
                .meets(m(&["Igor Dodon", "RUS"], Planned).by(InPerson)),
            // An offer accepted is a plan.
            case("Vladimir Putin accepted an invitation from Kim Jong Un to visit Pyongyang.")
                .meets(m(&["Vladimir Putin", "PRK"], Planned).by(InPerson)),
            // Readiness is an offer.
            case("Recep Tayyip Erdogan said he was ready to meet Bashar al-Assad.")
                .meets(m(&["Recep Tayyip Erdoğan", "Bashar al-Assad"], Proposed)),
            // A contact noun after an infinitive of purpose is yet to be held.
            case("A Sudanese army delegation returned to Jeddah to resume negotiations with the Rapid Support Forces.")
                .meets(m(&["Sudanese Armed Forces|SDN", "Rapid Support Forces"], Planned)),
            // "may not": a possibility, not a denial.
            case("Kosovo Prime Minister Albin Kurti and Serbian President Aleksandar Vučić may not meet in Brussels this week.")
                .meets(m(&["Albin Kurti", "Aleksandar Vučić"], Proposed)),
            // A participle after the phrase does not undo the verb that governs it.
            case("Kenya cancelled the meeting between William Ruto and Yoweri Museveni scheduled for Friday.")
                .meets(m(&["William Ruto", "Yoweri Museveni"], Cancelled)),
            // A contact not held though its party had been invited or summoned: refused.
            case("Russian ambassador Sergei Andreyev did not visit the Polish foreign ministry despite being summoned.")
                .meets(m(&["Sergei Andreyev", "POL"], Refused)),
            case("Russian ambassador Sergei Andreyev did not visit the Polish foreign ministry despite an invitation.")
                .meets(m(&["Sergei Andreyev", "POL"], Refused)),
            case("Iranian Foreign Minister Abbas Araghchi did not visit Cairo, where he had been invited to discuss Gaza.")
                .meets(m(&["Abbas Araghchi", "EGY"], Refused)),
            case("A summit between Congolese President Félix Tshisekedi and Rwandan President Paul Kagame is scheduled for next week in Washington.")
                .meets(m(&["Félix Tshisekedi", "Paul Kagame"], Planned)),
            // A plan cue right after a contact noun's phrase (function row `planned_after`).
            case("Xi Jinping's meeting with Joe Biden scheduled to take place in Geneva drew protests.")
                .meets(m(&["Xi Jinping", "Joe Biden"], Planned)),
            case("South Korean President Lee Jae-myung and Japanese Prime Minister Shigeru Ishiba could see each other in November at the APEC summit.")
                .meets(m(&["Lee Jae-myung", "Shigeru Ishiba"], Planned)),
            case("Narendra Modi will travel to Tokyo later this month for an annual summit with Shigeru Ishiba.")
                .meets(m(&["Narendra Modi", "Shigeru Ishiba"], Planned)),
            case("Indian Foreign Minister Subrahmanyam Jaishankar is to visit Moscow next week.")
                .meets(m(&["Subrahmanyam Jaishankar", "RUS"], Planned)),
            // proposed
            case("Volodymyr Zelensky offered to meet Vladimir Putin in Istanbul.")
                .meets(m(&["Volodymyr Zelenskyy", "Vladimir Putin"], Proposed)),
            case("Colombian President Gustavo Petro invited Nicolás Maduro to a meeting in Cúcuta.")
                .meets(m(&["Gustavo Petro", "Nicolás Maduro"], Proposed)),
            case("Pakistan has requested a meeting with Afghanistan's acting foreign minister.")
                .meets(m(&["PAK", "AFG"], Proposed)),
            case("Bolivia sought talks with Chile over access to the Pacific.")
                .meets(m(&["BOL", "CHL"], Proposed)),
            case("African Union Commission chairman Moussa Faki Mahamat called for direct talks between Rwanda and the Democratic Republic of Congo.")
                .meets(m(&["RWA", "COD"], Proposed)),
            case("Ukraine is requesting an urgent meeting with NATO allies after the drone strikes.")
                .meets(m(&["UKR", "North Atlantic Treaty Organization"], Proposed)),
            case("Hungarian Prime Minister Viktor Orbán hopes to host Donald Trump and Vladimir Putin in Budapest.")
                .meets(m(&["Viktor Orbán", "Donald Trump", "Vladimir Putin"], Proposed)),
            case("Kenyan President William Ruto said he will only meet Yoweri Museveni if Uganda withdraws its troops.")
                .meets(m(&["William Ruto", "Yoweri Museveni"], Proposed)),
            case("Even if the talks fail, Kenyan President William Ruto will meet Yoweri Museveni in May.")
                .meets(m(&["William Ruto", "Yoweri Museveni"], Planned)),
            // A condition in another clause is not the plan's.
            case("Kenyan President William Ruto will meet Yoweri Museveni in May, and officials said they would sign the trade deal if the talks go well.")
                .meets(m(&["William Ruto", "Yoweri Museveni"], Planned)),
            case("If Kim Jong Un agrees, Donald Trump would meet him at the border village of Panmunjom.")
                .meets(m(&["Kim Jong Un", "Donald Trump"], Proposed)),
            // refused
            case("South Sudanese President Salva Kiir declined to meet opposition leader Riek Machar in Juba.")
                .meets(m(&["Salva Kiir", "Riek Machar"], Refused)),
            case("Venezuela rejected an invitation to talks with Guyana in Brasília.")
                .meets(m(&["VEN", "GUY"], Refused)),
            case("Eritrea turned down a request for talks with Ethiopia.")
                .meets(m(&["ERI", "ETH"], Refused)),
            case("Rwanda refused to meet Congolese officials in Luanda.")
                .meets(m(&["RWA", "COD"], Refused)),
            case("The Sudanese army boycotted the talks with the Rapid Support Forces in Geneva.")
                .meets(m(&["Sudanese Armed Forces|SDN", "Rapid Support Forces"], Refused)),
            case("The Iranian ambassador ignored a summons from the Lebanese foreign ministry.")
                .meets(m(&["IRN", "LBN"], Refused)),
            case("Mali's junta said it would not participate in talks with ECOWAS until sanctions were lifted.")
                .meets(m(&["MLI", "Economic Community of West African States"], Refused)),
            // cancelled
            case("Donald Trump called off a planned summit with Vladimir Putin in Budapest.")
                .meets(m(&["Donald Trump", "Vladimir Putin"], Cancelled)),
            case("Jakarta cancelled Prabowo Subianto's visit to Australia at short notice.")
                .meets(m(&["Prabowo Subianto", "AUS"], Cancelled)),
            case("Niger scrapped a planned meeting with Benin's foreign minister.")
                .meets(m(&["NER", "BEN"], Cancelled)),
            case("The meeting between Keir Starmer and Emmanuel Macron was postponed because of the storm.")
                .meets(m(&["Keir Starmer", "Emmanuel Macron"], Cancelled)),
            case("Pakistan suspended talks with India after the attack in Kashmir.")
                .meets(m(&["PAK", "IND"], Cancelled)),
            case("Kenyan President William Ruto postponed a planned visit to Washington.")
                .meets(m(&["William Ruto", "USA"], Cancelled).by(InPerson)),
            // not held
            case("Javier Milei did not meet Lula during the Mercosur summit in Montevideo.")
                .meets(m(&["Javier Milei", "Luiz Inácio Lula da Silva"], NotHeld)),
            case("Paul Kagame did not attend the talks with Félix Tshisekedi in Luanda.")
                .meets(m(&["Paul Kagame", "Félix Tshisekedi"], NotHeld)),
            case("Masoud Pezeshkian has not spoken with Donald Trump since taking office.")
                .meets(m(&["Masoud Pezeshkian", "Donald Trump"], NotHeld)),
            case("Kenya and Tanzania have not held talks on the border since 2023.")
                .meets(m(&["KEN", "TZA"], NotHeld)),
            // Hypotheticals and stances: no cancellation, no held mediation.
            case("Officials warned that the shelling raises the potential of suspending talks between Thailand and Cambodia.")
                .meets(m(&["THA", "KHM"], Held).maybe()),
            case("Addis Ababa is opposed to mediation in its dispute with Cairo.")
                .meets(m(&["ETH", "EGY"], Refused).maybe()),
            // refused: opposed to a contact
            case("Ethiopia is opposed to talks with Egypt.")
                .meets(m(&["ETH", "EGY"], Refused)),
        ],
        5,
    );
}

/// Headlines and Title Case lines read like any sentence.
#[test]
fn title_case_headlines() {
    run_table(
        "title case",
        &[
            case("Xi Jinping Meets Vladimir Putin in Moscow")
                .meets(m(&["Xi Jinping", "Vladimir Putin"], Held).by(InPerson)),
            case("Modi Holds Talks With Albanese on Trade and Security")
                .meets(m(&["Narendra Modi", "Anthony Albanese"], Held)),
            case("Lula to Visit China Next Month")
                .meets(m(&["Luiz Inácio Lula da Silva", "CHN"], Planned).by(InPerson)),
            case("Macron Hosts Ramaphosa at Elysee Palace")
                .meets(m(&["Emmanuel Macron", "Cyril Ramaphosa"], Held).by(InPerson)),
            case("Zelensky, Erdogan Discuss Black Sea Security in Phone Call")
                .meets(m(&["Volodymyr Zelenskyy", "Recep Tayyip Erdoğan"], Held).by(Phone)),
            case("Iran Rejects US Offer of Direct Talks")
                .meets(m(&["IRN", "USA"], Refused))
                .refuses(r("IRN", Some("USA"), "talks", "125")),
            case("Ethiopian and Eritrean Leaders Agree to Meet in Asmara")
                .meets(m(&["ETH", "ERI"], Planned).by(InPerson)),
            case("Ruto Calls Off State Visit to Uganda")
                .meets(m(&["William Ruto", "UGA"], Cancelled).by(InPerson)),
            case("Japan Summons Chinese Ambassador Over Drone Incursion")
                .meets(m(&["JPN", "CHN"], Held).by(InPerson)),
            case("Anwar Ibrahim Welcomes Prabowo Subianto to Putrajaya")
                .meets(m(&["Anwar Ibrahim", "Prabowo Subianto"], Held).by(InPerson)),
            case("Milei and Trump Meet at Mar-a-Lago")
                .meets(m(&["Javier Milei", "Donald Trump"], Held).by(InPerson)),
            case("Sheinbaum Speaks With Carney by Phone About Tariffs")
                .meets(m(&["Claudia Sheinbaum", "Mark Carney"], Held).by(Phone)),
            case("Egypt Postpones Talks With Ethiopia on Nile Dam")
                .meets(m(&["EGY", "ETH"], Cancelled)),
            case("Kim Jong Un Refuses to Meet South Korean Envoy")
                .meets(m(&["Kim Jong Un", "KOR"], Refused)),
        ],
        3,
    );
}

/// Who the parties are: subject and object, "with", "between", lists, host and visitor, people
/// the gazetteer does not list; not the announcer, not the venue unless it hosts.
#[test]
fn parties() {
    run_table(
        "parties",
        &[
            case("Brazilian President Luiz Inácio Lula da Silva met Argentine President Javier Milei in Buenos Aires.")
                .meets(m(&["Luiz Inácio Lula da Silva", "Javier Milei"], Held).by(InPerson)),
            case("Indian External Affairs Minister Subrahmanyam Jaishankar held talks with his Australian counterpart Penny Wong in Canberra on Monday.")
                .meets(m(&["Subrahmanyam Jaishankar", "Penny Wong"], Held).on("2025-06-09")),
            // The venue is no party.
            case("Talks between Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev took place in Abu Dhabi.")
                .meets(m(&["Nikol Pashinyan", "Ilham Aliyev"], Held).by(InPerson)),
            case("Iranian and American negotiators held talks in Rome on Friday.")
                .meets(m(&["IRN", "USA"], Held).by(InPerson).on("2025-06-06")),
            // ... unless it hosts.
            case("Oman hosted talks between Iranian Foreign Minister Abbas Araghchi and US envoy Steve Witkoff in Muscat.")
                .meets(m(&["OMN", "Abbas Araghchi", "Steve Witkoff"], Held).by(InPerson)),
            // Many parties.
            case("The foreign ministers of Egypt, Ethiopia and Sudan met in Addis Ababa on Saturday to discuss the dam.")
                .meets(m(&["EGY", "ETH", "SDN"], Held).by(InPerson).on("2025-06-07")),
            case("EU foreign policy chief Kaja Kallas met Serbian President Aleksandar Vučić and Kosovo Prime Minister Albin Kurti in Brussels.")
                .meets(m(&["Kaja Kallas", "Aleksandar Vučić", "Albin Kurti"], Held).by(InPerson)),
            // Host and visitor.
            case("Tanzanian President Samia Suluhu Hassan hosted Mozambican President Daniel Chapo at State House in Dar es Salaam.")
                .meets(m(&["Samia Suluhu Hassan", "Daniel Chapo"], Held).by(InPerson)),
            case("Chadian President Mahamat Idriss Déby received a delegation of Sudan's Rapid Support Forces in N'Djamena.")
                .meets(m(&["Mahamat Idriss Déby", "Rapid Support Forces"], Held).by(InPerson)),
            case("Vietnamese Prime Minister Pham Minh Chinh began a visit to Brazil on Sunday.")
                .meets(m(&["Pham Minh Chinh", "BRA"], Held).by(InPerson)),
            // People the gazetteer does not list, with a title.
            case("Malawian Foreign Minister Chikondi Banda met Zambian Defence Minister Mwila Kaluba in Lusaka.")
                .meets(m(&["Chikondi Banda", "Mwila Kaluba"], Held).by(InPerson)),
            case("Philippine Foreign Secretary Theresa Lazaro and her Vietnamese counterpart Bui Thanh Son held talks in Hanoi, the Philippine embassy said.")
                .meets(m(&["Theresa Lazaro", "Bui Thanh Son"], Held).by(InPerson)),
            case("A Hamas delegation led by Khalil al-Hayya met Egyptian intelligence chief Hassan Rashad in Cairo.")
                .meets(m(&["Khalil al-Hayya|Hamas", "Hassan Rashad|EGY"], Held).by(InPerson)),
            // Whoever announces a meeting is no party to it.
            case("Kremlin spokesman Dmitry Peskov said Vladimir Putin would meet Recep Tayyip Erdoğan in Sochi next week.")
                .meets(m(&["Vladimir Putin", "Recep Tayyip Erdoğan"], Planned)),
            case("Chinese foreign ministry spokeswoman Mao Ning announced that Wang Yi will visit Brazil next week.")
                .meets(m(&["Wang Yi", "BRA"], Planned)),
            case("The White House said Donald Trump would host Saudi Crown Prince Mohammed bin Salman next month.")
                .meets(m(&["Donald Trump", "Mohammed bin Salman"], Planned)),
            case("Colombia's foreign ministry said Foreign Minister Yolanda Villavicencio had met Ecuador's ambassador in Bogotá.")
                .meets(m(&["Yolanda Villavicencio", "ECU"], Held).by(InPerson)),
            // ... unless the announcer is one.
            case("Mexican President Claudia Sheinbaum said she spoke with Canadian Prime Minister Mark Carney by phone.")
                .meets(m(&["Claudia Sheinbaum", "Mark Carney"], Held).by(Phone)),
            // Subjects coordinated, counterparts, groups, the two sides.
            case("Kenyan President William Ruto and Ugandan President Yoweri Museveni met in the border town of Malaba.")
                .meets(m(&["William Ruto", "Yoweri Museveni"], Held).by(InPerson)),
            case("Turkish Foreign Minister Hakan Fidan met his Iraqi counterpart Fuad Hussein in Baghdad.")
                .meets(m(&["Hakan Fidan", "Fuad Hussein"], Held).by(InPerson)),
            case("NATO Secretary General Mark Rutte met Donald Trump at the White House.")
                .meets(m(&["Mark Rutte", "Donald Trump"], Held).by(InPerson)),
            case("Senior Chinese and Japanese diplomats met in Beijing on Tuesday.")
                .meets(m(&["CHN", "JPN"], Held).by(InPerson).on("2025-06-10")),
            case("Kenya and Somalia restored diplomatic ties in May. The two sides met again in Nairobi on Monday.")
                .meets(m(&["KEN", "SOM"], Held).by(InPerson).on("2025-06-09")),
            // A gerund's subject is that of the clause it modifies; a title whose "of"
            // modifiers end on a person is that person.
            case("Igor Dodon wrote on Facebook, after holding phone talks with Kremlin Deputy Chief of Staff Dmitry Kozak, that he was hopeful.")
                .meets(m(&["Igor Dodon", "Dmitry Kozak"], Held).by(Phone)),
            // "both of whom" opening a relative clause is its subject.
            case("Egypt will not send Badr Abdelatty and Mostafa Madbouly, both of whom have previously taken part in talks with Ethiopia.")
                .meets(m(&["Badr Abdelatty", "Mostafa Madbouly", "ETH"], Held)),
            // A contact noun's "of" phrase names who takes part; a plural title closing the
            // list is, per country, the one person the article names with that title.
            case("Ethiopia cancelled a meeting of Egypt and Ethiopia Foreign Ministers scheduled for next week. Egyptian Foreign Minister Badr Abdelatty regretted the decision.")
                .meets(m(&["Badr Abdelatty", "ETH"], Cancelled)),
            nothing("A meeting of the Security Council was held on Monday."),
            // "the four countries": the last list of four countries named.
            case("Saudi Arabia, Egypt, the United Arab Emirates and Bahrain cut ties with Qatar. Intelligence chiefs from the four countries met in Cairo on Tuesday.")
                .meets(m(&["SAU", "EGY", "ARE", "BHR"], Held).by(InPerson).on("2025-06-10")),
            // "the leaders of" a country: its one leader the article names, else the country.
            case("King Abdullah II of Jordan and Palestinian President Mahmoud Abbas had planned to attend. The summit between US President Joe Biden and the leaders of Jordan, Egypt and Palestine was called off.")
                .meets(m(&["Joe Biden", "Abdullah II", "Mahmoud Abbas", "EGY"], Cancelled)),
            // The place the sentence names is not one of "the two sides".
            case("Ethiopia and Eritrea signed a deal in Kenya. Leaders from the two sides will meet in Asmara.")
                .meets(m(&["ETH", "ERI"], Planned).by(InPerson)),
            // A country's unnamed office-holder as the subject of a past verb is the country.
            case("Saudi Arabia's crown prince hosted Syrian President Bashar al-Assad in Jeddah.")
                .meets(m(&["SAU", "Bashar al-Assad"], Held).by(InPerson)),
            // A visit noun: the subject of the verb it hangs on goes "to" the other side.
            case("Kenyan President William Ruto will make a state visit to Washington next month.")
                .meets(m(&["William Ruto", "USA"], Planned).by(InPerson)),
            case("Nigerian President Bola Tinubu said his visit to Ghana had been a success.")
                .meets(m(&["Bola Tinubu", "GHA"], Held).by(InPerson)),
        ],
        1,
    );
}

/// One real-world event is one record, with its final status and the details of every mention.
#[test]
fn one_event_one_record() {
    run_table(
        "one event, one record",
        &[
            // Planned, then cancelled: one record, cancelled.
            case("Kenyan President William Ruto was due to meet Ugandan President Yoweri Museveni in Kampala on Friday. The meeting was postponed on Thursday.")
                .meets(m(&["William Ruto", "Yoweri Museveni"], Cancelled)),
            // Planned, then held.
            case("Anwar Ibrahim was scheduled to meet Prabowo Subianto in Jakarta on Monday. The two leaders met for two hours and agreed to expand trade.")
                .meets(m(&["Anwar Ibrahim", "Prabowo Subianto"], Held).by(InPerson).on("2025-06-09")),
            // Planned, then not held.
            case("Kenyan President William Ruto was expected to meet Ugandan President Yoweri Museveni in Entebbe on Saturday, but the two leaders never met after Ruto's flight was diverted.")
                .meets(m(&["William Ruto", "Yoweri Museveni"], NotHeld)),
            // Proposed, then refused: one record, and its refusal.
            case("Guyana proposed talks with Venezuela in Brasília. Caracas rejected the offer on Sunday.")
                .meets(m(&["GUY", "VEN"], Refused))
                .refuses(r("VEN", Some("GUY"), "offer", "125")),
            // Refused, then offered under a condition: one record, refused.
            case("Kenyan President William Ruto has said he will not meet Yoweri Museveni. Ruto said he will only meet Museveni if Uganda withdraws its troops.")
                .meets(m(&["William Ruto", "Yoweri Museveni"], Refused)),
            // Failed attempts, then the wish that failed: one record, refused.
            case("Japanese Prime Minister Shigeru Ishiba requested a call with Xi Jinping after months of failed attempts to speak with Li Qiang. Ishiba wanted to talk to Li because Li runs the economy.")
                .meets(m(&["Shigeru Ishiba", "Xi Jinping"], Proposed).by(Phone))
                .meets(m(&["Shigeru Ishiba", "Li Qiang"], Refused)),
            // Invited, accepted, planned.
            case("Lula invited Claudia Sheinbaum to visit Brasília. Sheinbaum accepted the invitation and will travel in October.")
                .meets(m(&["Luiz Inácio Lula da Silva", "Claudia Sheinbaum"], Planned).by(InPerson)),
            // The date and format in the next clause or sentence belong to it.
            case("Hakan Fidan held talks with Sergei Lavrov, a phone call on Tuesday that focused on Syria.")
                .meets(m(&["Hakan Fidan", "Sergei Lavrov"], Held).by(Phone).on("2025-06-10")),
            case("Prabowo Subianto spoke with Anthony Albanese on Monday. The call, their first since the election, lasted 40 minutes.")
                .meets(m(&["Prabowo Subianto", "Anthony Albanese"], Held).by(Phone).on("2025-06-09")),
            case("Recep Tayyip Erdoğan met Masoud Pezeshkian in Ankara on Monday. The meeting lasted three hours.")
                .meets(m(&["Recep Tayyip Erdoğan", "Masoud Pezeshkian"], Held).by(InPerson).on("2025-06-09")),
            case("Japan and the Philippines held talks in Manila on Tuesday. During the talks, the two sides agreed to expand joint patrols.")
                .meets(m(&["JPN", "PHL"], Held).by(InPerson).on("2025-06-10")),
            case("Paul Kagame and Félix Tshisekedi are expected to meet in Washington next week. White House officials said the summit would go ahead despite the fighting.")
                .meets(m(&["Paul Kagame", "Félix Tshisekedi"], Planned)),
            // A headline and its lead are one event.
            case("Ruto Meets Museveni in Kampala\n\nKenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Saturday.")
                .meets(m(&["William Ruto", "Yoweri Museveni"], Held).by(InPerson).on("2025-06-07")),
            // Two events stay two.
            case("Emmanuel Macron met Friedrich Merz on Monday and will meet Giorgia Meloni on Friday.")
                .meets(m(&["Emmanuel Macron", "Friedrich Merz"], Held).on("2025-06-09"))
                .meets(m(&["Emmanuel Macron", "Giorgia Meloni"], Planned).on("2025-06-13")),
            case("Volodymyr Zelensky met Keir Starmer in London on Monday. They last met in Kyiv in January.")
                .meets(m(&["Volodymyr Zelenskyy", "Keir Starmer"], Held).by(InPerson).on("2025-06-09"))
                .meets(m(&["Volodymyr Zelenskyy", "Keir Starmer"], Held).by(InPerson).on("2025-01")),
        ],
        0,
    );
}

/// Refusals of any request, proposal, demand or invitation: who refused, who asked, what; 125
/// for a refusal to meet or negotiate, 120 for any other.
#[test]
fn refusals() {
    run_table(
        "refusals",
        &[
            // Not meetings: 120, and no meeting.
            case("Israel declined to sign the ceasefire proposed by Egypt.")
                .refuses(r("ISR", Some("EGY"), "ceasefire", "120")),
            // Blocking or vetoing a proposal refuses it.
            case("Hungary blocked the European Union's proposal to fund Ukraine.")
                .refuses(r("HUN", Some("European Union"), "fund Ukraine", "120")),
            case("Russia vetoed the resolution on Syria.")
                .refuses(r("RUS", None, "resolution", "120")),
            case("Israel rejected Lebanon's proposed changes to the maritime border deal.")
                .refuses(r("ISR", Some("LBN"), "changes", "120")),
            case("Mexico would not pay for the wall, Claudia Sheinbaum said.")
                .refuses(r("MEX|Claudia Sheinbaum", None, "pay for the wall", "120")),
            case("Hamas will not hand over its weapons, a senior official said.")
                .refuses(r("Hamas", None, "weapons", "120")),
            case("Venezuela refused a US request to accept deportation flights.")
                .refuses(r("VEN", Some("USA"), "deportation flights", "120")),
            case("The Taliban rejected Pakistan's demand to act against militants on Afghan soil.")
                .refuses(r("Taliban|AFG", Some("PAK"), "militants", "120")),
            case("The Philippines rejected China's proposal for a code of conduct that would bar foreign navies.")
                .refuses(r("PHL", Some("CHN"), "code of conduct", "120")),
            case("Iran rejected an IAEA request to inspect the Fordow site.")
                .refuses(r("IRN", Some("International Atomic Energy Agency"), "Fordow", "120")),
            case("Argentina declined the BRICS invitation to join the bloc.")
                .refuses(r("ARG", Some("BRICS"), "invitation", "120")),
            case("Donald Trump turned down Volodymyr Zelensky's request for Tomahawk missiles.")
                .refuses(r("Donald Trump", Some("Volodymyr Zelenskyy"), "Tomahawk", "120")),
            case("Uganda rejected demands by the European Union to repeal the law.")
                .refuses(r("UGA", Some("European Union"), "repeal", "120")),
            case("India refused to sign the joint statement of the Shanghai Cooperation Organisation.")
                .refuses(r("IND", None, "joint statement", "120")),
            // Refusals to meet or negotiate: 125, and the meeting refused.
            case("Niger's junta turned down an ECOWAS invitation to a summit in Abuja.")
                .meets(m(&["NER", "Economic Community of West African States"], Refused))
                .refuses(r("NER", Some("Economic Community of West African States"), "summit", "125")),
            case("South Sudanese President Salva Kiir refused to meet opposition leader Riek Machar.")
                .meets(m(&["Salva Kiir", "Riek Machar"], Refused))
                .refuses(r("Salva Kiir", None, "meet", "125")),
            case("Eritrea rejected an Ethiopian request for talks on access to the Red Sea.")
                .meets(m(&["ERI", "ETH"], Refused))
                .refuses(r("ERI", Some("ETH"), "talks", "125")),
            case("Kosovo Prime Minister Albin Kurti boycotted the talks with Serbia in Brussels.")
                .meets(m(&["Albin Kurti", "SRB"], Refused))
                .refuses(r("Albin Kurti", None, "talks", "125")),
            case("Russia ignored a summons from the Moldovan foreign ministry.")
                .meets(m(&["RUS", "MDA"], Refused))
                .refuses(r("RUS", Some("MDA"), "summons", "125")),
            case("North Korea rejected South Korea's offer of military talks.")
                .meets(m(&["PRK", "KOR"], Refused))
                .refuses(r("PRK", Some("KOR"), "talks", "125")),
            case("Azerbaijani President Ilham Aliyev declined Nikol Pashinyan's invitation to meet in Yerevan.")
                .meets(m(&["Ilham Aliyev", "Nikol Pashinyan"], Refused))
                .refuses(r("Ilham Aliyev", Some("Nikol Pashinyan"), "invitation", "125")),
        ],
        0,
    );
}

/// Sentences that name actors near contact words but hold no contact and no refusal.
#[test]
fn negatives() {
    run_table(
        "negatives",
        &[
            // Relations, trade and borders "between X and Y".
            nothing("Bilateral trade between Brazil and Argentina rose 12 percent last year."),
            nothing("Relations between India and Pakistan have been tense since 2019."),
            nothing("Tensions between Armenia and Azerbaijan eased after the border deal."),
            nothing("Chile and Peru share a border of about 170 kilometres."),
            nothing("Vietnam's exports to the United States reached a record in May."),
            nothing("The railway between Kenya and Uganda was built in 1901."),
            // A thing met, whatever its modifiers name.
            nothing("Mr Donaldson said the SEC would \"consider whether there should be a new approach to the deregistration process\" for foreign firms unwilling to meet US requirements."),
            // "called X a Y", "called on", "calls for", "a call for".
            nothing("Colombian senator Maria Fernanda Cabal called Gustavo Petro a terrorist sympathiser."),
            nothing("Viktor Orbán called Ursula von der Leyen's migration plan a disaster."),
            nothing("Donald Trump called Venezuela a narco-state on Monday."),
            nothing("The African Union called on Rwanda and the Democratic Republic of Congo to respect the ceasefire."),
            nothing("Sudan's Red Crescent renewed its calls for aid to El Fasher."),
            nothing("António Guterres issued a call for calm in Goma."),
            nothing("Pope Leo's call for peace in Ukraine was welcomed in Kyiv and Warsaw."),
            nothing("Shigeru Ishiba called an early election for October."),
            nothing("Pakistan's army called off the search for the missing climbers."),
            // Hosting events, people and refugees; host cities.
            nothing("China hosted the Olympics in 2008."),
            nothing("South Africa hosted the Rugby World Cup in 1995."),
            nothing("Saudi Arabia will host the 2034 World Cup."),
            nothing("Chad hosts more than a million refugees from Sudan."),
            nothing("Zambia is hosting 40,000 refugees from the Democratic Republic of Congo."),
            nothing("Nairobi is home to the headquarters of the UN Environment Programme."),
            nothing("Baku, which hosted the climate conference last year, is expanding its airport."),
            // Sport.
            nothing("Argentina visit Brazil in a World Cup qualifier next week."),
            nothing("Morocco host Senegal in the Africa Cup of Nations final on Sunday."),
            nothing("Sri Lanka's cricket team met Afghanistan in the Asia Cup semi-final."),
            nothing("Japan beat Germany 2-1 in their opening match in Qatar."),
            // meet a target, a deadline, the criteria, the cost, resistance.
            nothing("India met its 2030 renewable energy target five years early."),
            nothing("Kenya failed to meet the IMF's deadline for the tax reform."),
            nothing("Bulgaria now meets the criteria for joining the euro zone."),
            nothing("Japan will meet half the cost of the new radar station in the Philippines."),
            nothing("Ethiopia's new dam meets 40 percent of its electricity needs."),
            nothing("Ukrainian troops met heavy resistance near Pokrovsk."),
            nothing("Nigeria's growth figures met expectations, the central bank said."),
            // The summit of a mountain, visits by tourists.
            nothing("Nepalese climber Kami Rita Sherpa reached the summit of Mount Everest for the 31st time."),
            nothing("Tourist visits to Japan hit a record 36 million last year."),
            nothing("Visits to Kenya's national parks rose 20 percent."),
            // Received, welcomed: goods, rain, decisions.
            nothing("Ukraine received new air defence systems from Germany."),
            nothing("Brazil received record rainfall in May."),
            nothing("Egypt welcomed the ceasefire agreement between Israel and Hamas."),
            nothing("Saudi Arabia welcomed the peace deal between Armenia and Azerbaijan."),
            nothing("Senegal welcomed 1.5 million tourists last year."),
            // Letters, statements, exchanges of fire and accusations.
            nothing("Vladimir Putin sent a letter to Kim Jong Un congratulating him on the anniversary."),
            nothing("Kim Jong Un and Donald Trump exchanged letters in 2018."),
            nothing("Cyril Ramaphosa wrote to Bola Tinubu to ask for help with the election mission."),
            nothing("Thailand and Cambodia exchanged fire along the border on Thursday."),
            nothing("Israel and Hezbollah traded accusations over the stalled truce."),
            nothing("Chinese and Philippine vessels collided near Second Thomas Shoal."),
            // Talks about a topic, with nobody named.
            nothing("Talks on a new climate finance goal stalled on Friday."),
            nothing("Negotiations over the plastics treaty resumed in Geneva."),
            nothing("The talks are expected to focus on water rights and grazing routes."),
            // One actor alone: sessions, elections, parades, press conferences.
            nothing("Armenia's parliament held a session on the border deal."),
            nothing("India held general elections in April and May."),
            nothing("Iran held a military parade in Tehran on Sunday."),
            nothing("Claudia Sheinbaum meets reporters every weekday morning at the National Palace."),
            // Diplomacy that is not a contact.
            nothing("Peru recalled its ambassador from Mexico."),
            nothing("Bolivia broke off relations with Israel in 2023."),
            nothing("The United States imposed sanctions on Nicaraguan officials."),
            nothing("China and Russia voted against the resolution."),
            nothing("Rwanda denied backing the M23 rebels."),
            // Other words near cues: declined, invited, requested, summoned.
            nothing("Inflation in Kenya declined to 3 percent in May."),
            nothing("Ghana's finance ministry declined to comment on the report."),
            nothing("Japan invited bids for its next fighter jet."),
            nothing("Lebanon requested $3 billion from the World Bank."),
            nothing("The Philippines summoned the courage to take China to court."),
            // Contacts asked about, or any contact, are none in particular.
            nothing("Dmitry Peskov told reporters, when asked if Vladimir Putin plans a meeting with Maia Sandu, that nothing was decided."),
            nothing("Kenya's foreign minister said any dialogue with Somalia was meaningless."),
            // People named by their relation to a possessor are not the possessor.
            nothing("William Ruto's predecessors had often met Yoweri Museveni."),
            // An introductory phrase with no contact verb names no contact.
            nothing("After the meeting in Nairobi, William Ruto flew home."),
            // Blocking no proposal refuses nothing.
            nothing("Kenyan protesters blocked the road to the airport in Nairobi."),
            // An arrival for something else is no contact.
            nothing("Hungarian Foreign Minister Péter Szijjártó arrived in Minsk on Monday for the football."),
            // A call goes to whom its object's head names: remarks are called, not Milei.
            nothing("Colombia's foreign ministry called Javier Milei's remarks offensive."),
            // A visit "to" an infinitive, or "their" visits to a stadium, name no other side.
            nothing("Kenyan President William Ruto will make his speech during a visit to support Nairobi candidates Amina Odhiambo and Joseph Kariuki."),
            nothing("Ghana have won two of their last three visits to Stade de France."),
            // Sport: clubs meet in cups and fixtures.
            nothing("Egypt's Al Ahly beat Zamalek on Saturday. When they last met in the FA Cup replay, the home side won 2-0."),
            nothing("Morocco's Wydad and Raja Casablanca met in a derby in Casablanca on Sunday."),
        ],
        4,
    );
}
