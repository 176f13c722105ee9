//! Which word forms reach a lexicon word through its stem. The stemmer
//! reduces *selebaran* (leaflet) and *lebaran* (the Eid holiday) to the same
//! stem *lebar* (wide); a stem says what a word is built from, not what it
//! means. So a text word matches an entry word on stems only when its
//! affixes keep the entry word's meaning, by this policy:
//!
//! - **clitics** (-nya, -ku, -mu, -lah, -kah, -tah, -pun) never change the
//!   word, and a **full reduplication** (`spanduk-spanduk`) is its plural;
//! - among the **verbal forms** — the bare root, meN-, di-, ter-, ku-/kau-,
//!   with -kan, -i or no suffix, and ber- without a suffix — the voice may
//!   change (`menyampaikan`, `disampaikan`, `sampaikan`, `tersampaikan`) but
//!   the suffix may not: -kan and -i derive (`sampai` arrive,
//!   `menyampaikan` convey). A bare root entry (`dialog`, `balas`) takes any
//!   verbal form (`berdialog`, `mendialogkan`, `dibalas`);
//! - otherwise the text word must have the entry word's own derivation
//!   (`selebarannya` for `selebaran`). Nominalising and meaning-shifting
//!   derivations — se-, ke-, ke-…-an, peN-, peN-…-an, per-, per-…-an,
//!   memper-, -an, ber-…-an, partial reduplication — reach another word
//!   (`pembalasan` revenge, `bertanya-tanya` wonder) and match only where
//!   the audit keeps them (`pertanyaan` question, `balasan` reply).
//!
//! The audit (`lexicon/stem-audit.tsv`) lists, for each lexicon word matched
//! on stems, the words of the root lexicon, of their common affixed forms
//! and of the development texts that reach it, each with the policy's
//! decision and a reviewed one; the reviewed decision overrides the policy
//! either way (`terdengar` sounds
//! like, `membalaskan` avenge are verbal forms yet reject). The test in
//! `matcher.rs` fails on a word the audit has not reviewed.

use crate::hash::TermMap;
use std::sync::OnceLock;

// The audit's rows whose decision overrides the policy (see build.rs).
const OVERRIDES: &str = include_str!(concat!(env!("OUT_DIR"), "/stem-overrides.tsv"));

