//! Extraction: the source locale's Fluent file of a document, one message per unit, with IDs
//! that survive editing. A unit whose text is unchanged keeps its ID wherever it moved; an
//! edited unit keeps the ID of the most similar vanished message near the same place; a new unit
//! gets a readable ID that no locale file has ever used for anything else, unless a locale once
//! translated the same text: then it takes back that translation's ID.

use std::borrow::Cow;
use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast;
use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};

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
    // Read once for every document, not once per document.
    let states = project
        .config
        .locales
        .iter()
        .map(|locale| State::load(project, locale))
        .collect::<Result<Vec<_>>>()?;
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
            if reclaim_ids(&states, &catalog, previous.as_ref(), &text, &mut ids) {
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
/// translations again. `states` are the target locales' states, `ids` the IDs extraction
/// assigned, `previous` the source file before and `text` the one `ids` make. Returns whether
/// an ID changed.
fn reclaim_ids(
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
    let key = files::slash_path(catalog);
    let current: HashSet<&String> = ids.iter().collect();
    let mut retired: HashMap<Fingerprint, String> = HashMap::new();
    for state in states {
        for (id, record) in state.records(&key).into_iter().flatten() {
            if !current.contains(id) {
                retired.entry(record.source).or_insert_with(|| id.clone());
            }
        }
    }
    // Parsing the new file for fingerprints is most of this: not when nothing was retired.
    if retired.is_empty() {
        return false;
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
    changed
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
    report.messages = extractions.iter().map(|e| e.messages).sum();
    // Each write waits for the disk to flush it: on every core, the waits overlap.
    let written: Vec<bool> = extractions
        .par_iter()
        .map(|e| files::write_if_changed(&source_dir.join(&e.catalog), e.text.as_bytes()))
        .collect::<Result<_>>()?;
    report.written = extractions
        .iter()
        .zip(written)
        .filter(|(_, written)| *written)
        .map(|(e, _)| e.catalog.clone())
        .collect();
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
/// A message this similar is taken without comparing the unit with any other.
const SIMILAR_SURE: f32 = 0.9;
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
    let exact = match_unchanged(&texts, &mut old, &ids);
    for (i, j) in exact.iter().enumerate() {
        if let Some(j) = *j {
            ids[i] = Some(old[j].id.to_string());
        }
    }
    match_edited(&texts, &old, &exact, &mut ids);
    if ids.iter().all(Option::is_some) {
        return ids.into_iter().flatten().collect();
    }
    // Everything else gets a new ID, unused by any locale and by the retired source messages.
    let mut used: FxHashSet<String> = reserved.iter().cloned().collect();
    used.extend(old.iter().map(|o| o.id.to_string()));
    used.extend(ids.iter().flatten().cloned());
    let mut next_suffix = FxHashMap::default();
    units
        .iter()
        .zip(ids)
        .map(|(unit, id)| id.unwrap_or_else(|| fresh_id(unit, &mut used, &mut next_suffix)))
        .collect()
}

/// Unchanged text keeps its ID, wherever it moved: that of the first message left with the
/// same text. Returns the previous message each unit took this way, and marks it taken.
fn match_unchanged(
    texts: &[Cow<str>],
    old: &mut [Previous],
    ids: &[Option<String>],
) -> Vec<Option<usize>> {
    // Units that stand as they stood match in order, without hashing every text.
    let mut exact = vec![None; texts.len()];
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
    if in_order < texts.len() {
        let mut by_text: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
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
    for j in exact.iter().flatten() {
        old[*j].taken = true;
    }
    exact
}

/// How many vanished messages an edited unit is compared with: between its unchanged
/// neighbours, those nearest where the last match there left off; anywhere, those sharing the
/// most of its rarest words. The bound keeps matching linear in the number of units.
const NEARBY_CANDIDATES: usize = 8;
const WORD_CANDIDATES: usize = 8;
/// How many entries of the word index one unit reads at most: words held by more messages
/// than that tell too little to be worth reading.
const INDEX_READS: usize = 256;

/// Edited text keeps the ID of the most similar vanished message, preferring those that stood
/// between the same unchanged neighbours. `exact` holds the messages that unchanged units
/// took; `old` marks those taken before.
fn match_edited(
    texts: &[Cow<str>],
    old: &[Previous],
    exact: &[Option<usize>],
    ids: &mut [Option<String>],
) {
    let mut left: BTreeSet<usize> = (0..old.len())
        .filter(|&j| !old[j].taken && !old[j].text.is_empty())
        .collect();
    if left.is_empty() || ids.iter().all(Option::is_some) {
        return;
    }
    // The nearest unchanged unit on each side of every unit, as an index into `old`.
    let mut before = Vec::with_capacity(texts.len());
    let mut last = None;
    for j in exact {
        before.push(last);
        last = j.or(last);
    }
    let mut after = vec![None; texts.len()];
    let mut next = None;
    for (i, j) in exact.iter().enumerate().rev() {
        after[i] = next;
        next = j.or(next);
    }
    let mut tokens: Vec<Option<Tokens>> = (0..old.len()).map(|_| None).collect();
    let mut index = None;
    let mut gap = None;
    let mut cursor = 0;
    for i in 0..texts.len() {
        if ids[i].is_some() {
            continue;
        }
        // Between the same neighbours, edited units usually stand in their old order: each
        // looks first where the previous one's match left off.
        let lo = before[i].map_or(0, |b| b + 1);
        let hi = after[i].unwrap_or(old.len()).max(lo);
        if gap != Some((lo, hi)) {
            gap = Some((lo, hi));
            cursor = lo;
        }
        let ahead: Vec<usize> = left
            .range(cursor..hi)
            .take(NEARBY_CANDIDATES)
            .copied()
            .collect();
        let behind: Vec<usize> = left
            .range(lo..cursor)
            .rev()
            .take(NEARBY_CANDIDATES - ahead.len())
            .copied()
            .collect();
        let mut best = Best::new(&texts[i]);
        for j in ahead.into_iter().chain(behind) {
            if best.score() >= SIMILAR_SURE {
                break;
            }
            best.consider(j, old, &mut tokens, SIMILAR_NEARBY);
        }
        // A message this similar between the same neighbours is taken without looking
        // further; otherwise a more similar one elsewhere may be.
        if best.score() < SIMILAR_ANYWHERE {
            let index = index.get_or_insert_with(|| WordIndex::new(old, &left));
            for j in index.candidates(&texts[i], &left) {
                let needed = if (lo..hi).contains(&j) {
                    SIMILAR_NEARBY
                } else {
                    SIMILAR_ANYWHERE
                };
                best.consider(j, old, &mut tokens, needed);
            }
        }
        if let Some((j, _)) = best.found {
            left.remove(&j);
            ids[i] = Some(old[j].id.to_string());
            if (lo..hi).contains(&j) {
                cursor = j + 1;
            }
        }
    }
}

/// The best match found so far for one unit's text.
struct Best<'t> {
    text: &'t str,
    /// Made when first needed: a unit with no candidate needs none.
    tokens: Option<Tokens<'t>>,
    found: Option<(usize, f32)>,
}

impl<'t> Best<'t> {
    fn new(text: &'t str) -> Self {
        Best {
            text,
            tokens: None,
            found: None,
        }
    }

    fn score(&self) -> f32 {
        self.found.map_or(0.0, |(_, score)| score)
    }

    /// Takes message `j` of `old` if it is at least `needed` similar and more similar than the
    /// best so far; the first of equals wins. An edit in place is measured on what it changed;
    /// for other pairs, the tokens' bags (made once per message, when first needed) rule most
    /// candidates out without a diff.
    fn consider<'o>(
        &mut self,
        j: usize,
        old: &'o [Previous],
        tokens: &mut [Option<Tokens<'o>>],
        needed: f32,
    ) {
        let score = match similarity_of_edit(self.text, &old[j].text) {
            Some(score) => score,
            None => {
                let theirs = tokens[j].get_or_insert_with(|| Tokens::new(&old[j].text));
                let text = self.text;
                let ours = self.tokens.get_or_insert_with(|| Tokens::new(text));
                let bound = ours.similarity_bound(theirs);
                if bound < needed || self.found.is_some_and(|(_, score)| bound <= score) {
                    return;
                }
                ours.similarity(theirs)
            }
        };
        if score >= needed && self.found.is_none_or(|(_, best)| score > best) {
            self.found = Some((j, score));
        }
    }
}

/// A text's words and whitespace runs, split once for both the bound and the diff.
struct Tokens<'t> {
    /// In the text's order, for the diff.
    words: Vec<&'t str>,
    /// Hashed and sorted, a bag: the tokens two texts share bound how similar they can be.
    bag: Vec<u64>,
}

impl<'t> Tokens<'t> {
    fn new(text: &'t str) -> Self {
        let words = tokens(text);
        let mut bag: Vec<u64> = words.iter().map(|w| hash(w)).collect();
        bag.sort_unstable();
        Tokens { words, bag }
    }

    /// How alike two texts are, from 0 (nothing shared) to 1 (the same words): the share of
    /// their tokens a word diff keeps, as `similar`'s `TextDiff::from_words(..).ratio()` has it.
    fn similarity(&self, other: &Tokens) -> f32 {
        let ops =
            similar::capture_diff_slices(similar::Algorithm::Myers, &self.words, &other.words);
        similar::diff_ratio(&ops, self.words.len(), other.words.len())
    }

    /// No less than the [`Tokens::similarity`] of the two texts: a diff matches at most the
    /// tokens they share.
    fn similarity_bound(&self, other: &Tokens) -> f32 {
        let (a, b) = (&self.bag, &other.bag);
        if a.is_empty() && b.is_empty() {
            return 1.0;
        }
        let (mut i, mut k, mut shared) = (0, 0, 0);
        while i < a.len() && k < b.len() {
            match a[i].cmp(&b[k]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => k += 1,
                std::cmp::Ordering::Equal => {
                    shared += 1;
                    i += 1;
                    k += 1;
                }
            }
        }
        2.0 * shared as f32 / (a.len() + b.len()) as f32
    }
}

/// The words and whitespace runs of `text`, as `similar` splits it for a word diff.
fn tokens(text: &str) -> Vec<&str> {
    // Prose has about a token per three bytes: growing the vector would cost more than this.
    let mut tokens = Vec::with_capacity(text.len() / 3 + 1);
    for_each_token(text, |token| tokens.push(token));
    tokens
}

/// Calls `f` with each of [`tokens`]. Runs of ASCII are scanned a byte at a time: extraction
/// splits every edited text and its candidates.
fn for_each_token<'t>(text: &'t str, mut f: impl FnMut(&'t str)) {
    let bytes = text.as_bytes();
    let mut start = 0;
    while let Some(first) = text[start..].chars().next() {
        let space = first.is_whitespace();
        let mut end = start + first.len_utf8();
        loop {
            // What `char::is_whitespace` says of ASCII.
            let other = |b: &u8| !b.is_ascii() || matches!(b, b'\t'..=b'\r' | b' ') != space;
            end += bytes[end..]
                .iter()
                .position(other)
                .unwrap_or(bytes.len() - end);
            match text[end..].chars().next() {
                Some(c) if !c.is_ascii() && c.is_whitespace() == space => end += c.len_utf8(),
                _ => break,
            }
        }
        f(&text[start..end]);
        start = end;
    }
}

/// The length in bytes of the run of whitespace, or of other characters, that `chars` start with.
fn run_length(mut chars: impl Iterator<Item = char>) -> usize {
    let Some(first) = chars.next() else { return 0 };
    let space = first.is_whitespace();
    let run = chars.take_while(|c| c.is_whitespace() == space);
    first.len_utf8() + run.map(char::len_utf8).sum::<usize>()
}

/// How many bytes `a` and `b` share at their start, compared sixteen at a time first.
fn common_prefix(a: &[u8], b: &[u8]) -> usize {
    let chunks = a.chunks_exact(16).zip(b.chunks_exact(16));
    let at = chunks.take_while(|(x, y)| x == y).count() * 16;
    at + a[at..]
        .iter()
        .zip(&b[at..])
        .take_while(|(x, y)| x == y)
        .count()
}

/// How many bytes `a` and `b` share at their end, compared sixteen at a time first.
fn common_suffix(a: &[u8], b: &[u8]) -> usize {
    let chunks = a.rchunks_exact(16).zip(b.rchunks_exact(16));
    let at = chunks.take_while(|(x, y)| x == y).count() * 16;
    let (a, b) = (&a[..a.len() - at], &b[..b.len() - at]);
    at + a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count()
}

/// How alike `a` and `b` are, as [`Tokens::similarity`] has it, when they differ in a stretch
/// short beside what they share around it (an edit in place, the usual case): only that
/// stretch is split and diffed, the tokens around it counted. `None` for other pairs.
fn similarity_of_edit(a: &str, b: &str) -> Option<f32> {
    let shorter = a.len().min(b.len());
    let prefix = common_prefix(a.as_bytes(), b.as_bytes());
    let suffix = common_suffix(a.as_bytes(), b.as_bytes()).min(shorter - prefix);
    // The token a shared stretch ends (or starts) in may go on differently in each text: it is
    // left to the diff. A shared byte run stops at the same char boundaries in both.
    let boundary = |mut at: usize, step: isize| {
        while !a.is_char_boundary(at) {
            at = at.saturating_add_signed(step);
        }
        at
    };
    let start = boundary(prefix, -1);
    let start = start - run_length(a[..start].chars().rev());
    let tail = boundary(a.len() - suffix, 1);
    let tail = tail + run_length(a[tail..].chars());
    let (a_end, b_end) = (tail, tail + b.len() - a.len());
    if (a_end - start) + (b_end - start) > (a.len() + b.len()) / 2 {
        return None;
    }
    let mut shared = 0;
    for_each_token(&a[..start], |_| shared += 1);
    for_each_token(&a[tail..], |_| shared += 1);
    let (ours, theirs) = (tokens(&a[start..a_end]), tokens(&b[start..b_end]));
    // Whole tokens shared at either end are kept; what is left is often a word for a word.
    let head = ours.iter().zip(&theirs).take_while(|(x, y)| x == y).count();
    let (ours_left, theirs_left) = (&ours[head..], &theirs[head..]);
    let rest = ours_left.iter().rev().zip(theirs_left.iter().rev());
    let end = rest.take_while(|(x, y)| x == y).count();
    let (ours_left, theirs_left) = (
        &ours_left[..ours_left.len() - end],
        &theirs_left[..theirs_left.len() - end],
    );
    let kept = head
        + end
        + match (ours_left, theirs_left) {
            ([], _) | (_, []) => 0,
            ([one], many) | (many, [one]) => usize::from(many.contains(one)),
            _ => similar::capture_diff_slices(similar::Algorithm::Myers, ours_left, theirs_left)
                .iter()
                .map(|op| match *op {
                    similar::DiffOp::Equal { len, .. } => len,
                    _ => 0,
                })
                .sum(),
        };
    let all = 2 * shared + ours.len() + theirs.len();
    Some(match all {
        0 => 1.0,
        _ => 2.0 * (shared + kept) as f32 / all as f32,
    })
}

/// FNV-1a: tokens are short, and a collision only loosens the bound.
fn hash(token: &str) -> u64 {
    token.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    })
}

