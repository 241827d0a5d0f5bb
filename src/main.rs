//! The binary Trunk builds: it only starts the app.

fn main() {
    #[cfg(target_arch = "wasm32")]
    sahifa_web::start();
}
