//! Validate: every record is checked against `schemas/report.schema.json` before it is written.
//!
//! The schema is compiled into the binary (no file or network access at run time, and the
//! jsonschema crate is built without its remote-reference features) and compiled once per
//! process, then shared by every worker.

use std::sync::LazyLock;

use serde_json::Value;

/// The schema text, as shipped in `schemas/`.
pub const SCHEMA_JSON: &str = include_str!("../schemas/report.schema.json");

static VALIDATOR: LazyLock<jsonschema::Validator> = LazyLock::new(|| {
    let schema: Value = serde_json::from_str(SCHEMA_JSON).expect("shipped schema is valid JSON");
    jsonschema::draft202012::new(&schema).expect("shipped schema compiles")
});

/// One way a record breaks the schema.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    /// JSON pointer into the record (`/facts/3/unit`).
    pub instance_path: String,
    /// JSON pointer into the schema (`/properties/facts/items/...`).
    pub schema_path: String,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for Violation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let at = if self.instance_path.is_empty() {
            "/"
        } else {
            &self.instance_path
        };
        write!(f, "at {at}: {} (schema {})", self.message, self.schema_path)
    }
}

/// Compile the schema now rather than at the first record (see [`crate::cli`]'s start-up
/// warming).
pub fn prepare() {
    LazyLock::force(&VALIDATOR);
}

/// Check one record. An empty list means it is valid.
pub fn validate(record: &Value) -> Vec<Violation> {
    // The yes/no check is several times cheaper than collecting errors with their paths;
    // errors are collected only for the rare record that fails.
    if VALIDATOR.is_valid(record) {
        return Vec::new();
    }
    VALIDATOR
        .iter_errors(record)
        .map(|e| Violation {
            instance_path: e.instance_path().to_string(),
            schema_path: e.schema_path().to_string(),
            message: e.to_string(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schema_compiles_and_rejects_garbage() {
        let v = validate(&serde_json::json!({"schema_version": "0.0.1"}));
        assert!(!v.is_empty());
        assert!(v.iter().any(|x| x.schema_path.contains("required")));
    }
}
