//! Finds the lexicon's entries in a sentence's tokens: the stage between the
//! tokens and the rules, kept apart from scoring because how a word may be
//! found decides what the analysis can be trusted with.
//!
//! - **As written**: an entry's words equal the tokens (rule `lexicon`). A
//!   colloquial token is also compared in its standard spelling from the
//!   slang table (`nanya` → `bertanya`, `dengerin` → `dengarkan`).
//! - **On stems** (rule `lexicon-stem`): a `stem` entry, or a phrase without
//!   `exact`, equals the tokens' stems, and each token is a form that keeps
//!   the entry word's meaning ([`forms`](super::forms): `dibalas` for
//!   `membalas`, not `pembalasan`; `selebarannya` for `selebaran`, not
//!   `lebaran`), as the checked-in audit reviewed.
//! - **Reordered** (rule `lexicon-reordered`): a verb–object phrase with its
//!   object first and the verb in the passive, at most [`REORDER_GAP`]
//!   tokens between and no clause boundary (`menyampaikan pesan` finds
//!   "pesan kampanye yang disampaikan", `membalas komentar` finds "komentar
//!   warga dibalas", `answer questions` finds "questions were answered").
//!   Which phrases are verb–object: see `order` in `lexicon.rs`.
//!
//! Longest entries win, left to right, not overlapping; the look-ahead is
//! bounded by the longest entry and the gap, so matching stays linear.

use super::direction::may_head;
use super::forms::{reaches, Frame};
use super::lexicon::{Lexicon, MatchOn};
use super::relevance::WordRole;
use super::rules::addresses_the_reader;
use super::sentence::{clause_break, Match, Rule, Tok};
use crate::hash::TermMap;
use crate::text::lexicon::require_stemmer;
use crate::text::slang::standard_form;
use crate::text::stem::Stemmer;

/// Most tokens between a reordered object and its passive verb ("pesan
/// politik yang ingin disampaikan").
pub const REORDER_GAP: usize = 4;

/// English past participles that do not add -ed or -d.
const IRREGULAR_PARTICIPLES: &[(&str, &str)] = &[
    ("spread", "spread"),
    ("cast", "cast"),
    ("hear", "heard"),
    ("send", "sent"),
    ("build", "built"),
    ("get", "gotten"),
    ("give", "given"),
    ("take", "taken"),
    ("tell", "told"),
    ("make", "made"),
    ("put", "put"),
    ("set", "set"),
    ("read", "read"),
    ("write", "written"),
];

/// How a verb–object entry's verb looks when its object comes first.
enum Passive {
    /// Indonesian: the verb's stem in a passive form (di-, ter-, ku-) with
    /// the entry verb's suffix.
    Stem { stem: String, frame: Frame },
    /// English: the past participles (`answered`).
    Participles(Vec<String>),
}

/// Where a stem index points into an entry: its first word, or the first
/// word of its object (a verb–object entry found object first).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Anchor {
    First,
    Object,
}

/// The lexicon prepared for matching: entries indexed by their first word
/// as written and by its stem, verb–object entries by their object's stem
/// too (one look-up per token for both).
pub struct Matcher<'l> {
    pub(super) lexicon: &'l Lexicon,
    /// The Indonesian stemmer with the lexicon's own words added as roots.
    pub(super) stemmer: Option<Stemmer>,
    /// Per entry, its words' stems (empty: no stem matching).
    stems: Vec<Vec<String>>,
    raw_first: TermMap<&'l str, Vec<u32>>,
    /// First words before objects, so a match on the written order wins a
    /// tie.
    stem_index: TermMap<String, Vec<(Anchor, u32)>>,
    /// Per entry, its passive verb when it may match object first.
    passives: Vec<Option<Passive>>,
}

impl<'l> Matcher<'l> {
    /// Uses the Indonesian stemmer when its roots are loaded (always
    /// natively; in the wasm build once the page installed them). Without
    /// it, stems are the words themselves, and the miss is recorded like any
    /// other (`text::lexicon::take_roots_wanted`), so the page can install
    /// the roots and analyse again to get the CLI's result.
    pub fn new(lexicon: &'l Lexicon) -> Self {
        Matcher::with_stemmer(lexicon, require_stemmer().ok())
    }

