//! `fluentpress sync` and `fluentpress accept`: bring each locale's Fluent files in line with the
//! source without ever changing a translation, and record translations as current.
//!
//! A locale file is rebuilt from the exact bytes of its entries: a missing message gets a
//! placeholder (the English, commented out) where the source has it; an obsolete translation
//! moves to a section at the end and comes back when its ID returns; the English beside a stale
//! translation (its attached comment) is refreshed. Nothing else changes, junk included.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::ops::Range;
use std::path::{Path, PathBuf};

use fluent_syntax::ast;

use crate::catalog::{Catalog, Entry, EntryKind, Problem};
use crate::error::{Error, Position, Result};
use crate::files;
use crate::project::Project;
use crate::state::{self, Fingerprint, MessageState, Record, Source, State, Translations};

/// The group comment that opens the section of obsolete translations.
pub const OBSOLETE_MARK: &str = "Obsolete: no longer in the source; kept for reference";

/// How often a sync re-reads a file that someone keeps changing while it works, before giving up.
const ATTEMPTS: usize = 5;

/// What sync did to one file, by message ID.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changes {
    /// Missing messages that got a placeholder.
    pub added: Vec<String>,
    /// Obsolete translations moved to the end of the file.
    pub set_aside: Vec<String>,
    /// Translations moved back from the obsolete section because their ID returned.
    pub restored: Vec<String>,
    /// Stale translations whose English beside them was refreshed.
    pub refreshed: Vec<String>,
}

/// A locale file as sync leaves it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Synced {
    pub text: String,
    pub changes: Changes,
}

/// The placeholder of a missing message: the English, every line commented out.
pub fn placeholder(english: &str) -> String {
    comment_block(english.lines().map(str::to_string).collect())
}

/// `lines` as Fluent comment lines, serialized by fluent-syntax (which ends a standalone
/// comment with a blank line; the caller decides what follows).
fn comment_block(content: Vec<String>) -> String {
    let text = fluent_syntax::serializer::serialize(&ast::Resource {
        body: vec![ast::Entry::Comment(ast::Comment { content })],
    });
    format!("{}\n", text.trim_end_matches('\n'))
}

/// The ID of the message or term that a comment's lines spell out in full, if any: a
/// placeholder sync wrote, or the English beside a translation.
fn commented_id(lines: &[String]) -> Option<String> {
    let text = format!("{}\n", lines.join("\n"));
    let resource = fluent_syntax::parser::parse(text.as_str()).ok()?;
    match resource.body.as_slice() {
        [ast::Entry::Message(m)] if m.comment.is_none() => Some(m.id.name.to_string()),
        [ast::Entry::Term(t)] if t.comment.is_none() => Some(format!("-{}", t.id.name)),
        _ => None,
    }
}

/// One piece of the rebuilt file.
enum Piece {
    /// Bytes of the old file, unchanged and where they were.
    Kept(Range<usize>),
    /// Bytes of the old file (an entry without the blank lines after it), moved here.
    Moved(Range<usize>),
    /// New text in `\n` line ends: a placeholder, or the obsolete section's heading.
    New(String),
    /// An entry's old bytes under new comment lines (in `\n` line ends); `moved` when the
    /// entry also changes place.
    Recommented {
        comment: String,
        rest: Range<usize>,
        moved: bool,
    },
}

impl Piece {
    /// Whether the piece is set off from its neighbours by blank lines: everything that was
    /// not there before, so that a comment never gets attached to a message by accident.
    fn set_off(&self) -> bool {
        !matches!(
            self,
            Piece::Kept(_) | Piece::Recommented { moved: false, .. }
        )
    }
}

/// The role of an entry of the old file.
enum Role {
    /// A message or term the source has, at this position of the source.
    Translation(usize),
    /// A placeholder of the source entry at this position.
    Placeholder(usize),
    /// Junk meant for the source entry at this position.
    Broken(usize),
    /// A translation, or a placeholder, of an ID the source no longer has.
    Obsolete,
    /// Anything else: comments, junk, duplicates.
    Other,
}

