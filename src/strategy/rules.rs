//! The rules that turn lexicon matches in one sentence into evidence,
//! applied in this order by [`judge`]. Contrast and change
//! ([`super::contrast`]), negation ([`super::negation`]) and direction
//! ([`super::direction`]) have files of their own below this one, since the
//! direction rule applies the first three to its constructions as this file
//! applies them to the lexicon's matches.
//!
//! 1. **contrast** — in "bukan (sekadar) X melainkan / tetapi Y", "not (just)
//!    X but Y", "Y rather than / instead of X", "alih-alih X", the denied X
//!    says nothing and Y counts. "bukan hanya X tetapi juga Y" ("not only …
//!    but also") adds rather than contrasts: both count.
//! 2. **change** — in "dari X menjadi Y", or "beralih / berubah dari X ke Y"
//!    ("shift from X to Y"), X is the past and says nothing; Y is the present.
//! 3. **negation** — a negator up to [`NEGATION_WINDOW`] tokens before a
//!    marker within its clause (tidak, tak, bukan, belum, tanpa, kurang,
//!    minim, jarang, enggan, gagal, verbs of avoiding such as menghindari,
//!    mengabaikan, menutup, of difficulty such as sulit, and scarcity such
//!    as segelintir; English not, no, never, without, lack, few, missed …), or a
//!    predicate of absence right after it ("interaksinya masih minim"),
//!    flips or cancels the marker as its entry says. The negation carries
//!    over to the next marker when it follows within the window in the same
//!    clause ("tanpa membalas satu pun komentar", "belum ada dialog maupun
//!    diskusi"). A negator followed by
//!    hanya / sekadar / saja ("tidak hanya") means "not only" and negates
//!    nothing. Two kinds of negation say something else:
//!    - **no-longer** — "tidak lagi", "tak lagi", "sudah tidak", "tidak …
//!      lagi", "no longer", "not … anymore" put the marker in the past, like
//!      the past state of a change: it is cancelled, never flipped ("Warga
//!      tidak lagi berdialog" is no evidence of one-way practice, unlike
//!      "belum ada dialog", a dialogue that never happened).
//!    - **audience-rejection** — a verb of rejecting (menolak, mengabaikan,
//!      ignore, refuse, reject …) whose subject is the audience (warga,
//!      masyarakat, pemilih, warganet, publik, voters, residents, the public
//!      … up to [`super::negation::SUBJECT_WINDOW`] tokens before it, or
//!      its agent right after a passive: "diabaikan warga", "ignored by
//!      voters"): the message was sent all the same, so a one-way marker (or
//!      a call to act) still counts, and the audience's refusal of a dialogue
//!      says nothing of the actor's practice (cancelled). Only the actor
//!      refusing negates ("Partai menolak memasang baliho").
//! 4. **hedge** — cenderung, masih, didominasi, hanya, sebatas (tends to,
//!    still, mostly, merely) before a marker keep its direction; the rule is
//!    named in the evidence because it is what the authors' claims hinge on.
//! 5. **direction** — the audience's grammatical role says who speaks to
//!    whom without a marker word ([`super::direction`]): the audience as
//!    recipient of a verb of transmission ("menyampaikan informasi kepada
//!    warga") is one-way (**direction-recipient**), as the speaker or the
//!    source of input ("warga bertanya", "masukan dari masyarakat") two-way
//!    (**direction-source**), as a partner in a reciprocal verb
//!    ("berdialog dengan pemilih", "between residents and the council")
//!    two-way (**direction-reciprocal**). Contrast, change and negation
//!    apply to them as to markers.
//! 6. **questions** — a question that addresses its audience (Anda, kalian,
//!    kamu, teman-teman, a "-mu" suffix, kinship terms used as "you": Kak,
//!    Saudara; English you, your) practises two-way communication; a
//!    rhetorical question (bukankah …?, … bukan?, … kan?; isn't it …?) does
//!    not. The question is the sentence when it ends in "?" (before closing
//!    quotes, brackets or emoji), or the quoted part before `?”` when an
//!    attribution follows within [`ATTRIBUTION_WINDOW`] tokens ("\"Apa
//!    harapan Anda?\" kata Bupati.", "\"What do you want?\" she asked."):
//!    only that part is searched for the address. The speech verb of such an
//!    attribution only says who spoke (**attribution**: "tanya dia", "she
//!    asked" are not counted).
//! 7. **replies and mentions** — a sentence that begins with an @handle is a
//!    reply (two-way practice); an @handle elsewhere is a weaker sign of
//!    interaction, except after "RT" (a repost, which broadcasts). The
//!    sentences after a reply in the same paragraph belong to it
//!    (**reply-thread**, applied by the scorer, which sees the paragraph):
//!    Graham et al. code a whole @-reply as interaction.
//! 8. **venue-without-exchange** — a venue or event entry (`"needs":
//!    "exchange"` in the lexicon: forum, blusukan, webinar, door to door)
//!    counts only when the sentence names an exchange too, that is when other
//!    two-way evidence counts in it (dialog, aspirasi, tanya jawab, a question
//!    to the audience): the guideline labels "events without a named exchange
//!    (a visit, attendance, a meeting held)" `neither`.
//! 9. **heading** — a heading, title or sub-heading is `neither` whatever
//!    it says (the guideline's "headings" among the `neither` examples): a
//!    line of its own ([`is_heading`]: nothing but bullets before it on the
//!    line, nothing after it), of at most [`MAX_HEADING_WORDS`] words, most
//!    of them capitalized and the first one too ("Have Your Say", "Bupati
//!    Serap Keluhan Warga di Pasar"), not ending like a sentence or a
//!    clause (`.`, `?`, `,`, `;`, `:`), in a text with another line besides.
//!    Its evidence is shown, not counted (applied by the scorer, which sees
//!    the lines). A sentence-case line ("Tell us what you think!") and a
//!    one-line post are read as sentences.
//!
//! Two flags describe the sentence rather than its evidence (the scorer
//! sets them; the document's mode weighs such sentences differently):
//! - [`is_normative`] — it states an ideal or a recommendation (seharusnya,
//!   sebaiknya, semestinya, hendaknya, idealnya, perlu, harus; should, ought
//!   to, must, need to). The guideline labels it by the mode it recommends,
//!   which the rules above already do.
//! - [`is_foil`] — one side's evidence in it is only a foil: denied in a
//!   contrast, the past state of a change or "no longer" ("bukan sekadar
//!   baliho, melainkan dialog"). By the guideline a foil does not make a text
//!   mixed.

