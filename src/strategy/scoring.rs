//! Scores: per sentence, per document, and across documents, into the
//! types of [`super::report`].
//!
//! **Sentence.** Counted evidence adds its weight to its side. Mobilisation
//! (a call to act) is a broadcast directive unless the sentence also invites
//! a response, so when a sentence has no two-way evidence, its mobilisation
//! score is added to one-way at [`MOBILISATION_SHARE`]. The label is the
//! side with the higher score if that score reaches [`MIN_SENTENCE_SCORE`];
//! otherwise, or on a tie, `neither`. The mobilisation flag is set by any
//! counted mobilisation evidence.
//!
//! **Document.** `one_way` and `two_way` are the sums of the sentence
//! scores; `balance = (two_way − one_way) / (two_way + one_way)`, in
//! [-1, 1] (0 without evidence): negative leans one-way. The relevance gate
//! ([`super::relevance`]) withholds every label of a text (or a far-off
//! paragraph of a long one) that is not about actor–audience
//! communication; the dominant mode follows the guideline
//! ([`super::mode`]); sentence labels and modes carry calibrated
//! probabilities ([`super::calibration`]).
//!
//! **Page chrome.** Unless [`StrategyOptions::keep_chrome`], the tokens of
//! page chrome (`text::chrome`) give no evidence, and a sentence that lies
//! in chrome is `neither` with its kind in `chrome`: a sports report's
//! "ADVERTISEMENT" or a "Baca juga: …" headline never labels a text.
//!
//! **Comparison.** The corpus totals (every document together) and the
//! documents ordered from the most one-way to the most two-way.

use super::calibration::Calibration;
use super::lexicon::{Lexicon, Side};
use super::matcher::{Matcher, Vocabulary};
use super::mode::ModeMass;
use super::model::Model;
use super::relevance;
use super::report::{DocumentStrategy, Evidence, SentenceStrategy, StrategyReport, Totals};
use super::rules::{
    heading, is_foil, is_heading, is_normative, judge, LinePlace, REPLY_THREAD_WEIGHT,
};
use super::sentence::{Judged, Rule, Tok};
use crate::analysis::Document;
use crate::text::chrome::{chrome_spans, Chrome, ChromeCursor};
use crate::text::sentences::sentences;
use crate::text::tokenize::{for_each_token, TokenKind};
use serde::Deserialize;

/// How the strategy analysis reads its documents (the facade reads the
/// first field from JavaScript; the fitted parts come from files).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct StrategyOptions {
    /// Score page chrome too ("ADVERTISEMENT", "Baca juga: …", bylines);
    /// by default its sentences are `neither` and give no evidence.
    pub keep_chrome: bool,
    /// The calibration to use; `None` for the shipped fit.
    #[serde(skip)]
    pub calibration: Option<Calibration>,
    /// The learned layer, when one is loaded.
    #[serde(skip)]
    pub model: Option<Model>,
}

/// Share of a sentence's mobilisation score that counts as one-way when the
/// sentence has no two-way evidence.
pub const MOBILISATION_SHARE: f64 = 1.0;
/// Lowest side score that labels a sentence.
pub const MIN_SENTENCE_SCORE: f64 = 0.75;

impl StrategyOptions {
    fn calibration(&self) -> &Calibration {
        static FITTED: std::sync::OnceLock<Calibration> = std::sync::OnceLock::new();
        self.calibration
            .as_ref()
            .unwrap_or_else(|| FITTED.get_or_init(Calibration::fitted))
    }
}

/// A token of the piece, its term interned in the vocabulary.
struct RawTok {
    id: u32,
    /// In page chrome: read by the relevance gate, no evidence.
    in_chrome: bool,
    kind: TokenKind,
    bytes: (usize, usize),
    utf16: (usize, usize),
}

/// The strategy analysis of each document and of all of them together.
pub fn analyze_strategy(
    documents: &[Document],
    lexicon: &Lexicon,
    options: &StrategyOptions,
) -> StrategyReport {
    let matcher = Matcher::new(lexicon);
    analyze_with(documents, &matcher, options)
}

