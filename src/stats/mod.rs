//! Statistics over tokens: term counts, keyness, keyword in context.

pub mod counts;
pub mod keyness;
pub mod kwic;
