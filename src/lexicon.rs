//! Lexicon: the rules' word lists, compiled once for lookups that do not scan the list.
//!
//! The entity, fact and meaning rules ask the same few questions of every word of a report:
//! is it one of these words, does it end with one of these heads, does it begin with one of
//! these. Asked by scanning a list of dozens of entries per word, those questions cost more
//! than segmenting the text. A [`Lexicon`] keeps the list as written (its order still decides
//! which entry a lookup returns) and adds indexes by whole word, last char and first char, so
//! each question costs a binary search and a few comparisons. Most words of a report end (and
//! begin) with a char no entry ends (or begins) with, so each index keeps the set of its key
//! chars as a bitset too: those words are turned away with one bit test, before any search.
//!
//! Lists stay `const` slices next to the rules that own them (where a reader looks for them);
//! each rule wraps its list in a `static LazyLock<Lexicon>`.

/// A word list with indexes for exact, ending and beginning lookups.
#[derive(Debug)]
pub struct Lexicon {
    /// Entries sorted, for exact lookup.
    sorted: Vec<&'static str>,
    /// (last char, list position) sorted, for endings.
    by_last: Vec<(char, usize)>,
    /// (first char, list position) sorted, for beginnings.
    by_first: Vec<(char, usize)>,
    /// The keys of `by_last`: a char outside it has an empty bucket there.
    last_chars: CharSet,
    /// The keys of `by_first`: a char outside it has an empty bucket there (and no entry
    /// begins with it, so no word that begins with it is an entry).
    first_chars: CharSet,
    /// The list as written.
    words: Vec<&'static str>,
}

impl Lexicon {
    /// Index `words`. Empty entries are ignored (they would match everything).
    pub fn new(words: &[&'static str]) -> Self {
        let mut sorted: Vec<&'static str> =
            words.iter().copied().filter(|w| !w.is_empty()).collect();
        sorted.sort_unstable();
        sorted.dedup();
        let index = |pick: fn(&str) -> Option<char>| {
            let mut v: Vec<(char, usize)> = words
                .iter()
                .enumerate()
                .filter_map(|(i, w)| pick(w).map(|c| (c, i)))
                .collect();
            v.sort_unstable();
            v
        };
        let by_last = index(|w| w.chars().next_back());
        let by_first = index(|w| w.chars().next());
        Lexicon {
            sorted,
            last_chars: CharSet::from_chars(by_last.iter().map(|&(c, _)| c)),
            first_chars: CharSet::from_chars(by_first.iter().map(|&(c, _)| c)),
            by_last,
            by_first,
            words: words.to_vec(),
        }
    }

    /// Whether `text` is one of the words.
    pub fn contains(&self, text: &str) -> bool {
        text.chars()
            .next()
            .is_some_and(|c| self.first_chars.contains(c))
            && self.sorted.binary_search(&text).is_ok()
    }

    /// The first word of the list (in written order) that `text` ends with.
    pub fn ending_of(&self, text: &str) -> Option<&'static str> {
        self.ending_index(text).map(|i| self.words[i])
    }

    /// The list position of [`Lexicon::ending_of`], for lists that carry data alongside.
    pub fn ending_index(&self, text: &str) -> Option<usize> {
        let last = text.chars().next_back()?;
        if !self.last_chars.contains(last) {
            return None;
        }
        bucket(&self.by_last, last)
            .iter()
            .map(|&(_, i)| i)
            .find(|&i| text.ends_with(self.words[i]))
    }

    /// Whether some word of the list ends with `c`. When none does, no text ending in `c` has
    /// an ending here: a rule that asks several lists about one word asks this first, once
    /// it has the word's last char, and passes over most words without a lookup.
    pub fn has_last_char(&self, c: char) -> bool {
        self.last_chars.contains(c)
    }

    /// The chars the words of the list end with (a char once per word ending in it), for a
    /// rule that asks [`Lexicon::has_last_char`] of several lists at once: it can gather
    /// them into one [`CharSet`].
    pub fn last_chars(&self) -> impl Iterator<Item = char> + Clone + '_ {
        self.by_last.iter().map(|&(c, _)| c)
    }

    /// Whether `text` ends with one of the words.
    pub fn ends(&self, text: &str) -> bool {
        self.ending_of(text).is_some()
    }

    /// The first word of the list (in written order) that `text` begins with.
    pub fn beginning_of(&self, text: &str) -> Option<&'static str> {
        let first = text.chars().next()?;
        if !self.first_chars.contains(first) {
            return None;
        }
        bucket(&self.by_first, first)
            .iter()
            .map(|&(_, i)| self.words[i])
            .find(|w| text.starts_with(w))
    }

    /// The list positions of every word `text` begins with, in list order.
    pub fn beginnings<'a>(&'a self, text: &'a str) -> impl Iterator<Item = usize> + 'a {
        let first = text
            .chars()
            .next()
            .filter(|&c| self.first_chars.contains(c));
        first
            .map_or(&[][..], |c| bucket(&self.by_first, c))
            .iter()
            .map(|&(_, i)| i)
            .filter(move |&i| text.starts_with(self.words[i]))
    }

    /// Whether `text` begins with one of the words.
    pub fn begins(&self, text: &str) -> bool {
        self.beginning_of(text).is_some()
    }
}

