//! Extraction: the source locale's Fluent file of a document, one message per unit, with IDs
//! that survive editing. A unit whose text is unchanged keeps its ID wherever it moved; an
//! edited unit keeps the ID of the most similar vanished message near the same place; a new unit
//! gets a readable ID that no locale file has ever used for anything else, unless a locale once
//! translated the same text: then it takes back that translation's ID.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast;

use rayon::prelude::*;

use crate::catalog::{self, Catalog, EntryKind};
use crate::document::Document;
use crate::error::Result;
use crate::files;
use crate::project::Project;
use crate::segment::{Segmented, Unit, UnitKind};
use crate::state::{self, Fingerprint, State};

/// The first comment line of every file extraction writes; files without it (the site's own
/// messages, say) are never removed by extraction.
const GENERATED_MARK: &str = "written by `fluentpress extract`";

/// What an extraction changed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    pub documents: usize,
    pub messages: usize,
    pub written: Vec<PathBuf>,
    pub removed: Vec<PathBuf>,
}

/// One document's extraction, computed before anything is written.
pub struct Extraction {
    /// The source locale's file, relative to its locale folder.
    pub catalog: PathBuf,
    pub previous: Option<Catalog>,
    pub text: String,
    pub messages: usize,
}

/// Computes the source locale's file of every document, without writing anything.
pub fn plan(project: &Project, documents: &[Document]) -> Result<Vec<Extraction>> {
    documents
        .par_iter()
        .map(|document| {
            let segmented = Segmented::new(document);
            let catalog = document.path.with_extension("ftl");
            let previous = Catalog::load_if_exists(
                &project.catalog_path(project.source_locale(), &document.path),
            )?;
            let mut reserved = HashSet::new();
            for locale in &project.config.locales {
                if let Some(target) =
                    Catalog::load_if_exists(&project.catalog_path(locale, &document.path))?
                {
                    reserved.extend(target.ids().map(str::to_string));
                }
            }
            let mut ids = assign_ids(&segmented.units, previous.as_ref(), &reserved);
            let mut text = source_catalog(&document.path, &segmented.units, &ids);
            if reclaim_ids(project, &catalog, previous.as_ref(), &text, &mut ids)? {
                text = source_catalog(&document.path, &segmented.units, &ids);
            }
            Ok(Extraction {
                text,
                messages: ids.len(),
                catalog,
                previous,
            })
        })
        .collect()
}

/// Gives a message that is new to the source file `catalog` the ID of an obsolete translation
/// made from the same text, so that a paragraph deleted and later restored finds its
/// translations again. `ids` are the IDs extraction assigned, `previous` the source file before
/// and `text` the one `ids` make. Returns whether an ID changed.
fn reclaim_ids(
    project: &Project,
    catalog: &Path,
    previous: Option<&Catalog>,
    text: &str,
    ids: &mut [String],
) -> Result<bool> {
    let known: HashSet<&str> = previous.iter().flat_map(|c| c.ids()).collect();
    let fresh: Vec<usize> = (0..ids.len())
        .filter(|&i| !known.contains(ids[i].as_str()))
        .collect();
    if fresh.is_empty() {
        return Ok(false);
    }
    let key = files::slash_path(catalog);
    let mut retired: HashMap<Fingerprint, String> = HashMap::new();
    for locale in &project.config.locales {
        let state = State::load(project, locale)?;
        for (id, record) in state.records(&key).into_iter().flatten() {
            if !ids.contains(id) {
                retired.entry(record.source).or_insert_with(|| id.clone());
            }
        }
    }
    let source = state::Source::parse(text);
    let mut changed = false;
    for i in fresh {
        let reclaimed = source
            .get(&ids[i])
            .and_then(|e| retired.remove(&e.fingerprint));
        if let Some(id) = reclaimed {
            ids[i] = id;
            changed = true;
        }
    }
    Ok(changed)
}

