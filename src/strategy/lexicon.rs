//! The strategy lexicon: entries that mark one-way communication
//! (broadcasting, promotion), two-way communication (interaction, dialogue,
//! listening) or mobilisation (calls to act), read from JSON.
//!
//! The file format (see `lexicon/id.json` for a commented example):
//!
//! ```json
//! { "language": "id",
//!   "sources": { "key": "full reference", … },
//!   "categories": [ { "name", "side", "rationale", "sources": ["key"] } ],
//!   "entries": [ { "phrase" | "stem", "side"?, "weight", "category",
//!                  "language"?, "rationale", "negated"?, "exact"?,
//!                  "needs"?, "order"? } ] }
//! ```
//!
//! - `phrase` is matched on the text's lowercased tokens as written, and
//!   where that fails on their stems, through the forms that keep each
//!   word's meaning (`membalas komentar` also finds `dibalas komentarnya`,
//!   not `pembalasan`; see `forms.rs` and its audit); `"exact": true` turns
//!   the stem fallback off. `stem` is matched on stems only, its words
//!   taken as stems already.
//! - `side` is `one-way`, `two-way` or `mobilisation`; without it the
//!   category's side.
//! - `negated` says what a negation just before the marker does: `flip` (to
//!   the other side: "belum ada dialog" is evidence of one-way practice) or
//!   `cancel` (the marker says nothing). Two-way markers flip by default,
//!   the others cancel.
//! - `"needs": "exchange"` marks a two-way entry that names a venue or an
//!   event (forum, blusukan, webinar, door to door): it counts only when the
//!   same sentence names an exchange too (other two-way evidence: dialog,
//!   aspirasi, tanya jawab, questions answered, a question to the audience).
//!   The labelling guideline of the real set: "events without a named
//!   exchange (a visit, attendance, a meeting held) → neither"; an event
//!   whose very name is an exchange (reses, town hall, Q&A) needs nothing.
//! - `order` says whether a verb–object phrase also matches with its object
//!   first and the verb in the passive (`menyampaikan pesan` finds "pesan
//!   yang disampaikan", `answer questions` finds "questions were
//!   answered"; see `matcher.rs`): `either` or `written`. Without it, an
//!   Indonesian phrase of two or more words whose first word is a
//!   transitive verb (meN-, or an imperative with -kan or -i) takes either
//!   order; English verbs carry no such mark, so English phrases need
//!   `"order": "either"`. Only a phrase of two or more words may have it.
//!
//! Patterns are split by the same tokenizer as the text, so punctuation and
//! characters that mean something in regular expressions are plain text.
//! The parser walks a `serde_json::Value` by hand: one small code path for
//! every field and error message, and no per-struct generated code.

use crate::error::ArahError;
use crate::hash::TermMap;
use crate::text::stopwords::{Stopwords, LANGUAGES};
use crate::text::tokenize::for_each_token;
use serde::Serialize;
use serde_json::{Map, Value};

/// The default Indonesian lexicon. Natively it is compiled in; the wasm
/// facade should receive lexicon JSON from the page instead (these texts are
/// only linked into a binary that calls [`Lexicon::default_lexicon`] or names
/// them).
pub const DEFAULT_ID: &str = include_str!("lexicon/id.json");
/// The default English lexicon (see [`DEFAULT_ID`]).
pub const DEFAULT_EN: &str = include_str!("lexicon/en.json");

/// Heaviest weight an entry may have: a single marker should not outweigh
/// a whole paragraph.
pub const MAX_WEIGHT: f64 = 10.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Side {
    #[serde(rename = "one-way")]
    OneWay,
    #[serde(rename = "two-way")]
    TwoWay,
    #[serde(rename = "mobilisation")]
    Mobilisation,
}

