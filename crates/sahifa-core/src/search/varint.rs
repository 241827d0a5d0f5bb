//! LEB128 variable-length integers: seven bits a byte, low bits first, the high bit set on every
//! byte but the last. Small numbers, which is what delta-coded postings and word codes mostly
//! are, take one byte instead of four.

/// How many bytes `v` takes.
pub(super) fn len(v: u32) -> usize {
    // One byte per started group of seven significant bits; zero still takes one byte.
    let bits = 32 - (v | 1).leading_zeros() as usize;
    bits.div_ceil(7)
}

/// Appends `v`.
pub(super) fn push(out: &mut Vec<u8>, mut v: u32) {
    while v >= 0x80 {
        out.push(v as u8 | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// Writes `v` at the start of `out`, which must have room for it, and returns the bytes written.
pub(super) fn write(out: &mut [u8], mut v: u32) -> usize {
    let mut at = 0;
    while v >= 0x80 {
        out[at] = v as u8 | 0x80;
        v >>= 7;
        at += 1;
    }
    out[at] = v as u8;
    at + 1
}

/// Reads the number at `*at` and moves `*at` past it. The bytes must hold a whole number, as
/// `push` and `write` leave them; bits beyond 32 are dropped.
#[inline]
pub(super) fn read(bytes: &[u8], at: &mut usize) -> u32 {
    let first = bytes[*at];
    *at += 1;
    // Most numbers are one byte: no loop for them.
    if first < 0x80 {
        return u32::from(first);
    }
    let mut v = u32::from(first & 0x7f);
    let mut shift = 7;
    loop {
        let b = bytes[*at];
        *at += 1;
        v |= u32::from(b & 0x7f).wrapping_shl(shift);
        if b < 0x80 {
            return v;
        }
        shift += 7;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The most bytes a `u32` takes.
    const MAX_LEN: usize = 5;

    #[test]
    fn edges_take_the_bytes_they_should() {
        let cases = [
            (0, 1),
            (1, 1),
            (127, 1),
            (128, 2),
            (16_383, 2),
            (16_384, 3),
            (2_097_151, 3),
            (2_097_152, 4),
            (268_435_455, 4),
            (268_435_456, 5),
            (u32::MAX, 5),
        ];
        for (v, bytes) in cases {
            let mut out = Vec::new();
            push(&mut out, v);
            assert_eq!((out.len(), len(v)), (bytes, bytes), "{v}");
            let mut slice = [0xAAu8; MAX_LEN];
            assert_eq!(write(&mut slice, v), bytes);
            assert_eq!(&slice[..bytes], &out[..]);
            let mut at = 0;
            assert_eq!(read(&out, &mut at), v);
            assert_eq!(at, bytes);
        }
        let mut out = Vec::new();
        push(&mut out, 300);
        assert_eq!(out, [0xAC, 0x02]);
    }

    proptest! {
        #[test]
        fn sequences_round_trip(values in proptest::collection::vec(any::<u32>(), 0..200)) {
            let mut out = Vec::new();
            values.iter().for_each(|&v| push(&mut out, v));
            prop_assert_eq!(out.len(), values.iter().map(|&v| len(v)).sum::<usize>());
            let mut at = 0;
            let back: Vec<u32> = values.iter().map(|_| read(&out, &mut at)).collect();
            prop_assert_eq!(back, values);
            prop_assert_eq!(at, out.len());
        }
    }
}
