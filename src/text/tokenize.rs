//! The tokenizer: words, numbers, hashtags, mentions, URLs, emails and emoji,
//! read from the normalized character stream.
//!
//! Every token carries its byte and UTF-16 span in the *original* text, its
//! kind, and its term: the lowercased normalized form that counts and clouds
//! are built on. Beyond splitting at spaces and punctuation it keeps together
//! what belongs together in Indonesian writing and repairs what real texts
//! broke:
//! - hyphenated words and reduplication (`masing-masing`, `beramai-ramai`);
//! - numbers with separators (`1.000.000`, `3,5`), names with apostrophes
//!   (`Ma'ruf`), dotted abbreviations (`Ir.`, `dkk.`, `S.H.`, `et al.`) and
//!   initials joined to a name (`T.Purnama`);
//! - words run together when a space was lost (`AwalTahun`,
//!   `ProsesPenggunaan`, `2017penggunaan`) are split, but only when every
//!   part is a known word, so `YouTube` or `4G` stay whole.

use super::abbreviations::is_word_abbreviation;
use super::emoji::{continues_emoji, is_pictographic, is_regional_indicator};
use super::lexicon;
use super::normalize::{NormalizedChars, SourceChar};
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TokenKind {
    Word,
    /// A word written with its full stop: `dkk.`, `Ir.`, `S.H.`, `et al.`.
    Abbreviation,
    Number,
    Hashtag,
    Mention,
    Url,
    Email,
    Emoji,
}

impl TokenKind {
    /// The kind as JSON and the CLI spell it.
    pub fn name(self) -> &'static str {
        match self {
            TokenKind::Word => "word",
            TokenKind::Abbreviation => "abbreviation",
            TokenKind::Number => "number",
            TokenKind::Hashtag => "hashtag",
            TokenKind::Mention => "mention",
            TokenKind::Url => "url",
            TokenKind::Email => "email",
            TokenKind::Emoji => "emoji",
        }
    }
}

/// A token borrowed from the tokenizer's buffer, for callers that only look.
#[derive(Debug, Clone, Copy)]
pub struct TokenRef<'a> {
    pub term: &'a str,
    pub kind: TokenKind,
    pub bytes: (usize, usize),
    pub utf16: (usize, usize),
}

/// An owned token.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Token {
    pub term: String,
    pub kind: TokenKind,
    /// Byte offsets `[start, end)` into the original text.
    pub start: usize,
    pub end: usize,
    /// UTF-16 offsets `[start, end)` into the original text.
    pub start_utf16: usize,
    pub end_utf16: usize,
}

impl Token {
    fn of(token: TokenRef<'_>) -> Self {
        Token {
            term: token.term.to_owned(),
            kind: token.kind,
            start: token.bytes.0,
            end: token.bytes.1,
            start_utf16: token.utf16.0,
            end_utf16: token.utf16.1,
        }
    }
}

/// Lowercasing lives in the leaf module [`super::case`]; named here too
/// for the callers that take it with the tokenizer.
pub use super::case::lowercase;

/// All tokens of `text`.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    for_each_token(text, |token| tokens.push(Token::of(token)));
    tokens
}

