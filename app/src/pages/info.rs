//! The GIGW footer pages: real content in Hindi and English.

pub mod accessibility;
pub mod help;
pub mod privacy;
pub mod screen_reader;
pub mod sitemap;
pub mod terms;
