//! `fluentpress status`: for every locale and file, how many source entries are translated,
//! missing, stale or broken, which translations are obsolete, and how many source words that
//! covers. A pure read of the source files, the locale files and the state files.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anstyle::{AnsiColor, Style};
use rayon::prelude::*;
use serde::Serialize;

use crate::catalog::{self, Catalog, EntryKind};
use crate::error::Result;
use crate::files;
use crate::project::Project;
use crate::state::{self, Fingerprint, MessageState, Source, State, Translations};
use crate::sync;

/// The status of every selected locale.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub source_locale: String,
    pub locales: Vec<LocaleReport>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LocaleReport {
    pub locale: String,
    #[serde(flatten)]
    pub counts: Counts,
    pub files: Vec<FileReport>,
}

/// One Fluent file of a locale; `path` is relative to the locale's folder.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FileReport {
    pub path: String,
    #[serde(flatten)]
    pub counts: Counts,
    pub missing_ids: Vec<String>,
    pub stale_ids: Vec<String>,
    /// For stale entries whose previous source is recorded: ID → the source the translation
    /// was made from (what followed `id =`).
    pub previous_sources: BTreeMap<String, String>,
    pub obsolete_ids: Vec<String>,
    /// Source entries whose translation the parser could not read (compare-locales counts
    /// them as missing).
    pub error_ids: Vec<String>,
    pub error_list: Vec<Problem>,
}

/// Source entries by state (`total` = translated + missing + stale + errors), obsolete
/// translations, and source words.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Counts {
    pub total: usize,
    pub translated: usize,
    pub missing: usize,
    pub stale: usize,
    pub obsolete: usize,
    pub errors: usize,
    /// Translated entries per hundred source entries, rounded down to two decimals so that a
    /// gate at 100 never passes with one entry left; 100 when there is nothing to translate.
    pub percent: f64,
    pub words: Words,
}

/// Source words: all of them, and those of translated entries.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Words {
    pub total: usize,
    pub translated: usize,
}

/// Text of a locale file that the Fluent parser could not read. `id` is the source entry it
/// was meant to translate (that entry counts as an error), when it names one.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Problem {
    pub id: Option<String>,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl Counts {
    fn add(&mut self, other: &Counts) {
        self.total += other.total;
        self.translated += other.translated;
        self.missing += other.missing;
        self.stale += other.stale;
        self.obsolete += other.obsolete;
        self.errors += other.errors;
        self.words.total += other.words.total;
        self.words.translated += other.words.translated;
        self.percent = percent(self.translated, self.total);
    }
}

fn percent(translated: usize, total: usize) -> f64 {
    match total {
        0 => 100.0,
        _ => (translated * 10_000 / total) as f64 / 100.0,
    }
}

/// The status of `locales` (every target locale when empty). Files are read in parallel, each
/// source file once for all locales.
pub fn compute(project: &Project, locales: &[String]) -> Result<Report> {
    let locales = project.target_locales(locales)?;
    let states = locales
        .iter()
        .map(|l| State::load(project, l))
        .collect::<Result<Vec<_>>>()?;
    let mut paths: BTreeSet<PathBuf> = project
        .catalogs(project.source_locale())?
        .into_iter()
        .collect();
    for locale in &locales {
        paths.extend(project.catalogs(locale)?);
    }
    let by_file = paths
        .par_iter()
        .map(|path| {
            let source = Source::load(project, path)?;
            locales
                .iter()
                .zip(&states)
                .map(|(locale, state)| {
                    let target = Catalog::load_if_exists(&files::join_inside(
                        &project.locale_dir(locale),
                        path,
                    )?)?;
                    let exists = source.is_some() || target.is_some();
                    Ok(exists.then(|| file_report(path, source.as_ref(), target.as_ref(), state)))
                })
                .collect::<Result<Vec<_>>>()
        })
        .collect::<Result<Vec<_>>>()?;
    let locales = locales
        .into_iter()
        .enumerate()
        .map(|(i, locale)| {
            let files: Vec<FileReport> = by_file
                .iter()
                .filter_map(|reports| reports[i].clone())
                .collect();
            let mut counts = Counts {
                percent: percent(0, 0),
                ..Counts::default()
            };
            files.iter().for_each(|f| counts.add(&f.counts));
            LocaleReport {
                locale,
                counts,
                files,
            }
        })
        .collect();
    Ok(Report {
        source_locale: project.source_locale().to_string(),
        locales,
    })
}

