//! Sites brought in from Hugo, Zola and mdBook as they are (docs/migrating.md): each a small
//! real example of that generator's content folder, extracted and built through the binary.

mod common;

use common::Project;

/// Extracts and builds `files` (paths under `content/`) in English and Korean, with `--pseudo`.
fn built(files: &[(&str, &str)]) -> Project {
    let project = Project::new("locales = [\"ko\"]\n");
    for (path, text) in files {
        project.write(&format!("content/{path}"), text);
    }
    project.ok(&["extract"]);
    project.ok(&["build", "--pseudo"]);
    project
}

#[test]
fn a_hugo_site() {
    let project = built(&[
        (
            "_index.md",
            "---\ntitle: \"My Blog\"\ndescription: Notes on travel.\n---\n\nWelcome to my blog.\n",
        ),
        (
            "posts/_index.md",
            "---\ntitle: Posts\nsort_by: date\n---\n",
        ),
        (
            "posts/first-post.md",
            "---\ntitle: \"First Post\"\ndate: 2024-01-15T10:00:00+01:00\ndraft: false\n\
             tags: [\"travel\", \"food\"]\ncategories:\n  - Trips\naliases:\n  - /old/first/\n\
             description: \"Where it began.\"\n---\n\nWe left in *January*.\n\n<!--more-->\n\n## Day one\n\nRain.\n",
        ),
        (
            "posts/draft.md",
            "---\ntitle: Unfinished\ndraft: true\n---\n\nNot yet.\n",
        ),
        // A leaf bundle: a page with its own folder.
        (
            "about/index.md",
            "---\ntitle: About\nweight: 10\n---\n\nWho writes here.\n",
        ),
    ]);
    let home = project.read("public/en/index.html");
    assert!(home.contains("<h1>My Blog</h1>"), "{home}");
    assert!(home.contains("<p>Welcome to my blog.</p>"), "{home}");
    assert!(home.contains("posts/first-post/index.html"), "{home}");
    assert!(!home.contains("Unfinished"), "drafts are left out: {home}");
    let post = project.read("public/ko/posts/first-post/index.html");
    assert!(
        post.contains("<time datetime=\"2024-01-15\">2024년 1월 15일</time>"),
        "{post}"
    );
    let about = project.read("public/ko/about/index.html");
    assert!(about.contains("Who writes here."), "{about}");
    let feed = project.read("public/en/feed.xml");
    assert!(feed.contains("<title>First Post</title>"), "{feed}");
    let messages = project.read("locales/en/posts/first-post.ftl");
    assert!(messages.contains("summary = Where it began."), "{messages}");
}

#[test]
fn a_zola_site() {
    let project = built(&[
        (
            "_index.md",
            "+++\ntitle = \"Docs and News\"\nsort_by = \"weight\"\n[extra]\nhero = true\n+++\n",
        ),
        (
            "blog/_index.md",
            "+++\ntitle = \"Blog\"\nsort_by = \"date\"\npaginate_by = 5\ntemplate = \"blog.html\"\n+++\n\nOur news.\n",
        ),
        (
            "blog/release.md",
            "+++\ntitle = \"Release 1.0\"\ndate = 2023-06-01\n[taxonomies]\ntags = [\"release\"]\n[extra]\nauthor = \"Kim\"\n+++\n\nVersion 1.0 is out.\n",
        ),
        (
            "blog/older.md",
            "+++\ntitle = \"Beta\"\ndate = 2023-01-10\n+++\n\nA beta.\n",
        ),
        (
            "docs/_index.md",
            "+++\ntitle = \"Documentation\"\nweight = 1\n+++\n",
        ),
        (
            "docs/install.md",
            "+++\ntitle = \"Install\"\nweight = 1\nslug = \"installing\"\n+++\n\nRun the installer.\n",
        ),
        (
            "docs/usage.md",
            "+++\ntitle = \"Usage\"\nweight = 2\n+++\n\nRun it.\n",
        ),
    ]);
    let blog = project.read("public/en/blog/index.html");
    let release = blog.find("release/index.html").expect("listed");
    let older = blog.find("older/index.html").expect("listed");
    assert!(release < older, "newest first: {blog}");
    assert!(blog.contains("<p>Our news.</p>"), "{blog}");
    let install = project.read("public/en/docs/installing/index.html");
    assert!(
        install.contains("<a rel=\"next\" href=\"../../../en/docs/usage/index.html\">"),
        "{install}"
    );
    let feed = project.read("public/ko/feed.xml");
    assert!(
        feed.contains("Release 1.0") && !feed.contains("Usage"),
        "{feed}"
    );
}

#[test]
fn an_mdbook() {
    let license = "<!--\nCopyright 2024 Example\nSPDX-License-Identifier: CC-BY-4.0\n-->\n\n";
    let page = |front: &str, body: &str| format!("{front}{license}{body}");
    let files = [
        (
            "SUMMARY.md",
            page("", "# Summary\n\n[Welcome](index.md)\n\n- [Basics](basics.md)\n  - [Variables](basics/variables.md)\n  - [`const`](basics/const.md)\n"),
        ),
        ("index.md", page("", "# Welcome to the Course 🦀\n\nThis course teaches Rust.\n")),
        ("basics.md", page("---\nminutes: 30\n---\n\n", "# Basics\n\nThe first day.\n")),
        (
            "basics/variables.md",
            page("---\nminutes: 10\n---\n\n", "# Variables\n\nRust gives you type safety:\n\n```rust\nlet x: i32 = 10;\n```\n\n<details>\n\nKey points: mutability.\n\n</details>\n"),
        ),
        ("basics/const.md", page("", "# `const`\n\nConstants are evaluated at compile time.\n")),
        ("exercises/day-1/solution.md", page("", "# Solution\n\n| Day | Minutes |\n|---|---|\n| 1 | 45 |\n")),
    ];
    let files: Vec<(&str, &str)> = files.iter().map(|(p, t)| (*p, t.as_str())).collect();
    let project = built(&files);
    // Titled by their first heading; the book's index is the home page.
    let home = project.read("public/en/index.html");
    assert!(home.contains(">Welcome to the Course 🦀</h1>"), "{home}");
    let variables = project.read("public/ko/basics/variables/index.html");
    assert!(variables.contains("<title>Variables – "), "{variables}");
    let constant = project.read("public/ko/basics/const/index.html");
    assert!(constant.contains("<title>const – "), "{constant}");
    // Every folder has a section page; `basics.md` introduces `basics/`.
    let basics = project.read("public/en/basics/index.html");
    assert!(basics.contains("<p>The first day.</p>"), "{basics}");
    assert!(basics.contains("variables/index.html"), "{basics}");
    for dir in ["exercises", "exercises/day-1"] {
        assert!(
            project
                .path(&format!("public/ko/{dir}/index.html"))
                .is_file(),
            "{dir}"
        );
    }
    // The numbers of a table are no message; the pseudo-locale changes prose.
    let messages = project.read("locales/en/exercises/day-1/solution.ftl");
    assert!(!messages.contains("= 45"), "{messages}");
    let pseudo = project.read("public/en-XA/basics/variables/index.html");
    assert!(!pseudo.contains("Rust gives you type safety"), "{pseudo}");
    assert!(pseudo.contains("let x: i32 = 10;"), "code stands: {pseudo}");
}
