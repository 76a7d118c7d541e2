//! Fluent resources as fluentpress reads and writes them: unit text to Fluent patterns and back
//! (escaping what Fluent would otherwise read as syntax), and a parsed `.ftl` file that knows
//! the exact bytes of each entry, so that entries nobody touched are written back unchanged.

use std::collections::HashMap;
use std::ops::Range;
use std::path::{Path, PathBuf};

use fluent_syntax::ast;
use fluent_syntax::parser;

use crate::error::{Position, Result};
use crate::files;

/// The Fluent pattern that reads back as `text`: `{`, `}`, a line start that Fluent would take
/// as syntax (`[`, `*`, `.`), and whitespace Fluent would trim become string literals.
pub fn text_to_pattern(text: &str) -> ast::Pattern<String> {
    let mut elements = Vec::new();
    let mut plain = String::new();
    let literal =
        |elements: &mut Vec<ast::PatternElement<String>>, plain: &mut String, value: &str| {
            if !plain.is_empty() {
                elements.push(ast::PatternElement::TextElement {
                    value: std::mem::take(plain),
                });
            }
            elements.push(ast::PatternElement::Placeable {
                expression: ast::Expression::Inline(ast::InlineExpression::StringLiteral {
                    value: escape_string_literal(value),
                }),
            });
        };
    // A multi-line pattern starts on its own indented line, where `[`, `*` and `.` are syntax.
    let multiline = text.contains('\n');
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            // fluent-syntax's serializer indents only text that starts a new element, so every
            // line break ends one, as in the ASTs its parser builds.
            plain.push('\n');
            elements.push(ast::PatternElement::TextElement {
                value: std::mem::take(&mut plain),
            });
        }
        let body = line.trim_start_matches([' ', '\t']);
        let indent = &line[..line.len() - body.len()];
        if !indent.is_empty() {
            literal(&mut elements, &mut plain, indent);
        }
        let trimmed = body.trim_end_matches([' ', '\t']);
        let trailing = &body[trimmed.len()..];
        // Every character that needs a literal is ASCII, so the text between them is copied
        // a run at a time.
        let mut run = 0;
        for (at, byte) in trimmed.bytes().enumerate() {
            let starts_line = at == 0 && (i > 0 || multiline) && matches!(byte, b'[' | b'*' | b'.');
            if byte == b'{' || byte == b'}' || starts_line {
                plain.push_str(&trimmed[run..at]);
                literal(&mut elements, &mut plain, &trimmed[at..at + 1]);
                run = at + 1;
            }
        }
        plain.push_str(&trimmed[run..]);
        if !trailing.is_empty() {
            literal(&mut elements, &mut plain, trailing);
        }
    }
    if !plain.is_empty() {
        elements.push(ast::PatternElement::TextElement { value: plain });
    }
    ast::Pattern { elements }
}

fn escape_string_literal(value: &str) -> String {
    value.replace('\\', "\\\\").replace('"', "\\\"")
}

/// The text of `pattern` if it holds only text and string or number literals; `None` when it
/// needs a runtime (variables, message or term references, selectors).
pub fn pattern_to_text<S: AsRef<str>>(pattern: &ast::Pattern<S>) -> Option<String> {
    let mut text = String::new();
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => text.push_str(value.as_ref()),
            ast::PatternElement::Placeable {
                expression: ast::Expression::Inline(inline),
            } => match inline {
                ast::InlineExpression::StringLiteral { value } => text.push_str(
                    &fluent_syntax::unicode::unescape_unicode_to_string(value.as_ref()),
                ),
                ast::InlineExpression::NumberLiteral { value } => text.push_str(value.as_ref()),
                _ => return None,
            },
            ast::PatternElement::Placeable { .. } => return None,
        }
    }
    Some(text)
}

/// What an entry of a Fluent file is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EntryKind {
    Message,
    Term,
    /// `#`, `##` or `###` comment that is not attached to a message.
    Comment {
        level: u8,
    },
    /// Text the Fluent parser could not read; kept verbatim.
    Junk,
}

