//! The `sahifa` command (being built on its own branch).
fn main() {}
