//! Building: every document in every locale, rendered from its parsed source and the locale's
//! Fluent messages, in parallel over locale × document. Sources are parsed once and shared by
//! all locales; outputs are written only when their bytes change.

use std::borrow::Cow;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

use fluent_bundle::{FluentBundle, FluentResource};
use rayon::prelude::*;
use unic_langid::LanguageIdentifier;

use crate::catalog::Catalog;
use crate::document::Document;
use crate::error::{Error, Result};
use crate::extract;
use crate::files;
use crate::project::Project;
use crate::render::{self, Choice};
use crate::segment::{Segmented, UnitKind};

/// What `build` writes for each document and locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// `<locale>/<path>.md`: the reassembled Markdown, front matter included.
    Markdown,
    /// `<locale>/<path>.html`: the rendered body, nothing around it.
    Fragment,
    /// The published site: full pages, home pages, feeds and sitemap (see [`crate::site`]).
    Html,
}

#[derive(Debug, Clone)]
pub struct Options {
    pub format: Format,
    /// Locales to build; empty means the source locale and every target locale.
    pub locales: Vec<String>,
    /// `Html` only: remove what the last build wrote and build everything anew.
    pub clean: bool,
    /// `Html` only: add the pseudo-locale `en-XA`.
    pub pseudo: bool,
}

/// What a build did, counted in files.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    pub written: usize,
    /// Files that were already up to date.
    pub unchanged: usize,
    /// Files of an earlier build that this one no longer makes.
    pub removed: usize,
    pub warnings: Vec<String>,
}

impl Report {
    pub(crate) fn count(&mut self, wrote: bool) {
        if wrote {
            self.written += 1;
        } else {
            self.unchanged += 1;
        }
    }
}

/// A document parsed once, with the message ID of each unit.
pub struct Source<'a> {
    pub segmented: Segmented<'a>,
    pub ids: Vec<String>,
    /// Whether each unit's message is in the source locale's file: a unit added since the last
    /// extraction has no translation anywhere yet.
    pub extracted: Vec<bool>,
}

impl<'a> Source<'a> {
    /// Parses `document` and gives its units the IDs extraction would give them.
    pub fn new(project: &Project, document: &'a Document) -> Result<Source<'a>> {
        let segmented = Segmented::new(document);
        let source_file = project.catalog_path(project.source_locale(), &document.path);
        let previous = Catalog::load_if_exists(&source_file)?;
        let ids = extract::assign_ids(&segmented.units, previous.as_ref(), &HashSet::new());
        let known: HashSet<&str> = previous.iter().flat_map(|c| c.ids()).collect();
        let extracted = ids.iter().map(|id| known.contains(id.as_str())).collect();
        Ok(Source {
            segmented,
            ids,
            extracted,
        })
    }

    /// Parses `document` for a build of the source locale alone, which needs no message IDs.
    pub fn without_ids(document: &'a Document) -> Source<'a> {
        Source {
            segmented: Segmented::new(document),
            ids: Vec::new(),
            extracted: Vec::new(),
        }
    }
}

/// How a unit came out in a locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitState {
    /// The source locale, or a translation that reads well.
    Translated,
    /// No message for the unit: the source text stands in.
    Missing,
    /// A message that cannot be formatted: the source text stands in.
    Error,
}

/// One unit's text in a locale.
#[derive(Debug, Clone)]
pub struct Localized<'b> {
    pub text: Option<Cow<'b, str>>,
    pub title: Option<Cow<'b, str>>,
    pub state: UnitState,
}

impl Localized<'_> {
    pub fn choice(&self) -> Choice<'_> {
        Choice {
            text: self.text.as_deref(),
            title: self.title.as_deref(),
            wrap: None,
        }
    }
}

/// The Fluent messages of one locale for one document.
pub type Bundle = FluentBundle<FluentResource>;

/// Loads `locale`'s messages for `document`, or `None` when the locale has no file for it.
pub fn load_bundle(project: &Project, locale: &str, document: &Path) -> Result<Option<Bundle>> {
    let path = project.catalog_path(locale, document);
    let Some(catalog) = Catalog::load_if_exists(&path)? else {
        return Ok(None);
    };
    let language: LanguageIdentifier = locale
        .parse()
        .map_err(|e| Error::invalid(&path, format!("locale `{locale}`: {e}")))?;
    Ok(Some(bundle_of(language, &catalog)))
}

