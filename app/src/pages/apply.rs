//! Applying: the wizard's steps, the check page, the receipt and resuming a draft on another
//! device, with the components only they use.

pub mod check_answers;
pub mod mobile_step;
pub mod question_step;
pub mod receipt;
pub mod resume;
pub mod wizard;
pub mod wizard_heading;
