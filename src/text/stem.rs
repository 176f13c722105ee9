//! An Indonesian stemmer guided by a root lexicon, in the manner of
//! Nazief & Adriani (1996) and its confix-stripping refinements: strip
//! particles (-lah -kah -tah -pun), possessives (-ku -mu -nya) and
//! derivational suffixes (-kan -an -i), then up to three prefixes (meN-,
//! peN- with their nasal alternations and recoding, ber-, ter-, per-, di-,
//! ke-, se-, ku-, kau-), checking the lexicon after every step; when nothing
//! reaches a known root, put the suffixes back one by one and try the
//! prefixes again.
//!
//! It is conservative: a word that never reaches a root is returned
//! unchanged, so `media` does not become `dia` and an unknown name is left
//! alone. Reduplication: `partai-partai` → `partai`, `beramai-ramai` →
//! `ramai`; a pair of different words (`bolak-balik`) stays whole.

use crate::error::ArahError;
use crate::hash::{TermMap, TermSet};
use std::borrow::Cow;

/// The root lexicon, front-coded. Natively it is compiled in; the wasm
/// build leaves it out and the page fetches the same file when needed.
#[cfg(any(test, not(target_arch = "wasm32")))]
const BUILT_IN_ROOTS: &str = include_str!("stem/roots.txt");
const PARTICLES: [&str; 4] = ["lah", "kah", "tah", "pun"];
const POSSESSIVES: [&str; 3] = ["nya", "ku", "mu"];
const DERIVATIONAL: [&str; 3] = ["kan", "an", "i"];
const MAX_PREFIXES: usize = 3;
/// Stems shorter than this are not accepted (they are mostly accidents).
const MIN_ROOT_CHARS: usize = 2;

/// Longest term (in bytes) the stemmer looks into; longer ones stay whole.
const MAX_WORD_BYTES: usize = 47;
/// A guessed root (one the lexicon does not know) has at least this many
/// letters and two vowels: shorter leftovers are mostly accidents.
const MIN_GUESS_BYTES: usize = 4;
/// Letters a–z and the word boundary, for the letter-pair shape of roots.
const SYMBOLS: usize = 27;
const BOUNDARY: usize = 26;

pub struct Stemmer {
    roots: TermSet<Box<str>>,
    shape: Shape,
    /// Words of the corpus at hand, and for each root guessed for one of
    /// them, how many distinct corpus words it explains.
    corpus: TermSet<Box<str>>,
    support: TermMap<Box<str>, u32>,
}

impl Stemmer {
    /// The built-in lexicon (see `stem/roots.txt` for its source).
    #[cfg(any(test, not(target_arch = "wasm32")))]
    pub fn indonesian() -> Self {
        Stemmer::from_front_coded(BUILT_IN_ROOTS).expect("the built-in root lexicon is valid")
    }

    /// A stemmer from a front-coded root list in the format of
    /// `stem/roots.txt`; a list with a malformed line or without roots is
    /// refused, naming the line.
    pub fn from_front_coded(list: &str) -> Result<Self, ArahError> {
        let roots = front_decoded(list)?;
        if roots.is_empty() {
            return Err(ArahError::Lexicon("the list holds no roots".into()));
        }
        Ok(Stemmer::with_roots(roots))
    }

    pub fn with_roots<I: IntoIterator<Item = S>, S: Into<String>>(roots: I) -> Self {
        let roots: TermSet<Box<str>> = roots
            .into_iter()
            .map(|r| r.into().into_boxed_str())
            .collect();
        let mut shape = Shape::default();
        for root in &roots {
            shape.learn(root);
        }
        Stemmer {
            roots,
            shape,
            corpus: TermSet::default(),
            support: TermMap::default(),
        }
    }

