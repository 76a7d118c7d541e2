//! How fast extraction and the fragment build are, against the floor of rendering the same
//! files with bare pulldown-cmark (read, parse, render, in parallel): a generated project of
//! 2,000 documents of mixed Markdown, with every message translated into Korean (prefixed) and
//! Chinese (words reversed). Builds are timed with their outputs up to date (what a rebuild
//! costs) and from nothing (every file written and synced).
//!
//! `cargo bench --bench pipeline`; under `cargo test` it runs once on 20 documents.

use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

mod common;

use common::translated_catalog;

use fluentpress::build::{self, Format};
use fluentpress::catalog::Catalog;
use fluentpress::extract;
use fluentpress::markdown::markdown_options;
use fluentpress::project::Project;
use rayon::prelude::*;

fn main() {
    let benchmark = std::env::args().any(|a| a == "--bench");
    let (documents, runs) = if benchmark { (2000, 5) } else { (20, 1) };
    let dir = tempfile::tempdir().expect("a temporary folder");
    let root = dir.path();
    let bytes = generate(root, documents);
    let project = Project::load(root).expect("the generated project loads");

    let mut rows = Vec::new();
    let floor = best(runs, || render_floor(&project));
    rows.push(("pulldown-cmark floor", floor));
    let cold = time(|| extract::run(&project).expect("extraction"));
    rows.push(("extract, from nothing", cold));
    rows.push((
        "extract, nothing changed",
        best(runs, || extract::run(&project).expect("extraction")),
    ));
    translate(&project, "ko", |text| format!("번역 {text}"));
    translate(&project, "zh-CN", |text| {
        text.split(' ').rev().collect::<Vec<_>>().join(" ")
    });
    let mut builds = Vec::new();
    for locale in ["en", "ko", "zh-CN"] {
        let options = build::Options {
            format: Format::Fragment,
            locales: vec![locale.to_string()],
            clean: false,
            pseudo: false,
        };
        let cold = time(|| build::run(&project, &options).expect("build"));
        let warm = best(runs, || build::run(&project, &options).expect("build"));
        builds.push((locale, cold, warm));
    }
    for (locale, _, warm) in &builds {
        rows.push((leak(format!("fragment build {locale}, up to date")), *warm));
    }
    for (locale, cold, _) in &builds {
        rows.push((
            leak(format!("fragment build {locale}, from nothing")),
            *cold,
        ));
    }

    println!(
        "{documents} documents, {:.1} MB of Markdown, {} threads, best of {runs}",
        bytes as f64 / 1e6,
        rayon::current_num_threads()
    );
    println!("{:<34} {:>10} {:>9}", "step", "time", "vs floor");
    for (step, took) in rows {
        println!(
            "{step:<34} {:>8.1}ms {:>8.2}x",
            took.as_secs_f64() * 1e3,
            took.as_secs_f64() / floor.as_secs_f64()
        );
    }
}

fn time<T>(f: impl FnOnce() -> T) -> Duration {
    let start = Instant::now();
    std::hint::black_box(f());
    start.elapsed()
}

fn best<T>(runs: usize, mut f: impl FnMut() -> T) -> Duration {
    (0..runs)
        .map(|_| time(&mut f))
        .min()
        .expect("at least one run")
}

/// Row labels live as long as the table.
fn leak(label: String) -> &'static str {
    Box::leak(label.into_boxed_str())
}

/// What any renderer must do at least: read every document, parse it and render it.
fn render_floor(project: &Project) -> usize {
    let content = project.content_dir().expect("a content folder");
    let documents = project.documents().expect("the documents");
    documents
        .par_iter()
        .map(|path| {
            let source = fs::read_to_string(content.join(path)).expect("a document");
            let mut html = String::with_capacity(source.len() * 3 / 2);
            let parser = pulldown_cmark::Parser::new_ext(&source, markdown_options());
            pulldown_cmark::html::push_html(&mut html, parser);
            html.len()
        })
        .sum()
}

/// Writes `locale`'s file of every document: each source message with `translate` applied to
/// its value and attributes.
fn translate(project: &Project, locale: &str, translate: impl Fn(&str) -> String + Sync) {
    let documents = project.documents().expect("the documents");
    documents.par_iter().for_each(|document| {
        let source = project.catalog_path(project.source_locale(), document);
        let catalog = Catalog::load(&source).expect("the source catalog");
        let text = translated_catalog(&catalog, false, |_, text| Some(translate(text)));
        fluentpress::files::write_atomic(&project.catalog_path(locale, document), text.as_bytes())
            .expect("the translated catalog");
    });
}