/// Brings the locale file `target` (absent when `None`) in line with `source`; `stale` holds the
/// IDs whose English beside them needs refreshing, each with the source entry its translation
/// was made from when it is known. Every message and term of `target` keeps its exact bytes.
pub fn sync_file(
    source: &Source,
    target: Option<&Catalog>,
    stale: &HashMap<String, Option<String>>,
) -> Synced {
    let empty = Catalog::parse(Path::new(""), String::new());
    let catalog = target.unwrap_or(&empty);
    let text = catalog.text.as_str();
    let translations = Translations::new(Some(catalog));
    let marker = catalog.entries.iter().position(is_marker);
    let split = marker.unwrap_or(catalog.entries.len());
    let roles = roles(catalog, source);
    let mut changes = Changes::default();

    // The main part: old entries that stay, in their order, each with its source position.
    let mut main: Vec<(Option<usize>, Piece)> = Vec::new();
    let mut aside_kept: Vec<Piece> = Vec::new();
    let mut aside_new: Vec<Piece> = Vec::new();
    let mut to_place: Vec<(usize, Piece)> = Vec::new();
    // Source positions whose placeholder stays in the main part.
    let mut shown = HashSet::new();
    for (i, (entry, role)) in catalog.entries.iter().zip(&roles).enumerate() {
        let in_aside = i > split;
        let id = entry.id.clone().unwrap_or_default();
        match *role {
            Role::Translation(at) => {
                let english = &source.entries[at].english;
                let beside = stale.get(&id).map(|previous| Beside {
                    english,
                    previous: previous.as_deref(),
                });
                let refresh = refreshed(catalog, entry, beside, in_aside);
                if refresh.is_some() {
                    changes.refreshed.push(id.clone());
                }
                if in_aside {
                    changes.restored.push(id);
                    to_place.push((
                        at,
                        refresh.unwrap_or_else(|| Piece::Moved(trimmed(catalog, &entry.span))),
                    ));
                } else {
                    main.push((Some(at), refresh.unwrap_or(Piece::Kept(entry.span.clone()))));
                }
            }
            Role::Placeholder(at) => {
                let entry_id = &source.entries[at].id;
                let current = placeholder(&source.entries[at].english);
                if in_aside
                    || translations.get(entry_id).is_some()
                    || translations.is_broken(entry_id)
                {
                    // Translated elsewhere in the file, the placeholder has done its job; set
                    // aside when its ID left the source, it is replaced by a new one in place.
                } else if catalog.slice(&entry.body).replace("\r\n", "\n").trim_end()
                    == current.trim_end()
                {
                    shown.insert(at);
                    main.push((Some(at), Piece::Kept(entry.span.clone())));
                } else {
                    shown.insert(at);
                    main.push((Some(at), Piece::New(current)));
                }
            }
            Role::Broken(at) if !in_aside => main.push((Some(at), Piece::Kept(entry.span.clone()))),
            Role::Obsolete if !in_aside => {
                changes.set_aside.extend(entry.id.clone());
                aside_new.push(Piece::Moved(trimmed(catalog, &entry.span)));
            }
            // The section gets one heading, below, and only if it holds something.
            _ if (in_aside && is_marker(entry)) || Some(i) == marker => {}
            _ if in_aside => aside_kept.push(Piece::Kept(entry.span.clone())),
            _ => main.push((None, Piece::Kept(entry.span.clone()))),
        }
    }
    for (at, entry) in source.entries.iter().enumerate() {
        let present = shown.contains(&at)
            || translations.get(&entry.id).is_some()
            || translations.is_broken(&entry.id);
        if !present {
            changes.added.push(entry.id.clone());
            to_place.push((at, Piece::New(placeholder(&entry.english))));
        }
    }
    to_place.sort_by_key(|(at, _)| *at);

    let pieces = interleave(main, to_place);
    let mut out = Output::new(text, catalog.preamble.clone());
    pieces.into_iter().for_each(|p| out.push(p));
    let has_aside = !aside_new.is_empty()
        || aside_kept
            .iter()
            .any(|p| matches!(p, Piece::Kept(r) if !text[r.clone()].trim().is_empty()));
    if has_aside {
        let mark = match marker {
            Some(m) => Piece::Kept(catalog.entries[m].span.clone()),
            None => Piece::New(fluent_syntax::serializer::serialize(&ast::Resource {
                body: vec![ast::Entry::GroupComment(ast::Comment {
                    content: vec![OBSOLETE_MARK.to_string()],
                })],
            })),
        };
        out.push(mark);
        aside_kept
            .into_iter()
            .chain(aside_new)
            .for_each(|p| out.push(p));
    }
    Synced {
        text: out.finish(),
        changes,
    }
}

/// Whether `entry` is the heading of the obsolete section.
fn is_marker(entry: &Entry) -> bool {
    let first_line = entry.comment.as_deref().and_then(<[String]>::first);
    entry.kind == EntryKind::Comment { level: 2 } && first_line.is_some_and(|l| l == OBSOLETE_MARK)
}

/// The role of every entry of `catalog`, given the source.
fn roles(catalog: &Catalog, source: &Source) -> Vec<Role> {
    let mut seen = HashSet::new();
    catalog
        .entries
        .iter()
        .map(|e| role(e, catalog, source, &mut seen))
        .collect()
}

/// What an entry of the old file is, given the source. `seen` collects IDs so that only the
/// first of duplicates is the translation.
fn role(entry: &Entry, catalog: &Catalog, source: &Source, seen: &mut HashSet<String>) -> Role {
    match entry.kind {
        EntryKind::Message | EntryKind::Term => {
            let id = entry.id.clone().unwrap_or_default();
            match source.position(&id) {
                // Duplicates of an obsolete translation go aside with it; those of a current
                // one stay where they are.
                None => Role::Obsolete,
                Some(at) if seen.insert(id) => Role::Translation(at),
                Some(_) => Role::Other,
            }
        }
        EntryKind::Comment { level: 1 } => match entry.comment.as_deref().and_then(commented_id) {
            Some(id) => source
                .position(&id)
                .map_or(Role::Obsolete, Role::Placeholder),
            None => Role::Other,
        },
        EntryKind::Junk => state::junk_id(catalog.slice(&entry.span))
            .and_then(|id| source.position(id))
            .map_or(Role::Other, Role::Broken),
        _ => Role::Other,
    }
}

/// `range` without the blank lines at its end: an entry's bytes, for moving elsewhere.
fn trimmed(catalog: &Catalog, range: &Range<usize>) -> Range<usize> {
    range.start..range.start + catalog.slice(range).trim_end().len()
}

/// What sync shows beside a stale translation: the current English and, when it is known, the
/// English the translation was made from.
struct Beside<'s> {
    english: &'s str,
    previous: Option<&'s str>,
}

/// The start of each comment line that shows the previous English beside a stale translation
/// (as `msgmerge --previous` writes `#| msgid`): `# previous: a = Old text`, one per line of it.
pub const PREVIOUS_PREFIX: &str = "previous: ";

