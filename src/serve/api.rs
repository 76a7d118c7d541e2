//! The JSON API under the UI, for the translate view and for editor plugins (docs/serve.md):
//! the status report, the units of one Fluent file of a locale, and saving one translation.

use std::sync::Arc;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde_json::json;

use super::Server;
use crate::error::Error;
use crate::status;

pub fn routes() -> Router<Arc<Server>> {
    Router::new().route("/api/status", get(status_report))
}

/// A failed API request: its status code and what the body says.
enum Failure {
    Internal(Error),
}

impl IntoResponse for Failure {
    fn into_response(self) -> Response {
        let (code, body) = match self {
            Failure::Internal(error) => (
                StatusCode::INTERNAL_SERVER_ERROR,
                json!({ "error": error.to_string() }),
            ),
        };
        (code, Json(body)).into_response()
    }
}

impl From<Error> for Failure {
    fn from(error: Error) -> Failure {
        Failure::Internal(error)
    }
}

/// Runs library code, which reads and writes files, off the server's threads.
async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> std::result::Result<T, Failure> + Send + 'static,
) -> std::result::Result<T, Failure> {
    tokio::task::spawn_blocking(work)
        .await
        .unwrap_or_else(|e| Err(Failure::Internal(Error::usage(e.to_string()))))
}

/// `GET /api/status`: what `status --format json` prints.
async fn status_report(State(server): State<Arc<Server>>) -> Response {
    blocking(move || Ok(status::compute(&server.project()?, &[])?))
        .await
        .map(|report| Json(report).into_response())
        .unwrap_or_else(IntoResponse::into_response)
}
