//! A fluentpress project: the folder that holds `fluentpress.toml`, its settings, and where every
//! kind of file lives inside it (source documents, Fluent resources per locale, the output).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use unic_langid::LanguageIdentifier;

use crate::catalog;
use crate::error::{Error, Result};
use crate::files;

pub const CONFIG_FILE: &str = "fluentpress.toml";
/// The project folder whose files are copied into the site as they are (images, PDFs).
pub const STATIC_DIR: &str = "static";
/// The project folder whose templates replace the built-in ones of the same name.
pub const TEMPLATES_DIR: &str = "templates";
/// The glossary file read when `fluentpress.toml` names none.
pub const GLOSSARY_FILE: &str = "glossary.toml";

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
    /// The address the site is published at (`https://example.org/blog`), for canonical and
    /// alternate-language links, feed entries and the sitemap. Empty: pages have no canonical
    /// address, feed entries get `urn:uuid:` IDs, and no sitemap is written.
    pub base_url: String,
    /// Per-locale percentage below which a locale is left out of the published site.
    pub publish_threshold: BTreeMap<String, f64>,
    /// Per-check severity overrides for `fluentpress check`, keyed by check code.
    pub checks: BTreeMap<String, Level>,
    /// The glossary file that `check` enforces, relative to the project root.
    pub glossary: Option<PathBuf>,
    /// The front matter strings that become messages: `title`, `summary` (or `description`).
    pub front_matter_messages: Vec<String>,
    /// Per locale, the locales whose translations and site words stand in for its missing
    /// ones, before the source locale's (`pt-BR = ["pt"]`, the default for `pt-BR`).
    pub fallbacks: BTreeMap<String, Vec<String>>,
    /// The language of the source locale and of every target locale, parsed from its tag once,
    /// by [`Config::parse`]; [`Project::language`] hands it out.
    #[serde(skip)]
    languages: BTreeMap<String, LanguageIdentifier>,
}

/// The front matter keys whose strings can become messages.
pub const FRONT_MATTER_MESSAGES: [&str; 2] = ["title", "summary"];

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
            front_matter_messages: FRONT_MATTER_MESSAGES.map(String::from).to_vec(),
            fallbacks: BTreeMap::new(),
            languages: BTreeMap::new(),
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

/// The file of the site's own words in every locale folder.
pub const SITE_WORDS_FILE: &str = "site.ftl";

/// The page `fluentpress init` puts in the content folder, so that the first build shows a page.
const EXAMPLE_PAGE: (&str, &str) = (
    "welcome.md",
    "+++\ntitle = \"Welcome\"\nsummary = \"A first page to edit or replace.\"\n+++\n\n\
     This page is an example: edit it, or add Markdown files beside it. Each paragraph becomes a \
     message that translators translate in `locales/`.\n",
);

