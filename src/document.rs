//! A source document: a Markdown file from the content folder, split into its front matter (TOML
//! between `+++` lines or YAML between `---` lines) and its Markdown body. Offsets stay relative
//! to the whole file so that errors point at the line an editor sees.

use std::path::{Path, PathBuf};

use saphyr_parser::{Event, ScalarStyle};
use serde_json::{Map, Value};

use crate::error::{Error, Result};
use crate::files;
use crate::project::{Project, FRONT_MATTER_MESSAGES};
use rayon::prelude::*;

/// How a section orders its documents, in the front matter of its `_index.md`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum SortBy {
    /// Lightest `weight` first, then by file name: a book, read in order, page after page.
    #[default]
    Weight,
    /// Newest first: a stream of stories or news, which the feed follows.
    Date,
}

/// The language of a front matter block, told by its fences.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    /// Between `+++` lines, as Zola and Hugo write it.
    Toml,
    /// Between `---` lines, as Hugo, Jekyll, Docusaurus and mdBook preprocessors write it.
    Yaml,
}

/// A document's front matter: the keys fluentpress understands, and every other key as it is
/// (handed to templates as `extra`, as Zola does), so that any site's pages come in unchanged.
#[derive(Debug, Clone, PartialEq)]
pub struct FrontMatter {
    pub title: Option<String>,
    /// `summary`, or else `description`.
    pub summary: Option<String>,
    /// The publication date as `YYYY-MM-DD`.
    pub date: Option<String>,
    /// A draft is left out of the site.
    pub draft: bool,
    /// Orders a section's documents, lightest first.
    pub weight: Option<i64>,
    /// The last part of the page's address in place of the file name.
    pub slug: Option<String>,
    /// `false` publishes the document as it is in every locale, with nothing to translate.
    pub translate: bool,
    /// In a section's `_index.md`: how the section orders its documents.
    pub sort_by: SortBy,
    /// Every other key.
    pub extra: Map<String, Value>,
}

impl Default for FrontMatter {
    fn default() -> FrontMatter {
        FrontMatter {
            title: None,
            summary: None,
            date: None,
            draft: false,
            weight: None,
            slug: None,
            translate: true,
            sort_by: SortBy::Weight,
            extra: Map::new(),
        }
    }
}

impl FrontMatter {
    /// Takes the understood keys out of `table`; the rest is `extra`. `at` gives the offset in
    /// the file of a key, for errors.
    fn from_table(
        mut table: Map<String, Value>,
        at: &dyn Fn(&str) -> usize,
    ) -> std::result::Result<FrontMatter, (usize, String)> {
        let mut take = |key: &str, expected: &str, ok: fn(&Value) -> bool| match table.remove(key) {
            Some(value) if ok(&value) => Ok(Some(value)),
            Some(value) => Err((
                at(key),
                format!("front matter: `{key}` must be {expected}, not `{value}`"),
            )),
            None => Ok(None),
        };
        let text = |v: Option<Value>| v.and_then(|v| v.as_str().map(str::to_string));
        let title = text(take("title", "text", Value::is_string)?);
        let summary = text(take("summary", "text", Value::is_string)?);
        let description = text(take("description", "text", Value::is_string)?);
        let date = text(take("date", "a date (YYYY-MM-DD)", |v| {
            v.as_str().and_then(date_part).is_some()
        })?)
        .and_then(|d| date_part(&d));
        let draft = take("draft", "true or false", Value::is_boolean)?.and_then(|v| v.as_bool());
        let weight = take("weight", "a whole number", Value::is_i64)?.and_then(|v| v.as_i64());
        // A slug names one folder of the site: it may not climb out of its own.
        let slug = text(take("slug", "a name without `/`", |v| {
            v.as_str()
                .is_some_and(|s| !s.is_empty() && !s.contains(['/', '\\']) && s != "." && s != "..")
        })?);
        let translate =
            take("translate", "true or false", Value::is_boolean)?.and_then(|v| v.as_bool());
        let sort_by = match take("sort_by", "`weight` or `date`", |v| {
            matches!(v.as_str(), Some("weight" | "date"))
        })? {
            Some(v) if v == "date" => SortBy::Date,
            _ => SortBy::Weight,
        };
        Ok(FrontMatter {
            title,
            summary: summary.or(description),
            date,
            draft: draft.unwrap_or(false),
            weight,
            slug,
            translate: translate.unwrap_or(true),
            sort_by,
            extra: table,
        })
    }
}

