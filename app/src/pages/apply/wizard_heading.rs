//! A wizard page's heading: "चरण 2 / 5" and the page's title in one `<h1>` (which takes focus
//! after each step change, so a screen reader reads both), the same words in a polite live
//! region, and the document title, prefixed "त्रुटि:" while the page shows errors.

use crate::apply_state::use_wizard;
use crate::components::page_heading::PageHeading;
use crate::components::page_title::use_form_page_title;
use crate::i18n::*;
use leptos::prelude::*;

/// How many pages the wizard has: the mobile, the form's pages and the check page.
pub fn step_count() -> usize {
    use_wizard().form.with_value(|f| f.definition.steps.len()) + 2
}

/// The heading of page `number` (from 1).
#[component]
pub fn WizardHeading(
    /// This page's position, from 1.
    number: usize,
    /// The page's title in the current language.
    #[prop(into)]
    title: Signal<String>,
    /// Whether the page shows errors.
    #[prop(into)]
    has_errors: Signal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let wizard = use_wizard();
    let total = step_count();
    let language = crate::preferences::use_language();
    let progress =
        move || t_string!(i18n, apply.step_of, number = number, total = total).to_string();
    use_form_page_title(
        move || {
            let service = wizard
                .service
                .with_value(|s| s.name.get(language.get()).to_string());
            format!("{} – {}", title.get(), service)
        },
        move || has_errors.get(),
    );
    let announcement = RwSignal::new(String::new());
    // Filled after the page is drawn, so assistive technology notices the change. By then the
    // heading may already be gone (verifying the mobile redraws the first page, then moves to the
    // next): a heading that is gone announces nothing, rather than touching what was disposed.
    // (Not on the server, which has no frames: its first HTML announces nothing.)
    if !crate::components::first_html_loading::ON_SERVER {
        request_animation_frame(move || {
            if let Some(title) = title.try_get_untracked() {
                let _ = announcement.try_set(format!("{}: {title}", progress()));
            }
        });
    }
    view! {
        <p class="app-wizard__service">
            {move || wizard.service.with_value(|s| s.name.get(language.get()).to_string())}
        </p>
        <PageHeading>
            <span class="app-wizard__progress">{progress}</span>
            <span class="app-visually-hidden">": "</span>
            {move || title.get()}
        </PageHeading>
        <p class="app-visually-hidden" aria-live="polite">
            {move || announcement.get()}
        </p>
    }
}
