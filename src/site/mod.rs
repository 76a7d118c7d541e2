//! The published site: every document as a page in every published locale, each locale's
//! section pages (its home page among them) and Atom feed, a root page to choose a language, a
//! sitemap, the stylesheet and the project's `static/` files. Pages are rendered in parallel over locale × document, each source
//! parsed once for all locales, and only when something they are made from changed.

pub mod cache;
mod dates;
mod fresh;
mod key;
mod links;
mod messages;
mod pages;
mod pseudo;
mod sections;
mod templates;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;

use crate::catalog::Catalog;
use crate::document::Document;
use crate::error::{Error, Result};
use crate::files::{self, OutputFolder, Report, Stamp};
use crate::localize::{self, Source};
use crate::project::{Project, CONFIG_FILE};
use crate::state::{self, State};
use crate::status;

use cache::{Manifest, PageRecord};
use fresh::{Fresh, Freshness};
use key::Key;
use messages::Messages;
use pages::{Entry, Listing, Locale, Site, Words};
use sections::Sections;
use templates::Templates;

pub use links::sanitizer;
pub use messages::FILE as MESSAGES_FILE;
pub use pseudo::LOCALE as PSEUDO_LOCALE;

pub use crate::project::STATIC_DIR;

/// The cache and the record of fluentpress before they were binary: a build removes them.
const JSON_RECORDS: [&str; 2] = [".fluentpress-build.json", ".fluentpress-fresh.json"];

/// Builds the site into the project's output folder: decides which pages are out of date,
/// refuses two inputs that would make one file, records in the cache what it is about to
/// write, writes, removes what the last build made and this one does not, and saves the cache.
/// `selected` locales are built (none: every published one); `clean` first removes what the
/// last build wrote; `pseudo` adds the pseudo-locale.
pub fn build(project: &Project, selected: &[String], clean: bool, pseudo: bool) -> Result<Report> {
    let output = project.output_dir();
    let request = fresh::Request::new(selected, pseudo);
    let inputs = match fresh::check(project, &request, !clean)? {
        Freshness::UpToDate(report) => return Ok(report),
        Freshness::Stale(inputs) => inputs,
    };
    let mut documents = Document::load_all(project)?;
    documents.retain(|d| !d.front_matter.draft);
    check_names(project, &documents)?;
    let mut report = Report::default();
    let locales = Locales::choose(project, selected, pseudo, &mut report.warnings)?;
    let site = load_site(project, &locales.published, Sections::new(&documents))?;
    let mut journal = Manifest::load(&output);
    if clean {
        let old: Vec<String> = journal
            .files
            .keys()
            .filter(|p| !locales.kept(p))
            .cloned()
            .collect();
        journal.remove(&output, old, &mut report.warnings);
    }
    let plan = plan_pages(project, &site, &documents, &locales.built, &journal)?;
    let others = site_files(project, &site.sections, &locales.built)?;
    check_collisions(project, &site, &documents, &plan, &others)?;

    journal.claim(&output, plan.render.iter().map(|j| j.path.as_str()))?;
    let mut manifest = Manifest::default();
    let rendered = render_pages(project, &site, &documents, &plan)?;
    for (job, record) in plan.current {
        manifest
            .files
            .insert(job.path.clone(), journal.files[&job.path]);
        manifest.pages.insert(job.path, record);
        // A section's introduction is counted with its section page.
        if !site.sections.introduces(&documents[job.document]) {
            report.count(false);
        }
    }
    for page in rendered {
        manifest.files.insert(page.path.clone(), page.stamp);
        manifest.pages.insert(page.path, page.record);
        if let Some(wrote) = page.wrote {
            report.count(wrote);
        }
    }
    for (path, stamp) in journal.files.iter().filter(|(p, _)| locales.kept(p)) {
        manifest.files.insert(path.clone(), *stamp);
        if let Some(record) = journal.pages.get(path) {
            manifest.pages.insert(path.clone(), record.clone());
        }
    }
    write_site_files(
        project,
        &site,
        &documents,
        others,
        &mut journal,
        &mut manifest,
        &mut report,
    )?;

    let unmade: Vec<String> = journal
        .files
        .keys()
        .filter(|p| !manifest.files.contains_key(*p))
        .cloned()
        .collect();
    report.removed = journal.remove(&output, unmade, &mut report.warnings);
    let absent = absent_references(&output, &manifest);
    report
        .warnings
        .extend(reference_warnings(&manifest, &absent));
    manifest.save(&output)?;
    // The stamps taken as each file was written stand for the files: a file changed since no
    // longer matches them, and the next build goes the whole way.
    let cache_file = (
        cache::FILE.to_string(),
        Stamp::of(&output.join(cache::FILE)),
    );
    let written = manifest.files.into_iter().chain([cache_file]);
    let record = Fresh::new(request, inputs, written, absent, &report);
    Fresh::save(record, &output)?;
    for earlier in JSON_RECORDS {
        files::remove_if_exists(&output.join(earlier))?;
    }
    Ok(report)
}

