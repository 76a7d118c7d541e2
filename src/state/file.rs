//! The state file of a locale, `.fluentpress-state.toml`: for every translated message, the
//! fingerprints of the source and of the translation when it was last known good, and for a
//! stale one, the source text it was translated from.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use serde::Deserialize;

use super::{
    catalog_key, freshness, with_lock, Fingerprint, MessageState, Source, SourceEntry, Translations,
};
use crate::catalog::Catalog;
use crate::error::{Error, Result};
use crate::files;
use crate::project::Project;

/// The state file of a locale, in the locale's folder.
pub const STATE_FILE: &str = ".fluentpress-state.toml";

const STATE_HEADER: &str =
    "# Translation state, written by fluentpress: commit it with the translations.\n\
# One line per translated message: \"file#id\" = \"source fingerprint:translation fingerprint\".\n\
# Deleting this file loses only the stale marks, never a translation.\n";

/// The table of previous sources, and the comment above it.
const PREVIOUS: &str = "previous";
const PREVIOUS_HEADER: &str =
    "# The source each stale translation was made from, as `sync` shows it beside the translation.\n";

/// What a translation was made from, when it was last known good.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Record {
    pub source: Fingerprint,
    pub translation: Fingerprint,
}

impl fmt::Display for Record {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.source, self.translation)
    }
}

impl FromStr for Record {
    type Err = String;

    fn from_str(s: &str) -> Result<Record, String> {
        let (source, translation) = s
            .split_once(':')
            .ok_or_else(|| format!("`{s}` is not `source fingerprint:translation fingerprint`"))?;
        Ok(Record {
            source: source.parse()?,
            translation: translation.parse()?,
        })
    }
}

/// The recorded state of one locale: records by catalog key, then by message ID.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct State {
    records: BTreeMap<String, BTreeMap<String, Record>>,
    /// The source entry each stale translation was made from, by catalog key and ID.
    previous: BTreeMap<String, BTreeMap<String, String>>,
}

/// The state file as TOML holds it: records at the top, previous sources in their table.
#[derive(Deserialize)]
struct StateFile {
    #[serde(default)]
    previous: BTreeMap<String, String>,
    #[serde(flatten)]
    records: BTreeMap<String, String>,
}

/// `file#id`, split; an error at the key's place in the file otherwise.
fn split_key<'k>(path: &Path, text: &str, key: &'k str) -> Result<(&'k str, &'k str)> {
    key.rsplit_once('#').ok_or_else(|| {
        Error::syntax(
            path,
            text,
            text.find(key).unwrap_or(0),
            format!("`{key}` is not `file#id`"),
        )
    })
}

impl State {
    pub fn path(project: &Project, locale: &str) -> PathBuf {
        project.locale_dir(locale).join(STATE_FILE)
    }

    /// Reads the state of `locale`; a locale without a state file has no records.
    pub fn load(project: &Project, locale: &str) -> Result<State> {
        let path = State::path(project, locale);
        match files::read_text_if_exists(&path)? {
            Some(text) => State::parse(&path, &text),
            None => Ok(State::default()),
        }
    }

    /// Parses the text of a state file read from `path`.
    /// Parses the text of a state file read from `path`. A file written before `[previous]`
    /// existed reads as a state without previous sources.
    pub fn parse(path: &Path, text: &str) -> Result<State> {
        let file: StateFile = toml::from_str(text).map_err(|e| {
            let offset = e.span().map_or(0, |s| s.start);
            Error::syntax(path, text, offset, e.message().to_string())
        })?;
        let mut state = State::default();
        for (key, value) in file.records {
            let (catalog, id) = split_key(path, text, &key)?;
            let record = value.parse().map_err(|message: String| {
                Error::syntax(path, text, text.find(&key).unwrap_or(0), message)
            })?;
            state
                .records
                .entry(catalog.to_string())
                .or_default()
                .insert(id.to_string(), record);
        }
        for (key, english) in file.previous {
            let (catalog, id) = split_key(path, text, &key)?;
            state
                .previous
                .entry(catalog.to_string())
                .or_default()
                .insert(id.to_string(), english);
        }
        Ok(state)
    }

