//! Translatable units: the paragraphs, headings, list items, table cells, quotes, footnotes and
//! image texts of a document, each with the byte range of its Markdown source. A document is
//! parsed once; the event stream is kept so that every locale can be rendered from it by swapping
//! the inline events of each unit, which keeps a translation inside its own unit.

use std::ops::Range;

use std::collections::HashMap;

use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};

use crate::document::Document;

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
    /// The plain text of the enclosing headings, outermost first.
    pub headings: Vec<String>,
    /// Where `text` came from in the document's source.
    pub range: Range<usize>,
    /// What continuation lines of this unit start with in the source (`> ` inside a quote,
    /// spaces inside a list item), to reassemble multi-line translations.
    pub continuation: String,
}

/// Where a unit sits in the event stream.
#[derive(Debug, Clone)]
pub(crate) struct Slot {
    /// The unit's inline events (for an image, its alt text events).
    pub inline: Range<usize>,
    /// For an image, the index of its `Start(Image)` event.
    pub image: Option<usize>,
}

/// A document parsed once: its units, and its event stream for rendering in any locale.
pub struct Segmented<'a> {
    pub document: &'a Document,
    /// Front matter units first (title, summary), then body units in document order.
    pub units: Vec<Unit>,
    /// The slot of each body unit; front matter units have none.
    pub(crate) slots: Vec<Option<Slot>>,
    pub(crate) events: Vec<Event<'a>>,
    /// Link reference definitions by normalized label: destination and title.
    pub(crate) refdefs: HashMap<String, (String, String)>,
    /// Labels of the document's footnote definitions, so a translated unit can refer to them.
    pub(crate) footnotes: Vec<String>,
}