/// The locales of a build.
struct Locales {
    /// Every locale on the site: the source locale and the targets that reach their
    /// `publish_threshold`, with the pseudo-locale when asked for.
    published: Vec<String>,
    /// Those built this time.
    built: Vec<String>,
}

impl Locales {
    fn choose(
        project: &Project,
        selected: &[String],
        pseudo: bool,
        warnings: &mut Vec<String>,
    ) -> Result<Locales> {
        let mut published = publishable(project, warnings)?;
        if pseudo {
            published.push(PSEUDO_LOCALE.to_string());
        }
        let selected = match selected {
            [] => published.clone(),
            some => project.target_locales(some)?,
        };
        let built = published
            .iter()
            .filter(|l| selected.contains(l) || *l == PSEUDO_LOCALE)
            .cloned()
            .collect();
        Ok(Locales { published, built })
    }

    /// Whether `path` belongs to a published locale left out of this build, which keeps its files.
    fn kept(&self, path: &str) -> bool {
        let locale = locale_of(path);
        self.published.iter().any(|l| l == locale) && !self.built.iter().any(|l| l == locale)
    }
}

/// The site's words, templates, locales and sections.
fn load_site(project: &Project, published: &[String], sections: Sections) -> Result<Site> {
    let messages = Arc::new(Messages::load(project, published)?);
    let templates = Templates::load(project, messages.clone())?;
    let locales = published
        .iter()
        .map(|l| Locale::new(l, &messages))
        .collect::<Result<Vec<_>>>()?;
    Ok(Site::new(
        project.source_locale(),
        locales,
        templates,
        &project.config.base_url,
        sections,
    ))
}

/// Refuses two inputs that would be published as one file: the last one written would win,
/// and which one that is may vary between runs. A section's introduction is no file of its own:
/// its section page is.
fn check_collisions(
    project: &Project,
    site: &Site,
    documents: &[Document],
    plan: &Plan,
    others: &[(String, SiteFile)],
) -> Result<()> {
    let content = project.content_dir().unwrap_or_default();
    let pages = plan
        .current
        .iter()
        .map(|(job, _)| job)
        .chain(&plan.render)
        .filter(|job| !site.sections.introduces(&documents[job.document]))
        .map(|job| {
            (
                job.path.as_str(),
                content.join(&documents[job.document].path),
            )
        });
    let site = others
        .iter()
        .map(|(path, file)| (path.as_str(), file.origin(project)));
    let mut origins: HashMap<&str, PathBuf> = HashMap::new();
    for (path, origin) in pages.chain(site) {
        if let Some(first) = origins.get(path) {
            return Err(Error::invalid(
                first,
                format!(
                    "it and {} would both be published as {path}; rename one of them",
                    origin.display()
                ),
            ));
        }
        origins.insert(path, origin);
    }
    Ok(())
}