/// One source message or term of a file in a locale, as a translator works on it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Unit {
    /// `p-soon-me` for a message, `-brand` for a term.
    pub id: String,
    /// The source: what follows `id =` in the source file, as fluent-syntax serializes it
    /// (see [`catalog::pattern_source`]).
    pub source: String,
    /// The fingerprint of the source, for [`crate::sync::Edit::made_from`].
    pub source_fingerprint: Fingerprint,
    /// What follows `id =` in the locale's file, as the translator wrote it (line ends as `\n`):
    /// the definition Fluent reads, the first of duplicates, or for an `error` the text the
    /// parser could not read.
    pub translation: Option<String>,
    pub state: MessageState,
    /// For a stale translation, the source it was made from (what followed `id =`), when the
    /// state file recorded it.
    pub previous_source: Option<String>,
    /// The translator's own comment lines above the translation, without the English `sync`
    /// writes beside it.
    pub comment: Option<String>,
    /// The 1-based line of the translation (its ID) in the locale's file.
    pub line: Option<usize>,
    /// Source words, counted as compare-locales does.
    pub words: usize,
    /// The fingerprint of the translation: what [`crate::sync::write`] takes as `expected` to
    /// refuse overwriting a translation that changed since it was read.
    pub fingerprint: Option<Fingerprint>,
}

/// The units of the file `catalog` (relative to the locale folder, as `status` prints it) in
/// `locale`, in source order; empty when the source has no such file.
pub fn units(project: &Project, locale: &str, catalog: &Path) -> Result<Vec<Unit>> {
    let source = Source::load(project, catalog)?.unwrap_or_default();
    let target =
        Catalog::load_if_exists(&files::join_inside(&project.locale_dir(locale), catalog)?)?;
    let state = State::load(project, locale)?;
    Ok(units_of(
        &state::catalog_key(catalog),
        &source,
        target.as_ref(),
        &state,
    ))
}

/// The units of `source` in the locale file `target`, with `state` the locale's state and `key`
/// the file's key in it.
pub fn units_of(key: &str, source: &Source, target: Option<&Catalog>, state: &State) -> Vec<Unit> {
    let translations = Translations::new(target);
    // Line ends, found once: a line number is a binary search, not a count from the top.
    let line_ends: Vec<usize> = target.map_or_else(Vec::new, |c| {
        c.text.match_indices('\n').map(|(i, _)| i).collect()
    });
    source
        .entries
        .iter()
        .map(|entry| {
            let (message_state, fingerprint) =
                translations.state_and_fingerprint(entry, state.get(key, &entry.id));
            // A translation the parser could not read is shown as written, to be mended.
            let translated = translations
                .get(&entry.id)
                .or_else(|| translations.broken(&entry.id))
                .zip(target);
            let previous = state.previous(key, &entry.id);
            let notes = translated
                .and_then(|(e, _)| e.comment.as_deref())
                .map(sync::translator_notes)
                .filter(|notes| !notes.is_empty());
            Unit {
                id: entry.id.clone(),
                source: catalog::pattern_source(&entry.english, &entry.id),
                source_fingerprint: entry.fingerprint,
                translation: translated
                    .map(|(e, c)| catalog::pattern_source(c.slice(&e.body), &entry.id)),
                state: message_state,
                previous_source: previous
                    .filter(|_| message_state == MessageState::Stale)
                    .map(|p| catalog::pattern_source(p, &entry.id)),
                comment: notes.map(|n| n.join("\n")),
                line: translated.map(|(e, _)| line_ends.partition_point(|&i| i < e.body.start) + 1),
                words: entry.words,
                fingerprint,
            }
        })
        .collect()
}