/// A project of `count` documents of mixed Markdown under `root`; returns their total size.
fn generate(root: &Path, count: usize) -> usize {
    fs::write(
        root.join("fluentpress.toml"),
        "source_locale = \"en\"\nlocales = [\"ko\", \"zh-CN\"]\n",
    )
    .expect("the configuration");
    // A fixed seed: the same corpus on every run.
    let mut random = fastrand::Rng::with_seed(0x9e37_79b9_7f4a_7c15);
    let mut bytes = 0;
    for i in 0..count {
        let text = document(&mut random, i);
        bytes += text.len();
        let path = root.join(format!("content/section-{}/doc-{i}.md", i % 20));
        fs::create_dir_all(path.parent().expect("a folder")).expect("the folder");
        fs::write(path, text).expect("the document");
    }
    bytes
}

const WORDS: &[&str] = &[
    "the",
    "river",
    "crossing",
    "at",
    "night",
    "church",
    "hope",
    "community",
    "prayer",
    "border",
    "mother",
    "children",
    "journey",
    "food",
    "shelter",
    "freedom",
    "winter",
    "letters",
    "safe",
    "house",
    "and",
    "of",
    "a",
    "to",
    "in",
    "we",
    "they",
    "waited",
    "for",
    "news",
    "from",
    "home",
    "friends",
    "work",
    "school",
    "years",
    "later",
    "together",
    "songs",
    "bread",
    "long",
];

const INLINE: &[&str] = &[
    "*quietly*",
    "**never**",
    "`code`",
    "[a link](https://example.org/page \"Title\")",
    "[the guide][guide]",
    "a note[^1]",
    "<abbr title=\"North Korea\">DPRK</abbr>",
    "~~old~~",
    "{braces}",
];

fn pick<'a>(random: &mut fastrand::Rng, items: &[&'a str]) -> &'a str {
    items[random.usize(..items.len())]
}

fn sentence(random: &mut fastrand::Rng) -> String {
    let mut words = Vec::new();
    for _ in 0..6 + random.usize(..12) {
        if random.usize(..12) == 0 {
            words.push(pick(random, INLINE));
        } else {
            words.push(pick(random, WORDS));
        }
    }
    let mut sentence = words.join(" ");
    sentence[..1].make_ascii_uppercase();
    sentence.push('.');
    sentence
}

fn paragraph(random: &mut fastrand::Rng) -> String {
    let sentences: Vec<String> = (0..2 + random.usize(..4))
        .map(|_| sentence(random))
        .collect();
    let separator = if random.usize(..3) == 0 { "\n" } else { " " };
    sentences.join(separator)
}

fn document(random: &mut fastrand::Rng, index: usize) -> String {
    let mut out = format!(
        "+++\ntitle = \"Document {index}\"\nkind = \"story\"\nsummary = \"What happened in {}.\"\n+++\n\n",
        pick(random, WORDS)
    );
    for _ in 0..15 + random.usize(..25) {
        let block = match random.usize(..20) {
            0..=9 => paragraph(random),
            10 | 11 => format!("## {}", sentence(random).trim_end_matches('.')),
            12 => (0..3 + random.usize(..4))
                .map(|i| {
                    let nested = if i == 1 {
                        format!("\n  - {}", sentence(random))
                    } else {
                        String::new()
                    };
                    format!("- {}{nested}", sentence(random))
                })
                .collect::<Vec<_>>()
                .join("\n"),
            13 => (1..4 + random.usize(..3))
                .map(|i| format!("{i}. {}", paragraph(random)))
                .collect::<Vec<_>>()
                .join("\n\n"),
            14 => format!("> {}\n> {}", sentence(random), sentence(random)),
            15 => {
                let mut table = "| Year | Score | Note |\n| --- | ---: | --- |".to_string();
                for year in 2014..2014 + random.usize(..5) + 1 {
                    let note = pick(random, WORDS);
                    table.push_str(&format!(
                        "\n| {year} | {}.{} | {note} |",
                        1 + random.usize(..4),
                        random.usize(..100)
                    ));
                }
                table
            }
            16 => "```rust\nfn main() {\n    println!(\"not a message\");\n}\n```".to_string(),
            17 => format!(
                "![{}](/images/{index}.jpg \"{}\")",
                sentence(random),
                pick(random, WORDS)
            ),
            18 => "<div class=\"note\">\nRaw HTML is not a message.\n</div>".to_string(),
            _ => "---".to_string(),
        };
        out.push_str(&block);
        out.push_str("\n\n");
    }
    out.push_str("[guide]: https://example.org/guide\n\n[^1]: ");
    out.push_str(&sentence(random));
    out.push('\n');
    out
}