/// Document names that would collide with each other or with the site's own files: two
/// introductions of one section (`_index.md` beside `index.md`, or beside `a.md` in `a/`'s
/// parent), or a page whose messages would be the site's own.
fn check_names(project: &Project, documents: &[Document]) -> Result<()> {
    let content = project.content_dir().unwrap_or_default();
    let mut taken: HashMap<&str, &Path> = HashMap::new();
    for document in documents {
        let path = files::slash_path(&document.path);
        if path == format!("{}.md", MESSAGES_FILE.trim_end_matches(".ftl")) {
            return Err(Error::invalid(
                content.join(&document.path),
                format!("its messages would go into {MESSAGES_FILE}, the site's own messages; give it another name"),
            ));
        }
        if let Some(other) = taken.insert(document.page_dir(), &document.path) {
            return Err(Error::invalid(
                content.join(&document.path),
                format!(
                    "its page would take the place of {}'s; give it another name or slug",
                    content.join(other).display()
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

/// A document page of the build.
struct Job {
    locale: String,
    document: usize,
    path: String,
    /// The hash of its inputs when the plan read them; otherwise made of what its rendering
    /// reads (see [`plan_pages`]).
    key: Option<String>,
}

/// A page as the plan first sees it.
struct Planned {
    job: Job,
    /// Whether its file is as the last build wrote it.
    written: bool,
    /// Whether its key is read by the plan.
    keyed: bool,
}

/// What a build does with a page.
enum Decision {
    /// Its inputs and its file are as the cache recorded: it stays, with its record.
    Current(Job, Box<PageRecord>),
    Render(Job),
}

struct Plan {
    current: Vec<(Job, PageRecord)>,
    render: Vec<Job>,
    states: HashMap<String, State>,
    keys: Keys,
}

/// The hashes pages' keys are made of: of what every page of a locale depends on, and of each
/// document's inputs and translations that the plan read.
struct Keys {
    locales: HashMap<String, blake3::Hash>,
    documents: HashMap<usize, blake3::Hash>,
    /// By locale and document, for the locales with a state, whose translations can be stale.
    translations: HashMap<String, HashMap<usize, blake3::Hash>>,
    /// The documents that introduce sections, by their sections' folders.
    intros: HashMap<String, usize>,
}

/// What a page's key is made of besides its enclosing sections': the hash of its document's
/// inputs and, in a locale with a state, of its translations with their records.
struct OwnParts<'a> {
    document: &'a blake3::Hash,
    translations: Option<(&'a blake3::Hash, &'a str)>,
}

impl Keys {
    /// The key of the page of `document` in `locale`. Its breadcrumbs name the enclosing
    /// sections by their introductions' titles, so their inputs are part of it: the plan reads
    /// every introduction's.
    fn page(&self, locale: &str, document: &Document, own: OwnParts<'_>) -> String {
        let mut key = Key::new("page")
            .part(self.locales[locale].as_bytes())
            .part(own.document.as_bytes());
        if let Some((translations, records)) = own.translations {
            key = key.part(translations.as_bytes()).part(records.as_bytes());
        }
        let dir = document.page_dir();
        for intro in sections::enclosing(dir).filter_map(|d| self.intros.get(d)) {
            key = key.part(self.documents[intro].as_bytes());
            if let Some(translations) = self.translations(locale, *intro) {
                key = key.part(translations.as_bytes());
            }
        }
        key.finish().to_hex().to_string()
    }

    fn translations(&self, locale: &str, document: usize) -> Option<&blake3::Hash> {
        self.translations.get(locale)?.get(&document)
    }
}

/// Decides which pages to render: those whose file is not the one the cache recorded, or whose
/// input hash differs from the cache's. Only the pages whose files are as the last build left
/// them (and sections' introductions, which the pages below them name) have their inputs read
/// and hashed here; the others are rendered whatever their inputs, and their keys made of what
/// the rendering reads, so that a build into an empty folder reads each input once. Reading
/// and hashing the inputs is all a build with nothing to do does.
fn plan_pages(
    project: &Project,
    site: &Site,
    documents: &[Document],
    built: &[String],
    cache: &Manifest,
) -> Result<Plan> {
    let states = built
        .iter()
        .filter(|l| *l != project.source_locale() && *l != PSEUDO_LOCALE)
        .map(|l| Ok((l.clone(), State::load(project, l)?)))
        .collect::<Result<HashMap<_, _>>>()?;
    let intros: HashMap<String, usize> = (0..documents.len())
        .filter(|&i| site.sections.introduces(&documents[i]))
        .map(|i| (documents[i].page_dir().to_string(), i))
        .collect();
    let output = project.output_dir();
    let pages: Vec<Planned> = built
        .iter()
        .flat_map(|l| (0..documents.len()).map(move |d| (l, d)))
        .collect::<Vec<_>>()
        .into_par_iter()
        .map(|(locale, index)| {
            let document = &documents[index];
            let path = page_path(locale, document);
            let written = cache.still_written(&output, &path);
            Planned {
                keyed: written || site.sections.introduces(document),
                written,
                job: Job {
                    locale: locale.clone(),
                    document: index,
                    path,
                    key: None,
                },
            }
        })
        .collect();
    let keyed = || pages.iter().filter(|page| page.keyed).map(|page| &page.job);
    let read: BTreeSet<usize> = keyed().map(|job| job.document).collect();
    let translated: BTreeSet<(&String, usize)> = keyed()
        .filter(|job| states.contains_key(&job.locale))
        .map(|job| (&job.locale, job.document))
        .collect();
    let source_locale = project.source_locale();
    let keys = Keys {
        locales: locale_keys(project, site, built)?,
        documents: read
            .into_par_iter()
            .map(|index| {
                let document = &documents[index];
                let english = project.catalog_path(source_locale, &document.path);
                let english = files::read_text_if_exists(&english)?;
                Ok((index, document_key(site, document, english.as_deref())))
            })
            .collect::<Result<_>>()?,
        translations: translated
            .into_par_iter()
            .map(|(locale, index)| {
                let texts = translation_texts(project, locale, &documents[index].path)?;
                Ok((locale, index, translations_key(&texts)))
            })
            .collect::<Result<Vec<_>>>()?
            .into_iter()
            .fold(HashMap::new(), |mut keys, (locale, index, key)| {
                keys.entry(locale.clone())
                    .or_insert_with(HashMap::new)
                    .insert(index, key);
                keys
            }),
        intros,
    };
    let decisions: Vec<Decision> = pages
        .into_par_iter()
        .map(|page| {
            let mut job = page.job;
            if !page.keyed {
                return Decision::Render(job);
            }
            let (locale, index) = (job.locale.as_str(), job.document);
            let document = &documents[index];
            let records = states
                .get(locale)
                .map(|state| records(state, &document.path));
            let own = OwnParts {
                document: &keys.documents[&index],
                translations: records.as_deref().map(|records| {
                    let translations = keys.translations(locale, index);
                    (
                        translations.expect("read for every page with a key"),
                        records,
                    )
                }),
            };
            let key = keys.page(locale, document, own);
            let current = cache
                .pages
                .get(&job.path)
                .filter(|r| page.written && r.key == key);
            job.key = Some(key);
            match current {
                Some(record) => Decision::Current(job, Box::new(record.clone())),
                None => Decision::Render(job),
            }
        })
        .collect();
    let mut plan = Plan {
        current: Vec::new(),
        render: Vec::new(),
        states,
        keys,
    };
    for decision in decisions {
        match decision {
            Decision::Current(job, record) => plan.current.push((job, *record)),
            Decision::Render(job) => plan.render.push(job),
        }
    }
    Ok(plan)
}

/// A document's page in a locale, as a path in the output folder.
fn page_path(locale: &str, document: &Document) -> String {
    format!("{locale}/{}index.html", document.page_dir())
}

/// The locale of a path in the output folder: its first folder.
pub(crate) fn locale_of(path: &str) -> &str {
    path.split('/').next().unwrap_or_default()
}

/// Per locale, the hash of what all its pages depend on: the site and the locale's words.
fn locale_keys(
    project: &Project,
    site: &Site,
    built: &[String],
) -> Result<HashMap<String, blake3::Hash>> {
    let global = global_key(project, site)?;
    built
        .iter()
        .map(|locale| {
            let mut key = Key::new("locale")
                .part(global.as_bytes())
                .part(locale.as_bytes());
            for words in messages::word_locales(project, locale) {
                let file = project.locale_dir(&words).join(MESSAGES_FILE);
                key = key.optional_part(read_optional(&file)?.as_deref());
            }
            Ok((locale.clone(), key.finish()))
        })
        .collect()
}

/// The hash of a document's inputs: its source, its source locale's messages (`english`) and
/// the pages it links to before and after it in its section.
fn document_key(site: &Site, document: &Document, english: Option<&str>) -> blake3::Hash {
    let neighbours = site.sections.neighbours(document.page_dir());
    Key::new("document")
        .part(document.source.as_bytes())
        .optional_part(english.map(str::as_bytes))
        .part(format!("{neighbours:?}").as_bytes())
        .finish()
}

/// What every page depends on: the program, the configuration, the templates and the set of
/// published locales (every page links to all of them).
fn global_key(project: &Project, site: &Site) -> Result<blake3::Hash> {
    let config = read_optional(&project.root.join(CONFIG_FILE))?;
    let mut key = Key::new("site")
        .part(env!("CARGO_PKG_VERSION").as_bytes())
        .optional_part(config.as_deref())
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
        .records(&files::slash_path(&document.with_extension("ftl")))
        .into_iter()
        .flatten()
    {
        let _ = writeln!(text, "{id}={record}");
    }
    text
}

/// `locale`'s file of messages for `document` and those of its fallback chain, nearest first
/// (`None` for a file that is not there).
fn translation_texts(
    project: &Project,
    locale: &str,
    document: &Path,
) -> Result<Vec<Option<String>>> {
    std::iter::once(locale.to_string())
        .chain(project.fallback_chain(locale))
        .map(|l| files::read_text_if_exists(&project.catalog_path(&l, document)))
        .collect()
}

/// The hash of [`translation_texts`].
fn translations_key(texts: &[Option<String>]) -> blake3::Hash {
    let key = Key::new("translations");
    let key = texts.iter().fold(key, |key, text| {
        key.optional_part(text.as_deref().map(str::as_bytes))
    });
    key.finish()
}

/// A file's bytes, or `None` when it is not there.
fn read_optional(path: &Path) -> Result<Option<Vec<u8>>> {
    match std::fs::read(path) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Error::io(path, e)),
    }
}

/// Renders and writes the planned pages, in parallel. Sections' introductions come first: pages
/// name their sections by them.
fn render_pages(
    project: &Project,
    site: &Site,
    documents: &[Document],
    plan: &Plan,
) -> Result<Vec<Rendered>> {
    let jobs = &plan.render;
    let output = &OutputFolder::new(project.output_dir());
    let progress = ProgressBar::new(jobs.len() as u64).with_style(
        ProgressStyle::with_template("{bar:40} {pos}/{len} pages {wide_msg}")
            .expect("a valid progress template"),
    );
    // `fingerprints`: the source locale's messages of the document, when a locale has a state;
    // `document_key`: the hash of the document's inputs, for a job without a key.
    let render = |source: &Source,
                  fingerprints: Option<&state::Source>,
                  document_key: &dyn Fn() -> blake3::Hash,
                  job: &Job,
                  intros: &Intros|
     -> Result<Rendered> {
        let document = &documents[job.document];
        let bundle;
        let stale;
        let mut translations = None;
        let words = if job.locale == site.source {
            Words::Source
        } else if job.locale == PSEUDO_LOCALE {
            Words::Pseudo
        } else {
            let state = &plan.states[&job.locale];
            let mut texts = translation_texts(project, &job.locale, &document.path)?;
            if job.key.is_none() {
                translations = Some((translations_key(&texts), records(state, &document.path)));
            }
            bundle = chained_bundle(project, &job.locale, &document.path, &texts)?;
            let catalog = files::slash_path(&document.path.with_extension("ftl"));
            stale = match (state.records(&catalog), fingerprints) {
                (Some(_), Some(source)) => {
                    let path = project.catalog_path(&job.locale, &document.path);
                    let own = texts[0].take().map(|text| Catalog::parse(&path, text));
                    state::stale_ids_in(state, &catalog, own.as_ref(), source)
                }
                _ => Default::default(),
            };
            Words::Translation {
                bundle: bundle.as_ref(),
                stale: &stale,
            }
        };
        let key = job.key.clone().unwrap_or_else(|| {
            let own = OwnParts {
                document: &document_key(),
                translations: translations
                    .as_ref()
                    .map(|(key, records)| (key, records.as_str())),
            };
            plan.keys.page(&job.locale, document, own)
        });
        let intro = |dir: &str| intros.get(&(job.locale.as_str(), dir)).copied();
        let page = site.document_page(&job.locale, source, words, &intro)?;
        // A section's introduction goes into its section page, which is a site file.
        let (stamp, wrote) = match site.sections.introduces(document) {
            true => (None, None),
            false => {
                let (wrote, stamp) = output.write(Path::new(&job.path), page.html.as_bytes())?;
                (stamp, Some(wrote))
            }
        };
        progress.inc(1);
        let record = PageRecord {
            key,
            entry: page.entry,
            files: page.files,
            remote_images: page.remote_images,
        };
        Ok(Rendered {
            path: job.path.clone(),
            record,
            stamp,
            wrote,
        })
    };
    // Each document is parsed once for all of its locales and dropped once they are written,
    // so that memory stays flat in the number of pages.
    let render_all = |jobs: &[&Job], intros: &Intros| -> Result<Vec<Rendered>> {
        let rendered: Vec<Vec<Rendered>> = by_document(jobs)
            .par_iter()
            .map(|jobs| {
                let document = &documents[jobs[0].document];
                let english = project.catalog_path(project.source_locale(), &document.path);
                let english = Catalog::load_if_exists(&english)?;
                let key = std::cell::OnceCell::new();
                let document_key = || {
                    let english = english.as_ref().map(|c| c.text.as_str());
                    *key.get_or_init(|| document_key(site, document, english))
                };
                let source = Source::with_messages(document, english.as_ref());
                // Only a locale with records of the document's translations can find them stale.
                let catalog = files::slash_path(&document.path.with_extension("ftl"));
                let recorded = |job: &&Job| {
                    let state = plan.states.get(&job.locale);
                    state.is_some_and(|s| s.records(&catalog).is_some())
                };
                let fingerprints = match jobs.iter().any(recorded) {
                    true => english.as_ref().map(|e| state::Source::parse(&e.text)),
                    false => None,
                };
                jobs.iter()
                    .map(|job| render(&source, fingerprints.as_ref(), &document_key, job, intros))
                    .collect()
            })
            .collect::<Result<_>>()?;
        Ok(rendered.into_iter().flatten().collect())
    };
    let is_intro = |job: &&Job| site.sections.introduces(&documents[job.document]);
    let (intro_jobs, page_jobs): (Vec<&Job>, Vec<&Job>) = jobs.iter().partition(is_intro);
    let mut rendered = render_all(&intro_jobs, &Intros::new())?;
    let current = plan.current.iter().filter(|(job, _)| is_intro(&job));
    let intros: Intros = current
        .map(|(job, record)| (job.path.as_str(), &record.entry))
        .chain(rendered.iter().map(|r| (r.path.as_str(), &r.record.entry)))
        .map(|(path, entry)| ((locale_of(path), entry.dir.as_str()), entry))
        .collect();
    let pages = render_all(&page_jobs, &intros);
    progress.finish_and_clear();
    rendered.extend(pages?);
    Ok(rendered)
}

/// `jobs` in groups of the same document.
fn by_document<'j>(jobs: &[&'j Job]) -> Vec<Vec<&'j Job>> {
    let mut groups: BTreeMap<usize, Vec<&Job>> = BTreeMap::new();
    for job in jobs {
        groups.entry(job.document).or_default().push(job);
    }
    groups.into_values().collect()
}