/// The entries of an index whose key char is `c`, in list order.
fn bucket(index: &[(char, usize)], c: char) -> &[(char, usize)] {
    let lo = index.partition_point(|&(k, _)| k < c);
    // A bucket holds a few entries: walking to its end is cheaper than a second search.
    let len = index[lo..].iter().take_while(|&&(k, _)| k == c).count();
    &index[lo..lo + len]
}

/// A set of chars (such as common surnames), for membership tests without scanning a string.
///
/// Kept as a bitset over the code points from the lowest char to the highest, so a test is
/// one subtraction and one bit lookup. The chars of a word list span at most the Han blocks
/// (a few kilobytes of bits), and most sets are far smaller.
#[derive(Debug)]
pub struct CharSet {
    /// The code point of bit 0.
    lo: u32,
    /// Bit `i` is set when the char with code point `lo + i` is in the set.
    bits: Vec<u64>,
}

impl CharSet {
    /// The chars of `chars`.
    pub fn new(chars: &str) -> Self {
        Self::from_chars(chars.chars())
    }

    /// The chars `chars` yields.
    pub fn from_chars(chars: impl Iterator<Item = char> + Clone) -> Self {
        let lo = chars.clone().map(u32::from).min().unwrap_or(0);
        let hi = chars.clone().map(u32::from).max().unwrap_or(0);
        let mut bits = vec![0u64; ((hi - lo) / 64 + 1) as usize];
        for c in chars {
            let i = u32::from(c) - lo;
            bits[(i / 64) as usize] |= 1 << (i % 64);
        }
        CharSet { lo, bits }
    }

    /// Whether `c` is in the set.
    pub fn contains(&self, c: char) -> bool {
        u32::from(c).checked_sub(self.lo).is_some_and(|i| {
            self.bits
                .get((i / 64) as usize)
                .is_some_and(|w| w >> (i % 64) & 1 == 1)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADS: &[&str] = &["委员会", "会", "局", "管理局", ""];

    #[test]
    fn lookups_agree_with_scanning_the_list() {
        let lex = Lexicon::new(HEADS);
        for text in [
            "区委员会",
            "管理局",
            "局",
            "局长",
            "委员",
            "",
            "会议",
            "总会",
        ] {
            let scan_end = HEADS
                .iter()
                .copied()
                .filter(|w| !w.is_empty())
                .find(|w| text.ends_with(w));
            let scan_begin = HEADS
                .iter()
                .copied()
                .filter(|w| !w.is_empty())
                .find(|w| text.starts_with(w));
            assert_eq!(lex.ending_of(text), scan_end, "{text}");
            assert_eq!(lex.beginning_of(text), scan_begin, "{text}");
            assert_eq!(
                lex.contains(text),
                HEADS.contains(&text) && !text.is_empty()
            );
        }
    }

    #[test]
    fn list_order_decides_between_matches() {
        // 委员会 is listed before 会, so it is the ending found for 区委员会.
        assert_eq!(Lexicon::new(HEADS).ending_of("区委员会"), Some("委员会"));
        const REVERSED: &[&str] = &["会", "委员会"];
        assert_eq!(Lexicon::new(REVERSED).ending_of("区委员会"), Some("会"));
    }

    #[test]
    fn char_sets() {
        let s = CharSet::new("王李张王");
        assert!(s.contains('张') && !s.contains('赵'));
        assert!(!CharSet::new("").contains('\0') && !CharSet::new("").contains('王'));
    }

    /// Every char there is, for the exhaustive checks below.
    fn all_chars() -> impl Iterator<Item = char> {
        (0..=u32::from(char::MAX)).filter_map(char::from_u32)
    }

    #[test]
    fn char_set_holds_exactly_its_chars() {
        let chars = "王李张刘陈a9\u{10FFFF}\u{3400}、";
        let set = CharSet::new(chars);
        for c in all_chars() {
            assert_eq!(set.contains(c), chars.contains(c), "{c:?}");
        }
    }

    #[test]
    fn char_filters_reject_only_chars_without_entries() {
        // The filters stand in front of the bucket searches: a char the filter turns away must
        // have no entry in the bucket, or a lookup would miss a word the list holds.
        let lex = Lexicon::new(HEADS);
        for c in all_chars() {
            assert_eq!(
                lex.last_chars.contains(c),
                !bucket(&lex.by_last, c).is_empty()
            );
            assert_eq!(
                lex.first_chars.contains(c),
                !bucket(&lex.by_first, c).is_empty()
            );
        }
    }
}
