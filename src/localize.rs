//! Localizing: a document in a locale. A source parsed once, the locale's Fluent messages for
//! it as a bundle, and each unit's text in that locale; `build` (Markdown, fragments) and `site`
//! (pages) both stand on it and dispatch on the output format above it.

use std::borrow::Cow;
use std::collections::HashSet;
use std::path::Path;

use fluent_bundle::{FluentBundle, FluentResource};
use unic_langid::LanguageIdentifier;

use crate::catalog::{self, Catalog};
use crate::document::Document;
use crate::error::{Error, Result};
use crate::extract;
use crate::files;
use crate::project::Project;
use crate::render::Choice;
use crate::segment::{Segmented, UnitKind};

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
        let source_file = project.catalog_path(project.source_locale(), &document.path);
        let extracted = Catalog::load_if_exists(&source_file)?;
        Ok(Source::with_messages(document, extracted.as_ref()))
    }

    /// Parses `document`, whose messages in the source locale are `extracted` (`None`: it has
    /// no file of them yet).
    pub fn with_messages(document: &'a Document, extracted: Option<&Catalog>) -> Source<'a> {
        let segmented = Segmented::new(document);
        let ids = extract::assign_ids(&segmented.units, extracted, &HashSet::new());
        let known: HashSet<&str> = extracted.iter().flat_map(|c| c.ids()).collect();
        let extracted = ids.iter().map(|id| known.contains(id.as_str())).collect();
        Source {
            segmented,
            ids,
            extracted,
        }
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

/// Loads `locale`'s messages for `document`, or `None` when the locale has no file for it. The
/// file is parsed once, into the bundle: a page needs nothing else of it.
pub fn load_bundle(project: &Project, locale: &str, document: &Path) -> Result<Option<Bundle>> {
    let path = project.catalog_path(locale, document);
    let text = files::read_text_if_exists(&path)?;
    text.map(|text| bundle_of_text(project, locale, &path, &text))
        .transpose()
}

/// The bundle of `text`, `locale`'s messages read from `path`.
pub fn bundle_of_text(project: &Project, locale: &str, path: &Path, text: &str) -> Result<Bundle> {
    let language = match project.language(locale) {
        Some(language) => language.clone(),
        // A locale of a fallback chain (`pt` for `pt-BR`) need not be one of the project's.
        None => locale
            .parse()
            .map_err(|e| Error::invalid(path, format!("locale `{locale}`: {e}")))?,
    };
    Ok(bundle_with(language, resource_of(text)))
}

/// The bundle of the messages `catalog` reads as usable, and no others (see [`resource_of`]).
pub fn bundle_of(language: LanguageIdentifier, catalog: &Catalog) -> Bundle {
    bundle_with(language, resource_of(&catalog.text))
}

fn bundle_with(language: LanguageIdentifier, resource: FluentResource) -> Bundle {
    let mut bundle = FluentBundle::new(vec![language]);
    bundle.set_use_isolating(false);
    // `add_resource` keeps the first definition of an ID and reports the later ones, which
    // the catalog reports too.
    let _ = bundle.add_resource(resource);
    bundle
}

/// The resource of a Fluent file's `text` for a bundle: past the byte order mark. A file with
/// syntax errors still gives its readable messages; `status` and `check` report the rest.
/// Added with `add_resource`, the first definition of a duplicated ID stands.
pub fn resource_of(text: &str) -> FluentResource {
    // U+0000 becomes U+FFFD, as in the source (CommonMark), so that no output ever holds it.
    let text = text[catalog::bom_len(text)..].replace('\0', "\u{fffd}");
    FluentResource::try_new(text).unwrap_or_else(|(resource, _)| resource)
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
