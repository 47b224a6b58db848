//! Small labels that set a service apart: same-day, centre only.

use crate::domain::catalogue::Channel;
use crate::i18n::*;
use leptos::prelude::*;

/// "Samadhan Ek Din" and "at a centre only" labels, where they apply.
#[component]
pub fn ServiceBadges(
    /// Offered the same day at centres.
    samadhan_ek_din: bool,
    /// Online or centre only.
    channel: Channel,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <span class="app-badges">
            {samadhan_ek_din
                .then(|| {
                    view! {
                        <span class="app-badge app-badge--samadhan">
                            {tr!(i18n, catalogue.badge.samadhan)}
                        </span>
                    }
                })}
            {(channel == Channel::Centre)
                .then(|| {
                    view! {
                        <span class="app-badge app-badge--centre">
                            {tr!(i18n, catalogue.badge.centre_only)}
                        </span>
                    }
                })}
        </span>
    }
}
