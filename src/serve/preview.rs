//! The preview: every locale's site built into a folder inside the project, rebuilt when a file
//! it is made from changes, served with a script that reloads it (added as it is served, never
//! written to disk: published pages stay script-free).

use std::convert::Infallible;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::{Path as UrlPath, Query, State};
use axum::http::{header, StatusCode};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Redirect, Response};
use futures_util::Stream;
use notify_debouncer_full::notify::{EventKind, RecommendedWatcher, RecursiveMode};
use notify_debouncer_full::{new_debouncer, DebounceEventResult, Debouncer, RecommendedCache};
use serde::Deserialize;
use tokio::sync::watch;

use super::Server;
use crate::build::{self, Format};
use crate::error::{Error, Result};
use crate::files;
use crate::project::{Project, CONFIG_FILE};
use crate::site::STATIC_DIR;

/// Where `serve` keeps what it makes, inside the project; it ignores itself in git.
pub const WORK_DIR: &str = ".fluentpress";

/// The project folders whose files the site is made from, besides the content and locales.
const TEMPLATES_DIR: &str = "templates";

/// The outcome of the latest build.
#[derive(Debug, Clone, Default)]
pub struct Built {
    /// Counts the builds that changed a file, so that a page reloads only then.
    pub generation: u64,
    /// Why the latest build failed, if it did.
    pub error: Option<String>,
}

/// The preview site and what keeps it current.
pub struct Preview {
    /// The built site.
    pub output: PathBuf,
    rebuild: mpsc::Sender<()>,
    built: watch::Receiver<Built>,
    /// Stops watching when dropped.
    _watcher: Debouncer<RecommendedWatcher, RecommendedCache>,
}

impl Preview {
    /// Builds the preview once, then rebuilds it on every change until dropped.
    pub fn start(project: &Project) -> Result<Preview> {
        let work = project.root.join(WORK_DIR);
        let ignore = work.join(".gitignore");
        if !ignore.exists() {
            files::write_atomic(&ignore, b"# made by `fluentpress serve`\n*\n")?;
        }
        let output = work.join("preview");
        let (built_tx, built) = watch::channel(Built::default());
        let builder = Builder {
            root: project.root.clone(),
            output: output.clone(),
            built: built_tx,
        };
        builder.build();
        let (rebuild, requests) = mpsc::channel();
        std::thread::spawn(move || {
            while requests.recv().is_ok() {
                // Changes that came in during a build are all covered by the next one.
                while requests.try_recv().is_ok() {}
                builder.build();
            }
        });
        let watcher = watch_sources(project, rebuild.clone())?;
        Ok(Preview {
            output,
            rebuild,
            built,
            _watcher: watcher,
        })
    }

    /// Asks for a rebuild now, without waiting for the file watcher.
    pub fn rebuild(&self) {
        // The builder lives as long as the server; a closed channel means it is shutting down.
        let _ = self.rebuild.send(());
    }
}

/// Builds the preview of the project in `root`, and tells the pages when it is done.
struct Builder {
    root: PathBuf,
    output: PathBuf,
    built: watch::Sender<Built>,
}

impl Builder {
    fn build(&self) {
        let outcome = Project::load(&self.root).and_then(|mut project| {
            project.config.output_dir = self.output.clone();
            // A locale below its publish threshold is the one translators most need to see.
            project.config.publish_threshold.clear();
            let options = build::Options {
                format: Format::Html,
                locales: Vec::new(),
                clean: false,
                pseudo: false,
            };
            build::run(&project, &options)
        });
        match outcome {
            Ok(report) => {
                let changed = report.written + report.removed > 0;
                if changed {
                    println!(
                        "preview rebuilt: {} files written, {} removed",
                        report.written, report.removed
                    );
                }
                // Pages reload only when the site changed, or when it is whole again.
                self.built.send_if_modified(|b| {
                    let tell = changed || b.error.is_some();
                    b.generation += u64::from(changed);
                    b.error = None;
                    tell
                });
            }
            Err(error) => {
                eprintln!("error: the preview could not be rebuilt: {error}");
                self.built
                    .send_modify(|b| b.error = Some(error.to_string()));
            }
        }
    }
}

/// Asks for a rebuild whenever a file the site is made from changes.
fn watch_sources(
    project: &Project,
    rebuild: mpsc::Sender<()>,
) -> Result<Debouncer<RecommendedWatcher, RecommendedCache>> {
    let mut debouncer = new_debouncer(
        Duration::from_millis(150),
        None,
        move |events: DebounceEventResult| {
            let relevant = match events {
                // Reading a file is an event too: the build's own reads must not start a build.
                Ok(events) => events.iter().any(|e| {
                    matches!(
                        e.kind,
                        EventKind::Create(_) | EventKind::Modify(_) | EventKind::Remove(_)
                    ) && e.paths.iter().any(|p| is_source(p))
                }),
                // The watcher lost track (too many changes at once): a build catches up.
                Err(_) => true,
            };
            if relevant {
                let _ = rebuild.send(());
            }
        },
    )
    .map_err(|e| Error::usage(format!("cannot watch the project's files: {e}")))?;
    let mut folders = vec![
        project.locales_dir(),
        project.root.join(STATIC_DIR),
        project.root.join(TEMPLATES_DIR),
    ];
    folders.extend(project.content_dir());
    for folder in folders.iter().filter(|f| f.is_dir()) {
        debouncer
            .watch(folder, RecursiveMode::Recursive)
            .map_err(|e| Error::usage(format!("cannot watch {}: {e}", folder.display())))?;
    }
    debouncer
        .watch(project.root.join(CONFIG_FILE), RecursiveMode::NonRecursive)
        .map_err(|e| Error::usage(format!("cannot watch {CONFIG_FILE}: {e}")))?;
    Ok(debouncer)
}

