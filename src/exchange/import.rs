//! `fluentpress import`: translations from PO or XLIFF files, and from gettext Markdown books,
//! written into the locale's `.ftl` files through `sync`'s writer, which refuses a translation
//! that changed since the export and Fluent that does not read.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use super::migrate::{self, BookEntry, Unused};
use super::{entry_text, fields, pattern_source, reblocked, Seen, Unit, UnitState};
use crate::check;
use crate::error::{Error, Result};
use crate::files;
use crate::project::{Level, Project, GLOSSARY_FILE};
use crate::state::{Fingerprint, MessageState, Source};
use crate::status;
use crate::sync::{self, Edit, Expected, Outcome};

#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    /// Show what would change, write nothing.
    pub dry_run: bool,
    /// The locale, when the file does not say.
    pub locale: Option<String>,
}

/// Why a translation was not written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Skip {
    /// The translation in the `.ftl` changed after the export.
    Conflict,
    /// The source now needs Fluent syntax, and the unit was exported as text.
    SourceChanged,
    /// Still marked for review (PO `fuzzy`, XLIFF needs review).
    StillStale,
    /// Not valid Fluent: where and why.
    Invalid(String),
    /// The source has no such message.
    Unknown,
    /// Some field of the message (an image's title, say) has no translation.
    Incomplete(String),
    /// `check` reports an error in it: the first one.
    Rejected(String),
}

impl Skip {
    pub fn describe(&self) -> String {
        match self {
            Skip::Conflict => {
                "conflict: the translation changed in the .ftl after the export".into()
            }
            Skip::SourceChanged => "the source now needs Fluent syntax; export again".into(),
            Skip::StillStale => "still marked fuzzy / needs review".into(),
            Skip::Invalid(why) => format!("not valid Fluent: {why}"),
            Skip::Unknown => "no such message in the source".into(),
            Skip::Incomplete(field) => format!("`{field}` has no translation"),
            Skip::Rejected(why) => format!("check rejects it: {why}"),
        }
    }
}

/// What an import did with one exchange file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportReport {
    pub file: PathBuf,
    pub locale: String,
    /// Keys (`stories/a.ftl#p-id`) of the translations written (or that would be, dry run).
    pub written: Vec<String>,
    pub unchanged: usize,
    /// Key, the `.ftl` location when known, and why nothing was written.
    pub skipped: Vec<(String, Option<String>, Skip)>,
}

/// Imports every file of `paths`.
pub fn import(
    project: &Project,
    paths: &[PathBuf],
    options: &ImportOptions,
) -> Result<Vec<ImportReport>> {
    paths
        .iter()
        .map(|path| import_file(project, path, options))
        .collect()
}

/// Imports the exchange file `path`: plans every catalog's edits, tries them, writes those
/// that pass.
fn import_file(project: &Project, path: &Path, options: &ImportOptions) -> Result<ImportReport> {
    let text = files::read_text(path)?;
    let exchange = super::read(path, &text)?;
    let locale = locale_of(project, path, options, exchange.target.as_deref())?;
    let mut report = ImportReport {
        file: path.to_path_buf(),
        locale: locale.clone(),
        written: Vec::new(),
        unchanged: 0,
        skipped: Vec::new(),
    };
    let mut by_catalog: BTreeMap<&str, Vec<&Unit>> = BTreeMap::new();
    for unit in &exchange.units {
        by_catalog.entry(&unit.file).or_default().push(unit);
    }
    let mut planned = BTreeMap::new();
    for (catalog, units) in by_catalog {
        let edits = plan_catalog(project, &locale, Path::new(catalog), &units, &mut report)?;
        if !edits.is_empty() {
            planned.insert(PathBuf::from(catalog), edits);
        }
    }
    let rejected = trial(project, &locale, &planned)?;
    for (catalog, edits) in planned {
        let key = |id: &str| format!("{}#{id}", files::slash_path(&catalog));
        let mut kept = Vec::with_capacity(edits.len());
        for (edit, location) in edits {
            match rejected.get(&(catalog.clone(), edit.id.clone())) {
                Some(skip) => report.skipped.push((key(&edit.id), location, skip.clone())),
                None => kept.push((edit, location)),
            }
        }
        let edits = kept;
        if options.dry_run {
            report.written.extend(edits.iter().map(|(e, _)| key(&e.id)));
        } else {
            write(project, &locale, &catalog, edits, &mut report)?;
        }
    }
    Ok(report)
}