const PARTICLES: [&str; 4] = ["lah", "kah", "tah", "pun"];
const POSSESSIVES: [&str; 3] = ["nya", "ku", "mu"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Prefix {
    Bare,
    MeN,
    Di,
    Ter,
    /// ku-, kau-: the agent written onto a passive verb.
    Ku,
    Ber,
    PeN,
    Per,
    Ke,
    Se,
    /// memper-, diper-: causative per- under a voice prefix.
    VoicePer,
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Suffix {
    None,
    Kan,
    I,
    An,
    Other,
}

/// A word's affixes around its stem, clitics left out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Frame {
    pub prefix: Prefix,
    pub suffix: Suffix,
    /// A partial or affixed reduplication (`bertanya-tanya`,
    /// `balas-membalas`).
    pub reduplicated: bool,
}

impl Frame {
    const BARE: Frame = Frame {
        prefix: Prefix::Bare,
        suffix: Suffix::None,
        reduplicated: false,
    };
    const OTHER: Frame = Frame {
        prefix: Prefix::Other,
        suffix: Suffix::Other,
        reduplicated: false,
    };

    /// The affixes of `word` around `stem` (the stemmer's stem of it).
    pub fn of(word: &str, stem: &str) -> Frame {
        if word == stem {
            return Frame::BARE;
        }
        if let Some((left, right)) = word.split_once('-') {
            // `tanya-tanya`: the right half's end may look like a clitic.
            if left == right || left == without_clitics(right) {
                return Frame::of(left, stem);
            }
            let right = without_clitics(right);
            return match right.is_empty() {
                true => Frame::of(left, stem),
                false => Frame {
                    reduplicated: true,
                    ..Frame::of(left, stem)
                },
            };
        }
        // The stem where it stands in the word, or without its first letter
        // where a nasal prefix replaced it (`menyampaikan`, `penanya`).
        let shortened = stem.get(1..).unwrap_or("");
        let mut best = Frame::OTHER;
        for (part, nasal) in [(stem, false), (shortened, true)] {
            if part.len() < 2 {
                continue;
            }
            for (at, _) in word.match_indices(part) {
                let prefix = prefix_of(&word[..at], nasal);
                let suffix = suffix_of(&word[at + part.len()..]);
                if prefix != Prefix::Other && suffix != Suffix::Other {
                    return Frame {
                        prefix,
                        suffix,
                        reduplicated: false,
                    };
                }
                best = Frame {
                    prefix,
                    suffix,
                    reduplicated: false,
                };
            }
        }
        best
    }

    /// A form of a verb: meN-, di-, ter-, ku-/kau- or none with -kan, -i or
    /// no suffix, or ber- alone.
    fn verbal(self) -> bool {
        !self.reduplicated
            && match self.prefix {
                Prefix::Bare | Prefix::MeN | Prefix::Di | Prefix::Ter | Prefix::Ku => {
                    matches!(self.suffix, Suffix::None | Suffix::Kan | Suffix::I)
                }
                Prefix::Ber => self.suffix == Suffix::None,
                _ => false,
            }
    }

    /// A passive form: di-, ter- or ku-/kau- (`disampaikan`,
    /// `tersampaikan`, `kusampaikan`).
    pub fn passive(self) -> bool {
        matches!(self.prefix, Prefix::Di | Prefix::Ter | Prefix::Ku) && !self.reduplicated
    }

    /// A transitive verb that can take its object after it: meN- or the
    /// imperative bare root with -kan or -i.
    pub fn transitive(self) -> bool {
        !self.reduplicated
            && match self.prefix {
                Prefix::MeN => matches!(self.suffix, Suffix::None | Suffix::Kan | Suffix::I),
                Prefix::Bare => matches!(self.suffix, Suffix::Kan | Suffix::I),
                _ => false,
            }
    }
}

/// Whether the policy lets `text` (a word of the text) stand for `entry`
/// (a lexicon word of the same stem), before the audit is consulted.
pub fn kept_by_policy(entry: Frame, text: Frame) -> bool {
    if entry == text {
        return true;
    }
    entry.verbal() && text.verbal() && (entry == Frame::BARE || entry.suffix == text.suffix)
}

/// Whether `text` matches the lexicon word `entry` through their shared
/// stem: the policy's decision unless the audit overrode it.
pub fn reaches(entry: &str, text: &str, stem: &str) -> bool {
    match audited(entry, text) {
        Some(keep) => keep,
        None => kept_by_policy(Frame::of(entry, stem), Frame::of(text, stem)),
    }
}

/// The audit's decision for `text` reaching the lexicon word `entry`, where
/// it overrides the policy.
pub fn audited(entry: &str, text: &str) -> Option<bool> {
    static TABLE: OnceLock<TermMap<(&'static str, &'static str), bool>> = OnceLock::new();
    TABLE
        .get_or_init(|| {
            OVERRIDES
                .lines()
                .filter_map(|line| {
                    let mut fields = line.split('\t');
                    let (entry, word, decision) = (fields.next()?, fields.next()?, fields.next()?);
                    Some(((entry, word), decision == "keep"))
                })
                .collect()
        })
        .get(&(entry, text))
        .copied()
}

/// The word without a particle and then a possessive at its end.
fn without_clitics(word: &str) -> &str {
    let mut rest = word;
    for group in [&PARTICLES[..], &POSSESSIVES[..]] {
        if let Some(shorter) = group.iter().find_map(|c| rest.strip_suffix(c)) {
            rest = shorter;
        }
    }
    rest
}

fn suffix_of(after: &str) -> Suffix {
    match without_clitics(after) {
        "" => Suffix::None,
        "kan" => Suffix::Kan,
        "i" => Suffix::I,
        "an" => Suffix::An,
        _ => Suffix::Other,
    }
}

/// The prefix written before the stem; `nasal` when the stem's first letter
/// was replaced by the prefix's nasal.
fn prefix_of(before: &str, nasal: bool) -> Prefix {
    match (before, nasal) {
        ("", false) => Prefix::Bare,
        ("di", false) => Prefix::Di,
        ("ku" | "kau", false) => Prefix::Ku,
        ("ter" | "te", false) => Prefix::Ter,
        ("ber" | "be" | "bel", false) => Prefix::Ber,
        ("me" | "mem" | "men" | "meng" | "menge", false) => Prefix::MeN,
        ("mem" | "men" | "meng" | "meny", true) => Prefix::MeN,
        ("pe" | "pem" | "pen" | "peng" | "penge", false) => Prefix::PeN,
        ("pem" | "pen" | "peng" | "peny", true) => Prefix::PeN,
        ("per", false) => Prefix::Per,
        ("ke", false) => Prefix::Ke,
        ("se", false) => Prefix::Se,
        ("memper" | "diper", false) => Prefix::VoicePer,
        _ => Prefix::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! frames {
        ($($name:ident: $word:expr, $stem:expr => $prefix:ident, $suffix:ident;)*) => {$(
            #[test]
            fn $name() {
                let frame = Frame::of($word, $stem);
                assert_eq!(
                    (frame.prefix, frame.suffix),
                    (Prefix::$prefix, Suffix::$suffix),
                    "{} from {}",
                    $word,
                    $stem
                );
            }
        )*};
    }

    frames! {
        bare_root: "dialog", "dialog" => Bare, None;
        clitic_only: "dialognya", "dialog" => Bare, None;
        nasal_replaces_s: "menyampaikan", "sampai" => MeN, Kan;
        passive_with_clitic: "disampaikannya", "sampai" => Di, Kan;
        imperative: "sampaikan", "sampai" => Bare, Kan;
        ber_verb: "bertanya", "tanya" => Ber, None;
        confix_se_an: "selebaran", "lebar" => Se, An;
        nominal_an: "lebaran", "lebar" => Bare, An;
        pen_nasal: "penanya", "tanya" => PeN, None;
        per_an: "pertanyaan", "tanya" => Per, An;
        pem_an: "pembalasan", "balas" => PeN, An;
        ter_verb: "terdengar", "dengar" => Ter, None;
        memper: "memperdengarkan", "dengar" => VoicePer, Kan;
        plural: "spanduk-spanduknya", "spanduk" => Bare, None;
        plural_ending_like_a_clitic: "tanya-tanya", "tanya" => Bare, None;
    }

    #[test]
    fn partial_reduplication_is_marked() {
        assert!(Frame::of("bertanya-tanya", "tanya").reduplicated);
        assert!(!Frame::of("baliho-baliho", "baliho").reduplicated);
    }

    /// Minimal pairs: the same entry word, a form that keeps its meaning and
    /// one that does not.
    macro_rules! policy {
        ($($name:ident: $entry:expr, $stem:expr; keeps $kept:expr; not $shifted:expr;)*) => {$(
            #[test]
            fn $name() {
                let entry = Frame::of($entry, $stem);
                assert!(kept_by_policy(entry, Frame::of($kept, $stem)), "{} for {}", $kept, $entry);
                assert!(!kept_by_policy(entry, Frame::of($shifted, $stem)), "{} for {}", $shifted, $entry);
            }
        )*};
    }

    policy! {
        clitic_keeps_a_confix: "selebaran", "lebar"; keeps "selebarannya"; not "lebaran";
        voice_changes_suffix_stays: "menyampaikan", "sampai"; keeps "disampaikan"; not "sampai";
        bare_root_takes_verbal_forms: "balas", "balas"; keeps "dibalas"; not "pembalasan";
        ber_verb_of_a_noun: "dialog", "dialog"; keeps "berdialog"; not "perdialogan";
        suffix_i_is_kept: "menanggapi", "tanggap"; keeps "ditanggapi"; not "tanggapan";
        plural_keeps: "spanduk", "spanduk"; keeps "spanduk-spanduk"; not "sespanduk";
        reduplication_shifts: "tanya", "tanya"; keeps "bertanya"; not "bertanya-tanya";
    }
}
