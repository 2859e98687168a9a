//! The SQLite sink: one row per report, section, fact, link, date, entity, boilerplate line and
//! warning, in an embedded database (rusqlite with SQLite compiled in, so nothing needs
//! installing).
//!
//! Each report is written in its own transaction that first deletes the report's old rows (by
//! `doc_id`, cascading through foreign keys), so re-running the same input replaces rather
//! than duplicates, and a run killed at any moment leaves every report either complete or
//! absent. The database runs in WAL mode during the batch (commits then need no fsync of the
//! main file, and a kill is recovered on the next open) and is switched back to a plain
//! rollback journal when the batch finishes, so a finished database is one self-contained file.
//! Every value goes in as a bound parameter; no SQL is built from text.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, Transaction, params};

use super::{Sink, code};
use crate::error::{Error, ErrorKind};
use crate::record::Record;
use crate::span::Span;

/// Version of the table layout below; bumped on any incompatible change. Stored in the
/// `schema_version` table, and a database of another version is refused rather than mixed.
pub const DB_SCHEMA_VERSION: i64 = 3;

/// The tables and indexes. Child rows reference their report with `ON DELETE CASCADE`, so
/// deleting a report removes everything extracted from it.
const SCHEMA: &str = "
CREATE TABLE schema_version (
    version INTEGER NOT NULL
);
CREATE TABLE reports (
    doc_id TEXT PRIMARY KEY,
    record_schema_version TEXT NOT NULL,
    path TEXT NOT NULL,
    bytes INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    encoding TEXT NOT NULL,
    encoding_source TEXT NOT NULL,
    lossy INTEGER NOT NULL,
    replacements INTEGER NOT NULL,
    chars INTEGER NOT NULL,
    title TEXT,
    title_start INTEGER,
    title_end INTEGER,
    doc_type TEXT,
    issuer TEXT,
    speaker TEXT,
    speaker_role TEXT,
    date TEXT,
    date_source TEXT,
    meeting TEXT,
    report_year INTEGER,
    region TEXT,
    outlet TEXT,
    published TEXT,
    line_count INTEGER NOT NULL,
    boilerplate_line_count INTEGER NOT NULL,
    paragraph_count INTEGER NOT NULL,
    sentence_count INTEGER NOT NULL,
    section_count INTEGER NOT NULL,
    fact_count INTEGER NOT NULL,
    date_count INTEGER NOT NULL
);
CREATE TABLE sections (
    doc_id TEXT NOT NULL REFERENCES reports(doc_id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    parent TEXT,
    level INTEGER NOT NULL,
    marker_kind TEXT NOT NULL,
    marker TEXT NOT NULL,
    ordinal INTEGER NOT NULL,
    title TEXT NOT NULL,
    title_start INTEGER NOT NULL,
    title_end INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    PRIMARY KEY (doc_id, id),
    FOREIGN KEY (doc_id, parent) REFERENCES sections(doc_id, id) ON DELETE CASCADE
);
CREATE TABLE facts (
    doc_id TEXT NOT NULL REFERENCES reports(doc_id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    text TEXT NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    value REAL NOT NULL,
    value_text TEXT NOT NULL,
    high REAL,
    high_text TEXT,
    unit TEXT,
    unit_text TEXT,
    kind TEXT NOT NULL,
    approx TEXT NOT NULL,
    label TEXT,
    label_source TEXT,
    label_confidence REAL,
    clause_start INTEGER NOT NULL,
    clause_end INTEGER NOT NULL,
    clause_text TEXT NOT NULL,
    role TEXT NOT NULL,
    direction TEXT,
    base TEXT,
    period TEXT,
    period_text TEXT,
    section TEXT,
    sentence_start INTEGER,
    sentence_end INTEGER,
    PRIMARY KEY (doc_id, id),
    FOREIGN KEY (doc_id, section) REFERENCES sections(doc_id, id) ON DELETE CASCADE
);
CREATE TABLE fact_links (
    doc_id TEXT NOT NULL,
    fact TEXT NOT NULL,
    rel TEXT NOT NULL,
    target TEXT NOT NULL,
    PRIMARY KEY (doc_id, fact, rel, target),
    FOREIGN KEY (doc_id, fact) REFERENCES facts(doc_id, id) ON DELETE CASCADE,
    FOREIGN KEY (doc_id, target) REFERENCES facts(doc_id, id) ON DELETE CASCADE
);
CREATE TABLE dates (
    doc_id TEXT NOT NULL REFERENCES reports(doc_id) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    text TEXT NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    value TEXT NOT NULL,
    inferred INTEGER NOT NULL,
    PRIMARY KEY (doc_id, n)
);
CREATE TABLE entities (
    doc_id TEXT NOT NULL REFERENCES reports(doc_id) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    type TEXT NOT NULL,
    text TEXT NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    role TEXT,
    PRIMARY KEY (doc_id, n)
);
CREATE TABLE boilerplate (
    doc_id TEXT NOT NULL REFERENCES reports(doc_id) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    reason TEXT NOT NULL,
    PRIMARY KEY (doc_id, n)
);
CREATE TABLE warnings (
    doc_id TEXT NOT NULL REFERENCES reports(doc_id) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    code TEXT NOT NULL,
    message TEXT NOT NULL,
    span_start INTEGER,
    span_end INTEGER,
    PRIMARY KEY (doc_id, n)
);
CREATE INDEX facts_label ON facts(label);
CREATE INDEX facts_unit ON facts(unit);
CREATE INDEX facts_kind ON facts(kind);
CREATE INDEX facts_role ON facts(role);
CREATE INDEX fact_links_target ON fact_links(doc_id, target);
CREATE INDEX facts_section ON facts(doc_id, section);
CREATE INDEX sections_parent ON sections(doc_id, parent);
CREATE INDEX entities_type ON entities(type);
CREATE INDEX reports_year ON reports(report_year);
";

/// Writes records into an SQLite database file.
pub struct SqliteSink {
    conn: Connection,
    path: PathBuf,
}

impl SqliteSink {
    /// Open (or create) the database at `path` and make sure it has this version's tables. A
    /// database that is not gongwen's, or of another layout version, is refused untouched.
    pub fn open(path: &Path) -> Result<Self, Error> {
        let fail = |e: rusqlite::Error| db_error(path, e.to_string());
        let mut conn = Connection::open(path).map_err(fail)?;
        conn.pragma_update(None, "foreign_keys", true)
            .map_err(fail)?;
        // A reader (sqlite3, DuckDB) may hold the file for a moment; wait rather than fail.
        conn.busy_timeout(std::time::Duration::from_secs(10))
            .map_err(fail)?;
        prepare_schema(&mut conn).map_err(|reason| db_error(path, reason))?;
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(fail)?;
        conn.pragma_update(None, "synchronous", "NORMAL")
            .map_err(fail)?;
        Ok(SqliteSink {
            conn,
            path: path.to_path_buf(),
        })
    }
}

fn db_error(path: &Path, reason: String) -> Error {
    Error::at(path, ErrorKind::Database { reason })
}

/// Create the tables in an empty database, accept a database of this layout version, refuse
/// anything else.
fn prepare_schema(conn: &mut Connection) -> Result<(), String> {
    let tx = conn.transaction().map_err(|e| e.to_string())?;
    let tables: i64 = tx
        .query_row(
            "SELECT count(*) FROM sqlite_schema WHERE type = 'table'",
            [],
            |r| r.get(0),
        )
        .map_err(|e| e.to_string())?;
    let has_version: bool = tx
        .query_row(
            "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'schema_version'",
            [],
            |r| r.get::<_, i64>(0),
        )
        .map_err(|e| e.to_string())?
        > 0;
    if tables == 0 {
        tx.execute_batch(SCHEMA).map_err(|e| e.to_string())?;
        tx.execute(
            "INSERT INTO schema_version (version) VALUES (?1)",
            [DB_SCHEMA_VERSION],
        )
        .map_err(|e| e.to_string())?;
    } else if !has_version {
        return Err("has tables but no schema_version table: not a gongwen database".into());
    } else {
        let version: Option<i64> = tx
            .query_row("SELECT max(version) FROM schema_version", [], |r| r.get(0))
            .map_err(|e| e.to_string())?;
        if version != Some(DB_SCHEMA_VERSION) {
            return Err(format!(
                "layout version {} but this gongwen writes version {DB_SCHEMA_VERSION}; use a new file",
                version.map_or("none".to_string(), |v| v.to_string())
            ));
        }
    }
    tx.commit().map_err(|e| e.to_string())
}

impl Sink for SqliteSink {
    fn write(&mut self, record: &Record) -> Result<(), Error> {
        let tx = self
            .conn
            .transaction()
            .map_err(|e| db_error(&self.path, e.to_string()))?;
        let written = insert_record(&tx, record).and_then(|()| tx.commit());
        written.map_err(|e| {
            db_error(
                &self.path,
                format!(
                    "cannot store {} ({}): {e}",
                    record.doc_id, record.source.path
                ),
            )
        })
    }

    fn finish(self: Box<Self>) -> Result<(), Error> {
        let fail = |e: rusqlite::Error| db_error(&self.path, e.to_string());
        // Checkpoint the WAL into the main file and leave a single self-contained file.
        self.conn
            .pragma_update(None, "journal_mode", "DELETE")
            .map_err(fail)?;
        self.conn.execute_batch("PRAGMA optimize").map_err(fail)?;
        self.conn.close().map_err(|(_, e)| fail(e))
    }
}

/// `(start, end)` of an optional span, for two nullable columns.
fn ends(span: Option<Span>) -> (Option<usize>, Option<usize>) {
    (span.map(|s| s.start), span.map(|s| s.end))
}

/// Replace the report's rows with the record's. Runs inside the caller's transaction.
fn insert_record(tx: &Transaction, r: &Record) -> rusqlite::Result<()> {
    tx.execute("DELETE FROM reports WHERE doc_id = ?1", [&r.doc_id])?;
    let m = &r.metadata;
    let (title_start, title_end) = ends(m.title_span);
    tx.prepare_cached(
        "INSERT INTO reports VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14,
         ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31)",
    )?
    .execute(params![
        r.doc_id,
        r.schema_version,
        r.source.path,
        r.source.bytes,
        r.source.sha256,
        r.source.encoding,
        code(&r.source.encoding_source),
        r.source.lossy,
        r.source.replacements,
        r.source.chars,
        m.title,
        title_start,
        title_end,
        m.doc_type,
        m.issuer,
        m.speaker,
        m.speaker_role,
        m.date,
        m.date_source.as_ref().map(code),
        m.meeting,
        m.report_year,
        m.region,
        m.outlet,
        m.published,
        r.stats.lines,
        r.stats.boilerplate_lines,
        r.stats.paragraphs,
        r.stats.sentences,
        r.stats.sections,
        r.stats.facts,
        r.stats.dates,
    ])?;

    let mut section = tx.prepare_cached(
        "INSERT INTO sections VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    )?;
    for s in &r.sections {
        section.execute(params![
            r.doc_id,
            s.id,
            s.parent,
            s.level,
            code(&s.marker_kind),
            s.marker,
            s.ordinal,
            s.title,
            s.title_span.start,
            s.title_span.end,
            s.span.start,
            s.span.end,
        ])?;
    }

    let mut fact = tx.prepare_cached(
        "INSERT INTO facts VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14,
         ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27)",
    )?;
    for f in &r.facts {
        let (sentence_start, sentence_end) = ends(f.sentence);
        fact.execute(params![
            r.doc_id,
            f.id,
            f.text,
            f.span.start,
            f.span.end,
            f.value,
            f.value_text,
            f.high,
            f.high_text,
            f.unit,
            f.unit_text,
            code(&f.kind),
            code(&f.approx),
            f.label,
            f.label_source.as_ref().map(code),
            f.label_confidence,
            f.clause.start,
            f.clause.end,
            f.clause_text,
            code(&f.role),
            f.direction.as_ref().map(code),
            f.base,
            f.period,
            f.period_text,
            f.section,
            sentence_start,
            sentence_end,
        ])?;
    }
    // Links after every fact, since a link may point forward.
    let mut link = tx.prepare_cached("INSERT INTO fact_links VALUES (?1, ?2, ?3, ?4)")?;
    for f in &r.facts {
        for l in &f.links {
            link.execute(params![r.doc_id, f.id, code(&l.rel), l.fact])?;
        }
    }

    let mut date = tx.prepare_cached("INSERT INTO dates VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")?;
    for (n, d) in r.dates.iter().enumerate() {
        date.execute(params![
            r.doc_id,
            n + 1,
            d.text,
            d.span.start,
            d.span.end,
            d.value,
            d.inferred,
        ])?;
    }
    let mut entity =
        tx.prepare_cached("INSERT INTO entities VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")?;
    for (n, e) in r.entities.iter().enumerate() {
        entity.execute(params![
            r.doc_id,
            n + 1,
            e.kind,
            e.text,
            e.span.start,
            e.span.end,
            e.role,
        ])?;
    }
    let mut chrome = tx.prepare_cached("INSERT INTO boilerplate VALUES (?1, ?2, ?3, ?4, ?5)")?;
    for (n, c) in r.boilerplate.iter().enumerate() {
        chrome.execute(params![
            r.doc_id,
            n + 1,
            c.span.start,
            c.span.end,
            code(&c.reason),
        ])?;
    }
    let mut warning = tx.prepare_cached("INSERT INTO warnings VALUES (?1, ?2, ?3, ?4, ?5, ?6)")?;
    for (n, w) in r.warnings.iter().enumerate() {
        let (start, end) = ends(w.span);
        warning.execute(params![r.doc_id, n + 1, w.code, w.message, start, end])?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::{Options, extract};

    fn count(conn: &Connection, table: &str) -> i64 {
        // Table names come from this test's own literals.
        conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
            .unwrap()
    }

    #[test]
    fn rewriting_a_report_replaces_its_rows() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("t.db");
        let text = "一、总则\n（一）党建\n成立党支部18个，比上年增长5%。\n";
        let r = extract("t.txt", text.as_bytes(), &Options::default()).unwrap();
        for _ in 0..2 {
            let mut sink = Box::new(SqliteSink::open(&db).unwrap());
            sink.write(&r).unwrap();
            sink.write(&r).unwrap();
            sink.finish().unwrap();
        }
        let conn = Connection::open(&db).unwrap();
        assert_eq!(count(&conn, "reports"), 1);
        assert_eq!(count(&conn, "sections"), 2);
        assert_eq!(count(&conn, "facts"), r.facts.len() as i64);
        assert_eq!(
            count(&conn, "fact_links"),
            r.facts.iter().map(|f| f.links.len()).sum::<usize>() as i64
        );
        let mode: String = conn
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "delete");
    }

    #[test]
    fn a_foreign_database_is_refused_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("other.db");
        Connection::open(&db)
            .unwrap()
            .execute_batch("CREATE TABLE t (x)")
            .unwrap();
        let e = SqliteSink::open(&db).err().unwrap().to_string();
        assert!(e.contains("not a gongwen database"), "{e}");
        let conn = Connection::open(&db).unwrap();
        assert_eq!(count(&conn, "sqlite_schema"), 1);
    }

    #[test]
    fn another_layout_version_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("t.db");
        Box::new(SqliteSink::open(&db).unwrap()).finish().unwrap();
        Connection::open(&db)
            .unwrap()
            .execute(
                "UPDATE schema_version SET version = ?1",
                [DB_SCHEMA_VERSION + 1],
            )
            .unwrap();
        let e = SqliteSink::open(&db).err().unwrap().to_string();
        let other = format!("layout version {}", DB_SCHEMA_VERSION + 1);
        assert!(e.contains(&other), "{e}");
    }
}