use super::contrast::{denied_spans, NOT_ONLY};
use super::direction;
use super::lexicon::{Lexicon, Negated, Side};
use super::negation::{match_negated, Negation, NEGATION_WINDOW, NEGATORS};
use super::sentence::{clause_break, is, Judged, Match, Rule, Tok};
use crate::text::tokenize::TokenKind;

/// How many tokens before a marker a hedge may stand.
pub const HEDGE_WINDOW: usize = 3;
/// How many tokens after a quoted question its attribution's speech verb
/// may stand (`"…?" tanya Bupati kepada`, `"…?" she asked`).
pub const ATTRIBUTION_WINDOW: usize = 3;
/// Weight of a question addressed to the audience.
pub const AUDIENCE_QUESTION_WEIGHT: f64 = 1.5;
/// Weight of a sentence that opens with an @handle (a reply).
pub const REPLY_WEIGHT: f64 = 1.5;
/// Weight of a later sentence of a reply, in the reply's paragraph.
pub const REPLY_THREAD_WEIGHT: f64 = 1.0;
/// Weight of an @handle inside a sentence (counted once per sentence).
pub const MENTION_WEIGHT: f64 = 0.5;

/// Speech verbs of an attribution after a quoted question.
const SPEECH_VERBS: &[&str] = &[
    "kata",
    "katanya",
    "ujar",
    "ujarnya",
    "tanya",
    "tanyanya",
    "bertanya",
    "tutur",
    "tuturnya",
    "ucap",
    "ucapnya",
    "ungkap",
    "ungkapnya",
    "tegas",
    "tegasnya",
    "imbuh",
    "imbuhnya",
    "seru",
    "serunya",
    "said",
    "says",
    "asked",
    "asks",
    "added",
    "wrote",
    "writes",
    "told",
];
/// Cues of an ideal or a recommendation.
const NORMATIVE: &[&str] = &[
    "seharusnya",
    "harusnya",
    "sebaiknya",
    "semestinya",
    "mestinya",
    "hendaknya",
    "idealnya",
    "seyogianya",
    "seyogyanya",
    "perlu",
    "harus",
    "wajib",
    "should",
    "ought",
    "must",
];
/// Normative before "to": "need to", "has to".
const NORMATIVE_BEFORE_TO: &[&str] = &["need", "needs", "have", "has"];
const HEDGES: &[&str] = &[
    "cenderung",
    "masih",
    "didominasi",
    "dominan",
    "hanya",
    "sekadar",
    "sekedar",
    "sebatas",
    "semata",
    "semata-mata",
    "cuma",
    "kebanyakan",
    "umumnya",
    "mayoritas",
    "still",
    "mostly",
    "largely",
    "mainly",
    "tend",
    "tends",
    "tended",
    "merely",
    "only",
    "dominated",
    "predominantly",
    "primarily",
];
const ADDRESS: &[&str] = &[
    "anda",
    "kalian",
    "kamu",
    "kau",
    "engkau",
    "dikau",
    "teman-teman",
    "kawan-kawan",
    "sobat",
    "sahabat",
    "saudara",
    "saudara-saudara",
    "bapak-ibu",
    "gan",
    "sis",
    "bro",
    "kak",
    "kakak",
    "netizen",
    "warganet",
    "you",
    "your",
    "yours",
    "y'all",
    "guys",
    "folks",
];
const RHETORICAL_OPENERS: &[&str] = &[
    "bukankah",
    "masakan",
    "mana",
    "isn't",
    "aren't",
    "don't",
    "doesn't",
    "wasn't",
    "weren't",
    "shouldn't",
    "wouldn't",
    "haven't",
    "hasn't",
    "didn't",
];
const TAG_ENDINGS: &[&str] = &["bukan", "kan", "bukankah", "right"];

