//! Reassembling a document in a locale: as Markdown (the source with each unit's bytes replaced
//! by its translation) or as an HTML fragment (the source's event stream with each unit's inline
//! events replaced by those of its translation). Either way a translation can only change its
//! own unit: text that would open a block (a list, a heading, a code block) is escaped.

use std::borrow::Cow;
use std::collections::HashSet;
use std::ops::Range;

use pulldown_cmark::{BrokenLink, CowStr, Event, Parser, Tag, TagEnd};

use unicase::UniCase;

use crate::document::Document;
use crate::markdown::{is_one_paragraph, is_plain, markdown_options};
use crate::segment::{Context, Segmented, Slot, Unit};

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

/// A change to the events of a rendered document (heading ids, link destinations). Every event
/// that reaches the HTML writer passes through it once: the document's own events in document
/// order, and a sanitized translation's events just before they are cleaned.
pub type Rewrite<'r> = &'r mut dyn for<'e> FnMut(Event<'e>) -> Event<'e>;

/// The source locale's fragment of `document`: what pulldown-cmark renders from it, which is
/// what [`html_fragment`] gives with every unit as in the source (the fidelity contract), made
/// without finding the units.
pub fn source_fragment(document: &Document) -> String {
    let mut html = String::with_capacity(document.source.len() * 3 / 2);
    let parser = Parser::new_ext(&document.source, markdown_options());
    pulldown_cmark::html::push_html(&mut html, parser);
    html
}

