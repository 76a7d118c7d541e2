//! Exchange with the tools translators already use: a locale's units out to PO or XLIFF and back
//! into its `.ftl` files, gettext Markdown books migrated in, and a TMX translation memory.
//! Each format module reads and writes the neutral [`Unit`] list; this module orchestrates.

pub mod migrate;
pub mod po;
pub mod tmx;
pub mod xliff;

use std::path::Path;

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

/// The units of the exchange file `text`, read from `path`: XLIFF when it is XML, PO otherwise.
pub fn read(path: &Path, text: &str) -> Result<Vec<Unit>> {
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

/// The error of a unit without a usable key or ID in an exchange file.
fn bad_unit(path: &Path, text: &str, offset: usize, what: impl Into<String>) -> Error {
    Error::syntax(path, text, offset, what)
}
