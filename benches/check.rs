//! How long `check` takes next to a build, on a generated project of 2,000 mixed Markdown
//! documents with Korean-like and Chinese-like translations (a few of them deliberately wrong)
//! and the project's glossary.
//! Run with `cargo bench --bench check`; it prints its numbers.

use std::time::{Duration, Instant};

use fluent_syntax::ast;

use fluentpress::catalog::{self, Catalog, EntryKind};
use fluentpress::check;
use fluentpress::project::{Level, Project};
use fluentpress::{build, extract, files};

const DOCUMENTS: usize = 2_000;
/// Every this many messages, a translation loses a number; one further on stays untranslated.
const BROKEN_EVERY: usize = 97;

fn main() -> fluentpress::Result<()> {
    let dir = tempfile::tempdir().map_err(|e| fluentpress::Error::io(std::env::temp_dir(), e))?;
    let root = dir.path();
    files::write_atomic(
        &root.join("fluentpress.toml"),
        b"locales = [\"ko\", \"zh-CN\"]\n",
    )?;
    files::write_atomic(
        &root.join("glossary.toml"),
        include_bytes!("../glossary.toml"),
    )?;
    for n in 0..DOCUMENTS {
        files::write_atomic(
            &root.join(format!("content/d{:02}/doc-{n}.md", n % 40)),
            document(n).as_bytes(),
        )?;
    }
    let project = Project::load(root)?;
    let extracted = extract::run(&project)?;
    let source_dir = project.locale_dir("en");
    for relative in project.catalogs("en")? {
        let source = Catalog::load(&source_dir.join(&relative))?;
        for (locale, syllable) in [("ko", '한'), ("zh-CN", '文')] {
            let translated = translate(&source, syllable);
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
    let check_time = best_of(3, || check::run(&project, &options).map(drop))?;
    println!(
        "check: {} files, {} errors, {} warnings; best of 3: {:.0} ms",
        report.files,
        report.count(Level::Error),
        report.count(Level::Warning),
        check_time.as_secs_f64() * 1e3
    );
    let build_options = build::Options {
        format: build::Format::Fragment,
        locales: Vec::new(),
        clean: false,
        pseudo: false,
    };
    let build_time = best_of(3, || build::run(&project, &build_options).map(drop))?;
    println!(
        "build (fragments, 3 locales): best of 3: {:.0} ms",
        build_time.as_secs_f64() * 1e3
    );
    println!(
        "check / build: {:.2}",
        check_time.as_secs_f64() / build_time.as_secs_f64()
    );
    Ok(())
}

fn best_of(
    runs: usize,
    mut f: impl FnMut() -> fluentpress::Result<()>,
) -> fluentpress::Result<Duration> {
    let mut best = Duration::MAX;
    for _ in 0..runs {
        let start = Instant::now();
        f()?;
        best = best.min(start.elapsed());
    }
    Ok(best)
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

/// A translation of every message of `source`: Latin words become `syllable`s, everything a
/// check compares (numbers, links, code, names with digits) stays; every `BROKEN_EVERY`th
/// message loses its first digit, and the one after it is the source text.
fn translate(source: &Catalog, syllable: char) -> String {
    let mut body = Vec::new();
    for (i, entry) in source
        .entries
        .iter()
        .filter(|e| e.kind == EntryKind::Message)
        .enumerate()
    {
        let render = |text: &str| match i % BROKEN_EVERY {
            0 => pseudo(text, syllable).replacen(|c: char| c.is_ascii_digit(), "", 1),
            1 => text.to_string(),
            _ => pseudo(text, syllable),
        };
        let value = entry.value.as_deref().map(render);
        let attributes: Vec<(String, String)> = entry
            .attributes
            .iter()
            .filter_map(|(name, text)| Some((name.clone(), render(text.as_deref()?))))
            .collect();
        let attributes: Vec<(&str, &str)> = attributes
            .iter()
            .map(|(n, t)| (n.as_str(), t.as_str()))
            .collect();
        let id = entry.id.as_deref().unwrap_or_default();
        body.push(catalog::message(
            id,
            value.as_deref(),
            &attributes,
            entry.comment.clone(),
        ));
    }
    catalog::serialize(&ast::Resource { body })
}

/// `text` with each Latin word outside link targets, code spans, URLs, handles and hashtags
/// replaced by a third as many `syllable`s.
fn pseudo(text: &str, syllable: char) -> String {
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
        if let Some(end) = verbatim_until {
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
