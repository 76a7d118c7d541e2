//! `fluentpress export` and `fluentpress tm export`: a locale's units from the per-unit view of
//! `status`, turned into the plain text a CAT tool shows, and written in an exchange format.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::{field_id, fields, tmx, unblocked, Fields, Format, Languages, Seen, Unit, UnitState};
use crate::error::Result;
use crate::files;
use crate::project::Project;
use crate::state::MessageState;
use crate::status;

/// What to export.
#[derive(Debug, Clone)]
pub struct ExportOptions {
    pub locale: String,
    pub format: Format,
    /// Only units in these states; all when empty.
    pub only: Vec<UnitState>,
    /// One file per catalog instead of one for the locale.
    pub split: bool,
}

/// One exchange file: its name (`ko.po`, or `stories/a.po` when split) and text.
#[derive(Debug, Clone)]
pub struct Exported {
    pub name: PathBuf,
    pub text: String,
    pub units: usize,
}

/// The exchange files of `options.locale`.
pub fn export(project: &Project, options: &ExportOptions) -> Result<Vec<Exported>> {
    let locale = project
        .target_locales(std::slice::from_ref(&options.locale))?
        .remove(0);
    let languages = Languages {
        source: project.source_locale().to_string(),
        target: locale.clone(),
    };
    let mut groups = Vec::new();
    for catalog in project.catalogs(project.source_locale())? {
        let units: Vec<Unit> = units_of(project, &locale, &catalog)?
            .into_iter()
            .filter(|u| options.only.is_empty() || options.only.contains(&u.state))
            .collect();
        groups.push((catalog, units));
    }
    let extension = options.format.extension();
    let files: Vec<(PathBuf, Vec<Unit>)> = if options.split {
        groups
            .into_iter()
            .filter(|(_, units)| !units.is_empty())
            .map(|(catalog, units)| (catalog.with_extension(extension), units))
            .collect()
    } else {
        let all = groups.into_iter().flat_map(|(_, units)| units).collect();
        vec![(PathBuf::from(format!("{locale}.{extension}")), all)]
    };
    files
        .into_iter()
        .map(|(name, units)| {
            Ok(Exported {
                text: super::write(options.format, &languages, &units)?,
                units: units.len(),
                name,
            })
        })
        .collect()
}

/// The exchange units of the file `catalog` (relative to the locale folder) of `locale`: one per
/// message, or one per field when the message has attributes and every part is plain text.
pub(crate) fn units_of(project: &Project, locale: &str, catalog: &Path) -> Result<Vec<Unit>> {
    let key = files::slash_path(catalog);
    let location_file = files::slash_path(
        &Path::new(&project.config.locales_dir)
            .join(locale)
            .join(catalog),
    );
    let mut units = Vec::new();
    for unit in status::units(project, locale, catalog)? {
        let state = match unit.state {
            MessageState::Translated => UnitState::Translated,
            MessageState::Stale => UnitState::Stale,
            MessageState::Missing | MessageState::Error => UnitState::Missing,
        };
        let translation = unit.translation.filter(|_| state != UnitState::Missing);
        let base = Unit {
            file: key.clone(),
            id: unit.id.clone(),
            source: unblocked(&unit.source),
            target: translation.as_deref().map(unblocked),
            state,
            previous_source: unit.previous_source.as_deref().map(unblocked),
            note: unit.comment.clone(),
            location: unit.line.map(|line| (location_file.clone(), line)),
            seen: Some(match unit.fingerprint {
                Some(fingerprint) => Seen::Fingerprint(fingerprint.to_string()),
                None => Seen::Nothing,
            }),
            fluent: true,
        };
        let source = fields(&unit.source);
        let target = translation.as_deref().map(fields);
        let previous = unit.previous_source.as_deref().and_then(fields);
        let same_shape = |t: &Fields, s: &Fields| t.iter().map(|f| &f.0).eq(s.iter().map(|f| &f.0));
        match (source, target) {
            (Some(source), None) => units.extend(split(&base, &source, None, previous.as_ref())),
            (Some(source), Some(Some(target))) if same_shape(&target, &source) => {
                units.extend(split(&base, &source, Some(&target), previous.as_ref()))
            }
            _ => units.push(base),
        }
    }
    Ok(units)
}

/// `base` as one plain-text unit per field of its message.
fn split(
    base: &Unit,
    source: &[(Option<String>, String)],
    target: Option<&Fields>,
    previous: Option<&Fields>,
) -> Vec<Unit> {
    let find = |list: Option<&Fields>, name: &Option<String>| {
        list.and_then(|l| l.iter().find(|(n, _)| n == name))
            .map(|(_, t)| t.clone())
    };
    source
        .iter()
        .map(|(name, text)| Unit {
            id: field_id(&base.id, name.as_deref()),
            source: text.clone(),
            target: find(target, name),
            previous_source: find(previous, name),
            fluent: false,
            ..base.clone()
        })
        .collect()
}

/// Every current translation of every locale, as TMX 1.4.
pub fn tm_export(project: &Project) -> Result<String> {
    let locales = project.target_locales(&[])?;
    let mut entries: Vec<tmx::Entry> = Vec::new();
    for catalog in project.catalogs(project.source_locale())? {
        let mut index: HashMap<String, usize> = HashMap::new();
        for locale in &locales {
            for unit in units_of(project, locale, &catalog)? {
                let key = unit.key();
                let at = match index.get(&key) {
                    Some(&at) => at,
                    None => {
                        index.insert(key.clone(), entries.len());
                        entries.push(tmx::Entry {
                            key,
                            source: unit.source.clone(),
                            translations: Vec::new(),
                        });
                        entries.len() - 1
                    }
                };
                if let (UnitState::Translated, Some(target)) = (unit.state, unit.target) {
                    entries[at].translations.push((locale.clone(), target));
                }
            }
        }
    }
    Ok(tmx::write(project.source_locale(), &entries))
}