/// One entry of a Fluent file and where its bytes are.
#[derive(Debug, Clone)]
pub struct Entry {
    pub kind: EntryKind,
    /// `p-soon-me` for a message, `-brand` for a term.
    pub id: Option<String>,
    /// From the first line of the entry (its attached comment, if any) up to the first line of
    /// the next entry: blank lines after an entry belong to it.
    pub span: Range<usize>,
    /// From the entry's identifier to the end of its last line, without the attached comment:
    /// what a translator edits.
    pub body: Range<usize>,
    /// The attached comment (for a message or term) or the comment itself, one string per line.
    pub comment: Option<Vec<String>>,
    /// The value's text, when it needs no runtime to read.
    pub value: Option<String>,
    /// Attributes: name and text (when it needs no runtime).
    pub attributes: Vec<(String, Option<String>)>,
    /// Whether the entry has a value at all (`img-x =` followed by attributes has none).
    pub has_value: bool,
}

/// A problem of a Fluent file: text the parser could not read, or a later definition of an ID.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub offset: usize,
    pub position: Position,
    pub message: String,
}

/// A Fluent file, parsed, with the exact text it came from.
#[derive(Debug, Clone)]
pub struct Catalog {
    pub path: PathBuf,
    pub text: String,
    /// The bytes before the first entry (blank lines).
    pub preamble: Range<usize>,
    pub entries: Vec<Entry>,
    pub problems: Vec<Problem>,
}

impl Catalog {
    /// Reads and parses the Fluent file at `path`.
    pub fn load(path: &Path) -> Result<Catalog> {
        let text = files::read_text(path)?;
        Ok(Catalog::parse(path, text))
    }

    /// Reads the file at `path` if it exists.
    pub fn load_if_exists(path: &Path) -> Result<Option<Catalog>> {
        Ok(files::read_text_if_exists(path)?.map(|text| Catalog::parse(path, text)))
    }

    /// Parses `text`, read from `path`. Never fails: unreadable parts become junk entries and
    /// problems.
    pub fn parse(path: &Path, text: String) -> Catalog {
        // fluent-syntax reads a byte order mark as junk; it belongs to the preamble instead.
        let bom = bom_len(&text);
        let (resource, errors) = match parser::parse(&text[bom..]) {
            Ok(resource) => (resource, Vec::new()),
            Err((resource, errors)) => (resource, errors),
        };
        let offset_of = |s: &str| offset_in(&text, s);
        let mut read: Vec<Read> = resource
            .body
            .iter()
            .map(|entry| Read::of(entry, &offset_of))
            .collect();
        anchor_empty_comments(&text, bom, &mut read);
        let entries = place(&text, bom, read);
        let mut problems: Vec<Problem> = errors
            .iter()
            .map(|e| {
                let offset = error_span(&text, bom, e).start;
                Problem {
                    offset,
                    position: Position::at(&text, offset),
                    message: e.kind.to_string(),
                }
            })
            .collect();
        problems.extend(duplicates(&text, &entries));
        problems.sort_by_key(|p| p.offset);
        Catalog {
            path: path.to_path_buf(),
            preamble: 0..entries.first().map_or(text.len(), |e| e.span.start),
            entries,
            problems,
            text,
        }
    }

    /// Where the Fluent text starts: past a byte order mark, which the Fluent parser would
    /// read as junk.
    pub fn content_start(&self) -> usize {
        bom_len(&self.text)
    }

    /// The message or term with `id`: its first definition, the one Fluent reads.
    pub fn get(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.id.as_deref() == Some(id))
    }

    /// The exact bytes of `range` of the text (an entry's `span` or `body`).
    pub fn slice(&self, range: &Range<usize>) -> &str {
        &self.text[range.clone()]
    }

    /// IDs of messages and terms, in file order.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().filter_map(|e| e.id.as_deref())
    }
}

/// An entry as the parser gave it, before its bytes are known: where its first line is
/// (`usize::MAX` for a comment of empty lines, which has nothing to point at) and the entry
/// with its body starting at its identifier.
struct Read {
    anchor: usize,
    entry: Entry,
}

