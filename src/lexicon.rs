//! Lexicon: the rules' word lists, compiled once for lookups that do not scan the list.
//!
//! The entity, fact and meaning rules ask the same few questions of every word of a report:
//! is it one of these words, does it end with one of these heads, does it begin with one of
//! these. Asked by scanning a list of dozens of entries per word, those questions cost more
//! than segmenting the text. A [`Lexicon`] keeps the list as written (its order still decides
//! which entry a lookup returns) and adds indexes by whole word, last char and first char.
//! Most words of a report end (and begin) with a char no entry ends (or begins) with, so the
//! char indexes keep their chars as a bitset: those words are turned away with one bit test,
//! and the others go straight to the few entries sharing their char (see `CharIndex`).
//!
//! Lists stay `const` slices next to the rules that own them (where a reader looks for them);
//! each rule wraps its list in a `static LazyLock<Lexicon>`.

/// A word list with indexes for exact, ending and beginning lookups.
#[derive(Debug)]
pub struct Lexicon {
    /// Entries sorted, for exact lookup.
    sorted: Vec<&'static str>,
    /// List positions by last char, for endings.
    by_last: CharIndex,
    /// List positions by first char, for beginnings (and to turn away a text no entry can
    /// equal before the exact search).
    by_first: CharIndex,
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
        Lexicon {
            sorted,
            by_last: CharIndex::new(words, |w| w.chars().next_back()),
            by_first: CharIndex::new(words, |w| w.chars().next()),
            words: words.to_vec(),
        }
    }

    /// Whether `text` is one of the words.
    pub fn contains(&self, text: &str) -> bool {
        text.chars()
            .next()
            .is_some_and(|c| self.by_first.keys.contains(c))
            && self.sorted.binary_search(&text).is_ok()
    }

    /// The first word of the list (in written order) that `text` ends with.
    pub fn ending_of(&self, text: &str) -> Option<&'static str> {
        self.ending_index(text).map(|i| self.words[i])
    }

    /// The list position of [`Lexicon::ending_of`], for lists that carry data alongside.
    pub fn ending_index(&self, text: &str) -> Option<usize> {
        let last = text.chars().next_back()?;
        self.by_last
            .bucket(last)
            .iter()
            .copied()
            .find(|&i| text.ends_with(self.words[i]))
    }

    /// Whether some word of the list ends with `c`. When none does, no text ending in `c` has
    /// an ending here: a rule that asks several lists about one word can ask this first, once
    /// it has the word's last char, and pass over most words without a lookup.
    pub fn has_last_char(&self, c: char) -> bool {
        self.by_last.keys.contains(c)
    }

    /// The chars the words of the list end with, for a rule that asks
    /// [`Lexicon::has_last_char`] of several lists at once: it can gather them into one
    /// [`CharSet`].
    pub fn last_chars(&self) -> impl Iterator<Item = char> + Clone + '_ {
        self.by_last.keys.chars()
    }

    /// Whether `text` ends with one of the words.
    pub fn ends(&self, text: &str) -> bool {
        self.ending_of(text).is_some()
    }

    /// The first word of the list (in written order) that `text` begins with.
    pub fn beginning_of(&self, text: &str) -> Option<&'static str> {
        self.beginnings(text).next().map(|i| self.words[i])
    }

    /// The list positions of every word `text` begins with, in list order.
    pub fn beginnings<'a>(&'a self, text: &'a str) -> impl Iterator<Item = usize> + 'a {
        text.chars()
            .next()
            .map_or(&[][..], |c| self.by_first.bucket(c))
            .iter()
            .copied()
            .filter(move |&i| text.starts_with(self.words[i]))
    }

    /// Whether `text` begins with one of the words.
    pub fn begins(&self, text: &str) -> bool {
        self.beginning_of(text).is_some()
    }
}

/// The list positions of a word list grouped by one char of each word (its first or its
/// last), so a lookup reads only the words that share that char with the text.
///
/// Most texts share it with no word at all; the key chars are a [`CharSet`], so those texts
/// cost one bit test, and a char's rank in the set numbers its group, so the others cost no
/// search either.
#[derive(Debug)]
struct CharIndex {
    /// The chars some word is grouped under.
    keys: CharSet,
    /// Where each group starts in `positions`, by the rank of its char in `keys`, and a last
    /// entry for the end of the last group.
    starts: Vec<usize>,
    /// List positions, grouped by char in code-point order, in list order within a group.
    positions: Vec<usize>,
}