/// The translator's own lines of the comment attached to a translation: without the English
/// sync writes beside it, and without the previous English.
pub fn translator_notes(comment: &[String]) -> Vec<String> {
    let english = (0..comment.len())
        .find(|&i| commented_id(&comment[i..]).is_some())
        .unwrap_or(comment.len());
    comment[..english]
        .iter()
        .filter(|l| !l.starts_with(PREVIOUS_PREFIX))
        .cloned()
        .collect()
}

/// The entry with the comment beside it as it should be, or `None` if it already is. A stale
/// translation (`beside` given) shows the previous English, if known, and the current English
/// under any translator's note; any other keeps its comment without previous English, which no
/// longer applies.
fn refreshed(
    catalog: &Catalog,
    entry: &Entry,
    beside: Option<Beside>,
    moved: bool,
) -> Option<Piece> {
    let old = entry.comment.clone().unwrap_or_default();
    let mut lines = translator_notes(&old);
    match beside {
        Some(beside) => {
            let previous = beside.previous.into_iter().flat_map(str::lines);
            lines.extend(previous.map(|l| format!("{PREVIOUS_PREFIX}{l}")));
            lines.extend(beside.english.lines().map(str::to_string));
        }
        None => {
            let english = (0..old.len())
                .find(|&i| commented_id(&old[i..]).is_some())
                .unwrap_or(old.len());
            lines.extend_from_slice(&old[english..]);
        }
    }
    if lines == old {
        return None;
    }
    let rest = entry.body.start..entry.span.end;
    Some(Piece::Recommented {
        comment: comment_block(lines),
        rest: if moved { trimmed(catalog, &rest) } else { rest },
        moved,
    })
}

/// The main part's pieces with `to_place` inserted: each after the entry of the nearest earlier
/// source position, or before the first entry with a source position when none is earlier.
fn interleave(main: Vec<(Option<usize>, Piece)>, to_place: Vec<(usize, Piece)>) -> Vec<Piece> {
    let mut positioned: Vec<(usize, usize)> = main
        .iter()
        .enumerate()
        .filter_map(|(i, (p, _))| p.map(|p| (p, i)))
        .collect();
    positioned.sort_unstable();
    let first_positioned = main
        .iter()
        .position(|(p, _)| p.is_some())
        .unwrap_or(main.len());
    let mut after: Vec<Vec<Piece>> = (0..=main.len()).map(|_| Vec::new()).collect();
    for (at, piece) in to_place {
        // Slot i holds what goes before main[i]; slot main.len() is the end.
        let earlier = positioned.partition_point(|&(p, _)| p < at);
        let slot = earlier
            .checked_sub(1)
            .map_or(first_positioned, |k| positioned[k].1 + 1);
        after[slot].push(piece);
    }
    let mut slots = after.into_iter();
    let mut pieces = Vec::new();
    for (_, piece) in main {
        pieces.extend(slots.next().into_iter().flatten());
        pieces.push(piece);
    }
    pieces.extend(slots.flatten());
    pieces
}

/// The line end of `text`, as its first line ends: what text written into it uses.
fn eol(text: &str) -> &'static str {
    match text.find('\n').is_some_and(|i| text[..i].ends_with('\r')) {
        true => "\r\n",
        false => "\n",
    }
}

/// The rebuilt file, in the old file's line ends.
struct Output<'a> {
    old: &'a str,
    eol: &'static str,
    text: String,
    last_set_off: bool,
}

impl<'a> Output<'a> {
    fn new(old: &'a str, preamble: Range<usize>) -> Output<'a> {
        Output {
            old,
            eol: eol(old),
            text: old[preamble].to_string(),
            last_set_off: false,
        }
    }

    fn push(&mut self, piece: Piece) {
        let set_off = piece.set_off();
        if !self.text.trim_start_matches('\u{feff}').is_empty() {
            if !self.text.ends_with('\n') {
                self.text.push_str(self.eol);
            }
            let blank = self.text.ends_with("\n\n") || self.text.ends_with("\n\r\n");
            if (set_off || self.last_set_off) && !blank {
                self.text.push_str(self.eol);
            }
        }
        match piece {
            Piece::Kept(range) => self.text.push_str(&self.old[range]),
            Piece::Moved(range) => {
                self.text.push_str(&self.old[range]);
                self.text.push_str(self.eol);
            }
            Piece::New(text) => {
                self.push_new(text.trim_end_matches('\n'));
                self.text.push_str(self.eol);
            }
            Piece::Recommented {
                comment,
                rest,
                moved,
            } => {
                self.push_new(&comment);
                self.text.push_str(&self.old[rest]);
                if moved {
                    self.text.push_str(self.eol);
                }
            }
        }
        self.last_set_off = set_off;
    }

    /// Text sync wrote, in the file's line ends.
    fn push_new(&mut self, text: &str) {
        match self.eol {
            "\n" => self.text.push_str(text),
            eol => self.text.push_str(&text.replace('\n', eol)),
        }
    }

    /// The text, without a final line break if the old file had none.
    fn finish(mut self) -> String {
        if !self.old.is_empty() && !self.old.ends_with('\n') {
            self.text
                .truncate(self.text.trim_end_matches(['\r', '\n']).len());
        }
        self.text
    }
}

/// What a sync did in one locale.
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub locale: String,
    /// Files written, relative to the locale's folder.
    pub written: Vec<PathBuf>,
    pub changes: Changes,
    /// Text the parser could not read, kept as it was: file (relative to the locale's folder)
    /// and problem.
    pub junk: Vec<(PathBuf, Problem)>,
}

