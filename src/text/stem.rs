//! An Indonesian stemmer guided by a root lexicon, in the manner of
//! Nazief & Adriani (1996) and its confix-stripping refinements: every
//! reading of the word's start as up to three prefixes (meN-, peN- with
//! their nasal alternations and recoding, ber-, ter-, per-, di-, ke-, se-,
//! ku-, kau-) is combined with every reading of its end (without particle
//! -lah -kah -tah -pun, possessive -ku -mu -nya, and derivational suffixes
//! -kan -an -i), and the longest candidate that is a known root wins.
//!
//! A word that is itself a root stays (`media`, `pemilu`), and a word that
//! reaches a root keeps the root the lexicon knows (`memiliki` → `milik`).
//! Only when no reading reaches a root does the stemmer guess one the
//! lexicon lacks, and only by the rule book: confixes that exist, nasals
//! that replace what they replace, a leftover of at least four letters and
//! two vowels whose letter pairs occur in known roots; ke-, se-, per- and
//! a bare -i need their partner affix, ku-/kau- are never guessed. So an
//! unknown name (`basuki`) or a word of odd shape (`memfrobnikasi`) is left
//! alone. Words of the corpus at hand can back a guess. Reduplication:
//! `partai-partai` → `partai`, `beramai-ramai` → `ramai`; a pair of
//! different words (`bolak-balik`) stays whole.

use crate::error::ArahError;
use std::borrow::Cow;

/// The root lexicon, front-coded. Natively it is compiled in; the wasm
/// build leaves it out and the page fetches the same file when needed.
#[cfg(any(test, not(target_arch = "wasm32")))]
const BUILT_IN_ROOTS: &str = include_str!("stem/roots.txt");
const PARTICLES: [&str; 4] = ["lah", "kah", "tah", "pun"];
const POSSESSIVES: [&str; 3] = ["nya", "ku", "mu"];
const DERIVATIONAL: [(&str, Suffix); 3] =
    [("kan", Suffix::Kan), ("an", Suffix::An), ("i", Suffix::I)];
const MAX_PREFIXES: usize = 3;

/// Longest term (in bytes) the stemmer looks into; longer ones stay whole
/// (and offsets fit in a byte).
const MAX_WORD_BYTES: usize = 47;
/// A guessed root (one the lexicon does not know) has at least this many
/// letters and two vowels: shorter leftovers are mostly accidents.
const MIN_GUESS_BYTES: usize = 4;
/// Letters a–z and the word boundary, for the letter-pair shape of roots.
const SYMBOLS: usize = 27;
const BOUNDARY: usize = 26;

