//! Sorting the short lists the pages sort: a set's bands and levels, the targets of one item, the
//! store's keys. Every `sort_by` a page calls is its own copy of the standard library's sort
//! (quicksort, small-sort and merge, about 4 kB of wasm before optimisation each), and these lists
//! hold a few dozen items at most, so one insertion sort serves them. Long lists (an item per
//! leaf, a file's members) keep the standard sort.

/// Sorts `items` in place, stably: `before(a, b)` says that `a` goes before `b`.
pub fn sort_short_by<T>(items: &mut [T], mut before: impl FnMut(&T, &T) -> bool) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && before(&items[j], &items[j - 1]) {
            items.swap(j, j - 1);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::sort_short_by;

    #[test]
    fn sorts_as_the_standard_stable_sort_does() {
        // Pairs sorted by their first half only: equal keys keep their order.
        let mut seed = 7u64;
        for len in 0..40 {
            let items: Vec<(u8, usize)> = (0..len)
                .map(|i| {
                    seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                    ((seed >> 60) as u8, i)
                })
                .collect();
            let (mut ours, mut std) = (items.clone(), items);
            sort_short_by(&mut ours, |a, b| a.0 < b.0);
            std.sort_by_key(|p| p.0);
            assert_eq!(ours, std);
        }
    }
}