/// Calls `visit` for each token of `text`, judging run-together words with
/// the built-in lexicon.
pub fn for_each_token(text: &str, visit: impl FnMut(TokenRef<'_>)) {
    for_each_token_with(text, &lexicon::is_known_word, visit);
}

/// Calls `visit` for each token of `text`; `is_word` tells whether a
/// lowercase string is a word, for splitting words that lost their space.
/// Terms live in reused buffers: no allocation per token.
pub fn for_each_token_with(
    text: &str,
    is_word: &dyn Fn(&str) -> bool,
    mut visit: impl FnMut(TokenRef<'_>),
) {
    run_tokenizer(text, is_word, &mut visit, true);
}

/// The tokenizer behind a `dyn` visitor: one copy of it in the wasm binary
/// instead of one per caller (the call per token costs nothing measurable).
fn run_tokenizer(
    text: &str,
    is_word: &dyn Fn(&str) -> bool,
    visit: &mut dyn FnMut(TokenRef<'_>),
    fast_path: bool,
) {
    let mut tokenizer = Tokenizer {
        scratch: String::new(),
        text,
        run: Vec::new(),
        in_run: false,
        streaming: false,
        words: WordSplitter::new(is_word),
        out: Emitter {
            visit,
            held: None,
            term: String::new(),
        },
    };
    let mut chars = NormalizedChars::new(text);
    loop {
        // Between runs, spaces and plain ASCII words are read straight from
        // the bytes: the same tokens as the character path, many times faster.
        if !tokenizer.in_run && fast_path {
            let (byte, utf16) = chars.position();
            let rest = &text.as_bytes()[byte..];
            let spaces = rest.iter().take_while(|&&b| is_ascii_space(b)).count();
            let run = PlainRun::at(&rest[spaces..]);
            let skipped = spaces + run.as_ref().map_or(0, |run| run.len);
            if let Some(run) = run {
                tokenizer.plain_run(&run, byte + spaces, utf16 + spaces);
            }
            chars.skip_ascii(skipped);
            if skipped > 0 {
                continue;
            }
        }
        let Some(c) = chars.next() else { break };
        tokenizer.push(c);
    }
    tokenizer.end_run();
    tokenizer.out.flush();
}

/// A run of ASCII up to the next space (or the end) that holds one plain
/// token: letters without a lost space (`kampanye`, `Media`, `KPU`) or
/// digits, between simple punctuation (`("Media",`). Anything that could
/// join, split, abbreviate or be a URL, mention or hashtag is left to the
/// character path: hyphens, apostrophes, `@ # /`, non-ASCII, letters after
/// digits or a capital after a small letter, and a stop after an
/// abbreviation or an initial.
struct PlainRun {
    /// The token's bytes within the run.
    word: std::ops::Range<usize>,
    /// Bytes of the whole run.
    len: usize,
    kind: TokenKind,
    has_capital: bool,
}

/// Byte classes of the plain-run scanner, one table lookup a byte.
const SMALL: u8 = 1;
const CAPITAL: u8 = 2;
const DIGIT: u8 = 4;
const SPACE: u8 = 8;
/// Punctuation that may close a plain run: `. , ; : ! ? ) " ]`.
const CLOSING: u8 = 16;
const BYTE_CLASS: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        table[b] = if byte.is_ascii_lowercase() {
            SMALL
        } else if byte.is_ascii_uppercase() {
            CAPITAL
        } else if byte.is_ascii_digit() {
            DIGIT
        } else if matches!(byte, b' ' | b'\t' | b'\n' | b'\r') {
            SPACE
        } else if matches!(
            byte,
            b'.' | b',' | b';' | b':' | b'!' | b'?' | b')' | b'"' | b']'
        ) {
            CLOSING
        } else {
            0
        };
        b += 1;
    }
    table
};

fn is_ascii_space(b: u8) -> bool {
    BYTE_CLASS[usize::from(b)] == SPACE
}

impl PlainRun {
    fn at(run: &[u8]) -> Option<PlainRun> {
        let open = run
            .iter()
            .take_while(|&&b| matches!(b, b'(' | b'"' | b'['))
            .count();
        let (mut seen, mut previous) = (0, 0);
        let mut end = open;
        for &b in &run[open..] {
            let class = BYTE_CLASS[usize::from(b)];
            if class & (SMALL | CAPITAL | DIGIT) == 0 {
                break;
            }
            // A capital right after a small letter may be a lost space.
            if class == CAPITAL && previous == SMALL {
                return None;
            }
            seen |= class;
            previous = class;
            end += 1;
        }
        let word = open..end;
        let letters = seen & (SMALL | CAPITAL) != 0;
        if word.is_empty() || (letters && seen & DIGIT != 0) {
            return None;
        }
        if run.get(end) == Some(&b'.') {
            let letters = &run[word.clone()];
            let is_initial = word.len() == 1 && seen == CAPITAL;
            let is_abbreviation = is_word_abbreviation(letters);
            if is_initial || is_abbreviation {
                return None;
            }
        }
        let mut close = end;
        for &b in &run[end..] {
            match BYTE_CLASS[usize::from(b)] {
                SPACE => break,
                CLOSING => close += 1,
                _ => return None,
            }
        }
        Some(PlainRun {
            word,
            len: close,
            kind: if letters {
                TokenKind::Word
            } else {
                TokenKind::Number
            },
            has_capital: seen & CAPITAL != 0,
        })
    }
}

/// Longest run of non-space characters examined as a whole (for URLs,
/// emails, mentions and hashtags); past it, characters stream through the
/// word splitter, so a 20 MB text without spaces needs no 20 MB buffer.
const MAX_RUN: usize = 512;
/// How far past a hyphen a reduplication running into the next word is
/// looked for.
const MAX_OVERRUN_SCAN: usize = 40;

struct Tokenizer<'t, 'w, F: FnMut(TokenRef<'_>)> {
    text: &'t str,
    /// The lowercased term of a plain run with capitals.
    scratch: String,
    run: Vec<SourceChar>,
    /// Inside a run of non-space characters.
    in_run: bool,
    /// The run goes straight to the word splitter instead of the buffer.
    streaming: bool,
    words: WordSplitter<'w>,
    out: Emitter<F>,
}

impl<F: FnMut(TokenRef<'_>)> Tokenizer<'_, '_, F> {
    /// Emits the token of a plain run starting at byte `start` (UTF-16
    /// `start_utf16`); in ASCII both advance together.
    fn plain_run(&mut self, run: &PlainRun, start: usize, start_utf16: usize) {
        let original = &self.text[start + run.word.start..start + run.word.end];
        let term = if run.has_capital {
            self.scratch.clear();
            self.scratch.push_str(original);
            self.scratch.make_ascii_lowercase();
            self.scratch.as_str()
        } else {
            original
        };
        let (from, to) = (run.word.start, run.word.end);
        self.out.token(
            term,
            run.kind,
            (start + from, start_utf16 + from),
            (start + to, start_utf16 + to),
            false,
        );
    }

    fn push(&mut self, c: SourceChar) {
        if c.ch.is_whitespace() {
            self.end_run();
            return;
        }
        if !self.in_run {
            self.in_run = true;
            // Most runs cannot hold a URL, email, mention or hashtag: they
            // skip the buffer.
            self.streaming = !may_be_special(&self.text[c.bytes.start..]);
        }
        if self.streaming {
            self.words.push(c, &mut self.out);
        } else {
            self.run.push(c);
            if self.run.len() > MAX_RUN {
                for c in self.run.drain(..) {
                    self.words.push(c, &mut self.out);
                }
                self.streaming = true;
            }
        }
    }

    fn end_run(&mut self) {
        self.in_run = false;
        if !self.streaming {
            let run = std::mem::take(&mut self.run);
            self.split_run(&run);
            self.run = run;
            self.run.clear();
        }
        self.streaming = false;
        self.words.finish(&mut self.out);
    }

    /// A run between spaces: a URL, email, mention or hashtag (without the
    /// punctuation around it) is one token; anything else goes to the word
    /// splitter.
    fn split_run(&mut self, run: &[SourceChar]) {
        let Some(first) = run.iter().position(|c| !is_edge_punctuation(c.ch)) else {
            return;
        };
        let last = run
            .iter()
            .rposition(|c| !is_edge_punctuation(c.ch) || c.ch == '/');
        let core = &run[first..=last.unwrap_or(first).max(first)];
        if let Some(url_start) = find_url_start(core) {
            for c in &run[..first + url_start] {
                self.words.push(c.clone(), &mut self.out);
            }
            self.words.finish(&mut self.out);
            self.out.special(&core[url_start..], TokenKind::Url);
            return;
        }
        if let Some(kind) = special_kind(core) {
            self.out.special(core, kind);
            return;
        }
        for c in run {
            self.words.push(c.clone(), &mut self.out);
        }
    }
}

/// Whether the run starting `rest` (up to the next ASCII space, which
/// normalization never removes, or the buffer's length) has a sign of a
/// URL, email, mention or hashtag: `@`, `#`, `://` or `www.`.
fn may_be_special(rest: &str) -> bool {
    // A run longer than the buffer streams anyway: look no further.
    let run = &rest.as_bytes()[..rest.len().min(4 * MAX_RUN)];
    let end = run
        .iter()
        .position(u8::is_ascii_whitespace)
        .unwrap_or(run.len());
    let run = &run[..end];
    run.iter().any(|&b| b == b'@' || b == b'#')
        || run.windows(3).any(|w| w == b"://")
        || run.windows(4).any(|w| w.eq_ignore_ascii_case(b"www."))
}

/// Punctuation that may wrap a URL, mention or hashtag: `(@kpu_ri),`.
fn is_edge_punctuation(ch: char) -> bool {
    !(ch.is_alphanumeric()
        || ch == '#'
        || ch == '@'
        || ch == '_'
        || is_pictographic(ch)
        || is_regional_indicator(ch))
}

fn starts_with_ignore_case(chars: &[SourceChar], prefix: &str) -> bool {
    let mut chars = chars.iter();
    prefix
        .chars()
        .all(|p| chars.next().is_some_and(|c| c.ch.to_ascii_lowercase() == p))
}

/// Where a URL starts in `core`: at its beginning or after punctuation
/// (`lihat:https://…`).
fn find_url_start(core: &[SourceChar]) -> Option<usize> {
    (0..core.len()).find(|&i| {
        let at_boundary = i == 0 || !core[i - 1].ch.is_alphanumeric();
        at_boundary
            && ["http://", "https://", "www."]
                .iter()
                .any(|p| starts_with_ignore_case(&core[i..], p) && core.len() > i + p.len())
    })
}

fn special_kind(core: &[SourceChar]) -> Option<TokenKind> {
    let first = core.first()?.ch;
    let rest = &core[1..];
    let is_handle_char = |c: &SourceChar| c.ch.is_alphanumeric() || c.ch == '_';
    let has_letter = |chars: &[SourceChar]| chars.iter().any(|c| c.ch.is_alphabetic());
    match first {
        '#' if !rest.is_empty() && rest.iter().all(is_handle_char) && has_letter(rest) => {
            Some(TokenKind::Hashtag)
        }
        '@' if !rest.is_empty()
            && rest.iter().all(|c| is_handle_char(c) || c.ch == '.')
            && has_letter(rest) =>
        {
            Some(TokenKind::Mention)
        }
        _ if is_email(core) => Some(TokenKind::Email),
        _ => None,
    }
}

/// `local@domain.tld`: a local part of letters, digits and `._%+-`, a domain
/// of dot-separated labels, the last of at least two letters.
fn is_email(core: &[SourceChar]) -> bool {
    let Some(at) = core.iter().position(|c| c.ch == '@') else {
        return false;
    };
    let local = &core[..at];
    let domain: String = core[at + 1..].iter().map(|c| c.ch).collect();
    let local_ok = !local.is_empty()
        && local
            .iter()
            .all(|c| c.ch.is_alphanumeric() || "._%+-".contains(c.ch));
    let labels: Vec<&str> = domain.split('.').collect();
    let domain_ok = labels.len() >= 2
        && labels
            .iter()
            .all(|l| !l.is_empty() && l.chars().all(|ch| ch.is_alphanumeric() || ch == '-'))
        && labels
            .last()
            .is_some_and(|tld| tld.chars().count() >= 2 && tld.chars().all(char::is_alphabetic));
    local_ok && domain_ok
}

/// What kind of word the splitter is building.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Building {
    Nothing,
    Word,
    /// Digits, perhaps with `.` or `,` between digit groups.
    Number,
    Emoji,
    /// Capital initials with their stops (`T.`, `S.H.`): a capital letter
    /// straight after continues the token (`T.Purnama`).
    Initials,
}

