//! The site model any team's Markdown fits: front matter in TOML or YAML with every key kept,
//! drafts, pages published as they are, titles, sections, and locales beyond the bundled ones;
//! run as a user would, through the real binary on small projects.

mod common;

use common::Project;

/// A Hugo-style page in YAML, with keys fluentpress does not know, handed to templates.
const YAML_PAGE: &str = "---\ntitle: Getting Started\ndescription: How to begin.\n\
    date: 2024-03-05\ntags: [intro, setup]\nminutes: 15\n---\n\nFirst, install the tool.\n";

#[test]
fn yaml_front_matter_builds_and_every_other_key_reaches_templates() {
    let project = Project::new("locales = [\"ko\"]\n");
    project.write("content/start.md", YAML_PAGE);
    project.write(
        "templates/page.html",
        "{% extends \"base.html\" %}{% block main %}<h1>{{ title }}</h1>\
         <p class=\"minutes\">{{ extra.minutes }}</p>{% for tag in extra.tags %}<i>{{ tag }}</i>{% endfor %}\
         {{ body }}{% endblock %}",
    );
    project.ok(&["extract"]);
    let messages = project.read("locales/en/start.ftl");
    assert!(messages.contains("title = Getting Started"), "{messages}");
    assert!(messages.contains("summary = How to begin."), "{messages}");
    project.ok(&["build"]);
    let page = project.read("public/en/start/index.html");
    assert!(page.contains("<h1>Getting Started</h1>"), "{page}");
    assert!(
        page.contains("<p class=\"minutes\">15</p><i>intro</i><i>setup</i>"),
        "{page}"
    );
    // The translated Markdown keeps the YAML front matter valid.
    project.write(
        "locales/ko/start.ftl",
        "title = 시작하기 \"따옴표\"\nsummary = 시작하는 법.\n",
    );
    project.ok(&["build", "--format", "markdown", "--locale", "ko"]);
    let markdown = project.read("public/ko/start.md");
    assert!(
        markdown.starts_with(
            "---\ntitle: \"시작하기 \\\"따옴표\\\"\"\ndescription: \"시작하는 법.\"\n"
        ),
        "{markdown}"
    );
}

#[test]
fn drafts_are_left_out_and_untranslated_pages_published_as_they_are() {
    let project = Project::new("locales = [\"ko\"]\n");
    project.write(
        "content/draft.md",
        "+++\ntitle = \"Not Yet\"\ndraft = true\n+++\n\nUnfinished.\n",
    );
    project.write(
        "content/legal.md",
        "+++\ntitle = \"Impressum\"\ntranslate = false\n+++\n\nAs the law writes it.\n",
    );
    project.ok(&["extract"]);
    let legal = project.read("locales/en/legal.ftl");
    assert!(
        !legal.contains("Impressum") && !legal.contains("law"),
        "{legal}"
    );
    project.ok(&["build"]);
    assert!(!project.path("public/en/draft/index.html").exists());
    let home = project.read("public/ko/index.html");
    assert!(!home.contains("Not Yet"), "{home}");
    let ko = project.read("public/ko/legal/index.html");
    assert!(ko.contains("<p>As the law writes it.</p>"), "{ko}");
    assert!(
        !ko.contains("fp-fallback"),
        "nothing to translate, nothing missing: {ko}"
    );
    let status = project.ok(&["status"]);
    let legal = status
        .lines()
        .find(|l| l.contains("legal.ftl"))
        .unwrap_or_default();
    assert!(
        legal.trim_end().ends_with("0/0"),
        "no word to translate: {status}"
    );
}