    /// The state file's text: sorted, one line per record, so that merges are easy.
    pub fn to_text(&self) -> String {
        let lines: BTreeMap<String, String> = self
            .records
            .iter()
            .flat_map(|(catalog, records)| {
                records
                    .iter()
                    .map(move |(id, r)| (format!("{catalog}#{id}"), r.to_string()))
            })
            .collect();
        let body = toml::to_string(&lines).expect("a table of strings always serializes");
        let previous: BTreeMap<String, &String> = self
            .previous
            .iter()
            .flat_map(|(catalog, texts)| {
                texts
                    .iter()
                    .map(move |(id, text)| (format!("{catalog}#{id}"), text))
            })
            .collect();
        if previous.is_empty() {
            return format!("{STATE_HEADER}{body}");
        }
        let section = toml::to_string(&previous).expect("a table of strings always serializes");
        format!("{STATE_HEADER}{body}\n{PREVIOUS_HEADER}[{PREVIOUS}]\n{section}")
    }

    /// Writes the state of `locale` if it changed. A locale that has no records and no state
    /// file gets none.
    pub fn save(&self, project: &Project, locale: &str) -> Result<bool> {
        let path = State::path(project, locale);
        if self.records.is_empty() && !path.exists() {
            return Ok(false);
        }
        files::write_if_changed(&path, self.to_text().as_bytes())
    }

    pub fn get(&self, catalog: &str, id: &str) -> Option<Record> {
        self.records.get(catalog)?.get(id).copied()
    }

    /// The source entry (as fluent-syntax serializes it, `id = Text`) that the stale
    /// translation of `id` was made from, when it is known.
    pub fn previous(&self, catalog: &str, id: &str) -> Option<&str> {
        self.previous.get(catalog)?.get(id).map(String::as_str)
    }

    /// Records the translation of `id` in `catalog` as `record` says it was made, whatever was
    /// recorded before (and without a previous source, which belonged to that).
    pub fn record(&mut self, catalog: &str, id: &str, record: Record) {
        self.records
            .entry(catalog.to_string())
            .or_default()
            .insert(id.to_string(), record);
        if let Some(previous) = self.previous.get_mut(catalog) {
            previous.remove(id);
        }
    }

    /// Every record of `catalog`, by message ID.
    pub fn records(&self, catalog: &str) -> Option<&BTreeMap<String, Record>> {
        self.records.get(catalog)
    }

    /// Records every good translation of `catalog` as current, except stale ones (unless
    /// `accept` says to take them as they are). Records of obsolete or broken translations are
    /// kept, so that they are judged against what they were made from if their ID returns or
    /// they are mended; records of translations that are gone are dropped.
    pub fn settle(
        &mut self,
        catalog: &str,
        source: Option<&Source>,
        translations: &Translations,
        accept: &dyn Fn(&str) -> bool,
    ) {
        let old = self.records.remove(catalog).unwrap_or_default();
        let kept_records = old.clone();
        let mut new = BTreeMap::new();
        for id in translations.ids() {
            let kept = old.get(id).copied();
            let translation = translations
                .fingerprint(id)
                .expect("ids() lists present entries");
            let record = match source.and_then(|s| s.get(id)) {
                None => kept,
                Some(entry)
                    if !accept(id)
                        && freshness(kept, entry.fingerprint, translation)
                            == MessageState::Stale =>
                {
                    kept
                }
                Some(entry) => Some(Record {
                    source: entry.fingerprint,
                    translation,
                }),
            };
            new.extend(record.map(|r| (id.to_string(), r)));
        }
        for (id, record) in old {
            if translations.is_broken(&id) && translations.get(&id).is_none() {
                new.insert(id, record);
            }
        }
        // A previous source tells what a stale translation was made from: it goes with the
        // record it belongs to, when the translation is edited or accepted.
        let previous = self.previous.remove(catalog).unwrap_or_default();
        let previous: BTreeMap<String, String> = previous
            .into_iter()
            .filter(|(id, _)| new.get(id).is_some_and(|r| Some(r) == kept_records.get(id)))
            .collect();
        if !previous.is_empty() {
            self.previous.insert(catalog.to_string(), previous);
        }
        if !new.is_empty() {
            self.records.insert(catalog.to_string(), new);
        }
    }

