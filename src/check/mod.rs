//! `fluentpress check`: finds broken and suspicious translations before readers do. Every target
//! message is compared with the source message of the same ID, and each problem is reported with
//! a stable code, a severity that `fluentpress.toml` can change, and its place in the file.
//!
//! The checks come in families, one module each: `fluent` (the file itself), `markdown`
//! (inline structure), `content` (numbers, identifiers, length, whitespace) and `locale`
//! (punctuation, the glossary); [`report`] prints what they found for people or for programs.

mod content;
mod fluent;
mod locale;
mod markdown;
pub mod report;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::error::{floor_char_boundary, Error, Position, Result};
use crate::files;
use crate::glossary::{Glossary, Term};
use crate::project::{Level, Project, CONFIG_FILE};

use self::content::Band;
use self::fluent::{FluentFile, Message};
use self::markdown::Inline;

/// What a check looks for. The `FPnnn` codes are stable: configuration, ignore comments and
/// scripts that read the JSON output name checks by them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Code {
    Syntax,
    DuplicateId,
    UnknownReference,
    Placeables,
    NoDefaultVariant,
    Links,
    InlineCode,
    Images,
    Formatting,
    NewBlock,
    Html,
    Numbers,
    Identifiers,
    Untranslated,
    Length,
    Whitespace,
    ChinesePunctuation,
    KoreanSpacing,
    Glossary,
}

impl Code {
    pub const ALL: [Code; 19] = [
        Code::Syntax,
        Code::DuplicateId,
        Code::UnknownReference,
        Code::Placeables,
        Code::NoDefaultVariant,
        Code::Links,
        Code::InlineCode,
        Code::Images,
        Code::Formatting,
        Code::NewBlock,
        Code::Html,
        Code::Numbers,
        Code::Identifiers,
        Code::Untranslated,
        Code::Length,
        Code::Whitespace,
        Code::ChinesePunctuation,
        Code::KoreanSpacing,
        Code::Glossary,
    ];

    /// The code, its short name, its default severity and the advice every finding of it gets.
    fn describe(self) -> (&'static str, &'static str, Level, &'static str) {
        use Level::{Error, Warning};
        match self {
            Code::Syntax => ("FP001", "syntax", Error, "the build skips this entry and shows the source text; fix the Fluent syntax"),
            Code::DuplicateId => ("FP002", "duplicate-id", Error, "the first definition stands and the build ignores this one; delete it"),
            Code::UnknownReference => ("FP003", "unknown-reference", Error, "refer only to messages and terms of this locale's files (of this file, for a document's file: its page sees no other)"),
            Code::Placeables => ("FP004", "placeables", Error, "keep the source's variables and references: the build fills them in at run time"),
            Code::NoDefaultVariant => ("FP005", "no-default-variant", Error, "mark one variant of every selector as the default with `*`"),
            Code::Links => ("FP101", "links", Error, "keep every link target of the source exactly; translate only the link text"),
            Code::InlineCode => ("FP102", "inline-code", Error, "copy `code spans` verbatim; they are not translated"),
            Code::Images => ("FP103", "images", Error, "keep every image of the source, with the same address"),
            Code::Formatting => ("FP104", "formatting", Warning, "use as many *emphasis*, **strong**, ~~strikethrough~~ spans and line breaks as the source"),
            Code::NewBlock => ("FP105", "new-block", Error, "a message is one paragraph: do not start a list, heading, quote, code block or table, and leave no blank line"),
            Code::Html => ("FP106", "html", Error, "use only the HTML tags the source uses"),
            Code::Numbers => ("FP201", "numbers", Error, "keep every number; 100,000 may be written 10만 or 10万, 2 as 두 or 둘, the 1990s as 90년대 or 20世纪90年代, and digits may be full-width"),
            Code::Identifiers => ("FP202", "identifiers", Error, "copy URLs, e-mail addresses, @handles and #hashtags exactly"),
            Code::Untranslated => ("FP203", "untranslated", Warning, "translate it, or add `# fluentpress-ignore: FP203` above the message if it should read the same"),
            Code::Length => ("FP204", "length", Warning, "check that nothing was left out or added"),
            Code::Whitespace => ("FP205", "whitespace", Warning, "use the source's leading and trailing whitespace, and single spaces"),
            Code::ChinesePunctuation => ("FP301", "chinese-punctuation", Warning, "use full-width punctuation between Chinese characters: ，。：；！？ and “” or 「」"),
            Code::KoreanSpacing => ("FP302", "korean-spacing", Warning, "write sentence punctuation right after the word, with no space before it"),
            Code::Glossary => ("FP303", "glossary", Warning, "use the glossary's translation, or add `# fluentpress-ignore: FP303` above the message if it does not apply"),
        }
    }

