//! The `fluentpress` binary on fixture projects: `init`, stable message IDs across editing,
//! deterministic extraction, Fluent escaping that round-trips, locale selection, `-C`, and the
//! diagnostics for bad input.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use fluentpress::catalog::Catalog;

mod common;

use common::Project;

const CONFIG: &str = "source_locale = \"en\"\nlocales = [\"ko\", \"zh-CN\"]\n";

/// A project in a temporary folder holding `files` (path, contents).
fn project(files: &[(&str, &str)]) -> Project {
    let project = Project::empty();
    for (path, contents) in files {
        project.write(path, contents);
    }
    project
}

/// The messages of a Fluent file: ID and value (for an image, its alt text).
fn messages(project: &Project, path: &str) -> Vec<(String, String)> {
    let catalog = Catalog::parse(Path::new(path), project.read(path));
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
    let dir = Project::empty();
    let out = dir.ok(&["init", "--title", "Field Notes"]);
    assert!(out.contains("next: "), "{out}");
    let config = dir.read("fluentpress.toml");
    assert!(config.contains("locales = [\"ko\", \"zh-CN\"]"), "{config}");
    assert!(dir
        .read("locales/en/site.ftl")
        .contains("site-title = Field Notes"));
    // The new project builds at once, and names nothing but itself.
    dir.ok(&["extract"]);
    dir.ok(&["build"]);
    let home = dir.read("public/en/index.html");
    assert!(home.contains("Field Notes"), "{home}");
    assert!(home.contains("welcome/index.html"), "{home}");
    let pages: Vec<String> = common::files_under(&dir.path("public"))
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap_or_default())
        .collect();
    for ngo in [
        "Crossing",
        "크로싱",
        "跨越",
        "stories",
        "prayers",
        "이야기",
        "故事",
    ] {
        assert!(!pages.iter().any(|p| p.contains(ngo)), "{ngo} in the site");
    }

    dir.write("fluentpress.toml", b"locales = [\"ko\"]\n");
    let error = dir.fails(&["init"]);
    assert!(error.contains("already exists"), "{error}");
    assert_eq!(dir.read("fluentpress.toml"), "locales = [\"ko\"]\n");
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
    dir.ok(&["extract"]);
    let before = messages(&dir, "locales/en/x.ftl");

    let edited = "+++\ntitle = \"The Story\"\nkind = \"story\"\n+++\n\n# Leaving Home\n\n\
Entirely unrelated words here.\n\n\
Third paragraph about the church that took them in.\n\n\
First paragraph about the river crossing by night.\n\n\
- Another about shelter\n- One list item about food\n";
    dir.write("content/x.md", edited.as_bytes());
    dir.ok(&["extract"]);
    let after = messages(&dir, "locales/en/x.ftl");

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
    dir.ok(&["extract"]);
    let path = dir.root().join("locales/en/x.ftl");
    let first = fs::read(&path).unwrap();
    let written = fs::metadata(&path).unwrap().modified().unwrap();

    let output = dir.ok(&["extract"]);
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
    dir.ok(&["extract"]);
    let english = dir.read("locales/en/x.ftl");
    assert!(english.contains("\"{\""), "braces are escaped:\n{english}");

    // A translator who copies every message unchanged gets the source document back.
    dir.write("locales/ko/x.ftl", english.as_bytes());
    dir.ok(&["build", "--format", "markdown"]);
    assert_eq!(dir.read("public/en/x.md"), TRICKY);
    assert_eq!(dir.read("public/ko/x.md"), TRICKY);
}

#[test]
fn build_uses_translations_and_falls_back_to_the_source() {
    let dir = project(&[("fluentpress.toml", CONFIG), ("content/x.md", STORY)]);
    dir.ok(&["extract"]);
    let english = messages(&dir, "locales/en/x.ftl");
    let heading = id_of(&english, "Leaving Home");
    dir.write(
        "locales/ko/x.ftl",
        format!("{heading} = 집을 떠나며\n").as_bytes(),
    );
    dir.ok(&["build", "--format", "fragment"]);
    let korean = dir.read("public/ko/x.html");
    assert!(korean.starts_with("<h1>집을 떠나며</h1>"), "{korean}");
    assert!(korean.contains("<p>Second paragraph"), "{korean}");
    // The source locale's fragment is pulldown-cmark's, front matter excluded.
    assert!(dir
        .read("public/en/x.html")
        .starts_with("<h1>Leaving Home</h1>"));
}