impl Read {
    fn of(entry: &ast::Entry<&str>, offset_of: &impl Fn(&str) -> usize) -> Read {
        let plain = |kind, id: Option<String>, anchor: usize| Entry {
            kind,
            id,
            span: 0..0,
            body: anchor..0,
            comment: None,
            value: None,
            attributes: Vec::new(),
            has_value: false,
        };
        // A message or term starts at its attached comment, if any.
        let anchored = |comment: &Option<ast::Comment<&str>>, start: usize| {
            comment
                .as_ref()
                .and_then(|c| c.content.first())
                .map_or(start, |l| offset_of(l))
        };
        match entry {
            ast::Entry::Message(m) => {
                let start = offset_of(m.id.name);
                Read {
                    anchor: anchored(&m.comment, start),
                    entry: Entry {
                        comment: m.comment.as_ref().map(comment_lines),
                        value: m.value.as_ref().and_then(pattern_to_text),
                        attributes: attribute_texts(&m.attributes),
                        has_value: m.value.is_some(),
                        ..plain(EntryKind::Message, Some(m.id.name.to_string()), start)
                    },
                }
            }
            ast::Entry::Term(t) => {
                let start = offset_of(t.id.name).saturating_sub(1);
                Read {
                    anchor: anchored(&t.comment, start),
                    entry: Entry {
                        comment: t.comment.as_ref().map(comment_lines),
                        value: pattern_to_text(&t.value),
                        attributes: attribute_texts(&t.attributes),
                        has_value: true,
                        ..plain(EntryKind::Term, Some(format!("-{}", t.id.name)), start)
                    },
                }
            }
            ast::Entry::Comment(c)
            | ast::Entry::GroupComment(c)
            | ast::Entry::ResourceComment(c) => {
                let level = match entry {
                    ast::Entry::Comment(_) => 1,
                    ast::Entry::GroupComment(_) => 2,
                    _ => 3,
                };
                let anchor = c.content.first().map_or(usize::MAX, |l| offset_of(l));
                Read {
                    anchor,
                    entry: Entry {
                        comment: Some(comment_lines(c)),
                        ..plain(EntryKind::Comment { level }, None, anchor)
                    },
                }
            }
            ast::Entry::Junk { content } => {
                let start = offset_of(content);
                Read {
                    anchor: start,
                    entry: plain(EntryKind::Junk, None, start),
                }
            }
        }
    }
}

/// A comment made only of `#` lines has no content to point at; it starts where the previous
/// entry's last line ends.
fn anchor_empty_comments(text: &str, bom: usize, read: &mut [Read]) {
    let mut previous_end = bom;
    for r in read.iter_mut() {
        if r.anchor == usize::MAX {
            r.anchor = next_line_start(text, previous_end);
            r.entry.body.start = r.anchor;
        }
        previous_end = r.anchor;
    }
}

/// The entries with their bytes: each spans from the start of its first line to the start of
/// the next entry's, and its body ends with its last non-blank line.
fn place(text: &str, bom: usize, read: Vec<Read>) -> Vec<Entry> {
    let starts: Vec<usize> = read
        .iter()
        .map(|r| line_start(text, r.anchor).max(bom))
        .collect();
    read.into_iter()
        .enumerate()
        .map(|(i, Read { mut entry, .. })| {
            let end = starts.get(i + 1).copied().unwrap_or(text.len());
            entry.span = starts[i]..end;
            entry.body.start = entry.body.start.max(starts[i]);
            entry.body.end = entry.body.start + text[entry.body.start..end].trim_end().len();
            entry
        })
        .collect()
}

/// Fluent's rule for an ID defined twice (fluent.js, fluent-rs `add_resource`): the first
/// definition stands and each later one is an error, never read.
fn duplicates(text: &str, entries: &[Entry]) -> Vec<Problem> {
    let mut first: HashMap<&str, usize> = HashMap::new();
    let mut problems = Vec::new();
    for entry in entries {
        let Some(id) = entry.id.as_deref() else {
            continue;
        };
        match first.get(id) {
            Some(&offset) => problems.push(Problem {
                offset: entry.body.start,
                position: Position::at(text, entry.body.start),
                message: format!(
                    "`{id}` is defined more than once: the first definition, on line {}, stands",
                    Position::at(text, offset).line
                ),
            }),
            None => {
                first.insert(id, entry.body.start);
            }
        }
    }
    problems
}

fn comment_lines(comment: &ast::Comment<&str>) -> Vec<String> {
    comment.content.iter().map(|l| l.to_string()).collect()
}

fn attribute_texts(attributes: &[ast::Attribute<&str>]) -> Vec<(String, Option<String>)> {
    attributes
        .iter()
        .map(|a| (a.id.name.to_string(), pattern_to_text(&a.value)))
        .collect()
}

