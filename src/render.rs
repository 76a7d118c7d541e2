//! Reassembling a document in a locale: as Markdown (the source with each unit's bytes replaced
//! by its translation) or as an HTML fragment (the source's event stream with each unit's inline
//! events replaced by those of its translation). Either way a translation can only change its
//! own unit: text that would open a block (a list, a heading, a code block) is escaped.

use std::borrow::Cow;

use pulldown_cmark::{BrokenLink, CowStr, Event, Parser, Tag, TagEnd};

use crate::segment::{link_label_key, markdown_options, Segmented, Unit, UnitKind};

/// How one unit appears in a rendered locale.
#[derive(Debug, Clone, Copy, Default)]
pub struct Choice<'t> {
    /// The translation (Markdown source), or `None` to show the source text.
    pub text: Option<&'t str>,
    /// For an image, the translated title.
    pub title: Option<&'t str>,
    /// Trusted HTML put around the unit's content (markers for fallback or stale text).
    pub wrap: Option<(&'t str, &'t str)>,
}

/// Cleans the HTML of a translated unit that holds raw HTML, links or images.
pub type Sanitizer<'s> = &'s (dyn Fn(&str) -> String + Sync);

/// Renders the body of the document as HTML, with `choices[i]` deciding unit `i`.
/// Front matter is not part of the body.
pub fn html_fragment(
    segmented: &Segmented<'_>,
    choices: &[Choice<'_>],
    sanitize: Option<Sanitizer<'_>>,
) -> String {
    let mut html = String::with_capacity(segmented.document.source.len() * 3 / 2);
    let texts: Vec<Option<Cow<str>>> = segmented
        .units
        .iter()
        .zip(choices)
        .map(|(unit, choice)| {
            changed_text(unit, choice).map(|t| with_footnote_stubs(segmented, unit.kind, t))
        })
        .collect();
    let mut events: Vec<Event> = Vec::with_capacity(segmented.events.len() + 16);
    let mut next = 0;
    for (index, slot) in segmented.slots.iter().enumerate() {
        let Some(slot) = slot else { continue };
        let choice = choices.get(index).copied().unwrap_or_default();
        let (wrap_start, wrap_end) = match slot.image {
            Some(image) => (image, slot.inline.end + 1),
            None => (slot.inline.start, slot.inline.end),
        };
        events.extend_from_slice(&segmented.events[next..wrap_start]);
        if let Some((open, _)) = choice.wrap {
            events.push(Event::InlineHtml(CowStr::Borrowed(open)));
        }
        if let Some(image) = slot.image {
            events.push(retitled(&segmented.events[image], choice.title));
            events.extend_from_slice(&segmented.events[image + 1..slot.inline.start]);
        }
        match &texts[index] {
            Some(text) => {
                let translated = inline_events(segmented, text);
                match sanitize.filter(|_| needs_sanitizing(&translated)) {
                    Some(sanitize) => {
                        let mut unit_html = String::new();
                        pulldown_cmark::html::push_html(&mut unit_html, translated.into_iter());
                        events.push(Event::InlineHtml(sanitize(&unit_html).into()));
                    }
                    None => events.extend(translated),
                }
            }
            None => events.extend_from_slice(&segmented.events[slot.inline.clone()]),
        }
        events.extend_from_slice(&segmented.events[slot.inline.end..wrap_end]);
        if let Some((_, close)) = choice.wrap {
            events.push(Event::InlineHtml(CowStr::Borrowed(close)));
        }
        next = wrap_end;
    }
    events.extend_from_slice(&segmented.events[next..]);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    html
}

/// Renders the whole document, front matter included, as Markdown.
pub fn markdown(segmented: &Segmented<'_>, choices: &[Choice<'_>]) -> String {
    let source = segmented.document.source.as_str();
    let mut out = String::with_capacity(source.len() + source.len() / 4);
    let mut cursor = 0;
    let mut replace = |range: std::ops::Range<usize>, with: &str, out: &mut String| {
        out.push_str(&source[cursor..range.start]);
        out.push_str(with);
        cursor = range.end;
    };
    for (unit, choice) in segmented.units.iter().zip(choices) {
        if let Some(text) = changed_text(unit, choice) {
            let replacement = match unit.kind {
                UnitKind::Title | UnitKind::Summary => {
                    toml::Value::String(text.to_string()).to_string()
                }
                _ => with_continuations(&safe_inline(unit.kind, text), &unit.continuation),
            };
            replace(unit.range.clone(), &replacement, &mut out);
        }
        if let (Some(title), Some(range)) = (choice.title, &unit.title_range) {
            if unit.title.as_deref() != Some(title) {
                replace(range.clone(), &quoted_title(title), &mut out);
            }
        }
    }
    out.push_str(&source[cursor..]);
    out
}

