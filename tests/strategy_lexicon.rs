//! The default strategy lexicon's codebook categories and its reviewed
//! keyness candidates: each category the labelling guideline practises is
//! in both languages with sources, its entries decide minimal pairs (the
//! same sentence with and without the cue), and the hand-reviewed candidate
//! list (`src/strategy/lexicon/candidates.tsv`, made by
//! `cargo run --release --example strategy_candidates`) agrees with the
//! lexicon.

use arah::strategy::{analyze_strategy, Lexicon};
use arah::Document;
use std::sync::OnceLock;

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(Lexicon::default_lexicon)
}

/// The only sentence's label and the categories of its counted evidence.
fn judge(text: &str) -> (&'static str, Vec<String>) {
    let documents = [Document {
        title: "t".into(),
        text: text.into(),
    }];
    let report = analyze_strategy(&documents, lexicon(), &Default::default());
    let sentences = &report.documents[0].sentences;
    assert_eq!(sentences.len(), 1, "{text}: {sentences:#?}");
    let categories = sentences[0]
        .evidence
        .iter()
        .filter(|e| e.counted)
        .filter_map(|e| e.category.clone())
        .collect();
    (sentences[0].label, categories)
}

/// `name: with cue => label, category; without cue => neither`.
macro_rules! minimal_pairs {
    ($($name:ident: $cue:expr => $label:expr, $category:expr; $plain:expr;)*) => {$(
        #[test]
        fn $name() {
            let (label, categories) = judge($cue);
            assert_eq!(label, $label, "{}: {categories:?}", $cue);
            assert!(
                categories.iter().any(|c| c == $category),
                "{}: {categories:?} lacks {}",
                $cue,
                $category
            );
            let (label, categories) = judge($plain);
            assert_eq!(label, "neither", "{}: {categories:?}", $plain);
        }
    )*};
}

minimal_pairs! {
    message_design_id: "Tim sukses menyusun pesan kunci untuk pemilih muda." => "one-way", "message-design";
        "Tim sukses menyusun jadwal rapat untuk pemilih muda.";
    message_design_en: "Staff prepared key messages for the mayor." => "one-way", "message-design";
        "Staff prepared coffee for the mayor.";
    reach_id: "Relawan berusaha menjangkau pemilih di desa terpencil." => "one-way", "reach-reception";
        "Relawan berusaha menemui pemilih di desa terpencil.";
    reach_en: "The volunteers tried to reach voters in rural counties." => "one-way", "en-reach-reception";
        "The volunteers tried to help voters in rural counties.";
    self_display_id: "Bupati rajin berswafoto di pasar tradisional." => "one-way", "self-display";
        "Bupati rajin berbelanja di pasar tradisional.";
    self_display_en: "The senator touted the new bridge at every stop." => "one-way", "en-self-display";
        "The senator crossed the new bridge at every stop.";
    citizen_input_id: "Dinas menerima aduan warga setiap hari kerja." => "two-way", "citizen-input";
        "Dinas menerima tamu setiap hari kerja.";
    citizen_input_en: "Residents filed complaints with the council." => "two-way", "en-citizen-input";
        "Residents filed paperwork with the council.";
    invitation_id: "Silakan sampaikan keluhan melalui kanal resmi pemerintah kota." => "two-way", "invitation";
        "Silakan masuk melalui pintu timur balai kota.";
    invitation_en: "Have your say on the new bus routes." => "two-way", "en-invitation";
        "Read about the new bus routes.";
    coverage_en: "The stunt won the senator media coverage." => "one-way", "en-reach-reception";
        "The stunt won the senator an award.";
    target_audience_en: "The campaign picked its target audience early." => "one-way", "en-reach-reception";
        "The campaign picked its office early.";
    impression_management_en: "Her posts were impression management." => "one-way", "en-self-display";
        "Her posts were about gardening.";
    deliver_the_message_en: "The mayor went on radio to deliver the message." => "one-way", "en-dissemination";
        "The mayor went on radio to explain the delay.";
    presentation_en: "Staff gave a presentation at the library." => "one-way", "en-dissemination";
        "Staff gave a hand at the library.";
    // Consultation: the public's input obtained (IAP2 consult, involve).
    public_hearing_en: "The council held a public hearing on the rezoning." => "two-way", "en-citizen-input";
        "The council held a vote on the rezoning.";
    community_survey_en: "The plan draws on a community survey." => "two-way", "en-citizen-input";
        "The plan draws on a traffic count.";
    community_input_en: "The design changed after community input." => "two-way", "en-citizen-input";
        "The design changed after the storm.";
    completing_the_survey_en: "You can help by completing the survey." => "two-way", "en-invitation";
        "You can help by cleaning the park.";
    public_involvement_en: "The project relies on public involvement." => "two-way", "en-interaction";
        "The project relies on state funding.";
    // Turnout is voting, the aim of a call to act, not an exchange.
    voter_participation_id: "Relawan berusaha meningkatkan partisipasi pemilih." => "one-way", "call-to-action";
        "Relawan berusaha meningkatkan harga gabah.";
    voter_turnout_en: "The volunteers worked to raise voter turnout." => "one-way", "en-call-to-action";
        "The volunteers worked to raise the barn.";
    // A call to follow or subscribe, sent to everyone: one-way (guideline).
    call_to_subscribe_en: "Subscribe to our channel for council news." => "one-way", "en-call-to-action";
        "Walk to our office for council news.";
    call_to_follow_en: "Follow us for council news." => "one-way", "en-call-to-action";
        "Thanks for council news.";
    call_addressed_to_readers_en: "We encourage you to read the council plan." => "one-way", "en-call-to-action";
        "We wanted to read the council plan.";
}

