//! The translator's life, driven through the real binary: extract, sync, translate by editing
//! the file, edit the English, accept, delete and restore a paragraph — with `status` telling
//! the truth at every step and no translation ever changed by the tool.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::{available, Project};

use serde_json::Value;

const MARK: &str = "## Obsolete: no longer in the source; kept for reference";

/// What a translator does with a project.
trait Translator {
    fn status(&self) -> Value;
    fn translate(&self, file: &str, id: &str, text: &str);
}

impl Translator for Project {
    /// The status of the only file of `ko`.
    fn status(&self) -> Value {
        let json: Value = serde_json::from_str(&self.ok(&["status", "--format", "json"])).unwrap();
        let files = json["locales"][0]["files"].as_array().unwrap();
        assert_eq!(files.len(), 1, "{json}");
        files[0].clone()
    }

    /// Translates `id` the way a translator does: uncomment the placeholder, replace the English.
    fn translate(&self, file: &str, id: &str, text: &str) {
        let old = self.read(file);
        let placeholder = format!("# {id} = ");
        let line = old
            .lines()
            .find(|l| l.starts_with(&placeholder))
            .unwrap_or_else(|| panic!("no placeholder for {id} in\n{old}"));
        self.write(file, old.replacen(line, &format!("{id} = {text}"), 1));
    }
}

fn ids(status: &Value, key: &str) -> Vec<String> {
    status[key]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect()
}

fn counts(status: &Value) -> [u64; 5] {
    ["total", "translated", "missing", "stale", "obsolete"].map(|k| status[k].as_u64().unwrap())
}

const STORY: &str = "+++\ntitle = \"Soon Me\"\nkind = \"story\"\n+++\n\n";
const FIRST: &str = "Soon Me went to China when she was in her teens.";
const SECOND: &str = "She worked on a farm for years.";
const THIRD: &str = "Today she lives in Seoul.";

fn story(paragraphs: &[&str]) -> String {
    format!("{STORY}{}\n", paragraphs.join("\n\n"))
}

