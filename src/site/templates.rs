//! The site's templates: minijinja with HTML escaping on, compiled once per build. fluentpress
//! ships a complete set; a project's `templates/` folder overrides any of them by name and may
//! add its own. Templates reach the site's words through `t("id", arg=value)` and format dates
//! with the `localdate` filter, both in the locale of the page (`lang`).

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};

use fluent_bundle::{FluentArgs, FluentValue};
use minijinja::value::{Enumerator, Kwargs, Object, ValueKind};
use minijinja::{AutoEscape, Environment, ErrorKind, State, UndefinedBehavior, Value};

use crate::error::{Error, Result};
use crate::files;
use crate::project::Project;

use super::key::Key;
use super::messages::{Messages, Missing};

/// The folder of a project's own templates.
pub const DIR: &str = crate::project::TEMPLATES_DIR;
/// The stylesheet is copied as it is, not rendered.
pub const STYLESHEET: &str = "style.css";

/// A built-in template: its name and its text, from the crate's `defaults/templates/`.
macro_rules! built_in {
    ($name:literal) => {
        (
            $name,
            include_str!(concat!("../../defaults/templates/", $name)),
        )
    };
}

const BUILT_IN: &[(&str, &str)] = &[
    built_in!("base.html"),
    built_in!("page.html"),
    built_in!("home.html"),
    built_in!("section.html"),
    built_in!("listing.html"),
    built_in!("crumbs.html"),
    built_in!("index.html"),
    built_in!("feed.xml"),
    built_in!("sitemap.xml"),
    built_in!("style.css"),
];

/// The compiled templates of a build.
pub struct Templates {
    env: Environment<'static>,
    /// Each template's file (or built-in name) and text, to point at the line of an error.
    origins: HashMap<String, (PathBuf, String)>,
    pub stylesheet: String,
    /// A hash of every template's text: when it changes, every page changes.
    pub fingerprint: blake3::Hash,
}

impl Templates {
    /// Compiles the built-in templates and the project's own over them.
    pub fn load(project: &Project, messages: Arc<Messages>) -> Result<Templates> {
        let mut sources: BTreeMap<String, (PathBuf, String)> = BUILT_IN
            .iter()
            .map(|(name, text)| {
                (
                    name.to_string(),
                    (
                        PathBuf::from(format!("(built-in) {DIR}/{name}")),
                        text.to_string(),
                    ),
                )
            })
            .collect();
        let dir = project.root.join(DIR);
        for extension in ["html", "xml", "css"] {
            for relative in files::list_files(&project.root, &dir, extension)? {
                let path = dir.join(&relative);
                let name = files::slash_path(&relative);
                sources.insert(name, (path.clone(), files::read_text(&path)?));
            }
        }
        let fingerprint = sources
            .iter()
            .fold(Key::default(), |key, (name, (_, text))| {
                key.part(name.as_bytes()).part(text.as_bytes())
            })
            .finish();
        let (_, stylesheet) = sources.remove(STYLESHEET).expect("a built-in stylesheet");
        let mut env = environment(messages);
        for (name, (path, text)) in &sources {
            env.add_template_owned(name.clone(), text.clone())
                .map_err(|e| template_error(path, text, &e))?;
        }
        Ok(Templates {
            env,
            origins: sources.into_iter().collect(),
            stylesheet,
            fingerprint,
        })
    }

    /// Renders template `name` with `context`, which must give `lang`.
    pub fn render(&self, name: &str, context: Value) -> Result<String> {
        let rendered = self.env.get_template(name).and_then(|t| t.render(context));
        rendered.map_err(|e| {
            let origin = e
                .name()
                .and_then(|n| self.origins.get(n))
                .or_else(|| self.origins.get(name));
            match origin {
                Some((path, text)) => template_error(path, text, &e),
                None => Error::usage(format!("template `{name}`: {e}")),
            }
        })
    }
}

