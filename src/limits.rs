//! How long a fetch may wait: for the server's first answer, and between two pieces of the body
//! once it flows. The deployer's settings read into `Limits`, and the clock's verdict, pure: the
//! timer that asks for it lives in `fetch_watch.rs`.

/// The two waits a fetch may not exceed, in seconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// From the request to the response's headers.
    pub first_byte: u32,
    /// From the headers or the last piece of the body to the next.
    pub stall: u32,
}

/// 30 s to the first byte: a phone on a slow or crowded line (2G, a congested cell) can take
/// 10–20 s to set up a connection to a far host and have the first bytes back, and a static host
/// waking a cold cache adds a few more; past half a minute a reader has given up anyway.
/// 20 s without progress: on such a line the body still moves every few seconds, even when the
/// radio hands over; 20 s of nothing is a stalled connection, not a slow one.
impl Default for Limits {
    fn default() -> Self {
        Limits { first_byte: 30, stall: 20 }
    }
}

/// The page's `<meta name>`s for the limits, in seconds; a `<sahifa-viewer>`'s attributes
/// `first-byte-seconds` and `stall-seconds` win over them (docs/embedding.md).
pub const FIRST_BYTE_META: &str = "sahifa-first-byte-seconds";
pub const STALL_META: &str = "sahifa-stall-seconds";

/// The most a deployer can set, in seconds: an hour, which is no limit in practice.
pub const MAX_SECONDS: u32 = 3_600;

impl Limits {
    /// The limits from where a deployer sets them, each a list of values in order of precedence
    /// (a viewer's attribute, then the page's `<meta>`): the first that reads as a whole number of
    /// seconds from 1 to `MAX_SECONDS` wins, and the default stands when none does, so a typo
    /// never leaves a load without a limit.
    pub fn read(first_byte: &[Option<&str>], stall: &[Option<&str>]) -> Limits {
        let default = Limits::default();
        Limits {
            first_byte: seconds(first_byte).unwrap_or(default.first_byte),
            stall: seconds(stall).unwrap_or(default.stall),
        }
    }
}

fn seconds(values: &[Option<&str>]) -> Option<u32> {
    values.iter().flatten().find_map(|v| v.trim().parse().ok().filter(|s| (1..=MAX_SECONDS).contains(s)))
}

/// Which wait ran out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    /// No answer at all.
    FirstByte,
    /// The answer began and then stopped.
    Stalled,
}

/// What the clock says at a moment of a fetch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Within the limits: ask again after this many milliseconds, when the current wait ends
    /// or, before the first answer, after the stall limit at most: the answer may come at any
    /// moment and start the stall limit, which may be the shorter.
    WaitMs(u32),
    /// A limit ran out: the fetch ends.
    Over(Limit),
}

impl Limits {
    /// The verdict at `now` on a fetch started at `started` whose last sign of life (headers or a
    /// piece of the body) came at `last`, `None` before the first; times in milliseconds.
    pub fn verdict(&self, started: f64, last: Option<f64>, now: f64) -> Verdict {
        let (since, limit, seconds) = match last {
            None => (started, Limit::FirstByte, self.first_byte),
            Some(last) => (last, Limit::Stalled, self.stall),
        };
        let left = since + f64::from(seconds) * 1_000.0 - now;
        if left <= 0.0 {
            Verdict::Over(limit)
        } else {
            // At least a millisecond, so the timer never spins at zero.
            Verdict::WaitMs((left as u32).clamp(1, self.stall * 1_000))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_valid_setting_wins_and_a_bad_one_keeps_the_default() {
        let read = |attr, meta| Limits::read(&[attr, meta], &[None]);
        assert_eq!(read(None, None), Limits::default());
        assert_eq!(read(Some("5"), Some("60")).first_byte, 5);
        assert_eq!(read(None, Some(" 60 ")).first_byte, 60);
        // Not seconds, zero, negative, fractional or past an hour: the next place, then the default.
        assert_eq!(read(Some("soon"), Some("45")).first_byte, 45);
        for bad in ["", "0", "-3", "2.5", "3601", "30s"] {
            assert_eq!(read(Some(bad), None).first_byte, 30, "{bad:?}");
        }
        assert_eq!(read(Some("3600"), None).first_byte, MAX_SECONDS);
        assert_eq!(Limits::read(&[None], &[Some("8")]), Limits { first_byte: 30, stall: 8 });
    }

    #[test]
    fn the_first_byte_limit_runs_from_the_start_then_the_stall_limit_from_each_piece() {
        let limits = Limits { first_byte: 30, stall: 20 };
        // Before the answer, no sleep past the stall limit: an answer then may start it.
        assert_eq!(limits.verdict(1_000.0, None, 1_000.0), Verdict::WaitMs(20_000));
        assert_eq!(limits.verdict(1_000.0, None, 21_000.0), Verdict::WaitMs(10_000));
        assert_eq!(limits.verdict(1_000.0, None, 30_999.5), Verdict::WaitMs(1));
        assert_eq!(limits.verdict(1_000.0, None, 31_000.0), Verdict::Over(Limit::FirstByte));
        // An answer at 29 s: the stall limit now counts from it, not from the start.
        assert_eq!(limits.verdict(1_000.0, Some(30_000.0), 31_000.0), Verdict::WaitMs(19_000));
        assert_eq!(limits.verdict(1_000.0, Some(30_000.0), 50_000.0), Verdict::Over(Limit::Stalled));
        // A slow body that keeps coming never runs out, however long it takes in all.
        assert_eq!(limits.verdict(0.0, Some(599_000.0), 600_000.0), Verdict::WaitMs(19_000));
    }
}
