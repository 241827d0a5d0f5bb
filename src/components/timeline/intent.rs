//! What a key press on the chart means, and how it moves the focused bar and the view: pure,
//! so the mirrored arrow keys are decided in one place and tested natively.

use sahifa_core::timeline::{pan, zoom, Bounds, Bucket, View};

/// How much one zoom key or button changes the span of time shown.
pub const ZOOM_STEP: f64 = 2.0;

/// A reader's request, in time (positive is later), already freed of the chart's direction.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Intent {
    /// Move the focus by this many bars.
    Step(i32),
    /// Move the focus and stretch the selection to it.
    Extend(i32),
    /// Select the focused bar.
    Select,
    /// Show `factor` times less time (below one shows more), around the focused bar.
    Zoom(f64),
    /// Move the view by this many screens.
    Page(i32),
    /// Focus the oldest (`false`) or newest (`true`) bar in view.
    Edge {
        newest: bool,
    },
    Clear,
}

/// The intent of a key, or `None` for keys the chart leaves to the page.
///
/// Arrow keys follow what the reader sees: in a right-to-left chart the newer bar is on the
/// left, so ArrowLeft moves forward in time.
pub fn intent_of(key: &str, shift: bool, rtl: bool) -> Option<Intent> {
    let visual = |towards_right: bool| if towards_right != rtl { 1 } else { -1 };
    let step = |by: i32| if shift { Intent::Extend(by) } else { Intent::Step(by) };
    Some(match key {
        "ArrowRight" => step(visual(true)),
        "ArrowLeft" => step(visual(false)),
        "Home" => Intent::Edge { newest: false },
        "End" => Intent::Edge { newest: true },
        "Enter" | " " => Intent::Select,
        "+" | "=" => Intent::Zoom(ZOOM_STEP),
        "-" | "_" => Intent::Zoom(1.0 / ZOOM_STEP),
        "PageUp" => Intent::Page(-1),
        "PageDown" => Intent::Page(1),
        "Escape" => Intent::Clear,
        _ => return None,
    })
}

/// Where the chart is: its view and the bar that holds the keyboard focus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cursor {
    pub view: View,
    pub focus: Bucket,
}

/// What an intent asks of the date filter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    Keep,
    Select(Bucket, Bucket),
    Clear,
}

impl Cursor {
    /// The cursor after `intent`; `anchor` is where a stretched selection starts.
    pub fn apply(self, intent: Intent, anchor: Option<Bucket>, bounds: &Bounds) -> (Cursor, Effect) {
        let Cursor { view, focus } = self;
        let grid = view.grid;
        match intent {
            Intent::Step(by) => (self.step(by, bounds), Effect::Keep),
            Intent::Extend(by) => {
                let next = self.step(by, bounds);
                (next, Effect::Select(anchor.unwrap_or(focus), next.focus))
            }
            Intent::Select => (self, Effect::Select(focus, focus)),
            Intent::Zoom(factor) => {
                let day = grid.first_day(focus);
                let view = zoom(&view, day, factor, bounds);
                (Cursor::within(view, view.grid.bucket_of(day)), Effect::Keep)
            }
            Intent::Page(pages) => {
                let next = pan(&view, pages * view.bucket_count() as i32, bounds);
                let moved = next.first.0 - view.first.0;
                (Cursor::within(next, grid.offset(focus, moved)), Effect::Keep)
            }
            Intent::Edge { newest } => {
                (Cursor { focus: if newest { view.last } else { view.first }, ..self }, Effect::Keep)
            }
            Intent::Clear => (self, Effect::Clear),
        }
    }

    /// The cursor with `focus` kept inside `view`.
    pub fn within(view: View, focus: Bucket) -> Cursor {
        Cursor { view, focus: focus.clamp(view.first, view.last) }
    }

    /// The focus moved by `by` bars, the view following when it leaves the chart's edge.
    fn step(self, by: i32, bounds: &Bounds) -> Cursor {
        let focus = self.view.grid.offset(self.focus, by);
        if self.view.index_of(focus).is_some() {
            return Cursor { focus, ..self };
        }
        let shift = if focus < self.view.first { focus.0 - self.view.first.0 } else { focus.0 - self.view.last.0 };
        Cursor::within(pan(&self.view, shift, bounds), focus)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrows_follow_the_drawing_direction() {
        assert_eq!(intent_of("ArrowLeft", false, true), Some(Intent::Step(1)));
        assert_eq!(intent_of("ArrowLeft", false, false), Some(Intent::Step(-1)));
        assert_eq!(intent_of("ArrowRight", true, true), Some(Intent::Extend(-1)));
        assert_eq!(intent_of("a", false, true), None);
    }
}