/// The bundle of the messages `catalog` reads as usable, and no others: its text past the
/// byte order mark, with the first definition of a duplicated ID. A file with syntax errors
/// still gives its readable messages; `status` and `check` report the rest.
pub fn bundle_of(language: LanguageIdentifier, catalog: &Catalog) -> Bundle {
    // U+0000 becomes U+FFFD, as in the source (CommonMark), so that no output ever holds it.
    let text = catalog.text[catalog.content_start()..].replace('\0', "\u{fffd}");
    let resource = FluentResource::try_new(text).unwrap_or_else(|(resource, _)| resource);
    let mut bundle = FluentBundle::new(vec![language]);
    bundle.set_use_isolating(false);
    // `add_resource` keeps the first definition of an ID and reports the later ones, which
    // the catalog reports too.
    let _ = bundle.add_resource(resource);
    bundle
}

/// Every unit of `source` in the locale of `bundle` (`None`: the source locale).
pub fn localize<'b>(source: &Source<'_>, bundle: Option<&'b Bundle>) -> Vec<Localized<'b>> {
    let translated = Localized {
        text: None,
        title: None,
        state: UnitState::Translated,
    };
    let Some(bundle) = bundle else {
        return vec![translated; source.segmented.units.len()];
    };
    source
        .segmented
        .units
        .iter()
        .zip(&source.ids)
        .zip(&source.extracted)
        .map(|((unit, id), extracted)| {
            let missing = Localized {
                state: UnitState::Missing,
                ..translated.clone()
            };
            let Some(message) = bundle.get_message(id).filter(|_| *extracted) else {
                return missing;
            };
            let mut errors = Vec::new();
            let mut format = |pattern| bundle.format_pattern(pattern, None, &mut errors);
            let (text, title) = if unit.kind == UnitKind::Image {
                let alt = message.get_attribute("alt").map(|a| format(a.value()));
                let title = message.get_attribute("title").map(|a| format(a.value()));
                (alt, title)
            } else {
                (message.value().map(&mut format), None)
            };
            if text.is_none() && title.is_none() {
                return missing;
            }
            if !errors.is_empty() {
                return Localized {
                    state: UnitState::Error,
                    ..translated.clone()
                };
            }
            Localized {
                text,
                title,
                state: UnitState::Translated,
            }
        })
        .collect()
}

/// The locales a build covers: the source locale and the selected targets.
pub fn locales(project: &Project, selected: &[String]) -> Result<Vec<String>> {
    let mut locales = vec![project.source_locale().to_string()];
    if selected.is_empty() {
        locales.extend(project.target_locales(&[])?);
    } else {
        locales = project.target_locales(selected)?;
    }
    Ok(locales)
}

/// Builds Markdown or fragments for the selected locales.
pub fn run(project: &Project, options: &Options) -> Result<Report> {
    files::remove_dead_temporaries(&project.output_dir())?;
    if options.format == Format::Html {
        return crate::site::build(project, options);
    }
    if options.clean || options.pseudo {
        return Err(Error::usage(
            "--clean and --pseudo apply to --format html only",
        ));
    }
    let documents = Document::load_all(project)?;
    let locales = locales(project, &options.locales)?;
    let translated = locales.iter().any(|l| l != project.source_locale());
    let sources: Vec<Source> = documents
        .par_iter()
        .map(|d| match translated {
            true => Source::new(project, d),
            false => Ok(Source::without_ids(d)),
        })
        .collect::<Result<_>>()?;
    let sanitizer = crate::site::sanitizer();
    let sanitize = |html: &str| sanitizer.clean(html).to_string();
    let jobs: Vec<(&str, &Source)> = locales
        .iter()
        .flat_map(|l| sources.iter().map(move |s| (l.as_str(), s)))
        .collect();
    let written: Vec<bool> = jobs
        .par_iter()
        .map(|(locale, source)| {
            let path = &source.segmented.document.path;
            let bundle = if *locale == project.source_locale() {
                None
            } else {
                load_bundle(project, locale, path)?
            };
            let localized = localize(source, bundle.as_ref());
            let choices: Vec<Choice> = localized.iter().map(Localized::choice).collect();
            let (text, extension) = match options.format {
                Format::Markdown => (render::markdown(&source.segmented, &choices), "md"),
                Format::Fragment => (
                    render::html_fragment(&source.segmented, &choices, Some(&sanitize)),
                    "html",
                ),
                Format::Html => unreachable!("the site is built above"),
            };
            let out = output_path(project, locale, path, extension);
            files::write_if_changed_with(&out, text.as_bytes(), files::Durability::Rebuildable)
        })
        .collect::<Result<_>>()?;
    let mut report = Report::default();
    written.into_iter().for_each(|wrote| report.count(wrote));
    Ok(report)
}

fn output_path(project: &Project, locale: &str, document: &Path, extension: &str) -> PathBuf {
    project
        .output_dir()
        .join(locale)
        .join(document.with_extension(extension))
}
