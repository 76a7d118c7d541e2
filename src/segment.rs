//! Translatable units: the paragraphs, headings, list items, table cells, quotes, footnotes and
//! image texts of a document, each with the byte range of its Markdown source. A document is
//! parsed once; the event stream is kept so that every locale can be rendered from it by swapping
//! the inline events of each unit, which keeps a translation inside its own unit.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

use pulldown_cmark::{Event, LinkType, Parser, Tag, TagEnd};
use unicase::UniCase;

use crate::document::Document;
use crate::markdown::markdown_options;

/// What a unit is; it decides the prefix of new message IDs and what translators are told.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UnitKind {
    Title,
    Summary,
    Heading,
    Paragraph,
    Item,
    Quote,
    Cell,
    Footnote,
    Image,
}

impl UnitKind {
    /// The first part of the message IDs of this kind.
    pub fn prefix(self) -> &'static str {
        match self {
            UnitKind::Title => "title",
            UnitKind::Summary => "summary",
            UnitKind::Heading => "heading",
            UnitKind::Paragraph => "p",
            UnitKind::Item => "li",
            UnitKind::Quote => "quote",
            UnitKind::Cell => "cell",
            UnitKind::Footnote => "note",
            UnitKind::Image => "img",
        }
    }

    /// What translators read in the context comment.
    pub fn describe(self) -> &'static str {
        match self {
            UnitKind::Title => "document title",
            UnitKind::Summary => "document summary",
            UnitKind::Heading => "heading",
            UnitKind::Paragraph => "paragraph",
            UnitKind::Item => "list item",
            UnitKind::Quote => "block quote",
            UnitKind::Cell => "table cell",
            UnitKind::Footnote => "footnote",
            UnitKind::Image => "image",
        }
    }

    /// The kind whose prefix starts `id`, if any.
    pub fn of_id(id: &str) -> Option<UnitKind> {
        ALL_KINDS.into_iter().find(|k| {
            id.strip_prefix(k.prefix())
                .is_some_and(|rest| rest.is_empty() || rest.starts_with('-'))
        })
    }
}

const ALL_KINDS: [UnitKind; 9] = [
    UnitKind::Title,
    UnitKind::Summary,
    UnitKind::Heading,
    UnitKind::Paragraph,
    UnitKind::Item,
    UnitKind::Quote,
    UnitKind::Cell,
    UnitKind::Footnote,
    UnitKind::Image,
];

/// Where a unit's text stands in the document, which decides what a translation may hold
/// there (see [`crate::render::safe_inline`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// A paragraph, at the top level or in a quote, footnote or list item.
    Paragraph,
    /// The first paragraph of a list item, where `[ ]` or `[x]` would be a task list marker.
    ItemStart,
    /// An ATX heading (`# Title`): one line.
    Heading,
    /// A setext heading (underlined): lines of text.
    SetextHeading,
    /// A table cell: one line, between pipes.
    Cell,
}

/// One translatable unit of a document.
#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    pub kind: UnitKind,
    /// The Markdown source of the unit's inline content, with container markers (`> `,
    /// list indentation) removed from continuation lines. For an image, its alt text.
    pub text: String,
    /// For an image with an inline destination, its title, if it has one.
    pub title: Option<String>,
    /// Where that title's quoted literal is in the source.
    pub title_range: Option<Range<usize>>,
    /// The words a reader sees, without Markdown syntax.
    pub plain: String,
    /// The plain text of the enclosing headings, outermost first (shared by the units under
    /// the same headings).
    pub headings: Arc<[String]>,
    /// Where `text` came from in the document's source.
    pub range: Range<usize>,
    /// What a continuation line of this unit must start with to stay inside its containers
    /// (`> ` for a quote, the item's indentation in a list, four spaces in a footnote), to
    /// reassemble multi-line translations: no more, as pulldown-cmark keeps whatever follows it
    /// inside a code span.
    pub continuation: String,
}