/// Splits runs of characters into words, numbers and emoji.
struct WordSplitter<'w> {
    is_word: &'w dyn Fn(&str) -> bool,
    building: Building,
    term: String,
    start: (usize, usize),
    end: (usize, usize),
    /// A joining character seen after the token, not yet in it: it joins
    /// only if the right kind of character follows.
    pending: Option<char>,
    /// Places in `term` where a space may have been lost: (term index, byte
    /// and UTF-16 offset in the original).
    seams: Vec<(usize, usize, usize)>,
    /// Positions of the first characters after a hyphen, as for `seams`:
    /// where a reduplication may run into the next word (`ramai-ramaiuntuk`).
    after_hyphen: Vec<(usize, usize, usize)>,
    /// Where the first hyphen of the token is in `term`.
    first_hyphen: Option<usize>,
    last_char: char,
    /// The emoji token ends with a zero-width joiner: the next pictograph joins.
    emoji_joiner: bool,
}

impl<'w> WordSplitter<'w> {
    fn new(is_word: &'w dyn Fn(&str) -> bool) -> Self {
        WordSplitter {
            is_word,
            building: Building::Nothing,
            term: String::new(),
            start: (0, 0),
            end: (0, 0),
            pending: None,
            seams: Vec::new(),
            after_hyphen: Vec::new(),
            first_hyphen: None,
            last_char: ' ',
            emoji_joiner: false,
        }
    }