    /// Remembers `english`, the source entry of `id` as it is before it changes, for a
    /// translation recorded as made from it: once the source changes, the translation is stale
    /// and its translator can see what changed. A stale translation keeps the source it was
    /// really made from.
    fn remember_previous(&mut self, catalog: &str, id: &str, before: &SourceEntry) {
        if self
            .get(catalog, id)
            .is_some_and(|r| r.source == before.fingerprint)
        {
            self.previous
                .entry(catalog.to_string())
                .or_default()
                .insert(id.to_string(), before.english.trim_end().to_string());
        }
    }
}

/// Records, in every locale, the translations of source files that are about to change as made
/// from their current text (unless already stale), so that they read as stale once it changes
/// — translations made outside fluentpress have no record until then. `changing` holds each
/// source file (relative to the locale folder) with its current text and the text it is about
/// to get; for each message whose text changes, the current text is kept as its previous source.
pub fn record_before_change(project: &Project, changing: &[(&Path, &str, &str)]) -> Result<()> {
    if changing.is_empty() {
        return Ok(());
    }
    for locale in &project.config.locales {
        if !project.locale_dir(locale).is_dir() {
            continue;
        }
        with_lock(project, locale, || {
            let mut state = State::load(project, locale)?;
            for (catalog, current, next) in changing {
                let source = Source::parse(current);
                let target = Catalog::load_if_exists(&files::join_inside(
                    &project.locale_dir(locale),
                    catalog,
                )?)?;
                let key = catalog_key(catalog);
                state.settle(
                    &key,
                    Some(&source),
                    &Translations::new(target.as_ref()),
                    &|_| false,
                );
                for after in Source::parse(next).entries {
                    match source.get(&after.id) {
                        Some(before) if before.fingerprint != after.fingerprint => {
                            state.remember_previous(&key, &after.id, before)
                        }
                        _ => {}
                    }
                }
            }
            state.save(project, locale).map(drop)
        })?;
    }
    Ok(())
}

