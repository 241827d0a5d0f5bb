//! The reader's display settings: text size, line height, width, theme, digits, calendars and UI language;
//! how a change applies to them, the CSS they become, and their short form in localStorage.
//!
//! Pure: the app stores `to_storage()` and reads `from_storage()` in an effect, and puts
//! `css_vars()` and `theme.as_attr()` on the page root.

use crate::decimal::decimal;
use sahifa_core::digits::Digits;
use sahifa_core::format_date::Calendars;
use sahifa_core::UiLang;

/// Body text sizes in thousandths of an em of the reader's default size. The default, 1.25em (20px), is where Naskh's small counters and dots
/// read comfortably; Latin text at the same size looks a step larger, which suits a reader too.
/// Integers, as are the line heights, so that no float is ever formatted (`crate::decimal`).
pub const TEXT_SIZES: [u16; 6] = [1000, 1125, 1250, 1375, 1500, 1750];
/// Line heights in hundredths of the text size. Arabic needs more room than Latin for the marks above and below the letters:
/// 1.9 is the default, and Latin articles take a quarter less in the stylesheet.
pub const LINE_HEIGHTS: [u16; 3] = [170, 190, 215];
/// Measures in ems of body text, so a line holds the same number of words at every text size.
/// 32em of Naskh is about 70 characters, the upper end of a comfortable Arabic line.
pub const WIDTHS: [u8; 3] = [26, 32, 40];

/// The colours the page is drawn in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// Light or dark as the system prefers.
    #[default]
    System,
    Light,
    Dark,
    Sepia,
}

impl Theme {
    pub const ALL: [Theme; 4] = [Theme::System, Theme::Light, Theme::Dark, Theme::Sepia];

    /// The value of the page root's `data-theme` attribute, and of the stored setting.
    pub fn as_attr(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Sepia => "sepia",
        }
    }

    pub fn from_attr(text: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|theme| theme.as_attr() == text)
    }
}

/// Everything a reader can adjust. Steps are indices into the tables above, always in bounds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReaderSettings {
    pub text_size: u8,
    pub line_height: u8,
    pub width: u8,
    pub theme: Theme,
    pub digits: Digits,
    /// Dates in the Gregorian calendar, the Hijri one (computed) or both.
    pub calendars: Calendars,
    /// `None` follows the bundle's language.
    pub ui_lang: Option<UiLang>,
}

impl Default for ReaderSettings {
    fn default() -> Self {
        ReaderSettings {
            text_size: 2,
            line_height: 1,
            width: 1,
            theme: Theme::System,
            digits: Digits::Western,
            calendars: Calendars::Gregorian,
            ui_lang: None,
        }
    }
}

/// One thing a reader asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SettingsChange {
    Larger,
    Smaller,
    LineHeight(u8),
    Width(u8),
    Theme(Theme),
    Digits(Digits),
    Calendars(Calendars),
    UiLang(Option<UiLang>),
    Reset,
}

impl ReaderSettings {
    /// The settings after `change`; steps stop at the ends of their tables.
    pub fn apply(self, change: SettingsChange) -> ReaderSettings {
        let mut next = self;
        match change {
            SettingsChange::Larger => next.text_size = step_to(self.text_size.saturating_add(1), &TEXT_SIZES),
            SettingsChange::Smaller => next.text_size = self.text_size.saturating_sub(1),
            SettingsChange::LineHeight(step) => next.line_height = step_to(step, &LINE_HEIGHTS),
            SettingsChange::Width(step) => next.width = step_to(step, &WIDTHS),
            SettingsChange::Theme(theme) => next.theme = theme,
            SettingsChange::Digits(digits) => next.digits = digits,
            SettingsChange::Calendars(calendars) => next.calendars = calendars,
            SettingsChange::UiLang(lang) => next.ui_lang = lang,
            // The language is a choice about the interface, not about the text: it survives a reset.
            SettingsChange::Reset => next = ReaderSettings { ui_lang: self.ui_lang, ..ReaderSettings::default() },
        }
        next
    }

    pub fn can_grow(self) -> bool {
        usize::from(self.text_size) + 1 < TEXT_SIZES.len()
    }

    pub fn can_shrink(self) -> bool {
        self.text_size > 0
    }

    /// The custom properties the stylesheet reads, set on the page root (through `data-css`).
    pub fn css_vars(self) -> String {
        format!(
            "--sahifa-text-size:{}em;--sahifa-leading:{};--sahifa-measure-em:{}",
            decimal(TEXT_SIZES[usize::from(self.text_size)].into(), 1000),
            decimal(LINE_HEIGHTS[usize::from(self.line_height)].into(), 100),
            WIDTHS[usize::from(self.width)],
        )
    }

    /// A short, versioned form for localStorage: `v1;s2;l1;w1;tsystem;dw;cg;u-` (a form
    /// without `c`, from before the calendars, reads as Gregorian).
    pub fn to_storage(self) -> String {
        let digits = match self.digits {
            Digits::Western => 'w',
            Digits::ArabicIndic => 'a',
        };
        let lang = self.ui_lang.map_or("-", UiLang::code);
        let calendars = match self.calendars {
            Calendars::Gregorian => 'g',
            Calendars::Hijri => 'h',
            Calendars::Both => 'b',
        };
        format!(
            "v1;s{};l{};w{};t{};d{digits};c{calendars};u{lang}",
            self.text_size,
            self.line_height,
            self.width,
            self.theme.as_attr()
        )
    }