/// The entries of sections' introductions, by locale and section folder.
type Intros<'e> = HashMap<(&'e str, &'e str), &'e Entry>;

/// `locale`'s messages for `document` over those of its fallback chain, from their `texts`
/// (see [`translation_texts`]): a translation that `pt-BR` lacks comes from `pt` before the
/// source stands in.
fn chained_bundle(
    project: &Project,
    locale: &str,
    document: &Path,
    texts: &[Option<String>],
) -> Result<Option<localize::Bundle>> {
    let locales = std::iter::once(locale.to_string()).chain(project.fallback_chain(locale));
    let mut bundle: Option<localize::Bundle> = None;
    for (locale, text) in locales.zip(texts) {
        let Some(text) = text else { continue };
        match &mut bundle {
            // `add_resource` keeps the messages already there: the nearer locale's stand.
            Some(bundle) => {
                let _ = bundle.add_resource(localize::resource_of(text));
            }
            None => {
                let path = project.catalog_path(&locale, document);
                bundle = Some(localize::bundle_of_text(project, &locale, &path, text)?);
            }
        }
    }
    Ok(bundle)
}

/// A page rendered: its path in the output folder, its record, the stamp of its file and
/// whether the file changed (none for a section's introduction, which has no file of its own).
struct Rendered {
    path: String,
    record: PageRecord,
    stamp: Option<Stamp>,
    wrote: Option<bool>,
}

