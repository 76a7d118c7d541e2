//! Migration from gettext Markdown books (mdbook-i18n-helpers, po4a): each unit takes the
//! translation of the PO entry whose `msgid` is the same Markdown, whatever its context or order,
//! once both are brought to one form (line wrapping, whitespace, list and emphasis markers).

use std::collections::HashMap;
use std::path::Path;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use crate::error::Result;

/// One entry of a gettext book.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BookEntry {
    pub source: String,
    pub translation: String,
    pub fuzzy: bool,
    /// For a fuzzy entry, the source its translation was made from (`#| msgid`), if given.
    pub previous: Option<String>,
    /// Where the entry starts in the PO file.
    pub line: usize,
}

/// Why an entry gave its translation to no unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Unused {
    /// Its `msgstr` is empty.
    Untranslated,
    /// Code or HTML, which fluentpress keeps out of its messages.
    NotProse,
    /// Another entry with the same source (after normalisation) gave the translation.
    Duplicate,
    /// No unit has this source (the book changed since, or the tools cut it differently).
    NoUnit,
}

impl Unused {
    pub fn describe(self) -> &'static str {
        match self {
            Unused::Untranslated => "untranslated in the PO file",
            Unused::NotProse => "code or HTML, not a fluentpress message",
            Unused::Duplicate => "same source as an entry used before it",
            Unused::NoUnit => "no unit has this source",
        }
    }
}

/// Which entry each unit takes, and why the others are unused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Matching {
    /// For each unit (by index), the index of its entry.
    pub units: Vec<Option<usize>>,
    /// For each entry (by index) that no unit took, why.
    pub unused: Vec<(usize, Unused)>,
}

/// The language (the header's `Language`) and entries of the gettext book `text`, read from
/// `path` (the header and obsolete entries left out).
pub fn read_book(path: &Path, text: &str) -> Result<(Option<String>, Vec<BookEntry>)> {
    let file = super::po::parse(path, text)?;
    let language = file
        .metadata
        .get("Language")
        .filter(|l| !l.is_empty())
        .cloned();
    let entries = file
        .entries
        .iter()
        .filter(|e| !e.obsolete && !e.msgid.is_empty())
        .map(|e| BookEntry {
            source: e.msgid.clone(),
            translation: e.msgstr.clone().unwrap_or_default(),
            fuzzy: e.fuzzy(),
            previous: e.previous_msgid.clone().filter(|_| e.fuzzy()),
            line: e.linenum,
        })
        .collect();
    Ok((language, entries))
}

/// Matches the Markdown `sources` of units with the book's `entries`. Where several entries
/// share a source, the first translated one that is not fuzzy wins, else the first translated.
pub fn match_units(sources: &[&str], entries: &[BookEntry]) -> Matching {
    let mut best: HashMap<String, usize> = HashMap::new();
    let mut unused = Vec::new();
    for (i, entry) in entries.iter().enumerate() {
        let key = normalise(&entry.source);
        if entry.translation.is_empty() {
            unused.push((i, Unused::Untranslated));
        } else if !key.prose {
            unused.push((i, Unused::NotProse));
        } else {
            match best.get(&key.text) {
                // A translated entry replaces a fuzzy one, never the other way round.
                Some(&b) if !entries[b].fuzzy || entry.fuzzy => {
                    unused.push((i, Unused::Duplicate));
                }
                previous => {
                    if let Some(&b) = previous {
                        unused.push((b, Unused::Duplicate));
                    }
                    best.insert(key.text, i);
                }
            }
        }
    }
    let units: Vec<Option<usize>> = sources
        .iter()
        .map(|s| best.get(&normalise(s).text).copied())
        .collect();
    let mut taken = vec![false; entries.len()];
    for &e in units.iter().flatten() {
        taken[e] = true;
    }
    unused.extend(
        best.values()
            .filter(|&&e| !taken[e])
            .map(|&e| (e, Unused::NoUnit)),
    );
    unused.sort();
    Matching { units, unused }
}

/// A Markdown text brought to the form both tools agree on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Key {
    pub text: String,
    /// Whether any of it is prose (not only code blocks and HTML).
    pub prose: bool,
}

/// The link reference definitions of the document `markdown`, as lines to put after a unit's
/// text so that its reference links (`[text][1]`) read as the inline links gettext books hold.
pub fn reference_definitions(markdown: &str) -> String {
    let parser = Parser::new_ext(markdown, options());
    let mut lines: Vec<String> = parser
        .reference_definitions()
        .iter()
        .map(|(label, definition)| format!("[{label}]: <{}>", definition.dest))
        .collect();
    // In a stable order, so that the same document always gives the same text.
    lines.sort();
    lines.join("\n")
}

fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
}

/// `markdown` as words and inline markup only: block markers (list items, headings, quotes)
/// dropped, emphasis written one way, line breaks and runs of spaces as one space.
pub fn normalise(markdown: &str) -> Key {
    let mut out = String::new();
    let mut prose = false;
    let mut in_block_code = false;
    let mut targets: Vec<String> = Vec::new();
    for event in Parser::new_ext(markdown, options()) {
        match event {
            Event::Text(t) => {
                prose |= !in_block_code;
                out.push_str(&t);
            }
            Event::Code(c) => {
                prose = true;
                out.push('`');
                out.push_str(&c);
                out.push('`');
            }
            Event::Html(h) | Event::InlineHtml(h) => out.push_str(&h),
            Event::SoftBreak | Event::HardBreak | Event::Rule => out.push(' '),
            Event::FootnoteReference(label) => {
                out.push_str("[^");
                out.push_str(&label);
                out.push(']');
            }
            Event::TaskListMarker(done) => out.push_str(if done { "[x] " } else { "[ ] " }),
            Event::Start(tag) => match tag {
                Tag::Emphasis => out.push('_'),
                Tag::Strong => out.push_str("**"),
                Tag::Strikethrough => out.push_str("~~"),
                Tag::Link { dest_url, .. } => {
                    out.push('[');
                    targets.push(dest_url.to_string());
                }
                Tag::Image { dest_url, .. } => {
                    out.push_str("![");
                    targets.push(dest_url.to_string());
                }
                Tag::CodeBlock(_) => {
                    in_block_code = true;
                    out.push(' ');
                }
                _ => out.push(' '),
            },
            Event::End(tag) => match tag {
                TagEnd::Emphasis => out.push('_'),
                TagEnd::Strong => out.push_str("**"),
                TagEnd::Strikethrough => out.push_str("~~"),
                TagEnd::Link | TagEnd::Image => {
                    out.push_str("](");
                    out.push_str(&targets.pop().unwrap_or_default());
                    out.push(')');
                }
                TagEnd::CodeBlock => {
                    in_block_code = false;
                    out.push(' ');
                }
                _ => out.push(' '),
            },
            _ => {}
        }
    }
    Key {
        text: out.split_whitespace().collect::<Vec<_>>().join(" "),
        prose,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalisation_sees_through_how_tools_cut_markdown() {
        let same = [
            (
                "A *b* and __c__\nwrapped  line",
                "A _b_ and **c** wrapped line",
            ),
            ("- item with `code`", "item with `code`"),
            ("## Heading", "Heading"),
            ("1. First [link](http://x)", "First [link](http://x)"),
            ("> quoted", "quoted"),
        ];
        for (a, b) in same {
            assert_eq!(normalise(a), normalise(b), "{a:?} vs {b:?}");
        }
        assert_ne!(normalise("a *b*").text, normalise("a b").text);
        assert_ne!(normalise("[a](x)").text, normalise("[a](y)").text);
        assert!(!normalise("```rust\nfn main() {}\n```").prose);
        assert!(!normalise("<details>").prose);
        let document = "Some [link][1] and [another][b].\n\n[1]: https://x.org/a\n[B]: /b \"t\"\n";
        let unit = format!(
            "The [`spin`][1] crate\n\n{}",
            reference_definitions(document)
        );
        assert_eq!(
            normalise(&unit),
            normalise("The [`spin`](https://x.org/a) crate")
        );
    }

    fn entry(source: &str, translation: &str, fuzzy: bool) -> BookEntry {
        BookEntry {
            source: source.into(),
            translation: translation.into(),
            fuzzy,
            previous: None,
            line: 0,
        }
    }

    #[test]
    fn units_take_the_best_entry_and_the_rest_say_why() {
        let entries = [
            entry("Hello *world*", "old", true),
            entry("Hello _world_", "안녕 세계", false),
            entry("Untranslated", "", false),
            entry("```\ncode\n```", "코드", false),
            entry("Gone from the book", "사라짐", false),
        ];
        let matching = match_units(&["Hello *world*", "Other"], &entries);
        assert_eq!(matching.units, vec![Some(1), None]);
        assert_eq!(
            matching.unused,
            vec![
                (0, Unused::Duplicate),
                (2, Unused::Untranslated),
                (3, Unused::NotProse),
                (4, Unused::NoUnit),
            ]
        );
    }
}
