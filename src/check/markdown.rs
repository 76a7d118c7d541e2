//! Markdown checks (FP101–FP106): a translation keeps its source's inline structure — the same
//! link targets, code spans, images and formatting, no new block, no new HTML tag — and the text
//! a reader sees, which the content and locale checks read, traced back to the Markdown.

use std::ops::Range;

use pulldown_cmark::{BrokenLink, CowStr, Event, LinkType, Options, Parser, Tag};

use super::{Code, Finding, Traced};
use crate::markdown::{is_one_paragraph, is_plain, link_label_key, markdown_options};

/// A part of the inline structure, by what must stay the same, and where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Item {
    key: String,
    at: Range<usize>,
}

/// What each count of `Inline::formatting` counts.
const FORMATTING: [&str; 4] = [
    "emphasis",
    "strong emphasis",
    "strikethrough",
    "hard line break",
];

/// The inline structure of a unit's Markdown text.
#[derive(Debug, Default)]
pub(crate) struct Inline {
    /// Link targets: a URL, `[label]` for a reference link, `[^label]` for a footnote.
    links: Vec<Item>,
    code: Vec<Item>,
    images: Vec<Item>,
    /// HTML tag names, in lowercase.
    tags: Vec<Item>,
    /// How many of each `FORMATTING` there are.
    formatting: [usize; 4],
    one_paragraph: bool,
    /// Where the second top-level block starts, if there is one.
    second_block: Option<usize>,
    /// The reference labels the text uses, normalized.
    labels: Vec<String>,
    /// What a reader sees: text without Markdown syntax, line breaks as `\n`.
    pub visible: Traced,
}

impl Inline {
    /// Parses `text`, the Markdown of a unit, or of the translation of `source`. A unit stands
    /// here without its document's link definitions, so `[text][label]` counts as a link to
    /// `[label]`; so does a bare `[label]` in a source, and in a translation when its source
    /// uses the label, since it is only a link when the document defines it.
    pub fn parse(text: &str, source: Option<&Inline>) -> Inline {
        if is_plain(text) {
            let mut inline = Inline {
                one_paragraph: true,
                ..Inline::default()
            };
            inline.visible.push(text, 0);
            return inline;
        }
        Inline::parse_markdown(text, source)
    }

    fn parse_markdown(text: &str, source: Option<&Inline>) -> Inline {
        let resolve = |link: BrokenLink| {
            let label = link_label_key(&link.reference);
            let known = source
                .is_none_or(|s| link.link_type == LinkType::Reference || s.labels.contains(&label));
            known.then(|| (CowStr::from(format!("[{label}]")), CowStr::Borrowed("")))
        };
        // Old-style footnotes report `[^label]` without a definition, which a unit never has.
        let options = markdown_options() | Options::ENABLE_OLD_FOOTNOTES;
        let mut inline = Inline {
            one_paragraph: is_one_paragraph(text),
            ..Inline::default()
        };
        let (mut depth, mut blocks) = (0usize, 0usize);
        for (event, at) in
            Parser::new_with_broken_link_callback(text, options, Some(resolve)).into_offset_iter()
        {
            if depth == 0 && !matches!(event, Event::End(_)) {
                blocks += 1;
                if blocks == 2 {
                    inline.second_block = Some(at.start);
                }
            }
            match event {
                Event::Start(tag) => {
                    depth += 1;
                    inline.start(tag, at);
                }
                Event::End(_) => depth = depth.saturating_sub(1),
                Event::Text(text) => inline.visible.push(&text, at.start),
                Event::SoftBreak => inline.visible.push("\n", at.start),
                Event::HardBreak => {
                    inline.formatting[3] += 1;
                    inline.visible.push("\n", at.start);
                }
                Event::Code(code) => inline.code.push(Item {
                    key: code.to_string(),
                    at,
                }),
                Event::InlineHtml(html) | Event::Html(html) => {
                    inline.tags.extend(tags(&html, at.start))
                }
                Event::FootnoteReference(label) => inline.links.push(Item {
                    key: format!("[^{label}]"),
                    at,
                }),
                Event::InlineMath(_)
                | Event::DisplayMath(_)
                | Event::Rule
                | Event::TaskListMarker(_) => {}
            }
        }
        inline
    }