    /// `FP001`.
    pub fn as_str(self) -> &'static str {
        self.describe().0
    }

    /// `syntax`: what the code is about, in a word or two.
    pub fn name(self) -> &'static str {
        self.describe().1
    }

    pub fn default_level(self) -> Level {
        self.describe().2
    }

    /// The advice shown with every problem of this kind.
    pub fn hint(self) -> &'static str {
        self.describe().3
    }

    /// The check with code `code` (`FP203`, any case).
    pub fn parse(code: &str) -> Option<Code> {
        Code::ALL
            .into_iter()
            .find(|c| c.as_str().eq_ignore_ascii_case(code))
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The severity of every check: its default, or what `fluentpress.toml`'s `[checks]` says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Levels([Level; Code::ALL.len()]);

impl Levels {
    /// The defaults with `overrides` (code → level) applied; an unknown code is an error.
    pub fn new(overrides: &BTreeMap<String, Level>) -> std::result::Result<Levels, String> {
        let mut levels = Code::ALL.map(Code::default_level);
        for (key, level) in overrides {
            let code = Code::parse(key).ok_or_else(|| {
                let known: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
                format!(
                    "`[checks]` names `{key}`, which is not a check code ({})",
                    known.join(", ")
                )
            })?;
            levels[code as usize] = *level;
        }
        Ok(Levels(levels))
    }

    pub fn of(&self, code: Code) -> Level {
        self.0[code as usize]
    }
}

/// A problem found in one text, at a byte range of that text; the caller knows which text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Finding {
    pub code: Code,
    pub at: Range<usize>,
    pub message: String,
    /// Advice for this very finding, instead of the code's.
    pub hint: Option<String>,
}

impl Finding {
    pub fn new(code: Code, at: Range<usize>, message: impl Into<String>) -> Finding {
        Finding {
            code,
            at,
            message: message.into(),
            hint: None,
        }
    }

    pub fn with_hint(self, hint: impl Into<String>) -> Finding {
        Finding {
            hint: Some(hint.into()),
            ..self
        }
    }
}

/// Text assembled from pieces of another text, each remembering where it came from, so that a
/// problem found in the assembled text can be shown where it is in the other.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Traced {
    pub text: String,
    /// (offset in `text`, offset in the origin) where each piece starts.
    pieces: Vec<(usize, usize)>,
}

impl Traced {
    pub fn push(&mut self, piece: &str, origin: usize) {
        self.pieces.push((self.text.len(), origin));
        self.text.push_str(piece);
    }

    pub fn append(&mut self, other: &Traced) {
        let offset = self.text.len();
        self.pieces.extend(
            other
                .pieces
                .iter()
                .map(|(at, origin)| (offset + at, *origin)),
        );
        self.text.push_str(&other.text);
    }

    /// The range of the origin that `at`, a range of `text`, came from. A piece that was
    /// escaped in the origin maps byte for byte as far as it goes: close enough to point at.
    pub fn origin(&self, at: Range<usize>) -> Range<usize> {
        // An end where a piece starts is the end of the piece before.
        let origin = |at: usize, end: bool| {
            let i = self
                .pieces
                .partition_point(|(start, _)| *start < at || !end && *start == at);
            self.pieces
                .get(i.saturating_sub(1))
                .map_or(0, |(start, origin)| origin + at.saturating_sub(*start))
        };
        let start = origin(at.start, false);
        start..origin(at.end, true).max(start)
    }
}

