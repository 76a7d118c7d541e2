//! Every path a file takes, tried as a hostile user would through the real binary: failed builds,
//! links out of the project, tampered caches, odd settings, odd bytes and odd names (issue 10).

use std::fs;
use std::path::Path;

use fluentpress::files::Stamp;
use fluentpress::site::cache::Manifest;

mod common;

use common::{copy_dir, files_under, Project};

const STORY: &str =
    "+++\ntitle = \"Alpha\"\nkind = \"story\"\ndate = 2020-01-01\n+++\n\nFirst paragraph.\n";

/// A project with this configuration and one document, extracted, and this Korean file for it.
fn project(config: &str, document: &str, markdown: &str, korean: &str) -> Project {
    let p = Project::new(config);
    p.write(&format!("content/{document}"), markdown);
    p.ok(&["extract"]);
    let catalog = Path::new(document).with_extension("ftl");
    p.write(&format!("locales/ko/{}", catalog.display()), korean);
    p
}

/// A project with one story, extracted, and its Korean title translated.
fn story() -> Project {
    project(
        "locales = [\"ko\"]\n",
        "stories/a.md",
        STORY,
        "title = 알파\n",
    )
}

/// Every file under `dir` with its bytes, as paths relative to it.
fn contents(dir: &Path) -> Vec<(String, Vec<u8>)> {
    files_under(dir)
        .into_iter()
        .filter(|f| !f.file_name().unwrap().to_string_lossy().starts_with('.'))
        .map(|f| {
            let relative = f.strip_prefix(dir).unwrap().to_string_lossy().into_owned();
            (relative, fs::read(&f).unwrap())
        })
        .collect()
}

#[cfg(unix)]
fn link(target: impl AsRef<Path>, at: &Path) {
    fs::create_dir_all(at.parent().unwrap()).unwrap();
    std::os::unix::fs::symlink(target, at).unwrap();
}

// 1. A page written by a build that then failed is not trusted by the next build.
#[test]
fn a_reverted_translation_is_not_left_published_by_a_failed_build() {
    let p = story();
    p.ok(&["build"]);
    let page = "public/ko/stories/a/index.html";
    assert!(p.read(page).contains("알파"));

    // The translator edits the title; the build dies after the pages, at the home pages.
    p.write("locales/ko/stories/a.ftl", "title = 베타\n");
    p.write("templates/home.html", "{{ no_such_function() }}");
    p.fails(&["build"]);
    assert!(
        p.read(page).contains("베타"),
        "the failed build wrote the page"
    );

    // Both are reverted: every input is as in the first build, but the page is not.
    p.write("locales/ko/stories/a.ftl", "title = 알파\n");
    fs::remove_file(p.path("templates/home.html")).unwrap();
    p.ok(&["build"]);
    assert!(p.read(page).contains("알파"), "{}", p.read(page));
}

// 2. Links that lead out of the project are refused; links inside it are followed.
#[cfg(unix)]
#[test]
fn links_out_of_the_project_are_refused_by_name() {
    let outside = tempfile::tempdir().unwrap();
    fs::write(outside.path().join("secret.md"), "# Secret\n\nroot:x:0:0\n").unwrap();
    let cases = [
        ("content/stories/passwd.md", &["extract"][..]),
        ("static/passwd.txt", &["build"][..]),
        ("templates/page.html", &["build"][..]),
        ("locales/ko/stories/a.ftl", &["status"][..]),
        ("locales/ko/.fluentpress-state.toml", &["sync"][..]),
        ("glossary.toml", &["check"][..]),
        ("templates", &["build"][..]),
    ];
    for (at, command) in cases {
        let p = story();
        if p.path(at).exists() {
            fs::remove_file(p.path(at)).unwrap();
        }
        link(outside.path().join("secret.md"), &p.path(at));
        let error = p.fails(command);
        assert!(
            error.contains(at) && error.contains("outside the project"),
            "{at}: {error}"
        );
        let secret = fs::read_to_string(outside.path().join("secret.md")).unwrap();
        assert_eq!(secret, "# Secret\n\nroot:x:0:0\n", "{at}: written through");
        assert!(
            !p.path("public").exists()
                || !contents(&p.path("public"))
                    .iter()
                    .any(|(_, b)| String::from_utf8_lossy(b).contains("root:x"))
        );
    }
}

#[cfg(unix)]
#[test]
fn links_inside_the_project_are_followed() {
    let p = story();
    p.write("drafts/b.md", "+++\ntitle = \"Beta\"\n+++\n\nLinked in.\n");
    link("../../drafts/b.md", &p.path("content/stories/b.md"));
    p.write("assets/images/x.png", "png");
    link("../assets/images", &p.path("static/images"));
    p.ok(&["extract"]);
    p.ok(&["build"]);
    assert!(p
        .read("public/en/stories/b/index.html")
        .contains("Linked in."));
    assert_eq!(p.read("public/images/x.png"), "png");
}

