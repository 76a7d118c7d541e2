//! The bundled site in a real browser: builds this repository's own project with the real binary
//! and opens every page in headless Chromium through `tests/browser/check.mjs` (playwright-core),
//! which fails on console errors, requests leaving 127.0.0.1, a switcher that loses the
//! document, or Korean and Chinese text not set in a CJK system font. Screenshots of one story
//! per locale are kept in `target/screenshots/`.
//!
//! Needs Debian's `chromium` and `fonts-noto-cjk`, and `npm ci` in `tests/browser/`. Without
//! them the test is skipped, except under CI, where that is a failure.

mod common;

use std::fs;

use common::{chromium, repository, run_browser_script, Project};

/// A 1×1 GIF: browsers decode images by their bytes, whatever the file name says.
const PLACEHOLDER_IMAGE: &[u8] = b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xcc\xcc\xcc\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;";

/// Builds the project; returns the warnings.
fn build(project: &Project) -> String {
    let out = project.run(&["build"]);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "build failed: {stderr}");
    stderr
}

#[test]
fn the_bundled_site_reads_well_in_chromium() {
    let Some(chromium) = chromium() else { return };
    let project = Project::bundled();
    // The bundled stories name photographs that the repository does not hold; the build says
    // which. Stand-ins let the browser load every page without a 404.
    for line in build(&project)
        .lines()
        .filter(|l| l.contains("is not in static/"))
    {
        let file = line
            .split('`')
            .nth(1)
            .expect("the warning quotes the file")
            .trim_start_matches('/');
        let placeholder = project.path("static").join(file);
        fs::create_dir_all(placeholder.parent().unwrap()).unwrap();
        fs::write(placeholder, PLACEHOLDER_IMAGE).unwrap();
    }
    let warnings = build(&project);
    assert!(!warnings.contains("is not in static/"), "{warnings}");

    let screenshots = repository().join("target/screenshots");
    let public = project.path("public");
    let report = run_browser_script(
        &chromium,
        "check.mjs",
        &[public.as_os_str(), screenshots.as_os_str()],
    );
    for locale in ["en", "ko", "zh-CN"] {
        assert!(
            screenshots.join(format!("story-{locale}.png")).is_file(),
            "no screenshot for {locale}:\n{report}"
        );
    }
}
