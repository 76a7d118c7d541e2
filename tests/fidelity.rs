//! The fidelity contract, tested on the library: the source locale's fragment is, byte for byte,
//! what pulldown-cmark renders from the file (also when every unit goes through the translation
//! path), a hostile translation changes nothing outside its own unit, and the reassembled
//! Markdown of a translated document renders to its fragment. Checked on generated Markdown and
//! real documents.

use std::fs;
use std::path::{Path, PathBuf};

use fluentpress::document::Document;
use fluentpress::markdown::markdown_options;
use fluentpress::render::{self, Choice};
use fluentpress::segment::Segmented;

/// What pulldown-cmark renders from `markdown` with the options the contract names.
fn reference(markdown: &str) -> String {
    let mut html = String::new();
    let parser = pulldown_cmark::Parser::new_ext(markdown, markdown_options());
    pulldown_cmark::html::push_html(&mut html, parser);
    html
}

/// The fragment and the Markdown of `segmented` with unit `i` shown as `texts[i]`.
fn render(segmented: &Segmented<'_>, texts: &[Option<String>]) -> (String, String) {
    let choices: Vec<Choice> = texts
        .iter()
        .map(|t| Choice {
            text: t.as_deref(),
            ..Choice::default()
        })
        .collect();
    (
        render::html_fragment(segmented, &choices, None),
        render::markdown(segmented, &choices),
    )
}

/// Where two renderings part, with some context of each, to read in a failure message.
fn divergence(expected: &str, got: &str) -> String {
    let at = expected
        .char_indices()
        .zip(got.chars())
        .find(|((_, a), b)| a != b)
        .map_or(expected.len().min(got.len()), |((i, _), _)| i);
    let context = |s: &str| {
        let boundary = |mut i: usize| {
            while !s.is_char_boundary(i) {
                i -= 1;
            }
            i
        };
        let (start, end) = (
            boundary(at.saturating_sub(120)),
            boundary((at + 120).min(s.len())),
        );
        format!("{:?}", &s[start..end])
    };
    format!(
        "at byte {at}\n  expected: {}\n  got:      {}",
        context(expected),
        context(got)
    )
}

/// Checks the contract on one document, byte for byte; the error says which part broke and
/// where.
fn check_fidelity(path: &Path, source: &str) -> Result<(), String> {
    let document = Document::parse(path, source.to_string()).map_err(|e| e.to_string())?;
    let segmented = Segmented::new(&document);
    let expected = reference(source);
    let (direct, markdown) = render(&segmented, &vec![None; segmented.units.len()]);
    if direct != expected {
        return Err(format!(
            "direct fragment {}",
            divergence(&expected, &direct)
        ));
    }
    let unsegmented = render::source_fragment(&document);
    if unsegmented != expected {
        return Err(format!(
            "source fragment {}",
            divergence(&expected, &unsegmented)
        ));
    }
    if markdown != source {
        return Err("the untranslated Markdown differs from the source".into());
    }
    // A trailing space makes every text differ from its source, forcing a reparse.
    let texts: Vec<Option<String>> = segmented
        .units
        .iter()
        .map(|u| Some(format!("{} ", u.text)))
        .collect();
    let (reparsed, markdown) = render(&segmented, &texts);
    if reparsed != expected {
        return Err(format!(
            "reparsed fragment {}",
            divergence(&expected, &reparsed)
        ));
    }
    let rendered = reference(&markdown);
    if rendered != expected {
        return Err(format!(
            "reparsed Markdown {}",
            divergence(&expected, &rendered)
        ));
    }
    Ok(())
}

/// Every `*.md` file under `dir`, sorted.
fn markdown_files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let entries = fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        for entry in entries {
            let path = entry.unwrap().path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == "md") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// Checks every Markdown file under `dir` and panics with the list of failures, if any.