/// Where a unit sits in the event stream.
#[derive(Debug, Clone)]
pub(crate) struct Slot {
    /// The unit's inline events (for an image, its alt text events).
    pub inline: Range<usize>,
    /// For an image, the index of its `Start(Image)` event.
    pub image: Option<usize>,
    /// Where the unit's text stands; for a lone image, its paragraph, heading or table cell.
    pub context: Context,
}

/// A document parsed once: its units, and its event stream for rendering in any locale.
pub struct Segmented<'a> {
    pub document: &'a Document,
    /// Front matter units first (title, summary), then body units in document order.
    pub units: Vec<Unit>,
    /// The slot of each body unit; front matter units have none.
    pub(crate) slots: Vec<Option<Slot>>,
    pub(crate) events: Vec<Event<'a>>,
    /// Link reference definitions by label (compared as pulldown-cmark does, by Unicode case
    /// folding): destination and title, for the links of a translated unit.
    pub(crate) refdefs: HashMap<UniCase<String>, (String, String)>,
    /// Labels of the document's footnote definitions, so a translated unit can refer to them.
    pub(crate) footnotes: Vec<String>,
}

impl<'a> Segmented<'a> {
    /// Parses `document` and finds its units.
    pub fn new(document: &'a Document) -> Segmented<'a> {
        let source = document.source.as_str();
        // About one event per 16 bytes of Markdown: growing the stream would copy it again and again.
        let mut segmenter = Segmenter {
            events: Vec::with_capacity(source.len() / 16),
            ranges: Vec::with_capacity(source.len() / 16),
            ..Segmenter::default()
        };
        let fields = document.message_fields();
        for (field, kind) in fields.into_iter().zip([UnitKind::Title, UnitKind::Summary]) {
            if let Some(field) = field {
                segmenter.units.push(Unit {
                    kind,
                    plain: field.value.clone(),
                    text: field.value,
                    title: None,
                    title_range: None,
                    headings: Arc::default(),
                    range: field.range,
                    continuation: String::new(),
                });
                segmenter.slots.push(None);
            }
        }
        let mut parser = Parser::new_ext(source, markdown_options()).into_offset_iter();
        for (event, range) in parser.by_ref() {
            segmenter.push(source, event, range);
        }
        let refdefs = parser
            .reference_definitions()
            .iter()
            .map(|(label, def)| {
                let title = def.title.as_deref().unwrap_or_default().to_string();
                (
                    UniCase::new(label.to_string()),
                    (def.dest.to_string(), title),
                )
            })
            .collect();
        let Segmenter {
            mut units,
            mut slots,
            events,
            footnotes,
            ..
        } = segmenter;
        // A document published as it is (`translate = false`) has no message, nor has a unit
        // with no word in it.
        if !document.front_matter.translate {
            units.clear();
            slots.clear();
        }
        let (units, slots) = units
            .into_iter()
            .zip(slots)
            .filter(|(unit, slot)| has_words(unit, slot.as_ref(), &events))
            .unzip();
        Segmented {
            document,
            units,
            slots,
            events,
            refdefs,
            footnotes,
        }
    }
}

/// A block that holds other blocks or text, as open at some point of the event stream.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Container {
    Quote,
    /// A list item, whose content is indented this many columns past its container's.
    Item(usize),
    Footnote,
    /// Any other block (a list, a code block, a table): text straight inside it is no unit.
    Other,
}

/// An open unit: its kind and the index of its first inline event.
struct Open {
    kind: UnitKind,
    context: Context,
    first: usize,
    /// Opened by inline content directly inside a tight list item, with no paragraph around it.
    implicit: bool,
}

#[derive(Default)]
struct Segmenter<'a> {
    units: Vec<Unit>,
    slots: Vec<Option<Slot>>,
    events: Vec<Event<'a>>,
    ranges: Vec<Range<usize>>,
    containers: Vec<Container>,
    open: Option<Open>,
    headings: Vec<(pulldown_cmark::HeadingLevel, String)>,
    /// The plain text of `headings`, as units share it.
    heading_path: Arc<[String]>,
    footnotes: Vec<String>,
}

