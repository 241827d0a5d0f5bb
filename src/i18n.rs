//! Every string the UI shows, in Arabic and English, in one place. The UI language follows the
//! bundle's language: Arabic for an Arabic bundle, English otherwise.

use sahifa_core::direction::primary_language;

/// The UI's words in one language.
#[derive(Debug, PartialEq)]
pub struct Strings {
    pub lang: &'static str,
    pub dir: &'static str,
    pub app_name: &'static str,
    pub articles_heading: &'static str,
    pub back_to_list: &'static str,
    pub byline_label: &'static str,
    pub source_label: &'static str,
    pub published_label: &'static str,
    pub undated: &'static str,
    pub digits_western: &'static str,
    pub digits_arabic_indic: &'static str,
    pub digits_label: &'static str,
    pub loading: &'static str,
    pub load_failed: &'static str,
    pub retry: &'static str,
    pub open_sample: &'static str,
    pub refused: &'static str,
    pub network_failed: &'static str,
    pub http_failed: &'static str,
    pub invalid_bundle: &'static str,
    pub skipped_heading: &'static str,
    pub not_found: &'static str,
    pub app_crashed: &'static str,
    pub reload: &'static str,
    pub main_landmark: &'static str,
}

pub const ARABIC: Strings = Strings {
    lang: "ar",
    dir: "rtl",
    app_name: "صحيفة",
    articles_heading: "المقالات",
    back_to_list: "العودة إلى قائمة المقالات",
    byline_label: "الكاتب",
    source_label: "المصدر",
    published_label: "تاريخ النشر",
    undated: "بلا تاريخ",
    digits_western: "أرقام غربية (123)",
    digits_arabic_indic: "أرقام هندية (١٢٣)",
    digits_label: "شكل الأرقام",
    loading: "جارٍ تحميل المقالات…",
    load_failed: "تعذّر عرض المقالات",
    retry: "إعادة المحاولة",
    open_sample: "فتح المقالة النموذجية",
    refused: "هذا العنوان من موقع آخر لم يأذن له ناشر هذه الصفحة، فلا تُعرض مقالاته هنا. يمكن للناشر إضافته إلى قائمة المواقع المسموح بها في ملف index.html.",
    network_failed: "لم يصل الطلب إلى الخادم (انقطاع الاتصال أو منع الموقع الآخر للطلب). تحقق من الاتصال ثم أعد المحاولة.",
    http_failed: "ردّ الخادم بخطأ. تحقق من أن الملف موجود في هذا العنوان ثم أعد المحاولة.",
    invalid_bundle: "وصل الملف لكنه ليس حزمة مقالات صالحة. صحّحه ثم أعد تحميل الصفحة؛ يفيد الأمر sahifa validate في معرفة السبب.",
    skipped_heading: "مقالات لم تُعرض لأنها غير صالحة",
    not_found: "لا توجد مقالة بهذا المعرّف في هذه الحزمة.",
    app_crashed: "حدث خطأ غير متوقع في صحيفة",
    reload: "أعد تحميل الصفحة للمتابعة.",
    main_landmark: "المحتوى الرئيسي",
};

pub const ENGLISH: Strings = Strings {
    lang: "en",
    dir: "ltr",
    app_name: "sahifa",
    articles_heading: "Articles",
    back_to_list: "Back to the list of articles",
    byline_label: "By",
    source_label: "Source",
    published_label: "Published",
    undated: "Undated",
    digits_western: "Western digits (123)",
    digits_arabic_indic: "Arabic-Indic digits (١٢٣)",
    digits_label: "Digits",
    loading: "Loading the articles…",
    load_failed: "The articles could not be shown",
    retry: "Try again",
    open_sample: "Open the sample article",
    refused: "This address is on another site that this page's publisher has not allowed, so its articles are not shown here. The publisher can add it to the allowed origins in index.html.",
    network_failed: "The request did not reach the server (offline, or the other site refused it). Check the connection and try again.",
    http_failed: "The server answered with an error. Check that the file is at this address and try again.",
    invalid_bundle: "The file arrived but is not a valid bundle of articles. Fix it and reload the page; `sahifa validate` tells why.",
    skipped_heading: "Articles not shown because they are invalid",
    not_found: "This bundle has no article with that id.",
    app_crashed: "sahifa hit an unexpected error",
    reload: "Reload the page to continue.",
    main_landmark: "Main content",
};

/// The UI strings for a bundle in `lang`.
pub fn strings_for(lang: &str) -> &'static Strings {
    if primary_language(lang) == "ar" {
        &ARABIC
    } else {
        &ENGLISH
    }
}

/// "3 of 12 MB"-style progress, in the UI's language and digits.
pub fn progress_text(strings: &Strings, received: u64, total: Option<u64>) -> String {
    let mb = |bytes: u64| format!("{:.1}", bytes as f64 / 1_000_000.0);
    match (strings.lang, total) {
        ("ar", Some(total)) => format!("{} من {} ميغابايت", mb(received.min(total)), mb(total)),
        ("ar", None) => format!("{} ميغابايت", mb(received)),
        (_, Some(total)) => format!("{} of {} MB", mb(received.min(total)), mb(total)),
        (_, None) => format!("{} MB", mb(received)),
    }
}
