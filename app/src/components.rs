//! Reusable pieces of the interface. One component per file.

pub mod browse_filters;
pub mod display_toolbar;
pub mod highlighted;
pub mod layout;
pub mod life_event_links;
pub mod no_results;
pub mod page_heading;
pub mod page_title;
pub mod search_form;
pub mod service_badges;
pub mod service_details;
pub mod service_guidance;
pub mod service_results;
pub mod site_footer;
pub mod site_header;
pub mod status;
