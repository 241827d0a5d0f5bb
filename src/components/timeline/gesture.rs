//! What the pointers on the chart are doing: one drags a selection, two pinch to zoom. Pure, so
//! the rules (a pinch never ends in a selection, however its fingers lift) are tested natively.

/// The fingers (or the mouse) down on the chart, and the pinch they make when there are two.
#[derive(Debug, Default)]
pub struct Pointers {
    /// Each pointer down, by id, with its last x.
    down: Vec<(i32, i32)>,
    /// While two are down: how far apart they were when the view last changed. It stays set
    /// until every pointer is up, so lifting one finger of a pinch starts no drag.
    pinch: Option<i32>,
}

/// What the chart should do after a pointer event.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Gesture {
    /// Start a selection at this x.
    DragFrom(i32),
    /// Stretch the selection to this x.
    DragTo(i32),
    /// Take the selection.
    DragEnd,
    /// Drop the selection in progress: a second finger made it a pinch.
    DragCancel,
    /// Show `factor` times less time around this x.
    Zoom {
        at: i32,
        factor: f64,
    },
    Nothing,
}

/// The least change in the fingers' distance that zooms: a steady pinch zooms in steps the
/// reader can follow rather than once a pixel.
const PINCH_STEP: f64 = 0.125;

impl Pointers {
    pub fn down(&mut self, id: i32, x: i32) -> Gesture {
        self.down.retain(|(p, _)| *p != id);
        self.down.push((id, x));
        match self.down[..] {
            [_] if self.pinch.is_none() => Gesture::DragFrom(x),
            [(_, a), (_, b)] => {
                self.pinch = Some((a - b).abs().max(1));
                Gesture::DragCancel
            }
            _ => Gesture::Nothing,
        }
    }

    pub fn moved(&mut self, id: i32, x: i32) -> Gesture {
        let Some(pointer) = self.down.iter_mut().find(|(p, _)| *p == id) else { return Gesture::Nothing };
        pointer.1 = x;
        match (self.pinch, &self.down[..]) {
            (Some(base), [(_, a), (_, b)]) => {
                let apart = (a - b).abs().max(1);
                let factor = f64::from(apart) / f64::from(base);
                if (factor - 1.0).abs() < PINCH_STEP {
                    return Gesture::Nothing;
                }
                self.pinch = Some(apart);
                Gesture::Zoom { at: (a + b) / 2, factor }
            }
            (None, [_]) => Gesture::DragTo(x),
            _ => Gesture::Nothing,
        }
    }

    /// A pointer lifted (`cancelled` when the browser took it away).
    pub fn up(&mut self, id: i32, cancelled: bool) -> Gesture {
        let was_down = self.down.iter().any(|(p, _)| *p == id);
        self.down.retain(|(p, _)| *p != id);
        let pinching = self.pinch.is_some();
        if self.down.is_empty() {
            self.pinch = None;
        }
        match (was_down, pinching, cancelled) {
            (true, false, false) => Gesture::DragEnd,
            (true, false, true) => Gesture::DragCancel,
            _ => Gesture::Nothing,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_finger_drags_and_its_lift_selects() {
        let mut p = Pointers::default();
        assert_eq!(p.down(1, 100), Gesture::DragFrom(100));
        assert_eq!(p.moved(1, 140), Gesture::DragTo(140));
        assert_eq!(p.up(1, false), Gesture::DragEnd);
        assert_eq!(p.down(2, 10), Gesture::DragFrom(10));
        assert_eq!(p.up(2, true), Gesture::DragCancel);
    }

    #[test]
    fn two_fingers_zoom_around_their_middle_and_select_nothing_as_they_lift() {
        let mut p = Pointers::default();
        p.down(1, 100);
        assert_eq!(p.down(2, 140), Gesture::DragCancel);
        // Too small a change to zoom; then the fingers twice as far apart.
        assert_eq!(p.moved(2, 142), Gesture::Nothing);
        assert_eq!(p.moved(2, 180), Gesture::Zoom { at: 140, factor: 2.0 });
        assert_eq!(p.moved(1, 140), Gesture::Zoom { at: 160, factor: 0.5 });
        assert_eq!(p.up(1, false), Gesture::Nothing);
        // The finger left down moves without dragging, and its lift selects nothing.
        assert_eq!(p.moved(2, 120), Gesture::Nothing);
        assert_eq!(p.up(2, false), Gesture::Nothing);
        assert_eq!(p.down(3, 50), Gesture::DragFrom(50), "the next touch drags again");
    }
}
