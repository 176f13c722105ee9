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
    // Each group's words take the palette's colour of that group.
    let colours = attribute(&svg, "fill");
    for (g, c) in groups.iter().zip(&colours) {
        assert_eq!(
            *c,
            arah::render::palette::PALETTE[g.parse::<usize>().unwrap()]
        );
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

/// The `<style>` right after the `<svg …>` tag, if any.
fn font_face(svg: &str) -> &str {
    let rest = &svg[svg.find('>').unwrap() + 1..];
    match rest.strip_prefix("<style>") {
        Some(style) => &style[..style.find("</style>").unwrap()],
        None => "",
    }
}

/// Left end, baseline and font size of every unturned word.
#[cfg(not(target_arch = "wasm32"))]
fn unturned_words(svg: &str) -> Vec<(f64, f64, f64)> {
    svg.split("<text role=\"listitem\"")
        .skip(1)
        .map(|t| &t[..t.find('>').unwrap()])
        .filter(|head| !head.contains("transform="))
        .map(|head| {
            let number = |name: &str| -> f64 {
                let start = head.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
                head[start..start + head[start..].find('"').unwrap()]
                    .parse()
                    .unwrap()
            };
            (number("x"), number("y"), number("font-size"))
        })
        .collect()
}

#[test]
fn the_svg_carries_the_widgets_font_and_words_keep_their_natural_width() {
    let svg = cloud("font.svg", &["--words", "30"]);
    let mut expected =
        String::from(r#"@font-face{font-family:"Arah Sans";src:url(data:font/woff2;base64,"#);
    arah::render::base64::push_base64(
        &mut expected,
        &std::fs::read("src/cloud/arah-sans.woff2").unwrap(),
    );
    expected.push_str(r#") format("woff2")}"#);
    assert!(font_face(&svg) == expected, "{}", &svg[..300]);
    assert!(svg.contains(
        r#"font-family="&quot;Arah Sans&quot;, &quot;Noto Sans&quot;, system-ui, sans-serif""#
    ));
    assert_eq!(attribute(&svg, "data-term").len(), 30);
    assert!(attribute(&svg, "textLength").is_empty());
}

#[test]
fn font_lays_out_and_embeds_another_font_file() {
    let bundled = cloud("bundled.svg", &["--words", "40"]);
    // The bundled font's own TTF: the same glyphs, so the same places, but
    // embedded as the TrueType file it was given under its own name.
    let same = cloud(
        "same-font.svg",
        &["--words", "40", "--font", "src/cloud/arah-sans.ttf"],
    );
    assert!(font_face(&same).contains("src:url(data:font/ttf;base64,AAEAAA"));
    assert!(font_face(&same).ends_with(r#") format("truetype")}"#));
    assert!(
        same.contains(r#"font-family="&quot;Arah Sans&quot;, &quot;Noto Sans&quot;, sans-serif""#)
    );
    assert_eq!(attribute(&same, "x"), attribute(&bundled, "x"));
    assert_eq!(attribute(&same, "y"), attribute(&bundled, "y"));
    // A font of other widths moves the words (Debian's DejaVu, when here).
    let dejavu = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    if std::path::Path::new(dejavu).exists() {
        let other = cloud("dejavu.svg", &["--words", "40", "--font", dejavu]);
        assert!(other.contains("&quot;DejaVu Sans&quot;"));
        assert_ne!(attribute(&other, "x"), attribute(&bundled, "x"));
    }
}

#[test]
fn a_bad_font_is_a_one_line_failure() {
    let not_a_font = scratch("not-a-font.ttf", b"plain text, no tables");
    for (font, message) in [
        (
            "/nonexistent/font.ttf",
            "cannot read --font /nonexistent/font.ttf",
        ),
        (
            not_a_font.to_str().unwrap(),
            "not a TrueType or OpenType font",
        ),
        ("src/cloud/arah-sans.woff2", "WOFF"),
    ] {
        let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("bad-font.svg");
        let _ = std::fs::remove_file(&out);
        let output = arah(&[
            "cloud",
            CORPUS[0],
            "-o",
            out.to_str().unwrap(),
            "--font",
            font,
        ]);
        assert_eq!(output.status.code(), Some(1), "{font}");
        let stderr = stderr(&output);
        assert!(stderr.contains(message), "{stderr}");
        assert_eq!(stderr.lines().count(), 1);
        assert!(!out.exists(), "an SVG was written for {font}");
    }
}

// resvg, which decodes the PNG here, is a native dependency only.
#[cfg(not(target_arch = "wasm32"))]
#[test]
fn png_is_the_svg_at_twice_its_size_with_ink_where_the_words_are() {
    let png_path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cloud.png");
    let _ = std::fs::remove_file(&png_path);
    let svg = cloud(
        "png.svg",
        &[
            "--words",
            "40",
            "--width",
            "600",
            "--height",
            "400",
            "--png",
            png_path.to_str().unwrap(),
        ],
    );
    let bytes = std::fs::read(&png_path).unwrap();
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"));
    let image = resvg::tiny_skia::Pixmap::decode_png(&bytes).unwrap();
    assert_eq!((image.width(), image.height()), (1200, 800));
    let inked = |x0: f64, y0: f64, x1: f64, y1: f64| {
        let mut n = 0;
        for y in (2.0 * y0) as u32..(2.0 * y1) as u32 {
            for x in (2.0 * x0) as u32..(2.0 * x1) as u32 {
                let p = image.pixel(x.min(1199), y.min(799)).unwrap();
                n += usize::from(p.red() < 200 || p.green() < 200 || p.blue() < 200);
            }
        }
        n
    };
    let words = unturned_words(&svg);
    assert!(words.len() >= 30);
    // Every word's first letters (an x-height above its baseline) are inked.
    for &(x, y, size) in &words {
        let n = inked(x, y - 0.45 * size, x + 0.8 * size, y);
        assert!(
            n as f64 > 0.05 * 0.36 * size * size * 4.0,
            "no ink at ({x}, {y}), {size} px: {n}"
        );
    }
    // The corners, which no word reaches, are white.
    assert_eq!(
        inked(0.0, 0.0, 12.0, 12.0) + inked(588.0, 388.0, 600.0, 400.0),
        0
    );
}
