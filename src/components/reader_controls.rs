//! The display settings a reader can change: text size, line spacing, width, colours, digits, calendars.
//! A disclosure, so the controls take no room until asked for; every group is labelled, every
//! choice is a native radio button (arrow keys move within a group) or a plain button.

use crate::i18n::Strings;
use crate::settings::{ReaderSettings, SettingsChange, Theme, TEXT_SIZES};
use sahifa_core::digits::Digits;
use sahifa_core::format_date::Calendars;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReaderControlsProps {
    pub settings: ReaderSettings,
    pub on_change: Callback<ReaderSettings>,
    pub strings: &'static Strings,
}

#[component]
pub fn ReaderControls(props: &ReaderControlsProps) -> Html {
    let settings = props.settings;
    let strings = props.strings;
    let change = |change: SettingsChange| props.on_change.reform(move |_: MouseEvent| settings.apply(change));
    // The size as a percentage of the browser's default, which is what a reader compares against.
    let percent = format!("{}%", (TEXT_SIZES[usize::from(settings.text_size)] + 5) / 10);
    let line_heights = [strings.line_height_tight, strings.line_height_normal, strings.line_height_loose];
    let widths = [strings.width_narrow, strings.width_medium, strings.width_wide];
    let themes = Theme::ALL.map(|theme| (theme, theme_name(theme, strings)));
    let digits = [(Digits::Western, strings.digits_western), (Digits::ArabicIndic, strings.digits_arabic_indic)];
    let calendars = [
        (Calendars::Gregorian, strings.calendar_gregorian),
        (Calendars::Hijri, strings.calendar_hijri),
        (Calendars::Both, strings.calendar_both),
    ];
    html! {
        <details class="reader-controls">
            <summary>{ strings.display_settings }</summary>
            <div class="controls-body">
                <div class="control text-size" role="group" aria-labelledby="sahifa-text-size">
                    <span id="sahifa-text-size" class="control-label">{ strings.text_size_label }</span>
                    <button type="button" aria-label={strings.text_smaller} disabled={!settings.can_shrink()}
                        onclick={change(SettingsChange::Smaller)}>{ "−" }</button>
                    <output aria-live="polite">{ settings.digits.apply(&percent) }</output>
                    <button type="button" aria-label={strings.text_larger} disabled={!settings.can_grow()}
                        onclick={change(SettingsChange::Larger)}>{ "+" }</button>
                </div>
                <RadioGroup name="sahifa-line-height" legend={strings.line_height_label} on_change={props.on_change.clone()}
                    options={line_heights.iter().enumerate().map(|(step, label)| {
                        radio(settings, SettingsChange::LineHeight(step as u8), label, usize::from(settings.line_height) == step)
                    }).collect::<Vec<_>>()} />
                <RadioGroup name="sahifa-width" legend={strings.width_label} on_change={props.on_change.clone()}
                    options={widths.iter().enumerate().map(|(step, label)| {
                        radio(settings, SettingsChange::Width(step as u8), label, usize::from(settings.width) == step)
                    }).collect::<Vec<_>>()} />
                <RadioGroup name="sahifa-theme" legend={strings.theme_label} on_change={props.on_change.clone()}
                    options={themes.iter().map(|&(theme, label)| {
                        radio(settings, SettingsChange::Theme(theme), label, settings.theme == theme)
                    }).collect::<Vec<_>>()} />
                <RadioGroup name="sahifa-digits" legend={strings.digits_label} on_change={props.on_change.clone()}
                    options={digits.iter().map(|&(digits, label)| {
                        radio(settings, SettingsChange::Digits(digits), label, settings.digits == digits)
                    }).collect::<Vec<_>>()} />
                <RadioGroup name="sahifa-calendars" legend={strings.calendar_label} on_change={props.on_change.clone()}
                    options={calendars.iter().map(|&(calendars, label)| {
                        radio(settings, SettingsChange::Calendars(calendars), label, settings.calendars == calendars)
                    }).collect::<Vec<_>>()} />
                <button type="button" class="reset-settings" onclick={change(SettingsChange::Reset)}>
                    { strings.reset_settings }
                </button>
            </div>
        </details>
    }
}

fn theme_name(theme: Theme, strings: &'static Strings) -> &'static str {
    match theme {
        Theme::System => strings.theme_system,
        Theme::Light => strings.theme_light,
        Theme::Dark => strings.theme_dark,
        Theme::Sepia => strings.theme_sepia,
    }
}

/// One choice of a group: its label, whether it is the current one, and the settings it leads to.
#[derive(Clone, PartialEq)]
struct RadioOption {
    label: &'static str,
    checked: bool,
    result: ReaderSettings,
}

fn radio(settings: ReaderSettings, change: SettingsChange, label: &'static str, checked: bool) -> RadioOption {
    RadioOption { label, checked, result: settings.apply(change) }
}

#[derive(Properties, PartialEq)]
struct RadioGroupProps {
    name: &'static str,
    legend: &'static str,
    options: Vec<RadioOption>,
    on_change: Callback<ReaderSettings>,
}

/// A fieldset of native radio buttons: the browser gives it the radio group's role, name and keys.
#[component]
fn RadioGroup(props: &RadioGroupProps) -> Html {
    html! {
        <fieldset class="control">
            <legend class="control-label">{ props.legend }</legend>
            { for props.options.iter().map(|option| {
                let result = option.result;
                let onchange = props.on_change.reform(move |_: Event| result);
                html! {
                    <label>
                        <input type="radio" name={props.name} checked={option.checked} {onchange} />
                        { option.label }
                    </label>
                }
            }) }
        </fieldset>
    }
}