/// Syncs every file of `locales` (every target locale when empty).
pub fn run(project: &Project, locales: &[String]) -> Result<Vec<Report>> {
    let locales = writable_locales(project, locales)?;
    let sources = project.catalogs(project.source_locale())?;
    locales
        .iter()
        .map(|locale| state::with_lock(project, locale, || sync_locale(project, locale, &sources)))
        .collect()
}

fn sync_locale(project: &Project, locale: &str, sources: &[PathBuf]) -> Result<Report> {
    let mut state = State::load(project, locale)?;
    let mut report = Report {
        locale: locale.to_string(),
        ..Report::default()
    };
    let paths: BTreeSet<PathBuf> = sources
        .iter()
        .cloned()
        .chain(project.catalogs(locale)?)
        .collect();
    for path in &paths {
        let source = Source::load(project, path)?.unwrap_or_default();
        let file = files::join_inside(&project.locale_dir(locale), path)?;
        let key = state::catalog_key(path);
        let synced = rewrite(&file, |target| {
            let translations = Translations::new(target);
            let stale = source
                .entries
                .iter()
                .filter(|e| translations.state(e, state.get(&key, &e.id)) == MessageState::Stale)
                .map(|e| {
                    let previous = state.previous(&key, &e.id).map(str::to_string);
                    (e.id.clone(), previous)
                })
                .collect();
            let synced = sync_file(&source, target, &stale);
            // A file that would hold nothing is not created.
            let wanted = target.is_some() || !synced.text.is_empty();
            wanted.then_some((synced.text, synced.changes))
        })?;
        let Some((text, changes, written)) = synced else {
            continue;
        };
        let catalog = Catalog::parse(&file, text);
        state.settle(
            &key,
            Some(&source),
            &Translations::new(Some(&catalog)),
            &|_| false,
        );
        report
            .junk
            .extend(catalog.problems.into_iter().map(|p| (path.clone(), p)));
        if written {
            report.written.push(path.clone());
        }
        let c = &mut report.changes;
        c.added.extend(changes.added);
        c.set_aside.extend(changes.set_aside);
        c.restored.extend(changes.restored);
        c.refreshed.extend(changes.refreshed);
    }
    state.save(project, locale)?;
    Ok(report)
}

/// Reads `file`, computes its new text with `change`, and writes it atomically unless `change`
/// returns `None`. Someone who saved the file meanwhile (an editor does not take our lock) is
/// not overwritten: the file is read again and the change made anew. Returns the result and
/// whether the file was written.
fn rewrite<T>(
    file: &Path,
    change: impl Fn(Option<&Catalog>) -> Option<(String, T)>,
) -> Result<Option<(String, T, bool)>> {
    for _ in 0..ATTEMPTS {
        let before = files::read_text_if_exists(file)?;
        let target = before.clone().map(|text| Catalog::parse(file, text));
        let Some((text, result)) = change(target.as_ref()) else {
            return Ok(None);
        };
        // A file that would hold nothing is not created.
        if before.as_deref() == Some(text.as_str()) || before.is_none() && text.is_empty() {
            return Ok(Some((text, result, false)));
        }
        if files::read_text_if_exists(file)? != before {
            continue;
        }
        files::write_atomic(file, text.as_bytes())?;
        return Ok(Some((text, result, true)));
    }
    Err(Error::invalid(
        file,
        format!("changed {ATTEMPTS} times while fluentpress was syncing it; try again"),
    ))
}

/// Records the translations of `ids` in `locale` (all of them when empty) as current, without
/// changing them. Returns the IDs that were stale.
pub fn accept(project: &Project, locale: &str, ids: &[String]) -> Result<Vec<String>> {
    let locale = writable_locales(project, &[locale.to_string()])?.remove(0);
    state::with_lock(project, &locale, || {
        let mut state = State::load(project, &locale)?;
        let wanted: HashSet<&str> = ids.iter().map(String::as_str).collect();
        let chosen = |id: &str| wanted.is_empty() || wanted.contains(id);
        let mut known = HashSet::new();
        let mut accepted = Vec::new();
        let paths: BTreeSet<PathBuf> = project
            .catalogs(project.source_locale())?
            .into_iter()
            .chain(project.catalogs(&locale)?)
            .collect();
        for path in &paths {
            let source = Source::load(project, path)?;
            let target =
                Catalog::load_if_exists(&files::join_inside(&project.locale_dir(&locale), path)?)?;
            let translations = Translations::new(target.as_ref());
            let key = state::catalog_key(path);
            known.extend(translations.ids().map(str::to_string));
            for entry in source.iter().flat_map(|s| &s.entries) {
                if chosen(&entry.id)
                    && translations.state(entry, state.get(&key, &entry.id)) == MessageState::Stale
                {
                    accepted.push(entry.id.clone());
                }
            }
            state.settle(&key, source.as_ref(), &translations, &chosen);
        }
        let unknown: Vec<&str> = ids
            .iter()
            .map(String::as_str)
            .filter(|id| !known.contains(*id))
            .collect();
        if !unknown.is_empty() {
            return Err(Error::usage(format!(
                "{locale} has no translation of {}",
                unknown.join(", ")
            )));
        }
        state.save(project, &locale)?;
        Ok(accepted)
    })
}