#[cfg(unix)]
#[test]
fn sync_writes_through_a_linked_fluent_file_and_keeps_the_link() {
    let p = story();
    fs::remove_file(p.path("locales/ko/stories/a.ftl")).unwrap();
    p.write("shared/ko-a.ftl", "title = 알파\n");
    link(
        "../../../shared/ko-a.ftl",
        &p.path("locales/ko/stories/a.ftl"),
    );
    p.ok(&["sync"]);
    let at = p.path("locales/ko/stories/a.ftl");
    assert!(fs::symlink_metadata(&at).unwrap().file_type().is_symlink());
    let shared = p.read("shared/ko-a.ftl");
    assert!(
        shared.starts_with("title = 알파\n") && shared.contains("First paragraph."),
        "{shared}"
    );
}

// 3. A build removes only files it wrote, inside the output folder, never through a link.
#[cfg(unix)]
#[test]
fn a_tampered_cache_cannot_make_a_build_delete_outside_the_output() {
    for clean in [false, true] {
        let p = story();
        p.ok(&["build"]);
        p.write("outside/victim.txt", "keep me");
        link("../outside", &p.path("public/escape"));
        p.write("public/mine.txt", "mine");
        // The cache lists a file through the link, and one of the user's own with a stamp (what
        // fluentpress recorded of the file it wrote) that is not the file's.
        let mut cache = Manifest::load(&p.path("public"));
        assert!(cache.files.contains_key("index.html"), "{:?}", cache.files);
        cache.files.insert("escape/victim.txt".into(), None);
        let stamp = Stamp {
            size: 4,
            modified_ns: 1,
            changed_ns: 1,
            inode: 1,
        };
        cache.files.insert("mine.txt".into(), Some(stamp));
        cache.save(&p.path("public")).unwrap();
        let args: &[&str] = if clean {
            &["build", "--clean"]
        } else {
            &["build"]
        };
        p.ok(args);
        assert_eq!(p.read("outside/victim.txt"), "keep me", "clean: {clean}");
        assert_eq!(p.read("public/mine.txt"), "mine", "clean: {clean}");
    }
}

// A folder in the output that is a link is written through by no format.
#[cfg(unix)]
#[test]
fn no_build_writes_through_a_linked_folder_in_the_output() {
    for format in ["html", "fragment", "markdown"] {
        let p = story();
        p.write("outside/keep.txt", "keep me");
        link("../outside", &p.path("public/ko"));
        let error = p.fails(&["build", "--format", format]);
        assert!(
            error.contains("public/ko") && error.contains("is a link"),
            "{format}: {error}"
        );
        let outside: Vec<String> = contents(&p.path("outside"))
            .into_iter()
            .map(|(f, _)| f)
            .collect();
        assert_eq!(outside, ["keep.txt"], "{format}: written through the link");
    }
}

// 4. The output folder may not be, or hold, the project, its content or its locales.
#[test]
fn the_output_folder_may_not_hold_the_project() {
    // The project is in a folder of its own, so that a setting that escapes it lands there.
    let outer = tempfile::tempdir().unwrap();
    let in_folder = || {
        let p = Project {
            dir: tempfile::tempdir_in(outer.path()).unwrap(),
        };
        copy_dir(story().root(), p.root());
        p
    };
    for (setting, named) in [
        ("output_dir = \"..\"", "output_dir"),
        ("output_dir = \".\"", "output_dir"),
        ("output_dir = \"content/..\"", "output_dir"),
        ("output_dir = \"locales\"", "output_dir"),
        ("content_dir = \"../elsewhere\"", "content_dir"),
        ("locales_dir = \"/\"", "locales_dir"),
    ] {
        let p = in_folder();
        p.write(
            "fluentpress.toml",
            format!("locales = [\"ko\"]\n{setting}\n"),
        );
        let error = p.fails(&["build"]);
        assert!(error.contains(named), "{setting}: {error}");
        assert!(
            !p.path("en").exists() && !outer.path().join("en").exists(),
            "{setting}"
        );
    }
    let p = in_folder();
    p.write(
        "fluentpress.toml",
        "locales = [\"ko\"]\noutput_dir = \"../site\"\n",
    );
    p.ok(&["build"]);
    assert!(outer.path().join("site/ko/stories/a/index.html").is_file());
}

// 5. A byte-order mark is not content, in any format.
#[test]
fn a_byte_order_mark_is_not_content() {
    let p = project(
        "\u{feff}locales = [\"ko\"]\n",
        "stories/a.md",
        &format!("\u{feff}{STORY}"),
        "\u{feff}title = 알파\n",
    );
    p.ok(&["sync"]);
    let ko = p.read("locales/ko/stories/a.ftl");
    assert!(ko.starts_with("\u{feff}title = 알파\n"), "{ko:?}");
    p.ok(&["build"]);
    let page = p.read("public/en/stories/a/index.html");
    assert!(
        page.contains("<title>Alpha") && !page.contains("+++"),
        "{page}"
    );
    assert!(p.read("public/en/index.html").contains("Alpha"));
    assert!(p.read("public/ko/feed.xml").contains("알파"));
}

