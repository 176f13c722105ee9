//! The direction of communication read from the audience's grammatical
//! role. Grunig & Hunt (1984) tell their models apart by the direction in
//! which information flows: in the public information model the public only
//! receives; in the two-way models it also speaks and is heard. Kent &
//! Taylor's (1998) dialogic loop is closed only when the public speaks
//! back, and Stromer-Galley (2000) counts as interaction only the exchange
//! between people. Many sentences say which of these happens by grammar
//! alone, without a marker word: who speaks to whom.
//!
//! Three roles of an audience noun (warga, masyarakat, pemilih, residents,
//! voters … the relevance gate's list, [`super::relevance::is_audience`]):
//!
//! - **direction-recipient** (one-way) — the audience receives: a verb of
//!   transmission, then within [`VERB_WINDOW`] tokens of its clause a
//!   preposition of direction (kepada, ke, bagi, pada, untuk; to, for) and
//!   the audience ("menyampaikan informasi kepada masyarakat", "deliver
//!   updates to residents"); or a verb of informing, reaching or persuading
//!   with the audience as its object ("menjangkau lebih banyak pemilih",
//!   "informing residents", "keep residents informed"). A verb of giving
//!   (memberikan, membagikan, menyampaikan; provide, send, share) transmits
//!   only when a message noun stands between it and the preposition
//!   (informasi, pesan, imbauan; information, news, letters):
//!   "memberikan bantuan kepada warga" gives aid, not a message.
//! - **direction-source** (two-way) — the audience speaks: the audience as
//!   the subject of a verb of speaking or submitting, a few auxiliaries
//!   apart ("warga dapat bertanya", "residents can have their say"), or its
//!   agent after a passive ("keluhan yang disampaikan warga", "raised by
//!   residents"); and an input noun or a verb of hearing followed by
//!   dari / from and the audience ("masukan dari masyarakat", "queries from
//!   residents", "hear from residents").
//! - **direction-reciprocal** (two-way) — the audience takes part in an
//!   exchange: a verb of mutual communication, then dengan / bersama /
//!   with and the audience ("berdialog dengan pemilih", "talk with
//!   residents"), and a communication noun or a bridge word before
//!   "antara X dan Y" / "between X and Y" where one side is the audience and
//!   the other an actor ("komunikasi antara warga dengan bupatinya"), or a
//!   bridge verb joining the two ("menghubungkan masyarakat dengan
//!   pemerintah"). Meeting *with* the audience counts ("bertemu langsung
//!   dengan pemilih", "meet with residents": face-to-face interaction,
//!   Stromer-Galley), unlike a meeting held without the audience named,
//!   which the venue rule leaves `neither`.
//!
//! The preposition decides where a verb would mislead: "berbicara kepada
//! warga" is a speech, "berbicara dengan warga" a conversation. Indonesian
//! verbs are matched by stem in an affixed form (me-, di-, ber-, ter-, and
//! the colloquial ng-, ny-), so "berdialog" and "dialog" share a stem while
//! the noun "informasi" is no verb; English verbs by their inflected forms.
//!
//! A construction is one piece of evidence of weight [`DIRECTION_WEIGHT`]
//! spanning the verb (or noun) through the audience. Its words are counted
//! once: lexicon evidence of the same side in the span already counts, and
//! the construction adds only what is missing up to its weight. The
//! negation rule ([`super::rules`]) is applied to the verb as to a marker:
//! a negator before it cancels a recipient ("tidak menyampaikan informasi
//! kepada warga") and flips a source or a reciprocal to one-way ("warga
//! tidak bisa bertanya": a dialogue that does not happen), "no longer"
//! cancels, and a construction inside a denied contrast or a past state
//! says nothing. Every window is bounded, so a sentence is read in linear
//! time.

use super::contrast::Denied;
use super::lexicon::{Lexicon, Side};
use super::negation::{negated, Negation};
use super::relevance::{is_actor, is_actor_pair, is_audience};
use super::sentence::{clause_break, is, Judged, Rule, Tok};
use crate::hash::TermSet;
use std::sync::OnceLock;

/// Weight of a construction, its span's lexicon evidence included.
pub const DIRECTION_WEIGHT: f64 = 1.0;
/// Most tokens between a verb of transmission and its preposition (the
/// message and its modifiers: "informasi terbaru tentang program itu").
pub const VERB_WINDOW: usize = 6;
/// Most tokens between a reciprocal verb and dengan / with ("berdialog
/// secara langsung dengan", "discuss the plans with").
pub const RECIPROCAL_WINDOW: usize = 3;
/// Most auxiliaries between an audience subject and its verb ("warga tidak
/// bisa langsung bertanya", "residents will be able to").
pub const SUBJECT_WINDOW: usize = 4;
/// Most tokens between an input noun and dari / from ("masukan langsung
/// dari", "queries and service requests from").
pub const INPUT_WINDOW: usize = 3;
/// Most determiners and quantifiers before the audience noun ("kepada
/// seluruh warga", "to all local residents").
pub const DETERMINER_WINDOW: usize = 2;

