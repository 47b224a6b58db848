//! Kiosk mode, for the screens of centre operators (on from an operator's sign-in, kept in
//! this browser): after two minutes without a touch or a key, a warning asks whether anyone is
//! still there; thirty seconds later everything is wiped, as "काम पूरा हुआ" would, so the next
//! citizen at the counter inherits nothing.

use crate::components::finish_control::finish_and_wipe;
use crate::components::lazy_view::{ChunkError, ChunkView, LazyView};
use crate::i18n::*;
use crate::preferences::storage;
use leptos::prelude::*;
use leptos::wasm_split::wasm_split;
use std::time::Duration;

/// Where the browser keeps the kiosk switch.
pub const KIOSK_KEY: &str = "jsp-kiosk";
/// Idle time before the warning.
pub const IDLE_BEFORE_WARNING: Duration = Duration::from_secs(120);
/// Time the warning gives before the wipe.
pub const WARNING_BEFORE_WIPE: Duration = Duration::from_secs(30);

/// Turns kiosk mode on for this browser (an operator signed in).
pub fn enable_kiosk_mode() {
    storage::write(KIOSK_KEY, "on");
}

/// Whether this browser is a kiosk.
pub fn is_kiosk() -> bool {
    storage::read(KIOSK_KEY).as_deref() == Some("on")
}

/// Kiosk mode's watch, in the officer's desk chunk (kiosks are operators' screens, which have it):
/// only a kiosk downloads it. The layout, which every page has, would otherwise carry it and the
/// session call it makes. (A chunk name of its own costs every page more, smaller files.)
#[component]
pub fn KioskMode() -> impl IntoView {
    is_kiosk().then(|| {
        let load = || -> ChunkView { Box::pin(kiosk_view()) };
        view! { <LazyView load inline=true /> }
    })
}

/// The watch, built in the kiosk chunk.
#[wasm_split(officer_desk, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn kiosk_view() -> Result<AnyView, ChunkError> {
    Ok(view! { <KioskWatch /> }.into_any())
}

/// The idle watch and its warning; nothing at all outside kiosk mode.
#[component]
pub fn KioskWatch() -> impl IntoView {
    let i18n = use_i18n();
    let warning = RwSignal::new(false);
    let seconds_left = RwSignal::new(WARNING_BEFORE_WIPE.as_secs());
    let generation = StoredValue::new(0u64);
    // Each touch or key starts the wait again; an old timer that fires finds a newer generation
    // and does nothing.
    let restart = move || {
        let mine = generation.get_value() + 1;
        generation.set_value(mine);
        warning.set(false);
        set_timeout(
            move || {
                if generation.get_value() != mine {
                    return;
                }
                warning.set(true);
                seconds_left.set(WARNING_BEFORE_WIPE.as_secs());
                tick(mine, generation, seconds_left);
            },
            IDLE_BEFORE_WARNING,
        );
    };
    if is_kiosk() {
        restart();
        for event in ["pointerdown", "keydown", "input", "touchstart"] {
            let handle = window_event_listener_untyped(event, move |_| {
                if !warning.get_untracked() {
                    restart();
                }
            });
            on_cleanup(move || handle.remove());
        }
    }
    let stay = move |_| restart();
    let button = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if warning.get()
            && let Some(button) = button.get()
        {
            let _ = button.focus();
        }
    });
    view! {
        <Show when=move || warning.get()>
            <div
                class="app-kiosk-warning"
                role="alertdialog"
                aria-modal="true"
                aria-labelledby="kiosk-title"
                aria-describedby="kiosk-body"
            >
                <h2 class="app-panel__title" id="kiosk-title">
                    {tr!(i18n, common.kiosk.title)}
                </h2>
                <p id="kiosk-body">
                    {move || {
                        t_string!(i18n, common.kiosk.body, seconds = seconds_left.get()).to_string()
                    }}
                </p>
                <button
                    type="button"
                    class="app-button"
                    id="kiosk-stay"
                    node_ref=button
                    on:click=stay
                >
                    {tr!(i18n, common.kiosk.stay)}
                </button>
            </div>
        </Show>
    }
}

/// Counts the warning down a second at a time, and wipes at zero, unless a newer wait began.
fn tick(mine: u64, generation: StoredValue<u64>, seconds_left: RwSignal<u64>) {
    set_timeout(
        move || {
            if generation.get_value() != mine {
                return;
            }
            let left = seconds_left.get_untracked().saturating_sub(1);
            seconds_left.set(left);
            if left == 0 {
                finish_and_wipe();
            } else {
                tick(mine, generation, seconds_left);
            }
        },
        Duration::from_secs(1),
    );
}
