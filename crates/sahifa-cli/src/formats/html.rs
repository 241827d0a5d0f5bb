//! HTML from feeds and Markdown reduced to plain-text paragraphs. The HTML is parsed by a
//! browser-grade parser (html5ever, through scraper) and only its text is kept: no markup,
//! script or style ever reaches a bundle.

use scraper::{ElementRef, Html, Node};

/// Elements whose start and end break a paragraph.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "br",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "tr",
    "ul",
];

/// Elements whose content is not text for a reader.
const SKIPPED: &[&str] =
    &["script", "style", "noscript", "template", "head", "iframe", "object", "svg", "math", "button", "select"];

/// The text of an HTML fragment, one paragraph a block, whitespace collapsed as a browser does.
pub fn paragraphs(html: &str) -> Vec<String> {
    let fragment = Html::parse_fragment(html);
    let mut out = Vec::new();
    let mut current = String::new();
    walk(fragment.root_element(), &mut current, &mut out);
    flush(&mut current, &mut out);
    out
}

fn walk(element: ElementRef, current: &mut String, out: &mut Vec<String>) {
    for child in element.children() {
        match child.value() {
            Node::Text(text) => current.push_str(text),
            Node::Element(e) if SKIPPED.contains(&e.name()) => {}
            Node::Element(e) => {
                let block = BLOCKS.contains(&e.name());
                if block {
                    flush(current, out);
                } else if e.name() == "td" || e.name() == "th" {
                    current.push(' ');
                }
                if let Some(child) = ElementRef::wrap(child) {
                    walk(child, current, out);
                }
                if block {
                    flush(current, out);
                }
            }
            _ => {}
        }
    }
}

fn flush(current: &mut String, out: &mut Vec<String>) {
    let text = current.split_whitespace().collect::<Vec<_>>().join(" ");
    if !text.is_empty() {
        out.push(text);
    }
    current.clear();
}

#[cfg(test)]
mod tests {
    use super::paragraphs;

    #[test]
    fn keeps_text_only() {
        assert_eq!(
            paragraphs(
                "<p>أول <b>سطر</b></p><script>alert(1)</script><div>ثانٍ<br>ثالث &amp; رابع</div><img src=x onerror=y>"
            ),
            ["أول سطر", "ثانٍ", "ثالث & رابع"]
        );
        assert_eq!(paragraphs("نص بلا وسوم"), ["نص بلا وسوم"]);
        assert_eq!(paragraphs("<p><a href=\"javascript:x\">رابط</a></p>"), ["رابط"]);
    }
}
