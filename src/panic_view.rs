//! A panic ends in a visible error view, not a frozen page. The view is built from text nodes
//! (never HTML), since the message may quote article text.

use crate::i18n::strings_for;
/// Installs the hook; call before the app renders.
pub fn install(root_id: &'static str) {
    yew::set_custom_panic_hook(Box::new(move |info| {
        web_sys::console::error_1(&info.to_string().into());
        show(root_id, &info.to_string());
    }));
}

/// Replaces what is in `root_id` with the error view for `message`.
pub fn show(root_id: &str, message: &str) {
    let document = gloo::utils::document();
    let lang = document.document_element().and_then(|e| e.get_attribute("lang")).unwrap_or_default();
    let strings = strings_for(&lang);
    let Some(root) = document.get_element_by_id(root_id) else { return };
    root.set_text_content(None);
    let build = || -> Result<(), wasm_bindgen::JsValue> {
        let section = document.create_element("section")?;
        section.set_class_name("error-view panic-view");
        section.set_attribute("role", "alert")?;
        for (tag, text) in
            [("h1", strings.app_crashed.to_owned()), ("p", strings.reload.to_owned()), ("pre", message.to_owned())]
        {
            let element = document.create_element(tag)?;
            element.set_text_content(Some(&text));
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
