//! The pages of `serve` and of `status --format html`: minijinja templates and assets built into
//! the binary, in the reader's language (the UI's own words are Fluent messages in `ui/`).

use std::collections::BTreeMap;
use std::sync::{Arc, OnceLock};

use axum::extract::{Path as UrlPath, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use minijinja::value::{Kwargs, Value};
use minijinja::{Environment, State as TemplateState};
use serde::Serialize;
use unic_langid::LanguageIdentifier;

use super::Server;
use crate::status::{self, Counts};

/// The UI's languages, the first the fallback for every message.
const LANGUAGES: &[(&str, &str)] = &[
    ("en", include_str!("ui/en.ftl")),
    ("ko", include_str!("ui/ko.ftl")),
    ("zh-CN", include_str!("ui/zh-CN.ftl")),
];

const TEMPLATES: &[(&str, &str)] = &[
    ("base.html", include_str!("assets/base.html")),
    ("style.css", include_str!("assets/style.css")),
    ("dashboard.html", include_str!("assets/dashboard.html")),
    ("translate.html", include_str!("assets/translate.html")),
];

/// Scripts served as they are under `/_fp/`.
const ASSETS: &[(&str, &str, &str)] = &[
    (
        "translate.js",
        "text/javascript; charset=utf-8",
        include_str!("assets/translate.js"),
    ),
    (
        "preview.js",
        "text/javascript; charset=utf-8",
        include_str!("assets/preview.js"),
    ),
];

/// The messages the translate view's script shows; `{name}` stands for a value it fills in.
const SCRIPT_WORDS: &[(&str, &[&str])] = &[
    ("state-translated", &[]),
    ("state-missing", &[]),
    ("state-stale", &[]),
    ("state-error", &[]),
    ("unit-line", &["line"]),
    ("unit-words", &["words"]),
    ("previous-source", &[]),
    ("translator-comment", &[]),
    ("translation-label", &["id"]),
    ("suggestions", &[]),
    ("suggestion-use", &[]),
    ("similarity", &["percent"]),
    ("no-problems", &[]),
    ("save", &[]),
    ("saved", &[]),
    ("save-refused", &[]),
    ("save-conflict", &[]),
    ("no-token", &[]),
    ("request-failed", &["error"]),
    ("preview-failed", &["error"]),
];

type Bundle = FluentBundle<FluentResource>;

/// The UI's words in every language it speaks.
struct Words(Vec<(LanguageIdentifier, Bundle)>);

impl Words {
    fn get() -> &'static Words {
        static WORDS: OnceLock<Words> = OnceLock::new();
        WORDS.get_or_init(|| {
            Words(
                LANGUAGES
                    .iter()
                    .map(|(tag, text)| {
                        let language: LanguageIdentifier =
                            tag.parse().expect("the UI's languages are valid tags");
                        let resource = FluentResource::try_new(text.to_string())
                            .expect("the UI's messages are valid Fluent");
                        let mut bundle = Bundle::new_concurrent(vec![language.clone()]);
                        bundle.set_use_isolating(false);
                        bundle
                            .add_resource(resource)
                            .expect("the UI's messages have unique IDs");
                        (language, bundle)
                    })
                    .collect(),
            )
        })
    }

    /// The UI language that suits an `Accept-Language` header (or a `LANG` setting) best.
    fn negotiate(wanted: Option<&str>) -> &'static str {
        let wanted = wanted
            .map(|w| w.split('.').next().unwrap_or_default().replace('_', "-"))
            .unwrap_or_default();
        let requested = fluent_langneg::accepted_languages::parse(&wanted);
        let available: Vec<LanguageIdentifier> =
            Words::get().0.iter().map(|(l, _)| l.clone()).collect();
        let default = available[0].clone();
        let chosen = fluent_langneg::negotiate_languages(
            &requested,
            &available,
            Some(&default),
            fluent_langneg::NegotiationStrategy::Lookup,
        );
        let chosen = chosen.first().copied().unwrap_or(&default);
        LANGUAGES[available.iter().position(|l| l == chosen).unwrap_or(0)].0
    }

    /// Message `id` in `lang`, or in English when `lang` lacks it.
    fn format(&self, lang: &str, id: &str, args: Option<&FluentArgs>) -> String {
        let bundles = self.0.iter().filter(|(l, _)| *l == lang);
        bundles
            .chain(self.0.first())
            .find_map(|(_, bundle)| {
                let pattern = bundle.get_message(id)?.value()?;
                let mut errors = Vec::new();
                Some(
                    bundle
                        .format_pattern(pattern, args, &mut errors)
                        .into_owned(),
                )
            })
            .unwrap_or_else(|| id.to_string())
    }
}

