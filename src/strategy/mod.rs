//! Campaign-strategy analysis: how much a text describes or practises
//! one-way communication (broadcasting: the press-agentry and public
//! information models of Grunig & Hunt, 1984; the "broadcasting" candidates
//! of Graham et al., 2013) or two-way communication (dialogue and
//! interaction between people: Grunig & Hunt's two-way models, Kent &
//! Taylor's 1998 dialogic loop, Stromer-Galley's 2000 human interaction as
//! opposed to interactivity with the medium), and where it mobilises
//! (calls to act: Lassen & Bode, 2017), with the words and rules that say so.
//!
//! One stage per file: [`lexicon`] (the model, read from JSON), [`forms`]
//! (which word forms reach a lexicon word through its stem, with the
//! reviewed audit), [`matcher`] (entries found in the tokens: as written,
//! on stems, object first), [`rules`] (hedges, questions, mentions,
//! headings, applied in order with the stages it calls: [`contrast`] for
//! contrast and change, [`negation`], and [`direction`] for who speaks to
//! whom, the audience's grammatical role), [`relevance`] (the gate),
//! [`features`] and [`model`] (the learned layer), [`calibration`],
//! [`mode`] and [`scoring`] (sentences, documents, comparison). Two files
//! hold what several stages read, below all of them: [`sentence`] (a
//! sentence's tokens and the evidence judged from them) and [`report`] (the
//! scored sentences and documents, serialized to JSON). Text is tokenized
//! and split into sentences by [`crate::text`]; no stopword is removed
//! before matching, so marker words such as kami, kita, Anda, tanya, dua
//! always count.

pub mod calibration;
pub mod contrast;
pub mod direction;
pub mod features;
pub mod forms;
pub mod lexicon;
pub mod matcher;
pub mod mode;
pub mod model;
pub mod negation;
pub mod relevance;
pub mod report;
pub mod rules;
pub mod scoring;
pub mod sentence;