    fn push<F: FnMut(TokenRef<'_>)>(&mut self, c: SourceChar, out: &mut Emitter<F>) {
        let ch = c.ch;
        // ASCII, nearly every character: no emoji or combining mark to check.
        if ch.is_ascii() {
            if ch.is_ascii_alphanumeric() {
                self.push_word_char(c, out);
            } else {
                self.push_punctuation(c, out);
            }
            return;
        }
        if self.building == Building::Emoji && continues_emoji(ch, self.emoji_joiner) {
            self.emoji_joiner = ch == '\u{200D}';
            self.extend(&c);
            return;
        }
        if is_pictographic(ch) || is_regional_indicator(ch) {
            self.finish(out);
            self.begin(&c, Building::Emoji);
            return;
        }
        if ch.is_alphanumeric() || is_combining_mark(ch) {
            self.push_word_char(c, out);
            return;
        }
        self.push_punctuation(c, out);
    }

    fn push_word_char<F: FnMut(TokenRef<'_>)>(&mut self, c: SourceChar, out: &mut Emitter<F>) {
        let ch = c.ch;
        let joins = match (self.building, self.pending) {
            (Building::Nothing | Building::Emoji, _) => false,
            (_, None) => self.building != Building::Initials || ch.is_uppercase(),
            (Building::Number, Some('.' | ',')) => ch.is_ascii_digit(),
            (_, Some('-')) => true,
            (Building::Word, Some('\'')) => ch.is_alphabetic() && self.last_char.is_alphabetic(),
            _ => false,
        };
        if !joins {
            self.finish(out);
            let kind = if ch.is_ascii_digit() {
                Building::Number
            } else {
                Building::Word
            };
            self.begin(&c, kind);
            return;
        }
        if let Some(joiner) = self.pending.take() {
            // Every hyphen variant was recorded as `-`.
            if joiner == '-' && self.first_hyphen.is_none() {
                self.first_hyphen = Some(self.term.len());
            }
            self.term.push(joiner);
        } else if self.is_seam(ch) {
            self.seams
                .push((self.term.len(), c.bytes.start, c.utf16.start));
        }
        if self.first_hyphen.is_some() && self.after_hyphen.len() < MAX_OVERRUN_SCAN {
            self.after_hyphen
                .push((self.term.len(), c.bytes.start, c.utf16.start));
        }
        if self.building == Building::Number && !ch.is_ascii_digit() {
            self.building = Building::Word;
        }
        if self.building == Building::Initials {
            self.building = Building::Word;
        }
        self.extend(&c);
    }

    /// Where a lost space may be: a capital after a small letter
    /// (`AwalTahun`), or a letter after a digit (`2017penggunaan`).
    fn is_seam(&self, ch: char) -> bool {
        (ch.is_uppercase() && self.last_char.is_lowercase())
            || (ch.is_alphabetic() && self.last_char.is_ascii_digit())
    }

