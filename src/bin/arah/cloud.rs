//! `arah cloud`: an SVG word cloud of the files, or with --compare a
//! comparison cloud of them, laid out as the widget lays it out: with the
//! real glyphs of the widget's font (Noto Sans, bundled) or of `--font FILE`,
//! which the SVG then carries inside it; `--png` draws that SVG through resvg.

use crate::args::{usage, Accepts, Arguments, Failure};
use crate::cloud_options::cloud_options;
use crate::input::{read_bounded, FONT};
use crate::output::write_file;
use crate::Command;
use arah::analyze;
use arah::cloud::compare::comparison_cloud_words;
use arah::cloud::font_glyphs::{CloudFont, FACE_NAME};
use arah::cloud::layout::{heaviest_words, layout};
use arah::cloud::words::cloud_words;
use arah::render::cloud_png::svg_to_png;
use arah::render::cloud_svg::{cloud_svg_with_font, EmbeddedFont};

pub const COMMAND: Command = Command {
    name: "cloud",
    usage: "  arah cloud FILE… -o OUT.svg [--png OUT.png] [--font FONT.ttf] [--words N] [--keep-top K] [--seed S] [--width W] [--height H]
             [--padding P] [--shape rectangle|ellipse] [--rotate none|mixed[:RATIO]|ANGLE,ANGLE…]
             [--theme light|dark] [--compare] [--stem] [--slang] [--keep-chrome]
                                    an SVG word cloud (default 100 words, the top K = 50 never
                                    dropped); --compare: each FILE a group, terms in the
                                    group whose share they most exceed, with a legend;
                                    drawn in Noto Sans (inside the SVG) or --font (TTF/OTF);
                                    --png: the same cloud at 2× as PNG",
    accepts: Accepts {
        values: &[
            "-o",
            "--png",
            "--font",
            "--words",
            "--keep-top",
            "--seed",
            "--width",
            "--height",
            "--padding",
            "--shape",
            "--rotate",
            "--theme",
        ],
        switches: &["--stem", "--slang", "--compare", "--keep-chrome"],
        separator: false,
        files: true,
    },
    run,
};

fn run(args: Arguments) -> Result<(), Failure> {
    let (output, png) = (args.text("-o"), args.text("--png"));
    if output.is_none() && png.is_none() {
        return Err(usage("cloud needs -o OUT.svg or --png OUT.png"));
    }
    let mut options = cloud_options(&args)?;
    let font = match args.text("--font") {
        None => CloudFont::bundled(),
        Some(path) => {
            let bytes = read_bounded(&format!("--font {path}"), path, &FONT, |_| Ok(()))
                .map_err(Failure::Failed)?;
            CloudFont::from_bytes(bytes)
                .map_err(|e| Failure::failed(format!("--font {path}: {e}")))?
        }
    };
    options.font_family = font.css_family();
    if args.switch("--compare") && args.files.len() < 2 {
        return Err(usage("--compare needs two or more files, one per group"));
    }
    let documents = args.documents()?;
    let terms = args.term_options(options.max_words);
    let words = if args.switch("--compare") {
        options.groups = documents.iter().map(|d| group_name(&d.title)).collect();
        comparison_cloud_words(&documents, &terms)?
    } else {
        cloud_words(&analyze(&documents, &terms)?.corpus.top_terms)
    };
    // As the widget: only the heaviest words the layout may place are drawn.
    let (words, omitted) = heaviest_words(&words, &options)?;
    let texts: Vec<&str> = words.iter().map(|w| w.text.as_str()).collect();
    let atlas = font
        .atlas(&texts, options.max_font_size)
        .ok_or_else(|| Failure::failed("a word is too long to draw"))?;
    let mut layout = layout(&words, &atlas, &options)?;
    layout.omitted += omitted;
    if let Some(warning) = &layout.warning {
        eprintln!("arah: warning: {warning}");
    }
    if !layout.dropped.is_empty() {
        eprintln!(
            "arah: warning: {} word(s) did not fit: {}",
            layout.dropped.len(),
            layout.dropped.join(", ")
        );
    }
    let (mime, format, bytes) = font.web_font();
    let svg = cloud_svg_with_font(
        &layout,
        &EmbeddedFont {
            family: FACE_NAME,
            mime,
            format,
            bytes,
        },
    );
    if let Some(path) = png {
        // resvg finds the font by name; the embedded face changes nothing.
        let image = svg_to_png(&svg, font.data()).map_err(Failure::failed)?;
        std::fs::write(path, image)
            .map_err(|e| Failure::failed(format!("cannot write {path}: {e}")))?;
    }
    match output {
        Some(path) => write_file(path, svg),
        None => Ok(()),
    }
}

/// A file's name without directory and extension, for the legend.
fn group_name(path: &str) -> String {
    let file = path.rsplit(['/', '\\']).next().unwrap_or(path);
    match file.rsplit_once('.') {
        Some((stem, _)) if !stem.is_empty() => stem.to_string(),
        _ => file.to_string(),
    }
}
