//! The cloud's flags read into `CloudOptions`: sizes and seed, shape, theme
//! and the rotation rule.

use crate::args::{usage, Arguments, Failure};
use arah::cloud::{Rotate, Shape, Theme};
use arah::CloudOptions;

pub fn cloud_options(args: &Arguments) -> Result<CloudOptions, Failure> {
    let defaults = CloudOptions::default();
    let mut options = CloudOptions {
        max_words: args.number("--words", defaults.max_words)?,
        keep_top: args.number("--keep-top", defaults.keep_top)?,
        seed: args.number("--seed", defaults.seed)?,
        width: args.number("--width", defaults.width)?,
        height: args.number("--height", defaults.height)?,
        padding: args.number("--padding", defaults.padding)?,
        ..defaults
    };
    options.shape = match args.text("--shape").unwrap_or("rectangle") {
        "rectangle" => Shape::Rectangle,
        "ellipse" => Shape::Ellipse,
        other => {
            return Err(usage(format!(
                "--shape expects rectangle or ellipse, not {other:?}"
            )))
        }
    };
    options.theme = match args.text("--theme").unwrap_or("light") {
        "light" => Theme::Light,
        "dark" => Theme::Dark,
        other => {
            return Err(usage(format!(
                "--theme expects light or dark, not {other:?}"
            )))
        }
    };
    if let Some(rule) = args.text("--rotate") {
        parse_rotate(rule, &mut options)?;
    }
    Ok(options)
}

/// `none`, `mixed` or `mixed:RATIO`, or a comma-separated list of angles.
fn parse_rotate(rule: &str, options: &mut CloudOptions) -> Result<(), Failure> {
    let bad = || {
        usage(format!(
            "--rotate expects none, mixed, mixed:RATIO or ANGLE,ANGLE…, not {rule:?}"
        ))
    };
    match rule.split_once(':') {
        _ if rule == "none" => options.rotate = Rotate::None,
        _ if rule == "mixed" => options.rotate = Rotate::Mixed,
        Some(("mixed", ratio)) => {
            options.rotate = Rotate::Mixed;
            options.rotate_ratio = ratio.parse().map_err(|_| bad())?;
            if !(0.0..=1.0).contains(&options.rotate_ratio) {
                return Err(usage(format!(
                    "--rotate mixed:RATIO needs a ratio from 0 to 1, not {ratio}"
                )));
            }
        }
        _ => {
            options.rotate = Rotate::Angles;
            options.angles = rule
                .split(',')
                .map(|a| a.trim().parse::<f64>().ok().filter(|a| a.is_finite()))
                .collect::<Option<Vec<f64>>>()
                .ok_or_else(bad)?;
        }
    }
    Ok(())
}
