//! What an application costs, line by line: the department's fee, the centre's fee when a centre
//! applies, and the total. The check page and the receipt show the same lines from one rule
//! (`domain::guidance::FeeDue`).

use crate::domain::guidance::FeeDue;
use crate::i18n::*;
use leptos::prelude::*;
use leptos_i18n::I18nContext;

/// The lines that state a fee, in the reader's language.
pub fn fee_lines(i18n: I18nContext<Locale>, fee: FeeDue) -> Vec<String> {
    if fee.is_free() {
        return vec![t_string!(i18n, apply.fee.free).to_string()];
    }
    let mut lines = vec![match fee.statutory {
        Some(0) => t_string!(i18n, apply.fee.statutory_none).to_string(),
        Some(rupees) => t_string!(i18n, apply.fee.statutory, rupees = rupees).to_string(),
        None => t_string!(i18n, apply.fee.statutory_unknown).to_string(),
    }];
    if fee.centre > 0 {
        lines.push(t_string!(i18n, apply.fee.centre, rupees = fee.centre).to_string());
        if let Some(total) = fee.total() {
            lines.push(t_string!(i18n, apply.fee.total, rupees = total).to_string());
        }
    }
    lines
}

/// The fee, one paragraph per line.
#[component]
pub fn FeeLines(
    /// What is due.
    fee: FeeDue,
) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        fee_lines(i18n, fee)
            .into_iter()
            .map(|line| view! { <p class="app-fee__line">{line}</p> })
            .collect_view()
    }
}
