//! Exchange with the tools translators already use: a locale's units out to PO or XLIFF and back
//! into its `.ftl` files, gettext Markdown books migrated in, and a TMX translation memory.
//! Each format module reads and writes the neutral [`Unit`] list; this module orchestrates.

mod export;
mod import;
pub mod migrate;
pub mod po;
pub mod tmx;
pub mod xliff;

use std::path::Path;

pub use export::{export, tm_export, ExportOptions, Exported};
pub use import::{import, migrate, ImportOptions, ImportReport, MigrationReport, Skip};

use crate::catalog::{self, Catalog};
use crate::error::{Error, Result};

/// One message of a locale as a CAT tool sees it: plain text, not Fluent syntax.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    /// The catalog, relative to the locale folder (`stories/a.ftl`), as `status` prints it.
    pub file: String,
    /// The message ID (`p-some-id`), or `id.attribute` for an attribute of a message.
    pub id: String,
    pub source: String,
    /// The translation; `None` when there is none (an empty target reads as none).
    pub target: Option<String>,
    pub state: UnitState,
    /// For a stale unit, the source its translation was made from, when it is recorded.
    pub previous_source: Option<String>,
    /// The translator comment of the translation in the `.ftl`.
    pub note: Option<String>,
    /// Where the translation is (or goes): `locales/ko/stories/a.ftl` and its line.
    pub location: Option<(String, usize)>,
    /// What the export saw of the translation, so that import can tell it changed since.
    pub seen: Option<Seen>,
    /// Source and target are Fluent pattern source (the message needs a runtime: variables,
    /// references, selectors), not text.
    pub fluent: bool,
}

/// The state of a unit, as exported or as a CAT tool left it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitState {
    Translated,
    Missing,
    /// Translated from a source that changed since (PO `fuzzy`, XLIFF needs review).
    Stale,
}

/// The translation an export saw: none, or the fingerprint of the one there was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Seen {
    Nothing,
    Fingerprint(String),
}

impl Seen {
    /// How exchange files write it: `none` or the fingerprint.
    pub fn token(&self) -> &str {
        match self {
            Seen::Nothing => "none",
            Seen::Fingerprint(f) => f,
        }
    }

    pub fn parse(token: &str) -> Seen {
        match token.trim() {
            "none" => Seen::Nothing,
            other => Seen::Fingerprint(other.to_string()),
        }
    }
}

impl Unit {
    /// The key that names a unit across a whole locale: `stories/a.ftl#p-id`, as in the state
    /// file; PO files carry it as `msgctxt`.
    pub fn key(&self) -> String {
        format!("{}#{}", self.file, self.id)
    }

    /// Splits a key made by [`Unit::key`]; message IDs never hold `#`.
    pub fn split_key(key: &str) -> Option<(&str, &str)> {
        key.rsplit_once('#')
            .filter(|(file, id)| !file.is_empty() && !id.is_empty())
    }
}

/// An exchange file format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Po,
    Xliff12,
    Xliff20,
}

impl Format {
    /// The usual file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Po => "po",
            Format::Xliff12 | Format::Xliff20 => "xlf",
        }
    }
}

/// The languages of an exchange file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Languages {
    pub source: String,
    pub target: String,
}

/// `units` written in `format`, grouped by file in the order given.
pub fn write(format: Format, languages: &Languages, units: &[Unit]) -> Result<String> {
    match format {
        Format::Po => po::write(languages, units),
        Format::Xliff12 => Ok(xliff::write_12(languages, units)),
        Format::Xliff20 => Ok(xliff::write_20(languages, units)),
    }
}

/// What an exchange file holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exchange {
    /// The target language it declares (PO `Language`, XLIFF target language), if any.
    pub target: Option<String>,
    pub units: Vec<Unit>,
}

/// The exchange file `text`, read from `path`: XLIFF when it is XML, PO otherwise.
pub fn read(path: &Path, text: &str) -> Result<Exchange> {
    if text
        .trim_start_matches('\u{feff}')
        .trim_start()
        .starts_with('<')
    {
        xliff::read(path, text)
    } else {
        po::read(path, text)
    }
}