    /// Adds words seen in the corpus at hand as evidence for the stems of
    /// words the lexicon cannot explain: a guessed root that is itself a
    /// word of the corpus, or that explains two of its words, is preferred
    /// and need not have the usual shape of a root. Corpus words are not
    /// roots: they are still stemmed themselves.
    pub fn add_corpus_words<I: IntoIterator<Item = S>, S: AsRef<str>>(&mut self, words: I) {
        let mut guesses: Vec<Box<str>> = Vec::new();
        for word in words {
            let word = word.as_ref();
            if !self.corpus.insert(Box::from(word)) || !is_word(word) || self.is_root(word) {
                continue;
            }
            guesses.clear();
            self.search(word, Some(&mut guesses));
            guesses.sort_unstable();
            guesses.dedup();
            for guess in guesses.drain(..) {
                *self.support.entry(guess).or_insert(0) += 1;
            }
        }
    }

    pub fn is_root(&self, word: &str) -> bool {
        self.roots.contains(word)
    }

    fn is_root_bytes(&self, word: &[u8]) -> bool {
        std::str::from_utf8(word).is_ok_and(|w| self.roots.contains(w))
    }

    /// The stem of a lowercase term, or the term itself.
    pub fn stem<'a>(&self, term: &'a str) -> Cow<'a, str> {
        if term.len() > MAX_WORD_BYTES {
            return Cow::Borrowed(term);
        }
        if let Some((left, right)) = term.split_once('-') {
            return self.stem_reduplication(term, left, right);
        }
        if !is_word(term) || self.is_root(term) {
            return Cow::Borrowed(term);
        }
        match self.search(term, None) {
            Some(stem) => Cow::Owned(stem),
            None => Cow::Borrowed(term),
        }
    }

    /// `partai-partai`, `beramai-ramai` and `memotong-motongnya` reduce to
    /// the repeated word, `kehendak-mu` to its word; other pairs stay whole.
    fn stem_reduplication<'a>(&self, term: &'a str, left: &str, right: &str) -> Cow<'a, str> {
        if !is_word(left) || !is_word(right) {
            return Cow::Borrowed(term);
        }
        if PARTICLES.contains(&right) || POSSESSIVES.contains(&right) {
            return Cow::Owned(self.stem(left).into_owned());
        }
        let right_base = [&PARTICLES[..], &POSSESSIVES[..]]
            .iter()
            .fold(right, |word, group| {
                strip_suffix(word, group).unwrap_or(word)
            });
        let left_stem = self.stem(left);
        let right_stem = self.stem(right_base);
        let repeats = left == right_base || left.ends_with(right_base) || left_stem == right_stem;
        if !repeats {
            return Cow::Borrowed(term);
        }
        let stem = if self.is_root(&left_stem) {
            left_stem
        } else {
            right_stem
        };
        Cow::Owned(stem.into_owned())
    }

    /// Tries every suffix stage (without particle, possessive, and up to two
    /// derivational suffixes, as the lemma data stacks them: `-anan`,
    /// `-kankan`) with every prefix reading, and keeps the longest root
    /// found: stripping too much (`memak|i` → `pak`) loses to the reading
    /// that explains more of the word (`me|maki`). When no reading reaches
    /// a root, the best regular guess (see [`Stemmer::offer`]) is taken.
    /// With `collect`, every acceptable guess is gathered instead.
    fn search(&self, word: &str, collect: Option<&mut Vec<Box<str>>>) -> Option<String> {
        let w = word.as_bytes();
        let mut stages = [Stage::default(); 24];
        let mut count = 1;
        stages[0].end = w.len();
        let mut current = stages[0];
        for group in [&PARTICLES[..], &POSSESSIVES[..]] {
            if let Some(rest) = strip_suffix(&word[..current.end], group) {
                current.end = rest.len();
                current.stripped += 1;
                current.nya |= word[rest.len()..].starts_with("nya");
                stages[count] = current;
                count += 1;
            }
        }
        let (mut from, mut to) = (count - 1, count);
        for derivations in 1..=2 {
            for i in from..to {
                let stage = stages[i];
                for suffix in DERIVATIONAL {
                    let end = stage.end.wrapping_sub(suffix.len());
                    if stage.end < suffix.len() + 3 || !w[..stage.end].ends_with(suffix.as_bytes())
                    {
                        continue;
                    }
                    let next = Stage {
                        end,
                        suffix: Some(suffix),
                        derivations,
                        stripped: stage.stripped + 1,
                        nya: stage.nya,
                    };
                    stages[count] = next;
                    count += 1;
                    // -kan after a root in k is often written with one k
                    // (`menampakan` for `menampakkan`): that -an is -kan.
                    if suffix == "an" && w[end - 1] == b'k' {
                        stages[count] = Stage {
                            suffix: Some("kan"),
                            ..next
                        };
                        count += 1;
                    }
                }
            }
            (from, to) = (to, count);
        }
        let mut search = Search {
            best: None,
            guess: None,
            collect,
        };
        for stage in &stages[1..count] {
            self.offer(&w[..stage.end], stage, Chain::default(), &mut search);
        }
        for stage in &stages[..count] {
            self.strip_prefixes(
                &w[..stage.end],
                stage,
                MAX_PREFIXES,
                Chain::default(),
                &mut search,
            );
        }
        let found = match (search.best, search.guess) {
            (Some((root, _)), _) => root,
            (None, Some((guess, _))) => guess,
            (None, None) => return None,
        };
        std::str::from_utf8(found.bytes()).ok().map(str::to_owned)
    }

    /// Removes up to `depth` prefixes from `word`, offering every candidate.
    fn strip_prefixes(
        &self,
        word: &[u8],
        stage: &Stage,
        depth: usize,
        chain: Chain,
        search: &mut Search,
    ) {
        if depth == 0 {
            return;
        }
        let (readings, count) = prefix_readings(word);
        for reading in &readings[..count] {
            if chain.previous == Some(reading.prefix)
                || (chain.previous.is_none() && !confix_allowed(reading.prefix, stage.suffix))
            {
                continue;
            }
            let candidate = Buf::new(reading.restore, &word[reading.skip..]);
            let next = chain.then(reading);
            self.strip_prefixes(candidate.bytes(), stage, depth - 1, next, search);
            self.offer(candidate.bytes(), stage, next, search);
        }
    }

    /// A candidate stem: the longest root wins (of two as long, the one
    /// reached by regular rules). While none is found, the candidate is
    /// also weighed as a guess for a root the lexicon lacks, if it was
    /// reached by regular rules only (see [`Chain::regular`] and
    /// [`guess_allowed`]) and has the shape of a root or the support of the
    /// corpus at hand: more support first, then a prefix removed (a suffix
    /// alone is weaker evidence: `bergalah` is `ber|galah`, not
    /// `berga|lah`), then more affixes explained,
    /// then the more common start among roots (which settles the nasal
    /// alternations: `menulis` → `tulis` rather than `nulis`).
    fn offer(&self, candidate: &[u8], stage: &Stage, chain: Chain, search: &mut Search) {
        let rank = (candidate.len(), chain.regular);
        if candidate.len() >= MIN_ROOT_CHARS
            && search.best.as_ref().is_none_or(|(_, best)| rank > *best)
            && self.is_root_bytes(candidate)
        {
            search.best = Some((Buf::new(0, candidate), rank));
        }
        if (search.best.is_some() && search.collect.is_none()) || !guess_allowed(stage, &chain) {
            return;
        }
        let support = self.support_of(candidate);
        let shaped = match support {
            0 => self.shape.plausible(candidate),
            _ => Shape::long_enough(candidate),
        };
        if !shaped {
            return;
        }
        if let Some(all) = search.collect.as_deref_mut() {
            if let Ok(text) = std::str::from_utf8(candidate) {
                all.push(Box::from(text));
            }
            return;
        }
        let score = (
            support,
            chain.prefixes > 0,
            chain.prefixes + stage.stripped,
            self.shape.onset(candidate),
        );
        if search.guess.as_ref().is_none_or(|(_, best)| score > *best) {
            search.guess = Some((Buf::new(0, candidate), score));
        }
    }

    fn support_of(&self, candidate: &[u8]) -> u32 {
        if self.corpus.is_empty() {
            return 0;
        }
        let Ok(text) = std::str::from_utf8(candidate) else {
            return 0;
        };
        2 * u32::from(self.corpus.contains(text))
            + u32::from(self.support.get(text).is_some_and(|&n| n >= 2))
    }
}

