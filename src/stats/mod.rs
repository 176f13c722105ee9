//! Statistics over tokens: term counts, tf-idf, keyness, collocations,
//! keyword in context.

pub mod collocations;
pub mod counts;
pub mod keyness;
pub mod kwic;
pub mod tfidf;
