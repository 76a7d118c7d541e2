//! A fluentpress project: the folder that holds `fluentpress.toml`, its settings, and where every
//! kind of file lives inside it (source documents, Fluent resources per locale, the output).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use unic_langid::LanguageIdentifier;

use crate::error::{Error, Result};
use crate::files;

pub const CONFIG_FILE: &str = "fluentpress.toml";
/// The project folder whose files are copied into the site as they are (images, PDFs).
pub const STATIC_DIR: &str = "static";
/// The project folder whose templates replace the built-in ones of the same name.
pub const TEMPLATES_DIR: &str = "templates";

/// How seriously `check` takes one kind of problem.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Off,
    Warning,
    Error,
}

/// The contents of `fluentpress.toml`. Every key has a default; unknown keys are errors.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    pub source_locale: String,
    pub locales: Vec<String>,
    pub content_dir: Option<PathBuf>,
    pub locales_dir: PathBuf,
    pub output_dir: PathBuf,
    /// Site title shown in page headers and feeds; translated through the site's own messages.
    pub base_url: String,
    /// Per-locale percentage below which a locale is left out of the published site.
    pub publish_threshold: BTreeMap<String, f64>,
    /// Per-check severity overrides for `fluentpress check`, keyed by check code.
    pub checks: BTreeMap<String, Level>,
    /// The glossary file that `check` enforces, relative to the project root.
    pub glossary: Option<PathBuf>,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            source_locale: "en".into(),
            locales: vec!["ko".into(), "zh-CN".into()],
            content_dir: Some("content".into()),
            locales_dir: "locales".into(),
            output_dir: "public".into(),
            base_url: String::new(),
            publish_threshold: BTreeMap::new(),
            checks: BTreeMap::new(),
            glossary: None,
        }
    }
}

/// The starter configuration `fluentpress init` writes.
pub const STARTER_CONFIG: &str = r#"# fluentpress project settings; every key is optional and shows its default.
source_locale = "en"
locales = ["ko", "zh-CN"]
content_dir = "content"
locales_dir = "locales"
output_dir = "public"
"#;

impl Config {
    /// Parses `text`, read from `path`, and checks every locale tag.
    pub fn parse(path: &Path, text: &str) -> Result<Config> {
        let config: Config = toml::from_str(text).map_err(|e| {
            let offset = e.span().map_or(0, |s| s.start);
            Error::syntax(path, text, offset, e.message().to_string())
        })?;
        let tags = std::iter::once(&config.source_locale).chain(&config.locales);
        for tag in tags.chain(config.publish_threshold.keys()) {
            if let Err(e) = tag.parse::<LanguageIdentifier>() {
                let offset = text.find(&format!("\"{tag}\"")).unwrap_or(0);
                return Err(Error::syntax(
                    path,
                    text,
                    offset,
                    format!("`{tag}` is not a BCP 47 language tag ({e})"),
                ));
            }
        }
        // Locale tags are case-insensitive (BCP 47), so `ko` and `KO` are one locale.
        let all: Vec<&String> = std::iter::once(&config.source_locale)
            .chain(&config.locales)
            .collect();
        for (i, tag) in all.iter().enumerate() {
            if let Some(other) = all[..i].iter().find(|t| t.eq_ignore_ascii_case(tag)) {
                let message = match i == 0 || *other == &config.source_locale {
                    true => format!("`{tag}` is the source locale; list only target locales in `locales`"),
                    false => format!("`{tag}` and `{other}` are one locale (tags are case-insensitive); list it once"),
                };
                return Err(Error::invalid(path, message));
            }
        }
        Ok(config)
    }
}

/// A loaded project: its root folder and settings.
#[derive(Debug, Clone)]
pub struct Project {
    pub root: PathBuf,
    pub config: Config,
}

impl Project {
    /// Finds `fluentpress.toml` in `dir` or the nearest parent folder, and loads it.
    pub fn discover(dir: &Path) -> Result<Project> {
        let start = dir.canonicalize().map_err(|e| Error::io(dir, e))?;
        let root = start
            .ancestors()
            .find(|d| d.join(CONFIG_FILE).is_file())
            .ok_or_else(|| Error::NoProject { dir: start.clone() })?;
        Project::load(root)
    }

