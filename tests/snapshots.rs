//! Snapshots of what users read, for one small story: the source file `extract` writes, the
//! locale file `sync` hands a translator, the `status` table, the `check` report and the
//! published page. A change to any of them shows up as a reviewable diff (`cargo insta review`).

mod common;

use common::Project;

const STORY: &str = "+++
title = \"Soon Me\"
kind = \"story\"
date = 2016-01-01
summary = \"A young woman looks for safety.\"
+++

## Hiding in China

Soon Me went to China when she was in her *teens*. Read the [prayer guide](/guide.pdf).

> The sweep along the frontier,
> Reuters reported.

- She works hard.
- She stays in touch with her mom.

| Year | Score |
|------|-------|
| 2014 | 1.80 |

![A path to the safe house.](/images/path.svg \"Photo: courtesy\")

Over the past 11 years we have helped {many} people.
";

/// The story, extracted, with Korean translations for some of its messages: one good, one
/// that dropped its link, one that changed a number.
fn project() -> Project {
    let project = Project::new("locales = [\"ko\"]\n");
    project.write("content/stories/soon-me.md", STORY);
    project.write(
        "static/images/path.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
    );
    project.write("static/guide.pdf", "guide");
    project.ok(&["extract"]);
    project.ok(&["sync"]);
    let synced = project.read("locales/ko/stories/soon-me.ftl");
    let translated = synced
        .replace("# title = Soon Me", "title = 순미")
        .replace(
            "# heading-hiding-in-china = Hiding in China",
            "heading-hiding-in-china = 중국에서 숨어 지내며",
        )
        .replace(
            "# p-soon-me-went-to-china = Soon Me went to China when she was in her *teens*. Read the [prayer guide](/guide.pdf).",
            "p-soon-me-went-to-china = 순미는 *십대*에 중국으로 갔습니다. 기도 안내서를 읽어 주세요.",
        )
        .replace(
            "# p-over-the-past-11-years = Over the past 11 years we have helped { \"{\" }many{ \"}\" } people.",
            "p-over-the-past-11-years = 지난 12년 동안 { \"{\" }많은{ \"}\" } 사람을 도왔습니다.",
        );
    project.write("locales/ko/stories/soon-me.ftl", translated);
    project
}

#[test]
fn the_source_file_extract_writes() {
    let project = project();
    insta::assert_snapshot!(project.read("locales/en/stories/soon-me.ftl"));
}

#[test]
fn the_file_sync_gives_a_translator() {
    let project = project();
    project.ok(&["sync"]);
    insta::assert_snapshot!(project.read("locales/ko/stories/soon-me.ftl"));
}

#[test]
fn the_status_table() {
    let project = project();
    insta::assert_snapshot!(project.ok(&["status"]));
}

#[test]
fn the_check_report() {
    let project = project();
    let out = project.run(&["check"]);
    assert_eq!(out.status.code(), Some(1), "a changed number is an error");
    insta::assert_snapshot!(String::from_utf8(out.stdout).unwrap());
}

#[test]
fn the_published_page() {
    let project = project();
    // The NGO's own words and stories section, so that the page reads as the bundled site's
    // pages do.
    let bundled = Project::bundled();
    for file in [
        "locales/en/site.ftl",
        "locales/ko/site.ftl",
        "content/stories/_index.md",
    ] {
        project.write(file, bundled.read(file));
    }
    project.ok(&["build"]);
    insta::assert_snapshot!(project.read("public/ko/stories/soon-me/index.html"));
}
