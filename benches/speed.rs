//! The speed table in one run: each row as paired medians (A and B alternated) against its
//! floor, on generated corpora and Comprehensive Rust's `src/` (skipped without `CR_REPO`).
//! `cargo bench --bench speed`; set `PAIRS`, `COPIES`, `DOCUMENTS`, `ROWS`, paragraph counts.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

mod common;

use common::translated_catalog;

use fluentpress::catalog::Catalog;
use fluentpress::files::{self, Durability};
use fluentpress::markdown::markdown_options;
use fluentpress::project::Project;
use fluentpress::{build, extract};
use rayon::prelude::*;

// The allocator of the `fluentpress` binary, so that the library is measured as it runs there.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const CR_REPO: &str = "/work/.mirror/google+comprehensive-rust/repo";
const CONFIG: &str = "locales = [\"ko\", \"zh-CN\"]\ncontent_dir = \"src\"\n";

fn main() {
    let benchmark = std::env::args().any(|a| a == "--bench");
    let number = |name: &str, full: usize, small: usize| {
        std::env::var(name)
            .ok()
            .and_then(|n| n.parse().ok())
            .unwrap_or(if benchmark { full } else { small })
    };
    let bench = Bench {
        pairs: number("PAIRS", 9, 1),
    };
    let edited = number("EDITED_PARAGRAPHS", 50_000, 500);
    let identical = number("IDENTICAL_PARAGRAPHS", 20_000, 200);
    let copies = number("COPIES", 58, 1);
    let documents = number("DOCUMENTS", 2000, 20);
    println!(
        "{} threads, {} pairs per row; ratios are medians of the pairs' ratios",
        rayon::current_num_threads(),
        bench.pairs
    );
    println!(
        "{:<72} {:>10} {:>10} {:>8}  goal",
        "row: A vs B", "A", "B", "A/B"
    );

    // `ROWS` picks some of the row groups: generated, one, cr, copies.
    let groups = std::env::var("ROWS").unwrap_or("generated,one,cr,copies".into());
    let wanted = |group: &str| groups.split(',').any(|g| g == group);
    let dir = tempfile::tempdir().expect("a temporary folder");
    if wanted("generated") {
        let generated = Corpus::generate(&dir.path().join("generated"), documents, 20);
        let name = format!("generated, {documents} documents");
        bench.extract_from_nothing(&name, &generated, "<= 1.5");
    }
    if wanted("one") {
        bench.one_document_rows(&dir.path().join("one"), edited, identical);
    }
    if !Path::new(CR_REPO).is_dir() {
        println!("Comprehensive Rust: no repository at {CR_REPO}, its rows are skipped");
        return;
    }
    if wanted("cr") {
        let cr = Corpus::comprehensive_rust(&dir.path().join("cr"), 1);
        bench.extract_from_nothing("Comprehensive Rust", &cr, "<= 1.5");
        bench.extract_vs_mdbook(&cr);
        bench.one_locale_rows(&cr);
        bench.build_rows("Comprehensive Rust", &cr);
    }
    if wanted("copies") {
        let many = Corpus::comprehensive_rust(&dir.path().join("copies"), copies);
        let name = format!("{copies} copies of Comprehensive Rust");
        bench.extract_from_nothing(&name, &many, "<= 1.5");
        bench.build_rows(&name, &many);
    }
}

struct Bench {
    pairs: usize,
}

/// A row's result: the medians of A, of B and of A/B over the pairs.
struct Row {
    a: Duration,
    b: Duration,
    ratio: f64,
}

impl Bench {
    /// Runs A and B `pairs` times each, alternating which goes first; each returns the time of
    /// its timed part (setting up is not timed).
    fn paired(&self, mut a: impl FnMut() -> Duration, mut b: impl FnMut() -> Duration) -> Row {
        let mut times = Vec::new();
        for pair in 0..self.pairs {
            let (x, y) = if pair % 2 == 0 {
                let x = a();
                (x, b())
            } else {
                let y = b();
                (a(), y)
            };
            times.push((x, y));
        }
        let median = |mut v: Vec<f64>| {
            v.sort_by(f64::total_cmp);
            v[v.len() / 2]
        };
        Row {
            a: Duration::from_secs_f64(median(times.iter().map(|t| t.0.as_secs_f64()).collect())),
            b: Duration::from_secs_f64(median(times.iter().map(|t| t.1.as_secs_f64()).collect())),
            ratio: median(
                times
                    .iter()
                    .map(|t| t.0.as_secs_f64() / t.1.as_secs_f64())
                    .collect(),
            ),
        }
    }