/// The `YYYY-MM-DD` of `text`, a date or a date and time (RFC 3339, as TOML writes them).
fn date_part(text: &str) -> Option<String> {
    let datetime: toml::value::Datetime = text.trim().parse().ok()?;
    datetime.date.map(|d| d.to_string())
}

/// A parsed source document.
#[derive(Debug, Clone)]
pub struct Document {
    /// Path relative to the content folder, such as `stories/to-stay-or-leave.md`.
    pub path: PathBuf,
    /// The whole file, front matter included.
    pub source: String,
    pub front_matter: FrontMatter,
    syntax: Syntax,
    /// The front matter's top-level strings, with where their literals are in the file.
    strings: Vec<(String, Field)>,
    /// Which of `title` and `summary` become messages.
    message_keys: Vec<String>,
    /// See [`Document::page_dir`].
    page_dir: String,
}

impl Document {
    /// Reads and parses `content_dir/path`.
    pub fn load(content_dir: &Path, path: &Path) -> Result<Document> {
        let full = files::join_inside(content_dir, path)?;
        let source = files::read_text(&full)?;
        Document::parse(path, source).map_err(|e| relocate(e, &full))
    }

    /// Reads every source document of `project`, in parallel.
    pub fn load_all(project: &Project) -> Result<Vec<Document>> {
        Document::each(project, &project.documents()?, Ok)
    }

    /// Reads each of `project`'s source documents at `paths` (see [`Project::documents`]) and
    /// hands it to `f`, in parallel, holding no more documents than there are cores; returns
    /// what `f` made of each, in order.
    pub fn each<T: Send>(
        project: &Project,
        paths: &[PathBuf],
        f: impl Fn(Document) -> Result<T> + Sync,
    ) -> Result<Vec<T>> {
        let Some(content_dir) = project.content_dir() else {
            return Ok(Vec::new());
        };
        let messages = &project.config.front_matter_messages;
        paths
            .par_iter()
            .map(|path| f(Document::load(&content_dir, path)?.with_message_keys(messages)))
            .collect()
    }

    /// Parses `source`, the contents of the document at `path`. U+0000 becomes U+FFFD, as
    /// CommonMark says, here and in front matter strings (where TOML can escape it), so that
    /// no output (messages, pages, feeds) ever holds it.
    pub fn parse(path: &Path, source: String) -> Result<Document> {
        let source = without_nul(source);
        let (syntax, front_matter, strings) = match front_matter_range(&source) {
            Some((syntax, range)) => {
                let text = &source[range.clone()];
                let parsed = match syntax {
                    Syntax::Toml => parse_toml(text),
                    Syntax::Yaml => parse_yaml(text),
                };
                let (front_matter, strings) = parsed
                    .and_then(|(table, strings)| {
                        let front_matter =
                            FrontMatter::from_table(table, &|key| key_offset(text, key))?;
                        Ok((front_matter, strings))
                    })
                    .map_err(|(offset, message)| {
                        Error::syntax(path, &source, range.start + offset, message)
                    })?;
                let strings = strings
                    .into_iter()
                    .map(|(key, field)| {
                        let at = range.start + field.range.start..range.start + field.range.end;
                        let value = without_nul(field.value);
                        (key, Field { value, range: at })
                    })
                    .collect();
                (syntax, front_matter, strings)
            }
            None if source.starts_with("+++") => {
                return Err(Error::syntax(
                    path,
                    &source,
                    0,
                    "front matter opened with `+++` is never closed",
                ));
            }
            None => (Syntax::Toml, FrontMatter::default(), Vec::new()),
        };
        let front_matter = FrontMatter {
            title: front_matter.title.map(without_nul),
            summary: front_matter.summary.map(without_nul),
            ..front_matter
        };
        let mut document = Document {
            path: path.to_path_buf(),
            source,
            front_matter,
            syntax,
            strings,
            message_keys: FRONT_MATTER_MESSAGES.map(String::from).to_vec(),
            page_dir: String::new(),
        };
        // Asked for many times per page of a build: made once.
        document.page_dir = document.find_page_dir();
        Ok(document)
    }

