//! The synthetic archive for the timeline figures at scale: 100,000 articles of Arabic-like
//! text from a small word list, dated over twenty years, written as JSON Lines for `sahifa
//! build`. The same bytes every run, so figures from two runs compare.

use std::io::{BufWriter, Write};
use std::path::Path;

pub const ARTICLES: u32 = 100_000;

/// News words, commonest first: picks lean towards the front, so a few words are frequent
/// and most are rare, as in real text.
const WORDS: &[&str] = &[
    "في",
    "من",
    "على",
    "إلى",
    "أن",
    "التي",
    "الذي",
    "مع",
    "عن",
    "بعد",
    "قال",
    "وزير",
    "الحكومة",
    "رئيس",
    "المدينة",
    "العام",
    "مجلس",
    "الدولة",
    "اليوم",
    "الأمن",
    "الاقتصاد",
    "السوق",
    "الشركة",
    "المشروع",
    "الطاقة",
    "المياه",
    "التعليم",
    "الصحة",
    "الجامعة",
    "الطلاب",
    "المستشفى",
    "الطريق",
    "النقل",
    "المطار",
    "الميناء",
    "الزراعة",
    "المحصول",
    "الأمطار",
    "الطقس",
    "البحر",
    "الصحراء",
    "الجبال",
    "القرية",
    "السكان",
    "المواطنين",
    "المجتمع",
    "الثقافة",
    "المعرض",
    "الكتاب",
    "المسرح",
    "الفيلم",
    "المهرجان",
    "الرياضة",
    "المباراة",
    "الفريق",
    "البطولة",
    "الملعب",
    "اللاعب",
    "المدرب",
    "الهدف",
    "الاجتماع",
    "المؤتمر",
    "الاتفاق",
    "التعاون",
    "البرلمان",
    "القانون",
    "المحكمة",
    "القاضي",
    "الشرطة",
    "الحريق",
    "الحادث",
    "الإعلان",
    "التقرير",
    "الدراسة",
    "الباحثين",
    "التقنية",
    "الهاتف",
    "الشبكة",
    "الموقع",
    "البيانات",
    "الأسعار",
    "التجارة",
    "الصادرات",
    "الواردات",
    "البنك",
    "القرض",
    "الميزانية",
    "الاستثمار",
    "المصنع",
    "العمال",
    "الرواتب",
    "الإسكان",
    "الحديقة",
    "المتحف",
    "التراث",
    "السياحة",
    "الفندق",
    "الرحلة",
];

const SOURCES: &[&str] = &[
    "صحيفة الشرق",
    "صحيفة الغرب",
    "وكالة الأنباء",
    "جريدة المساء",
    "موقع الخبر",
    "إذاعة المدينة",
    "قناة اليوم",
    "مجلة الأسبوع",
    "نشرة الاقتصاد",
    "صحيفة الرياضة",
    "جريدة الثقافة",
    "موقع التقنية",
];

const TAGS: &[&str] = &["محليات", "اقتصاد", "رياضة", "ثقافة", "تقنية", "دوليات", "صحة", "تعليم"];

/// The archive runs from 1999-01-01 for twenty years.
const FIRST_YEAR: i64 = 1999;
const DAYS: u32 = 7305;

/// Knuth's MMIX linear congruential generator: deterministic and dependency-free.
pub(crate) struct Lcg(pub(crate) u64);

impl Lcg {
    pub(crate) fn next(&mut self) -> u32 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 33) as u32
    }

    pub(crate) fn below(&mut self, n: u32) -> u32 {
        self.next() % n
    }

    /// Skewed towards 0: the smaller of two draws.
    fn skewed(&mut self, n: u32) -> u32 {
        self.below(n).min(self.below(n))
    }
}

/// Writes the archive to `path`, one JSON object a line.
pub fn write(path: &Path) -> Result<(), String> {
    let file = std::fs::File::create(path).map_err(|e| format!("creating {}: {e}", path.display()))?;
    let mut out = BufWriter::new(file);
    let mut rng = Lcg(0x5a11fa);
    let mut line = String::new();
    for n in 0..ARTICLES {
        line.clear();
        article(&mut rng, n, &mut line);
        writeln!(out, "{line}").map_err(|e| format!("writing {}: {e}", path.display()))?;
    }
    out.flush().map_err(|e| format!("writing {}: {e}", path.display()))
}

/// One article as a JSON object. The words need no escaping: they are letters and spaces.
fn article(rng: &mut Lcg, n: u32, out: &mut String) {
    let title = words(rng, 5, 6);
    let paragraphs: Vec<String> = (0..2 + rng.below(3)).map(|_| words(rng, 20, 30)).collect();
    let source = SOURCES[rng.skewed(SOURCES.len() as u32) as usize];
    let tag = TAGS[rng.below(TAGS.len() as u32) as usize];
    let (year, month, day) = date(rng);
    out.push_str(&format!(
        "{{\"id\":\"syn-{n:06}\",\"title\":\"{title}\",\"date\":\"{year:04}-{month:02}-{day:02}\",\
         \"source\":\"{source}\",\"url\":\"https://example.org/syn/{n}\",\"tags\":\"{tag}\",\"body\":\"{}\"}}",
        paragraphs.join("\\n")
    ));
}

/// Between `least` and `least + spread - 1` words.
fn words(rng: &mut Lcg, least: u32, spread: u32) -> String {
    let count = least + rng.below(spread);
    let picked: Vec<&str> = (0..count).map(|_| WORDS[rng.skewed(WORDS.len() as u32) as usize]).collect();
    picked.join(" ")
}

/// A day in the twenty years, denser towards the end as archives grow: the square root of a
/// uniform draw puts twice as many articles in the last year as in the middle one.
pub(crate) fn date(rng: &mut Lcg) -> (i64, u32, u32) {
    let u = f64::from(rng.below(1 << 20)) / f64::from(1 << 20);
    let offset = (f64::from(DAYS) * u.sqrt()) as i64;
    civil_from_days(days_from_civil(FIRST_YEAR, 1, 1) + offset)
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm): xtask
/// needs only this, not a date crate.
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = i64::from((m + 9) % 12);
    let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The inverse of `days_from_civil`.
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { yoe + era * 400 + 1 } else { yoe + era * 400 }, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_days_round_trip_over_the_archive() {
        let start = days_from_civil(FIRST_YEAR, 1, 1);
        assert_eq!(civil_from_days(start), (1999, 1, 1));
        assert_eq!(civil_from_days(start + i64::from(DAYS) - 1), (2018, 12, 31));
        assert_eq!(civil_from_days(days_from_civil(2016, 2, 29)), (2016, 2, 29));
    }
}
