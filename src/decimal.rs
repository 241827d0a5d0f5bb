//! Decimal numbers written from integers: the size, leading and progress the page shows, and the
//! timeline's bar heights. The app formats no float, so Rust's float formatter (some 14 KB of
//! wasm for shortest and fixed-precision output, f32 and f64) is left out of the build.

/// `value` in units of 1/`scale` (a power of ten), written with the fewest decimals that keep
/// it exact: `decimal(1250, 1000)` is "1.25", `decimal(1000, 1000)` is "1".
pub fn decimal(value: u64, scale: u64) -> String {
    let mut text = (value / scale).to_string();
    let mut fraction = value % scale;
    let mut unit = scale;
    if fraction > 0 {
        text.push('.');
        while fraction > 0 {
            unit /= 10;
            text.push(char::from(b'0' + (fraction / unit) as u8));
            fraction %= unit;
        }
    }
    text
}

/// `numerator / denominator` in tenths, rounded to the nearest tenth (halves up), written with
/// one decimal: `tenths(3, 2)` is "1.5", `tenths(3, 1)` is "3.0".
pub fn tenths(numerator: u64, denominator: u64) -> String {
    let tenths = (numerator * 20 + denominator) / (denominator * 2);
    format!("{}.{}", tenths / 10, tenths % 10)
}

#[cfg(test)]
mod tests {
    use super::{decimal, tenths};

    #[test]
    fn decimals_are_exact_and_short() {
        let cases = [
            (1000, 1000, "1"),
            (1125, 1000, "1.125"),
            (1250, 1000, "1.25"),
            (1750, 1000, "1.75"),
            (190, 100, "1.9"),
            (215, 100, "2.15"),
            (5, 1000, "0.005"),
        ];
        for (value, scale, expected) in cases {
            assert_eq!(decimal(value, scale), expected, "{value}/{scale}");
        }
    }

    #[test]
    fn tenths_round_to_the_nearest() {
        let cases = [
            (0, 3, "0.0"),
            (1_500_000, 1_000_000, "1.5"),
            (3, 1, "3.0"),
            (1, 3, "0.3"),
            (2, 3, "0.7"),
            (1, 20, "0.1"),
            (1, 21, "0.0"),
            (12_345_678, 1_000_000, "12.3"),
        ];
        for (numerator, denominator, expected) in cases {
            assert_eq!(tenths(numerator, denominator), expected, "{numerator}/{denominator}");
        }
    }
}
