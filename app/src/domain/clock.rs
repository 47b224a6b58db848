//! The statutory clock: when a notified service falls due under the Madhya Pradesh Lok Sewaon Ke
//! Pradan Ki Guarantee Adhiniyam, 2010, when the first appeal closes, and the designated officer's
//! penalty for delay.
//!
//! How days are counted:
//!
//! - Counting starts the day **after** the acknowledged receipt. With a limit in working days,
//!   only working days count (weekly offs and notified holidays are skipped); the due date is the
//!   day the last counted day falls on. A limit of 0 days (Samadhan Ek Din) is due the same day.
//! - With a limit in calendar days, every day counts, but when the last day falls on a day the
//!   office is closed, the due date moves to the next working day: the Act's general clauses treat
//!   a period whose last day falls when the office is closed as ending on the next open day.
//! - While the citizen has been asked for more information the clock stops. A [`Pause`] runs from
//!   the day the information was asked for to the day the citizen answered: the days `d` with
//!   `from < d <= to` do not count, and counting restarts the day after the answer. In effect the
//!   due date moves later by the number of counted days (working or calendar, as the limit is)
//!   that fell inside the pause. A pause asked for only after the clock already ran out does not
//!   move the due date. While a pause is still open (no answer yet) there is no due date.

use crate::domain::catalogue::TimeLimit;
use crate::domain::date::{Date, Weekday};
use crate::domain::language::BilingualText;
use serde::{Deserialize, Serialize};

/// The days an office is closed: weekly offs and notified holidays.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "CalendarWire")]
pub struct HolidayCalendar {
    weekly_offs: Vec<Weekday>,
    /// Sorted by date; a day may appear twice when two festivals share it.
    holidays: Vec<(Date, BilingualText)>,
}

/// The serialised form, rebuilt through [`HolidayCalendar::new`] so the holidays stay sorted.
#[derive(Deserialize)]
struct CalendarWire {
    weekly_offs: Vec<Weekday>,
    holidays: Vec<(Date, BilingualText)>,
}

impl From<CalendarWire> for HolidayCalendar {
    fn from(wire: CalendarWire) -> Self {
        HolidayCalendar::new(wire.weekly_offs, wire.holidays)
    }
}

/// Madhya Pradesh government offices work a five-day week: Saturday and Sunday are off.
pub const DEFAULT_WEEKLY_OFFS: [Weekday; 2] = [Weekday::Saturday, Weekday::Sunday];

impl Default for HolidayCalendar {
    /// Saturday and Sunday off, no holidays.
    fn default() -> Self {
        HolidayCalendar::new(DEFAULT_WEEKLY_OFFS.to_vec(), Vec::new())
    }
}

impl HolidayCalendar {
    /// A calendar with these weekly offs and holidays (in any order). A calendar that lists all
    /// seven days as weekly offs is counted as if it had none, so every count still ends.
    pub fn new(mut weekly_offs: Vec<Weekday>, mut holidays: Vec<(Date, BilingualText)>) -> Self {
        weekly_offs.sort_by_key(|day| day.number_from_monday());
        weekly_offs.dedup();
        if weekly_offs.len() == Weekday::ALL.len() {
            weekly_offs.clear();
        }
        holidays.sort_by_key(|(date, _)| *date);
        HolidayCalendar {
            weekly_offs,
            holidays,
        }
    }

