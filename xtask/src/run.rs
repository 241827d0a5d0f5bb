//! Running other programs: a failure names the command, so the top-level error says what broke.

use crate::paths;
use std::ffi::OsString;
use std::path::Path;
use std::process::Command;

/// Runs `program args…` in `dir`, inheriting the terminal; fails with the command line.
pub fn run(program: &str, args: &[&str], dir: &Path, envs: &[(&str, OsString)]) -> Result<(), String> {
    let line = format!("{program} {}", args.join(" "));
    eprintln!("xtask: $ {line}");
    let status = Command::new(program)
        .args(args)
        .current_dir(dir)
        .envs(envs.iter().map(|(k, v)| (*k, v)))
        .env("PATH", path_with_tools())
        .status()
        .map_err(|e| format!("could not start `{line}`: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{line}` failed ({status})"))
    }
}

/// The first line a program prints for `args`, or None when it is not installed.
pub fn output_line(program: &str, args: &[&str]) -> Option<String> {
    let out = Command::new(program).args(args).env("PATH", path_with_tools()).output().ok()?;
    let text = String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    out.status.success().then(|| text.lines().next().unwrap_or("").trim().to_owned())
}

/// PATH with the project's npm-installed tools (wasm-opt) first, so Trunk finds them.
pub fn path_with_tools() -> OsString {
    let mut dirs = vec![paths::tools_dir().join("node_modules").join(".bin")];
    dirs.extend(std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()));
    std::env::join_paths(dirs).unwrap_or_default()
}

/// Runs Trunk in the repository root with the tools on PATH.
pub fn trunk(args: &[&str]) -> Result<(), String> {
    run("trunk", args, &paths::root(), &[])
}
