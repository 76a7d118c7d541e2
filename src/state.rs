//! Translation state per locale. Fluent has no "fuzzy" flag, so each locale folder keeps a small
//! file, `.fluentpress-state.toml`, recording for every translated message the fingerprint of the
//! source text and of the translation when it was last known good: a message is stale when the
//! source fingerprint changed and the translation fingerprint did not.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;
use std::fs::{self, OpenOptions};
use std::path::{Component, Path, PathBuf};
use std::str::FromStr;

use fluent_syntax::ast;
use fluent_syntax::parser;

use crate::catalog::{Catalog, Entry, EntryKind};
use crate::error::{Error, Result};
use crate::files;
use crate::project::Project;

/// The state file of a locale, in the locale's folder.
pub const STATE_FILE: &str = ".fluentpress-state.toml";
/// Held while a run reads, changes and writes a locale's files.
const LOCK_FILE: &str = ".fluentpress.lock";

const STATE_HEADER: &str =
    "# Translation state, written by fluentpress: commit it with the translations.\n\
# One line per translated message: \"file#id\" = \"source fingerprint:translation fingerprint\".\n\
# Deleting this file loses only the stale marks, never a translation.\n";

/// A short hash of a text: 64 bits of BLAKE3, written as 16 hex digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Fingerprint(u64);

impl Fingerprint {
    pub fn of(text: &str) -> Fingerprint {
        let hash = blake3::hash(text.as_bytes());
        let (head, _) = hash.as_bytes().split_at(8);
        Fingerprint(u64::from_be_bytes(
            head.try_into().expect("BLAKE3 hashes are 32 bytes"),
        ))
    }

    /// The fingerprint of a translation as its translator wrote it. Line ends are normalised so
    /// that an editor converting the file to CRLF does not pass for an edit of every message.
    pub fn of_translation(body: &str) -> Fingerprint {
        if body.contains('\r') {
            Fingerprint::of(&body.replace("\r\n", "\n"))
        } else {
            Fingerprint::of(body)
        }
    }
}

impl fmt::Display for Fingerprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:016x}", self.0)
    }
}

impl FromStr for Fingerprint {
    type Err = String;

    fn from_str(s: &str) -> Result<Fingerprint, String> {
        let valid = s.len() == 16 && s.bytes().all(|b| b.is_ascii_hexdigit());
        let parsed = valid.then(|| u64::from_str_radix(s, 16).ok()).flatten();
        parsed
            .map(Fingerprint)
            .ok_or_else(|| format!("`{s}` is not a fingerprint (16 hex digits)"))
    }
}

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

/// Where a source entry stands in a locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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

/// A message or term of the source locale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceEntry {
    /// `p-soon-me` for a message, `-brand` for a term.
    pub id: String,
    /// The entry as fluent-syntax serializes it, without its comment: what a translator sees.
    pub english: String,
    /// The fingerprint of the entry's value and attributes (its ID left out, so that a text
    /// is recognised under another ID).
    pub fingerprint: Fingerprint,
    /// Words the way compare-locales counts them: whitespace-separated runs in the text
    /// elements of the value and attributes (of a term, only its value: its attributes are
    /// private).
    pub words: usize,
}

/// The messages and terms of one source file, in order.
#[derive(Debug, Clone, Default)]
pub struct Source {
    pub entries: Vec<SourceEntry>,
    index: HashMap<String, usize>,
}

impl Source {
    /// Reads the source file `catalog` (relative to the locale folder); `None` when there is none.
    pub fn load(project: &Project, catalog: &Path) -> Result<Option<Source>> {
        let path = files::join_inside(&project.locale_dir(project.source_locale()), catalog)?;
        Ok(files::read_text_if_exists(&path)?.map(|text| Source::parse(&text)))
    }

    /// Parses a source file. Entries the parser cannot read are not part of the source.
    pub fn parse(text: &str) -> Source {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let resource = parser::parse(text).unwrap_or_else(|(resource, _)| resource);
        let mut source = Source::default();
        for entry in resource.body {
            let (id, uncommented) = match entry {
                ast::Entry::Message(m) => (
                    m.id.name.to_string(),
                    ast::Entry::Message(ast::Message { comment: None, ..m }),
                ),
                ast::Entry::Term(t) => (
                    format!("-{}", t.id.name),
                    ast::Entry::Term(ast::Term { comment: None, ..t }),
                ),
                _ => continue,
            };
            if source.index.contains_key(&id) {
                continue;
            }
            let words = entry_words(&uncommented);
            let english = fluent_syntax::serializer::serialize(&ast::Resource {
                body: vec![uncommented],
            });
            source.index.insert(id.clone(), source.entries.len());
            source.entries.push(SourceEntry {
                fingerprint: Fingerprint::of(&english[id.len()..]),
                id,
                english,
                words,
            });
        }
        source
    }