/// What the suffix stage of a candidate removed.
#[derive(Clone, Copy, Default)]
struct Stage {
    /// The candidate is the word up to this byte.
    end: usize,
    /// The (innermost) derivational suffix removed, for the confixes.
    suffix: Option<&'static str>,
    derivations: u8,
    /// Suffixes removed in all.
    stripped: u8,
    nya: bool,
}

/// The prefixes a candidate was reached through.
#[derive(Clone, Copy)]
struct Chain {
    outer: Option<Prefix>,
    previous: Option<Prefix>,
    prefixes: u8,
    /// Every reading follows the rules of the morphology, not only the
    /// lexicon's say-so: a second prefix is per-, ber- or ter- (or peN-
    /// after ke-/se-: `kepemimpinan`), the nasal replaced what it replaces.
    regular: bool,
}

impl Default for Chain {
    fn default() -> Self {
        Chain {
            outer: None,
            previous: None,
            prefixes: 0,
            regular: true,
        }
    }
}

impl Chain {
    fn then(&self, reading: &Reading) -> Chain {
        let inner_allowed = match self.outer {
            None => true,
            Some(outer) => {
                matches!(reading.prefix, Prefix::Per | Prefix::Ber | Prefix::Ter)
                    || (reading.prefix == Prefix::Pe && matches!(outer, Prefix::Ke | Prefix::Se))
            }
        };
        Chain {
            outer: self.outer.or(Some(reading.prefix)),
            previous: Some(reading.prefix),
            prefixes: self.prefixes + 1,
            regular: self.regular && reading.regular && inner_allowed,
        }
    }
}