    fn start(&mut self, tag: Tag, at: Range<usize>) {
        match tag {
            Tag::Link {
                link_type,
                dest_url,
                id,
                ..
            } => {
                if matches!(
                    link_type,
                    LinkType::ReferenceUnknown
                        | LinkType::CollapsedUnknown
                        | LinkType::ShortcutUnknown
                ) {
                    self.labels.push(link_label_key(&id));
                }
                self.links.push(Item {
                    key: dest_url.to_string(),
                    at,
                });
            }
            Tag::Image { dest_url, .. } => self.images.push(Item {
                key: dest_url.to_string(),
                at,
            }),
            Tag::Emphasis => self.formatting[0] += 1,
            Tag::Strong => self.formatting[1] += 1,
            Tag::Strikethrough => self.formatting[2] += 1,
            _ => {}
        }
    }
}

/// The tags in `html`, which starts at `offset` of the text.
fn tags(html: &str, offset: usize) -> impl Iterator<Item = Item> + '_ {
    html.match_indices('<').filter_map(move |(i, _)| {
        let rest = &html[i + 1..];
        let name = rest.strip_prefix('/').unwrap_or(rest);
        let length = name
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(name.len());
        name.starts_with(|c: char| c.is_ascii_alphabetic())
            .then(|| Item {
                key: name[..length].to_ascii_lowercase(),
                at: offset + i..offset + i + 1 + (rest.len() - name.len()) + length,
            })
    })
}

/// FP101–FP106 for a translation whose structure is `target` and whose source's is `source`.
/// Ranges are in the translation's text.
pub(crate) fn compare(source: &Inline, target: &Inline) -> Vec<Finding> {
    let mut found = differences(Code::Links, "link target", &source.links, &target.links);
    found.extend(differences(
        Code::InlineCode,
        "code span",
        &source.code,
        &target.code,
    ));
    found.extend(differences(
        Code::Images,
        "image",
        &source.images,
        &target.images,
    ));
    for ((name, theirs), ours) in FORMATTING
        .iter()
        .zip(source.formatting)
        .zip(target.formatting)
    {
        if theirs != ours {
            found.push(Finding::new(
                Code::Formatting,
                0..0,
                format!("the source has {theirs} {name} and the translation {ours}"),
            ));
        }
    }
    if source.one_paragraph && !target.one_paragraph {
        let at = target.second_block.unwrap_or(0);
        found.push(Finding::new(
            Code::NewBlock,
            at..at,
            "the translation is not one paragraph: it starts a new block",
        ));
    }
    let mut reported: Vec<&str> = Vec::new();
    for tag in &target.tags {
        if !source.tags.iter().any(|t| t.key == tag.key) && !reported.contains(&tag.key.as_str()) {
            reported.push(&tag.key);
            found.push(Finding::new(
                Code::Html,
                tag.at.clone(),
                format!("HTML tag `<{}>` is not in the source", tag.key),
            ));
        }
    }
    found
}

