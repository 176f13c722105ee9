//! A saved web page to the text a reader sees: parsed by html5ever (through
//! scraper) as a browser parses it, entities decoded, nothing executed.
//! Scripts, styles, templates and other invisible parts are dropped; block
//! elements become line breaks and paragraphs become blank lines, so the
//! sentence splitter and the page-chrome filter see the page's lines.

use ego_tree::iter::Edge;
use scraper::{Html, Node};

/// Whether decoded text is an HTML document by its start.
pub fn looks_like_html(text: &str) -> bool {
    let start = text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}');
    let head = start.get(..15).unwrap_or(start).to_ascii_lowercase();
    head.starts_with("<!doctype html") || head.starts_with("<html")
}

/// Elements whose content a reader never sees as text (or, like `head`,
/// sees only as the tab's title).
const INVISIBLE: [&str; 11] = [
    "script", "style", "noscript", "template", "head", "iframe", "object", "embed", "svg",
    "canvas", "math",
];

/// Elements that stand as paragraphs: a blank line before and after.
const PARAGRAPHS: [&str; 24] = [
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "table",
    "ul",
    "ol",
    "dl",
    "figure",
    "article",
    "section",
    "header",
    "footer",
    "main",
    "nav",
    "aside",
    "address",
    "hr",
    "form",
];

/// Elements that stand on lines of their own (`li` too, with its bullet).
const LINES: [&str; 10] = [
    "div",
    "dt",
    "dd",
    "tr",
    "caption",
    "figcaption",
    "summary",
    "details",
    "fieldset",
    "legend",
];

/// The visible text of `html`.
pub fn html_text(html: &str) -> String {
    let document = Html::parse_document(html);
    let mut text = VisibleText::default();
    // Hidden subtrees are skipped by depth; the traversal is iterative, so
    // a deeply nested page cannot overflow the stack.
    let mut hidden_depth = 0usize;
    let mut pre_depth = 0usize;
    for edge in document.tree.root().traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(element) => {
                    let name = element.name();
                    if hidden_depth > 0
                        || INVISIBLE.contains(&name)
                        || element.attr("hidden").is_some()
                    {
                        hidden_depth += 1;
                        continue;
                    }
                    if name == "pre" {
                        pre_depth += 1;
                    }
                    text.open_or_close(name);
                    text.bullet = name == "li";
                }
                Node::Text(run) if hidden_depth == 0 => text.push(run, pre_depth > 0),
                _ => {}
            },
            Edge::Close(node) => {
                if let Node::Element(element) = node.value() {
                    if hidden_depth > 0 {
                        hidden_depth -= 1;
                        continue;
                    }
                    if element.name() == "pre" {
                        pre_depth -= 1;
                    }
                    // `br` is void: its opening already broke the line.
                    if element.name() != "br" {
                        text.open_or_close(element.name());
                    }
                }
            }
        }
    }
    text.out
}

/// The text so far and the break owed before the next visible word: none,
/// a space, a line break or a blank line (the largest asked for wins, so
/// nested blocks give one blank line, not several).
#[derive(Default)]
struct VisibleText {
    out: String,
    owed: Break,
    /// A list item just opened: its first word gets the bullet a reader
    /// sees, which tells the sentence splitter that an item starts there.
    bullet: bool,
}

#[derive(Default, Clone, Copy, PartialEq, PartialOrd)]
enum Break {
    #[default]
    None,
    Space,
    Line,
    Paragraph,
}

impl VisibleText {
    fn open_or_close(&mut self, element: &str) {
        let wanted = match element {
            "br" => match self.owed {
                // Two `br` in a row are a blank line.
                Break::Line | Break::Paragraph => Break::Paragraph,
                _ => Break::Line,
            },
            _ if PARAGRAPHS.contains(&element) => Break::Paragraph,
            _ if LINES.contains(&element) || element == "li" => Break::Line,
            "td" | "th" | "img" | "input" | "button" | "select" => Break::Space,
            _ => Break::None,
        };
        if wanted > self.owed {
            self.owed = wanted;
        }
    }

    /// A text node: whitespace collapsed as a browser renders it, except
    /// inside `pre`. Only HTML's own whitespace collapses: a no-break space
    /// (`&nbsp;`) stays, for the normalizer to read as the tokenizer wants.
    fn push(&mut self, run: &str, preformatted: bool) {
        if preformatted {
            if !run.is_empty() {
                self.pay_owed();
                self.out.push_str(run);
            }
            return;
        }
        if run.starts_with(is_html_space) && self.owed == Break::None {
            self.owed = Break::Space;
        }
        let mut words = run
            .split(is_html_space)
            .filter(|w| !w.is_empty())
            .peekable();
        if words.peek().is_none() {
            return;
        }
        self.pay_owed();
        for (index, word) in words.enumerate() {
            if index > 0 {
                self.out.push(' ');
            }
            self.out.push_str(word);
        }
        if run.ends_with(is_html_space) {
            self.owed = Break::Space;
        }
    }

    /// Writes the owed break before a word; none at the very start.
    fn pay_owed(&mut self) {
        if !self.out.is_empty() {
            match self.owed {
                Break::None => {}
                Break::Space if self.out.ends_with(is_html_space) => {}
                Break::Space => self.out.push(' '),
                Break::Line => self.out.push('\n'),
                Break::Paragraph => self.out.push_str("\n\n"),
            }
        }
        if self.bullet {
            self.out.push_str("• ");
            self.bullet = false;
        }
        self.owed = Break::None;
    }
}

/// ASCII whitespace as HTML defines it: what rendering collapses.
fn is_html_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\x0C' | '\r')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_break_lines_and_inline_elements_do_not() {
        let html = "<!DOCTYPE html><html><head><title>Judul</title></head><body>\
            <h1>Kampanye digital</h1><p>Calon <b>menjawab</b> warga.</p>\
            <ul><li>satu</li><li>dua</li></ul>baris<br>baru</body></html>";
        assert_eq!(
            html_text(html),
            "Kampanye digital\n\nCalon menjawab warga.\n\n• satu\n• dua\n\nbaris\nbaru"
        );
    }

    #[test]
    fn scripts_styles_and_hidden_parts_are_dropped() {
        let html = "<html><body><script>alert('x')</script><style>p{}</style>\
            <p hidden>rahasia</p><template><p>cetakan</p></template>\
            <noscript>aktifkan</noscript><img src=x onerror=alert(1)>terlihat</body></html>";
        assert_eq!(html_text(html), "terlihat");
    }

    #[test]
    fn entities_are_decoded_and_pre_keeps_its_spaces() {
        let html = "<p>Tom &amp; Jerry&nbsp;&#x41;</p><pre>a  b\nc</pre>";
        assert_eq!(html_text(html), "Tom & Jerry\u{A0}A\n\na  b\nc");
    }

    #[test]
    fn html_is_known_by_its_start() {
        assert!(looks_like_html("\n  <!doctype HTML>\n<p>x"));
        assert!(looks_like_html("<html lang=id>"));
        assert!(!looks_like_html("kampanye <html> di teks"));
    }
}
