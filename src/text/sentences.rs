//! Sentences, with spans into the original text.
//!
//! The splitter reads [`NormalizedChars`], so NBSP, stray `Â` and zero-width
//! characters are already dealt with, yet every span points into the original
//! text (bytes for Rust, UTF-16 code units for JavaScript).
//!
//! A sentence ends:
//! - at `.`, `!`, `?` (and `؟`, `。`, `！`, `？`), together with the closing
//!   quotes and brackets right after it — also when the following space was
//!   lost (`Kosong.Dalam`, `Bukan?Bahwa`);
//! - at an ellipsis (`...`, `…`) only before a capital or a new line;
//! - at a blank line, after a heading line (`Abstrak`, `KESIMPULAN`), after a
//!   long unwrapped line without final punctuation, and before a list item;
//! - after the eighth line of a sentence without final punctuation (no
//!   wrapped sentence is that long; a list of lines is);
//! - at a line break the writer chose rather than a wrap: when the next
//!   line's first word would have fitted on this line within its
//!   paragraph's width (its longest line), the line was not full, so it is a
//!   unit of its own — a caption, byline, dateline, menu line or one-line
//!   fragment ("Satisfied 48%", "Reporter: …"). A wrapping editor or PDF
//!   breaks a line only when the next word does not fit, so wrapped lines
//!   never pass this test. In a paragraph narrower than any wrap (a list, a
//!   table of short lines), every line is a unit unless the next starts in
//!   lower case. A line that ends in a word or mark that cannot end a
//!   sentence (`di`, `dan`, `of`, a comma, a hyphen) goes on all the same.
//!
//! A full stop does not end a sentence after an abbreviation (`Ir.`, `dkk.`
//! before lower case), an initial (`T. Purnama`), a list number (`1.`), or
//! inside a number, URL or email (`3.5`, `www.kpu.go.id`, `a@b.co.id`).
//!
//! One pass over the characters with bounded look-around: linear time.

use super::abbreviations::{abbreviations, Placement, LONGEST_ENDING};
use super::emoji::{is_pictographic, is_regional_indicator};
use super::normalize::{NormalizedChars, SourceChar};
use serde::Serialize;

/// One sentence: byte and UTF-16 spans into the original text, trimmed of
/// surrounding whitespace.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub start_utf16: usize,
    pub end_utf16: usize,
}

/// Longest line, in words, that can be a heading without final punctuation.
const MAX_HEADING_WORDS: usize = 8;

/// Lines longer than this (in characters) were not hard-wrapped, so their
/// line break is a paragraph break even without final punctuation.
const MAX_WRAPPED_LINE_CHARS: usize = 100;

/// Words a heading does not end with: a short line ending in one of them is
/// the first line of a wrapped sentence (`Kampanye di\nJakarta ...`).
const NON_FINAL_WORDS: &[&str] = &[
    "di", "ke", "dari", "dan", "atau", "yang", "untuk", "dengan", "oleh", "para", "pada", "dalam",
    "bagi", "serta", "tetapi", "namun", "karena", "bahwa", "sebagai", "the", "of", "and", "or",
    "to",
];

/// Marks a line does not end a unit with: a comma, a hyphen of a broken
/// word, an opening bracket, a joining symbol.
const CONTINUING_MARKS: &[char] = &[',', ';', '-', '–', '—', '(', '[', '/', '&'];

/// Most lines a hard-wrapped sentence spans: a run of lines without final
/// punctuation longer than this is a list of lines (captions, a chat, a
/// table), each a unit, not one sentence of a whole page.
const MAX_WRAPPED_LINES: usize = 8;

/// Narrowest paragraph, in characters, that can be wrapped prose (a narrow
/// newspaper column): a block of shorter lines is a list or a table, each
/// line a unit unless the next one starts in lower case.
const MIN_WRAP_WIDTH: usize = 30;

/// Sentences of `text`, in order; spans into the original text, trimmed of
/// surrounding whitespace; never empty spans. A stretch of punctuation alone
/// (`...`, `* * *`) is no sentence.
pub fn sentences(text: &str) -> Vec<Sentence> {
    let chars = source_chars(text);
    let widths = paragraph_widths(&chars);
    let mut splitter = Splitter::new(&chars, widths);
    splitter.run();
    splitter.out
}

/// A normalized character as the splitter keeps it: a [`SourceChar`] in
/// 24 bytes rather than 40, as the splitter reads every character of a text
/// several times and a smaller array stays in the cache. One character's
/// span is a few bytes (a letter with its combining marks, a repaired
/// mojibake sequence): far below `u16::MAX`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Char {
    ch: char,
    byte: usize,
    utf16: usize,
    byte_len: u16,
    utf16_len: u16,
}

impl From<SourceChar> for Char {
    fn from(c: SourceChar) -> Char {
        Char {
            ch: c.ch,
            byte: c.bytes.start,
            utf16: c.utf16.start,
            byte_len: (c.bytes.end - c.bytes.start) as u16,
            utf16_len: (c.utf16.end - c.utf16.start) as u16,
        }
    }
}

/// The normalized characters of `text`, as [`NormalizedChars`] gives them;
/// runs of ASCII are read straight from the bytes (normalization never
/// changes ASCII), all but the last character of a run before non-ASCII,
/// which may take a combining mark.
fn source_chars(text: &str) -> Vec<Char> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(text.len());
    let mut chars = NormalizedChars::new(text);
    loop {
        let (byte, utf16) = chars.position();
        let rest = &bytes[byte..];
        let run = rest.iter().take_while(|b| b.is_ascii()).count();
        let plain = match run < rest.len() {
            true => run.saturating_sub(1),
            false => run,
        };
        out.extend(rest[..plain].iter().enumerate().map(|(k, &b)| Char {
            ch: char::from(b),
            byte: byte + k,
            utf16: utf16 + k,
            byte_len: 1,
            utf16_len: 1,
        }));
        // (Skipping nothing would forget that an emoji came last.)
        if plain > 0 {
            chars.skip_ascii(plain);
        }
        match chars.next() {
            Some(c) => out.push(Char::from(c)),
            None => return out,
        }
    }
}

/// The sentence being read.
struct Open {
    /// Index of its first character.
    start: usize,
    /// Index of the line it starts on.
    first_line: usize,
    /// It holds a letter, digit or emoji, not only punctuation.
    has_content: bool,
}