/// Which affix combinations may be stripped without the lexicon's
/// confirmation: ke- only in the confix ke-…-an, se- only with -nya
/// (`secepatnya`), per- only with a suffix, never ku-/kau- (so many roots
/// begin with them), one derivational suffix at most, and a suffix alone
/// only if it is not -i (roots ending in -i are common, -i without a prefix
/// is rare).
fn guess_allowed(stage: &Stage, chain: &Chain) -> bool {
    if stage.derivations > 1 || !chain.regular {
        return false;
    }
    match chain.outer {
        None => stage.stripped > 0 && stage.suffix != Some("i"),
        Some(Prefix::Ke) => stage.suffix == Some("an"),
        Some(Prefix::Se) => stage.nya,
        Some(Prefix::Ku | Prefix::Kau) => false,
        Some(Prefix::Per) => stage.suffix.is_some(),
        Some(_) => true,
    }
}

struct Search<'c> {
    /// The longest root found, the regular reading first among equals.
    best: Option<(Buf, (usize, bool))>,
    guess: Option<(Buf, (u32, bool, u8, u32))>,
    collect: Option<&'c mut Vec<Box<str>>>,
}

/// A candidate on the stack: a restored initial and the rest of the word.
#[derive(Clone, Copy)]
struct Buf {
    bytes: [u8; MAX_WORD_BYTES + 1],
    len: usize,
}

impl Buf {
    fn new(initial: u8, rest: &[u8]) -> Buf {
        let mut buf = Buf {
            bytes: [0; MAX_WORD_BYTES + 1],
            len: 0,
        };
        if initial != 0 {
            buf.bytes[0] = initial;
            buf.len = 1;
        }
        let end = (buf.len + rest.len()).min(buf.bytes.len());
        buf.bytes[buf.len..end].copy_from_slice(&rest[..end - buf.len]);
        buf.len = end;
        buf
    }

    fn bytes(&self) -> &[u8] {
        &self.bytes[..self.len]
    }
}

/// The sound shape of the known roots, learned when the lexicon loads: the
/// letter pairs they contain (with the word boundary, so how roots begin
/// and end counts: no root begins with `nc` or ends in `tk`) and how many
/// begin with each pair of letters.
struct Shape {
    pairs: [u64; (SYMBOLS * SYMBOLS).div_ceil(64)],
    onsets: Vec<u32>,
}

impl Default for Shape {
    fn default() -> Self {
        Shape {
            pairs: [0; (SYMBOLS * SYMBOLS).div_ceil(64)],
            onsets: vec![0; 26 * 26],
        }
    }
}