    fn print(&self, label: &str, row: &Row, goal: &str) {
        // A small ratio (a no-op against a full build) is read against a goal of hundredths.
        let digits = if row.ratio < 0.1 { 3 } else { 2 };
        println!(
            "{label:<72} {:>8.1}ms {:>8.1}ms {:>7.digits$}x  {goal}",
            ms(row.a),
            ms(row.b),
            row.ratio
        );
    }

    /// `extract` into an empty locale folder against the floor.
    fn extract_from_nothing(&self, name: &str, corpus: &Corpus, goal: &str) {
        let row = self.paired(
            || {
                corpus.remove_locales();
                time(|| extract::run(&corpus.project).expect("extraction"))
            },
            || corpus.floor(1, Durability::Flushed, Layout::Flat),
        );
        self.print(
            &format!("extract from nothing, {name}: vs floor"),
            &row,
            goal,
        );
    }

    /// One document of `edited` paragraphs, each edited, and one of `identical` identical
    /// paragraphs: extraction against a fresh extraction of the same document.
    fn one_document_rows(&self, root: &Path, edited: usize, identical: usize) {
        let corpus = Corpus::empty(root);
        let document = corpus.project.root.join("src/long.md");
        // The time of extracting the document holding `after` paragraphs, from nothing or
        // after extracting it as it held `before`.
        let extract = |before: Option<&[String]>, after: &[String]| {
            corpus.remove_locales();
            if let Some(before) = before {
                write_paragraphs(&document, before);
                extract::run(&corpus.project).expect("extraction");
            }
            write_paragraphs(&document, after);
            time(|| extract::run(&corpus.project).expect("extraction"))
        };
        let distinct: Vec<String> = (0..edited).map(|i| prose(i, None)).collect();
        let changed: Vec<String> = (0..edited).map(|i| prose(i, Some(i % 7))).collect();
        let row = self.paired(
            || extract(Some(&distinct), &changed),
            || extract(None, &changed),
        );
        self.print(
            &format!("extract, {edited} paragraphs each edited: vs fresh"),
            &row,
            "<= 2",
        );

        let same = vec![prose(0, None); identical];
        let distinct: Vec<String> = (0..identical).map(|i| prose(i, None)).collect();
        let row = self.paired(|| extract(None, &same), || extract(None, &distinct));
        self.print(
            &format!("extract from nothing, {identical} identical paragraphs: vs distinct"),
            &row,
            "<= 2",
        );
        let mut moved = same.clone();
        moved.insert(0, prose(identical, None));
        let row = self.paired(|| extract(Some(&same), &moved), || extract(None, &moved));
        self.print(
            &format!("extract, {identical} identical paragraphs, one inserted first: vs fresh"),
            &row,
            "<= 2",
        );
    }

    /// `extract` after one edit against mdbook-i18n-helpers' `mdbook-xgettext` on the same book.
    fn extract_vs_mdbook(&self, corpus: &Corpus) {
        let root = &corpus.project.root;
        let book = "[book]\nsrc = \"src\"\n[output.xgettext]\npot-file = \"messages.pot\"\n";
        fs::write(root.join("book.toml"), book).expect("book.toml");
        let mdbook = || {
            Command::new("mdbook")
                .args(["build", "-d", "po"])
                .current_dir(root)
                .output()
        };
        if !mdbook().is_ok_and(|o| o.status.success()) {
            println!("mdbook with mdbook-xgettext: not installed or failing on the book, skipped");
            return;
        }
        corpus.remove_locales();
        extract::run(&corpus.project).expect("extraction");
        let content = corpus.project.content_dir().expect("a content folder");
        let page = content.join(&corpus.documents[corpus.documents.len() / 2]);
        let original = fs::read_to_string(&page).expect("a page of the book");
        let mut edits = 0;
        let row = self.paired(
            || {
                edits += 1;
                fs::write(
                    &page,
                    format!("{original}\nOne more paragraph, edit {edits}.\n"),
                )
                .expect("the edit");
                time(|| extract::run(&corpus.project).expect("extraction"))
            },
            || time(|| mdbook().expect("mdbook runs")),
        );
        fs::write(&page, original).expect("the page restored");
        self.print(
            "extract after one edit, Comprehensive Rust: vs mdbook-xgettext",
            &row,
            "<= 0.05 (20x faster)",
        );
    }