struct Splitter<'a> {
    chars: &'a [Char],
    out: Vec<Sentence>,
    open: Option<Open>,
    /// Index of the last non-whitespace character read.
    last_content: usize,
    /// Index of the first character of the current line.
    line_start: usize,
    /// Index of the first non-whitespace character of the current line.
    line_first_content: Option<usize>,
    /// Index of the first character of the current whitespace-delimited word.
    word_start: usize,
    /// The current word is a URL, email or path (`@` or `/` seen).
    word_is_link: bool,
    /// Per line, the width of its paragraph ([`paragraph_widths`]).
    widths: Vec<usize>,
    /// Index of the current line.
    line: usize,
}

impl<'a> Splitter<'a> {
    fn new(chars: &'a [Char], widths: Vec<usize>) -> Self {
        Splitter {
            chars,
            widths,
            line: 0,
            out: Vec::new(),
            open: None,
            last_content: 0,
            line_start: 0,
            line_first_content: None,
            word_start: 0,
            word_is_link: false,
        }
    }

    fn run(&mut self) {
        let chars = self.chars;
        let mut i = 0;
        while i < chars.len() {
            let ch = chars[i].ch;
            if let Some(paragraph) = line_break_at(chars, i) {
                self.line_break(i, paragraph);
                i += 1;
                continue;
            }
            if ch.is_whitespace() {
                self.word_start = i + 1;
                self.word_is_link = false;
                i += 1;
                continue;
            }
            self.read(i);
            if !is_terminal(ch) {
                i += 1;
                continue;
            }
            // The whole run of marks and closing quotes/brackets: `?!”`, `.)`.
            let mut end = i;
            while end + 1 < chars.len() && is_run_char(chars[end + 1].ch) {
                end += 1;
                self.read(end);
            }
            if self.run_ends_sentence(i, end) {
                self.close();
            }
            i = end + 1;
        }
        self.close();
    }

    /// Takes in the non-whitespace character at `i`.
    fn read(&mut self, i: usize) {
        let ch = self.chars[i].ch;
        let open = self.open.get_or_insert(Open {
            start: i,
            first_line: self.line,
            has_content: false,
        });
        open.has_content |= is_content(ch);
        self.line_first_content.get_or_insert(i);
        self.last_content = i;
        self.word_is_link |= matches!(ch, '@' | '/');
    }

    /// Ends the open sentence at the last non-whitespace character read.
    fn close(&mut self) {
        let Some(open) = self.open.take() else {
            return;
        };
        if open.has_content {
            let (first, last) = (&self.chars[open.start], &self.chars[self.last_content]);
            self.out.push(Sentence {
                start: first.byte,
                end: last.byte + usize::from(last.byte_len),
                start_utf16: first.utf16,
                end_utf16: last.utf16 + usize::from(last.utf16_len),
            });
        }
    }

    fn line_break(&mut self, i: usize, paragraph: bool) {
        self.word_start = i + 1;
        self.word_is_link = false;
        let line_start = std::mem::replace(&mut self.line_start, i + 1);
        let line_first_content = self.line_first_content.take();
        let line = self.line;
        self.line += 1;
        let Some(open) = &self.open else {
            return;
        };
        if !open.has_content {
            // A line of symbols only (`* * *`, `---`) is a separator.
            self.open = None;
            return;
        }
        let next = next_non_blank(self.chars, i + 1);
        let ends = paragraph
            || line + 1 - open.first_line >= MAX_WRAPPED_LINES
            || next.blank_line
            || next.index.is_none_or(|n| starts_list_item(self.chars, n))
            || (!next.starts_lowercase(self.chars)
                && (self.line_is_heading(open.start, line_first_content)
                    || self.line_is_unwrapped(line_start, i)))
            || (line_first_content.is_some()
                && next
                    .index
                    .is_some_and(|n| self.line_was_not_full(line, line_start, n)));
        if ends {
            self.close();
        }
    }

    /// The line holds just the open sentence, which is short, starts with a
    /// capital or digit and ends without punctuation: `Hasil dan Pembahasan`.
    /// Past three words it must also look like a title (mostly capitalized
    /// words), since a wrapped line of prose is short too.
    fn line_is_heading(&self, start: usize, line_first_content: Option<usize>) -> bool {
        if line_first_content != Some(start) {
            return false;
        }
        let line = &self.chars[start..=self.last_content];
        let first = line[0].ch;
        let last = line[line.len() - 1].ch;
        if first.is_lowercase() || !first.is_alphanumeric() {
            return false;
        }
        if !(last.is_alphanumeric() || matches!(last, ')' | ']')) {
            return false;
        }
        let (mut words, mut lowercase_words) = (0, 0);
        let mut in_word = false;
        for c in line {
            let space = c.ch.is_whitespace();
            if !space && !in_word {
                words += 1;
                lowercase_words += usize::from(c.ch.is_lowercase());
                if words > MAX_HEADING_WORDS {
                    return false;
                }
            }
            in_word = !space;
        }
        let title_like = words <= 3 || lowercase_words * 2 < words;
        title_like && !ends_with_non_final_word(line)
    }

    /// A line longer than any hard wrap that ends without final punctuation
    /// is a paragraph of its own (a caption, a list item, a careless writer).
    fn line_is_unwrapped(&self, line_start: usize, line_break: usize) -> bool {
        let last = self.chars[self.last_content].ch;
        line_break - line_start > MAX_WRAPPED_LINE_CHARS && (is_content(last) || is_closing(last))
    }

    /// The first word of the next line (at `next`) would have fitted on the
    /// line within its paragraph's width, and the line does not end in a
    /// word or mark that continues: the writer broke the line on purpose.
    fn line_was_not_full(&self, line: usize, line_start: usize, next: usize) -> bool {
        let width = self.widths.get(line).copied().unwrap_or(0);
        let length = self.last_content + 1 - line_start;
        let next_word = self.chars[next..]
            .iter()
            .take(width + 1)
            .take_while(|c| !c.ch.is_whitespace())
            .count();
        let text = &self.chars[line_start..=self.last_content];
        let narrow = width < MIN_WRAP_WIDTH && !self.chars[next].ch.is_lowercase();
        (narrow || length + 1 + next_word <= width)
            && !CONTINUING_MARKS.contains(&self.chars[self.last_content].ch)
            && !ends_with_non_final_word(text)
    }