    fn push_punctuation<F: FnMut(TokenRef<'_>)>(&mut self, c: SourceChar, out: &mut Emitter<F>) {
        let ch = c.ch;
        if self.pending.is_some() {
            // Two joiners in a row (`a--b`, `1..2`) join nothing.
            self.finish(out);
            return;
        }
        match (self.building, ch) {
            (
                Building::Word | Building::Number | Building::Initials,
                '-' | '\u{2010}' | '\u{2011}',
            ) => {
                self.pending = Some('-');
            }
            (Building::Number, '.' | ',') => self.pending = Some(ch),
            (Building::Word, '\'' | '’') => self.pending = Some('\''),
            (Building::Word | Building::Initials, '.') if self.is_initial() => {
                self.extend(&c);
                self.building = Building::Initials;
            }
            (Building::Word, '.') if is_word_abbreviation(self.term.as_bytes()) => {
                self.extend(&c);
                self.finish(out);
            }
            _ => self.finish(out),
        }
    }

    /// The token so far is capital initials: `t` of `T`, or `s.h` of `S.H`.
    /// Only the piece after the last stop is read, so a long run of
    /// initials stays linear: a stop inside a word joined initials before
    /// it (a number's stop is followed by digits, and a piece with a digit
    /// and a capital is two characters long).
    fn is_initial(&self) -> bool {
        let piece = match self.term.bytes().rposition(|b| b == b'.') {
            Some(stop) => &self.term[stop + 1..],
            None => &self.term,
        };
        self.last_char.is_uppercase() && piece.chars().count() == 1
    }

    fn begin(&mut self, c: &SourceChar, building: Building) {
        self.building = building;
        self.start = (c.bytes.start, c.utf16.start);
        self.emoji_joiner = false;
        self.extend(c);
    }

    fn extend(&mut self, c: &SourceChar) {
        if c.ch.is_ascii() {
            self.term.push(c.ch.to_ascii_lowercase());
        } else {
            self.term.extend(c.ch.to_lowercase());
        }
        self.end = (c.bytes.end, c.utf16.end);
        self.last_char = c.ch;
    }

    /// Emits the token being built, split where a space was lost: at its
    /// seams when every part is a word, or where a reduplication runs into
    /// the next word.
    fn finish<F: FnMut(TokenRef<'_>)>(&mut self, out: &mut Emitter<F>) {
        let building = std::mem::replace(&mut self.building, Building::Nothing);
        let dangling_hyphen = self.pending.take() == Some('-');
        self.last_char = ' ';
        if building == Building::Nothing {
            return;
        }
        let kind = match building {
            Building::Number => TokenKind::Number,
            Building::Emoji => TokenKind::Emoji,
            _ if self.term.ends_with('.') => TokenKind::Abbreviation,
            _ => TokenKind::Word,
        };
        let end = (self.term.len(), self.end.0, self.end.1);
        let cuts: Vec<(usize, usize, usize)> =
            if !self.seams.is_empty() && self.seams_are_lost_spaces() {
                self.seams.clone()
            } else {
                self.reduplication_overrun().into_iter().collect()
            };
        let mut from = (0, self.start.0, self.start.1);
        for &cut in cuts.iter().chain([&end]) {
            let part = &self.term[from.0..cut.0];
            let part_kind = if kind == TokenKind::Word && part.bytes().all(|b| b.is_ascii_digit()) {
                TokenKind::Number
            } else {
                kind
            };
            let last = cut == end;
            out.token(
                part,
                part_kind,
                (from.1, from.2),
                (cut.1, cut.2),
                last && dangling_hyphen,
            );
            from = cut;
        }
        self.seams.clear();
        self.after_hyphen.clear();
        self.first_hyphen = None;
        self.term.clear();
    }

    /// In `beramai-ramaiuntuk`, the part after the hyphen repeats the end of
    /// the part before it and then goes on with a word: cut before that word.
    fn reduplication_overrun(&self) -> Option<(usize, usize, usize)> {
        let hyphen = self.first_hyphen?;
        let (left, right_start) = (&self.term[..hyphen], hyphen + 1);
        self.after_hyphen
            .iter()
            .rev()
            .find(|&&(index, _, _)| {
                let repeated = &self.term[right_start..index];
                let rest = &self.term[index..];
                repeated.chars().count() >= 2
                    && left.ends_with(repeated)
                    && !rest.contains('-')
                    && rest.chars().count() >= 3
                    && (self.is_word)(rest)
            })
            .copied()
    }

    /// Every part between seams is a word (or, before a letter, a number).
    fn seams_are_lost_spaces(&self) -> bool {
        let mut from = 0;
        self.seams
            .iter()
            .map(|s| s.0)
            .chain([self.term.len()])
            .all(|to| {
                let part = &self.term[from..to];
                from = to;
                let is_number = part.bytes().all(|b| b.is_ascii_digit());
                is_number || (part.chars().count() >= 3 && (self.is_word)(part))
            })
    }
}

/// Hands tokens to the visitor, joining what a space separated: `et` +
/// `al.` into `et al.`, and `faktor-` + `faktor` into `faktor-faktor`.
struct Emitter<F: FnMut(TokenRef<'_>)> {
    visit: F,
    /// A token held back until the next one shows whether they join.
    held: Option<Token>,
    term: String,
}