    /// One locale at a time: the English fragments into a fresh folder against the floor, and
    /// the Korean site into a fresh folder against mdbook building the book in Korean through
    /// mdbook-i18n-helpers' gettext preprocessor and the book's own `po/ko.po`.
    fn one_locale_rows(&self, corpus: &Corpus) {
        let root = &corpus.project.root;
        let build = |format, locale: &str| {
            let options = build::Options {
                format,
                locales: vec![locale.to_string()],
                clean: false,
                pseudo: false,
            };
            set_aside(&corpus.project.output_dir());
            time(|| build::run(&corpus.project, &options).expect("build"))
        };
        corpus.remove_locales();
        extract::run(&corpus.project).expect("extraction");
        let row = self.paired(
            || build(build::Format::Fragment, "en"),
            || corpus.floor(1, Durability::Rebuildable, Layout::Flat),
        );
        self.print(
            "fragment build, en, Comprehensive Rust, fresh folder: vs floor",
            &row,
            "<= 1.2",
        );
        let status = Command::new("sh")
            .arg("-c")
            .arg(format!(
                "git --git-dir={CR_REPO} archive HEAD po/ko.po | tar -x -C {}",
                root.display()
            ))
            .status()
            .expect("git and tar run");
        assert!(status.success(), "git archive of {CR_REPO} failed");
        let book = "[book]\nsrc = \"src\"\nlanguage = \"ko\"\n[preprocessor.gettext]\nafter = [\"links\"]\n";
        fs::write(root.join("book.toml"), book).expect("book.toml");
        let mdbook = || {
            set_aside(&root.join("ko-book"));
            let start = Instant::now();
            let built = Command::new("mdbook")
                .args(["build", "-d", "ko-book"])
                .current_dir(root)
                .output();
            built
                .is_ok_and(|o| o.status.success())
                .then(|| start.elapsed())
        };
        if mdbook().is_none() {
            println!("mdbook with mdbook-gettext: not installed or failing on the book, skipped");
            return;
        }
        corpus.translate();
        let row = self.paired(
            || build(build::Format::Html, "ko"),
            || mdbook().expect("mdbook builds the book"),
        );
        self.print(
            "ko site build, Comprehensive Rust, fresh folder: vs mdbook + mdbook-gettext",
            &row,
            "<= 0.067 (15x faster)",
        );
    }

    /// The HTML build of every locale: a no-op rebuild against a full build into a fresh
    /// folder, and the full build against the floor of rendering the same pages, with the
    /// build's peak memory.
    fn build_rows(&self, name: &str, corpus: &Corpus) {
        // A document named `index` at the top would take the place of the site's home page,
        // which fluentpress refuses (mdbook wants it).
        let index = corpus.project.root.join("src/index.md");
        if index.exists() {
            fs::rename(&index, index.with_file_name("index-page.md")).expect("the index moved");
        }
        let corpus = &Corpus::load(&corpus.project.root);
        corpus.remove_locales();
        extract::run(&corpus.project).expect("extraction");
        corpus.translate();
        let options = build::Options {
            format: build::Format::Html,
            locales: Vec::new(),
            clean: false,
            pseudo: false,
        };
        let full = || {
            set_aside(&corpus.project.output_dir());
            time(|| build::run(&corpus.project, &options).expect("build"))
        };
        // A build trusts stamps only once its inputs have stood still for two seconds (see
        // `site::fresh`), as they have when anyone runs it: let them, so that the full builds
        // leave the record a no-op rebuild reads.
        std::thread::sleep(Duration::from_millis(2100));
        full();
        let mut writes = 0;
        let mut rebuild = || {
            let start = Instant::now();
            writes += build::run(&corpus.project, &options)
                .expect("build")
                .written;
            start.elapsed()
        };
        let row = self.paired(&mut rebuild, full);
        self.print(
            &format!("no-op rebuild, {name} x 3 locales: vs full build"),
            &row,
            "<= 0.03",
        );

        // Stamps changed, bytes not (a `git checkout`, a `touch`): the build hashes every input.
        let touched = corpus
            .project
            .locale_dir("ko")
            .join(corpus.documents[0].with_extension("ftl"));
        let row = self.paired(
            || {
                let file = fs::File::options().append(true).open(&touched);
                let now = std::time::SystemTime::now();
                file.and_then(|f| f.set_modified(now))
                    .expect("the file touched");
                rebuild()
            },
            full,
        );
        self.print(
            &format!("rebuild after a touch, {name} x 3 locales: vs full build"),
            &row,
            "",
        );
        println!("  files written by the no-op rebuilds and after the touches: {writes}");
        let mut peak = 0;
        let row = self.paired(
            || {
                reset_peak_memory();
                let took = full();
                peak = peak.max(peak_memory());
                took
            },
            || corpus.floor(3, Durability::Rebuildable, Layout::FolderPerPage),
        );
        self.print(
            &format!("full build, {name} x 3 locales: vs floor x 3, the same files"),
            &row,
            "<= 1.5",
        );
        println!(
            "  peak memory of a full build: {:.0} MiB (goal < 500)",
            peak as f64 / 1024.0
        );
        // The floor as first defined, a file per page and no folder: on a file system slow to
        // allocate inodes, half the work of the site's layout.
        let row = self.paired(full, || {
            corpus.floor(3, Durability::Rebuildable, Layout::Flat)
        });
        self.print(
            &format!("full build, {name} x 3 locales: vs floor x 3, a file per page"),
            &row,
            "",
        );
    }
}