#[test]
fn a_translators_life() {
    let p = Project::new("locales = [\"ko\"]\n");
    let ko = "locales/ko/stories/soon-me.ftl";
    p.write("content/stories/soon-me.md", story(&[FIRST, SECOND, THIRD]));
    p.ok(&["extract"]);

    // Sync creates the file with the English of every message, commented out, in order.
    p.ok(&["sync"]);
    let status = p.status();
    assert_eq!(counts(&status), [4, 0, 4, 0, 0]);
    let [title, first, second, third] =
        <[String; 4]>::try_from(ids(&status, "missing_ids")).unwrap();
    let file = p.read(ko);
    assert!(file.contains(&format!("# {first} = {FIRST}\n")), "{file}");
    assert!(
        file.find(&first) < file.find(&second) && file.find(&second) < file.find(&third),
        "{file}"
    );

    // The translator translates in the file.
    for (id, text) in [
        (&title, "순미"),
        (&first, "순미는 십대에 중국으로 갔다."),
        (&second, "그녀는 몇 년 동안 농장에서 일했다."),
        (&third, "오늘 그녀는 서울에 산다."),
    ] {
        p.translate(ko, id, text);
    }
    let translated = p.read(ko);
    let status = p.status();
    assert_eq!(counts(&status), [4, 4, 0, 0, 0]);
    assert_eq!(status["percent"], 100.0);
    p.ok(&["sync"]);
    assert_eq!(
        p.read(ko),
        translated,
        "sync leaves a fully translated file alone"
    );

    // The English changes: the translation is stale until the translator edits it.
    p.write(
        "content/stories/soon-me.md",
        story(&[FIRST, "She worked on a farm for many years.", THIRD]),
    );
    p.ok(&["extract"]);
    assert_eq!(
        p.read(ko),
        translated,
        "extract never touches a locale file"
    );
    let status = p.status();
    assert_eq!(ids(&status, "stale_ids"), [second.as_str()]);
    assert_eq!(counts(&status), [4, 3, 0, 1, 0]);
    p.ok(&["sync"]);
    let synced = p.read(ko);
    assert!(synced.contains(&format!("# {second} = She worked on a farm for many years.\n{second} = 그녀는 몇 년 동안 농장에서 일했다.\n")), "{synced}");
    assert_eq!(
        ids(&p.status(), "stale_ids"),
        [second.as_str()],
        "showing the English does not clear stale"
    );
    p.write(ko, synced.replace("몇 년 동안", "여러 해 동안"));
    assert_eq!(counts(&p.status()), [4, 4, 0, 0, 0]);

    // A typo fix in the English needs no new translation: accept it.
    p.write(
        "content/stories/soon-me.md",
        story(&[
            FIRST,
            "She worked on a farm for many years.",
            "Today, she lives in Seoul.",
        ]),
    );
    p.ok(&["extract"]);
    assert_eq!(ids(&p.status(), "stale_ids"), [third.as_str()]);
    let before_accept = p.read(ko);
    assert!(p.ok(&["accept", "ko", &third]).contains("1 stale"));
    assert_eq!(p.read(ko), before_accept, "accept changes only the state");
    assert_eq!(counts(&p.status()), [4, 4, 0, 0, 0]);

    // A paragraph is deleted: its translation is obsolete, and sync sets it aside.
    let first_translation = format!("{first} = 순미는 십대에 중국으로 갔다.");
    p.write(
        "content/stories/soon-me.md",
        story(&[
            "She worked on a farm for many years.",
            "Today, she lives in Seoul.",
        ]),
    );
    p.ok(&["extract"]);
    let status = p.status();
    assert_eq!(ids(&status, "obsolete_ids"), [first.as_str()]);
    assert_eq!(counts(&status), [3, 3, 0, 0, 1]);
    p.ok(&["sync"]);
    let aside = p.read(ko);
    let mark = aside
        .find(MARK)
        .unwrap_or_else(|| panic!("no obsolete section in\n{aside}"));
    assert!(aside[mark..].contains(&first_translation), "{aside}");

    // The paragraph comes back: same ID, and sync brings the translation back unchanged.
    p.write(
        "content/stories/soon-me.md",
        story(&[
            FIRST,
            "She worked on a farm for many years.",
            "Today, she lives in Seoul.",
        ]),
    );
    p.ok(&["extract"]);
    let status = p.status();
    assert_eq!(counts(&status), [4, 4, 0, 0, 0], "{status}");
    p.ok(&["sync"]);
    let restored = p.read(ko);
    assert!(!restored.contains(MARK), "{restored}");
    assert!(
        restored.find(&first_translation) < restored.find(&format!("{second} =")),
        "{restored}"
    );
    assert_eq!(counts(&p.status()), [4, 4, 0, 0, 0]);
}

#[test]
fn translations_made_outside_fluentpress_go_stale_after_extract() {
    let p = Project::new("locales = [\"ko\"]\n");
    p.write("content/a.md", story(&[FIRST]));
    p.ok(&["extract"]);
    let id = p.status()["missing_ids"][1].as_str().unwrap().to_string();
    // Translated by hand, never synced: no state yet, so it counts as translated.
    p.write("locales/ko/a.ftl", format!("{id} = 순미\n"));
    assert!(!p.path("locales/ko/.fluentpress-state.toml").exists());
    assert_eq!(ids(&p.status(), "stale_ids"), Vec::<String>::new());
    p.write(
        "content/a.md",
        story(&["Soon Me went to China when she was sixteen."]),
    );
    p.ok(&["extract"]);
    assert_eq!(ids(&p.status(), "stale_ids"), [id]);
    // Deleting the state file loses the stale mark, never the translation.
    fs::remove_file(p.path("locales/ko/.fluentpress-state.toml")).unwrap();
    let status = p.status();
    assert_eq!(counts(&status)[..4], [2, 1, 1, 0]);
}

/// Every file under `dir` with its bytes.
fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut found = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(snapshot(&path));
        } else {
            found.push((path.clone(), fs::read(&path).unwrap()));
        }
    }
    found.sort();
    found
}