fn locale_of(
    project: &Project,
    path: &Path,
    options: &ImportOptions,
    declared: Option<&str>,
) -> Result<String> {
    let locale =
        options.locale.as_deref().or(declared).ok_or_else(|| {
            Error::invalid(path, "names no target language; give it with --locale")
        })?;
    Ok(project.target_locales(&[locale.to_string()])?.remove(0))
}

/// A message's new translation, built from the exchange units of its fields.
enum Planned {
    Write(Edit),
    Unchanged,
    Skip(Skip),
}

/// The edits of one catalog's units, with the `.ftl` location of each; what needs no edit or
/// cannot have one goes into `report`.
fn plan_catalog(
    project: &Project,
    locale: &str,
    catalog: &Path,
    units: &[&Unit],
    report: &mut ImportReport,
) -> Result<Vec<(Edit, Option<String>)>> {
    let current = status::units(project, locale, catalog)?;
    // The fields of a message arrive as `id.attribute` units; Fluent IDs never hold a dot.
    let mut by_message: Vec<(&str, Vec<&Unit>)> = Vec::new();
    for unit in units {
        let id = unit.id.split('.').next().unwrap_or_default();
        match by_message.iter_mut().find(|(m, _)| *m == id) {
            Some((_, group)) => group.push(unit),
            None => by_message.push((id, vec![unit])),
        }
    }
    let mut edits = Vec::new();
    for (id, group) in by_message {
        if group.iter().all(|u| u.target.is_none()) {
            continue;
        }
        let location = group[0]
            .location
            .as_ref()
            .map(|(file, line)| format!("{file}:{line}"));
        let plan = match current.iter().find(|u| u.id == id) {
            None => Planned::Skip(Skip::Unknown),
            Some(now) => plan(now, &group),
        };
        match plan {
            Planned::Unchanged => report.unchanged += 1,
            Planned::Skip(skip) => report.skipped.push((group[0].key(), location, skip)),
            Planned::Write(edit) => edits.push((edit, location)),
        }
    }
    Ok(edits)
}

/// Writes `edits` into `catalog` through `sync`'s writer, which checks once more, under the
/// lock, that each translation is still the one the export saw.
fn write(
    project: &Project,
    locale: &str,
    catalog: &Path,
    edits: Vec<(Edit, Option<String>)>,
    report: &mut ImportReport,
) -> Result<()> {
    let plain: Vec<Edit> = edits.iter().map(|(e, _)| e.clone()).collect();
    let outcomes = sync::write(project, locale, catalog, &plain)?;
    let key = |id: &str| format!("{}#{id}", files::slash_path(catalog));
    for ((edit, location), outcome) in edits.into_iter().zip(outcomes) {
        match skip_of(outcome) {
            None => report.written.push(key(&edit.id)),
            Some(skip) => report.skipped.push((key(&edit.id), location, skip)),
        }
    }
    Ok(())
}

/// Why the writer wrote nothing, if it did not.
fn skip_of(outcome: Outcome) -> Option<Skip> {
    match outcome {
        Outcome::Written => None,
        Outcome::Conflict { .. } => Some(Skip::Conflict),
        Outcome::Unknown => Some(Skip::Unknown),
        Outcome::Invalid(problems) => Some(Skip::Invalid(
            problems
                .iter()
                .map(|p| format!("{}: {}", p.position, p.message))
                .collect::<Vec<_>>()
                .join("; "),
        )),
    }
}