/// The translation of `unit`, unless it is absent or the same as the source.
fn changed_text<'t>(unit: &Unit, choice: &Choice<'t>) -> Option<&'t str> {
    choice.text.filter(|t| *t != unit.text)
}

/// The events of a translated unit's inline content. `text` is already safe: it parses as one
/// paragraph (followed only by footnote stubs), whose content is taken.
fn inline_events<'x>(segmented: &'x Segmented<'_>, text: &'x str) -> Vec<Event<'x>> {
    let refdefs = &segmented.refdefs;
    let resolve = |link: BrokenLink<'x>| {
        refdefs
            .get(&link_label_key(&link.reference))
            .map(|(dest, title)| {
                (
                    CowStr::Borrowed(dest.as_str()),
                    CowStr::Borrowed(title.as_str()),
                )
            })
    };
    let mut parser = Parser::new_with_broken_link_callback(text, markdown_options(), Some(resolve));
    if !matches!(parser.next(), Some(Event::Start(Tag::Paragraph))) {
        return Vec::new();
    }
    let mut events = Vec::new();
    for event in parser {
        if event == Event::End(TagEnd::Paragraph) {
            break;
        }
        events.push(event);
    }
    events
}

/// Appends a stub definition for each footnote of the document, so that `[^note]` in a
/// translation refers to it as it does in the source.
fn with_footnote_stubs<'t>(
    segmented: &Segmented<'_>,
    kind: UnitKind,
    text: &'t str,
) -> Cow<'t, str> {
    let safe = safe_inline(kind, text);
    if segmented.footnotes.is_empty() || !safe.contains("[^") {
        return safe;
    }
    let mut stubbed = safe.into_owned();
    stubbed.push('\n');
    for label in &segmented.footnotes {
        stubbed.push_str(&format!("\n[^{label}]: .\n"));
    }
    Cow::Owned(stubbed)
}

fn needs_sanitizing(events: &[Event]) -> bool {
    events.iter().any(|e| {
        matches!(
            e,
            Event::InlineHtml(_)
                | Event::Html(_)
                | Event::Start(Tag::Link { .. } | Tag::Image { .. })
        )
    })
}

/// The `Start(Image)` event `event` with its title replaced.
fn retitled<'x>(event: &Event<'x>, title: Option<&'x str>) -> Event<'x> {
    match (event, title) {
        (
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                id,
                ..
            }),
            Some(title),
        ) => Event::Start(Tag::Image {
            link_type: *link_type,
            dest_url: dest_url.clone(),
            title: CowStr::Borrowed(title),
            id: id.clone(),
        }),
        _ => event.clone(),
    }
}

/// `text` made safe to stand in a unit of `kind`: it parses as exactly one paragraph, so it can
/// never open a list, heading, code block, table or HTML block. Well-formed text comes back
/// unchanged; otherwise line starts are escaped, and as a last resort all punctuation.
pub fn safe_inline(kind: UnitKind, text: &str) -> Cow<'_, str> {
    let text = normalize(kind, text);
    if text.is_empty() || is_one_paragraph(&text) {
        return text;
    }
    let escaped = escape_line_starts(&text);
    if is_one_paragraph(&escaped) {
        return Cow::Owned(escaped);
    }
    Cow::Owned(escape_punctuation(&text))
}