#[test]
fn status_is_a_pure_read_and_gates_ci() {
    let p = Project::new("locales = [\"ko\", \"zh-CN\"]\n");
    p.write("content/a.md", story(&[FIRST, SECOND]));
    p.ok(&["extract"]);
    p.ok(&["sync", "--locale", "ko"]);
    p.translate("locales/ko/a.ftl", "title", "순미");
    let before = snapshot(p.dir.path());
    let table = p.ok(&["status"]);
    assert_eq!(snapshot(p.dir.path()), before, "status wrote something");
    assert!(!table.contains('\u{1b}'), "colour when piped:\n{table}");
    assert!(
        table.contains("ko") && table.contains("zh-CN") && table.contains("a.ftl"),
        "{table}"
    );

    let gate = p.run(&["status", "--fail-under", "30"]);
    assert_eq!(gate.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&gate.stderr);
    assert!(
        stderr.contains("zh-CN: 0% translated") && !stderr.contains("ko:"),
        "{stderr}"
    );
    assert!(p
        .run(&["status", "--locale", "ko", "--fail-under", "33"])
        .status
        .success());
    assert_eq!(
        p.run(&["status", "--locale", "ko", "--fail-under", "34"])
            .status
            .code(),
        Some(1)
    );
    assert_eq!(p.run(&["status", "--locale", "fr"]).status.code(), Some(2));
}