/// The status of one file of a locale: `source` is the source locale's file of the same path
/// and `target` the locale's, either of which may not exist.
pub fn file_report(
    path: &Path,
    source: Option<&Source>,
    target: Option<&Catalog>,
    state: &State,
) -> FileReport {
    let key = state::catalog_key(path);
    let translations = Translations::new(target);
    let mut report = FileReport {
        path: key.clone(),
        counts: Counts::default(),
        missing_ids: Vec::new(),
        stale_ids: Vec::new(),
        previous_sources: BTreeMap::new(),
        obsolete_ids: Vec::new(),
        error_ids: Vec::new(),
        error_list: target.map(problems).unwrap_or_default(),
    };
    let counts = &mut report.counts;
    let units = source.map(|s| units_of(&key, s, target, state));
    for unit in units.into_iter().flatten() {
        counts.total += 1;
        counts.words.total += unit.words;
        match unit.state {
            MessageState::Translated => {
                counts.translated += 1;
                counts.words.translated += unit.words;
            }
            MessageState::Missing => {
                counts.missing += 1;
                report.missing_ids.push(unit.id);
            }
            MessageState::Stale => {
                counts.stale += 1;
                if let Some(previous) = unit.previous_source {
                    report.previous_sources.insert(unit.id.clone(), previous);
                }
                report.stale_ids.push(unit.id);
            }
            MessageState::Error => {
                counts.errors += 1;
                report.error_ids.push(unit.id);
            }
        }
    }
    let in_source = |id: &str| source.is_some_and(|s| s.get(id).is_some());
    report.obsolete_ids = translations
        .ids()
        .filter(|id| !in_source(id))
        .map(str::to_string)
        .collect();
    counts.obsolete = report.obsolete_ids.len();
    counts.percent = percent(counts.translated, counts.total);
    report
}

/// The parse errors of `catalog`, each with the ID its junk was meant to define.
fn problems(catalog: &Catalog) -> Vec<Problem> {
    catalog
        .problems
        .iter()
        .map(|problem| {
            // An error at the end of the file lies just past the last entry's span.
            let entry = catalog
                .entries
                .iter()
                .rev()
                .find(|e| e.span.start <= problem.offset);
            Problem {
                // Junk names the ID it meant; a later definition its own.
                id: entry
                    .and_then(|e| match e.kind {
                        EntryKind::Junk => state::junk_id(catalog.slice(&e.span)),
                        _ => e.id.as_deref(),
                    })
                    .map(str::to_string),
                line: problem.position.line,
                column: problem.position.column,
                message: problem.message.clone(),
            }
        })
        .collect()
}

impl Report {
    /// The selected locales whose percentage is below `threshold`.
    pub fn below(&self, threshold: f64) -> Vec<&LocaleReport> {
        self.locales
            .iter()
            .filter(|l| l.counts.percent < threshold)
            .collect()
    }

    /// The report as aligned tables, one per locale, with ANSI colours (the caller's stream
    /// strips them when they are not wanted).
    pub fn table(&self) -> String {
        let mut out = String::new();
        for (n, locale) in self.locales.iter().enumerate() {
            if n > 0 {
                out.push('\n');
            }
            let heading = Style::new().bold();
            let _ = writeln!(
                out,
                "{heading}{}{heading:#}  {}% translated, {} of {} source words",
                locale.locale,
                locale.counts.percent,
                locale.counts.words.translated,
                locale.counts.words.total
            );
            let mut rows = vec![Row::header()];
            rows.extend(
                locale
                    .files
                    .iter()
                    .map(|f| Row::of(&f.path, &f.counts, Style::new())),
            );
            rows.push(Row::of("all", &locale.counts, Style::new().bold()));
            render_rows(&rows, &mut out);
            for file in &locale.files {
                for problem in &file.error_list {
                    let red = Style::new().fg_color(Some(AnsiColor::Red.into()));
                    let _ = writeln!(
                        out,
                        "  {red}error{red:#}: {}/{}:{}:{}: {}",
                        locale.locale, file.path, problem.line, problem.column, problem.message
                    );
                }
            }
        }
        out
    }
}

