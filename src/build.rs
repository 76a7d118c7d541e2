//! Building: every document in every locale, in the format asked for. Markdown and HTML
//! fragments are made here, documents in parallel, each parsed once for all its locales; the
//! published site is [`crate::site`]'s. Outputs are written only when their bytes change.

use std::collections::HashSet;
use std::path::Path;

use crate::document::Document;
use crate::error::{Error, Result};
use crate::files::{self, OutputFolder, Report};
use crate::localize::{self, Localized, Source};
use crate::project::Project;
use crate::render::{self, Choice};
use crate::site;
use crate::site::cache::Manifest;

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
    /// Locales to build; empty means the source locale and every target locale (for `Html`,
    /// every one the site publishes: those below their `publish_threshold` are left out).
    pub locales: Vec<String>,
    /// `Html` only: remove what the last build wrote and build everything anew.
    pub clean: bool,
    /// `Html` only: add the pseudo-locale `en-XA`.
    pub pseudo: bool,
}

/// The locales a build covers: the source locale and every target locale, or only the selected
/// ones (the source locale among them only if selected).
fn locales(project: &Project, selected: &[String]) -> Result<Vec<String>> {
    let mut locales = vec![project.source_locale().to_string()];
    if selected.is_empty() {
        locales.extend(project.target_locales(&[])?);
    } else {
        locales = project.target_locales(selected)?;
    }
    Ok(locales)
}

/// Builds the selected locales in the format asked for. The output folder is marked as being
/// written until the build ends, so that a later run knows whether to look for what a killed
/// one left (see [`files::Writing`]).
pub fn run(project: &Project, options: &Options) -> Result<Report> {
    if options.format != Format::Html && (options.clean || options.pseudo) {
        return Err(Error::usage(
            "--clean and --pseudo apply to --format html only",
        ));
    }
    let writing = files::Writing::begin(&project.output_dir())?;
    let report = match options.format {
        Format::Html => site::build(project, &options.locales, options.clean, options.pseudo)?,
        Format::Markdown | Format::Fragment => documents(project, options)?,
    };
    writing.finish()?;
    Ok(report)
}

/// Builds Markdown or fragments for the selected locales, a document at a time: each is read,
/// parsed once for all its locales, written in each and dropped. The source locale's fragments
/// are pulldown-cmark's own rendering of each file; only the rest needs each source's units.
/// Like the site, each format keeps a record of the files it wrote, so that the files of a
/// document since removed or renamed are removed too, and only those.
fn documents(project: &Project, options: &Options) -> Result<Report> {
    let locales = locales(project, &options.locales)?;
    let source_locale = project.source_locale();
    let translated = locales.iter().any(|l| l != source_locale);
    let segmented = translated || options.format == Format::Markdown;
    let sanitizer = site::sanitizer();
    let sanitize = |html: &str| sanitizer.clean(html).to_string();
    let (extension, record_file) = match options.format {
        Format::Markdown => ("md", ".fluentpress-markdown"),
        Format::Fragment | Format::Html => ("html", ".fluentpress-fragments"),
    };
    let output_of = |locale: &str, document: &Path| {
        files::slash_path(&Path::new(locale).join(document.with_extension(extension)))
    };
    let paths = project.documents()?;
    let outputs: Vec<String> = paths
        .iter()
        .flat_map(|path| locales.iter().map(|locale| output_of(locale, path)))
        .collect();
    let output_dir = project.output_dir();
    let mut record = Manifest::load_named(&output_dir, record_file);
    // Owned before they are written, so that a build killed among them leaves none unrecorded.
    let new = outputs.iter().filter(|p| !record.files.contains_key(*p));
    record.claim(&output_dir, new.map(String::as_str).collect::<Vec<_>>())?;

    let output = &OutputFolder::new(output_dir.clone());
    let written = Document::each(project, &paths, |document| {
        let source = match (translated, segmented) {
            (true, _) => Some(Source::new(project, &document)?),
            (false, true) => Some(Source::without_ids(&document)),
            (false, false) => None,
        };
        let write = |locale: &String| {
            let text = match options.format {
                Format::Fragment if locale == source_locale => render::source_fragment(&document),
                format => {
                    let source = source.as_ref().expect("segmented for the others");
                    let bundle = match locale == source_locale {
                        true => None,
                        false => localize::load_bundle(project, locale, &document.path)?,
                    };
                    let localized = localize::localize(source, bundle.as_ref());
                    let choices: Vec<Choice> = localized.iter().map(Localized::choice).collect();
                    match format {
                        Format::Markdown => render::markdown(&source.segmented, &choices),
                        Format::Fragment => {
                            render::html_fragment(&source.segmented, &choices, Some(&sanitize))
                        }
                        Format::Html => unreachable!("the site is built above"),
                    }
                }
            };
            output.write(
                Path::new(&output_of(locale, &document.path)),
                text.as_bytes(),
            )
        };
        locales.iter().map(write).collect::<Result<Vec<_>>>()
    })?;

    let mut report = Report::default();
    for (path, (wrote, stamp)) in outputs.iter().zip(written.into_iter().flatten()) {
        report.count(wrote);
        record.files.insert(path.clone(), stamp);
    }
    let made: HashSet<&str> = outputs.iter().map(String::as_str).collect();
    let built = |path: &str| locales.iter().any(|l| l == site::locale_of(path));
    let gone: Vec<String> = record
        .files
        .keys()
        .filter(|p| built(p) && !made.contains(p.as_str()))
        .cloned()
        .collect();
    report.removed = record.remove(&output_dir, gone, &mut report.warnings);
    record.save(&output_dir)?;
    Ok(report)
}
