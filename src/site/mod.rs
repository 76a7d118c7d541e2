//! The published site: every document as a page in every published locale, each locale's home
//! page and Atom feed, a root page to choose a language, a sitemap, the stylesheet and the
//! project's `static/` files. Pages are rendered in parallel over locale × document, each source
//! parsed once for all locales, and only when something they are made from changed.

mod cache;
mod dates;
mod links;
mod messages;
mod pages;
mod pseudo;
mod sections;
mod templates;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;
use std::path::Path;
use std::sync::Arc;

use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;

use crate::build::{self, Options, Report, Source};
use crate::document::Document;
use crate::error::{Error, Result};
use crate::files;
use crate::project::{Project, CONFIG_FILE};
use crate::state::{self, State};
use crate::status;

use cache::{Key, Manifest, PageRecord};
use messages::Messages;
use pages::{Entry, Locale, Site, Words};
use sections::Sections;
use templates::Templates;

pub use links::sanitizer;
pub use messages::FILE as MESSAGES_FILE;
pub use pseudo::LOCALE as PSEUDO_LOCALE;

/// The project folder whose files are copied into the site as they are (images, PDFs).
pub const STATIC_DIR: &str = "static";

/// Builds the site into the project's output folder.
pub fn build(project: &Project, options: &Options) -> Result<Report> {
    let mut documents = Document::load_all(project)?;
    documents.retain(|d| !d.front_matter.draft);
    let sections = Sections::new(&documents);
    check_names(project, &documents)?;
    let mut report = Report::default();
    let mut site_locales = publishable(project, &mut report.warnings)?;
    if options.pseudo {
        site_locales.push(PSEUDO_LOCALE.to_string());
    }
    let selected = match options.locales.as_slice() {
        [] => site_locales.clone(),
        some => build::locales(project, some)?,
    };
    let built: Vec<String> = site_locales
        .iter()
        .filter(|l| selected.contains(l) || *l == PSEUDO_LOCALE)
        .cloned()
        .collect();

    let messages = Arc::new(Messages::load(project, &site_locales)?);
    let templates = Templates::load(project, messages.clone())?;
    let locales = site_locales
        .iter()
        .map(|l| Locale::new(l, &messages))
        .collect::<Result<Vec<_>>>()?;
    let site = Site::new(
        project.source_locale(),
        locales,
        templates,
        &project.config.base_url,
        sections,
    );

    let output = project.output_dir();
    let old = Manifest::load(&output);
    // Published locales left out of this build keep their files.
    let kept = |path: &str| {
        let locale = path.split('/').next().unwrap_or_default();
        site_locales.iter().any(|l| l == locale) && !built.iter().any(|l| l == locale)
    };
    if options.clean {
        for path in old.outputs().filter(|p| !kept(p)) {
            remove(&output, path)?;
        }
    }
    let mut manifest = Manifest::default();
    let plan = plan_pages(project, &site, &documents, &built, &old, options.clean)?;
    for (path, record) in &plan.current {
        manifest.pages.insert(path.clone(), record.clone());
        // A section's introduction is counted with its section page.
        if record.entry.intro.is_none() {
            report.count(false);
        }
    }
    for (path, record, wrote) in render_pages(project, &site, &documents, &plan)? {
        manifest.pages.insert(path, record);
        if let Some(wrote) = wrote {
            report.count(wrote);
        }
    }
    for (path, record) in old.pages.iter().filter(|(p, _)| kept(p)) {
        manifest.pages.insert(path.clone(), record.clone());
    }
    manifest
        .others
        .extend(old.others.iter().filter(|p| kept(p)).cloned());

    for (path, bytes) in site_files(
        project,
        &site,
        &documents,
        &built,
        &manifest,
        &mut report.warnings,
    )? {
        report.count(files::write_if_changed_with(
            &files::join_inside(&output, Path::new(&path))?,
            &bytes,
            files::Durability::Rebuildable,
        )?);
        manifest.others.insert(path);
    }
    report.removed = remove_unmade(&output, &old, &manifest)?;
    report
        .warnings
        .extend(reference_warnings(&output, &manifest));
    manifest.save(&output)?;
    Ok(report)
}

