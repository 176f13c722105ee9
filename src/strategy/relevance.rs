//! The relevance gate: is a text about communication between an actor in
//! public life and its public at all? Only then do its sentences get
//! strategy labels. A recipe that mentions *Lebaran*, a match report whose
//! page says "ADVERTISEMENT" or a health article where the immune system
//! "merespons" a virus contains look-alike words, yet nobody in it speaks
//! to an audience (the labelling guideline's first question).
//!
//! The gate looks for both parties of the communication:
//! - **actors**: politicians, candidates, parties, campaigns, government
//!   offices and officials, legislatures, election bodies, public
//!   institutions — and the institutional practices that imply one
//!   (humas, siaran pers, reses, town hall, public outreach);
//! - **audiences**: citizens, residents, voters, constituents, the public,
//!   followers, supporters, an audience, stakeholders — and the reader,
//!   when the text addresses them (Anda, kalian, daerahmu, you), as a
//!   campaign's post does.
//!
//! A document is relevant when it names both. A reply or reply thread (a line of the text
//! opens with an @handle) is an exchange with the handle's owner by its form, and
//! a short text ([`SHORT_POST_SENTENCES`] or fewer: a caption, a post) is
//! judged by its words alone, as topic needs more text to judge: the gate
//! passes both. A recipe that tells "you" what to do names no actor, so
//! addressing the reader alone never opens the gate. In a long text ([`LONG_TEXT_PARAGRAPHS`] paragraphs
//! or more) each paragraph is judged too, with its neighbours: a paragraph
//! with neither party anywhere near it (a recipe appended to a campaign
//! post) loses its labels.

use crate::hash::TermMap;
use crate::text::tokenize::{for_each_token, TokenKind};
use serde::Serialize;

/// Paragraphs from which a text is long enough for each paragraph to be
/// judged on its own (with one paragraph either side).
pub const LONG_TEXT_PARAGRAPHS: usize = 6;
/// Sentences up to which a text is a short post, judged by its words alone.
pub const SHORT_POST_SENTENCES: usize = 6;
/// Mentions listed as the gate's evidence, at most.
const MAX_SHOWN: usize = 12;

/// Actors of public communication, one word each (lower case). Clitics
/// (-nya, -ku, -mu) are taken off the text's words before the lookup.
const ACTORS: &[&str] = &[
    // Indonesian: government, offices and officials.
    "pemerintah",
    "pemerintahan",
    "pemda",
    "pemkab",
    "pemkot",
    "pemprov",
    "pemdes",
    "bupati",
    "wabup",
    "gubernur",
    "wagub",
    "walikota",
    "wawali",
    "camat",
    "lurah",
    "kades",
    "presiden",
    "wapres",
    "menteri",
    "kementerian",
    "dinas",
    "diskominfo",
    "kominfo",
    "humas",
    "instansi",
    "birokrasi",
    "pejabat",
    "polres",
    "polsek",
    "polda",
    "polri",
    "kapolres",
    "kapolda",
    "sekda",
    "lsm",
    "ormas",
    // Legislatures, parties, campaigns, elections.
    "dprd",
    "dpr",
    "dpd",
    "legislator",
    "legislatif",
    "partai",
    "parpol",
    "caleg",
    "capres",
    "cawapres",
    "cagub",
    "cawagub",
    "cabup",
    "cawabup",
    "cawalkot",
    "paslon",
    "kandidat",
    "politisi",
    "politikus",
    "kpu",
    "bawaslu",
    "pemilu",
    "pilkada",
    "pilpres",
    "pileg",
    "kampanye",
    "berkampanye",
    "reses",
    "sosialisasi",
    // English.
    "government",
    "council",
    "councillor",
    "councillors",
    "councilor",
    "councilors",
    "mayor",
    "governor",
    "senator",
    "congressman",
    "congresswoman",
    "congressmen",
    "parliament",
    "parliamentary",
    "legislature",
    "legislators",
    "lawmaker",
    "lawmakers",
    "senate",
    "authorities",
    "president",
    "mp",
    "mps",
    "mep",
    "meps",
    "minister",
    "ministry",
    "officials",
    "municipality",
    "county",
    "campaign",
    "campaigns",
    "campaigning",
    "candidate",
    "candidates",
    "politician",
    "politicians",
    "election",
    "elections",
    "outreach",
    "rally",
    "rallies",
    "ballot",
    // Casting a vote implies an election and its candidates.
    "coblos",
    "mencoblos",
    "nyoblos",
    "tps",
];

