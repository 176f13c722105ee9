//! The negation rule of [`super::rules`]: a negator before a marker, or a
//! predicate of absence after it, and whether it flips the marker, puts it
//! in the past ("no longer") or is the audience rejecting a message. The
//! direction rule ([`super::direction`]) negates its constructions the same
//! way, so this sits below both.

use super::contrast::{CONTRAST_CONJUNCTIONS, NOT_ONLY};
use super::sentence::{clause_break, is, Match, Rule, Tok};

/// How many tokens before a marker a negator may stand.
pub const NEGATION_WINDOW: usize = 4;
/// How many tokens after a marker a predicate of absence may stand.
pub const ABSENCE_WINDOW: usize = 4;
/// How many tokens before a verb of rejecting its audience subject may
/// stand ("warga setempat menolak").
pub const SUBJECT_WINDOW: usize = 2;

pub(super) const NEGATORS: &[&str] = &[
    "tidak",
    "tak",
    "bukan",
    "belum",
    "tanpa",
    "kurang",
    "minim",
    "jarang",
    "enggan",
    "gagal",
    "nggak",
    "ngga",
    "gak",
    "ga",
    "tdk",
    "blm",
    "tiada",
    "jangan",
    "menghindari",
    "menghindar",
    "mengabaikan",
    "abaikan",
    "diabaikan",
    "menutup",
    "ditutup",
    "mematikan",
    "dimatikan",
    "menolak",
    "ditolak",
    "no",
    "reject",
    "rejects",
    "rejected",
    "rejecting",
    "not",
    "never",
    "without",
    "lack",
    "lacks",
    "lacking",
    "rarely",
    "seldom",
    "hardly",
    "fail",
    "fails",
    "failed",
    "nor",
    "avoid",
    "avoids",
    "avoided",
    "avoiding",
    "ignore",
    "ignores",
    "ignored",
    "ignoring",
    "disable",
    "disabled",
    "refuse",
    "refused",
    "cannot",
    "sulit",
    "susah",
    "sukar",
    "segelintir",
    "few",
    "minority",
    "missed",
    "melewatkan",
];
/// Verbs of rejecting: a negation, unless the audience does the rejecting.
const REJECTING: &[&str] = &[
    "menolak",
    "ditolak",
    "mengabaikan",
    "abaikan",
    "diabaikan",
    "menghindari",
    "menghindar",
    "melewatkan",
    "ignore",
    "ignores",
    "ignored",
    "ignoring",
    "refuse",
    "refused",
    "reject",
    "rejects",
    "rejected",
    "rejecting",
    "avoid",
    "avoids",
    "avoided",
    "avoiding",
];
/// The public as a subject: those a message is sent to.
const AUDIENCE: &[&str] = &[
    "warga",
    "masyarakat",
    "pemilih",
    "warganet",
    "netizen",
    "publik",
    "rakyat",
    "khalayak",
    "penonton",
    "pendengar",
    "pembaca",
    "konstituen",
    "voters",
    "voter",
    "residents",
    "citizens",
    "public",
    "audience",
    "audiences",
    "constituents",
    "viewers",
    "readers",
    "netizens",
];
/// Before a passive verb's agent: "diabaikan oleh warga", "ignored by".
const AGENT_MARKERS: &[&str] = &["oleh", "by"];
/// Before a negator: "sudah tidak" (no longer).
const NO_LONGER_BEFORE: &[&str] = &["sudah", "udah", "telah"];
/// Right after a negator ("tidak lagi", "no longer") or after the marker
/// ("tidak membalas lagi", "not … anymore").
const NO_LONGER_AFTER: &[&str] = &["lagi", "longer", "anymore"];
/// Predicates of absence that negate the marker before them.
const ABSENCE: &[&str] = &[
    "kurang",
    "minim",
    "jarang",
    "belum",
    "nihil",
    "absen",
    "hilang",
    "terbatas",
    "diabaikan",
    "lacking",
    "absent",
    "missing",
    "rare",
    "scarce",
    "limited",
    "unanswered",
    "ignored",
];

