//! Main content: which blocks of a page are the report and which are page furniture.
//!
//! Site-independent, in three steps:
//!
//! 1. *Body text.* A block is body text when it reads like prose — at least 30 chars, a
//!    sentence mark (。，；), little of it link text — or is a row of a data table.
//! 2. *The content container.* Each body block adds its length to the element holding it and
//!    to the two around that (the grandparent at half weight); the best-scored element is the
//!    container, widened while most of the body text lies outside it. Everything outside the
//!    container is page furniture. Boilerplate marks (a `nav`, a `footer`, a class such as
//!    `share` or `breadcrumb`) count inside the container, but not a mark on the container or
//!    around it: a page that wraps its whole article in `<div class="header-wrap">` keeps it.
//! 3. *The title.* Pages often put the title outside the article's container; the nearest
//!    block before the content that the page's `<title>` contains (or a heading element) is
//!    taken back, with the short date and source lines between it and the body.
//!
//! Inside the container a block that is mostly links and no sentence (a related-links list)
//! is dropped too.

use std::collections::HashMap;

use ego_tree::NodeId;

use super::DropReason;
use super::dom::Block;

/// What becomes of a block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Part of the report.
    Content,
    /// Page furniture, and why.
    Dropped(DropReason),
}

/// How far back from the body the title is looked for, in blocks.
const TITLE_LOOKBACK: usize = 15;

/// Judge every block of a page. `title` is the text of its `<title>`.
pub fn select(blocks: &[Block], title: Option<&str>) -> Vec<Verdict> {
    let good: Vec<bool> = blocks.iter().map(is_body_text).collect();
    let container = container(blocks, &good);
    let mut verdicts: Vec<Verdict> = blocks
        .iter()
        .map(|b| judge(b, container.as_ref()))
        .collect();
    recover_title(blocks, &mut verdicts, title);
    verdicts
}

fn has_sentence_mark(text: &str) -> bool {
    text.contains(['。', '，', '；', '！', '？'])
}

fn is_body_text(b: &Block) -> bool {
    if b.marks.iter().any(|m| m.1 == DropReason::Hidden) {
        return false;
    }
    b.table_row.is_some()
        || (b.chars >= 30 && b.link_density() < 0.3 && has_sentence_mark(&b.joined()))
}

/// The content container: its id and the chain of elements from the root to it.
#[derive(Debug, Clone)]
struct Container {
    id: NodeId,
    chain: Vec<NodeId>,
}

fn container(blocks: &[Block], good: &[bool]) -> Option<Container> {
    let mut score: HashMap<NodeId, (f64, usize)> = HashMap::new();
    let mut total = 0usize;
    for (b, _) in blocks.iter().zip(good).filter(|(_, g)| **g) {
        total += b.chars;
        let n = b.ancestors.len();
        for (k, weight) in [(1, 1.0), (2, 1.0), (3, 0.5)] {
            if let Some(depth) = n.checked_sub(k) {
                let e = score.entry(b.ancestors[depth]).or_insert((0.0, depth));
                e.0 += weight * b.chars as f64;
            }
        }
    }
    // Highest score; among equals the shallower element, then the earlier id, so the choice
    // never depends on hash order.
    let (&best, _) = score.iter().max_by(|a, b| {
        (a.1.0)
            .total_cmp(&b.1.0)
            .then(b.1.1.cmp(&a.1.1))
            .then(b.0.cmp(a.0))
    })?;
    let chain = blocks
        .iter()
        .find_map(|b| {
            let at = b.ancestors.iter().position(|&a| a == best)?;
            Some(b.ancestors[..=at].to_vec())
        })
        .unwrap_or_default();
    // Widen while most of the body text is elsewhere.
    let inside = |id: NodeId| -> usize {
        blocks
            .iter()
            .zip(good)
            .filter(|(b, g)| **g && b.ancestors.contains(&id))
            .map(|(b, _)| b.chars)
            .sum()
    };
    let mut depth = chain.len().checked_sub(1)?;
    while depth > 0 && inside(chain[depth]) * 5 < total * 3 {
        depth -= 1;
    }
    Some(Container {
        id: chain[depth],
        chain: chain[..=depth].to_vec(),
    })
}

fn judge(b: &Block, container: Option<&Container>) -> Verdict {
    let cancelled = |id: &NodeId| container.is_some_and(|c| c.chain.contains(id));
    if let Some(&(_, reason)) = b.marks.iter().find(|(id, _)| !cancelled(id)) {
        return Verdict::Dropped(reason);
    }
    if let Some(c) = container
        && !b.ancestors.contains(&c.id)
    {
        return Verdict::Dropped(DropReason::OutsideContent);
    }
    if b.table_row.is_none() && b.link_density() > 0.5 && !has_sentence_mark(&b.joined()) {
        return Verdict::Dropped(DropReason::LinkList);
    }
    Verdict::Content
}

/// Take back the title block before the first content block, and the short lines between.
fn recover_title(blocks: &[Block], verdicts: &mut [Verdict], title: Option<&str>) {
    let Some(first) = verdicts.iter().position(|v| *v == Verdict::Content) else {
        return;
    };
    let page_title: String = title
        .unwrap_or("")
        .chars()
        .filter(|&c| !super::locate::is_space(c))
        .collect();
    let recoverable = |v: Verdict| {
        matches!(
            v,
            Verdict::Dropped(
                DropReason::OutsideContent | DropReason::Header | DropReason::LinkList
            )
        )
    };
    let lo = first.saturating_sub(TITLE_LOOKBACK);
    let in_title = |b: &Block| {
        let t: String = b
            .joined()
            .chars()
            .filter(|&c| !super::locate::is_space(c))
            .collect();
        t.chars().count() >= 5 && !page_title.is_empty() && page_title.contains(&t)
    };
    let heading = |b: &Block| b.heading && b.chars <= 80 && b.link_density() < 0.5;
    let found = (lo..first)
        .rev()
        .find(|&i| recoverable(verdicts[i]) && in_title(&blocks[i]))
        .or_else(|| {
            (lo..first)
                .rev()
                .find(|&i| recoverable(verdicts[i]) && heading(&blocks[i]))
        });
    let Some(t) = found else { return };
    verdicts[t] = Verdict::Content;
    for i in t + 1..first {
        let b = &blocks[i];
        if verdicts[i] == Verdict::Dropped(DropReason::OutsideContent)
            && b.link_density() <= 0.5
            && b.chars <= 80
        {
            verdicts[i] = Verdict::Content;
        }
    }
}
