//! The JSON API under the UI, for the translate view and for editor plugins (docs/serve.md):
//! the status report, the units of one Fluent file of a locale, checking a candidate
//! translation, and saving one.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use axum::extract::{Path as UrlPath, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use pulldown_cmark::{Event, Parser};
use serde::Serialize;
use serde_json::{json, Value};

use super::memory::{self, Change, Memory, Suggestion};
use super::Server;
use crate::catalog::{Catalog, Problem};
use crate::check::{self, Code};
use crate::error::Error;
use crate::project::Project;
use crate::state::{self, Fingerprint, MessageState};
use crate::status::{self, Unit};
use crate::sync::{self, Edit, Expected, Outcome};

pub fn routes() -> Router<Arc<Server>> {
    Router::new()
        .route("/api/status", get(status_report))
        .route("/api/units/{locale}/{*path}", get(units).put(save))
        .route("/api/check/{locale}/{*path}", post(check_candidate))
}

/// A failed API request: its status code and what the body says.
enum Failure {
    NotFound(String),
    BadRequest(String),
    Conflict(Value),
    /// Not valid Fluent: the diagnostics.
    Invalid(Vec<Value>),
    Internal(Error),
}

impl IntoResponse for Failure {
    fn into_response(self) -> Response {
        let (code, body) = match self {
            Failure::NotFound(what) => (StatusCode::NOT_FOUND, json!({ "error": what })),
            Failure::BadRequest(what) => (StatusCode::BAD_REQUEST, json!({ "error": what })),
            Failure::Conflict(body) => (StatusCode::CONFLICT, body),
            Failure::Invalid(diagnostics) => (
                StatusCode::UNPROCESSABLE_ENTITY,
                json!({ "error": "not valid Fluent; nothing written", "diagnostics": diagnostics }),
            ),
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

type Answer<T> = std::result::Result<T, Failure>;

/// Runs library code, which reads and writes files, off the server's threads.
async fn blocking<T: Serialize + Send + 'static>(
    work: impl FnOnce() -> Answer<T> + Send + 'static,
) -> Response {
    let answer = tokio::task::spawn_blocking(work)
        .await
        .unwrap_or_else(|e| Err(Failure::Internal(Error::usage(e.to_string()))));
    match answer {
        Ok(body) => Json(body).into_response(),
        Err(failure) => failure.into_response(),
    }
}

/// `GET /api/status`: what `status --format json` prints.
async fn status_report(State(server): State<Arc<Server>>) -> Response {
    blocking(move || Ok(status::compute(&server.project()?, &[])?)).await
}

/// A Fluent file of a target locale, named by a request.
struct Target {
    project: Project,
    locale: String,
    /// Relative to the locale folder; always a file of the source locale, so inside the project.
    catalog: PathBuf,
    /// As `status` prints it.
    key: String,
}

impl Target {
    fn find(server: &Server, locale: &str, path: &str) -> Answer<Target> {
        let project = server.project()?;
        if !project.config.locales.iter().any(|l| l == locale) {
            return Err(Failure::NotFound(format!(
                "`{locale}` is not a target locale"
            )));
        }
        let catalog = project
            .catalogs(project.source_locale())?
            .into_iter()
            .find(|c| state::catalog_key(c) == path)
            .ok_or_else(|| {
                Failure::NotFound(format!(
                    "`{path}` is not a Fluent file of the source locale `{}`",
                    project.source_locale()
                ))
            })?;
        Ok(Target {
            project,
            locale: locale.to_string(),
            key: path.to_string(),
            catalog,
        })
    }

    /// The file as `check` names it, relative to the project.
    fn file(&self) -> PathBuf {
        let path = self.project.locale_dir(&self.locale).join(&self.catalog);
        path.strip_prefix(&self.project.root)
            .map(Path::to_path_buf)
            .unwrap_or(path)
    }
}

/// A unit as the translate view shows it.
#[derive(Serialize)]
struct UnitView {
    #[serde(flatten)]
    unit: Unit,
    /// `check`'s findings in the translation, in `check --format json`'s shape.
    diagnostics: Vec<Value>,
    /// For a unit that needs work, translations of similar sources in this locale.
    suggestions: Vec<Suggestion>,
    /// For a stale unit, the words of the previous source changed into the current one.
    diff: Option<Vec<Change>>,
    /// The plain text the preview shows for the unit, to find it by a click there.
    shown: String,
}

#[derive(Serialize)]
struct UnitsView {
    source_locale: String,
    locale: String,
    path: String,
    units: Vec<UnitView>,
}

/// `GET /api/units/{locale}/{path}`: every unit of the file, in source order.
async fn units(
    State(server): State<Arc<Server>>,
    UrlPath((locale, path)): UrlPath<(String, String)>,
) -> Response {
    blocking(move || {
        let target = Target::find(&server, &locale, &path)?;
        let units = views(&target)?;
        Ok(UnitsView {
            source_locale: target.project.source_locale().to_string(),
            locale: target.locale,
            path: target.key,
            units,
        })
    })
    .await
}

/// The views of every unit of the target's file.
fn views(target: &Target) -> Answer<Vec<UnitView>> {
    let Target {
        project, locale, ..
    } = target;
    let report = check::run(
        project,
        &check::Options {
            locales: vec![locale.clone()],
        },
    )?;
    let file = target.file();
    let diagnostics: Vec<check::Diagnostic> = report
        .diagnostics
        .into_iter()
        .filter(|d| d.file == file)
        .collect();
    let memory = translation_memory(project, locale)?;
    let units = status::units(project, locale, &target.catalog)?;
    Ok(units
        .into_iter()
        .map(|unit| {
            let own = diagnostics
                .iter()
                .filter(|d| d.id.as_deref() == Some(unit.id.as_str()))
                .cloned()
                .collect();
            let suggestions = match unit.state {
                MessageState::Translated => Vec::new(),
                _ => memory::suggest(&unit.source, &memory, &target.key, &unit.id),
            };
            let diff = unit
                .previous_source
                .as_deref()
                .map(|previous| memory::word_diff(previous, &unit.source));
            UnitView {
                shown: shown(&unit),
                diagnostics: as_json(own),
                suggestions,
                diff,
                unit,
            }
        })
        .collect())
}

/// Every translated unit of `locale`, in every file.
fn translation_memory(project: &Project, locale: &str) -> Answer<Vec<Memory>> {
    let mut memory = Vec::new();
    for catalog in project.catalogs(project.source_locale())? {
        let path = state::catalog_key(&catalog);
        for unit in status::units(project, locale, &catalog)? {
            if let (MessageState::Translated, Some(translation)) = (unit.state, unit.translation) {
                memory.push(Memory {
                    path: path.clone(),
                    id: unit.id,
                    source: unit.source,
                    translation,
                });
            }
        }
    }
    Ok(memory)
}

/// The text a reader sees for `unit`: its translation when it has a usable one, else its
/// source; Fluent and Markdown syntax taken away.
fn shown(unit: &Unit) -> String {
    let value = match (unit.state, &unit.translation) {
        (MessageState::Translated | MessageState::Stale, Some(t)) => t,
        _ => &unit.source,
    };
    let separator = if value.starts_with('\n') { "" } else { " " };
    let entry = Catalog::parse(Path::new(""), format!("{} ={separator}{value}\n", unit.id));
    let text = entry.entries.first().and_then(|e| {
        e.value
            .clone()
            .or_else(|| e.attributes.first().and_then(|(_, t)| t.clone()))
    });
    let mut plain = String::new();
    for event in Parser::new(&text.unwrap_or_default()) {
        match event {
            Event::Text(t) | Event::Code(t) => plain.push_str(&t),
            Event::SoftBreak | Event::HardBreak => plain.push(' '),
            _ => {}
        }
    }
    plain
}

fn as_json(diagnostics: Vec<check::Diagnostic>) -> Vec<Value> {
    let report = check::Report {
        diagnostics,
        files: 1,
    };
    serde_json::from_str(&check::report::json(&report)).expect("check writes JSON")
}

/// `PUT /api/units/{locale}/{path}/{id}` with `{"translation": "...", "expected": ...}`.
async fn save(
    State(server): State<Arc<Server>>,
    UrlPath((locale, rest)): UrlPath<(String, String)>,
    Json(body): Json<Value>,
) -> Response {
    blocking(move || {
        let (path, id) = rest
            .rsplit_once('/')
            .ok_or_else(|| Failure::NotFound("the address names no message".into()))?;
        let target = Target::find(&server, &locale, path)?;
        let value = body["translation"]
            .as_str()
            .ok_or_else(|| Failure::BadRequest("`translation` must be a string".into()))?;
        let edit = Edit {
            id: id.to_string(),
            value: value.to_string(),
            expected: expected(body.get("expected"))?,
            made_from: made_from(body.get("made_from"))?,
        };
        let outcome =
            sync::write(&target.project, &target.locale, &target.catalog, &[edit])?.remove(0);
        match outcome {
            Outcome::Written => server.preview.rebuild(),
            Outcome::Conflict { current } => {
                return Err(Failure::Conflict(json!({
                    "error": "the translation changed since it was read; nothing written",
                    "fingerprint": current,
                })))
            }
            Outcome::Invalid(problems) => {
                return Err(Failure::Invalid(syntax(&problems, &target.file(), id)))
            }
            Outcome::Unknown => {
                return Err(Failure::NotFound(format!("`{path}` has no message `{id}`")))
            }
        }
        views(&target)?
            .into_iter()
            .find(|v| v.unit.id == id)
            .ok_or_else(|| Failure::NotFound(format!("`{path}` has no message `{id}`")))
    })
    .await
}

/// What a save expects to replace: anything when the body does not say, no translation for
/// `null`, else the translation with this fingerprint.
fn expected(value: Option<&Value>) -> Answer<Expected> {
    match value {
        None => Ok(Expected::Any),
        Some(Value::Null) => Ok(Expected::Nothing),
        Some(Value::String(fingerprint)) => fingerprint
            .parse()
            .map(Expected::Translation)
            .map_err(Failure::BadRequest),
        Some(_) => Err(Failure::BadRequest(
            "`expected` must be a fingerprint or null".into(),
        )),
    }
}

/// The source the translation was made from: the current one unless the body names the
/// `source_fingerprint` the translator read (then a source changed meanwhile leaves it stale).
fn made_from(value: Option<&Value>) -> Answer<Option<Fingerprint>> {
    match value {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(fingerprint)) => {
            fingerprint.parse().map(Some).map_err(Failure::BadRequest)
        }
        Some(_) => Err(Failure::BadRequest(
            "`made_from` must be a fingerprint or null".into(),
        )),
    }
}

/// The parser's problems with a translation, as `check` reports a syntax error.
fn syntax(problems: &[Problem], file: &Path, id: &str) -> Vec<Value> {
    problems
        .iter()
        .map(|p| {
            json!({
                "code": Code::Syntax.as_str(),
                "severity": "error",
                "file": file.to_string_lossy().replace('\\', "/"),
                "line": p.position.line,
                "column": p.position.column,
                "id": id,
                "message": p.message,
                "hint": Code::Syntax.hint(),
            })
        })
        .collect()
}

/// `POST /api/check/{locale}/{path}` with `{"id": "...", "translation": "..."}`: what `check`
/// would report about the translation, without writing it.
async fn check_candidate(
    State(server): State<Arc<Server>>,
    UrlPath((locale, path)): UrlPath<(String, String)>,
    Json(body): Json<Value>,
) -> Response {
    blocking(move || {
        let target = Target::find(&server, &locale, &path)?;
        let (Some(id), Some(value)) = (body["id"].as_str(), body["translation"].as_str()) else {
            return Err(Failure::BadRequest(
                "`id` and `translation` must be strings".into(),
            ));
        };
        let found = check::candidate(&target.project, &locale, &target.catalog, id, value)?;
        Ok(json!({ "diagnostics": as_json(found) }))
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(state: MessageState, source: &str, translation: Option<&str>) -> Unit {
        Unit {
            id: "p-x".into(),
            source: source.into(),
            source_fingerprint: Fingerprint::of(source),
            translation: translation.map(str::to_string),
            state,
            previous_source: None,
            comment: None,
            line: None,
            words: 0,
            fingerprint: None,
        }
    }

    #[test]
    fn the_shown_text_is_what_the_reader_sees() {
        let translated = unit(
            MessageState::Translated,
            "Read [the report](/r) { \"{\" }now",
            Some("[보고서](/r)를 `먼저` 읽으세요"),
        );
        assert_eq!(shown(&translated), "보고서를 먼저 읽으세요");
        let missing = unit(
            MessageState::Missing,
            "Read [the report](/r) { \"{\" }now",
            None,
        );
        assert_eq!(shown(&missing), "Read the report {now");
        let image = unit(MessageState::Missing, "\n    .alt = A river", None);
        assert_eq!(shown(&image), "A river");
    }

    #[test]
    fn expected_and_made_from_read_absent_null_and_fingerprints() {
        assert!(matches!(expected(None), Ok(Expected::Any)));
        assert!(matches!(
            expected(Some(&Value::Null)),
            Ok(Expected::Nothing)
        ));
        let fingerprint = json!("00000000000000ff");
        assert!(matches!(
            expected(Some(&fingerprint)),
            Ok(Expected::Translation(_))
        ));
        assert!(expected(Some(&json!("nope"))).is_err());
        assert!(expected(Some(&json!(3))).is_err());
        assert!(matches!(made_from(None), Ok(None)));
        assert!(matches!(made_from(Some(&fingerprint)), Ok(Some(_))));
        assert!(made_from(Some(&json!(true))).is_err());
    }
}
