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
    assert!(fr.contains("<span class=\"name\">fr</span>"), "{fr}");
    assert!(
        fr.contains("<span class=\"site-title\" lang=\"en\">Crossing Borders</span>"),
        "{fr}"
    );
    assert!(!fr.contains("invitation"), "{fr}");
    assert!(choice(&root, "en").contains(">English</span>"), "{root}");
    let ko = choice(&root, "ko");
    assert!(ko.contains("<span class=\"site-title\">"), "{ko}");

    let page = project.read("public/fr/stories/a/index.html");
    assert!(page.contains("<html lang=\"fr\""), "{page}");
    assert!(
        page.contains("<header class=\"site\" lang=\"en\">"),
        "{page}"
    );
    assert!(
        page.contains("<footer class=\"site\" lang=\"en\">"),
        "{page}"
    );
    // The switcher names the page's own language by its tag.
    assert!(
        page.contains(
            "<a aria-current=\"page\" lang=\"fr\" href=\"../../../fr/stories/a/index.html\">fr</a>"
        ),
        "{page}"
    );
    let home = project.read("public/fr/index.html");
    assert!(
        home.contains("<h2 id=\"stories\" lang=\"en\">Stories</h2>"),
        "{home}"
    );
    let korean = project.read("public/ko/stories/a/index.html");
    assert!(korean.contains("<header class=\"site\">"), "{korean}");
}

#[test]
fn a_locale_with_some_site_words_keeps_them_but_not_the_source_name() {
    let project = built(Some("stories = Histoires\n"));
    let fr = choice(&project.read("public/index.html"), "fr");
    assert!(fr.contains("<span class=\"name\">fr</span>"), "{fr}");
    assert!(!fr.contains("lang=\"en\""), "{fr}");
    let home = project.read("public/fr/index.html");
    assert!(home.contains("<h2 id=\"stories\">Histoires</h2>"), "{home}");

    let named = built(Some("language-name = Français\n"));
    let fr = choice(&named.read("public/index.html"), "fr");
    assert!(fr.contains("<span class=\"name\">Français</span>"), "{fr}");
}

#[test]
fn untranslated_titles_and_summaries_in_metadata_are_marked() {
    let project = built(None);
    let page = project.read("public/ko/stories/a/index.html");
    assert!(
        page.contains(
            "<meta name=\"description\" lang=\"en\" content=\"A young woman looks for safety.\">"
        ),
        "{page}"
    );
    let feed = project.read("public/ko/feed.xml");
    assert!(
        feed.contains("<title xml:lang=\"en\">Leaving Home</title>"),
        "{feed}"
    );
    assert!(
        feed.contains("<summary xml:lang=\"en\">A young woman looks for safety.</summary>"),
        "{feed}"
    );

    let ftl = project
        .read("locales/en/stories/a.ftl")
        .replace("Leaving Home", "집을 떠나며")
        .replace("A young woman looks for safety.", "안전을 찾는 젊은 여성.");
    project.write("locales/ko/stories/a.ftl", ftl);
    project.ok(&["build"]);
    let page = project.read("public/ko/stories/a/index.html");
    assert!(
        page.contains("<meta name=\"description\" content=\"안전을 찾는 젊은 여성.\">"),
        "{page}"
    );
    let feed = project.read("public/ko/feed.xml");
    assert!(feed.contains("<title>집을 떠나며</title>"), "{feed}");
    assert!(
        feed.contains("<summary>안전을 찾는 젊은 여성.</summary>"),
        "{feed}"
    );
}
