//! Text stages, each in its own file: decode (bytes → text), normalize
//! (repairs, as a character stream with original offsets), tokenize, and
//! stopwords; and page chrome (bylines, "Baca juga", share buttons) found so
//! that counting and strategy scoring can pass over it.

pub mod abbreviations;
pub mod case;
pub mod chrome;
pub mod compose;
pub mod decode;
pub mod emoji;
pub mod lexicon;
pub mod normalize;
pub mod sentences;
pub mod slang;
pub mod stem;
pub mod stopwords;
pub mod terms;
pub mod tokenize;
