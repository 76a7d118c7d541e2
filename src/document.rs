//! A source document: a Markdown file from the content folder, split into its TOML front matter
//! (between `+++` lines) and its Markdown body. Offsets stay relative to the whole file so that
//! errors point at the line an editor sees.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::error::{Error, Result};
use crate::files;
use crate::project::Project;
use rayon::prelude::*;

/// What a document is, which decides where the site lists it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Story,
    Prayer,
    #[default]
    Page,
}

/// The front matter keys fluentpress knows. Unknown keys are errors, so a typo is never ignored.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrontMatter {
    pub title: Option<String>,
    #[serde(default)]
    pub kind: Kind,
    pub date: Option<toml::value::Datetime>,
    pub summary: Option<String>,
}

impl FrontMatter {
    /// The publication date as `YYYY-MM-DD`, if the front matter gives one.
    pub fn date_string(&self) -> Option<String> {
        self.date
            .as_ref()
            .and_then(|d| d.date)
            .map(|d| d.to_string())
    }
}

/// A parsed source document.
#[derive(Debug, Clone)]
pub struct Document {
    /// Path relative to the content folder, such as `stories/to-stay-or-leave.md`.
    pub path: PathBuf,
    /// The whole file, front matter included.
    pub source: String,
    pub front_matter: FrontMatter,
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
        let Some(content_dir) = project.content_dir() else {
            return Ok(Vec::new());
        };
        project
            .documents()?
            .par_iter()
            .map(|path| Document::load(&content_dir, path))
            .collect()
    }

    /// Parses `source`, the contents of the document at `path`. U+0000 becomes U+FFFD, as
    /// CommonMark says, here and in front matter strings (where TOML can escape it), so that
    /// no output (messages, pages, feeds) ever holds it.
    pub fn parse(path: &Path, source: String) -> Result<Document> {
        let source = without_nul(source);
        let front_matter = match front_matter_range(&source) {
            Some(range) => {
                let text = &source[range.clone()];
                toml::from_str(text).map_err(|e| {
                    let offset = range.start + e.span().map_or(0, |s| s.start);
                    Error::syntax(
                        path,
                        &source,
                        offset,
                        format!("front matter: {}", e.message()),
                    )
                })?
            }
            None if source.starts_with("+++") => {
                return Err(Error::syntax(
                    path,
                    &source,
                    0,
                    "front matter opened with `+++` is never closed",
                ));
            }
            None => FrontMatter::default(),
        };
        let front_matter = FrontMatter {
            title: front_matter.title.map(without_nul),
            summary: front_matter.summary.map(without_nul),
            ..front_matter
        };
        Ok(Document {
            path: path.to_path_buf(),
            source,
            front_matter,
        })
    }

    /// The name of the document without extension, for messages and page paths.
    pub fn stem(&self) -> PathBuf {
        self.path.with_extension("")
    }

    /// The string fields `keys` of the front matter (`title`, `summary`), each with the byte
    /// range of its TOML string literal in the file, so a translation can take its place.
    pub fn front_matter_fields(&self, keys: &[&str]) -> Vec<Option<Field>> {
        let table = front_matter_range(&self.source).and_then(|range| {
            let table = toml::de::DeTable::parse(&self.source[range.clone()]).ok()?;
            Some((range.start, table))
        });
        keys.iter()
            .map(|key| {
                let (start, table) = table.as_ref()?;
                let (_, value) = table.get_ref().iter().find(|(k, _)| k.get_ref() == key)?;
                let toml::de::DeValue::String(text) = value.get_ref() else {
                    return None;
                };
                let span = value.span();
                Some(Field {
                    value: without_nul(text.to_string()),
                    range: start + span.start..start + span.end,
                })
            })
            .collect()
    }
}

/// A front matter string and where its literal is in the file.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub value: String,
    pub range: std::ops::Range<usize>,
}

/// `text` with U+0000 replaced by U+FFFD.
fn without_nul(text: String) -> String {
    match text.contains('\0') {
        true => text.replace('\0', "\u{fffd}"),
        false => text,
    }
}

/// The bytes of the TOML between the opening `+++` line and the closing one.
fn front_matter_range(source: &str) -> Option<std::ops::Range<usize>> {
    let rest = source.strip_prefix("+++")?;
    let opening = rest.find('\n')?;
    if !rest[..opening].trim().is_empty() {
        return None;
    }
    let start = 3 + opening + 1;
    let mut offset = start;
    for line in source[start..].split_inclusive('\n') {
        if line.trim_end() == "+++" {
            return Some(start..offset);
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

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Document> {
        Document::parse(Path::new("a.md"), text.to_string())
    }

    #[test]
    fn reads_front_matter() {
        let doc = parse("+++\ntitle = \"T\"\nkind = \"story\"\ndate = 2016-01-01\n+++\n\nBody\n")
            .unwrap();
        assert_eq!(doc.front_matter.title.as_deref(), Some("T"));
        assert_eq!(doc.front_matter.kind, Kind::Story);
        assert_eq!(
            doc.front_matter.date_string().as_deref(),
            Some("2016-01-01")
        );
    }

    #[test]
    fn a_document_without_front_matter_is_a_page() {
        let doc = parse("# Hello\n").unwrap();
        assert_eq!(doc.front_matter, FrontMatter::default());
    }

    #[test]
    fn malformed_front_matter_names_the_line() {
        let err = parse("+++\ntitle = \"T\"\nkind = story\n+++\n").unwrap_err();
        assert!(err.to_string().starts_with("a.md:3:"), "{err}");
        let err = parse("+++\ntitle = \"T\"\n").unwrap_err();
        assert!(err.to_string().contains("never closed"), "{err}");
        let err = parse("+++\ntitel = \"T\"\n+++\n").unwrap_err();
        assert!(err.to_string().starts_with("a.md:2:1"), "{err}");
    }
}
