//! QR codes: `/qr/track/{number}.svg` on an acknowledgement opens the tracking page for that
//! application; `/qr/verify/{code}.svg` on a certificate opens its public check. The number or code
//! is checked before anything is drawn, so the routes draw nothing else.

use crate::AppState;
use crate::http::json_error::json_error;
use app::domain::application_number::ApplicationNumber;
use app::domain::certificate::{format_code, normalise_code};
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use qrcode::QrCode;
use qrcode::render::svg;

/// The tracking address for an application.
pub fn tracking_url(public_url: &str, number: &ApplicationNumber) -> String {
    format!("{public_url}/track?number={}", number.as_str())
}

/// The QR code as SVG markup.
pub fn tracking_svg(public_url: &str, number: &ApplicationNumber) -> Option<String> {
    svg_for(&tracking_url(public_url, number))
}

/// The address a certificate's QR code opens (`code` in its plain form).
pub fn verify_url(public_url: &str, code: &str) -> String {
    format!("{public_url}/verify/{}", format_code(code))
}

fn svg_for(url: &str) -> Option<String> {
    let code = QrCode::new(url.as_bytes()).ok()?;
    Some(
        code.render::<svg::Color>()
            .min_dimensions(160, 160)
            .quiet_zone(true)
            .build(),
    )
}

/// Serves the QR code of a well-formed application number.
pub async fn track_qr(State(state): State<AppState>, Path(file): Path<String>) -> Response {
    let Some(number) = file
        .strip_suffix(".svg")
        .and_then(|n| ApplicationNumber::parse(n).ok())
    else {
        return json_error(StatusCode::NOT_FOUND, "not_found");
    };
    svg_response(tracking_svg(&state.public_url, &number))
}

/// Serves the QR code of a well-formed certificate code (whether or not a certificate has it:
/// the code is printed, so drawing it again tells nothing).
pub async fn verify_qr(State(state): State<AppState>, Path(file): Path<String>) -> Response {
    let Some(code) = file.strip_suffix(".svg").and_then(normalise_code) else {
        return json_error(StatusCode::NOT_FOUND, "not_found");
    };
    svg_response(svg_for(&verify_url(&state.public_url, &code)))
}

fn svg_response(svg: Option<String>) -> Response {
    match svg {
        Some(svg) => {
            let mut response = svg.into_response();
            let headers = response.headers_mut();
            headers.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("image/svg+xml"),
            );
            headers.insert(
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=86400"),
            );
            response
        }
        None => json_error(StatusCode::INTERNAL_SERVER_ERROR, "internal"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_code_points_at_tracking_for_that_number() {
        let number = ApplicationNumber::generate(2026, 48_217_735);
        assert_eq!(
            tracking_url("https://portal.example", &number),
            format!("https://portal.example/track?number={}", number.as_str())
        );
        let svg = tracking_svg("https://portal.example", &number).unwrap();
        assert!(svg.starts_with("<?xml") || svg.starts_with("<svg"));
        assert!(!svg.contains("style="), "the CSP forbids inline styles");
    }
}
