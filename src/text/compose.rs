//! Canonical composition (the C of NFC) for Latin letters: a letter followed
//! by a combining diacritic, as macOS and some editors write `é` (`e` +
//! U+0301), becomes the one precomposed character, so both spellings count
//! as one term. A full NFC crate costs about 60 KB of gzipped wasm; Arah's
//! languages need only these few hundred pairs (see scripts/gen_compose.py).

include!("compose_table.rs");

/// Combining diacritical marks, the only second halves composed here.
pub fn is_combining_diacritic(ch: char) -> bool {
    ('\u{0300}'..='\u{036F}').contains(&ch)
}

/// The precomposed character for `base` + `mark`, if NFC has one.
pub fn compose(base: char, mark: char) -> Option<char> {
    let key = (
        u16::try_from(base as u32).ok()?,
        u16::try_from(mark as u32).ok()?,
    );
    LATIN_COMPOSITIONS
        .binary_search_by(|&(b, m, _)| (b, m).cmp(&key))
        .ok()
        .and_then(|i| char::from_u32(u32::from(LATIN_COMPOSITIONS[i].2)))
}

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! test_compose {
        ($($name:ident: $base:expr, $mark:expr => $expected:expr;)*) => {$(
            #[test]
            fn $name() {
                assert_eq!(compose($base, $mark), $expected);
            }
        )*};
    }

    test_compose! {
        e_acute: 'e', '\u{301}' => Some('é');
        capital_a_grave: 'A', '\u{300}' => Some('À');
        n_tilde: 'n', '\u{303}' => Some('ñ');
        c_cedilla: 'c', '\u{327}' => Some('ç');
        s_caron: 's', '\u{30C}' => Some('š');
        u_ring: 'u', '\u{30A}' => Some('ů');
        u_diaeresis_then_macron: 'ü', '\u{304}' => Some('ǖ');
        no_such_letter: 'q', '\u{301}' => None;
        not_a_latin_base: 'б', '\u{301}' => None;
    }

    #[test]
    fn table_is_sorted_for_binary_search() {
        assert!(LATIN_COMPOSITIONS
            .windows(2)
            .all(|w| (w[0].0, w[0].1) < (w[1].0, w[1].1)));
    }
}