/// Indonesian stems of verbs that transmit a message by their meaning.
const TRANSMIT_STEMS: &[&str] = &[
    "sosialisasi",
    "informasi",
    "kabar",
    "umum",
    "siar",
    "jelas",
    "papar",
    "promosi",
    "publikasi",
    "kampanye",
    "iklan",
    "imbau",
    "seru",
    "bicara",
];
/// Forms whose stem the stemmer gets wrong (memberitahukan, mengedukasi).
const TRANSMIT_FORMS: &[&str] = &[
    "memberitahu",
    "memberitahukan",
    "diberitahu",
    "diberitahukan",
    "mengedukasi",
    "diedukasi",
    "announce",
    "announces",
    "announced",
    "announcing",
    "broadcast",
    "broadcasts",
    "broadcasting",
    "communicate",
    "communicates",
    "communicated",
    "communicating",
    "explain",
    "explains",
    "explained",
    "explaining",
    "promote",
    "promotes",
    "promoted",
    "promoting",
    "advertise",
    "advertises",
    "advertised",
    "advertising",
    "pitch",
    "pitches",
    "pitched",
    "pitching",
    "disseminate",
    "disseminates",
    "disseminated",
    "disseminating",
    "relay",
    "relays",
    "relayed",
    "relaying",
    "circulate",
    "circulated",
    "circulating",
    "publicise",
    "publicised",
    "publicize",
    "publicized",
    "memperkenalkan",
    "diperkenalkan",
    "introduce",
    "introduces",
    "introduced",
    "introducing",
];
/// Indonesian stems of verbs of giving or passing on: a message only with a
/// message noun.
const GIVE_STEMS: &[&str] = &[
    "beri",
    "bagi",
    "sampai",
    "kirim",
    "salur",
    "distribusi",
    "sebar",
    "edar",
    "sodor",
    "tawar",
];
const GIVE_FORMS: &[&str] = &[
    "provide",
    "provides",
    "provided",
    "providing",
    "give",
    "gives",
    "gave",
    "given",
    "giving",
    "send",
    "sends",
    "sent",
    "sending",
    "share",
    "shares",
    "shared",
    "sharing",
    "deliver",
    "delivers",
    "delivered",
    "delivering",
    "distribute",
    "distributes",
    "distributed",
    "distributing",
    "spread",
    "spreads",
    "spreading",
    "push",
    "pushes",
    "pushed",
    "pushing",
    "hand",
    "hands",
    "handed",
    "handing",
    "mail",
    "mails",
    "mailed",
    "mailing",
    "issue",
    "issues",
    "issued",
    "issuing",
    "post",
    "posts",
    "posted",
    "posting",
];
/// What a message is (lower case, clitic -nya taken off).
const MESSAGE_NOUNS: &[&str] = &[
    "informasi",
    "info",
    "pesan",
    "penjelasan",
    "pengumuman",
    "imbauan",
    "himbauan",
    "edukasi",
    "berita",
    "kabar",
    "materi",
    "konten",
    "visi",
    "misi",
    "visi-misi",
    "gagasan",
    "ide",
    "janji",
    "sosialisasi",
    "penyuluhan",
    "pemberitahuan",
    "keterangan",
    "laporan",
    "brosur",
    "selebaran",
    "pamflet",
    "poster",
    "stiker",
    "ajakan",
    "seruan",
    "propaganda",
    "narasi",
    "iklan",
    "pidato",
    "sambutan",
    "arahan",
    "pengarahan",
    "instruksi",
    "update",
    "information",
    "message",
    "messages",
    "messaging",
    "news",
    "updates",
    "letter",
    "letters",
    "leaflet",
    "leaflets",
    "flyer",
    "flyers",
    "flier",
    "fliers",
    "brochure",
    "brochures",
    "newsletter",
    "newsletters",
    "publication",
    "publications",
    "announcement",
    "announcements",
    "notice",
    "notices",
    "notification",
    "notifications",
    "material",
    "materials",
    "content",
    "advice",
    "guidance",
    "explanation",
    "explanations",
    "facts",
    "briefing",
    "briefings",
    "speech",
    "speeches",
    "releases",
    "ads",
    "adverts",
    "advertisements",
    "promises",
    "mailers",
    "mailings",
    "postcards",
    "texts",
    "emails",
    "alerts",
    "reminders",
    "statements",
];
/// Prepositions of direction: the audience as recipient.
const TO: &[&str] = &["kepada", "ke", "bagi", "pada", "untuk", "to", "for"];
/// Indonesian stems of verbs of informing, reaching and persuading whose
/// object is the audience (active forms only).
const OBJECT_STEMS: &[&str] = &[
    "informasi",
    "imbau",
    "jangkau",
    "capai",
    "sasar",
    "bidik",
    "gaet",
    "pengaruh",
    "yakin",
    "bujuk",
];
/// English verbs of the same kind; past participles that are also
/// adjectives ("informed citizens", "targeted ads") are left out.
const OBJECT_FORMS: &[&str] = &[
    "mengedukasi",
    "inform",
    "informs",
    "informing",
    "reach",
    "reaches",
    "reached",
    "reaching",
    "target",
    "targets",
    "targeting",
    "targetting",
    "persuade",
    "persuades",
    "persuading",
    "convince",
    "convinces",
    "convincing",
    "educate",
    "educates",
    "educating",
    "notify",
    "notifies",
    "notified",
    "notifying",
    "alert",
    "alerts",
    "alerting",
    "update",
    "updates",
    "updating",
];
/// Indonesian stems of verbs of receiving and accessing: the audience as
/// their subject receives a message ("warga mendapat informasi").
const RECEIVE_STEMS: &[&str] = &["dapat", "terima", "akses"];
const RECEIVE_FORMS: &[&str] = &[
    "memperoleh",
    "diperoleh",
    "receive",
    "receives",
    "received",
    "receiving",
    "get",
    "gets",
    "got",
    "access",
    "accesses",
    "accessed",
    "accessing",
];
/// "keep residents informed", "residents are informed".
const KEEP: &[&str] = &["keep", "keeps", "kept", "keeping"];
const KEPT_STATES: &[&str] = &[
    "informed", "updated", "posted", "notified", "briefed", "apprised",
];
/// Determiners and quantifiers that may stand before the audience noun.
const DETERMINERS: &[&str] = &[
    "para",
    "seluruh",
    "semua",
    "segenap",
    "kalangan",
    "sejumlah",
    "banyak",
    "lebih",
    "ribuan",
    "jutaan",
    "kaum",
    "the",
    "a",
    "all",
    "more",
    "many",
    "our",
    "their",
    "its",
    "his",
    "her",
    "your",
    "every",
    "each",
    "those",
    "these",
    "local",
    "young",
    "new",
    "potential",
    "undecided",
    "ordinary",
    "millions",
    "thousands",
    "of",
    "wider",
    "broader",
];
/// Indonesian stems of verbs of speaking and submitting whose subject is
/// the speaker.
const SPEAK_STEMS: &[&str] = &[
    "sampai", "tanya", "keluh", "usul", "tanggap", "komentar", "kritik", "adu", "lapor", "suara",
    "balas", "jawab", "ungkap", "utara", "curhat",
];
/// Forms of the same whose stem the stemmer gets wrong, and English verbs
/// that say the audience speaks to the actor.
const SPEAK_FORMS: &[&str] = &[
    "mengajukan",
    "diajukan",
    "curhat",
    "nanya",
    "ask",
    "asks",
    "asked",
    "asking",
    "question",
    "questioned",
    "questioning",
    "comment",
    "comments",
    "commented",
    "commenting",
    "complain",
    "complains",
    "complained",
    "complaining",
    "respond",
    "responds",
    "responded",
    "responding",
    "reply",
    "replies",
    "replied",
    "replying",
    "suggest",
    "suggests",
    "suggested",
    "propose",
    "proposes",
    "proposed",
    "submit",
    "submits",
    "submitted",
    "submitting",
    "raise",
    "raises",
    "raised",
    "raising",
    "voice",
    "voices",
    "voiced",
    "voicing",
    "contact",
    "contacts",
    "contacted",
    "contacting",
    "email",
    "emailed",
    "petition",
    "petitioned",
];
/// English verbs that say the audience speaks only when it is given the
/// chance ("residents can say what they think", "to have their say"): a
/// report of what residents said is no exchange with an actor.
const SPEAK_IF_ABLE: &[&str] = &[
    "say", "speak", "talk", "tell", "share", "give", "have", "express", "write", "report",
];
/// What gives the chance.
const ABLE: &[&str] = &["can", "could", "may", "might", "to", "able", "untuk"];
/// What may stand between an audience subject and its verb.
const AUXILIARIES: &[&str] = &[
    "dapat",
    "bisa",
    "boleh",
    "juga",
    "langsung",
    "pun",
    "yang",
    "akan",
    "sudah",
    "telah",
    "sempat",
    "ikut",
    "turut",
    "aktif",
    "secara",
    "setempat",
    "banyak",
    "untuk",
    "is",
    "being",
    "stay",
    "tetap",
    "tidak",
    "tak",
    "belum",
    "bukan",
    "can",
    "could",
    "may",
    "might",
    "will",
    "would",
    "to",
    "also",
    "directly",
    "are",
    "were",
    "have",
    "has",
    "had",
    "been",
    "be",
    "able",
    "who",
    "often",
    "regularly",
    "now",
    "actively",
    "not",
    "never",
    "cannot",
    "can't",
];
/// Before a passive verb's agent.
const BY: &[&str] = &["oleh", "by"];
/// What the audience says or sends (lower case, clitic -nya taken off).
/// Public opinion (opini publik) is an aggregate that campaigns shape, not
/// an utterance to the actor: it is left out.
const INPUT_NOUNS: &[&str] = &[
    "pertanyaan",
    "masukan",
    "aspirasi",
    "keluhan",
    "usulan",
    "usul",
    "kritik",
    "kritikan",
    "saran",
    "tanggapan",
    "komentar",
    "pendapat",
    "pengaduan",
    "aduan",
    "laporan",
    "respons",
    "respon",
    "balik",
    "curhatan",
    "harapan",
    "permintaan",
    "pesan",
    "question",
    "questions",
    "query",
    "queries",
    "feedback",
    "input",
    "comment",
    "comments",
    "complaint",
    "complaints",
    "suggestion",
    "suggestions",
    "concern",
    "concerns",
    "views",
    "ideas",
    "request",
    "requests",
    "response",
    "responses",
    "replies",
    "messages",
    "letters",
    "calls",
    "emails",
    "submissions",
    "proposals",
    "petitions",
    "criticism",
];
/// Determiners of a possessor after an input noun ("keluhan para warga").
const POSSESSOR_DETERMINERS: &[&str] = &["para", "seluruh", "semua", "our", "the"];
/// Verbs of hearing, before dari / from ("mendengar langsung dari warga").
const HEAR_STEMS: &[&str] = &["dengar"];
const HEAR_FORMS: &[&str] = &["hear", "hears", "heard", "hearing"];
const FROM: &[&str] = &["dari", "from"];
/// Indonesian stems of mutual communication (verb or noun: "berdialog",
/// "dialog"; "berbincang", "perbincangan").
const RECIPROCAL_STEMS: &[&str] = &[
    "komunikasi",
    "dialog",
    "diskusi",
    "bicara",
    "bincang",
    "interaksi",
    "obrol",
    "ngobrol",
    "musyawarah",
    "konsultasi",
    "cakap",
    "rembuk",
    "temu",
];
/// English forms of the same, and "in touch".
const RECIPROCAL_FORMS: &[&str] = &[
    "talk",
    "talks",
    "talked",
    "talking",
    "speak",
    "speaks",
    "spoke",
    "speaking",
    "communicate",
    "communicates",
    "communicated",
    "communicating",
    "communication",
    "engage",
    "engages",
    "engaged",
    "engaging",
    "engagement",
    "interact",
    "interacts",
    "interacted",
    "interacting",
    "interaction",
    "interactions",
    "chat",
    "chats",
    "chatted",
    "chatting",
    "converse",
    "conversed",
    "conversation",
    "conversations",
    "consult",
    "consults",
    "consulted",
    "consulting",
    "consultation",
    "discuss",
    "discusses",
    "discussed",
    "discussing",
    "discussion",
    "discussions",
    "dialogue",
    "dialogues",
    "dialog",
    "touch",
    "meet",
    "meets",
    "met",
    "meeting",
    "meetings",
];
/// "menjalin komunikasi dengan": a verb of keeping up, with its noun.
const KEEP_UP_STEMS: &[&str] = &["jalin", "bangun"];
const KEEP_UP_NOUNS: &[&str] = &[
    "komunikasi",
    "kontak",
    "dialog",
    "interaksi",
    "silaturahmi",
    "silaturahim",
];
const WITH: &[&str] = &["dengan", "bersama", "with"];
/// Before "antara" / "between": what links the two sides.
const BRIDGES: &[&str] = &[
    "jembatan",
    "penghubung",
    "menjembatani",
    "menghubungkan",
    "saluran",
    "bridge",
    "bridges",
    "bridging",
    "link",
    "channel",
    "channels",
];
const BETWEEN: &[&str] = &["antara", "between"];
const AND: &[&str] = &["dan", "dengan", "and", "&"];
/// Verbs that join two parties by themselves ("menghubungkan X dengan Y").
const BRIDGE_VERBS: &[&str] = &[
    "menghubungkan",
    "menjembatani",
    "mempertemukan",
    "connect",
    "connects",
    "connected",
    "connecting",
    "link",
    "links",
    "linked",
    "linking",
    "bridge",
    "bridges",
    "bridged",
    "bridging",
];
/// What joins the second party after a bridge verb's first.
const JOINED_TO: &[&str] = &["dan", "dengan", "ke", "kepada", "and", "with", "to"];

