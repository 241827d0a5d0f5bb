//! The binary Trunk builds: the functions JavaScript calls, and the allocator. `static/js/start.js` calls
//! `startPage` on the standalone page; `static/js/sahifa.js` calls `mountViewer` for each
//! `<sahifa-viewer>` and `destroy` when one leaves the page. They live here, in the binary,
//! because the linker keeps a binary's exports and may drop a library's.

/// talc rather than dlmalloc: smaller in the module, no slower (see Cargo.toml).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
mod exports {
    use sahifa_web::embed;
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen(js_name = startPage)]
    pub fn start_page() {
        embed::start_page();
    }

    /// A mounted viewer, as JavaScript holds it.
    #[wasm_bindgen]
    pub struct Viewer(embed::Viewer);

    #[wasm_bindgen]
    impl Viewer {
        /// Unmounts the viewer and frees what it held.
        pub fn destroy(&mut self) {
            self.0.destroy();
        }
    }

    #[wasm_bindgen(js_name = mountViewer)]
    pub fn mount_viewer(root: web_sys::Element, options: &js_sys::Object) -> Viewer {
        Viewer(embed::mount_viewer(root, options))
    }
}

fn main() {}