/// One reported problem, placed in a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub code: Code,
    /// Warning or error; never off.
    pub level: Level,
    /// The Fluent file, relative to the project root.
    pub file: PathBuf,
    pub position: Position,
    /// The message or term the problem is in; `None` for text the parser could not read.
    pub id: Option<String>,
    pub message: String,
    pub hint: String,
    /// The line of the file the problem starts on, and the bytes of it to underline.
    pub line: String,
    pub span: Range<usize>,
}

/// What a check found.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// Sorted by file, then position.
    pub diagnostics: Vec<Diagnostic>,
    /// How many Fluent files were read.
    pub files: usize,
}

impl Report {
    pub fn count(&self, level: Level) -> usize {
        self.diagnostics.iter().filter(|d| d.level == level).count()
    }

    /// Whether the check passes: no errors, and no warnings either when they are denied.
    pub fn passes(&self, deny_warnings: bool) -> bool {
        self.count(Level::Error) == 0 && !(deny_warnings && self.count(Level::Warning) > 0)
    }
}

#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Target locales to check; empty means all of them. The source locale's files are always
    /// checked for Fluent problems, since every comparison relies on them.
    pub locales: Vec<String>,
}

/// Checks the source locale's files and every selected target locale's files.
pub fn run(project: &Project, options: &Options) -> Result<Report> {
    let levels = Levels::new(&project.config.checks)
        .map_err(|m| Error::invalid(project.root.join(CONFIG_FILE), m))?;
    let glossary = Glossary::load(project)?;
    let source_locale = project.source_locale();
    let targets_locales: Vec<String> = project
        .target_locales(&options.locales)?
        .into_iter()
        .filter(|l| l != source_locale)
        .collect();

    let context = Context {
        root: &project.root,
        levels: &levels,
    };
    // Markdown-structure checks apply to the messages extracted from a document, not to
    // hand-written Fluent files.
    let extracted: HashSet<PathBuf> = project
        .documents()?
        .iter()
        .map(|d| d.with_extension("ftl"))
        .collect();
    let sources = read_locale(project, source_locale)?;
    let mut report = Report {
        files: sources.len(),
        ..Report::default()
    };
    let mut by_path = HashMap::with_capacity(sources.len());
    let unknown: Vec<_> = {
        let defined = definitions(&sources);
        sources
            .iter()
            .map(|p| unknown_references(p, &extracted, &defined))
            .collect()
    };
    for (parsed, unknown) in sources.into_iter().zip(unknown) {
        report.diagnostics.extend(context.place_all(
            &parsed.path,
            &parsed.text,
            &parsed.file,
            unknown,
        ));
        let markdown = extracted.contains(&parsed.relative);
        let source = SourceFile::new(parsed.file, glossary.as_ref(), markdown);
        by_path.insert(parsed.relative, source);
    }

    for locale in &targets_locales {
        let files = read_locale(project, locale)?;
        report.files += files.len();
        let defined = definitions(&files);
        let pair = Pair::new(source_locale, locale);
        let diagnostics: Vec<Diagnostic> = files
            .par_iter()
            .flat_map_iter(|parsed| {
                let mut found = unknown_references(parsed, &extracted, &defined);
                if let Some(source) = by_path.get(&parsed.relative) {
                    found.extend(context.compare_file(&parsed.file, source, &pair));
                }
                context.place_all(&parsed.path, &parsed.text, &parsed.file, found)
            })
            .collect();
        report.diagnostics.extend(diagnostics);
    }
    report
        .diagnostics
        .sort_by(|a, b| (&a.file, a.position, a.code).cmp(&(&b.file, b.position, b.code)));
    Ok(report)
}

