//! The short addresses SMS carry, so a message stays within three segments: `/t/{number}` opens
//! the application's tracking page, `/c/{number}` its certificate. Anything that is not an
//! application number is a 404; the number itself is checked by its check digit.

use crate::http::json_error::json_error;
use app::domain::application_number::ApplicationNumber;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

/// `/t/{number}` → `/track?number={number}`.
pub async fn track(Path(number): Path<String>) -> Response {
    match ApplicationNumber::parse(&number) {
        Ok(number) => Redirect::to(&format!("/track?number={}", number.as_str())).into_response(),
        Err(_) => json_error(StatusCode::NOT_FOUND, "not_found"),
    }
}

/// `/c/{number}` → `/certificate/{number}`.
pub async fn certificate(Path(number): Path<String>) -> Response {
    match ApplicationNumber::parse(&number) {
        Ok(number) => Redirect::to(&format!("/certificate/{}", number.as_str())).into_response(),
        Err(_) => json_error(StatusCode::NOT_FOUND, "not_found"),
    }
}