impl Shape {
    fn learn(&mut self, root: &str) {
        for part in root.split('-').map(str::as_bytes) {
            if part.len() < 2 || !part.iter().all(u8::is_ascii_lowercase) {
                continue;
            }
            for index in letter_pairs(part) {
                self.pairs[index / 64] |= 1 << (index % 64);
            }
            self.onsets[onset_index(part)] += 1;
        }
    }

    fn long_enough(candidate: &[u8]) -> bool {
        candidate.len() >= MIN_GUESS_BYTES
            && candidate.iter().filter(|&&b| is_vowel(b as char)).count() >= 2
    }

    /// Long enough, lowercase a–z, and made of letter pairs some root has.
    fn plausible(&self, candidate: &[u8]) -> bool {
        Shape::long_enough(candidate)
            && candidate.iter().all(u8::is_ascii_lowercase)
            && letter_pairs(candidate).all(|i| self.pairs[i / 64] & (1 << (i % 64)) != 0)
    }

    fn onset(&self, candidate: &[u8]) -> u32 {
        match candidate.len() >= 2 && candidate[..2].iter().all(u8::is_ascii_lowercase) {
            true => self.onsets[onset_index(candidate)],
            false => 0,
        }
    }
}

fn onset_index(word: &[u8]) -> usize {
    usize::from(word[0] - b'a') * 26 + usize::from(word[1] - b'a')
}

/// Letter-pair indices of a lowercase a–z word between two boundaries.
fn letter_pairs(word: &[u8]) -> impl Iterator<Item = usize> + '_ {
    let symbol = |i: usize| word.get(i).map_or(BOUNDARY, |&b| usize::from(b - b'a'));
    (0..=word.len()).map(move |i| {
        let before = if i == 0 { BOUNDARY } else { symbol(i - 1) };
        before * SYMBOLS + symbol(i)
    })
}

fn is_word(term: &str) -> bool {
    term.bytes().all(|b| b.is_ascii_lowercase()) || term.chars().all(char::is_alphabetic)
}

/// The words of a front-coded list (see the header of `stem/roots.txt`).
fn front_decoded(list: &str) -> Result<Vec<String>, ArahError> {
    let mut words: Vec<String> = Vec::new();
    for (index, line) in list.lines().enumerate() {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut chars = line.chars();
        let shared = match chars.next() {
            Some(digit @ '0'..='9') => digit as usize - '0' as usize,
            Some(letter @ 'A'..='Z') => letter as usize - 'A' as usize + 10,
            _ => usize::MAX,
        };
        let previous = words.last().map_or("", |w| w);
        if shared > previous.chars().count() || chars.as_str().is_empty() {
            return Err(ArahError::Lexicon(format!(
                "line {} is not a front-coded root: “{line}”",
                index + 1
            )));
        }
        let mut word: String = previous.chars().take(shared).collect();
        word.push_str(chars.as_str());
        words.push(word);
    }
    Ok(words)
}

fn strip_suffix<'a>(word: &'a str, suffixes: &[&str]) -> Option<&'a str> {
    suffixes
        .iter()
        .find_map(|s| word.strip_suffix(s))
        .filter(|rest| rest.len() >= 3)
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Prefix {
    Di,
    Ke,
    Se,
    Ku,
    Kau,
    Ber,
    Ter,
    Per,
    /// meN-
    Me,
    /// peN-
    Pe,
}

/// Prefix–suffix pairs that Indonesian morphology does not combine.
fn confix_allowed(prefix: Prefix, suffix: Option<&str>) -> bool {
    !matches!(
        (prefix, suffix),
        (Prefix::Ber, Some("i"))
            | (Prefix::Di, Some("an"))
            | (Prefix::Ke, Some("i" | "kan"))
            | (Prefix::Me, Some("an"))
            | (Prefix::Se, Some("i" | "kan"))
            | (Prefix::Ter, Some("an"))
    )
}

fn is_vowel(ch: char) -> bool {
    matches!(ch, 'a' | 'e' | 'i' | 'o' | 'u')
}