// 6. Two inputs that would be one output are an error naming both.
#[test]
fn two_documents_for_one_page_are_an_error_naming_both() {
    let p = story();
    p.write("content/stories.md", "# One\n");
    p.write("content/stories/index.md", "# Two\n");
    p.ok(&["extract"]);
    let error = p.fails(&["build"]);
    assert!(
        error.contains("content/stories.md") && error.contains("content/stories/index.md"),
        "{error}"
    );
    let p = story();
    p.write("static/en/stories/a/index.html", "mine");
    let error = p.fails(&["build"]);
    assert!(
        error.contains("static/en/stories/a/index.html") && error.contains("content/stories/a.md"),
        "{error}"
    );
}

// 7. A file name cannot change the structure of a file fluentpress writes.
#[test]
fn a_line_break_in_a_file_name_is_refused() {
    let p = story();
    p.write("content/a\ntitle = INJECTED.md", "Text.\n");
    let error = p.fails(&["extract"]);
    assert!(error.contains("rename the file"), "{error}");
    for file in files_under(&p.path("locales")) {
        assert!(!fs::read_to_string(&file).unwrap().contains("INJECTED"));
    }
}

// 8. A later run removes the temporary files a dead run left, and only those.
#[test]
fn temporary_files_of_dead_runs_are_removed() {
    let p = story();
    p.ok(&["build"]);
    let mut child = std::process::Command::new("true").spawn().unwrap();
    let dead = child.id();
    child.wait().unwrap();
    let alive = std::process::id();
    // A killed build leaves its marker in the output folder with its temporary files: the
    // marker is what has a later build look for them.
    let leftovers = [
        format!("public/.fluentpress-{dead}.building"),
        format!("locales/ko/stories/.fluentpress-{dead}-x1.tmp"),
        format!("public/ko/stories/a/.fluentpress-{dead}-x2.tmp"),
    ];
    let live = [
        format!("locales/ko/.fluentpress-{alive}-y1.tmp"),
        format!("public/ko/.fluentpress-{alive}-y2.tmp"),
    ];
    for path in leftovers.iter().chain(&live) {
        p.write(path, "partial");
    }
    p.ok(&["build"]);
    for path in &leftovers {
        assert!(!p.path(path).exists(), "{path} is left");
    }
    for path in &live {
        assert!(p.path(path).exists(), "{path} of a live run was removed");
    }
}

// 9. U+0000 reaches no output.
#[test]
fn nul_bytes_reach_no_output() {
    let p = project(
        "locales = [\"ko\"]\n",
        "a.md",
        "+++\ntitle = \"T\\u0000x\"\nkind = \"story\"\ndate = 2020-01-01\n+++\n\nHello \0 world.\n",
        "title = K\0T\np-hello-world = 안녕 \0 세계\n",
    );
    p.ok(&["build"]);
    p.ok(&["build", "--format", "fragment"]);
    p.ok(&["build", "--format", "markdown"]);
    for dir in ["public", "locales/en"] {
        for (path, bytes) in contents(&p.path(dir)) {
            assert!(!bytes.contains(&0), "{dir}/{path} holds U+0000");
        }
    }
    assert!(p.read("public/ko/a/index.html").contains("K\u{fffd}T"));
    assert_eq!(
        p.read("locales/ko/a.ftl"),
        "title = K\0T\np-hello-world = 안녕 \0 세계\n",
        "translators' bytes are kept"
    );
}

// 10. Locale tags are case-insensitive: a tag that matches its folder only in another case is an
// error, and a gate over no source messages fails.
#[test]
fn a_locale_spelled_in_another_case_is_an_error_not_an_empty_100_percent() {
    let p = story();
    p.ok(&["sync"]);
    let before = contents(&p.path("locales"));
    p.write(
        "fluentpress.toml",
        "source_locale = \"EN\"\nlocales = [\"ko\"]\n",
    );
    for command in [
        &["sync"][..],
        &["status", "--fail-under", "100"][..],
        &["build"][..],
    ] {
        let error = p.fails(command);
        assert!(
            error.contains("`EN`") && error.contains("case-insensitive"),
            "{error}"
        );
    }
    assert_eq!(contents(&p.path("locales")), before);
}

#[test]
fn no_source_messages_fail_the_gate_and_stop_sync() {
    let p = Project::new("locales = [\"ko\"]\n");
    p.write("locales/ko/a.ftl", "hello = 안녕\n");
    assert!(p.fails(&["sync"]).contains("no messages"));
    assert_eq!(p.read("locales/ko/a.ftl"), "hello = 안녕\n");
    let out = p.run(&["status", "--fail-under", "50"]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("no messages"));
}