/// A message's value (no name) and attributes (by name), as text.
pub(crate) type Fields = Vec<(Option<String>, String)>;

/// A message's fields as a translator edits them: the value (no name) and each attribute, as
/// text. `None` when some part needs Fluent syntax (variables, references, selectors) or the
/// pattern source does not read.
pub(crate) fn fields(pattern_source: &str) -> Option<Fields> {
    let head = if pattern_source.starts_with('\n') {
        "x ="
    } else {
        "x = "
    };
    let parsed = Catalog::parse(Path::new(""), format!("{head}{pattern_source}\n"));
    let [entry] = parsed.entries.as_slice() else {
        return None;
    };
    if !parsed.problems.is_empty() || entry.id.as_deref() != Some("x") {
        return None;
    }
    let mut fields = Vec::new();
    if entry.has_value {
        fields.push((None, entry.value.clone()?));
    }
    for (name, text) in &entry.attributes {
        fields.push((Some(name.clone()), text.clone()?));
    }
    Some(fields)
}

/// The Fluent entry `id = pattern_source`, as a file holds it.
fn entry_text(id: &str, pattern_source: &str) -> String {
    let space = if pattern_source.starts_with('\n') {
        ""
    } else {
        " "
    };
    format!("{id} ={space}{pattern_source}\n")
}

/// The pattern source of a message made of `fields`, the inverse of [`fields`].
pub(crate) fn pattern_source(fields: &[(Option<String>, String)]) -> String {
    let value = fields
        .iter()
        .find(|(n, _)| n.is_none())
        .map(|(_, t)| t.as_str());
    let attributes: Vec<(&str, &str)> = fields
        .iter()
        .filter_map(|(n, t)| Some((n.as_deref()?, t.as_str())))
        .collect();
    let entry = catalog::serialize(&fluent_syntax::ast::Resource {
        body: vec![catalog::message("x", value, &attributes, None)],
    });
    catalog::pattern_source(&entry, "x")
}

/// Fluent pattern source as an exchange file carries it: a block value without the line break
/// that opens it, since gettext wants a msgid and its msgstr to start alike.
fn unblocked(pattern_source: &str) -> String {
    pattern_source
        .strip_prefix('\n')
        .unwrap_or(pattern_source)
        .to_string()
}

/// The inverse of [`unblocked`]: a value cannot start with a space after `id =`, so one that does
/// is a block that lost its line break.
fn reblocked(text: &str) -> String {
    if text.starts_with(' ') {
        format!("\n{text}")
    } else {
        text.to_string()
    }
}

/// The unit ID of a field of message `id`: `id` for its value, `id.name` for an attribute.
fn field_id(id: &str, name: Option<&str>) -> String {
    match name {
        Some(name) => format!("{id}.{name}"),
        None => id.to_string(),
    }
}

/// The error of a unit without a usable key or ID in an exchange file.
fn bad_unit(path: &Path, text: &str, offset: usize, what: impl Into<String>) -> Error {
    Error::syntax(path, text, offset, what)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_and_pattern_source_are_inverse() {
        let cases: [&[(Option<&str>, &str)]; 3] = [
            &[(None, "Plain { braces } and\n[line] start")],
            &[(Some("alt"), "An image"), (Some("title"), "Photo: someone")],
            &[(None, "Value"), (Some("title"), "  spaced  ")],
        ];
        for case in cases {
            let owned: Fields = case
                .iter()
                .map(|(n, t)| (n.map(str::to_string), t.to_string()))
                .collect();
            let source = pattern_source(&owned);
            assert_eq!(fields(&source), Some(owned), "{source:?}");
        }
        assert_eq!(fields("{ $date }"), None);
        let block = "\n    { $n ->\n        [one] One\n       *[other] Many\n    }";
        assert_eq!(reblocked(&unblocked(block)), block);
        assert_eq!(reblocked(&unblocked("{ $n } days")), "{ $n } days");
        assert_eq!(fields("oops = {"), None);
    }
}