/// A file of the site other than a document page.
enum SiteFile {
    /// The page of a locale's section in a folder (`stories/`), its home page for ``.
    Section(String, String),
    Feed(String),
    Root,
    Sitemap,
    Stylesheet,
    /// A file of `static/`, relative to it.
    Static(PathBuf),
}

impl SiteFile {
    /// Where the file comes from, for errors.
    fn origin(&self, project: &Project) -> PathBuf {
        match self {
            SiteFile::Section(locale, dir) if dir.is_empty() => {
                format!("(the home page of `{locale}`)").into()
            }
            SiteFile::Section(locale, dir) => {
                format!("(the section page of `{dir}` in `{locale}`)").into()
            }
            SiteFile::Feed(locale) => format!("(the feed of `{locale}`)").into(),
            SiteFile::Root => "(the page to choose a language)".into(),
            SiteFile::Sitemap => "(the sitemap)".into(),
            SiteFile::Stylesheet => "(the stylesheet)".into(),
            SiteFile::Static(relative) => project.root.join(STATIC_DIR).join(relative),
        }
    }
}

/// Every file but the document pages, as paths in the output folder: section pages (home pages
/// among them) and feeds of the built locales, the root page, the sitemap, the stylesheet and
/// the static files.
fn site_files(
    project: &Project,
    sections: &Sections,
    built: &[String],
) -> Result<Vec<(String, SiteFile)>> {
    let mut made = Vec::new();
    for locale in built {
        for dir in &sections.dirs {
            made.push((
                format!("{locale}/{dir}index.html"),
                SiteFile::Section(locale.clone(), dir.clone()),
            ));
        }
        made.push((format!("{locale}/feed.xml"), SiteFile::Feed(locale.clone())));
    }
    made.push(("index.html".to_string(), SiteFile::Root));
    made.push(("sitemap.xml".to_string(), SiteFile::Sitemap));
    made.push((templates::STYLESHEET.to_string(), SiteFile::Stylesheet));
    let static_dir = project.root.join(STATIC_DIR);
    for relative in files::list_all_files(&project.root, &static_dir)? {
        made.push((files::slash_path(&relative), SiteFile::Static(relative)));
    }
    Ok(made)
}