/// As [`analyze_strategy`], with a prepared matcher (reuse it across calls).
pub fn analyze_with(
    documents: &[Document],
    matcher: &Matcher<'_>,
    options: &StrategyOptions,
) -> StrategyReport {
    let documents: Vec<DocumentStrategy> = documents
        .iter()
        .map(|d| score_document(&d.title, &d.text, matcher, options))
        .collect();
    let mut corpus = Totals::default();
    for d in &documents {
        let t = &d.totals;
        corpus.one_way += t.one_way;
        corpus.two_way += t.two_way;
        corpus.mobilisation += t.mobilisation;
        corpus.sentence_count += t.sentence_count;
        corpus.one_way_sentences += t.one_way_sentences;
        corpus.two_way_sentences += t.two_way_sentences;
        corpus.neither_sentences += t.neither_sentences;
        corpus.mobilisation_sentences += t.mobilisation_sentences;
    }
    let all: Vec<&SentenceStrategy> = documents.iter().flat_map(|d| &d.sentences).collect();
    let relevant = documents.iter().any(|d| d.relevance.relevant);
    finish_totals(&mut corpus, ModeMass::of(all).mode(relevant));
    let mut ranking: Vec<usize> = (0..documents.len()).collect();
    ranking.sort_by(|&a, &b| {
        documents[a]
            .totals
            .balance
            .total_cmp(&documents[b].totals.balance)
    });
    StrategyReport {
        documents,
        corpus,
        ranking,
    }
}

fn score_document(
    file: &str,
    text: &str,
    matcher: &Matcher<'_>,
    options: &StrategyOptions,
) -> DocumentStrategy {
    let (mut sentences, gate) = score_text(text, matcher, options);
    let calibration = options.calibration();
    for sentence in &mut sentences {
        if gate.closes(sentence.start) {
            withhold_label(sentence);
        }
        sentence.probability = calibration.sentence_probability(sentence);
    }
    if let Some(model) = &options.model {
        model.relabel(&mut sentences, matcher);
    }
    let mass = ModeMass::of(&sentences);
    let relevant = gate.relevance.relevant;
    let mut totals = Totals::default();
    for scored in &sentences {
        totals.one_way += scored.one_way;
        totals.two_way += scored.two_way;
        totals.mobilisation += scored.mobilisation_score;
        totals.sentence_count += 1;
        match scored.label {
            "one-way" => totals.one_way_sentences += 1,
            "two-way" => totals.two_way_sentences += 1,
            _ => totals.neither_sentences += 1,
        }
        totals.mobilisation_sentences += usize::from(scored.mobilisation);
    }
    finish_totals(&mut totals, mass.mode(relevant));
    DocumentStrategy {
        file: file.to_owned(),
        totals,
        probability: calibration.document_probability(&mass, relevant),
        relevance: gate.relevance,
        sentences,
    }
}

/// The gate closed over the sentence: it keeps its evidence for the reader,
/// none of it counted, and gets no label.
fn withhold_label(sentence: &mut SentenceStrategy) {
    for e in &mut sentence.evidence {
        e.counted = false;
    }
    sentence.one_way = 0.0;
    sentence.two_way = 0.0;
    sentence.mobilisation_score = 0.0;
    sentence.mobilisation = false;
    sentence.label = "neither";
    sentence.basis = "gate";
}

/// Texts are scored in pieces of about this many bytes, cut after blank
/// lines: the sentence splitter's buffers stay small and warm in the cache.
pub const PIECE_BYTES: usize = 64 * 1024;