/// A new translation of one message or term, for [`write()`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    /// `p-soon-me`, or `-brand` for a term.
    pub id: String,
    /// What follows `id =`: Fluent pattern source, as [`crate::status::Unit`] gives it (a
    /// value on the next line, or attributes, start with a line break). Plain text becomes
    /// pattern source through [`crate::catalog::text_to_pattern_source`].
    pub value: String,
    /// What the caller saw, so that a translation changed meanwhile is not overwritten.
    pub expected: Expected,
    /// The fingerprint of the source the translation was made from
    /// ([`crate::status::Unit::source_fingerprint`] when it was read, say at an export). When
    /// the source changed since, the translation is recorded as made from that older source,
    /// and reads as stale; `None` records it as made from the current source.
    pub made_from: Option<Fingerprint>,
}

/// The translation a caller of [`write()`] expects to replace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    /// Whatever is there.
    Any,
    /// No translation (a missing message).
    Nothing,
    /// The translation with this fingerprint ([`crate::status::Unit::fingerprint`]).
    Translation(Fingerprint),
}

/// What [`write()`] did with one [`Edit`].
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// The file holds the new translation, recorded as current.
    Written,
    /// The translation is not what the caller expected (its fingerprint now, `None` when there
    /// is none): nothing written for this ID.
    Conflict { current: Option<Fingerprint> },
    /// The value does not read as one Fluent message: the parser's problems, placed in the
    /// value (line 1 is its first line); nothing written for this ID.
    Invalid(Vec<Problem>),
    /// The source file has no message or term with this ID: nothing written for it.
    Unknown,
}

/// Writes each edit's translation into the file `catalog` (relative to the locale folder) of
/// `locale`, under the locale's lock and with one atomic write, and records the translations
/// as current in the state file. A translation replaces the definition Fluent reads, keeping
/// the comment above it; a new one takes the place of its placeholder, or goes where `sync`
/// would put it. Every other byte of the file stays as it was. Returns one outcome per edit.
pub fn write(
    project: &Project,
    locale: &str,
    catalog: &Path,
    edits: &[Edit],
) -> Result<Vec<Outcome>> {
    let locale = writable_locales(project, &[locale.to_string()])?.remove(0);
    let source = Source::load(project, catalog)?.unwrap_or_default();
    let file = files::join_inside(&project.locale_dir(&locale), catalog)?;
    state::with_lock(project, &locale, || {
        let written = rewrite(&file, |target| {
            let (text, outcomes) = apply(&source, target, edits);
            Some((text, outcomes))
        })?;
        let (text, outcomes, _) = written.expect("every edit gives the file a text");
        let done: HashSet<&str> = edits
            .iter()
            .zip(&outcomes)
            .filter(|(_, o)| **o == Outcome::Written)
            .map(|(e, _)| e.id.as_str())
            .collect();
        let mut state = State::load(project, &locale)?;
        let written = Catalog::parse(&file, text);
        let translations = Translations::new(Some(&written));
        let key = state::catalog_key(catalog);
        state.settle(&key, Some(&source), &translations, &|id| done.contains(id));
        for edit in edits.iter().filter(|e| done.contains(e.id.as_str())) {
            let translation = translations.fingerprint(&edit.id);
            if let Some((source, translation)) = edit.made_from.zip(translation) {
                state.record(
                    &key,
                    &edit.id,
                    Record {
                        source,
                        translation,
                    },
                );
            }
        }
        state.save(project, &locale)?;
        Ok(outcomes)
    })
}

/// `edits` applied to the locale file `target` (absent when `None`), edit by edit.
fn apply(source: &Source, target: Option<&Catalog>, edits: &[Edit]) -> (String, Vec<Outcome>) {
    let mut text = target.map_or_else(String::new, |c| c.text.clone());
    let mut outcomes = Vec::with_capacity(edits.len());
    for edit in edits {
        let catalog = Catalog::parse(Path::new(""), text.clone());
        let (outcome, changed) = apply_one(source, &catalog, edit);
        outcomes.push(outcome);
        if let Some(changed) = changed {
            text = changed;
        }
    }
    (text, outcomes)
}