/// Makes and writes the site files, recording first in `journal` those whose bytes change. A
/// file is made once to tell whether it changes and again to be written, so that no more than
/// one file per core is held in memory, however many sections the site has.
fn write_site_files(
    project: &Project,
    site: &Site,
    documents: &[Document],
    others: Vec<(String, SiteFile)>,
    journal: &mut Manifest,
    manifest: &mut Manifest,
    report: &mut Report,
) -> Result<()> {
    let output = &OutputFolder::new(project.output_dir());
    let listings = listings(site, manifest);
    let bytes = |file: &SiteFile| site_file_bytes(project, site, documents, &listings, file);
    let changes: Vec<bool> = others
        .par_iter()
        .map(|(path, file)| match std::fs::read(output.root.join(path)) {
            Ok(old) => Ok(bytes(file)?.is_none_or(|new| new != old)),
            Err(_) => Ok(true),
        })
        .collect::<Result<_>>()?;
    let changing = others.iter().zip(&changes).filter(|(_, changes)| **changes);
    journal.claim(&output.root, changing.map(|((path, _), _)| path.as_str()))?;
    let written: Vec<Option<(bool, Option<Stamp>)>> = others
        .par_iter()
        .zip(&changes)
        .map(|((path, file), &changes)| match changes {
            false => {
                let file = output.join(Path::new(path))?;
                Ok(Some((false, Stamp::of(&file))))
            }
            true => match bytes(file)? {
                Some(bytes) => output.write(Path::new(path), &bytes).map(Some),
                None => Ok(None),
            },
        })
        .collect::<Result<_>>()?;
    for ((path, _), written) in others.into_iter().zip(written) {
        match written {
            Some((wrote, stamp)) => {
                report.count(wrote);
                manifest.files.insert(path, stamp);
            }
            None => report.warnings.push(format!("no sitemap.xml: search engines need the site's address; set `base_url` in {CONFIG_FILE}")),
        }
    }
    Ok(())
}

