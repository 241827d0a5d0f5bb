//! A panic ends in a visible error view in every mounted viewer, not a frozen page. The view is
//! built from text nodes (never HTML), since the message may quote article text.

use crate::i18n::strings_for;
use std::cell::RefCell;
use web_sys::Element;

thread_local! {
    /// The roots of the viewers on the page: a panic stops the one wasm instance they share.
    static ROOTS: RefCell<Vec<Element>> = const { RefCell::new(Vec::new()) };
}

/// Registers a viewer's root, and installs the hook the first time.
pub fn install(root: &Element) {
    let first = ROOTS.with(|roots| {
        let mut roots = roots.borrow_mut();
        roots.push(root.clone());
        roots.len() == 1
    });
    if first {
        yew::set_custom_panic_hook(Box::new(|info| {
            web_sys::console::error_1(&info.to_string().into());
            let roots = ROOTS.with(|roots| roots.borrow().clone());
            for root in roots {
                show(&root, &info.to_string());
            }
        }));
    }
}

/// Unregisters a viewer's root when it unmounts.
pub fn forget(root: &Element) {
    ROOTS.with(|roots| roots.borrow_mut().retain(|r| r != root));
}

/// Replaces what is in `root` with the error view for `message`.
pub fn show(root: &Element, message: &str) {
    let document = gloo::utils::document();
    let lang = document.document_element().and_then(|e| e.get_attribute("lang")).unwrap_or_default();
    let strings = strings_for(&lang);
    root.set_text_content(None);
    let build = || -> Result<(), wasm_bindgen::JsValue> {
        let section = document.create_element("section")?;
        section.set_class_name("error-view panic-view");
        section.set_attribute("role", "alert")?;
        for (tag, text) in [("h1", strings.app_crashed), ("p", strings.reload), ("pre", message)] {
            let element = document.create_element(tag)?;
            element.set_text_content(Some(text));
            if tag == "pre" {
                element.set_attribute("dir", "ltr")?;
            }
            section.append_child(&element)?;
        }
        root.append_child(&section)?;
        Ok(())
    };
    let _ = build();
}
