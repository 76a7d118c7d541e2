//! The repository's own project, as its users get it: complete in Korean and Chinese, with no
//! stale or broken translation, no problem `check` calls an error, and no published page that
//! falls back to English anywhere.

mod common;

use common::{files_under, Project};

#[test]
fn every_locale_is_complete_current_and_clean() {
    let project = Project::bundled();
    let stdout = project.ok(&["status", "--format", "json", "--fail-under", "100"]);
    let report: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    for locale in report["locales"].as_array().unwrap() {
        for key in ["missing", "stale", "errors"] {
            assert_eq!(locale[key], 0, "{} has {key}: {stdout}", locale["locale"]);
        }
    }
    project.ok(&["check"]);
}

#[test]
fn no_korean_or_chinese_page_falls_back_to_english() {
    let project = Project::bundled();
    project.ok(&["build"]);
    for locale in ["ko", "zh-CN"] {
        let pages: Vec<_> = files_under(&project.path("public").join(locale))
            .into_iter()
            .filter(|p| p.extension().is_some_and(|e| e == "html"))
            .collect();
        // Five documents and the locale's home page.
        assert!(pages.len() >= 6, "{locale}: only {} pages", pages.len());
        for page in pages {
            let html = std::fs::read_to_string(&page).unwrap();
            assert!(
                !html.contains("fp-fallback"),
                "{} falls back to English",
                page.display()
            );
            assert!(
                !html.contains("fp-stale"),
                "{} has stale text",
                page.display()
            );
            assert!(
                html.contains(&format!("<html lang=\"{locale}\"")),
                "{}",
                page.display()
            );
        }
    }
}