/// Each published locale's pages as its section pages and feed list them: made once, not per
/// section page.
fn listings<'a>(site: &'a Site, manifest: &'a Manifest) -> HashMap<&'a str, Listing<'a>> {
    let mut entries: HashMap<&str, Vec<&Entry>> = HashMap::new();
    for (path, record) in &manifest.pages {
        entries
            .entry(locale_of(path))
            .or_default()
            .push(&record.entry);
    }
    site.locales
        .iter()
        .map(|l| {
            let tag = l.tag.as_str();
            (tag, site.listing(entries.remove(tag).unwrap_or_default()))
        })
        .collect()
}

/// The bytes of a site file; `None` for the sitemap of a site without an address.
fn site_file_bytes(
    project: &Project,
    site: &Site,
    documents: &[Document],
    listings: &HashMap<&str, Listing<'_>>,
    file: &SiteFile,
) -> Result<Option<Vec<u8>>> {
    let listing = |locale: &str| &listings[locale];
    let text = match file {
        SiteFile::Section(locale, dir) => site.section_page(locale, dir, listing(locale))?,
        SiteFile::Feed(locale) => site.feed(locale, &listing(locale).entries)?,
        SiteFile::Root => site.root_page()?,
        SiteFile::Sitemap => {
            let dirs: Vec<String> = documents
                .iter()
                .filter(|d| !site.sections.introduces(d))
                .map(|d| d.page_dir().to_string())
                .chain(site.sections.dirs.iter().filter(|d| !d.is_empty()).cloned())
                .collect();
            match site.sitemap(&dirs)? {
                Some(sitemap) => sitemap,
                None => return Ok(None),
            }
        }
        SiteFile::Stylesheet => site.templates.stylesheet.clone(),
        SiteFile::Static(relative) => {
            let path = project.root.join(STATIC_DIR).join(relative);
            return std::fs::read(&path)
                .map(Some)
                .map_err(|e| Error::io(&path, e));
        }
    };
    Ok(Some(text.into_bytes()))
}