#[test]
fn a_page_without_a_title_takes_its_first_heading_translated_then_its_file_name() {
    let project = Project::new("locales = [\"ko\"]\n");
    project.write("content/hello.md", "Intro.\n\n# Hello *World*\n\nText.\n");
    project.write("content/notes.md", "Just notes.\n");
    project.write("content/code.md", "# `const`\n\n## Later words\n\nText.\n");
    project.write(
        "content/as-is.md",
        "+++\ntranslate = false\n+++\n\n## Fixed `name`\n",
    );
    project.ok(&["extract"]);
    let messages = project.read("locales/en/hello.ftl");
    let id = messages
        .lines()
        .find_map(|l| l.strip_suffix(" = Hello *World*"))
        .unwrap_or_else(|| panic!("{messages}"))
        .to_string();
    project.write("locales/ko/hello.ftl", format!("{id} = 안녕 *세계*\n"));
    project.ok(&["build", "--pseudo"]);
    let en = project.read("public/en/hello/index.html");
    assert!(en.contains("<title>Hello World – "), "{en}");
    assert_eq!(
        en.matches("<h1").count(),
        1,
        "the heading is not shown twice: {en}"
    );
    let ko = project.read("public/ko/hello/index.html");
    assert!(ko.contains("<title>안녕 세계 – "), "{ko}");
    let pseudo = project.read("public/en-XA/hello/index.html");
    assert!(!pseudo.contains("<title>Hello World"), "{pseudo}");
    let code = project.read("public/ko/code/index.html");
    assert!(
        code.contains("<title>const – "),
        "a heading of code is still the first: {code}"
    );
    let notes = project.read("public/ko/notes/index.html");
    assert!(notes.contains("<title>notes – "), "{notes}");
    let as_is = project.read("public/ko/as-is/index.html");
    assert!(as_is.contains("<title>Fixed name – "), "{as_is}");
    let home = project.read("public/ko/index.html");
    assert!(home.contains(">안녕 <em>세계</em></a>"), "{home}");
}

#[test]
fn every_folder_is_a_section_with_its_introduction_translated() {
    let project = Project::new("locales = [\"ko\"]\n");
    project.write(
        "content/index.md",
        "# Handbook\n\nWelcome to the handbook.\n",
    );
    project.write(
        "content/guide/_index.md",
        "+++\ntitle = \"The Guide\"\n+++\n\nRead these in order.\n",
    );
    project.write(
        "content/guide/b.md",
        "+++\nweight = 1\n+++\n\n# Install\n\nFirst.\n",
    );
    project.write(
        "content/guide/a.md",
        "+++\nweight = 2\n+++\n\n# Configure\n\nSecond.\n",
    );
    project.write("content/guide/deep/c.md", "# Deep Page\n\nThird.\n");
    project.ok(&["extract"]);
    project.write("locales/ko/guide/_index.ftl", "title = 안내서\n");
    project.ok(&["build"]);

    // The home page: the root index's heading and text, then each section with what it holds.
    let home = project.read("public/en/index.html");
    assert!(home.contains("<p>Welcome to the handbook.</p>"), "{home}");
    assert!(home.contains(">The Guide</h2>"), "{home}");
    let install = home.find("guide/b/index.html").expect("Install is listed");
    let configure = home
        .find("guide/a/index.html")
        .expect("Configure is listed");
    assert!(install < configure, "lightest weight first: {home}");
    assert!(home.contains("guide/deep/index.html"), "{home}");

    // A section page per folder, in every locale, even without an `_index.md`.
    let guide = project.read("public/ko/guide/index.html");
    assert!(guide.contains("<h1>안내서</h1>"), "{guide}");
    assert!(
        guide.contains("lang=\"en\" class=\"fp-fallback\">Read these in order."),
        "{guide}"
    );
    assert!(
        guide.contains("<a href=\"../../ko/index.html\">홈</a>"),
        "{guide}"
    );
    let deep = project.read("public/ko/guide/deep/index.html");
    assert!(deep.contains("<h1>deep</h1>"), "{deep}");
    assert!(
        deep.contains(">안내서</a></li>"),
        "breadcrumbs through the guide: {deep}"
    );
    assert!(deep.contains("href=\"c/index.html\""), "{deep}");

    // Previous and next within a section read in order.
    let install = project.read("public/en/guide/b/index.html");
    assert!(
        install.contains("<a rel=\"next\" href=\"../../../en/guide/a/index.html\">"),
        "{install}"
    );
    assert!(!install.contains("rel=\"prev\""), "{install}");

    // A book's pages show the way back, named in the page's language; a change to the
    // section's title rebuilds them.
    let deep = project.read("public/ko/guide/deep/c/index.html");
    assert!(
        deep.contains("<li><a href=\"../../../../ko/guide/index.html\">안내서</a></li>\n<li><a href=\"../../../../ko/guide/deep/index.html\">deep</a></li>"),
        "{deep}"
    );
    project.write("locales/ko/guide/_index.ftl", "title = 길잡이\n");
    project.ok(&["build"]);
    let deep = project.read("public/ko/guide/deep/c/index.html");
    assert!(deep.contains(">길잡이</a></li>"), "{deep}");
}

