//! Page chrome: the parts of a pasted web page that are not the article.
//!
//! A text copied from a news site carries "ADVERTISEMENT", "Baca juga: …"
//! links, share buttons, bylines, counters, dates and cookie notices. Left
//! in, they put "advertisement" and "baca" in a cloud and give a sports
//! report a one-way strategy. This stage finds them so that counting and
//! strategy scoring can pass over them (the reader may keep them).
//!
//! Chrome is judged a line at a time, by the line's shape, never by a list
//! of particular lines: a chrome line is short and made of chrome words —
//! cue words ("Baca juga", "Penulis", "Bagikan"), platform names, counts,
//! dates, names after a credit cue — with the separators sites put between
//! them (`:`, `|`, `-`, `•`). A line of `|`-separated parts is chrome when
//! each part is (`SABTU, 26 FEBRUARI 2022 | 04:41 WIB | LAPORAN: …`). Two
//! runs inside a longer line count too: a bracketed related link at its end
//! (`… kata dia. (Baca juga: …)`) and the capitalised advertisement marks a
//! lost line break glued to its start or end. A sentence that only mentions
//! an advertisement, a comment or "baca juga" has words that are not chrome
//! words, and is never chrome.
//!
//! One pass over the lines; only short lines are normalized (with
//! [`NormalizedChars`], so NBSP and mojibake read as in the tokenizer) and
//! split into words: linear time. Spans are byte and UTF-16 offsets into the
//! original text, trimmed of the line's surrounding whitespace.

use super::normalize::NormalizedChars;
use serde::Serialize;
use std::borrow::Cow;
use std::sync::atomic::{AtomicBool, Ordering};

/// Set when a count on the first screen needed what only the views module
/// carries: this stage (a text that may hold chrome) or the slang table.
static VIEWS_WANTED: AtomicBool = AtomicBool::new(false);

/// Records that a count needed the views module's stages.
pub fn want_views() {
    VIEWS_WANTED.store(true, Ordering::Relaxed);
}

/// Whether something since the last call wanted the views module's stages;
/// clears the flag.
pub fn take_views_wanted() -> bool {
    VIEWS_WANTED.swap(false, Ordering::Relaxed)
}

/// What a stretch of page chrome is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ChromeKind {
    /// "ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT", ad-free offers.
    Advertisement,
    /// "Baca juga: …", "Read more", "Related: …".
    RelatedLink,
    /// Share, follow and comment buttons.
    Share,
    /// Authors, editors, photo credits, sources, tags.
    Byline,
    /// "12 Komentar", "1,2K views", "5 min read".
    Counter,
    /// A date or time standing alone.
    Timestamp,
    /// "This website uses cookies …", "Accept all".
    CookieNotice,
}

impl ChromeKind {
    /// The kind as JSON spells it.
    pub fn name(self) -> &'static str {
        match self {
            ChromeKind::Advertisement => "advertisement",
            ChromeKind::RelatedLink => "related-link",
            ChromeKind::Share => "share",
            ChromeKind::Byline => "byline",
            ChromeKind::Counter => "counter",
            ChromeKind::Timestamp => "timestamp",
            ChromeKind::CookieNotice => "cookie-notice",
        }
    }
}

/// One stretch of page chrome: byte and UTF-16 spans into the original text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Chrome {
    pub start: usize,
    pub end: usize,
    pub start_utf16: usize,
    pub end_utf16: usize,
    pub kind: ChromeKind,
}

/// Lines longer than this (in bytes) are not read word by word: no chrome
/// line is this long, only its edge runs are looked at.
const MAX_LINE_BYTES: usize = 480;
/// Most words a chrome line other than a related link or cookie notice has.
const MAX_SHORT_WORDS: usize = 12;
/// Most words of a related link: the cue and a headline.
const MAX_LINK_WORDS: usize = 30;
/// Most words of a cookie notice.
const MAX_COOKIE_WORDS: usize = 60;
/// Most words of a name after a credit cue (`By Jane Doe`).
const MAX_NAME_WORDS: usize = 5;

/// The page chrome of `text`, in text order, not overlapping.
pub fn chrome_spans(text: &str) -> Vec<Chrome> {
    let mut found: Vec<(usize, usize, ChromeKind)> = Vec::new();
    let mut line_start = 0;
    while line_start < text.len() {
        let line_end = text[line_start..]
            .find('\n')
            .map_or(text.len(), |at| line_start + at);
        let line = &text[line_start..line_end];
        let trimmed = line.trim_start_matches(is_blank);
        let start = line_start + (line.len() - trimmed.len());
        let trimmed = trimmed.trim_end_matches(is_blank);
        if !trimmed.is_empty() {
            find_in_line(trimmed, start, &mut found);
        }
        line_start = line_end + 1;
    }
    with_utf16(text, &found)
}

