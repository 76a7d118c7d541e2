//! How long `check` takes next to a build, on a generated project of 2,000 mixed Markdown
//! documents with Korean-like and Chinese-like translations (a few of them deliberately wrong)
//! and the project's glossary.
//! `cargo bench --bench check` prints its numbers; under `cargo test` it runs once on 20
//! documents.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

mod common;

use common::translated_catalog;

use fluentpress::catalog::Catalog;
use fluentpress::check;
use fluentpress::glossary::Glossary;
use fluentpress::project::{Level, Project};
use fluentpress::{build, extract, files};

const GLOSSARY: &str = include_str!("../glossary.toml");
/// Every this many messages, a translation loses a number; the next one stays untranslated.
const BROKEN_EVERY: usize = 97;

fn main() -> fluentpress::Result<()> {
    let benchmark = std::env::args().any(|a| a == "--bench");
    let (documents, runs) = if benchmark { (2_000, 5) } else { (20, 1) };
    let dir = tempfile::tempdir().map_err(|e| fluentpress::Error::io(std::env::temp_dir(), e))?;
    let root = dir.path();
    files::write_atomic(
        &root.join("fluentpress.toml"),
        b"locales = [\"ko\", \"zh-CN\"]\n",
    )?;
    files::write_atomic(&root.join("glossary.toml"), GLOSSARY.as_bytes())?;
    for n in 0..documents {
        files::write_atomic(
            &root.join(format!("content/d{:02}/doc-{n}.md", n % 40)),
            document(n).as_bytes(),
        )?;
    }
    let project = Project::load(root)?;
    let glossary = Glossary::parse(
        &root.join("glossary.toml"),
        GLOSSARY,
        &project.config.locales,
    )?;
    let extracted = extract::run(&project)?;
    let source_dir = project.locale_dir("en");
    let mut counter = 0;
    for relative in project.catalogs("en")? {
        let source = Catalog::load(&source_dir.join(&relative))?;
        for locale in ["ko", "zh-CN"] {
            let translated = translate(&source, &glossary, locale, &mut counter);
            files::write_atomic(
                &project.locale_dir(locale).join(&relative),
                translated.as_bytes(),
            )?;
        }
    }
    println!(
        "corpus: {} documents, {} messages per locale, 2 target locales",
        extracted.documents, extracted.messages
    );

    let options = check::Options::default();
    let report = check::run(&project, &options)?;
    let mut by_code: BTreeMap<&str, usize> = BTreeMap::new();
    for diagnostic in &report.diagnostics {
        *by_code.entry(diagnostic.code.as_str()).or_default() += 1;
    }
    println!(
        "check found {} errors and {} warnings in {} files: {by_code:?}",
        report.count(Level::Error),
        report.count(Level::Warning),
        report.files,
    );
    let build_options = build::Options {
        format: build::Format::Fragment,
        locales: Vec::new(),
        clean: false,
        pseudo: false,
    };
    let check = || check::run(&project, &options).map(drop);
    let build = || build::run(&project, &build_options).map(drop);
    let all_threads = best_of(runs, check, build)?;
    report_times("all threads", all_threads, runs);
    // One thread measures the work itself, whatever else the machine is doing.
    let one_thread = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .map_err(|e| fluentpress::Error::usage(e.to_string()))?
        .install(|| best_of(runs, check, build))?;
    report_times("one thread", one_thread, runs);
    // The published site, rendered in full, is what `build` does by default.
    let site = build::Options {
        format: build::Format::Html,
        clean: true,
        ..build_options.clone()
    };
    let (check_time, site_time) = best_of(runs, check, || build::run(&project, &site).map(drop))?;
    println!(
        "all threads: check {:.0} ms, clean html build {:.0} ms (best of {runs}); check / build = {:.2}",
        check_time.as_secs_f64() * 1e3,
        site_time.as_secs_f64() * 1e3,
        check_time.as_secs_f64() / site_time.as_secs_f64()
    );
    Ok(())
}

/// The best time of `check` and of `build` over `runs` runs of each, taking turns so that a
/// busy moment of the machine hurts both alike.
fn best_of(
    runs: usize,
    check: impl Fn() -> fluentpress::Result<()>,
    build: impl Fn() -> fluentpress::Result<()>,
) -> fluentpress::Result<(Duration, Duration)> {
    let time = |f: &dyn Fn() -> fluentpress::Result<()>| -> fluentpress::Result<Duration> {
        let start = Instant::now();
        f()?;
        Ok(start.elapsed())
    };
    let (mut check_best, mut build_best) = (Duration::MAX, Duration::MAX);
    for _ in 0..runs {
        check_best = check_best.min(time(&check)?);
        build_best = build_best.min(time(&build)?);
    }
    Ok((check_best, build_best))
}

fn report_times(threads: &str, (check, build): (Duration, Duration), runs: usize) {
    println!(
        "{threads}: check {:.0} ms, fragment build of 3 locales {:.0} ms (best of {runs}); check / build = {:.2}",
        check.as_secs_f64() * 1e3,
        build.as_secs_f64() * 1e3,
        check.as_secs_f64() / build.as_secs_f64()
    );
}