/// An audience noun, also in the English possessive ("voter's").
fn audience(term: &str) -> bool {
    is_audience(
        term.strip_suffix("'s")
            .or_else(|| term.strip_suffix("’s"))
            .unwrap_or(term),
    )
}

/// The term without its clitic -nya ("pesannya" → "pesan").
fn bare(term: &str) -> &str {
    term.strip_suffix("nya")
        .filter(|b| b.len() >= 3)
        .unwrap_or(term)
}

/// An Indonesian verb in an affixed form whose stem is in `stems`: a
/// verbal prefix, or the suffix -kan alone ("kami sampaikan").
fn affixed(t: &Tok<'_>, stems: &[&str]) -> bool {
    t.term != t.stem
        && is(t.stem, stems)
        && (["me", "di", "ber", "ter", "ng", "ny"]
            .iter()
            .any(|p| t.term.starts_with(p))
            || t.term.ends_with("kan"))
}

/// An active Indonesian verb (me-, ber-, ng-, ny-) whose stem is in `stems`.
fn active(t: &Tok<'_>, stems: &[&str]) -> bool {
    affixed(t, stems) && !t.term.starts_with("di") && !t.term.starts_with("ter")
}

/// A passive Indonesian verb (di-) whose stem is in `stems`.
fn passive(t: &Tok<'_>, stems: &[&str]) -> bool {
    affixed(t, stems) && t.term.starts_with("di")
}

