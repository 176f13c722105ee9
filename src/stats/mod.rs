//! Statistics over tokens: term counts and keyness.

pub mod counts;
pub mod keyness;
