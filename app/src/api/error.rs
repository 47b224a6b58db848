//! The one error type every server function returns.

use crate::api::apply_types::FieldProblem;
use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

/// What can go wrong in a server function, as the client may learn it. Details stay in the
/// server's log; the client gets only the kind, which the page turns into a message in the
/// reader's language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum ApiError {
    /// The request was not well formed.
    #[error("the request was not valid")]
    Invalid,
    /// The server could not answer now (the database is unreachable, say).
    #[error("the service is unavailable")]
    Unavailable,
    /// The request did not reach the server, or its answer could not be read.
    #[error("the request failed")]
    Transport,
    /// Some answers were refused; each names its question and the reason.
    #[error("some answers were refused")]
    Fields(Vec<FieldProblem>),
    /// Too many codes were asked for: try again after this many seconds.
    #[error("too many requests")]
    Wait {
        /// Seconds to wait.
        seconds: i64,
    },
    /// The mobile number is not verified in this session (or the session ended).
    #[error("the mobile number is not verified")]
    NotVerified,
    /// The code was wrong; this many tries are left.
    #[error("the code was wrong")]
    CodeWrong {
        /// Tries left before a new code is needed.
        attempts_left: u32,
    },
    /// No valid code: it expired, was used, or none was sent.
    #[error("the code expired")]
    CodeExpired,
    /// Too many wrong tries: a new code is needed.
    #[error("too many wrong codes")]
    CodeLocked,
    /// Nothing by that id belongs to the caller.
    #[error("not found")]
    NotFound,
    /// No officer is signed in to this session (or the session ended).
    #[error("not signed in")]
    NotSignedIn,
    /// The login name or the password was wrong (which one is not said).
    #[error("wrong login or password")]
    WrongPassword,
    /// The application is not in a state where this can be done.
    #[error("not possible now: {0}")]
    Refused(crate::domain::status::TransitionError),
}

impl FromServerFnError for ApiError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Args(_)
            | ServerFnErrorErr::MissingArg(_)
            | ServerFnErrorErr::Deserialization(_) => ApiError::Invalid,
            ServerFnErrorErr::ServerError(_) | ServerFnErrorErr::MiddlewareError(_) => {
                ApiError::Unavailable
            }
            _ => ApiError::Transport,
        }
    }
}

impl ApiError {
    /// One field's problem, shown next to that field.
    pub fn field(field: &str, error: crate::domain::validate::FieldError) -> ApiError {
        ApiError::Fields(vec![FieldProblem {
            field: field.to_string(),
            error,
        }])
    }

    /// The HTTP status this kind of error goes out with: refusals are 4xx (the caller can do
    /// something about them), and only faults are 5xx. The one mapping, used at the server's edge.
    pub fn http_status(&self) -> u16 {
        match self {
            ApiError::Invalid => 400,
            ApiError::NotVerified | ApiError::NotSignedIn | ApiError::WrongPassword => 401,
            ApiError::CodeWrong { .. } => 401,
            ApiError::NotFound => 404,
            ApiError::Refused(crate::domain::status::TransitionError::NotYours) => 403,
            ApiError::Refused(_) => 409,
            ApiError::Fields(_) | ApiError::CodeExpired => 422,
            ApiError::Wait { .. } | ApiError::CodeLocked => 429,
            ApiError::Unavailable => 503,
            ApiError::Transport => 500,
        }
    }

    /// Whether this is a fault of the portal (logged as an error) rather than a refusal of the
    /// request (logged for information only).
    pub fn is_fault(&self) -> bool {
        self.http_status() >= 500
    }
}

#[cfg(test)]
mod tests {
    use super::ApiError;
    use crate::domain::status::TransitionError;

    #[test]
    fn refusals_are_client_errors_and_only_faults_are_server_errors() {
        let refusals = [
            (ApiError::Invalid, 400),
            (ApiError::WrongPassword, 401),
            (ApiError::NotSignedIn, 401),
            (ApiError::NotVerified, 401),
            (ApiError::CodeWrong { attempts_left: 2 }, 401),
            (ApiError::NotFound, 404),
            (ApiError::Refused(TransitionError::WrongStatus), 409),
            (ApiError::Refused(TransitionError::NotYours), 403),
            (ApiError::Fields(Vec::new()), 422),
            (ApiError::CodeExpired, 422),
            (ApiError::Wait { seconds: 30 }, 429),
            (ApiError::CodeLocked, 429),
        ];
        for (error, status) in refusals {
            assert_eq!(error.http_status(), status, "{error:?}");
            assert!(!error.is_fault(), "{error:?}");
        }
        assert_eq!(ApiError::Unavailable.http_status(), 503);
        assert!(ApiError::Unavailable.is_fault());
    }
}
