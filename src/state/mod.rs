//! Translation state per locale. Fluent has no "fuzzy" flag, so each locale folder keeps a small
//! state file recording what each translation was made from: a message is stale when the source
//! fingerprint changed and the translation fingerprint did not. `file` reads and writes that
//! file, `fingerprint` hashes the source, `lock` keeps two runs apart.

mod file;
mod fingerprint;
mod lock;

pub use file::{record_before_change, Record, State, STATE_FILE};
pub use fingerprint::{Fingerprint, Source, SourceEntry};
pub use lock::with_lock;

use std::collections::{HashMap, HashSet};

use crate::catalog::{Catalog, Entry, EntryKind};

/// Where a source entry stands in a locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MessageState {
    /// Present and current (or translated outside fluentpress: no record says otherwise).
    Translated,
    /// Not in the locale's file.
    Missing,
    /// The source changed after the translation was made, and the translation has not.
    Stale,
    /// Present but unusable: the parser could not read it.
    Error,
}

/// How a present translation stands, given what it was last known good against.
pub fn freshness(
    record: Option<Record>,
    source: Fingerprint,
    translation: Fingerprint,
) -> MessageState {
    match record {
        Some(r) if r.source != source && r.translation == translation => MessageState::Stale,
        _ => MessageState::Translated,
    }
}

/// A locale file's messages and terms by ID (the first of duplicates: Fluent's rule), and the
/// entries the parser could not read by the ID they were meant to define.
pub struct Translations<'a> {
    pub catalog: Option<&'a Catalog>,
    by_id: HashMap<&'a str, &'a Entry>,
    broken: HashMap<&'a str, &'a Entry>,
}

impl<'a> Translations<'a> {
    pub fn new(catalog: Option<&'a Catalog>) -> Translations<'a> {
        let mut by_id = HashMap::new();
        let mut broken = HashMap::new();
        for entry in catalog.iter().flat_map(|c| &c.entries) {
            match (&entry.kind, &entry.id) {
                (EntryKind::Message | EntryKind::Term, Some(id)) => {
                    by_id.entry(id.as_str()).or_insert(entry);
                }
                (EntryKind::Junk, _) => {
                    let text = catalog.map_or("", |c| c.slice(&entry.span));
                    if let Some(id) = junk_id(text) {
                        broken.entry(id).or_insert(entry);
                    }
                }
                _ => {}
            }
        }
        Translations {
            catalog,
            by_id,
            broken,
        }
    }

    pub fn get(&self, id: &str) -> Option<&'a Entry> {
        self.by_id.get(id).copied()
    }

    /// The fingerprint of the translation of `id`, if there is one.
    pub fn fingerprint(&self, id: &str) -> Option<Fingerprint> {
        let catalog = self.catalog?;
        self.get(id)
            .map(|e| Fingerprint::of_translation(catalog.slice(&e.body)))
    }

    /// Whether the parser could not read an entry that starts with `id =`.
    pub fn is_broken(&self, id: &str) -> bool {
        self.broken.contains_key(id)
    }

    /// The first piece of junk meant to define `id`.
    pub fn broken(&self, id: &str) -> Option<&'a Entry> {
        self.broken.get(id).copied()
    }

    /// Where `entry` of the source stands in this locale.
    pub fn state(&self, entry: &SourceEntry, record: Option<Record>) -> MessageState {
        self.state_and_fingerprint(entry, record).0
    }

    /// [`Translations::state`], and the fingerprint of the translation it judged.
    pub fn state_and_fingerprint(
        &self,
        entry: &SourceEntry,
        record: Option<Record>,
    ) -> (MessageState, Option<Fingerprint>) {
        let translation = self.fingerprint(&entry.id);
        let state = match translation {
            Some(translation) => freshness(record, entry.fingerprint, translation),
            None if self.is_broken(&entry.id) => MessageState::Error,
            None => MessageState::Missing,
        };
        (state, translation)
    }

    /// IDs of messages and terms, in file order (duplicates once).
    pub fn ids(&self) -> impl Iterator<Item = &'a str> + '_ {
        let mut seen = HashSet::new();
        self.catalog
            .into_iter()
            .flat_map(|c| c.ids())
            .filter(move |id| seen.insert(*id))
    }
}

/// The ID a piece of junk was meant to define: the `id` of its first `id =` line, past any
/// comment lines.
pub fn junk_id(text: &str) -> Option<&str> {
    let line = text
        .lines()
        .map(str::trim_start)
        .find(|l| !l.is_empty() && !l.starts_with('#'))?;
    let name_start = usize::from(line.starts_with('-'));
    let name_len = line[name_start..]
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
        .unwrap_or(line.len() - name_start);
    let starts_with_letter = line[name_start..].starts_with(|c: char| c.is_ascii_alphabetic());
    let rest = line[name_start + name_len..].trim_start();
    (starts_with_letter && rest.starts_with('=')).then(|| &line[..name_start + name_len])
}

/// The IDs of `catalog` (relative to the locale folder, `stories/a.ftl`) whose translation is
/// stale, with the locale's `state`, its `translations` of the catalog and the catalog's
/// `source` already loaded.
pub fn stale_ids_in(
    state: &State,
    catalog: &str,
    translations: Option<&Catalog>,
    source: &Source,
) -> HashSet<String> {
    let translations = Translations::new(translations);
    source
        .entries
        .iter()
        .filter(|e| translations.state(e, state.get(catalog, &e.id)) == MessageState::Stale)
        .map(|e| e.id.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog(text: &str) -> Catalog {
        Catalog::parse(std::path::Path::new("ko/a.ftl"), text.to_string())
    }

    #[test]
    fn a_message_is_stale_only_while_its_translation_is_unchanged() {
        let (s1, s2, t1, t2) = (
            Fingerprint::of("s1"),
            Fingerprint::of("s2"),
            Fingerprint::of("t1"),
            Fingerprint::of("t2"),
        );
        let record = Some(Record {
            source: s1,
            translation: t1,
        });
        assert_eq!(freshness(None, s2, t1), MessageState::Translated);
        assert_eq!(freshness(record, s1, t1), MessageState::Translated);
        assert_eq!(freshness(record, s2, t1), MessageState::Stale);
        assert_eq!(freshness(record, s2, t2), MessageState::Translated);
    }

    #[test]
    fn junk_is_attributed_to_the_id_it_meant() {
        assert_eq!(junk_id("# c\np-x = {\n"), Some("p-x"));
        assert_eq!(junk_id("-term = {"), Some("-term"));
        assert_eq!(junk_id("}}} nonsense\n"), None);
        assert_eq!(junk_id("9x = y"), None);
    }

    #[test]
    fn states_of_missing_and_broken_translations() {
        let source = Source::parse("a = A\nb = B\nc = C\n");
        let target = catalog("a = 가\nb = {\n");
        let translations = Translations::new(Some(&target));
        let states: Vec<_> = source
            .entries
            .iter()
            .map(|e| translations.state(e, None))
            .collect();
        assert_eq!(
            states,
            [
                MessageState::Translated,
                MessageState::Error,
                MessageState::Missing
            ]
        );
    }
}