/// Which vanished messages hold each word, to find the few worth comparing with an edited unit
/// that moved away from its neighbours.
struct WordIndex<'o> {
    postings: FxHashMap<&'o str, Vec<usize>>,
}

impl<'o> WordIndex<'o> {
    fn new(old: &'o [Previous], left: &BTreeSet<usize>) -> Self {
        let mut postings: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
        for &j in left {
            let mut words = tokens(&old[j].text);
            words.retain(|t| !t.starts_with(char::is_whitespace));
            words.sort_unstable();
            words.dedup();
            for word in words {
                postings.entry(word).or_default().push(j);
            }
        }
        WordIndex { postings }
    }

    /// The messages still `left` that share the most of `text`'s rarest words, best first.
    fn candidates(&self, text: &str, left: &BTreeSet<usize>) -> Vec<usize> {
        let mut words = tokens(text);
        words.sort_unstable();
        words.dedup();
        let mut lists: Vec<&Vec<usize>> = words
            .into_iter()
            .filter_map(|w| self.postings.get(w))
            .collect();
        lists.sort_by_key(|l| l.len());
        let mut shared: FxHashMap<usize, usize> = FxHashMap::default();
        let mut reads = 0;
        for list in lists {
            reads += list.len();
            if reads > INDEX_READS {
                break;
            }
            for &j in list {
                if left.contains(&j) {
                    *shared.entry(j).or_default() += 1;
                }
            }
        }
        let mut ranked: Vec<(usize, usize)> = shared.into_iter().collect();
        ranked.sort_unstable_by_key(|&(j, count)| (std::cmp::Reverse(count), j));
        ranked
            .into_iter()
            .take(WORD_CANDIDATES)
            .map(|(j, _)| j)
            .collect()
    }
}