impl<'a> Segmenter<'a> {
    fn push(&mut self, source: &str, event: Event<'a>, range: Range<usize>) {
        let index = self.events.len();
        match &event {
            Event::Start(Tag::Paragraph) => {
                self.open(self.paragraph_kind(), index + 1, false);
            }
            Event::Start(Tag::Heading { .. }) => {
                // An ATX heading is one line; a setext heading's range spans its underline.
                self.open(UnitKind::Heading, index + 1, false);
                if let Some(open) = &mut self.open {
                    if source[range.clone()].trim_end().contains('\n') {
                        open.context = Context::SetextHeading;
                    }
                }
            }
            Event::Start(Tag::TableCell) => self.open(UnitKind::Cell, index + 1, false),
            Event::End(TagEnd::Paragraph | TagEnd::TableCell) => {
                self.close(source, index);
            }
            Event::End(TagEnd::Heading(level)) => {
                let level = *level;
                if let Some(unit) = self.close(source, index) {
                    let plain = unit.plain.clone();
                    self.headings.retain(|(l, _)| *l < level);
                    self.headings.push((level, plain));
                    self.heading_path = self.headings.iter().map(|(_, h)| h.clone()).collect();
                }
            }
            Event::Start(tag) if is_inline(tag) => self.open_implicit(index),
            Event::Start(tag) => {
                self.close_implicit(source, index);
                let container = match tag {
                    Tag::BlockQuote(_) => Container::Quote,
                    Tag::Item => Container::Item(item_indent(source, range.start)),
                    Tag::FootnoteDefinition(label) => {
                        self.footnotes.push(label.to_string());
                        Container::Footnote
                    }
                    _ => Container::Other,
                };
                self.containers.push(container);
            }
            Event::End(end) if is_inline_end(end) => {}
            Event::End(_) => {
                self.close_implicit(source, index);
                self.containers.pop();
            }
            Event::Text(_)
            | Event::Code(_)
            | Event::InlineHtml(_)
            | Event::InlineMath(_)
            | Event::FootnoteReference(_)
            | Event::SoftBreak
            | Event::HardBreak => self.open_implicit(index),
            // In a loose list item the marker opens the item's first paragraph; it is not text.
            Event::TaskListMarker(_) => match &mut self.open {
                Some(open) if open.first == index => open.first += 1,
                _ => self.close_implicit(source, index),
            },
            Event::Html(_) | Event::DisplayMath(_) | Event::Rule => {
                self.close_implicit(source, index);
            }
        }
        self.events.push(event);
        self.ranges.push(range);
    }

    fn paragraph_kind(&self) -> UnitKind {
        match self.containers.last() {
            Some(Container::Item(_)) => UnitKind::Item,
            Some(Container::Quote) => UnitKind::Quote,
            Some(Container::Footnote) => UnitKind::Footnote,
            Some(Container::Other) | None => UnitKind::Paragraph,
        }
    }

    fn open(&mut self, kind: UnitKind, first: usize, implicit: bool) {
        // The event before the unit's paragraph (or before its text, in a tight item).
        let before = first.checked_sub(if implicit { 1 } else { 2 });
        let context = match kind {
            UnitKind::Heading => Context::Heading,
            UnitKind::Cell => Context::Cell,
            _ if before.is_some_and(|i| self.events[i] == Event::Start(Tag::Item)) => {
                Context::ItemStart
            }
            _ => Context::Paragraph,
        };
        self.open = Some(Open {
            kind,
            context,
            first,
            implicit,
        });
    }

    /// Inline content straight inside a list item (a tight list) is a unit of its own.
    fn open_implicit(&mut self, index: usize) {
        if self.open.is_none() && matches!(self.containers.last(), Some(Container::Item(_))) {
            self.open(UnitKind::Item, index, true);
        }
    }

    fn close_implicit(&mut self, source: &str, index: usize) {
        if self.open.as_ref().is_some_and(|o| o.implicit) {
            self.close(source, index);
        }
    }