pub use lexicon::{Category, Entry, Lexicon, MatchOn, Negated, Side};
pub use matcher::Matcher;
pub use report::{DocumentStrategy, Evidence, SentenceStrategy, StrategyReport, Totals};
pub use scoring::{analyze_strategy, analyze_with, StrategyOptions};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Document;
    use std::sync::OnceLock;

    fn lexicon() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(Lexicon::default_lexicon)
    }

    fn report(text: &str) -> StrategyReport {
        report_with(text, &StrategyOptions::default())
    }

    fn report_with(text: &str, options: &StrategyOptions) -> StrategyReport {
        let documents = [Document {
            title: "t".into(),
            text: text.into(),
        }];
        analyze_strategy(&documents, lexicon(), options)
    }

    /// Label of the only sentence, and the rules of its counted evidence.
    fn judge(text: &str) -> (&'static str, Vec<&'static str>) {
        let report = report(text);
        let sentences = &report.documents[0].sentences;
        assert_eq!(sentences.len(), 1, "{sentences:#?}");
        let rules = sentences[0]
            .evidence
            .iter()
            .map(|e| e.rule)
            .collect::<Vec<_>>();
        (sentences[0].label, rules)
    }

    macro_rules! judged {
        ($($name:ident: $text:expr => $label:expr, [$($rule:expr),*];)*) => {$(
            #[test]
            fn $name() {
                let (label, rules) = judge($text);
                assert_eq!(label, $label, "{}: {rules:?}", $text);
                let expected: Vec<&str> = vec![$($rule),*];
                assert_eq!(rules, expected, "{}", $text);
            }
        )*};
    }

    judged! {
        plain_one_way: "Tim sukses memasang baliho di setiap perempatan." => "one-way", ["lexicon"];
        stem_two_way: "Calon itu rajin berdiskusi dengan warga." => "two-way", ["lexicon-stem"];
        negation_flips_two_way: "Sampai hari ini belum ada dialog dengan pemilih." => "one-way", ["negation"];
        negation_cancels_one_way: "Kami tidak memasang baliho." => "neither", ["negation"];
        not_only_is_no_negation: "Ia tidak hanya berdialog dengan warga." => "two-way", ["lexicon-stem"];
        absence_after_marker: "Interaksi dengan pemilih masih minim." => "one-way", ["negation"];
        hedge_keeps_direction: "Komunikasinya cenderung satu arah." => "one-way", ["hedge"];
        contrast_counts_only_the_second: "Yang dibutuhkan bukan sekadar baliho melainkan dialog." => "two-way", ["contrast-denied", "contrast"];
        not_only_but_also_adds: "Bukan hanya iklan tetapi juga dialog." => "two-way", ["lexicon", "lexicon"];
        change_counts_the_new_state: "Kampanye berubah dari satu arah menjadi dua arah." => "two-way", ["change-past", "change"];
        audience_question: "Apa program yang kalian harapkan dari kami?" => "two-way", ["audience-question"];
        rhetorical_question: "Bukankah kalian juga lelah dengan janji?" => "neither", ["rhetorical-question"];
        tag_question: "Pemilu itu penting bukan?" => "neither", ["rhetorical-question"];
        question_without_address: "Apa itu politik pasca kebenaran?" => "neither", [];
        reply: "@budi_s terima kasih, usulan itu kami catat." => "two-way", ["reply", "lexicon"];
        retweet_is_no_reply: "RT @partai: hadir di kampanye akbar Minggu ini." => "one-way", ["lexicon"];
        mobilisation_alone_leans_one_way: "Ayo coblos nomor 3!" => "one-way", ["lexicon", "lexicon"];
        english_broadcast: "The campaign kept broadcasting press releases." => "one-way", ["lexicon", "lexicon"];
        english_negated_dialogue: "The candidate never replied to voters." => "one-way", ["negation"];
        english_contrast: "We want dialogue rather than billboards." => "two-way", ["lexicon", "contrast-denied"];
        other_topic: "Resep rendang ini memerlukan santan dan cabai." => "neither", [];
        // Minimal pairs: the same sentence with and without the cue.
        // Venue or event words need an exchange named beside them.
        venue_alone_says_nothing: "Bupati blusukan ke pasar pagi ini." => "neither", ["venue-without-exchange"];
        venue_with_exchange: "Bupati blusukan ke pasar pagi ini dan mendengar keluhan pedagang." => "two-way", ["lexicon", "lexicon-stem", "lexicon"];
        english_venue_alone: "The candidate went door to door in the district." => "neither", ["venue-without-exchange"];
        english_venue_with_exchange: "The candidate went door to door in the district and answered questions." => "two-way", ["lexicon", "lexicon", "lexicon"];
        venue_whose_name_is_an_exchange: "Anggota dewan menggelar reses di balai desa." => "two-way", ["lexicon"];
        // "No longer" cancels where "not yet" flips.
        no_longer_cancels: "Warga tidak lagi berdialog dengan pemerintah." => "neither", ["no-longer"];
        not_yet_flips: "Warga belum berdialog dengan pemerintah." => "one-way", ["negation"];
        sudah_tidak_cancels: "Pemerintah sudah tidak membalas komentar warga." => "neither", ["no-longer"];
        english_no_longer_cancels: "The mayor no longer replied to residents." => "neither", ["no-longer"];
        english_never_flips: "The mayor never replied to residents." => "one-way", ["negation"];
        // The audience rejecting a message leaves it one-way.
        audience_rejects_message: "Warga menolak baliho itu." => "one-way", ["audience-rejection"];
        actor_refuses_message: "Partai menolak memasang baliho." => "neither", ["negation"];
        netizens_ignore_ad: "Warganet mengabaikan iklan kampanye itu." => "one-way", ["audience-rejection"];
        ad_ignored_by_voters: "The ads were ignored by voters." => "one-way", ["audience-rejection"];
        ad_ignored: "The ads were ignored." => "neither", ["negation"];
        english_voters_ignore: "Voters ignored the ads." => "one-way", ["audience-rejection"];
        audience_refusing_dialogue_says_nothing: "Warga menolak berdialog." => "neither", ["audience-rejection"];
        actor_refusing_dialogue_is_one_way: "Bupati menolak berdialog." => "one-way", ["negation"];
        // Questions seen past the closing quote and its attribution.
        quoted_audience_question: "\"Apa harapan Anda?\" kata Bupati." => "two-way", ["audience-question"];
        quoted_statement: "\"Ini harapan Anda,\" kata Bupati." => "neither", [];
        english_quoted_question: "\"What do you want from us?\" she asked." => "two-way", ["audience-question", "attribution"];
        quoted_question_without_address: "\"Apa itu politik?\" tanya dia." => "neither", ["attribution"];
        // Precise stems: a form that keeps the entry word's meaning, and one
        // of the same stem that does not.
        leaflet_with_clitic: "Selebarannya ditempel di pasar." => "one-way", ["lexicon-stem"];
        eid_is_no_leaflet: "Ketupat ini ditempel di pasar saat lebaran." => "neither", [];
        reply_as_a_noun: "Warga menunggu balasan dari wali kota." => "two-way", ["lexicon-stem"];
        revenge_is_no_reply: "Warga menunggu pembalasan dari wali kota." => "neither", [];
        hearing_the_audience: "Wali kota itu mau mendengar." => "two-way", ["lexicon-stem"];
        sounding_is_no_hearing: "Wali kota itu terdengar lelah." => "neither", [];
        // Verb–object entries with the object first and the verb passive.
        message_conveyed: "Pesan kampanye yang disampaikan calon itu jelas." => "one-way", ["lexicon-reordered"];
        message_read: "Pesan yang dibaca calon itu jelas." => "neither", [];
        comments_replied: "Komentar warga dibalas admin setiap malam." => "two-way", ["lexicon-reordered"];
        comments_left_unanswered: "Komentar warga tidak pernah dibalas admin." => "one-way", ["negation"];
        no_reordering_across_a_clause: "Pesan itu, kata dia, disampaikan kemarin." => "neither", [];
        questions_answered: "Questions were answered by the mayor." => "two-way", ["lexicon-reordered"];
        answer_questions_in_order: "The mayor will answer questions." => "two-way", ["lexicon"];
        // Colloquial spellings through the slang table.
        colloquial_reply: "Admin rajin bales komen warga." => "two-way", ["lexicon-stem"];
        standard_reply: "Admin rajin membalas komentar warga." => "two-way", ["lexicon"];
        colloquial_asking: "Warga nanya soal jalan rusak." => "two-way", ["direction-source", "lexicon-stem"];
        hashtag_of_a_call: "Besok #Coblos2 ya." => "one-way", ["lexicon-stem"];
        standard_asking: "Warga bertanya soal jalan rusak." => "two-way", ["direction-source", "lexicon-stem"];
        // The audience's grammatical role: recipient (one-way).
        message_given_to_residents: "Dinas memberikan informasi kepada warga." => "one-way", ["direction-recipient"];
        aid_given_to_residents: "Dinas memberikan bantuan kepada warga." => "neither", [];
        information_distributed_to_the_public: "Humas mendistribusikan informasi kepada publik." => "one-way", ["direction-recipient"];
        information_distributed_to_reporters: "Humas mendistribusikan informasi kepada wartawan." => "neither", [];
        news_told_to_residents: "Bupati mengabarkan kinerjanya kepada warga." => "one-way", ["direction-recipient"];
        news_told_to_nobody_named: "Bupati mengabarkan kinerjanya." => "neither", [];
        message_withheld: "Dinas tidak menyampaikan informasi kepada warga." => "neither", ["negation"];
        voters_as_object: "Caleg itu menyasar pemilih muda." => "one-way", ["direction-recipient"];
        seats_as_object: "Caleg itu menyasar kursi dewan." => "neither", [];
        residents_receive_a_message: "Warga mendapat informasi lewat radio." => "one-way", ["direction-recipient"];
        residents_receive_aid: "Warga mendapat bantuan lewat desa." => "neither", [];
        english_updates_to_residents: "The council delivers updates to residents." => "one-way", ["direction-recipient"];
        english_parcels_to_residents: "The council delivers parcels to residents." => "neither", [];
        english_kept_informed: "The office keeps residents informed." => "one-way", ["direction-recipient"];
        english_kept_safe: "The office keeps residents safe." => "neither", [];
        english_kept_apprised: "The office keeps residents apprised." => "one-way", ["direction-recipient"];
        // The preposition decides: a speech to, a conversation with.
        speaking_to_residents: "Bupati berbicara kepada warga." => "one-way", ["direction-recipient"];
        speaking_with_residents: "Bupati berbicara dengan warga." => "two-way", ["direction-reciprocal"];
        english_communicating_to: "The mayor communicated to residents." => "one-way", ["direction-recipient"];
        english_communicating_with: "The mayor communicated with residents." => "two-way", ["direction-reciprocal"];
        // Source or speaker (two-way): the audience as subject, not object.
        residents_raise_a_problem: "Warga menyampaikan persoalan jalan kepada bupati." => "two-way", ["direction-source"];
        residents_told_of_a_problem: "Bupati menyampaikan persoalan jalan kepada warga." => "neither", [];
        problem_raised_by_residents: "Persoalan yang disampaikan warga segera ditangani." => "two-way", ["direction-source"];
        problem_raised_to_residents: "Persoalan yang disampaikan kepada warga segera ditangani." => "neither", [];
        residents_cannot_speak: "Warga tidak bisa menyampaikan persoalan." => "one-way", ["negation"];
        opinion_of_residents: "Bupati membaca pendapat warga." => "two-way", ["direction-source"];
        opinion_of_experts: "Bupati membaca pendapat ahli." => "neither", [];
        english_residents_can_say: "Residents can say what they think." => "two-way", ["direction-source"];
        english_residents_say: "Residents say the road is bad." => "neither", [];
        english_requests_from_residents: "The office logs requests from residents." => "two-way", ["direction-source"];
        english_requests_from_contractors: "The office logs requests from contractors." => "neither", [];
        english_hear_from_residents: "We want to hear from residents." => "two-way", ["direction-source"];
        english_hear_the_band: "We want to hear the band." => "neither", [];
        // Co-participant (two-way): a reciprocal verb with the audience.
        contact_kept_with_voters: "Caleg itu menjalin kontak dengan pemilih." => "two-way", ["direction-reciprocal"];
        cooperation_with_voters: "Caleg itu menjalin kerja sama dengan pemilih." => "neither", [];
        meeting_voters: "Caleg itu bertemu langsung dengan pemilih." => "two-way", ["direction-reciprocal"];
        meeting_party_leaders: "Caleg itu bertemu langsung dengan ketua partai." => "neither", [];
        no_contact_with_residents: "Bupati belum berkomunikasi dengan warga." => "one-way", ["negation"];
        english_chat_with_residents: "The mayor chatted with residents." => "two-way", ["direction-reciprocal"];
        english_chat_with_reporters: "The mayor chatted with reporters." => "neither", [];
        communication_between_residents_and_government: "Aplikasi itu memperlancar komunikasi antara warga dan pemerintah." => "two-way", ["direction-reciprocal"];
        communication_between_offices: "Aplikasi itu memperlancar komunikasi antara dinas dan pemerintah." => "neither", [];
        distance_between_residents_and_government: "Jarak antara warga dan pemerintah makin jauh." => "neither", [];
        english_between_residents_and_council: "The app improves communication between residents and the council." => "two-way", ["direction-reciprocal"];
        english_between_departments: "The app improves communication between departments and the council." => "neither", [];
        system_connects_public_and_government: "Sistem ini menghubungkan masyarakat dengan pemerintah." => "two-way", ["direction-reciprocal"];
        system_connects_villages_and_government: "Sistem ini menghubungkan desa dengan pemerintah." => "neither", [];
    }

    /// Flags of the only sentence: (normative, foil).
    fn flags(text: &str) -> (bool, bool) {
        let report = report(text);
        let sentence = &report.documents[0].sentences[0];
        (sentence.normative, sentence.foil)
    }

    macro_rules! flagged {
        ($($name:ident: $text:expr => $label:expr, $normative:expr, $foil:expr;)*) => {$(
            #[test]
            fn $name() {
                assert_eq!(judge($text).0, $label, "{}", $text);
                assert_eq!(flags($text), ($normative, $foil), "{}", $text);
            }
        )*};
    }

    flagged! {
        normative_keeps_the_mode_it_recommends: "Pemerintah seharusnya mendengar aspirasi warga." => "two-way", true, false;
        same_sentence_stated: "Pemerintah mendengar aspirasi warga." => "two-way", false, false;
        english_normative: "The council should listen to residents." => "two-way", true, false;
        english_need_to: "Candidates need to answer questions." => "two-way", true, false;
        the_needs_of_voters_are_no_norm: "The needs of voters were discussed." => "two-way", false, false;
        contrast_has_a_foil: "Yang dibutuhkan bukan sekadar poster melainkan dialog." => "two-way", false, true;
        no_contrast_no_foil: "Yang dibutuhkan poster dan dialog." => "two-way", false, false;
        change_past_is_a_foil: "Kampanye berubah dari satu arah menjadi dua arah." => "two-way", false, true;
        no_longer_is_a_foil: "Partai tidak lagi memasang baliho, kini berdialog." => "two-way", false, true;
        negation_is_no_foil: "Partai tidak memasang baliho, kini berdialog." => "two-way", false, false;
    }

    #[test]
    fn mobilisation_is_flagged() {
        let report = report("Yuk ikut diskusi bareng caleg kita!");
        let sentence = &report.documents[0].sentences[0];
        assert!(sentence.mobilisation);
        assert_eq!(sentence.label, "two-way");
    }

    #[test]
    fn evidence_offsets_point_into_the_text() {
        let text = "Â Halo.\u{00A0}Kami membalas komentar warga! Baliho dipasang.";
        let report = report(text);
        for sentence in &report.documents[0].sentences {
            assert_eq!(&text[sentence.start..sentence.end], sentence.text);
            for e in &sentence.evidence {
                assert_eq!(&text[e.start..e.end], e.text);
            }
        }
        let evidence = &report.documents[0].sentences[1].evidence[0];
        assert_eq!(evidence.text, "membalas komentar");
        assert_eq!(evidence.words, ["membalas", "komentar"]);
    }

    #[test]
    fn documents_get_a_dominant_mode_and_balance() {
        let one_way = "Baliho dipasang. Spanduk dibentangkan. Iklan diputar. Cuaca cerah.";
        let two_way = "Kami berdialog dengan warga. Kami membalas komentar. Ada sesi tanya jawab.";
        let documents = [
            Document {
                title: "a".into(),
                text: one_way.into(),
            },
            Document {
                title: "b".into(),
                text: two_way.into(),
            },
            Document {
                title: "c".into(),
                text: String::new(),
            },
        ];
        let report = analyze_strategy(&documents, lexicon(), &StrategyOptions::default());
        let [a, b, c] = &report.documents[..] else {
            panic!()
        };
        assert_eq!((a.totals.label, a.totals.balance), ("one-way", -1.0));
        assert_eq!((b.totals.label, b.totals.balance), ("two-way", 1.0));
        assert_eq!(a.totals.one_way_sentences, 3);
        assert_eq!(a.totals.neither_sentences, 1);
        assert_eq!(a.totals.one_way_share, 0.75);
        assert_eq!((c.totals.label, c.sentences.len()), ("none", 0));
        assert_eq!(report.ranking[0], 0);
        assert_eq!(report.ranking[2], 1);
        assert_eq!(report.corpus.label, "mixed");
    }

    #[test]
    fn a_sentence_of_100_000_characters_is_scored() {
        let text = format!("{}dialog.", "kata ".repeat(20_000));
        let report = report(&text);
        assert_eq!(report.documents[0].sentences.len(), 1);
        assert_eq!(report.documents[0].sentences[0].label, "two-way");
    }

    /// Inputs that would take quadratic time with an unbounded look-ahead;
    /// each is one line of about 100 000 characters.
    #[test]
    fn pathological_sentences_stay_linear() {
        let cases = [
            "kamu? ".repeat(17_000),
            "bukan ".repeat(17_000),
            "alih-alih ".repeat(10_000),
            "dari satu arah ".repeat(7_000),
            "@a ".repeat(33_000),
            "tidak dialog ".repeat(8_000),
            "#coblos2 ".repeat(11_000),
            "pesan yang ".repeat(10_000),
            "memberikan informasi kepada para warga ".repeat(2_500),
            "warga dapat bisa antara warga dan ".repeat(3_000),
        ];
        for text in &cases {
            let report = report(text);
            for sentence in &report.documents[0].sentences {
                assert_eq!(&text[sentence.start..sentence.end], sentence.text);
            }
        }
    }

    #[test]
    fn ten_thousand_entries_match() {
        let entries: Vec<String> = (0..10_000)
            .map(|i| format!(r#"{{"phrase": "kata{i}", "side": "two-way"}}"#))
            .collect();
        let lexicon =
            Lexicon::from_json(&format!(r#"{{"entries": [{}]}}"#, entries.join(","))).unwrap();
        let documents = [Document {
            title: "t".into(),
            text: "Ada kata9999 di sini. Dan [kata5] (juga).".into(),
        }];
        let report = analyze_strategy(&documents, &lexicon, &StrategyOptions::default());
        assert_eq!(report.documents[0].totals.two_way_sentences, 2);
    }

    fn keep_chrome() -> StrategyOptions {
        StrategyOptions {
            keep_chrome: true,
            ..StrategyOptions::default()
        }
    }

    /// Label and chrome kind of each sentence.
    fn labels(report: &StrategyReport) -> Vec<(&'static str, Option<&'static str>)> {
        report.documents[0]
            .sentences
            .iter()
            .map(|s| (s.label, s.chrome))
            .collect()
    }

    #[test]
    fn a_sentence_in_page_chrome_gives_no_evidence() {
        // The same words as a related link and as a sentence of the text.
        let text = "Baca juga: Bupati Membalas Komentar Warga di Instagram\nBupati membalas komentar warga di Instagram.";
        let scored = report(text);
        assert_eq!(
            labels(&scored),
            [("neither", Some("related-link")), ("two-way", None)]
        );
        assert!(scored.documents[0].sentences[0].evidence.is_empty());
        // Kept, the link is read, and its words are evidence again: shown,
        // not counted, since a title-case line of its own is a heading.
        let kept = report_with(text, &keep_chrome());
        assert_eq!(labels(&kept), [("neither", None), ("two-way", None)]);
        let link = &kept.documents[0].sentences[0].evidence;
        assert!(!link.is_empty() && link.iter().all(|e| e.rule == "heading"));
    }

    #[test]
    fn a_document_of_page_chrome_only_has_no_mode() {
        let text = "ADVERTISEMENT\nBaca juga: Baliho Caleg Dipasang di Jalan Protokol\nBagikan\nPenulis: Jane Doe\n12 Komentar\nRabu, 12 Juni 2024 | 10:00 WIB";
        let scored = report(text);
        let totals = &scored.documents[0].totals;
        assert_eq!(
            (totals.label, totals.one_way, totals.two_way),
            ("none", 0.0, 0.0)
        );
        assert_eq!(
            labels(&scored),
            [
                ("neither", Some("advertisement")),
                ("neither", Some("related-link")),
                ("neither", Some("share")),
                ("neither", Some("byline")),
                ("neither", Some("counter")),
                ("neither", Some("timestamp")),
            ]
        );
        // Kept, the advertisement and the billboard are evidence again
        // (lines of their own in title case: headings, shown, not counted).
        let kept = report_with(text, &keep_chrome());
        let evidence = kept.documents[0].sentences.iter().flat_map(|s| &s.evidence);
        assert!(evidence.clone().any(|e| e.side == "one-way"));
        assert!(evidence.clone().all(|e| e.rule == "heading"));
    }

    /// Label and counted rules of the first sentence of a text.
    fn first(text: &str) -> (&'static str, Vec<&'static str>) {
        let report = report(text);
        let s = &report.documents[0].sentences[0];
        let rules = s.evidence.iter().map(|e| e.rule).collect();
        (s.label, rules)
    }

    #[test]
    fn a_heading_line_is_neither_whatever_it_says() {
        let body = "\nThe council wants to hear from residents about the new park.";
        // Title-like lines of their own, with a line after them.
        for heading in [
            "Have Your Say",
            "Town Hall Talk Begins September 6",
            "Coming Soon: Town Hall Talk!",
            "• Flyers and Posters",
            "Bupati Serap Keluhan Warga di Pasar",
        ] {
            let text = format!("{heading}{body}");
            assert_eq!(first(&text).0, "neither", "{heading}");
            assert!(first(&text).1.iter().all(|r| *r == "heading"), "{heading}");
        }
        // The same words as sentences: sentence case, a final stop, a
        // question, a line that goes on, a one-line post.
        for sentence in [
            "Have your say",
            "Have Your Say.",
            "Flyers and posters went to every home",
            "Bupati menyerap keluhan warga di pasar",
        ] {
            let text = format!("{sentence}{body}");
            assert_ne!(first(&text).0, "neither", "{sentence}");
        }
        assert_eq!(first("Have Your Say").0, "two-way");
        assert_eq!(
            first("Have Your Say on the park, we said to them. Tell Us More\nBody.").0,
            "two-way"
        );
    }

    #[test]
    fn a_heading_over_a_body_line_leaves_the_body_labelled() {
        let report = report("Town Hall Meeting\nThe mayor answered questions from residents.");
        let labels: Vec<&str> = report.documents[0]
            .sentences
            .iter()
            .map(|s| s.label)
            .collect();
        assert_eq!(labels, ["neither", "two-way"]);
    }

    #[test]
    fn json_names_the_chrome_of_a_sentence_only() {
        let value = serde_json::to_value(report("ADVERTISEMENT\nBelum ada dialog.")).unwrap();
        let sentences = &value["documents"][0]["sentences"];
        assert_eq!(sentences[0]["chrome"], "advertisement");
        assert!(sentences[1].get("chrome").is_none());
    }

    #[test]
    fn json_has_the_documented_shape() {
        let value = serde_json::to_value(report("Belum ada dialog.")).unwrap();
        let document = &value["documents"][0];
        for key in ["file", "oneWay", "twoWay", "balance", "label", "sentences"] {
            assert!(!document[key].is_null(), "{key}");
        }
        for key in ["label", "mobilisation", "normative", "foil"] {
            assert!(!document["sentences"][0][key].is_null(), "{key}");
        }
        let evidence = &document["sentences"][0]["evidence"][0];
        assert_eq!(evidence["side"], "one-way");
        assert_eq!(evidence["rule"], "negation");
        assert_eq!(evidence["start"], 10);
        assert_eq!(evidence["end"], 16);
    }

    #[test]
    fn json_keys_are_camel_case_everywhere() {
        fn snake_keys(value: &serde_json::Value, path: &str, found: &mut Vec<String>) {
            match value {
                serde_json::Value::Object(map) => {
                    for (key, inner) in map {
                        if key.contains('_') || key.contains('-') {
                            found.push(format!("{path}.{key}"));
                        }
                        snake_keys(inner, &format!("{path}.{key}"), found);
                    }
                }
                serde_json::Value::Array(items) => {
                    for (i, inner) in items.iter().enumerate() {
                        snake_keys(inner, &format!("{path}[{i}]"), found);
                    }
                }
                _ => {}
            }
        }
        // Evidence, mentions, a gate, chrome and every total.
        let text = "ADVERTISEMENT\nBupati menyebarkan baliho kepada warga. Warga bertanya, bupati membalas komentar mereka.";
        let mut found = Vec::new();
        snake_keys(&serde_json::to_value(report(text)).unwrap(), "", &mut found);
        assert!(found.is_empty(), "{found:?}");
    }
}