    /// Makes only the front matter strings `keys` (of `title`, `summary` or `description`)
    /// messages, as the project's `front_matter_messages` says.
    pub fn with_message_keys(mut self, keys: &[String]) -> Document {
        self.message_keys = keys
            .iter()
            .map(|k| if k == "description" { "summary" } else { k })
            .map(String::from)
            .collect();
        self
    }

    /// The title and summary strings that become messages: none when the document is not to be
    /// translated, nor those the project leaves out.
    pub fn message_fields(&self) -> [Option<Field>; 2] {
        let wanted =
            |key: &str| self.front_matter.translate && self.message_keys.iter().any(|k| k == key);
        let [title, summary] = FRONT_MATTER_MESSAGES;
        let mut fields = self.front_matter_fields(&FRONT_MATTER_MESSAGES).into_iter();
        let mut next = |key: &str| fields.next().flatten().filter(|_| wanted(key));
        [next(title), next(summary)]
    }

    /// Whether the document introduces its folder's section (`_index.md`, or `index.md` as
    /// mdBook and Hugo's leaf bundles name it) rather than being a page of it.
    pub fn is_index(&self) -> bool {
        self.path
            .file_stem()
            .is_some_and(|s| s == "_index" || s == "index")
    }

    /// The folder of the document's page inside a locale folder of the site: `stories/a.md`
    /// becomes `stories/a/` (or `stories/<slug>/`), and a section's `_index.md` its section's
    /// folder.
    pub fn page_dir(&self) -> &str {
        &self.page_dir
    }

    fn find_page_dir(&self) -> String {
        let path = files::slash_path(&self.path);
        let path = match &self.front_matter.slug {
            Some(slug) if !self.is_index() => match path.rsplit_once('/') {
                Some((dir, _)) => format!("{dir}/{slug}.md"),
                None => format!("{slug}.md"),
            },
            _ => path,
        };
        page_dir(&path)
    }

    /// The name of the document without extension, for messages and page paths.
    pub fn stem(&self) -> PathBuf {
        self.path.with_extension("")
    }

    /// The top-level front matter strings `keys` (`title`, `summary`), each with the byte range
    /// of its literal in the file, so a translation can take its place. `summary` falls back on
    /// `description`, as the front matter does.
    pub fn front_matter_fields(&self, keys: &[&str]) -> Vec<Option<Field>> {
        let field = |key: &str| {
            self.strings
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, f)| f.clone())
        };
        keys.iter()
            .map(|key| match *key {
                "summary" => field("summary").or_else(|| field("description")),
                key => field(key),
            })
            .collect()
    }

    /// `text` written as a string literal of this document's front matter.
    pub fn quote(&self, text: &str) -> String {
        match self.syntax {
            Syntax::Toml => toml::Value::String(text.to_string()).to_string(),
            // A JSON string is a YAML double-quoted scalar.
            Syntax::Yaml => Value::String(text.to_string()).to_string(),
        }
    }
}

/// A front matter string and where its literal is in the file.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub value: String,
    pub range: std::ops::Range<usize>,
}

/// A front matter's keys and values, and each top-level string with where its literal is
/// (relative to the front matter); or an error's offset and message.
type Parsed = std::result::Result<(Map<String, Value>, Vec<(String, Field)>), (usize, String)>;