impl<F: FnMut(TokenRef<'_>)> Emitter<F> {
    /// `start` and `end` are (byte, UTF-16) positions in the original;
    /// `dangling_hyphen`: the token was followed by a hyphen and a space.
    fn token(
        &mut self,
        term: &str,
        kind: TokenKind,
        start: (usize, usize),
        end: (usize, usize),
        dangling_hyphen: bool,
    ) {
        if let Some(held) = self.held.take() {
            let joined = if held.term == "et" && term == "al." {
                Some(" ")
            } else if held.term.ends_with('-') && held.term[..held.term.len() - 1] == *term {
                Some("")
            } else {
                None
            };
            if let Some(separator) = joined {
                self.term.clear();
                self.term.push_str(&held.term);
                self.term.push_str(separator);
                self.term.push_str(term);
                (self.visit)(TokenRef {
                    term: &self.term,
                    kind: if separator == " " {
                        TokenKind::Abbreviation
                    } else {
                        TokenKind::Word
                    },
                    bytes: (held.start, end.0),
                    utf16: (held.start_utf16, end.1),
                });
                return;
            }
            self.visit_owned(&held, held.term.trim_end_matches('-'));
        }
        let token = TokenRef {
            term,
            kind,
            bytes: (start.0, end.0),
            utf16: (start.1, end.1),
        };
        if term == "et" || (dangling_hyphen && kind == TokenKind::Word) {
            let mut held = Token::of(token);
            if dangling_hyphen {
                held.term.push('-');
            }
            self.held = Some(held);
            return;
        }
        (self.visit)(token);
    }

    /// A whole run as one token of `kind`; its term is the lowercased text.
    fn special(&mut self, chars: &[SourceChar], kind: TokenKind) {
        let (Some(first), Some(last)) = (chars.first(), chars.last()) else {
            return;
        };
        let term: String = chars.iter().flat_map(|c| c.ch.to_lowercase()).collect();
        self.token(
            &term,
            kind,
            (first.bytes.start, first.utf16.start),
            (last.bytes.end, last.utf16.end),
            false,
        );
    }

    fn visit_owned(&mut self, token: &Token, term: &str) {
        (self.visit)(TokenRef {
            term,
            kind: token.kind,
            bytes: (token.start, token.end),
            utf16: (token.start_utf16, token.end_utf16),
        });
    }

    fn flush(&mut self) {
        if let Some(held) = self.held.take() {
            self.visit_owned(&held, held.term.trim_end_matches('-'));
        }
    }
}

