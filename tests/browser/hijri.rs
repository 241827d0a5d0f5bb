//! The browser's own Umm al-Qura calendar (`Intl.DateTimeFormat` with `islamic-umalqura`)
//! against the core's: every day where a month begins or ends, from 1290 to 1610 AH, across
//! both ends of the published table and the civil calendar beyond them, gives the same Hijri
//! year, month and day.

use js_sys::{Array, Date, Intl, Object, Reflect};
use sahifa_core::hijri::{from_jd, month_start_jd, HijriDate};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

/// The Julian day of the Unix epoch, 1970-01-01.
const UNIX_JD: i64 = 2_440_588;

fn formatter() -> Intl::DateTimeFormat {
    let options = Object::new();
    for (key, value) in [("calendar", "islamic-umalqura"), ("timeZone", "UTC"), ("numberingSystem", "latn")] {
        Reflect::set(&options, &key.into(), &value.into()).unwrap();
    }
    for key in ["year", "month", "day"] {
        Reflect::set(&options, &key.into(), &"numeric".into()).unwrap();
    }
    Intl::DateTimeFormat::new(&Array::of1(&"en".into()), &options)
}

/// What Intl says the Julian day `jd` is, as numbers.
fn intl_hijri(format: &Intl::DateTimeFormat, jd: i64) -> HijriDate {
    let date = Date::new(&JsValue::from_f64(((jd - UNIX_JD) * 86_400_000) as f64));
    let parts = format.format_to_parts(&date);
    let mut found = HijriDate { year: 0, month: 0, day: 0 };
    for part in parts.iter() {
        let kind = Reflect::get(&part, &"type".into()).unwrap().as_string().unwrap_or_default();
        let value = Reflect::get(&part, &"value".into()).unwrap().as_string().unwrap_or_default();
        let number = value.parse::<i32>().unwrap_or(-1);
        match kind.as_str() {
            "year" | "relatedYear" => found.year = number,
            "month" => found.month = number as u8,
            "day" => found.day = number as u8,
            _ => {}
        }
    }
    found
}

#[wasm_bindgen_test]
fn intl_and_the_core_agree_on_every_month_start() {
    let format = formatter();
    let mut checked = 0;
    for year in 1290..1610 {
        for month in 1..=12 {
            let start = month_start_jd(year, month);
            for jd in [start, start - 1] {
                assert_eq!(intl_hijri(&format, jd), from_jd(jd), "Julian day {jd}");
                checked += 1;
            }
        }
    }
    assert_eq!(checked, 320 * 12 * 2);
}