/// The audience noun at `at`, or after at most [`DETERMINER_WINDOW`]
/// determiners, in the clause.
fn audience_at(text: &str, toks: &[Tok<'_>], at: usize) -> Option<usize> {
    for k in at..=at + DETERMINER_WINDOW {
        let t = toks.get(k)?;
        if audience(t.term) {
            return Some(k);
        }
        if !is(t.term, DETERMINERS) || clause_break(text, toks, k) {
            return None;
        }
    }
    None
}

/// A party of "antara X dan Y" at `at` (after determiners): its last token
/// and whether it is the audience.
fn party_at(text: &str, toks: &[Tok<'_>], at: usize) -> Option<(usize, bool)> {
    if let Some(k) = audience_at(text, toks, at) {
        return Some((k, true));
    }
    for k in at..=at + DETERMINER_WINDOW {
        let t = toks.get(k)?;
        if is_actor(t.term) {
            return Some((k, false));
        }
        if let Some(next) = toks.get(k + 1) {
            if is_actor_pair(t.term, next.term) && !clause_break(text, toks, k) {
                return Some((k + 1, false));
            }
        }
        if !is(t.term, DETERMINERS) || clause_break(text, toks, k) {
            return None;
        }
    }
    None
}

/// A construction found: tokens `first..=last`, the verb or noun the
/// negation rule reads, its side and its rule.
struct Construction {
    first: usize,
    last: usize,
    head: usize,
    side: Side,
    rule: Rule,
}

/// The audience as recipient, from the verb at `i`.
fn recipient(text: &str, toks: &[Tok<'_>], i: usize) -> Option<Construction> {
    let t = &toks[i];
    let transmits = affixed(t, TRANSMIT_STEMS) || is(t.term, TRANSMIT_FORMS);
    let gives = affixed(t, GIVE_STEMS) || is(t.term, GIVE_FORMS);
    let found = |last| Construction {
        first: i,
        last,
        head: i,
        side: Side::OneWay,
        rule: Rule::DirectionRecipient,
    };
    if transmits || gives {
        // The message may stand before the verb: "informasi yang
        // disampaikan kepada", "information is provided to".
        let mut message = (i.saturating_sub(INPUT_WINDOW)..i)
            .rev()
            .take_while(|&j| !clause_break(text, toks, j))
            .any(|j| is(bare(toks[j].term), MESSAGE_NOUNS));
        for j in i + 1..(i + 2 + VERB_WINDOW).min(toks.len()) {
            if clause_break(text, toks, j - 1) {
                break;
            }
            let term = toks[j].term;
            if is(term, TO) {
                return match audience_at(text, toks, j + 1) {
                    Some(k) if (transmits || message) && !clause_break(text, toks, j) => {
                        Some(found(k))
                    }
                    _ => None,
                };
            }
            if is(term, WITH) || is(term, FROM) || is(term, BY) {
                break;
            }
            message |= is(bare(term), MESSAGE_NOUNS);
        }
    }
    if active(t, OBJECT_STEMS) || is(t.term, OBJECT_FORMS) {
        if let Some(k) = audience_at(text, toks, i + 1).filter(|_| !clause_break(text, toks, i)) {
            return Some(found(k));
        }
    }
    if is(t.term, KEEP) && !clause_break(text, toks, i) {
        let k = audience_at(text, toks, i + 1)?;
        let state = toks.get(k + 1)?;
        if is(state.term, KEPT_STATES) && !clause_break(text, toks, k) {
            return Some(found(k + 1));
        }
    }
    None
}

/// The audience noun at `i` as a subject, a few auxiliaries before its
/// verb: a verb of speaking makes it the speaker ("warga bertanya"), a verb
/// of receiving with a message the recipient ("warga mendapat informasi"),
/// and so does a passive of informing ("residents are informed"). An input
/// noun right after it is its own ("voter questions").
fn audience_subject(text: &str, toks: &[Tok<'_>], i: usize) -> Option<Construction> {
    let found = |last, head, side, rule| Construction {
        first: i,
        last,
        head,
        side,
        rule,
    };
    if let Some(next) = toks.get(i + 1) {
        if is(next.term, INPUT_NOUNS) && !clause_break(text, toks, i) {
            return Some(found(i + 1, i + 1, Side::TwoWay, Rule::DirectionSource));
        }
    }
    let mut able = false;
    for j in i + 1..(i + 2 + SUBJECT_WINDOW).min(toks.len()) {
        if clause_break(text, toks, j - 1) {
            return None;
        }
        let t = &toks[j];
        let speaks = active(t, SPEAK_STEMS)
            || (is(t.term, SPEAK_FORMS) && !t.term.starts_with("di"))
            || (able && is(t.term, SPEAK_IF_ABLE));
        if speaks {
            return Some(found(j, j, Side::TwoWay, Rule::DirectionSource));
        }
        if is(t.term, KEPT_STATES) {
            return Some(found(j, j, Side::OneWay, Rule::DirectionRecipient));
        }
        if active(t, RECEIVE_STEMS) || is(t.term, RECEIVE_FORMS) {
            let message = (j + 1..(j + 2 + VERB_WINDOW).min(toks.len()))
                .take_while(|&k| !clause_break(text, toks, k - 1))
                .find(|&k| is(bare(toks[k].term), MESSAGE_NOUNS))?;
            return Some(found(message, j, Side::OneWay, Rule::DirectionRecipient));
        }
        if !is(t.term, AUXILIARIES) {
            return None;
        }
        able |= is(t.term, ABLE);
    }
    None
}

/// The audience as source, from the input noun at `i`: its possessor
/// right after it ("keluhan warga", "pertanyaan para pemilih").
fn source_genitive(text: &str, toks: &[Tok<'_>], i: usize) -> Option<Construction> {
    if !is(bare(toks[i].term), INPUT_NOUNS) || toks[i].term.ends_with("nya") {
        return None;
    }
    let mut k = i + 1;
    if toks
        .get(k)
        .is_some_and(|t| is(t.term, POSSESSOR_DETERMINERS))
    {
        if clause_break(text, toks, i) {
            return None;
        }
        k += 1;
    }
    let owner = toks.get(k)?;
    (audience(owner.term) && !clause_break(text, toks, k - 1)).then_some(Construction {
        first: i,
        last: k,
        head: i,
        side: Side::TwoWay,
        rule: Rule::DirectionSource,
    })
}

/// The audience as speaker, from the passive verb at `i`: its agent
/// ("disampaikan (oleh) warga", "raised by residents").
fn source_agent(text: &str, toks: &[Tok<'_>], i: usize) -> Option<Construction> {
    let t = &toks[i];
    let indonesian = passive(t, SPEAK_STEMS) || t.term == "diajukan";
    let english = t.term.ends_with("ed") && is(t.term, SPEAK_FORMS);
    if (!indonesian && !english) || clause_break(text, toks, i) {
        return None;
    }
    let mut k = i + 1;
    if toks.get(k).is_some_and(|b| is(b.term, BY)) {
        if clause_break(text, toks, k) {
            return None;
        }
        k += 1;
    } else if english {
        return None;
    }
    let last = audience_at(text, toks, k)?;
    Some(Construction {
        first: i,
        last,
        head: i,
        side: Side::TwoWay,
        rule: Rule::DirectionSource,
    })
}

/// The audience as source, from dari / from at `k`: an input noun or a verb
/// of hearing a few tokens before it.
fn source_from(text: &str, toks: &[Tok<'_>], k: usize) -> Option<Construction> {
    if clause_break(text, toks, k) {
        return None;
    }
    let last = audience_at(text, toks, k + 1)?;
    let mut j = k;
    for _ in 0..INPUT_WINDOW {
        if j == 0 || clause_break(text, toks, j - 1) {
            return None;
        }
        j -= 1;
        let t = &toks[j];
        if is(bare(t.term), INPUT_NOUNS) || affixed(t, HEAR_STEMS) || is(t.term, HEAR_FORMS) {
            return Some(Construction {
                first: j,
                last,
                head: j,
                side: Side::TwoWay,
                rule: Rule::DirectionSource,
            });
        }
    }
    None
}

/// Mutual communication at `i`, a verb or its noun.
fn reciprocal_word(t: &Tok<'_>) -> bool {
    is(t.stem, RECIPROCAL_STEMS) || is(t.term, RECIPROCAL_FORMS)
}

/// The audience as co-participant, from the reciprocal verb at `i`.
fn reciprocal(text: &str, toks: &[Tok<'_>], i: usize) -> Option<Construction> {
    let t = &toks[i];
    let keeps_up = affixed(t, KEEP_UP_STEMS);
    if !reciprocal_word(t) && !keeps_up {
        return None;
    }
    let mut noun = !keeps_up;
    for j in i + 1..(i + 2 + RECIPROCAL_WINDOW).min(toks.len()) {
        if clause_break(text, toks, j - 1) {
            return None;
        }
        let term = toks[j].term;
        if is(term, WITH) {
            let last = audience_at(text, toks, j + 1).filter(|_| noun)?;
            return (!clause_break(text, toks, j)).then_some(Construction {
                first: i,
                last,
                head: i,
                side: Side::TwoWay,
                rule: Rule::DirectionReciprocal,
            });
        }
        if is(term, TO) || is(term, FROM) {
            return None;
        }
        noun |= is(bare(term), KEEP_UP_NOUNS);
    }
    None
}

/// "komunikasi antara warga dan pemerintah", "a bridge between residents
/// and the council", from "antara" / "between" at `k`.
fn between(text: &str, toks: &[Tok<'_>], k: usize) -> Option<Construction> {
    let mut first = None;
    let mut j = k;
    for _ in 0..DETERMINER_WINDOW + 1 {
        if j == 0 || clause_break(text, toks, j - 1) {
            break;
        }
        j -= 1;
        if reciprocal_word(&toks[j]) || is(toks[j].term, BRIDGES) {
            first = Some(j);
            break;
        }
    }
    let first = first?;
    if clause_break(text, toks, k) {
        return None;
    }
    let (one, one_is_audience) = party_at(text, toks, k + 1)?;
    // The first party may have a word after it ("warga desa dan").
    let and = (one + 1..(one + 3).min(toks.len()))
        .take_while(|&a| !clause_break(text, toks, a - 1))
        .find(|&a| is(toks[a].term, AND))?;
    if clause_break(text, toks, and) {
        return None;
    }
    let (last, other_is_audience) = party_at(text, toks, and + 1)?;
    (one_is_audience != other_is_audience).then_some(Construction {
        first,
        last,
        head: first,
        side: Side::TwoWay,
        rule: Rule::DirectionReciprocal,
    })
}

/// "menghubungkan masyarakat dengan pemerintah", "connects residents to
/// the council", from the bridge verb at `i`.
fn bridge(text: &str, toks: &[Tok<'_>], i: usize) -> Option<Construction> {
    if !is(toks[i].term, BRIDGE_VERBS) || clause_break(text, toks, i) {
        return None;
    }
    let (one, one_is_audience) = party_at(text, toks, i + 1)?;
    // An adverb may follow the first party ("masyarakat langsung ke").
    let joined = (one + 1..(one + 3).min(toks.len()))
        .take_while(|&a| !clause_break(text, toks, a - 1))
        .find(|&a| is(toks[a].term, JOINED_TO))?;
    if clause_break(text, toks, joined) {
        return None;
    }
    let (last, other_is_audience) = party_at(text, toks, joined + 1)?;
    (one_is_audience != other_is_audience).then_some(Construction {
        first: i,
        last,
        head: i,
        side: Side::TwoWay,
        rule: Rule::DirectionReciprocal,
    })
}

/// Every word that can begin a construction (as written, as a stem or
/// without -nya): most tokens are none, and are passed over with one
/// lookup.
/// Whether a token of this term and stem can head a construction: only
/// such tokens are tried (the scorer asks once per distinct term).
pub(super) fn may_head(term: &str, stem: &str) -> bool {
    let heads = heads();
    heads.contains(term) || heads.contains(stem) || heads.contains(bare(term)) || audience(term)
}

fn heads() -> &'static TermSet<&'static str> {
    static HEADS: OnceLock<TermSet<&'static str>> = OnceLock::new();
    HEADS.get_or_init(|| {
        [
            TRANSMIT_STEMS,
            TRANSMIT_FORMS,
            GIVE_STEMS,
            GIVE_FORMS,
            OBJECT_STEMS,
            OBJECT_FORMS,
            KEEP,
            SPEAK_STEMS,
            SPEAK_FORMS,
            INPUT_NOUNS,
            RECIPROCAL_STEMS,
            RECIPROCAL_FORMS,
            KEEP_UP_STEMS,
            FROM,
            BETWEEN,
            BRIDGE_VERBS,
        ]
        .into_iter()
        .flatten()
        .copied()
        .collect()
    })
}

/// Adds the constructions of the sentence to its evidence `out` (the
/// lexicon's, judged), given the denied stretches of its contrasts and
/// changes.
pub(super) fn judge(
    text: &str,
    toks: &[Tok<'_>],
    denied: &[Denied],
    lexicon: &Lexicon,
    out: &mut Vec<Judged>,
) {
    let mut found: Vec<Construction> = Vec::new();
    for i in 0..toks.len() {
        if !toks[i].may_head {
            continue;
        }
        let here = [
            recipient(text, toks, i),
            source_agent(text, toks, i),
            reciprocal(text, toks, i),
            audience(toks[i].term)
                .then(|| audience_subject(text, toks, i))
                .flatten(),
            source_genitive(text, toks, i),
            bridge(text, toks, i),
            is(toks[i].term, FROM)
                .then(|| source_from(text, toks, i))
                .flatten(),
            is(toks[i].term, BETWEEN)
                .then(|| between(text, toks, i))
                .flatten(),
        ];
        for c in here.into_iter().flatten() {
            // Constructions of one side over the same words say it once.
            if !found.iter().any(|f| f.side == c.side && overlap(f, &c)) {
                found.push(c);
            }
        }
    }
    for c in found {
        if let Some(judged) = judged(text, toks, denied, lexicon, out, &c) {
            out.push(judged);
        }
    }
}

fn overlap(a: &Construction, b: &Construction) -> bool {
    a.first <= b.last && b.first <= a.last
}

/// The construction as evidence: what it adds to the lexicon's evidence of
/// its side in its span, with the denial and negation rules applied.
fn judged(
    text: &str,
    toks: &[Tok<'_>],
    denied: &[Denied],
    lexicon: &Lexicon,
    out: &[Judged],
    c: &Construction,
) -> Option<Judged> {
    let said: f64 = out
        .iter()
        .filter(|j| j.first <= c.last && c.first <= j.last)
        .filter(|j| {
            j.entry
                .is_some_and(|e| lexicon.entries[e as usize].side == c.side)
        })
        .map(|j| j.weight)
        .sum();
    if said >= DIRECTION_WEIGHT {
        return None;
    }
    let mut judged = Judged {
        first: c.first,
        last: c.last,
        side: c.side,
        weight: DIRECTION_WEIGHT - said,
        counted: true,
        rule: c.rule,
        entry: None,
    };
    if let Some(span) = denied
        .iter()
        .find(|s| c.first >= s.denied.0 && c.last < s.denied.1)
    {
        judged.counted = false;
        judged.rule = span.past_rule;
    } else if let Some(negation) = negated(text, toks, c.head, c.last) {
        match negation {
            Negation::Plain => {
                judged.rule = Rule::Negation;
                match c.side {
                    Side::TwoWay => judged.side = Side::OneWay,
                    _ => judged.counted = false,
                }
            }
            Negation::NoLonger => {
                judged.rule = Rule::NoLonger;
                judged.counted = false;
            }
            Negation::ByAudience => {
                judged.rule = Rule::AudienceRejection;
                judged.counted = c.side != Side::TwoWay;
            }
        }
    }
    Some(judged)
}
