//! The SQLite and CSV sinks on the corpus: row counts equal the JSONL, a re-run replaces
//! rather than duplicates, and a killed run leaves a consistent database.

mod common;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use rusqlite::{Connection, OpenFlags};
use serde_json::Value;

fn run(args: &[&str]) {
    let out = common::gongwen(args);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn read_jsonl(path: &Path) -> Vec<Value> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn len(v: &Value, list: &str) -> i64 {
    v[list].as_array().unwrap().len() as i64
}

/// Rows per report in `table`, by doc_id. The table names are this file's literals.
fn rows_by_report(conn: &Connection, table: &str) -> BTreeMap<String, i64> {
    let mut stmt = conn
        .prepare(&format!(
            "SELECT doc_id, count(*) FROM {table} GROUP BY doc_id"
        ))
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

fn scalar(conn: &Connection, sql: &str) -> String {
    conn.query_row(sql, [], |r| r.get::<_, String>(0)).unwrap()
}

/// The database holds exactly the rows of `records`: one report per doc_id (the last record
/// of a doc_id wins, as when identical bytes sit under two paths), and per report as many
/// sections, facts, links, dates, entities, boilerplate lines and warnings as its record.
fn assert_db_matches(conn: &Connection, records: &[Value]) {
    let mut last: BTreeMap<String, &Value> = BTreeMap::new();
    for r in records {
        last.insert(r["doc_id"].as_str().unwrap().to_string(), r);
    }
    let reports = rows_by_report(conn, "reports");
    assert_eq!(
        reports.keys().collect::<Vec<_>>(),
        last.keys().collect::<Vec<_>>()
    );
    for (table, list) in [
        ("sections", "sections"),
        ("facts", "facts"),
        ("dates", "dates"),
        ("entities", "entities"),
        ("boilerplate", "boilerplate"),
        ("warnings", "warnings"),
    ] {
        let rows = rows_by_report(conn, table);
        for (doc, r) in &last {
            assert_eq!(
                rows.get(doc).copied().unwrap_or(0),
                len(r, list),
                "{table} of {}",
                r["source"]["path"]
            );
        }
    }
    let links = rows_by_report(conn, "fact_links");
    for (doc, r) in &last {
        let expected: i64 = r["facts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| len(f, "links"))
            .sum();
        assert_eq!(links.get(doc).copied().unwrap_or(0), expected);
    }
    assert_eq!(scalar(conn, "PRAGMA integrity_check"), "ok");
    let broken: i64 = conn
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(broken, 0, "foreign keys hold");
}

#[test]
fn sqlite_and_csv_rows_equal_the_jsonl() {
    let dir = tempfile::tempdir().unwrap();
    let (db, csv, jsonl) = (
        dir.path().join("r.db"),
        dir.path().join("tables"),
        dir.path().join("r.jsonl"),
    );
    run(&[
        "extract",
        "corpus/",
        "-q",
        "-o",
        jsonl.to_str().unwrap(),
        "--sqlite",
        db.to_str().unwrap(),
        "--csv",
        csv.to_str().unwrap(),
    ]);
    let records = read_jsonl(&jsonl);
    assert_eq!(records.len(), common::corpus_files().len());
    let conn = Connection::open(&db).unwrap();
    assert_db_matches(&conn, &records);

    // Field by field: every fact row carries its record's exact value, unit, label and role.
    let mut stmt = conn
        .prepare(
            "SELECT value_text, unit, label, role, kind, span_start FROM facts \
             WHERE doc_id = ?1 AND id = ?2",
        )
        .unwrap();
    for r in &records {
        for f in r["facts"].as_array().unwrap() {
            let row: (String, Option<String>, Option<String>, String, String, i64) = stmt
                .query_row([&r["doc_id"].as_str(), &f["id"].as_str()], |x| {
                    Ok((
                        x.get(0)?,
                        x.get(1)?,
                        x.get(2)?,
                        x.get(3)?,
                        x.get(4)?,
                        x.get(5)?,
                    ))
                })
                .unwrap();
            assert_eq!(row.0, f["value_text"].as_str().unwrap());
            assert_eq!(row.1.as_deref(), f["unit"].as_str());
            assert_eq!(row.2.as_deref(), f["label"].as_str());
            assert_eq!(row.3, f["role"].as_str().unwrap());
            assert_eq!(row.4, f["kind"].as_str().unwrap());
            assert_eq!(row.5, f["span"]["start"].as_i64().unwrap());
        }
    }
    let version: i64 = conn
        .query_row("SELECT version FROM schema_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, gongwen::sink::sqlite::DB_SCHEMA_VERSION);

    // CSV: one row per record, per section and per fact of the JSONL (the CSV mirrors the
    // JSONL, duplicates included), readable as UTF-8 after the byte-order mark.
    let total = |list: &str| records.iter().map(|r| len(r, list)).sum::<i64>();
    for (file, expected) in [
        ("reports.csv", records.len() as i64),
        ("sections.csv", total("sections")),
        ("facts.csv", total("facts")),
    ] {
        let bytes = std::fs::read(csv.join(file)).unwrap();
        assert!(bytes.starts_with("\u{feff}".as_bytes()), "{file} has a BOM");
        let mut reader = csv::Reader::from_reader(&bytes[3..]);
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(rows.len() as i64, expected, "{file}");
    }
    let facts = std::fs::read(csv.join("facts.csv")).unwrap();
    let mut reader = csv::Reader::from_reader(&facts[3..]);
    let header = reader.headers().unwrap().clone();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let mut i = 0;
    for r in &records {
        for f in r["facts"].as_array().unwrap() {
            let row = &rows[i];
            i += 1;
            assert_eq!(&row[col("fact")], f["id"].as_str().unwrap());
            assert_eq!(&row[col("value")], f["value_text"].as_str().unwrap());
            assert_eq!(&row[col("unit")], f["unit"].as_str().unwrap_or(""));
            assert_eq!(&row[col("approx")], f["approx"].as_str().unwrap());
            assert_eq!(
                &row[col("report_title")],
                r["metadata"]["title"].as_str().unwrap_or("")
            );
        }
    }
}

#[test]
fn a_rerun_replaces_and_never_duplicates() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.db");
    let jsonl = dir.path().join("r.jsonl");
    let db_arg = db.to_str().unwrap();
    // A part of the corpus first, then all of it twice: the reports of the first run are
    // replaced by the same rows, not added again.
    run(&[
        "extract",
        "corpus/provincial",
        "-q",
        "--sqlite",
        db_arg,
        "-o",
        jsonl.to_str().unwrap(),
    ]);
    for _ in 0..2 {
        run(&[
            "extract",
            "corpus/",
            "-q",
            "--sqlite",
            db_arg,
            "-o",
            jsonl.to_str().unwrap(),
        ]);
    }
    let conn = Connection::open(&db).unwrap();
    assert_db_matches(&conn, &read_jsonl(&jsonl));
    let versions: i64 = conn
        .query_row("SELECT count(*) FROM schema_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(versions, 1);
}

/// A directory of many distinct reports: the corpus's UTF-8 reports, each copied `copies`
/// times with a different number of trailing newlines, so every copy has its own doc_id.
fn many_reports(dir: &Path, copies: usize) -> usize {
    let mut n = 0;
    for file in common::corpus_files() {
        let bytes = std::fs::read(common::root().join(&file)).unwrap();
        if std::str::from_utf8(&bytes).is_err() {
            continue;
        }
        for c in 0..copies {
            let mut copy = bytes.clone();
            copy.extend(std::iter::repeat_n(b'\n', c + 1));
            std::fs::write(dir.join(format!("{c:03}-{n:03}.txt")), copy).unwrap();
            n += 1;
        }
    }
    n
}

#[test]
fn a_killed_run_leaves_a_consistent_database() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    let total = many_reports(&input, 25);
    let db = dir.path().join("r.db");
    let mut child = Command::new(env!("CARGO_BIN_EXE_gongwen"))
        .args(["extract", "-q", "--sqlite"])
        .arg(&db)
        .arg(&input)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();

    // Wait until some reports are committed, then kill the process without warning.
    let deadline = Instant::now() + Duration::from_secs(300);
    loop {
        assert!(Instant::now() < deadline, "no report was committed in time");
        assert!(
            child.try_wait().unwrap().is_none(),
            "the run ended before it could be killed; give it more input"
        );
        let committed = Connection::open_with_flags(&db, OpenFlags::SQLITE_OPEN_READ_ONLY)
            .and_then(|c| c.query_row("SELECT count(*) FROM reports", [], |r| r.get::<_, i64>(0)))
            .unwrap_or(0);
        if committed >= 3 {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap();
    let status = child.wait().unwrap();
    assert!(!status.success(), "killed, not finished");

    let conn = Connection::open(&db).unwrap();
    assert_eq!(scalar(&conn, "PRAGMA integrity_check"), "ok");
    // Every report present is complete: it has the rows the pipeline makes of its file.
    let present: Vec<(String, String)> = conn
        .prepare("SELECT doc_id, path FROM reports ORDER BY path")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert!(
        present.len() >= 3 && present.len() < total,
        "{} of {total} reports present",
        present.len()
    );
    let records: Vec<Value> = present
        .iter()
        .map(|(doc_id, path)| {
            let bytes = std::fs::read(path).unwrap();
            let r = gongwen::extract(path, &bytes, &gongwen::Options::default()).unwrap();
            assert_eq!(&r.doc_id, doc_id);
            gongwen::to_validated_json(&r).unwrap()
        })
        .collect();
    assert_db_matches(&conn, &records);
}

#[test]
fn an_unusable_sink_is_named_before_anything_runs() {
    let o = common::gongwen(&["extract", "corpus/seed", "--sqlite", "/no/such/dir/r.db"]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("/no/such/dir/r.db: database: "), "{err}");
    assert!(o.stdout.is_empty());

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a-file");
    std::fs::write(&file, "x").unwrap();
    let o = common::gongwen(&["extract", "corpus/seed", "--csv", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains(&format!("{}: cannot write output", file.display())),
        "{err}"
    );
}
