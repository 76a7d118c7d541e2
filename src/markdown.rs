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
    text.starts_with(char::is_alphabetic)
        && !text.ends_with(char::is_whitespace)
        && !text.contains([
            '\n', '\r', '\0', '\\', '`', '*', '_', '[', ']', '<', '>', '!', '&', '~', '|', '^', '$',
        ])
}

/// Whether `text` parses as one paragraph and nothing else. Lines that start with a letter
/// cannot open a block, which spares most translations a parse (a lone `\r` ends a line too).
pub(crate) fn is_one_paragraph(text: &str) -> bool {
    if text
        .split(['\n', '\r'])
        .all(|line| line.chars().next().is_some_and(char::is_alphabetic))
    {
        return true;
    }
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
            text in "[a-z한文1 .,!?#|(){}\\[\\]*_`<>&~^$\\\\\t\r\0\n=+-]{0,24}"
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
            if is_one_paragraph(&text) {
                prop_assert!(matches!(events.first(), Some(Event::Start(Tag::Paragraph))));
                prop_assert!(matches!(events.last(), Some(Event::End(pulldown_cmark::TagEnd::Paragraph))));
                let paragraphs = events.iter().filter(|e| matches!(e, Event::Start(Tag::Paragraph))).count();
                prop_assert_eq!(paragraphs, 1);
            }
        }
    }

    #[test]
    fn labels_fold_case_and_whitespace() {
        assert_eq!(link_label_key("The  Guide\nto X"), "the guide to x");
    }
}