/// The scored sentences of a text and its relevance gate. The text is cut
/// after blank lines (where a sentence always ends, and a reply's
/// paragraph too) into pieces of about [`PIECE_BYTES`]; natively the
/// pieces are shared among as many threads as there are cores. Offsets are
/// moved back into the whole text, so the result is the same as scoring it
/// in one go; the gate then reads the pieces' tokens in order.
fn score_text(
    text: &str,
    matcher: &Matcher<'_>,
    options: &StrategyOptions,
) -> (Vec<SentenceStrategy>, relevance::Gate) {
    let pieces = pieces_at_blank_lines(text, PIECE_BYTES);
    // Two lines or more that are not blank (a heading needs another line).
    let other_lines = text.trim().contains('\n');
    let chrome_of = |piece: &str| match options.keep_chrome {
        true => Vec::new(),
        false => chrome_spans(piece),
    };
    // Each run of pieces keeps one vocabulary: a word is stemmed once a run.
    let score_run = |run: &[(usize, usize)]| -> (Vocabulary, Vec<ScoredPiece>) {
        let mut vocabulary = Vocabulary::default();
        let scored = run
            .iter()
            .map(|&(start, end)| {
                let piece = &text[start..end];
                score_piece(
                    piece,
                    &chrome_of(piece),
                    matcher,
                    &mut vocabulary,
                    other_lines,
                )
            })
            .collect();
        (vocabulary, scored)
    };
    #[cfg(not(target_arch = "wasm32"))]
    let runs: Vec<(Vocabulary, Vec<ScoredPiece>)> = match pieces.len() {
        0 | 1 => vec![score_run(&pieces)],
        _ => {
            let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(8));
            let per_thread = pieces.len().div_ceil(threads.max(1));
            std::thread::scope(|scope| {
                let handles: Vec<_> = pieces
                    .chunks(per_thread)
                    .map(|run| scope.spawn(move || score_run(run)))
                    .collect();
                handles
                    .into_iter()
                    .map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
                    .collect()
            })
        }
    };
    #[cfg(target_arch = "wasm32")]
    let runs = vec![score_run(&pieces)];
    let mut out = Vec::new();
    let mut gate = relevance::GateReader::new(text);
    let mut utf16_base = 0;
    let mut counted_to = 0;
    let mut starts = pieces.iter().map(|&(start, _)| start);
    for (vocabulary, run) in runs {
        // The run first: zip asks it before taking a start.
        for (mut part, start) in run.into_iter().zip(starts.by_ref()) {
            utf16_base += text[counted_to..start].encode_utf16().count();
            counted_to = start;
            for t in &part.tokens {
                let id = t.id as usize;
                gate.read(relevance::GateToken {
                    term: &vocabulary.terms[id],
                    kind: t.kind,
                    bytes: (t.bytes.0 + start, t.bytes.1 + start),
                    utf16: (t.utf16.0 + utf16_base, t.utf16.1 + utf16_base),
                    word: vocabulary.gate_words[id],
                });
            }
            for sentence in &mut part.sentences {
                shift(sentence, start, utf16_base);
            }
            out.append(&mut part.sentences);
        }
    }
    let gate = gate.finish(out.len());
    (out, gate)
}

/// A piece's scored sentences and every token of it, page chrome included,
/// for the relevance gate.
struct ScoredPiece {
    sentences: Vec<SentenceStrategy>,
    tokens: Vec<RawTok>,
}

/// Cuts `text` into pieces of about `size` bytes, each ending after a blank
/// line (the last one at the end of the text).
pub fn pieces_at_blank_lines(text: &str, size: usize) -> Vec<(usize, usize)> {
    let mut pieces = Vec::with_capacity(text.len() / size.max(1) + 1);
    let mut start = 0;
    while start < text.len() {
        let target = start + size;
        let cut = text
            .get(target..)
            .and_then(|rest| rest.find("\n\n"))
            .map_or(text.len(), |at| target + at + 2);
        pieces.push((start, cut));
        start = cut;
    }
    pieces
}

fn shift(sentence: &mut SentenceStrategy, bytes: usize, utf16: usize) {
    sentence.start += bytes;
    sentence.end += bytes;
    sentence.start_utf16 += utf16;
    sentence.end_utf16 += utf16;
    for e in &mut sentence.evidence {
        e.start += bytes;
        e.end += bytes;
        e.start_utf16 += utf16;
        e.end_utf16 += utf16;
    }
}