#[derive(Clone)]
pub struct Stemmer {
    roots: RootTable,
    shape: Shape,
    /// Words of the corpus at hand; for each root guessed for one of them,
    /// how many distinct corpus words it explains; those that explain two.
    corpus: RootTable,
    guessed: RootTable,
    explains: Vec<u32>,
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
        let mut table = RootTable::default();
        let mut shape = Shape::default();
        for root in roots {
            let root = root.into();
            shape.learn(&root);
            table.insert(root.as_bytes());
        }
        Stemmer {
            roots: table,
            shape,
            corpus: RootTable::default(),
            guessed: RootTable::default(),
            explains: Vec::new(),
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
            if self.corpus.contains(0, word.as_bytes()) {
                continue;
            }
            self.corpus.insert(word.as_bytes());
            if !is_word(word) || self.is_root(word) {
                continue;
            }
            guesses.clear();
            self.search(
                word,
                Some(&mut |pick: Pick| guesses.push(pick.text(word).into())),
            );
            guesses.sort_unstable();
            guesses.dedup();
            for guess in guesses.drain(..) {
                if let Some(index) = self.guessed.insert(guess.as_bytes()) {
                    self.explains.resize(self.guessed.spans.len(), 0);
                    self.explains[index] += 1;
                }
            }
        }
    }

    pub fn is_root(&self, word: &str) -> bool {
        self.roots.contains(0, word.as_bytes())
    }

    /// The stem of a lowercase term, or the term itself.
    pub fn stem<'a>(&self, term: &'a str) -> Cow<'a, str> {
        if term.len() > MAX_WORD_BYTES {
            return Cow::Borrowed(term);
        }
        if let Some(hyphen) = term.bytes().position(|b| b == b'-') {
            return self.stem_reduplication(term, &term[..hyphen], &term[hyphen + 1..]);
        }
        if !is_word(term) || self.is_root(term) {
            return Cow::Borrowed(term);
        }
        match self.search(term, None) {
            Some(Pick {
                restore: 0,
                skip,
                end,
            }) => Cow::Borrowed(term.get(skip..end).unwrap_or(term)),
            Some(pick) => Cow::Owned(pick.text(term)),
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
        // A confix may wrap the repetition: `kebayi-bayian`, `menderu-derukan`.
        let repeats = left == right_base
            || left.ends_with(right_base)
            || left_stem == right_stem
            || left.ends_with(&*right_stem);
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
    /// a root, the best guess reached by regular rules only (see
    /// [`Chain::regular`] and [`guess_allowed`]) is taken. With `collect`,
    /// every acceptable guess is gathered instead.
    fn search(&self, word: &str, mut collect: Option<&mut dyn FnMut(Pick)>) -> Option<Pick> {
        let w = word.as_bytes();
        let mut stages = [Stage::default(); MAX_STAGES];
        let mut count = 1;
        stages[0].end = w.len() as u8;
        let mut current = stages[0];
        for group in [&PARTICLES[..], &POSSESSIVES[..]] {
            let before = &w[..usize::from(current.end)];
            let Some(ending) = group.iter().find(|e| ends_with(before, e.as_bytes())) else {
                continue;
            };
            if before.len() >= ending.len() + 3 {
                current.end -= ending.len() as u8;
                current.stripped += 1;
                current.nya |= *ending == "nya";
                stages[count] = current;
                count += 1;
            }
        }
        let (mut from, mut to) = (count - 1, count);
        for derivations in 1..=2 {
            for i in from..to {
                let stage = stages[i];
                let before = &w[..usize::from(stage.end)];
                for &(ending, suffix) in &DERIVATIONAL {
                    if before.len() < ending.len() + 3 || !ends_with(before, ending.as_bytes()) {
                        continue;
                    }
                    let end = before.len() - ending.len();
                    let next = Stage {
                        end: end as u8,
                        suffix: Some(suffix),
                        derivations,
                        stripped: stage.stripped + 1,
                        nya: stage.nya,
                    };
                    stages[count] = next;
                    count += 1;
                    // -kan after a root in k is often written with one k
                    // (`menampakan` for `menampakkan`): that -an is -kan.
                    if suffix == Suffix::An && w[end - 1] == b'k' {
                        stages[count] = Stage {
                            suffix: Some(Suffix::Kan),
                            ..next
                        };
                        count += 1;
                    }
                }
            }
            (from, to) = (to, count);
        }
        let mut nodes = [Node::default(); MAX_NODES];
        let found = prefix_chains(w, &mut nodes);
        let nodes = &nodes[..found];
        let stages = &stages[..count];
        // Roots first: of the candidates (a prefix chain read off the
        // start, a suffix stage off the end), the longest that is a root,
        // of two as long the one reached by regular rules.
        let mut best: Option<(Pick, (usize, bool))> = None;
        for node in nodes {
            for stage in stages {
                let Some(len) = node.len(stage) else {
                    continue;
                };
                let rank = (len, !node.chain.irregular);
                if best.as_ref().is_some_and(|(_, b)| rank <= *b) {
                    continue;
                }
                let pick = Pick::new(node, stage);
                if self.roots.contains(pick.restore, &w[pick.skip..pick.end]) {
                    best = Some((pick, rank));
                }
            }
        }
        if let (Some((root, _)), None) = (&best, &collect) {
            return Some(*root);
        }
        // Then a guess for a root the lexicon lacks (see `Stemmer::guess`).
        let mut guess: Option<(Pick, Score)> = None;
        for node in nodes {
            for stage in stages {
                if node.len(stage).is_none() || !guess_allowed(stage, &node.chain) {
                    continue;
                }
                let pick = Pick::new(node, stage);
                let rest = &w[pick.skip..pick.end];
                let Some(score) = self.guess(pick.restore, rest, stage, &node.chain) else {
                    continue;
                };
                if let Some(all) = collect.as_deref_mut() {
                    all(pick);
                } else if node.chain.prefixes == 0 && !stage.nya && score.0 == 0 {
                    // A suffix alone is too like the end of a root
                    // (`majalah`, `signifikan`) to strip without -nya or
                    // the corpus's word for it.
                    continue;
                } else if guess.as_ref().is_none_or(|(_, best)| score > *best) {
                    guess = Some((pick, score));
                }
            }
        }
        guess.map(|(pick, _)| pick)
    }

    /// The score of a candidate as a guess for a root the lexicon lacks:
    /// it must have the shape of a root or the support of the corpus at
    /// hand. More support first, then a prefix removed (a suffix alone is
    /// weaker evidence: `bergalah` is `ber|galah`, not `berga|lah`), then
    /// more affixes explained, then the more common start among roots
    /// (which settles the nasal alternations: `menulis` → `tulis` rather
    /// than `nulis`).
    fn guess(&self, restore: u8, rest: &[u8], stage: &Stage, chain: &Chain) -> Option<Score> {
        let support = self.support_of(restore, rest);
        let shaped = match support {
            0 => self.shape.plausible(restore, rest),
            _ => Shape::long_enough(restore, rest),
        };
        shaped.then(|| {
            (
                support,
                chain.prefixes > 0,
                chain.prefixes + stage.stripped,
                self.shape.onset(restore, rest),
            )
        })
    }

    fn support_of(&self, restore: u8, rest: &[u8]) -> u32 {
        if self.corpus.spans.is_empty() {
            return 0;
        }
        let explains = match self.guessed.find(restore, rest) {
            Some(index) => self.explains[index],
            None => 0,
        };
        2 * u32::from(self.corpus.contains(restore, rest)) + u32::from(explains >= 2)
    }
}

