//! The `fluentpress` binary on fixture projects: `init`, stable message IDs across editing,
//! deterministic extraction, Fluent escaping that round-trips, locale selection, `-C`, and the
//! diagnostics for bad input.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use fluentpress::catalog::Catalog;

const CONFIG: &str = "source_locale = \"en\"\nlocales = [\"ko\", \"zh-CN\"]\n";

/// A project in a temporary folder holding `files` (path, contents).
fn project(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (path, contents) in files {
        write(dir.path(), path, contents.as_bytes());
    }
    dir
}

fn write(root: &Path, path: &str, contents: &[u8]) {
    let path = root.join(path);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, contents).unwrap();
}

/// Runs `fluentpress -C dir args…`.
fn run(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_fluentpress"))
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .unwrap()
}

/// Runs the command and returns its standard output, failing the test if it fails.
fn ok(dir: &Path, args: &[&str]) -> String {
    let output = run(dir, args);
    assert!(
        output.status.success(),
        "fluentpress {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// Runs the command and returns its standard error, failing the test if it succeeds.
fn fails(dir: &Path, args: &[&str]) -> String {
    let output = run(dir, args);
    assert!(!output.status.success(), "fluentpress {args:?} succeeded");
    String::from_utf8(output.stderr).unwrap()
}

fn read(root: &Path, path: &str) -> String {
    fs::read_to_string(root.join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The messages of a Fluent file: ID and value (for an image, its alt text).
fn messages(root: &Path, path: &str) -> Vec<(String, String)> {
    let catalog = Catalog::parse(Path::new(path), read(root, path));
    assert!(
        catalog.problems.is_empty(),
        "{path}: {:?}",
        catalog.problems
    );
    catalog
        .entries
        .iter()
        .filter_map(|e| {
            let alt = e.attributes.first().and_then(|(_, v)| v.clone());
            Some((e.id.clone()?, e.value.clone().or(alt)?))
        })
        .collect()
}

fn id_of<'m>(messages: &'m [(String, String)], text: &str) -> &'m str {
    messages
        .iter()
        .find(|(_, t)| t == text)
        .map(|(id, _)| id.as_str())
        .unwrap_or_else(|| panic!("no message {text:?} in {messages:?}"))
}

#[test]
fn init_writes_a_starter_config_and_refuses_to_overwrite_it() {
    let dir = tempfile::tempdir().unwrap();
    ok(dir.path(), &["init"]);
    let config = read(dir.path(), "fluentpress.toml");
    assert!(config.contains("locales = [\"ko\", \"zh-CN\"]"), "{config}");
    // The new project works at once.
    ok(dir.path(), &["extract"]);

    write(dir.path(), "fluentpress.toml", b"locales = [\"ko\"]\n");
    let error = fails(dir.path(), &["init"]);
    assert!(error.contains("already exists"), "{error}");
    assert_eq!(read(dir.path(), "fluentpress.toml"), "locales = [\"ko\"]\n");
}

const STORY: &str = "+++\ntitle = \"The Story\"\nkind = \"story\"\n+++\n\n# Leaving Home\n\n\
First paragraph about the river crossing at night.\n\n\
Second paragraph about the long wait in the city.\n\n\
Third paragraph about the church that took them in.\n\n\
- One list item about food\n- Another about shelter\n";

#[test]
fn message_ids_survive_inserting_deleting_moving_and_editing() {
    // The Korean file still holds a message of a unit deleted long ago, whose ID the new
    // paragraph below would be given.
    let dir = project(&[
        ("fluentpress.toml", CONFIG),
        ("content/x.md", STORY),
        (
            "locales/ko/x.ftl",
            "p-entirely-unrelated-words-here = 오래된 번역\n",
        ),
    ]);
    ok(dir.path(), &["extract"]);
    let before = messages(dir.path(), "locales/en/x.ftl");

    let edited = "+++\ntitle = \"The Story\"\nkind = \"story\"\n+++\n\n# Leaving Home\n\n\
Entirely unrelated words here.\n\n\
Third paragraph about the church that took them in.\n\n\
First paragraph about the river crossing by night.\n\n\
- Another about shelter\n- One list item about food\n";
    write(dir.path(), "content/x.md", edited.as_bytes());
    ok(dir.path(), &["extract"]);
    let after = messages(dir.path(), "locales/en/x.ftl");

    for unchanged in [
        "The Story",
        "Leaving Home",
        "Third paragraph about the church that took them in.",
        "One list item about food",
        "Another about shelter",
    ] {
        assert_eq!(
            id_of(&after, unchanged),
            id_of(&before, unchanged),
            "{unchanged}"
        );
    }
    assert_eq!(
        id_of(&after, "First paragraph about the river crossing by night."),
        id_of(
            &before,
            "First paragraph about the river crossing at night."
        ),
        "an edited unit keeps its ID"
    );
    let new = id_of(&after, "Entirely unrelated words here.");
    assert!(new.starts_with("p-entirely-unrelated"), "{new}");
    assert_ne!(
        new, "p-entirely-unrelated-words-here",
        "an ID ko still uses"
    );
    assert!(
        before.iter().all(|(id, _)| id != new),
        "a retired ID: {new}"
    );
    assert!(
        !after.iter().any(|(_, t)| t.starts_with("Second paragraph")),
        "the deleted unit is gone"
    );
}

#[test]
fn extraction_is_deterministic() {
    let dir = project(&[("fluentpress.toml", CONFIG), ("content/x.md", STORY)]);
    ok(dir.path(), &["extract"]);
    let path = dir.path().join("locales/en/x.ftl");
    let first = fs::read(&path).unwrap();
    let written = fs::metadata(&path).unwrap().modified().unwrap();

    let output = ok(dir.path(), &["extract"]);
    assert!(output.contains("0 files written"), "{output}");
    assert_eq!(fs::read(&path).unwrap(), first);
    assert_eq!(fs::metadata(&path).unwrap().modified().unwrap(), written);
}

/// Units whose text holds everything Fluent or Markdown could misread.
const TRICKY: &str = "# Braces {like} these }{\n\n\
A paragraph with {placeables} and \"quotes\" and a back\\\\slash.\n\
[A link](http://example.org) starts this line,\n\
*emphasis* starts this one,\n\
.dots start this one\n\n\
Hard break with spaces  \n\
and with a backslash\\\n\
and trailing space in the middle.\n\n\
> Quoted {x} and *y*\n\
> [link][ref] on the second line\n\n\
- item with `code {not fluent}` and \\* escaped star\n\
- [ ] task\n\n\
| Head {a} | \"b\" |\n| --- | --- |\n| `x \\| y` | z |\n\n\
![Alt with {brace}](/img.png \"Title with \\\"quotes\\\"\")\n\n\
[ref]: http://example.org/ref\n";

#[test]
fn escaping_round_trips_through_fluent() {
    let dir = project(&[("fluentpress.toml", CONFIG), ("content/x.md", TRICKY)]);
    ok(dir.path(), &["extract"]);
    let english = read(dir.path(), "locales/en/x.ftl");
    assert!(english.contains("\"{\""), "braces are escaped:\n{english}");

    // A translator who copies every message unchanged gets the source document back.
    write(dir.path(), "locales/ko/x.ftl", english.as_bytes());
    ok(dir.path(), &["build", "--format", "markdown"]);
    assert_eq!(read(dir.path(), "public/en/x.md"), TRICKY);
    assert_eq!(read(dir.path(), "public/ko/x.md"), TRICKY);
}

#[test]
fn build_uses_translations_and_falls_back_to_the_source() {
    let dir = project(&[("fluentpress.toml", CONFIG), ("content/x.md", STORY)]);
    ok(dir.path(), &["extract"]);
    let english = messages(dir.path(), "locales/en/x.ftl");
    let heading = id_of(&english, "Leaving Home");
    write(
        dir.path(),
        "locales/ko/x.ftl",
        format!("{heading} = 집을 떠나며\n").as_bytes(),
    );
    ok(dir.path(), &["build", "--format", "fragment"]);
    let korean = read(dir.path(), "public/ko/x.html");
    assert!(korean.starts_with("<h1>집을 떠나며</h1>"), "{korean}");
    assert!(korean.contains("<p>Second paragraph"), "{korean}");
    // The source locale's fragment is pulldown-cmark's, front matter excluded.
    assert!(read(dir.path(), "public/en/x.html").starts_with("<h1>Leaving Home</h1>"));
}

fn built(root: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = ["en", "ko", "zh-CN"]
        .iter()
        .map(|l| Path::new("public").join(l).join("x.html"))
        .filter(|p| root.join(p).exists())
        .collect();
    found.sort();
    found
}

#[test]
fn locale_selects_what_build_writes() {
    let dir = project(&[("fluentpress.toml", CONFIG), ("content/x.md", STORY)]);
    let build = ["build", "--format", "fragment", "--locale"];
    ok(dir.path(), &[&build[..], &["ko"]].concat());
    assert_eq!(built(dir.path()), [Path::new("public/ko/x.html")]);
    ok(dir.path(), &[&build[..], &["zh-CN", "--locale", "en"]].concat());
    assert_eq!(built(dir.path()).len(), 3);

    let error = fails(dir.path(), &[&build[..], &["fr"]].concat());
    assert!(error.contains("`fr`"), "{error}");
}

#[test]
fn dash_c_runs_in_another_folder_and_finds_the_project_above() {
    let dir = project(&[("fluentpress.toml", CONFIG), ("content/x.md", STORY)]);
    let elsewhere = tempfile::tempdir().unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_fluentpress"))
        .current_dir(elsewhere.path())
        .arg("-C")
        .arg(dir.path().join("content"))
        .arg("extract")
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    assert!(dir.path().join("locales/en/x.ftl").exists());
    assert_eq!(fs::read_dir(elsewhere.path()).unwrap().count(), 0);

    let error = fails(elsewhere.path(), &["extract"]);
    assert!(error.contains("no fluentpress.toml"), "{error}");
}

/// The path fluentpress prints for `relative` inside `dir`.
fn shown(dir: &Path, relative: &str) -> String {
    dir.canonicalize()
        .unwrap()
        .join(relative)
        .display()
        .to_string()
}

#[test]
fn invalid_utf8_is_reported_at_its_line_and_column() {
    let dir = project(&[("fluentpress.toml", CONFIG)]);
    write(dir.path(), "content/bad.md", b"# Title\n\nab\xff\n");
    let error = fails(dir.path(), &["extract"]);
    let place = format!("{}: not valid UTF-8", shown(dir.path(), "content/bad.md"));
    assert!(error.contains(&place), "{error}");
    assert!(error.contains("at 3:3"), "{error}");
}

#[test]
fn malformed_front_matter_is_reported_at_its_line_and_column() {
    let dir = project(&[
        ("fluentpress.toml", CONFIG),
        (
            "content/bad.md",
            "+++\ntitle = \"T\"\nkind = story\n+++\n\nBody\n",
        ),
    ]);
    let error = fails(dir.path(), &["build", "--format", "fragment"]);
    let place = format!("{}:3:8", shown(dir.path(), "content/bad.md"));
    assert!(error.contains(&place), "{error}");
}

#[test]
fn a_bad_config_is_reported_at_its_line_and_column() {
    for (config, place) in [
        ("locales = [\"ko\"]\nlocale_dir = \"x\"\n", "2:1"),
        ("\nlocales = [\"ko\", \"not a tag\"]\n", "2:18"),
    ] {
        let dir = project(&[("fluentpress.toml", config)]);
        let error = fails(dir.path(), &["extract"]);
        let place = format!("{}:{place}", shown(dir.path(), "fluentpress.toml"));
        assert!(error.contains(&place), "{config:?}: {error}");
    }
}

#[test]
fn an_unreadable_document_is_named() {
    let dir = project(&[("fluentpress.toml", CONFIG), ("content/x.md", STORY)]);
    let broken = dir.path().join("content/gone.md");
    std::os::unix::fs::symlink(dir.path().join("nowhere.md"), &broken).unwrap();
    let error = fails(dir.path(), &["extract"]);
    assert!(error.contains("gone.md"), "{error}");
    assert!(
        !dir.path().join("locales/en/x.ftl").exists(),
        "nothing written"
    );
}