/// Renders the body of the document as HTML, with `choices[i]` deciding unit `i` (a unit
/// without a choice shows its source). Front matter is not part of the body.
pub fn html_fragment(
    segmented: &Segmented<'_>,
    choices: &[Choice<'_>],
    sanitize: Option<Sanitizer<'_>>,
) -> String {
    html_fragment_with(segmented, choices, sanitize, &mut |event| event)
}

/// [`html_fragment`], with every event passed through `rewrite`.
pub fn html_fragment_with(
    segmented: &Segmented<'_>,
    choices: &[Choice<'_>],
    sanitize: Option<Sanitizer<'_>>,
    rewrite: Rewrite<'_>,
) -> String {
    let mut html = String::with_capacity(segmented.document.source.len() * 3 / 2);
    let choice = |index: usize| choices.get(index).copied().unwrap_or_default();
    let texts: Vec<Option<Cow<str>>> = segmented
        .units
        .iter()
        .zip(&segmented.slots)
        .enumerate()
        .map(|(index, (unit, slot))| {
            let slot = slot.as_ref()?;
            changed_text(unit, &choice(index)).map(|t| parse_source(segmented, slot, t))
        })
        .collect();
    // What stands for each unit shown otherwise than in the source; every other event is the
    // source's own, borrowed rather than copied.
    let mut replaced: Vec<(Range<usize>, Vec<Event>)> = Vec::new();
    for (index, slot) in segmented.slots.iter().enumerate() {
        let Some(slot) = slot else { continue };
        let choice = choice(index);
        if texts[index].is_none() && choice.wrap.is_none() && choice.title.is_none() {
            continue;
        }
        let (wrap_start, wrap_end) = match slot.image {
            Some(image) => (image, slot.inline.end + 1),
            None => (slot.inline.start, slot.inline.end),
        };
        let mut events = Vec::new();
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
                        let translated = translated.into_iter().map(&mut *rewrite);
                        pulldown_cmark::html::push_html(&mut unit_html, translated);
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
        replaced.push((wrap_start..wrap_end, events));
    }
    let mut pieces: Vec<&[Event]> = Vec::with_capacity(2 * replaced.len() + 1);
    let mut next = 0;
    for (range, events) in &replaced {
        pieces.push(&segmented.events[next..range.start]);
        pieces.push(events);
        next = range.end;
    }
    pieces.push(&segmented.events[next..]);
    let events = pieces.into_iter().flatten().cloned().map(rewrite);
    pulldown_cmark::html::push_html(&mut html, events);
    html
}

/// An `id` for every heading of the document, in document order, that is the same in every
/// locale so that a link to a section works in all of them: the heading's own `{#id}`, or else
/// a slug of its source text, made unique within the document.
pub fn heading_anchors(segmented: &Segmented<'_>) -> Vec<String> {
    let mut anchors = Vec::new();
    let mut taken = HashSet::new();
    let mut heading: Option<(Option<&str>, String)> = None;
    for event in &segmented.events {
        match (event, &mut heading) {
            (Event::Start(Tag::Heading { id, .. }), _) => {
                heading = Some((id.as_deref(), String::new()));
            }
            (Event::Text(t) | Event::Code(t), Some((_, text))) => text.push_str(t),
            (Event::End(TagEnd::Heading(_)), Some((explicit, text))) => {
                let anchor = match explicit {
                    Some(id) => id.to_string(),
                    None => unique(slug(text), &taken),
                };
                taken.insert(anchor.clone());
                anchors.push(anchor);
                heading = None;
            }
            _ => {}
        }
    }
    anchors
}

/// Lowercase letters and digits of any script, words joined by `-`.
fn slug(text: &str) -> String {
    let mut slug = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_alphanumeric() {
            slug.extend(c.to_lowercase());
        } else if (c.is_whitespace() || c == '-' || c == '_')
            && !slug.is_empty()
            && !slug.ends_with('-')
        {
            slug.push('-');
        }
    }
    slug.truncate(slug.trim_end_matches('-').len());
    if slug.is_empty() {
        slug.push_str("section");
    }
    slug
}

fn unique(base: String, taken: &HashSet<String>) -> String {
    if !taken.contains(&base) {
        return base;
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|s| !taken.contains(s))
        .expect("some suffix is free")
}

/// Renders the whole document, front matter included, as Markdown, with `choices[i]` deciding
/// unit `i` (a unit without a choice shows its source).
pub fn markdown(segmented: &Segmented<'_>, choices: &[Choice<'_>]) -> String {
    let source = segmented.document.source.as_str();
    let mut out = String::with_capacity(source.len() + source.len() / 4);
    let mut cursor = 0;
    let mut replace = |range: std::ops::Range<usize>, with: &str, out: &mut String| {
        out.push_str(&source[cursor..range.start]);
        out.push_str(with);
        cursor = range.end;
    };
    let units = segmented.units.iter().zip(&segmented.slots);
    for ((unit, slot), choice) in units.zip(choices) {
        if let Some(text) = changed_text(unit, choice) {
            let replacement = match slot {
                None => segmented.document.quote(text),
                Some(slot) => with_continuations(&safe_text(slot, text), &unit.continuation),
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

/// The translation of `unit`, unless it is absent, blank (a unit cannot be emptied) or the same
/// as the source.
fn changed_text<'t>(unit: &Unit, choice: &Choice<'t>) -> Option<&'t str> {
    choice
        .text
        .filter(|t| *t != unit.text && !t.trim().is_empty())
}

/// The events of a translated unit's inline content: those of the first paragraph or table cell
/// of `source`, made by [`parse_source`].
fn inline_events<'x>(segmented: &'x Segmented<'_>, source: &'x str) -> Vec<Event<'x>> {
    if is_plain(source) {
        return vec![Event::Text(CowStr::Borrowed(source))];
    }
    let resolve = |link: BrokenLink<'x>| {
        let label = UniCase::new(link.reference.into_string());
        let (dest, title) = segmented.refdefs.get(&label)?;
        Some((
            CowStr::Borrowed(dest.as_str()),
            CowStr::Borrowed(title.as_str()),
        ))
    };
    let mut parser =
        Parser::new_with_broken_link_callback(source, markdown_options(), Some(resolve));
    let opened = parser
        .by_ref()
        .any(|e| matches!(e, Event::Start(Tag::Paragraph | Tag::TableCell)));
    if !opened {
        return Vec::new();
    }
    parser
        .take_while(|e| !matches!(e, Event::End(TagEnd::Paragraph | TagEnd::TableCell)))
        .collect()
}

