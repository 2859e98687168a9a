//! Last touches to the labels of a document, after every rule that finds them: what a label
//! must not carry (a plan period, a 方面 closing a list before the number) and what it must
//! (a per-capita qualifier).

use std::sync::LazyLock;

use regex::Regex;

use super::{Site, period};
use crate::span::{IndexedText, Span};

/// Tidy every label of the document in place.
pub(super) fn tidy(norm: &IndexedText, sites: &[Site], labels: &mut [Option<String>]) {
    for (site, label) in sites.iter().zip(labels.iter_mut()) {
        let Some(text) = label.as_mut() else {
            continue;
        };
        // The clause before the number, which both the 方面 and the per-unit rule read.
        let lead = norm.slice(Span::new(site.clause.start, site.fact.span.start));
        if let Some(rest) = period::without_leading_period(text) {
            *text = rest.to_string();
        }
        if let Some(rest) = without_leading_aspect(lead, text) {
            *text = rest.to_string();
        }
        if let Some(per_unit) = with_per_unit(lead, site, text) {
            *text = per_unit;
        }
    }
}

/// 每千人拥有…托位数: a rate per thousand (or ten thousand) people, written before the name in
/// the clause, is part of what the number measures: a density must not share a column with the
/// totals. (A quota per county, 每个县至少建成1个…, is left to the clause text: the gold sets
/// and earlier reviews name those by the things alone.)
static PER_UNIT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"每[千万百十]人口?").expect("static regex"));

/// `label` without a leading 方面 or 领域 (健康消费等 *方面* 29项促消费政策): the word closes a list
/// before the number and names nothing the number counts.
/// (Only where the word is right before the number: 十个方面工作 counts the 方面.)
fn without_leading_aspect<'l>(lead: &str, label: &'l str) -> Option<&'l str> {
    ["方面", "领域"]
        .iter()
        .find(|w| lead.ends_with(*w))
        .and_then(|w| label.strip_prefix(w))
        .filter(|rest| rest.chars().count() >= 2)
}

/// `label` with the per-unit qualifier of `lead` (the clause before `site`'s number), if it has
/// one and the label lacks it.
fn with_per_unit(lead: &str, site: &Site, label: &str) -> Option<String> {
    // (Not an age, which bounds the people rather than counting per head.)
    if label.contains('每') || site.fact.unit_text.as_deref() == Some("岁") {
        return None;
    }
    let per = PER_UNIT.find(lead)?.as_str();
    Some(format!("{per}{label}"))
}
