//! `sahifa validate`: every finding in a bundle at once, and whether its articles still hash to
//! what was recorded, for people or for tools.

use crate::problem::display_path;
use sahifa_core::integrity::{article_hashes, compare, recorded};
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
    let integrity = integrity_summary(&loaded.bundle);
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
                "integrity": integrity,
            }))
            .expect("JSON values always serialize")
        );
    } else {
        for diagnostic in &loaded.diagnostics {
            println!("{name}: {diagnostic}");
        }
        println!("{name}: {} valid article(s), {errors} error(s), {warnings} warning(s)", loaded.bundle.articles.len());
        println!("{name}: integrity: {}", integrity["summary"].as_str().unwrap_or_default());
    }
    Ok(if errors == 0 { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}

/// What the integrity record says, unchecked against any key: whether each article still hashes
/// to what was recorded. Only `sahifa verify`, given the centre's key, can say it is signed.
fn integrity_summary(bundle: &sahifa_core::Bundle) -> serde_json::Value {
    let integrity = match recorded(bundle) {
        Ok(Some(integrity)) => integrity,
        Ok(None) => {
            return json!({ "recorded": false, "summary": "none recorded; `sahifa build` records each article's hash" })
        }
        Err(why) => return json!({ "recorded": false, "summary": why }),
    };
    let hashes = article_hashes(bundle);
    let c = compare(&integrity.articles, hashes.iter().map(|(id, hash)| (id.as_str(), hash.as_str())));
    let signed =
        if integrity.signature.is_some() { "signed (check the key with `sahifa verify`)" } else { "not signed" };
    let mut summary = format!("{} article(s) as recorded, {signed}", c.same.len());
    for (word, ids) in
        [("changed since recorded", &c.changed), ("not recorded", &c.unlisted), ("recorded but missing", &c.missing)]
    {
        if !ids.is_empty() {
            summary.push_str(&format!("; {word}: {}", ids.join(", ")));
        }
    }
    json!({ "recorded": true, "signed": integrity.signature.is_some(), "changed": c.changed, "unrecorded": c.unlisted, "missing": c.missing, "summary": summary })
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