    /// Ends the open unit before event `end`; returns it if it holds translatable text.
    fn close(&mut self, source: &str, end: usize) -> Option<&Unit> {
        let open = self.open.take()?;
        let mut inline = open.first..end;
        // A line break can end a heading's text (before an attribute block on the next line); it
        // shows nothing there and belongs to the structure, not to the text.
        while inline.end > inline.start
            && matches!(
                self.events[inline.end - 1],
                Event::SoftBreak | Event::HardBreak
            )
        {
            inline.end -= 1;
        }
        let context = open.context;
        let mut kind = open.kind;
        let mut image = None;
        let mut title = None;
        let mut title_range = None;
        if let Some((start, end, link_type, image_title)) = self.lone_image(inline.clone()) {
            kind = UnitKind::Image;
            image = Some(start);
            inline = start + 1..end;
            if link_type == LinkType::Inline && !image_title.is_empty() {
                title_range = title_literal(source, self.ranges[start].clone());
                title = title_range.is_some().then_some(image_title);
            }
        }
        let events = &self.events[inline.clone()];
        let readable = events
            .iter()
            .any(|e| matches!(e, Event::Text(t) if t.chars().any(char::is_alphanumeric)));
        if !readable && title.is_none() {
            return None;
        }
        let range = match (
            self.ranges[inline.clone()].first(),
            self.ranges[inline.clone()].last(),
        ) {
            (Some(first), Some(last)) => {
                let mut end = last.end.max(first.end);
                // pulldown-cmark leaves the `[]` of a collapsed reference (`[text][]`) out.
                let link_end = matches!(events.last(), Some(Event::End(TagEnd::Link)));
                if link_end && source[end..].starts_with("[]") {
                    end += 2;
                }
                with_leading_escape(source, first.start)..end
            }
            // Only an image with a title and no alt text gets here: its alt text, empty, sits
            // right after its `![`.
            _ => {
                let at = self.ranges[image?].start + 2;
                at..at
            }
        };
        let text = unit_text(
            source,
            range.clone(),
            &self.ranges[inline.clone()],
            events,
            &self.containers,
        );
        let continuation = self.containers.iter().fold(String::new(), |mut margin, c| {
            match c {
                Container::Quote => margin.push_str("> "),
                Container::Item(indent) => margin.extend(std::iter::repeat_n(' ', *indent)),
                Container::Footnote => margin.push_str("    "),
                Container::Other => {}
            }
            margin
        });
        self.units.push(Unit {
            kind,
            text,
            title,
            title_range,
            plain: plain_text(events),
            headings: Arc::clone(&self.heading_path),
            continuation,
            range,
        });
        self.slots.push(Some(Slot {
            inline,
            image,
            context,
        }));
        self.units.last()
    }

    /// If the events in `inline` are one image and nothing else but whitespace, the indices of
    /// its start and end events, its link type and its title.
    fn lone_image(&self, inline: Range<usize>) -> Option<(usize, usize, LinkType, String)> {
        let meaningful =
            |i: &usize| !matches!(&self.events[*i], Event::Text(t) if t.trim().is_empty());
        let first = inline.clone().find(meaningful)?;
        let last = inline.rev().find(meaningful)?;
        match (&self.events[first], &self.events[last]) {
            (
                Event::Start(Tag::Image {
                    link_type, title, ..
                }),
                Event::End(TagEnd::Image),
            ) => {
                let depth_ok = self.events[first + 1..last]
                    .iter()
                    .all(|e| !matches!(e, Event::Start(Tag::Image { .. })));
                depth_ok.then(|| (first, last, *link_type, title.to_string()))
            }
            _ => None,
        }
    }
}

fn is_inline(tag: &Tag) -> bool {
    matches!(
        tag,
        Tag::Emphasis
            | Tag::Strong
            | Tag::Strikethrough
            | Tag::Superscript
            | Tag::Subscript
            | Tag::Link { .. }
            | Tag::Image { .. }
    )
}

fn is_inline_end(end: &TagEnd) -> bool {
    matches!(
        end,
        TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Superscript
            | TagEnd::Subscript
            | TagEnd::Link
            | TagEnd::Image
    )
}

