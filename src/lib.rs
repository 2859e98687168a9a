//! gongwen (公文): Chinese government reports in, schema-checked JSON records out.
//!
//! # Brief overview
//!
//! A report goes through one module per stage:
//!
//! ```text
//! ingest → decode → normalize → chrome → structure → metadata → facts → record → validate → emit
//!          (html: charset → DOM → main content → text + tables)     (tables → cell facts)
//! ```
//!
//! [`pipeline::extract`] runs every stage on one document's bytes and returns a
//! [`record::Record`]; [`pipeline::to_validated_json`] serializes it and checks it against the
//! shipped JSON Schema. Every span in a record is a char range into the decoded source text, or
//! for an HTML page into the text extracted from it (which the record carries as `text`).
//!
//! ```
//! use gongwen::pipeline::{Options, extract, to_validated_json};
//!
//! let text = "一、总体情况\n（一）疫情防控\n成立临时党支部18个，总面积10463平米。\n";
//! let record = extract("example.txt", text.as_bytes(), &Options::default()).unwrap();
//! assert_eq!(record.sections[1].title, "疫情防控");
//! let fact = &record.facts[0];
//! assert_eq!((fact.text.as_str(), fact.value_text.as_str()), ("18个", "18"));
//! assert_eq!(record.facts[1].unit.as_deref(), Some("平方米"));
//! assert!(to_validated_json(&record).is_ok());
//! ```

pub mod batch;
pub mod chrome;
pub mod cli;
pub mod decode;
pub mod diff;
pub mod entities;
pub mod error;
pub mod facts;
pub mod html;
pub mod ingest;
pub mod lexicon;
pub mod meaning;
pub mod metadata;
pub mod normalize;
pub mod pipeline;
pub mod progress;
pub mod record;
pub mod review;
pub mod segment;
pub mod sink;
pub mod span;
pub mod structure;
pub mod table;
pub mod validate;

pub use error::{Error, ErrorKind};
pub use pipeline::{Options, extract, to_validated_json};
pub use record::Record;
