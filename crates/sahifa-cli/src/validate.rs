//! `sahifa validate`: every finding in a bundle at once, for people or for tools.

use crate::problem::display_path;
use sahifa_core::{parse_bundle, Diagnostic, Severity, Subject};
use serde_json::json;
use std::path::Path;
use std::process::ExitCode;

pub fn run(path: &Path, as_json: bool) -> Result<ExitCode, String> {
    let name = display_path(path);
    let bytes = std::fs::read(path).map_err(|e| format!("{name}: cannot be read: {e}"))?;
    let loaded = match parse_bundle(&bytes) {
        Ok(loaded) => loaded,
        Err(fatal) => {
            if as_json {
                println!("{}", json!({ "file": name, "valid": false, "fatal": fatal.to_string(), "diagnostics": [] }));
            } else {
                eprintln!("{name}: error: {fatal}");
            }
            return Ok(ExitCode::FAILURE);
        }
    };
    let errors = loaded.skipped().count();
    let warnings = loaded.diagnostics.len() - errors;
    if as_json {
        let diagnostics: Vec<_> = loaded.diagnostics.iter().map(diagnostic_json).collect();
        println!(
            "{}",
            serde_json::to_string_pretty(&json!({
                "file": name,
                "valid": errors == 0,
                "articles": loaded.bundle.articles.len(),
                "errors": errors,
                "warnings": warnings,
                "diagnostics": diagnostics,
            }))
            .expect("JSON values always serialize")
        );
    } else {
        for diagnostic in &loaded.diagnostics {
            println!("{name}: {diagnostic}");
        }
        println!("{name}: {} valid article(s), {errors} error(s), {warnings} warning(s)", loaded.bundle.articles.len());
    }
    Ok(if errors == 0 { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}

fn diagnostic_json(d: &Diagnostic) -> serde_json::Value {
    let severity = match d.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    let (index, id) = match &d.subject {
        Subject::Bundle => (None, None),
        Subject::Article { index, id } => (Some(index), id.as_deref()),
    };
    json!({ "severity": severity, "article_index": index, "article_id": id, "message": d.message })
}