#[test]
fn a_page_beside_a_folder_of_its_name_introduces_it_and_two_introductions_are_refused() {
    let project = Project::new("locales = [\"ko\"]\n");
    // mdBook's shape: a chapter's page beside the folder of its sub-chapters.
    project.write("content/guide.md", "# The Guide\n\nAbout the guide.\n");
    project.write("content/guide/a.md", "# A\n\nA.\n");
    project.ok(&["extract"]);
    project.ok(&["build"]);
    let guide = project.read("public/en/guide/index.html");
    assert_eq!(guide.matches(">The Guide</h1>").count(), 1, "{guide}");
    assert!(guide.contains("<p>About the guide.</p>"), "{guide}");
    assert!(guide.contains("href=\"a/index.html\""), "{guide}");

    project.write("content/guide/_index.md", "+++\ntitle = \"Guide\"\n+++\n");
    project.ok(&["extract"]);
    let error = project.fails(&["build"]);
    assert!(error.contains("guide"), "{error}");
    assert!(error.contains("would take the place of"), "{error}");
}

#[test]
fn a_translation_of_a_unit_with_no_words_is_set_aside_never_lost() {
    let project = Project::new("locales = [\"ko\"]\n");
    project.write(
        "content/table.md",
        "| Year | Share |\n|---|---|\n| 2014 | 97% |\n",
    );
    project.ok(&["extract"]);
    let source = project.read("locales/en/table.ftl");
    assert!(
        !source.contains("2014") && !source.contains("97%"),
        "{source}"
    );
    // A translator's file from before: it copied the numbers.
    project.write(
        "locales/ko/table.ftl",
        "cell-year = 연도\ncell-share = 비율\ncell-2014 = 2014\ncell-97 = 97%\n",
    );
    project.ok(&["sync"]);
    let ko = project.read("locales/ko/table.ftl");
    let obsolete = ko.find("## Obsolete").unwrap_or_else(|| panic!("{ko}"));
    assert!(ko[obsolete..].contains("cell-2014 = 2014"), "{ko}");
    assert!(ko[obsolete..].contains("cell-97 = 97%"), "{ko}");
    project.ok(&["build"]);
    let page = project.read("public/ko/table/index.html");
    assert!(page.contains("<td>2014</td><td>97%</td>"), "{page}");
    assert!(!page.contains("fp-fallback"), "{page}");
}

