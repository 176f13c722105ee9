//! Numbers in markup and messages: the SVG renderers and the cloud layout's
//! warnings write them the same way. A leaf module (it imports nothing of
//! the crate), so the layout need not import the renderers.

/// Numbers with at most two decimals and no trailing zeros: short, and the
/// same on every platform. Integer arithmetic only, so the wasm binary needs
/// none of Rust's float formatting machinery for markup.
pub fn fmt_number(value: f64) -> String {
    // Saturating cast; NaN becomes 0.
    let hundredths = (value * 100.0).round() as i64;
    let mut text = String::with_capacity(12);
    if hundredths < 0 {
        text.push('-');
    }
    let magnitude = hundredths.unsigned_abs();
    text.push_str(&(magnitude / 100).to_string());
    let fraction = magnitude % 100;
    if fraction != 0 {
        text.push('.');
        text.push(char::from(b'0' + (fraction / 10) as u8));
        if fraction % 10 != 0 {
            text.push(char::from(b'0' + (fraction % 10) as u8));
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_and_stable() {
        for (value, text) in [
            (1.0, "1"),
            (2.5, "2.5"),
            (1.23456, "1.23"),
            (-0.001, "0"),
            (-0.05, "-0.05"),
            (f64::NAN, "0"),
            (100.0, "100"),
            (-2.0, "-2"),
            (0.125, "0.13"),
        ] {
            assert_eq!(fmt_number(value), text, "{value}");
        }
    }
}