/// The UI language for a request, from its `Accept-Language` header.
fn language_of(headers: &HeaderMap) -> &'static str {
    Words::negotiate(
        headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok()),
    )
}

fn environment() -> &'static Environment<'static> {
    static ENV: OnceLock<Environment<'static>> = OnceLock::new();
    ENV.get_or_init(|| {
        let mut env = Environment::new();
        for (name, text) in TEMPLATES {
            env.add_template(name, text)
                .expect("the UI's templates compile");
        }
        env.add_function("t", |state: &TemplateState, id: String, kwargs: Kwargs| {
            let lang = state
                .lookup("lang")
                .map(|l| l.to_string())
                .unwrap_or_default();
            let mut args = FluentArgs::new();
            for key in kwargs.args() {
                let value: Value = kwargs.get(key)?;
                let value = match value.as_i64() {
                    Some(n) => FluentValue::from(n),
                    None => FluentValue::from(value.to_string()),
                };
                args.set(key.to_string(), value);
            }
            Ok(Words::get().format(&lang, &id, Some(&args)))
        });
        env
    })
}

fn render(template: &str, context: Value) -> String {
    environment()
        .get_template(template)
        .and_then(|t| t.render(context))
        .expect("the UI's templates render any report")
}

/// One locale's rows in the dashboard.
#[derive(Serialize)]
struct LocaleView<'r> {
    locale: &'r str,
    #[serde(flatten)]
    progress: Progress<'r>,
    files: Vec<FileView<'r>>,
}

#[derive(Serialize)]
struct FileView<'r> {
    path: &'r str,
    #[serde(flatten)]
    progress: Progress<'r>,
    /// Whether the file has a page of its own in the preview (the site's words do not).
    page: Option<String>,
}

/// What a row shows of its counts.
#[derive(Serialize)]
struct Progress<'r> {
    counts: &'r Counts,
    /// Source words not yet translated.
    left: usize,
    bar: Bar,
}

impl Progress<'_> {
    fn of(counts: &Counts) -> Progress<'_> {
        Progress {
            counts,
            left: counts.words.total - counts.words.translated,
            bar: Bar::of(counts),
        }
    }
}

/// Widths, in percent of the whole, of the parts of a progress bar.
#[derive(Serialize)]
struct Bar {
    translated: f64,
    stale: f64,
    errors: f64,
}

impl Bar {
    fn of(counts: &Counts) -> Bar {
        let part = |n: usize| match counts.total {
            0 => 0.0,
            total => (n * 10_000 / total) as f64 / 100.0,
        };
        Bar {
            translated: part(counts.translated),
            stale: part(counts.stale),
            errors: part(counts.errors),
        }
    }
}

/// The status report as a page in `lang`; `serving` adds links into the translate view and
/// the preview, and the script-free file that `status --format html` writes has none.
fn dashboard_page(report: &status::Report, lang: &str, serving: bool) -> String {
    let locales: Vec<LocaleView> = report
        .locales
        .iter()
        .map(|l| LocaleView {
            locale: &l.locale,
            progress: Progress::of(&l.counts),
            files: l
                .files
                .iter()
                .map(|f| FileView {
                    path: &f.path,
                    progress: Progress::of(&f.counts),
                    page: page_of(&f.path),
                })
                .collect(),
        })
        .collect();
    render(
        "dashboard.html",
        minijinja::context! { lang, serving, locales => Value::from(minijinja::value::Serde(&locales)) },
    )
}

/// The status report as one HTML file with no script and nothing to fetch, in the language
/// `wanted` names (a `LANG` value) when the UI speaks it.
pub fn status_html(report: &status::Report, wanted: Option<&str>) -> String {
    dashboard_page(report, Words::negotiate(wanted), false)
}