#[test]
fn locales_beyond_the_built_in_ones_get_their_direction_dates_and_fallbacks() {
    let project = Project::new("locales = [\"ja\", \"de\", \"ar\", \"pt-BR\"]\n");
    project.write(
        "content/news/_index.md",
        "+++\ntitle = \"News\"\nsort_by = \"date\"\n+++\n",
    );
    project.write(
        "content/news/opening.md",
        "+++\ntitle = \"Opening\"\ndate = 2016-03-05\n+++\n\nWe open.\n",
    );
    // Portuguese words, which Brazilian Portuguese falls back to before English.
    project.write("locales/pt/site.ftl", "home = Início\n");
    project.ok(&["extract"]);
    project.ok(&["build"]);
    let page = |locale: &str| project.read(&format!("public/{locale}/news/opening/index.html"));
    let ar = page("ar");
    assert!(ar.contains("<html lang=\"ar\" dir=\"rtl\">"), "{ar}");
    assert!(page("ja").contains("<html lang=\"ja\" dir=\"ltr\">"));
    for (locale, date) in [
        ("ja", "2016年3月5日"),
        ("de", "5. März 2016"),
        ("pt-BR", "5 de março de 2016"),
        ("en", "March 5, 2016"),
    ] {
        let html = page(locale);
        assert!(
            html.contains(&format!("<time datetime=\"2016-03-05\">{date}</time>")),
            "{locale}: {html}"
        );
    }
    // No built-in words for these languages: the neutral English ones stand in, and no
    // language is named in another's words.
    let de = page("de");
    assert!(de.contains(">Skip to content</a>"), "{de}");
    assert!(de.contains(">de</a>"), "{de}");
    let section = project.read("public/pt-BR/news/index.html");
    assert!(section.contains(">Início</a>"), "{section}");

    // The project may set the chain itself.
    project.write(
        "fluentpress.toml",
        "locales = [\"ja\", \"de\", \"ar\", \"pt-BR\"]\n[fallbacks]\npt-BR = []\n",
    );
    project.ok(&["build"]);
    let section = project.read("public/pt-BR/news/index.html");
    assert!(section.contains(">Home</a>"), "{section}");
}

#[test]
fn a_title_taken_from_a_heading_of_code_is_listed_as_code() {
    let project = Project::new("locales = [\"ko\"]\n");
    project.write(
        "content/guide/const.md",
        "# `const` and [links](https://example.com)\n\nText.\n",
    );
    project.ok(&["extract"]);
    project.ok(&["build"]);
    let guide = project.read("public/en/guide/index.html");
    assert!(
        guide.contains("<a href=\"const/index.html\"><code>const</code> and links</a>"),
        "{guide}"
    );
    let page = project.read("public/en/guide/const/index.html");
    assert!(page.contains("<title>const and links – "), "{page}");
}

#[test]
fn a_translation_a_locale_lacks_comes_from_its_fallback_chain() {
    let project = Project::new("locales = [\"pt-BR\"]\n");
    project.write(
        "content/page.md",
        "# Welcome\n\nFirst words.\n\nSecond words.\n",
    );
    project.ok(&["extract"]);
    let source = project.read("locales/en/page.ftl");
    let id = |text: &str| {
        source
            .lines()
            .find_map(|l| l.strip_suffix(&format!(" = {text}")))
            .unwrap_or_else(|| panic!("{source}"))
            .to_string()
    };
    let (first, second) = (id("First words."), id("Second words."));
    project.write(
        "locales/pt/page.ftl",
        format!("{first} = Palavras de Portugal.\n{second} = Segundas palavras.\n"),
    );
    project.write(
        "locales/pt-BR/page.ftl",
        format!("{first} = Palavras do Brasil.\n"),
    );
    project.ok(&["build"]);
    let page = project.read("public/pt-BR/page/index.html");
    assert!(
        page.contains("<p>Palavras do Brasil.</p>"),
        "the nearest stands: {page}"
    );
    assert!(
        page.contains("<p>Segundas palavras.</p>"),
        "then pt: {page}"
    );
    assert!(
        page.contains("lang=\"en\" class=\"fp-fallback\">Welcome"),
        "then English: {page}"
    );
    // A change to the Portuguese file rebuilds the Brazilian page.
    let pt = project
        .read("locales/pt/page.ftl")
        .replace("Segundas", "Outras");
    project.write("locales/pt/page.ftl", pt);
    project.ok(&["build"]);
    let page = project.read("public/pt-BR/page/index.html");
    assert!(page.contains("<p>Outras palavras.</p>"), "{page}");

    // Without the chain, the source stands in.
    project.write(
        "fluentpress.toml",
        "locales = [\"pt-BR\"]\n[fallbacks]\npt-BR = []\n",
    );
    project.ok(&["build"]);
    let page = project.read("public/pt-BR/page/index.html");
    assert!(
        page.contains("class=\"fp-fallback\">Second words."),
        "{page}"
    );
}