fn parse_toml(text: &str) -> Parsed {
    let table: toml::Table = toml::from_str(text).map_err(|e| {
        let offset = e.span().map_or(0, |s| s.start);
        (offset, format!("front matter: {}", e.message()))
    })?;
    let spans = toml::de::DeTable::parse(text).map_err(|e| (0, e.to_string()))?;
    let strings = spans
        .get_ref()
        .iter()
        .filter_map(|(key, value)| {
            let toml::de::DeValue::String(value_text) = value.get_ref() else {
                return None;
            };
            Some((
                key.get_ref().to_string(),
                Field {
                    value: value_text.to_string(),
                    range: value.span(),
                },
            ))
        })
        .collect();
    let table = table.into_iter().map(|(k, v)| (k, from_toml(v))).collect();
    Ok((table, strings))
}

fn from_toml(value: toml::Value) -> Value {
    match value {
        toml::Value::String(s) => Value::String(s),
        toml::Value::Integer(i) => i.into(),
        toml::Value::Float(f) => serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number),
        toml::Value::Boolean(b) => b.into(),
        toml::Value::Datetime(d) => d.to_string().into(),
        toml::Value::Array(items) => items.into_iter().map(from_toml).collect(),
        toml::Value::Table(table) => table
            .into_iter()
            .map(|(k, v)| (k, from_toml(v)))
            .collect::<Map<_, _>>()
            .into(),
    }
}

fn parse_yaml(text: &str) -> Parsed {
    let mut reader = YamlReader {
        text,
        parser: saphyr_parser::Parser::new_from_str(text),
        strings: Vec::new(),
    };
    let table = loop {
        let (event, span) = reader.next()?;
        match event {
            Event::StreamStart | Event::DocumentStart(_) => {}
            Event::StreamEnd | Event::DocumentEnd => break Map::new(),
            Event::MappingStart(..) => break reader.mapping(true)?,
            _ => {
                return Err((
                    reader.offset(span.start.index()),
                    "front matter: expected `key: value` lines".to_string(),
                ))
            }
        }
    };
    Ok((table, reader.strings))
}

/// Builds values from the events of a YAML parser, keeping where top-level strings are.
struct YamlReader<'a> {
    text: &'a str,
    parser: saphyr_parser::Parser<'a, saphyr_parser::StrInput<'a>>,
    strings: Vec<(String, Field)>,
}

impl<'a> YamlReader<'a> {
    fn next(&mut self) -> std::result::Result<(Event<'a>, saphyr_parser::Span), (usize, String)> {
        match self.parser.next_event() {
            Some(Ok(event)) => Ok(event),
            Some(Err(e)) => Err((
                self.offset(e.marker().index()),
                format!("front matter: {}", e.info()),
            )),
            None => Err((self.text.len(), "front matter: unexpected end".to_string())),
        }
    }

    /// The byte offset of the `chars`th character (the parser counts characters).
    fn offset(&self, chars: usize) -> usize {
        self.text
            .char_indices()
            .nth(chars)
            .map_or(self.text.len(), |(i, _)| i)
    }

    fn value(
        &mut self,
        event: Event<'a>,
        span: saphyr_parser::Span,
    ) -> std::result::Result<Value, (usize, String)> {
        Ok(match event {
            Event::Scalar(text, ScalarStyle::Plain, ..) => plain_scalar(&text),
            Event::Scalar(text, ..) => Value::String(text.into_owned()),
            Event::SequenceStart(..) => {
                let mut items = Vec::new();
                loop {
                    match self.next()? {
                        (Event::SequenceEnd, _) => break,
                        (event, span) => items.push(self.value(event, span)?),
                    }
                }
                Value::Array(items)
            }
            Event::MappingStart(..) => Value::Object(self.mapping(false)?),
            _ => {
                return Err((
                    self.offset(span.start.index()),
                    "front matter: anchors, aliases and tags are not supported".to_string(),
                ))
            }
        })
    }