    /// Reads a calendar from tab-separated lines `YYYY-MM-DD<TAB>name_hi<TAB>name_en`. Blank lines,
    /// lines starting with `#` and a header line `date<TAB>name_hi<TAB>name_en` are skipped, except
    /// the directive `# weekly_off: saturday, sunday` (or `none`), which sets the weekly offs;
    /// without it Saturday and Sunday are off.
    pub fn parse_tsv(text: &str) -> Result<HolidayCalendar, String> {
        let mut weekly_offs: Option<Vec<Weekday>> = None;
        let mut holidays = Vec::new();
        for (index, line) in text.lines().enumerate() {
            let number = index + 1;
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() {
                continue;
            }
            if let Some(comment) = line.trim_start().strip_prefix('#') {
                let Some((key, value)) = comment.split_once(':') else {
                    continue;
                };
                if !key.trim().eq_ignore_ascii_case("weekly_off") {
                    continue;
                }
                if weekly_offs.is_some() {
                    return Err(format!("line {number}: a second weekly_off directive"));
                }
                weekly_offs =
                    Some(parse_weekly_offs(value).map_err(|e| format!("line {number}: {e}"))?);
                continue;
            }
            let columns: Vec<&str> = line.split('\t').map(str::trim).collect();
            if columns == ["date", "name_hi", "name_en"] {
                continue;
            }
            let [date, hi, en] = columns[..] else {
                return Err(format!(
                    "line {number}: expected date, Hindi name and English name separated by tabs"
                ));
            };
            let date = Date::parse_iso(date)
                .ok_or_else(|| format!("line {number}: `{date}` is not a YYYY-MM-DD date"))?;
            if hi.is_empty() || en.is_empty() {
                return Err(format!(
                    "line {number}: the holiday needs a Hindi and an English name"
                ));
            }
            holidays.push((date, BilingualText::new(hi, en)));
        }
        let weekly_offs = weekly_offs.unwrap_or_else(|| DEFAULT_WEEKLY_OFFS.to_vec());
        Ok(HolidayCalendar::new(weekly_offs, holidays))
    }

    /// The weekly offs, Monday first.
    pub fn weekly_offs(&self) -> &[Weekday] {
        &self.weekly_offs
    }

    /// The holidays, in date order.
    pub fn holidays(&self) -> &[(Date, BilingualText)] {
        &self.holidays
    }

    /// The holiday's name, when the day is a notified holiday (the first listed, if two share it).
    pub fn holiday(&self, date: Date) -> Option<&BilingualText> {
        let first = self.holidays.partition_point(|(day, _)| *day < date);
        self.holidays
            .get(first)
            .filter(|(day, _)| *day == date)
            .map(|(_, name)| name)
    }

    /// Whether the office is open: not a weekly off and not a holiday.
    pub fn is_working_day(&self, date: Date) -> bool {
        !self.weekly_offs.contains(&date.weekday()) && self.holiday(date).is_none()
    }

    /// The first working day on or after `date`.
    pub fn next_working_day(&self, date: Date) -> Date {
        let mut day = date;
        while !self.is_working_day(day) {
            day = day.add_days(1);
        }
        day
    }
}

fn parse_weekly_offs(value: &str) -> Result<Vec<Weekday>, String> {
    if value.trim().eq_ignore_ascii_case("none") {
        return Ok(Vec::new());
    }
    let days = value
        .split(',')
        .map(|name| Weekday::parse(name).ok_or_else(|| format!("`{}` is not a day", name.trim())))
        .collect::<Result<Vec<_>, _>>()?;
    if Weekday::ALL.iter().all(|day| days.contains(day)) {
        return Err("every day cannot be a weekly off".into());
    }
    Ok(days)
}

/// A time the clock stood still: the citizen was asked for more information on `from` and
/// answered on `to` (still open while `to` is `None`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pause {
    /// The day the information was asked for.
    pub from: Date,
    /// The day the citizen answered, once they have.
    pub to: Option<Date>,
}

/// How a day counts towards a limit.
enum DayCount {
    Counts,
    Skipped,
    OpenPause,
}

fn day_count(day: Date, working_days: bool, cal: &HolidayCalendar, pauses: &[Pause]) -> DayCount {
    for pause in pauses.iter().filter(|pause| pause.from < day) {
        match pause.to {
            None => return DayCount::OpenPause,
            Some(to) if day <= to => return DayCount::Skipped,
            Some(_) => {}
        }
    }
    if working_days && !cal.is_working_day(day) {
        DayCount::Skipped
    } else {
        DayCount::Counts
    }
}

/// The day a service falls due when the application was received on `received` (see the module
/// documentation for the counting rules).
pub fn due_date(received: Date, limit: &TimeLimit, cal: &HolidayCalendar) -> Date {
    due_date_with_pauses(received, limit, cal, &[]).unwrap_or(received)
}

