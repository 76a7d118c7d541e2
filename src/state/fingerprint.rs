//! Fingerprints: a short hash of a text, and the source locale's messages and terms each with the
//! fingerprint of what a translator translates, so that a change of the English is noticed
//! whatever its ID or layout.

use std::collections::HashMap;
use std::fmt;
use std::path::Path;
use std::str::FromStr;

use fluent_syntax::ast;
use fluent_syntax::parser;

use crate::error::Result;
use crate::files;
use crate::project::Project;

/// A short hash of a text: 64 bits of BLAKE3, written as 16 hex digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Fingerprint(pub(super) u64);

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

/// As its 16 hex digits, the way the state file writes it.
impl serde::Serialize for Fingerprint {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