/// The quoted title at the end of the inline image `![alt](dest "title")` spanning `image`.
fn title_literal(source: &str, image: Range<usize>) -> Option<Range<usize>> {
    let inner = source[image.clone()].strip_suffix(')')?.trim_end();
    let end = image.start + inner.len();
    let close = inner.chars().last()?;
    let open = match close {
        '"' | '\'' => close,
        ')' => '(',
        _ => return None,
    };
    let body = &inner[..inner.len() - 1];
    let mut search = body.len();
    while let Some(at) = body[..search].rfind(open) {
        if !body[..at].ends_with('\\') {
            return Some(image.start + at..end);
        }
        search = at;
    }
    None
}

/// Where a unit or line whose first event starts at `start` begins. The text of an escaped
/// character starts after its backslash; a unit or line that opens with one (`\* not a list`)
/// must keep it, or its text would mean something else.
fn with_leading_escape(source: &str, start: usize) -> usize {
    let before = &source[..start];
    let backslashes = before.len() - before.trim_end_matches('\\').len();
    match source[start..].chars().next() {
        // In a table cell, `\|` is a pipe as much as `\\|` is.
        Some('|') => start - backslashes,
        Some(c) if c.is_ascii_punctuation() && backslashes > 0 => start - 1,
        _ => start,
    }
}

/// Whether a unit has anything to translate: a letter outside its code spans and web addresses.
/// A number, a date, a percentage, a bare address or an emoji reads the same in every language,
/// so it is published as it is rather than handed to translators.
fn has_words(unit: &Unit, slot: Option<&Slot>, events: &[Event]) -> bool {
    let prose = match slot {
        Some(slot) => events[slot.inline.clone()]
            .iter()
            .filter_map(|e| match e {
                Event::Text(t) => Some(t.as_ref()),
                _ => None,
            })
            .chain(unit.title.as_deref())
            .collect::<Vec<_>>()
            .join(" "),
        None => unit.text.clone(),
    };
    linkify::LinkFinder::new()
        .spans(&prose)
        .filter(|span| span.kind().is_none())
        .any(|span| span.as_str().chars().any(char::is_alphabetic))
}

/// The text a reader sees in `events`.
pub(crate) fn plain_text(events: &[Event]) -> String {
    let length = events
        .iter()
        .map(|e| match e {
            Event::Text(t) | Event::Code(t) => t.len(),
            _ => 1,
        })
        .sum();
    let mut plain = String::with_capacity(length);
    for event in events {
        match event {
            Event::Text(t) | Event::Code(t) => plain.push_str(t),
            Event::SoftBreak | Event::HardBreak => plain.push(' '),
            _ => {}
        }
    }
    plain
}

/// The Markdown of the unit spanning `range`, whose inline events are `events` at `ranges`:
/// its lines without the container markers (`> `, list indentation) and the indentation that
/// start its continuation lines, which mean nothing inside a paragraph. pulldown-cmark knows
/// where each line's content starts: at the first event after a line break. A line inside a
/// multi-line event (a code span, inline HTML) loses only its containers' margins, as its
/// further indentation is part of the event; a lazy line without them loses what
/// [`strip_markers`] strips.
fn unit_text(
    source: &str,
    range: Range<usize>,
    ranges: &[Range<usize>],
    events: &[Event],
    containers: &[Container],
) -> String {
    let slice = &source[range.clone()];
    if !slice.contains('\n') {
        return slice.to_string();
    }
    let content_starts: Vec<usize> = (1..events.len())
        .filter(|&i| matches!(events[i - 1], Event::SoftBreak | Event::HardBreak))
        .map(|i| with_leading_escape(source, ranges[i].start))
        .collect();
    let mut text = String::with_capacity(slice.len());
    let mut line_start = range.start;
    for (i, line) in slice.split('\n').enumerate() {
        let line_end = line_start + line.len();
        if i == 0 {
            text.push_str(line);
        } else {
            text.push('\n');
            match content_starts
                .iter()
                .find(|&&at| (line_start..=line_end).contains(&at))
            {
                Some(&at) => text.push_str(&source[at..line_end]),
                None => text.push_str(strip_margins(line, containers).unwrap_or_else(|| {
                    let quotes = containers.iter().filter(|c| **c == Container::Quote);
                    strip_markers(line, quotes.count())
                })),
            }
        }
        line_start = line_end + 1;
    }
    text
}

