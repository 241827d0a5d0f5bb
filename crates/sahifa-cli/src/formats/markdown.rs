//! Markdown files with YAML (`---`) or TOML (`+++`) front matter, as static-site generators
//! keep them: the front matter gives the fields, the Markdown the paragraphs, with markup
//! reduced to plain text.

use super::fields::article_from;
use super::html;
use crate::article::{Draft, Origin};
use crate::ids::from_file_stem;
use crate::mapping::Mapping;
use crate::problem::{line_of, Problem};
use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};
use serde_json::{Map, Value};
use std::path::Path;

/// Reads one article; with no title in the front matter, a first `# heading` is the title.
pub fn read(path: &Path, text: &str, mapping: &Mapping) -> Result<Draft, Problem> {
    let (values, body) = front_matter(path, text)?;
    let mut record = article_from(&values, mapping).map_err(|e| Problem::new(path, Some(1), "bad front matter", e))?;
    let mut blocks = blocks(body);
    if record.title.is_none() {
        if let Some(Block { heading_1: true, .. }) = blocks.first() {
            record.title = Some(blocks.remove(0).text);
        }
    }
    record.body = Some(
        blocks
            .into_iter()
            .flat_map(|b| b.text.lines().map(str::trim).map(str::to_owned).collect::<Vec<_>>())
            .filter(|l| !l.is_empty())
            .collect(),
    );
    if record.id.is_none() {
        let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        record.id = Some(from_file_stem(&stem));
    }
    Ok(Draft { record, origin: Origin { file: path.to_owned(), line: 1 } })
}

/// The front matter's values and the Markdown after it.
fn front_matter<'a>(path: &Path, text: &'a str) -> Result<(Map<String, Value>, &'a str), Problem> {
    let fence = if text.starts_with("---") {
        "---"
    } else if text.starts_with("+++") {
        "+++"
    } else {
        return Ok((Map::new(), text));
    };
    let after_open = text[3..].trim_start_matches([' ', '\t']);
    let Some(after_open) = after_open.strip_prefix('\n').or_else(|| after_open.strip_prefix("\r\n")) else {
        return Ok((Map::new(), text));
    };
    let start = text.len() - after_open.len();
    let close = after_open
        .match_indices(fence)
        .find(|(at, _)| *at == 0 || after_open.as_bytes()[at - 1] == b'\n')
        .map(|(at, _)| at)
        .ok_or_else(|| {
            Problem::new(
                path,
                Some(1),
                "bad front matter",
                format!("the front matter opened with {fence} is never closed; end it with a line of {fence}"),
            )
        })?;
    let matter = &after_open[..close];
    let body = after_open[close + 3..].trim_start_matches(|c| c != '\n');
    let parsed: Result<Value, Problem> = if fence == "---" {
        serde_norway::from_str::<serde_norway::Value>(matter)
            .map_err(|e| {
                let line = e.location().map(|l| line_of(text, start) + l.line() - 1);
                Problem::new(path, line, "bad front matter", format!("the YAML front matter is not valid: {e}"))
            })
            .and_then(|v| {
                serde_json::to_value(v).map_err(|e| {
                    Problem::new(
                        path,
                        Some(1),
                        "bad front matter",
                        format!("the YAML front matter cannot be read: {e}"),
                    )
                })
            })
    } else {
        toml::from_str::<toml::Table>(matter).map(|t| toml_to_json(toml::Value::Table(t))).map_err(|e| {
            let line = e.span().map(|s| line_of(text, start + s.start));
            Problem::new(path, line, "bad front matter", format!("the TOML front matter is not valid: {}", e.message()))
        })
    };
    match parsed? {
        Value::Object(map) => Ok((map, body)),
        Value::Null => Ok((Map::new(), body)),
        _ => Err(Problem::new(
            path,
            Some(2),
            "bad front matter",
            "the front matter must be a set of `key: value` fields",
        )),
    }
}

/// TOML values as JSON, with dates as the text they were written as.
fn toml_to_json(value: toml::Value) -> Value {
    match value {
        toml::Value::String(s) => Value::String(s),
        toml::Value::Integer(i) => Value::from(i),
        toml::Value::Float(f) => Value::from(f),
        toml::Value::Boolean(b) => Value::Bool(b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(items) => Value::Array(items.into_iter().map(toml_to_json).collect()),
        toml::Value::Table(t) => Value::Object(t.into_iter().map(|(k, v)| (k, toml_to_json(v))).collect()),
    }
}

/// A block of text in reading order.
struct Block {
    text: String,
    heading_1: bool,
}

/// The text blocks of a Markdown body: paragraphs, headings, list items, quotes, code and
/// HTML blocks (reduced to their text); images are dropped, links keep their text.
fn blocks(markdown: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut html_block = String::new();
    let (mut in_html, mut in_image, mut heading_1) = (false, 0usize, false);
    let push = |current: &mut String, heading_1: bool, out: &mut Vec<Block>| {
        let text = current.trim().to_owned();
        if !text.is_empty() {
            out.push(Block { text, heading_1 });
        }
        current.clear();
    };
    for event in Parser::new(markdown) {
        match event {
            Event::Start(Tag::HtmlBlock) => in_html = true,
            Event::End(TagEnd::HtmlBlock) => {
                in_html = false;
                for paragraph in html::paragraphs(&std::mem::take(&mut html_block)) {
                    out.push(Block { text: paragraph, heading_1: false });
                }
            }
            Event::Html(h) if in_html => html_block.push_str(&h),
            Event::Start(Tag::Image { .. }) => in_image += 1,
            Event::End(TagEnd::Image) => in_image = in_image.saturating_sub(1),
            Event::Start(Tag::Heading { level, .. }) => {
                push(&mut current, false, &mut out);
                heading_1 = level == HeadingLevel::H1;
            }
            Event::Start(Tag::Item) => push(&mut current, false, &mut out),
            Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::CodeBlock
                | TagEnd::TableRow
                | TagEnd::TableHead,
            ) => {
                push(&mut current, heading_1, &mut out);
                heading_1 = false;
            }
            Event::Text(t) | Event::Code(t) if in_image == 0 => current.push_str(&t),
            Event::SoftBreak | Event::HardBreak => current.push(' '),
            _ => {}
        }
    }
    push(&mut current, false, &mut out);
    out
}
