//! The officer's desk: signing in, the inbox and one application's case with its decision,
//! with the components only they use.

pub mod audit_table;
pub mod case;
pub mod decision_panel;
pub mod inbox;
pub mod inbox_table;
pub mod needs_sign_in;
pub mod sign_in;
