//! Serving connections: HTTP/1.1 (TLS and HTTP/2 end at the proxy in front), with a bound on
//! how long a client may take to send its headers, and a drain on shutdown. `axum::serve` has
//! neither: a connection that sent half its headers stayed open for minutes, and the process
//! ended mid-request on SIGTERM.

use axum::Router;
use axum::body::Body;
use axum::extract::ConnectInfo;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use std::future::Future;
use std::time::Duration;
use tokio::net::TcpListener;
use tower::ServiceExt;

/// How long a client may take, and how long shutdown waits.
#[derive(Clone, Copy, Debug)]
pub struct ServeLimits {
    /// From a connection's first byte (or its last answer) to the end of a request's headers.
    pub header_read: Duration,
    /// After the signal to stop, how long requests in flight may take to finish.
    pub drain: Duration,
}

/// Serves `app` on `listener` until `stop` completes, then stops accepting and lets requests in
/// flight finish, for at most `limits.drain`. Each request carries its peer's address as
/// `ConnectInfo<std::net::SocketAddr>`.
pub async fn serve(
    listener: TcpListener,
    app: Router,
    limits: ServeLimits,
    stop: impl Future<Output = ()>,
) {
    let graceful = GracefulShutdown::new();
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(limits.header_read);
    tokio::pin!(stop);
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(error) => {
                    // Out of file descriptors, say: wait a moment rather than spin.
                    tracing::warn!(%error, "a connection could not be accepted");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut stop => break,
        };
        let router = app.clone();
        let service = hyper::service::service_fn(move |mut request: hyper::Request<Incoming>| {
            request.extensions_mut().insert(ConnectInfo(peer));
            router.clone().oneshot(request.map(Body::new))
        });
        let connection = graceful.watch(http.serve_connection(TokioIo::new(stream), service));
        tokio::spawn(async move {
            if let Err(error) = connection.await {
                tracing::debug!(%error, "a connection ended with an error");
            }
        });
    }
    drop(listener);
    tracing::info!("stopping: no new connections; finishing the requests in flight");
    tokio::select! {
        () = graceful.shutdown() => tracing::info!("every request finished"),
        () = tokio::time::sleep(limits.drain) => {
            tracing::warn!(secs = limits.drain.as_secs(), "stopped with requests still in flight");
        }
    }
}

/// Completes on Ctrl-C or SIGTERM (what a service manager or container runtime sends).
pub async fn stop_signal() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(error) => {
                tracing::warn!(%error, "SIGTERM cannot be caught");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {}
        () = terminate => {}
    }
    tracing::info!("signal to stop received");
}