/// The edits the writer refuses or `check` rejects with an error once written, by catalog and
/// ID. They are tried on a copy of the source and target locale files, so that the project's
/// own files change only once, only for edits that pass, and a dry run sees what a real run
/// would refuse.
fn trial(
    project: &Project,
    locale: &str,
    planned: &BTreeMap<PathBuf, Vec<(Edit, Option<String>)>>,
) -> Result<HashMap<(PathBuf, String), Skip>> {
    let mut rejected = HashMap::new();
    if planned.is_empty() {
        return Ok(rejected);
    }
    let trial_dir = tempfile::tempdir().map_err(|e| Error::io(std::env::temp_dir(), e))?;
    let mut config = project.config.clone();
    config.content_dir = project.content_dir();
    let trial = Project {
        root: trial_dir.path().to_path_buf(),
        config,
    };
    for l in [project.source_locale(), locale] {
        copy_dir(&project.root, &project.locale_dir(l), &trial.locale_dir(l))?;
    }
    let glossary = project
        .config
        .glossary
        .clone()
        .unwrap_or_else(|| PathBuf::from(GLOSSARY_FILE));
    if let Some(text) = files::read_text_if_exists(&files::join_inside(&project.root, &glossary)?)?
    {
        files::write_atomic(&trial.root.join(&glossary), text.as_bytes())?;
    }
    for (catalog, edits) in planned {
        let plain: Vec<Edit> = edits.iter().map(|(e, _)| e.clone()).collect();
        let outcomes = sync::write(&trial, locale, catalog, &plain)?;
        for (edit, outcome) in plain.into_iter().zip(outcomes) {
            if let Some(skip) = skip_of(outcome) {
                rejected.insert((catalog.clone(), edit.id), skip);
            }
        }
    }
    let report = check::run(
        &trial,
        &check::Options {
            locales: vec![locale.to_string()],
        },
    )?;
    let locale_dir = trial.config.locales_dir.join(locale);
    for diagnostic in report
        .diagnostics
        .iter()
        .filter(|d| d.level == Level::Error)
    {
        let (Ok(catalog), Some(id)) = (diagnostic.file.strip_prefix(&locale_dir), &diagnostic.id)
        else {
            continue;
        };
        let edited = planned
            .get(catalog)
            .is_some_and(|edits| edits.iter().any(|(e, _)| &e.id == id));
        if edited {
            rejected
                .entry((catalog.to_path_buf(), id.clone()))
                .or_insert_with(|| {
                    Skip::Rejected(format!(
                        "{}: {}",
                        diagnostic.code.as_str(),
                        diagnostic.message
                    ))
                });
        }
    }
    Ok(rejected)
}

/// Copies the files under `from` (in the project folder `root`) to `to`.
fn copy_dir(root: &Path, from: &Path, to: &Path) -> Result<()> {
    for relative in files::list_all_files(root, from)? {
        let bytes =
            std::fs::read(from.join(&relative)).map_err(|e| Error::io(from.join(&relative), e))?;
        files::write_if_changed_with(&to.join(&relative), &bytes, files::Durability::Rebuildable)?;
    }
    Ok(())
}

/// What to do with the exchange units `group` of the message `now` describes. A translation
/// is made from the source the exchange file shows: when that is not the current source any
/// more, it is written stale.
fn plan(now: &status::Unit, group: &[&Unit]) -> Planned {
    let current_fields = now.translation.as_deref().and_then(fields);
    let (exported_source, value, unchanged) = if group.iter().any(|u| u.fluent) {
        let unit = group[0];
        let Some(target) = unit.target.as_deref().map(reblocked) else {
            return Planned::Skip(Skip::Incomplete(unit.id.clone()));
        };
        let unchanged = now.translation.as_deref().map(str::trim_end) == Some(target.trim_end());
        (reblocked(&unit.source), target, unchanged)
    } else {
        let Some(source) = fields(&now.source) else {
            return Planned::Skip(Skip::SourceChanged);
        };
        let mut new = Vec::with_capacity(source.len());
        let mut exported = Vec::with_capacity(source.len());
        for (name, text) in &source {
            let field = super::field_id(&now.id, name.as_deref());
            let unit = group.iter().find(|u| u.id == field);
            let shown = unit.map_or(text, |u| &u.source);
            exported.push((name.clone(), shown.clone()));
            let kept = current_fields
                .as_ref()
                .and_then(|c| c.iter().find(|(n, _)| n == name))
                .map(|(_, t)| t.clone());
            match unit.and_then(|u| u.target.clone()).or(kept) {
                Some(text) => new.push((name.clone(), text)),
                None => return Planned::Skip(Skip::Incomplete(field)),
            }
        }
        let unchanged = current_fields.as_ref() == Some(&new);
        (pattern_source(&exported), pattern_source(&new), unchanged)
    };
    if unchanged {
        return Planned::Unchanged;
    }
    if group.iter().any(|u| u.state == UnitState::Stale) {
        return Planned::Skip(Skip::StillStale);
    }
    let expected = match group.iter().find_map(|u| u.seen.as_ref()) {
        None => Expected::Any,
        Some(Seen::Nothing) => Expected::Nothing,
        Some(Seen::Fingerprint(f)) => match f.parse::<Fingerprint>() {
            Ok(f) => Expected::Translation(f),
            Err(why) => return Planned::Skip(Skip::Invalid(why)),
        },
    };
    let conflict = match expected {
        Expected::Any => false,
        Expected::Nothing => now.fingerprint.is_some(),
        Expected::Translation(f) => now.fingerprint != Some(f),
    };
    if conflict {
        return Planned::Skip(Skip::Conflict);
    }
    Planned::Write(Edit {
        id: now.id.clone(),
        value,
        expected,
        made_from: fingerprint_of(&now.id, &exported_source),
    })
}

