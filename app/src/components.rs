//! Reusable pieces of the interface. One component per file.

pub mod apply_start;
pub mod browse_filters;
pub mod check_answers;
pub mod display_toolbar;
pub mod error_summary;
pub mod field_error_text;
pub mod file_field;
pub mod form_field;
pub mod highlighted;
pub mod layout;
pub mod life_event_links;
pub mod mobile_step;
pub mod mobile_verification;
pub mod no_results;
pub mod page_heading;
pub mod page_title;
pub mod question_step;
pub mod search_form;
pub mod service_badges;
pub mod service_details;
pub mod service_guidance;
pub mod service_results;
pub mod site_footer;
pub mod site_header;
pub mod status;
pub mod wizard_heading;
