//! The client's address: the connection's peer, or, when the peer is one of the proxies named
//! in `TRUSTED_PROXIES`, the address that proxy says it forwarded for (`X-Forwarded-For`, read
//! from the right, past every trusted proxy). A header from anyone else is ignored, so a client
//! cannot choose its own address to escape a limit. Worked out once per request, by a
//! middleware, and kept in the request as [`ClientIp`].

use axum::extract::{ConnectInfo, Request, State};
use axum::middleware::Next;
use axum::response::Response;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;

/// The proxies whose `X-Forwarded-For` is believed.
#[derive(Clone, Debug, Default)]
pub struct TrustedProxies(pub Arc<Vec<IpAddr>>);

/// The client's address, as limits and the audit log use it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClientIp(pub String);

/// The client behind `peer`: `peer` itself unless it is trusted; then the right-most address in
/// `forwarded` that is not a trusted proxy (or the left-most, if all are).
pub fn client_address(peer: IpAddr, forwarded: Option<&str>, trusted: &[IpAddr]) -> IpAddr {
    if !trusted.contains(&peer) {
        return peer;
    }
    let hops: Vec<IpAddr> = forwarded
        .unwrap_or_default()
        .split(',')
        .filter_map(|hop| hop.trim().parse().ok())
        .collect();
    hops.iter()
        .rev()
        .find(|hop| !trusted.contains(hop))
        .or(hops.first())
        .copied()
        .unwrap_or(peer)
}

/// Puts the request's [`ClientIp`] in its extensions.
pub async fn remember_client_ip(
    State(trusted): State<TrustedProxies>,
    mut request: Request,
    next: Next,
) -> Response {
    let peer = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|info| info.0.ip());
    let ip = match peer {
        Some(peer) => {
            let forwarded = request
                .headers()
                .get("x-forwarded-for")
                .and_then(|value| value.to_str().ok());
            client_address(peer, forwarded, &trusted.0).to_string()
        }
        None => "unknown".to_string(),
    };
    request.extensions_mut().insert(ClientIp(ip));
    next.run(request).await
}

/// The request's client address (see [`remember_client_ip`]).
pub fn of(request: &Request) -> String {
    request
        .extensions()
        .get::<ClientIp>()
        .map(|ip| ip.0.clone())
        .unwrap_or_else(|| "unknown".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn only_a_trusted_proxy_may_name_the_client() {
        let proxy = [ip("10.0.0.2")];
        // Anyone else's header is ignored.
        assert_eq!(
            client_address(ip("203.0.113.9"), Some("1.2.3.4"), &proxy),
            ip("203.0.113.9")
        );
        // The proxy's word is taken, from the right: a client's own header on the left is not.
        assert_eq!(
            client_address(ip("10.0.0.2"), Some("1.2.3.4, 198.51.100.7"), &proxy),
            ip("198.51.100.7")
        );
        // Past a chain of trusted proxies.
        let chain = [ip("10.0.0.2"), ip("10.0.0.3")];
        assert_eq!(
            client_address(ip("10.0.0.2"), Some("198.51.100.7, 10.0.0.3"), &chain),
            ip("198.51.100.7")
        );
        // A proxy that sends nothing usable: the proxy itself.
        assert_eq!(
            client_address(ip("10.0.0.2"), Some("garbage"), &proxy),
            ip("10.0.0.2")
        );
        assert_eq!(client_address(ip("10.0.0.2"), None, &[]), ip("10.0.0.2"));
    }
}