/// Checks `value`, a candidate translation of `id` in the file `catalog` (relative to the
/// locale folder) of `locale`, as [`run`] would once it is written: for an editor that checks
/// as the translator types. `value` is what would follow `id =`; positions are in `id = value`.
pub fn candidate(
    project: &Project,
    locale: &str,
    catalog: &Path,
    id: &str,
    value: &str,
) -> Result<Vec<Diagnostic>> {
    let levels = Levels::new(&project.config.checks)
        .map_err(|m| Error::invalid(project.root.join(CONFIG_FILE), m))?;
    let glossary = Glossary::load(project)?;
    let context = Context {
        root: &project.root,
        levels: &levels,
    };
    let separator = if value.starts_with('\n') { "" } else { " " };
    let text = format!("{id} ={separator}{value}\n");
    let file = FluentFile::parse(&text);
    let extracted = project
        .documents()?
        .iter()
        .any(|d| d.with_extension("ftl") == catalog);
    // References resolve as `unknown_references` has them: a document's file sees itself,
    // a hand-written one its whole locale.
    let others = read_locale(project, locale)?;
    let visible: HashSet<&str> = others
        .iter()
        .filter(|p| !extracted || p.relative == catalog)
        .flat_map(|p| p.file.defined.iter().map(String::as_str))
        .collect();
    let mut found =
        file.unknown_references(|key| visible.contains(key) || file.defined.contains(key));
    let source_path = project.locale_dir(project.source_locale()).join(catalog);
    if let Some(source) = files::read_text_if_exists(&source_path)? {
        let source = SourceFile::new(FluentFile::parse(&source), glossary.as_ref(), extracted);
        let pair = Pair::new(project.source_locale(), locale);
        found.extend(context.compare_file(&file, &source, &pair));
    }
    let path = project.locale_dir(locale).join(catalog);
    Ok(context.place_all(&path, &text, &file, found))
}

/// A Fluent file of a locale, read and parsed.
struct Parsed {
    /// Relative to the locale folder.
    relative: PathBuf,
    path: PathBuf,
    text: String,
    file: FluentFile,
}

/// Every Fluent file of `locale`, read and parsed in parallel.
fn read_locale(project: &Project, locale: &str) -> Result<Vec<Parsed>> {
    let dir = project.locale_dir(locale);
    project
        .catalogs(locale)?
        .into_par_iter()
        .map(|relative| {
            let path = dir.join(&relative);
            let text = files::read_text(&path)?;
            let file = FluentFile::parse(&text);
            Ok(Parsed {
                relative,
                path,
                text,
                file,
            })
        })
        .collect()
}

/// FP003 in `parsed`: a hand-written file sees every file of its locale, as a bundle of all of
/// them would; a document's file sees only itself, as its page does (`extracted` holds those).
fn unknown_references(
    parsed: &Parsed,
    extracted: &HashSet<PathBuf>,
    locale: &HashSet<&str>,
) -> Vec<(usize, Finding)> {
    let own = &parsed.file.defined;
    match extracted.contains(&parsed.relative) {
        true => parsed.file.unknown_references(|key| own.contains(key)),
        false => parsed.file.unknown_references(|key| locale.contains(key)),
    }
}

/// What any of `files` defines (`m`, `-term.attr`): what a bundle of all the files of a
/// locale would resolve.
fn definitions(files: &[Parsed]) -> HashSet<&str> {
    files
        .iter()
        .flat_map(|f| f.file.defined.iter().map(String::as_str))
        .collect()
}

/// The language subtag of a locale tag, in lowercase: `zh` for `zh-CN`.
pub(crate) fn language(tag: &str) -> String {
    tag.split(['-', '_'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase()
}

/// A source message's value and attributes, each prepared once for every locale's comparison.
struct SourceMessage<'g> {
    placeables: fluent::Placeables,
    fields: Vec<(Option<String>, Profile<'g>)>,
}

/// The messages of a source file by ID, and whether they were extracted from a Markdown
/// document (rather than written by hand in Fluent).
struct SourceFile<'g> {
    messages: HashMap<String, SourceMessage<'g>>,
    markdown: bool,
}

impl<'g> SourceFile<'g> {
    fn new(file: FluentFile, glossary: Option<&'g Glossary>, markdown: bool) -> SourceFile<'g> {
        let messages = file.messages.into_iter().map(|m| {
            let fields = m
                .fields
                .into_iter()
                .filter_map(|f| {
                    // A source with selectors is compared in its default form.
                    let text = f.renderings.into_iter().next()?.text;
                    Some((f.name, Profile::new(text, glossary)))
                })
                .collect();
            let message = SourceMessage {
                placeables: m.placeables,
                fields,
            };
            (m.id, message)
        });
        SourceFile {
            messages: messages.collect(),
            markdown,
        }
    }

    fn get(&self, id: &str) -> Option<&SourceMessage<'g>> {
        self.messages.get(id)
    }
}

/// What the checks need to know about a source text.
pub(crate) struct Profile<'g> {
    pub text: String,
    pub inline: Inline,
    pub numbers: Vec<content::Number>,
    pub identifiers: Vec<String>,
    /// The glossary terms the text uses.
    pub terms: Vec<&'g Term>,
    /// What FP204 compares a translation's length with.
    pub length: usize,
}