impl Side {
    pub fn name(self) -> &'static str {
        match self {
            Side::OneWay => "one-way",
            Side::TwoWay => "two-way",
            Side::Mobilisation => "mobilisation",
        }
    }

    fn parse(name: &str) -> Option<Side> {
        match name {
            "one-way" => Some(Side::OneWay),
            "two-way" => Some(Side::TwoWay),
            "mobilisation" | "mobilization" => Some(Side::Mobilisation),
            _ => None,
        }
    }

    /// The opposite direction; mobilisation has none.
    pub fn flipped(self) -> Option<Side> {
        match self {
            Side::OneWay => Some(Side::TwoWay),
            Side::TwoWay => Some(Side::OneWay),
            Side::Mobilisation => None,
        }
    }
}

/// What a negation before a marker does to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Negated {
    Flip,
    Cancel,
}

/// How an entry's words are compared with the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum MatchOn {
    /// Tokens as written (lowercased), then stems unless `exact`.
    Phrase,
    /// Stems only.
    Stem,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Entry {
    /// The pattern as written in the lexicon.
    pub pattern: String,
    pub match_on: MatchOn,
    /// The pattern's lowercased tokens.
    pub words: Vec<String>,
    pub side: Side,
    pub weight: f64,
    pub category: String,
    pub language: String,
    pub rationale: String,
    pub negated: Negated,
    /// No stem fallback for a phrase.
    pub exact: bool,
    /// A venue or event: counts only beside a named exchange (`"needs":
    /// "exchange"`).
    pub needs_exchange: bool,
    /// `Some(true)` for `"order": "either"`, `Some(false)` for `"written"`,
    /// `None` to let the matcher decide from the first word's form.
    pub either_order: Option<bool>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Category {
    pub name: String,
    pub side: Side,
    pub rationale: String,
    /// Keys into [`Lexicon::sources`].
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Lexicon {
    pub entries: Vec<Entry>,
    pub categories: Vec<Category>,
    /// Reference key and full citation.
    pub sources: Vec<(String, String)>,
    /// Where each entry came from: (file number from 1, entry number in it).
    #[serde(skip)]
    origins: Vec<(usize, usize)>,
}

impl Lexicon {
    /// The default Indonesian and English lexicons together.
    pub fn default_lexicon() -> Lexicon {
        Lexicon::from_json_texts(&[DEFAULT_ID, DEFAULT_EN])
            .expect("the default strategy lexicons are valid")
    }

    /// One lexicon from JSON text.
    pub fn from_json(text: &str) -> Result<Lexicon, ArahError> {
        let mut lexicon = Lexicon::default();
        lexicon.add_json(text)?;
        Ok(lexicon)
    }

    /// Several lexicon files merged in order (the defaults are one file per
    /// language); an entry repeated across files is refused like one repeated
    /// within a file.
    pub fn from_json_texts(texts: &[&str]) -> Result<Lexicon, ArahError> {
        let mut lexicon = Lexicon::default();
        for text in texts {
            lexicon.add_json(text)?;
        }
        Ok(lexicon)
    }

    /// Adds the sources, categories and entries of one JSON file.
    pub fn add_json(&mut self, text: &str) -> Result<(), ArahError> {
        let value: Value = serde_json::from_str(text).map_err(json_error)?;
        let Value::Object(root) = value else {
            return Err(error("the top level must be an object with \"entries\""));
        };
        let language = optional_str(&root, "language", "the file")?.unwrap_or("");
        if let Some(sources) = root.get("sources") {
            let Value::Object(sources) = sources else {
                return Err(error("\"sources\" must be an object of key: reference"));
            };
            for (key, reference) in sources {
                let Value::String(reference) = reference else {
                    return Err(error(&format!("source {} must be a string", quoted(key))));
                };
                self.sources.push((key.clone(), reference.clone()));
            }
        }
        if let Some(categories) = root.get("categories") {
            let Value::Array(categories) = categories else {
                return Err(error("\"categories\" must be an array"));
            };
            for (index, category) in categories.iter().enumerate() {
                self.add_category(category, index)?;
            }
        }
        let Some(Value::Array(entries)) = root.get("entries") else {
            return Err(error("\"entries\" must be an array"));
        };
        let file = self.origins.last().map_or(1, |o| o.0 + 1);
        let mut seen: TermMap<(MatchOn, String), (usize, usize)> = TermMap::default();
        for (entry, &origin) in self.entries.iter().zip(&self.origins) {
            seen.insert((entry.match_on, entry.words.join(" ")), origin);
        }
        self.entries.reserve(entries.len());
        for (index, entry) in entries.iter().enumerate() {
            let entry = self.parse_entry(entry, language, index + 1)?;
            let key = (entry.match_on, entry.words.join(" "));
            if let Some((in_file, previous)) = seen.insert(key, (file, index + 1)) {
                let place = match in_file == file {
                    true => String::new(),
                    false => format!(" of lexicon file {in_file}"),
                };
                return Err(error(&format!(
                    "entry {} ({}) repeats entry {previous}{place}: each pattern may appear once",
                    index + 1,
                    quoted(&entry.pattern)
                )));
            }
            self.entries.push(entry);
            self.origins.push((file, index + 1));
        }
        Ok(())
    }

    fn add_category(&mut self, value: &Value, index: usize) -> Result<(), ArahError> {
        let place = format!("category {}", index + 1);
        let Value::Object(object) = value else {
            return Err(error(&format!("{place} must be an object")));
        };
        let name = required_str(object, "name", &place)?.trim();
        if name.is_empty() {
            return Err(error(&format!("{place} has an empty name")));
        }
        let place = format!("category {} ({})", index + 1, quoted(name));
        if self.categories.iter().any(|c| c.name == name) {
            return Err(error(&format!("{place} is defined twice")));
        }
        let side = parse_side(required_str(object, "side", &place)?, &place)?;
        let rationale = optional_str(object, "rationale", &place)?.unwrap_or("");
        let sources = match object.get("sources") {
            None => Vec::new(),
            Some(Value::Array(keys)) => keys
                .iter()
                .map(|k| k.as_str().map(str::to_owned))
                .collect::<Option<Vec<_>>>()
                .ok_or_else(|| error(&format!("{place}: \"sources\" must list strings")))?,
            Some(_) => {
                return Err(error(&format!(
                    "{place}: \"sources\" must be an array of keys"
                )))
            }
        };
        self.categories.push(Category {
            name: name.to_owned(),
            side,
            rationale: rationale.to_owned(),
            sources,
        });
        Ok(())
    }

    fn parse_entry(
        &self,
        value: &Value,
        file_language: &str,
        number: usize,
    ) -> Result<Entry, ArahError> {
        let place = format!("entry {number}");
        let Value::Object(object) = value else {
            return Err(error(&format!("{place} must be an object")));
        };
        let (pattern, match_on) = match (object.get("phrase"), object.get("stem")) {
            (Some(_), Some(_)) => {
                return Err(error(&format!(
                    "{place} has both \"phrase\" and \"stem\"; give one"
                )))
            }
            (Some(_), None) => (required_str(object, "phrase", &place)?, MatchOn::Phrase),
            (None, Some(_)) => (required_str(object, "stem", &place)?, MatchOn::Stem),
            (None, None) => {
                return Err(error(&format!("{place} needs a \"phrase\" or a \"stem\"")))
            }
        };
        if pattern.trim().is_empty() {
            return Err(error(&format!("{place} has an empty phrase")));
        }
        let place = format!("entry {number} ({})", quoted(pattern));
        let words = pattern_words(pattern);
        if words.is_empty() {
            return Err(error(&format!(
                "{place} has no word in it (only punctuation or symbols)"
            )));
        }
        if let [word] = &words[..] {
            if word.chars().count() == 1 {
                return Err(error(&format!(
                    "{place} is a single letter: it would mark nearly every sentence; use a word or a phrase"
                )));
            }
            if builtin_stopwords().contains(word) {
                return Err(error(&format!(
                    "{place} is a stopword (a function word such as \"yang\" or \"the\"): alone it would mark nearly every sentence; use it inside a phrase"
                )));
            }
        }
        // A lexicon without categories (a quick list of one's own) files its
        // entries under "custom".
        let category = match self.categories.is_empty() {
            true => optional_str(object, "category", &place)?.unwrap_or("custom"),
            false => required_str(object, "category", &place)?,
        };
        let known = self.categories.iter().find(|c| c.name == category);
        if known.is_none() && !self.categories.is_empty() {
            return Err(error(&format!(
                "{place} names the unknown category {}",
                quoted(category)
            )));
        }
        let side = match (optional_str(object, "side", &place)?, known) {
            (Some(side), _) => parse_side(side, &place)?,
            (None, Some(category)) => category.side,
            (None, None) => return Err(error(&format!("{place} needs a \"side\""))),
        };
        let weight = match object.get("weight") {
            None => 1.0,
            Some(Value::Number(n)) => n.as_f64().unwrap_or(f64::NAN),
            Some(other) => {
                return Err(error(&format!(
                    "{place}: weight must be a number, not {}",
                    shown(other)
                )))
            }
        };
        if !(weight > 0.0 && weight <= MAX_WEIGHT) {
            return Err(error(&format!(
                "{place}: weight must be above 0 and at most {MAX_WEIGHT}, not {weight}"
            )));
        }
        let negated = match optional_str(object, "negated", &place)? {
            None if side == Side::TwoWay => Negated::Flip,
            None => Negated::Cancel,
            Some("flip") if side != Side::Mobilisation => Negated::Flip,
            Some("cancel") => Negated::Cancel,
            Some(other) => {
                return Err(error(&format!(
                    "{place}: \"negated\" must be \"flip\" or \"cancel\" (mobilisation only cancels), not {}",
                    quoted(other)
                )))
            }
        };
        let exact = match object.get("exact") {
            None => false,
            Some(Value::Bool(b)) => *b,
            Some(other) => {
                return Err(error(&format!(
                    "{place}: \"exact\" must be true or false, not {}",
                    shown(other)
                )))
            }
        };
        let needs_exchange = match optional_str(object, "needs", &place)? {
            None => false,
            Some("exchange") if side == Side::TwoWay => true,
            Some(other) => {
                return Err(error(&format!(
                "{place}: \"needs\" can only be \"exchange\", on a two-way entry (not {} on {})",
                quoted(other),
                side.name()
            )))
            }
        };
        let either_order = match optional_str(object, "order", &place)? {
            None => None,
            Some("either") if words.len() > 1 && match_on == MatchOn::Phrase => Some(true),
            Some("written") => Some(false),
            Some(other) => {
                return Err(error(&format!(
                    "{place}: \"order\" must be \"either\" (for a phrase of two or more words) or \"written\", not {}",
                    quoted(other)
                )))
            }
        };
        let language = optional_str(object, "language", &place)?.unwrap_or(file_language);
        let rationale = optional_str(object, "rationale", &place)?.unwrap_or("");
        Ok(Entry {
            pattern: pattern.to_owned(),
            match_on,
            words,
            side,
            weight,
            category: category.to_owned(),
            language: language.to_owned(),
            rationale: rationale.to_owned(),
            negated,
            exact,
            needs_exchange,
            either_order,
        })
    }

    /// The lexicon as JSON in its own file format (for export and editing).
    pub fn to_json(&self) -> String {
        let sources: Map<String, Value> = self
            .sources
            .iter()
            .map(|(k, v)| (k.clone(), Value::String(v.clone())))
            .collect();
        let categories: Vec<Value> = self
            .categories
            .iter()
            .map(|c| {
                serde_json::json!({"name": c.name, "side": c.side.name(),
                    "rationale": c.rationale, "sources": c.sources})
            })
            .collect();
        let entries: Vec<Value> = self
            .entries
            .iter()
            .map(|e| {
                let mut object = Map::new();
                let key = match e.match_on {
                    MatchOn::Phrase => "phrase",
                    MatchOn::Stem => "stem",
                };
                object.insert(key.into(), Value::String(e.pattern.clone()));
                object.insert("side".into(), e.side.name().into());
                object.insert("weight".into(), e.weight.into());
                object.insert("category".into(), e.category.clone().into());
                object.insert("language".into(), e.language.clone().into());
                object.insert("rationale".into(), e.rationale.clone().into());
                let negated = match e.negated {
                    Negated::Flip => "flip",
                    Negated::Cancel => "cancel",
                };
                object.insert("negated".into(), negated.into());
                if e.exact {
                    object.insert("exact".into(), true.into());
                }
                if e.needs_exchange {
                    object.insert("needs".into(), "exchange".into());
                }
                if let Some(either) = e.either_order {
                    let order = if either { "either" } else { "written" };
                    object.insert("order".into(), order.into());
                }
                Value::Object(object)
            })
            .collect();
        serde_json::json!({"sources": sources, "categories": categories, "entries": entries})
            .to_string()
    }
}

/// The built-in stopword lists, which leave out the strategy's marker
/// words (kami, anda, tanya …), so a marker is never refused.
fn builtin_stopwords() -> &'static Stopwords {
    static LISTS: std::sync::OnceLock<Stopwords> = std::sync::OnceLock::new();
    LISTS.get_or_init(|| {
        Stopwords::build(&LANGUAGES, &[] as &[&str], &[] as &[&str])
            .unwrap_or_else(|_| Stopwords::none())
    })
}

/// The lowercased tokens of a pattern, split like the text is.
pub fn pattern_words(pattern: &str) -> Vec<String> {
    let mut words = Vec::new();
    for_each_token(pattern, |token| words.push(token.term.to_owned()));
    words
}

fn error(message: &str) -> ArahError {
    ArahError::StrategyLexicon(message.to_owned())
}

/// serde_json's message with the line and column first.
fn json_error(e: serde_json::Error) -> ArahError {
    let mut message = e.to_string();
    if let Some(at) = message.rfind(" at line ") {
        message.truncate(at);
    }
    error(&format!(
        "malformed JSON at line {}, column {}: {message}",
        e.line(),
        e.column()
    ))
}

fn parse_side(name: &str, place: &str) -> Result<Side, ArahError> {
    Side::parse(name).ok_or_else(|| {
        error(&format!(
            "{place}: unknown side {}; use \"one-way\", \"two-way\" or \"mobilisation\"",
            quoted(name)
        ))
    })
}

fn required_str<'v>(
    object: &'v Map<String, Value>,
    key: &str,
    place: &str,
) -> Result<&'v str, ArahError> {
    optional_str(object, key, place)?
        .ok_or_else(|| error(&format!("{place} needs a {}", quoted(key))))
}

