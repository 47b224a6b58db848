//! Every page's first HTML: `index.html` with the page's own title and content, rendered by the
//! app's components on the server (`app::first_html`). A page the server cannot render (or whose
//! rendering fails) still gets the static shell, which the app replaces as before.

use crate::AppState;
use app::api::store::{CatalogueStore, Drafts};
use app::first_html::FirstData;
use app::i18n::Locale;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use std::panic::{AssertUnwindSafe, catch_unwind};

/// Serves a page address: 200 for the app's pages, 404 (with the not-found page) for the rest.
pub async fn page(State(state): State<AppState>, request: Request<Body>) -> Response {
    let path = request.uri().path().to_string();
    let url = request
        .uri()
        .path_and_query()
        .map(|pq| pq.as_str().to_string())
        .unwrap_or_else(|| "/".to_string());
    let status = if app::routes::is_page(&path) {
        StatusCode::OK
    } else {
        StatusCode::NOT_FOUND
    };
    let locale = chosen_locale(request.headers());
    // The components' reactive system may spawn tasks (the language's effect does): on tokio.
    // Set once; later calls find it set and change nothing.
    let _ = any_spawner::Executor::init_tokio();
    let data = first_data(&state, &path).await;
    let rendered = catch_unwind(AssertUnwindSafe(|| {
        app::first_html::render(&url, locale, data)
    }));
    let body = match rendered {
        Ok(page) => state.site.page_html(&page),
        Err(_) => {
            tracing::error!(%path, "the page's first HTML could not be rendered; sent the shell");
            state.site.index_html.clone()
        }
    };
    (
        status,
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CACHE_CONTROL, "no-cache"),
            (header::VARY, "Cookie"),
        ],
        body,
    )
        .into_response()
}

/// The language the reader chose (the app keeps it in a cookie as well as in the browser's
/// storage, so the server can answer in it); Hindi otherwise.
fn chosen_locale(headers: &HeaderMap) -> Locale {
    let english = headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .any(|pair| pair.trim() == format!("{}=en", app::preferences::LANGUAGE_KEY));
    if english { Locale::en } else { Locale::hi }
}

/// What the page shows that lives in the database: the catalogue for the list of services, the
/// service for a service page and its application's first page. A failed read leaves it out, and
/// the page then says it is loading, as the browser would.
async fn first_data(state: &AppState, path: &str) -> FirstData {
    let mut data = FirstData::default();
    let path = path.trim_end_matches('/');
    if path == "/services" {
        data.catalogue = state.db.catalogue_index().await.ok();
    } else if let Some(rest) = path.strip_prefix("/services/") {
        let mut parts = rest.split('/');
        let id = parts.next().unwrap_or_default();
        if app::domain::catalogue::is_service_id(id) {
            data.service = state.db.service(id).await.ok().flatten();
            // The application's first page (the mobile number) is drawn whole, with its form.
            let step = (parts.next(), parts.next(), parts.next());
            if matches!(step, (Some("apply"), None | Some("mobile"), None)) {
                data.form = state.apply.form(id).await.ok().flatten();
            }
        }
    }
    data
}