impl<'a> Segmented<'a> {
    /// Parses `document` and finds its units.
    pub fn new(document: &'a Document) -> Segmented<'a> {
        let source = document.source.as_str();
        let mut segmenter = Segmenter::default();
        for (key, kind) in [("title", UnitKind::Title), ("summary", UnitKind::Summary)] {
            if let Some(field) = document.front_matter_field(key) {
                segmenter.units.push(Unit {
                    kind,
                    plain: field.value.clone(),
                    text: field.value,
                    title: None,
                    title_range: None,
                    headings: Vec::new(),
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
                (link_label_key(label), (def.dest.to_string(), title))
            })
            .collect();
        let Segmenter {
            units,
            slots,
            events,
            footnotes,
            ..
        } = segmenter;
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

#[derive(Debug, Clone, Copy, PartialEq)]
enum Container {
    Quote,
    Item,
    Footnote,
}

/// An open unit: its kind and the index of its first inline event.
struct Open {
    kind: UnitKind,
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
    footnotes: Vec<String>,
}

impl<'a> Segmenter<'a> {
    fn push(&mut self, source: &str, event: Event<'a>, range: Range<usize>) {
        let index = self.events.len();
        match &event {
            Event::Start(Tag::Paragraph) => {
                self.open(self.paragraph_kind(), index + 1, false);
            }
            Event::Start(Tag::Heading { .. }) => self.open(UnitKind::Heading, index + 1, false),
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
                }
            }
            Event::Start(tag) if is_inline(tag) => self.open_implicit(index),
            Event::Start(tag) => {
                self.close_implicit(source, index);
                match tag {
                    Tag::BlockQuote(_) => self.containers.push(Container::Quote),
                    Tag::Item => self.containers.push(Container::Item),
                    Tag::FootnoteDefinition(label) => {
                        self.footnotes.push(label.to_string());
                        self.containers.push(Container::Footnote);
                    }
                    _ => {}
                }
            }
            Event::End(end) if is_inline_end(end) => {}
            Event::End(end) => {
                self.close_implicit(source, index);
                if matches!(
                    end,
                    TagEnd::BlockQuote(_) | TagEnd::Item | TagEnd::FootnoteDefinition
                ) {
                    self.containers.pop();
                }
            }
            Event::Text(_)
            | Event::Code(_)
            | Event::InlineHtml(_)
            | Event::InlineMath(_)
            | Event::FootnoteReference(_)
            | Event::SoftBreak
            | Event::HardBreak => self.open_implicit(index),
            Event::Html(_) | Event::DisplayMath(_) | Event::Rule | Event::TaskListMarker(_) => {
                self.close_implicit(source, index);
            }
        }
        self.events.push(event);
        self.ranges.push(range);
    }

    fn paragraph_kind(&self) -> UnitKind {
        match self.containers.last() {
            Some(Container::Item) => UnitKind::Item,
            Some(Container::Quote) => UnitKind::Quote,
            Some(Container::Footnote) => UnitKind::Footnote,
            None => UnitKind::Paragraph,
        }
    }

    fn open(&mut self, kind: UnitKind, first: usize, implicit: bool) {
        self.open = Some(Open {
            kind,
            first,
            implicit,
        });
    }

    /// Inline content straight inside a list item (a tight list) is a unit of its own.
    fn open_implicit(&mut self, index: usize) {
        if self.open.is_none() && self.containers.last() == Some(&Container::Item) {
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
            (Some(first), Some(last)) => first.start..last.end.max(first.end),
            _ => self.ranges[end].start..self.ranges[end].start,
        };
        let quotes = self
            .containers
            .iter()
            .filter(|c| **c == Container::Quote)
            .count();
        self.units.push(Unit {
            kind,
            text: strip_continuations(&source[range.clone()], quotes),
            title,
            title_range,
            plain: plain_text(events),
            headings: self.headings.iter().map(|(_, h)| h.clone()).collect(),
            continuation: continuation_prefix(source, range.start),
            range,
        });
        self.slots.push(Some(Slot { inline, image }));
        self.units.last()
    }

    /// If the events in `inline` are one image and nothing else but whitespace, the indices of
    /// its start and end events, its link type and its title.
    fn lone_image(&self, inline: Range<usize>) -> Option<(usize, usize, LinkType, String)> {
        let meaningful: Vec<usize> = inline
            .clone()
            .filter(|&i| !matches!(&self.events[i], Event::Text(t) if t.trim().is_empty()))
            .collect();
        let (&first, &last) = (meaningful.first()?, meaningful.last()?);
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

/// Link labels match case-insensitively with runs of whitespace collapsed (CommonMark).
pub(crate) fn link_label_key(label: &str) -> String {
    label
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The text a reader sees in `events`.
pub(crate) fn plain_text(events: &[Event]) -> String {
    let mut plain = String::new();
    for event in events {
        match event {
            Event::Text(t) | Event::Code(t) => plain.push_str(t),
            Event::SoftBreak | Event::HardBreak => plain.push(' '),
            _ => {}
        }
    }
    plain
}

/// Removes the container markers that start the continuation lines of a unit: up to `quotes`
/// block quote markers, and the indentation of list items and footnotes. Leading whitespace of
/// a paragraph's continuation line carries no meaning in Markdown, so nothing is lost.
fn strip_continuations(slice: &str, quotes: usize) -> String {
    let mut lines = slice.split('\n');
    let mut text = String::with_capacity(slice.len());
    text.push_str(lines.next().unwrap_or(""));
    for line in lines {
        let mut rest = line;
        for _ in 0..quotes {
            match rest.trim_start_matches([' ', '\t']).strip_prefix('>') {
                Some(after) => rest = after,
                None => break,
            }
        }
        text.push('\n');
        text.push_str(rest.trim_start_matches([' ', '\t']));
    }
    text
}

/// What a continuation line of a unit starting at `start` needs in front of it: the same
/// block quote markers as the first line, and spaces where the first line has list markers.
fn continuation_prefix(source: &str, start: usize) -> String {
    let line_start = source[..start].rfind('\n').map_or(0, |i| i + 1);
    source[line_start..start]
        .chars()
        .map(|c| if c == '>' || c == '\t' { c } else { ' ' })
        .collect()
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
                (UnitKind::Cell, "1.80".into()),
                (UnitKind::Cell, "x".into()),
                (UnitKind::Image, "Alt text".into()),
                (UnitKind::Paragraph, "Note[^1].".into()),
                (UnitKind::Footnote, "The note.".into()),
            ]
        );
    }

    #[test]
    fn nested_lists_give_one_unit_per_item_text() {
        let got = units("- outer\n  - inner one\n  - inner two\n- last\n");
        let texts: Vec<_> = got.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(texts, ["outer", "inner one", "inner two", "last"]);
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
        assert_eq!(last.headings, ["A", "C"]);
    }

    #[test]
    fn continuation_lines_lose_container_markers() {
        assert_eq!(strip_continuations("a\n> > b\n>c", 2), "a\nb\nc");
        assert_eq!(continuation_prefix("> - item", 4), ">   ");
    }

    #[test]
    fn kinds_are_found_from_ids() {
        assert_eq!(UnitKind::of_id("p-soon-me"), Some(UnitKind::Paragraph));
        assert_eq!(UnitKind::of_id("title"), Some(UnitKind::Title));
        assert_eq!(UnitKind::of_id("pray"), None);
    }
}
