//! CM Helpline (181) grievances, as the helpline's rules run them: a complaint goes to the officer
//! responsible at level L1 for its category and place; when a level's working days run out it
//! moves up on its own (L1 to L2, L2 to L3); the step from L3 to L4 is taken by hand, for policy
//! matters only, and L4 may send it back; it is closed only when the citizen says they are
//! satisfied; and every month departments, districts and officer posts are graded on it.
//!
//! Every number here is a setting ([`settings::GrievanceSettings`]) with the public reports'
//! figures as defaults. Nothing here reads a clock or a database: the day is always passed in.

pub mod category;
pub mod closure;
pub mod escalation;
pub mod filing;
pub mod grading;
pub mod kind;
pub mod level;
pub mod machine;
pub mod month;
pub mod number;
pub mod settings;