/// Document names that would collide with each other or with the site's own files: two pages
/// in one folder of the site (`_index.md` beside `index.md`, or beside `a.md` in `a/`'s parent).
fn check_names(project: &Project, documents: &[Document]) -> Result<()> {
    let content = project.content_dir().unwrap_or_default();
    let mut taken: HashMap<String, &Path> = HashMap::new();
    for document in documents {
        let path = pages::slash_path(&document.path);
        if path == format!("{}.md", MESSAGES_FILE.trim_end_matches(".ftl")) {
            return Err(Error::invalid(
                content.join(&document.path),
                format!("its messages would go into {MESSAGES_FILE}, the site's own messages; give it another name"),
            ));
        }
        if let Some(other) = taken.insert(sections::page_dir(document), &document.path) {
            return Err(Error::invalid(
                content.join(&document.path),
                format!(
                    "its page would take the place of `{}`'s; give it another name or slug",
                    other.display()
                ),
            ));
        }
    }
    Ok(())
}

/// The source locale and every target locale whose translation reaches its
/// `publish_threshold`; a locale below it is left out with a warning.
fn publishable(project: &Project, warnings: &mut Vec<String>) -> Result<Vec<String>> {
    let thresholds = &project.config.publish_threshold;
    let targets = project.target_locales(&[])?;
    let gated: Vec<String> = targets
        .iter()
        .filter(|l| thresholds.contains_key(*l))
        .cloned()
        .collect();
    let mut below = BTreeSet::new();
    if !gated.is_empty() {
        for locale in status::compute(project, &gated)?.locales {
            let threshold = thresholds[&locale.locale];
            if locale.counts.percent < threshold {
                warnings.push(format!(
                    "`{}` is {}% translated, below its publish_threshold of {threshold}%: it is left out of the site",
                    locale.locale, locale.counts.percent
                ));
                below.insert(locale.locale);
            }
        }
    }
    let source = project.source_locale().to_string();
    Ok(std::iter::once(source)
        .chain(targets.into_iter().filter(|l| !below.contains(l)))
        .collect())
}

/// A document page to render.
struct Job {
    locale: String,
    document: usize,
    path: String,
    key: String,
}

struct Plan {
    /// Pages whose inputs are unchanged, with their records.
    current: Vec<(String, PageRecord)>,
    render: Vec<Job>,
    states: HashMap<String, State>,
}

/// Decides which pages to render: those whose input hash differs from the cache's, or whose
/// file is gone. Reading and hashing the inputs is all a build with nothing to do does.
fn plan_pages(
    project: &Project,
    site: &Site,
    documents: &[Document],
    built: &[String],
    old: &Manifest,
    clean: bool,
) -> Result<Plan> {
    let source_locale = project.source_locale();
    let global = global_key(project, site)?;
    let mut locale_keys = HashMap::new();
    let mut states = HashMap::new();
    for locale in built {
        let key = Key::new("locale")
            .part(global.as_bytes())
            .part(locale.as_bytes())
            .part(&messages::fingerprint_input(project, locale)?);
        locale_keys.insert(locale.clone(), key.finish());
        if locale != source_locale && locale != PSEUDO_LOCALE {
            states.insert(locale.clone(), State::load(project, locale)?);
        }
    }
    let document_keys: Vec<blake3::Hash> = documents
        .par_iter()
        .map(|d| {
            let source_catalog = read_optional(&project.catalog_path(source_locale, &d.path))?;
            // A page links to the pages before and after it in its section.
            let neighbours = site.sections.neighbours(&sections::page_dir(d));
            Ok(Key::new("document")
                .part(d.source.as_bytes())
                .part(&source_catalog)
                .part(format!("{neighbours:?}").as_bytes())
                .finish())
        })
        .collect::<Result<_>>()?;
    let pairs: Vec<(&String, usize)> = built
        .iter()
        .flat_map(|l| (0..documents.len()).map(move |d| (l, d)))
        .collect();
    let decided: Vec<std::result::Result<(String, PageRecord), Job>> = pairs
        .par_iter()
        .map(|&(locale, index)| {
            let document = &documents[index];
            let path = format!("{locale}/{}index.html", sections::page_dir(document));
            let mut key = Key::new("page")
                .part(locale_keys[locale].as_bytes())
                .part(document_keys[index].as_bytes());
            if let Some(state) = states.get(locale) {
                let translation = read_optional(&project.catalog_path(locale, &document.path))?;
                key = key
                    .part(&translation)
                    .part(records(state, &document.path).as_bytes());
            }
            let key = key.finish().to_hex().to_string();
            let output = project.output_dir().join(&path);
            Ok(match old.pages.get(&path) {
                Some(record) if !clean && record.key == key && output.is_file() => {
                    Ok((path, record.clone()))
                }
                _ => Err(Job {
                    locale: locale.clone(),
                    document: index,
                    path,
                    key,
                }),
            })
        })
        .collect::<Result<_>>()?;
    let (current, render): (Vec<_>, Vec<_>) =
        decided.into_iter().partition(std::result::Result::is_ok);
    Ok(Plan {
        current: current
            .into_iter()
            .filter_map(std::result::Result::ok)
            .collect(),
        render: render
            .into_iter()
            .filter_map(std::result::Result::err)
            .collect(),
        states,
    })
}