    /// Reads `to_storage()`'s form. Forgiving: another version, or a string that is not ours,
    /// gives the defaults, and a field that does not read keeps its default, so a stored value
    /// from an older or newer build never breaks the page.
    pub fn from_storage(text: &str) -> ReaderSettings {
        let mut settings = ReaderSettings::default();
        let mut fields = text.trim().split(';');
        if fields.next() != Some("v1") {
            return settings;
        }
        for field in fields {
            let Some(key) = field.chars().next() else { continue };
            let value = &field[key.len_utf8()..];
            let step = |table_len: usize| value.parse::<u8>().ok().filter(|&s| usize::from(s) < table_len);
            match key {
                's' => settings.text_size = step(TEXT_SIZES.len()).unwrap_or(settings.text_size),
                'l' => settings.line_height = step(LINE_HEIGHTS.len()).unwrap_or(settings.line_height),
                'w' => settings.width = step(WIDTHS.len()).unwrap_or(settings.width),
                't' => settings.theme = Theme::from_attr(value).unwrap_or_default(),
                'd' if value == "a" => settings.digits = Digits::ArabicIndic,
                'c' if value == "h" => settings.calendars = Calendars::Hijri,
                'c' if value == "b" => settings.calendars = Calendars::Both,
                'u' => settings.ui_lang = UiLang::from_code(value),
                _ => {}
            }
        }
        settings
    }
}

/// `step` if the table has it, else its last step.
fn step_to<T>(step: u8, table: &[T]) -> u8 {
    let last = u8::try_from(table.len() - 1).unwrap_or(u8::MAX);
    step.min(last)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_defaults_are_arabic_first_and_in_the_middle_of_each_range() {
        let settings = ReaderSettings::default();
        assert_eq!(settings.css_vars(), "--sahifa-text-size:1.25em;--sahifa-leading:1.9;--sahifa-measure-em:32");
        assert_eq!(settings.theme.as_attr(), "system");
        assert!(settings.can_grow() && settings.can_shrink());
    }

    #[test]
    fn steps_stop_at_the_ends() {
        let mut settings = ReaderSettings::default();
        for _ in 0..10 {
            settings = settings.apply(SettingsChange::Larger);
        }
        assert_eq!(usize::from(settings.text_size), TEXT_SIZES.len() - 1);
        assert!(!settings.can_grow());
        for _ in 0..10 {
            settings = settings.apply(SettingsChange::Smaller);
        }
        assert_eq!(settings.text_size, 0);
        assert!(!settings.can_shrink());
        assert_eq!(settings.apply(SettingsChange::Width(200)).width, 2);
        assert_eq!(settings.apply(SettingsChange::LineHeight(9)).line_height, 2);
    }

    #[test]
    fn reset_restores_the_defaults_but_keeps_the_language() {
        let changed = ReaderSettings::default()
            .apply(SettingsChange::Larger)
            .apply(SettingsChange::Theme(Theme::Sepia))
            .apply(SettingsChange::Digits(Digits::ArabicIndic))
            .apply(SettingsChange::Calendars(Calendars::Both))
            .apply(SettingsChange::UiLang(Some(UiLang::English)));
        assert_eq!(
            changed.apply(SettingsChange::Reset),
            ReaderSettings { ui_lang: Some(UiLang::English), ..ReaderSettings::default() }
        );
    }

    #[test]
    fn storage_round_trips_every_setting() {
        let settings = ReaderSettings {
            text_size: 5,
            line_height: 0,
            width: 2,
            theme: Theme::Dark,
            digits: Digits::ArabicIndic,
            calendars: Calendars::Hijri,
            ui_lang: Some(UiLang::Arabic),
        };
        assert_eq!(settings.to_storage(), "v1;s5;l0;w2;tdark;da;ch;uar");
        assert_eq!(ReaderSettings::from_storage(&settings.to_storage()), settings);
        assert_eq!(ReaderSettings::from_storage(&ReaderSettings::default().to_storage()), ReaderSettings::default());
        let both = ReaderSettings { calendars: Calendars::Both, ..settings };
        assert_eq!(ReaderSettings::from_storage(&both.to_storage()), both);
        // What an older build stored still reads, in the Gregorian calendar.
        assert_eq!(ReaderSettings::from_storage("v1;s5;l0;w2;tdark;da;uar").calendars, Calendars::Gregorian);
    }

    #[test]
    fn unreadable_storage_gives_defaults() {
        let defaults = ReaderSettings::default();
        for text in ["", "garbage", "v2;s5", "{\"size\":3}", "v1;s99;l-1;wx;tneon;d?;cx;ufr;;ééé;s"] {
            assert_eq!(ReaderSettings::from_storage(text), defaults, "{text:?}");
        }
        // One bad field does not cost the good ones.
        assert_eq!(ReaderSettings::from_storage("v1;s9;tsepia").theme, Theme::Sepia);
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// Whatever a poisoned localStorage holds, the settings read from it are steps the tables
        /// have (the CSS they become can only be the app's own), and they store as what they are.
        #[test]
        fn any_stored_text_reads_as_settings_the_tables_have(
            text in proptest::prop_oneof!["\\PC{0,60}", "v1;([slwtdcu][^;]{0,6};){0,12}"],
        ) {
            let settings = ReaderSettings::from_storage(&text);
            proptest::prop_assert!(usize::from(settings.text_size) < TEXT_SIZES.len());
            proptest::prop_assert!(usize::from(settings.line_height) < LINE_HEIGHTS.len());
            proptest::prop_assert!(usize::from(settings.width) < WIDTHS.len());
            proptest::prop_assert_eq!(ReaderSettings::from_storage(&settings.to_storage()), settings);
        }
    }
}