/// One edit applied to `catalog`: its outcome, and the new text when it is written.
fn apply_one(source: &Source, catalog: &Catalog, edit: &Edit) -> (Outcome, Option<String>) {
    let Some(at) = source.position(&edit.id) else {
        return (Outcome::Unknown, None);
    };
    let entry_text = match entry_text(&edit.id, &edit.value) {
        Ok(entry_text) => entry_text,
        Err(problems) => return (Outcome::Invalid(problems), None),
    };
    let translations = Translations::new(Some(catalog));
    let current = translations.fingerprint(&edit.id);
    let expected = match edit.expected {
        Expected::Any => true,
        Expected::Nothing => current.is_none(),
        Expected::Translation(fingerprint) => current == Some(fingerprint),
    };
    if !expected {
        return (Outcome::Conflict { current }, None);
    }
    let text = &catalog.text;
    let eol = eol(text);
    let new = entry_text.replace('\n', eol);
    let replaced = |range: Range<usize>, with: &str| {
        format!("{}{with}{}", &text[..range.start], &text[range.end..])
    };
    if let Some(entry) = translations.get(&edit.id) {
        return (Outcome::Written, Some(replaced(entry.body.clone(), &new)));
    }
    let roles = roles(catalog, source);
    // A placeholder, or text the parser could not read, gives its place to the translation.
    if let Some(i) = roles
        .iter()
        .position(|r| matches!(r, Role::Placeholder(p) | Role::Broken(p) if *p == at))
    {
        let old = trimmed(catalog, &catalog.entries[i].span);
        return (Outcome::Written, Some(replaced(old, &new)));
    }
    // As `sync` places a missing message: after the nearest earlier one, or before the first.
    let positioned = catalog
        .entries
        .iter()
        .zip(&roles)
        .filter_map(|(e, r)| match r {
            Role::Translation(p) | Role::Placeholder(p) | Role::Broken(p) => Some((*p, e)),
            _ => None,
        });
    let (earlier, later): (Vec<_>, Vec<_>) = positioned.partition(|(p, _)| *p < at);
    let end = catalog
        .entries
        .iter()
        .find(|e| is_marker(e))
        .map_or(text.len(), |m| m.span.start);
    let place = match (earlier.iter().max_by_key(|(p, _)| *p), later.first()) {
        (Some((_, e)), _) => e.span.end,
        (None, Some((_, e))) => e.span.start,
        (None, None) => end,
    };
    let before = &text[..place];
    let mut insert = String::new();
    if !before.trim_start_matches('\u{feff}').is_empty() {
        if !before.ends_with('\n') {
            insert.push_str(eol);
        }
        if !(before.ends_with("\n\n") || before.ends_with("\n\r\n")) {
            insert.push_str(eol);
        }
    }
    insert.push_str(&new);
    insert.push_str(eol);
    if place < text.len() {
        insert.push_str(eol);
    }
    (Outcome::Written, Some(replaced(place..place, &insert)))
}

/// The text of the entry `id = value`, if it reads as that one message or term and nothing
/// else; otherwise the parser's problems, placed in `value`.
fn entry_text(id: &str, value: &str) -> std::result::Result<String, Vec<Problem>> {
    let value = value.replace("\r\n", "\n");
    let value = value.trim_end();
    let head = if value.starts_with('\n') {
        format!("{id} =")
    } else {
        format!("{id} = ")
    };
    let text = format!("{head}{value}");
    let parsed = Catalog::parse(Path::new(""), format!("{text}\n"));
    let mut problems: Vec<Problem> = parsed
        .problems
        .iter()
        .map(|p| {
            let offset = p.offset.saturating_sub(head.len()).min(value.len());
            Problem {
                offset,
                position: Position::at(value, offset),
                message: p.message.clone(),
            }
        })
        .collect();
    let one = match parsed.entries.as_slice() {
        [entry] => entry.id.as_deref() == Some(id),
        _ => false,
    };
    if problems.is_empty() && !one {
        problems.push(Problem {
            offset: 0,
            position: Position { line: 1, column: 1 },
            message: format!("the value must make exactly one definition of `{id}`"),
        });
    }
    match problems.is_empty() {
        true => Ok(text),
        false => Err(problems),
    }
}

