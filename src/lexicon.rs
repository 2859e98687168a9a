//! Lexicon: the rules' word lists, compiled once for lookups that do not scan the list.
//!
//! The entity, fact and meaning rules ask the same few questions of every word of a report:
//! is it one of these words, does it end with one of these heads, does it begin with one of
//! these. Asked by scanning a list of dozens of entries per word, those questions cost more
//! than segmenting the text. A [`Lexicon`] keeps the list as written (its order still decides
//! which entry a lookup returns) and adds indexes by whole word, last char and first char, so
//! each question costs a binary search and a few comparisons.
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
        Lexicon {
            sorted,
            by_last: index(|w| w.chars().next_back()),
            by_first: index(|w| w.chars().next()),
            words: words.to_vec(),
        }
    }

    /// Whether `text` is one of the words.
    pub fn contains(&self, text: &str) -> bool {
        self.sorted.binary_search(&text).is_ok()
    }

    /// The first word of the list (in written order) that `text` ends with.
    pub fn ending_of(&self, text: &str) -> Option<&'static str> {
        self.ending_index(text).map(|i| self.words[i])
    }

    /// The list position of [`Lexicon::ending_of`], for lists that carry data alongside.
    pub fn ending_index(&self, text: &str) -> Option<usize> {
        let last = text.chars().next_back()?;
        bucket(&self.by_last, last)
            .iter()
            .map(|&(_, i)| i)
            .find(|&i| text.ends_with(self.words[i]))
    }

    /// Whether `text` ends with one of the words.
    pub fn ends(&self, text: &str) -> bool {
        self.ending_of(text).is_some()
    }

    /// The first word of the list (in written order) that `text` begins with.
    pub fn beginning_of(&self, text: &str) -> Option<&'static str> {
        let first = text.chars().next()?;
        bucket(&self.by_first, first)
            .iter()
            .map(|&(_, i)| self.words[i])
            .find(|w| text.starts_with(w))
    }

    /// The list positions of every word `text` begins with, in list order.
    pub fn beginnings<'a>(&'a self, text: &'a str) -> impl Iterator<Item = usize> + 'a {
        let first = text.chars().next();
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
    let hi = lo + index[lo..].partition_point(|&(k, _)| k == c);
    &index[lo..hi]
}

/// A set of chars (such as common surnames), for membership tests without scanning a string.
#[derive(Debug)]
pub struct CharSet(Vec<char>);

impl CharSet {
    /// The chars of `chars`.
    pub fn new(chars: &str) -> Self {
        let mut v: Vec<char> = chars.chars().collect();
        v.sort_unstable();
        v.dedup();
        CharSet(v)
    }

    /// Whether `c` is in the set.
    pub fn contains(&self, c: char) -> bool {
        self.0.binary_search(&c).is_ok()
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
    }
}