/// Whether `text` may hold page chrome: a quick test that never says no
/// where [`chrome_spans`] finds some (a test holds it to that), for the
/// first screen's wasm, which carries this test instead of the whole stage
/// (see `stats::counts`). A short line with a chrome word or a digit, an
/// advertisement mark, or a bracketed related link is enough.
pub fn may_contain_chrome(text: &str) -> bool {
    // ASCII only: the cue words are ASCII, and Unicode case tables would
    // cost the first screen more than the test saves.
    text.lines().any(|line| {
        let line = line.trim_matches(|c: char| c.is_ascii_whitespace() || !c.is_ascii());
        if line.is_empty() {
            return false;
        }
        if AD_MARKS.iter().any(|mark| line.contains(mark)) {
            return true;
        }
        let mut words = line
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty());
        let trimmed = line.trim_end_matches(['.', ',', ';']);
        if let Some(open) = trimmed.rfind(['(', '[']) {
            let first = trimmed[open + 1..]
                .split(|c: char| !c.is_ascii_alphabetic())
                .find(|w| !w.is_empty());
            if first.is_some_and(is_chrome_word) {
                return true;
            }
        }
        if line.len() > MAX_LINE_BYTES {
            return false;
        }
        let count = line.split_ascii_whitespace().count();
        let opens_with_a_cue = || {
            let first = line
                .trim_start_matches(['(', '['])
                .split(|c: char| !c.is_ascii_alphabetic())
                .next()
                .unwrap_or("");
            is_chrome_word(first)
        };
        (count <= MAX_COOKIE_WORDS
            && ["ookie", "OOKIE", "http", "www."]
                .iter()
                .any(|cue| line.contains(cue)))
            || (count <= MAX_LINK_WORDS && opens_with_a_cue())
            || (count <= MAX_SHORT_WORDS
                && (line.bytes().any(|b| b.is_ascii_digit() || b == b':' || b == b'|')
                    // A site's name (`VIVA.co.id`).
                    || line
                        .as_bytes()
                        .windows(2)
                        .any(|pair| pair[0] == b'.' && pair[1].is_ascii_alphabetic())
                    || words.any(is_chrome_word)))
    })
}

/// The words of the advertisement, platform, share, follow and credit
/// lists and the first words of the related-link cues and cookie buttons,
/// in one string: the quick test needs only these, and the first screen
/// carries them without the stage's lists (a test keeps them the same).
const QUICK_WORDS: &str =
    "accept ad ads advertisement advertisements advertorial allow also artikel author \
     baca bagi bagikan berita blogger by cetak channel comment comments continue \
     contributor copy copyright credit decline disponsori e-mail editor email facebook \
     fb follow foto fotografer gambar google gulir iklan ikuti ilustrasi image instagram \
     izinkan komentar kontributor kredit laporan lihat line linkedin messenger news oleh \
     penulis penyunting pewarta photo photos pinterest print promoted read redaktur \
     reddit reject related reporter salin saluran scroll see selengkapnya share simak \
     source sponsored subscribe sumber surel tag tags telegram terima threads tiktok \
     tolak topics topik tweet twitter wa wartawan whatsapp x youtube ©";

/// A word that opens or makes up a chrome line without a digit, a colon or
/// a site's name, by [`QUICK_WORDS`].
fn is_chrome_word(word: &str) -> bool {
    QUICK_WORDS.split(' ').any(|w| w.eq_ignore_ascii_case(word))
}

/// Whitespace, and what normalization drops, at the edges of a line.
fn is_blank(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{FEFF}' | 'Â')
}

/// The chrome of one trimmed line that starts at byte `start` of the text.
fn find_in_line(line: &str, start: usize, found: &mut Vec<(usize, usize, ChromeKind)>) {
    if line.len() <= MAX_LINE_BYTES && may_be_chrome_line(line) {
        // Normalization never changes ASCII.
        let normalized: Cow<'_, str> = match line.is_ascii() {
            true => Cow::Borrowed(line),
            false => Cow::Owned(NormalizedChars::new(line).map(|c| c.ch).collect()),
        };
        if let Some(kind) = line_kind(&normalized) {
            found.push((start, start + line.len(), kind));
            return;
        }
    }
    // Where the line's own text starts, after a leading mark.
    let mut body = 0;
    if let Some(mark) = leading_ad_mark(line) {
        found.push((start, start + mark, ChromeKind::Advertisement));
        body = line.len() - line[mark..].trim_start().len();
    }
    if let Some(at) = trailing_ad_mark(&line[body..]) {
        found.push((
            start + body + at,
            start + line.len(),
            ChromeKind::Advertisement,
        ));
    } else if let Some(at) = trailing_related_link(&line[body..]) {
        found.push((
            start + body + at,
            start + line.len(),
            ChromeKind::RelatedLink,
        ));
    }
}

/// A cheap look at the bytes before a line is normalized and read word by
/// word: a line of more than [`MAX_SHORT_WORDS`] words (an ordinary
/// paragraph) can only be a related link (a cue first), a cookie notice or
/// a follow link.
fn may_be_chrome_line(line: &str) -> bool {
    let mut words = line.split_ascii_whitespace();
    if words.nth(MAX_SHORT_WORDS).is_none() {
        return true;
    }
    if words.nth(MAX_COOKIE_WORDS - MAX_SHORT_WORDS).is_some() {
        return false;
    }
    let first = line
        .trim_start_matches(['(', '['])
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    // "Cookie", "cookies", "COOKIES"; links are written in lower case.
    RELATED_CUES
        .iter()
        .any(|cue| cue[0].eq_ignore_ascii_case(first))
        || line.contains("ookie")
        || line.contains("OOKIE")
        || line.contains("http")
        || line.contains("www.")
}

/// The kind of chrome a whole (normalized, trimmed) line is, if it is.
fn line_kind(line: &str) -> Option<ChromeKind> {
    let inner = unbracketed(line);
    let words = words_of(inner);
    if words.is_empty() {
        return None;
    }
    let bracketed = inner.len() < line.len();
    whole_line_kind(&words, bracketed).or_else(|| parts_kind(inner))
}

