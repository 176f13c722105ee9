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
use crate::hash::TermSet;
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

#[derive(Clone)]
pub struct Stemmer {
    roots: TermSet<Box<str>>,
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
        Stemmer {
            roots: roots
                .into_iter()
                .map(|r| r.into().into_boxed_str())
                .collect(),
        }
    }

    /// Adds words seen in the corpus at hand as acceptable stems.
    pub fn add_corpus_words<I: IntoIterator<Item = S>, S: AsRef<str>>(&mut self, words: I) {
        self.roots
            .extend(words.into_iter().map(|w| Box::from(w.as_ref())));
    }

    pub fn is_root(&self, word: &str) -> bool {
        self.roots.contains(word)
    }

    /// The stem of a lowercase term, or the term itself.
    pub fn stem<'a>(&self, term: &'a str) -> Cow<'a, str> {
        if let Some((left, right)) = term.split_once('-') {
            return self.stem_reduplication(term, left, right);
        }
        if self.is_root(term) || !term.chars().all(char::is_alphabetic) {
            return Cow::Borrowed(term);
        }
        match self.strip(term) {
            Some(stem) => Cow::Owned(stem),
            None => Cow::Borrowed(term),
        }
    }

    /// `partai-partai`, `beramai-ramai` and `memotong-motongnya` reduce to
    /// the repeated word, `kehendak-mu` to its word; other pairs stay whole.
    fn stem_reduplication<'a>(&self, term: &'a str, left: &str, right: &str) -> Cow<'a, str> {
        if !left.chars().all(char::is_alphabetic) || !right.chars().all(char::is_alphabetic) {
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

    fn accept(&self, candidate: &str) -> bool {
        candidate.chars().count() >= MIN_ROOT_CHARS && self.is_root(candidate)
    }

    /// Tries every suffix stage (without particle, possessive, and up to two
    /// derivational suffixes, as the lemma data stacks them: `-anan`,
    /// `-kankan`) with every prefix reading, and keeps the longest root
    /// found: stripping too much (`memak|i` → `pak`) loses to the reading
    /// that explains more of the word (`me|maki`).
    fn strip(&self, word: &str) -> Option<String> {
        let mut stages: Vec<(&str, Option<&str>)> = vec![(word, None)];
        let mut current = word;
        for group in [&PARTICLES[..], &POSSESSIVES[..]] {
            if let Some(shorter) = strip_suffix(current, group) {
                current = shorter;
                stages.push((current, None));
            }
        }
        let mut frontier = vec![current];
        for _ in 0..2 {
            let mut next = Vec::new();
            for stage in &frontier {
                for suffix in DERIVATIONAL {
                    if let Some(shorter) = stage.strip_suffix(suffix).filter(|s| s.len() >= 3) {
                        stages.push((shorter, Some(suffix)));
                        next.push(shorter);
                    }
                }
            }
            frontier = next;
        }
        let mut best: Option<String> = None;
        let mut consider = |candidate: String| {
            if best.as_ref().is_none_or(|b| candidate.len() > b.len()) {
                best = Some(candidate);
            }
        };
        for &(stage, _) in stages.iter().skip(1) {
            if self.accept(stage) {
                consider(stage.to_owned());
            }
        }
        for &(stage, suffix) in &stages {
            self.strip_prefixes(stage, suffix, MAX_PREFIXES, None, &mut consider);
        }
        best
    }

    /// Removes up to `depth` prefixes from `word`, offering every candidate
    /// that is a root. `suffix` is the derivational suffix removed, for the
    /// confix restrictions; `previous` the prefix removed before.
    fn strip_prefixes(
        &self,
        word: &str,
        suffix: Option<&str>,
        depth: usize,
        previous: Option<&str>,
        found: &mut dyn FnMut(String),
    ) {
        if depth == 0 {
            return;
        }
        for (prefix, candidate) in prefix_candidates(word) {
            if previous == Some(prefix) || (previous.is_none() && !confix_allowed(prefix, suffix)) {
                continue;
            }
            self.strip_prefixes(&candidate, suffix, depth - 1, Some(prefix), found);
            if self.accept(&candidate) {
                found(candidate);
            }
        }
    }
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

/// Prefix–suffix pairs that Indonesian morphology does not combine.
fn confix_allowed(prefix: &str, suffix: Option<&str>) -> bool {
    !matches!(
        (prefix, suffix),
        ("ber", Some("i"))
            | ("di", Some("an"))
            | ("ke", Some("i" | "kan"))
            | ("me", Some("an"))
            | ("se", Some("i" | "kan"))
            | ("ter", Some("an"))
    )
}

fn is_vowel(ch: char) -> bool {
    matches!(ch, 'a' | 'e' | 'i' | 'o' | 'u')
}

/// Every way `word` may start with a prefix: (prefix family, what remains,
/// with the initial consonant the nasal replaced put back).
fn prefix_candidates(word: &str) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    let rest_after = |n: usize| word.get(n..).filter(|r| r.len() >= 2);
    let first_after = |n: usize| word[n..].chars().next();
    let mut push = |family: &'static str, candidate: String| out.push((family, candidate));

    for (prefix, family) in [
        ("di", "di"),
        ("ke", "ke"),
        ("se", "se"),
        ("ku", "ku"),
        ("kau", "kau"),
    ] {
        if let Some(rest) = word.strip_prefix(prefix).filter(|r| r.len() >= 2) {
            push(family, rest.to_owned());
        }
    }
    // ber-, be- before -er- syllables (bekerja), bel- in belajar.
    if let Some(rest) = rest_after(3).filter(|_| word.starts_with("ber")) {
        push("ber", rest.to_owned());
    }
    if word.starts_with("be") && !word.starts_with("ber") {
        if let Some(rest) = rest_after(2) {
            push("ber", rest.to_owned());
        }
    }
    if let Some(rest) = rest_after(3).filter(|_| word.starts_with("bel")) {
        push("ber", rest.to_owned());
    }
    // ter-, te- (terasa), per-, pe- (peramal)
    for (prefix, family) in [("ter", "ter"), ("per", "per")] {
        if let Some(rest) = rest_after(3).filter(|_| word.starts_with(prefix)) {
            // te-/pe- + a root in r- (terasa → rasa) before ter-/per- + a
            // vowel-initial root (terikat → ikat).
            if rest.starts_with(is_vowel) {
                push(family, word[2..].to_owned());
            }
            push(family, rest.to_owned());
        }
    }
    // meN- and peN-, with their nasal alternations.
    for (lead, family) in [("me", "me"), ("pe", "pe")] {
        if !word.starts_with(lead) {
            continue;
        }
        let after = &word[2..];
        // me-/pe- before l, r, w, y, m, n keep the consonant (melihat,
        // merasa, menanti); tried before reading the consonant as a nasal.
        if matches!(first_after(2), Some('l' | 'r' | 'w' | 'y' | 'm' | 'n')) && after.len() >= 2 {
            push(family, after.to_owned());
        }
        let nasal_forms: [(&str, &[&str]); 5] = [
            ("ngen", &[""]),    // mengebom → bom
            ("ng", &["", "k"]), // mengambil → ambil, mengirim → kirim
            ("ny", &["s"]),     // menyapu → sapu
            ("m", &["", "p"]),  // membaca → baca, memakai → pakai
            ("n", &["", "t"]),  // mendengar → dengar, menulis → tulis
        ];
        for (nasal, restored) in nasal_forms {
            let Some(rest) = after.strip_prefix(nasal).filter(|r| r.len() >= 2) else {
                continue;
            };
            let next = rest.chars().next().unwrap_or(' ');
            for initial in restored.iter() {
                let fits = match (nasal, *initial) {
                    ("ngen", _) => !is_vowel(next),
                    ("ng", "") => is_vowel(next) || matches!(next, 'g' | 'h' | 'k' | 'x'),
                    ("m", "") => matches!(next, 'b' | 'f' | 'v' | 'p') || is_vowel(next),
                    ("n", "") => {
                        matches!(next, 'c' | 'd' | 'j' | 'z' | 's' | 't') || is_vowel(next)
                    }
                    // The nasal replaced a voiceless consonant before a vowel.
                    _ => is_vowel(next),
                };
                if fits {
                    push(family, format!("{initial}{rest}"));
                }
            }
        }
        // pe- + r: peramal; pel- + ajar.
        if lead == "pe" && word.starts_with("pel") && after.len() >= 3 {
            push(family, word[3..].to_owned());
        }
    }
    out
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
