//! How fast the site builds: a generated corpus of 2,000 documents in English, Korean and
//! Chinese (nine in ten messages translated), built from nothing, rebuilt with nothing changed,
//! and rebuilt after one Korean file changed; beside the floor of rendering the same Markdown
//! with bare pulldown-cmark, and with the process's peak memory.
//!
//! `cargo bench --bench build` (set `DOCUMENTS` for another corpus size); `cargo test` does not
//! run it.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

mod common;

use common::translated_catalog;

use fluentpress::catalog::Catalog;
use fluentpress::markdown::markdown_options;
use fluentpress::project::Project;
use fluentpress::{build, extract, files};
use rayon::prelude::*;

fn main() {
    let count: usize = std::env::var("DOCUMENTS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(2000);
    let dir = tempfile::tempdir().expect("a temporary folder");
    let root = dir.path();
    generate(root, count);
    let project = Project::load(root).expect("the generated project loads");
    extract::run(&project).expect("extraction");
    for (locale, marker) in [("ko", "번역 "), ("zh-CN", "翻译 ")] {
        translate(&project, locale, marker);
    }

    let options = build::Options {
        format: build::Format::Html,
        locales: Vec::new(),
        clean: false,
        pseudo: false,
    };
    let (full, report) = time(|| {
        build::run(
            &project,
            &build::Options {
                clean: true,
                ..options.clone()
            },
        )
    });
    let peak = peak_memory();
    let (noop, noop_report) = time(|| build::run(&project, &options));
    let changed = project.locale_dir("ko").join("stories/story-00007.ftl");
    let text = fs::read_to_string(&changed)
        .unwrap()
        .replacen("번역 ", "번역된 ", 1);
    fs::write(&changed, text).unwrap();
    let (one, one_report) = time(|| build::run(&project, &options));
    let (floor, _) = time(|| Ok(bare_render(root, count, None)));
    let (floor_written, _) = time(|| Ok(bare_render(root, count, Some(&root.join("floor")))));

    let pages = report.written;
    println!("corpus: {count} documents x 3 locales, {pages} files written by the full build");
    println!(
        "full build        {:>9.1} ms  ({:.0} pages/s)",
        ms(full),
        pages as f64 / full.as_secs_f64()
    );
    println!(
        "no-op rebuild     {:>9.1} ms  ({} written, {:.1}% of full)",
        ms(noop),
        noop_report.written,
        percent(noop, full)
    );
    println!(
        "one-file rebuild  {:>9.1} ms  ({} written)",
        ms(one),
        one_report.written
    );
    println!("pulldown-cmark    {:>9.1} ms  (every document read, parsed and rendered 3 times, nothing written)", ms(floor));
    println!(
        "  ... and written {:>9.1} ms  (the same, each page written with files::write_atomic)",
        ms(floor_written)
    );
    println!(
        "peak memory       {:>9.1} MiB (VmHWM after the full build)",
        peak as f64 / 1024.0
    );
}

fn time<T>(f: impl FnOnce() -> fluentpress::Result<T>) -> (Duration, T) {
    let start = Instant::now();
    let value = f().expect("the build succeeds");
    (start.elapsed(), value)
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn percent(part: Duration, whole: Duration) -> f64 {
    100.0 * part.as_secs_f64() / whole.as_secs_f64()
}

/// The process's peak resident memory in KiB, from Linux's `/proc/self/status`.
fn peak_memory() -> u64 {
    let status = fs::read_to_string("/proc/self/status").unwrap_or_default();
    let line = status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .unwrap_or("VmHWM: 0 kB");
    line.split_whitespace()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

/// Writes a project with `count` stories of about 4 KB of varied Markdown each.
fn generate(root: &Path, count: usize) {
    fs::write(
        root.join("fluentpress.toml"),
        "locales = [\"ko\", \"zh-CN\"]\nbase_url = \"https://example.org/\"\n",
    )
    .unwrap();
    let stories = root.join("content/stories");
    fs::create_dir_all(&stories).unwrap();
    let words = [
        "refugee", "border", "river", "night", "family", "safe", "house", "journey", "hope",
        "church", "mother", "work",
    ];
    for n in 0..count {
        let word = |i: usize| words[(n * 7 + i * 3) % words.len()];
        let mut text = String::new();
        let _ = write!(
            text,
            "+++\ntitle = \"Story {n}: the {} and the {}\"\nkind = \"story\"\ndate = 20{:02}-{:02}-{:02}\nsummary = \"A story about the {} and the {}.\"\n+++\n\n",
            word(0),
            word(1),
            10 + n % 15,
            1 + n % 12,
            1 + n % 28,
            word(2),
            word(3)
        );
        for section in 0..3 {
            let _ = writeln!(text, "## Part {section} of the {}\n", word(section));
            for p in 0..4 {
                let _ = writeln!(
                    text,
                    "Paragraph {p} of part {section} in story {n} tells of the {} near the {}, with *emphasis*, a [link](/stories/story-{:05}.md) and `code`. It goes on for a while so that the paragraph reads like prose: the {} was long and the {} was cold.\n",
                    word(p),
                    word(p + 1),
                    (n + 1) % count,
                    word(p + 2),
                    word(p + 3)
                );
            }
        }
        let _ = writeln!(
            text,
            "- a first item about the {}\n- a second item\n",
            word(4)
        );
        let _ = writeln!(text, "> A quote from someone in story {n}.\n");
        let _ = writeln!(
            text,
            "![A picture of the {}](/images/p{}.jpg \"Photo {n}\")",
            word(5),
            n % 10
        );
        fs::write(stories.join(format!("story-{n:05}.md")), text).unwrap();
    }
}

/// Writes `locale`'s files: the source messages, nine in ten of them "translated" by `marker`.
fn translate(project: &Project, locale: &str, marker: &str) {
    let source = project.locale_dir(project.source_locale());
    for catalog in project.catalogs(project.source_locale()).unwrap() {
        let english = Catalog::load(&source.join(&catalog)).unwrap();
        let text = translated_catalog(&english, false, |index, text| {
            (index % 10 != 2).then(|| format!("{marker}{text}"))
        });
        files::write_atomic(&project.locale_dir(locale).join(&catalog), text.as_bytes()).unwrap();
    }
}

/// The floor: each document read, parsed and turned into HTML by pulldown-cmark once per locale,
/// on every core as the build does; and, when `write` is given, written the way the build
/// writes (atomically, one folder per page) into that folder.
fn bare_render(root: &Path, count: usize, write: Option<&Path>) -> usize {
    (0..count * 3)
        .into_par_iter()
        .map(|i| {
            let text =
                fs::read_to_string(root.join(format!("content/stories/story-{:05}.md", i % count)))
                    .unwrap();
            let mut html = String::with_capacity(text.len() * 3 / 2);
            pulldown_cmark::html::push_html(
                &mut html,
                pulldown_cmark::Parser::new_ext(&text, markdown_options()),
            );
            if let Some(dir) = write {
                let page = dir.join(format!("{}/story-{:05}/index.html", i / count, i % count));
                files::write_atomic(&page, html.as_bytes()).unwrap();
            }
            html.len()
        })
        .sum()
}
