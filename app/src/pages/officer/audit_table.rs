//! An application's audit log as a table: when (Indian time), who, what, and the status change.
//! It scrolls sideways inside its own focusable region on a narrow screen.

use crate::api::case_types::AuditEntry;
use crate::components::status_words::status_text;
use crate::domain::date::Date;
use crate::i18n::*;
use leptos::prelude::*;

/// Seconds India is ahead of UTC.
const IST_OFFSET_SECS: i64 = 5 * 3600 + 30 * 60;

/// Unix seconds as Indian date and time: `05-12-2026 14:03`.
pub fn indian_date_time(at: i64) -> String {
    let seconds_of_day = (at + IST_OFFSET_SECS).rem_euclid(86_400);
    format!(
        "{} {:02}:{:02}",
        Date::in_india(at).format_dmy(),
        seconds_of_day / 3600,
        seconds_of_day % 3600 / 60
    )
}

/// The words for a logged action, in the reader's language (never the stored English name).
fn action_text(i18n: leptos_i18n::I18nContext<Locale>, action: &str) -> &'static str {
    match action {
        "approve" => t_string!(i18n, officer.audit.approve),
        "reject" => t_string!(i18n, officer.audit.reject),
        "ask_info" => t_string!(i18n, officer.audit.ask_info),
        "answer_info" => t_string!(i18n, officer.audit.answer_info),
        "appeal" => t_string!(i18n, officer.audit.appeal),
        "order_delivery" => t_string!(i18n, officer.audit.order_delivery),
        "dismiss_appeal" => t_string!(i18n, officer.audit.dismiss_appeal),
        "submit" => t_string!(i18n, officer.audit.submit),
        "view" => t_string!(i18n, officer.audit.view),
        "open_document" => t_string!(i18n, officer.audit.open_document),
        "revoke_certificate" => t_string!(i18n, officer.audit.revoke_certificate),
        _ => t_string!(i18n, officer.audit.other),
    }
}

/// The audit log.
#[component]
pub fn AuditTable(
    /// The entries, oldest first.
    entries: Vec<AuditEntry>,
) -> impl IntoView {
    let i18n = use_i18n();
    let rows = entries
        .into_iter()
        .map(|entry| {
            let AuditEntry {
                at,
                actor,
                action,
                from_status,
                to_status,
            } = entry;
            let citizen = actor == "citizen";
            let change = move || match (from_status, to_status) {
                (Some(from), Some(to)) => {
                    format!("{} → {}", status_text(i18n, from), status_text(i18n, to))
                }
                (None, Some(to)) => format!("→ {}", status_text(i18n, to)),
                (Some(from), None) => status_text(i18n, from).to_string(),
                (None, None) => String::new(),
            };
            let what = move || action_text(i18n, &action);
            view! {
                <tr>
                    <td>{indian_date_time(at)}</td>
                    <td lang=(!citizen)
                        .then_some(
                            "en",
                        )>
                        {move || {
                            if citizen {
                                t_string!(i18n, officer.audit.citizen).to_string()
                            } else {
                                actor.clone()
                            }
                        }}
                    </td>
                    <td>{what}</td>
                    <td>{change}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="app-table-wrap" role="region" tabindex="0" aria-labelledby="audit-caption">
            <table class="app-table">
                <caption id="audit-caption">{tr!(i18n, officer.audit.caption)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr!(i18n, officer.audit.col_when)}</th>
                        <th scope="col">{tr!(i18n, officer.audit.col_actor)}</th>
                        <th scope="col">{tr!(i18n, officer.audit.col_action)}</th>
                        <th scope="col">{tr!(i18n, officer.audit.col_change)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::indian_date_time;

    #[test]
    fn utc_seconds_read_as_indian_date_and_time() {
        // 2026-12-04 20:00 UTC is 5 December 2026, 01:30 in India.
        assert_eq!(indian_date_time(1_796_414_400), "05-12-2026 01:30");
    }
}
