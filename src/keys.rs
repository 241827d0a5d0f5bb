//! The keys a reader can use anywhere in a viewer: `/` to search, `j` and `k` for the next and
//! previous article, `?` for the list of keys, Escape to close it. Read from the key's place on
//! the keyboard (`KeyboardEvent.code`), not the letter it types, so that they are the same keys
//! on an Arabic layout, where `/` types ظ and `?` types ؟.

/// What a key asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    FocusSearch,
    NextArticle,
    PreviousArticle,
    ToggleHelp,
    CloseHelp,
}

/// A key pressed: its place on the keyboard, the modifiers held, and whether it was typed into
/// a field (where every key is the field's own, but Escape).
pub struct Press<'a> {
    pub code: &'a str,
    pub shift: bool,
    /// Ctrl, Alt or Meta: the browser's and the system's shortcuts, never ours.
    pub other_modifier: bool,
    pub in_field: bool,
}

/// The command `press` gives, if any.
pub fn command(press: &Press<'_>) -> Option<Command> {
    if press.other_modifier {
        return None;
    }
    if press.code == "Escape" {
        return Some(Command::CloseHelp);
    }
    if press.in_field {
        return None;
    }
    match (press.code, press.shift) {
        ("Slash", false) => Some(Command::FocusSearch),
        ("Slash", true) => Some(Command::ToggleHelp),
        ("KeyJ", false) => Some(Command::NextArticle),
        ("KeyK", false) => Some(Command::PreviousArticle),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_by_their_place_and_never_in_a_field_or_with_a_shortcut_held() {
        let press = |code, shift, other_modifier, in_field| command(&Press { code, shift, other_modifier, in_field });
        assert_eq!(press("Slash", false, false, false), Some(Command::FocusSearch));
        assert_eq!(press("Slash", true, false, false), Some(Command::ToggleHelp));
        assert_eq!(press("KeyJ", false, false, false), Some(Command::NextArticle));
        assert_eq!(press("KeyK", false, false, false), Some(Command::PreviousArticle));
        assert_eq!(press("Escape", false, false, true), Some(Command::CloseHelp));
        assert_eq!(press("Slash", false, false, true), None, "a slash typed into the search stays there");
        assert_eq!(press("KeyJ", false, false, true), None);
        assert_eq!(press("Slash", false, true, false), None, "Ctrl+/ is the browser's");
        assert_eq!(press("KeyJ", true, false, false), None);
        assert_eq!(press("KeyA", false, false, false), None);
    }
}