/// How good a guess is: corpus support, prefix removed, affixes explained,
/// roots sharing its first two letters.
type Score = (u32, bool, u8, u32);

const MAX_NODES: usize = 16;
/// Suffix stages: the word, without particle, without possessive, and up
/// to two derivational suffixes (one of them read two ways).
const MAX_STAGES: usize = 16;

/// A candidate: `restore` (if not 0) and the word from `skip` to `end`.
#[derive(Clone, Copy)]
struct Pick {
    skip: usize,
    restore: u8,
    end: usize,
}

impl Pick {
    fn new(node: &Node, stage: &Stage) -> Pick {
        Pick {
            skip: node.start(),
            restore: node.restore,
            end: stage.end.into(),
        }
    }

    fn text(&self, word: &str) -> String {
        let mut text = String::new();
        if self.restore != 0 {
            text.push(char::from(self.restore));
        }
        text.push_str(word.get(self.skip..self.end).unwrap_or(""));
        text
    }
}

/// A prefix chain read off the start of a word: the candidate is
/// `restore` (if not 0) and the word from `skip` on.
#[derive(Clone, Copy, Default)]
struct Node {
    skip: u8,
    restore: u8,
    chain: Chain,
}

impl Node {
    fn start(&self) -> usize {
        self.skip.into()
    }

    /// The candidate's length with `stage`, if at least two letters remain
    /// after the prefixes, there is anything to strip and the outer prefix
    /// goes with the suffix.
    fn len(&self, stage: &Stage) -> Option<usize> {
        let rest = stage.end.checked_sub(self.skip).filter(|&r| r >= 2)?;
        if !confix_allowed(self.chain.outer, stage.suffix) {
            return None;
        }
        (self.chain.prefixes > 0 || stage.stripped > 0)
            .then_some(usize::from(rest) + usize::from(self.restore != 0))
    }
}

