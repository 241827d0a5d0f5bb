//! Which digits a reader sees: Western (0–9) or Arabic-Indic (٠–٩).

/// The digit shapes numbers are written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Digits {
    /// 0123456789, as the seed's publisher prints its dates.
    #[default]
    Western,
    /// ٠١٢٣٤٥٦٧٨٩ (U+0660–U+0669).
    ArabicIndic,
}

impl Digits {
    /// Rewrites the ASCII digits of `text` in these digits, leaving everything else as it is.
    pub fn apply(self, text: &str) -> String {
        match self {
            Digits::Western => text.to_owned(),
            Digits::ArabicIndic => text
                .chars()
                .map(|c| match c.to_digit(10) {
                    Some(d) if c.is_ascii_digit() => char::from_u32(0x0660 + d).unwrap_or(c),
                    _ => c,
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Digits;

    #[test]
    fn arabic_indic_rewrites_only_ascii_digits() {
        assert_eq!(Digits::ArabicIndic.apply("31 يناير 2022، ١٠"), "٣١ يناير ٢٠٢٢، ١٠");
        assert_eq!(Digits::Western.apply("31 ٢"), "31 ٢");
    }
}
