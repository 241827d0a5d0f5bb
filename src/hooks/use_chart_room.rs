//! The room a chart has: its width and its text's size in CSS pixels, measured after each
//! render and again when the window's size changes, so labels and markers are chosen to fit.

use yew::prelude::*;

/// A chart's measured width and font size, in whole CSS pixels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Room {
    pub width: u32,
    pub font: u32,
}

impl Room {
    /// The room labels are chosen for before the chart is measured (and when hidden, or rendered
    /// on the server): the narrowest phone's, so nothing first drawn can crowd.
    pub const NARROW: Room = Room { width: 280, font: 16 };

    /// A generous estimate of the width of `text` at the font size times `size_percent`:
    /// measuring each candidate label in the page would cost a layout per label set, and the
    /// estimate only has to be wide enough (the axis journey reads the labels' real boxes).
    pub fn text_width(&self, text: &str, size_percent: u32) -> u32 {
        let chars = text.chars().count() as u32;
        // About six tenths of an em a character is above the average of Arabic letters, Latin
        // letters and digits in the app's fonts.
        (chars * self.font * size_percent * 62).div_ceil(10_000)
    }
}

/// The room of the element `node` refers to, once it has been measured (never on the server,
/// nor while the element is hidden).
#[hook]
pub fn use_chart_room(node: NodeRef) -> Option<Room> {
    let room = use_state_eq(|| None::<Room>);
    {
        let (node, room) = (node.clone(), room.clone());
        use_effect(move || {
            if let Some(measured) = measure(&node) {
                room.set(Some(measured));
            }
        });
    }
    #[cfg(target_arch = "wasm32")]
    {
        let room = room.clone();
        use_effect_with((), move |()| {
            let listener = gloo::events::EventListener::new(&gloo::utils::window(), "resize", move |_| {
                if let Some(measured) = measure(&node) {
                    room.set(Some(measured));
                }
            });
            move || drop(listener)
        });
    }
    *room
}

fn measure(node: &NodeRef) -> Option<Room> {
    let element = node.cast::<web_sys::Element>()?;
    let width = u32::try_from(element.client_width()).ok().filter(|&w| w > 0)?;
    let style = web_sys::window()?.get_computed_style(&element).ok()??;
    let size = style.get_property_value("font-size").ok()?;
    // "16px" or "15.5px": the whole pixels are enough, and reading them as an integer keeps
    // the float parser out of the module.
    let font = size.split(['.', 'p']).next()?.parse::<u32>().ok()?;
    Some(Room { width, font })
}