/// Every chain of up to [`MAX_PREFIXES`] prefixes at the start of `word`
/// (the first node is none), breadth first; returns how many.
fn prefix_chains(word: &[u8], nodes: &mut [Node; MAX_NODES]) -> usize {
    let mut count = 1;
    let mut next = 0;
    while next < count {
        let node = nodes[next];
        next += 1;
        if usize::from(node.chain.prefixes) >= MAX_PREFIXES {
            continue;
        }
        // The start of the current candidate: enough to read prefixes.
        let mut head = [0u8; 8];
        let mut len = 0;
        if node.restore != 0 {
            head[0] = node.restore;
            len = 1;
        }
        let tail = &word[node.start()..];
        let take = tail.len().min(head.len() - len);
        head[len..len + take].copy_from_slice(&tail[..take]);
        let restored = len;
        push_readings(&head[..len + take], len + tail.len(), |reading| {
            if node.chain.previous == reading.prefix || count == MAX_NODES {
                return;
            }
            nodes[count] = Node {
                skip: (node.start() + reading.skip - restored) as u8,
                restore: reading.restore,
                chain: node.chain.then(&reading),
            };
            count += 1;
        });
    }
    count
}

/// The root lexicon: an open-addressing hash table (at most half full) over
/// one byte arena, looked up with an optional restored initial before a
/// slice of the word, so no candidate is copied.
#[derive(Clone, Default)]
struct RootTable {
    bytes: Vec<u8>,
    /// (start, length) of each root in `bytes`.
    spans: Vec<(u32, u8)>,
    /// Index + 1 into `spans`, 0 when empty; the length is a power of two.
    slots: Vec<u32>,
}

impl RootTable {
    /// Adds `root` (if new) and returns its index.
    fn insert(&mut self, root: &[u8]) -> Option<usize> {
        if let Some(index) = self.find(0, root) {
            return Some(index);
        }
        if root.len() > usize::from(u8::MAX) {
            return None;
        }
        if (self.spans.len() + 1) * 2 > self.slots.len() {
            self.grow();
        }
        self.spans.push((self.bytes.len() as u32, root.len() as u8));
        self.bytes.extend_from_slice(root);
        self.place(self.spans.len() - 1);
        Some(self.spans.len() - 1)
    }

    fn grow(&mut self) {
        self.slots = vec![0; (self.slots.len() * 2).max(64)];
        for index in 0..self.spans.len() {
            self.place(index);
        }
    }

    fn place(&mut self, index: usize) {
        let (start, len) = self.spans[index];
        let root = &self.bytes[start as usize..start as usize + usize::from(len)];
        let mask = self.slots.len() - 1;
        let mut slot = RootTable::hash(0, root) as usize & mask;
        while self.slots[slot] != 0 {
            slot = (slot + 1) & mask;
        }
        self.slots[slot] = index as u32 + 1;
    }

    /// Whether `restore` (if not 0) followed by `rest` is a root.
    fn contains(&self, restore: u8, rest: &[u8]) -> bool {
        self.find(restore, rest).is_some()
    }

