//! After a decision: a link to the next application still to be decided, in the inbox's order
//! (overdue first, then the soonest due), or a word that none is left and the way back to the
//! inbox.

use crate::api::inbox_page::next_to_decide;
use crate::api::officer::officer_inbox;
use crate::i18n::*;
use leptos::prelude::*;

/// The link, once the inbox has answered. Nothing while it loads or if it cannot be read.
#[component]
pub fn NextApplication(
    /// The application just decided.
    after: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let next = LocalResource::new(move || {
        let after = after.clone();
        async move {
            officer_inbox(None, None, None, Some(1))
                .await
                .map(|inbox| next_to_decide(&inbox.items, &after).map(|item| item.number.clone()))
        }
    });
    move || {
        next.get().and_then(Result::ok).map(|next| match next {
            Some(number) => view! {
                <p>
                    <a
                        class="app-link"
                        id="next-application"
                        href=format!("/officer/applications/{number}")
                    >
                        {tr!(i18n, officer.case.next)}
                        " "
                        <span lang="en">{number.clone()}</span>
                    </a>
                </p>
            }
            .into_any(),
            None => view! {
                <p id="next-application-none">
                    {tr!(i18n, officer.case.none_left)} " " <a class="app-link" href="/officer">
                        {tr!(i18n, officer.case.back)}
                    </a>
                </p>
            }
            .into_any(),
        })
    }
}
