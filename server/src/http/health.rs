//! `/healthz`: whether the server and its database answer.

use crate::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

/// 200 with the engine's name when the database answers, 503 when it does not.
pub async fn healthz(State(state): State<AppState>) -> Response {
    let engine = state.db.engine().name();
    if state.db.ping().await {
        Json(serde_json::json!({ "status": "ok", "database": engine })).into_response()
    } else {
        (
            StatusCode::SERVICE_UNAVAILABLE,
            Json(serde_json::json!({ "status": "unavailable", "database": engine })),
        )
            .into_response()
    }
}