    /// The lexicon's words that the stemmer cannot reduce and does not know
    /// (`orasi`, `baliho`) are added to a copy of its roots, so their forms
    /// with clitics and affixes (`orasinya`, `berorasi`) reach them too.
    pub fn with_stemmer(lexicon: &'l Lexicon, stemmer: Option<&Stemmer>) -> Self {
        let stemmer = stemmer.map(|stemmer| {
            let mut own = stemmer.clone();
            let unknown = lexicon.entries.iter().flat_map(|e| &e.words).filter(|w| {
                w.len() > 3
                    && w.chars().all(char::is_alphabetic)
                    && !stemmer.is_root(w)
                    && stemmer.stem(w) == w.as_str()
            });
            own.add_corpus_words(unknown);
            own
        });
        let mut matcher = Matcher {
            lexicon,
            stemmer,
            stems: Vec::with_capacity(lexicon.entries.len()),
            raw_first: TermMap::default(),
            stem_index: TermMap::default(),
            passives: Vec::with_capacity(lexicon.entries.len()),
        };
        for (index, entry) in lexicon.entries.iter().enumerate() {
            let index = index as u32;
            let stems: Vec<String> = match (entry.match_on, entry.exact) {
                (MatchOn::Stem, _) => entry.words.clone(),
                (MatchOn::Phrase, true) => Vec::new(),
                (MatchOn::Phrase, false) => {
                    entry.words.iter().map(|w| matcher.stem_of(w)).collect()
                }
            };
            if entry.match_on == MatchOn::Phrase {
                matcher
                    .raw_first
                    .entry(entry.words[0].as_str())
                    .or_default()
                    .push(index);
            }
            if let Some(first) = stems.first() {
                matcher
                    .stem_index
                    .entry(first.clone())
                    .or_default()
                    .push((Anchor::First, index));
            }
            let passive = match stems.len() > 1 {
                true => matcher.passive_of(index as usize, &stems),
                false => None,
            };
            if passive.is_some() {
                matcher
                    .stem_index
                    .entry(stems[1].clone())
                    .or_default()
                    .push((Anchor::Object, index));
            }
            matcher.passives.push(passive);
            matcher.stems.push(stems);
        }
        for candidates in matcher.stem_index.values_mut() {
            candidates.sort_by_key(|&(anchor, _)| anchor);
        }
        matcher
    }

    /// The passive form of a verb–object entry's verb (see `order` in
    /// `lexicon.rs`).
    fn passive_of(&self, entry: usize, stems: &[String]) -> Option<Passive> {
        let entry = &self.lexicon.entries[entry];
        let verb = &entry.words[0];
        let frame = Frame::of(verb, &stems[0]);
        let either = entry
            .either_order
            .unwrap_or(entry.language == "id" && frame.transitive());
        match (either, entry.language.as_str()) {
            (false, _) => None,
            (true, "en") => Some(Passive::Participles(participles(verb))),
            (true, _) => Some(Passive::Stem {
                stem: stems[0].clone(),
                frame,
            }),
        }
    }

    /// Whether `word` is a root of the stemmer in use (none without one).
    pub(super) fn is_root(&self, word: &str) -> bool {
        self.stemmer.as_ref().is_some_and(|s| s.is_root(word))
    }

    /// The stem of a lowercase term; only words of letters (and hyphens, for
    /// reduplication: `spanduk-spanduk`) longer than three bytes have one
    /// (hashtags, mentions, numbers, `dm` stay as written).
    pub(super) fn stem_of(&self, term: &str) -> String {
        match &self.stemmer {
            Some(stemmer)
                if term.len() > 3
                    && term.starts_with(char::is_alphabetic)
                    && term.chars().all(|c| c.is_alphabetic() || c == '-') =>
            {
                stemmer.stem(term).into_owned()
            }
            _ => term.to_owned(),
        }
    }