/// Document `n`: front matter, headings, paragraphs with links, emphasis, numbers and names,
/// a list, a quote, a table and an image, varied by `n` so that no two documents are alike.
fn document(n: usize) -> String {
    let mut md = format!(
        "+++\ntitle = \"Story number {n}\"\nkind = \"story\"\nsummary = \"How {} people found a safehouse in {}.\"\n+++\n\n",
        n * 7 % 500 + 3,
        2000 + n % 25
    );
    for section in 0..4 {
        md.push_str(&format!("## Part {section} of the journey {n}\n\n"));
        md.push_str(&format!(
            "In {}, about {},000 North Korean refugees crossed the border; Crossing Borders helped {} of them reach a *safe* place. Read the [report {n}-{section}](/reports/{n}/{section}.pdf) for the **full** story.\n\n",
            2010 + section, section + 1, n % 90 + 10
        ));
        md.push_str(&format!(
            "The Underground Railroad is long and dangerous, and repatriation is a constant fear for {} percent of the women we meet. Follow #Pray40NK and @crossingbordersnk for news, or write to help{n}@example.org.\n\n",
            n % 60 + 20
        ));
        md.push_str(&format!(
            "- Soon Me arrived in {}\n- Mrs. Jo waited {} days\n- The `code-{n}` was kept\n\n",
            2015 + section,
            n % 30 + 1
        ));
        md.push_str(&format!(
            "> They said the river was {} meters wide, and the night was cold.\n\n",
            n % 200 + 50
        ));
    }
    md.push_str(&format!(
        "| Year | Score |\n| --- | ---: |\n| 2014 | 1.{} |\n| 2018 | 2.{} |\n\n![A path to safehouse {n}](/images/{n}.jpg \"Photo {n}\")\n",
        n % 9 + 1,
        n % 90 + 10
    ));
    md
}

/// A translation of every message of `source` into `locale` (`ko` or `zh-CN`): glossary terms
/// as agreed, other Latin words become Hangul or Han syllables, everything a check compares
/// (numbers, links, code, names with digits) stays. Counting messages across files with
/// `counter`, every `BROKEN_EVERY`th one loses its first digit and the one after it is the
/// source text.
fn translate(source: &Catalog, glossary: &Glossary, locale: &str, counter: &mut usize) -> String {
    let first = *counter;
    let mut last = first;
    let text = translated_catalog(source, true, |index, text| {
        let n = first + index;
        last = last.max(n + 1);
        Some(match n % BROKEN_EVERY {
            0 => pseudo(&with_terms(text, glossary, locale), locale).replacen(
                |c: char| c.is_ascii_digit(),
                "",
                1,
            ),
            1 => text.to_string(),
            _ => pseudo(&with_terms(text, glossary, locale), locale),
        })
    });
    *counter = last;
    text
}

/// `text` with every use of a glossary term replaced by its translation into `locale`.
fn with_terms(text: &str, glossary: &Glossary, locale: &str) -> String {
    let mut translated = String::with_capacity(text.len());
    let mut copied = 0;
    for (term, at) in glossary.find(text) {
        if let Some(agreed) = term.translation(locale) {
            translated.push_str(&text[copied..at.start]);
            translated.push_str(agreed);
            copied = at.end;
        }
    }
    translated.push_str(&text[copied..]);
    translated
}

/// `text` with each Latin word outside link targets, code spans, URLs, handles and hashtags
/// replaced by a third as many syllables of `locale`, and for Chinese, full-width sentence
/// punctuation.
fn pseudo(text: &str, locale: &str) -> String {
    let (syllable, full_width) = if locale == "ko" {
        ('한', false)
    } else {
        ('文', true)
    };
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let verbatim_until = match c {
            '`' => rest[1..].find('`').map(|i| i + 2),
            ']' if rest.starts_with("](") => rest.find(')').map(|i| i + 1),
            '@' | '#' => Some(
                rest.find(|c: char| c.is_whitespace() || c == ')')
                    .unwrap_or(rest.len()),
            ),
            'h' if rest.starts_with("http") => {
                Some(rest.find(char::is_whitespace).unwrap_or(rest.len()))
            }
            _ => None,
        };
        let ends_sentence = rest[c.len_utf8()..]
            .chars()
            .next()
            .is_none_or(char::is_whitespace);
        let wide = match c {
            ',' => Some('，'),
            '.' => Some('。'),
            ';' => Some('；'),
            ':' => Some('：'),
            '!' => Some('！'),
            '?' => Some('？'),
            _ => None,
        };
        if let Some(wide) = wide.filter(|_| full_width && ends_sentence) {
            out.push(wide);
            rest = rest[c.len_utf8()..].trim_start_matches(' ');
        } else if let Some(end) = verbatim_until {
            out.push_str(&rest[..end]);
            rest = &rest[end..];
        } else if c.is_ascii_alphabetic() {
            let end = rest
                .find(|c: char| !c.is_ascii_alphanumeric())
                .unwrap_or(rest.len());
            let word = &rest[..end];
            if word.bytes().any(|b| b.is_ascii_digit()) {
                out.push_str(word);
            } else {
                out.extend(std::iter::repeat_n(syllable, word.len().div_ceil(3)));
            }
            rest = &rest[end..];
        } else {
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    out
}
