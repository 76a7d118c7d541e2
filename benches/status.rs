//! Times `status` on a generated tree of 10,000 source messages in 100 files and three target
//! locales (mostly translated, some missing, stale and obsolete), through the library and through
//! the binary, and beside Mozilla's compare-locales on the same tree when it is installed.
//! Run with `cargo bench --bench status`; `cargo test` does not run it.

use std::fmt::Write as _;
use std::fs;
use std::hint::black_box;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use fluentpress::project::Project;
use fluentpress::{state, status};

const FILES: usize = 100;
const PER_FILE: usize = 100;
const LOCALES: [&str; 3] = ["ko", "zh-CN", "ja"];
const RUNS: usize = 10;
/// compare-locales takes seconds a run.
const SLOW_RUNS: usize = 3;

fn main() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let root = dir.path();
    generate(root);
    let project = Project::load(root).expect("the generated project loads");

    let report = status::compute(&project, &[]).expect("status of the generated tree");
    for locale in &report.locales {
        let c = &locale.counts;
        println!(
            "{}: {} entries, {} translated, {} missing, {} stale, {} obsolete ({}%)",
            locale.locale, c.total, c.translated, c.missing, c.stale, c.obsolete, c.percent
        );
    }
    time("status::compute (library)", RUNS, || {
        black_box(status::compute(&project, &[]).expect("status"));
    });
    let binary = env!("CARGO_BIN_EXE_fluentpress");
    time("fluentpress status --format json (binary)", RUNS, || {
        run(Command::new(binary)
            .arg("-C")
            .arg(root)
            .args(["status", "--format", "json"]));
    });
    let compare_locales = Command::new("compare-locales").arg("--version").output();
    if compare_locales.is_ok_and(|o| o.status.success()) {
        fs::write(root.join("l10n.toml"), L10N_TOML).expect("write l10n.toml");
        time("compare-locales (same tree)", SLOW_RUNS, || {
            let mut command = Command::new("compare-locales");
            command
                .current_dir(root)
                .args(["--json", "-", "l10n.toml", "."])
                .args(LOCALES);
            // compare-locales exits 1 when it finds errors; only its time matters here.
            black_box(command.output().expect("compare-locales runs"));
        });
    } else {
        println!("compare-locales: not installed (pip install compare-locales), skipped");
    }
}

const L10N_TOML: &str = r#"basepath = "."
locales = ["ko", "zh-CN", "ja"]
[env]
    l = "{l10n_base}/{locale}/"
[[paths]]
    reference = "en/**"
    l10n = "{l}**"
"#;

fn run(command: &mut Command) {
    let output = command.output().expect("the command runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// Runs `f` once to warm up, then `runs` times, and prints the median and the range.
fn time(name: &str, runs: usize, mut f: impl FnMut()) {
    f();
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{name}: median {:.1} ms (min {:.1}, max {:.1}) over {runs} runs, {} messages x {} locales",
        ms(times[runs / 2]),
        ms(times[0]),
        ms(times[runs - 1]),
        FILES * PER_FILE,
        LOCALES.len()
    );
}

/// A tree without Markdown (`en/`, `ko/`, ... side by side). Every locale translates nine in
/// ten messages and keeps two obsolete ones per file; the state is recorded, then one message in
/// 25 changes in the source, so that its translations are stale.
fn generate(root: &Path) {
    fs::write(
        root.join("fluentpress.toml"),
        "locales = [\"ko\", \"zh-CN\", \"ja\"]\nlocales_dir = \".\"\n",
    )
    .expect("write config");
    let project = Project::load(root).expect("the generated project loads");
    let source = |f: usize, edited: bool| {
        let mut text = String::new();
        for m in 0..PER_FILE {
            let edit = if edited && m % 25 == 1 {
                " (edited)"
            } else {
                ""
            };
            let _ = writeln!(text, "# Context of message {m}\np-{f}-{m} = Paragraph {m} of file {f}: a sentence of about fifteen words that a translator reads{edit}.\n");
        }
        text
    };
    let catalogs: Vec<String> = (0..FILES).map(|f| format!("docs/f{f:03}.ftl")).collect();
    for (f, catalog) in catalogs.iter().enumerate() {
        write(&root.join("en").join(catalog), &source(f, false));
        for locale in LOCALES {
            let mut text = String::new();
            for m in (0..PER_FILE).filter(|m| m % 10 != 0) {
                let _ = writeln!(text, "p-{f}-{m} = {locale}: 번역된 문단 {m}, 파일 {f}.\n");
            }
            text.push_str("old-1 = 옛 문단\n\nold-2 = 옛 문단\n");
            write(&root.join(locale).join(catalog), &text);
        }
    }
    let texts: Vec<(String, String)> = (0..FILES)
        .map(|f| (source(f, false), source(f, true)))
        .collect();
    let changing: Vec<(&Path, &str, &str)> = catalogs
        .iter()
        .zip(&texts)
        .map(|(c, (before, after))| (Path::new(c.as_str()), before.as_str(), after.as_str()))
        .collect();
    state::record_before_change(&project, &changing).expect("record the state");
    for (catalog, (_, after)) in catalogs.iter().zip(&texts) {
        write(&root.join("en").join(catalog), after);
    }
}

fn write(path: &Path, text: &str) {
    fs::create_dir_all(path.parent().expect("a file in a folder")).expect("create folders");
    fs::write(path, text).expect("write a generated file");
}
