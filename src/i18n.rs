//! Every string the UI shows, in Arabic and English, in one place. The UI language follows the
//! bundle's language (Arabic for an Arabic bundle, English otherwise) unless the reader picks one.

use crate::decimal::tenths;
use crate::limits::Limit;
use sahifa_core::digits::Digits;
use sahifa_core::plural::Counted;
use sahifa_core::UiLang;

/// The UI's words in one language.
#[derive(Debug)]
pub struct Strings {
    pub lang: UiLang,
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
    pub calendar_label: &'static str,
    pub calendar_gregorian: &'static str,
    pub calendar_hijri: &'static str,
    pub calendar_both: &'static str,
    /// Under a chart drawn in Hijri months and years, and beside a period read in them.
    pub hijri_note: &'static str,
    pub loading: &'static str,
    pub load_failed: &'static str,
    pub retry: &'static str,
    pub open_sample: &'static str,
    pub refused: &'static str,
    pub network_failed: &'static str,
    pub http_failed: &'static str,
    pub invalid_bundle: &'static str,
    /// No first byte within the limit; `#` is the limit, as `seconds` writes it.
    pub timed_out_first_byte: &'static str,
    /// Nothing more within the stall limit; `#` as above.
    pub timed_out_stalled: &'static str,
    pub cancel_load: &'static str,
    pub load_cancelled: &'static str,
    pub cancelled: &'static str,
    /// The landmark that holds the bundle's problems.
    pub problems_label: &'static str,
    /// What the bundle's problems mean, and the command (shown after it) that lists them all.
    pub problems_hint: &'static str,
    pub not_found: &'static str,
    pub app_crashed: &'static str,
    pub reload: &'static str,
    pub main_landmark: &'static str,
    pub search_label: &'static str,
    pub search_placeholder: &'static str,
    pub search_preparing: &'static str,
    /// A sharded archive's files for the search are on their way.
    pub searching: &'static str,
    /// A list row or an article whose file is on its way.
    pub row_loading: &'static str,
    pub article_loading: &'static str,
    pub sort_label: &'static str,
    pub sort_relevance: &'static str,
    pub sort_newest: &'static str,
    pub sort_oldest: &'static str,
    pub filters_heading: &'static str,
    /// The button that opens the filters on a narrow screen.
    pub filters_button: &'static str,
    pub facet_source: &'static str,
    pub facet_publisher: &'static str,
    pub facet_tag: &'static str,
    pub facet_place: &'static str,
    pub facet_person: &'static str,
    pub facet_organization: &'static str,
    pub facet_language: &'static str,
    pub facet_year: &'static str,
    /// The articles a facet has no value for, facet by facet in `Facet::ALL`'s order ("no
    /// source", "undated"): a bucket of its own, never a value named "unknown".
    pub facet_none: [&'static str; 8],
    pub date_range_label: &'static str,
    pub date_from: &'static str,
    pub date_to: &'static str,
    /// What a date field holds when empty: the order its day, month and year are read in.
    pub date_placeholder: &'static str,
    /// Under a date field whose text names no day.
    pub date_not_understood: &'static str,
    pub clear_filters: &'static str,
    pub no_source: &'static str,
    pub no_results: &'static str,
    /// Before the words a search corrected a typed word to.
    pub corrected_results: &'static str,
    /// After them, before the action that searches the words as written.
    pub corrected_then: &'static str,
    pub search_as_written: &'static str,
    /// Before a search of the nearest words, offered when nothing was found.
    pub did_you_mean: &'static str,
    /// Between the words of a short list.
    pub list_separator: &'static str,
    pub more_values: &'static str,
    pub fewer_values: &'static str,
    pub facet_filter: &'static str,
    pub facet_order: &'static str,
    pub facet_by_count: &'static str,
    pub facet_by_name: &'static str,
    pub facet_require_all: &'static str,
    pub facet_no_match: &'static str,
    pub timeline_heading: &'static str,
    pub timeline_chart_label: &'static str,
    pub timeline_keys_hint: &'static str,
    pub timeline_zoom_in: &'static str,
    pub timeline_zoom_out: &'static str,
    pub timeline_older: &'static str,
    pub timeline_newer: &'static str,
    pub timeline_show_all: &'static str,
    pub timeline_scale_label: &'static str,
    pub timeline_year: &'static str,
    pub timeline_month: &'static str,
    pub timeline_week: &'static str,
    pub timeline_day: &'static str,
    pub timeline_flip: &'static str,
    pub timeline_clear: &'static str,
    pub timeline_selected: &'static str,
    pub timeline_nothing: &'static str,
    pub timeline_undated: &'static str,
    pub timeline_no_dates: &'static str,
    /// Nothing matched, so the timeline has nothing to draw.
    pub timeline_no_matches: &'static str,
    pub timeline_outside: &'static str,
    pub timeline_separator: &'static str,
    pub timeline_table_label: &'static str,
    pub timeline_period_column: &'static str,
    pub timeline_count_column: &'static str,
    pub timeline_events_label: &'static str,
    pub timeline_more_events: &'static str,
    pub timeline_list_label: &'static str,
    pub skip_to_content: &'static str,
    /// The list of keys (`?`): its heading, each key's use, and the button that closes it.
    pub keys_heading: &'static str,
    pub key_search: &'static str,
    pub key_next: &'static str,
    pub key_previous: &'static str,
    pub key_help: &'static str,
    pub key_close: &'static str,
    pub display_settings: &'static str,
    pub text_size_label: &'static str,
    pub text_smaller: &'static str,
    pub text_larger: &'static str,
    pub line_height_label: &'static str,
    pub line_height_tight: &'static str,
    pub line_height_normal: &'static str,
    pub line_height_loose: &'static str,
    pub width_label: &'static str,
    pub width_narrow: &'static str,
    pub width_medium: &'static str,
    pub width_wide: &'static str,
    pub theme_label: &'static str,
    pub theme_system: &'static str,
    pub theme_light: &'static str,
    pub theme_dark: &'static str,
    pub theme_sepia: &'static str,
    pub reset_settings: &'static str,
    pub language_label: &'static str,
    pub reading_time_label: &'static str,
    pub article_navigation: &'static str,
    /// `{at}` and `{of}`: an article's place in the list and the list's length.
    pub place_of: &'static str,
    pub previous_article: &'static str,
    pub next_article: &'static str,
    pub entities_heading: &'static str,
    pub people_label: &'static str,
    pub places_label: &'static str,
    pub organizations_label: &'static str,
    pub tags_label: &'static str,
    pub original_url_label: &'static str,
    /// The reader's provenance panel: its heading, each part's label, the verification words.
    pub provenance_heading: &'static str,
    pub verification_label: &'static str,
    pub status_unverified: &'static str,
    pub status_verified: &'static str,
    pub status_disputed: &'static str,
    pub status_retracted: &'static str,
    pub captured_label: &'static str,
    pub collector_label: &'static str,
    pub file_hash_label: &'static str,
    pub archived_label: &'static str,
    pub corrections_label: &'static str,
    /// The article's integrity, as `integrity_state` tells it; the key follows `integrity_key`.
    pub integrity_checking: &'static str,
    pub integrity_signed: &'static str,
    pub integrity_key: &'static str,
    pub integrity_published_at: &'static str,
    pub integrity_changed: &'static str,
    pub integrity_unsigned: &'static str,
    pub integrity_broken: &'static str,
    pub integrity_cannot_check: &'static str,
    /// The reader's record for filing (`print_record`): the button, and the printed line's labels.
    pub print_record: &'static str,
    pub record_article_id: &'static str,
    pub record_printed_on: &'static str,
    pub record_printed_from: &'static str,
    /// Export, marks and the dossier (#16): the panel, its choices and messages, the marks in
    /// the list and the reader, the dossier's cover. `{n}` and `{of}` are counts.
    pub export_heading: &'static str,
    pub export_what: &'static str,
    pub export_results: &'static str,
    pub export_marked: &'static str,
    pub export_download: &'static str,
    pub export_nothing: &'static str,
    pub export_none_marked: &'static str,
    pub export_writing: &'static str,
    pub export_done: &'static str,
    pub export_failed: &'static str,
    pub export_archive_note: &'static str,
    pub export_archive_json: &'static str,
    pub marks_clear: &'static str,
    pub mark_article: &'static str,
    pub mark_this: &'static str,
    pub dossier_open: &'static str,
    pub dossier_too_many: &'static str,
    pub dossier_title: &'static str,
    pub dossier_print: &'static str,
    pub dossier_from: &'static str,
    pub dossier_query: &'static str,
    pub dossier_filters: &'static str,
    pub dossier_none: &'static str,
    pub dossier_made: &'static str,
    pub dossier_count: &'static str,
    pub dossier_in_archive: &'static str,
    pub dossier_archive_note: &'static str,
    pub marked: Counted,
    /// The search's result count.
    pub results: Counted,
    /// A reading time.
    pub minutes: Counted,
    /// The list's button that shows the next articles.
    pub show_more: Counted,
    /// A time limit.
    pub seconds: Counted,
    /// The problems reading the bundle found.
    pub problems: Counted,
    /// How many of them were articles skipped.
    pub problems_skipped: Counted,
    /// Those past the bounded list.
    pub problems_unlisted: Counted,
    /// `{n}`: the name of the link beside paragraph n of an article.
    pub paragraph_link: &'static str,
    /// Said once the link to a paragraph is on the clipboard, and when it could not be put there.
    pub link_copied: &'static str,
    pub link_not_copied: &'static str,
    /// A link to a paragraph whose text is no longer the one linked, and one to no paragraph
    /// (`{n}`: the number the link asked for).
    pub paragraph_changed: &'static str,
    pub paragraph_missing: &'static str,
    /// The link made from words selected in a paragraph.
    pub quote_link: &'static str,
    /// The citation disclosure, its copy buttons (followed by a form's name) and what a copy
    /// says (after the form's name).
    pub cite_this: &'static str,
    pub copy_citation: &'static str,
    pub citation_copied: &'static str,
}

/// There are two tables, `ARABIC` and `ENGLISH`, one a language: the language says which table
/// it is. Components take `&'static Strings` as a prop, and a derived comparison of its hundred
/// and more fields in every props check cost kilobytes of the release module for nothing.
impl PartialEq for Strings {
    fn eq(&self, other: &Strings) -> bool {
        self.lang == other.lang
    }
}

pub const ARABIC: Strings = Strings {
    lang: UiLang::Arabic,
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
    calendar_label: "التقويم",
    calendar_gregorian: "ميلادي",
    calendar_hijri: "هجري (محسوب)",
    calendar_both: "ميلادي وهجري",
    hijri_note: "التواريخ الهجرية محسوبة وفق تقويم أم القرى، وقد يختلف بدء الشهر المعلن محليًا يومًا.",
    loading: "جارٍ تحميل المقالات…",
    load_failed: "تعذّر عرض المقالات",
    retry: "إعادة المحاولة",
    open_sample: "فتح المقالة النموذجية",
    refused: "هذا العنوان (أو ما يحيل إليه) من موقع آخر لم يأذن له ناشر هذه الصفحة، فلا تُعرض مقالاته هنا. يمكن للناشر إضافته إلى قائمة المواقع المسموح بها في ملف index.html.",
    network_failed: "لم يصل الطلب إلى الخادم (انقطاع الاتصال أو منع الموقع الآخر للطلب). تحقق من الاتصال ثم أعد المحاولة.",
    http_failed: "ردّ الخادم بخطأ. تحقق من أن الملف موجود في هذا العنوان ثم أعد المحاولة.",
    invalid_bundle: "وصل الملف لكنه ليس حزمة مقالات صالحة. صحّحه ثم أعد تحميل الصفحة؛ يفيد الأمر sahifa validate في معرفة السبب.",
    timed_out_first_byte: "لم يردّ الخادم خلال #. قد يكون الاتصال بطيئًا أو الخادم متوقفًا: أعد المحاولة الآن أو بعد قليل.",
    timed_out_stalled: "توقّف التحميل: لم يصل منه شيء خلال #. قد يكون الاتصال انقطع: تحقق منه ثم أعد المحاولة.",
    cancel_load: "إلغاء التحميل",
    load_cancelled: "أُلغي التحميل",
    cancelled: "توقّف التحميل بطلب منك قبل وصول المقالات. أعد المحاولة لتحميلها من جديد.",
    problems_label: "مشكلات في بيانات الأرشيف",
    problems_hint: "المقالة التي فيها خطأ لا تُعرض، والتنبيه يُسقط من المقالة الجزء الذي يسمّيه وحده. يرى ناشر الأرشيف كل المشكلات، ليصلحها في مصدرها، بالأمر",
    not_found: "لا توجد مقالة بهذا المعرّف في هذه الحزمة.",
    app_crashed: "حدث خطأ غير متوقع في صحيفة",
    reload: "أعد تحميل الصفحة للمتابعة.",
    main_landmark: "المحتوى الرئيسي",
    search_label: "ابحث في المقالات",
    search_placeholder: "كلمة، اسم، مكان… ويمكن استعمال \"عبارة\" و-استبعاد",
    search_preparing: "جارٍ تجهيز البحث…",
    searching: "جارٍ البحث…",
    row_loading: "جارٍ التحميل…",
    article_loading: "جارٍ تحميل المقالة…",
    sort_label: "الترتيب",
    sort_relevance: "الأكثر صلة",
    sort_newest: "الأحدث أولاً",
    sort_oldest: "الأقدم أولاً",
    filters_heading: "تصفية النتائج",
    filters_button: "التصفية",
    facet_source: "المصدر",
    facet_publisher: "الناشر",
    facet_tag: "الوسوم",
    facet_place: "الأماكن",
    facet_person: "الأشخاص",
    facet_organization: "الجهات",
    facet_language: "اللغة",
    facet_year: "السنة",
    facet_none: ["بلا مصدر", "بلا ناشر", "بلا وسم", "بلا مكان", "بلا أشخاص", "بلا جهات", "بلا لغة", "بلا تاريخ"],
    date_range_label: "الفترة",
    date_from: "من تاريخ",
    date_to: "إلى تاريخ",
    date_placeholder: "يوم/شهر/سنة",
    date_not_understood: "لم يُفهم هذا التاريخ: اكتبه يومًا ثم شهرًا ثم سنة، مثل 31/01/2022.",
    clear_filters: "مسح البحث والتصفية",
    no_source: "لم يُحدَّد ملف المقالات لهذا العارض. أضف إليه src=\"…/articles.json\" بعنوان حزمة المقالات.",
    no_results: "لا توجد مقالات تطابق هذا البحث.",
    corrected_results: "النتائج عن",
    corrected_then: "؛ ",
    search_as_written: "ابحث فقط عن",
    did_you_mean: "هل تقصد:",
    list_separator: "، ",
    more_values: "عرض كل القيم ({n})",
    fewer_values: "عرض أقل",
    facet_filter: "تصفية القيم",
    facet_order: "ترتيب القيم",
    facet_by_count: "حسب العدد",
    facet_by_name: "حسب الاسم",
    facet_require_all: "كل القيم المحددة معًا (و)",
    facet_no_match: "لا قيمة تطابق ما كتبته. امسح المربع لترى كل القيم.",
    timeline_heading: "الخط الزمني",
    timeline_chart_label: "عدد المقالات في كل فترة",
    timeline_keys_hint: "الأسهم للتنقل بين الفترات، Enter أو المسافة لتحديد فترة، Shift مع الأسهم لمدّ التحديد، + و - للتكبير والتصغير، PageUp و PageDown للانتقال، Escape لإلغاء التحديد.",
    timeline_zoom_in: "تكبير",
    timeline_zoom_out: "تصغير",
    timeline_older: "أقدم",
    timeline_newer: "أحدث",
    timeline_show_all: "كل المدة",
    timeline_scale_label: "المقياس",
    timeline_year: "سنة",
    timeline_month: "شهر",
    timeline_week: "أسبوع",
    timeline_day: "يوم",
    timeline_flip: "عكس اتجاه الزمن",
    timeline_clear: "إلغاء تحديد الفترة",
    timeline_selected: "الفترة المحددة: ",
    timeline_nothing: "لا مقالات في هذه الفترة.",
    timeline_undated: "بلا تاريخ",
    timeline_no_dates: "لا تاريخ لأي مقالة، فلا خط زمني يُرسم.",
    timeline_no_matches: "لا نتائج يُرسم لها خط زمني.",
    timeline_outside: "خارج الفترة المعروضة",
    timeline_separator: "، ",
    timeline_table_label: "جدول الأعداد",
    timeline_period_column: "الفترة",
    timeline_count_column: "عدد المقالات",
    timeline_events_label: "أحداث",
    timeline_more_events: "أحداث أخرى",
    timeline_list_label: "مقالات الفترة",
    skip_to_content: "انتقل إلى المحتوى",
    keys_heading: "مفاتيح لوحة المفاتيح",
    key_search: "البحث",
    key_next: "المقالة التالية",
    key_previous: "المقالة السابقة",
    key_help: "هذه القائمة",
    key_close: "إغلاق",
    display_settings: "إعدادات العرض",
    text_size_label: "حجم النص",
    text_smaller: "تصغير النص",
    text_larger: "تكبير النص",
    line_height_label: "تباعد الأسطر",
    line_height_tight: "متقارب",
    line_height_normal: "عادي",
    line_height_loose: "متباعد",
    width_label: "عرض السطر",
    width_narrow: "ضيّق",
    width_medium: "متوسط",
    width_wide: "عريض",
    theme_label: "الألوان",
    theme_system: "حسب النظام",
    theme_light: "فاتح",
    theme_dark: "داكن",
    theme_sepia: "بنّي فاتح",
    reset_settings: "استعادة الإعدادات الأصلية",
    language_label: "لغة الواجهة",
    reading_time_label: "مدة القراءة",
    article_navigation: "مقالات أخرى في القائمة",
    place_of: "{at} من {of}",
    previous_article: "المقالة السابقة",
    next_article: "المقالة التالية",
    entities_heading: "في هذه المقالة",
    people_label: "أشخاص",
    places_label: "أماكن",
    organizations_label: "جهات",
    tags_label: "موضوعات",
    original_url_label: "رابط المقالة الأصلية",
    provenance_heading: "المصدر والتوثيق",
    verification_label: "التحقق",
    status_unverified: "لم يُتحقَّق منها بعد",
    status_verified: "تحقَّق منها المركز",
    status_disputed: "موضع خلاف",
    status_retracted: "ثبت خطؤها، محفوظة للتوثيق",
    captured_label: "تاريخ الحفظ",
    collector_label: "جمعها",
    file_hash_label: "بصمة الملف المحفوظ (SHA-256)",
    archived_label: "نسخ مؤرشفة",
    corrections_label: "التصحيحات",
    integrity_checking: "جارٍ التحقق من سلامة المقالة…",
    integrity_signed: "موقّعة: هذه المقالة كما وقّعها صاحب المفتاح، وقد تحقّق المتصفح من التوقيع.",
    integrity_key: "المفتاح",
    integrity_published_at: "قارنه بالمفتاح المنشور على",
    integrity_changed: "تنبيه: تغيّرت هذه المقالة بعد توقيعها، فهي ليست كما نشرها المركز.",
    integrity_unsigned: "غير موقّعة: لا سبيل إلى التأكد من أن هذه المقالة كما نشرها المركز.",
    integrity_broken: "تنبيه: توقيع الأرشيف لا يطابق محتواه، فلا يمكن الوثوق بأي مقالة فيه على أنها موقّعة.",
    integrity_cannot_check: "هذا المتصفح لا يستطيع التحقق من التواقيع، فلم يُتحقَّق من هذه المقالة.",
    print_record: "اطبع سجلّ المقالة",
    record_article_id: "رقم المقالة في الأرشيف",
    record_printed_on: "طُبع يوم",
    record_printed_from: "من العنوان",
    export_heading: "التصدير والطباعة",
    export_what: "ما يُصدَّر أو يُطبع",
    export_results: "نتائج البحث",
    export_marked: "المقالات المعلَّمة",
    export_download: "نزّل بصيغة",
    export_nothing: "لا شيء لتصديره: لا مقالة تطابق هذا البحث. غيّر كلمات البحث أو امسح عوامل التصفية.",
    export_none_marked: "لا شيء لتصديره: لم تعلِّم أي مقالة بعد. علِّم المقالات بالمربع الذي بجانب كل منها في القائمة، أو بزر «علِّم هذه المقالة» في صفحتها.",
    export_writing: "جارٍ كتابة الملف: {n} من {of}…",
    export_done: "نُزّل الملف {name} (المقالات: {n}).",
    export_failed: "تعذّر على المتصفح تنزيل الملف. أعد المحاولة، أو جرّب متصفحًا آخر.",
    export_archive_note: "هذا الأرشيف يُقرأ أجزاءً: يضمّ التصدير {n} من {of}، وهي المقالات التي حُمّلت مداخلها حتى الآن، وفيها السطور الأولى من نص كل مقالة فقط. اعرض المزيد في القائمة لتحميل غيرها.",
    export_archive_json: "صيغة JSON تحتاج إلى المقالات كاملة، وهذا الأرشيف يُقرأ أجزاءً؛ اطلب ملف الأرشيف الكامل من المركز الذي ينشره.",
    marks_clear: "امسح العلامات",
    mark_article: "علِّم",
    mark_this: "علِّم هذه المقالة",
    dossier_open: "اعرض ملفًّا للطباعة",
    dossier_too_many: "لا يتسع الملف لأكثر من {of} مقالة، وفي هذا الاختيار {n}. ضيّق البحث، أو علِّم المقالات التي تحتاج إليها.",
    dossier_title: "ملف مقالات",
    dossier_print: "اطبع الملف",
    dossier_from: "المصدر في الأرشيف",
    dossier_query: "كلمات البحث",
    dossier_filters: "عوامل التصفية",
    dossier_none: "لا شيء",
    dossier_made: "أُعدّ يوم",
    dossier_count: "عدد المقالات",
    dossier_in_archive: "في الأرشيف",
    dossier_archive_note: "هذا الأرشيف يُقرأ أجزاءً: في الملف السطور الأولى من نص كل مقالة فقط.",
    marked: Counted::Arabic {
        zero: "لا مقالات معلَّمة",
        one: "مقالة معلَّمة واحدة",
        two: "مقالتان معلَّمتان",
        few: "# مقالات معلَّمة",
        many: "# مقالة معلَّمة",
        other: "# مقالة معلَّمة",
    },
    results: Counted::Arabic {
        zero: "لا نتائج",
        one: "نتيجة واحدة",
        two: "نتيجتان",
        few: "# نتائج",
        many: "# نتيجة",
        other: "# نتيجة",
    },
    minutes: Counted::Arabic {
        zero: "أقل من دقيقة",
        one: "دقيقة واحدة",
        two: "دقيقتان",
        few: "# دقائق",
        many: "# دقيقة",
        other: "# دقيقة",
    },
    show_more: Counted::Arabic {
        zero: "عرض المزيد",
        one: "عرض مقالة أخرى",
        two: "عرض مقالتين أخريين",
        few: "عرض # مقالات أخرى",
        many: "عرض # مقالة أخرى",
        other: "عرض # مقالة أخرى",
    },
    seconds: Counted::Arabic {
        zero: "أقل من ثانية",
        one: "ثانية واحدة",
        two: "ثانيتين",
        few: "# ثوانٍ",
        many: "# ثانية",
        other: "# ثانية",
    },
    problems: Counted::Arabic {
        zero: "لا مشكلات في بيانات هذا الأرشيف",
        one: "مشكلة واحدة في بيانات هذا الأرشيف",
        two: "مشكلتان في بيانات هذا الأرشيف",
        few: "# مشكلات في بيانات هذا الأرشيف",
        many: "# مشكلة في بيانات هذا الأرشيف",
        other: "# مشكلة في بيانات هذا الأرشيف",
    },
    problems_skipped: Counted::Arabic {
        zero: "لم تُحجب أي مقالة",
        one: "مقالة واحدة لم تُعرض",
        two: "مقالتان لم تُعرضا",
        few: "# مقالات لم تُعرض",
        many: "# مقالة لم تُعرض",
        other: "# مقالة لم تُعرض",
    },
    problems_unlisted: Counted::Arabic {
        zero: "",
        one: "ومشكلة أخرى لا تظهر هنا",
        two: "ومشكلتان أخريان لا تظهران هنا",
        few: "و# مشكلات أخرى لا تظهر هنا",
        many: "و# مشكلة أخرى لا تظهر هنا",
        other: "و# مشكلة أخرى لا تظهر هنا",
    },
    paragraph_link: "رابط الفقرة {n}",
    link_copied: "نُسخ الرابط إلى الحافظة.",
    link_not_copied: "تعذّر نسخ الرابط إلى الحافظة.",
    paragraph_changed: "تغيّر نص الفقرة التي يشير إليها هذا الرابط منذ إنشائه، فلم نُعلّم شيئاً: المقالة أدناه كما هي الآن.",
    paragraph_missing: "لم نجد الفقرة {n} التي يشير إليها هذا الرابط في هذه المقالة: المقالة أدناه كما هي الآن.",
    quote_link: "انسخ رابطاً إلى هذا الاقتباس",
    cite_this: "استشهد بهذه المقالة",
    copy_citation: "انسخ توثيق",
    citation_copied: "— نُسخ التوثيق إلى الحافظة.",
};

pub const ENGLISH: Strings = Strings {
    lang: UiLang::English,
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
    calendar_label: "Calendar",
    calendar_gregorian: "Gregorian",
    calendar_hijri: "Hijri (AH, computed)",
    calendar_both: "Gregorian and Hijri",
    hijri_note: "Hijri dates are computed by the Umm al-Qura calendar; a month announced locally may start a day apart.",
    loading: "Loading the articles…",
    load_failed: "The articles could not be shown",
    retry: "Try again",
    open_sample: "Open the sample article",
    refused: "This address (or where it redirects) is on another site that this page's publisher has not allowed, so its articles are not shown here. The publisher can add it to the allowed origins in index.html.",
    network_failed: "The request did not reach the server (offline, or the other site refused it). Check the connection and try again.",
    http_failed: "The server answered with an error. Check that the file is at this address and try again.",
    invalid_bundle: "The file arrived but is not a valid bundle of articles. Fix it and reload the page; `sahifa validate` tells why.",
    timed_out_first_byte: "The server did not answer within #. The line may be slow or the server down: try again now or in a while.",
    timed_out_stalled: "The download stopped: nothing more arrived for #. The connection may have dropped: check it, then try again.",
    cancel_load: "Cancel loading",
    load_cancelled: "Loading cancelled",
    cancelled: "You stopped the load before the articles arrived. Try again to load them.",
    problems_label: "Problems in the archive's data",
    problems_hint: "An article with an error is not shown; a warning leaves out only the part of the article it names. The archive's publisher can list every problem, to fix it at the source, with",
    not_found: "This bundle has no article with that id.",
    app_crashed: "sahifa hit an unexpected error",
    reload: "Reload the page to continue.",
    main_landmark: "Main content",
    search_label: "Search the articles",
    search_placeholder: "A word, a name, a place… \"phrases\" and -exclusions work too",
    search_preparing: "Preparing search…",
    searching: "Searching…",
    row_loading: "Loading…",
    article_loading: "Loading the article…",
    sort_label: "Order",
    sort_relevance: "Best match",
    sort_newest: "Newest first",
    sort_oldest: "Oldest first",
    filters_heading: "Filter the results",
    filters_button: "Filters",
    facet_source: "Source",
    facet_publisher: "Publisher",
    facet_tag: "Tags",
    facet_place: "Places",
    facet_person: "People",
    facet_organization: "Organizations",
    facet_language: "Language",
    facet_year: "Year",
    facet_none: ["No source", "No publisher", "No tag", "No place", "No person", "No organization", "No language", "Undated"],
    date_range_label: "Period",
    date_from: "From",
    date_to: "To",
    date_placeholder: "dd/mm/yyyy",
    date_not_understood: "Not a date: write the day, the month and the year, like 31/01/2022.",
    clear_filters: "Clear search and filters",
    no_source: "This viewer has no bundle to show. Add src=\"…/articles.json\" with the address of a bundle of articles.",
    no_results: "No articles match this search.",
    corrected_results: "Results for",
    corrected_then: "; ",
    search_as_written: "search only for",
    did_you_mean: "Did you mean:",
    list_separator: ", ",
    more_values: "Show all {n} values",
    fewer_values: "Show fewer",
    facet_filter: "Filter values",
    facet_order: "Order of values",
    facet_by_count: "By count",
    facet_by_name: "By name",
    facet_require_all: "Every ticked value (AND)",
    facet_no_match: "No value matches what you typed. Clear the box to see them all.",
    timeline_heading: "Timeline",
    timeline_chart_label: "Articles per period",
    timeline_keys_hint: "Arrow keys move between periods, Enter or Space selects one, Shift with the arrows extends the selection, + and - zoom, Page Up and Page Down move, Escape clears the selection.",
    timeline_zoom_in: "Zoom in",
    timeline_zoom_out: "Zoom out",
    timeline_older: "Older",
    timeline_newer: "Newer",
    timeline_show_all: "Whole span",
    timeline_scale_label: "Scale",
    timeline_year: "Year",
    timeline_month: "Month",
    timeline_week: "Week",
    timeline_day: "Day",
    timeline_flip: "Reverse the time axis",
    timeline_clear: "Clear the period",
    timeline_selected: "Selected: ",
    timeline_nothing: "No articles in this period.",
    timeline_undated: "undated",
    timeline_no_dates: "No article has a date, so there is no timeline to draw.",
    timeline_no_matches: "No results, so no timeline to draw.",
    timeline_outside: "outside the period shown",
    timeline_separator: ", ",
    timeline_table_label: "Table of counts",
    timeline_period_column: "Period",
    timeline_count_column: "Articles",
    timeline_events_label: "Events",
    timeline_more_events: "More events",
    timeline_list_label: "Articles of the period",
    skip_to_content: "Skip to content",
    keys_heading: "Keyboard keys",
    key_search: "Search",
    key_next: "Next article",
    key_previous: "Previous article",
    key_help: "This list",
    key_close: "Close",
    display_settings: "Display settings",
    text_size_label: "Text size",
    text_smaller: "Smaller text",
    text_larger: "Larger text",
    line_height_label: "Line spacing",
    line_height_tight: "Tight",
    line_height_normal: "Normal",
    line_height_loose: "Loose",
    width_label: "Line width",
    width_narrow: "Narrow",
    width_medium: "Medium",
    width_wide: "Wide",
    theme_label: "Colours",
    theme_system: "As the system",
    theme_light: "Light",
    theme_dark: "Dark",
    theme_sepia: "Sepia",
    reset_settings: "Restore the defaults",
    language_label: "Interface language",
    reading_time_label: "Reading time",
    article_navigation: "More articles in the list",
    place_of: "{at} of {of}",
    previous_article: "Previous article",
    next_article: "Next article",
    entities_heading: "In this article",
    people_label: "People",
    places_label: "Places",
    organizations_label: "Organizations",
    tags_label: "Topics",
    original_url_label: "Original article",
    provenance_heading: "Provenance",
    verification_label: "Verification",
    status_unverified: "Not yet verified",
    status_verified: "Verified by the centre",
    status_disputed: "Disputed",
    status_retracted: "Found false, kept as a record",
    captured_label: "Captured",
    collector_label: "Collected by",
    file_hash_label: "Captured file's SHA-256",
    archived_label: "Archived copies",
    corrections_label: "Corrections",
    integrity_checking: "Checking this article's integrity…",
    integrity_signed: "Signed: this article is as the key's holder signed it; this browser checked the signature.",
    integrity_key: "Key",
    integrity_published_at: "compare it with the key published at",
    integrity_changed: "Warning: this article was changed after it was signed; it is not as the centre published it.",
    integrity_unsigned: "Unsigned: there is no way to check that this article is as the centre published it.",
    integrity_broken: "Warning: the archive's signature does not match its content; no article in it can be trusted as signed.",
    integrity_cannot_check: "This browser cannot check signatures, so this article was not checked.",
    print_record: "Print this record",
    record_article_id: "Article id in the archive",
    record_printed_on: "printed on",
    record_printed_from: "from",
    export_heading: "Export and print",
    export_what: "What to export or print",
    export_results: "The search's results",
    export_marked: "The marked articles",
    export_download: "Download",
    export_nothing: "Nothing to export: no article matches this search. Change the words or clear the filters.",
    export_none_marked: "Nothing to export: no article is marked yet. Mark articles with the box beside each in the list, or with \"Mark this article\" on its page.",
    export_writing: "Writing the file: {n} of {of}…",
    export_done: "Downloaded {name} (articles: {n}).",
    export_failed: "The browser could not download the file. Try again, or try another browser.",
    export_archive_note: "This archive is read in parts: the export holds {n} of {of} articles, those whose entries have loaded so far, with only the first lines of each article's text. Show more in the list to load others.",
    export_archive_json: "JSON needs whole articles, and this archive is read in parts; ask the centre that publishes it for its whole bundle.",
    marks_clear: "Clear the marks",
    mark_article: "Mark",
    mark_this: "Mark this article",
    dossier_open: "Show a dossier to print",
    dossier_too_many: "A dossier holds at most {of} articles, and this one would hold {n}. Narrow the search, or mark the articles you need.",
    dossier_title: "Dossier of articles",
    dossier_print: "Print the dossier",
    dossier_from: "Taken from the archive's",
    dossier_query: "Search words",
    dossier_filters: "Filters",
    dossier_none: "none",
    dossier_made: "Made on",
    dossier_count: "Articles",
    dossier_in_archive: "In the archive",
    dossier_archive_note: "This archive is read in parts: the dossier holds only the first lines of each article's text.",
    marked: Counted::English { zero: "none marked", one: "1 marked", other: "# marked" },
    results: Counted::English { zero: "0 results", one: "1 result", other: "# results" },
    minutes: Counted::English { zero: "less than a minute", one: "1 minute", other: "# minutes" },
    show_more: Counted::English { zero: "Show more", one: "Show 1 more", other: "Show # more" },
    seconds: Counted::English { zero: "less than a second", one: "1 second", other: "# seconds" },
    problems: Counted::English {
        zero: "No problems in this archive's data",
        one: "1 problem in this archive's data",
        other: "# problems in this archive's data",
    },
    problems_skipped: Counted::English { zero: "no article left out", one: "1 article not shown", other: "# articles not shown" },
    problems_unlisted: Counted::English { zero: "", one: "and 1 more, not listed here", other: "and # more, not listed here" },
    paragraph_link: "Link to paragraph {n}",
    link_copied: "Link copied to the clipboard.",
    link_not_copied: "The link could not be copied to the clipboard.",
    paragraph_changed: "The paragraph this link points to has changed since the link was made, so nothing is marked: the article below is as it is now.",
    paragraph_missing: "Paragraph {n}, which this link points to, was not found in this article: the article below is as it is now.",
    quote_link: "Copy a link to this quote",
    cite_this: "Cite this",
    copy_citation: "Copy",
    citation_copied: "citation copied to the clipboard.",
};

/// The UI's words in `lang`.
pub fn strings(lang: UiLang) -> &'static Strings {
    match lang {
        UiLang::Arabic => &ARABIC,
        UiLang::English => &ENGLISH,
    }
}

