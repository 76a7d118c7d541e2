//! The site's own words in a locale that has none, through the real binary: the locale never
//! claims to be the source language, and the source words it shows are marked as such, as is
//! every untranslated title and summary in a page's metadata and a feed.

mod common;

use common::Project;

const STORY: &str = "+++\ntitle = \"Leaving Home\"\nkind = \"story\"\ndate = 2016-01-01\nsummary = \"A young woman looks for safety.\"\n+++\n\nShe left at night.\n";

/// A project in Korean (built-in site words) and French (none), with one untranslated story.
fn built(fr_site_words: Option<&str>) -> Project {
    let project = Project::new("locales = [\"ko\", \"fr\"]\n");
    project.write("content/stories/a.md", STORY);
    if let Some(words) = fr_site_words {
        project.write("locales/fr/site.ftl", words);
    }
    project.ok(&["extract"]);
    project.ok(&["build"]);
    project
}

/// Asserts that `text` holds `part`, and shows `text` when it does not.
#[track_caller]
fn contains(text: &str, part: &str) {
    assert!(text.contains(part), "no {part:?} in:\n{text}");
}

/// The root page's choice of `lang`.
fn choice(root: &str, lang: &str) -> String {
    let start = root
        .find(&format!("<li lang=\"{lang}\""))
        .unwrap_or_else(|| panic!("no choice of {lang}: {root}"));
    let end = start + root[start..].find("</li>").unwrap();
    root[start..end].to_string()
}

#[test]
fn a_locale_without_site_words_is_named_by_its_tag_and_marks_the_source_words() {
    let project = built(None);
    let root = project.read("public/index.html");
    let fr = choice(&root, "fr");
    assert!(!fr.contains("English"), "{fr}");
    contains(&fr, "<span class=\"name\">fr</span>");
    contains(
        &fr,
        "<span class=\"site-title\" lang=\"en\">Crossing Borders</span>",
    );
    assert!(!fr.contains("invitation"), "{fr}");
    assert!(choice(&root, "en").contains(">English</span>"), "{root}");
    let ko = choice(&root, "ko");
    contains(&ko, "<span class=\"site-title\">");

    let page = project.read("public/fr/stories/a/index.html");
    contains(&page, "<html lang=\"fr\"");
    contains(&page, "<header class=\"site\" lang=\"en\">");
    contains(&page, "<footer class=\"site\" lang=\"en\">");
    // The switcher names the page's own language by its tag.
    contains(
        &page,
        "<a aria-current=\"page\" lang=\"fr\" href=\"../../../fr/stories/a/index.html\">fr</a>",
    );
    let home = project.read("public/fr/index.html");
    contains(&home, "<h2 id=\"stories\" lang=\"en\">Stories</h2>");
    let korean = project.read("public/ko/stories/a/index.html");
    contains(&korean, "<header class=\"site\">");
}

#[test]
fn a_locale_with_some_site_words_keeps_them_but_not_the_source_name() {
    let project = built(Some("stories = Histoires\n"));
    let fr = choice(&project.read("public/index.html"), "fr");
    contains(&fr, "<span class=\"name\">fr</span>");
    assert!(!fr.contains("lang=\"en\""), "{fr}");
    let home = project.read("public/fr/index.html");
    contains(&home, "<h2 id=\"stories\">Histoires</h2>");

    let named = built(Some("language-name = Français\n"));
    let fr = choice(&named.read("public/index.html"), "fr");
    contains(&fr, "<span class=\"name\">Français</span>");
}

/// Asserts that the Korean page's description and feed entry show `title` and `summary`,
/// marked as in `lang` when it is given.
#[track_caller]
fn metadata_shows(project: &Project, title: &str, summary: &str, lang: Option<&str>) {
    let mark = |attribute: &str| lang.map_or_else(String::new, |l| format!(" {attribute}=\"{l}\""));
    let page = project.read("public/ko/stories/a/index.html");
    let description = format!(
        "<meta name=\"description\"{} content=\"{summary}\">",
        mark("lang")
    );
    contains(&page, &description);
    let feed = project.read("public/ko/feed.xml");
    contains(
        &feed,
        &format!("<title{}>{title}</title>", mark("xml:lang")),
    );
    contains(
        &feed,
        &format!("<summary{}>{summary}</summary>", mark("xml:lang")),
    );
}

#[test]
fn untranslated_titles_and_summaries_in_metadata_are_marked() {
    let project = built(None);
    metadata_shows(
        &project,
        "Leaving Home",
        "A young woman looks for safety.",
        Some("en"),
    );

    let ftl = project
        .read("locales/en/stories/a.ftl")
        .replace("Leaving Home", "집을 떠나며")
        .replace("A young woman looks for safety.", "안전을 찾는 젊은 여성.");
    project.write("locales/ko/stories/a.ftl", ftl);
    project.ok(&["build"]);
    metadata_shows(&project, "집을 떠나며", "안전을 찾는 젊은 여성.", None);
}