/// A project of Markdown documents in `src/`, with an English, Korean and Chinese locale.
struct Corpus {
    project: Project,
    documents: Vec<PathBuf>,
}

impl Corpus {
    fn empty(root: &Path) -> Corpus {
        fs::create_dir_all(root.join("src")).expect("the content folder");
        fs::write(root.join("fluentpress.toml"), CONFIG).expect("the configuration");
        Corpus::load(root)
    }

    fn load(root: &Path) -> Corpus {
        let project = Project::load(root).expect("the project loads");
        let documents = project.documents().expect("the documents");
        Corpus { project, documents }
    }

    /// `count` documents in `sections` folders, of about 60 paragraphs, headings and list
    /// items each.
    fn generate(root: &Path, count: usize, sections: usize) -> Corpus {
        Corpus::empty(root);
        let content = root.join("src");
        for n in 0..count {
            let mut text = format!("+++\ntitle = \"Document {n}\"\nkind = \"story\"\n+++\n\n");
            for p in 0..40 {
                if p % 8 == 0 {
                    let _ = writeln!(text, "## Part {p} of document {n}\n");
                }
                let _ = writeln!(text, "{}\n", prose(n * 40 + p, None));
                if p % 10 == 9 {
                    let _ = writeln!(text, "- {}\n- {}\n", prose(p, None), prose(n, None));
                }
            }
            let path = content.join(format!("section-{}/doc-{n}.md", n % sections));
            files::write_atomic(&path, text.as_bytes()).expect("a document");
        }
        Corpus::load(root)
    }

    /// `copies` copies of Comprehensive Rust's `src/`, taken from its git repository.
    fn comprehensive_rust(root: &Path, copies: usize) -> Corpus {
        Corpus::empty(root);
        let unpacked = root.join("unpacked");
        fs::create_dir_all(&unpacked).expect("a folder");
        // The book's symbolic links point outside `src/`, where nothing is unpacked.
        let status = Command::new("sh")
            .arg("-c")
            .arg(format!(
                "git --git-dir={CR_REPO} archive HEAD src | tar -x -C {0} && find {0} -type l -delete",
                unpacked.display()
            ))
            .status()
            .expect("git and tar run");
        assert!(status.success(), "git archive of {CR_REPO} failed");
        if copies == 1 {
            remove(&root.join("src"));
            fs::rename(unpacked.join("src"), root.join("src")).expect("the book in place");
        } else {
            for copy in 0..copies {
                let status = Command::new("cp")
                    .arg("-a")
                    .arg(unpacked.join("src"))
                    .arg(root.join(format!("src/copy-{copy:02}")))
                    .status()
                    .expect("cp runs");
                assert!(status.success(), "copying the book failed");
            }
        }
        remove(&unpacked);
        Corpus::load(root)
    }

    fn remove_locales(&self) {
        set_aside(&self.project.root.join("locales"));
    }