    /// The rest of a mapping, after its start.
    fn mapping(&mut self, top: bool) -> std::result::Result<Map<String, Value>, (usize, String)> {
        let mut map = Map::new();
        loop {
            let (event, span) = self.next()?;
            if event == Event::MappingEnd {
                return Ok(map);
            }
            let key = match self.value(event, span)? {
                Value::String(key) => key,
                other => other.to_string(),
            };
            let (event, span) = self.next()?;
            if let (true, Event::Scalar(text, style, ..)) = (top, &event) {
                if *style != ScalarStyle::Plain || plain_scalar(text).is_string() {
                    let range = self.offset(span.start.index())..self.offset(span.end.index());
                    self.strings.push((
                        key.clone(),
                        Field {
                            value: text.to_string(),
                            range,
                        },
                    ));
                }
            }
            let value = self.value(event, span)?;
            map.insert(key, value);
        }
    }
}

/// An unquoted YAML scalar as the YAML 1.2 core schema reads it: null, a boolean, a number or text.
fn plain_scalar(text: &str) -> Value {
    match text {
        "" | "~" | "null" | "Null" | "NULL" => Value::Null,
        "true" | "True" | "TRUE" => Value::Bool(true),
        "false" | "False" | "FALSE" => Value::Bool(false),
        _ if text.bytes().any(|b| b.is_ascii_digit())
            && text
                .bytes()
                .all(|b| b.is_ascii_digit() || b"+-.eE_".contains(&b)) =>
        {
            text.parse::<i64>()
                .map(Value::from)
                .or_else(|_| text.parse::<f64>().map(Value::from))
                .unwrap_or_else(|_| Value::String(text.to_string()))
        }
        _ => Value::String(text.to_string()),
    }
}

/// Where `key` starts a line of the front matter `text`, for errors about its value.
fn key_offset(text: &str, key: &str) -> usize {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if line
            .strip_prefix(key)
            .is_some_and(|rest| rest.trim_start().starts_with(['=', ':']))
        {
            return offset;
        }
        offset += line.len();
    }
    0
}

/// `text` with U+0000 replaced by U+FFFD.
fn without_nul(text: String) -> String {
    match text.contains('\0') {
        true => text.replace('\0', "\u{fffd}"),
        false => text,
    }
}

/// The syntax of the front matter and the bytes between its opening fence line and the closing
/// one: `+++` for TOML, `---` for YAML (which may also close with `...`).
fn front_matter_range(source: &str) -> Option<(Syntax, std::ops::Range<usize>)> {
    let (syntax, closing): (Syntax, &[&str]) = if source.starts_with("+++") {
        (Syntax::Toml, &["+++"])
    } else if source.starts_with("---") {
        (Syntax::Yaml, &["---", "..."])
    } else {
        return None;
    };
    let rest = &source[3..];
    let opening = rest.find('\n')?;
    if !rest[..opening].trim().is_empty() {
        return None;
    }
    let start = 3 + opening + 1;
    let mut offset = start;
    for line in source[start..].split_inclusive('\n') {
        if closing.contains(&line.trim_end()) {
            return Some((syntax, start..offset));
        }
        offset += line.len();
    }
    None
}

/// Errors from parsing name the path relative to the content folder; the user needs the real one.
fn relocate(error: Error, full: &Path) -> Error {
    match error {
        Error::Syntax {
            position, message, ..
        } => Error::Syntax {
            path: full.to_path_buf(),
            position,
            message,
        },
        other => other,
    }
}