/// The UI strings for text in the language `tag` names (a bundle's, the document's).
pub fn strings_for(tag: &str) -> &'static Strings {
    strings(UiLang::of_tag(tag))
}

/// The UI strings: the chosen language when there is one, else the bundle's.
pub fn ui_strings(chosen: Option<UiLang>, bundle: UiLang) -> &'static Strings {
    strings(chosen.unwrap_or(bundle))
}

/// "Reading time: 5 minutes", the minutes agreeing with their number, in the reader's digits.
pub fn reading_time_text(strings: &Strings, minutes: u32, digits: Digits) -> String {
    digits.apply(&format!("{}: {}", strings.reading_time_label, strings.minutes.of(minutes.into())))
}

/// "3 of 12 MB"-style progress, in the UI's language and digits.
pub fn progress_text(strings: &Strings, received: u64, total: Option<u64>) -> String {
    let mb = |bytes: u64| tenths(bytes, 1_000_000);
    match (strings.lang, total) {
        (UiLang::Arabic, Some(total)) => format!("{} من {} ميغابايت", mb(received.min(total)), mb(total)),
        (UiLang::Arabic, None) => format!("{} ميغابايت", mb(received)),
        (UiLang::English, Some(total)) => format!("{} of {} MB", mb(received.min(total)), mb(total)),
        (UiLang::English, None) => format!("{} MB", mb(received)),
    }
}

