//! Finding a service: the list of every service (searched and filtered) and one service's page,
//! with the components only they use.

pub mod apply_start;
pub mod browse_filters;
pub mod highlighted;
pub mod list;
pub mod no_results;
pub mod service;
pub mod service_badges;
pub mod service_details;
pub mod service_guidance;
pub mod service_results;