    /// Whether the run of marks `chars[first..=last]` ends the sentence.
    fn run_ends_sentence(&self, first: usize, last: usize) -> bool {
        let chars = self.chars;
        let run = &chars[first..=last];
        let marks = || run.iter().map(|c| c.ch).filter(|&ch| is_terminal(ch));
        if marks().any(is_unspaced_terminal) {
            // Scripts written without spaces: the mark alone decides.
            return true;
        }
        let closed = run.iter().any(|c| is_closing(c.ch));
        let next = Follow::after(chars, last + 1);
        // `“Kenapa?” tanya dia.`, `(lihat Tabel 1.) dan`: quoted or bracketed
        // text, and the sentence goes on.
        let continues_quote = closed && matches!(next, Follow::Space(Start::Lower));
        if marks().any(|ch| ch != '.' && ch != '…') {
            return match next {
                Follow::End | Follow::LineBreak => true,
                Follow::Space(_) => !continues_quote,
                Follow::Attached(start) => matches!(start, Start::Upper | Start::QuotedUpper),
            };
        }
        let dots = marks().filter(|&ch| ch == '.').count();
        if dots > 1 || marks().any(|ch| ch == '…') {
            return match next {
                Follow::End | Follow::LineBreak => true,
                Follow::Space(start) => start.is_capital(),
                Follow::Attached(_) => false,
            };
        }
        // A single full stop.
        if let Follow::Attached(start) = next {
            // Lost space (`Kosong.Dalam`) only before a capitalized word;
            // `3.5`, `kpu.go.id`, `data.csv`, `ASP.NET` stay whole.
            if start != Start::Upper || self.word_is_link || !capitalized_word_at(chars, last + 1) {
                return false;
            }
        }
        match abbreviation_before(chars, first) {
            Some(Placement::Leading) => return false,
            Some(Placement::Trailing) => {
                return match next {
                    Follow::End | Follow::LineBreak | Follow::Attached(_) => true,
                    Follow::Space(start) => start.is_capital(),
                };
            }
            None => {}
        }
        if is_initial_before(chars, first) || self.is_list_marker_before(first) {
            return false;
        }
        !continues_quote
    }

    /// The sentence so far is only a list number: `1.`, `2.1.`, `IV.`, `a.`.
    fn is_list_marker_before(&self, dot: usize) -> bool {
        let Some(open) = &self.open else {
            return false;
        };
        // Markers are short; the bound also keeps long words linear.
        if open.start != self.word_start || dot <= open.start || dot - open.start > 8 {
            return false;
        }
        let marker: Vec<char> = self.chars[open.start..dot].iter().map(|c| c.ch).collect();
        let number = marker
            .split(|&ch| ch == '.')
            .all(|group| (1..=2).contains(&group.len()) && group.iter().all(char::is_ascii_digit));
        let roman = marker.len() <= 4 && marker.iter().all(|ch| matches!(ch, 'I' | 'V' | 'X'));
        let letter = marker.len() == 1 && marker[0].is_lowercase();
        number || roman || letter
    }
}

/// What comes after a run of marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Follow {
    End,
    /// Whitespace that includes a line break.
    LineBreak,
    /// Spaces, then a word that starts like this.
    Space(Start),
    /// A word right after the mark, with no space between.
    Attached(Start),
}

/// How a word starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Start {
    Lower,
    Upper,
    /// A letter of a script without case (Arabic, CJK).
    Caseless,
    /// An opening quote before a capital: `“Kami`.
    QuotedUpper,
    /// A digit, bracket or other symbol.
    Other,
}

impl Start {
    fn at(chars: &[Char], i: usize) -> Start {
        let ch = chars[i].ch;
        if ch.is_lowercase() {
            Start::Lower
        } else if ch.is_uppercase() {
            Start::Upper
        } else if ch.is_alphabetic() {
            Start::Caseless
        } else if is_opening_quote(ch) && chars.get(i + 1).is_some_and(|c| c.ch.is_uppercase()) {
            Start::QuotedUpper
        } else {
            Start::Other
        }
    }

    /// What a new sentence starts with.
    fn is_capital(self) -> bool {
        matches!(self, Start::Upper | Start::Caseless | Start::QuotedUpper)
    }
}

impl Follow {
    fn after(chars: &[Char], i: usize) -> Follow {
        let Some(c) = chars.get(i) else {
            return Follow::End;
        };
        if !c.ch.is_whitespace() {
            return Follow::Attached(Start::at(chars, i));
        }
        let mut j = i;
        while j < chars.len() && chars[j].ch.is_whitespace() {
            if line_break_at(chars, j).is_some() {
                return Follow::LineBreak;
            }
            j += 1;
        }
        if j == chars.len() {
            Follow::End
        } else {
            Follow::Space(Start::at(chars, j))
        }
    }
}

/// Where the next line's text starts, and whether a blank line comes first.
struct NextLine {
    index: Option<usize>,
    blank_line: bool,
}

impl NextLine {
    fn starts_lowercase(&self, chars: &[Char]) -> bool {
        self.index.is_some_and(|i| chars[i].ch.is_lowercase())
    }
}

/// Scans from `i` (just after a line break) to the next text; stops at a
/// second line break, so a run of blank lines is scanned once in total.
fn next_non_blank(chars: &[Char], i: usize) -> NextLine {
    let mut j = i;
    while j < chars.len() {
        if line_break_at(chars, j).is_some() {
            return NextLine {
                index: None,
                blank_line: true,
            };
        }
        if !chars[j].ch.is_whitespace() {
            return NextLine {
                index: Some(j),
                blank_line: false,
            };
        }
        j += 1;
    }
    NextLine {
        index: None,
        blank_line: false,
    }
}

/// Per line of `chars`, the width of its paragraph: the length in
/// characters of its longest line, paragraphs being separated by blank lines
/// and paragraph breaks. Two passes over the characters.
fn paragraph_widths(chars: &[Char]) -> Vec<usize> {
    let mut widths = Vec::new();
    let mut paragraph_start = 0;
    let (mut line_start, mut last_content) = (0, None);
    let mut close = |widths: &mut Vec<usize>, length: usize, ends_paragraph: bool| {
        widths.push(length);
        if ends_paragraph {
            let width = widths[paragraph_start..].iter().copied().max().unwrap_or(0);
            widths[paragraph_start..].fill(width);
            paragraph_start = widths.len();
        }
    };
    for (i, c) in chars.iter().enumerate() {
        if let Some(paragraph) = line_break_at(chars, i) {
            let length = last_content.map_or(0, |last: usize| last + 1 - line_start);
            close(&mut widths, length, paragraph || length == 0);
            (line_start, last_content) = (i + 1, None);
        } else if !c.ch.is_whitespace() {
            last_content = Some(i);
        }
    }
    let length = last_content.map_or(0, |last| last + 1 - line_start);
    close(&mut widths, length, true);
    widths
}