/// Gives a message that is new to the source file `catalog` the ID of an obsolete translation
/// made from the same text, so that a paragraph deleted and later restored finds its
/// translations again. `states` are the target locales' states, `ids` the IDs extraction
/// assigned, `previous` the source file before and `text` the one `ids` make. Returns whether
/// an ID changed.
pub fn reclaim_ids(
    states: &[State],
    catalog: &Path,
    previous: Option<&Catalog>,
    text: &str,
    ids: &mut [String],
) -> bool {
    let known: HashSet<&str> = previous.iter().flat_map(|c| c.ids()).collect();
    let fresh: Vec<usize> = (0..ids.len())
        .filter(|&i| !known.contains(ids[i].as_str()))
        .collect();
    if fresh.is_empty() {
        return false;
    }
    let key = catalog_key(catalog);
    let current: HashSet<&String> = ids.iter().collect();
    let mut retired: HashMap<Fingerprint, String> = HashMap::new();
    for state in states {
        for (id, record) in state.records.get(&key).into_iter().flatten() {
            if !current.contains(id) {
                retired.entry(record.source).or_insert_with(|| id.clone());
            }
        }
    }
    let source = Source::parse(text);
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
    changed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog(text: &str) -> Catalog {
        Catalog::parse(Path::new("ko/a.ftl"), text.to_string())
    }

    #[test]
    fn state_files_round_trip_sorted() {
        let text = format!(
            "{STATE_HEADER}\"b.ftl#x\" = \"{}:{}\"\n\"a/c.ftl#y\" = \"{}:{}\"\n",
            Fingerprint(1),
            Fingerprint(2),
            Fingerprint(3),
            Fingerprint(4)
        );
        let state = State::parse(Path::new("s.toml"), &text).unwrap();
        assert_eq!(
            state.get("b.ftl", "x"),
            Some(Record {
                source: Fingerprint(1),
                translation: Fingerprint(2)
            })
        );
        let written = state.to_text();
        assert!(
            written.find("a/c.ftl#y").unwrap() < written.find("b.ftl#x").unwrap(),
            "{written}"
        );
        assert_eq!(State::parse(Path::new("s.toml"), &written).unwrap(), state);
    }

    #[test]
    fn previous_sources_live_in_their_own_table_and_old_files_read_unchanged() {
        let old_format = format!(
            "{STATE_HEADER}\"a.ftl#x\" = \"{}:{}\"\n",
            Fingerprint(1),
            Fingerprint(2)
        );
        let mut state = State::parse(Path::new("s.toml"), &old_format).unwrap();
        assert_eq!(
            state.to_text(),
            old_format,
            "a file without previous sources"
        );
        let before = Source::parse("x = Old\n    text\n");
        state.records.get_mut("a.ftl").unwrap().insert(
            "x".into(),
            Record {
                source: before.entries[0].fingerprint,
                translation: Fingerprint(2),
            },
        );
        state.remember_previous("a.ftl", "x", &before.entries[0]);
        assert_eq!(state.previous("a.ftl", "x"), Some("x =\n    Old\n    text"));
        let text = state.to_text();
        assert!(text.contains("\n[previous]\n"), "{text}");
        assert_eq!(State::parse(Path::new("s.toml"), &text).unwrap(), state);
        // The translation is edited: the previous source goes with its record.
        let edited = catalog("x = 새것\n");
        state.settle(
            "a.ftl",
            Some(&Source::parse("x = New\n")),
            &Translations::new(Some(&edited)),
            &|_| false,
        );
        assert_eq!(state.previous("a.ftl", "x"), None);
    }

    #[test]
    fn a_bad_state_file_names_its_line() {
        let err = State::parse(Path::new("s.toml"), "\"a.ftl#x\" = \"0:1\"\n").unwrap_err();
        assert!(err.to_string().starts_with("s.toml:1:"), "{err}");
        let err = State::parse(
            Path::new("s.toml"),
            "\n\"a.ftl\" = \"0000000000000000:0000000000000000\"\n",
        )
        .unwrap_err();
        assert!(err.to_string().starts_with("s.toml:2:"), "{err}");
    }

    #[test]
    fn settling_keeps_stale_marks_and_obsolete_records() {
        let old = Source::parse("a = A\nb = B\n");
        let new = Source::parse("a = A changed\nb = B changed\n");
        let target = catalog("a = 가\nb = 나\ngone = 옛\nbroken = {\n");
        let translations = Translations::new(Some(&target));
        let mut state = State::default();
        state.settle("a.ftl", Some(&old), &translations, &|_| false);
        let gone = Record {
            source: Fingerprint(7),
            translation: Fingerprint(8),
        };
        let broken = Record {
            source: Fingerprint(9),
            translation: Fingerprint(9),
        };
        state.records.get_mut("a.ftl").unwrap().extend([
            ("gone".to_string(), gone),
            ("broken".to_string(), broken),
            ("deleted".to_string(), gone),
        ]);
        // The source changes; the translation of `b` is accepted as it is.
        state.settle("a.ftl", Some(&new), &translations, &|id| id == "b");
        let states: Vec<_> = new
            .entries
            .iter()
            .map(|e| translations.state(e, state.get("a.ftl", &e.id)))
            .collect();
        assert_eq!(states, [MessageState::Stale, MessageState::Translated]);
        assert_eq!(state.get("a.ftl", "gone"), Some(gone));
        assert_eq!(state.get("a.ftl", "broken"), Some(broken));
        assert_eq!(state.get("a.ftl", "deleted"), None);
    }
}