/// The folder of a catalog's page inside its locale's preview: `stories/a.ftl` is the page
/// `stories/a/`, an `index.ftl` its folder's page; the site's own words have no page.
fn page_of(catalog: &str) -> Option<String> {
    let stem = catalog.strip_suffix(".ftl")?;
    if catalog == crate::site::MESSAGES_FILE {
        return None;
    }
    Some(match stem.rsplit_once('/') {
        Some((dir, "index")) => format!("{dir}/"),
        None if stem == "index" => String::new(),
        _ => format!("{stem}/"),
    })
}

/// `GET /`: the dashboard.
pub async fn dashboard(State(server): State<Arc<Server>>, headers: HeaderMap) -> Response {
    let lang = language_of(&headers);
    let report = tokio::task::spawn_blocking(move || {
        server.project().and_then(|p| status::compute(&p, &[]))
    })
    .await;
    match report {
        Ok(Ok(report)) => Html(dashboard_page(&report, lang, true)).into_response(),
        Ok(Err(e)) => (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response(),
        Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response(),
    }
}

/// `GET /translate/{locale}/{path}`: the translate view's page; its script loads the units.
pub async fn translate(
    headers: HeaderMap,
    UrlPath((locale, path)): UrlPath<(String, String)>,
) -> Response {
    let lang = language_of(&headers);
    let words: BTreeMap<&str, String> = SCRIPT_WORDS
        .iter()
        .map(|(id, names)| {
            let mut args = FluentArgs::new();
            for name in *names {
                args.set(*name, format!("{{{name}}}"));
            }
            (*id, Words::get().format(lang, id, Some(&args)))
        })
        .collect();
    let page = page_of(&path).map(|p| format!("/preview/{locale}/{p}"));
    let data = serde_json::json!({
        "locale": locale,
        "path": path,
        "words": words,
    });
    Html(render(
        "translate.html",
        minijinja::context! { lang, locale, path, page, serving => true, data => data.to_string() },
    ))
    .into_response()
}

/// `GET /_fp/{asset}`: the UI's scripts.
pub async fn asset(UrlPath(name): UrlPath<String>) -> Response {
    match ASSETS.iter().find(|(n, _, _)| *n == name) {
        Some((_, mime, text)) => ([(header::CONTENT_TYPE, *mime)], *text).into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_follows_the_browser() {
        assert_eq!(Words::negotiate(Some("ko-KR,ko;q=0.9,en;q=0.5")), "ko");
        assert_eq!(Words::negotiate(Some("zh-CN,zh;q=0.9")), "zh-CN");
        assert_eq!(Words::negotiate(Some("ko_KR.UTF-8")), "ko");
        assert_eq!(Words::negotiate(Some("fr-FR")), "en");
        assert_eq!(Words::negotiate(None), "en");
    }

    #[test]
    fn every_language_has_every_message() {
        let ids = |text: &str| -> Vec<String> {
            let resource = FluentResource::try_new(text.to_string()).unwrap();
            resource
                .entries()
                .filter_map(|e| match e {
                    fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                    _ => None,
                })
                .collect()
        };
        let english = ids(LANGUAGES[0].1);
        for (tag, text) in &LANGUAGES[1..] {
            assert_eq!(ids(text), english, "{tag}");
        }
        for (id, _) in SCRIPT_WORDS {
            assert!(english.iter().any(|e| e == id), "{id}");
        }
    }

    #[test]
    fn the_scripts_never_read_text_as_html() {
        // Translations may hold HTML: the UI shows them as text, so it never parses text as HTML.
        for (name, _, script) in ASSETS {
            for sink in [
                "innerHTML",
                "outerHTML",
                "insertAdjacentHTML",
                "document.write",
            ] {
                assert!(!script.contains(sink), "{name} uses {sink}");
            }
        }
    }

    #[test]
    fn catalogs_have_pages() {
        assert_eq!(page_of("stories/a.ftl").as_deref(), Some("stories/a/"));
        assert_eq!(page_of("stories/index.ftl").as_deref(), Some("stories/"));
        assert_eq!(page_of("site.ftl"), None);
    }
}