/// One way a word may start with a prefix: skip `skip` bytes and put back
/// `restore` (0: nothing), the initial consonant a nasal replaced.
#[derive(Clone, Copy)]
struct Reading {
    prefix: Prefix,
    skip: usize,
    restore: u8,
    /// The rule-book reading, not only one the lexicon may confirm (`be-`
    /// before anything but an -er- syllable, `bel-`/`pel-` of `ajar`, a
    /// nasal kept before a vowel).
    regular: bool,
}

const MAX_READINGS: usize = 12;

/// Every way `word` may start with a prefix.
fn prefix_readings(word: &[u8]) -> ([Reading; MAX_READINGS], usize) {
    let mut out = [Reading {
        prefix: Prefix::Di,
        skip: 0,
        restore: 0,
        regular: false,
    }; MAX_READINGS];
    let mut count = 0;
    let mut push = |prefix: Prefix, skip: usize, restore: u8, regular: bool| {
        if count < MAX_READINGS && word.len() >= skip + 2 {
            out[count] = Reading {
                prefix,
                skip,
                restore,
                regular,
            };
            count += 1;
        }
    };
    let at = |n: usize| word.get(n).map_or(' ', |&b| b as char);
    let starts = |p: &str| word.starts_with(p.as_bytes());
    if word.len() < 4 || !matches!(word[0], b'b' | b'd' | b'k' | b'm' | b'p' | b's' | b't') {
        return (out, 0);
    }

    for (prefix, family) in [
        ("di", Prefix::Di),
        ("ke", Prefix::Ke),
        ("se", Prefix::Se),
        ("ku", Prefix::Ku),
        ("kau", Prefix::Kau),
    ] {
        if starts(prefix) {
            push(family, prefix.len(), 0, true);
        }
    }
    // ber-, be- before -er- syllables (bekerja) and r (berantai), bel- in
    // belajar.
    if starts("ber") {
        push(Prefix::Ber, 3, 0, true);
        // ber- + a root in r- loses one r (berantai → rantai).
        if is_vowel(at(3)) {
            push(Prefix::Ber, 2, 0, true);
        }
    } else if starts("be") {
        push(Prefix::Ber, 2, 0, at(3) == 'e' && at(4) == 'r');
    }
    if starts("bel") {
        push(Prefix::Ber, 3, 0, false);
    }
    // ter-, te- (terasa), per-, pe- (peramal)
    for (prefix, family) in [("ter", Prefix::Ter), ("per", Prefix::Per)] {
        if starts(prefix) && word.len() >= 5 {
            // te-/pe- + a root in r- (terasa → rasa) before ter-/per- + a
            // vowel-initial root (terikat → ikat).
            if is_vowel(at(3)) {
                push(family, 2, 0, true);
            }
            push(family, 3, 0, true);
        }
    }
    // meN- and peN-, with their nasal alternations.
    for (lead, family) in [("me", Prefix::Me), ("pe", Prefix::Pe)] {
        if !starts(lead) {
            continue;
        }
        // me-/pe- before l, r, w, y, m, n keep the consonant (melihat,
        // merasa, menanti); tried before reading the consonant as a nasal.
        if matches!(at(2), 'l' | 'r' | 'w' | 'y' | 'm' | 'n') {
            push(family, 2, 0, true);
        }
        let nasal_forms: [(&str, &[u8]); 5] = [
            ("ngen", &[0]),     // mengebom → bom
            ("ng", &[0, b'k']), // mengambil → ambil, mengirim → kirim
            ("ny", b"s"),       // menyapu → sapu
            ("m", &[0, b'p']),  // membaca → baca, memakai → pakai
            ("n", &[0, b't']),  // mendengar → dengar, menulis → tulis
        ];
        for (nasal, restored) in nasal_forms {
            if !word[2..].starts_with(nasal.as_bytes()) || word.len() < 2 + nasal.len() + 2 {
                continue;
            }
            let next = at(2 + nasal.len());
            for &initial in restored {
                let (fits, regular) = match (nasal, initial) {
                    ("ngen", _) => (!is_vowel(next), false),
                    ("ng", 0) => (
                        is_vowel(next) || matches!(next, 'g' | 'h' | 'k' | 'x'),
                        true,
                    ),
                    ("m", 0) => (
                        matches!(next, 'b' | 'f' | 'v' | 'p') || is_vowel(next),
                        !is_vowel(next),
                    ),
                    ("n", 0) => (
                        matches!(next, 'c' | 'd' | 'j' | 'z' | 's' | 't') || is_vowel(next),
                        !is_vowel(next),
                    ),
                    // The nasal replaced a voiceless consonant before a vowel.
                    _ => (is_vowel(next), true),
                };
                if fits {
                    push(family, 2 + nasal.len(), initial, regular);
                }
            }
        }
        // pe- + r: peramal; pel- + ajar.
        if lead == "pe" && starts("pel") && word.len() >= 5 {
            push(family, 3, 0, false);
        }
    }
    (out, count)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Table-driven: (word, expected stem) with the built-in lexicon.
    macro_rules! test_stem {
        ($($name:ident: $word:expr => $stem:expr;)*) => {$(
            #[test]
            fn $name() {
                let stemmer = Stemmer::indonesian();
                assert_eq!(stemmer.stem($word), $stem, "stem of {:?}", $word);
            }
        )*};
    }

    test_stem! {
        root_unchanged: "kerja" => "kerja";
        media_survives: "media" => "media";
        pemilu_survives: "pemilu" => "pemilu";
        memiliki_to_real_root: "memiliki" => "milik";
        unknown_name_unchanged: "basuki" => "basuki";
        unknown_affixed_unchanged: "memfrobnikasi" => "memfrobnikasi";
        ber_prefix: "bekerja" => "kerja";
        bel_prefix: "belajar" => "ajar";
        ter_before_r: "terasa" => "rasa";
        men_t_recoding: "menulis" => "tulis";
        men_n_recoding: "menanti" => "nanti";
        meny_s_recoding: "menyapu" => "sapu";
        peng_an_confix: "penggunaan" => "guna";
        meng_kan: "menggunakan" => "guna";
        mem_b: "membaca" => "baca";
        mem_p_recoding: "memakai" => "pakai";
        meng_k_recoding: "mengirim" => "kirim";
        meng_vowel: "mengambil" => "ambil";
        men_d: "mendengar" => "dengar";
        me_l: "melihat" => "lihat";
        di_kan: "digunakan" => "guna";
        particle_lah: "bacalah" => "baca";
        possessive_nya: "rumahnya" => "rumah";
        ke_an: "kebenaran" => "benar";
        se_prefix: "sebuah" => "buah";
        two_prefixes: "memperhatikan" => "perhati";
        reduplication_plural: "partai-partai" => "partai";
        reduplication_with_affix: "beramai-ramai" => "ramai";
        reduplication_of_days: "sehari-hari" => "hari";
        reduplication_berhati: "berhati-hati" => "hati";
        different_pair_whole: "bolak-balik" => "bolak-balik";
        reduplication_with_prefix_and_suffix: "memotong-motongnya" => "potong";
        hyphenated_possessive: "kehendak-mu" => "hendak";
        masing_masing: "masing-masing" => "masing";
        digits_untouched: "2012" => "2012";
        hashtag_untouched: "#pemilu" => "#pemilu";
        kampanye_root: "berkampanye" => "kampanye";
        pemerintah: "pemerintah" => "perintah";
        masyarakat_root: "masyarakat" => "masyarakat";
        penelitian: "penelitian" => "teliti";
        pendukung: "pendukungnya" => "dukung";
        dimanfaatkan: "dimanfaatkan" => "manfaat";
        kekuasaan: "kekuasaan" => "kuasa";

        kan_after_k_written_once: "menampakan" => "tampak";
        ke_an_after_k_stays_an: "kemasukan" => "masuk";
        ber_before_r_root: "berantai" => "rantai";
        regular_reading_among_equals: "pengurasan" => "kuras";
        reduplication_ber_before_r: "beribu-ribu" => "ribu";
    }

    /// A small lexicon, so that guesses for the roots it lacks can be seen.
    fn small() -> Stemmer {
        Stemmer::with_roots([
            "ajar", "ambil", "bantu", "baca", "cinta", "datang", "dengar", "enak", "ganti", "guna",
            "jalan", "kerja", "kirim", "kuasa", "lampu", "lihat", "main", "minum", "nanti", "obat",
            "pakai", "panas", "pilih", "rasa", "rumah", "sapu", "sikat", "tanam", "tolak", "tulis",
            "ular", "kelapa", "kopi", "soal", "licin", "bukit", "kasus", "buntu", "suka", "buka",
        ])
    }

    macro_rules! test_guess {
        ($($name:ident: $word:expr => $stem:expr;)*) => {$(
            #[test]
            fn $name() {
                assert_eq!(small().stem($word), $stem, "stem of {:?}", $word);
            }
        )*};
    }

    test_guess! {
        guess_men_t: "menolak" => "tolak";
        guess_men_t_unknown: "menukar" => "tukar";
        guess_meny_s: "menyusun" => "susun";
        guess_mem_p: "memilih" => "pilih";
        guess_meng_k: "mengenal" => "kenal";
        guess_ke_an: "kesopanan" => "sopan";
        guess_ber: "berbicara" => "bicara";
        guess_prefix_before_particle: "bergalah" => "galah";
        guess_suffix_an: "tulisan" => "tulis";
        guess_nya: "bukunya" => "buku";
        no_guess_ke_alone: "kelinci" => "kelinci";
        no_guess_suffix_i_alone: "basuki" => "basuki";
        no_guess_ku_prefix: "kunyit" => "kunyit";
        no_guess_short_root: "dibom" => "dibom";
        no_guess_odd_shape: "memfrobnikasi" => "memfrobnikasi";
        guess_one_derivational_suffix: "tukaranan" => "tukaran";
    }

    #[test]
    fn corpus_family_settles_an_ambiguous_guess() {
        let mut stemmer = small();
        assert_eq!(stemmer.stem("memasak"), "pasak");
        stemmer.add_corpus_words(["memasak", "masakan"]);
        assert_eq!(stemmer.stem("memasak"), "masak");
        assert_eq!(stemmer.stem("masakan"), "masak");
    }

    #[test]
    fn corpus_words_guide_unknown_stems() {
        let mut stemmer = Stemmer::with_roots(["baca"]);
        assert_eq!(stemmer.stem("mencoblos"), "mencoblos");
        stemmer.add_corpus_words(["coblos"]);
        assert_eq!(stemmer.stem("mencoblos"), "coblos");
    }

    #[test]
    fn front_coding_round_trips() {
        let list = "# header\n0abang\n5i\n0kampanye\n8nya\nB-x\n";
        assert_eq!(
            front_decoded(list).unwrap(),
            [
                "abang",
                "abangi",
                "kampanye",
                "kampanyenya",
                "kampanyenya-x"
            ]
        );
        let roots = front_decoded(BUILT_IN_ROOTS).unwrap();
        assert!(roots.len() > 6000);
        assert!(
            roots.windows(2).all(|w| w[0] < w[1]),
            "roots are sorted and unique"
        );
        assert!(roots.iter().any(|r| r == "kampanye") && roots.iter().any(|r| r == "guna"));
    }

    #[test]
    fn malformed_lists_are_refused_with_the_line() {
        for (list, line) in [
            ("0abang\n9x\n", 2),
            ("0abang\nkampanye\n", 2),
            ("# only a header\n0\n", 2),
            ("\u{0}\u{1}binary", 1),
        ] {
            let error = Stemmer::from_front_coded(list).err().expect(list);
            assert!(
                error.to_string().contains(&format!("line {line} ")),
                "{error}"
            );
        }
        let empty = Stemmer::from_front_coded("# nothing\n").err().unwrap();
        assert!(empty.to_string().contains("no roots"));
    }

    #[test]
    fn borrowed_when_unchanged() {
        let stemmer = Stemmer::indonesian();
        assert!(matches!(stemmer.stem("media"), Cow::Borrowed(_)));
    }
}
