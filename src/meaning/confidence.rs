//! How likely a reviewer is to accept a fact's label, from the shape of the label and its
//! clause.
//!
//! The estimate is a naive-Bayes combination of acceptance rates measured on the judged dev
//! samples (`tests/gold/meaning/dev/label-review-*.tsv`): for each feature below, the share of
//! judged labels with that feature value a reviewer accepted. The rates are constants written
//! here by `scripts/label_confidence.py`, which reads those samples and the labels the current
//! binary gives; rerun it when the label rules change much. Left-one-sample-out over the dev
//! samples it separates accepted from rejected labels with an AUC of about 0.78, and the test
//! `tests/meaning.rs` reports the same on the hand-labelled gold documents, which the rates never
//! saw.
//!
//! It is a ranking aid, not a probability to trust to two decimals: short labels (1–3 chars),
//! labels that list several names (、) and labels read from long clauses are where reviewers
//! most often disagreed.

use crate::facts::Kind;

/// Share of judged dev labels a reviewer accepted.
const BASE: f64 = 0.898;

/// Acceptance by label length in chars, in buckets of two (0–1, 2–3, …, 12 and more).
const BY_LENGTH: [f64; 7] = [0.286, 0.568, 0.914, 0.932, 0.960, 0.950, 0.874];

/// Acceptance by kind of quantity, for the kinds with at least 20 judged labels.
const BY_KIND: &[(Kind, f64)] = &[
    (Kind::Count, 0.860),
    (Kind::Percent, 0.938),
    (Kind::Money, 0.893),
    (Kind::Duration, 0.934),
    (Kind::Area, 0.956),
    (Kind::Length, 0.842),
    (Kind::Mass, 0.915),
    (Kind::Multiple, 0.806),
    (Kind::PercentagePoint, 0.870),
    (Kind::Power, 0.875),
];

/// Acceptance of labels without and with a list mark (、) in them.
const BY_LIST: [f64; 2] = [0.900, 0.745];

/// Acceptance by clause length in chars, in buckets of ten (0–9, …, 40 and more).
const BY_CLAUSE: [f64; 5] = [0.904, 0.920, 0.837, 0.774, 0.611];

/// Acceptance of labels that do not and do end in a measure's char (产值, 增加值, 比重, 人数 …).
const BY_MEASURE_END: [f64; 2] = [0.839, 0.958];

/// Last chars of labels that name a measure (总产值, 增长率, 投资): reviewers accept these most.
const MEASURE_ENDS: &[char] = &[
    '度', '值', '业', '入', '量', '率', '额', '资', '积', '比', '数', '准', '重', '口', '位', '模',
    '费',
];

fn log_odds(p: f64) -> f64 {
    let p = p.clamp(0.01, 0.99);
    (p / (1.0 - p)).ln()
}

/// The estimated chance that a reviewer accepts `label` for a fact of `kind` in a clause of
/// `clause_chars` chars, rounded to two decimals so output bytes do not depend on float noise.
pub(crate) fn label_confidence(label: &str, kind: Kind, clause_chars: usize) -> f64 {
    let chars = label.chars().count();
    let rates = [
        BY_LENGTH[(chars / 2).min(BY_LENGTH.len() - 1)],
        BY_KIND
            .iter()
            .find(|(k, _)| *k == kind)
            .map_or(BASE, |(_, r)| *r),
        BY_LIST[usize::from(label.contains('、'))],
        BY_CLAUSE[(clause_chars / 10).min(BY_CLAUSE.len() - 1)],
        BY_MEASURE_END[usize::from(
            label
                .chars()
                .last()
                .is_some_and(|c| MEASURE_ENDS.contains(&c)),
        )],
    ];
    let base = log_odds(BASE);
    let odds = base + rates.iter().map(|&r| log_odds(r) - base).sum::<f64>();
    let p = 1.0 / (1.0 + (-odds).exp());
    (p * 100.0).round() / 100.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_and_listed_labels_rank_below_named_measures() {
        let measure = label_confidence("全市生产总值", Kind::Money, 15);
        let short = label_confidence("县", Kind::Count, 15);
        let listed = label_confidence("钢铁、石化等产业先进产能占比", Kind::Percent, 35);
        assert!(measure > 0.95, "{measure}");
        assert!(short < 0.5, "{short}");
        assert!(listed < measure, "{listed} {measure}");
        assert!((0.0..=1.0).contains(&short));
    }

    #[test]
    fn rounded_to_two_decimals() {
        let p = label_confidence("临时党支部", Kind::Count, 9);
        assert_eq!(p, (p * 100.0).round() / 100.0);
    }
}
