//! Whether the live app has a page to show yet, and whether it is on screen.

use leptos::prelude::*;

/// Set by the browser entry point (`main.rs`), which draws the live app out of sight while the
/// server's copy of the page stays on screen, and swaps them when `page_shown` turns true.
#[derive(Clone, Copy)]
pub struct AppReady {
    /// A page has drawn its heading (or said why it cannot).
    pub page_shown: RwSignal<bool>,
    /// The live app is on screen (the server's copy is gone).
    pub live: RwSignal<bool>,
}

impl AppReady {
    /// Neither yet.
    pub fn new() -> AppReady {
        AppReady {
            page_shown: RwSignal::new(false),
            live: RwSignal::new(false),
        }
    }
}

impl Default for AppReady {
    fn default() -> Self {
        AppReady::new()
    }
}

/// Notes that the page is drawn. Outside the browser entry point (tests, the server) it does
/// nothing.
pub fn note_page_shown() {
    if let Some(ready) = use_context::<AppReady>() {
        ready.page_shown.set(true);
    }
}

/// Whether the live app is on screen: true where there is no entry point waiting (the server).
pub fn is_live() -> bool {
    use_context::<AppReady>().is_none_or(|ready| ready.live.get())
}