/// Removes what a unit cannot hold: blank lines, indentation, trailing whitespace; and for a
/// heading or table cell, line breaks (and unescaped `|` in a cell).
fn normalize(kind: UnitKind, text: &str) -> Cow<'_, str> {
    let single_line = matches!(kind, UnitKind::Heading | UnitKind::Cell);
    let needs_work = text.contains('\n')
        || text.starts_with([' ', '\t'])
        || text.ends_with([' ', '\t'])
        || (kind == UnitKind::Cell && has_unescaped_pipe(text));
    if !needs_work {
        return Cow::Borrowed(text);
    }
    let separator = if single_line { " " } else { "\n" };
    let lines: Vec<&str> = text
        .lines()
        .map(|l| l.trim_start_matches([' ', '\t']))
        .filter(|l| !l.trim().is_empty())
        .collect();
    let mut joined = lines.join(separator);
    joined.truncate(joined.trim_end_matches([' ', '\t']).len());
    if kind == UnitKind::Cell && has_unescaped_pipe(&joined) {
        joined = escape_pipes(&joined);
    }
    Cow::Owned(joined)
}

fn has_unescaped_pipe(text: &str) -> bool {
    text.match_indices('|')
        .any(|(i, _)| !text[..i].ends_with('\\'))
}

fn escape_pipes(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 4);
    let mut previous = '\0';
    for c in text.chars() {
        if c == '|' && previous != '\\' {
            out.push('\\');
        }
        out.push(c);
        previous = c;
    }
    out
}

/// Whether `text` parses as one paragraph and nothing else. Single lines that start with a
/// letter cannot open a block, which spares most translations a parse.
fn is_one_paragraph(text: &str) -> bool {
    if !text.contains('\n') && text.chars().next().is_some_and(char::is_alphabetic) {
        return true;
    }
    let mut depth = 0usize;
    let mut paragraphs = 0;
    for event in Parser::new_ext(text, markdown_options()) {
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
    paragraphs == 1
}

/// Backslash-escapes the first character of every line when it could start a block.
fn escape_line_starts(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        if digits > 0 && line[digits..].starts_with(['.', ')']) {
            out.push_str(&line[..digits]);
            out.push('\\');
            out.push_str(&line[digits..]);
        } else if line.starts_with(|c: char| c.is_ascii_punctuation()) {
            out.push('\\');
            out.push_str(line);
        } else {
            out.push_str(line);
        }
    }
    out
}