/// What the translation `text` of the unit in `slot` is parsed from: the text made
/// safe; inside a one-column table for a table cell that is not plain, where `\|` is a pipe even
/// in a code span;
/// followed by a stub definition for each footnote of the document, so that `[^note]` refers to
/// it as it does in the source.
fn parse_source<'t>(segmented: &Segmented<'_>, slot: &Slot, text: &'t str) -> Cow<'t, str> {
    let safe = safe_text(slot, text);
    let stubs = !segmented.footnotes.is_empty() && safe.contains("[^");
    if (slot.context != Context::Cell || is_plain(&safe)) && !stubs {
        return safe;
    }
    let mut source = match slot.context {
        Context::Cell => format!("| {safe} |\n|-|\n"),
        _ => safe.into_owned(),
    };
    if stubs {
        source.push('\n');
        for label in &segmented.footnotes {
            source.push_str(&format!("\n[^{label}]: .\n"));
        }
    }
    Cow::Owned(source)
}

/// Whether a translated unit holds anything a sanitizer must see: raw HTML, or a link or image
/// whose address is not plainly safe. Most translations hold neither, and spare the cost.
fn needs_sanitizing(events: &[Event]) -> bool {
    events.iter().any(|e| match e {
        Event::InlineHtml(_) | Event::Html(_) => true,
        Event::Start(Tag::Link { dest_url, .. }) => !is_plain_link(dest_url),
        Event::Start(Tag::Image { dest_url, .. }) => !is_relative(dest_url),
        _ => false,
    })
}

/// An `http`, `https` or `mailto` address, or one inside the site.
fn is_plain_link(url: &str) -> bool {
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let web = ["http://", "https://", "mailto:"]
        .iter()
        .any(|s| lower.starts_with(s));
    (web && !url.contains(|c: char| c.is_whitespace() || c.is_control())) || is_relative(url)
}

/// An address inside the site: no scheme, not protocol-relative, nothing a browser would read
/// differently from how it looks (whitespace, control characters, backslashes).
fn is_relative(url: &str) -> bool {
    let path_end = url.find(['/', '?', '#']).unwrap_or(url.len());
    !url[..path_end].contains(':')
        && !url.starts_with("//")
        && !url.contains(|c: char| c == '\\' || c.is_whitespace() || c.is_control())
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

/// `text` made safe to stand in `context`. A table cell holds any inline content on one line
/// whose pipes are escaped and that does not end in a backslash (which would escape the next
/// cell's pipe, so a space follows it). Any other text parses as exactly one paragraph, so it can
/// never open a list, heading, code block, table or HTML block; nor can it start with a task list
/// marker at the start of a list item, or end a heading with a closing `#` sequence or an
/// attribute block. Well-formed text comes back unchanged; otherwise line starts are escaped, as
/// a last resort all punctuation.
pub fn safe_inline(context: Context, text: &str) -> Cow<'_, str> {
    let text = normalize(context, text);
    match context {
        Context::Cell if text.ends_with('\\') => Cow::Owned(format!("{text} ")),
        Context::Cell => text,
        Context::Heading => escape_last(one_paragraph(text), HEADING_ENDS),
        // Its first line may start a list item too.
        Context::SetextHeading => {
            let text = indent_bare_marker(one_paragraph(text));
            escape_item_start(escape_last(text, HEADING_ENDS))
        }
        Context::ItemStart => escape_item_start(one_paragraph(text)),
        Context::Paragraph => one_paragraph(text),
    }
}