/// The folder of the page of the document at `path` (a slash path in the content folder) inside
/// a locale folder of the site: `stories/a.md` becomes `stories/a/`, `stories/index.md` (or
/// `_index.md`) becomes `stories/`, and the content folder's own `index.md` becomes ``.
pub fn page_dir(path: &str) -> String {
    let stem = path.strip_suffix(".md").unwrap_or(path);
    match stem.rsplit_once('/') {
        Some((dir, "index" | "_index")) => format!("{dir}/"),
        None if stem == "index" || stem == "_index" => String::new(),
        _ => format!("{stem}/"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Document> {
        Document::parse(Path::new("a.md"), text.to_string())
    }

    #[test]
    fn reads_toml_front_matter() {
        let doc = parse(
            "+++\ntitle = \"T\"\nsort_by = \"date\"\ndate = 2016-01-01\nweight = 3\n+++\n\nBody\n",
        )
        .unwrap();
        assert_eq!(doc.front_matter.title.as_deref(), Some("T"));
        assert_eq!(doc.front_matter.sort_by, SortBy::Date);
        assert_eq!(doc.front_matter.date.as_deref(), Some("2016-01-01"));
        assert_eq!(doc.front_matter.weight, Some(3));
        assert!(doc.front_matter.translate && !doc.front_matter.draft);
    }

    #[test]
    fn reads_yaml_front_matter_and_keeps_every_other_key() {
        let text = "---\ntitle: 'It''s here'\ndescription: A plain summary # with a comment\n\
                    date: 2024-03-05T10:00:00Z\ndraft: true\nminutes: 15\n\
                    tags: [a, b]\nextra:\n  color: \"red\"\n---\n\n# Body\n";
        let doc = parse(text).unwrap();
        let fm = &doc.front_matter;
        assert_eq!(fm.title.as_deref(), Some("It's here"));
        assert_eq!(fm.summary.as_deref(), Some("A plain summary"));
        assert_eq!(fm.date.as_deref(), Some("2024-03-05"));
        assert!(fm.draft);
        assert_eq!(fm.extra["minutes"], 15);
        assert_eq!(fm.extra["tags"], serde_json::json!(["a", "b"]));
        assert_eq!(fm.extra["extra"]["color"], "red");
        let [title, summary] = doc.message_fields();
        let (title, summary) = (title.unwrap(), summary.unwrap());
        assert_eq!(&text[title.range], "'It''s here'");
        assert_eq!(&text[summary.range], "A plain summary");
        assert_eq!(doc.quote("say \"hi\""), "\"say \\\"hi\\\"\"");
    }

    #[test]
    fn unknown_toml_keys_are_kept_not_refused() {
        let doc = parse("+++\ntitle = \"T\"\naliases = [\"/old\"]\n[extra]\nx = 1\n+++\n").unwrap();
        assert_eq!(doc.front_matter.extra["aliases"][0], "/old");
        assert_eq!(doc.front_matter.extra["extra"]["x"], 1);
    }

    #[test]
    fn the_project_chooses_which_strings_are_messages() {
        let doc = parse("+++\ntitle = \"T\"\nsummary = \"S\"\n+++\n").unwrap();
        let [title, summary] = doc
            .with_message_keys(&["title".to_string()])
            .message_fields();
        assert!(title.is_some() && summary.is_none());
        let doc = parse("+++\ntitle = \"T\"\ntranslate = false\n+++\n").unwrap();
        assert_eq!(doc.message_fields(), [None, None]);
    }

    #[test]
    fn a_document_without_front_matter_is_a_page() {
        let doc = parse("# Hello\n").unwrap();
        assert_eq!(doc.front_matter, FrontMatter::default());
        let doc = parse("---\n\nA rule, then text.\n").unwrap();
        assert_eq!(doc.front_matter, FrontMatter::default());
    }

    #[test]
    fn malformed_front_matter_names_the_line() {
        let err = parse("+++\ntitle = \"T\"\nsort_by = date\n+++\n").unwrap_err();
        assert!(err.to_string().starts_with("a.md:3:"), "{err}");
        let err = parse("+++\ntitle = \"T\"\n").unwrap_err();
        assert!(err.to_string().contains("never closed"), "{err}");
        let err = parse("---\ntitle: T\nweight: heavy\n---\n").unwrap_err();
        assert!(err.to_string().starts_with("a.md:3:1"), "{err}");
        assert!(
            err.to_string().contains("`weight` must be a whole number"),
            "{err}"
        );
        let err = parse("---\ntitle: T\n  bad: [\n---\n").unwrap_err();
        assert!(err.to_string().starts_with("a.md:3:"), "{err}");
    }
}