/// The due date once the clock has stood still for the given pauses; `None` while a pause that
/// stops the clock is still open (the citizen has not answered yet).
pub fn due_date_with_pauses(
    received: Date,
    limit: &TimeLimit,
    cal: &HolidayCalendar,
    pauses: &[Pause],
) -> Option<Date> {
    if limit.days == 0 {
        return Some(received);
    }
    let mut day = received;
    let mut counted = 0;
    while counted < limit.days {
        day = day.add_days(1);
        match day_count(day, limit.working_days, cal, pauses) {
            DayCount::Counts => counted += 1,
            DayCount::Skipped => {}
            DayCount::OpenPause => return None,
        }
    }
    if !limit.working_days {
        // The last day fell when the office was closed (or the clock was stopped): the next day
        // the office is open and the clock runs.
        loop {
            match day_count(day, true, cal, pauses) {
                DayCount::Counts => break,
                DayCount::Skipped => day = day.add_days(1),
                DayCount::OpenPause => return None,
            }
        }
    }
    Some(day)
}

/// The due date once a request for information, asked on `pause.from` and answered on `pause.to`,
/// has stopped the clock: `due` moves later by the counted days (working or calendar, as the
/// limit is) that fell inside the pause and on or before `due`. This is the rule of
/// [`due_date_with_pauses`] for one pause, applied to a due date already known (which may have
/// been set by an appeal officer rather than counted from the receipt). With a calendar-day limit
/// whose due date had already moved off a closed day, the extension counts from that moved day.
pub fn extend_for_pause(
    due: Date,
    pause: Pause,
    working_days: bool,
    cal: &HolidayCalendar,
) -> Date {
    let Some(answered) = pause.to else {
        return due;
    };
    let counts = |day: Date| !working_days || cal.is_working_day(day);
    let last = if answered < due { answered } else { due };
    let mut lost = (1..=pause.from.days_until(last))
        .filter(|&offset| counts(pause.from.add_days(offset)))
        .count();
    if lost == 0 {
        return due;
    }
    let mut day = if answered > due { answered } else { due };
    while lost > 0 {
        day = day.add_days(1);
        if counts(day) {
            lost -= 1;
        }
    }
    if !working_days {
        day = cal.next_working_day(day);
    }
    day
}

/// The number of working days `d` with `from < d <= to`; negative (the mirror count) when `to`
/// is before `from`.
pub fn working_days_between(from: Date, to: Date, cal: &HolidayCalendar) -> i64 {
    if to < from {
        return -working_days_between(to, from, cal);
    }
    (1..=from.days_until(to))
        .filter(|&offset| cal.is_working_day(from.add_days(offset)))
        .count() as i64
}

/// Days after the due date (or the rejection) within which a first appeal may be filed.
pub const FIRST_APPEAL_WINDOW_DAYS: i64 = 30;

/// The last day to file a first appeal against a service not delivered by `due`.
pub fn first_appeal_deadline(due: Date) -> Date {
    due.add_days(FIRST_APPEAL_WINDOW_DAYS)
}

/// The penalty on the designated officer for each day of delay.
pub const PENALTY_PER_DAY_RUPEES: u32 = 250;

/// The most the penalty for one application can be.
pub const PENALTY_CAP_RUPEES: u32 = 5000;

/// The penalty for a delay of `days_late` days: ₹250 a day, at most ₹5,000; nothing when on time.
pub fn penalty_rupees(days_late: i64) -> u32 {
    if days_late <= 0 {
        return 0;
    }
    let penalty = days_late.saturating_mul(i64::from(PENALTY_PER_DAY_RUPEES));
    penalty.min(i64::from(PENALTY_CAP_RUPEES)) as u32
}

/// Where an application stands against its due date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClockStanding {
    /// Due later. Days left are working days for a limit in working days, else calendar days.
    OnTime {
        /// Days from today (exclusive) to the due date (inclusive).
        working_days_left: i64,
    },
    /// Due today.
    DueToday,
    /// Past the due date by this many calendar days.
    Overdue {
        /// Calendar days since the due date.
        days: i64,
    },
}

/// Where an application due on `due` stands on `today`.
pub fn standing(
    due: Date,
    today: Date,
    limit_is_working: bool,
    cal: &HolidayCalendar,
) -> ClockStanding {
    if today == due {
        ClockStanding::DueToday
    } else if today > due {
        ClockStanding::Overdue {
            days: due.days_until(today),
        }
    } else if limit_is_working {
        ClockStanding::OnTime {
            working_days_left: working_days_between(today, due, cal),
        }
    } else {
        ClockStanding::OnTime {
            working_days_left: today.days_until(due),
        }
    }
}

#[cfg(test)]
mod tests;
