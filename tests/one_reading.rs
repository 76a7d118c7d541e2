//! `status`, `build` and `check` read a locale file the same way, through the real binary: a
//! byte order mark, a duplicated ID, a term shared by the files of a locale, and hand-written
//! Fluent files next to those extracted from Markdown.

mod common;

use common::{codes, Project};
use serde_json::Value;

/// A project with one document of two paragraphs, extracted, and `ko` holding `korean`.
fn project(korean: &str) -> Project {
    let project = Project::new("locales = [\"ko\"]\n");
    project.write("content/doc.md", "First paragraph.\n\nSecond paragraph.\n");
    project.ok(&["extract"]);
    let source = project.read("locales/en/doc.ftl");
    assert!(
        source.contains("p-first-paragraph = First paragraph."),
        "{source}"
    );
    project.write("locales/ko/doc.ftl", korean);
    project
}

fn status(project: &Project) -> Value {
    serde_json::from_str(&project.ok(&["status", "--format", "json"])).unwrap()
}

/// The Markdown `build` publishes for `ko`.
fn built(project: &Project) -> String {
    project.ok(&["build", "--format", "markdown", "--locale", "ko"]);
    project.read("public/ko/doc.md")
}

/// The diagnostics of `check --format json`.
fn check(project: &Project) -> Vec<Value> {
    let out = project.run(&["check", "--format", "json"]);
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn a_byte_order_mark_changes_nothing() {
    let project =
        project("\u{feff}p-first-paragraph = 첫 문단.\n\np-second-paragraph = 둘째 문단.\n");
    let file = &status(&project)["locales"][0]["files"][0];
    assert_eq!(file["translated"], 2, "{file}");
    assert_eq!(built(&project), "첫 문단.\n\n둘째 문단.\n");
    assert_eq!(codes(&check(&project)), Vec::<&str>::new());
}

#[test]
fn the_first_definition_of_an_id_stands_everywhere() {
    let project = project(
        "p-first-paragraph = 첫 문단.\n\np-second-paragraph = 둘째 문단.\n\np-first-paragraph = 나중 것.\n",
    );
    let file = &status(&project)["locales"][0]["files"][0];
    assert_eq!(file["translated"], 2, "{file}");
    assert_eq!(file["error_list"][0]["id"], "p-first-paragraph", "{file}");
    assert_eq!(file["error_list"][0]["line"], 5, "{file}");
    assert_eq!(built(&project), "첫 문단.\n\n둘째 문단.\n");
    let diagnostics = check(&project);
    assert_eq!(codes(&diagnostics), ["FP002"]);
    assert_eq!(diagnostics[0]["line"], 5);
    assert!(
        diagnostics[0]["hint"]
            .as_str()
            .unwrap()
            .contains("first definition stands"),
        "{}",
        diagnostics[0]
    );

    // Editing the definition that stands is what counts: after the source changes, the stale
    // mark goes when that one is edited.
    project.ok(&["sync"]);
    project.write(
        "content/doc.md",
        "First paragraph, changed.\n\nSecond paragraph.\n",
    );
    let source_before = project.read("locales/en/doc.ftl");
    project.ok(&["extract"]);
    assert_ne!(project.read("locales/en/doc.ftl"), source_before);
    let stale = |p: &Project| status(p)["locales"][0]["files"][0]["stale_ids"].clone();
    assert_eq!(stale(&project), serde_json::json!(["p-first-paragraph"]));
    let korean = project.read("locales/ko/doc.ftl");
    project.write(
        "locales/ko/doc.ftl",
        korean.replacen("첫 문단.", "첫 문단, 바뀜.", 1),
    );
    assert_eq!(stale(&project), serde_json::json!([]));
}

#[test]
fn terms_resolve_across_the_files_of_a_locale() {
    let project = Project::new("locales = [\"ko\"]\n");
    project.write("locales/en/brands.ftl", "-brand = Fluent Press\n");
    project.write("locales/en/site.ftl", "welcome = Welcome to { -brand }\n");
    project.write("locales/ko/brands.ftl", "-brand = 플루언트 프레스\n");
    project.write(
        "locales/ko/site.ftl",
        "welcome = { -brand }에 오신 것을 환영합니다\n",
    );
    assert_eq!(codes(&check(&project)), Vec::<&str>::new());
    // A term that no file defines is still found.
    project.write(
        "locales/ko/site.ftl",
        "welcome = { -nothing }에 오신 것을 환영합니다\n",
    );
    let diagnostics = check(&project);
    let unknown: Vec<&Value> = diagnostics
        .iter()
        .filter(|d| d["code"] == "FP003")
        .collect();
    assert_eq!(unknown.len(), 1, "{diagnostics:?}");
    assert!(
        unknown[0]["message"].as_str().unwrap().contains("-nothing"),
        "{}",
        unknown[0]
    );
    // A document's page sees only the document's file: a term of brands.ftl is unknown there.
    project.write(
        "locales/ko/site.ftl",
        "welcome = { -brand }에 오신 것을 환영합니다
",
    );
    project.write(
        "content/doc.md",
        "Welcome.
",
    );
    project.write(
        "locales/en/doc.ftl",
        "p-welcome = Welcome.
",
    );
    project.write(
        "locales/ko/doc.ftl",
        "p-welcome = { -brand } 환영.
",
    );
    let diagnostics = check(&project);
    let unknown: Vec<&str> = diagnostics
        .iter()
        .filter(|d| d["code"] == "FP003")
        .map(|d| d["file"].as_str().unwrap())
        .collect();
    assert_eq!(unknown, ["locales/ko/doc.ftl"], "{diagnostics:?}");
}

#[test]
fn markdown_checks_skip_hand_written_fluent_files() {
    let project = Project::new("locales = [\"ko\"]\n");
    project.write("content/doc.md", "Read the [guide](/guide.pdf).\n");
    project.ok(&["extract"]);
    let id = project
        .read("locales/en/doc.ftl")
        .lines()
        .find_map(|l| l.split_once(" = ").map(|(id, _)| id.to_string()))
        .unwrap();
    project.write(
        "locales/en/site.ftl",
        "menu = Read the [guide](/guide.pdf).\n",
    );
    project.write("locales/ko/site.ftl", "menu = 안내서를 읽으세요.\n");
    project.write("locales/ko/doc.ftl", format!("{id} = 안내서를 읽으세요.\n"));
    let diagnostics = check(&project);
    let files: Vec<(&str, &str)> = diagnostics
        .iter()
        .map(|d| (d["code"].as_str().unwrap(), d["file"].as_str().unwrap()))
        .collect();
    assert_eq!(files, [("FP101", "locales/ko/doc.ftl")]);
}

mod agreement {
    //! For random locale files (byte order marks, CRLF, duplicates, junk, comments), what
    //! `status` counts as translated is what `build` publishes and what `check` raises no error
    //! for.

    use std::collections::BTreeSet;
    use std::path::Path;

    use fluentpress::catalog::Catalog;
    use fluentpress::check;
    use fluentpress::error::Position;
    use fluentpress::project::{Level, Project};
    use fluentpress::state::{Source, State};
    use fluentpress::{build, status};
    use proptest::prelude::*;

    const IDS: [&str; 4] = ["a", "b", "c", "d"];
    const SOURCE: &str = "a = Alpha beta\nb = Gamma delta\nc = Epsilon\nd = Zeta eta\n";

    fn locale_file() -> impl Strategy<Value = String> {
        let id = prop::sample::select(IDS.to_vec());
        let word = "[가-힣]{1,4}";
        let entry = prop_oneof![
            (id.clone(), word, word).prop_map(|(id, v, w)| format!("{id} = {v} {w}\n")),
            (id.clone(), word, word).prop_map(|(id, v, w)| format!("{id} =\n    {v}\n    {w}\n")),
            (id.clone(), word).prop_map(|(id, v)| format!("# note\n{id} = {v}\n")),
            id.clone().prop_map(|id| format!("{id} = {{ broken\n")),
            id.prop_map(|id| format!("# {id} = English\n")),
            Just("zzz }}\n".to_string()),
            Just("\n".to_string()),
        ];
        (
            prop::collection::vec(entry, 0..10),
            any::<bool>(),
            any::<bool>(),
        )
            .prop_map(|(entries, bom, crlf)| {
                let mut text = entries.concat();
                if crlf {
                    text = text.replace('\n', "\r\n");
                }
                if bom {
                    text.insert(0, '\u{feff}');
                }
                text
            })
    }

    /// The IDs `status` counts as translated.
    fn by_status(target: &Catalog) -> BTreeSet<String> {
        let source = Source::parse(SOURCE);
        let report = status::file_report(
            Path::new("a.ftl"),
            Some(&source),
            Some(target),
            &State::default(),
        );
        let untranslated: BTreeSet<&String> = report
            .missing_ids
            .iter()
            .chain(&report.stale_ids)
            .chain(&report.error_ids)
            .collect();
        IDS.iter()
            .map(|id| id.to_string())
            .filter(|id| !untranslated.contains(id))
            .collect()
    }

    /// The IDs whose text `build` publishes: the catalog's text of the ID, formatted without
    /// error.
    fn by_build(target: &Catalog) -> BTreeSet<String> {
        let bundle = build::bundle_of("ko".parse().unwrap(), target);
        IDS.iter()
            .filter(|id| {
                let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                    return false;
                };
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, None, &mut errors);
                let expected = target.get(id).and_then(|e| e.value.clone());
                errors.is_empty() && Some(text.to_string()) == expected
            })
            .map(|id| id.to_string())
            .collect()
    }

    /// The IDs that have a definition the catalog reads and on whose lines `check` reports no
    /// error.
    fn by_check(root: &Path, target: &Catalog) -> BTreeSet<String> {
        let project = Project::load(root).unwrap();
        let report = check::run(&project, &check::Options::default()).unwrap();
        let errors: Vec<usize> = report
            .diagnostics
            .iter()
            .filter(|d| d.level == Level::Error && d.file == Path::new("locales/ko/a.ftl"))
            .map(|d| d.position.line)
            .collect();
        IDS.iter()
            .filter(|id| {
                target.get(id).is_some_and(|entry| {
                    let first = Position::at(&target.text, entry.body.start).line;
                    let last = Position::at(&target.text, entry.body.end).line;
                    !errors.iter().any(|line| (first..=last).contains(line))
                })
            })
            .map(|id| id.to_string())
            .collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        #[test]
        fn status_build_and_check_agree(text in locale_file()) {
            let dir = tempfile::tempdir().unwrap();
            let root = dir.path();
            std::fs::write(root.join("fluentpress.toml"), "locales = [\"ko\"]\n").unwrap();
            std::fs::create_dir_all(root.join("locales/en")).unwrap();
            std::fs::create_dir_all(root.join("locales/ko")).unwrap();
            std::fs::write(root.join("locales/en/a.ftl"), SOURCE).unwrap();
            std::fs::write(root.join("locales/ko/a.ftl"), &text).unwrap();
            let target = Catalog::parse(Path::new("a.ftl"), text.clone());
            let translated = by_status(&target);
            prop_assert_eq!(&translated, &by_build(&target), "{:?}", text);
            prop_assert_eq!(&translated, &by_check(root, &target), "{:?}", text);
        }
    }
}