    /// Loads the project whose `fluentpress.toml` is in `root`, and checks that its folders stay
    /// apart and inside it, that no link in its locale folders leads out of it, and that every
    /// locale's folder is spelled as its tag.
    pub fn load(root: &Path) -> Result<Project> {
        let root = root.canonicalize().map_err(|e| Error::io(root, e))?;
        let path = root.join(CONFIG_FILE);
        let text = files::read_text(&path)?;
        let config = Config::parse(&path, &text)?;
        let project = Project { root, config };
        project.check_folders()?;
        project.check_locale_folders()?;
        Ok(project)
    }

    /// Refuses settings that would make fluentpress read outside the project or write over it:
    /// content, locales, static files, templates and the glossary are in the project folder;
    /// the output folder may be anywhere (`../site`) but where it is, or holds, the project,
    /// its content or its locales.
    fn check_folders(&self) -> Result<()> {
        let config_file = self.root.join(CONFIG_FILE);
        let glossary = self.config.glossary.as_deref();
        let glossary = glossary.unwrap_or(Path::new(crate::glossary::DEFAULT_FILE));
        let mut given = vec![
            ("locales_dir", self.locales_dir()),
            ("static", self.root.join(STATIC_DIR)),
            ("templates", self.root.join(TEMPLATES_DIR)),
            ("glossary", self.root.join(glossary)),
        ];
        given.extend(self.content_dir().map(|dir| ("content_dir", dir)));
        let mut inputs = Vec::new();
        for (key, path) in given {
            let resolved = files::resolve(&path);
            if resolved.starts_with(&self.root) {
                inputs.push((key, resolved));
                continue;
            }
            let is_link =
                std::fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink());
            return Err(match is_link {
                true => Error::LinkOutside {
                    link: path,
                    target: resolved,
                },
                false => Error::invalid(
                    &config_file,
                    format!(
                        "`{key}` is {}, outside the project folder {}: fluentpress reads nothing outside the project",
                        resolved.display(),
                        self.root.display()
                    ),
                ),
            });
        }
        let output = files::resolve(&self.output_dir());
        let held = std::iter::once(("the project folder", &self.root)).chain(
            inputs
                .iter()
                .filter(|(k, _)| k.ends_with("_dir"))
                .map(|(k, d)| (*k, d)),
        );
        for (what, dir) in held {
            if dir.starts_with(&output) {
                return Err(Error::invalid(
                    &config_file,
                    format!(
                        "`output_dir` is {}, which is or holds {what} ({}): a build would write over what it reads; choose a folder of its own, such as `public`",
                        output.display(),
                        dir.display()
                    ),
                ));
            }
        }
        Ok(())
    }

    /// Refuses a link in the locale folders that leads out of the project (every command reads
    /// them, and `sync` writes through links), and a locale whose folder is spelled in another
    /// case: tags are case-insensitive, and a folder that is never found would make every
    /// translation look obsolete.
    fn check_locale_folders(&self) -> Result<()> {
        let dir = self.locales_dir();
        files::list_all_files(&self.root, &dir)?;
        let Ok(entries) = std::fs::read_dir(&dir) else {
            return Ok(());
        };
        let folders: Vec<String> = entries
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        let tags = std::iter::once(&self.config.source_locale).chain(&self.config.locales);
        for tag in tags {
            if folders.contains(tag) {
                continue;
            }
            if let Some(folder) = folders.iter().find(|f| f.eq_ignore_ascii_case(tag)) {
                return Err(Error::invalid(
                    self.root.join(CONFIG_FILE),
                    format!("the locale `{tag}` has no folder {}, but {} is there: locale tags are case-insensitive, so write `{folder}` here or rename the folder", dir.join(tag).display(), dir.join(folder).display()),
                ));
            }
        }
        Ok(())
    }

    /// Writes a starter `fluentpress.toml` in `dir`, refusing to overwrite one.
    pub fn init(dir: &Path) -> Result<PathBuf> {
        let path = dir.join(CONFIG_FILE);
        if path.exists() {
            return Err(Error::invalid(&path, "already exists; not overwriting it"));
        }
        files::write_atomic(&path, STARTER_CONFIG.as_bytes())?;
        Ok(path)
    }

    pub fn source_locale(&self) -> &str {
        &self.config.source_locale
    }

    /// The target locales, or only those in `selected` when it is not empty. Selecting a locale
    /// the project does not have is an error.
    pub fn target_locales(&self, selected: &[String]) -> Result<Vec<String>> {
        if selected.is_empty() {
            return Ok(self.config.locales.clone());
        }
        for locale in selected {
            if !self.config.locales.contains(locale) && *locale != self.config.source_locale {
                return Err(Error::usage(format!(
                    "`{locale}` is not one of this project's locales ({})",
                    self.config.locales.join(", ")
                )));
            }
        }
        Ok(selected.to_vec())
    }

    pub fn content_dir(&self) -> Option<PathBuf> {
        self.config.content_dir.as_ref().map(|d| self.root.join(d))
    }

    pub fn locales_dir(&self) -> PathBuf {
        self.root.join(&self.config.locales_dir)
    }

    pub fn locale_dir(&self, locale: &str) -> PathBuf {
        self.locales_dir().join(locale)
    }

    pub fn output_dir(&self) -> PathBuf {
        self.root.join(&self.config.output_dir)
    }

    /// The source documents, as paths relative to the content folder (`stories/a.md`).
    pub fn documents(&self) -> Result<Vec<PathBuf>> {
        match self.content_dir() {
            Some(dir) => files::list_files(&self.root, &dir, "md"),
            None => Ok(Vec::new()),
        }
    }

    /// The Fluent file of `locale` that holds the messages of `document` (`stories/a.md`).
    pub fn catalog_path(&self, locale: &str, document: &Path) -> PathBuf {
        self.locale_dir(locale).join(document.with_extension("ftl"))
    }

    /// Every Fluent file of `locale`, relative to its folder.
    pub fn catalogs(&self, locale: &str) -> Result<Vec<PathBuf>> {
        files::list_files(&self.root, &self.locale_dir(locale), "ftl")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_apply_to_an_empty_file() {
        let config = Config::parse(Path::new("f.toml"), "").unwrap();
        assert_eq!(config.source_locale, "en");
        assert_eq!(config.locales, ["ko", "zh-CN"]);
        assert_eq!(config.output_dir, Path::new("public"));
    }

    #[test]
    fn unknown_key_names_its_line() {
        let err = Config::parse(
            Path::new("f.toml"),
            "locales = [\"ko\"]\nlocale_dir = \"x\"\n",
        )
        .unwrap_err();
        let text = err.to_string();
        assert!(text.starts_with("f.toml:2:1:"), "{text}");
        assert!(text.contains("locale_dir"), "{text}");
    }

    #[test]
    fn bad_locale_tag_names_its_line() {
        let err = Config::parse(Path::new("f.toml"), "\nlocales = [\"ko\", \"not a tag\"]\n")
            .unwrap_err();
        assert!(err.to_string().starts_with("f.toml:2:"), "{err}");
    }

    #[test]
    fn a_locale_listed_twice_in_any_case_is_an_error() {
        let twice = Config::parse(Path::new("f.toml"), "locales = [\"ko\", \"KO\"]\n");
        assert!(twice.unwrap_err().to_string().contains("case-insensitive"));
        let source = Config::parse(Path::new("f.toml"), "locales = [\"EN\", \"ko\"]\n");
        assert!(source.unwrap_err().to_string().contains("source locale"));
    }

    #[test]
    fn the_starter_config_is_the_default() {
        let config = Config::parse(Path::new("f.toml"), STARTER_CONFIG).unwrap();
        let default = Config::default();
        assert_eq!(config.locales, default.locales);
        assert_eq!(config.content_dir, default.content_dir);
    }
}
