//! `fluentpress check` through the real binary, on small projects written in a temporary folder:
//! exit codes, `--deny warnings`, both output formats, ignore comments, `[checks]` overrides,
//! locale selection and the glossary.

use std::process::Output;

mod common;

use common::{codes, Project};

use serde_json::Value;

const SOURCE: &str = "\
title = A Vision for Hope
p-goal = The goal is to build a community of 15 to 20 refugees in 2 years.
p-guide = Read the [prayer guide](/guide.pdf) and follow #Pray40NK.
p-thanks = Thank you for praying with us every day.
";

const KOREAN: &str = "\
title = 희망의 비전
p-goal = 목표는 2년 안에 15~20명의 탈북민 공동체를 세우는 것입니다.
p-guide = [기도 안내서](/guide.pdf)를 읽고 #Pray40NK를 팔로우하세요.
p-thanks = 날마다 함께 기도해 주셔서 감사합니다.
";

const CHINESE: &str = "\
title = 希望的异象
p-goal = 目标是在2年内建立一个由15至20名难民组成的群体。
p-guide = 请阅读[祷告指南](/guide.pdf)并关注#Pray40NK。
p-thanks = 感谢您每天与我们一同祷告。
";

/// A project whose translations are all fine, with `config` as its settings. Its messages are
/// those of a Markdown document, so the Markdown checks apply to them.
fn translated(config: &str) -> Project {
    let project = Project::new(config);
    project.write("content/doc.md", "# A Vision for Hope\n");
    project.write("locales/en/doc.ftl", SOURCE);
    project.write("locales/ko/doc.ftl", KOREAN);
    project.write("locales/zh-CN/doc.ftl", CHINESE);
    project
}

/// What the check tests do with a project.
trait Checked {
    fn edit_korean(&self, from: &str, to: &str);
    fn check(&self, args: &[&str]) -> Output;
    fn json(&self, args: &[&str]) -> (Option<i32>, Vec<Value>);
}

impl Checked for Project {
    /// The Korean translation with `from` replaced by `to`.
    fn edit_korean(&self, from: &str, to: &str) {
        assert!(KOREAN.contains(from), "{from:?}");
        self.write("locales/ko/doc.ftl", KOREAN.replace(from, to));
    }

    fn check(&self, args: &[&str]) -> Output {
        self.run(&[&["check"], args].concat())
    }