/// The files the built pages refer to that are in neither the static nor the output folder.
fn absent_references(output: &Path, manifest: &Manifest) -> BTreeSet<String> {
    let referred = manifest.pages.values().flat_map(|r| &r.files);
    referred
        .filter(|f| !output.join(f).exists())
        .cloned()
        .collect()
}

/// How many places a warning names before it counts the rest: a file shared by a thousand
/// pages is one warning a reader can take in, not a thousand names.
const NAMED_PLACES: usize = 5;

/// The first [`NAMED_PLACES`] of `count` places, and how many more there are.
fn named_few<'a>(count: usize, places: impl Iterator<Item = &'a str>) -> String {
    let named = places.take(NAMED_PLACES).collect::<Vec<_>>().join(", ");
    match count.saturating_sub(NAMED_PLACES) {
        0 => named,
        more => format!("{named} and {more} more"),
    }
}

/// Warnings about what the built pages refer to: site files that do not exist (`absent`), and
/// images from other hosts, which are shown as their description.
fn reference_warnings(manifest: &Manifest, absent: &BTreeSet<String>) -> Vec<String> {
    let mut missing: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    let mut remote: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for (path, record) in &manifest.pages {
        let document = record.entry.dir.trim_end_matches('/');
        for file in record.files.iter().filter(|f| absent.contains(*f)) {
            missing.entry(file).or_default().insert(document);
        }
        // Remote images come from one locale's translation, so the page names its locale.
        let page = path.trim_end_matches("index.html");
        for url in &record.remote_images {
            remote.entry(url).or_default().insert(page);
        }
    }
    let list = |pages: BTreeSet<&str>| named_few(pages.len(), pages.into_iter());
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_warning_names_a_few_places_and_counts_the_rest() {
        let places = |n: usize| (0..n).map(|i| format!("p{i}/")).collect::<Vec<_>>();
        let named = |n: usize| named_few(n, places(n).iter().map(String::as_str));
        assert_eq!(named(1), "p0/");
        assert_eq!(named(5), "p0/, p1/, p2/, p3/, p4/");
        assert_eq!(named(174), "p0/, p1/, p2/, p3/, p4/ and 169 more");
    }
}