/// A template's context: values by name, in one list. `context!` with `..` would merge two
/// maps, looked up one after the other for every name a template reads.
#[derive(Debug, Default)]
pub struct Fields(Vec<(&'static str, Value)>);

impl Fields {
    pub fn with(mut self, name: &'static str, value: impl Into<Value>) -> Fields {
        self.0.push((name, value.into()));
        self
    }

    /// The fields of `other` after these: a name in both reads as here.
    pub fn and(mut self, other: Fields) -> Fields {
        self.0.extend(other.0);
        self
    }
}

impl Object for Fields {
    fn get_value(self: &Arc<Self>, key: &Value) -> Option<Value> {
        let key = key.as_str()?;
        let found = self.0.iter().find(|(name, _)| *name == key);
        found.map(|(_, value)| value.clone())
    }

    fn enumerate(self: &Arc<Self>) -> Enumerator {
        Enumerator::Values(self.0.iter().map(|(name, _)| Value::from(*name)).collect())
    }
}

impl From<Fields> for Value {
    fn from(fields: Fields) -> Value {
        Value::from_object(fields)
    }
}

fn environment(messages: Arc<Messages>) -> Environment<'static> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::SemiStrict);
    env.set_formatter(|out, state, value| {
        let escaped = *state.auto_escape() == AutoEscape::Html
            && !value.is_safe()
            && value.kind() == ValueKind::String;
        match value.as_str() {
            Some(text) if escaped => write_escaped(out, text).map_err(minijinja::Error::from),
            _ => minijinja::escape_formatter(out, state, value),
        }
    });
    let words = messages.clone();
    // Most calls name a message without arguments, the same few on every page of a locale:
    // each is formatted once per build.
    let plain: RwLock<HashMap<String, HashMap<String, Value>>> = RwLock::default();
    env.add_function(
        "t",
        move |state: &State, id: &str, kwargs: Kwargs| -> Result<Value, minijinja::Error> {
            let lang = page_locale(state);
            let locale = lang.as_str().unwrap_or_default();
            if kwargs.args().next().is_none() {
                let known = |plain: &HashMap<String, HashMap<String, Value>>| {
                    plain.get(locale).and_then(|words| words.get(id)).cloned()
                };
                if let Some(text) = plain.read().ok().and_then(|p| known(&p)) {
                    return Ok(text);
                }
                let text = Value::from(words.format(locale, id, None).map_err(missing)?);
                if let Ok(mut plain) = plain.write() {
                    let words = plain.entry(locale.to_string()).or_default();
                    words.insert(id.to_string(), text.clone());
                }
                return Ok(text);
            }
            let mut args = FluentArgs::new();
            for name in kwargs.args() {
                let value: Value = kwargs.get(name)?;
                let value = match value.as_str() {
                    Some(text) => FluentValue::from(text.to_string()),
                    None => FluentValue::from(f64::try_from(value.clone()).map_err(|_| {
                        minijinja::Error::new(
                            ErrorKind::InvalidOperation,
                            format!("`{name}` of t(\"{id}\") is neither text nor a number"),
                        )
                    })?),
                };
                args.set(name.to_string(), value);
            }
            let text = words.format(locale, id, Some(&args)).map_err(missing)?;
            Ok(Value::from(text))
        },
    );
    env.add_filter(
        "localdate",
        move |state: &State, iso: &str| -> Result<String, minijinja::Error> {
            let lang = page_locale(state);
            let locale = lang.as_str().unwrap_or_default();
            messages.date(locale, iso).map_err(missing)
        },
    );
    env
}

/// The locale of the page being rendered: `lang` in its context.
fn page_locale(state: &State) -> Value {
    state.lookup("lang").unwrap_or_default()
}

fn missing(Missing(id): Missing) -> minijinja::Error {
    minijinja::Error::new(
        ErrorKind::InvalidOperation,
        format!("no message `{id}` in any locale's site.ftl"),
    )
}

/// Writes `text` escaped for HTML and XML text and quoted attributes. Unlike minijinja's own
/// escaping it leaves `/` alone, so that URLs stay readable (and checkable) in the output. U+0000
/// becomes U+FFFD, as CommonMark has it for the document bodies.
fn write_escaped(out: &mut impl fmt::Write, text: &str) -> fmt::Result {
    // The text between special bytes is written as it is, in one piece: most text has none.
    let mut rest = text;
    let special = |(at, byte): (usize, u8)| ESCAPES[byte as usize].map(|escape| (at, escape));
    while let Some((at, escape)) = rest.bytes().enumerate().find_map(special) {
        out.write_str(&rest[..at])?;
        out.write_str(escape)?;
        rest = &rest[at + 1..];
    }
    out.write_str(rest)
}

/// What each special byte is written as; all are ASCII, so never inside a multi-byte character.
const ESCAPES: [Option<&str>; 256] = {
    let mut escapes = [None; 256];
    escapes[b'&' as usize] = Some("&amp;");
    escapes[b'<' as usize] = Some("&lt;");
    escapes[b'>' as usize] = Some("&gt;");
    escapes[b'"' as usize] = Some("&quot;");
    escapes[b'\'' as usize] = Some("&#39;");
    escapes[0] = Some("\u{fffd}");
    escapes
};

fn template_error(path: &Path, text: &str, error: &minijinja::Error) -> Error {
    let message = match error.detail() {
        Some(detail) => format!("{}: {detail}", error.kind()),
        None => error.kind().to_string(),
    };
    match error.range() {
        Some(range) => Error::syntax(path, text, range.start, message),
        None => Error::Syntax {
            path: path.to_path_buf(),
            position: crate::error::Position {
                line: error.line().unwrap_or(1),
                column: 1,
            },
            message,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_leaves_slashes() {
        let escaped = |text: &str| {
            let mut out = String::new();
            write_escaped(&mut out, text).unwrap();
            out
        };
        assert_eq!(escaped("a/b"), "a/b");
        assert_eq!(
            escaped("<a href=\"x\">'&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
        assert_eq!(
            escaped("\0한국어 <b>\0"),
            "\u{fffd}한국어 &lt;b&gt;\u{fffd}"
        );
    }

    #[test]
    fn errors_point_at_the_template_line() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("fluentpress.toml"), "").unwrap();
        std::fs::create_dir(dir.path().join(DIR)).unwrap();
        std::fs::write(
            dir.path().join("templates/page.html"),
            "<p>\n{{ t(\"nope\") }}</p>\n",
        )
        .unwrap();
        let project = Project::load(dir.path()).unwrap();
        let messages = Arc::new(Messages::load(&project, &["en".to_string()]).unwrap());
        let templates = Templates::load(&project, messages).unwrap();
        let error = templates
            .render("page.html", minijinja::context! { lang => "en" })
            .unwrap_err();
        let text = error.to_string();
        assert!(text.contains("templates/page.html:2:"), "{text}");
        assert!(text.contains("no message `nope`"), "{text}");
    }
}