const COLUMNS: [&str; 9] = [
    "file",
    "total",
    "translated",
    "missing",
    "stale",
    "obsolete",
    "errors",
    "%",
    "words",
];

/// A table row: cells with the style each is shown in.
struct Row(Vec<(String, Style)>);

impl Row {
    fn header() -> Row {
        Row(COLUMNS
            .iter()
            .map(|c| (c.to_string(), Style::new().underline()))
            .collect())
    }

    fn of(name: &str, counts: &Counts, base: Style) -> Row {
        let flag = |n: usize, colour: AnsiColor| match n {
            0 => (n.to_string(), base),
            _ => (n.to_string(), base.fg_color(Some(colour.into()))),
        };
        let done = match counts.percent {
            p if p >= 100.0 => AnsiColor::Green,
            p if p >= 50.0 => AnsiColor::Yellow,
            _ => AnsiColor::Red,
        };
        Row(vec![
            (name.to_string(), base),
            (counts.total.to_string(), base),
            (counts.translated.to_string(), base),
            flag(counts.missing, AnsiColor::Yellow),
            flag(counts.stale, AnsiColor::Yellow),
            flag(counts.obsolete, AnsiColor::Cyan),
            flag(counts.errors, AnsiColor::Red),
            (
                format!("{:.2}", counts.percent),
                base.fg_color(Some(done.into())),
            ),
            (
                format!("{}/{}", counts.words.translated, counts.words.total),
                base,
            ),
        ])
    }
}