/// Two-word actors and practices that imply an institutional sender.
const ACTOR_PAIRS: &[(&str, &str)] = &[
    ("wali", "kota"),
    ("kepala", "daerah"),
    ("kepala", "desa"),
    ("anggota", "dewan"),
    ("tim", "sukses"),
    ("pasangan", "calon"),
    ("calon", "bupati"),
    ("calon", "legislatif"),
    ("siaran", "pers"),
    ("konferensi", "pers"),
    ("town", "hall"),
    ("city", "hall"),
    ("press", "release"),
    ("public", "relations"),
    ("public", "engagement"),
    ("political", "party"),
    ("local", "authority"),
    ("wakil", "rakyat"),
    ("prime", "minister"),
    ("public", "agency"),
];

/// The public of an actor.
const AUDIENCES: &[&str] = &[
    "warga",
    "masyarakat",
    "publik",
    "rakyat",
    "pemilih",
    "konstituen",
    "warganet",
    "netizen",
    "pengikut",
    "khalayak",
    "audiens",
    "penduduk",
    "residents",
    "citizens",
    "citizen",
    "voters",
    "voter",
    "constituents",
    "constituent",
    "public",
    "community",
    "communities",
    "taxpayers",
    "followers",
    "stakeholders",
    "electorate",
    "audience",
    "audiences",
    "supporters",
    "attendees",
    "pendukung",
    "simpatisan",
];

/// One mention of a party of the communication: the gate's evidence.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub start_utf16: usize,
    pub end_utf16: usize,
    pub text: String,
    /// `actor` or `audience`.
    pub role: &'static str,
}

/// The gate's decision for one document, with its evidence.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Relevance {
    pub relevant: bool,
    /// Why: `actor-and-audience`, `reply` (a line opens with an @handle),
    /// `short-post`, `no-actor`, `no-audience` or `no-text`.
    pub reason: &'static str,
    pub actor_mentions: usize,
    pub audience_mentions: usize,
    /// The first mentions, in text order.
    pub mentions: Vec<Mention>,
    /// Paragraphs of a long relevant text that lost their labels.
    pub gated_paragraphs: usize,
}

/// The gate's reading of a text: its decision, and which byte ranges of
/// a relevant long text are paragraphs without either party near them.
pub struct Gate {
    pub relevance: Relevance,
    /// Sorted, disjoint byte ranges whose sentences get no label.
    pub gated: Vec<(usize, usize)>,
}

impl Gate {
    /// Whether the sentence starting at byte `start` lost its label.
    pub fn closes(&self, start: usize) -> bool {
        // The last range starting at or before `start` is the only one that
        // can hold it (the ranges are sorted and disjoint).
        let after = self.gated.partition_point(|&(s, _)| s <= start);
        !self.relevance.relevant
            || after
                .checked_sub(1)
                .is_some_and(|i| start < self.gated[i].1)
    }
}

/// Whether a lowercase word names the public of an actor (clitic taken off).
pub fn is_audience(term: &str) -> bool {
    listed_role(term) == Some("audience")
}

/// Whether a lowercase word names an actor of public communication.
pub fn is_actor(term: &str) -> bool {
    listed_role(term) == Some("actor")
}

/// Whether two lowercase words name an actor together ("wali kota").
pub fn is_actor_pair(first: &str, second: &str) -> bool {
    ACTOR_PAIRS.iter().any(|&(a, b)| a == first && b == second)
}