/// Writes the source locale's file of every document and removes those of vanished documents.
pub fn run(project: &Project) -> Result<Report> {
    let documents = Document::load_all(project)?;
    let extractions = plan(project, &documents)?;
    let source_dir = project.locale_dir(project.source_locale());
    let mut report = Report {
        documents: documents.len(),
        ..Report::default()
    };
    let changing: Vec<(&Path, &str, &str)> = extractions
        .iter()
        .filter_map(|e| {
            e.previous
                .as_ref()
                .filter(|p| p.text != e.text)
                .map(|p| (e.catalog.as_path(), p.text.as_str(), e.text.as_str()))
        })
        .collect();
    state::record_before_change(project, &changing)?;
    for extraction in &extractions {
        report.messages += extraction.messages;
        if files::write_if_changed(
            &source_dir.join(&extraction.catalog),
            extraction.text.as_bytes(),
        )? {
            report.written.push(extraction.catalog.clone());
        }
    }
    let current: HashSet<&Path> = extractions.iter().map(|e| e.catalog.as_path()).collect();
    for existing in project.catalogs(project.source_locale())? {
        if current.contains(existing.as_path()) {
            continue;
        }
        let path = source_dir.join(&existing);
        let generated = files::read_text(&path)?
            .lines()
            .next()
            .is_some_and(|l| l.contains(GENERATED_MARK));
        if generated {
            std::fs::remove_file(&path).map_err(|e| crate::error::Error::io(&path, e))?;
            report.removed.push(existing);
        }
    }
    Ok(report)
}

/// How similar (0 to 1) an edited unit must be to a vanished message to inherit its ID.
const SIMILAR_NEARBY: f32 = 0.4;
const SIMILAR_ANYWHERE: f32 = 0.7;
/// How many words of a unit name its new ID.
const ID_WORDS: usize = 5;
const ID_MAX_LEN: usize = 40;

/// The text that identifies a unit's content, for matching it with a message of an older
/// extraction: its Markdown, and for an image its alt text and title.
fn fingerprint_text<'t>(text: &'t str, title: Option<&str>) -> Cow<'t, str> {
    match title {
        Some(title) => Cow::Owned(format!("{text}\u{1f}{title}")),
        None => Cow::Borrowed(text),
    }
}

/// A message of the previous source file.
struct Previous<'c> {
    id: &'c str,
    text: Cow<'c, str>,
    taken: bool,
}

fn previous_messages(previous: Option<&Catalog>) -> Vec<Previous<'_>> {
    let Some(catalog) = previous else {
        return Vec::new();
    };
    catalog
        .entries
        .iter()
        .filter(|e| e.kind == EntryKind::Message)
        .map(|e| {
            let attribute = |name: &str| {
                e.attributes
                    .iter()
                    .find(|(n, _)| n == name)
                    .and_then(|(_, v)| v.as_deref())
            };
            let text = match (&e.value, attribute("alt")) {
                (Some(value), _) => Cow::Borrowed(value.as_str()),
                (None, Some(alt)) => fingerprint_text(alt, attribute("title")),
                (None, None) => Cow::Borrowed(""),
            };
            Previous {
                id: e.id.as_deref().unwrap_or_default(),
                text,
                taken: false,
            }
        })
        .collect()
}

