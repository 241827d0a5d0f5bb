//! Lists of `u32` laid end to end: one allocation for many short lists (variants, say).

/// Lists of `u32` stored end to end, one list per position.
#[derive(Debug)]
pub(super) struct Lists {
    offsets: Vec<u32>,
    items: Vec<u32>,
}

impl Lists {
    /// No lists yet, with room for `lists` lists of `items` items in all.
    pub(super) fn with_capacity(lists: usize, items: usize) -> Lists {
        let mut offsets = Vec::with_capacity(lists + 1);
        offsets.push(0);
        Lists { offsets, items: Vec::with_capacity(items) }
    }

    /// Adds items to the list being written.
    pub(super) fn extend(&mut self, items: impl IntoIterator<Item = u32>) {
        self.items.extend(items);
    }

    /// How many items all the lists hold.
    pub(super) fn item_count(&self) -> usize {
        self.items.len()
    }

    /// Ends the list being written; the next items go to the next list.
    pub(super) fn close(&mut self) {
        self.offsets.push(self.items.len() as u32);
    }

    pub(super) fn get(&self, i: u32) -> &[u32] {
        let i = i as usize;
        &self.items[self.offsets[i] as usize..self.offsets[i + 1] as usize]
    }

    pub(super) fn heap_bytes(&self) -> usize {
        (self.offsets.capacity() + self.items.capacity()) * 4
    }
}