fn optional_str<'v>(
    object: &'v Map<String, Value>,
    key: &str,
    place: &str,
) -> Result<Option<&'v str>, ArahError> {
    match object.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(other) => Err(error(&format!(
            "{place}: {} must be a string, not {}",
            quoted(key),
            shown(other)
        ))),
    }
}

/// A string in double quotes, escaped as JSON (no `Debug` formatting: it
/// would add code to the wasm for nothing).
fn quoted(text: &str) -> String {
    Value::from(text).to_string()
}

/// A JSON value as a user would recognise it in an error message.
fn shown(value: &Value) -> String {
    let text = value.to_string();
    match text.chars().count() > 40 {
        true => format!("{}…", text.chars().take(40).collect::<String>()),
        false => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(entry: &str) -> Result<Lexicon, ArahError> {
        Lexicon::from_json(&format!(r#"{{"entries": [{entry}]}}"#))
    }

    fn message(result: Result<Lexicon, ArahError>) -> String {
        match result {
            Ok(_) => panic!("expected an error"),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn defaults_parse_with_categories_and_sources() {
        let lexicon = Lexicon::default_lexicon();
        assert!(lexicon.entries.len() > 300, "{}", lexicon.entries.len());
        for key in [
            "grunig-hunt-1984",
            "stromer-galley-2000",
            "kent-taylor-1998",
            "graham-2013",
            "lassen-bode-2017",
        ] {
            assert!(lexicon.sources.iter().any(|(k, _)| k == key), "{key}");
        }
        for category in &lexicon.categories {
            assert!(!category.rationale.is_empty(), "{}", category.name);
            assert!(!category.sources.is_empty(), "{}", category.name);
        }
        for entry in &lexicon.entries {
            assert!(!entry.rationale.is_empty(), "{}", entry.pattern);
            assert!(!entry.language.is_empty(), "{}", entry.pattern);
        }
        let find = |p: &str| lexicon.entries.iter().find(|e| e.pattern == p).unwrap();
        assert_eq!(find("baliho").side, Side::OneWay);
        assert_eq!(find("membalas komentar").side, Side::TwoWay);
        assert_eq!(find("coblos").side, Side::Mobilisation);
        assert_eq!(find("dialog").negated, Negated::Flip);
        assert_eq!(find("baliho").negated, Negated::Cancel);
        assert!(find("blusukan").needs_exchange);
        assert!(find("door to door").needs_exchange);
        assert!(!find("reses").needs_exchange);
        assert!(!find("dialog").needs_exchange);
    }

    #[test]
    fn needs_is_exchange_on_two_way_entries_only() {
        let lexicon =
            one(r#"{"phrase": "forum", "side": "two-way", "needs": "exchange"}"#).unwrap();
        assert!(lexicon.entries[0].needs_exchange);
        let error = message(one(
            r#"{"phrase": "rapat", "side": "one-way", "needs": "exchange"}"#,
        ));
        assert!(
            error.contains("\"needs\" can only be \"exchange\", on a two-way entry (not \"exchange\" on one-way)"),
            "{error}"
        );
        let error = message(one(
            r#"{"phrase": "forum", "side": "two-way", "needs": "audience"}"#,
        ));
        assert!(error.contains("not \"audience\" on two-way"), "{error}");
    }

    #[test]
    fn malformed_json_names_line_and_column() {
        let text = "{\n  \"entries\": [\n    {\"phrase\": \"dialog\",}\n  ]\n}";
        let error = message(Lexicon::from_json(text));
        assert!(
            error.starts_with("strategy lexicon: malformed JSON at line 3, column"),
            "{error}"
        );
    }

    #[test]
    fn empty_phrase_is_refused() {
        let error = message(one(r#"{"phrase": "  ", "side": "two-way"}"#));
        assert_eq!(error, "strategy lexicon: entry 1 has an empty phrase");
    }

    #[test]
    fn duplicate_entry_is_refused_even_in_another_case() {
        let error = message(one(
            r#"{"phrase": "Dialog", "side": "two-way"}, {"phrase": "dialog", "side": "one-way"}"#,
        ));
        assert!(
            error.contains("entry 2 (\"dialog\") repeats entry 1"),
            "{error}"
        );
    }

    #[test]
    fn weight_must_be_a_number_in_range() {
        let error = message(one(
            r#"{"phrase": "dialog", "side": "two-way", "weight": "x"}"#,
        ));
        assert!(
            error.contains("weight must be a number, not \"x\""),
            "{error}"
        );
        let error = message(one(
            r#"{"phrase": "dialog", "side": "two-way", "weight": -1}"#,
        ));
        assert!(error.contains("weight must be above 0"), "{error}");
    }

    #[test]
    fn unknown_side_and_category_are_refused() {
        let error = message(one(r#"{"phrase": "dialog", "side": "sideways"}"#));
        assert!(error.contains("unknown side \"sideways\""), "{error}");
        let error = message(Lexicon::from_json(
            r#"{"categories": [{"name": "a", "side": "two-way"}],
                "entries": [{"phrase": "dialog", "category": "b"}]}"#,
        ));
        assert!(error.contains("unknown category \"b\""), "{error}");
    }

    #[test]
    fn a_single_letter_or_a_stopword_alone_is_refused() {
        let error = message(one(r#"{"phrase": "a", "side": "two-way"}"#));
        assert!(
            error.contains("entry 1 (\"a\") is a single letter"),
            "{error}"
        );
        let error = message(one(r#"{"phrase": "yang", "side": "one-way"}"#));
        assert!(
            error.contains("entry 1 (\"yang\") is a stopword"),
            "{error}"
        );
        let error = message(one(r#"{"stem": "The", "side": "one-way"}"#));
        assert!(error.contains("is a stopword"), "{error}");
        // Inside a phrase, and for the marker words, they are fine.
        assert!(one(r#"{"phrase": "pesan yang disampaikan", "side": "one-way"}"#).is_ok());
        assert!(one(r#"{"phrase": "kami", "side": "two-way"}"#).is_ok());
    }

    #[test]
    fn regex_characters_are_plain_text() {
        let lexicon = one(r#"{"phrase": "(dialog)+ .*", "side": "two-way"}"#).unwrap();
        assert_eq!(lexicon.entries[0].words, ["dialog"]);
        let error = message(one(r#"{"phrase": ".*?[]", "side": "two-way"}"#));
        assert!(error.contains("no word in it"), "{error}");
    }

    #[test]
    fn order_is_either_or_written_on_a_phrase_of_words() {
        let lexicon =
            one(r#"{"phrase": "answer questions", "side": "two-way", "order": "either"}"#).unwrap();
        assert_eq!(lexicon.entries[0].either_order, Some(true));
        let again = Lexicon::from_json(&lexicon.to_json()).unwrap();
        assert_eq!(again.entries[0].either_order, Some(true));
        let error = message(one(
            r#"{"phrase": "dialog", "side": "two-way", "order": "either"}"#,
        ));
        assert!(error.contains("\"order\" must be \"either\""), "{error}");
        let error = message(one(
            r#"{"phrase": "answer questions", "side": "two-way", "order": "any"}"#,
        ));
        assert!(error.contains("not \"any\""), "{error}");
    }

    #[test]
    fn ten_thousand_entries_parse() {
        let entries: Vec<String> = (0..10_000)
            .map(|i| format!(r#"{{"phrase": "kata{i} dialog", "side": "two-way", "weight": 1.5}}"#))
            .collect();
        let text = format!(r#"{{"entries": [{}]}}"#, entries.join(","));
        let lexicon = Lexicon::from_json(&text).unwrap();
        assert_eq!(lexicon.entries.len(), 10_000);
    }

    #[test]
    fn repeats_across_files_name_the_file() {
        let a = r#"{"entries": [{"phrase": "dialog", "side": "two-way"}]}"#;
        let b = r#"{"entries": [{"phrase": "baliho", "side": "one-way"}, {"phrase": "Dialog", "side": "two-way"}]}"#;
        let error = message(Lexicon::from_json_texts(&[a, b]));
        assert!(
            error.contains("entry 2 (\"Dialog\") repeats entry 1 of lexicon file 1"),
            "{error}"
        );
    }

    #[test]
    fn exported_json_reads_back_the_same() {
        let lexicon = Lexicon::default_lexicon();
        let again = Lexicon::from_json(&lexicon.to_json()).unwrap();
        assert_eq!(again.entries.len(), lexicon.entries.len());
        assert_eq!(again.categories.len(), lexicon.categories.len());
        assert_eq!(again.entries[5].pattern, lexicon.entries[5].pattern);
        assert_eq!(again.entries[5].negated, lexicon.entries[5].negated);
        let venues = |l: &Lexicon| l.entries.iter().filter(|e| e.needs_exchange).count();
        assert_eq!(venues(&again), venues(&lexicon));
    }
}
