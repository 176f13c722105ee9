//! `arah cloud`: an SVG word cloud of the files, or with --compare a
//! comparison cloud of them, laid out as the widget lays it out.

use crate::args::{usage, Accepts, Arguments, Failure};
use crate::cloud_options::cloud_options;
use crate::output::write_file;
use crate::Command;
use arah::analyze;
use arah::cloud::compare::comparison_cloud_words;
use arah::cloud::layout::layout_estimated;
use arah::cloud::words::cloud_words;
use arah::render::cloud_svg::cloud_svg;

pub const COMMAND: Command = Command {
    name: "cloud",
    usage: "  arah cloud FILE… -o OUT.svg [--words N] [--keep-top K] [--seed S] [--width W] [--height H]
             [--padding P] [--shape rectangle|ellipse] [--rotate none|mixed[:RATIO]|ANGLE,ANGLE…]
             [--theme light|dark] [--compare] [--stem] [--slang] [--keep-chrome]
                                    an SVG word cloud (default 100 words, the top K = 50 never
                                    dropped); --compare: each FILE a group, terms in the
                                    group whose share they most exceed, with a legend",
    accepts: Accepts {
        values: &[
            "-o",
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
    let output = args
        .text("-o")
        .ok_or_else(|| usage("cloud needs -o OUT.svg"))?;
    let mut options = cloud_options(&args)?;
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
    let layout = layout_estimated(&words, &options)?;
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
    write_file(output, cloud_svg(&layout))
}

/// A file's name without directory and extension, for the legend.
fn group_name(path: &str) -> String {
    let file = path.rsplit(['/', '\\']).next().unwrap_or(path);
    match file.rsplit_once('.') {
        Some((stem, _)) if !stem.is_empty() => stem.to_string(),
        _ => file.to_string(),
    }
}
