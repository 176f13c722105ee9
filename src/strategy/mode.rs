//! A document's dominant mode, by the labelling guideline's rule: "most of
//! the text's evidence is about that mode"; `mixed` when "both modes are
//! developed as substantial parts of the text"; `none` when the text is not
//! about communication between an actor and its audience (the relevance
//! gate) or has no sentence of either mode.
//!
//! Each labelled sentence adds its label's probability to its side's mass
//! (so an unsure label counts less), at [`NORMATIVE_WEIGHT`] when it only
//! recommends a mode ("seharusnya mendengar aspirasi": an ideal is not the
//! practice the text describes). A mode held up only as a foil ("bukan
//! sekadar baliho, melainkan dialog") adds nothing: the sentence rules
//! already leave the denied side uncounted, so the sentence counts for the
//! mode it asserts and a foil never makes a text mixed. The text is:
//! - `none` when the gate is closed or the mass of both sides is under
//!   [`MIN_MODE_MASS`];
//! - `mixed` when the smaller side has at least [`MIXED_MINORITY_SHARE`] of
//!   the mass and at least [`MIN_MINORITY_SENTENCES`] sentences of its own
//!   (one sentence is a mention, not a part of the text);
//! - otherwise the larger side's mode.

use super::report::SentenceStrategy;

/// Weight of a normative sentence in a document's mode.
pub const NORMATIVE_WEIGHT: f64 = 0.5;
/// Smallest labelled mass (about one sure sentence) for a mode at all.
pub const MIN_MODE_MASS: f64 = 0.9;
/// Share of the mass the smaller side needs for `mixed`: a third.
pub const MIXED_MINORITY_SHARE: f64 = 1.0 / 3.0;
/// Sentences the smaller side needs for `mixed`.
pub const MIN_MINORITY_SENTENCES: usize = 2;

/// The masses behind a document's mode.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct ModeMass {
    pub one_way: f64,
    pub two_way: f64,
    pub one_way_sentences: usize,
    pub two_way_sentences: usize,
}

impl ModeMass {
    pub fn of<'s>(sentences: impl IntoIterator<Item = &'s SentenceStrategy>) -> ModeMass {
        let mut mass = ModeMass::default();
        for s in sentences {
            let weight = s.probability
                * match s.normative {
                    true => NORMATIVE_WEIGHT,
                    false => 1.0,
                };
            match s.label {
                "one-way" => {
                    mass.one_way += weight;
                    mass.one_way_sentences += 1;
                }
                "two-way" => {
                    mass.two_way += weight;
                    mass.two_way_sentences += 1;
                }
                _ => {}
            }
        }
        mass
    }

    /// The smaller side's share of the mass, in [0, 0.5].
    pub fn minority_share(&self) -> f64 {
        let total = self.one_way + self.two_way;
        match total > 0.0 {
            true => self.one_way.min(self.two_way) / total,
            false => 0.0,
        }
    }

    /// `one-way`, `two-way`, `mixed` or `none` (see the module header).
    pub fn mode(&self, relevant: bool) -> &'static str {
        let total = self.one_way + self.two_way;
        if !relevant || total < MIN_MODE_MASS {
            return "none";
        }
        let minority_sentences = match self.one_way < self.two_way {
            true => self.one_way_sentences,
            false => self.two_way_sentences,
        };
        if self.minority_share() >= MIXED_MINORITY_SHARE
            && minority_sentences >= MIN_MINORITY_SENTENCES
        {
            "mixed"
        } else if self.one_way > self.two_way {
            "one-way"
        } else {
            "two-way"
        }
    }
}
