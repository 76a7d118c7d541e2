//! The readers of user files on any input, for a bounded number of cases: a Markdown document
//! (parsed, segmented, rendered both ways with any translations, however many) and a Fluent file
//! (parsed, its messages read back) never panic. Inputs are arbitrary bytes read as text, and
//! text built from the characters each syntax gives a meaning.

use std::path::Path;

use fluentpress::catalog::{self, Catalog};
use fluentpress::document::Document;
use fluentpress::render::{self, Choice};
use fluentpress::segment::{Context, Segmented};
use proptest::prelude::*;

/// Arbitrary bytes, as a file read with invalid UTF-8 replaced.
fn bytes() -> impl Strategy<Value = String> {
    prop::collection::vec(any::<u8>(), 0..400)
        .prop_map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
}

/// Text made mostly of what Markdown and Fluent read as syntax, so that it reaches deep.
fn syntax() -> impl Strategy<Value = String> {
    "(\\PC|[ \n\t\r\u{feff}#*_`\\[\\]()<>!&|~^{}=.:+\\-\\\\\"$0-9a-z]){0,300}"
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![bytes(), syntax()]
}

/// Front matter, sometimes, in front of `body`.
fn document() -> impl Strategy<Value = String> {
    let front = prop::sample::select(vec![
        "",
        "+++\ntitle = \"T\"\nsummary = \"S\"\n+++\n",
        "---\ntitle: T\n---\n",
        "+++\n",
    ]);
    (front, any_text()).prop_map(|(front, body)| format!("{front}{body}"))
}

/// Renders `source` in every way a build can, with `translations` given to its units in turn
/// (as many as there are, fewer or more than the units).
fn render_everything(source: &str, translations: &[String], count: usize) {
    let Ok(document) = Document::parse(Path::new("fuzz.md"), source.to_string()) else {
        return;
    };
    let segmented = Segmented::new(&document);
    let choices: Vec<Choice> = translations
        .iter()
        .cycle()
        .take(count.min(segmented.units.len() + 2))
        .enumerate()
        .map(|(i, text)| Choice {
            text: Some(text),
            title: (i % 3 == 0).then_some(text.as_str()),
            wrap: (i % 2 == 0).then_some(("<span>", "</span>")),
        })
        .collect();
    render::html_fragment(&segmented, &choices, Some(&escape_all));
    render::html_fragment(&segmented, &choices, None);
    let markdown = render::markdown(&segmented, &choices);
    render::heading_anchors(&segmented);
    // The reassembled document is a document too.
    if let Ok(again) = Document::parse(Path::new("fuzz.md"), markdown) {
        Segmented::new(&again);
    }
}

/// A stand-in sanitizer: what it keeps is not the renderer's concern, only that it is called.
fn escape_all(html: &str) -> String {
    html.replace('<', "&lt;")
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 2000,
        ..ProptestConfig::default()
    })]

    #[test]
    fn markdown_reader_never_panics(
        source in document(),
        translations in prop::collection::vec(any_text(), 1..4),
        count in 0usize..40,
    ) {
        render_everything(&source, &translations, count);
    }

    #[test]
    fn translations_are_made_safe_in_every_context(text in any_text()) {
        for context in [
            Context::Paragraph,
            Context::ItemStart,
            Context::Heading,
            Context::SetextHeading,
            Context::Cell,
        ] {
            render::safe_inline(context, &text);
        }
    }

    #[test]
    fn fluent_reader_never_panics(text in any_text()) {
        let catalog = Catalog::parse(Path::new("fuzz.ftl"), text.clone());
        for entry in &catalog.entries {
            catalog.slice(&entry.span);
            catalog.slice(&entry.body);
        }
        for id in catalog.ids() {
            prop_assert!(catalog.get(id).is_some(), "{id} is listed but not found");
        }
        let pattern = catalog::text_to_pattern(&text);
        catalog::pattern_to_text(&pattern);
    }
}