/// `text` with its last line indented if it is a bare list marker (`*`, `1.`): the attribute
/// block that may follow a setext heading's text on that line would make it a list item.
fn indent_bare_marker(text: Cow<'_, str>) -> Cow<'_, str> {
    let Some(at) = text.rfind('\n') else {
        return text;
    };
    let last = &text[at + 1..];
    let after_digits = last.trim_start_matches(|c: char| c.is_ascii_digit());
    let numbered = after_digits.len() < last.len() && matches!(after_digits, "." | ")");
    if !(numbered || matches!(last, "-" | "+" | "*")) {
        return text;
    }
    Cow::Owned(format!("{}\n    {last}", &text[..at]))
}

/// What may not end a heading's text unescaped: a closing sequence, an attribute block, or a
/// backslash before either.
const HEADING_ENDS: &[char] = &['#', '}', '\\'];

/// `text` made safe for the unit in `slot`. An image's alt text also stands inside `![…]`, which
/// an unbalanced bracket or a final backslash would end early or late: then they are escaped.
fn safe_text<'t>(slot: &Slot, text: &'t str) -> Cow<'t, str> {
    let safe = safe_inline(slot.context, text);
    if slot.image.is_none() {
        return safe;
    }
    // Alt text ends at its `]`, not at the end of a cell: no space after a final backslash.
    let alt = safe.trim_end_matches(' ');
    if brackets_balance(alt) {
        return if alt.len() == safe.len() {
            safe
        } else {
            Cow::Owned(alt.to_string())
        };
    }
    let mut escaped = String::with_capacity(alt.len() + 4);
    let mut chars = alt.chars().peekable();
    while let Some(c) = chars.next() {
        if matches!(c, '[' | ']') || c == '\\' && chars.peek().is_none() {
            escaped.push('\\');
        }
        escaped.push(c);
        if c == '\\' {
            escaped.extend(chars.next());
        }
    }
    Cow::Owned(escaped)
}

/// Whether the unescaped brackets of `text` pair up and it ends in no lone backslash.
fn brackets_balance(text: &str) -> bool {
    let mut depth = 0usize;
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.next().is_none() => return false,
            '[' => depth += 1,
            ']' if depth == 0 => return false,
            ']' => depth -= 1,
            _ => {}
        }
    }
    depth == 0
}

/// `text` with its first character escaped where a list item's marker before it would make
/// something of it: a task list marker (`- [x]`) or a thematic break (`* **`).
fn escape_item_start(text: Cow<'_, str>) -> Cow<'_, str> {
    let task = ["[ ]", "[x]", "[X]"].iter().any(|m| {
        text.strip_prefix(m)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '\t', '\n']))
    });
    let first_line = text.split('\n').next().unwrap_or_default();
    let rule = first_line.starts_with(['*', '-', '_'])
        && first_line
            .chars()
            .all(|c| matches!(c, '*' | '-' | '_' | ' ' | '\t'));
    if task || rule {
        Cow::Owned(format!("\\{text}"))
    } else {
        text
    }
}

/// `text` unchanged if it parses as one paragraph, else with its line starts escaped, or if that
/// is not enough, all its punctuation.
fn one_paragraph(text: Cow<'_, str>) -> Cow<'_, str> {
    if text.is_empty() || is_one_paragraph(&text) {
        return text;
    }
    let escaped = escape_line_starts(&text);
    if is_one_paragraph(&escaped) {
        return Cow::Owned(escaped);
    }
    Cow::Owned(escape_punctuation(&text))
}

/// Backslash-escapes the last character of `text` if it is one of `chars` and not escaped yet.
fn escape_last<'t>(text: Cow<'t, str>, chars: &[char]) -> Cow<'t, str> {
    let Some(last) = text.chars().last().filter(|c| chars.contains(c)) else {
        return text;
    };
    let before = &text[..text.len() - last.len_utf8()];
    let backslashes = before.len() - before.trim_end_matches('\\').len();
    if backslashes % 2 == 1 {
        return text;
    }
    Cow::Owned(format!("{before}\\{last}"))
}

