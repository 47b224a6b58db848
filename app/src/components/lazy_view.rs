//! A part of the app that lives in its own wasm chunk, fetched the first time it is shown.
//!
//! Each feature (`pages/services`, `pages/apply`, `pages/track`, …) marks the functions that
//! build its views `#[wasm_split(feature, …, fallible)]`; functions with the same name share one
//! chunk. A chunk that fails to download (a dropped connection on a slow phone) never stops the
//! app: the reader sees [`ChunkFailed`] and can try again, and the next attempt fetches afresh.

#[cfg(target_family = "wasm")]
use crate::components::chunk_failed::ChunkFailed;
use crate::components::status::Loading;
use leptos::prelude::*;
use std::future::Future;
use std::pin::Pin;

/// A feature's chunk could not be downloaded or started.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChunkError;

impl From<leptos::wasm_split::SplitLoaderError> for ChunkError {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        ChunkError
    }
}

/// What a split function returns once its chunk is in: the view it built there.
pub type ChunkView = Pin<Box<dyn Future<Output = Result<AnyView, ChunkError>>>>;

/// Where the chunk stands.
#[cfg(target_family = "wasm")]
#[derive(Clone, Copy, PartialEq, Eq)]
enum Stage {
    Loading,
    Failed,
    Ready,
}

/// Shows the view that `load` builds in its chunk: a loading line until the chunk is in, and
/// [`ChunkFailed`] with a retry if it could not be fetched. `inline` is for a part of a page (the
/// message then has no heading of its own).
#[component]
pub fn LazyView<F>(
    /// Calls one split function (`|| Box::pin(feature::some_view())`).
    load: F,
    /// A part of a page, not a whole page.
    #[prop(optional)]
    inline: bool,
) -> impl IntoView
where
    F: Fn() -> ChunkView + 'static,
{
    // The server renders a page's first HTML with no chunks to fetch: the split function is
    // called directly there, and its future is ready at once.
    #[cfg(not(target_family = "wasm"))]
    {
        let _ = inline;
        let mut view = load();
        let mut context = std::task::Context::from_waker(std::task::Waker::noop());
        match view.as_mut().poll(&mut context) {
            std::task::Poll::Ready(Ok(view)) => view,
            _ => view! { <Loading /> }.into_any(),
        }
    }
    // One copy of the loading code for every page, not one per route.
    #[cfg(target_family = "wasm")]
    lazy_in_browser(std::rc::Rc::new(load), inline)
}

/// The browser's side of [`LazyView`]: fetch, show, or offer to try again.
#[cfg(target_family = "wasm")]
fn lazy_in_browser(load: std::rc::Rc<dyn Fn() -> ChunkView>, inline: bool) -> AnyView {
    let load = StoredValue::new_local(load);
    let stage = RwSignal::new(Stage::Loading);
    let built = StoredValue::new_local(None::<AnyView>);
    // This component's owner, not the retry button's (which is gone once loading starts again).
    let owner = Owner::current().unwrap_or_default();
    let attempt = move || {
        // The view is built inside the chunk when the future resumes; ScopedFuture makes this
        // component's owner current then, so the page finds the router, language and catalogue.
        let mut view = Box::pin(owner.with(|| ScopedFuture::new(load.with_value(|load| load()))));
        // A chunk already in (the next wizard page, a page seen before) is drawn at once,
        // without a frame of the loading line.
        let mut context = std::task::Context::from_waker(std::task::Waker::noop());
        let done = move |result: Result<AnyView, ChunkError>| match result {
            Ok(view) => {
                built.set_value(Some(view));
                stage.set(Stage::Ready);
            }
            Err(ChunkError) => stage.set(Stage::Failed),
        };
        match view.as_mut().poll(&mut context) {
            std::task::Poll::Ready(result) => done(result),
            std::task::Poll::Pending => {
                stage.set(Stage::Loading);
                leptos::task::spawn_local(async move { done(view.await) });
            }
        }
    };
    attempt();
    let retry = Callback::new(move |_| attempt());
    (move || match stage.get() {
        Stage::Loading => view! { <Loading /> }.into_any(),
        Stage::Failed => view! { <ChunkFailed retry inline /> }.into_any(),
        Stage::Ready => built
            .try_update_value(Option::take)
            .flatten()
            .unwrap_or_else(|| ().into_any()),
    })
    .into_any()
}