    fn json(&self, args: &[&str]) -> (Option<i32>, Vec<Value>) {
        let output = self.check(&[&["--format", "json"], args].concat());
        let Value::Array(diagnostics) = serde_json::from_slice(&output.stdout).unwrap() else {
            panic!("not an array: {}", String::from_utf8_lossy(&output.stdout));
        };
        (output.status.code(), diagnostics)
    }
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

#[test]
fn good_translations_pass() {
    let project = translated("");
    let output = project.check(&[]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert_eq!(stdout(&output), "checked 3 files: no problems\n");
}

#[test]
fn an_error_fails_and_reads_like_rustc() {
    let project = translated("");
    project.edit_korean("15~20명", "15~25명");
    let output = project.check(&[]);
    assert_eq!(output.status.code(), Some(1));
    let expected = "\
error[FP201]: the source's number 20 is missing; the translation has 25
 --> locales/ko/doc.ftl:2:23
  |
2 | p-goal = 목표는 2년 안에 15~25명의 탈북민 공동체를 세우는 것입니다.
  |                             ^^
  |
  = note: in message `p-goal`
  = help: keep every number; 100,000 may be written 10만 or 10万, 2 as 두 or 둘, the 1990s as 90년대 or 20世纪90年代, and digits may be full-width

checked 3 files: 1 error, 0 warnings
";
    assert_eq!(
        stdout(&output),
        expected,
        "piped output has no colour codes"
    );
}

#[test]
fn warnings_fail_only_when_denied() {
    let project = translated("");
    project.edit_korean(
        "날마다 함께 기도해 주셔서 감사합니다.",
        "Thank you for praying with us every day.",
    );
    let output = project.check(&[]);
    assert_eq!(output.status.code(), Some(0));
    assert!(
        stdout(&output).starts_with("warning[FP203]: the translation is the source text\n"),
        "{}",
        stdout(&output)
    );
    assert_eq!(
        project.check(&["--deny", "warnings"]).status.code(),
        Some(1)
    );
}

#[test]
fn json_output_has_the_documented_shape() {
    let project = translated("");
    project.edit_korean("[기도 안내서](/guide.pdf)", "[기도 안내서](/guide-ko.pdf)");
    let (code, diagnostics) = project.json(&[]);
    assert_eq!(code, Some(1));
    assert_eq!(
        diagnostics,
        [serde_json::json!({
            "code": "FP101",
            "severity": "error",
            "file": "locales/ko/doc.ftl",
            "line": 3,
            "column": 11,
            "id": "p-guide",
            "message": "link target `/guide.pdf` became `/guide-ko.pdf`",
            "hint": "keep every link target of the source exactly; translate only the link text",
        })]
    );
    assert_eq!(translated("").json(&[]), (Some(0), Vec::new()));
}

#[test]
fn an_ignore_comment_silences_its_message_only() {
    let project = translated("");
    let untranslated = "p-thanks = Thank you for praying with us every day.\n";
    let korean = KOREAN.replace(
        "p-thanks = 날마다 함께 기도해 주셔서 감사합니다.\n",
        untranslated,
    );
    let ignored = korean.replace(
        untranslated,
        &format!("# The motto stays in English.\n# fluentpress-ignore: FP203\n{untranslated}"),
    );
    project.write("locales/ko/doc.ftl", &ignored);
    assert_eq!(project.json(&["--deny", "warnings"]), (Some(0), Vec::new()));
    // The same comment above another message does not help.
    let elsewhere = korean.replace("title =", "# fluentpress-ignore: FP203\ntitle =");
    project.write("locales/ko/doc.ftl", &elsewhere);
    assert_eq!(codes(&project.json(&[]).1), ["FP203"]);
}

#[test]
fn the_config_sets_severities() {
    let project = translated("[checks]\nFP203 = \"error\"\nFP201 = \"off\"\n");
    project.edit_korean(
        "날마다 함께 기도해 주셔서 감사합니다.",
        "Thank you for praying with us every day.",
    );
    let (code, diagnostics) = project.json(&[]);
    assert_eq!(code, Some(1));
    assert_eq!(diagnostics[0]["severity"], "error");
    project.edit_korean("15~20명", "15~25명");
    assert_eq!(codes(&project.json(&[]).1), [] as [&str; 0], "FP201 is off");

    let unknown = translated("[checks]\nFP999 = \"off\"\n");
    let output = unknown.check(&[]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("fluentpress.toml") && stderr.contains("FP999"),
        "{stderr}"
    );
}

#[test]
fn locales_can_be_checked_one_at_a_time() {
    let project = translated("");
    project.write("locales/zh-CN/doc.ftl", CHINESE.replace("15至20", "15至25"));
    assert_eq!(project.check(&["--locale", "ko"]).status.code(), Some(0));
    let (code, diagnostics) = project.json(&["--locale", "zh-CN"]);
    assert_eq!(code, Some(1));
    assert_eq!(diagnostics[0]["file"], "locales/zh-CN/doc.ftl");
    assert_eq!(project.check(&["--locale", "fr"]).status.code(), Some(2));
}

#[test]
fn fluent_problems_are_found_in_every_locale() {
    let project = translated("");
    project.write(
        "locales/en/doc.ftl",
        format!("{SOURCE}p-name = Written by {{ $name }}.\n"),
    );
    let broken = format!("{KOREAN}p-name = {{ $nom }} 씀.\ntitle = 다시\np-bad = {{\n");
    project.write("locales/ko/doc.ftl", &broken);
    let (code, diagnostics) = project.json(&["--locale", "ko"]);
    assert_eq!(code, Some(1));
    let found: Vec<(&str, u64, u64)> = diagnostics
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap(),
                d["line"].as_u64().unwrap(),
                d["column"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            ("FP004", 5, 1),
            ("FP004", 5, 13),
            ("FP002", 6, 1),
            ("FP001", 7, 9)
        ]
    );
    assert_eq!(
        diagnostics[3]["id"],
        Value::Null,
        "junk belongs to no message"
    );
}

#[test]
fn the_glossary_is_followed() {
    let project = translated("");
    project.write(
        "locales/en/doc.ftl",
        format!("{SOURCE}p-team = Mrs. Jo prays.\n"),
    );
    project.write(
        "locales/ko/doc.ftl",
        format!("{KOREAN}p-team = 조 여사가 기도합니다.\n"),
    );
    project.write(
        "locales/zh-CN/doc.ftl",
        format!("{CHINESE}p-team = 乔太太祷告。\n"),
    );
    assert_eq!(
        project.json(&[]),
        (Some(0), Vec::new()),
        "no glossary, nothing to follow"
    );
    project.write("glossary.toml", "[[term]]\nsource = \"Mrs. Jo\"\nko = \"조 여사\"\nzh-CN = \"赵太太\"\nnote = \"a pseudonym\"\n");
    let (code, diagnostics) = project.json(&[]);
    assert_eq!(code, Some(0));
    assert_eq!(codes(&diagnostics), ["FP303"]);
    assert_eq!(diagnostics[0]["file"], "locales/zh-CN/doc.ftl");

    let configured = translated("glossary = \"terms/missing.toml\"\n");
    assert_eq!(
        configured.check(&[]).status.code(),
        Some(2),
        "a configured glossary must exist"
    );
}

#[test]
fn a_missing_source_file_leaves_only_fluent_checks() {
    let project = translated("");
    project.write(
        "locales/ko/extra.ftl",
        "m = Thank you for praying with us every day.\nm = {\n",
    );
    let (code, diagnostics) = project.json(&[]);
    assert_eq!(code, Some(1));
    assert_eq!(codes(&diagnostics), ["FP001"]);
    assert_eq!(
        stdout(&project.check(&[])).lines().last(),
        Some("checked 4 files: 1 error, 0 warnings")
    );
}
