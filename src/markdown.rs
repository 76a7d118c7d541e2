//! The Markdown dialect fluentpress reads: pulldown-cmark's options, and what a piece of text is
//! in it (plain text, one paragraph, a link label's key). Below [`crate::segment`],
//! [`crate::render`] and [`crate::check`], which all read Markdown the same way through it.

use pulldown_cmark::{Event, Options, Parser, Tag};

/// The Markdown dialect of every document: the one the fidelity contract names.
pub fn markdown_options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS
}

/// Whether `text` is a paragraph of text alone, as most prose is: one line that starts with a
/// letter, ends with no whitespace for the paragraph to trim, and has no character that Markdown
/// gives a meaning inside a line (nor one the parser replaces). Such text is its paragraph's only
/// event, and what a reader sees, without a parse.
pub(crate) fn is_plain(text: &str) -> bool {
    // Every character that counts is ASCII, so no byte of another one can pass for it.
    let special = |b: u8| {
        matches!(
            b,
            b'\n'
                | b'\r'
                | b'\0'
                | b'\\'
                | b'`'
                | b'*'
                | b'_'
                | b'['
                | b']'
                | b'<'
                | b'>'
                | b'!'
                | b'&'
                | b'~'
                | b'|'
                | b'^'
                | b'$'
        )
    };
    text.starts_with(char::is_alphabetic)
        && !text.ends_with(char::is_whitespace)
        && !text.bytes().any(special)
}

/// Whether `text` parses as one paragraph and nothing else. Most translations open no block on
/// any line, which spares them a parse.
pub(crate) fn is_one_paragraph(text: &str) -> bool {
    opens_no_block(text) || parses_as_one_paragraph(text)
}

/// Whether no line of `text` can open a block or end the paragraph, as its first character
/// tells: a letter or any other character outside ASCII, or ASCII punctuation that opens nothing
/// at the start of a line (a code span's backtick but not a fence's; a link's bracket after the
/// first line, where no link reference definition can start, but not a footnote's). A lone
/// `\r` ends a line too.
fn opens_no_block(text: &str) -> bool {
    // Line ends found by memchr: splitting at chars costs more than the check itself.
    let ends = memchr::memchr2_iter(b'\n', b'\r', text.as_bytes()).chain([text.len()]);
    let mut start = 0;
    let lines = ends.map(|end| {
        let line = &text[start..end];
        start = end + 1;
        line
    });
    lines.enumerate().all(|(index, line)| {
        let Some(first) = line.chars().next() else {
            return false;
        };
        match first {
            c if c.is_alphabetic() || !c.is_ascii() => true,
            '(' | ')' | '"' | '\'' | '!' | '&' | ',' | '.' | ';' | '?' | '/' | '@' | '%' => true,
            '`' => !line.starts_with("```"),
            '[' if line.starts_with("[^") => false,
            '[' => index > 0 || !may_define_link(text),
            // Emphasis, not a list item (a space follows its marker) nor a thematic break (the
            // line holds nothing else).
            '*' | '_' => {
                !line[1..].starts_with(|c: char| c.is_ascii_whitespace())
                    && line.contains(|c: char| !matches!(c, '*' | '_' | ' ' | '\t'))
            }
            _ => false,
        }
    })
}

/// Whether `text`, which starts with `[`, may start with a link reference definition: its
/// label's `]` (the first, unless a backslash may escape it) is followed by `:`.
fn may_define_link(text: &str) -> bool {
    match text.find([']', '\\']) {
        Some(at) if text.as_bytes()[at] == b']' => text[at + 1..].starts_with(':'),
        _ => true,
    }
}

fn parses_as_one_paragraph(text: &str) -> bool {
    let mut depth = 0usize;
    let mut paragraphs = 0;
    let mut parser = Parser::new_ext(text, markdown_options());
    for event in parser.by_ref() {
        match event {
            Event::Start(Tag::Paragraph) if depth == 0 => {
                paragraphs += 1;
                depth += 1;
            }
            Event::Start(_) if depth == 0 => return false,
            Event::Start(_) => depth += 1,
            Event::End(_) => depth -= 1,
            _ if depth == 0 => return false,
            _ => {}
        }
    }
    // A link reference definition gives no event, but would define a link for the whole document.
    paragraphs == 1 && parser.reference_definitions().iter().next().is_none()
}

/// Link labels match case-insensitively with runs of whitespace collapsed (CommonMark).
pub(crate) fn link_label_key(label: &str) -> String {
    label
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The shortcuts agree with the parser they spare.
        #[test]
        fn plain_text_is_one_text_event_in_one_paragraph(
            text in "[a-z한文1 .,;:!?#|(){}\\[\\]*_`'\"/@%<>&~^$\\\\\t\r\0\n=+-]{0,24}"
        ) {
            let events: Vec<Event> = Parser::new_ext(&text, markdown_options()).collect();
            if is_plain(&text) {
                prop_assert_eq!(
                    &events,
                    &vec![
                        Event::Start(Tag::Paragraph),
                        Event::Text(text.as_str().into()),
                        Event::End(pulldown_cmark::TagEnd::Paragraph),
                    ]
                );
            }
            if opens_no_block(&text) {
                prop_assert!(parses_as_one_paragraph(&text));
            }
            if is_one_paragraph(&text) {
                prop_assert!(matches!(events.first(), Some(Event::Start(Tag::Paragraph))));
                prop_assert!(matches!(events.last(), Some(Event::End(pulldown_cmark::TagEnd::Paragraph))));
                let paragraphs = events.iter().filter(|e| matches!(e, Event::Start(Tag::Paragraph))).count();
                prop_assert_eq!(paragraphs, 1);
            }
        }
    }

    #[test]
    fn line_starts_that_open_nothing_spare_the_parse() {
        let spared = [
            "word\n`code` word",
            "word\n[link](x) word",
            "word\n[a]: /url",
            "(a)\n\"b\"\n'c'\n!d",
            "한국\n“인용”",
            "[link](/x) word\n*stress* and _more_",
            "**bold**\n__bold__",
        ];
        for text in spared {
            assert!(opens_no_block(text), "{text:?}");
            assert!(parses_as_one_paragraph(text), "{text:?}");
        }
        let parsed = [
            "[a]: /url",
            "word\n```\ncode",
            "word\n[^1]: note",
            "word\n- item",
            "word\n1. item",
            "word\n<div>",
            "word\n\nword",
            "[a]:\n/url",
            "[a\\]]: /url",
            "word\n* item",
            "word\n***",
            "word\n_ _ _",
        ];
        for text in parsed {
            assert!(!opens_no_block(text), "{text:?}");
        }
    }

    #[test]
    fn labels_fold_case_and_whitespace() {
        assert_eq!(link_label_key("The  Guide\nto X"), "the guide to x");
    }
}