/// A line of parts separated by `|`, each of them chrome (a date, a time, a
/// byline): the kind of the first part.
fn parts_kind(line: &str) -> Option<ChromeKind> {
    if !line.contains('|') {
        return None;
    }
    let mut first = None;
    for part in line.split('|') {
        let words = words_of(part);
        if words.is_empty() {
            continue;
        }
        let kind = whole_line_kind(&words, false)?;
        first.get_or_insert(kind);
    }
    first
}

/// `bracketed`: the words were the whole of a bracketed line.
fn whole_line_kind(words: &[Word<'_>], bracketed: bool) -> Option<ChromeKind> {
    if words.len() <= MAX_COOKIE_WORDS && is_cookie_notice(words) {
        return Some(ChromeKind::CookieNotice);
    }
    if words.len() <= MAX_LINK_WORDS && is_related_link(words, bracketed) {
        return Some(ChromeKind::RelatedLink);
    }
    if words.len() <= MAX_LINK_WORDS && is_follow_link(words) {
        return Some(ChromeKind::Share);
    }
    if words.len() > MAX_SHORT_WORDS {
        return None;
    }
    if is_advertisement(words) {
        Some(ChromeKind::Advertisement)
    } else if is_counter(words) {
        Some(ChromeKind::Counter)
    } else if is_share(words) {
        Some(ChromeKind::Share)
    } else if is_byline(words) {
        Some(ChromeKind::Byline)
    } else if is_timestamp(words) {
        Some(ChromeKind::Timestamp)
    } else {
        None
    }
}

/// A line wholly in brackets, `(Baca: …)` or `[Baca juga …]`, without them.
fn unbracketed(line: &str) -> &str {
    for (open, close) in [('(', ')'), ('[', ']')] {
        if let Some(inner) = line.strip_prefix(open).and_then(|l| l.strip_suffix(close)) {
            if !inner.contains([open, close]) {
                return inner.trim();
            }
        }
    }
    line
}

/// A word of a line: its text as written (edge punctuation removed),
/// lowercased, and whether a separator (`:`, `|`, `-`, `»`) follows it.
struct Word<'a> {
    text: &'a str,
    lower: Cow<'a, str>,
    separator_after: bool,
}

/// Characters trimmed from the edges of a word.
fn is_edge_punctuation(c: char) -> bool {
    !c.is_alphanumeric() && !matches!(c, '@' | '#' | '©')
}

/// Separators sites put between a cue and what it introduces.
fn is_separator(c: char) -> bool {
    matches!(c, ':' | '|' | '-' | '–' | '—' | '»' | '>' | '/' | '•' | '·')
}

fn words_of(line: &str) -> Vec<Word<'_>> {
    let mut words: Vec<Word<'_>> = Vec::new();
    for piece in line.split_whitespace() {
        let text = piece.trim_matches(is_edge_punctuation);
        let trailing = &piece[piece.trim_end_matches(is_edge_punctuation).len()..];
        if text.is_empty() {
            // A piece of punctuation alone (`:`, `|`, `-`) separates the word before it.
            if let Some(last) = words.last_mut() {
                last.separator_after |= piece.chars().any(is_separator);
            }
            continue;
        }
        words.push(Word {
            text,
            lower: lowercase(text),
            separator_after: trailing.chars().any(is_separator),
        });
    }
    words
}

/// `text` in lower case, borrowed when it already is: most words of the
/// lines read are ASCII in lower case, and the stage reads every short line.
fn lowercase(text: &str) -> Cow<'_, str> {
    match text
        .bytes()
        .any(|b| !b.is_ascii() || b.is_ascii_uppercase())
    {
        true => Cow::Owned(text.to_lowercase()),
        false => Cow::Borrowed(text),
    }
}