/// The fingerprint of the source entry `id = pattern_source`, as the state file records it.
fn fingerprint_of(id: &str, pattern_source: &str) -> Option<Fingerprint> {
    let source = Source::parse(&entry_text(id, pattern_source));
    source.get(id).map(|entry| entry.fingerprint)
}

/// What a migration from a gettext book did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MigrationReport {
    pub locale: String,
    /// Units whose source is plain text (the ones a book can translate).
    pub units: usize,
    /// Units whose source matched an entry.
    pub matched: usize,
    /// Of those, the ones already translated in the project (left as they are).
    pub already: usize,
    /// Translations written (or that would be, dry run).
    pub written: usize,
    /// Of those, the ones from fuzzy entries, recorded as stale.
    pub stale: usize,
    pub entries: usize,
    /// Entries no unit took, by reason, with the PO line of each.
    pub unused: BTreeMap<Unused, Vec<usize>>,
}

/// Gives every missing unit of `locale` (from the book, or `options.locale`) whose source
/// matches an entry of the gettext book `book` that entry's translation; a fuzzy entry's comes
/// in stale.
pub fn migrate(project: &Project, book: &Path, options: &ImportOptions) -> Result<MigrationReport> {
    let text = files::read_text(book)?;
    let (language, entries) = migrate::read_book(book, &text)?;
    let locale = locale_of(project, book, options, language.as_deref())?;
    let mut candidates: Vec<(PathBuf, status::Unit, String)> = Vec::new();
    for catalog in project.catalogs(project.source_locale())? {
        let document = match project.content_dir() {
            Some(dir) => files::read_text_if_exists(&dir.join(catalog.with_extension("md")))?,
            None => None,
        };
        let definitions = document.as_deref().map(migrate::reference_definitions);
        for unit in status::units(project, &locale, &catalog)? {
            if let Some([(None, text)]) = fields(&unit.source).as_deref() {
                let text = match &definitions {
                    Some(definitions) => format!("{text}\n\n{definitions}"),
                    None => text.clone(),
                };
                candidates.push((catalog.clone(), unit, text));
            }
        }
    }
    let sources: Vec<&str> = candidates.iter().map(|(_, _, t)| t.as_str()).collect();
    let matching = migrate::match_units(&sources, &entries);
    let mut report = MigrationReport {
        locale: locale.clone(),
        units: candidates.len(),
        matched: 0,
        already: 0,
        written: 0,
        stale: 0,
        entries: entries.len(),
        unused: BTreeMap::new(),
    };
    for (entry, why) in &matching.unused {
        report
            .unused
            .entry(*why)
            .or_default()
            .push(entries[*entry].line);
    }
    let mut edits: BTreeMap<&Path, Vec<(Edit, &BookEntry)>> = BTreeMap::new();
    for ((catalog, unit, _), entry) in candidates.iter().zip(&matching.units) {
        let Some(entry) = entry.map(|e| &entries[e]) else {
            continue;
        };
        report.matched += 1;
        if unit.state != MessageState::Missing {
            report.already += 1;
            continue;
        }
        // A fuzzy translation was made from its previous source, or from one nobody knows: the
        // empty text, which no source entry has.
        let made_from = entry.fuzzy.then(|| {
            let previous = entry
                .previous
                .as_ref()
                .map(|p| pattern_source(&[(None, p.clone())]));
            previous
                .and_then(|p| fingerprint_of(&unit.id, &p))
                .unwrap_or_else(|| Fingerprint::of(""))
        });
        let edit = Edit {
            id: unit.id.clone(),
            value: pattern_source(&[(None, entry.translation.clone())]),
            expected: Expected::Nothing,
            made_from,
        };
        edits.entry(catalog).or_default().push((edit, entry));
    }
    for (catalog, edits) in edits {
        if options.dry_run {
            report.written += edits.len();
            report.stale += edits.iter().filter(|(_, e)| e.fuzzy).count();
            continue;
        }
        let plain: Vec<Edit> = edits.iter().map(|(e, _)| e.clone()).collect();
        let outcomes = sync::write(project, &locale, catalog, &plain)?;
        let written = edits.iter().zip(&outcomes);
        let written: Vec<&BookEntry> = written
            .filter(|(_, outcome)| **outcome == Outcome::Written)
            .map(|((_, entry), _)| *entry)
            .collect();
        report.written += written.len();
        report.stale += written.iter().filter(|e| e.fuzzy).count();
    }
    Ok(report)
}