/// Writes `rows` with every column as wide as its widest cell: the first left-aligned, the
/// numbers right-aligned.
fn render_rows(rows: &[Row], out: &mut String) {
    let widths: Vec<usize> = (0..COLUMNS.len())
        .map(|c| {
            rows.iter()
                .map(|r| r.0[c].0.chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    for row in rows {
        out.push_str("  ");
        for (c, ((text, style), width)) in row.0.iter().zip(&widths).enumerate() {
            let pad = " ".repeat(width - text.chars().count());
            let (left, right) = if c == 0 {
                ("", pad.as_str())
            } else {
                (pad.as_str(), "")
            };
            let gap = if c + 1 < widths.len() { "  " } else { "" };
            let _ = write!(out, "{left}{style}{text}{style:#}{right}{gap}");
        }
        out.truncate(out.trim_end_matches(' ').len());
        out.push('\n');
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::Record;

    fn report(source: &str, target: Option<&str>, state: &State) -> FileReport {
        let source = Source::parse(source);
        let target = target.map(|t| Catalog::parse(Path::new("ko/a.ftl"), t.to_string()));
        file_report(Path::new("a.ftl"), Some(&source), target.as_ref(), state)
    }

    #[test]
    fn every_source_entry_has_one_state() {
        let source =
            "a = One two\nb = Three\n-term = Brand\nc = Four five six\nimg =\n    .alt = Seven\n";
        let target = "a = 하나 둘\n-term = 상표\nc = }\n\nold = 옛것\n# img = Seven\n";
        let r = report(source, Some(target), &State::default());
        assert_eq!(
            (
                r.counts.total,
                r.counts.translated,
                r.counts.missing,
                r.counts.stale,
                r.counts.errors,
                r.counts.obsolete
            ),
            (5, 2, 2, 0, 1, 1)
        );
        assert_eq!(r.missing_ids, ["b", "img"]);
        assert_eq!(r.obsolete_ids, ["old"]);
        assert_eq!(r.error_ids, ["c"]);
        assert_eq!(
            r.counts.words,
            Words {
                total: 8,
                translated: 3
            }
        );
        assert_eq!(r.counts.percent, 40.0);
        assert_eq!(r.error_list.len(), 1);
        assert_eq!(
            (r.error_list[0].id.as_deref(), r.error_list[0].line),
            (Some("c"), 3)
        );
    }

    #[test]
    fn stale_entries_are_listed() {
        let mut state = State::default();
        let old = Source::parse("a = Old\n");
        let target = Catalog::parse(Path::new("ko/a.ftl"), "a = 옛\n".to_string());
        state.settle(
            "a.ftl",
            Some(&old),
            &Translations::new(Some(&target)),
            &|_| false,
        );
        assert!(matches!(state.get("a.ftl", "a"), Some(Record { .. })));
        let r = report("a = New\n", Some("a = 옛\n"), &state);
        assert_eq!(
            (r.counts.stale, r.stale_ids.as_slice(), r.counts.percent),
            (1, ["a".to_string()].as_slice(), 0.0)
        );
    }

    #[test]
    fn units_show_each_source_entry_as_a_translator_sees_it() {
        let old = Source::parse("a = Old\nb = Beta\n");
        let target = Catalog::parse(
            Path::new("ko/a.ftl"),
            "\u{feff}# Mind the tone\n# a = Old\na = 옛\n\nc = { 감마\n\nimg =\r\n    .alt = 그림\r\n"
                .to_string(),
        );
        let mut state = State::default();
        state.settle(
            "a.ftl",
            Some(&old),
            &Translations::new(Some(&target)),
            &|_| false,
        );
        let source = Source::parse("a = New\nb = Beta\nc = Gamma\nimg =\n    .alt = Picture\n");
        let units = units_of("a.ftl", &source, Some(&target), &state);
        let summary: Vec<_> = units
            .iter()
            .map(|u| {
                (
                    u.id.as_str(),
                    u.source.as_str(),
                    u.translation.as_deref(),
                    u.state,
                    u.line,
                )
            })
            .collect();
        assert_eq!(
            summary,
            [
                ("a", "New", Some("옛"), MessageState::Stale, Some(3)),
                ("b", "Beta", None, MessageState::Missing, None),
                ("c", "Gamma", Some("{ 감마"), MessageState::Error, Some(5)),
                (
                    "img",
                    "\n    .alt = Picture",
                    Some("\n    .alt = 그림"),
                    MessageState::Translated,
                    Some(7)
                ),
            ]
        );
        assert_eq!(units[0].comment.as_deref(), Some("Mind the tone"));
        assert_eq!(units[0].words, 1);
        assert_eq!(
            units[0].fingerprint,
            Translations::new(Some(&target)).fingerprint("a")
        );
        // No previous source was recorded for this one (it became stale without `extract`).
        assert_eq!(units[0].previous_source, None);
    }

    #[test]
    fn percent_rounds_down() {
        assert_eq!(percent(2, 3), 66.66);
        assert_eq!(percent(9_999, 10_000), 99.99);
        assert_eq!(percent(0, 0), 100.0);
    }

    #[test]
    fn a_locale_file_without_source_is_all_obsolete() {
        let target = Catalog::parse(Path::new("ko/gone.ftl"), "x = 1\ny = 2\n".to_string());
        let r = file_report(
            Path::new("gone.ftl"),
            None,
            Some(&target),
            &State::default(),
        );
        assert_eq!(
            (r.counts.total, r.counts.obsolete, r.counts.percent),
            (0, 2, 100.0)
        );
    }

    #[test]
    fn json_has_the_documented_shape() {
        let r = report("a = A\n", Some("a = 가\nb = {\n"), &State::default());
        let locale = LocaleReport {
            locale: "ko".into(),
            counts: r.counts.clone(),
            files: vec![r],
        };
        let json = serde_json::to_value(Report {
            source_locale: "en".into(),
            locales: vec![locale],
        })
        .unwrap();
        let expected = serde_json::json!({"source_locale":"en","locales":[{"locale":"ko","total":1,"translated":1,"missing":0,"stale":0,
            "obsolete":0,"errors":0,"percent":100.0,"words":{"total":1,"translated":1},
            "files":[{"path":"a.ftl","total":1,"translated":1,"missing":0,"stale":0,"obsolete":0,"errors":0,
              "percent":100.0,"words":{"total":1,"translated":1},
              "missing_ids":[],"stale_ids":[],"previous_sources":{},"obsolete_ids":[],"error_ids":[],
              "error_list":[{"id":"b","line":2,"column":5,"message":"Expected an inline expression"}]}]}]});
        assert_eq!(json, expected);
    }
}