/// A readable ID from the unit's kind and first words, made unique against `used`.
/// `next_suffix` remembers, per readable base, the first number not yet tried, so that many
/// units with the same first words cost no more than as many different ones.
fn fresh_id(
    unit: &Unit,
    used: &mut FxHashSet<String>,
    next_suffix: &mut FxHashMap<String, usize>,
) -> String {
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
        base.extend(word.chars().map(|c| c.to_ascii_lowercase()));
    }
    let mut n = next_suffix.get(&base).copied().unwrap_or(1);
    let mut id = base.clone();
    if n > 1 {
        id = format!("{base}-{n}");
    }
    while used.contains(&id)
        || id == unit.kind.prefix() && !matches!(unit.kind, UnitKind::Title | UnitKind::Summary)
    {
        n += 1;
        id = format!("{base}-{n}");
    }
    next_suffix.insert(base, n + 1);
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
        let mut comment = doc.clone();
        for heading in unit.headings.iter() {
            comment.push_str(" › ");
            comment.push_str(heading);
        }
        comment.push_str(" (");
        comment.push_str(unit.kind.describe());
        comment.push(')');
        let comment = vec![comment];
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
    let mut text = String::with_capacity(units.iter().map(|u| 2 * u.text.len() + 64).sum());
    for entry in body {
        if !text.is_empty() {
            text.push('\n');
        }
        let entry = catalog::serialize(&ast::Resource { body: vec![entry] });
        text.push_str(entry.trim_end_matches('\n'));
        text.push('\n');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;
    use crate::segment::Segmented;
    use proptest::prelude::*;

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
    fn repeated_paragraphs_count_past_reserved_ids() {
        let document = Document::parse(Path::new("d.md"), "Same words.\n\n".repeat(5)).unwrap();
        let segmented = Segmented::new(&document);
        let reserved = HashSet::from(["p-same-words-3".to_string()]);
        assert_eq!(
            assign_ids(&segmented.units, None, &reserved),
            [
                "p-same-words",
                "p-same-words-2",
                "p-same-words-4",
                "p-same-words-5",
                "p-same-words-6"
            ]
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

    /// Where a unit of the edited document comes from.
    #[derive(Debug, Clone, Copy, PartialEq)]
    enum Origin {
        Kept(usize),
        Edited(usize),
        Inserted(usize),
    }

    /// Paragraph `k`: `len` words of its own, every third one "the" as in prose; edited, one
    /// of its own words (never the first) is replaced.
    fn paragraph(tag: &str, k: usize, len: usize, edit: Option<usize>) -> String {
        let words: Vec<String> = (0..len)
            .map(|w| match (w % 3, edit) {
                (_, Some(e)) if w == e => format!("{tag}{k}edit"),
                (2, _) => "the".to_string(),
                _ => format!("{tag}{k}w{w}"),
            })
            .collect();
        format!("{}.", words.join(" "))
    }

    /// An edit script on paragraphs of `lengths` words: each kept, deleted or edited (by its
    /// `fates`), paragraphs inserted (place, length), then units moved (from, to).
    #[derive(Debug, Clone)]
    struct Script {
        lengths: Vec<usize>,
        fates: Vec<u8>,
        inserts: Vec<(usize, usize)>,
        moves: Vec<(usize, usize)>,
    }

    fn edit_script() -> impl Strategy<Value = Script> {
        (1usize..40).prop_flat_map(|n| {
            (
                prop::collection::vec(4usize..14, n),
                prop::collection::vec(0u8..6, n),
                prop::collection::vec((0usize..50, 4usize..14), 0..5),
                prop::collection::vec((0usize..50, 0usize..50), 0..4),
            )
                .prop_map(|(lengths, fates, inserts, moves)| Script {
                    lengths,
                    fates,
                    inserts,
                    moves,
                })
        })
    }

    /// Applies `script` and checks the guarantees ID assignment gives wherever they apply.
    fn check_edit_script(script: Script) -> Result<(), TestCaseError> {
        let Script {
            lengths,
            fates,
            inserts,
            moves,
        } = script;
        let before: Vec<String> = lengths
            .iter()
            .enumerate()
            .map(|(k, &len)| paragraph("p", k, len, None))
            .collect();
        let mut after: Vec<(Origin, String)> = Vec::new();
        for (k, &len) in lengths.iter().enumerate() {
            match fates[k] {
                0..=2 => after.push((Origin::Kept(k), before[k].clone())),
                3 => {}
                _ => {
                    let edit = 1 + usize::from(fates[k]) * 7 % (len - 1);
                    after.push((Origin::Edited(k), paragraph("p", k, len, Some(edit))));
                }
            }
        }
        for (m, &(at, len)) in inserts.iter().enumerate() {
            after.insert(
                at % (after.len() + 1),
                (Origin::Inserted(m), paragraph("n", m, len, None)),
            );
        }
        for &(from, to) in &moves {
            if !after.is_empty() {
                let unit = after.remove(from % after.len());
                after.insert(to % (after.len() + 1), unit);
            }
        }
        let units = |texts: Vec<&String>| {
            let markdown = texts
                .into_iter()
                .map(|t| format!("{t}\n\n"))
                .collect::<String>();
            let document = Document::parse(Path::new("d.md"), markdown).unwrap();
            Segmented::new(&document).units
        };
        let old_units = units(before.iter().collect());
        let old_ids = assign_ids(&old_units, None, &HashSet::new());
        let previous = Catalog::parse(
            Path::new("d.ftl"),
            source_catalog(Path::new("d.md"), &old_units, &old_ids),
        );
        // The IDs the inserted paragraphs would be given from nothing: a locale still uses them.
        let inserted: Vec<&String> = after
            .iter()
            .filter(|(o, _)| matches!(o, Origin::Inserted(_)))
            .map(|(_, t)| t)
            .collect();
        let reserved: HashSet<String> = assign_ids(&units(inserted), None, &HashSet::new())
            .into_iter()
            .collect();
        let new_units = units(after.iter().map(|(_, t)| t).collect());
        prop_assert_eq!(new_units.len(), after.len());
        let ids = assign_ids(&new_units, Some(&previous), &reserved);

        prop_assert_eq!(
            ids.iter().collect::<HashSet<_>>().len(),
            ids.len(),
            "IDs are unique: {:?}",
            ids
        );
        for (id, (origin, _)) in ids.iter().zip(&after) {
            prop_assert!(
                old_ids.contains(id) || !reserved.contains(id),
                "{} is still used by a locale",
                id
            );
            match *origin {
                Origin::Kept(k) => prop_assert_eq!(id, &old_ids[k], "unchanged text keeps its ID"),
                // Without insertions, nothing competes with an edited unit for its old ID
                // (a new unit may take a vanished message's ID near its place, by design).
                Origin::Edited(k) if inserts.is_empty() => {
                    prop_assert_eq!(id, &old_ids[k], "an edited unit keeps its ID")
                }
                _ => {}
            }
        }
        Ok(())
    }

    #[test]
    fn an_edit_in_place_is_measured_on_what_it_changed() {
        let a = "The river night family safe house journey hope with *emphasis* and `code`.";
        let b = a.replace("safe", "changed");
        let diff = similar::TextDiff::from_words(a, b.as_str()).ratio();
        assert_eq!(similarity_of_edit(a, &b), Some(diff));
        let other = "Something else entirely, of about the same length as the first one.";
        assert_eq!(similarity_of_edit(a, other), None);
        assert_eq!(similarity_of_edit("", ""), Some(1.0));
    }

    proptest! {
        #[test]
        fn ids_survive_random_edit_scripts(script in edit_script()) {
            check_edit_script(script)?;
        }

        #[test]
        fn similarity_is_that_of_a_word_diff(
            a in "[ab \t\n\r\u{b}\u{a0}\u{3000}한.]{0,30}",
            b in "[ab \t\n\r\u{b}\u{a0}\u{3000}한.]{0,30}",
        ) {
            let diff = similar::TextDiff::from_words(a.as_str(), b.as_str()).ratio();
            prop_assert_eq!(Tokens::new(&a).similarity(&Tokens::new(&b)), diff);
            if let Some(edit) = similarity_of_edit(&a, &b) {
                prop_assert_eq!(edit, diff);
            }
        }

        #[test]
        fn an_edit_in_place_is_measured_like_a_word_diff(
            a in "[ab \t\n\u{a0}\u{3000}한.]{0,60}",
            cut in any::<(prop::sample::Index, prop::sample::Index)>(),
            insert in "[ab \t\u{3000}한.]{0,6}",
        ) {
            let chars: Vec<char> = a.chars().collect();
            let (from, to) = (cut.0.index(chars.len() + 1), cut.1.index(chars.len() + 1));
            let (from, to) = (from.min(to), from.max(to).min(from + 6));
            let b: String = chars[..from]
                .iter()
                .copied()
                .chain(insert.chars())
                .chain(chars[to..].iter().copied())
                .collect();
            let diff = similar::TextDiff::from_words(a.as_str(), b.as_str()).ratio();
            prop_assert_eq!(similarity_of_edit(&a, &b).unwrap_or(diff), diff);
        }
    }
}