/// `Some(is_paragraph_break)` if a line ends at `i`. `\r\n` counts once, at
/// its `\n`; a lone `\r` (old Mac files) is a line break too.
fn line_break_at(chars: &[Char], i: usize) -> Option<bool> {
    match chars[i].ch {
        '\n' | '\u{0B}' | '\u{85}' | '\u{2028}' => Some(false),
        '\r' if chars.get(i + 1).is_none_or(|c| c.ch != '\n') => Some(false),
        '\u{0C}' | '\u{2029}' => Some(true),
        _ => None,
    }
}

/// A list item begins at `i`: `- `, `• `, `* `, `1. `, `2) `, `a) `.
fn starts_list_item(chars: &[Char], i: usize) -> bool {
    let at = |k: usize| chars.get(k).map(|c| c.ch);
    let space_at = |k: usize| at(k).is_some_and(char::is_whitespace);
    if matches!(at(i), Some('-' | '*' | '•' | '·' | '‣' | '–' | '—')) {
        return space_at(i + 1);
    }
    let digits = chars[i..]
        .iter()
        .take(3)
        .take_while(|c| c.ch.is_ascii_digit())
        .count();
    if (1..=2).contains(&digits) {
        return matches!(at(i + digits), Some('.' | ')')) && space_at(i + digits + 1);
    }
    at(i).is_some_and(|ch| ch.is_ascii_lowercase()) && at(i + 1) == Some(')') && space_at(i + 2)
}

/// The abbreviation that the full stop at `dot` closes, if any; the longest
/// match wins, so `S.H.` is a degree and not the `H.` of `H. Ahmad`.
fn abbreviation_before(chars: &[Char], dot: usize) -> Option<Placement> {
    // Every abbreviation ends in a short run of letters after a stop, a
    // space or the word's start: a longer run before the stop (most words)
    // is none of them.
    let run = chars[..dot]
        .iter()
        .rev()
        .take(LONGEST_ENDING + 1)
        .take_while(|c| c.ch.is_alphanumeric())
        .count();
    if run == 0 || run > LONGEST_ENDING {
        return None;
    }
    abbreviations()
        .filter(|(abbreviation, _)| word_before_is(chars, dot, abbreviation))
        .max_by_key(|(abbreviation, _)| abbreviation.len())
        .map(|(_, placement)| placement)
}

/// The text right before `dot` is the whole word `word` (ASCII, lower case),
/// in any case.
fn word_before_is(chars: &[Char], dot: usize, word: &[u8]) -> bool {
    let len = word.len();
    if dot < len {
        return false;
    }
    let start = dot - len;
    let same = chars[start..dot]
        .iter()
        .zip(word)
        .all(|(c, &w)| c.ch.to_ascii_lowercase() == char::from(w));
    same && (start == 0 || !chars[start - 1].ch.is_alphanumeric())
}

/// A single capital before the stop, itself not part of a word: the `T` of
/// `Basuki T. Purnama`, each letter of `K.H.` or `U.S.A.`.
fn is_initial_before(chars: &[Char], dot: usize) -> bool {
    dot >= 1
        && chars[dot - 1].ch.is_uppercase()
        && (dot == 1 || !chars[dot - 2].ch.is_alphanumeric())
}

/// A capital followed by a lower-case letter: `Dalam`, not `NET` or `A`.
fn capitalized_word_at(chars: &[Char], i: usize) -> bool {
    chars[i].ch.is_uppercase() && chars.get(i + 1).is_some_and(|c| c.ch.is_lowercase())
}

/// The last word of `line` is one that a heading does not end with.
fn ends_with_non_final_word(line: &[Char]) -> bool {
    const LONGEST: usize = 8;
    let word_len = line
        .iter()
        .rev()
        .take(LONGEST + 1)
        .take_while(|c| !c.ch.is_whitespace())
        .count();
    if word_len > LONGEST {
        return false;
    }
    let word = &line[line.len() - word_len..];
    NON_FINAL_WORDS.iter().any(|w| {
        w.len() == word.len()
            && word
                .iter()
                .zip(w.chars())
                .all(|(c, w)| c.ch.to_ascii_lowercase() == w)
    })
}

fn is_terminal(ch: char) -> bool {
    matches!(ch, '.' | '!' | '?' | '…' | '‼' | '⁇' | '⁈' | '⁉') || is_unspaced_terminal(ch)
}

/// Full stops of scripts that need no space after them.
fn is_unspaced_terminal(ch: char) -> bool {
    matches!(ch, '؟' | '。' | '！' | '？' | '｡' | '।' | '॥' | '۔')
}

fn is_closing(ch: char) -> bool {
    matches!(
        ch,
        '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '}' | '」' | '』' | '）' | '】'
    )
}

fn is_opening_quote(ch: char) -> bool {
    matches!(ch, '"' | '\'' | '“' | '‘' | '«' | '‹' | '「' | '『')
}

fn is_run_char(ch: char) -> bool {
    is_terminal(ch) || is_closing(ch)
}

