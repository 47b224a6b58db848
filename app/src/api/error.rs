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