/// `line` without up to `quotes` block quote markers and its indentation.
fn strip_markers(line: &str, quotes: usize) -> &str {
    let mut rest = line;
    for _ in 0..quotes {
        match rest.trim_start_matches([' ', '\t']).strip_prefix('>') {
            Some(after) => rest = after,
            None => break,
        }
    }
    rest.trim_start_matches([' ', '\t'])
}

/// What pulldown-cmark keeps of a continuation `line` inside `containers`: the line without
/// each one's margin (a quote's `>` and the space after it, an item's or a footnote's
/// indentation), or `None` where a margin is missing (a lazy line).
fn strip_margins<'l>(line: &'l str, containers: &[Container]) -> Option<&'l str> {
    containers
        .iter()
        .try_fold(line, |rest, container| match container {
            Container::Quote => {
                let (_, rest) = strip_indentation(rest, 3);
                let rest = rest.strip_prefix('>')?;
                Some(rest.strip_prefix([' ', '\t']).unwrap_or(rest))
            }
            Container::Item(indent) => strip_indented(rest, *indent),
            Container::Footnote => strip_indented(rest, 4),
            Container::Other => Some(rest),
        })
}

/// `line` without `columns` columns of indentation (a tab may give more), if it has them or
/// holds nothing else.
fn strip_indented(line: &str, columns: usize) -> Option<&str> {
    match strip_indentation(line, columns) {
        (taken, rest) if taken >= columns || rest.is_empty() => Some(rest),
        _ => None,
    }
}

/// `line` without up to `columns` columns of indentation (a tab may give more), and how many
/// it had.
fn strip_indentation(line: &str, columns: usize) -> (usize, &str) {
    let mut taken = 0;
    for (at, c) in line.char_indices() {
        if taken >= columns {
            return (taken, &line[at..]);
        }
        taken += match c {
            ' ' => 1,
            '\t' => 4 - taken % 4,
            _ => return (taken, &line[at..]),
        };
    }
    (taken, "")
}