/// Letters, digits and emoji make a sentence; punctuation alone does not.
/// Asked of every character: ASCII (most of them) is answered without the
/// Unicode tables, where no emoji or regional indicator lies (a test holds
/// the two answers equal).
#[inline]
fn is_content(ch: char) -> bool {
    match ch.is_ascii() {
        true => ch.is_ascii_alphanumeric(),
        false => ch.is_alphanumeric() || is_pictographic(ch) || is_regional_indicator(ch),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_content_is_what_the_unicode_tables_say() {
        for ch in (0..128u8).map(char::from) {
            let tables = ch.is_alphanumeric() || is_pictographic(ch) || is_regional_indicator(ch);
            assert_eq!(is_content(ch), tables, "{ch:?}");
        }
    }

    /// The characters read straight from ASCII runs are the ones the
    /// normalizer gives, on texts that mix ASCII with what it changes.
    #[test]
    fn ascii_runs_read_as_the_normalizer_reads_them() {
        let texts = [
            "",
            "plain ascii only.",
            "e\u{301}a\u{301}\u{300}x",
            "Halo\u{00A0}dunia Â  â€™ x\u{200B}y\u{FEFF}",
            "a😀\u{200D}😀b \u{1F1EE}\u{1F1E9} #\u{FE0F}\u{20E3}",
            "Â",
            "ends in a mark e\u{301}",
        ];
        for text in texts {
            let straight: Vec<Char> = NormalizedChars::new(text).map(Char::from).collect();
            assert_eq!(source_chars(text), straight, "{text:?}");
        }
    }

    /// The same on the strategy development texts, as the scorer reads them.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn ascii_runs_read_the_development_texts_as_the_normalizer() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let list = std::fs::read_to_string(root.join("tests/data/strategy/documents.tsv")).unwrap();
        for line in list.lines().skip(1).filter(|l| !l.is_empty()) {
            let path = line.split('\t').nth(1).unwrap();
            let text = std::fs::read_to_string(root.join(path)).unwrap();
            let straight: Vec<Char> = NormalizedChars::new(&text).map(Char::from).collect();
            assert!(source_chars(&text) == straight, "{path}");
        }
    }

    // proptest is a native dev-dependency only.
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn ascii_runs_agree_on_mixed_soup(text in "[ a-zA-Z.\n\u{301}\u{300}\u{A0}Â€™é😀\u{200D}\u{200B}]{0,60}") {
            let straight: Vec<Char> = NormalizedChars::new(&text).map(Char::from).collect();
            proptest::prop_assert_eq!(source_chars(&text), straight);
        }
    }

    fn texts(text: &str) -> Vec<&str> {
        sentences(text)
            .into_iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    /// Every span is non-empty, trimmed, in order, and its UTF-16 span is
    /// the same text as its byte span.
    fn assert_spans_agree(text: &str) {
        let utf16: Vec<u16> = text.encode_utf16().collect();
        let mut previous_end = 0;
        for s in sentences(text) {
            let by_bytes = &text[s.start..s.end];
            let by_utf16 = String::from_utf16(&utf16[s.start_utf16..s.end_utf16]).unwrap();
            assert_eq!(by_utf16, by_bytes, "text: {text:?}");
            assert!(s.start < s.end && previous_end <= s.start, "{s:?}");
            assert_eq!(by_bytes.trim(), by_bytes);
            previous_end = s.end;
        }
    }

    /// Table-driven: (text, its sentences as they stand in the text).
    macro_rules! test_sentences {
        ($($name:ident: $input:expr => [$($sentence:expr),* $(,)?];)*) => {
            $(
                #[test]
                fn $name() {
                    let expected: Vec<&str> = vec![$($sentence),*];
                    assert_eq!(texts($input), expected, "text: {:?}", $input);
                    assert_spans_agree($input);
                }
            )*
            /// All table inputs, for tests that run over every case.
            const TABLE_INPUTS: &[&str] = &[$($input),*];
        };
    }

    /// Lines of one width without final punctuation read as wrapped, but no
    /// sentence spans more than eight of them.
    #[test]
    fn a_wrapped_sentence_spans_at_most_eight_lines() {
        let line = "warga datang ke balai desa hari ini";
        let text = [line; 9].join("\n");
        let spans: Vec<&str> = sentences(&text)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect();
        assert_eq!(spans, [[line; 8].join("\n"), line.to_owned()]);
    }

    test_sentences! {
        // Final punctuation.
        two_sentences: "Kampanye dimulai. Pemilih datang." => ["Kampanye dimulai.", "Pemilih datang."];
        question_and_exclamation: "Apa itu? Ayo coblos! Selesai" => ["Apa itu?", "Ayo coblos!", "Selesai"];
        run_of_marks: "Benarkah?! Ya!!! Oke." => ["Benarkah?!", "Ya!!!", "Oke."];
        lowercase_after_stop_still_ends: "melalui media sosial. kampanye yang gagal" => ["melalui media sosial.", "kampanye yang gagal"];
        digit_before_stop: "Pilkada tahun 2012. Lalu 2014." => ["Pilkada tahun 2012.", "Lalu 2014."];
        // Ellipsis.
        ellipsis_before_capital_ends: "Tunggu... Kami datang." => ["Tunggu...", "Kami datang."];
        ellipsis_before_lowercase_goes_on: "Kami... mendengar. Ya" => ["Kami... mendengar.", "Ya"];
        ellipsis_character: "Tunggu… Kami datang… lalu pergi." => ["Tunggu…", "Kami datang… lalu pergi."];
        ellipsis_before_new_line_ends: "Entahlah...\nbesok saja." => ["Entahlah...", "besok saja."];
        ellipsis_without_space_goes_on: "Kami...Lalu pergi." => ["Kami...Lalu pergi."];
        ellipsis_before_quote: "Tunggu... “Kami datang.”" => ["Tunggu...", "“Kami datang.”"];
        // Closing quotes and brackets.
        straight_quote_kept: "Ia berkata \"satu arah.\" Lalu pergi." => ["Ia berkata \"satu arah.\"", "Lalu pergi."];
        question_keeps_curly_quote: "“Siapa?” Tidak ada yang tahu." => ["“Siapa?”", "Tidak ada yang tahu."];
        exclamation_keeps_guillemet: "«Hidup!» Massa bersorak." => ["«Hidup!»", "Massa bersorak."];
        quoted_question_then_lowercase_goes_on: "“Kenapa?” tanya dia. Diam." => ["“Kenapa?” tanya dia.", "Diam."];
        bracket_kept: "Suara naik (lihat Tabel 1.) Data lain turun." => ["Suara naik (lihat Tabel 1.)", "Data lain turun."];
        bracketed_stop_then_lowercase: "Suara naik (lihat Tabel 1.) dan turun." => ["Suara naik (lihat Tabel 1.) dan turun."];
        // Abbreviations.
        dkk_before_lowercase: "Hasan dkk. menulis buku. Bagus." => ["Hasan dkk. menulis buku.", "Bagus."];
        dkk_before_year: "Kruikemeyer dkk. (2013) berpendapat. Ya." => ["Kruikemeyer dkk. (2013) berpendapat.", "Ya."];
        dll_at_end_of_text: "Baliho, iklan, dll." => ["Baliho, iklan, dll."];
        dll_before_new_line: "Baliho, iklan, dll.\nbesok dialog." => ["Baliho, iklan, dll.", "besok dialog."];
        dsb_before_capital: "Poster, spanduk, dsb. Namun dialog kurang." => ["Poster, spanduk, dsb.", "Namun dialog kurang."];
        dsb_before_lowercase: "Poster dsb. yang dipasang. Ya." => ["Poster dsb. yang dipasang.", "Ya."];
        tsb_attached_capital: "Partai tsb.Namun kalah." => ["Partai tsb.", "Namun kalah."];
        titles: "Oleh Ir. Joko Widodo dan Dr. Budi, Drs. Ali, Prof. Sari. Ya." => ["Oleh Ir. Joko Widodo dan Dr. Budi, Drs. Ali, Prof. Sari.", "Ya."];
        title_without_space: "Oleh Ir.Joko widodo dan Basuki T.Purnama Melawan Fauzi." => ["Oleh Ir.Joko widodo dan Basuki T.Purnama Melawan Fauzi."];
        haji_and_address: "Yth. Sdr. H. Ahmad dan Hj. Siti di Jl. Sudirman No. 5 Kab. Bogor Kec. Ciawi. Ya." => ["Yth. Sdr. H. Ahmad dan Hj. Siti di Jl. Sudirman No. 5 Kab. Bogor Kec. Ciawi.", "Ya."];
        company_and_pages: "PT. Telkom Tbk. melapor (hlm. 5, tgl. 3). Bagus." => ["PT. Telkom Tbk. melapor (hlm. 5, tgl. 3).", "Bagus."];
        degrees_mid_sentence: "Budi, S.H., M.Si. menulis. Ani, S.Pd. dan Rina, S.Sos. mengajar." => ["Budi, S.H., M.Si. menulis.", "Ani, S.Pd. dan Rina, S.Sos. mengajar."];
        degree_ends_sentence: "Penulis Budi Santoso, S.E. Ia lahir di Medan." => ["Penulis Budi Santoso, S.E.", "Ia lahir di Medan."];
        english_abbreviations: "Graham et al. menemukan pola, e.g. Jakarta vs. Bandung, i.e. kota. Benar." => ["Graham et al. menemukan pola, e.g. Jakarta vs. Bandung, i.e. kota.", "Benar."];
        et_al_ends_sentence_before_capital: "Data dari Wells et al. Mereka setuju." => ["Data dari Wells et al.", "Mereka setuju."];
        abbreviation_case_insensitive: "Karya HASAN DKK. menang. BPK. Ali datang." => ["Karya HASAN DKK. menang.", "BPK. Ali datang."];
        abbreviation_must_be_whole_word: "Rumah Pak Mir. Hari ini." => ["Rumah Pak Mir.", "Hari ini."];
        // Initials, numbers, links.
        initial_with_space: "Basuki T. Purnama menang. Lalu" => ["Basuki T. Purnama menang.", "Lalu"];
        dotted_initials: "Kiai K.H. Ma'ruf Amin dan J.R.R. Tolkien. Ya." => ["Kiai K.H. Ma'ruf Amin dan J.R.R. Tolkien.", "Ya."];
        decimals_and_thousands: "Naik 3.5 persen. Rp 2.500 dan 1.000.000 suara. Rp. 3.000 lagi." => ["Naik 3.5 persen.", "Rp 2.500 dan 1.000.000 suara.", "Rp. 3.000 lagi."];
        url_inside: "Lihat www.kpu.go.id untuk data. Selesai." => ["Lihat www.kpu.go.id untuk data.", "Selesai."];
        url_ends_sentence: "Lihat https://kpu.go.id/Data.Publik. Selesai." => ["Lihat https://kpu.go.id/Data.Publik.", "Selesai."];
        email_inside: "Tulis ke info@kpu.go.id atau a@b.co.id segera. Ya." => ["Tulis ke info@kpu.go.id atau a@b.co.id segera.", "Ya."];
        file_name_and_product: "Buka data.csv di ASP.NET sekarang. Ya." => ["Buka data.csv di ASP.NET sekarang.", "Ya."];
        // Lost spaces.
        lost_space_after_stop: "Omong Kosong.Dalam Tulisan Ini" => ["Omong Kosong.", "Dalam Tulisan Ini"];
        lost_space_after_question_with_mojibake: "Menarik Bukan?\u{00C2} Bahwa ada" => ["Menarik Bukan?", "Bahwa ada"];
        lost_space_before_new_line_with_mojibake: "Menarik Bukan?\u{00C2}\nBahwa ada" => ["Menarik Bukan?", "Bahwa ada"];
        lost_space_after_question: "Bukan?Bahwa ada." => ["Bukan?", "Bahwa ada."];
        question_in_url_goes_on: "Buka kpu.go.id/cari?q=pemilu sekarang." => ["Buka kpu.go.id/cari?q=pemilu sekarang."];
        // Lines.
        heading_line: "Abstrak\nTeknologi informasi maju." => ["Abstrak", "Teknologi informasi maju."];
        upper_case_heading: "hasil akhir.\nKESIMPULAN\nMedia sosial efektif." => ["hasil akhir.", "KESIMPULAN", "Media sosial efektif."];
        heading_of_three_words: "Hasil dan Pembahasan\nData menunjukkan" => ["Hasil dan Pembahasan", "Data menunjukkan"];
        numbered_heading: "IV. Hasil\nData naik.\n2.1 Metode\nKami membaca." => ["IV. Hasil", "Data naik.", "2.1 Metode", "Kami membaca."];
        wrapped_line_lowercase_goes_on: "Kampanye yang dilakukan oleh para\ncalon terus berlangsung." => ["Kampanye yang dilakukan oleh para\ncalon terus berlangsung."];
        wrapped_line_ending_in_preposition: "Kampanye Presiden Joko Widodo di\nJakarta berlangsung meriah." => ["Kampanye Presiden Joko Widodo di\nJakarta berlangsung meriah."];
        wrapped_lines_of_a_long_sentence: "Pemanfaatan media sosial oleh tim sukses guna merebut\nPerhatian Publik Khususnya Pemilih di DKI Jakarta\nsangat efektif dalam kampanye." => ["Pemanfaatan media sosial oleh tim sukses guna merebut\nPerhatian Publik Khususnya Pemilih di DKI Jakarta\nsangat efektif dalam kampanye."];
        // A line the next word would have fitted on was broken on purpose.
        line_not_full_before_capital: "Kampanye media sosial oleh tim sukses guna merebut\nPerhatian Publik di DKI\nJakarta sangat efektif." => ["Kampanye media sosial oleh tim sukses guna merebut\nPerhatian Publik di DKI", "Jakarta sangat efektif."];
        counter_lines: "Puas 48%\nTidak puas 52%\nResponden menjawab lewat telepon." => ["Puas 48%", "Tidak puas 52%", "Responden menjawab lewat telepon."];
        table_of_short_lines: "Puas 48%\nSangat puas 38%\nSangat tidak puas 14%\nTidak puas 0" => ["Puas 48%", "Sangat puas 38%", "Sangat tidak puas 14%", "Tidak puas 0"];
        narrow_lines_before_lowercase_go_on: "Kami akan\nhadir besok." => ["Kami akan\nhadir besok."];
        line_ending_in_colon: "Berikut hasil lengkapnya:\nPersib menang 2-1 atas Arema di Bandung." => ["Berikut hasil lengkapnya:", "Persib menang 2-1 atas Arema di Bandung."];
        byline_before_lowercase_site_name: "Reporter: Budi Santoso\nkabarblora.id – Bupati menggelar dialog dengan warga hari ini." => ["Reporter: Budi Santoso", "kabarblora.id – Bupati menggelar dialog dengan warga hari ini."];
        sentence_case_fragment: "Terima kasih sudah membaca, semoga bermanfaat bagi anda\nBaca juga artikel lain tentang kampanye di media sosial kami." => ["Terima kasih sudah membaca, semoga bermanfaat bagi anda", "Baca juga artikel lain tentang kampanye di media sosial kami."];
        list_item_before_prose: "- Calon yang dekat dengan isu lokal\nCalon seperti ini biasanya memakai pertemuan warga untuk berdialog." => ["- Calon yang dekat dengan isu lokal", "Calon seperti ini biasanya memakai pertemuan warga untuk berdialog."];
        line_ending_in_comma_goes_on: "Bupati, wakil bupati,\nDan para camat hadir di pendopo kabupaten pada pagi hari ini." => ["Bupati, wakil bupati,\nDan para camat hadir di pendopo kabupaten pada pagi hari ini."];
        hyphen_of_a_broken_word_goes_on: "Tim sukses memasang baliho dan spanduk kam-\npanye di setiap sudut kota sejak pagi hari tadi." => ["Tim sukses memasang baliho dan spanduk kam-\npanye di setiap sudut kota sejak pagi hari tadi."];
        title_case_heading: "Peran Media Sosial sebagai Media Kampanye Partai Politik\nPartai politik berlomba." => ["Peran Media Sosial sebagai Media Kampanye Partai Politik", "Partai politik berlomba."];
        sentence_case_short_heading: "Tinjauan pustaka\nPenelitian lain ada." => ["Tinjauan pustaka", "Penelitian lain ada."];
        blank_line_ends: "tanpa titik\n\nparagraf baru" => ["tanpa titik", "paragraf baru"];
        blank_line_with_spaces_ends: "kalimat panjang tanpa titik sama sekali di sini\n  \t\n\nlalu" => ["kalimat panjang tanpa titik sama sekali di sini", "lalu"];
        abbreviation_before_blank_line: "Oleh Dr.\n\nBab baru" => ["Oleh Dr.", "Bab baru"];
        long_unwrapped_line_ends: "Sehingga tak jarang informasi yang diberikan kepada masyarakat cenderung menyesatkan demi tujuan tertentu\nPada akhirnya rakyat bingung." => ["Sehingga tak jarang informasi yang diberikan kepada masyarakat cenderung menyesatkan demi tujuan tertentu", "Pada akhirnya rakyat bingung."];
        bullet_items: "Program:\n- sekolah gratis\n- kesehatan murah\n• jalan" => ["Program:", "- sekolah gratis", "- kesehatan murah", "• jalan"];
        numbered_items: "1. Pendahuluan\n2. Metode penelitian\na) data\nb) analisis" => ["1. Pendahuluan", "2. Metode penelitian", "a) data", "b) analisis"];
        separator_line_dropped: "Bab satu.\n* * *\nBab dua." => ["Bab satu.", "Bab dua."];
        crlf: "Satu.\r\nDua.\r\n" => ["Satu.", "Dua."];
        crlf_heading_and_paragraph: "Abstrak\r\nTeks di sini\r\n\r\nParagraf baru\r\n" => ["Abstrak", "Teks di sini", "Paragraf baru"];
        lone_carriage_returns: "Pendahuluan\rIsi teks.\rLalu." => ["Pendahuluan", "Isi teks.", "Lalu."];
        paragraph_separator: "tanpa titik\u{2029}lanjut" => ["tanpa titik", "lanjut"];
        // Other scripts, emoji, normalization.
        arabic_question_mark: "ما هذا؟ لا شيء." => ["ما هذا؟", "لا شيء."];
        arabic_question_mark_without_space: "ما هذا؟لا شيء" => ["ما هذا؟", "لا شيء"];
        cjk_full_stop: "東京です。大阪です。" => ["東京です。", "大阪です。"];
        cjk_full_width_marks: "本当？はい！行こう。" => ["本当？", "はい！", "行こう。"];
        emoji: "Mantap 👍! Ayo 🎉🎉 coblos. 🇮🇩" => ["Mantap 👍!", "Ayo 🎉🎉 coblos.", "🇮🇩"];
        emoji_family_joiners: "Keluarga 👨\u{200D}👩\u{200D}👧 datang. Ya." => ["Keluarga 👨\u{200D}👩\u{200D}👧 datang.", "Ya."];
        nbsp_and_zero_width_trimmed: "\u{200B}\u{00A0}Satu.\u{00A0}Dua.\u{FEFF}" => ["Satu.", "Dua."];
        mojibake_quote_kept: "Ia bilang â€˜ya.â€™ Lalu pergi." => ["Ia bilang â€˜ya.â€™", "Lalu pergi."];
        // Nothing to split.
        empty: "" => [];
        whitespace_only: "  \n\t \r\n " => [];
        punctuation_only: "... ?!" => [];
        punctuation_lines_only: "—\n\n...\n* * *" => [];
        single_word: "Halo" => ["Halo"];
    }

    #[test]
    fn a_long_sentence_without_punctuation_is_one() {
        let text = "kata ".repeat(20_000);
        assert_eq!(text.len(), 100_000);
        assert_eq!(texts(&text), [text.trim_end()]);
    }

    #[test]
    fn utf16_spans_match_byte_spans_in_every_case() {
        for text in TABLE_INPUTS {
            assert_spans_agree(text);
        }
        assert_spans_agree("😀 Satu arah. Dua arah? “Ya.” Â Selesai… 𝕏 tamat.");
    }

    #[test]
    fn offsets_point_into_the_original_text() {
        let text = "\u{00C2} 😀Satu.\u{00A0}Dua.";
        let found = sentences(text);
        assert_eq!(found.len(), 2);
        assert_eq!(&text[found[0].start..found[0].end], "😀Satu.");
        assert_eq!((found[0].start_utf16, found[0].end_utf16), (2, 9));
        assert_eq!((found[1].start_utf16, found[1].end_utf16), (10, 14));
    }

    #[test]
    fn serializes_in_camel_case() {
        let json = serde_json::to_string(&sentences("Ya.")).unwrap();
        assert_eq!(json, r#"[{"start":0,"end":3,"startUtf16":0,"endUtf16":3}]"#);
    }

    /// Inputs that would take quadratic time with an unbounded look-back or
    /// look-ahead; each must finish in one pass.
    #[test]
    fn pathological_inputs_stay_linear() {
        let cases = [
            "\n".repeat(200_000),
            "a.".repeat(100_000),
            ".".repeat(200_000),
            "Dr. ".repeat(50_000),
            format!("Dr.{}x", " ".repeat(200_000)),
            "a\n".repeat(100_000),
            "Abstrak\n".repeat(25_000),
            format!("x{}", "@a.".repeat(60_000)),
            "1.\n".repeat(60_000),
        ];
        for text in &cases {
            assert_spans_agree(text);
        }
        assert_eq!(sentences(&"Abstrak\n".repeat(25_000)).len(), 25_000);
    }

    const POST_TRUTH: &str = include_str!("../../www/corpus/000_385cd6622f47b7f1.txt");
    const ALAT_KAMPANYE: &str = include_str!("../../www/corpus/001_8466fea3bf4f444b.txt");
    const PERAN_MEDIA: &str = include_str!("../../www/corpus/002_92436bb8d9535eba.txt");

    #[test]
    fn reference_documents_spans_agree() {
        for text in [POST_TRUTH, ALAT_KAMPANYE, PERAN_MEDIA] {
            assert_spans_agree(text);
        }
    }

    #[test]
    fn reference_post_truth() {
        let found = texts(POST_TRUTH);
        assert_eq!(found.len(), 23, "{found:#?}");
        assert_eq!(
            found[0],
            "Post-Truth Politik Merupakan Sebuah Pola Politik yang cukup hangat dewasa ini."
        );
        assert!(found.contains(&"Lalu Apa itu Post Truth dalam Pola Politik?"));
        // The stray `Â ` after the question mark is left out of both sentences.
        assert!(found.contains(&"Menarik Bukan?"));
        assert!(found.contains(&"Post Truth sendiri dapat diartikan kedalam Bahasa Indonesia sebagai Politik Pasca Kebenaran."));
        // Lost space after a full stop still splits.
        let omong = found
            .iter()
            .position(|s| s.ends_with("Omong Kosong."))
            .unwrap();
        assert!(found[omong + 1].starts_with("Dalam Tulisan Ini saya"));
        // A title and an initial without a space do not split.
        assert!(found
            .iter()
            .any(|s| s.starts_with("Pada saat Itu Perebutan")
                && s.contains("Oleh Ir.Joko widodo")
                && s.ends_with(
                    "Basuki T.Purnama Melawan Fauzi Bowo dengan Wakilnya Nachrowi Ramli."
                )));
        assert!(found
            .iter()
            .any(|s| s.contains("mengenai Ir. Joko Widodo mengantarkan")));
        // A stop before a line break ends the sentence even after `DKI`.
        assert!(found.iter().any(|s| s.ends_with("Pemilih di Wilayah DKI.")));
        assert_eq!(
            found.last().unwrap(),
            &"Sehingga tak jarang Informasi yang diberikan kepada masyarakat Cendrung menyesatkan demi tujuan dan kepentingan tertentu lalu menimbulkan Kecurigaan antara sesama masyarakat dan berakhir kepada Perpecahan"
        );
    }

    #[test]
    fn reference_alat_kampanye() {
        let found = texts(ALAT_KAMPANYE);
        assert_eq!(found.len(), 35, "{found:#?}");
        let heading = found.iter().position(|s| *s == "KESIMPULAN").unwrap();
        assert_eq!(
            found[heading - 1],
            "Penggabungan du acara tersebut dinilai akan jauh lebih efektif."
        );
        assert!(found[heading + 1].starts_with("Media sosial sudah menjadi bagian"));
        // A sentence the author began in lower case is still a sentence.
        assert!(found.contains(
            &"Kampanye dapat dikatakan berhasil apabila para tokoh politik dan partai politik menggabungkan du acara berkampanye yaitu secara langsung di dunia nyata dan melalui media sosial."
        ));
        assert!(found
            .iter()
            .any(|s| s.starts_with("kampanye yang dilakukan hanya")));
        assert!(found.iter().any(|s| s.ends_with("Instagram, dan YouTube.")));
    }

    #[test]
    fn reference_peran_media() {
        let found = texts(PERAN_MEDIA);
        assert_eq!(found.len(), 36, "{found:#?}");
        assert_eq!(found[0], "Abstrak");
        for heading in ["Pendahuluan", "Metode Penelitian", "Hasil dan Pembahasan"] {
            assert!(found.contains(&heading), "{heading}: {found:#?}");
        }
        // `dkk.` before a year and `et al.,` in a citation do not split.
        assert!(found
            .iter()
            .any(|s| s.starts_with("Kruikemeyer dkk. (2013) berpendapat")
                && s.ends_with("interaktivitas dan personalisasi.")));
        assert!(found
            .iter()
            .any(|s| s.starts_with("Chadwick dkk. (2015) menemukan")));
        assert!(found.iter().any(|s| s.starts_with("Hingga saat ini")
            && s.ends_with("(Kruikemeier et al., 2018; Wells et al., 2016).")));
        assert!(found
            .iter()
            .any(|s| s.starts_with("Penelitian deskriptif yaitu")
                && s.ends_with("untuk dicari peranannya\n(Arikunto, 2013).")
                || s.ends_with("untuk dicari peranannya (Arikunto, 2013).")));
        assert_eq!(
            found.last().unwrap(),
            &"Pemanfaatan media sosial (Medsos) sebagai alat kampanye merupakan salah satu bentuk revolusi komunikasi di bidang politik Indonesia."
        );
    }
}