/// Scores the sentences of `text` (a piece cut at a blank line, so its
/// lines are whole); `chrome` is its page chrome, passed over.
fn score_piece(
    text: &str,
    chrome: &[Chrome],
    matcher: &Matcher<'_>,
    vocabulary: &mut Vocabulary,
    other_lines: bool,
) -> ScoredPiece {
    let mut raw = Vec::new();
    let mut in_chrome = ChromeCursor::new(chrome);
    for_each_token(text, |t| {
        raw.push(RawTok {
            id: vocabulary.intern(t.term, matcher),
            in_chrome: in_chrome.covering(t.bytes.0).is_some(),
            kind: t.kind,
            bytes: t.bytes,
            utf16: t.utf16,
        });
    });
    let vocabulary = &*vocabulary;
    let is_root = |word: &str| matcher.is_root(word);
    let mut out = Vec::new();
    let mut next = 0;
    let mut toks: Vec<Tok<'_>> = Vec::new();
    // Inside a paragraph that began as a reply.
    let mut in_reply = false;
    let mut previous_end = 0;
    let mut sentence_chrome = ChromeCursor::new(chrome);
    let sentences = sentences(text);
    for (i, sentence) in sentences.iter().enumerate() {
        let before = &text[previous_end..sentence.start];
        if before.contains('\n') {
            in_reply = false;
        }
        let next_start = sentences.get(i + 1).map_or(text.len(), |s| s.start);
        let place = LinePlace::between(before, &text[sentence.end..next_start], other_lines);
        previous_end = sentence.end;
        while next < raw.len() && raw[next].bytes.0 < sentence.start {
            next += 1;
        }
        toks.clear();
        while next < raw.len() && raw[next].bytes.1 <= sentence.end {
            let r = &raw[next];
            next += 1;
            if r.in_chrome {
                continue;
            }
            toks.push(Tok {
                term: &vocabulary.terms[r.id as usize],
                form: &vocabulary.forms[r.id as usize],
                stem: &vocabulary.stems[r.id as usize],
                kind: r.kind,
                bytes: r.bytes,
                utf16: r.utf16,
                may_head: vocabulary.may_head[r.id as usize],
            });
        }
        let matches = matcher.find(text, &toks);
        let mut judged = judge(text, &toks, &matches, matcher.lexicon, &is_root);
        if is_heading(text, &toks, (sentence.start, sentence.end), place) {
            heading(&mut judged);
        } else if judged.iter().any(|j| j.rule == Rule::Reply) {
            in_reply = true;
        } else if in_reply && !toks.is_empty() {
            judged.push(Judged {
                first: 0,
                last: 0,
                side: Side::TwoWay,
                weight: REPLY_THREAD_WEIGHT,
                counted: true,
                rule: Rule::ReplyThread,
                entry: None,
            });
        }
        let mut scored = score_sentence(
            text,
            &toks,
            &judged,
            matcher.lexicon,
            (sentence.start, sentence.end),
            (sentence.start_utf16, sentence.end_utf16),
        );
        scored.chrome = sentence_chrome
            .covering(sentence.start)
            .filter(|c| c.end >= sentence.end)
            .map(|c| c.kind.name());
        if scored.chrome.is_some() {
            scored.basis = "chrome";
        }
        out.push(scored);
    }
    ScoredPiece {
        sentences: out,
        tokens: raw,
    }
}