/// Combining marks that belong to the letter before them (Devanagari vowel
/// signs, Arabic harakat, combining accents) without being alphabetic.
fn is_combining_mark(ch: char) -> bool {
    matches!(ch,
        '\u{0300}'..='\u{036F}'
        | '\u{0483}'..='\u{0489}'
        | '\u{0591}'..='\u{05BD}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0900}'..='\u{0903}'
        | '\u{093A}'..='\u{094F}'
        | '\u{0E31}' | '\u{0E34}'..='\u{0E3A}' | '\u{0E47}'..='\u{0E4E}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{20D0}'..='\u{20FF}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A fixed lexicon, so these cases do not move when the built-in one does.
    fn test_lexicon(word: &str) -> bool {
        [
            "awal",
            "tahun",
            "proses",
            "penggunaan",
            "untuk",
            "ramai",
            "media",
            "sosial",
            "kampanye",
            "politik",
            "data",
        ]
        .contains(&word)
    }

    fn tokens_of(text: &str) -> Vec<Token> {
        let mut tokens = Vec::new();
        for_each_token_with(text, &test_lexicon, |t| tokens.push(Token::of(t)));
        tokens
    }

    fn terms(text: &str) -> Vec<String> {
        tokens_of(text).into_iter().map(|t| t.term).collect()
    }

    /// Table-driven: each row is (text, expected terms).
    macro_rules! test_tokenize {
        ($($name:ident: $input:expr => [$($term:expr),* $(,)?];)*) => {$(
            #[test]
            fn $name() {
                let expected: Vec<&str> = vec![$($term),*];
                assert_eq!(terms($input), expected, "text: {:?}", $input);
            }
        )*};
    }

    test_tokenize! {
        // Words and case
        words_are_lowercased: "Media Sosial" => ["media", "sosial"];
        punctuation_splits: "politik,kampanye;pemilu" => ["politik", "kampanye", "pemilu"];
        sentence_stop_splits: "kampanye. Pemilu" => ["kampanye", "pemilu"];
        lost_space_after_stop: "Omong Kosong.Dalam Tulisan" => ["omong", "kosong", "dalam", "tulisan"];
        question_mark_joined: "Menarik Bukan?Bahwa" => ["menarik", "bukan", "bahwa"];
        parentheses: "(McNair, 2017)" => ["mcnair", "2017"];
        quotes_around: "“satu arah”" => ["satu", "arah"];
        // Hyphens and reduplication
        reduplication_kept_whole: "Oleh Masing-masing Tim" => ["oleh", "masing-masing", "tim"];
        reduplication_with_affix: "beramai-ramai datang" => ["beramai-ramai", "datang"];
        plural_reduplication: "partai-partai politik" => ["partai-partai", "politik"];
        rhyming_reduplication: "bolak-balik" => ["bolak-balik"];
        compound_with_hyphen: "Post-Truth Politik" => ["post-truth", "politik"];
        non_breaking_hyphen_spelled_plainly: "masing\u{2011}masing" => ["masing-masing"];
        dangling_hyphen_dropped: "satu- dua -tiga" => ["satu", "dua", "tiga"];
        double_hyphen_splits: "a--b" => ["a", "b"];
        reduplication_broken_by_space: "faktor- faktor tersebut" => ["faktor-faktor", "tersebut"];
        reduplication_run_into_next_word: "beramai-ramaiuntuk membuat" => ["beramai-ramai", "untuk", "membuat"];
        reduplication_not_run_into_non_word: "kupu-kupuxyz" => ["kupu-kupuxyz"];
        // Numbers
        plain_numbers: "Tahun 2012 Nomor 1" => ["tahun", "2012", "nomor", "1"];
        thousands_separators: "1.000.000 pemilih" => ["1.000.000", "pemilih"];
        decimal_comma: "naik 3,5 persen" => ["naik", "3,5", "persen"];
        number_at_sentence_end: "tahun 2016." => ["tahun", "2016"];
        ordinal_letters: "ke-2 dan 4G" => ["ke-2", "dan", "4g"];
        // Run-together words
        camel_case_words_split: "Pada AwalTahun 2012" => ["pada", "awal", "tahun", "2012"];
        camel_case_long_words_split: "ProsesPenggunaan media" => ["proses", "penggunaan", "media"];
        digits_then_word_split: "2017penggunaan media" => ["2017", "penggunaan", "media"];
        brand_camel_case_kept: "YouTube dan TikTok" => ["youtube", "dan", "tiktok"];
        name_camel_case_kept: "McNair" => ["mcnair"];
        digit_letter_code_kept: "covid19 dan 5G" => ["covid19", "dan", "5g"];
        three_run_together: "MediaSosialKampanye" => ["media", "sosial", "kampanye"];
        one_unknown_part_keeps_all: "MediaSosialXyzzy" => ["mediasosialxyzzy"];
        // Abbreviations and initials
        title_abbreviation_kept: "oleh Ir. Joko" => ["oleh", "ir.", "joko"];
        title_joined_to_name: "Oleh Ir.Joko widodo" => ["oleh", "ir.", "joko", "widodo"];
        initial_joined_to_name: "Basuki T.Purnama Melawan" => ["basuki", "t.purnama", "melawan"];
        initial_with_space: "Basuki T. Purnama" => ["basuki", "t.", "purnama"];
        dkk_kept: "Hasan dkk. (2020)" => ["hasan", "dkk.", "2020"];
        dll_kept: "baliho, iklan, dll. Namun" => ["baliho", "iklan", "dll.", "namun"];
        degree_letters: "Budi, S.H. menulis" => ["budi", "s.h.", "menulis"];
        et_al_is_one_token: "Graham et al. (2013)" => ["graham", "et al.", "2013"];
        et_alone_stays: "et cetera" => ["et", "cetera"];
        acronym_then_stop: "di DKI. Jakarta" => ["di", "dki", "jakarta"];
        // Apostrophes
        indonesian_name_apostrophe: "Ma'ruf Amin" => ["ma'ruf", "amin"];
        typographic_apostrophe: "Jum’at" => ["jum'at"];
        english_possessive: "Jokowi's campaign" => ["jokowi's", "campaign"];
        // Social media
        hashtag: "Ayo #Pemilu2024!" => ["ayo", "#pemilu2024"];
        hashtag_with_underscore: "#satu_arah" => ["#satu_arah"];
        hash_alone_is_nothing: "nomor # 5" => ["nomor", "5"];
        number_sign_before_digits: "#1 pilihan" => ["1", "pilihan"];
        mention: "Terima kasih @kpu_ri." => ["terima", "kasih", "@kpu_ri"];
        mention_in_parentheses: "(@Jokowi)," => ["@jokowi"];
        email: "kirim ke info@kpu.go.id sekarang" => ["kirim", "ke", "info@kpu.go.id", "sekarang"];
        not_an_email: "nama@domain" => ["nama", "domain"];
        url_with_scheme: "lihat https://kpu.go.id/pemilu?x=1." => ["lihat", "https://kpu.go.id/pemilu?x=1"];
        url_with_www: "di www.kpu.go.id," => ["di", "www.kpu.go.id"];
        url_after_colon: "sumber:https://a.id/b" => ["sumber", "https://a.id/b"];
        url_in_parentheses: "(https://a.id/b)" => ["https://a.id/b"];
        // Emoji
        single_emoji: "mantap 👍 sekali" => ["mantap", "👍", "sekali"];
        emoji_glued_to_word: "hebat🔥🔥" => ["hebat", "🔥", "🔥"];
        emoji_skin_tone: "👍🏽" => ["👍🏽"];
        emoji_zwj_family: "👨\u{200D}👩\u{200D}👧" => ["👨\u{200D}👩\u{200D}👧"];
        flag_is_one_emoji: "🇮🇩 merdeka" => ["🇮🇩", "merdeka"];
        // Other scripts and repairs
        other_scripts: "Ελλάδα и Москва 東京" => ["ελλάδα", "и", "москва", "東京"];
        arabic_with_harakat: "السَّلَامُ عليكم" => ["السَّلَامُ", "عليكم"];
        devanagari_with_vowel_signs: "नमस्ते दुनिया" => ["नमस्ते", "दुनिया"];
        mojibake_space_splits: "Bukan?Â Bahwa" => ["bukan", "bahwa"];
        nbsp_splits: "media\u{00A0}sosial" => ["media", "sosial"];
        zero_width_inside_word_joins: "kam\u{200B}panye" => ["kampanye"];
        html_is_just_text: "<script>alert(1)</script>" => ["script", "alert", "1", "script"];
        empty_text: "" => [];
        only_punctuation: "?!... -- ;" => [];
    }

    macro_rules! test_kinds {
        ($($name:ident: $input:expr => [$($kind:ident),* $(,)?];)*) => {$(
            #[test]
            fn $name() {
                let kinds: Vec<TokenKind> = tokens_of($input).into_iter().map(|t| t.kind).collect();
                assert_eq!(kinds, vec![$(TokenKind::$kind),*], "text: {:?}", $input);
            }
        )*};
    }

    test_kinds! {
        kinds_of_social_text: "Ayo @ani #pemilu 2024 👍 https://a.id x@y.id" =>
            [Word, Mention, Hashtag, Number, Emoji, Url, Email];
        kinds_of_numbers: "1.000 3,5 2017penggunaan 4g" => [Number, Number, Number, Word, Word];
        kinds_of_abbreviations: "Ir.Joko dkk. S.H. et al. T.Purnama" =>
            [Abbreviation, Word, Abbreviation, Abbreviation, Abbreviation, Word];
    }

    #[test]
    fn offsets_slice_the_original_text() {
        let text =
            "Â Masing\u{00AD}-masing\u{00A0}😀 kampanyeâ€™ ok AwalTahun faktor- faktor et al. 👍🏽";
        let utf16: Vec<u16> = text.encode_utf16().collect();
        for token in tokens_of(text) {
            let original = &text[token.start..token.end];
            let from_utf16 =
                String::from_utf16(&utf16[token.start_utf16..token.end_utf16]).unwrap();
            assert_eq!(from_utf16, original, "{token:?}");
            assert!(
                !original.starts_with(' ') && !original.ends_with(' '),
                "{token:?}"
            );
        }
        let spans: Vec<&str> = tokens_of(text)
            .iter()
            .map(|t| &text[t.start..t.end])
            .collect();
        assert!(
            spans.contains(&"Awal") && spans.contains(&"Tahun"),
            "{spans:?}"
        );
        assert!(
            spans.contains(&"faktor- faktor") && spans.contains(&"et al."),
            "{spans:?}"
        );
    }

    #[test]
    fn token_spans_exclude_surrounding_mojibake_and_spaces() {
        let text = "kata\u{00C2}\u{00A0}lain";
        let tokens = tokens_of(text);
        assert_eq!(&text[tokens[0].start..tokens[0].end], "kata");
        assert_eq!(&text[tokens[1].start..tokens[1].end], "lain");
    }

    fn tokens_by_path(text: &str, fast_path: bool) -> Vec<Token> {
        let mut tokens = Vec::new();
        run_tokenizer(
            text,
            &test_lexicon,
            &mut |t| tokens.push(Token::of(t)),
            fast_path,
        );
        tokens
    }

    #[test]
    fn plain_runs_read_from_bytes_give_the_character_paths_tokens() {
        let reference = [
            include_str!("../../www/corpus/000_385cd6622f47b7f1.txt"),
            include_str!("../../www/corpus/001_8466fea3bf4f444b.txt"),
            include_str!("../../www/corpus/002_92436bb8d9535eba.txt"),
        ];
        let edge_cases = [
            "et al. dan (Ir. Joko) T.Purnama, dkk. No. 5",
            "faktor- faktor \"Media\", KPU. AwalTahun 2017penggunaan",
            "  (kata)  [2019]; \"x\".\n\tA. b? c! www. www.kpu.go.id @kpu #pemilu",
            "Ma'ruf kata' kata'. 1.000 3,5 2012. e\u{0301} Â media",
        ];
        for text in reference.iter().chain(&edge_cases) {
            assert_eq!(
                tokens_by_path(text, true),
                tokens_by_path(text, false),
                "{text}"
            );
        }
    }

    // proptest is a native dev-dependency only.
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn both_paths_agree_on_ascii_soup(text in "[ a-zA-Z0-9.,;:!?()\\[\\]\"'@#/-]{0,80}") {
            proptest::prop_assert_eq!(tokens_by_path(&text, true), tokens_by_path(&text, false));
        }
    }

    #[test]
    fn a_long_run_without_spaces_streams() {
        let text = "kata,".repeat(50_000);
        let tokens = tokens_of(&text);
        assert_eq!(tokens.len(), 50_000);
        assert!(tokens.iter().all(|t| t.term == "kata"));
        let word = "a".repeat(1 << 20);
        let tokens = tokens_of(&word);
        assert_eq!(tokens.len(), 1);
        assert_eq!(tokens[0].end, word.len());
    }
}