    pub fn get(&self, id: &str) -> Option<&SourceEntry> {
        self.index.get(id).map(|&i| &self.entries[i])
    }

    /// The position of `id` in source order.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.index.get(id).copied()
    }
}

/// Words of a message's value and attributes, or of a term's value: a term's attributes are
/// private, never shown.
fn entry_words(entry: &ast::Entry<&str>) -> usize {
    match entry {
        ast::Entry::Message(m) => m
            .value
            .iter()
            .chain(m.attributes.iter().map(|a| &a.value))
            .map(pattern_words)
            .sum(),
        ast::Entry::Term(t) => pattern_words(&t.value),
        _ => 0,
    }
}

/// Words of every text element of `pattern`, including those of every variant of a selector.
fn pattern_words(pattern: &ast::Pattern<&str>) -> usize {
    pattern
        .elements
        .iter()
        .map(|element| match element {
            ast::PatternElement::TextElement { value } => value.split_whitespace().count(),
            ast::PatternElement::Placeable { expression } => expression_words(expression),
        })
        .sum()
}

fn expression_words(expression: &ast::Expression<&str>) -> usize {
    match expression {
        ast::Expression::Select { variants, .. } => {
            variants.iter().map(|v| pattern_words(&v.value)).sum()
        }
        ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
            expression_words(expression)
        }
        ast::Expression::Inline(_) => 0,
    }
}

/// A locale file's messages and terms by ID (the first of duplicates, as fluent-bundle takes),
/// and the IDs of entries the parser could not read.
pub struct Translations<'a> {
    pub catalog: Option<&'a Catalog>,
    by_id: HashMap<&'a str, &'a Entry>,
    broken: HashSet<&'a str>,
}

