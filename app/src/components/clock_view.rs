//! Where an application stands against the legal clock, in one sentence: "अंतिम तारीख 05-12-2026 ·
//! 3 कार्य दिवस शेष", "आज अंतिम दिन", late by so many days, or stopped while the citizen is asked
//! for information.

use crate::api::case_types::ClockView;
use crate::domain::clock::ClockStanding;
use crate::i18n::*;
use leptos::prelude::*;

/// Who reads the sentence: a stopped clock waits for "your" reply or for "the citizen's".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Reader {
    /// The applicant.
    #[default]
    Citizen,
    /// An officer.
    Officer,
}

/// The sentence for `clock`, in the current language.
pub fn clock_text(
    i18n: leptos_i18n::I18nContext<Locale>,
    clock: ClockView,
    reader: Reader,
) -> String {
    match clock {
        ClockView::Running {
            due_on,
            standing,
            working_days,
        } => {
            let date = due_on.format_dmy();
            match standing {
                ClockStanding::OnTime { working_days_left } if working_days => t_string!(
                    i18n,
                    track.clock.working_left,
                    date,
                    days = working_days_left
                )
                .to_string(),
                ClockStanding::OnTime { working_days_left } => {
                    t_string!(i18n, track.clock.days_left, date, days = working_days_left)
                        .to_string()
                }
                ClockStanding::DueToday => t_string!(i18n, track.clock.due_today, date).to_string(),
                ClockStanding::Overdue { days } => {
                    t_string!(i18n, track.clock.overdue, date, days).to_string()
                }
            }
        }
        ClockView::Stopped { since } => {
            let date = since.format_dmy();
            match reader {
                Reader::Citizen => t_string!(i18n, track.clock.stopped, date).to_string(),
                Reader::Officer => t_string!(i18n, track.clock.stopped_officer, date).to_string(),
            }
        }
        ClockView::Decided { on, due_on } if on <= due_on => t_string!(
            i18n,
            track.clock.decided_in_time,
            on = on.format_dmy(),
            due = due_on.format_dmy()
        )
        .to_string(),
        ClockView::Decided { on, due_on } => t_string!(
            i18n,
            track.clock.decided_late,
            on = on.format_dmy(),
            due = due_on.format_dmy()
        )
        .to_string(),
        ClockView::Appeal => t_string!(i18n, track.clock.appeal).to_string(),
    }
}

/// The clock's sentence; for a citizen whose clock is stopped, also the rule: it restarts when
/// they answer.
#[component]
pub fn ClockLine(
    /// The clock.
    clock: ClockView,
    /// Who reads it.
    #[prop(optional)]
    reader: Reader,
) -> impl IntoView {
    let i18n = use_i18n();
    let late = matches!(
        clock,
        ClockView::Running {
            standing: ClockStanding::Overdue { .. },
            ..
        }
    );
    let rule = (reader == Reader::Citizen && matches!(clock, ClockView::Stopped { .. }))
        .then(|| view! { <span class="app-clock__rule">{tr!(i18n, track.clock.rule)}</span> });
    view! {
        <span class=if late {
            "app-clock app-clock--late"
        } else {
            "app-clock"
        }>{move || clock_text(i18n, clock, reader)}</span>
        {rule}
    }
}
