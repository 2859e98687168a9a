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
//! - [`listed`]: companies by their short names (长城汽车, 牧原), where a list of them ends in
//!   等企业 or its kin;
//! - [`gazetteer`]: provinces, cities and regions named bare (保定, 京津冀), from a list;
//! - [`person`]: names only where the text introduces them as people (after an office, a
//!   party membership or a residents' area), because jieba's `nr` tag alone is mostly wrong in
//!   government prose (it tags 法律顾问, 矫正, 楼宇 as names).
//!
//! Candidates of all types are then merged: where two overlap, the longer one wins (so
//! 上海市静安区人民政府芷江西路街道办事处 is one organisation and 上海市 inside it is not also a
//! place), and nothing inside a cited title or a programme's quotation marks is reported
//! separately.

use std::collections::BTreeMap;

mod counties;
mod gazetteer;
mod listed;
mod marks;
mod org;
mod person;
mod place;

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

/// One body range with its tagged words, shared by the per-type rules.
///
/// The text stays in the document's [`IndexedText`], which cuts any span out in O(1): a
/// piece needs no copy of its chars, and a rule that reads a few chars around a word slices
/// them instead of collecting them.
struct Piece<'w, 'a> {
    /// The document's normalized text.
    norm: &'a IndexedText,
    /// The document chars of the range.
    span: Span,
    /// jieba's words, with document spans (borrowed from the document's words: a copy per
    /// piece would cost more than some of the rules that read them).
    words: &'w [Word<'a>],
}

impl<'w, 'a> Piece<'w, 'a> {
    fn new(norm: &'a IndexedText, range: Span, words: &'w [Word<'a>]) -> Self {
        // The range as far as the text goes (it is never longer in practice).
        let span = Span::new(range.start, range.end.min(norm.char_len()).max(range.start));
        Piece {
            norm,
            span,
            words: segment::words_in(words, span),
        }
    }

    /// The text of a document span, cut to the part lying inside this piece.
    fn text(&self, span: Span) -> &'a str {
        let start = span.start.clamp(self.span.start, self.span.end);
        let end = span.end.clamp(start, self.span.end);
        self.norm.slice(Span::new(start, end))
    }

    /// The char at document offset `pos`, if inside the piece.
    fn char_at(&self, pos: usize) -> Option<char> {
        if pos < self.span.start || pos >= self.span.end {
            return None;
        }
        self.norm.char_at(pos)
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
        .map(|&r| Piece::new(norm, r, words))
        .collect();
    // Candidates of each piece, in the order found, so that the rules below look only at
    // their own piece's (looking at the whole document's would be quadratic in its length).
    let mut per_piece: Vec<Vec<Candidate>> = pieces
        .iter()
        .map(|piece| {
            let mut own = marks::find(piece);
            own.extend(org::find(piece));
            own.extend(place::find(piece));
            own.extend(gazetteer::find(piece));
            own.extend(place::addresses(piece));
            own
        })
        .collect();
    // Person rules look at organisations and places around a name, and bare place names
    // are accepted only when the document also uses them inside a longer name — not a
    // company's, which begins with the company's own name (京阳公司: 京阳 is no place).
    let known = place::KnownNames::new(
        per_piece
            .iter()
            .flatten()
            .filter(|c| matches!(c.kind, Kind::Organization | Kind::Place | Kind::Address))
            .map(|c| norm.slice(c.span))
            .filter(|name| !(name.ends_with("公司") || name.ends_with("集团"))),
    );
    for (piece, own) in pieces.iter().zip(&mut per_piece) {
        own.extend(place::bare_names(piece, &known));
        // Companies by their short names do not make their first word a known place name
        // (中远海运 does not make 中远 one), so they come after the bare names are read.
        own.extend(listed::find(piece));
        let joined = place::joined(own);
        own.extend(joined);
        // A place named inside a quoted slogan (“洛阳速度”, “两山”) belongs to the slogan,
        // unless the quotation is a grouping of places (“宜荆荆襄”).
        if own.iter().any(|c| c.kind == Kind::Place) {
            let quoted = quoted_spans(piece);
            own.retain(|c| {
                c.kind != Kind::Place
                    || !quoted.iter().any(|&q| {
                        q.start <= c.span.start
                            && c.span.end <= q.end
                            && !(q == c.span
                                && gazetteer::is_grouping(
                                    norm.slice(q),
                                    segment::words_in(piece.words, q),
                                ))
                    })
            });
        }
        let people = person::find(piece, own);
        own.extend(people);
    }
    settle(per_piece.into_iter().flatten().collect())
        .into_iter()
        .map(|c| Entity {
            kind: c.kind.name(),
            text: source.slice(c.span).to_string(),
            span: c.span,
            role: c.role,
        })
        .collect()
}

/// The spans inside quotation marks in a piece, found in one pass.
fn quoted_spans(p: &Piece) -> Vec<Span> {
    let mut out = Vec::new();
    let mut open = None;
    for (pos, c) in (p.span.start..).zip(p.text(p.span).chars()) {
        match c {
            '“' | '「' | '『' => open = Some(pos + 1),
            '”' | '」' | '』' => {
                if let Some(start) = open.take() {
                    out.push(Span::new(start, pos));
                }
            }
            _ => {}
        }
    }
    out
}

/// Keep the longest of overlapping candidates (ties by type order, then position), and drop
/// anything inside a document title or a programme's quotes. Sorted by start.
fn settle(mut cands: Vec<Candidate>) -> Vec<Candidate> {
    cands.retain(|c| !c.span.is_empty());
    cands.sort_by(precedence);
    let mut kept: Vec<Candidate> = Vec::new();
    // The kept spans, end by start. They never overlap, so the one starting last before a
    // candidate ends also ends last: it is the only one that can reach into the candidate,
    // and a lookup replaces a scan of everything kept (quadratic in a long report).
    let mut taken: BTreeMap<usize, usize> = BTreeMap::new();
    for c in cands {
        let clash = taken
            .range(..c.span.end)
            .next_back()
            .is_some_and(|(_, &end)| c.span.start < end);
        if !clash {
            taken.insert(c.span.start, c.span.end);
            kept.push(c);
        }
    }
    kept.sort_by_key(|c| (c.span.start, c.span.end));
    kept
}

/// The order in which candidates claim their chars in [`settle`]: the longest first, ties
/// by type order, then by position.
fn precedence(a: &Candidate, b: &Candidate) -> std::cmp::Ordering {
    b.span
        .len()
        .cmp(&a.span.len())
        .then(a.kind.cmp(&b.kind))
        .then(a.span.start.cmp(&b.span.start))
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
