//! The abbreviations whose full stop belongs to them (`Ir.`, `dkk.`,
//! `S.H.`, `et al.`): one list, read by the tokenizer (the stop stays in
//! the token, which is then no term) and by the sentence splitter (the stop
//! ends no sentence, or only before a new one). A leaf: it imports nothing.

/// Where an abbreviation stands, which tells the splitter whether its stop
/// can also end the sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placement {
    /// Before a name or a number (`Ir. Joko`, `No. 5`, `Rp. 5.000`): the
    /// stop never ends a sentence.
    Leading,
    /// After a list, a name or a title (`dll.`, `dkk.`, `S.H.`): the stop
    /// ends the sentence only when what follows looks like a new one.
    Trailing,
}

/// The abbreviations of each placement, lower case, without the final
/// stop, `|` between them (one string each keeps the table small in the
/// widget's first download). The splitter matches each entry whole; the
/// tokenizer reads an entry with inner stops (`S.H.`) as initials, and one
/// of two words (`et al.`) by its last word.
const LEADING: &str = concat!(
    // Titles and forms of address, Indonesian and English.
    "yth|sdr|sdri|bpk|bp|ir|dr|drs|dra|prof|h|hj|kh|mr|mrs|ms|st|",
    // Before a number, a place or an amount.
    "no|hlm|vol|kab|kec|kel|jl|jln|tgl|pt|rp|vs|cf|e.g|i.e",
);
const TRAILING: &str = concat!(
    // Closing a list or a name: "and others", "and so on", "the said".
    "dkk|dll|dsb|dst|tsb|ybs|etc|et al|tbk|",
    // Academic degrees after a name.
    "s.h|s.e|s.pd|s.sos|s.kom|s.ip|s.t|m.si|m.a|m.m|m.h|m.pd|ph.d",
);

/// Every entry with its placement.
pub fn abbreviations() -> impl Iterator<Item = (&'static [u8], Placement)> {
    let entries = |list: &'static str, placement| {
        list.as_bytes()
            .split(|&b| b == b'|')
            .map(move |entry| (entry, placement))
    };
    entries(LEADING, Placement::Leading).chain(entries(TRAILING, Placement::Trailing))
}

/// Longest run of letters that ends an entry (`sdri`, the `kom` of
/// `s.kom`): the part after its last stop or space. Text before a stop with
/// a longer run of letters is no abbreviation, which spares most words a
/// look at the list.
pub const LONGEST_ENDING: usize = 4;

/// Whether `word` (the letters before a stop, in any case) is an
/// abbreviation for the tokenizer: an entry without inner stops, or the
/// last word of an entry of two.
pub fn is_word_abbreviation(word: &[u8]) -> bool {
    !word.is_empty()
        && word.len() <= LONGEST_ENDING
        && abbreviations().any(|(entry, _)| {
            let last_word = match entry.iter().rposition(|&b| b == b' ') {
                Some(space) => &entry[space + 1..],
                None => entry,
            };
            !entry.contains(&b'.') && last_word.eq_ignore_ascii_case(word)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The part of `entry` after its last stop or space.
    fn ending(entry: &[u8]) -> &[u8] {
        entry
            .rsplit(|&b| b == b'.' || b == b' ')
            .next()
            .unwrap_or(entry)
    }

    #[test]
    fn every_ending_is_a_short_run_of_letters() {
        for (entry, _) in abbreviations() {
            let end = ending(entry);
            assert!(
                (1..=LONGEST_ENDING).contains(&end.len()) && end.iter().all(u8::is_ascii_lowercase),
                "{}: its ending must be 1..={LONGEST_ENDING} lower-case letters",
                String::from_utf8_lossy(entry)
            );
        }
    }

    #[test]
    fn no_entry_twice() {
        let entries: Vec<&[u8]> = abbreviations().map(|(entry, _)| entry).collect();
        for (i, entry) in entries.iter().enumerate() {
            assert!(
                !entries[..i].contains(entry) && !entry.is_empty(),
                "{} is listed twice or empty",
                String::from_utf8_lossy(entry)
            );
        }
    }

    #[test]
    fn words_are_found_in_any_case_and_only_whole() {
        for word in ["Rp", "DKK", "mr", "ir", "al"] {
            assert!(is_word_abbreviation(word.as_bytes()), "{word}");
        }
        // `kom` and `d` end entries with inner stops (`s.kom`, `ph.d`),
        // which the tokenizer reads as initials.
        for word in ["kampanye", "kom", "d", "", "dk"] {
            assert!(!is_word_abbreviation(word.as_bytes()), "{word}");
        }
    }
}
