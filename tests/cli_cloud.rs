//! `arah cloud` as a user runs it: shapes, rotation, comparison clouds, the
//! same bytes for the same seed, one-line errors for bad flags.

mod common;

use common::*;
use std::path::PathBuf;

/// Runs `arah cloud CORPUS… -o NAME extra…` and returns the SVG.
fn cloud(name: &str, extra: &[&str]) -> String {
    let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_file(&out);
    let mut args = vec!["cloud"];
    args.extend(CORPUS);
    args.extend(["-o", out.to_str().unwrap()]);
    args.extend(extra);
    let output = arah(&args);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    std::fs::read_to_string(&out).unwrap()
}

/// Values of `attribute="…"` on every `<text` of the word list.
fn attribute<'a>(svg: &'a str, attribute: &str) -> Vec<&'a str> {
    let needle = format!(" {attribute}=\"");
    svg.split("<text role=\"listitem\"")
        .skip(1)
        .filter_map(|t| {
            let start = t.find(&needle)? + needle.len();
            Some(&t[start..start + t[start..].find('"')?])
        })
        .collect()
}

#[test]
fn rotate_mixed_turns_some_words_and_is_reproducible() {
    let args = ["--words", "80", "--rotate", "mixed:0.5", "--seed", "4"];
    let svg = cloud("mixed.svg", &args);
    let turned = svg.matches("transform=\"rotate(-90 ").count();
    assert!(turned > 10 && turned < 70, "{turned} turned");
    assert_eq!(attribute(&svg, "aria-label").len(), 80);
    assert_eq!(cloud("mixed.svg", &args), svg);
    let other = cloud(
        "mixed.svg",
        &["--words", "80", "--rotate", "mixed:0.5", "--seed", "5"],
    );
    assert_ne!(other, svg);
}

#[test]
fn rotate_angle_list_uses_only_those_angles() {
    let svg = cloud("angles.svg", &["--words", "60", "--rotate", "0,45,-30"]);
    for t in svg.split("<text role=\"listitem\"").skip(1) {
        let head = &t[..t.find('>').unwrap()];
        if let Some(i) = head.find("rotate(") {
            let angle = head[i + 7..].split(' ').next().unwrap();
            assert!(angle == "45" || angle == "-30", "{angle}");
        }
    }
    assert!(svg.contains("rotate(45 ") && svg.contains("rotate(-30 "));
}

#[test]
fn ellipse_keeps_words_away_from_the_corners() {
    let svg = cloud("ellipse.svg", &["--words", "150", "--shape", "ellipse"]);
    let xs: Vec<f64> = attribute(&svg, "x")
        .iter()
        .map(|v| v.parse().unwrap())
        .collect();
    let ys: Vec<f64> = attribute(&svg, "y")
        .iter()
        .map(|v| v.parse().unwrap())
        .collect();
    assert!(!xs.is_empty());
    // A word's left end and baseline are inside the ellipse inscribed in
    // the 800 × 500 area.
    for (x, y) in xs.iter().zip(&ys) {
        let (u, v) = ((x - 400.0) / 400.0, (y - 250.0) / 250.0);
        assert!(u * u + v * v <= 1.05, "({x}, {y}) outside the ellipse");
    }
}

#[test]
fn compare_gives_each_file_a_colour_sector_and_legend_entry() {
    let svg = cloud("compare.svg", &["--compare", "--words", "90"]);
    assert!(svg.contains(r#"class="arah-legend""#));
    for name in [
        "000_385cd6622f47b7f1",
        "001_8466fea3bf4f444b",
        "002_92436bb8d9535eba",
    ] {
        assert!(
            svg.contains(&format!(">{name}</text>")),
            "{name} not in the legend"
        );
    }
    let groups = attribute(&svg, "data-group");
    assert_eq!(groups.len(), attribute(&svg, "data-term").len());
    for g in ["0", "1", "2"] {
        assert!(groups.contains(&g), "no word of group {g}");
    }
    let colours = attribute(&svg, "fill");
    for (g, c) in groups.iter().zip(&colours) {
        let expected = ["#0072B2", "#D55E00", "#009E73"][g.parse::<usize>().unwrap()];
        assert_eq!(*c, expected);
    }
}

#[test]
fn dark_theme_draws_a_background_and_light_colours() {
    let svg = cloud("dark.svg", &["--words", "20", "--theme", "dark"]);
    assert!(svg.contains(r##"<rect width="100%" height="100%" fill="#1E1E24"/>"##));
    assert!(!attribute(&svg, "fill").contains(&"#0072B2"));
}

#[test]
fn bad_cloud_flags_are_one_line_errors() {
    for (extra, message) in [
        (vec!["--shape", "star"], "--shape expects"),
        (vec!["--rotate", "sideways"], "--rotate expects"),
        (vec!["--rotate", "mixed:3"], "ratio from 0 to 1"),
        (vec!["--theme", "blue"], "--theme expects"),
    ] {
        let mut args = vec!["cloud", CORPUS[0], "-o", "/tmp/never.svg"];
        args.extend(extra);
        let output = arah(&args);
        assert_eq!(output.status.code(), Some(2));
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(message), "{stderr}");
        assert_eq!(stderr.lines().count(), 1);
    }
    let output = arah(&["cloud", CORPUS[0], "-o", "/tmp/never.svg", "--compare"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("two or more files"));
}