/// Files that are not UTF-8, or whose `+++` front matter fluentpress rejects, are not
/// fluentpress documents; they are counted apart.
fn check_corpus(dir: &Path) {
    let files = markdown_files(dir);
    let mut bytes = 0;
    let mut skipped = Vec::new();
    let mut failures = Vec::new();
    for path in &files {
        let Ok(source) = fs::read_to_string(path) else {
            skipped.push(format!("{}: not UTF-8", path.display()));
            continue;
        };
        bytes += source.len();
        if let Err(e) = Document::parse(path, source.clone()) {
            skipped.push(e.to_string());
            continue;
        }
        if let Err(e) = check_fidelity(path, &source) {
            failures.push(format!("{}: {e}", path.display()));
        }
    }
    let checked = files.len() - skipped.len();
    println!(
        "{}: {} files, {bytes} bytes; {} of {checked} checked files faithful; {} skipped",
        dir.display(),
        files.len(),
        checked - failures.len(),
        skipped.len()
    );
    for skip in &skipped {
        println!("skipped {skip}");
    }
    assert!(checked > 0, "no Markdown files under {}", dir.display());
    assert!(
        failures.is_empty(),
        "{} of {checked} files break fidelity:\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

#[test]
fn real_documents_render_faithfully() {
    check_corpus(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus"));
    if let Some(dir) = std::env::var_os("FLUENTPRESS_CORPUS") {
        check_corpus(Path::new(&dir));
    }
}

mod generated {
    use super::*;
    use fluentpress::segment::UnitKind;
    use proptest::prelude::*;
    use proptest::sample::Index;

    /// Inline Markdown: words and every inline construct, including escapes and characters that
    /// mean something at the start of a line.
    fn inline() -> impl Strategy<Value = String> {
        let atoms = prop_oneof![
            4 => "[a-z]{1,8}",
            1 => prop::sample::select(vec![
                "*em*", "**strong**", "_under_", "~~gone~~", "`code`", "`a | b`", "``a ` b``",
                "[link](http://x.org \"T\")", "[ref][r1]", "[R1]", "[r2][]", "[^n1]",
                "<span>x</span>", "<b>", "&amp;", "&#42;", "\\*", "\\|", "{", "}", "{#id}",
                "![img](/i.png \"title\")", "![alt *x*][r2]", "<http://auto.link>", "\"q\"",
                "\\\\", "#", "1.", "2)", "-", "+", ">", "|", "[x]", "[ ]", "*", "_", "=", "<",
                "ẞ", "한국어", "中文",
            ])
            .prop_map(str::to_string),
        ];
        prop::collection::vec(atoms, 1..6).prop_map(|words| words.join(" "))
    }

    /// Lines of inline Markdown, joined by soft or hard breaks.
    fn text() -> impl Strategy<Value = String> {
        let line_end = prop::sample::select(vec!["\n", "\n", "  \n", "\\\n"]);
        prop::collection::vec((inline(), line_end), 1..4).prop_map(|lines| {
            let mut text = String::new();
            for (i, (line, end)) in lines.iter().enumerate() {
                if i > 0 {
                    // pulldown-cmark takes a `{#id}` out of a setext heading even before a last
                    // hard break (`a {#id}\` over `---`), where the unit's text keeps it.
                    let quirk = text.ends_with('}') && *end == "\\\n";
                    text.push_str(if quirk { "\n" } else { end });
                }
                text.push_str(line);
            }
            text
        })
    }

    fn leaf() -> impl Strategy<Value = String> {
        let code_line = prop::sample::select(vec![
            "* not a list",
            "# not a heading",
            "`x`",
            "a | b",
            "<div>",
            "",
        ]);
        prop_oneof![
            4 => text(),
            1 => (1..=6usize, inline(), prop::sample::select(vec!["", " {#anchor}", " {.c #h}", " #"]))
                .prop_map(|(level, t, attrs)| format!("{} {t}{attrs}", "#".repeat(level))),
            1 => (text(), prop::sample::select(vec!["===", "---"]))
                .prop_map(|(t, line)| format!("{t}\n{line}")),
            1 => (prop::sample::select(vec!["```", "~~~", "```rust"]), prop::collection::vec(code_line.clone(), 0..3))
                .prop_map(|(fence, lines)| {
                    let close = &fence[..3];
                    format!("{fence}\n{}\n{close}", lines.join("\n"))
                }),
            1 => prop::collection::vec(code_line, 1..3)
                .prop_map(|lines| lines.iter().map(|l| format!("    {l}")).collect::<Vec<_>>().join("\n")),
            1 => prop::sample::select(vec!["<div>\n*not Markdown*\n</div>", "<!-- note -->", "<table><tr><td>x</td></tr></table>"])
                .prop_map(str::to_string),
            1 => prop::sample::select(vec!["***", "---", "- - -"]).prop_map(str::to_string),
            1 => (1..=3usize, prop::collection::vec(inline(), 1..9)).prop_map(|(columns, cells)| {
                let row = |cells: &[String]| format!("| {} |", cells.iter().map(|c| c.replace('|', "\\|")).collect::<Vec<_>>().join(" | "));
                let mut lines = vec![row(&cells[..columns.min(cells.len())]), format!("|{}", "---|".repeat(columns))];
                lines.extend(cells[columns.min(cells.len())..].chunks(columns).map(row));
                lines.join("\n")
            }),
            1 => text().prop_map(|t| format!("[^n1]: {}", t.replace('\n', "\n    "))),
            1 => prop::sample::select(vec!["[r1]: http://r1.org \"Title\"", "[r2]: </two> 'T'", "[ss]: /sharp"])
                .prop_map(str::to_string),
        ]
    }

    /// `lines` with `first` before the first line and `rest` before the others (blank lines
    /// get the prefix trimmed, as editors write them).
    fn prefixed(lines: &str, first: &str, rest: &str) -> String {
        lines
            .split('\n')
            .enumerate()
            .map(|(i, line)| {
                let prefix = if i == 0 { first } else { rest };
                if line.is_empty() {
                    prefix.trim_end().to_string()
                } else {
                    format!("{prefix}{line}")
                }
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    fn block() -> impl Strategy<Value = String> {
        leaf().prop_recursive(3, 24, 4, |inner| {
            let blocks = prop::collection::vec(inner, 1..3).prop_map(|b| b.join("\n\n"));
            prop_oneof![
                (blocks.clone(), any::<bool>()).prop_map(|(content, lazy)| {
                    let quoted = prefixed(&content, "> ", "> ");
                    if !lazy {
                        return quoted;
                    }
                    // Lazy continuation: drop the marker where a line goes on with a letter.
                    quoted.replace("\n> ", "\n")
                }),
                (
                    prop::collection::vec(blocks, 1..4),
                    prop::sample::select(vec!["- ", "* ", "+ ", "1. ", "3) "]),
                    any::<bool>(),
                )
                    .prop_map(|(items, marker, loose)| {
                        let indent = " ".repeat(marker.len());
                        let separator = if loose { "\n\n" } else { "\n" };
                        items
                            .iter()
                            .map(|item| prefixed(item, marker, &indent))
                            .collect::<Vec<_>>()
                            .join(separator)
                    }),
            ]
        })
    }

    /// A document: optional front matter, then blocks.
    fn document() -> impl Strategy<Value = String> {
        let front =
            prop::sample::select(vec!["", "+++\ntitle = \"T {x}\"\nsummary = \"S\"\n+++\n"]);
        (front, prop::collection::vec(block(), 1..6))
            .prop_map(|(front, blocks)| format!("{front}{}\n", blocks.join("\n\n")))
            // A first line `---` opens YAML front matter, as in Hugo and Jekyll: not Markdown.
            .prop_filter("a thematic break first", |document| {
                !document.starts_with("---\n")
            })
    }

    /// Text a careless or hostile translator might write: block syntax in every position. (Not
    /// inline HTML spanning lines: inside a quote, pulldown-cmark keeps the `> ` of its second
    /// line in the HTML, so the Markdown of such a translation differs from its fragment there.)
    fn hostile() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            "* star",
            "*",
            "**",
            "_",
            "# hash",
            "#",
            "1. one",
            "1)",
            "> quote",
            ">",
            "```",
            "~~~",
            "---",
            "===",
            "- ",
            "+ ",
            "| a | b |",
            "|---|---|",
            "<div>",
            "</div>",
            "<span>",
            "    indented",
            "\t",
            "[r1]: /evil",
            "[x]",
            "]",
            "[",
            "\\",
            "`",
            "{",
            "}",
            "{#id}",
            "+++",
            "***",
            "- [ ] task",
            "&",
            "&#x2a;",
            "word",
            "text",
        ]);
        let separators = prop::sample::select(vec![" ", "\n", "\n\n", "", "  \n", "\r", "\r\n"]);
        prop::collection::vec((pieces, separators), 1..8)
            .prop_map(|parts| parts.iter().flat_map(|(p, s)| [*p, *s]).collect::<String>())
    }

    const OPEN: &str = "<!--unit-->";
    const CLOSE: &str = "<!--/unit-->";

    /// The fragment of `segmented` with unit `index` marked and shown as `text`.
    fn marked(segmented: &Segmented<'_>, index: usize, text: Option<&str>) -> String {
        let mut choices = vec![Choice::default(); segmented.units.len()];
        choices[index] = Choice {
            text,
            title: None,
            wrap: Some((OPEN, CLOSE)),
        };
        render::html_fragment(segmented, &choices, None)
    }

    /// What lies outside the marks, and what inside.
    fn split(html: &str) -> (&str, &str, &str) {
        let open = html.find(OPEN).expect("the unit is marked");
        let close = html.rfind(CLOSE).expect("the unit is closed");
        (
            &html[..open],
            &html[open + OPEN.len()..close],
            &html[close + CLOSE.len()..],
        )
    }

    proptest! {


        #[test]
        fn generated_documents_render_faithfully(source in document()) {
            if let Err(e) = check_fidelity(Path::new("generated.md"), &source) {
                return Err(TestCaseError::fail(format!("{source:?}\n{e}")));
            }
        }

        #[test]
        fn hostile_translations_stay_inside_their_unit(
            source in document(),
            pick in any::<Index>(),
            translation in hostile(),
        ) {
            let document = Document::parse(Path::new("generated.md"), source.clone()).unwrap();
            let segmented = Segmented::new(&document);
            let body: Vec<usize> = (0..segmented.units.len())
                .filter(|&i| !matches!(segmented.units[i].kind, UnitKind::Title | UnitKind::Summary))
                .collect();
            prop_assume!(!body.is_empty());
            let index = body[pick.index(body.len())];
            let before = marked(&segmented, index, None);
            let after = marked(&segmented, index, Some(&translation));
            let (head, _, tail) = split(&before);
            let (new_head, inside, new_tail) = split(&after);
            prop_assert_eq!(head, new_head, "before the unit, for {:?}", source);
            prop_assert_eq!(tail, new_tail, "after the unit, for {:?}", source);
            for tag in ["<p>", "<li>", "<h1", "<h2", "<h3", "<h4", "<h5", "<h6", "<pre>", "<ul>", "<ol>", "<blockquote>", "<table>", "<hr />"] {
                prop_assert!(!inside.contains(tag), "{} inside the unit: {:?}", tag, inside);
            }
            // The translated document's Markdown renders to its fragment.
            let mut texts = vec![None; segmented.units.len()];
            texts[index] = Some(translation.clone());
            let (fragment, markdown) = super::render(&segmented, &texts);
            prop_assert_eq!(
                reference(&markdown),
                fragment,
                "Markdown:\n{}",
                markdown
            );
        }
    }
}
