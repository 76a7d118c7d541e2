//! Safety of `sync`: a run killed at any moment leaves every file either as it was or as it
//! should be, and two runs at once lose nothing.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::thread::sleep;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use fluentpress::catalog::Catalog;

const FILES: usize = 12;
const MESSAGES: usize = 150;
const LOCALES: [&str; 2] = ["ko", "zh-CN"];
const ROUNDS: usize = 32;
/// How many kills must land between a run's first write and its last: at least half of those
/// aimed there.
const MIDWAY_FLOOR: usize = ROUNDS / 4;

/// A project whose source toggles between two versions, so that every sync has work to do:
/// the second drops every third message (sync sets its translations aside) and the first
/// brings them back (sync restores them).
fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("fluentpress.toml"),
        "locales = [\"ko\", \"zh-CN\"]\n",
    )
    .unwrap();
    write_source(dir.path(), false);
    for locale in LOCALES {
        for f in 0..FILES {
            let text: String = (0..MESSAGES)
                .filter(|m| m % 7 != 0)
                .map(|m| format!("# note {m}\nm{m} = {locale} 번역 {f}-{m}\n    둘째 줄\n\n"))
                .collect();
            write(
                &dir.path().join(format!("locales/{locale}/part/f{f}.ftl")),
                &text,
            );
        }
    }
    dir
}

fn write_source(root: &Path, shorter: bool) {
    for f in 0..FILES {
        let text: String = (0..MESSAGES)
            .filter(|m| !shorter || m % 3 != 0)
            .map(|m| format!("m{m} = Message {m} of file {f}\n"))
            .collect();
        write(&root.join(format!("locales/en/part/f{f}.ftl")), &text);
    }
}

fn write(path: &Path, text: &str) {
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

fn sync(root: &Path) -> Child {
    Command::new(env!("CARGO_BIN_EXE_fluentpress"))
        .arg("-C")
        .arg(root)
        .arg("sync")
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap()
}

/// Every locale file and state file (temporary files left by a killed run aside) with its text.
fn locale_files(root: &Path) -> BTreeMap<PathBuf, String> {
    let mut found = BTreeMap::new();
    for locale in LOCALES {
        let dir = root.join("locales").join(locale);
        let state = dir.join(".fluentpress-state.toml");
        if state.exists() {
            found.insert(state.clone(), fs::read_to_string(&state).unwrap());
        }
        for f in 0..FILES {
            let path = dir.join(format!("part/f{f}.ftl"));
            found.insert(path.clone(), fs::read_to_string(&path).unwrap());
        }
    }
    found
}

/// The bodies of every translation in the locale files, sorted: what must never change.
fn translations(files: &BTreeMap<PathBuf, String>) -> Vec<String> {
    let mut bodies: Vec<String> = files
        .iter()
        .filter(|(path, _)| path.extension().is_some_and(|e| e == "ftl"))
        .flat_map(|(path, text)| {
            let catalog = Catalog::parse(path, text.clone());
            assert!(
                catalog.problems.is_empty(),
                "{} does not parse: {:?}",
                path.display(),
                catalog.problems
            );
            catalog
                .entries
                .iter()
                .filter(|e| e.id.is_some())
                .map(|e| catalog.slice(&e.body).to_string())
                .collect::<Vec<_>>()
        })
        .collect();
    bodies.sort();
    bodies
}

#[test]
fn a_killed_sync_leaves_every_file_old_or_new() {
    let dir = project();
    let root = dir.path();
    let seed = std::env::var("SYNC_KILL_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .unwrap()
                .as_nanos() as u64
                | 1
        });
    let mut random = fastrand::Rng::with_seed(seed);
    let original = translations(&locale_files(root));

    // How long a whole run takes decides where the random kills fall; nothing is asserted
    // about it.
    let start = Instant::now();
    assert!(sync(root).wait().unwrap().success());
    let full = start.elapsed().as_micros() as u64;

    let mut killed_midway = 0;
    for round in 0..ROUNDS {
        write_source(root, round % 2 == 0);
        let old = locale_files(root);
        let mut child = sync(root);
        // Half the kills fall at a random moment (before any write, during, or after the run);
        // the other half as soon as a first file is written, which is surely mid-write.
        if round % 4 < 2 {
            sleep(Duration::from_micros(
                random.u64(..(full + full / 4).max(1)),
            ));
        } else {
            while child.try_wait().unwrap().is_none() && locale_files(root) == old {}
        }
        let finished = child.try_wait().unwrap().is_some();
        let _ = child.kill();
        child.wait().unwrap();
        let after = locale_files(root);

        // Finishing the run gives what the killed one would have written.
        assert!(sync(root).wait().unwrap().success());
        let new = locale_files(root);
        let mut changed = 0;
        for (path, text) in &after {
            let was = old.get(path);
            assert!(
                was == Some(text) || new.get(path) == Some(text),
                "seed {seed}, round {round}: {} is neither old nor new:\n{text}",
                path.display()
            );
            changed += usize::from(was != Some(text));
        }
        killed_midway += usize::from(!finished && changed > 0 && after != new);
        assert_eq!(
            translations(&after),
            original,
            "seed {seed}, round {round}: a translation changed"
        );
    }
    eprintln!("seed {seed}: {killed_midway} of {ROUNDS} runs were killed halfway through");
    // A run writes its 24 files one after another, parsing each first: a kill as soon as the
    // first is written lands before the last.
    assert!(
        killed_midway >= MIDWAY_FLOOR,
        "seed {seed}: only {killed_midway} of {ROUNDS} kills landed while files were written"
    );
}

#[test]
fn two_syncs_at_once_give_what_one_gives() {
    let once = project();
    write_source(once.path(), true);
    assert!(sync(once.path()).wait().unwrap().success());
    let expected: Vec<String> = locale_files(once.path()).into_values().collect();

    let twice = project();
    write_source(twice.path(), true);
    let (mut a, mut b) = (sync(twice.path()), sync(twice.path()));
    assert!(a.wait().unwrap().success() && b.wait().unwrap().success());
    let got: Vec<String> = locale_files(twice.path()).into_values().collect();
    assert_eq!(got, expected);
}