impl<'a> Translations<'a> {
    pub fn new(catalog: Option<&'a Catalog>) -> Translations<'a> {
        let mut by_id = HashMap::new();
        let mut broken = HashSet::new();
        for entry in catalog.iter().flat_map(|c| &c.entries) {
            match (&entry.kind, &entry.id) {
                (EntryKind::Message | EntryKind::Term, Some(id)) => {
                    by_id.entry(id.as_str()).or_insert(entry);
                }
                (EntryKind::Junk, _) => {
                    let text = catalog.map_or("", |c| c.slice(&entry.span));
                    broken.extend(junk_id(text));
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
        self.broken.contains(id)
    }

    /// Where `entry` of the source stands in this locale.
    pub fn state(&self, entry: &SourceEntry, record: Option<Record>) -> MessageState {
        match self.fingerprint(&entry.id) {
            Some(translation) => freshness(record, entry.fingerprint, translation),
            None if self.is_broken(&entry.id) => MessageState::Error,
            None => MessageState::Missing,
        }
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

/// The key of a catalog in the state file: its path relative to the locale folder, with `/`.
pub fn catalog_key(catalog: &Path) -> String {
    let parts: Vec<_> = catalog
        .components()
        .filter_map(|c| match c {
            Component::Normal(part) => Some(part.to_string_lossy()),
            _ => None,
        })
        .collect();
    parts.join("/")
}

/// The recorded state of one locale: records by catalog key, then by message ID.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct State {
    records: BTreeMap<String, BTreeMap<String, Record>>,
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
    pub fn parse(path: &Path, text: &str) -> Result<State> {
        let lines: BTreeMap<String, String> = toml::from_str(text).map_err(|e| {
            let offset = e.span().map_or(0, |s| s.start);
            Error::syntax(path, text, offset, e.message().to_string())
        })?;
        let mut state = State::default();
        for (key, value) in lines {
            let at = || text.find(&key).unwrap_or(0);
            let (catalog, id) = key.rsplit_once('#').ok_or_else(|| {
                Error::syntax(path, text, at(), format!("`{key}` is not `file#id`"))
            })?;
            let record = value
                .parse()
                .map_err(|message: String| Error::syntax(path, text, at(), message))?;
            state
                .records
                .entry(catalog.to_string())
                .or_default()
                .insert(id.to_string(), record);
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
        format!("{STATE_HEADER}{body}")
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
        if !new.is_empty() {
            self.records.insert(catalog.to_string(), new);
        }
    }
}

/// Records, in every locale, the translations of source files that are about to change as made
/// from their current text (unless already stale), so that they read as stale once it changes
/// — translations made outside fluentpress have no record until then. `changing` holds each
/// source file (relative to the locale folder) with its current text.
pub fn record_before_change(project: &Project, changing: &[(&Path, &str)]) -> Result<()> {
    if changing.is_empty() {
        return Ok(());
    }
    for locale in &project.config.locales {
        if !project.locale_dir(locale).is_dir() {
            continue;
        }
        with_lock(project, locale, || {
            let mut state = State::load(project, locale)?;
            for (catalog, current) in changing {
                let source = Source::parse(current);
                let target = Catalog::load_if_exists(&files::join_inside(
                    &project.locale_dir(locale),
                    catalog,
                )?)?;
                state.settle(
                    &catalog_key(catalog),
                    Some(&source),
                    &Translations::new(target.as_ref()),
                    &|_| false,
                );
            }
            state.save(project, locale).map(drop)
        })?;
    }
    Ok(())
}

/// Gives a message that is new to the source file `catalog` the ID of an obsolete translation
/// made from the same text, so that a paragraph deleted and later restored finds its
/// translations again. `ids` are the IDs extraction assigned, `previous` the source file before
/// and `text` the one `ids` make. Returns whether an ID changed.
pub fn reclaim_ids(
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
    let key = catalog_key(catalog);
    let mut retired: HashMap<Fingerprint, String> = HashMap::new();
    for locale in &project.config.locales {
        let state = State::load(project, locale)?;
        for (id, record) in state.records.get(&key).into_iter().flatten() {
            if !ids.contains(id) {
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
    Ok(changed)
}

/// Runs `f` holding the lock of `locale`'s folder, so that two runs never interleave their
/// reading and writing of its files. The lock is the operating system's: a killed run
/// releases it.
pub fn with_lock<T>(project: &Project, locale: &str, f: impl FnOnce() -> Result<T>) -> Result<T> {
    let dir = project.locale_dir(locale);
    fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
    let path = dir.join(LOCK_FILE);
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|e| Error::io(&path, e))?;
    let mut lock = fd_lock::RwLock::new(file);
    let _guard = lock.write().map_err(|e| Error::io(&path, e))?;
    f()
}

/// The IDs of `catalog` (relative to the locale folder, `stories/a.ftl`) whose translation in
/// `locale` is stale.
pub fn stale_ids(project: &Project, locale: &str, catalog: &Path) -> Result<HashSet<String>> {
    stale_ids_in(project, &State::load(project, locale)?, locale, catalog)
}

/// [`stale_ids`] with `locale`'s state already loaded, for callers that ask about many files.
pub fn stale_ids_in(
    project: &Project,
    state: &State,
    locale: &str,
    catalog: &Path,
) -> Result<HashSet<String>> {
    let Some(source) = Source::load(project, catalog)? else {
        return Ok(HashSet::new());
    };
    let target =
        Catalog::load_if_exists(&files::join_inside(&project.locale_dir(locale), catalog)?)?;
    let translations = Translations::new(target.as_ref());
    let key = catalog_key(catalog);
    Ok(source
        .entries
        .iter()
        .filter(|e| translations.state(e, state.get(&key, &e.id)) == MessageState::Stale)
        .map(|e| e.id.clone())
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog(text: &str) -> Catalog {
        Catalog::parse(Path::new("ko/a.ftl"), text.to_string())
    }

    #[test]
    fn source_fingerprints_ignore_id_comment_and_layout() {
        let a = Source::parse("# note\nhello = Hello { $name }\n    .title = T\n");
        let b = Source::parse("greeting =\n    Hello {$name}\n  .title = T\n");
        assert_eq!(a.entries[0].fingerprint, b.entries[0].fingerprint);
        assert_eq!(
            a.entries[0].english,
            "hello = Hello { $name }\n    .title = T\n"
        );
        let c = Source::parse("hello = Hello { $name }\n    .title = U\n");
        assert_ne!(a.entries[0].fingerprint, c.entries[0].fingerprint);
    }

    #[test]
    fn words_count_text_of_value_attributes_and_variants() {
        let source = Source::parse("-brand = Fluent Press\n    .gender = neuter\nm = It's { $n ->\n    [one] one cat\n   *[other] { $n } cats\n} here\n    .alt = A b\n");
        let words: Vec<_> = source
            .entries
            .iter()
            .map(|e| (e.id.as_str(), e.words))
            .collect();
        assert_eq!(words, [("-brand", 2), ("m", 7)]);
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
    fn translation_fingerprints_ignore_line_ends_only() {
        assert_eq!(
            Fingerprint::of_translation("a =\n    b"),
            Fingerprint::of_translation("a =\r\n    b")
        );
        assert_ne!(
            Fingerprint::of_translation("a = b"),
            Fingerprint::of_translation("a = c")
        );
    }

    #[test]
    fn junk_is_attributed_to_the_id_it_meant() {
        assert_eq!(junk_id("# c\np-x = {\n"), Some("p-x"));
        assert_eq!(junk_id("-term = {"), Some("-term"));
        assert_eq!(junk_id("}}} nonsense\n"), None);
        assert_eq!(junk_id("9x = y"), None);
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
