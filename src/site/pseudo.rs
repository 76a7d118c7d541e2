//! The pseudo-locale `en-XA`: the source with its prose accented and lengthened, so that text the
//! translation pipeline misses (a word written into a template, say) stands out at a glance and
//! layouts meet longer text. Only prose changes: URLs, code, HTML, Markdown syntax and Fluent
//! placeables stay as they are.

use std::borrow::Cow;

use pulldown_cmark::{Event, LinkType, Parser, Tag, TagEnd};

use crate::markdown::markdown_options;

/// The tag of the pseudo-locale.
pub const LOCALE: &str = "en-XA";

/// `text`, all of it prose, accented and lengthened. Fluent calls it on the text elements of
/// patterns only, never on placeables.
pub fn accent(text: &str) -> Cow<'_, str> {
    fluent_pseudo::transform(text, false, true)
}

/// The Markdown `markdown` with only its prose accented: the text of paragraphs, emphasis,
/// link labels and image descriptions, but not code, HTML, destinations, escapes or entities.
pub fn prose(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len() * 5 / 4);
    let mut cursor = 0;
    // Whether each open link shows its own URL (an autolink), and how many code or metadata
    // blocks are open: their text is not prose.
    let mut links: Vec<bool> = Vec::new();
    let mut verbatim = 0usize;
    for (event, range) in Parser::new_ext(markdown, markdown_options()).into_offset_iter() {
        match &event {
            Event::Start(Tag::Link { link_type, .. }) => {
                links.push(matches!(link_type, LinkType::Autolink | LinkType::Email));
            }
            Event::End(TagEnd::Link) => {
                links.pop();
            }
            Event::Start(Tag::CodeBlock(_) | Tag::MetadataBlock(_)) => verbatim += 1,
            Event::End(TagEnd::CodeBlock | TagEnd::MetadataBlock(_)) => verbatim -= 1,
            Event::Text(text)
                if verbatim == 0
                    && !links.contains(&true)
                    && range.start >= cursor
                    // Escapes and entities read differently from their source; leave them be.
                    && markdown[range.clone()] == **text =>
            {
                out.push_str(&markdown[cursor..range.start]);
                out.push_str(&accent(text));
                cursor = range.end;
            }
            _ => {}
        }
    }
    out.push_str(&markdown[cursor..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_prose_changes() {
        let source = "Read [the guide](/guide.pdf \"title\") or `code`, <b>bold</b> \\*x\\* &amp; <https://example.com> *now*";
        let pseudo = prose(source);
        for kept in [
            "](/guide.pdf \"title\")",
            "`code`",
            "<b>",
            "</b>",
            "\\*",
            "&amp;",
            "<https://example.com>",
        ] {
            assert!(pseudo.contains(kept), "{kept} lost in {pseudo}");
        }
        assert!(!pseudo.contains("Read"), "{pseudo}");
        assert!(!pseudo.contains("the guide"), "{pseudo}");
        assert!(!pseudo.contains("now"), "{pseudo}");
    }

    #[test]
    fn prose_is_longer_and_accented() {
        let pseudo = prose("Hello world");
        assert!(pseudo.chars().count() > "Hello world".len());
        assert!(!pseudo.is_ascii());
    }
}