/// What ran out when a fetch timed out: "nothing more arrived for 20 seconds", the seconds
/// agreeing with their number.
pub fn timed_out_text(strings: &Strings, limit: Limit, seconds: u32) -> String {
    let template = match limit {
        Limit::FirstByte => strings.timed_out_first_byte,
        Limit::Stalled => strings.timed_out_stalled,
    };
    // As `Counted::of` spells its own, so the two share their code in the module.
    match template.split_once('#') {
        Some((before, after)) => format!("{before}{}{after}", strings.seconds.of(seconds.into())),
        None => template.to_owned(),
    }
}

/// The label of the list's "show more" button: how many the next step adds, how many are left.
pub fn show_more_text(strings: &Strings, next: usize, remaining: usize) -> String {
    let shows = strings.show_more.of(next as u64);
    match strings.lang {
        UiLang::Arabic => format!("{shows} (بقي {remaining})"),
        UiLang::English => format!("{shows} ({remaining} left)"),
    }
}

/// "12 results" / "١٢ نتيجة"-style counts, agreeing with their number.
/// Where an article stands in the list the reader came from: "3 of 984".
pub fn place_text(strings: &Strings, at: usize, of: usize) -> String {
    strings.place_of.replace("{at}", &at.to_string()).replace("{of}", &of.to_string())
}

