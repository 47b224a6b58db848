//! CM Helpline (181) grievances on the server: the categories file and its sync, and the job that
//! moves grievances up when their level's days run out. The rules are `app::domain::grievance`'s;
//! the SQL is in `db/grievances.rs`, `db/grievance_events.rs` and `db/grievance_categories.rs`.

pub mod categories;
pub mod escalation;
pub mod filing;
