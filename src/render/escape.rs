//! Escaping for text and attribute values in SVG/XML. Every string that came
//! from a document passes through here before it reaches markup, so this is
//! the one place that keeps every SVG Arah writes well-formed XML.

/// Appends `text` to `out` with `& < > " '` escaped and every character XML
/// 1.0 forbids replaced by U+FFFD.
pub fn push_escaped(out: &mut String, text: &str) {
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // XML 1.0 allows no control character but tab, LF and CR (C1
            // controls are only discouraged; they go too, being invisible),
            // and not the noncharacters U+FFFE and U+FFFF: a parser (the
            // browser's DOMParser, resvg) refuses the whole file for one.
            // Surrogates cannot occur in a Rust string.
            c if (c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
                || matches!(c, '\u{FFFE}' | '\u{FFFF}') =>
            {
                out.push('\u{FFFD}');
            }
            c => out.push(c),
        }
    }
}

pub fn escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_escaped(&mut out, text);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_characters_are_escaped() {
        assert_eq!(
            escaped(r#""><svg onload='x'>&amp;"#),
            "&quot;&gt;&lt;svg onload=&#39;x&#39;&gt;&amp;amp;"
        );
    }

    #[test]
    fn control_characters_are_replaced() {
        assert_eq!(escaped("a\u{0}b\u{1b}c\n"), "a\u{FFFD}b\u{FFFD}c\n");
        assert_eq!(escaped("x\u{FFFE}y\u{FFFF}"), "x\u{FFFD}y\u{FFFD}");
    }
}
