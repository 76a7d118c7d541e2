//! `fluentpress serve`: a local server for translators and editors. It keeps a preview of every
//! locale's site rebuilt and reloaded as files change, and serves a dashboard, a translate view
//! per document and locale, and the JSON API under them (docs/serve.md).

mod api;
mod memory;
mod preview;
mod ui;

pub use ui::status_html;

use std::net::{SocketAddr, TcpListener};
use std::path::PathBuf;
use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderName, HeaderValue, Method, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;

use crate::error::{Error, Result};
use crate::project::Project;

/// The header that carries the session token on every request that is not a GET.
pub const TOKEN_HEADER: HeaderName = HeaderName::from_static("x-fluentpress-token");

#[derive(Debug, Clone)]
pub struct Options {
    /// The port to listen on; 0 takes any free one.
    pub port: u16,
    /// Open the dashboard in the default browser once the server listens.
    pub open: bool,
}

/// What every request handler shares.
struct Server {
    root: PathBuf,
    guard: Guard,
    preview: preview::Preview,
}

/// What tells this server's own pages from other sites.
struct Guard {
    /// The secret that writes must carry; it is in the address `serve` prints.
    token: String,
    /// The `Host` values this server answers to; anything else may be DNS rebinding.
    hosts: Vec<String>,
}

impl Server {
    /// The project as it is now: `fluentpress.toml` may change while the server runs.
    fn project(&self) -> Result<Project> {
        Project::load(&self.root)
    }
}

/// Builds the preview, then serves until the process is stopped. `ready` is told the address
/// to open, token included, once requests are accepted.
pub fn run(project: &Project, options: &Options, ready: impl FnOnce(&str)) -> Result<()> {
    let listener = TcpListener::bind(("127.0.0.1", options.port))
        .and_then(|l| l.set_nonblocking(true).map(|()| l))
        .map_err(|e| {
            Error::usage(format!(
                "cannot listen on 127.0.0.1:{}: {e} (choose another port with --port, or --port 0 for any free one)",
                options.port
            ))
        })?;
    let address = listener
        .local_addr()
        .map_err(|e| Error::io(&project.root, e))?;
    let preview = preview::Preview::start(project)?;
    let server = Arc::new(Server {
        root: project.root.clone(),
        guard: Guard {
            token: token()?,
            hosts: hosts(address),
        },
        preview,
    });
    let url = format!("http://{address}/?token={}", server.guard.token);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| Error::io(&project.root, e))?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::from_std(listener)
            .map_err(|e| Error::io(address.to_string(), e))?;
        ready(&url);
        if options.open {
            if let Err(e) = opener::open(&url) {
                eprintln!("warning: could not open a browser ({e}); open {url}");
            }
        }
        axum::serve(listener, router(server))
            .await
            .map_err(|e| Error::io(address.to_string(), e))
    })
}

fn router(server: Arc<Server>) -> Router {
    Router::new()
        .route("/", get(ui::dashboard))
        .route("/translate/{locale}/{*path}", get(ui::translate))
        .route("/_fp/{asset}", get(ui::asset))
        .route("/_fp/events", get(preview::events))
        .route("/preview/", get(preview::file_at_root))
        .route("/preview/{*path}", get(preview::file))
        .merge(api::routes())
        .layer(middleware::from_fn_with_state(server.clone(), guard))
        .with_state(server)
}

/// 128 random bits, in hex.
fn token() -> Result<String> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|e| Error::usage(format!("no randomness: {e}")))?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// The names a browser on this machine may use for the server.
fn hosts(address: SocketAddr) -> Vec<String> {
    let port = address.port();
    vec![
        format!("127.0.0.1:{port}"),
        format!("localhost:{port}"),
        address.to_string(),
    ]
}

/// Refuses requests that another site could have made: a `Host` or `Origin` that is not this
/// server's (DNS rebinding, cross-site requests), and anything but a read without the token.
async fn guard(State(server): State<Arc<Server>>, request: Request, next: Next) -> Response {
    if let Err(why) = allowed(&server.guard, request.method(), request.headers()) {
        return (StatusCode::FORBIDDEN, why).into_response();
    }
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    // Nothing the server sends may be framed by another site or fetch from one.
    headers.insert(
        header::X_FRAME_OPTIONS,
        HeaderValue::from_static("SAMEORIGIN"),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    response
}

fn allowed(
    guard: &Guard,
    method: &Method,
    headers: &HeaderMap,
) -> std::result::Result<(), &'static str> {
    let value = |name| headers.get(name).and_then(|v| v.to_str().ok());
    let host = value(header::HOST).ok_or("no Host header")?;
    if !guard.hosts.iter().any(|h| h == host) {
        return Err("this server answers only to 127.0.0.1 and localhost");
    }
    if let Some(origin) = value(header::ORIGIN) {
        let same = origin
            .strip_prefix("http://")
            .is_some_and(|o| guard.hosts.iter().any(|h| h == o));
        if !same {
            return Err("requests from other sites are refused");
        }
    }
    let reads = method == Method::GET || method == Method::HEAD;
    if !reads && value(TOKEN_HEADER) != Some(guard.token.as_str()) {
        return Err("writes need the token of the address `fluentpress serve` printed, in the X-Fluentpress-Token header");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn server() -> Guard {
        Guard {
            token: "secret".into(),
            hosts: hosts("127.0.0.1:4000".parse().unwrap()),
        }
    }

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        pairs
            .iter()
            .map(|(k, v)| {
                (
                    header::HeaderName::from_static(k),
                    HeaderValue::from_str(v).unwrap(),
                )
            })
            .collect()
    }

    #[test]
    fn only_this_servers_names_and_origin_pass() {
        let server = server();
        let get = &Method::GET;
        assert!(allowed(&server, get, &headers(&[("host", "127.0.0.1:4000")])).is_ok());
        assert!(allowed(&server, get, &headers(&[("host", "localhost:4000")])).is_ok());
        assert!(allowed(&server, get, &headers(&[("host", "evil.example:4000")])).is_err());
        assert!(allowed(&server, get, &headers(&[("host", "127.0.0.1:4001")])).is_err());
        assert!(allowed(&server, get, &headers(&[])).is_err());
        let origin = |o| headers(&[("host", "127.0.0.1:4000"), ("origin", o)]);
        assert!(allowed(&server, get, &origin("http://127.0.0.1:4000")).is_ok());
        assert!(allowed(&server, get, &origin("http://evil.example")).is_err());
        assert!(allowed(&server, get, &origin("null")).is_err());
        assert!(allowed(&server, get, &origin("https://127.0.0.1:4000")).is_err());
    }

    #[test]
    fn writes_need_the_token() {
        let server = server();
        let put = &Method::PUT;
        let with = |token| headers(&[("host", "127.0.0.1:4000"), ("x-fluentpress-token", token)]);
        assert!(allowed(&server, put, &with("secret")).is_ok());
        assert!(allowed(&server, put, &with("guess")).is_err());
        assert!(allowed(&server, put, &headers(&[("host", "127.0.0.1:4000")])).is_err());
        assert!(allowed(&server, &Method::POST, &with("")).is_err());
    }

    #[test]
    fn tokens_are_long_and_differ() {
        let (a, b) = (token().unwrap(), token().unwrap());
        assert_eq!(a.len(), 32);
        assert_ne!(a, b);
    }
}