/// How a marker is negated.
#[derive(Clone, Copy)]
pub(super) enum Negation {
    /// Flipped or cancelled, as the entry says.
    Plain,
    /// "tidak lagi", "no longer": a past state, cancelled.
    NoLonger,
    /// The audience rejects it: one-way kept, two-way cancelled.
    ByAudience,
}

fn is_negator(toks: &[Tok<'_>], j: usize) -> bool {
    let term = toks[j].term;
    (is(term, NEGATORS) || term.ends_with("n't"))
        && !toks.get(j + 1).is_some_and(|t| is(t.term, NOT_ONLY))
        // "a few" is some, "few" is hardly any.
        && !(term == "few" && j > 0 && toks[j - 1].term == "a")
}

/// A lexicon match negated: a negator inside a reordered match ("komentar
/// warga tidak dibalas"), or as [`negated`] finds around it.
pub(super) fn match_negated(text: &str, toks: &[Tok<'_>], m: &Match) -> Option<Negation> {
    if m.rule == Rule::LexiconReordered && (m.first..m.last).any(|j| is_negator(toks, j)) {
        return Some(Negation::Plain);
    }
    negated(text, toks, m.first, m.last)
}

/// A negator in the window before the marker at tokens `first..=last`
/// (same clause), or a predicate of absence after it, and its kind.
pub(super) fn negated(text: &str, toks: &[Tok<'_>], first: usize, last: usize) -> Option<Negation> {
    let mut j = first;
    for _ in 0..NEGATION_WINDOW {
        if j == 0 || clause_break(text, toks, j - 1) {
            break;
        }
        j -= 1;
        if is(toks[j].term, CONTRAST_CONJUNCTIONS) {
            break;
        }
        if is_negator(toks, j) {
            // "bukan X melainkan Y" was handled as a contrast.
            let audience_subject = is(toks[j].term, REJECTING)
                && (j.saturating_sub(SUBJECT_WINDOW)..j).any(|k| {
                    is(toks[k].term, AUDIENCE) && !(k..j).any(|b| clause_break(text, toks, b))
                });
            let after_marker = (!clause_break(text, toks, last))
                .then(|| toks.get(last + 1))
                .flatten();
            let no_longer = toks.get(j + 1).is_some_and(|t| is(t.term, NO_LONGER_AFTER))
                || (j > 0 && is(toks[j - 1].term, NO_LONGER_BEFORE))
                || after_marker.is_some_and(|t| is(t.term, NO_LONGER_AFTER));
            return Some(if audience_subject {
                Negation::ByAudience
            } else if no_longer {
                Negation::NoLonger
            } else {
                Negation::Plain
            });
        }
    }
    let mut j = last;
    for _ in 0..ABSENCE_WINDOW {
        if clause_break(text, toks, j) {
            break;
        }
        j += 1;
        if is(toks[j].term, ABSENCE) {
            return Some(
                match is(toks[j].term, REJECTING) && audience_agent(text, toks, j) {
                    true => Negation::ByAudience,
                    false => Negation::Plain,
                },
            );
        }
    }
    None
}

/// The audience right after the passive verb at `j`, as its agent
/// ("diabaikan (oleh) warga", "ignored by voters").
fn audience_agent(text: &str, toks: &[Tok<'_>], j: usize) -> bool {
    let mut k = j + 1;
    if clause_break(text, toks, j) {
        return false;
    }
    if toks.get(k).is_some_and(|t| is(t.term, AGENT_MARKERS)) && !clause_break(text, toks, k) {
        k += 1;
    }
    if toks
        .get(k)
        .is_some_and(|t| matches!(t.term, "the" | "para"))
        && !clause_break(text, toks, k)
    {
        k += 1;
    }
    toks.get(k).is_some_and(|t| is(t.term, AUDIENCE))
}