fn score_sentence(
    text: &str,
    toks: &[Tok<'_>],
    judged: &[Judged],
    lexicon: &Lexicon,
    bytes: (usize, usize),
    utf16: (usize, usize),
) -> SentenceStrategy {
    let (mut one, mut two, mut mobilisation) = (0.0, 0.0, 0.0);
    let mut evidence = Vec::with_capacity(judged.len());
    for j in judged {
        if j.counted {
            match j.side {
                Side::OneWay => one += j.weight,
                Side::TwoWay => two += j.weight,
                Side::Mobilisation => mobilisation += j.weight,
            }
        }
        let (first, last) = (&toks[j.first], &toks[j.last]);
        let entry = j.entry.map(|e| &lexicon.entries[e as usize]);
        evidence.push(Evidence {
            start: first.bytes.0,
            end: last.bytes.1,
            start_utf16: first.utf16.0,
            end_utf16: last.utf16.1,
            text: text[first.bytes.0..last.bytes.1].to_owned(),
            words: toks[j.first..=j.last]
                .iter()
                .map(|t| t.term.to_owned())
                .collect(),
            side: j.side.name(),
            weight: j.weight,
            counted: j.counted,
            rule: j.rule.name(),
            pattern: entry.map(|e| e.pattern.clone()),
            category: entry.map(|e| e.category.clone()),
        });
    }
    evidence.sort_by_key(|e| e.start);
    if two == 0.0 {
        one += MOBILISATION_SHARE * mobilisation;
    }
    let label = match (one.max(two) >= MIN_SENTENCE_SCORE, one.total_cmp(&two)) {
        (true, std::cmp::Ordering::Greater) => "one-way",
        (true, std::cmp::Ordering::Less) => "two-way",
        _ => "neither",
    };
    let basis = match evidence.is_empty() {
        true => "no-cue",
        false => "cue",
    };
    SentenceStrategy {
        start: bytes.0,
        end: bytes.1,
        start_utf16: utf16.0,
        end_utf16: utf16.1,
        text: text[bytes.0..bytes.1].to_owned(),
        label,
        mobilisation: mobilisation > 0.0,
        normative: is_normative(toks),
        foil: is_foil(judged),
        one_way: one,
        two_way: two,
        mobilisation_score: mobilisation,
        basis,
        // Set once the document is read (the gate and calibration).
        probability: 0.0,
        evidence,
        chrome: None,
    }
}

fn finish_totals(t: &mut Totals, mode: &'static str) {
    let total = t.one_way + t.two_way;
    t.balance = match total > 0.0 {
        true => (t.two_way - t.one_way) / total,
        false => 0.0,
    };
    t.label = mode;
    let n = t.sentence_count.max(1) as f64;
    t.one_way_share = t.one_way_sentences as f64 / n;
    t.two_way_share = t.two_way_sentences as f64 / n;
    t.neither_share = t.neither_sentences as f64 / n;
}

/// The rule names, for documentation and the widget's legend.
pub const RULE_NAMES: [&str; 22] = [
    "lexicon",
    "lexicon-stem",
    "lexicon-reordered",
    "negation",
    "hedge",
    "contrast",
    "contrast-denied",
    "change",
    "change-past",
    "no-longer",
    "audience-rejection",
    "audience-question",
    "rhetorical-question",
    "attribution",
    "reply",
    "reply-thread",
    "mention",
    "venue-without-exchange",
    "direction-recipient",
    "direction-source",
    "direction-reciprocal",
    "heading",
];

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn pieces_on_threads_give_the_same_result() {
        let paragraph = "Dialog Bersama Warga\nKami membalas komentar warga. Baliho dipasang 😀 di jalan.\n@ani Terima kasih. Kami catat.\n\n";
        let text = paragraph.repeat(4 * PIECE_BYTES / paragraph.len() + 50);
        let lexicon = Lexicon::default_lexicon();
        let matcher = Matcher::new(&lexicon);
        let whole = score_piece(
            &text,
            &chrome_spans(&text),
            &matcher,
            &mut Vocabulary::default(),
            true,
        )
        .sentences;
        let (threaded, gate) = score_text(&text, &matcher, &StrategyOptions::default());
        assert_eq!(whole.len(), threaded.len());
        for (a, b) in whole.iter().zip(&threaded) {
            assert_eq!(
                (a.start, a.end, a.start_utf16, a.end_utf16, a.label),
                (b.start, b.end, b.start_utf16, b.end_utf16, b.label)
            );
            assert_eq!(a.evidence.len(), b.evidence.len());
            for (x, y) in a.evidence.iter().zip(&b.evidence) {
                assert_eq!(
                    (x.start, x.end_utf16, x.rule),
                    (y.start, y.end_utf16, y.rule)
                );
            }
        }
        // The gate read from the pieces' tokens is the gate that tokenizes
        // the whole text itself.
        let is_root = |word: &str| matcher.is_root(word);
        let alone = relevance::judge(&text, whole.len(), &|term| {
            crate::strategy::rules::addresses_the_reader(term, &is_root)
        });
        assert_eq!(
            serde_json::to_string(&gate.relevance).unwrap(),
            serde_json::to_string(&alone.relevance).unwrap()
        );
        assert_eq!(gate.gated, alone.gated);
    }

    #[test]
    fn pieces_end_after_blank_lines_and_cover_the_text() {
        let text = "a\n\nb\n\nc\n\nd";
        let pieces = pieces_at_blank_lines(text, 1);
        assert_eq!(pieces.len(), 4);
        assert_eq!(pieces.first().unwrap().0, 0);
        assert_eq!(pieces.last().unwrap().1, text.len());
        for pair in pieces.windows(2) {
            assert_eq!(pair[0].1, pair[1].0);
            assert!(text[..pair[0].1].ends_with("\n\n"));
        }
    }

    #[test]
    fn lexicon_words_unknown_to_the_stemmer_get_their_forms() {
        let lexicon =
            Lexicon::from_json(r#"{"entries": [{"phrase": "baliho", "side": "one-way"}]}"#)
                .unwrap();
        let documents = [Document {
            title: "t".into(),
            text: "Balihonya ada di mana-mana.".into(),
        }];
        let report = analyze_strategy(&documents, &lexicon, &StrategyOptions::default());
        assert_eq!(report.documents[0].sentences[0].label, "one-way");
        assert_eq!(
            report.documents[0].sentences[0].evidence[0].rule,
            "lexicon-stem"
        );
    }

    #[test]
    fn rule_names_are_listed() {
        assert_eq!(RULE_NAMES.len(), 22);
    }
}
