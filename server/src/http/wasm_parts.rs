//! `/wasm-parts/{bundle}/{parts}`: some of a feature's wasm files, end to end, in one download.
//!
//! The client is split by feature (`scripts/build-client.mjs`), and each feature's files also
//! come as one bundle for the page a reader lands on. The next feature a reader opens shares
//! some files with the one already loaded, and its other files, often dozens of small ones,
//! used to be fetched one by one: on a slow phone that was dozens of requests, and the main
//! thread's work of starting each was long enough to block a tap. Here the loader asks for the
//! parts it lacks by their places in the bundle (`3.4.9`), and gets them in one response,
//! compressed once and kept: every reader who goes from a service page to its wizard asks for
//! the same parts.

use crate::AppState;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;
use std::io::Write;
use std::sync::{Arc, Mutex};

/// How many different sets of parts are kept compressed (each is a few hundred kilobytes at
/// most; readers' paths through the portal repeat, so few sets are ever asked for).
const KEPT: usize = 256;

/// The bundles the build wrote (`client-files.json`: each bundle's part files, in order), and
/// the sets of parts already compressed.
#[derive(Debug, Default)]
pub struct Bundles {
    parts: HashMap<String, Vec<String>>,
    kept: Mutex<HashMap<String, Arc<Vec<u8>>>>,
}

impl Bundles {
    /// The bundles of the client in `dist_dir`; none when it was built without them.
    pub fn load(dist_dir: &std::path::Path) -> Bundles {
        let parts = std::fs::read_to_string(dist_dir.join("client-files.json"))
            .ok()
            .and_then(|text| serde_json::from_str::<serde_json::Value>(&text).ok())
            .and_then(|files| {
                let bundles = files.get("bundle_parts")?.as_object()?.clone();
                Some(
                    bundles
                        .into_iter()
                        .filter_map(|(file, parts)| {
                            let parts = parts
                                .as_array()?
                                .iter()
                                .map(|part| part.as_str().map(str::to_string))
                                .collect::<Option<Vec<_>>>()?;
                            Some((file, parts))
                        })
                        .collect(),
                )
            })
            .unwrap_or_default();
        Bundles {
            parts,
            kept: Mutex::default(),
        }
    }
}

/// The places `list` names (`0.3.4`): in increasing order, each inside a bundle of `count`.
pub fn places(list: &str, count: usize) -> Option<Vec<usize>> {
    let mut places = Vec::new();
    for place in list.split('.') {
        if place.is_empty() || place.len() > 4 || !place.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let place: usize = place.parse().ok()?;
        if place >= count || places.last().is_some_and(|last| *last >= place) {
            return None;
        }
        places.push(place);
    }
    (!places.is_empty()).then_some(places)
}

/// The parts, brotli-compressed (or plain for a client that does not take brotli), or 404.
pub async fn parts(
    State(state): State<AppState>,
    Path((bundle, list)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    let not_found = || StatusCode::NOT_FOUND.into_response();
    let bundles = &state.site.bundles;
    let Some(files) = bundles.parts.get(&bundle) else {
        return not_found();
    };
    let Some(places) = places(&list, files.len()) else {
        return not_found();
    };
    let key = format!("{bundle}/{list}");
    let kept = bundles
        .kept
        .lock()
        .ok()
        .and_then(|kept| kept.get(&key).cloned());
    let compressed = match kept {
        Some(compressed) => compressed,
        None => {
            let mut body = Vec::new();
            for place in &places {
                match tokio::fs::read(state.site.dist_dir.join(&files[*place])).await {
                    Ok(bytes) => body.extend_from_slice(&bytes),
                    Err(error) => {
                        tracing::error!(?error, file = %files[*place], "a wasm part is missing");
                        return not_found();
                    }
                }
            }
            let Ok(Ok(compressed)) = tokio::task::spawn_blocking(move || compress(&body)).await
            else {
                return StatusCode::INTERNAL_SERVER_ERROR.into_response();
            };
            let compressed = Arc::new(compressed);
            if let Ok(mut kept) = bundles.kept.lock() {
                if kept.len() >= KEPT {
                    kept.clear();
                }
                kept.insert(key, compressed.clone());
            }
            compressed
        }
    };
    let takes_brotli = headers
        .get(header::ACCEPT_ENCODING)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| {
            value
                .split(',')
                .any(|coding| coding.trim().starts_with("br"))
        });
    let mut response = if takes_brotli {
        let mut response = compressed.as_ref().clone().into_response();
        response
            .headers_mut()
            .insert(header::CONTENT_ENCODING, HeaderValue::from_static("br"));
        response
    } else {
        match decompress(&compressed) {
            Ok(plain) => plain.into_response(),
            Err(_) => return StatusCode::INTERNAL_SERVER_ERROR.into_response(),
        }
    };
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/wasm"),
    );
    headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=31536000, immutable"),
    );
    response
}

/// Brotli at its best quality: done once per set of parts.
fn compress(body: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut out, 64 * 1024, 11, 22);
        writer.write_all(body)?;
        writer.flush()?;
    }
    Ok(out)
}

fn decompress(body: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::new();
    brotli::BrotliDecompress(&mut &body[..], &mut out)?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::{compress, decompress, places};

    #[test]
    fn places_are_increasing_and_inside_the_bundle() {
        assert_eq!(places("0.3.4", 5), Some(vec![0, 3, 4]));
        assert_eq!(places("7", 8), Some(vec![7]));
        assert_eq!(places("3.3", 5), None);
        assert_eq!(places("4.3", 5), None);
        assert_eq!(places("5", 5), None);
        assert_eq!(places("", 5), None);
        assert_eq!(places("1..2", 5), None);
        assert_eq!(places("-1", 5), None);
        assert_eq!(places("99999", 100_000), None);
    }

    #[test]
    fn compression_round_trips() {
        let body: Vec<u8> = (0..100_000u32).map(|n| (n % 251) as u8).collect();
        let compressed = compress(&body).unwrap();
        assert!(compressed.len() < body.len() / 10);
        assert_eq!(decompress(&compressed).unwrap(), body);
    }
}
