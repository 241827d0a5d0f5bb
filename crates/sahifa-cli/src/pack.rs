//! `sahifa pack`: one HTML file that holds the built app (its wasm, script, styles and fonts)
//! and a bundle, and opens from `file://` with no server and no network.
//!
//! The app reads the bundle from the page's `<script type="application/json" id="sahifa-bundle">`
//! as text (`src/browser.rs`), so the bundle is data, never markup: every `<` in it is written as
//! the JSON escape `\u003c`, so that nothing in an article can end the element. The page carries
//! its own Content-Security-Policy, allowing exactly its two inline blocks by their hashes.

use crate::problem::display_path;
use crate::write;
use base64::Engine;
use sahifa_core::parse_bundle;
use sha2::{Digest, Sha256};
use std::path::Path;
use std::process::ExitCode;

/// The files of a built app (`cargo xtask dist`, or `trunk build --release`) that a pack holds.
const WASM: &str = "sahifa-web_bg.wasm";
const GLUE: &str = "sahifa-web.js";
const STYLE: &str = "style.css";
const FONTS_CSS: &str = "fonts/fonts.css";

pub fn run(bundle_path: &Path, output: &Path, app: &Path) -> Result<ExitCode, String> {
    let name = display_path(bundle_path);
    let bytes = std::fs::read(bundle_path).map_err(|e| format!("{name}: cannot be read: {e}"))?;
    let loaded = parse_bundle(&bytes).map_err(|e| {
        format!("{name}: not packed: {e}; `sahifa pack` takes a bundle (a sharded archive's manifest cannot be packed: pack the bundle it was built from)")
    })?;
    let read = |file: &str| {
        std::fs::read(app.join(file)).map_err(|e| {
            format!(
                "the built app has no {} ({e}); build it with `cargo xtask dist` (or `trunk build --release`) and give its folder with --app DIR",
                display_path(&app.join(file))
            )
        })
    };
    let wasm = read(WASM)?;
    let glue = String::from_utf8(read(GLUE)?).map_err(|_| format!("{GLUE} in the app is not UTF-8 text"))?;
    let style = String::from_utf8(read(STYLE)?).map_err(|_| format!("{STYLE} in the app is not UTF-8 text"))?;
    let fonts_css = String::from_utf8(read(FONTS_CSS)?).map_err(|_| format!("{FONTS_CSS} is not UTF-8 text"))?;
    let fonts = with_inline_fonts(&fonts_css, &app.join("fonts"))?;
    if glue.to_ascii_lowercase().contains("</script") {
        return Err(format!(
            "{GLUE} holds \"</script\", which would end its element in the page; this app cannot be packed"
        ));
    }

    let styles = format!("{fonts}\n{style}");
    let script = format!("{glue}\n{}", starter(&wasm));
    let csp = format!(
        "default-src 'none'; script-src '{}' 'wasm-unsafe-eval'; style-src '{}'; font-src data:; img-src data:",
        csp_hash(&script),
        csp_hash(&styles)
    );
    let bundle_text = String::from_utf8(bytes).expect("a bundle that parsed is UTF-8").replace('<', "\\u003c");
    let page = format!(
        "<!doctype html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\" />\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\" />\n<title>{}</title>\n\
         <link rel=\"icon\" href=\"data:,\" />\n<style>{styles}</style>\n</head>\n<body>\n\
         <div id=\"sahifa\">\n<p class=\"boot\" role=\"status\">جارٍ التحميل… Loading…</p>\n\
         <noscript>تحتاج صحيفة إلى تفعيل JavaScript. sahifa needs JavaScript to show the articles.</noscript>\n</div>\n\
         <script type=\"application/json\" id=\"sahifa-bundle\">{bundle_text}</script>\n\
         <script type=\"module\">{script}</script>\n</body>\n</html>\n",
        html_text(&loaded.bundle.title)
    );
    write::atomically(output, page.as_bytes())?;
    eprintln!(
        "wrote {}: {} article(s), {} bytes; it opens from file:// with no network",
        display_path(output),
        loaded.bundle.articles.len(),
        page.len()
    );
    Ok(ExitCode::SUCCESS)
}

/// What starts the app once the glue above it is defined: the wasm from the page itself, since
/// a `file://` page can fetch nothing, then the standalone page, as `static/js/start.js` does.
fn starter(wasm: &[u8]) -> String {
    let encoded = base64::engine::general_purpose::STANDARD.encode(wasm);
    // In a block of its own, so that its names cannot meet the glue's.
    format!(
        "{{\n\
         const bytes = Uint8Array.from(atob(\"{encoded}\"), (c) => c.charCodeAt(0));\n\
         const exports = await __wbg_init({{ module_or_path: bytes }});\n\
         startPage();\n\
         dispatchEvent(new CustomEvent(\"TrunkApplicationStarted\", {{ detail: {{ wasm: exports }} }}));\n\
         }}\n"
    )
}

/// `fonts.css` with each `url(NAME)` of a file in `folder` made a `data:` address.
fn with_inline_fonts(css: &str, folder: &Path) -> Result<String, String> {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(at) = rest.find("url(") {
        out.push_str(&rest[..at + 4]);
        rest = &rest[at + 4..];
        let end = rest.find(')').ok_or("fonts.css has a url( that does not close")?;
        let target = rest[..end].trim().trim_matches(['"', '\'']);
        let font = std::fs::read(folder.join(target)).map_err(|e| {
            format!("the font {} named in fonts.css cannot be read: {e}", display_path(&folder.join(target)))
        })?;
        let kind = if target.ends_with(".woff2") { "font/woff2" } else { "application/octet-stream" };
        out.push_str(&format!("\"data:{kind};base64,{}\"", base64::engine::general_purpose::STANDARD.encode(font)));
        rest = &rest[end..];
    }
    out.push_str(rest);
    Ok(out)
}

/// A CSP hash source for an inline block's exact text.
fn csp_hash(text: &str) -> String {
    format!("sha256-{}", base64::engine::general_purpose::STANDARD.encode(Sha256::digest(text.as_bytes())))
}

/// Text for an HTML element's content.
fn html_text(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}
