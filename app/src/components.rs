//! Reusable pieces of the interface that two or more features share. One component per file.
//! Nothing here uses a page: a component only one feature uses lives in that feature's folder
//! under `pages/`.

pub mod answer_list;
pub mod app_form;
pub mod app_ready;
pub mod chunk_failed;
pub mod clock_view;
pub mod devanagari_suggestion;
pub mod display_toolbar;
pub mod district_name;
pub mod document_viewer;
pub mod error_summary;
pub mod field_error_text;
pub mod file_field;
pub mod finish_control;
pub mod first_html_loading;
pub mod form_field;
pub mod kiosk_watch;
pub mod layout;
pub mod lazy_view;
pub mod life_event_links;
pub mod mobile_verification;
pub mod page_heading;
pub mod page_title;
pub mod place_filter;
pub mod search_form;
pub mod site_footer;
pub mod site_header;
pub mod site_links;
pub mod status;
pub mod status_timeline;
pub mod status_words;
pub mod summary_row;
pub mod text_question;