/// Where a parse error of the Fluent text that starts at `base` in `text` is: within the junk
/// it made. fluent-syntax points at the first byte it could not take, which for a brace left
/// open is the start of the next line, and that line may be a good message.
pub fn error_span(text: &str, base: usize, error: &parser::ParserError) -> Range<usize> {
    let junk = error
        .slice
        .as_ref()
        .map_or(base..text.len(), |s| base + s.start..base + s.end);
    let end = junk.start + text[junk.clone()].trim_end().len();
    if base + error.pos.start >= end {
        let last = text[..end].chars().next_back().map_or(0, char::len_utf8);
        end - last..end
    } else {
        base + error.pos.start..(base + error.pos.end).min(end)
    }
}

/// The length of the byte order mark `text` starts with, if any.
pub fn bom_len(text: &str) -> usize {
    if text.starts_with('\u{feff}') {
        '\u{feff}'.len_utf8()
    } else {
        0
    }
}

fn line_start(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())]
        .rfind('\n')
        .map_or(0, |i| i + 1)
}

fn next_line_start(text: &str, offset: usize) -> usize {
    text[offset.min(text.len())..]
        .find('\n')
        .map_or(text.len(), |i| offset + i + 1)
}

/// What follows `id =` in `entry`, the text of a message or term that starts with its ID: the
/// pattern source a translator edits (`id = Text` gives `Text`; a value that starts on the
/// next line, or attributes, keep the line break before them). Line ends become `\n`.
pub fn pattern_source(entry: &str, id: &str) -> String {
    let rest = entry.strip_prefix(id).unwrap_or(entry);
    let rest = rest.trim_start_matches([' ', '\t']);
    let rest = rest.strip_prefix('=').unwrap_or(rest);
    rest.trim_start_matches([' ', '\t'])
        .trim_end()
        .replace("\r\n", "\n")
}

/// The pattern source (what follows `id =`, see [`pattern_source`]) that reads back as the
/// plain `text`.
pub fn text_to_pattern_source(text: &str) -> String {
    let entry = serialize(&ast::Resource {
        body: vec![message("x", Some(text), &[], None)],
    });
    pattern_source(&entry, "x")
}

/// Serializes `resource` the way every fluentpress file is written.
pub fn serialize(resource: &ast::Resource<String>) -> String {
    fluent_syntax::serializer::serialize(resource)
}

/// A message with a value and attributes, all given as text, and an optional comment.
pub fn message(
    id: &str,
    value: Option<&str>,
    attributes: &[(&str, &str)],
    comment: Option<Vec<String>>,
) -> ast::Entry<String> {
    ast::Entry::Message(ast::Message {
        id: ast::Identifier {
            name: id.to_string(),
        },
        value: value.map(text_to_pattern),
        attributes: attributes
            .iter()
            .map(|(name, text)| ast::Attribute {
                id: ast::Identifier {
                    name: name.to_string(),
                },
                value: text_to_pattern(text),
            })
            .collect(),
        comment: comment.map(|content| ast::Comment { content }),
    })
}

/// The byte offset of `slice`, a part of `text` handed out by the parser, in `text`.
pub(crate) fn offset_in(text: &str, slice: &str) -> usize {
    (slice.as_ptr() as usize)
        .saturating_sub(text.as_ptr() as usize)
        .min(text.len())
}

// The comments fluentpress writes in locale files: placeholders (the English of a missing
// message, commented out, with suggestions), the English beside a stale translation and the
// English it was made from. Every reader tells them from a translator's own notes the same way.

/// The ID of the message or term that a comment's lines spell out in full, if any: a
/// placeholder sync wrote, or the English beside a translation.
pub(crate) fn commented_id(lines: &[String]) -> Option<String> {
    let english: Vec<&str> = lines
        .iter()
        .map(String::as_str)
        .filter(|l| !l.starts_with(SUGGESTION_PREFIX))
        .collect();
    if english.is_empty() {
        return None;
    }
    let text = format!("{}\n", english.join("\n"));
    let resource = fluent_syntax::parser::parse(text.as_str()).ok()?;
    match resource.body.as_slice() {
        [ast::Entry::Message(m)] if m.comment.is_none() => Some(m.id.name.to_string()),
        [ast::Entry::Term(t)] if t.comment.is_none() => Some(format!("-{}", t.id.name)),
        _ => None,
    }
}

/// The start of each comment line that shows the previous English beside a stale translation
/// (as `msgmerge --previous` writes `#| msgid`): `# previous: a = Old text`, one per line of it.
pub const PREVIOUS_PREFIX: &str = "previous: ";

