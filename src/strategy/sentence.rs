//! One sentence as the rule stages read it, and what they write about it:
//! its tokens ([`Tok`]), where its clauses break (`clause_break`), the
//! lexicon entries the matcher found in it ([`Match`]) and the evidence
//! judged from them ([`Judged`], each decided by a [`Rule`]). These live
//! below every stage ([`super::contrast`], [`super::negation`],
//! [`super::direction`], [`super::rules`]), so a stage imports only the
//! stages it calls and never its caller.

use super::lexicon::Side;
use crate::text::tokenize::TokenKind;

/// A token of the sentence as the rules see it.
pub struct Tok<'v> {
    pub term: &'v str,
    /// The standard spelling of a colloquial term (`nanya` → `bertanya`,
    /// from the slang table), else the term.
    pub form: &'v str,
    /// The stem of the form.
    pub stem: &'v str,
    pub kind: TokenKind,
    pub bytes: (usize, usize),
    pub utf16: (usize, usize),
    /// Whether it can head a construction of the direction rule
    /// (`direction::may_head` of its term and stem).
    pub may_head: bool,
}

/// A lexicon entry found at tokens `first..=last` of the sentence.
#[derive(Clone, Copy)]
pub struct Match {
    pub entry: u32,
    pub first: usize,
    pub last: usize,
    /// [`Rule::Lexicon`], [`Rule::LexiconStem`] or
    /// [`Rule::LexiconReordered`]: how the entry was found.
    pub rule: Rule,
}

/// The rule that decided a piece of evidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    Lexicon,
    LexiconStem,
    LexiconReordered,
    Negation,
    Hedge,
    Contrast,
    ContrastDenied,
    Change,
    ChangePast,
    NoLonger,
    AudienceRejection,
    AudienceQuestion,
    RhetoricalQuestion,
    Attribution,
    Reply,
    ReplyThread,
    Mention,
    VenueWithoutExchange,
    DirectionRecipient,
    DirectionSource,
    DirectionReciprocal,
    Heading,
}

impl Rule {
    pub fn name(self) -> &'static str {
        match self {
            Rule::Lexicon => "lexicon",
            Rule::LexiconStem => "lexicon-stem",
            Rule::LexiconReordered => "lexicon-reordered",
            Rule::Negation => "negation",
            Rule::Hedge => "hedge",
            Rule::Contrast => "contrast",
            Rule::ContrastDenied => "contrast-denied",
            Rule::Change => "change",
            Rule::ChangePast => "change-past",
            Rule::NoLonger => "no-longer",
            Rule::AudienceRejection => "audience-rejection",
            Rule::AudienceQuestion => "audience-question",
            Rule::RhetoricalQuestion => "rhetorical-question",
            Rule::Attribution => "attribution",
            Rule::Reply => "reply",
            Rule::ReplyThread => "reply-thread",
            Rule::Mention => "mention",
            Rule::VenueWithoutExchange => "venue-without-exchange",
            Rule::DirectionRecipient => "direction-recipient",
            Rule::DirectionSource => "direction-source",
            Rule::DirectionReciprocal => "direction-reciprocal",
            Rule::Heading => "heading",
        }
    }
}

/// One judged piece of evidence: tokens `first..=last`, the side it counts
/// for, its weight, whether it counts, and why.
pub struct Judged {
    pub first: usize,
    pub last: usize,
    pub side: Side,
    pub weight: f64,
    pub counted: bool,
    pub rule: Rule,
    pub entry: Option<u32>,
}

/// Whether `term` is one of the words of `list`. The rules ask this of
/// nearly every token against lists of a few dozen words, most of which
/// differ from the term in length or first byte: comparing those two first
/// leaves the full comparison (a `memcmp` call) to the few candidates.
#[inline]
pub(super) fn is(term: &str, list: &[&str]) -> bool {
    let term = term.as_bytes();
    let Some(&first) = term.first() else {
        return list.contains(&"");
    };
    list.iter().any(|w| {
        let w = w.as_bytes();
        w.len() == term.len() && w[0] == first && w == term
    })
}

/// Whether punctuation that closes a clause stands between tokens `a` and
/// `a + 1`.
pub(super) fn clause_break(text: &str, toks: &[Tok<'_>], a: usize) -> bool {
    match (toks.get(a), toks.get(a + 1)) {
        (Some(x), Some(y)) => text
            .get(x.bytes.1..y.bytes.0)
            .is_some_and(|gap| gap.contains([',', ';', ':', '(', ')', '—', '–'])),
        _ => true,
    }
}
