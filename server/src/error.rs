//! The server's own error, for everything below the server functions: a database fault (from
//! sqlx, by `?`), a stored row that cannot be read, or an answer meant for the client (not
//! found, refused, …) passed on as it is. It becomes the client's [`ApiError`] in one place,
//! [`From<ServerError> for ApiError`], which logs the faults once and tells the client only
//! "unavailable": no SQL, no stack trace, no row ever reaches a browser.

use app::api::ApiError;
use app::domain::date::Date;

/// What went wrong inside the server.
#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    /// The database failed (unreachable, a constraint, a timeout).
    #[error("the database failed: {0}")]
    Database(#[from] sqlx::Error),
    /// A stored row holds what cannot be read (a bad date, an unknown status).
    #[error("a stored row cannot be read: {0}")]
    Corrupt(String),
    /// An answer for the client, passed on unchanged.
    #[error(transparent)]
    Api(#[from] ApiError),
}

/// A result below the server functions.
pub type ServerResult<T> = Result<T, ServerError>;

impl ServerError {
    /// A stored value that cannot be read, naming what it should have been.
    pub fn corrupt(what: impl Into<String>) -> ServerError {
        ServerError::Corrupt(what.into())
    }
}

/// A date a row stores as ISO text (`2026-12-01`); a corrupt row when it cannot be read. `of`
/// names the row (an application number, a certificate code) for the log.
pub fn stored_date(text: &str, of: &str) -> ServerResult<Date> {
    Date::parse_iso(text)
        .ok_or_else(|| ServerError::corrupt(format!("{of}: a stored date `{text}`")))
}

impl From<ServerError> for ApiError {
    fn from(error: ServerError) -> ApiError {
        match error {
            ServerError::Database(error) => {
                tracing::error!(%error, "the database failed");
                ApiError::Unavailable
            }
            ServerError::Corrupt(what) => {
                tracing::error!(%what, "a stored row cannot be read");
                ApiError::Unavailable
            }
            ServerError::Api(error) => error,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn faults_reach_the_client_only_as_unavailable() {
        let fault = ServerError::from(sqlx::Error::PoolTimedOut);
        assert_eq!(ApiError::from(fault), ApiError::Unavailable);
        let corrupt = ServerError::corrupt("received_on `2026-13-40`");
        assert_eq!(ApiError::from(corrupt), ApiError::Unavailable);
        let unreadable = stored_date("2026-13-40", "MP26-4821-7735-2").unwrap_err();
        assert!(
            unreadable.to_string().contains("MP26-4821-7735-2"),
            "{unreadable}"
        );
        assert_eq!(ApiError::from(unreadable), ApiError::Unavailable);
        assert_eq!(
            stored_date("2026-12-01", "MP26-4821-7735-2").ok(),
            Date::from_ymd(2026, 12, 1)
        );
    }

    #[test]
    fn an_answer_for_the_client_passes_unchanged() {
        let refused = ServerError::from(ApiError::NotFound);
        assert_eq!(ApiError::from(refused), ApiError::NotFound);
    }
}
