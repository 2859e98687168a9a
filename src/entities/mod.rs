//! Entities: the people, organisations, places, addresses, cited documents and named
//! programmes a report mentions, each with its span.
//!
//! Every rule here reads the *normalized* copy of a body range (so `，` and `,` need no
//! separate cases) together with jieba's part-of-speech tags, and reports spans into the
//! source text (the two are char-aligned). Each entity type has its own module, because each is
//! found by a different kind of evidence:
//!
//! - [`marks`]: cited documents in 《》 and programmes in quotation marks — the punctuation is
//!   the evidence, so these are the most reliable;
//! - [`org`]: organisations, recognised by the word that ends their name (…局, …委员会, 司法所)
//!   and extended leftwards over the words that can belong to a name;
//! - [`place`]: districts and cities, 居民区 names, roads, buildings, and street addresses;
//! - [`person`]: names only where the text introduces them as people (after an office, a
//!   party membership or a residents' area), because jieba's `nr` tag alone is mostly wrong in
//!   government prose (it tags 法律顾问, 矫正, 楼宇 as names).
//!
//! Candidates of all types are then merged: where two overlap, the longer one wins (so
//! 上海市静安区人民政府芷江西路街道办事处 is one organisation and 上海市 inside it is not also a
//! place), and nothing inside a cited title or a programme's quotation marks is reported
//! separately.

mod marks;
mod org;
mod person;
mod place;

use std::collections::BTreeMap;

use crate::record::Entity;
use crate::segment::{self, Word};
use crate::span::{IndexedText, Span};

/// The entity types, in the order that breaks ties between equally long candidates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    Document,
    Programme,
    Address,
    Organization,
    Person,
    Place,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Document => "document",
            Kind::Programme => "programme",
            Kind::Address => "address",
            Kind::Organization => "organization",
            Kind::Person => "person",
            Kind::Place => "place",
        }
    }
}

/// A possible entity before overlaps are settled.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Candidate {
    kind: Kind,
    span: Span,
    role: Option<String>,
}

impl Candidate {
    fn new(kind: Kind, span: Span) -> Self {
        Candidate {
            kind,
            span,
            role: None,
        }
    }
}

/// One body range with its chars and its tagged words, shared by the per-type rules.
struct Piece<'a> {
    /// The normalized text of the range.
    chars: Vec<char>,
    /// Document offset of the first char.
    start: usize,
    /// jieba's words, with document spans.
    words: Vec<Word<'a>>,
}

impl<'a> Piece<'a> {
    fn new(norm: &'a str, start: usize, words: &[Word<'a>]) -> Self {
        let span = Span::new(start, start + norm.chars().count());
        Piece {
            chars: norm.chars().collect(),
            start,
            words: segment::words_in(words, span).to_vec(),
        }
    }

    /// The chars of a document span lying inside this piece.
    fn text(&self, span: Span) -> String {
        let a = span.start.saturating_sub(self.start).min(self.chars.len());
        let b = span
            .end
            .saturating_sub(self.start)
            .clamp(a, self.chars.len());
        self.chars[a..b].iter().collect()
    }

    /// The char at document offset `pos`, if inside the piece.
    fn char_at(&self, pos: usize) -> Option<char> {
        pos.checked_sub(self.start)
            .and_then(|i| self.chars.get(i))
            .copied()
    }
}

/// Find the entities in the body `ranges` (page chrome and heading markers already left out).
/// Returned sorted by span start; no two overlap.
pub fn extract<'a>(
    source: &IndexedText,
    norm: &'a IndexedText,
    ranges: &[Span],
    words: &[Word<'a>],
) -> Vec<Entity> {
    let pieces: Vec<Piece> = ranges
        .iter()
        .filter(|r| !r.is_empty())
        .map(|&r| Piece::new(norm.slice(r), r.start, words))
        .collect();
    // Candidates per piece: every rule finds its candidates inside one piece, so the rules that
    // look at the candidates around a word only need their own piece's (and a document with
    // many lines does not make each line scan all of them).
    let mut found: Vec<Vec<Candidate>> = pieces
        .iter()
        .map(|piece| {
            let mut cands = marks::find(piece);
            cands.extend(org::find(piece));
            cands.extend(place::find(piece));
            cands.extend(place::addresses(piece));
            cands
        })
        .collect();
    // Person rules look at organisations and places around a name, and bare place names
    // are accepted only when the document also uses them inside a longer name.
    let mut known: Vec<String> = found
        .iter()
        .flatten()
        .filter(|c| matches!(c.kind, Kind::Organization | Kind::Place | Kind::Address))
        .map(|c| norm.slice(c.span).to_string())
        .collect();
    known.sort();
    known.dedup();
    for (piece, cands) in pieces.iter().zip(found.iter_mut()) {
        cands.extend(place::bare_names(piece, &known));
        let people = person::find(piece, cands);
        cands.extend(people);
    }
    let cands: Vec<Candidate> = found.into_iter().flatten().collect();
    settle(cands)
        .into_iter()
        .map(|c| Entity {
            kind: c.kind.name(),
            text: source.slice(c.span).to_string(),
            span: c.span,
            role: c.role,
        })
        .collect()
}

/// Keep the longest of overlapping candidates (ties by type order, then position), and drop
/// anything inside a document title or a programme's quotes. Sorted by start.
fn settle(mut cands: Vec<Candidate>) -> Vec<Candidate> {
    cands.retain(|c| !c.span.is_empty());
    cands.sort_by(|a, b| {
        b.span
            .len()
            .cmp(&a.span.len())
            .then(a.kind.cmp(&b.kind))
            .then(a.span.start.cmp(&b.span.start))
    });
    // Kept spans never overlap, so a candidate clashes with one exactly when it clashes with
    // the kept span starting last before its end: one ordered-map lookup per candidate.
    let mut kept_ends: BTreeMap<usize, usize> = BTreeMap::new();
    let mut kept: Vec<Candidate> = Vec::new();
    for c in cands {
        let clash = kept_ends
            .range(..c.span.end)
            .next_back()
            .is_some_and(|(_, &end)| c.span.start < end);
        if !clash {
            kept_ends.insert(c.span.start, c.span.end);
            kept.push(c);
        }
    }
    kept.sort_by_key(|c| (c.span.start, c.span.end));
    kept
}

/// True for a Han character (the CJK blocks reports use).
fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}')
}

/// True when every char of `s` is Han.
fn all_han(s: &str) -> bool {
    !s.is_empty() && s.chars().all(is_han)
}

#[cfg(test)]
mod tests;