fn without_clitic(term: &str) -> &str {
    for clitic in ["nya", "ku", "mu"] {
        if let Some(base) = term.strip_suffix(clitic) {
            if base.len() >= 3 {
                return base;
            }
        }
    }
    term
}

/// The role of a single word (clitic taken off) by the word lists: actors
/// first, then audiences. One hash lookup instead of a scan of each list.
fn listed_role(term: &str) -> Option<&'static str> {
    static ROLES: std::sync::OnceLock<TermMap<&'static str, &'static str>> =
        std::sync::OnceLock::new();
    let roles = ROLES.get_or_init(|| {
        let mut roles = TermMap::default();
        for &word in AUDIENCES {
            roles.insert(word, "audience");
        }
        for &word in ACTORS {
            roles.insert(word, "actor");
        }
        roles
    });
    roles.get(without_clitic(term)).copied()
}

/// Judges `text`; `sentence_count` is what the scorer found in it, and
/// `addresses_the_reader` tells a word that speaks to the reader. (The
/// scorer reads its own tokens into a [`GateReader`] instead, so the text
/// is tokenized once.)
pub fn judge(
    text: &str,
    sentence_count: usize,
    addresses_the_reader: &dyn Fn(&str) -> bool,
) -> Gate {
    let mut reader = GateReader::new(text);
    for_each_token(text, |token| {
        reader.read(GateToken {
            term: token.term,
            kind: token.kind,
            bytes: token.bytes,
            utf16: token.utf16,
            word: WordRole::of(token.term, addresses_the_reader),
        });
    });
    reader.finish(sentence_count)
}

/// What the gate knows of a word by itself, the same for every token of it
/// (a caller that interns terms keeps one per distinct term).
#[derive(Debug, Clone, Copy, Default)]
pub struct WordRole {
    /// `actor` or `audience` by the word lists.
    listed: Option<&'static str>,
    /// The word speaks to the reader (Anda, daerahmu, you).
    addresses_the_reader: bool,
    /// The word can open a two-word actor ("wali" of "wali kota").
    opens_pair: bool,
}

impl WordRole {
    pub fn of(term: &str, addresses_the_reader: &dyn Fn(&str) -> bool) -> Self {
        WordRole {
            listed: listed_role(term),
            addresses_the_reader: addresses_the_reader(term),
            opens_pair: ACTOR_PAIRS.iter().any(|&(first, _)| first == term),
        }
    }
}

/// One token as the gate reads it; offsets are in the text the
/// [`GateReader`] was made with.
pub struct GateToken<'a> {
    pub term: &'a str,
    pub kind: TokenKind,
    pub bytes: (usize, usize),
    pub utf16: (usize, usize),
    pub word: WordRole,
}

/// The previous token: its spans, the role it was counted in, and its term
/// when it can open a pair.
struct Previous {
    bytes: (usize, usize),
    utf16: (usize, usize),
    counted: Option<&'static str>,
    opens_pair: bool,
}

/// Reads a text's tokens in order and gives the [`Gate`] at the end.
pub struct GateReader<'t> {
    text: &'t str,
    mentions: Vec<Mention>,
    actors: usize,
    audiences: usize,
    replies: bool,
    previous: Option<Previous>,
    /// The previous term, kept only when it can open a pair.
    previous_term: String,
    /// Mentions per paragraph: (paragraph start byte, count).
    paragraphs: Vec<(usize, usize)>,
    last_end: usize,
    /// Start of the line of the last token; found by looking back only as
    /// far as the previous token's start, so the text is read once.
    line_start: usize,
    searched_to: usize,
}

impl<'t> GateReader<'t> {
    pub fn new(text: &'t str) -> Self {
        GateReader {
            text,
            mentions: Vec::new(),
            actors: 0,
            audiences: 0,
            replies: false,
            previous: None,
            previous_term: String::new(),
            paragraphs: vec![(0, 0)],
            last_end: 0,
            line_start: 0,
            searched_to: 0,
        }
    }