/// The public's participation in the actor's decisions stays two-way.
#[test]
fn participation_beyond_voting_is_two_way() {
    assert_eq!(
        judge("Dinas mendorong partisipasi warga dalam musyawarah.").0,
        "two-way"
    );
    assert_eq!(
        judge("The council wants participation from residents.").0,
        "two-way"
    );
}

/// A call to act beside an invitation to speak is the invitation: two-way.
#[test]
fn a_call_to_give_input_is_two_way() {
    let (label, _) = judge("We encourage you to share your views on the council plan.");
    assert_eq!(label, "two-way");
}

/// The codebook's categories, by their Indonesian and English names.
const CODEBOOK: [(&str, &str); 5] = [
    ("message-design", "en-message-design"),
    ("reach-reception", "en-reach-reception"),
    ("self-display", "en-self-display"),
    ("citizen-input", "en-citizen-input"),
    ("invitation", "en-invitation"),
];

#[test]
fn codebook_categories_are_in_both_languages_with_sources() {
    let lexicon = lexicon();
    for name in CODEBOOK.iter().flat_map(|(id, en)| [id, en]) {
        let category = lexicon
            .categories
            .iter()
            .find(|c| c.name == *name)
            .unwrap_or_else(|| panic!("no category {name}"));
        assert!(!category.sources.is_empty(), "{name}");
        for key in &category.sources {
            assert!(
                lexicon.sources.iter().any(|(k, _)| k == key),
                "{name} cites the unknown source {key}"
            );
        }
        let entries = lexicon
            .entries
            .iter()
            .filter(|e| e.category == *name)
            .inspect(|e| assert_eq!(e.side, category.side, "{}", e.pattern))
            .count();
        assert!(entries >= 10, "{name} has {entries} entries");
    }
}

#[test]
fn reviewed_candidates_agree_with_the_lexicon() {
    let list = include_str!("../src/strategy/lexicon/candidates.tsv");
    let rows = list.lines().filter(|l| !l.starts_with('#')).skip(1);
    let patterns: Vec<String> = lexicon()
        .entries
        .iter()
        .map(|e| e.pattern.to_lowercase())
        .collect();
    let (mut accepted, mut rejected) = (0, 0);
    for row in rows {
        let fields: Vec<&str> = row.split('\t').collect();
        let [side, word, g2, decision, reason] = fields[..] else {
            panic!("a row needs 5 fields: {row}");
        };
        assert!(["one-way", "two-way"].contains(&side), "{row}");
        assert!(g2.parse::<f64>().is_ok_and(|g| g > 0.0), "{row}");
        assert!(!reason.is_empty(), "{row}");
        let in_lexicon = patterns.iter().any(|p| p == word);
        match decision {
            "accept" => {
                assert!(in_lexicon, "accepted {word} is not a lexicon entry");
                accepted += 1;
            }
            "reject" => {
                assert!(!in_lexicon, "rejected {word} is a lexicon entry");
                rejected += 1;
            }
            other => panic!("decision must be accept or reject, not {other}: {row}"),
        }
    }
    assert!(accepted >= 1 && rejected >= 10, "{accepted} {rejected}");
}
