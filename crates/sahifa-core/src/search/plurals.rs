//! Broken plurals: the common ones, listed, so that السجون meets سجن and الأسرى meets أسير.
//!
//! Arabic forms many plurals by changing the inside of the word (سجن → سجون, طفل → أطفال), which
//! no rule that only strips letters can undo. Rules that guess the pattern merge far more than
//! they find: on the corpus, reading فعول as the plural of فعل would have made قبول meet قبل,
//! وقود meet وقد, يقول meet يقل and سعود meet سعد. So the plurals are listed instead: the ones
//! a documentation centre's archive and the news use most (detention, casualties, courts, places,
//! people, institutions), each checked by a reader for a second meaning that the merge would
//! pull in. A plural with a common second meaning is left out: كتب (books, wrote), أشهر (months,
//! most famous), أسر (families, captured), أحياء (districts, alive).
//!
//! A plural files its article under its singular too (`stem::variants`), so a search for either
//! finds both. Entries are written as readers write them; `stem` normalizes and stems them once,
//! the first time a word is looked up. This file is the list alone, so that it depends on nothing.

/// Plurals and their singulars, as written; `stem` files them as stems.
pub(super) const PLURALS: &[(&str, &str)] = &[
    // Detention and casualties.
    ("سجون", "سجن"),
    ("سجناء", "سجين"),
    ("أسرى", "أسير"),
    ("شهداء", "شهيد"),
    ("قتلى", "قتيل"),
    ("جرحى", "جريح"),
    ("ضحايا", "ضحية"),
    ("جرائم", "جريمة"),
    ("مجازر", "مجزرة"),
    ("أدلة", "دليل"),
    ("شهود", "شاهد"),
    // Law and courts.
    ("حقوق", "حق"),
    ("قوانين", "قانون"),
    ("محاكم", "محكمة"),
    ("أحكام", "حكم"),
    ("قضايا", "قضية"),
    ("دساتير", "دستور"),
    // Places and buildings.
    ("دول", "دولة"),
    ("مدن", "مدينة"),
    ("قرى", "قرية"),
    ("مناطق", "منطقة"),
    ("أراضي", "أرض"),
    ("بيوت", "بيت"),
    ("منازل", "منزل"),
    ("مساجد", "مسجد"),
    ("مدارس", "مدرسة"),
    ("مراكز", "مركز"),
    ("مكاتب", "مكتب"),
    ("أسواق", "سوق"),
    ("طرق", "طريق"),
    ("شوارع", "شارع"),
    // People.
    ("أطفال", "طفل"),
    ("نساء", "امرأة"),
    ("رجال", "رجل"),
    ("أشخاص", "شخص"),
    ("أفراد", "فرد"),
    ("أهالي", "أهل"),
    ("عمال", "عامل"),
    ("جنود", "جندي"),
    ("ضباط", "ضابط"),
    ("وزراء", "وزير"),
    ("رؤساء", "رئيس"),
    ("زعماء", "زعيم"),
    ("أمراء", "أمير"),
    ("ملوك", "ملك"),
    ("علماء", "عالم"),
    ("خبراء", "خبير"),
    ("سفراء", "سفير"),
    ("أعضاء", "عضو"),
    ("قادة", "قائد"),
    ("شعوب", "شعب"),
    // Institutions, war and the economy.
    ("أحزاب", "حزب"),
    ("لجان", "لجنة"),
    ("مجالس", "مجلس"),
    ("جيوش", "جيش"),
    ("أسلحة", "سلاح"),
    ("صواريخ", "صاروخ"),
    ("حروب", "حرب"),
    ("معارك", "معركة"),
    ("أعمال", "عمل"),
    ("أموال", "مال"),
    ("أسعار", "سعر"),
    ("بنوك", "بنك"),
    ("مشاريع", "مشروع"),
    ("تقارير", "تقرير"),
    ("أخبار", "خبر"),
    // Time, causes and results.
    ("أيام", "يوم"),
    ("شهور", "شهر"),
    ("أسابيع", "أسبوع"),
    ("دقائق", "دقيقة"),
    ("أسباب", "سبب"),
    ("نتائج", "نتيجة"),
    ("أهداف", "هدف"),
    ("مشاكل", "مشكلة"),
    ("دروس", "درس"),
    // Spellings of one name: سورية is as common as سوريا in the news.
    ("سورية", "سوريا"),
];

#[cfg(test)]
mod tests {
    use crate::search::normalize::normalize;
    use crate::search::stem::{singular, stem, table};

    #[test]
    fn no_plural_is_empty_listed_twice_or_its_own_singular() {
        let table = table();
        for (plural, singular) in table {
            assert_ne!(plural, singular);
            assert!(!plural.is_empty() && !singular.is_empty());
        }
        // One entry a plural: a plural with two singulars would need a list.
        assert!(table.windows(2).all(|w| w[0].0 != w[1].0), "a plural is listed twice");
    }

    #[test]
    fn plurals_find_their_singulars_whatever_their_spelling() {
        let find = |word: &str| singular(stem(&normalize(word)));
        assert_eq!(find("والسجون"), Some("سجن"));
        assert_eq!(find("الأسرى"), Some("اسير"));
        assert_eq!(find("الاسري"), Some("اسير"));
        assert_eq!(find("للمحاكم"), Some("محكمه"));
        assert_eq!(find("سورية"), Some("سوريا"));
        assert_eq!(find("سجن"), None);
        assert_eq!(find("قبول"), None);
    }
}