    /// Every Korean and Chinese message "translated" by a marker.
    fn translate(&self) {
        let source = self.project.locale_dir(self.project.source_locale());
        for (locale, marker) in [("ko", "번역 "), ("zh-CN", "翻译 ")] {
            self.documents.par_iter().for_each(|document| {
                let catalog = document.with_extension("ftl");
                let english = Catalog::load(&source.join(&catalog)).expect("a source file");
                let text = translated_catalog(&english, false, |_, t| Some(format!("{marker}{t}")));
                files::write_atomic(
                    &self.project.locale_dir(locale).join(&catalog),
                    text.as_bytes(),
                )
                .expect("a translated file");
            });
        }
    }

    /// The floor: every document read, rendered to HTML by pulldown-cmark `times` times and
    /// written atomically into a fresh folder, on every core, as durably and in the layout of
    /// the step it is the floor of.
    fn floor(&self, times: usize, durability: Durability, layout: Layout) -> Duration {
        let out = self.project.root.join("floor");
        set_aside(&out);
        let content = self.project.content_dir().expect("a content folder");
        time(|| {
            (0..self.documents.len() * times)
                .into_par_iter()
                .map(|i| {
                    let document = &self.documents[i % self.documents.len()];
                    let source = fs::read_to_string(content.join(document)).expect("a document");
                    let mut html = String::with_capacity(source.len() * 3 / 2);
                    let parser = pulldown_cmark::Parser::new_ext(&source, markdown_options());
                    pulldown_cmark::html::push_html(&mut html, parser);
                    let copy = out.join(format!("{}", i / self.documents.len()));
                    let page = match layout {
                        Layout::Flat => copy.join(document.with_extension("html")),
                        Layout::FolderPerPage => {
                            copy.join(document.with_extension("")).join("index.html")
                        }
                    };
                    files::write_if_changed_with(&page, html.as_bytes(), durability)
                        .expect("a page");
                })
                .count()
        })
    }
}

/// Where the floor puts each page.
#[derive(Clone, Copy)]
enum Layout {
    /// `a/b.html`, as fragments are written.
    Flat,
    /// `a/b/index.html`, as the site's pages are.
    FolderPerPage,
}

/// Paragraph `n` of generated prose; `edit` replaces one of its words.
fn prose(n: usize, edit: Option<usize>) -> String {
    const WORDS: [&str; 16] = [
        "river", "night", "family", "safe", "house", "journey", "hope", "church", "mother", "work",
        "border", "letters", "winter", "bread", "songs", "school",
    ];
    let mut words: Vec<String> = (0..24)
        .map(|w| WORDS[(n * 7 + w * 5 + n / 16) % WORDS.len()].to_string())
        .collect();
    words[3] = format!("number {n}");
    if let Some(e) = edit {
        words[5 + e] = "changed".to_string();
    }
    format!("The {} with *emphasis* and `code`.", words.join(" "))
}

fn write_paragraphs(path: &Path, paragraphs: &[String]) {
    files::write_atomic(path, paragraphs.join("\n\n").as_bytes()).expect("the document");
}

/// Moves `dir` out of the way of a step timed into a fresh folder, into one removed with the
/// bench's temporary folder when it ends. Removing it now would make the timed step pay for
/// the removal: ext4 without a journal (this machine's) avoids reusing an inode freed less
/// than a minute before (five while its table is unwritten), so every file created after a
/// large removal scans past the freed ones, by an amount that depends on what was removed and
/// when. Creation then costs what it costs in a folder never used, whatever ran before.
fn set_aside(dir: &Path) {
    static ASIDE: AtomicUsize = AtomicUsize::new(0);
    let Some(parent) = dir.parent() else { return };
    let aside = parent.join("set-aside");
    fs::create_dir_all(&aside).expect("a folder to set things aside in");
    let n = ASIDE.fetch_add(1, Ordering::Relaxed);
    match fs::rename(dir, aside.join(n.to_string())) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => panic!("{}: {e}", dir.display()),
        _ => {}
    }
}

fn remove(dir: &Path) {
    match fs::remove_dir_all(dir) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => panic!("{}: {e}", dir.display()),
        _ => {}
    }
}

fn time<T>(f: impl FnOnce() -> T) -> Duration {
    let start = Instant::now();
    std::hint::black_box(f());
    start.elapsed()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Resets the process's peak resident memory (Linux: writing 5 to `clear_refs`).
fn reset_peak_memory() {
    let _ = fs::write("/proc/self/clear_refs", "5");
}

/// The process's peak resident memory in KiB, from Linux's `/proc/self/status`.
fn peak_memory() -> u64 {
    let status = fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}