/// What every page depends on: the program, the configuration, the templates and the set of
/// published locales (every page links to all of them).
fn global_key(project: &Project, site: &Site) -> Result<blake3::Hash> {
    let config = read_optional(&project.root.join(CONFIG_FILE))?;
    let mut key = Key::new("site")
        .part(env!("CARGO_PKG_VERSION").as_bytes())
        .part(&config)
        .part(site.templates.fingerprint.as_bytes());
    for locale in &site.locales {
        key = key.part(locale.tag.as_bytes()).part(locale.name.as_bytes());
    }
    Ok(key.finish())
}

/// The state records of a document's messages in a locale, as text.
fn records(state: &State, document: &Path) -> String {
    let mut text = String::new();
    for (id, record) in state
        .records(&state::catalog_key(&document.with_extension("ftl")))
        .into_iter()
        .flatten()
    {
        let _ = writeln!(text, "{id}={record}");
    }
    text
}

/// A file's bytes, with a leading byte that tells a missing file from an empty one.
fn read_optional(path: &Path) -> Result<Vec<u8>> {
    match std::fs::read(path) {
        Ok(mut bytes) => {
            bytes.insert(0, 1);
            Ok(bytes)
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(vec![0]),
        Err(e) => Err(Error::io(path, e)),
    }
}

/// Renders and writes the planned pages, in parallel; each document is parsed once for all of
/// its locales. Returns each page's record and whether its file changed (none for a section's
/// introduction, which has no file of its own).
fn render_pages(
    project: &Project,
    site: &Site,
    documents: &[Document],
    plan: &Plan,
) -> Result<Vec<(String, PageRecord, Option<bool>)>> {
    let needed: BTreeSet<usize> = plan.render.iter().map(|j| j.document).collect();
    let sources: HashMap<usize, Source> = needed
        .into_par_iter()
        .map(|i| Source::new(project, &documents[i]).map(|s| (i, s)))
        .collect::<Result<_>>()?;
    let progress = ProgressBar::new(plan.render.len() as u64).with_style(
        ProgressStyle::with_template("{bar:40} {pos}/{len} pages {wide_msg}")
            .expect("a valid progress template"),
    );
    let output = project.output_dir();
    let rendered = plan
        .render
        .par_iter()
        .map(|job| {
            let source = &sources[&job.document];
            let document = &documents[job.document];
            let bundle;
            let stale;
            let words = if job.locale == site.source {
                Words::Source
            } else if job.locale == PSEUDO_LOCALE {
                Words::Pseudo
            } else {
                let state = &plan.states[&job.locale];
                bundle = build::load_bundle(project, &job.locale, &document.path)?;
                let catalog = document.path.with_extension("ftl");
                stale = match state.records(&state::catalog_key(&catalog)) {
                    Some(_) => state::stale_ids_in(project, state, &job.locale, &catalog)?,
                    None => Default::default(),
                };
                Words::Translation {
                    bundle: bundle.as_ref(),
                    stale: &stale,
                }
            };
            let page = site.document_page(&job.locale, source, words)?;
            // A section's introduction goes into its section page, which `site_files` makes.
            let wrote = match site.sections.introduces(document) {
                true => None,
                false => Some(files::write_if_changed_with(
                    &output.join(&job.path),
                    page.html.as_bytes(),
                    files::Durability::Rebuildable,
                )?),
            };
            progress.inc(1);
            let record = PageRecord {
                key: job.key.clone(),
                entry: page.entry,
                files: page.files,
                remote_images: page.remote_images,
            };
            Ok((job.path.clone(), record, wrote))
        })
        .collect::<Result<Vec<_>>>();
    progress.finish_and_clear();
    rendered
}

/// Every file but the document pages: home pages and feeds of the built locales, the root page,
/// the sitemap, the stylesheet and the static files, as paths in the output folder and bytes.
fn site_files(
    project: &Project,
    site: &Site,
    documents: &[Document],
    built: &[String],
    manifest: &Manifest,
    warnings: &mut Vec<String>,
) -> Result<Vec<(String, Vec<u8>)>> {
    let mut made = Vec::new();
    for locale in built {
        let prefix = format!("{locale}/");
        let entries: Vec<&Entry> = manifest
            .pages
            .iter()
            .filter(|(path, _)| path.starts_with(&prefix))
            .map(|(_, record)| &record.entry)
            .collect();
        for dir in &site.sections.dirs {
            made.push((
                format!("{locale}/{dir}index.html"),
                site.section_page(locale, dir, &entries)?.into_bytes(),
            ));
        }
        made.push((
            format!("{locale}/feed.xml"),
            site.feed(locale, &entries)?.into_bytes(),
        ));
    }
    made.push(("index.html".to_string(), site.root_page()?.into_bytes()));
    let dirs: Vec<String> = documents
        .iter()
        .filter(|d| !site.sections.introduces(d))
        .map(sections::page_dir)
        .chain(site.sections.dirs.iter().filter(|d| !d.is_empty()).cloned())
        .collect();
    match site.sitemap(&dirs)? {
        Some(sitemap) => made.push(("sitemap.xml".to_string(), sitemap.into_bytes())),
        None => warnings.push(format!("no sitemap.xml: search engines need the site's address; set `base_url` in {CONFIG_FILE}")),
    }
    made.push((
        templates::STYLESHEET.to_string(),
        site.templates.stylesheet.clone().into_bytes(),
    ));
    let static_dir = project.root.join(STATIC_DIR);
    for relative in files::list_all_files(&static_dir)? {
        let bytes = std::fs::read(static_dir.join(&relative))
            .map_err(|e| Error::io(static_dir.join(&relative), e))?;
        made.push((pages::slash_path(&relative), bytes));
    }
    Ok(made)
}

/// Removes the files an earlier build wrote that this one no longer makes; returns how many.
/// Files fluentpress did not write are never touched.
fn remove_unmade(output: &Path, old: &Manifest, new: &Manifest) -> Result<usize> {
    let made: BTreeSet<&String> = new.outputs().collect();
    let unmade: Vec<&String> = old.outputs().filter(|p| !made.contains(p)).collect();
    for path in &unmade {
        remove(output, path)?;
    }
    Ok(unmade.len())
}

/// Removes `path` from the output folder, if it is there, and the folders that leaves empty.
fn remove(output: &Path, path: &str) -> Result<()> {
    let file = files::join_inside(output, Path::new(path))?;
    match std::fs::remove_file(&file) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(Error::io(&file, e)),
    }
    // `remove_dir` refuses a folder that is not empty, which ends the climb.
    for dir in file.ancestors().skip(1).take_while(|d| *d != output) {
        if std::fs::remove_dir(dir).is_err() {
            break;
        }
    }
    Ok(())
}

/// Warnings about what the built pages refer to: site files that do not exist, and images from
/// other hosts, which are shown as their description.
fn reference_warnings(output: &Path, manifest: &Manifest) -> Vec<String> {
    let mut missing: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    let mut remote: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for (path, record) in &manifest.pages {
        let document = record.entry.dir.trim_end_matches('/');
        for file in record.files.iter().filter(|f| !output.join(f).exists()) {
            missing.entry(file).or_default().insert(document);
        }
        // Remote images come from one locale's translation, so the page names its locale.
        let page = path.trim_end_matches("index.html");
        for url in &record.remote_images {
            remote.entry(url).or_default().insert(page);
        }
    }
    let list = |pages: BTreeSet<&str>| pages.into_iter().collect::<Vec<_>>().join(", ");
    let missing = missing.into_iter().map(|(file, pages)| {
        format!(
            "`/{file}` (used by {}) is not in {STATIC_DIR}/ nor in the output folder",
            list(pages)
        )
    });
    let remote = remote.into_iter().map(|(url, pages)| {
        format!(
            "the image `{url}` (in {}) is on another host and is shown as its description",
            list(pages)
        )
    });
    missing.chain(remote).collect()
}
