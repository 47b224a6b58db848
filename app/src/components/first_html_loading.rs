//! What the server's first HTML shows of a page that needs the reader's session (the wizard's
//! steps, a receipt, a certificate, the officer's desk): the page's heading and a loading line.
//! The server does not read sessions to draw pages; the browser app fills the page in.

use crate::components::page_heading::PageHeading;
use crate::components::status::Loading;
use leptos::prelude::*;

/// Whether this render is the server's first HTML.
pub const ON_SERVER: bool = cfg!(feature = "ssr");

/// The page's heading, and a loading line under it.
#[component]
pub fn FirstHtmlLoading(
    /// The page's heading.
    heading: Signal<&'static str>,
    /// A line above the heading (the service a wizard page is for), if any.
    #[prop(optional, into)]
    above: Option<String>,
) -> impl IntoView {
    view! {
        {above.map(|above| view! { <p class="app-wizard__service">{above}</p> })}
        <PageHeading>{heading}</PageHeading>
        <Loading />
    }
}
