//! Reusable pieces of the interface. One component per file.

pub mod display_toolbar;
pub mod layout;
pub mod page_heading;
pub mod page_title;
pub mod search_form;
pub mod service_badges;
pub mod service_details;
pub mod service_list;
pub mod site_footer;
pub mod site_header;
pub mod status;