#[test]
fn broken_files_are_clear_errors_and_junk_is_reported() {
    let p = Project::new("locales = [\"ko\"]\n");
    p.write("content/a.md", story(&[FIRST]));
    p.ok(&["extract"]);
    p.write(
        "locales/ko/a.ftl",
        "title = 순미\n\ntitle-x = } oops\n\nzzz }}\n",
    );
    let status = p.status();
    assert_eq!(
        status["error_list"].as_array().unwrap().len(),
        2,
        "{status}"
    );
    let sync = p.run(&["sync"]);
    let stderr = String::from_utf8_lossy(&sync.stderr);
    assert!(
        sync.status.success() && stderr.contains("a.ftl:5:"),
        "{stderr}"
    );
    assert!(
        p.read("locales/ko/a.ftl").contains("\nzzz }}\n"),
        "junk is kept"
    );

    fs::write(p.path("locales/ko/a.ftl"), b"title = ok\nbad = \xff\n").unwrap();
    let out = p.run(&["status"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr.contains("a.ftl: not valid UTF-8 (first bad byte at 2:7)"),
        "{stderr}"
    );
}

/// A product's Fluent files side by side, without Markdown: `en/`, `ko/` in the project root.
#[test]
fn status_and_sync_work_on_any_tree_of_fluent_files() {
    let p = Project::new("locales = [\"ko\"]\ncontent_dir = \"\"\nlocales_dir = \".\"\n");
    p.write("en/app.ftl", "-brand = Fluent Press\nhello = Hello, { $name }!\n    .title = Greeting\nbye = Bye from { -brand }\n");
    p.write("en/menu/file.ftl", "open = Open\n");
    p.write(
        "ko/app.ftl",
        "\u{feff}hello = 안녕, { $name }!\r\n    .title = 인사\r\nold = 옛\r\n",
    );
    let json: Value = serde_json::from_str(&p.ok(&["status", "--format", "json"])).unwrap();
    let files = json["locales"][0]["files"].as_array().unwrap();
    let app = &files[0];
    assert_eq!(
        (
            app["path"].as_str(),
            ids(app, "missing_ids"),
            ids(app, "obsolete_ids")
        ),
        (
            Some("app.ftl"),
            vec!["-brand".to_string(), "bye".to_string()],
            vec!["old".to_string()]
        )
    );
    assert_eq!(
        (files[1]["path"].as_str(), files[1]["missing"].as_u64()),
        (Some("menu/file.ftl"), Some(1))
    );
    p.ok(&["sync"]);
    let app = p.read("ko/app.ftl");
    assert!(app.starts_with("\u{feff}# -brand = Fluent Press\r\n\r\nhello = 안녕, { $name }!\r\n    .title = 인사\r\n"), "{app:?}");
    assert!(
        app.ends_with(&format!("{MARK}\r\n\r\nold = 옛\r\n")),
        "{app:?}"
    );
    assert_eq!(p.read("ko/menu/file.ftl"), "# open = Open\n");
}

/// The missing and obsolete sets agree with Mozilla's compare-locales, which counts a message
/// whose translation is junk as missing (fluentpress: an error). Needs compare-locales on the
/// `PATH` (`.ci/run` installs the version it pins): skipped without it, except under CI.
#[test]
fn missing_and_obsolete_sets_match_compare_locales() {
    let installed = Command::new("compare-locales")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !available(
        "compare-locales",
        installed,
        "pip install the compare-locales version that .ci/run pins",
    ) {
        return;
    }
    let p = Project::new("locales = [\"ko\"]\ncontent_dir = \"\"\nlocales_dir = \".\"\n");
    p.write("l10n.toml", "basepath = \".\"\nlocales = [\"ko\"]\n[env]\n    l = \"{l10n_base}/{locale}/\"\n[[paths]]\n    reference = \"en/**\"\n    l10n = \"{l}**\"\n");
    p.write("en/app.ftl", "-brand = Fluent Press\n    .gender = neuter\nhello = Hello, { $name }!\n    .title = Greeting\nbye = Bye from { -brand }\nimg =\n    .alt = A\nsel = { $n ->\n    [one] one cat\n   *[other] { $n } cats\n}\n# hint\nlast = Last\n");
    p.write("en/menu/file.ftl", "open = Open\nclose = Close\n");
    p.write("en/same.ftl", "a = A\n");
    p.write("ko/app.ftl", "hello = 안녕, { $name }!\nold = 옛\n-gone = 텀\nimg =\n    .alt = 그림\nbye = {\n# last = Last\nsel = { $n ->\n   *[other] 고양이\n}\n");
    p.write("ko/same.ftl", "a = 가\n");
    p.write("ko/gone.ftl", "x = 1\n-y = 2\n");

    let out = Command::new("compare-locales")
        .current_dir(p.dir.path())
        .args(["--json", "-", "l10n.toml", ".", "ko"])
        .output()
        .unwrap();
    let theirs: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)));
    let mut expected: Vec<(String, String, String)> = Vec::new();
    for (file, findings) in theirs[0]["details"]["ko"].as_object().unwrap() {
        for finding in findings.as_array().unwrap() {
            let (kind, value) = finding.as_object().unwrap().iter().next().unwrap();
            let value = value.as_str().unwrap().to_string();
            match kind.as_str() {
                "missingEntity" => expected.push((file.clone(), "missing".into(), value)),
                "obsoleteEntity" => expected.push((file.clone(), "obsolete".into(), value)),
                // A whole file: every entry of it.
                "missingFile" | "obsoleteFile" => {
                    let (locale, what) = if kind == "missingFile" {
                        ("en", "missing")
                    } else {
                        ("ko", "obsolete")
                    };
                    let path = p.path(&format!("{locale}/{file}"));
                    let catalog = fluentpress::catalog::Catalog::load(&path).unwrap();
                    expected.extend(
                        catalog
                            .ids()
                            .map(|id| (file.clone(), what.to_string(), id.to_string())),
                    );
                }
                _ => {}
            }
        }
    }
    let json: Value = serde_json::from_str(&p.ok(&["status", "--format", "json"])).unwrap();
    let mut ours: Vec<(String, String, String)> = Vec::new();
    for file in json["locales"][0]["files"].as_array().unwrap() {
        let path = file["path"].as_str().unwrap().to_string();
        for (key, what) in [
            ("missing_ids", "missing"),
            ("error_ids", "missing"),
            ("obsolete_ids", "obsolete"),
        ] {
            ours.extend(
                ids(file, key)
                    .into_iter()
                    .map(|id| (path.clone(), what.to_string(), id)),
            );
        }
    }
    expected.sort();
    ours.sort();
    assert!(!expected.is_empty());
    assert_eq!(ours, expected);
}