/// The target locales among `selected`: the source locale is what the others follow.
fn writable_locales(project: &Project, selected: &[String]) -> Result<Vec<String>> {
    let locales = project.target_locales(selected)?;
    if locales.iter().any(|l| l == project.source_locale()) {
        return Err(Error::usage(format!(
            "`{}` is the source locale: `extract` writes it, and the other locales follow it",
            project.source_locale()
        )));
    }
    Ok(locales)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog;
    use proptest::prelude::*;

    const SOURCE: &str = "### Messages\n\n# c\na = Alpha\n\n# c\nb = Beta\n    two lines\n\n# c\n-term = Term\n\nimg =\n    .alt = Picture\n";

    fn sync(target: Option<&str>, stale: &[&str]) -> Synced {
        let source = Source::parse(SOURCE);
        let target = target.map(|t| Catalog::parse(Path::new("ko/a.ftl"), t.to_string()));
        let stale = stale.iter().map(|s| (s.to_string(), None)).collect();
        sync_file(&source, target.as_ref(), &stale)
    }

    #[test]
    fn a_new_file_holds_every_placeholder_in_source_order() {
        let synced = sync(None, &[]);
        assert_eq!(
            synced.text,
            "# a = Alpha\n\n# b =\n#     Beta\n#     two lines\n\n# -term = Term\n\n# img =\n#     .alt = Picture\n"
        );
        assert_eq!(synced.changes.added, ["a", "b", "-term", "img"]);
        assert_eq!(
            sync(Some(&synced.text), &[]).text,
            synced.text,
            "a second sync changes nothing"
        );
    }

    #[test]
    fn placeholders_go_where_the_source_has_them() {
        let target = "## Mine\n\n# note\nb = 베타\n\nimg =\n    .alt = 그림\n";
        let synced = sync(Some(target), &[]);
        assert_eq!(synced.text, "## Mine\n\n# a = Alpha\n\n# note\nb = 베타\n\n# -term = Term\n\nimg =\n    .alt = 그림\n");
        assert_eq!(sync(Some(&synced.text), &[]).text, synced.text);
    }

    #[test]
    fn a_translated_placeholder_goes_away_and_a_changed_one_is_refreshed() {
        let target = "# a = Alpha\n\na = 알파\n\n# -term = Old term\n";
        let synced = sync(Some(target), &[]);
        assert!(
            synced.text.starts_with("a = 알파\n\n# b =\n"),
            "{}",
            synced.text
        );
        assert!(synced.text.contains("# -term = Term\n"), "{}", synced.text);
        assert!(!synced.text.contains("Old term"), "{}", synced.text);
    }

    #[test]
    fn obsolete_translations_move_aside_and_back() {
        let target = "a = 알파\n\ngone = 사라진\n    .title = 제목\n\nb = 베타\n";
        let synced = sync(Some(target), &[]);
        let aside = format!("## {OBSOLETE_MARK}\n\ngone = 사라진\n    .title = 제목\n");
        assert!(synced.text.ends_with(&aside), "{}", synced.text);
        assert_eq!(synced.changes.set_aside, ["gone"]);
        // The ID returns to the source, between `a` and `b`.
        let source = Source::parse(&format!("a = Alpha\ngone = Gone\n{SOURCE}"));
        let back = sync_file(
            &source,
            Some(&Catalog::parse(Path::new("a.ftl"), synced.text)),
            &HashMap::new(),
        );
        assert!(
            back.text
                .starts_with("a = 알파\n\ngone = 사라진\n    .title = 제목\n\nb = 베타\n\n# -term"),
            "{}",
            back.text
        );
        assert!(!back.text.contains(OBSOLETE_MARK), "{}", back.text);
        assert_eq!(back.changes.restored, ["gone"]);
    }

    #[test]
    fn a_placeholder_set_aside_returns_to_its_place_when_its_id_does() {
        let target = format!("a = 알파\n\n## {OBSOLETE_MARK}\n\n# -term = Term\n");
        let synced = sync(Some(&target), &[]);
        assert!(
            synced.text.starts_with(
                "a = 알파\n\n# b =\n#     Beta\n#     two lines\n\n# -term = Term\n\n# img"
            ),
            "{}",
            synced.text
        );
        assert!(!synced.text.contains(OBSOLETE_MARK), "{}", synced.text);
    }

    #[test]
    fn stale_translations_get_the_new_english_beside_them() {
        let target = "# Translator's note\n# a = Old alpha\na = 알파\n";
        let synced = sync(Some(target), &["a"]);
        assert!(
            synced
                .text
                .starts_with("# Translator's note\n# a = Alpha\na = 알파\n"),
            "{}",
            synced.text
        );
        assert_eq!(synced.changes.refreshed, ["a"]);
        let bare = sync(Some("a = 알파\n"), &["a"]);
        assert!(
            bare.text.starts_with("# a = Alpha\na = 알파\n"),
            "{}",
            bare.text
        );
    }

    #[test]
    fn stale_translations_show_the_english_they_were_made_from() {
        let source = Source::parse(SOURCE);
        let target = Catalog::parse(
            Path::new("ko/a.ftl"),
            "# Translator's note\n# a = Old alpha\na = 알파\n".to_string(),
        );
        let stale = HashMap::from([("a".to_string(), Some("a = Old alpha".to_string()))]);
        let synced = sync_file(&source, Some(&target), &stale);
        assert!(
            synced.text.starts_with(
                "# Translator's note\n# previous: a = Old alpha\n# a = Alpha\na = 알파\n"
            ),
            "{}",
            synced.text
        );
        let again = Catalog::parse(Path::new("ko/a.ftl"), synced.text.clone());
        assert_eq!(sync_file(&source, Some(&again), &stale).text, synced.text);
        assert_eq!(
            translator_notes(again.get("a").unwrap().comment.as_ref().unwrap()),
            ["Translator's note"]
        );
        // Once the translation is current, the previous English goes; the rest stays.
        let current = sync_file(&source, Some(&again), &HashMap::new());
        assert!(
            current
                .text
                .starts_with("# Translator's note\n# a = Alpha\na = 알파\n"),
            "{}",
            current.text
        );
    }

    #[test]
    fn junk_stays_where_it_was_and_counts_as_present() {
        let target = "a = 알파\n\nb = { 베타\n\nzzz {{\n\n-term = 텀\n";
        let synced = sync(Some(target), &[]);
        assert!(
            synced
                .text
                .starts_with("a = 알파\n\nb = { 베타\n\nzzz {{\n\n-term = 텀\n"),
            "{}",
            synced.text
        );
        assert_eq!(synced.changes.added, ["img"]);
    }

    #[test]
    fn bom_crlf_and_missing_final_newline_are_kept() {
        let target = "\u{feff}a = 알파\r\n\r\ngone = x";
        let synced = sync(Some(target), &[]);
        assert!(
            synced
                .text
                .starts_with("\u{feff}a = 알파\r\n\r\n# b =\r\n#     Beta\r\n"),
            "{:?}",
            synced.text
        );
        assert!(
            synced
                .text
                .ends_with(&format!("## {OBSOLETE_MARK}\r\n\r\ngone = x")),
            "{:?}",
            synced.text
        );
        assert_eq!(sync(Some(&synced.text), &[]).text, synced.text);
    }

    fn edit(id: &str, value: &str, expected: Expected) -> Edit {
        Edit {
            id: id.to_string(),
            value: value.to_string(),
            expected,
            made_from: None,
        }
    }

    fn applied(target: &str, edits: &[Edit]) -> (String, Vec<Outcome>) {
        let source = Source::parse(SOURCE);
        let target = Catalog::parse(Path::new("ko/a.ftl"), target.to_string());
        apply(&source, Some(&target), edits)
    }

    #[test]
    fn an_edit_replaces_the_body_and_keeps_every_other_byte() {
        let target = "\u{feff}## Mine\r\n\r\n# note\r\na = 알파\r\n\r\nb = 베타\r\n";
        let (text, outcomes) = applied(
            target,
            &[edit("a", "\n    새 알파\n    둘째 줄", Expected::Any)],
        );
        assert_eq!(outcomes, [Outcome::Written]);
        assert_eq!(
            text,
            "\u{feff}## Mine\r\n\r\n# note\r\na =\r\n    새 알파\r\n    둘째 줄\r\n\r\nb = 베타\r\n"
        );
    }

    #[test]
    fn a_new_translation_takes_its_placeholder_or_its_place_in_source_order() {
        let synced = sync(Some("b = 베타\n"), &[]).text;
        let (text, _) = applied(&synced, &[edit("-term", "용어", Expected::Nothing)]);
        assert_eq!(
            text,
            "# a = Alpha\n\nb = 베타\n\n-term = 용어\n\n# img =\n#     .alt = Picture\n"
        );
        let (text, _) = applied(
            "b = 베타\n\nimg =\n    .alt = 그림\n",
            &[
                edit("-term", "용어", Expected::Any),
                edit("a", "알파", Expected::Any),
            ],
        );
        assert_eq!(
            text,
            "a = 알파\n\nb = 베타\n\n-term = 용어\n\nimg =\n    .alt = 그림\n"
        );
        let (text, _) = applied("b = {\n\n", &[edit("b", "베타", Expected::Any)]);
        assert_eq!(text, "b = 베타\n\n");
    }

    #[test]
    fn conflicts_invalid_values_and_unknown_ids_write_nothing() {
        let target = "a = 알파\n";
        let seen = Translations::new(Some(&Catalog::parse(Path::new("a"), target.to_string())))
            .fingerprint("a")
            .unwrap();
        let (text, outcomes) = applied(
            "a = 바뀐 알파\n",
            &[
                edit("a", "새것", Expected::Translation(seen)),
                edit("b", "베타", Expected::Translation(seen)),
                edit("b", "{ 베타", Expected::Any),
                edit("b", "베타\nc = 셋", Expected::Any),
                edit("zzz", "없음", Expected::Any),
            ],
        );
        assert_eq!(text, "a = 바뀐 알파\n");
        assert!(matches!(outcomes[0], Outcome::Conflict { current: Some(c) } if c != seen));
        assert_eq!(outcomes[1], Outcome::Conflict { current: None });
        let Outcome::Invalid(problems) = &outcomes[2] else {
            panic!("{:?}", outcomes[2]);
        };
        assert_eq!(problems[0].position.line, 1, "{problems:?}");
        assert!(
            matches!(&outcomes[3], Outcome::Invalid(p) if p[0].message.contains("exactly one"))
        );
        assert_eq!(outcomes[4], Outcome::Unknown);
    }

    #[test]
    fn plain_text_becomes_pattern_source_that_reads_back() {
        for text in ["{ not a placeable }", "[link](/x)\n*b", "  lead"] {
            let value = catalog::text_to_pattern_source(text);
            let entry = entry_text("m", &value).unwrap();
            let parsed = Catalog::parse(Path::new("a"), entry);
            assert_eq!(
                parsed.get("m").unwrap().value.as_deref(),
                Some(text),
                "{value:?}"
            );
        }
    }

    /// A Fluent file of translations (duplicates included), placeholders, comments and junk that
    /// stays junk wherever it goes, some of whose IDs the source has.
    fn locale_file() -> impl Strategy<Value = String> {
        let id = prop::sample::select(vec!["a", "b", "-term", "img", "gone", "other"]);
        let value = "[가-힣a-z .\\[\\]*]{0,12}";
        let line = "[가-힣a-z][가-힣a-z .\\[\\]*]{0,12}";
        let entry = prop_oneof![
            (id.clone(), value).prop_map(|(id, v)| format!("{id} = {v}\n")),
            (id.clone(), value, line)
                .prop_map(|(id, v, w)| format!("# note\n{id} = {v}\n    {w}\n    .title = t\n")),
            id.clone().prop_map(|id| format!("# {id} = English\n")),
            id.prop_map(|id| format!("{id} = }} broken\n")),
            Just("zzz }}\n".to_string()),
            Just(format!("## {OBSOLETE_MARK}\n")),
            Just("### Resource\n".to_string()),
            Just("\n".to_string()),
        ];
        (
            prop::collection::vec(entry, 0..12),
            any::<bool>(),
            any::<bool>(),
        )
            .prop_map(|(entries, crlf, final_newline)| {
                let mut text = entries.concat();
                if !final_newline {
                    text.truncate(text.trim_end().len());
                }
                if crlf {
                    text = text.replace('\n', "\r\n");
                }
                text
            })
    }

    proptest! {
        #[test]
        fn sync_keeps_every_translation_byte_for_byte(target in locale_file(), stale in prop::sample::subsequence(vec!["a", "b", "-term", "img"], 0..4)) {
            let before = Catalog::parse(Path::new("a.ftl"), target.clone());
            let synced = sync(Some(&target), &stale);
            let after = Catalog::parse(Path::new("a.ftl"), synced.text.clone());
            let bodies = |c: &Catalog| -> Vec<String> {
                let mut b: Vec<String> = c.entries.iter().filter(|e| e.id.is_some() || e.kind == EntryKind::Junk).map(|e| c.slice(&e.body).to_string()).collect();
                b.sort();
                b
            };
            prop_assert_eq!(bodies(&before), bodies(&after), "{:?} became {:?}", target, synced.text);
            prop_assert_eq!(after.problems.len(), before.problems.len());
            let again = sync(Some(&synced.text), &stale);
            prop_assert_eq!(&again.text, &synced.text, "not idempotent from {:?}", target);
        }
    }
}