/// The items of `source` missing from `target` and those of `target` not in `source`, in any
/// order. A missing item and an extra one are taken for one changed item.
fn differences(code: Code, what: &str, source: &[Item], target: &[Item]) -> Vec<Finding> {
    let mut extra: Vec<&Item> = target.iter().collect();
    let mut missing = Vec::new();
    for item in source {
        match extra.iter().position(|t| t.key == item.key) {
            Some(i) => {
                extra.remove(i);
            }
            None => missing.push(item),
        }
    }
    let mut extra = extra.into_iter();
    let mut found: Vec<Finding> = missing
        .into_iter()
        .map(|item| match extra.next() {
            Some(new) => Finding::new(
                code,
                new.at.clone(),
                format!("{what} `{}` became `{}`", item.key, new.key),
            ),
            None => Finding::new(
                code,
                0..0,
                format!("{what} `{}` of the source is missing", item.key),
            ),
        })
        .collect();
    found.extend(extra.map(|new| {
        Finding::new(
            code,
            new.at.clone(),
            format!("{what} `{}` is not in the source", new.key),
        )
    }));
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The findings of translating `source` as `target`, with the text each points at.
    fn check(source: &str, target: &str) -> Vec<(Code, String, String)> {
        let source = Inline::parse(source, None);
        let parsed = Inline::parse(target, Some(&source));
        compare(&source, &parsed)
            .into_iter()
            .map(|f| (f.code, f.message, target[f.at].to_string()))
            .collect()
    }

    fn codes(source: &str, target: &str) -> Vec<Code> {
        check(source, target)
            .into_iter()
            .map(|(c, _, _)| c)
            .collect()
    }

    #[test]
    fn link_targets_must_stay() {
        let source = "Read the [prayer guide](/guide.pdf) or [this][ref].";
        assert!(codes(
            source,
            "[기도 안내서][ref]와 [안내서](/guide.pdf)를 읽으세요."
        )
        .is_empty());
        let changed = check(
            source,
            "[기도 안내서](/guide-ko.pdf)나 [이것][ref]을 읽으세요.",
        );
        assert_eq!(
            changed,
            [(
                Code::Links,
                "link target `/guide.pdf` became `/guide-ko.pdf`".into(),
                "[기도 안내서](/guide-ko.pdf)".into()
            )]
        );
        let dropped = check(source, "기도 안내서나 [이것][ref]을 읽으세요.");
        assert_eq!(
            dropped[0].1,
            "link target `/guide.pdf` of the source is missing"
        );
    }

    #[test]
    fn bare_brackets_are_links_only_when_the_source_has_them() {
        assert!(
            codes("See [Reuters].", "[로이터]를 보세요 [주].").len() == 1,
            "[Reuters] is gone"
        );
        assert!(codes("See [Reuters].", "[Reuters] 참조 [주].").is_empty());
    }

    #[test]
    fn footnote_references_count_as_links() {
        assert!(codes("A note[^1].", "주석[^1].").is_empty());
        assert_eq!(codes("A note[^1].", "주석."), [Code::Links]);
    }

    #[test]
    fn code_spans_stay_verbatim() {
        assert!(codes(
            "Run `fluentpress check`.",
            "`fluentpress check`를 실행하세요."
        )
        .is_empty());
        assert_eq!(
            codes(
                "Run `fluentpress check`.",
                "`fluentpress 검사`를 실행하세요."
            ),
            [Code::InlineCode]
        );
    }

    #[test]
    fn images_stay() {
        assert!(codes("A ![logo](/l.png) here.", "여기 ![로고](/l.png).").is_empty());
        assert_eq!(
            codes("A ![logo](/l.png) here.", "여기 로고."),
            [Code::Images]
        );
    }

    #[test]
    fn formatting_counts_match() {
        assert!(codes("It is *very* **bold**.", "*매우* **굵다**.").is_empty());
        let found = check("It is *very* **bold**.", "매우 **굵다**.");
        assert_eq!(
            found[0].1,
            "the source has 1 emphasis and the translation 0"
        );
        assert_eq!(
            codes("line one  \nline two", "첫 줄 둘째 줄"),
            [Code::Formatting]
        );
    }

    #[test]
    fn new_blocks_are_errors() {
        assert!(codes("One paragraph\non two lines.", "한 문단\n두 줄.").is_empty());
        for block in [
            "- 목록",
            "# 제목",
            "첫 문단\n\n둘째 문단",
            "```\n코드\n```",
            "> 인용",
            "a | b\n--|--\nc | d",
        ] {
            assert_eq!(codes("Plain text.", block), [Code::NewBlock], "{block:?}");
        }
        let found = check("Plain text.", "첫 문단\n\n둘째 문단");
        assert_eq!(found[0].2, "", "points at the second block");
    }

    #[test]
    fn html_tags_must_be_the_sources() {
        assert!(codes(
            "A <abbr title=\"x\">NK</abbr> word.",
            "<abbr title=\"y\">북한</abbr> 낱말."
        )
        .is_empty());
        let found = check("Plain text.", "<span style=\"x\">글</span> <br>");
        assert_eq!(
            found.iter().map(|f| f.2.as_str()).collect::<Vec<_>>(),
            ["<span", "<br"]
        );
        assert!(found.iter().all(|f| f.0 == Code::Html));
    }

    proptest! {
        #[test]
        fn plain_text_reads_as_the_parser_reads_it(text in "[a-z한文 .,!?#|(){}\\[\\]*_`<>&~\\\\\n-]{0,24}") {
            let parsed = Inline::parse_markdown(&text, None);
            let plain = Inline::parse(&text, None);
            prop_assert_eq!(&plain.visible.text, &parsed.visible.text);
            prop_assert_eq!(plain.one_paragraph, parsed.one_paragraph);
            prop_assert_eq!(plain.second_block, parsed.second_block);
            prop_assert_eq!(plain.formatting, parsed.formatting);
        }
    }

    #[test]
    fn visible_text_is_traced_to_the_markdown() {
        let text = "A *b* [link](/x) `c`\nd";
        let inline = Inline::parse(text, None);
        assert_eq!(inline.visible.text, "A b link \nd");
        let at = inline.visible.text.find("link").unwrap();
        assert_eq!(&text[inline.visible.origin(at..at + 4)], "link");
    }
}
