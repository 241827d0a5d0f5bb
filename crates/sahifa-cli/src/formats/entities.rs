//! HTML character references in table records decoded back to the characters they stand for.
//!
//! JSON Lines and CSV exports are often taken from a web page or a CMS database, where text is
//! stored HTML-escaped (`&quot;هواوي&quot;`): a bundle holds plain text, so a reader would see
//! the reference itself. Decoding is text to text and nothing is parsed as markup: `&lt;b&gt;`
//! becomes the literal characters `<b>`, which the app shows as text, never as an element.
//! Ids, dates, languages and URLs are left as given: they are keys and addresses, not prose.

use sahifa_core::wire::{ArticleRecord, SourceRecord};

/// Decodes named (`&quot;`, `&eacute;`), decimal (`&#8220;`) and hex (`&#x201D;`) references in
/// every field a reader sees. A reference to a control character or to nothing known is kept
/// as written, as a browser would show it.
pub fn decode_reader_text(record: &mut ArticleRecord) {
    let fields = [&mut record.title, &mut record.summary, &mut record.byline, &mut record.publisher];
    for text in fields.into_iter().flatten() {
        decode(text);
    }
    match &mut record.source {
        Some(SourceRecord::Name(name) | SourceRecord::Full { name, .. }) => decode(name),
        None => {}
    }
    let lists = [&mut record.tags, &mut record.places, &mut record.people, &mut record.organizations];
    lists.into_iter().flatten().chain(record.body.iter_mut().flatten()).for_each(decode);
    record.events.iter_mut().for_each(|event| decode(&mut event.label));
}

fn decode(text: &mut String) {
    // html-escape borrows when there is nothing to decode, so most fields cost no copy.
    if let std::borrow::Cow::Owned(decoded) = html_escape::decode_html_entities(text) {
        *text = decoded;
    }
}

#[cfg(test)]
mod tests {
    use super::decode;

    /// One table for every kind of reference, and for what must stay as written.
    #[test]
    fn references_become_their_characters() {
        let cases = [
            // named
            ("&quot;هواوي&quot; تطلق هاتفا", "\"هواوي\" تطلق هاتفا"),
            ("مركز عدل &amp; شركاؤه", "مركز عدل & شركاؤه"),
            ("&#39;اقتباس&#39; و &apos;آخر&apos;", "'اقتباس' و 'آخر'"),
            ("caf&eacute; &nbsp;x", "café \u{a0}x"),
            // decimal
            ("&#8220;سوريا&#8221;", "\u{201c}سوريا\u{201d}"),
            ("٥&#8243;", "٥\u{2033}"),
            // hex, either case
            ("&#x201C;قال&#X201d;", "\u{201c}قال\u{201d}"),
            ("&#x645;&#x635;&#x631;", "مصر"),
            // markup stays text: the characters, not an element
            ("&lt;script&gt;alert(1)&lt;/script&gt;", "<script>alert(1)</script>"),
            // decoded once, not twice: an escaped reference is the reference's text
            ("&amp;quot;", "&quot;"),
            // not references, or references to nothing: kept
            ("نص بلا مراجع", "نص بلا مراجع"),
            ("AT&T و a & b", "AT&T و a & b"),
            ("&nosuchname; &#0; &#x1;", "&nosuchname; &#0; &#x1;"),
        ];
        for (given, expected) in cases {
            let mut text = given.to_owned();
            decode(&mut text);
            assert_eq!(text, expected, "decoding {given:?}");
        }
    }
}
