//! Clause: the stretch of a sentence around a fact, between clause marks.
//!
//! Government prose packs many numbers into one sentence (封控场所765处、中风险小区8处、高风险楼栋3处),
//! so the sentence is too wide a window for a label; the clause between ，、；：marks is what an
//! indicator and its number share. A mark inside another fact (1,000) does not split.

use crate::facts::Fact;
use crate::span::{IndexedText, Span, overlapping};

/// Marks that end a clause (the normalized text folds full-width ，；：！？ to ASCII).
pub(crate) fn is_clause_mark(c: char) -> bool {
    matches!(
        c,
        ',' | '，' | '、' | ';' | '；' | ':' | '：' | '。' | '!' | '?' | '\n'
    )
}

/// The clause of `sentence` that holds `fact`.
pub fn clause_of(norm: &IndexedText, sentence: Span, fact: Span, facts: &[Fact]) -> Span {
    let sentence = if sentence.contains(fact) {
        sentence
    } else {
        fact
    };
    SentenceMarks::new(norm, sentence, facts, Some(fact)).clause_of(fact)
}

/// What cutting a sentence into clauses reads: its chars and where it may split. Built once
/// per sentence and shared by all the facts in it, so a sentence with many numbers is not
/// decoded and marked again for each of them.
pub(crate) struct SentenceMarks<'f> {
    span: Span,
    chars: Vec<char>,
    /// Which chars end a clause: a clause mark outside every fact (1,000 does not split) and
    /// outside parentheses (（不含农户，下同） does not split).
    splits: Vec<bool>,
    /// The facts overlapping the sentence.
    facts: &'f [Fact],
}

impl<'f> SentenceMarks<'f> {
    /// Marks `sentence` of the normalized text, with the facts among `facts` (all the
    /// document's, in text order) that overlap it, and `extra` when it is not among them.
    pub(crate) fn new(
        norm: &IndexedText,
        sentence: Span,
        facts: &'f [Fact],
        extra: Option<Span>,
    ) -> Self {
        // Only the facts of this sentence can split or join its clauses.
        let facts = overlapping(facts, sentence, |f| f.span);
        let chars: Vec<char> = norm.slice(sentence).chars().collect();
        // Which chars lie inside a fact: marked once, so that testing a char is not a scan of
        // the sentence's facts.
        let mut in_fact = vec![false; chars.len()];
        for f in facts.iter().map(|f| f.span).chain(extra) {
            let a = f.start.clamp(sentence.start, sentence.end) - sentence.start;
            let b = f.end.clamp(sentence.start, sentence.end) - sentence.start;
            in_fact[a..b].iter_mut().for_each(|x| *x = true);
        }
        let mut depth = 0i32;
        let mut splits = in_fact;
        for (split, &c) in splits.iter_mut().zip(&chars) {
            if matches!(c, '(' | '（') {
                depth += 1;
            }
            *split = !*split && depth == 0 && is_clause_mark(c);
            if matches!(c, ')' | '）') {
                depth = (depth - 1).max(0);
            }
        }
        SentenceMarks {
            span: sentence,
            chars,
            splits,
            facts,
        }
    }

    /// The sentence these marks are for.
    pub(crate) fn span(&self) -> Span {
        self.span
    }

    /// The clause that holds `fact`, which lies inside the sentence and among its marked facts.
    pub(crate) fn clause_of(&self, fact: Span) -> Span {
        let sentence = self.span;
        let rel = |pos: usize| pos - sentence.start;
        let splits = |pos: usize| self.splits[rel(pos)];
        let mut start = fact.start;
        while start > sentence.start {
            if splits(start - 1) {
                // 电力、热力、燃气…业下降4.2%: an enumeration with no number of its own is part of
                // this clause's subject.
                if self.chars[rel(start - 1)] == '、' {
                    let mut k = start - 1;
                    while k > sentence.start && !splits(k - 1) {
                        k -= 1;
                    }
                    let numberless = !self
                        .facts
                        .iter()
                        .any(|f| f.span.start >= k && f.span.end < start);
                    if numberless && k < start - 1 {
                        start = k;
                        continue;
                    }
                }
                break;
            }
            start -= 1;
        }
        let mut end = fact.end;
        while end < sentence.end {
            if splits(end) {
                break;
            }
            end += 1;
        }
        // Leading spaces are not part of the clause.
        while start < fact.start && self.chars[rel(start)].is_whitespace() {
            start += 1;
        }
        Span::new(start, end)
    }
}

#[cfg(test)]
mod tests {
    use crate::meaning::tests::record;

    #[test]
    fn clauses_split_at_commas_and_enumeration_marks() {
        let r = record(
            "常态化防控期间,累计开展68次便民核酸筛查,流调溯源600余人,封控场所765处、中风险小区8处。\n",
        );
        let texts: Vec<&str> = r.facts.iter().map(|f| f.clause_text.as_str()).collect();
        assert_eq!(
            texts,
            vec![
                "累计开展68次便民核酸筛查",
                "流调溯源600余人",
                "封控场所765处",
                "中风险小区8处"
            ]
        );
    }
}