/// Whether a changed file can change the site: not the lock, nor an atomic write's temporary
/// file (its rename brings the real name).
fn is_source(path: &Path) -> bool {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    let temporary = name.starts_with(".fluentpress-") && name.ends_with(".tmp");
    name != ".fluentpress.lock" && !temporary
}

/// Which build a page of the preview was made by, as `preview.js` tells it.
#[derive(Deserialize)]
pub struct Since {
    since: Option<u64>,
}

/// `GET /_fp/events`: a `reload` event after every build that changed the site, a `failed`
/// event with the error when one fails. A page older than the latest build (`?since=`) is
/// told at once.
pub async fn events(
    State(server): State<Arc<Server>>,
    Query(Since { since }): Query<Since>,
) -> Sse<impl Stream<Item = std::result::Result<Event, Infallible>>> {
    let mut built = server.preview.built.clone();
    let latest = built.borrow_and_update().generation;
    let behind = since.is_some_and(|s| s < latest);
    let stream = futures_util::stream::unfold((built, behind), |(mut built, behind)| async move {
        if !behind {
            built.changed().await.ok()?;
        }
        let now = built.borrow_and_update().clone();
        let event = match now.error {
            Some(error) => Event::default().event("failed").data(error),
            None => Event::default()
                .event("reload")
                .data(now.generation.to_string()),
        };
        Some((Ok(event), (built, false)))
    });
    Sse::new(stream).keep_alive(KeepAlive::default())
}

/// `GET /preview/`: the root page of the preview.
pub async fn file_at_root(State(server): State<Arc<Server>>) -> Response {
    serve_file(&server.preview, "").await
}

/// `GET /preview/{path}`: a file of the preview; pages get the reload script.
pub async fn file(State(server): State<Arc<Server>>, UrlPath(path): UrlPath<String>) -> Response {
    serve_file(&server.preview, &path).await
}

async fn serve_file(preview: &Preview, path: &str) -> Response {
    // Read before the file: a build that ends in between makes the page reload, not go stale.
    let generation = preview.built.borrow().generation;
    let Ok(mut file) = files::join_inside(&preview.output, Path::new(path)) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    if file.is_dir() {
        // Pages link relatively: a folder's page must be read at an address that ends in `/`.
        if !path.is_empty() && !path.ends_with('/') {
            return Redirect::permanent(&format!("/preview/{path}/")).into_response();
        }
        file.push("index.html");
    }
    let Ok(bytes) = tokio::fs::read(&file).await else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let mime = mime_guess::from_path(&file).first_or_octet_stream();
    let body = match (
        mime.subtype() == mime_guess::mime::HTML,
        String::from_utf8(bytes),
    ) {
        (true, Ok(html)) => with_preview_script(&html, generation).into_bytes(),
        (_, Ok(text)) => text.into_bytes(),
        (_, Err(e)) => e.into_bytes(),
    };
    (
        [(header::CONTENT_TYPE, mime.essence_str().to_string())],
        body,
    )
        .into_response()
}

/// A published page as the preview shows it: its policy lets this server's own scripts run, and
/// it loads the script that reloads it and reports clicks to the translate view.
fn with_preview_script(html: &str, generation: u64) -> String {
    let html = html.replacen("script-src 'none'", "script-src 'self'", 1);
    let script =
        format!("<script src=\"/_fp/preview.js\" data-generation=\"{generation}\"></script>\n");
    match html.rfind("</body>") {
        Some(at) => format!("{}{script}{}", &html[..at], &html[at..]),
        None => html + &script,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_script_is_added_and_allowed_only_in_what_is_served() {
        let page = "<head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'none'\"></head><body><p>x</p></body>";
        let served = with_preview_script(page, 7);
        assert!(served.contains("script-src 'self'"));
        assert!(!served.contains("script-src 'none'"));
        assert!(served
            .ends_with("<script src=\"/_fp/preview.js\" data-generation=\"7\"></script>\n</body>"));
    }

    #[test]
    fn locks_and_temporary_files_do_not_rebuild() {
        assert!(is_source(Path::new("locales/ko/a.ftl")));
        assert!(is_source(Path::new("locales/ko/.fluentpress-state.toml")));
        assert!(!is_source(Path::new("locales/ko/.fluentpress.lock")));
        assert!(!is_source(Path::new("locales/ko/.fluentpress-x1y2.tmp")));
    }
}