/// The message ID of every unit. `reserved` holds IDs that any locale file of the document
/// still uses; a new unit never gets one of them.
pub fn assign_ids(
    units: &[Unit],
    previous: Option<&Catalog>,
    reserved: &HashSet<String>,
) -> Vec<String> {
    let mut old = previous_messages(previous);
    let texts: Vec<Cow<str>> = units
        .iter()
        .map(|u| fingerprint_text(&u.text, u.title.as_deref()))
        .collect();
    let mut ids: Vec<Option<String>> = vec![None; units.len()];
    // Front matter units have fixed IDs.
    for (i, unit) in units.iter().enumerate() {
        if matches!(unit.kind, UnitKind::Title | UnitKind::Summary) {
            ids[i] = Some(unit.kind.prefix().to_string());
            if let Some(o) = old.iter_mut().find(|o| o.id == unit.kind.prefix()) {
                o.taken = true;
            }
        }
    }
    // Unchanged text keeps its ID, wherever it moved: that of the first message left with the
    // same text. Units that stand as they stood match in order, without hashing every text.
    let mut exact = vec![None; units.len()];
    let mut cursor = 0;
    let mut in_order = 0;
    for (i, text) in texts.iter().enumerate() {
        if ids[i].is_none() {
            while old.get(cursor).is_some_and(|o| o.taken) {
                cursor += 1;
            }
            match old.get_mut(cursor) {
                Some(o) if o.text == *text => o.taken = true,
                _ => break,
            }
            exact[i] = Some(cursor);
        }
        in_order = i + 1;
    }
    if in_order < units.len() {
        let mut by_text: HashMap<&str, Vec<usize>> = HashMap::new();
        for (j, o) in old.iter().enumerate().rev() {
            if !o.taken {
                by_text.entry(o.text.as_ref()).or_default().push(j);
            }
        }
        for (i, text) in texts.iter().enumerate().skip(in_order) {
            if ids[i].is_none() {
                exact[i] = by_text.get_mut(text.as_ref()).and_then(Vec::pop);
            }
        }
    }
    for (i, j) in exact.iter().enumerate() {
        if let Some(j) = *j {
            old[j].taken = true;
            ids[i] = Some(old[j].id.to_string());
        }
    }
    // Edited text keeps the ID of the most similar vanished message, preferring those that stood
    // between the same unchanged neighbours.
    for i in 0..units.len() {
        if ids[i].is_some() {
            continue;
        }
        let before = exact[..i].iter().rev().flatten().next().copied();
        let after = exact[i + 1..].iter().flatten().next().copied();
        let nearby = |j: usize| before.is_none_or(|b| j > b) && after.is_none_or(|a| j < a);
        let best = old
            .iter()
            .enumerate()
            .filter(|(_, o)| !o.taken && !o.text.is_empty())
            .map(|(j, o)| {
                let score = similarity(&texts[i], &o.text);
                let needed = if nearby(j) {
                    SIMILAR_NEARBY
                } else {
                    SIMILAR_ANYWHERE
                };
                (j, score, score >= needed)
            })
            .filter(|(_, _, good)| *good)
            .max_by(|a, b| a.1.total_cmp(&b.1));
        if let Some((j, _, _)) = best {
            old[j].taken = true;
            ids[i] = Some(old[j].id.to_string());
        }
    }
    if ids.iter().all(Option::is_some) {
        return ids.into_iter().flatten().collect();
    }
    // Everything else gets a new ID, unused by any locale and by the retired source messages.
    let mut used: HashSet<String> = reserved.clone();
    used.extend(old.iter().map(|o| o.id.to_string()));
    used.extend(ids.iter().flatten().cloned());
    units
        .iter()
        .zip(ids)
        .map(|(unit, id)| id.unwrap_or_else(|| fresh_id(unit, &mut used)))
        .collect()
}

/// How alike two texts are, from 0 (nothing shared) to 1 (same words).
fn similarity(a: &str, b: &str) -> f32 {
    similar::TextDiff::from_words(a, b).ratio()
}

/// A readable ID from the unit's kind and first words, made unique against `used`.
fn fresh_id(unit: &Unit, used: &mut HashSet<String>) -> String {
    let mut base = unit.kind.prefix().to_string();
    let words = unit
        .plain
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(ID_WORDS);
    for word in words {
        if base.len() + 1 + word.len() > ID_MAX_LEN {
            break;
        }
        base.push('-');
        base.push_str(&word.to_ascii_lowercase());
    }
    let mut id = base.clone();
    let mut n = 2;
    while used.contains(&id)
        || id == unit.kind.prefix() && !matches!(unit.kind, UnitKind::Title | UnitKind::Summary)
    {
        id = format!("{base}-{n}");
        n += 1;
    }
    used.insert(id.clone());
    id
}