    /// Longest entries found in the sentence, left to right, not overlapping;
    /// a match on the words as written wins over one on stems, and both over
    /// a reordered one. `text` is the sentence's document, for the clause
    /// boundaries a reordered match may not cross.
    pub(super) fn find(&self, text: &str, toks: &[Tok<'_>]) -> Vec<Match> {
        let mut found = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            let mut best: Option<Match> = None;
            let tok = &toks[i];
            for term in spellings(tok) {
                for &e in self.raw_first.get(term).into_iter().flatten() {
                    let words = &self.lexicon.entries[e as usize].words;
                    if toks.len() - i >= words.len()
                        && words
                            .iter()
                            .zip(&toks[i..])
                            .all(|(w, t)| w == t.term || w == t.form)
                    {
                        keep_longer(
                            &mut best,
                            Match {
                                entry: e,
                                first: i,
                                last: i + words.len() - 1,
                                rule: Rule::Lexicon,
                            },
                        );
                    }
                }
            }
            for &(anchor, e) in self.stem_index.get(tok.stem).into_iter().flatten() {
                let found = match anchor {
                    Anchor::First => self
                        .stems_match(e, 0.., &toks[i..])
                        .then(|| (i + self.stems[e as usize].len() - 1, Rule::LexiconStem)),
                    Anchor::Object => self
                        .reordered(e, text, toks, i)
                        .map(|last| (last, Rule::LexiconReordered)),
                };
                if let Some((last, rule)) = found {
                    keep_longer(
                        &mut best,
                        Match {
                            entry: e,
                            first: i,
                            last,
                            rule,
                        },
                    );
                }
            }
            match best {
                Some(m) => {
                    found.push(m);
                    i = m.last + 1;
                }
                None => i += 1,
            }
        }
        found
    }

