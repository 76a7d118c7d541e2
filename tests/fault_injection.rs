//! Fault injection: `build`, `sync` and `extract` killed at random points while inputs change and
//! change back. After each kill, finishing the work must publish exactly what a clean build of
//! the same inputs publishes, and every translation a translator wrote must be there, byte for
//! byte. Set `FAULT_SEED` to replay a run.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::thread::sleep;
use std::time::{Duration, Instant};

use fluentpress::catalog::Catalog;

mod common;

use common::{copy_dir, files_under};

const DOCUMENTS: usize = 30;
const PARAGRAPHS: usize = 12;
const LOCALES: [&str; 2] = ["ko", "zh-CN"];
const ROUNDS: usize = 14;
/// The commands killed, in turn: builds most, as they have the most to lose.
const COMMANDS: [&str; 4] = ["build", "sync", "build", "extract"];
/// A translation every page of its locale shows, so that changing it rewrites many pages.
const SITE_TITLE: (&str, &str) = ("locales/ko/site.ftl", "site-title");

fn run(root: &Path, command: &str) -> Child {
    Command::new(env!("CARGO_BIN_EXE_fluentpress"))
        .arg("-C")
        .arg(root)
        .arg(command)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

fn ok(root: &Path, command: &str) {
    assert!(
        run(root, command).wait().unwrap().success(),
        "fluentpress {command} failed"
    );
}

/// Waits until the stamps of files written now are trusted by a build.
fn settle() {
    sleep(Duration::from_millis(2100));
}

fn write(path: &Path, text: &str) {
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

fn document(n: usize, edit: usize) -> String {
    let mut text = format!(
        "+++\ntitle = \"Story {n}\"\nkind = \"story\"\ndate = 2020-01-{:02}\n+++\n",
        n % 28 + 1
    );
    for p in 0..PARAGRAPHS {
        text.push_str(&format!(
            "\nParagraph {p} of story {n} tells what happened on day {}, in some detail.\n",
            if p == 0 { edit } else { p }
        ));
    }
    text
}

/// What translators wrote: per locale file, message ID and translation.
type Translations = BTreeMap<(String, String), String>;

/// A project of stories, extracted, with most messages translated.
fn project(random: &mut fastrand::Rng) -> (tempfile::TempDir, Translations) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(
        &root.join("fluentpress.toml"),
        "locales = [\"ko\", \"zh-CN\"]\n",
    );
    for n in 0..DOCUMENTS {
        write(
            &root.join(format!("content/stories/s{n}.md")),
            &document(n, 0),
        );
    }
    ok(root, "extract");
    let mut translations = Translations::new();
    for locale in LOCALES {
        for n in 0..DOCUMENTS {
            let file = format!("locales/{locale}/stories/s{n}.ftl");
            let source = fs::read_to_string(root.join(format!("locales/en/stories/s{n}.ftl")));
            let catalog = Catalog::parse(Path::new("en.ftl"), source.unwrap());
            let mut text = String::new();
            let ids: Vec<&str> = catalog.ids().collect();
            for id in ids {
                if random.u8(..3) == 0 {
                    continue;
                }
                let translation = format!("{locale} 번역 {id} {}", random.u32(..1000));
                text.push_str(&format!("{id} = {translation}\n"));
                translations.insert((file.clone(), id.to_string()), translation);
            }
            write(&root.join(&file), &text);
        }
    }
    let (file, id) = SITE_TITLE;
    write(&root.join(file), &format!("{id} = 사이트\n"));
    translations.insert((file.to_string(), id.to_string()), "사이트".to_string());
    ok(root, "sync");
    (dir, translations)
}

/// A change to the inputs that can be undone.
enum Change {
    /// A translator rewrote a translation (sometimes the site's title, on every page).
    Translation {
        file: String,
        id: String,
        old: String,
        new: String,
    },
    /// An editor changed a story's first paragraph.
    Source { n: usize, edit: usize },
    /// A story was added.
    Added { n: usize },
}

impl Change {
    fn random(random: &mut fastrand::Rng, translations: &Translations, round: usize) -> Change {
        match random.u8(..4) {
            choice @ (0 | 1) => {
                let keys: Vec<_> = translations.keys().collect();
                let (file, id) = match choice {
                    0 => (SITE_TITLE.0.to_string(), SITE_TITLE.1.to_string()),
                    _ => keys[random.usize(..keys.len())].clone(),
                };
                let old = translations[&(file.clone(), id.clone())].clone();
                Change::Translation {
                    file,
                    id,
                    new: format!("{old} 고침 {round}"),
                    old,
                }
            }
            2 => Change::Source {
                n: random.usize(..DOCUMENTS),
                edit: round + 100,
            },
            _ => Change::Added {
                n: DOCUMENTS + round,
            },
        }
    }

    fn apply(&self, root: &Path, translations: &mut Translations, forward: bool) {
        match self {
            Change::Translation { file, id, old, new } => {
                let (from, to) = if forward { (old, new) } else { (new, old) };
                let path = root.join(file);
                let text = fs::read_to_string(&path).unwrap();
                let line = format!("{id} = {from}\n");
                assert!(text.contains(&line), "{file}: no `{line}` in\n{text}");
                fs::write(&path, text.replace(&line, &format!("{id} = {to}\n"))).unwrap();
                translations.insert((file.clone(), id.clone()), to.clone());
            }
            Change::Source { n, edit } => {
                let edit = if forward { *edit } else { 0 };
                write(
                    &root.join(format!("content/stories/s{n}.md")),
                    &document(*n, edit),
                );
            }
            Change::Added { n } => {
                let path = root.join(format!("content/stories/s{n}.md"));
                match forward {
                    true => write(&path, &document(*n, 0)),
                    false => fs::remove_file(path).unwrap(),
                }
            }
        }
    }
}

/// Every published file but the build's own records (its cache, its stamps), with its bytes.
fn published(root: &Path) -> BTreeMap<String, Vec<u8>> {
    let public = root.join("public");
    files_under(&public)
        .into_iter()
        .map(|f| {
            let relative = f
                .strip_prefix(&public)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            (relative, fs::read(&f).unwrap())
        })
        .filter(|(path, _)| ![".fluentpress-build", ".fluentpress-fresh"].contains(&path.as_str()))
        .collect()
}

/// What a clean build of the project's current inputs publishes.
fn clean_build(root: &Path) -> BTreeMap<String, Vec<u8>> {
    let copy = tempfile::tempdir().unwrap();
    for folder in ["content", "locales"] {
        copy_dir(&root.join(folder), &copy.path().join(folder));
    }
    fs::copy(
        root.join("fluentpress.toml"),
        copy.path().join("fluentpress.toml"),
    )
    .unwrap();
    ok(copy.path(), "build");
    published(copy.path())
}

/// Asserts that every translation is in its file as the translator wrote it.
fn assert_translations_kept(root: &Path, translations: &Translations, context: &str) {
    let mut files: BTreeMap<&str, Catalog> = BTreeMap::new();
    for ((file, id), translation) in translations {
        let catalog = files.entry(file).or_insert_with(|| {
            let text = fs::read_to_string(root.join(file)).unwrap();
            let catalog = Catalog::parse(Path::new(file), text);
            assert!(catalog.problems.is_empty(), "{context}: {file} is torn");
            catalog
        });
        assert_eq!(
            catalog.get(id).and_then(|e| e.value.as_deref()),
            Some(translation.as_str()),
            "{context}: {file} lost the translation of {id}"
        );
    }
}

#[test]
fn killed_runs_never_publish_stale_pages_nor_lose_translations() {
    let seed = common::seed("FAULT_SEED");
    let mut random = fastrand::Rng::with_seed(seed);
    let (dir, mut translations) = project(&mut random);
    let root = dir.path();

    // How long each command takes decides where the kills fall; nothing is asserted about it.
    let mut durations = BTreeMap::new();
    for command in ["build", "sync", "extract"] {
        let start = Instant::now();
        ok(root, command);
        durations.insert(command, start.elapsed().as_micros() as u64);
    }

    let mut killed_midway = 0;
    for round in 0..ROUNDS {
        let context = format!("seed {seed}, round {round}");
        let change = Change::random(&mut random, &translations, round);
        // Some rounds let the stamps settle around a finished build, so that it leaves a record
        // by which the next build may trust stamps alone (see `site::fresh`), and the killed
        // and recovering builds have it to be misled by.
        let settled = round % 4 == 2;
        if settled {
            settle();
            ok(root, "build");
        }
        change.apply(root, &mut translations, true);
        if settled {
            settle();
        }
        let command = COMMANDS[round % COMMANDS.len()];
        let mut child = run(root, command);
        let full = durations[command];
        sleep(Duration::from_micros(random.u64(..full + full / 4 + 1)));
        killed_midway += usize::from(child.try_wait().unwrap().is_none());
        let _ = child.kill();
        child.wait().unwrap();
        assert_translations_kept(root, &translations, &context);

        if random.bool() {
            change.apply(root, &mut translations, false);
        }
        for command in ["extract", "sync", "build"] {
            ok(root, command);
        }
        assert_translations_kept(root, &translations, &context);
        let got = published(root);
        let expected = clean_build(root);
        let differ: BTreeSet<&String> = expected
            .keys()
            .chain(got.keys())
            .filter(|path| got.get(*path) != expected.get(*path))
            .collect();
        assert!(
            differ.is_empty(),
            "{context} (killed {command}): published files differ from a clean build: {differ:?}"
        );
    }
    // Not an assertion on timing: a note of how many kills fell inside a run.
    eprintln!(
        "seed {seed}: {killed_midway} of {ROUNDS} runs were killed before they finished (full runs: {durations:?} µs)"
    );
}