/// The source locale's Fluent file for a document at `document` (relative to the content folder).
pub fn source_catalog(document: &Path, units: &[Unit], ids: &[String]) -> String {
    let doc = files::slash_path(document);
    let mut body = vec![ast::Entry::ResourceComment(ast::Comment {
        content: vec![format!(
            "Messages of {doc}, {GENERATED_MARK}: edit the Markdown, not this file."
        )],
    })];
    for (unit, id) in units.iter().zip(ids) {
        let mut context = vec![doc.clone()];
        context.extend(unit.headings.iter().cloned());
        let comment = vec![format!(
            "{} ({})",
            context.join(" › "),
            unit.kind.describe()
        )];
        let entry = match unit.kind {
            UnitKind::Image => {
                let mut attributes = Vec::new();
                if !unit.text.is_empty() {
                    attributes.push(("alt", unit.text.as_str()));
                }
                if let Some(title) = &unit.title {
                    attributes.push(("title", title.as_str()));
                }
                catalog::message(id, None, &attributes, Some(comment))
            }
            _ => catalog::message(id, Some(&unit.text), &[], Some(comment)),
        };
        body.push(entry);
    }
    // One entry per paragraph of the file, as translators are used to reading Fluent.
    body.into_iter()
        .map(|entry| {
            let text = catalog::serialize(&ast::Resource { body: vec![entry] });
            format!("{}\n", text.trim_end_matches('\n'))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;
    use crate::segment::Segmented;

    fn extract(markdown: &str, previous: Option<&str>) -> (Vec<String>, String) {
        let document = Document::parse(Path::new("d.md"), markdown.to_string()).unwrap();
        let segmented = Segmented::new(&document);
        let previous = previous.map(|p| Catalog::parse(Path::new("d.ftl"), p.to_string()));
        let ids = assign_ids(&segmented.units, previous.as_ref(), &HashSet::new());
        let text = source_catalog(Path::new("d.md"), &segmented.units, &ids);
        (ids, text)
    }

    #[test]
    fn ids_are_readable() {
        let (ids, _) = extract("+++\ntitle = \"T\"\n+++\n# A Vision for Hope in Community\n\nSoon Me went to China when she was young.\n\nSoon Me went to China when she was young.\n", None);
        assert_eq!(
            ids,
            [
                "title",
                "heading-a-vision-for-hope-in",
                "p-soon-me-went-to-china",
                "p-soon-me-went-to-china-2"
            ]
        );
    }

    #[test]
    fn ids_survive_insert_delete_move_and_edit() {
        let (ids, ftl) = extract(
            "First para here.\n\nSecond para here.\n\nThird para about cats.\n",
            None,
        );
        let (again, _) = extract(
            "New para.\n\nThird para about dogs.\n\nFirst para here.\n",
            Some(&ftl),
        );
        assert_eq!(again[2], ids[0], "moved");
        assert_eq!(again[1], ids[2], "edited");
        assert!(!ids.contains(&again[0]), "new");
    }

    #[test]
    fn new_units_avoid_reserved_ids() {
        let document = Document::parse(Path::new("d.md"), "Hello world.\n".to_string()).unwrap();
        let segmented = Segmented::new(&document);
        let reserved = HashSet::from(["p-hello-world".to_string()]);
        assert_eq!(
            assign_ids(&segmented.units, None, &reserved),
            ["p-hello-world-2"]
        );
    }

    #[test]
    fn extraction_is_deterministic_and_round_trips() {
        let markdown =
            "# Head {#id}\n\nText with {braces} and *stars*.\n\n![Alt](/a.png \"Title\")\n";
        let (_, first) = extract(markdown, None);
        let (_, second) = extract(markdown, Some(&first));
        assert_eq!(first, second);
        let catalog = Catalog::parse(Path::new("d.ftl"), first);
        assert!(catalog.problems.is_empty());
        assert_eq!(
            catalog
                .get("p-text-with-braces-and-stars")
                .unwrap()
                .value
                .as_deref(),
            Some("Text with {braces} and *stars*.")
        );
    }
}