impl<'g> Profile<'g> {
    fn new(text: String, glossary: Option<&'g Glossary>) -> Profile<'g> {
        let inline = Inline::parse(&text, None);
        let visible = &inline.visible.text;
        let terms = glossary.map_or_else(Vec::new, |g| g.uses(visible));
        let identifiers = content::identifiers(visible);
        // A digit in a URL is checked with the URL.
        let numbers = content::numbers(visible)
            .into_iter()
            .filter(|n| !identifiers.iter().any(|id| id.contains(&n.at.start)))
            .collect();
        let identifiers: Vec<String> = identifiers
            .into_iter()
            .map(|at| visible[at].to_string())
            .collect();
        Profile {
            text,
            numbers,
            length: content::translatable_length(visible, &identifiers),
            identifiers,
            terms,
            inline,
        }
    }
}

/// The target locale of a comparison, and the usual length of its translations.
struct Pair<'l> {
    target: &'l str,
    band: Band,
}

impl<'l> Pair<'l> {
    fn new(source: &str, target: &'l str) -> Pair<'l> {
        Pair {
            target,
            band: Band::of(source, target),
        }
    }
}

/// What stays the same for every file of a run.
struct Context<'r> {
    root: &'r Path,
    levels: &'r Levels,
}

impl Context<'_> {
    /// Findings of comparing every message of `file` with its source, by message index, in
    /// file coordinates.
    fn compare_file(
        &self,
        file: &FluentFile,
        source: &SourceFile,
        pair: &Pair,
    ) -> Vec<(usize, Finding)> {
        let mut found = Vec::new();
        for (index, message) in file.messages.iter().enumerate() {
            if let Some(original) = source.get(&message.id) {
                found.extend(
                    self.compare_message(message, original, source.markdown, pair)
                        .into_iter()
                        .map(|f| (index, f)),
                );
            }
        }
        found
    }

    fn compare_message(
        &self,
        message: &Message,
        source: &SourceMessage,
        markdown: bool,
        pair: &Pair,
    ) -> Vec<Finding> {
        let mut found =
            fluent::compare_placeables(&source.placeables, &message.placeables, message.at.clone());
        for field in &message.fields {
            let Some((_, profile)) = source.fields.iter().find(|(name, _)| *name == field.name)
            else {
                continue;
            };
            for rendering in &field.renderings {
                let inline = Inline::parse(&rendering.text, Some(&profile.inline));
                let mut in_text = match markdown {
                    true => markdown::compare(&profile.inline, &inline),
                    false => Vec::new(),
                };
                let content = content::compare(profile, &rendering.text, &inline, &pair.band);
                // Untranslated text is reported as such, not once per glossary term it lacks.
                let untranslated = content.iter().any(|f| f.code == Code::Untranslated);
                in_text.extend(content);
                in_text.extend(locale::typography(pair.target, &inline));
                if !untranslated {
                    in_text.extend(locale::glossary(&profile.terms, pair.target, &inline));
                }
                for finding in in_text {
                    let at = rendering.origin(finding.at.clone());
                    let finding = Finding { at, ..finding };
                    // Variants of a selector often share a problem: report it once.
                    if !found
                        .iter()
                        .any(|f| f.code == finding.code && f.message == finding.message)
                    {
                        found.push(finding);
                    }
                }
            }
        }
        found
    }

    /// Every diagnostic of `file`: its own Fluent problems and `compared` (by message index),
    /// without those switched off or silenced by an ignore comment.
    fn place_all(
        &self,
        path: &Path,
        text: &str,
        file: &FluentFile,
        compared: Vec<(usize, Finding)>,
    ) -> Vec<Diagnostic> {
        let relative = path.strip_prefix(self.root).unwrap_or(path);
        // Most files have nothing to report: their lines are indexed only when they do.
        let mut lines = None;
        let own = file.problems.iter().map(|f| (None, f.clone()));
        let in_messages = file
            .messages
            .iter()
            .enumerate()
            .flat_map(|(i, m)| m.findings.iter().map(move |f| (Some(i), f.clone())));
        let compared = compared.into_iter().map(|(i, f)| (Some(i), f));
        own.chain(in_messages)
            .chain(compared)
            .filter_map(|(index, finding)| {
                let message = index.map(|i| &file.messages[i]);
                let level = self.levels.of(finding.code);
                if level == Level::Off || message.is_some_and(|m| m.ignored.contains(&finding.code))
                {
                    return None;
                }
                let lines = lines.get_or_insert_with(|| Lines::new(text));
                Some(lines.place(relative, finding, message.map(|m| m.id.clone()), level))
            })
            .collect()
    }
}