impl Config {
    /// Parses `text`, read from `path`, and checks every locale tag.
    pub fn parse(path: &Path, text: &str) -> Result<Config> {
        let mut config: Config = toml::from_str(text).map_err(|e| {
            let offset = e.span().map_or(0, |s| s.start);
            Error::syntax(path, text, offset, e.message().to_string())
        })?;
        let tags = std::iter::once(&config.source_locale).chain(&config.locales);
        let fallbacks = config
            .fallbacks
            .iter()
            .flat_map(|(k, v)| std::iter::once(k).chain(v));
        let mut languages = BTreeMap::new();
        for tag in tags.chain(config.publish_threshold.keys()).chain(fallbacks) {
            match tag.parse::<LanguageIdentifier>() {
                Ok(language) => languages.insert(tag.clone(), language),
                Err(e) => {
                    return Err(at_value(
                        path,
                        text,
                        tag,
                        format!("`{tag}` is not a BCP 47 language tag ({e})"),
                    ))
                }
            };
        }
        if let Some(key) = config
            .front_matter_messages
            .iter()
            .find(|k| !FRONT_MATTER_MESSAGES.contains(&k.as_str()) && *k != "description")
        {
            return Err(at_value(
                path,
                text,
                key,
                format!("`{key}` cannot become a message: only `title` and `summary` (or `description`) can"),
            ));
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
        // Thresholds and fallbacks are checked above, but only the project's locales are
        // handed out.
        languages.retain(|tag, _| *tag == config.source_locale || config.locales.contains(tag));
        config.languages = languages;
        Ok(config)
    }
}

/// An error about the string `value` of the settings `text`, at its first quoted occurrence.
fn at_value(path: &Path, text: &str, value: &str, message: String) -> Error {
    let offset = text.find(&format!("\"{value}\"")).unwrap_or(0);
    Error::syntax(path, text, offset, message)
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
        let glossary = glossary.unwrap_or(Path::new(GLOSSARY_FILE));
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

    /// Makes a project in `dir` that builds at once: a starter `fluentpress.toml`, the source
    /// locale's `site.ftl` naming the site `title`, and an example page. Refuses to overwrite a
    /// `fluentpress.toml`, and leaves any other file that is already there as it is. Returns the
    /// files it wrote.
    pub fn init(dir: &Path, title: &str) -> Result<Vec<PathBuf>> {
        let config = dir.join(CONFIG_FILE);
        if config.exists() {
            return Err(Error::invalid(
                &config,
                "already exists; not overwriting it",
            ));
        }
        let defaults = Config::default();
        let site_words = catalog::serialize(&fluent_syntax::ast::Resource {
            body: vec![catalog::message(
                "site-title",
                Some(title),
                &[],
                Some(vec![
                    "The name of the site, in page headers, window titles and feeds.".into(),
                ]),
            )],
        });
        let starters = [
            (config, STARTER_CONFIG.to_string()),
            (
                dir.join(&defaults.locales_dir)
                    .join(&defaults.source_locale)
                    .join(SITE_WORDS_FILE),
                site_words,
            ),
            (
                dir.join(defaults.content_dir.unwrap_or_default())
                    .join(EXAMPLE_PAGE.0),
                EXAMPLE_PAGE.1.to_string(),
            ),
        ];
        let mut written = Vec::new();
        for (path, text) in starters {
            if !path.exists() {
                files::write_atomic(&path, text.as_bytes())?;
                written.push(path);
            }
        }
        Ok(written)
    }

    pub fn source_locale(&self) -> &str {
        &self.config.source_locale
    }

    /// The language `locale` names, if it is one of the project's locales.
    pub fn language(&self, locale: &str) -> Option<&LanguageIdentifier> {
        self.config.languages.get(locale)
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

    /// The locales whose words stand in for `locale`'s missing ones, nearest first, before the
    /// source locale's: the `fallbacks` setting for it, or else its parents (`pt-BR` has `pt`,
    /// `zh-Hant-TW` has `zh-Hant` then `zh`).
    pub fn fallback_chain(&self, locale: &str) -> Vec<String> {
        if let Some(chain) = self.config.fallbacks.get(locale) {
            return chain.clone();
        }
        let Ok(mut tag) = locale.parse::<LanguageIdentifier>() else {
            return Vec::new();
        };
        let mut chain = Vec::new();
        loop {
            if tag.variants().next().is_some() {
                tag.clear_variants();
            } else if tag.region.take().is_none() && tag.script.take().is_none() {
                break;
            }
            chain.push(tag.to_string());
        }
        chain.retain(|l| *l != self.config.source_locale);
        chain
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
    fn every_locale_tag_is_parsed_once_into_its_language() {
        let text = "locales = [\"ko\", \"zh-Hant-TW\"]\n[publish_threshold]\nfr = 50\n";
        let config = Config::parse(Path::new("f.toml"), text).unwrap();
        let project = Project {
            root: PathBuf::new(),
            config,
        };
        let language = project.language("zh-Hant-TW").unwrap();
        assert_eq!(
            language.script.map(|s| s.to_string()).as_deref(),
            Some("Hant")
        );
        assert_eq!(project.language("en").unwrap().to_string(), "en");
        assert_eq!(project.language("fr"), None);
    }

    #[test]
    fn bad_locale_tag_names_its_line() {
        let err = Config::parse(Path::new("f.toml"), "\nlocales = [\"ko\", \"not a tag\"]\n")
            .unwrap_err();
        assert!(err.to_string().starts_with("f.toml:2:"), "{err}");
    }

    #[test]
    fn only_titles_and_summaries_can_become_messages() {
        let text = "locales = [\"ko\"]\nfront_matter_messages = [\"title\", \"tags\"]\n";
        let err = Config::parse(Path::new("f.toml"), text).unwrap_err();
        assert!(err.to_string().starts_with("f.toml:2:"), "{err}");
        assert!(
            err.to_string().contains("`tags` cannot become a message"),
            "{err}"
        );
    }

    #[test]
    fn a_locale_falls_back_to_its_parents_unless_told_otherwise() {
        let project = |config: &str| Project {
            root: PathBuf::new(),
            config: Config::parse(Path::new("f.toml"), config).unwrap(),
        };
        let derived = project("locales = [\"pt-BR\", \"zh-Hant-TW\", \"en-GB\"]\n");
        assert_eq!(derived.fallback_chain("pt-BR"), ["pt"]);
        assert_eq!(derived.fallback_chain("zh-Hant-TW"), ["zh-Hant", "zh"]);
        assert!(
            derived.fallback_chain("en-GB").is_empty(),
            "en is the source"
        );
        assert!(derived.fallback_chain("ko").is_empty());
        let set = project("locales = [\"pt-BR\"]\n[fallbacks]\npt-BR = [\"pt-PT\", \"es\"]\n");
        assert_eq!(set.fallback_chain("pt-BR"), ["pt-PT", "es"]);
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