    /// Reads the next token of the text.
    pub fn read(&mut self, token: GateToken<'_>) {
        let text = self.text;
        if let Some(at) = text[self.searched_to..token.bytes.0].rfind('\n') {
            self.line_start = self.searched_to + at + 1;
        }
        self.searched_to = token.bytes.0;
        if token.kind == TokenKind::Mention
            && text[self.line_start..token.bytes.0].trim().is_empty()
        {
            self.replies = true;
        }
        if text[self.last_end..token.bytes.0].contains("\n\n") {
            self.paragraphs.push((token.bytes.0, 0));
        }
        self.last_end = token.bytes.1;
        let term = token.term;
        let pair_start = self.previous.as_ref().and_then(|p| {
            (p.opens_pair && is_actor_pair(&self.previous_term, term))
                .then_some((p.bytes.0, p.utf16.0))
        });
        let role = match pair_start {
            Some(_) => Some("actor"),
            None => token.word.listed.or_else(|| {
                (token.kind == TokenKind::Word && token.word.addresses_the_reader)
                    .then_some("audience")
            }),
        };
        // A pair whose first word was counted on its own ("public" of
        // "public relations") replaces that mention: one actor, not two.
        let replaced = match (pair_start, &self.previous) {
            (
                Some(_),
                Some(Previous {
                    counted: Some(role),
                    ..
                }),
            ) => Some(*role),
            _ => None,
        };
        match replaced {
            Some("actor") => self.actors -= 1,
            Some(_) => self.audiences -= 1,
            None => {}
        }
        if replaced.is_some()
            && self
                .mentions
                .last()
                .is_some_and(|m| Some(m.start) == pair_start.map(|p| p.0))
        {
            self.mentions.pop();
        }
        if let Some(role) = role {
            match role {
                "actor" => self.actors += 1,
                _ => self.audiences += 1,
            }
            if let Some(paragraph) = self.paragraphs.last_mut() {
                paragraph.1 += 1;
            }
            let (start, start_utf16) = pair_start.unwrap_or((token.bytes.0, token.utf16.0));
            if self.mentions.len() < MAX_SHOWN {
                self.mentions.push(Mention {
                    start,
                    end: token.bytes.1,
                    start_utf16,
                    end_utf16: token.utf16.1,
                    text: text[start..token.bytes.1].to_owned(),
                    role,
                });
            }
        }
        // A word that completed a pair does not start another.
        let counted = role.filter(|_| pair_start.is_none());
        let opens_pair = token.word.opens_pair;
        if opens_pair {
            self.previous_term.clear();
            self.previous_term.push_str(term);
        }
        self.previous = Some(Previous {
            bytes: token.bytes,
            utf16: token.utf16,
            counted,
            opens_pair,
        });
    }