impl CharIndex {
    /// Group the positions of `words` by the char `pick` takes from each (words without one
    /// are left out).
    fn new(words: &[&str], pick: fn(&str) -> Option<char>) -> Self {
        let mut keyed: Vec<(char, usize)> = words
            .iter()
            .enumerate()
            .filter_map(|(i, w)| pick(w).map(|c| (c, i)))
            .collect();
        keyed.sort_unstable();
        let mut starts: Vec<usize> = (0..keyed.len())
            .filter(|&k| k == 0 || keyed[k - 1].0 != keyed[k].0)
            .collect();
        starts.push(keyed.len());
        CharIndex {
            keys: CharSet::from_chars(keyed.iter().map(|&(c, _)| c)),
            starts,
            positions: keyed.iter().map(|&(_, i)| i).collect(),
        }
    }

    /// The list positions of the words grouped under `c`, in list order.
    #[inline]
    fn bucket(&self, c: char) -> &[usize] {
        match self.keys.rank(c) {
            Some(k) => &self.positions[self.starts[k]..self.starts[k + 1]],
            None => &[],
        }
    }
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
    /// How many bits are set in the words of `bits` before each one, for [`CharSet::rank`].
    set_before: Vec<u32>,
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
        let set_before = bits
            .iter()
            .scan(0, |count, w| {
                let before = *count;
                *count += w.count_ones();
                Some(before)
            })
            .collect();
        CharSet {
            lo,
            bits,
            set_before,
        }
    }

    /// Whether `c` is in the set.
    #[inline]
    pub fn contains(&self, c: char) -> bool {
        self.rank(c).is_some()
    }

    /// How many chars of the set come before `c`, when `c` is in it.
    #[inline]
    pub fn rank(&self, c: char) -> Option<usize> {
        let i = u32::from(c).checked_sub(self.lo)?;
        let w = (i / 64) as usize;
        let word = *self.bits.get(w)?;
        let bit = 1u64 << (i % 64);
        (word & bit != 0)
            .then(|| self.set_before[w] as usize + (word & (bit - 1)).count_ones() as usize)
    }

    /// The chars of the set, in code-point order.
    pub fn chars(&self) -> impl Iterator<Item = char> + Clone + '_ {
        self.bits.iter().enumerate().flat_map(move |(w, &word)| {
            // The set bits of the word, lowest first, each cleared once read.
            let mut rest = word;
            std::iter::from_fn(move || {
                (rest != 0).then(|| {
                    let b = rest.trailing_zeros();
                    rest &= rest - 1;
                    b
                })
            })
            .filter_map(move |b| char::from_u32(self.lo + w as u32 * 64 + b))
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
    fn char_set_ranks_and_lists_its_chars_in_order() {
        let chars = "王李张刘陈a9\u{10FFFF}\u{3400}、";
        let mut sorted: Vec<char> = chars.chars().collect();
        sorted.sort_unstable();
        let set = CharSet::new(chars);
        for c in all_chars() {
            assert_eq!(set.rank(c), sorted.iter().position(|&s| s == c), "{c:?}");
        }
        assert_eq!(set.chars().collect::<Vec<_>>(), sorted);
    }

    #[test]
    fn char_index_buckets_hold_exactly_the_words_with_that_char() {
        // A lookup reads only its char's bucket: a word missing from it would never be found.
        let lex = Lexicon::new(HEADS);
        for c in all_chars() {
            let ending_in_c: Vec<usize> = (0..HEADS.len())
                .filter(|&i| HEADS[i].ends_with(c))
                .collect();
            let beginning_with_c: Vec<usize> = (0..HEADS.len())
                .filter(|&i| HEADS[i].starts_with(c))
                .collect();
            assert_eq!(lex.by_last.bucket(c), ending_in_c, "{c:?}");
            assert_eq!(lex.by_first.bucket(c), beginning_with_c, "{c:?}");
            assert_eq!(lex.has_last_char(c), !ending_in_c.is_empty());
        }
    }
}