    /// The index of `restore` (if not 0) followed by `rest`.
    fn find(&self, restore: u8, rest: &[u8]) -> Option<usize> {
        let len = rest.len() + usize::from(restore != 0);
        if self.slots.is_empty() {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut slot = RootTable::hash(restore, rest) as usize & mask;
        loop {
            let index = self.slots[slot].checked_sub(1)? as usize;
            let (start, root_len) = self.spans[index];
            if usize::from(root_len) == len {
                let root = &self.bytes[start as usize..start as usize + len];
                if equal(restore, rest, root) {
                    return Some(index);
                }
            }
            slot = (slot + 1) & mask;
        }
    }

    /// FxHash-style over the bytes of `restore` (if not 0) and `rest`.
    fn hash(restore: u8, rest: &[u8]) -> u64 {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut hash = match restore {
            0 => 0,
            b => u64::from(b).wrapping_mul(K),
        };
        for &b in rest {
            hash = (hash.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
        hash ^ (hash >> 29)
    }
}

/// Whether `restore` (if not 0) followed by `rest` equals `root`, which has
/// their length.
fn equal(restore: u8, rest: &[u8], root: &[u8]) -> bool {
    let skip = usize::from(restore != 0);
    if skip == 1 && root[0] != restore {
        return false;
    }
    let mut i = 0;
    while i < rest.len() {
        if rest[i] != root[skip + i] {
            return false;
        }
        i += 1;
    }
    true
}

/// What the suffix stage of a candidate removed.
#[derive(Clone, Copy, Default)]
struct Stage {
    /// The candidate is the word up to this byte.
    end: u8,
    /// The (innermost) derivational suffix removed, for the confixes.
    suffix: Option<Suffix>,
    derivations: u8,
    /// Suffixes removed in all.
    stripped: u8,
    nya: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Suffix {
    Kan,
    An,
    I,
}

/// The prefixes a candidate was reached through.
#[derive(Clone, Copy, Default)]
struct Chain {
    outer: Prefix,
    previous: Prefix,
    prefixes: u8,
    /// Some reading does not follow the rules of the morphology, only the
    /// lexicon may confirm it. Regular: a second prefix is per-, ber- or
    /// ter- (or peN- after ke-/se-: `kepemimpinan`), the nasal replaced
    /// what it replaces.
    irregular: bool,
}

impl Chain {
    fn then(&self, reading: &Reading) -> Chain {
        let inner_allowed = match self.outer {
            Prefix::None => true,
            outer => {
                matches!(reading.prefix, Prefix::Per | Prefix::Ber | Prefix::Ter)
                    || (reading.prefix == Prefix::Pe && matches!(outer, Prefix::Ke | Prefix::Se))
            }
        };
        Chain {
            outer: match self.outer {
                Prefix::None => reading.prefix,
                outer => outer,
            },
            previous: reading.prefix,
            prefixes: self.prefixes + 1,
            irregular: self.irregular || !reading.regular || !inner_allowed,
        }
    }
}

/// Which affix combinations may be stripped without the lexicon's
/// confirmation: ke- only in the confix ke-…-an, se- only with -nya
/// (`secepatnya`), per- only with a suffix, never ku-/kau- (so many roots
/// begin with them), one derivational suffix at most, and a suffix alone
/// only if it is not -i (roots ending in -i are common, -i without a prefix
/// is rare); [`Stemmer::search`] further wants -nya or the corpus's support
/// for a suffix alone.
fn guess_allowed(stage: &Stage, chain: &Chain) -> bool {
    if stage.derivations > 1 || chain.irregular {
        return false;
    }
    match chain.outer {
        Prefix::None => stage.stripped > 0 && stage.suffix != Some(Suffix::I),
        Prefix::Ke => stage.suffix == Some(Suffix::An),
        Prefix::Se => stage.nya,
        Prefix::Ku | Prefix::Kau => false,
        Prefix::Per => stage.suffix.is_some(),
        _ => true,
    }
}

/// The sound shape of the known roots, learned when the lexicon loads: the
/// letter pairs they contain (with the word boundary, so how roots begin
/// and end counts: no root begins with `nc` or ends in `tk`) and how many
/// begin with each pair of letters.
#[derive(Clone)]
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
        for part in root.as_bytes().split(|&b| b == b'-') {
            if part.len() >= 2 && part.iter().all(u8::is_ascii_lowercase) {
                letter_pairs(0, part, |i| {
                    self.pairs[i / 64] |= 1 << (i % 64);
                    true
                });
                self.onsets[onset_index(part)] += 1;
            }
        }
    }

    /// At least four letters and two vowels (`restore`, if not 0, and
    /// `rest` are the candidate, as below).
    fn long_enough(restore: u8, rest: &[u8]) -> bool {
        let vowels = rest.iter().filter(|&&b| is_vowel(b as char)).count();
        rest.len() + usize::from(restore != 0) >= MIN_GUESS_BYTES
            && vowels + usize::from(is_vowel(restore as char)) >= 2
    }

    /// Long enough, lowercase a–z, made of letter pairs some root has and
    /// beginning as some root begins.
    fn plausible(&self, restore: u8, rest: &[u8]) -> bool {
        Shape::long_enough(restore, rest)
            && letter_pairs(restore, rest, |i| self.pairs[i / 64] & (1 << (i % 64)) != 0)
            && self.onset(restore, rest) > 0
    }

    fn onset(&self, restore: u8, rest: &[u8]) -> u32 {
        let (first, second) = match restore {
            0 => (rest[0], rest[1]),
            b => (b, rest[0]),
        };
        match first.is_ascii_lowercase() && second.is_ascii_lowercase() {
            true => self.onsets[onset_index(&[first, second])],
            false => 0,
        }
    }
}

fn onset_index(word: &[u8]) -> usize {
    usize::from(word[0] - b'a') * 26 + usize::from(word[1] - b'a')
}

/// Calls `f` with the index of every letter pair of `restore` (if not 0)
/// and `rest` between two boundaries while it says yes; false if it said no
/// or a byte is not a–z.
fn letter_pairs(restore: u8, rest: &[u8], mut f: impl FnMut(usize) -> bool) -> bool {
    let mut before = BOUNDARY;
    let skip = usize::from(restore == 0);
    for i in skip..=rest.len() + 1 {
        let symbol = match (i, rest.get(i.wrapping_sub(1))) {
            (0, _) => usize::from(restore.wrapping_sub(b'a')),
            (_, Some(&b)) => usize::from(b.wrapping_sub(b'a')),
            (_, None) => BOUNDARY,
        };
        if symbol > BOUNDARY
            || (symbol == BOUNDARY && i <= rest.len())
            || !f(before * SYMBOLS + symbol)
        {
            return false;
        }
        before = symbol;
    }
    true
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

/// The prefix families (`None` before any: all-zero chains are empty).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
enum Prefix {
    #[default]
    None,
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
fn confix_allowed(prefix: Prefix, suffix: Option<Suffix>) -> bool {
    !matches!(
        (prefix, suffix),
        (Prefix::Ber, Some(Suffix::I))
            | (Prefix::Di, Some(Suffix::An))
            | (Prefix::Ke, Some(Suffix::I | Suffix::Kan))
            | (Prefix::Me, Some(Suffix::An))
            | (Prefix::Se, Some(Suffix::I | Suffix::Kan))
            | (Prefix::Ter, Some(Suffix::An))
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

/// Every way a word of `len` bytes that begins with `word` may start with a
/// prefix, each given to `found`.
fn push_readings(word: &[u8], len: usize, mut found: impl FnMut(Reading)) {
    let mut push = |prefix: Prefix, skip: usize, restore: u8, regular: bool| {
        if len >= skip + 2 {
            found(Reading {
                prefix,
                skip,
                restore,
                regular,
            });
        }
    };
    let at = |n: usize| word.get(n).map_or(' ', |&b| b as char);
    if len < 4 || word.len() < 2 {
        return;
    }
    match (at(0), at(1)) {
        ('d', 'i') => push(Prefix::Di, 2, 0, true),
        ('k', 'e') => push(Prefix::Ke, 2, 0, true),
        ('s', 'e') => push(Prefix::Se, 2, 0, true),
        ('k', 'u') => push(Prefix::Ku, 2, 0, true),
        ('k', 'a') if at(2) == 'u' => push(Prefix::Kau, 3, 0, true),
        // ber-, be- before -er- syllables (bekerja) and r (berantai),
        // bel- in belajar.
        ('b', 'e') => {
            if at(2) == 'r' {
                push(Prefix::Ber, 3, 0, true);
                // ber- + a root in r- loses one r (berantai → rantai).
                if is_vowel(at(3)) {
                    push(Prefix::Ber, 2, 0, true);
                }
            } else {
                push(Prefix::Ber, 2, 0, at(3) == 'e' && at(4) == 'r');
            }
            if at(2) == 'l' {
                push(Prefix::Ber, 3, 0, false);
            }
        }
        ('t', 'e') => r_prefix_readings(Prefix::Ter, at, len, &mut push),
        ('p', 'e') => {
            r_prefix_readings(Prefix::Per, at, len, &mut push);
            nasal_readings(Prefix::Pe, at, len, &mut push);
        }
        ('m', 'e') => nasal_readings(Prefix::Me, at, len, &mut push),
        _ => {}
    }
}

/// ter-, te- (terasa), per-, pe- (peramal).
fn r_prefix_readings(
    family: Prefix,
    at: impl Fn(usize) -> char,
    len: usize,
    push: &mut impl FnMut(Prefix, usize, u8, bool),
) {
    if at(2) == 'r' && len >= 5 {
        // te-/pe- + a root in r- (terasa → rasa) before ter-/per- + a
        // vowel-initial root (terikat → ikat).
        if is_vowel(at(3)) {
            push(family, 2, 0, true);
        }
        push(family, 3, 0, true);
    }
}

/// meN- and peN-, with their nasal alternations.
fn nasal_readings(
    family: Prefix,
    at: impl Fn(usize) -> char,
    len: usize,
    push: &mut impl FnMut(Prefix, usize, u8, bool),
) {
    // me-/pe- before l, r, w, y, m, n keep the consonant (melihat,
    // merasa, menanti); tried before reading the consonant as a nasal.
    if matches!(at(2), 'l' | 'r' | 'w' | 'y' | 'm' | 'n') {
        push(family, 2, 0, true);
    }
    // menge- before a root of one syllable (mengebom → bom).
    if (at(2), at(3), at(4), at(5)) == ('n', 'g', 'e', 'n') && len >= 8 && !is_vowel(at(6)) {
        push(family, 6, 0, false);
    }
    let nasal = match (at(2), at(3)) {
        ('n', 'g' | 'y') => 2,
        ('m' | 'n', _) => 1,
        _ => 0,
    };
    let skip = 2 + nasal;
    let next = at(skip);
    let vowel = is_vowel(next);
    // Whether the nasal stands before the root's own initial, and the
    // voiceless consonant it replaces before a vowel: mengambil → ambil,
    // menggunakan → guna, mengirim → kirim; menyapu → sapu; membaca →
    // baca, memakai → pakai; mendengar → dengar, menulis → tulis.
    let (kept, replaced) = match at(skip - 1) {
        'g' => (vowel || matches!(next, 'g' | 'h' | 'k' | 'x'), b'k'),
        'y' => (false, b's'),
        'm' => (vowel || matches!(next, 'b' | 'f' | 'v' | 'p'), b'p'),
        _ => (
            vowel || matches!(next, 'c' | 'd' | 'j' | 'z' | 's' | 't'),
            b't',
        ),
    };
    if nasal > 0 && len >= skip + 2 {
        if kept {
            // A nasal kept before a vowel is regular only as ng.
            push(family, skip, 0, !vowel || nasal == 2);
        }
        if vowel {
            push(family, skip, replaced, true);
        }
    }
    // pe- + r: peramal; pel- + ajar.
    if family == Prefix::Pe && at(2) == 'l' && len >= 5 {
        push(family, 3, 0, false);
    }
}

/// Byte comparisons inline: these affixes are a few bytes long.
fn starts_with(word: &[u8], start: &[u8]) -> bool {
    word.len() >= start.len() && equal(0, start, &word[..start.len()])
}
fn ends_with(word: &[u8], end: &[u8]) -> bool {
    word.len() >= end.len() && starts_with(&word[word.len() - end.len()..], end)
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
            "biru",
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
        guess_prefix_and_an: "bertulisan" => "tulis";
        no_guess_suffix_alone: "tukaran" => "tukaran";
        guess_nya: "bukunya" => "buku";
        no_guess_ke_alone: "kelinci" => "kelinci";
        no_guess_suffix_i_alone: "basuki" => "basuki";
        no_guess_ku_prefix: "kunyit" => "kunyit";
        no_guess_short_root: "dibom" => "dibom";
        no_guess_odd_shape: "memfrobnikasi" => "memfrobnikasi";
        guess_one_derivational_suffix: "bertukaranan" => "tukaran";
        no_guess_odd_onset: "pertahana" => "pertahana";
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
    fn reduplication_inside_a_confix() {
        let mut stemmer = small();
        assert_eq!(stemmer.stem("kesopan-sopanan"), "kesopan-sopanan");
        stemmer.add_corpus_words(["sopan"]);
        assert_eq!(stemmer.stem("sopanan"), "sopan");
        assert_eq!(stemmer.stem("kesopan-sopanan"), "sopan");
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