/// Backslash-escapes every ASCII punctuation character: the text then means only itself.
fn escape_punctuation(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    for c in text.chars() {
        if c.is_ascii_punctuation() {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Puts `prefix` before every line but the first.
fn with_continuations(text: &str, prefix: &str) -> String {
    if prefix.is_empty() || !text.contains('\n') {
        return text.to_string();
    }
    text.replace('\n', &format!("\n{prefix}"))
}

/// A Markdown link title literal for `title`.
fn quoted_title(title: &str) -> String {
    format!("\"{}\"", title.replace('\\', "\\\\").replace('"', "\\\""))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;
    use std::path::Path;

    fn document(markdown: &str) -> Document {
        Document::parse(Path::new("t.md"), markdown.to_string()).unwrap()
    }

    fn reference(markdown: &str) -> String {
        let mut html = String::new();
        pulldown_cmark::html::push_html(&mut html, Parser::new_ext(markdown, markdown_options()));
        html
    }

    /// Every unit translated to `f(source text)`.
    fn translated(source: &str, f: impl Fn(&Unit) -> String) -> (String, String) {
        let doc = document(source);
        let segmented = Segmented::new(&doc);
        let texts: Vec<String> = segmented.units.iter().map(f).collect();
        let choices: Vec<Choice> = texts
            .iter()
            .map(|t| Choice {
                text: Some(t),
                ..Choice::default()
            })
            .collect();
        (
            html_fragment(&segmented, &choices, None),
            markdown(&segmented, &choices),
        )
    }

    const SAMPLE: &str = "# Title\n\nA *para* with [a link][ref] and a note[^n].\n\n> quoted\n> lines\n\n- one\n- two\n  - nested\n\n| a | b |\n|---|---|\n| c | d |\n\n![alt](/x.png \"t\")\n\n[ref]: http://example.com\n[^n]: The note.\n";

    #[test]
    fn source_choices_render_like_pulldown_cmark() {
        let doc = document(SAMPLE);
        let segmented = Segmented::new(&doc);
        let choices = vec![Choice::default(); segmented.units.len()];
        assert_eq!(html_fragment(&segmented, &choices, None), reference(SAMPLE));
        assert_eq!(markdown(&segmented, &choices), SAMPLE);
    }

    #[test]
    fn reparsed_source_texts_render_like_pulldown_cmark() {
        // A trailing space makes each text differ from the source, forcing a reparse.
        let (html, md) = translated(SAMPLE, |u| format!("{} ", u.text));
        assert_eq!(html, reference(SAMPLE));
        assert_eq!(reference(&md), reference(SAMPLE));
    }

    #[test]
    fn hostile_translations_stay_inside_their_unit() {
        for hostile in [
            "* star",
            "# hash",
            "para\n\n    code",
            "```\nfence",
            "<div>",
            "1. one",
            "a\n---",
            "> q",
            "[x]: /y",
            "a | b\n--|--",
        ] {
            let (html, md) = translated("First\n\nSecond\n\n- item\n", |u| {
                if u.text == "First" {
                    hostile.to_string()
                } else {
                    u.text.clone()
                }
            });
            assert!(
                html.ends_with("<p>Second</p>\n<ul>\n<li>item</li>\n</ul>\n"),
                "{hostile:?} gave {html}"
            );
            assert_eq!(html.matches("<p>").count(), 2, "{hostile:?} gave {html}");
            assert_eq!(
                reference(&md),
                html,
                "{hostile:?}: Markdown and HTML disagree"
            );
        }
    }

    #[test]
    fn multi_line_translations_keep_their_container() {
        let (html, md) = translated("> one\n\n- item\n", |u| format!("{}\nsecond line", u.text));
        assert_eq!(md, "> one\n> second line\n\n- item\n  second line\n");
        assert_eq!(reference(&md), html);
    }

    #[test]
    fn wrap_marks_a_unit() {
        let doc = document("Hello\n");
        let segmented = Segmented::new(&doc);
        let choices = [Choice {
            wrap: Some(("<span lang=\"en\">", "</span>")),
            ..Choice::default()
        }];
        assert_eq!(
            html_fragment(&segmented, &choices, None),
            "<p><span lang=\"en\">Hello</span></p>\n"
        );
    }

    #[test]
    fn image_alt_and_title_are_translated() {
        let (html, md) = translated("![alt](/x.png \"title\")\n", |u| format!("{}!", u.text));
        let doc = document("![alt](/x.png \"title\")\n");
        let segmented = Segmented::new(&doc);
        let choices = [Choice {
            text: Some("Alt"),
            title: Some("Ti\"tle"),
            wrap: None,
        }];
        assert_eq!(
            html_fragment(&segmented, &choices, None),
            "<p><img src=\"/x.png\" alt=\"Alt\" title=\"Ti&quot;tle\" /></p>\n"
        );
        assert_eq!(
            markdown(&segmented, &choices),
            "![Alt](/x.png \"Ti\\\"tle\")\n"
        );
        assert_eq!(reference(&md), html);
    }

    #[test]
    fn front_matter_is_rewritten_as_toml() {
        let doc = document("+++\ntitle = \"T\"\n+++\nBody\n");
        let segmented = Segmented::new(&doc);
        let choices = [
            Choice {
                text: Some("제목 \"x\""),
                ..Choice::default()
            },
            Choice::default(),
        ];
        let rewritten = document(&markdown(&segmented, &choices));
        assert_eq!(rewritten.front_matter.title.as_deref(), Some("제목 \"x\""));
        assert!(rewritten.source.ends_with("+++\nBody\n"));
    }

    #[test]
    fn cells_escape_pipes() {
        assert_eq!(safe_inline(UnitKind::Cell, "a | b"), "a \\| b");
        assert_eq!(safe_inline(UnitKind::Heading, "a\nb"), "a b");
    }
}