    /// Whether the entry's words `from..` match the tokens from the first,
    /// on stems through forms that keep their meaning.
    fn stems_match(&self, e: u32, from: std::ops::RangeFrom<usize>, toks: &[Tok<'_>]) -> bool {
        let words = &self.lexicon.entries[e as usize].words[from.clone()];
        let stems = &self.stems[e as usize][from];
        toks.len() >= stems.len()
            && stems.iter().zip(words).zip(toks).all(|((s, w), t)| {
                s == t.stem && (w == t.term || w == t.form || reaches(w, word_of(t.form), s))
            })
    }

    /// The last token of entry `e` found object first at token `i`: its
    /// object, then within [`REORDER_GAP`] tokens of the same clause its
    /// verb in the passive.
    fn reordered(&self, e: u32, text: &str, toks: &[Tok<'_>], i: usize) -> Option<usize> {
        let passive = self.passives[e as usize].as_ref()?;
        if !self.stems_match(e, 1.., &toks[i..]) {
            return None;
        }
        let object_end = i + self.stems[e as usize].len() - 2;
        let verb = self.lexicon.entries[e as usize].words[0].as_str();
        let limit = (object_end + 2 + REORDER_GAP).min(toks.len());
        for j in object_end + 1..limit {
            if clause_break(text, toks, j - 1) {
                return None;
            }
            let t = &toks[j];
            let is_verb = match passive {
                Passive::Stem { stem, frame } => {
                    t.stem == stem
                        && Frame::of(t.form, stem).passive()
                        && Frame::of(t.form, stem).suffix == frame.suffix
                        && reaches(verb, t.form, stem)
                }
                Passive::Participles(forms) => forms.iter().any(|f| f == t.term),
            };
            if is_verb {
                return Some(j);
            }
        }
        None
    }
}

/// The word of a term: a hashtag's words count as words (`#coblos2` →
/// `coblos`).
fn word_of(term: &str) -> &str {
    match term.strip_prefix('#') {
        Some(tag) => tag.trim_end_matches(|c: char| c.is_ascii_digit()),
        None => term,
    }
}

/// The longer of the match so far and `m`; the earlier on a tie.
fn keep_longer(best: &mut Option<Match>, m: Match) {
    if best.is_none_or(|b| m.last > b.last) {
        *best = Some(m);
    }
}

/// A token's term and, if the slang table knows it, its standard spelling.
fn spellings<'t>(tok: &'t Tok<'_>) -> impl Iterator<Item = &'t str> {
    std::iter::once(tok.term).chain((tok.form != tok.term).then_some(tok.form))
}

/// An English verb's past participles: regular (`answered`, `shared`) and
/// irregular (`spread`, `heard`).
fn participles(verb: &str) -> Vec<String> {
    let regular = match verb.ends_with('e') {
        true => format!("{verb}d"),
        false => format!("{verb}ed"),
    };
    let mut forms = vec![regular];
    forms.extend(
        IRREGULAR_PARTICIPLES
            .iter()
            .filter(|(base, _)| *base == verb)
            .map(|(_, participle)| participle.to_string()),
    );
    forms
}

/// Distinct terms of the texts, their standard spellings and stems, so each
/// word is looked up and stemmed once.
#[derive(Default)]
pub(super) struct Vocabulary {
    ids: TermMap<Box<str>, u32>,
    pub(super) terms: Vec<Box<str>>,
    pub(super) forms: Vec<Box<str>>,
    pub(super) stems: Vec<Box<str>>,
    /// What the relevance gate knows of each term by itself.
    pub(super) gate_words: Vec<WordRole>,
    /// Whether the term can head a construction of the direction rule.
    pub(super) may_head: Vec<bool>,
}

impl Vocabulary {
    pub(super) fn intern(&mut self, term: &str, matcher: &Matcher<'_>) -> u32 {
        if let Some(&id) = self.ids.get(term) {
            return id;
        }
        let id = self.terms.len() as u32;
        // One word only: a standard form of several (`gpp`) matches nothing.
        let form = standard_form(term)
            .filter(|f| !f.contains(' '))
            .unwrap_or(term);
        let stem = matcher.stem_of(word_of(form));
        self.terms.push(term.into());
        self.forms.push(form.into());
        self.may_head.push(may_head(term, &stem));
        self.stems.push(stem.into());
        let is_root = |word: &str| matcher.is_root(word);
        self.gate_words.push(WordRole::of(term, &|term| {
            addresses_the_reader(term, &is_root)
        }));
        self.ids.insert(term.into(), id);
        id
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::strategy::forms::{audited, kept_by_policy};
    use crate::text::tokenize::for_each_token;
    use std::collections::{BTreeMap, BTreeSet};
    use std::path::Path;

    const AUDIT_PATH: &str = "src/strategy/lexicon/stem-audit.tsv";
    const WRITE_AUDIT: &str = "ARAH_WRITE_STEM_AUDIT";
    const AUDIT_HEADER: &str = "\
# The stem audit: for each lexicon word matched on stems (stem entries and
# phrases without \"exact\"), each word that reaches it through its stem, from
# the root lexicon (src/text/stem/roots.txt), the common affixed forms of its
# roots, and the development texts (tests/data/strategy/texts, www/corpus),
# with the decision of the policy in src/strategy/forms.rs, a decision
# reviewed by meaning, and a short reason:
# entry word<TAB>word<TAB>policy<TAB>decision<TAB>reason
# Where the two decisions differ, the reviewed one is compiled in and
# overrides the policy. A decision ending in \"?\" is the policy's proposal,
# not yet reviewed.
# Regenerate (keeps reviewed rows, drops stale ones, proposes new ones):
#   ARAH_WRITE_STEM_AUDIT=1 cargo test --lib stem_audit
";

    /// The roots of the front-coded root lexicon.
    fn roots() -> Vec<String> {
        let list = include_str!("../text/stem/roots.txt");
        let mut roots: Vec<String> = Vec::new();
        for line in list
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
        {
            let mut chars = line.chars();
            let shared = chars.next().map_or(0, |c| match c {
                '0'..='9' => c as usize - '0' as usize,
                _ => c as usize - 'A' as usize + 10,
            });
            let previous = roots.last().map_or("", String::as_str);
            let root: String = previous.chars().take(shared).chain(chars).collect();
            roots.push(root);
        }
        roots
    }

    /// The root with a nasal prefix (`me` or `pe`) as Indonesian writes it:
    /// `menyampaikan`, `memilih`, `mengirim`, `menulis`, `melihat`.
    fn nasal(prefix: &str, root: &str) -> String {
        let first = root.chars().next().unwrap_or('a');
        let rest = &root[first.len_utf8()..];
        match first {
            'a' | 'e' | 'i' | 'o' | 'u' | 'g' | 'h' => format!("{prefix}ng{root}"),
            'k' => format!("{prefix}ng{rest}"),
            'p' => format!("{prefix}m{rest}"),
            'b' | 'f' | 'v' => format!("{prefix}m{root}"),
            't' => format!("{prefix}n{rest}"),
            'd' | 'c' | 'j' | 'z' => format!("{prefix}n{root}"),
            's' => format!("{prefix}ny{rest}"),
            _ => format!("{prefix}{root}"),
        }
    }

    /// The common affixed forms of a root: clitic, the verbal forms, the
    /// nominalising and other derivations, and reduplication.
    fn affixed_forms(root: &str) -> Vec<String> {
        let ber = match root.starts_with('r') {
            true => "be",
            false => "ber",
        };
        let men = nasal("me", root);
        let pen = nasal("pe", root);
        vec![
            format!("{root}nya"),
            men.clone(),
            format!("{men}kan"),
            format!("{men}i"),
            format!("di{root}"),
            format!("di{root}kan"),
            format!("di{root}i"),
            format!("ter{root}"),
            format!("{ber}{root}"),
            format!("{root}kan"),
            format!("{root}an"),
            pen.clone(),
            format!("{pen}an"),
            format!("per{root}an"),
            format!("ke{root}an"),
            format!("ke{root}"),
            format!("se{root}"),
            format!("se{root}an"),
            format!("{ber}{root}an"),
            format!("{root}-{root}"),
            format!("{ber}{root}-{root}"),
        ]
    }

    /// The words of the development texts, and their standard spellings.
    fn development_words() -> BTreeSet<String> {
        let mut words = BTreeSet::new();
        for dir in ["tests/data/strategy/texts", "www/corpus"] {
            let mut files: Vec<_> =
                std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join(dir))
                    .unwrap_or_else(|e| panic!("{dir}: {e}"))
                    .map(|f| f.expect("a directory entry").path())
                    .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                    .collect();
            files.sort();
            for file in files {
                let text = std::fs::read_to_string(&file).expect("a UTF-8 text");
                for_each_token(&text, |t| {
                    words.insert(t.term.to_owned());
                    if let Some(form) = standard_form(t.term) {
                        words.insert(form.to_owned());
                    }
                });
            }
        }
        words
    }

    /// Every (lexicon word, word reaching it) with the policy's decision
    /// and the word's affixes.
    fn audit_candidates() -> BTreeMap<(String, String), (bool, String)> {
        let lexicon = Lexicon::default_lexicon();
        let matcher = Matcher::new(&lexicon);
        let mut by_stem: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
        for (entry, stems) in lexicon.entries.iter().zip(&matcher.stems) {
            for (word, stem) in entry.words.iter().zip(stems) {
                by_stem.entry(stem).or_default().insert(word);
            }
        }
        // The lexicon's own Indonesian words that the matcher adds to the
        // stemmer's roots (`curhat`, `orasi`) have forms too.
        let stemmer = crate::text::lexicon::stemmer().expect("built in natively");
        let own = lexicon
            .entries
            .iter()
            .filter(|entry| entry.language == "id")
            .flat_map(|entry| &entry.words)
            .filter(|w| {
                w.len() > 3
                    && w.chars().all(char::is_alphabetic)
                    && !stemmer.is_root(w)
                    && stemmer.stem(w) == w.as_str()
            })
            .cloned();
        let roots: BTreeSet<String> = roots().into_iter().chain(own).collect();
        let mut words: BTreeSet<String> = development_words();
        for root in &roots {
            words.insert(root.clone());
            words.extend(affixed_forms(root));
        }
        let mut candidates = BTreeMap::new();
        for word in &words {
            let stem = matcher.stem_of(word);
            for &entry in by_stem.get(stem.as_str()).into_iter().flatten() {
                if entry != word {
                    let frame = Frame::of(word, &stem);
                    let kept = kept_by_policy(Frame::of(entry, &stem), frame);
                    let partial = if frame.reduplicated {
                        " reduplicated"
                    } else {
                        ""
                    };
                    let affixes =
                        format!("{:?} {:?}{partial} of {stem}", frame.prefix, frame.suffix);
                    candidates.insert((entry.to_owned(), word.clone()), (kept, affixes));
                }
            }
        }
        candidates
    }

    /// Rows of the audit file: (entry, word) → (policy, decision, reason).
    fn audit_rows(text: &str) -> BTreeMap<(String, String), (String, String, String)> {
        text.lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .map(|line| {
                let fields: Vec<&str> = line.split('\t').collect();
                assert_eq!(fields.len(), 5, "{AUDIT_PATH}: five columns in {line:?}");
                (
                    (fields[0].to_owned(), fields[1].to_owned()),
                    (
                        fields[2].to_owned(),
                        fields[3].to_owned(),
                        fields[4].to_owned(),
                    ),
                )
            })
            .collect()
    }

    #[test]
    fn stem_audit_reviews_every_word_that_reaches_a_lexicon_word() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(AUDIT_PATH);
        let rows = audit_rows(&std::fs::read_to_string(&path).unwrap_or_default());
        let candidates = audit_candidates();
        if std::env::var_os(WRITE_AUDIT).is_some() {
            let mut out = String::from(AUDIT_HEADER);
            for ((entry, word), (kept, affixes)) in &candidates {
                let policy = if *kept { "keep" } else { "reject" };
                let (decision, reason) = match rows.get(&(entry.clone(), word.clone())) {
                    Some((_, decision, reason)) => (decision.clone(), reason.clone()),
                    None => (format!("{policy}?"), affixes.clone()),
                };
                out.push_str(&format!(
                    "{entry}\t{word}\t{policy}\t{decision}\t{reason}\n"
                ));
            }
            std::fs::write(&path, out).expect("the audit is writable");
        }
        let mut problems = Vec::new();
        for ((entry, word), (kept, _)) in &candidates {
            let policy = if *kept { "keep" } else { "reject" };
            match rows.get(&(entry.clone(), word.clone())) {
                None => problems.push(format!("unreviewed: {word} (reaches {entry})")),
                Some((_, decision, _)) if decision != "keep" && decision != "reject" => {
                    problems.push(format!("unreviewed: {word} (reaches {entry}): {decision}"))
                }
                Some((_, _, reason)) if reason.trim().is_empty() => {
                    problems.push(format!("no reason: {word} (reaches {entry})"))
                }
                Some((written, _, _)) if written != policy => problems.push(format!(
                    "the policy now says {policy} for {word} (reaches {entry}): check the decision"
                )),
                Some(_) => {}
            }
        }
        for (entry, word) in rows.keys() {
            if !candidates.contains_key(&(entry.clone(), word.clone())) {
                problems.push(format!("stale: {word} no longer reaches {entry}"));
            }
        }
        assert!(
            problems.is_empty(),
            "{} problems in {AUDIT_PATH}:\n{}\nRegenerate with `{WRITE_AUDIT}=1 cargo test --lib stem_audit`, \
             then review each row whose decision ends in \"?\" in {AUDIT_PATH} (keep or reject, with a reason).",
            problems.len(),
            problems.join("\n")
        );
    }

    #[test]
    fn the_audit_is_what_the_matcher_uses() {
        let lexicon = Lexicon::default_lexicon();
        let matcher = Matcher::new(&lexicon);
        let rows = audit_rows(include_str!("lexicon/stem-audit.tsv"));
        for ((entry, word), (policy, decision, _)) in rows {
            let stem = matcher.stem_of(&word);
            let keep = decision == "keep";
            assert_eq!(reaches(&entry, &word, &stem), keep, "{word} for {entry}");
            let overrides = (policy != decision).then_some(keep);
            assert_eq!(audited(&entry, &word), overrides, "{word} for {entry}");
        }
    }
}