    /// The gate, for a text in which the scorer found `sentence_count`
    /// sentences.
    pub fn finish(self, sentence_count: usize) -> Gate {
        let (text, paragraphs) = (self.text, &self.paragraphs);
        let short = sentence_count <= SHORT_POST_SENTENCES;
        let (relevant, reason) = if sentence_count == 0 {
            (false, "no-text")
        } else if self.replies {
            (true, "reply")
        } else if short {
            (true, "short-post")
        } else if self.actors == 0 {
            (false, "no-actor")
        } else if self.audiences == 0 {
            (false, "no-audience")
        } else {
            (true, "actor-and-audience")
        };
        let mut gated = Vec::new();
        if relevant && paragraphs.len() >= LONG_TEXT_PARAGRAPHS {
            for (i, &(start, _)) in paragraphs.iter().enumerate() {
                let near = paragraphs[i.saturating_sub(1)..(i + 2).min(paragraphs.len())]
                    .iter()
                    .map(|p| p.1)
                    .sum::<usize>();
                if near == 0 {
                    let end = paragraphs.get(i + 1).map_or(text.len(), |p| p.0);
                    gated.push((start, end));
                }
            }
        }
        Gate {
            relevance: Relevance {
                relevant,
                reason,
                actor_mentions: self.actors,
                audience_mentions: self.audiences,
                mentions: self.mentions,
                gated_paragraphs: gated.len(),
            },
            gated,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_address(term: &str) -> bool {
        ["anda", "you"].contains(&term)
    }

    /// The gate's reason for a text of `sentences`, padded to a long text
    /// with neutral sentences (short texts are posts: the gate passes them).
    fn reason(sentences: &str) -> &'static str {
        let text = format!(
            "{sentences} {}",
            "Hari itu cerah. ".repeat(SHORT_POST_SENTENCES)
        );
        judge(&text, text.matches('.').count(), &no_address)
            .relevance
            .reason
    }

    macro_rules! gate_cases {
        ($($name:ident: $text:expr => $reason:expr;)*) => {$(
            #[test]
            fn $name() {
                assert_eq!(reason($text), $reason, "{}", $text);
            }
        )*};
    }

    gate_cases! {
        campaign_news: "Bupati menemui warga. Warga menyampaikan keluhan kepada bupati." => "actor-and-audience";
        recipe_with_a_look_alike: "Opor ayam untuk Lebaran. Masak santan dengan api kecil." => "no-actor";
        netizens_among_themselves: "Warganet gemas melihat kucing itu. Warganet berkomentar." => "no-actor";
        ministry_in_passing: "Sekolah itu juara. Kementerian memberi piala kepada siswa." => "no-audience";
        english_town_hall: "The town hall let residents ask questions. Residents spoke." => "actor-and-audience";
        clitic_is_taken_off: "Bupatinya menyapa warganya. Warganya senang." => "actor-and-audience";
        a_post_speaks_to_its_reader: "Calon bupati mengajak Anda. Anda boleh bertanya." => "actor-and-audience";
        a_recipe_speaks_to_its_reader_but_names_no_actor: "Anda perlu santan. Anda aduk pelan." => "no-actor";
    }

    #[test]
    fn short_texts_are_posts_and_replies() {
        let post = "Opor ayam untuk Lebaran.";
        assert_eq!(judge(post, 1, &no_address).relevance.reason, "short-post");
        let reply = "Selamat pagi.\n@budi terima kasih atas masukannya. Kami catat.";
        assert_eq!(judge(reply, 9, &no_address).relevance.reason, "reply");
        let mention = "Selamat pagi, kata @budi tentang masakannya.";
        assert_ne!(judge(mention, 9, &no_address).relevance.reason, "reply");
        assert_eq!(judge("", 0, &no_address).relevance.reason, "no-text");
        assert!(!judge("", 0, &no_address).relevance.relevant);
    }

    #[test]
    fn a_two_word_actor_is_one_mention_with_its_span() {
        let text = "Pasangan calon itu menyapa pemilih dan pemilih membalas.";
        let gate = judge(text, 8, &no_address);
        assert_eq!(gate.relevance.actor_mentions, 1);
        assert_eq!(gate.relevance.audience_mentions, 2);
        let first = &gate.relevance.mentions[0];
        assert_eq!(
            (first.text.as_str(), first.role),
            ("Pasangan calon", "actor")
        );
        assert_eq!(&text[first.start..first.end], first.text);
    }

    #[test]
    fn a_long_text_gates_its_far_off_paragraphs() {
        let campaign = "Caleg itu berdialog dengan warga tentang jalan desa.";
        let recipe = "Masukkan santan, aduk sampai mendidih.";
        let mut paragraphs = vec![campaign; 4];
        paragraphs.extend([recipe; 4]);
        let text = paragraphs.join("\n\n");
        let gate = judge(&text, paragraphs.len(), &no_address);
        assert!(gate.relevance.relevant);
        // The first recipe paragraph has the campaign next to it; the three
        // after it have nothing near.
        assert_eq!(gate.relevance.gated_paragraphs, 3);
        let last_recipe = text.rfind("Masukkan").unwrap();
        let first_recipe = text.find("Masukkan").unwrap();
        assert!(gate.closes(last_recipe));
        assert!(!gate.closes(first_recipe));
        assert!(!gate.closes(0));
    }

    /// The word lists read as a scan of each list reads them.
    #[test]
    fn the_role_map_agrees_with_the_lists() {
        let scanned = |term: &str| {
            let base = without_clitic(term);
            match (ACTORS.contains(&base), AUDIENCES.contains(&base)) {
                (true, _) => Some("actor"),
                (false, true) => Some("audience"),
                _ => None,
            }
        };
        let words = ACTORS.iter().chain(AUDIENCES).flat_map(|w| {
            [
                w.to_string(),
                format!("{w}nya"),
                format!("{w}mu"),
                format!("x{w}"),
            ]
        });
        for word in words.chain(["", "nya", "kami", "dialog"].map(String::from)) {
            assert_eq!(listed_role(&word), scanned(&word), "{word}");
        }
    }

    /// Texts of short and long lines, with @handles at line starts and
    /// inside lines.
    fn mixed_texts() -> Vec<String> {
        let pieces = [
            "@budi ", "kata ", "warga ", "\n", "\n\n", "  ", "@ ", "Bupati ", ". ", "x@y ",
        ];
        (0..40u64)
            .map(|seed| {
                let mut x = seed;
                (0..60)
                    .map(|_| {
                        x = x
                            .wrapping_mul(6364136223846793005)
                            .wrapping_add(1442695040888963407);
                        pieces[(x >> 33) as usize % pieces.len()]
                    })
                    .collect()
            })
            .collect()
    }

    /// A reply is found as by reading back from each mention to its line's
    /// start.
    #[test]
    fn replies_are_found_as_by_reading_back() {
        for text in mixed_texts() {
            let mut reply = false;
            for_each_token(&text, |t| {
                let line_start = text[..t.bytes.0].rfind('\n').map_or(0, |at| at + 1);
                reply |=
                    t.kind == TokenKind::Mention && text[line_start..t.bytes.0].trim().is_empty();
            });
            let reason = judge(&text, 20, &no_address).relevance.reason;
            assert_eq!(reason == "reply", reply, "{text:?}");
        }
    }

    /// A closed sentence is found as by a scan of every gated range.
    #[test]
    fn closes_agrees_with_a_scan_of_the_ranges() {
        let mut with_gated = 0;
        for text in mixed_texts() {
            let gate = judge(&text, 20, &no_address);
            with_gated += usize::from(!gate.gated.is_empty());
            for start in 0..=text.len() {
                let scanned = !gate.relevance.relevant
                    || gate.gated.iter().any(|&(s, e)| s <= start && start < e);
                assert_eq!(gate.closes(start), scanned, "{text:?} {start}");
            }
        }
        assert!(with_gated > 0, "no text had a gated paragraph");
    }

    #[test]
    fn the_word_lists_are_lowercase_without_repeats_or_overlap() {
        let mut all: Vec<&str> = ACTORS.iter().chain(AUDIENCES).copied().collect();
        for word in &all {
            assert_eq!(*word, word.to_lowercase());
        }
        all.sort_unstable();
        let before = all.len();
        all.dedup();
        assert_eq!(
            all.len(),
            before,
            "a word listed twice (or as actor and audience)"
        );
    }

    #[test]
    fn a_short_text_is_judged_whole() {
        let text = "Caleg berdialog dengan warga dan pemilih.\n\nSantan diaduk.";
        let gate = judge(text, 8, &no_address);
        assert!(gate.relevance.relevant);
        assert!(gate.gated.is_empty());
    }
}
