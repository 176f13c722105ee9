//! Informal spellings to standard words (`yg` → `yang`, `gak` → `tidak`),
//! from a data file, applied to terms before stopwords when a reader asks
//! for it: captions and comments spell the same word many ways.

// The data file without its comment lines (see build.rs).
#[cfg(not(all(target_arch = "wasm32", not(feature = "views"))))]
const INDONESIAN: &str = include_str!(concat!(env!("OUT_DIR"), "/slang-id.tsv"));

/// The standard form of `term`, if the built-in list knows it as informal.
/// The first screen's wasm carries no table: it records that the table was
/// wanted ([`crate::text::chrome::want_views`]) and the page counts again
/// with the views module.
#[cfg(all(target_arch = "wasm32", not(feature = "views")))]
pub fn standard_form(_term: &str) -> Option<&'static str> {
    crate::text::chrome::want_views();
    None
}

/// The standard form of `term`, if the built-in list knows it as informal.
#[cfg(not(all(target_arch = "wasm32", not(feature = "views"))))]
pub fn standard_form(term: &str) -> Option<&'static str> {
    use crate::hash::TermMap;
    use std::sync::OnceLock;
    static TABLE: OnceLock<TermMap<&'static str, &'static str>> = OnceLock::new();
    TABLE
        .get_or_init(|| {
            INDONESIAN
                .lines()
                .filter_map(|l| l.split_once('\t'))
                .collect()
        })
        .get(term)
        .copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn informal_spellings_map_to_standard_words() {
        assert_eq!(standard_form("yg"), Some("yang"));
        assert_eq!(standard_form("gak"), Some("tidak"));
        assert_eq!(standard_form("utk"), Some("untuk"));
        assert_eq!(standard_form("kampanye"), None);
    }

    #[test]
    fn the_list_is_clean() {
        let pairs: Vec<(&str, &str)> = INDONESIAN
            .lines()
            .filter(|l| !l.starts_with('#'))
            .map(|l| l.split_once('\t').expect("a tab in every line"))
            .collect();
        assert!(pairs.len() >= 50);
        let mut informal: Vec<&str> = pairs.iter().map(|p| p.0).collect();
        informal.sort_unstable();
        informal.dedup();
        assert_eq!(informal.len(), pairs.len(), "an informal form listed twice");
        for (from, to) in pairs {
            assert_ne!(from, to);
            assert_eq!(from, from.to_lowercase());
            assert_eq!(to, to.to_lowercase());
        }
    }
}