/// A text with a paragraph's number in it (`{n}`), in the reader's digits.
pub fn paragraph_text(template: &str, number: u32, digits: Digits) -> String {
    digits.apply(&template.replace("{n}", &number.to_string()))
}

pub fn results_count(strings: &Strings, count: usize) -> String {
    strings.results.of(count as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_minutes_agree_with_their_number() {
        let text = |n| reading_time_text(&ARABIC, n, Digits::Western);
        assert_eq!(text(1), "مدة القراءة: دقيقة واحدة");
        assert_eq!(text(2), "مدة القراءة: دقيقتان");
        assert_eq!(text(7), "مدة القراءة: 7 دقائق");
        assert_eq!(text(12), "مدة القراءة: 12 دقيقة");
        assert_eq!(reading_time_text(&ARABIC, 12, Digits::ArabicIndic), "مدة القراءة: ١٢ دقيقة");
        assert_eq!(reading_time_text(&ENGLISH, 1, Digits::Western), "Reading time: 1 minute");
        assert_eq!(reading_time_text(&ENGLISH, 4, Digits::Western), "Reading time: 4 minutes");
    }

    #[test]
    fn every_count_follows_one_rule() {
        // 103 takes the plural, as 3 does: the rule reads the last two digits.
        assert_eq!(reading_time_text(&ARABIC, 103, Digits::Western), "مدة القراءة: 103 دقائق");
        assert_eq!(results_count(&ARABIC, 103), "103 نتائج");
        assert_eq!(results_count(&ARABIC, 111), "111 نتيجة");
        assert_eq!(results_count(&ARABIC, 0), "لا نتائج");
        assert_eq!(results_count(&ENGLISH, 1), "1 result");
        assert_eq!(results_count(&ENGLISH, 0), "0 results");
        assert_eq!(show_more_text(&ARABIC, 50, 120), "عرض 50 مقالة أخرى (بقي 120)");
        assert_eq!(show_more_text(&ARABIC, 2, 2), "عرض مقالتين أخريين (بقي 2)");
        assert_eq!(show_more_text(&ARABIC, 7, 7), "عرض 7 مقالات أخرى (بقي 7)");
        assert_eq!(show_more_text(&ENGLISH, 50, 120), "Show 50 more (120 left)");
        assert_eq!(ARABIC.problems.of(2), "مشكلتان في بيانات هذا الأرشيف");
        assert_eq!(ARABIC.problems_skipped.of(2), "مقالتان لم تُعرضا");
        assert_eq!(ARABIC.problems_unlisted.of(9950), "و9950 مشكلة أخرى لا تظهر هنا");
        assert_eq!(ENGLISH.problems_skipped.of(1), "1 article not shown");
    }

    #[test]
    fn a_time_limit_is_written_with_its_seconds_agreeing() {
        let first = |strings, s| timed_out_text(strings, Limit::FirstByte, s);
        assert!(first(&ARABIC, 30).contains("خلال 30 ثانية."), "{}", first(&ARABIC, 30));
        assert!(first(&ARABIC, 2).contains("خلال ثانيتين."));
        assert!(first(&ARABIC, 5).contains("خلال 5 ثوانٍ."));
        assert!(timed_out_text(&ARABIC, Limit::Stalled, 20).contains("لم يصل منه شيء خلال 20 ثانية."));
        assert!(first(&ENGLISH, 1).contains("within 1 second."));
        assert!(timed_out_text(&ENGLISH, Limit::Stalled, 20).contains("for 20 seconds."));
    }

    #[test]
    fn a_chosen_language_wins_over_the_bundle() {
        assert_eq!(strings_for("ar-SY").lang, UiLang::Arabic);
        assert_eq!(strings_for("fr").lang, UiLang::English);
        assert_eq!(ui_strings(None, UiLang::Arabic).lang, UiLang::Arabic);
        assert_eq!(ui_strings(Some(UiLang::English), UiLang::Arabic).lang, UiLang::English);
        for lang in UiLang::ALL {
            assert_eq!(strings(lang).lang, lang);
        }
    }
}