/// A file's text and where each of its lines starts, to place many findings in it without
/// counting lines from the top for each.
struct Lines<'t> {
    text: &'t str,
    starts: Vec<usize>,
}

impl<'t> Lines<'t> {
    fn new(text: &'t str) -> Lines<'t> {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Lines { text, starts }
    }

    /// `finding`, whose range is in the text of `file`, as a diagnostic.
    fn place(&self, file: &Path, finding: Finding, id: Option<String>, level: Level) -> Diagnostic {
        let text = self.text;
        let start = floor_char_boundary(text, finding.at.start.min(text.len()));
        let line = self.starts.partition_point(|&s| s <= start);
        let line_start = self.starts[line - 1];
        let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        let first_char = text[start..line_end]
            .chars()
            .next()
            .map_or(0, char::len_utf8);
        let end = floor_char_boundary(text, finding.at.end.clamp(start + first_char, line_end));
        let in_line = &text[line_start..line_end];
        Diagnostic {
            code: finding.code,
            level,
            file: file.to_path_buf(),
            position: Position {
                line,
                column: Position::at(in_line, start - line_start).column,
            },
            id,
            hint: finding
                .hint
                .unwrap_or_else(|| finding.code.hint().to_string()),
            message: finding.message,
            line: in_line.to_string(),
            span: start - line_start..end - line_start,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_parse_back() {
        let mut seen = std::collections::HashSet::new();
        for code in Code::ALL {
            assert!(seen.insert(code.as_str()), "{code} twice");
            assert!(seen.insert(code.name()), "{} twice", code.name());
            assert_eq!(Code::parse(code.as_str()), Some(code));
            assert_eq!(
                Code::ALL[code as usize],
                code,
                "ALL is in declaration order"
            );
        }
        assert_eq!(Code::parse("fp203"), Some(Code::Untranslated));
        assert_eq!(Code::parse("FP999"), None);
    }

    #[test]
    fn levels_apply_overrides_and_refuse_unknown_codes() {
        let overrides = BTreeMap::from([
            ("FP203".to_string(), Level::Error),
            ("FP204".to_string(), Level::Off),
        ]);
        let levels = Levels::new(&overrides).unwrap();
        assert_eq!(levels.of(Code::Untranslated), Level::Error);
        assert_eq!(levels.of(Code::Length), Level::Off);
        assert_eq!(levels.of(Code::Syntax), Level::Error);
        let err = Levels::new(&BTreeMap::from([("FP999".to_string(), Level::Off)])).unwrap_err();
        assert!(err.contains("FP999"), "{err}");
    }

    #[test]
    fn a_diagnostic_underlines_within_its_line() {
        let text = "a = x\nb = 한국어 값\n";
        let at = text.find("어").unwrap();
        let lines = Lines::new(text);
        let d = lines.place(
            Path::new("f.ftl"),
            Finding::new(Code::Numbers, at..text.len(), "m"),
            None,
            Level::Error,
        );
        assert_eq!(d.position, Position { line: 2, column: 7 });
        assert_eq!(d.line, "b = 한국어 값");
        assert_eq!(&d.line[d.span.clone()], "어 값");
        // An empty range still underlines one character.
        let d = lines.place(
            Path::new("f.ftl"),
            Finding::new(Code::Numbers, 0..0, "m"),
            None,
            Level::Error,
        );
        assert_eq!(&d.line[d.span], "a");
    }
}