/// Removes what a unit cannot hold: blank lines, the first line's indentation, trailing
/// whitespace, carriage returns (a lone one ends a line, as in Markdown), tabs (whose width
/// depends on the column a container prefix puts them at); and for
/// an ATX heading or table cell, line breaks (and unescaped `|` in a cell). The indentation of a
/// later line stays: it cannot open a block inside a paragraph, and a code span crossing the
/// line keeps it, as it does in the source.
fn normalize(context: Context, text: &str) -> Cow<'_, str> {
    let single_line = matches!(context, Context::Heading | Context::Cell);
    let cell = context == Context::Cell;
    let needs_work = text.contains(['\t', '\r'])
        || text.starts_with(' ')
        || text.ends_with(' ')
        || (single_line && text.contains('\n'))
        || text.contains("\n\n")
        || (single_line && text.contains("\n "))
        || text.ends_with('\n')
        || (cell && has_unescaped_pipe(text));
    if !needs_work {
        return Cow::Borrowed(text);
    }
    let separator = if single_line { " " } else { "\n" };
    let lines: Vec<&str> = text
        .split(['\n', '\r'])
        .filter(|l| !l.trim().is_empty())
        .enumerate()
        .map(|(i, l)| match i == 0 || single_line {
            true => l.trim_start_matches([' ', '\t']),
            false => l,
        })
        .collect();
    let mut joined = lines.join(separator).replace('\t', " ");
    joined.truncate(joined.trim_end_matches(' ').len());
    if cell && has_unescaped_pipe(&joined) {
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

/// Keeps every line that would open a block from doing so, changing nothing else: the first line,
/// if it would on its own, gets its first character backslash-escaped; a later line, if it would
/// end the paragraph of the lines before it, is indented by four spaces, which no block may start
/// with inside a paragraph and which means nothing there (escaping could break a link label).
fn escape_line_starts(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut lines = text.split('\n');
    let first = lines.next().unwrap_or_default();
    let digits = first.len() - first.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if is_one_paragraph(first) {
        out.push_str(first);
    } else if digits > 0 && first[digits..].starts_with(['.', ')']) {
        out.push_str(&first[..digits]);
        out.push('\\');
        out.push_str(&first[digits..]);
    } else if first.starts_with(|c: char| c.is_ascii_punctuation()) {
        out.push('\\');
        out.push_str(first);
    } else {
        out.push_str(first);
    }
    for line in lines {
        let start = out.len() + 1;
        out.push('\n');
        out.push_str(line);
        // Whether a line opens a block can depend on the lines before it (a table's header).
        if !is_one_paragraph(&out) {
            out.insert_str(start, "    ");
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
    fn units_without_a_choice_show_their_source() {
        let doc = document(SAMPLE);
        let segmented = Segmented::new(&doc);
        assert_eq!(html_fragment(&segmented, &[], None), reference(SAMPLE));
        assert_eq!(markdown(&segmented, &[]), SAMPLE);
        let one = [Choice {
            text: Some("Titel"),
            ..Choice::default()
        }];
        assert!(html_fragment(&segmented, &one, None).starts_with("<h1>Titel</h1>\n<p>A <em>"));
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
            "[x]: /y\nz",
            "a | b\n--|--",
            "a\r\r# b",
            "a\r* b",
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
    fn heading_anchors_come_from_the_source_and_are_unique() {
        let doc = document(
            "# Hello, *World*!\n\n## Hello World\n\n## Own {#mine}\n\n## 한국어 제목\n\n## ???\n",
        );
        let segmented = Segmented::new(&doc);
        let anchors = heading_anchors(&segmented);
        assert_eq!(
            anchors,
            [
                "hello-world",
                "hello-world-2",
                "mine",
                "한국어-제목",
                "section"
            ]
        );
    }

    #[test]
    fn rewrite_sees_translated_and_structural_events() {
        let doc = document("# Head\n\nText\n");
        let segmented = Segmented::new(&doc);
        let choices = [
            Choice {
                text: Some("Kopf"),
                ..Choice::default()
            },
            Choice::default(),
        ];
        let html = html_fragment_with(&segmented, &choices, None, &mut |event| match event {
            Event::Start(Tag::Heading {
                level,
                classes,
                attrs,
                ..
            }) => Event::Start(Tag::Heading {
                level,
                id: Some("head".into()),
                classes,
                attrs,
            }),
            Event::Text(t) => Event::Text(t.to_uppercase().into()),
            other => other,
        });
        assert_eq!(html, "<h1 id=\"head\">KOPF</h1>\n<p>TEXT</p>\n");
    }

    #[test]
    fn only_lines_that_would_open_a_block_are_escaped() {
        // Lazy continuation lines of a list item's paragraph, as in a real document.
        let text = "x:\n* For `a<b`,\n`a<=b` and\n[a link](/l)";
        assert_eq!(
            safe_inline(Context::Paragraph, text),
            "x:\n    * For `a<b`,\n`a<=b` and\n[a link](/l)"
        );
        assert_eq!(
            safe_inline(Context::Paragraph, "* a\n- b"),
            "\\* a\n    - b"
        );
    }

    #[test]
    fn reparsed_edge_cases_render_like_pulldown_cmark() {
        for source in [
            // `\|` is a pipe in a table cell, even in code, a link label or an image's alt text.
            "| a |\n|---|\n| b `\\|` c |\n| ![x\\|y](/i.png) |\n\nx|y\\\\\n-|-\n",
            // Labels match by Unicode case folding, and across lines a block marker could start.
            "[\u{1e9e}] and [first\n    -\nsecond]\n\n[SS]: /url\n[first - second]: /other\n",
            // A heading's text never gains a closing sequence or an attribute block.
            "H1 {.foo\n.bar}\n==\n\n# C \\#\n\nhard  \nbreak\n---\n",
            // A code span keeps the indentation of its continuation line beyond the item's.
            "- a `b\n    c` d\n",
            // And beyond the quote's marker and its space, but not beyond a paragraph's first line.
            ">   `a\n>    b`\n\n   c `d\n     e`\n",
        ] {
            let expected = reference(source);
            let (html, md) = translated(source, |u| format!("{} ", u.text));
            assert_eq!(html, expected, "{source:?}");
            assert_eq!(reference(&md), expected, "{source:?}");
        }
    }

    #[test]
    fn continuation_lines_of_a_translation_stay_out_of_its_code_spans() {
        // The second line is indented to open no fence; the margin before it must add nothing.
        for source in [
            "  [^n1]: a\n",
            "   para\n",
            ">   quoted\n",
            "- a\n\n   [^n1]: b\n",
        ] {
            let (html, md) = translated(source, |_| "star ```\n``` ".to_string());
            assert_eq!(reference(&md), html, "{source:?}");
        }
    }

    #[test]
    fn translations_take_no_syntax_from_where_they_stand() {
        assert_eq!(safe_inline(Context::ItemStart, "[x] done"), "\\[x] done");
        assert_eq!(safe_inline(Context::ItemStart, "**"), "\\**");
        assert_eq!(safe_inline(Context::Paragraph, "[x] done"), "[x] done");
        assert_eq!(safe_inline(Context::SetextHeading, "a  \nb"), "a  \nb");
        assert_eq!(safe_inline(Context::SetextHeading, "a\n1."), "a\n    1.");
        let (html, md) = translated("![alt](/i.png)\n", |_| "a] \\[b\\".to_string());
        assert_eq!(md, "![a\\] \\[b\\\\](/i.png)\n");
        assert_eq!(reference(&md), html);
        assert_eq!(safe_inline(Context::Heading, "Learn C #"), "Learn C \\#");
        assert_eq!(safe_inline(Context::Heading, "Own {#id}"), "Own {#id\\}");
        assert_eq!(safe_inline(Context::Heading, "Done \\}"), "Done \\}");
        assert_eq!(safe_inline(Context::Heading, "{#id} \\"), "{#id} \\\\");
        assert_eq!(safe_inline(Context::Cell, "a\\\\"), "a\\\\ ");
        assert_eq!(safe_inline(Context::Cell, "- a"), "- a");
    }

    #[test]
    fn only_unusual_addresses_need_the_sanitizer() {
        for plain in [
            "https://example.org/a",
            "mailto:a@b.c",
            "/guide.pdf",
            "../p.md#x",
            "#top",
        ] {
            assert!(is_plain_link(plain), "{plain}");
        }
        for unusual in [
            "javascript:alert(1)",
            "JaVaScript:x",
            "java\tscript:x",
            "//evil.example",
            "/\\evil",
            "data:text/html,x",
            "https://a b",
        ] {
            assert!(!is_plain_link(unusual), "{unusual}");
        }
        assert!(is_relative("/images/a.svg"));
        assert!(!is_relative("https://evil.example/p.png"));
    }

    #[test]
    fn cells_escape_pipes() {
        assert_eq!(safe_inline(Context::Cell, "a | b"), "a \\| b");
        assert_eq!(safe_inline(Context::Heading, "a\nb"), "a b");
    }
}