#[test]
fn a_removed_document_takes_its_bare_files_with_it_and_nothing_else() {
    for (format, extension) in [("fragment", "html"), ("markdown", "md")] {
        let dir = project(&[
            ("fluentpress.toml", CONFIG),
            ("content/x.md", STORY),
            ("content/y.md", STORY),
        ]);
        dir.ok(&["extract"]);
        dir.ok(&["build"]);
        dir.ok(&["build", "--format", format]);
        let file = |locale: &str, name: &str| format!("public/{locale}/{name}.{extension}");
        dir.write(&file("en", "mine"), b"not fluentpress's");
        fs::remove_file(dir.path("content/y.md")).unwrap();
        dir.ok(&["extract"]);

        // A build of one locale removes that locale's file, and leaves the others' to theirs.
        dir.ok(&["build", "--format", format, "--locale", "ko"]);
        assert!(!dir.path(&file("ko", "y")).exists(), "{format}");
        assert!(dir.path(&file("en", "y")).exists(), "{format}");
        dir.ok(&["build", "--format", format]);
        for locale in ["en", "ko", "zh-CN"] {
            assert!(dir.path(&file(locale, "x")).exists(), "{format} {locale}");
            assert!(!dir.path(&file(locale, "y")).exists(), "{format} {locale}");
        }
        // What it did not write stays: a file of someone else's, and the site's pages.
        assert_eq!(dir.read(&file("en", "mine")), "not fluentpress's");
        assert!(dir.path("public/en/y/index.html").exists(), "{format}");
    }
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
    dir.ok(&[&build[..], &["ko"]].concat());
    assert_eq!(built(dir.root()), [Path::new("public/ko/x.html")]);
    // What the first build wrote must not count for the second.
    fs::remove_dir_all(dir.path("public")).unwrap();
    dir.ok(&[&build[..], &["zh-CN", "--locale", "en"]].concat());
    assert_eq!(
        built(dir.root()),
        [
            Path::new("public/en/x.html"),
            Path::new("public/zh-CN/x.html")
        ]
    );

    let error = dir.fails(&[&build[..], &["fr"]].concat());
    assert!(error.contains("`fr`"), "{error}");
}

#[test]
fn dash_c_runs_in_another_folder_and_finds_the_project_above() {
    let dir = project(&[("fluentpress.toml", CONFIG), ("content/x.md", STORY)]);
    let elsewhere = Project::empty();
    let output = Command::new(env!("CARGO_BIN_EXE_fluentpress"))
        .current_dir(elsewhere.root())
        .arg("-C")
        .arg(dir.root().join("content"))
        .arg("extract")
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    assert!(dir.root().join("locales/en/x.ftl").exists());
    assert_eq!(fs::read_dir(elsewhere.root()).unwrap().count(), 0);

    let error = elsewhere.fails(&["extract"]);
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
    dir.write("content/bad.md", b"# Title\n\nab\xff\n");
    let error = dir.fails(&["extract"]);
    let place = format!("{}: not valid UTF-8", shown(dir.root(), "content/bad.md"));
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
    let error = dir.fails(&["build", "--format", "fragment"]);
    let place = format!("{}:3:8", shown(dir.root(), "content/bad.md"));
    assert!(error.contains(&place), "{error}");
}

#[test]
fn a_bad_config_is_reported_at_its_line_and_column() {
    for (config, place) in [
        ("locales = [\"ko\"]\nlocale_dir = \"x\"\n", "2:1"),
        ("\nlocales = [\"ko\", \"not a tag\"]\n", "2:18"),
    ] {
        let dir = project(&[("fluentpress.toml", config)]);
        let error = dir.fails(&["extract"]);
        let place = format!("{}:{place}", shown(dir.root(), "fluentpress.toml"));
        assert!(error.contains(&place), "{config:?}: {error}");
    }
}

#[test]
fn an_unreadable_document_is_named() {
    let dir = project(&[("fluentpress.toml", CONFIG), ("content/x.md", STORY)]);
    let broken = dir.root().join("content/gone.md");
    std::os::unix::fs::symlink(dir.root().join("nowhere.md"), &broken).unwrap();
    let error = dir.fails(&["extract"]);
    assert!(error.contains("gone.md"), "{error}");
    assert!(
        !dir.root().join("locales/en/x.ftl").exists(),
        "nothing written"
    );
}

#[test]
fn unbalanced_html_in_a_translation_stays_inside_its_unit() {
    let dir = project(&[
        ("fluentpress.toml", CONFIG),
        ("content/x.md", "First paragraph.\n\nSecond paragraph.\n"),
    ]);
    dir.ok(&["extract"]);
    let english = messages(&dir, "locales/en/x.ftl");
    let first = id_of(&english, "First paragraph.");
    dir.write(
        "locales/ko/x.ftl",
        format!("{first} = <div><em>첫째 <script>alert(1)</script>\n"),
    );
    dir.ok(&["build", "--format", "fragment", "--locale", "ko"]);
    let korean = dir.read("public/ko/x.html");
    assert!(!korean.contains("<script"), "{korean}");
    assert_eq!(
        korean.matches("<div").count(),
        korean.matches("</div>").count(),
        "{korean}"
    );
    assert!(korean.ends_with("<p>Second paragraph.</p>\n"), "{korean}");
}
