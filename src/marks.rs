//! The articles a reader marked, kept in the browser per archive: the key each archive's marks
//! are stored under, and their stored form, pure. `hooks/use_marks` reads and writes them.

/// The marked articles' ids, in the order they were marked.
pub type Marked = std::rc::Rc<Vec<String>>;

/// Where the marks of the archive opened from `source` are kept: one key an archive, so that
/// two archives on one site (or two viewers on one page) never mix their marks.
pub fn storage_key(source: &str) -> String {
    format!("sahifa.marks {source}")
}

/// The stored form: one id a line. An id with a line break in it (a bundle may have one) is
/// marked for the visit but not kept, since it would come back as two ids.
pub fn to_storage(marked: &[String]) -> String {
    let kept: Vec<&str> = marked.iter().map(String::as_str).filter(|id| !id.contains('\n')).collect();
    kept.join("\n")
}

pub fn from_storage(text: &str) -> Vec<String> {
    text.lines().filter(|id| !id.is_empty()).map(str::to_owned).collect()
}

/// The marks with `id` added, or taken out when it was marked.
pub fn toggled(marked: &[String], id: &str) -> Vec<String> {
    let mut next: Vec<String> = marked.iter().filter(|m| *m != id).cloned().collect();
    if next.len() == marked.len() {
        next.push(id.to_owned());
    }
    next
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_toggle_and_come_back_from_storage_in_order() {
        let marked = toggled(&toggled(&toggled(&[], "b"), "a"), "c");
        assert_eq!(marked, ["b", "a", "c"]);
        assert_eq!(toggled(&marked, "a"), ["b", "c"]);
        assert_eq!(from_storage(&to_storage(&marked)), marked);
        assert_eq!(from_storage(&to_storage(&["x\ny".to_owned(), "z".to_owned()])), ["z"]);
        assert_eq!(from_storage(""), Vec::<String>::new());
        assert_ne!(storage_key("a/bundle.json"), storage_key("b/bundle.json"));
    }
}