/// How many columns past its container's content a list item's content starts, as
/// pulldown-cmark counts them, for the item whose line (from its container's content on) starts
/// at `start`: the marker's indentation, the marker, and the one to four columns after it
/// (one when the line ends there or when more follow, which then belong to indented code).
fn item_indent(source: &str, start: usize) -> usize {
    let line_start = source[..start].rfind('\n').map_or(0, |i| i + 1);
    let line = &source[line_start..];
    let line = &line[..line.find('\n').unwrap_or(line.len())];
    let column = |end: usize| {
        line[..end].chars().fold(0, |column, c| match c {
            '\t' => column + 4 - column % 4,
            _ => column + 1,
        })
    };
    let bytes = line.as_bytes();
    let skip = |from: usize, what: fn(&u8) -> bool| {
        from + bytes[from..].iter().take_while(|b| what(b)).count()
    };
    let marker_start = skip(start - line_start, |b| matches!(b, b' ' | b'\t'));
    let marker_end = match bytes.get(marker_start) {
        Some(b'-' | b'+' | b'*') => marker_start + 1,
        _ => skip(marker_start, u8::is_ascii_digit) + 1,
    }
    .min(line.len());
    let content = skip(marker_end, |b| matches!(b, b' ' | b'\t'));
    let spaces = column(content) - column(marker_end);
    let after_marker = if content == line.len() || spaces > 4 {
        1
    } else {
        spaces
    };
    column(marker_end) + after_marker - column(start - line_start)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn units(markdown: &str) -> Vec<(UnitKind, String)> {
        let document = Document::parse(Path::new("t.md"), markdown.to_string()).unwrap();
        let segmented = Segmented::new(&document);
        segmented
            .units
            .iter()
            .map(|u| (u.kind, u.text.clone()))
            .collect()
    }

    #[test]
    fn a_unit_with_no_word_is_no_message() {
        let markdown = "| 2014 | 97% | 2016-01-01 | 🎉 | <https://example.com/a> | `x` |\n|---|---|---|---|---|---|\n| March 2016 | ![📷](/a.png) | 1,80 km | see https://x.org | 한국 | 3 |\n";
        assert_eq!(
            units(markdown),
            vec![
                (UnitKind::Cell, "March 2016".into()),
                (UnitKind::Cell, "1,80 km".into()),
                (UnitKind::Cell, "see https://x.org".into()),
                (UnitKind::Cell, "한국".into()),
            ]
        );
    }

    #[test]
    fn finds_every_kind_of_unit() {
        let markdown = "+++\ntitle = \"T\"\nsummary = \"S\"\n+++\n\n# Head *one*\n\nPara with [link](http://x).\n\n> Quoted\n> on two lines\n\n- tight item\n- second\n\n| a | b |\n|---|---|\n| 1.80 | x |\n\n![Alt text](/i.jpg \"Title\")\n\nNote[^1].\n\n[^1]: The note.\n\n```\ncode is not a unit\n```\n";
        assert_eq!(
            units(markdown),
            vec![
                (UnitKind::Title, "T".into()),
                (UnitKind::Summary, "S".into()),
                (UnitKind::Heading, "Head *one*".into()),
                (UnitKind::Paragraph, "Para with [link](http://x).".into()),
                (UnitKind::Quote, "Quoted\non two lines".into()),
                (UnitKind::Item, "tight item".into()),
                (UnitKind::Item, "second".into()),
                (UnitKind::Cell, "a".into()),
                (UnitKind::Cell, "b".into()),
                (UnitKind::Cell, "x".into()),
                (UnitKind::Image, "Alt text".into()),
                (UnitKind::Paragraph, "Note[^1].".into()),
                (UnitKind::Footnote, "The note.".into()),
            ]
        );
    }

    #[test]
    fn an_image_with_a_title_and_no_alt_text_is_a_unit_in_a_cell_or_a_paragraph() {
        let markdown =
            "| h |\n| - |\n| ![](/a.png \"Cell title\") |\n\n![](/b.png \"Para title\")\n";
        let document = Document::parse(Path::new("t.md"), markdown.to_string()).unwrap();
        let segmented = Segmented::new(&document);
        let titles: Vec<_> = segmented
            .units
            .iter()
            .map(|u| {
                (
                    u.kind,
                    u.text.as_str(),
                    u.title.as_deref(),
                    &markdown[u.range.clone()],
                )
            })
            .collect();
        assert_eq!(
            titles,
            [
                (UnitKind::Cell, "h", None, "h"),
                (UnitKind::Image, "", Some("Cell title"), ""),
                (UnitKind::Image, "", Some("Para title"), ""),
            ]
        );
        // The empty alt text sits between `![` and `]`.
        assert_eq!(&markdown[segmented.units[1].range.start - 2..][..3], "![]");
    }

    #[test]
    fn nested_lists_give_one_unit_per_item_text() {
        let got = units("- outer\n  - inner one\n  - inner two\n- last\n");
        let texts: Vec<_> = got.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(texts, ["outer", "inner one", "inner two", "last"]);
    }

    #[test]
    fn code_inside_a_list_item_is_no_unit() {
        let got = units("- item\n\n  ```\n  let x = `code`;\n  ```\n");
        assert_eq!(got, [(UnitKind::Item, "item".into())]);
    }

    #[test]
    fn task_markers_stay_out_of_the_text() {
        let got = units("- [ ] tight\n- [x] loose\n\n  more\n");
        let texts: Vec<_> = got.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(texts, ["tight", "loose", "more"]);
    }

    #[test]
    fn a_unit_keeps_what_its_events_leave_out_at_its_ends() {
        // pulldown-cmark's ranges leave out the `[]` of a collapsed reference, and in a table
        // cell every backslash before an escaped pipe.
        let got = units("| a |\n|---|\n| [b][] |\n| \\\\| c |\n\n[b]: /b\n");
        assert_eq!(got[1].1, "[b][]");
        assert_eq!(got[2].1, "\\\\| c");
    }

    #[test]
    fn a_leading_escape_stays_in_the_text() {
        let got = units("\\* not a list\n\n> \\# not a heading\n\n\\\\*emphasis*\n");
        let texts: Vec<_> = got.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(
            texts,
            ["\\* not a list", "\\# not a heading", "\\\\*emphasis*"]
        );
    }

    #[test]
    fn image_title_is_kept_for_inline_images() {
        let document =
            Document::parse(Path::new("t.md"), "![Alt](/a.jpg \"Photo\")\n".into()).unwrap();
        let segmented = Segmented::new(&document);
        assert_eq!(segmented.units[0].title.as_deref(), Some("Photo"));
    }

    #[test]
    fn image_title_literal_is_located() {
        let source = "![Alt](/a.jpg \"Say \\\"hi\\\"\")";
        let range = title_literal(source, 0..source.len()).unwrap();
        assert_eq!(&source[range], "\"Say \\\"hi\\\"\"");
        assert_eq!(title_literal("![a](/b.jpg)", 0..12), None);
    }

    #[test]
    fn headings_give_context() {
        let document = Document::parse(
            Path::new("t.md"),
            "# A\n\n## B\n\nText\n\n## C\n\nMore\n".into(),
        )
        .unwrap();
        let segmented = Segmented::new(&document);
        let last = segmented.units.last().unwrap();
        assert_eq!(*last.headings, ["A", "C"]);
    }

    #[test]
    fn continuation_lines_lose_container_markers() {
        assert_eq!(strip_markers("> > b", 2), "b");
        assert_eq!(strip_markers(" >c", 2), "c");
        let got = units("> a `code\n> span` b\n>     > lazy\n\n- item\n      > text\n");
        assert_eq!(got[0].1, "a `code\nspan` b\n> lazy");
        assert_eq!(got[1].1, "item\n> text");
        use Container::{Footnote, Item, Other, Quote};
        assert_eq!(strip_margins(">   `b", &[Quote]), Some("  `b"));
        assert_eq!(strip_margins("  >>x", &[Quote, Other, Quote]), Some("x"));
        assert_eq!(strip_margins("       x", &[Item(2), Footnote]), Some(" x"));
        assert_eq!(strip_margins("\t  x", &[Item(3)]), Some("  x"));
        assert_eq!(strip_margins("   x", &[Item(2), Footnote]), None);
        assert_eq!(strip_margins("lazy", &[Quote]), None);
    }

    #[test]
    fn continuation_lines_need_only_their_containers_margin() {
        let margins = |markdown: &str| {
            let document = Document::parse(Path::new("t.md"), markdown.to_string()).unwrap();
            let segmented = Segmented::new(&document);
            let units = segmented.units.iter();
            units.map(|u| u.continuation.clone()).collect::<Vec<_>>()
        };
        // Indentation before a block is no container's: pulldown-cmark would keep it in a code span.
        assert_eq!(
            margins("  [^n1]: a\n\n   para\n\n>   quoted\n"),
            ["    ", "", "> "]
        );
        assert_eq!(margins("- a\n\n  [^n1]: b\n"), ["  ", "      "]);
        assert_eq!(margins(" 1.  a\n> - > b\n"), ["     ", ">   > "]);
        assert_eq!(item_indent("-     code", 0), 2);
        assert_eq!(item_indent("> 10)\n", 2), 4);
        assert_eq!(item_indent(" -\ta", 0), 4);
    }

    #[test]
    fn kinds_are_found_from_ids() {
        assert_eq!(UnitKind::of_id("p-soon-me"), Some(UnitKind::Paragraph));
        assert_eq!(UnitKind::of_id("title"), Some(UnitKind::Title));
        assert_eq!(UnitKind::of_id("pray"), None);
    }
}
