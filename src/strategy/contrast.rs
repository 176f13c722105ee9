//! The first two rules of [`super::rules`], which find the stretches of a
//! sentence whose markers say nothing: the denied side of a **contrast**
//! ("bukan (sekadar) X melainkan Y", "not X but Y", "alih-alih X", "Y rather
//! than X") and the past state of a **change** ("dari X menjadi Y", "shift
//! from X to Y"). The direction rule reads these stretches too, and the
//! negation rule this rule's words (a negator's reach ends at a contrast's
//! "melainkan"; "tidak hanya" is "not only"), so they sit below both.

use super::sentence::{clause_break, is, Rule, Tok};

/// Longest "dari X menjadi Y" span, in tokens, between "dari" and "menjadi".
pub const CHANGE_WINDOW: usize = 12;
/// Longest denied stretch of a contrast ("bukan X melainkan", "rather than
/// X"), in tokens: the look-ahead is bounded, so scoring stays linear.
pub const CONTRAST_WINDOW: usize = 24;

/// After a negator, these make it "not only": nothing is negated; after
/// "bukan" they belong to the contrast ("bukan sekadar X melainkan Y").
pub(super) const NOT_ONLY: &[&str] = &[
    "hanya",
    "sekadar",
    "sekedar",
    "cuma",
    "semata",
    "semata-mata",
    "saja",
    "only",
    "just",
    "merely",
];
const CONTRAST_CUES: &[&str] = &["bukan", "bukannya", "not"];
pub(super) const CONTRAST_CONJUNCTIONS: &[&str] = &["melainkan", "tetapi", "tapi", "namun", "but"];
const ADDITIVE: &[&str] = &["juga", "pula", "also"];
/// "alih-alih X", "instead of X", "rather than X": X is denied.
const DENYING_PREFIXES: &[&[&str]] = &[&["alih-alih"], &["instead", "of"], &["rather", "than"]];
const CHANGE_VERBS: &[&str] = &[
    "beralih",
    "berubah",
    "bergeser",
    "bertransformasi",
    "berpindah",
    "bergerak",
    "perubahan",
    "pergeseran",
    "peralihan",
    "transformasi",
    "shift",
    "shifted",
    "shifting",
    "shifts",
    "move",
    "moved",
    "moving",
    "change",
    "changed",
    "changing",
    "transform",
    "transformed",
    "turn",
    "turned",
    "evolve",
    "evolved",
    "transition",
];

/// A stretch of the sentence whose markers say nothing (`denied`, tokens
/// `[a, b)`), and where the stretch that counts instead begins.
pub(super) struct Denied {
    pub(super) denied: (usize, usize),
    pub(super) kept: usize,
    pub(super) past_rule: Rule,
    pub(super) kept_rule: Rule,
}

pub(super) fn denied_spans(text: &str, toks: &[Tok<'_>]) -> Vec<Denied> {
    let mut spans = Vec::new();
    let terms = |i: usize| toks.get(i).map_or("", |t| t.term);
    for i in 0..toks.len() {
        let term = toks[i].term;
        // bukan (sekadar) X melainkan Y
        if is(term, CONTRAST_CUES) && !(i > 0 && is(terms(i - 1), &["tidak", "tak"])) {
            let filler = is(terms(i + 1), NOT_ONLY);
            let start = i + 1 + usize::from(filler);
            let limit = (start + CONTRAST_WINDOW).min(toks.len());
            if let Some(conj) = (start..limit).find(|&j| is(toks[j].term, CONTRAST_CONJUNCTIONS)) {
                if conj > start && !is(terms(conj + 1), ADDITIVE) {
                    spans.push(Denied {
                        denied: (start, conj),
                        kept: conj + 1,
                        past_rule: Rule::ContrastDenied,
                        kept_rule: Rule::Contrast,
                    });
                }
            }
        }
        // alih-alih X, instead of X, rather than X: X up to the clause's end.
        for prefix in DENYING_PREFIXES {
            let n = prefix.len();
            if toks.len() >= i + n && (0..n).all(|k| toks[i + k].term == prefix[k]) {
                let start = i + n;
                let limit = (start + CONTRAST_WINDOW).min(toks.len());
                let end = (start..limit)
                    .find(|&j| clause_break(text, toks, j))
                    .map_or(limit, |j| j + 1);
                if end > start {
                    spans.push(Denied {
                        denied: (start, end),
                        kept: usize::MAX,
                        past_rule: Rule::ContrastDenied,
                        kept_rule: Rule::Contrast,
                    });
                }
            }
        }
        // dari X menjadi Y; berubah dari X ke Y; shift from X to Y
        if term == "dari" || term == "from" {
            let after_change_verb =
                (i.saturating_sub(3)..i).any(|j| is(toks[j].term, CHANGE_VERBS));
            let ends: &[&str] = match (term, after_change_verb) {
                ("dari", true) => &["menjadi", "jadi", "ke", "kepada"],
                ("dari", false) => &["menjadi"],
                (_, true) => &["to", "into", "toward", "towards"],
                _ => &[],
            };
            let limit = (i + 1 + CHANGE_WINDOW).min(toks.len());
            if let Some(to) = (i + 2..limit).find(|&j| is(toks[j].term, ends)) {
                spans.push(Denied {
                    denied: (i + 1, to),
                    kept: to + 1,
                    past_rule: Rule::ChangePast,
                    kept_rule: Rule::Change,
                });
            }
        }
    }
    spans
}