fn any_in(words: &[Word<'_>], vocabulary: &[&str]) -> bool {
    words.iter().any(|w| vocabulary.contains(&w.lower.as_ref()))
}

/// Words that name an advertisement or its placeholder.
const AD_WORDS: &[&str] = &[
    "advertisement",
    "advertisements",
    "advertorial",
    "iklan",
    "ads",
    "ad",
    "sponsored",
    "disponsori",
    "promoted",
    "scroll",
    "gulir",
];

/// Words a placeholder line adds to them ("SCROLL TO CONTINUE WITH CONTENT",
/// "Konten bersponsor", "Iklan – lanjutkan membaca").
const AD_FILLER: &[&str] = &[
    "to",
    "continue",
    "with",
    "content",
    "reading",
    "untuk",
    "melanjutkan",
    "lanjutkan",
    "lanjut",
    "membaca",
    "baca",
    "ke",
    "bawah",
    "konten",
    "bersponsor",
    "paid",
    "partner",
    "by",
    "oleh",
];

/// "less / without" before an ad word: the ad-free reading offer.
const FEWER: &[&str] = &[
    "tanpa", "sedikit", "bebas", "minim", "free", "no", "without", "fewer", "less",
];

/// Buttons and offers: click, join, subscribe.
const ACTIONS: &[&str] = &[
    "klik",
    "click",
    "tap",
    "gabung",
    "bergabung",
    "join",
    "langganan",
    "berlangganan",
    "subscribe",
    "daftar",
    "upgrade",
];

fn is_advertisement(words: &[Word<'_>]) -> bool {
    let placeholder = words
        .iter()
        .all(|w| AD_WORDS.contains(&w.lower.as_ref()) || AD_FILLER.contains(&w.lower.as_ref()))
        && any_in(words, AD_WORDS);
    let ad_free_offer = words.windows(2).any(|pair| {
        FEWER.contains(&pair[0].lower.as_ref()) && AD_WORDS.contains(&pair[1].lower.as_ref())
    }) && any_in(words, ACTIONS);
    placeholder || ad_free_offer
}

/// Cues of a link to another article, as one or two words.
const RELATED_CUES: &[&[&str]] = &[
    &["baca", "juga"],
    &["baca", "selengkapnya"],
    &["lihat", "juga"],
    &["simak", "juga"],
    &["berita", "terkait"],
    &["artikel", "terkait"],
    &["berita", "lainnya"],
    &["artikel", "lainnya"],
    &["read", "more"],
    &["read", "also"],
    &["also", "read"],
    &["see", "also"],
    &["continue", "reading"],
    &["related", "articles"],
    &["related", "stories"],
    &["baca"],
    &["simak"],
    &["related"],
    &["selengkapnya"],
];

/// A related-link cue opens `words`: written with a capital (in a sentence,
/// "baca: …" is "read as"), then the end of the line, a separator or (in
/// brackets) a headline; after a one-word cue ("Baca: …"), a headline that
/// starts with a capital or a digit. The number of words the cue took.
fn related_cue(words: &[Word<'_>], bracketed: bool) -> Option<usize> {
    if !words[0].text.starts_with(char::is_uppercase) {
        return None;
    }
    let cue = RELATED_CUES
        .iter()
        .find(|cue| cue.len() <= words.len() && cue.iter().zip(words).all(|(c, w)| *c == w.lower))?
        .len();
    let Some(next) = words.get(cue) else {
        return Some(cue);
    };
    let introduces = words[cue - 1].separator_after || bracketed;
    let headline = cue > 1
        || next
            .text
            .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
    (introduces && headline).then_some(cue)
}

fn is_related_link(words: &[Word<'_>], bracketed: bool) -> bool {
    related_cue(words, bracketed).is_some()
}

/// A related link in brackets closing a longer line: where it starts.
fn trailing_related_link(line: &str) -> Option<usize> {
    let line = line.trim_end_matches(['.', ',', ';']);
    let close = match line.chars().last()? {
        ')' => '(',
        ']' => '[',
        _ => return None,
    };
    let open = line.rfind(close).filter(|&at| at > 0)?;
    let words = words_of(&line[open + 1..line.len() - 1]);
    (!words.is_empty()
        && words.len() <= MAX_LINK_WORDS
        && related_cue(&words, false).is_some_and(|cue| cue < words.len()))
    .then_some(open)
}

/// Advertisement marks as sites print them, in capitals, longest first.
const AD_MARKS: &[&str] = &["SCROLL TO CONTINUE WITH CONTENT", "ADVERTISEMENT"];

/// An advertisement mark glued to the start of a longer line: its length.
fn leading_ad_mark(line: &str) -> Option<usize> {
    AD_MARKS.iter().find_map(|mark| {
        let rest = line.strip_prefix(mark)?;
        rest.starts_with(char::is_whitespace).then_some(mark.len())
    })
}

/// An advertisement mark glued to the end of a longer line: where it starts.
fn trailing_ad_mark(line: &str) -> Option<usize> {
    AD_MARKS.iter().find_map(|mark| {
        let rest = line.strip_suffix(mark)?;
        rest.ends_with(char::is_whitespace).then_some(rest.len())
    })
}

/// What is counted under a page or an article.
const COUNTED: &[&str] = &[
    "komentar",
    "comments",
    "comment",
    "tanggapan",
    "balasan",
    "replies",
    "responses",
    "views",
    "view",
    "dilihat",
    "dibaca",
    "ditonton",
    "pembaca",
    "readers",
    "reads",
    "shares",
    "dibagikan",
    "likes",
    "suka",
    "votes",
    "read",
    "baca",
    "min",
    "mins",
    "minute",
    "minutes",
    "menit",
];

/// Words a counter adds around the count ("Dibaca 345 kali", "1,2 rb").
const COUNTER_FILLER: &[&str] = &[
    "kali", "times", "x", "rb", "ribu", "jt", "juta", "k", "m", "waktu", "time",
];

fn is_count(word: &str) -> bool {
    let digits = word.trim_end_matches(['k', 'm', 'K', 'M']);
    !digits.is_empty()
        && digits.starts_with(|c: char| c.is_ascii_digit())
        && digits
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
}

fn is_counter(words: &[Word<'_>]) -> bool {
    let counts = words.iter().filter(|w| is_count(&w.lower)).count();
    let zero = words.first().is_some_and(|w| w.lower == "no") && words.len() > 1;
    (counts == 1 || zero)
        && words.len() <= 5
        && any_in(words, COUNTED)
        && words.iter().enumerate().all(|(i, w)| {
            is_count(&w.lower)
                || (zero && i == 0)
                || COUNTED.contains(&w.lower.as_ref())
                || COUNTER_FILLER.contains(&w.lower.as_ref())
        })
}

/// Platforms a page links to.
const PLATFORMS: &[&str] = &[
    "whatsapp",
    "wa",
    "facebook",
    "fb",
    "twitter",
    "x",
    "telegram",
    "line",
    "linkedin",
    "pinterest",
    "reddit",
    "instagram",
    "youtube",
    "tiktok",
    "threads",
    "messenger",
    "google",
    "news",
    "blogger",
    "email",
    "e-mail",
    "surel",
    "channel",
    "saluran",
];

/// Buttons that share a page or open its comments.
const SHARE_BUTTONS: &[&str] = &[
    "share",
    "bagikan",
    "bagi",
    "tweet",
    "copy",
    "salin",
    "print",
    "cetak",
    "komentar",
    "comments",
    "comment",
    "follow",
    "ikuti",
    "subscribe",
];

/// Words around the buttons ("Post a Comment", "Ikuti kami di Google News").
const SHARE_FILLER: &[&str] = &[
    "link", "tautan", "chat", "artikel", "berita", "ini", "this", "article", "story", "post", "a",
    "tulis", "kirim", "leave", "lihat", "show", "via", "to", "ke", "on", "di", "us", "kami",
    "sekarang", "now", "atau", "or", "and", "dan",
];

/// Buttons that only say "follow": they are chrome with a platform or "us".
const FOLLOW: &[&str] = &["follow", "ikuti", "subscribe"];

fn is_share(words: &[Word<'_>]) -> bool {
    let only_share_words = words.iter().all(|w| {
        let w = w.lower.as_ref();
        SHARE_BUTTONS.contains(&w) || PLATFORMS.contains(&w) || SHARE_FILLER.contains(&w)
    });
    if !only_share_words {
        return false;
    }
    let buttons = words
        .iter()
        .filter(|w| SHARE_BUTTONS.contains(&w.lower.as_ref()))
        .count();
    let follows = words
        .iter()
        .filter(|w| FOLLOW.contains(&w.lower.as_ref()))
        .count();
    let platforms = words
        .iter()
        .filter(|w| PLATFORMS.contains(&w.lower.as_ref()))
        .count();
    // A button other than "follow", a row of platform icons (with or without
    // "follow"), or "follow us".
    buttons > follows || platforms > 0 || (follows > 0 && any_in(words, &["us"]))
}

/// The site's invitation to follow it somewhere, with the link: "Follow
/// channel WhatsApp Kompasiana sekarang di sini: https://…".
fn is_follow_link(words: &[Word<'_>]) -> bool {
    let follow_then_platform = words.iter().enumerate().any(|(i, w)| {
        FOLLOW.contains(&w.lower.as_ref())
            && words[i + 1..]
                .iter()
                .take(2)
                .any(|w| PLATFORMS.contains(&w.lower.as_ref()))
    });
    follow_then_platform
        && words
            .iter()
            .any(|w| w.lower.starts_with("http") || w.lower.starts_with("www."))
}

/// Words that introduce who wrote, edited, photographed or tagged a page.
const CREDIT_CUES: &[&str] = &[
    "penulis",
    "editor",
    "reporter",
    "pewarta",
    "wartawan",
    "fotografer",
    "foto",
    "photo",
    "photos",
    "image",
    "gambar",
    "ilustrasi",
    "oleh",
    "by",
    "sumber",
    "source",
    "author",
    "kontributor",
    "contributor",
    "redaktur",
    "penyunting",
    "laporan",
    "tag",
    "tags",
    "topik",
    "topics",
    "kredit",
    "credit",
    "copyright",
    "©",
];

/// Credit cues a name may follow without a separator (`By Jane Doe`).
const NAME_CUES: &[&str] = &[
    "by", "oleh", "foto", "photo", "penulis", "reporter", "editor", "pewarta",
];

fn is_byline(words: &[Word<'_>]) -> bool {
    let cue = &words[0];
    if CREDIT_CUES.contains(&cue.lower.as_ref()) {
        if words.len() == 1 || cue.separator_after {
            return true;
        }
        return NAME_CUES.contains(&cue.lower.as_ref())
            && words.len() <= 1 + MAX_NAME_WORDS
            && words[1..].iter().all(|w| is_name_word(w.text));
    }
    // `Danar Dono - VIVA.co.id`: a name, a separator, the site.
    let (site, name) = words.split_last().expect("words is not empty");
    words.len() <= 1 + MAX_NAME_WORDS
        && name.len() > 1
        && is_domain(&site.lower)
        && name.last().is_some_and(|w| w.separator_after)
        && name.iter().all(|w| is_name_word(w.text))
}

/// A capitalised word or a site name.
fn is_name_word(word: &str) -> bool {
    word.starts_with(char::is_uppercase) || is_domain(&word.to_lowercase())
}

/// `kompas.com`, `beritajakarta.id`, `viva.co.id`: letters, dots, a top
/// level of two to six letters.
fn is_domain(word: &str) -> bool {
    let word = word.trim_end_matches('+');
    match word.rsplit_once('.') {
        Some((name, top)) => {
            !name.is_empty()
                && (2..=6).contains(&top.len())
                && top.chars().all(|c| c.is_ascii_alphabetic())
                && name
                    .chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-'))
        }
        None => false,
    }
}

const MONTHS: &[&str] = &[
    "januari",
    "februari",
    "maret",
    "april",
    "mei",
    "juni",
    "juli",
    "agustus",
    "september",
    "oktober",
    "november",
    "desember",
    "january",
    "february",
    "march",
    "may",
    "june",
    "july",
    "august",
    "october",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "agu",
    "agt",
    "ags",
    "aug",
    "sep",
    "sept",
    "okt",
    "oct",
    "nov",
    "des",
    "dec",
];

/// Days, zones and the words of a dateline.
const DATE_WORDS: &[&str] = &[
    "senin",
    "selasa",
    "rabu",
    "kamis",
    "jumat",
    "jum'at",
    "sabtu",
    "minggu",
    "ahad",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thurs",
    "fri",
    "sat",
    "sun",
    "wib",
    "wita",
    "wit",
    "gmt",
    "utc",
    "am",
    "pm",
    "pukul",
    "jam",
    "published",
    "diterbitkan",
    "dipublikasikan",
    "terbit",
    "updated",
    "diperbarui",
    "posted",
    "diposting",
    "diunggah",
    "uploaded",
    "dibuat",
    "created",
    "tanggal",
    "tgl",
    "on",
    "at",
    "pada",
    "last",
    "terakhir",
    "lalu",
    "ago",
    "hours",
    "hour",
    "menit",
    "minutes",
    "days",
    "hari",
];

/// `14/08/2020`, `19:34`, `15-01-2026`, `10.00`, `3rd`.
fn is_date_token(word: &str) -> bool {
    let ordinal = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|suffix| word.strip_suffix(suffix))
        .filter(|d| !d.is_empty() && d.chars().all(|c| c.is_ascii_digit()));
    let groups = word
        .split(['/', ':', '-', '.'])
        .filter(|g| !g.is_empty())
        .count();
    ordinal.is_some()
        || (groups >= 2
            && word
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '/' | ':' | '-' | '.')))
}

fn is_timestamp(words: &[Word<'_>]) -> bool {
    let numbers = |w: &Word<'_>| w.lower.chars().all(|c| c.is_ascii_digit());
    words.iter().all(|w| {
        numbers(w)
            || is_date_token(&w.lower)
            || MONTHS.contains(&w.lower.as_ref())
            || DATE_WORDS.contains(&w.lower.as_ref())
            || is_domain(&w.lower)
    }) && words
        .iter()
        .any(|w| is_date_token(&w.lower) || MONTHS.contains(&w.lower.as_ref()))
        && words
            .iter()
            .any(|w| w.lower.starts_with(|c: char| c.is_ascii_digit()))
}

/// Verbs of a cookie notice ("uses cookies", "menggunakan cookie").
const COOKIE_VERBS: &[&str] = &[
    "use",
    "uses",
    "using",
    "menggunakan",
    "gunakan",
    "memakai",
    "accept",
    "terima",
    "menerima",
    "setuju",
    "agree",
    "consent",
];

/// The cookie notice's other side: the site, the reader's settings.
const COOKIE_CONTEXT: &[&str] = &[
    "website",
    "site",
    "situs",
    "web",
    "browser",
    "peramban",
    "we",
    "kami",
    "privacy",
    "privasi",
    "settings",
    "pengaturan",
    "preferences",
    "preferensi",
    "manage",
    "kelola",
    "policy",
    "kebijakan",
    "all",
    "semua",
];

/// Buttons under a cookie notice that do not name the cookies.
const COOKIE_BUTTONS: &[&[&str]] = &[
    &["accept", "all"],
    &["reject", "all"],
    &["decline", "all"],
    &["allow", "all"],
    &["terima", "semua"],
    &["tolak", "semua"],
    &["izinkan", "semua"],
];

fn is_cookie_notice(words: &[Word<'_>]) -> bool {
    let names_cookies = words.iter().any(|w| w.lower.starts_with("cookie"));
    let button = COOKIE_BUTTONS
        .iter()
        .any(|b| b.len() == words.len() && b.iter().zip(words).all(|(b, w)| *b == w.lower));
    button
        || (names_cookies && any_in(words, COOKIE_VERBS) && any_in(words, COOKIE_CONTEXT))
        || (names_cookies && words.len() <= 3 && any_in(words, COOKIE_CONTEXT))
}

/// The found byte spans with their UTF-16 offsets, counted in one pass.
fn with_utf16(text: &str, found: &[(usize, usize, ChromeKind)]) -> Vec<Chrome> {
    let mut at = (0, 0);
    let mut to = |byte: usize| {
        let between = &text[at.0..byte];
        let units = match between.is_ascii() {
            true => between.len(),
            false => between.encode_utf16().count(),
        };
        at = (byte, at.1 + units);
        at.1
    };
    found
        .iter()
        .map(|&(start, end, kind)| Chrome {
            start_utf16: to(start),
            end_utf16: to(end),
            start,
            end,
            kind,
        })
        .collect()
}

/// Answers "is this byte inside chrome?" for offsets asked in increasing
/// order (tokens in text order): one comparison per token when a text has
/// no chrome, the ASCII fast path of the counters untouched.
pub struct ChromeCursor<'a> {
    spans: &'a [Chrome],
    next: usize,
}

impl<'a> ChromeCursor<'a> {
    pub fn new(spans: &'a [Chrome]) -> Self {
        ChromeCursor { spans, next: 0 }
    }

    /// The chrome span holding byte `at`, if any; `at` never decreases
    /// from one call to the next.
    pub fn covering(&mut self, at: usize) -> Option<&'a Chrome> {
        while self.spans.get(self.next).is_some_and(|s| s.end <= at) {
            self.next += 1;
        }
        self.spans.get(self.next).filter(|s| s.start <= at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each line of text, found as chrome of the kind given or not at all.
    macro_rules! test_chrome {
        ($($name:ident: $line:expr => $kind:expr;)*) => {$(
            #[test]
            fn $name() {
                let line: &str = $line;
                let kind: Option<ChromeKind> = $kind;
                let found = chrome_spans(line);
                assert!(
                    found.is_empty() || may_contain_chrome(line),
                    "{line:?} is chrome, but may_contain_chrome says no (src/text/chrome.rs)"
                );
                match kind {
                    Some(kind) => assert_eq!(
                        found,
                        [Chrome {
                            start: 0,
                            end: line.len(),
                            start_utf16: 0,
                            end_utf16: line.encode_utf16().count(),
                            kind,
                        }],
                        "{line:?} should be {} chrome (src/text/chrome.rs)",
                        kind.name()
                    ),
                    None => assert!(found.is_empty(), "{line:?} is no chrome: {found:?}"),
                }
            }
        )*};
    }

    use ChromeKind::*;

    test_chrome! {
        advertisement_capitals: "ADVERTISEMENT" => Some(Advertisement);
        advertisement_title_case: "Advertisement" => Some(Advertisement);
        scroll_to_continue: "SCROLL TO CONTINUE WITH CONTENT" => Some(Advertisement);
        advertorial_label: "Advertorial" => Some(Advertisement);
        iklan_label: "Iklan" => Some(Advertisement);
        ad_free_offer: "Baca berita tanpa iklan. Gabung Kompas.com+" => Some(Advertisement);
        fewer_ads_offer: "Read with fewer ads, click here" => Some(Advertisement);
        baca_juga_link: "Baca juga: Stres Kerja dan Gangguan Tidur Tingkatkan Risiko Kematian" => Some(RelatedLink);
        baca_juga_capitals: "BACA JUGA: Harapan Pelatih Usai Direksi Baru Terbentuk" => Some(RelatedLink);
        baca_juga_alone: "Baca Juga" => Some(RelatedLink);
        lihat_juga: "Lihat juga: Video Banjir di Jakarta" => Some(RelatedLink);
        simak_juga: "Simak juga » Jadwal Liga 1 Pekan Ini" => Some(RelatedLink);
        bracketed_baca: "(Baca: Berapa Jumlah Pengguna Facebook di Indonesia?)" => Some(RelatedLink);
        read_more: "Read more" => Some(RelatedLink);
        related_colon: "Related: Recipe: Mini Blueberry Lemon Muffins" => Some(RelatedLink);
        share_button: "Bagikan" => Some(Share);
        share_row: "Share Tweet WhatsApp" => Some(Share);
        platform_row: "WhatsApp Facebook Twitter" => Some(Share);
        google_news: "Ikuti kami di Google News" => Some(Share);
        follow_us: "Follow us" => Some(Share);
        follow_link: "Baca berita menarik dari ponsel. Follow channel WhatsApp kami di sini: https://whatsapp.com/channel/abc" => Some(Share);
        post_a_comment: "Post a Comment" => Some(Share);
        comment_tab: "Facebook Comments" => Some(Share);
        comments_alone: "Komentar" => Some(Share);
        penulis_colon: "Penulis: Resa Eka Ayu Sartika" => Some(Byline);
        penulis_alone: "Penulis" => Some(Byline);
        editor_pipes: "Editor | : | Metta Rahma Melati |" => Some(Byline);
        reporter: "Reporter: Lizza Arnofia" => Some(Byline);
        photo_credit: "photo Wuri Setyaningsih - Beritajakarta.id" => Some(Byline);
        foto_colon: "Foto: ANTARA/Aditya Pradana" => Some(Byline);
        by_name: "By Jane Doe" => Some(Byline);
        oleh_colon: "Oleh: Ahmad Fauzi" => Some(Byline);
        tags: "Tag : Kominfo, kebijakan, sosialisasi, Pemkab" => Some(Byline);
        name_and_site: "• Danar Dono - VIVA.co.id" => Some(Byline);
        sumber_empty: "Sumber :" => Some(Byline);
        komentar_count: "12 Komentar" => Some(Counter);
        views_count: "1,2K views" => Some(Counter);
        dibaca_kali: "Dibaca 345 kali" => Some(Counter);
        min_read: "5 min read" => Some(Counter);
        dilihat: "30 Dilihat" => Some(Counter);
        no_comments: "No comments:" => Some(Counter);
        zero_comments: "0 comments:" => Some(Counter);
        wib_dateline: "Rabu, 12 Juni 2024 | 10:00 WIB" => Some(Timestamp);
        published: "Published 3 June 2024" => Some(Timestamp);
        site_and_date: "Kompas.com - 14/08/2020, 19:34 WIB" => Some(Timestamp);
        english_date: "Monday, May 13, 2013" => Some(Timestamp);
        posted_on: "Posted on 08/23/2019" => Some(Timestamp);
        dibuat_tanggal: "Dibuat tanggal 15-01-2026" => Some(Timestamp);
        date_time_byline: "SABTU, 26 FEBRUARI 2022 | 04:41 WIB | LAPORAN: AHMAD KIFLAN WAKIK" => Some(Timestamp);
        cookie_id: "Kami menggunakan cookie untuk meningkatkan pengalaman Anda di situs ini." => Some(CookieNotice);
        cookie_en: "This website uses cookies to ensure you get the best experience." => Some(CookieNotice);
        accept_all: "Accept all" => Some(CookieNotice);
        cookie_settings: "Cookie settings" => Some(CookieNotice);

        political_advertising: "Iklan politik di televisi membujuk pemilih." => None;
        advertising_headline: "Partai politik rebutan pemilih dari iklan televisi" => None;
        click_an_ad: "Warga mengeklik iklan kampanye di media sosial." => None;
        baca_juga_in_sentence: "Warga diminta membaca juga aturan kampanye, baca juga tata tertibnya." => None;
        baca_juga_without_colon: "Baca juga buku panduan kampanye sebelum mendaftar" => None;
        oleh_karena_itu: "Oleh karenanya, dia serius mendalami persoalan di masyarakat." => None;
        by_year: "By 2024, most campaigns had moved online." => None;
        comment_sentence: "Gibran membalas komentar warganet di Twitter." => None;
        comment_count_sentence: "Ada 12 komentar warga yang belum dijawab." => None;
        follow_call: "Ikuti terus perkembangan kampanye ini" => None;
        follow_platform_without_link: "Warga diajak mengikuti akun Instagram resmi pemkab untuk bertanya." => None;
        share_sentence: "Bupati membagikan informasi lewat WhatsApp kepada warga." => None;
        year_alone: "2024" => None;
        heading_with_month: "Kampanye Mei 2024 di Jakarta" => None;
        cookie_recipe: "Resep cookies cokelat renyah untuk Lebaran" => None;
        source_sentence: "Sumber dana kampanye harus dilaporkan kepada KPU setiap bulan menurut aturan yang berlaku." => None;
        heading: "Strategi Kampanye Door-to-Door yang Efektif" => None;
    }

    #[test]
    fn the_quick_words_are_the_lists_words() {
        let mut expected: Vec<String> = [AD_WORDS, PLATFORMS, SHARE_BUTTONS, FOLLOW, CREDIT_CUES]
            .iter()
            .flat_map(|list| list.iter())
            .copied()
            .chain(RELATED_CUES.iter().chain(COOKIE_BUTTONS).map(|cue| cue[0]))
            .map(str::to_lowercase)
            .collect();
        expected.sort();
        expected.dedup();
        let mut quick: Vec<&str> = QUICK_WORDS.split(' ').collect();
        quick.sort_unstable();
        assert_eq!(quick, expected, "regenerate QUICK_WORDS from the lists");
    }

    /// The demo's articles hold no chrome, so the first screen never loads
    /// the whole stage for them.
    #[test]
    fn the_quick_test_passes_the_demo_articles() {
        for text in [
            include_str!("../../www/corpus/000_385cd6622f47b7f1.txt"),
            include_str!("../../www/corpus/001_8466fea3bf4f444b.txt"),
            include_str!("../../www/corpus/002_92436bb8d9535eba.txt"),
        ] {
            assert!(chrome_spans(text).is_empty());
            assert!(!may_contain_chrome(text), "{}", &text[..60]);
        }
        assert!(may_contain_chrome(
            "Kampanye itu ramai.\nADVERTISEMENT\nWarga datang."
        ));
    }

    #[test]
    fn offsets_point_into_the_original_text() {
        let text = "Kampanye “dialog” dimulai.\r\n\u{a0}ADVERTISEMENT\u{a0}\nBupati menjawab. (Baca juga: Warga Bertanya)\n";
        let found = chrome_spans(text);
        let kinds: Vec<&str> = found.iter().map(|c| c.kind.name()).collect();
        assert_eq!(kinds, ["advertisement", "related-link"]);
        assert_eq!(&text[found[0].start..found[0].end], "ADVERTISEMENT");
        assert_eq!(
            &text[found[1].start..found[1].end],
            "(Baca juga: Warga Bertanya)"
        );
        let utf16: Vec<u16> = text.encode_utf16().collect();
        for chrome in &found {
            let span = String::from_utf16(&utf16[chrome.start_utf16..chrome.end_utf16]).unwrap();
            assert_eq!(span, text[chrome.start..chrome.end]);
        }
    }

    #[test]
    fn advertisement_marks_glued_to_a_sentence() {
        let text =
            "ADVERTISEMENT Pemain kedua tim memasuki lapangan. SCROLL TO CONTINUE WITH CONTENT";
        let found = chrome_spans(text);
        let spans: Vec<&str> = found.iter().map(|c| &text[c.start..c.end]).collect();
        assert_eq!(spans, ["ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT"]);
        // Written in lower case inside a sentence, it is a word of the sentence.
        assert!(chrome_spans("Advertisement works on voters who already agree.").is_empty());
    }

    #[test]
    fn a_bracket_that_is_no_related_link_stays() {
        // "(baca: …)" in a sentence is "read as", not a link.
        let text = "Bupati menjawab pertanyaan warga (baca: keluhan soal jalan rusak di desa)";
        assert!(chrome_spans(text).is_empty());
        for link in [
            "Bupati menjawab pertanyaan warga. (Baca juga: Jalan Rusak di Desa)",
            "Bupati menjawab pertanyaan warga. (Baca juga: Jalan Rusak di Desa).",
        ] {
            let found = chrome_spans(link);
            assert_eq!(found.len(), 1);
            assert!(link[found[0].start..].starts_with("(Baca"));
        }
        assert!(chrome_spans("Bupati menjawab pertanyaan warga (dan mencatat keluhan)").is_empty());
    }

    #[test]
    fn long_lines_are_only_looked_at_at_their_edges() {
        let sentence = "Warga bertanya dan bupati menjawab satu per satu. ".repeat(20);
        assert!(chrome_spans(&sentence).is_empty());
        let glued = format!("{sentence}ADVERTISEMENT");
        assert_eq!(chrome_spans(&glued).len(), 1);
    }

    #[test]
    fn the_cursor_answers_in_text_order() {
        let text = "Penulis\nisi\n12 Komentar\nisi";
        let spans = chrome_spans(text);
        let mut cursor = ChromeCursor::new(&spans);
        let covered: Vec<bool> = [0, 3, 8, 12, 15, 24]
            .iter()
            .map(|&at| cursor.covering(at).is_some())
            .collect();
        assert_eq!(covered, [true, true, false, true, true, false]);
    }
}