/// Applies the rules to the lexicon matches of one sentence. `text` is the
/// sentence's document (for the punctuation between tokens), `is_root` tells
/// whether a word is a known root (for the "-mu" suffix of address).
pub fn judge(
    text: &str,
    toks: &[Tok<'_>],
    matches: &[Match],
    lexicon: &Lexicon,
    is_root: &dyn Fn(&str) -> bool,
) -> Vec<Judged> {
    let denied = denied_spans(text, toks);
    let mut out = Vec::with_capacity(matches.len() + 1);
    // The last token of the previous negated marker, and how it was negated.
    let mut negated_until: Option<(usize, Negation)> = None;
    for m in matches {
        let entry = &lexicon.entries[m.entry as usize];
        let mut judged = Judged {
            first: m.first,
            last: m.last,
            side: entry.side,
            weight: entry.weight,
            counted: true,
            rule: m.rule,
            entry: Some(m.entry),
        };
        if let Some(span) = denied
            .iter()
            .find(|s| m.first >= s.denied.0 && m.last < s.denied.1)
        {
            judged.counted = false;
            judged.rule = span.past_rule;
            out.push(judged);
            continue;
        }
        if let Some(span) = denied.iter().find(|s| m.first >= s.kept) {
            judged.rule = span.kept_rule;
        }
        let carried = negated_until
            .filter(|&(end, _)| {
                m.first - end <= NEGATION_WINDOW
                    && !(end..m.first).any(|j| clause_break(text, toks, j))
            })
            .map(|(_, negation)| negation);
        negated_until = None;
        if let Some(negation) = carried.or_else(|| match_negated(text, toks, m)) {
            negated_until = Some((m.last, negation));
            match negation {
                Negation::Plain => {
                    judged.rule = Rule::Negation;
                    match (entry.negated, entry.side.flipped()) {
                        (Negated::Flip, Some(other)) => judged.side = other,
                        _ => judged.counted = false,
                    }
                }
                Negation::NoLonger => {
                    judged.rule = Rule::NoLonger;
                    judged.counted = false;
                }
                Negation::ByAudience => {
                    judged.rule = Rule::AudienceRejection;
                    judged.counted = entry.side != Side::TwoWay;
                }
            }
        } else if matches!(
            judged.rule,
            Rule::Lexicon | Rule::LexiconStem | Rule::LexiconReordered
        ) && hedged(text, toks, m.first)
        {
            judged.rule = Rule::Hedge;
        }
        out.push(judged);
    }
    direction::judge(text, toks, &denied, lexicon, &mut out);
    question(text, toks, is_root, &mut out);
    mentions(toks, &mut out);
    venues(lexicon, &mut out);
    out
}

fn hedged(text: &str, toks: &[Tok<'_>], first: usize) -> bool {
    let mut j = first;
    for _ in 0..HEDGE_WINDOW {
        if j == 0 || clause_break(text, toks, j - 1) {
            return false;
        }
        j -= 1;
        // "tidak hanya" is "not only", not a hedge.
        let not_only = j > 0 && is(toks[j - 1].term, NEGATORS) && is(toks[j].term, NOT_ONLY);
        if is(toks[j].term, HEDGES) && !not_only {
            return true;
        }
    }
    false
}

/// Whether the sentence ends in a question mark (before closing quotes,
/// brackets or emoji).
fn ends_in_question(text: &str, toks: &[Tok<'_>]) -> bool {
    let Some(last) = toks.last() else {
        return false;
    };
    // The first sentence-ending mark after the last token is this sentence's.
    text[last.bytes.1..]
        .chars()
        .find(|c| matches!(c, '\n' | '.' | '!' | '?' | '？' | '؟' | '。' | '！'))
        .is_some_and(|c| matches!(c, '?' | '？' | '؟'))
}

/// Whether a lowercase word addresses the reader: a second-person pronoun
/// or term of address, or a root with the possessive "-mu" (`daerahmu`).
pub fn addresses_the_reader(term: &str, is_root: &dyn Fn(&str) -> bool) -> bool {
    is(term, ADDRESS)
        || (term.len() > 4
            && term.ends_with("mu")
            && !term.ends_with("ilmu")
            && is_root(&term[..term.len() - 2]))
}

/// The last token of a quoted question followed by its attribution: the
/// token before `?”` (or `?"`, `?)`) with a speech verb within
/// [`ATTRIBUTION_WINDOW`] tokens after it.
fn quoted_question_end(text: &str, toks: &[Tok<'_>]) -> Option<usize> {
    (0..toks.len().saturating_sub(1)).find(|&q| {
        let gap = &text[toks[q].bytes.1..toks[q + 1].bytes.0];
        let closed = gap
            .find(['?', '？'])
            .is_some_and(|at| gap[at..].contains(['"', '”', '’', '\'', '»', ')', ']']));
        closed
            && toks[q + 1..]
                .iter()
                .take(ATTRIBUTION_WINDOW)
                .any(|t| is(t.term, SPEECH_VERBS))
    })
}

fn question(text: &str, toks: &[Tok<'_>], is_root: &dyn Fn(&str) -> bool, out: &mut Vec<Judged>) {
    let end = match ends_in_question(text, toks) {
        true => toks.len() - 1,
        false => match quoted_question_end(text, toks) {
            Some(end) => {
                // The attribution's speech verb only says who spoke.
                let attribution = end + 1..=end + ATTRIBUTION_WINDOW;
                for j in out.iter_mut() {
                    if attribution.contains(&j.first) && is(toks[j.first].term, SPEECH_VERBS) {
                        j.counted = false;
                        j.rule = Rule::Attribution;
                    }
                }
                end
            }
            None => return,
        },
    };
    let words: Vec<usize> = (0..=end)
        .filter(|&i| toks[i].kind == TokenKind::Word)
        .collect();
    let (Some(&first), Some(&last)) = (words.first(), words.last()) else {
        return;
    };
    let address = words
        .iter()
        .copied()
        .find(|&i| addresses_the_reader(toks[i].term, is_root));
    let rhetorical = is(toks[first].term, RHETORICAL_OPENERS)
        || (words.len() > 1 && is(toks[last].term, TAG_ENDINGS));
    let Some(at) = address.or(rhetorical.then_some(first)) else {
        return;
    };
    out.push(Judged {
        first: at,
        last: at,
        side: Side::TwoWay,
        weight: AUDIENCE_QUESTION_WEIGHT,
        counted: !rhetorical,
        rule: if rhetorical {
            Rule::RhetoricalQuestion
        } else {
            Rule::AudienceQuestion
        },
        entry: None,
    });
}

/// Venue and event entries count only beside another two-way evidence that
/// counts: an exchange named in the sentence.
fn venues(lexicon: &Lexicon, out: &mut [Judged]) {
    let venue = |j: &Judged| {
        j.entry
            .is_some_and(|e| lexicon.entries[e as usize].needs_exchange)
    };
    let exchange = out
        .iter()
        .any(|j| j.counted && j.side == Side::TwoWay && !venue(j));
    if exchange {
        return;
    }
    for j in out.iter_mut() {
        if j.counted && j.side == Side::TwoWay && venue(j) {
            j.counted = false;
            j.rule = Rule::VenueWithoutExchange;
        }
    }
}

/// Longest heading, in words.
pub const MAX_HEADING_WORDS: usize = 16;

/// Where a sentence stands among the lines of its text: whether it has a
/// line of its own (only bullets between the line break before and it,
/// only space after it to the next line break) and whether the text has
/// another line besides. The scorer finds both from the gaps between
/// sentences, so no line is searched for more than once.
#[derive(Debug, Clone, Copy)]
pub struct LinePlace {
    pub own_line: bool,
    pub other_lines: bool,
}

impl LinePlace {
    /// `before`: the text between the previous sentence (or the start of
    /// the piece, which follows a line break) and this one; `after`: the
    /// text from this sentence to the next one (or the end).
    pub fn between(before: &str, after: &str, other_lines: bool) -> Self {
        let opening = before.rfind('\n').map_or(before, |at| &before[at + 1..]);
        let closing = after.find('\n').map_or(after, |at| &after[..at]);
        LinePlace {
            own_line: !opening.chars().any(char::is_alphanumeric) && closing.trim().is_empty(),
            other_lines,
        }
    }
}

/// The sentence `text[start..end]` (its tokens `toks`) is a heading: on a
/// line of its own in a text of more than one line, title-like (its first
/// word and more than half of its words capitalized, at most
/// [`MAX_HEADING_WORDS`]), not ending in `.`, `?`, `,`, `;` or `:`.
pub fn is_heading(
    text: &str,
    toks: &[Tok<'_>],
    (start, end): (usize, usize),
    place: LinePlace,
) -> bool {
    if !(place.own_line && place.other_lines) {
        return false;
    }
    let Some(last) = text[start..end].trim_end().chars().last() else {
        return false;
    };
    if matches!(last, '.' | '?' | ',' | ';' | ':' | '…') {
        return false;
    }
    let initials: Vec<char> = toks
        .iter()
        .filter(|t| matches!(t.kind, TokenKind::Word | TokenKind::Abbreviation))
        .filter_map(|t| text[t.bytes.0..t.bytes.1].chars().next())
        .filter(|c| c.is_alphabetic())
        .collect();
    let capitalized = initials.iter().filter(|c| c.is_uppercase()).count();
    !initials.is_empty()
        && initials.len() <= MAX_HEADING_WORDS
        && initials[0].is_uppercase()
        && capitalized * 2 > initials.len()
}

/// A heading's evidence is shown, not counted.
pub fn heading(out: &mut [Judged]) {
    for j in out.iter_mut() {
        j.counted = false;
        j.rule = Rule::Heading;
    }
}

/// The sentence states an ideal or a recommendation: a normative cue
/// (seharusnya, perlu, harus, should, must, need to …) anywhere in it.
pub fn is_normative(toks: &[Tok<'_>]) -> bool {
    toks.iter().enumerate().any(|(i, t)| {
        is(t.term, NORMATIVE)
            || (is(t.term, NORMATIVE_BEFORE_TO) && toks.get(i + 1).is_some_and(|n| n.term == "to"))
    })
}

/// One side (one-way or two-way) has evidence in the sentence and all of it
/// is a foil: denied in a contrast, the past state of a change, or "no
/// longer".
pub fn is_foil(judged: &[Judged]) -> bool {
    [Side::OneWay, Side::TwoWay].into_iter().any(|side| {
        let mut of_side = judged.iter().filter(|j| j.side == side).peekable();
        of_side.peek().is_some()
            && of_side.all(|j| {
                matches!(
                    j.rule,
                    Rule::ContrastDenied | Rule::ChangePast | Rule::NoLonger
                )
            })
    })
}

fn mentions(toks: &[Tok<'_>], out: &mut Vec<Judged>) {
    let Some(at) = toks.iter().position(|t| t.kind == TokenKind::Mention) else {
        return;
    };
    if at > 0 && matches!(toks[at - 1].term, "rt" | "via" | "cc") {
        return;
    }
    let reply = at == 0;
    out.push(Judged {
        first: at,
        last: at,
        side: Side::TwoWay,
        weight: if reply { REPLY_WEIGHT } else { MENTION_WEIGHT },
        counted: true,
        rule: if reply { Rule::Reply } else { Rule::Mention },
        entry: None,
    });
}
