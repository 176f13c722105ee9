//! The one error type of the core. The wasm facade turns it into a JavaScript
//! `Error` with this message; the CLI prints it on one line.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArahError {
    /// No document had any text at all.
    EmptyInput,
    /// Every document was empty or page chrome only (`text::chrome`).
    OnlyChrome,
    /// Documents had text, but every word was a stopword (or there were none).
    NoTerms,
    /// The named input looks like a binary file, not text.
    BinaryInput(String),
    /// An option had a value that cannot be used; the message says which.
    InvalidOption(String),
    /// Grouping word forms was asked for before the root lexicon was loaded
    /// (the widget loads it on demand), or a lexicon file was unusable.
    Lexicon(String),
    /// A strategy lexicon (JSON) was malformed or had an unusable entry; the
    /// message names the line and column or the entry.
    StrategyLexicon(String),
    /// A strategy model or calibration file was truncated, malformed or of
    /// another version; the rules alone still run.
    StrategyModel(String),
}

impl fmt::Display for ArahError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ArahError::EmptyInput => {
                write!(f, "there is no text to analyse: every document is empty")
            }
            ArahError::OnlyChrome => write!(
                f,
                "there is no text to analyse: every document is empty or only page chrome; \
                 keep page chrome to count it"
            ),
            ArahError::NoTerms => write!(
                f,
                "no words left to show: the text has no words, or only stopwords"
            ),
            ArahError::BinaryInput(name) => write!(
                f,
                "{name} looks like a binary file, not text; choose a plain-text (.txt) file"
            ),
            ArahError::InvalidOption(message) => write!(f, "invalid option: {message}"),
            ArahError::Lexicon(message) => write!(f, "root lexicon: {message}"),
            ArahError::StrategyLexicon(message) => write!(f, "strategy lexicon: {message}"),
            ArahError::StrategyModel(message) => write!(f, "strategy model: {message}"),
        }
    }
}

impl std::error::Error for ArahError {}