/// The start of each comment line of a placeholder that offers the translation of a similar
/// unit (`sync --suggest`): `# suggestion: 87% like stories/a.ftl#p-id: 번역`.
pub const SUGGESTION_PREFIX: &str = "suggestion: ";

/// The lines of `comment` that sync wrote as suggestions.
pub(crate) fn suggestion_lines(comment: &[String]) -> Vec<String> {
    comment
        .iter()
        .filter(|l| l.starts_with(SUGGESTION_PREFIX))
        .cloned()
        .collect()
}

/// The translator's own lines of the comment attached to a translation: without the English
/// sync writes beside it, and without the previous English.
pub fn translator_notes(comment: &[String]) -> Vec<String> {
    let english = (0..comment.len())
        .find(|&i| commented_id(&comment[i..]).is_some())
        .unwrap_or(comment.len());
    comment[..english]
        .iter()
        .filter(|l| !l.starts_with(PREVIOUS_PREFIX) && !l.starts_with(SUGGESTION_PREFIX))
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn round_trip(text: &str) -> String {
        let resource = ast::Resource {
            body: vec![message("m", Some(text), &[], None)],
        };
        let serialized = serialize(&resource);
        let catalog = Catalog::parse(Path::new("t.ftl"), serialized.clone());
        assert!(
            catalog.problems.is_empty(),
            "{serialized:?}: {:?}",
            catalog.problems
        );
        catalog
            .get("m")
            .and_then(|e| e.value.clone())
            .unwrap_or_else(|| panic!("no value in {serialized:?}"))
    }

    #[test]
    fn fluent_syntax_characters_round_trip() {
        for text in [
            "[link](/x) first",
            "{ $var }",
            "a\n[b]\n*c\n.d",
            "  lead",
            "trail  ",
            "hard  \nbreak",
            "\"q\" \\",
            "a\n\nb",
            "x\n    indented",
        ] {
            assert_eq!(round_trip(text), text);
        }
    }

    proptest! {
        #[test]
        fn any_text_round_trips(text in "[ a-z\\n{}\\[\\]*.\"\\\\#=\\-한]{1,40}") {
            // Texts of units never start or end with a line break.
            let text = text.trim_matches('\n');
            prop_assume!(!text.is_empty());
            prop_assume!(!text.contains("\n\n\n"));
            prop_assert_eq!(round_trip(text), text);
        }
    }

    #[test]
    fn entries_know_their_bytes() {
        let text = "# comment\n\n## Group\n\n# attached\nhello = Hello\n    world\n\n-brand = B\n\nbad\n\nimg =\n    .alt = A\n";
        let catalog = Catalog::parse(Path::new("t.ftl"), text.to_string());
        let kinds: Vec<_> = catalog
            .entries
            .iter()
            .map(|e| (e.kind.clone(), e.id.clone()))
            .collect();
        assert_eq!(
            kinds,
            vec![
                (EntryKind::Comment { level: 1 }, None),
                (EntryKind::Comment { level: 2 }, None),
                (EntryKind::Message, Some("hello".into())),
                (EntryKind::Term, Some("-brand".into())),
                (EntryKind::Junk, None),
                (EntryKind::Message, Some("img".into())),
            ]
        );
        let hello = catalog.get("hello").unwrap();
        assert_eq!(
            catalog.slice(&hello.span),
            "# attached\nhello = Hello\n    world\n\n"
        );
        assert_eq!(catalog.slice(&hello.body), "hello = Hello\n    world");
        assert_eq!(hello.value.as_deref(), Some("Hello\nworld"));
        assert_eq!(catalog.slice(&catalog.entries[4].span), "bad\n\n");
        assert_eq!(catalog.problems.len(), 1);
        assert_eq!(catalog.problems[0].position.line, 11);
        let img = catalog.get("img").unwrap();
        assert!(!img.has_value);
        assert_eq!(
            img.attributes,
            vec![("alt".to_string(), Some("A".to_string()))]
        );
        // The spans cover the whole file, in order.
        let joined: String = catalog
            .entries
            .iter()
            .map(|e| catalog.slice(&e.span))
            .collect();
        assert_eq!(
            format!("{}{joined}", catalog.slice(&catalog.preamble)),
            text
        );
    }
}
