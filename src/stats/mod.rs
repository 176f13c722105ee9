//! Statistics over tokens: term counts (more to come: tf-idf, keyness, kwic).

pub mod counts;
