//! `fluentpress build` (the published site), run as a user would: the real binary on a small
//! project in a temporary folder, with partial and hostile translations.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;
use std::time::SystemTime;

mod common;

use common::Project;

const BASE_URL: &str = "https://example.org/ngo/";
const LOCALES: [&str; 3] = ["en", "ko", "zh-CN"];

/// The fixture's stories, prayer and page.
const DOCUMENTS: &[(&str, &str)] = &[
    (
        "stories/first.md",
        "+++\ntitle = \"First Story\"\ndate = 2016-01-01\nsummary = \"Summary of the first story.\"\n+++\n\n\
         ## Getting There\n\n\
         Alpha paragraph with a [guide](/guide.pdf), an [outside link](https://example.com/outside) and [the prayer](../prayers/prayer.md).\n\n\
         Beta paragraph stays in English.\n\n\
         Gamma paragraph will change.\n\n\
         ![Delta picture](/images/delta.jpg \"Delta title\")\n\n\
         Epsilon paragraph is where attacks happen.\n\n\
         ## Getting There\n\n\
         Zeta paragraph with `code` and <https://example.com/auto>.\n",
    ),
    (
        "stories/second.md",
        "+++\ntitle = \"Second Story\"\ndate = 2018-05-01\n+++\n\nA newer story.\n",
    ),
    ("prayers/prayer.md", "+++\ntitle = \"A Prayer\"\n+++\n\nPray with us.\n"),
    ("stories/_index.md", "+++\ntitle = \"Stories\"\nsort_by = \"date\"\n+++\n"),
    ("prayers/_index.md", "+++\ntitle = \"Prayers\"\nsort_by = \"date\"\n+++\n"),
    ("about.md", "+++\ntitle = \"About Us\"\n+++\n\nWho we are.\n"),
];

/// The Korean translation of the first story: Beta and Zeta are missing, Epsilon is hostile.
const KO_FIRST: &[(&str, &str)] = &[
    ("title", "첫 번째 이야기"),
    ("summary", "첫 번째 이야기의 요약."),
    ("heading-getting-there", "그곳에 가기"),
    ("p-alpha", "알파 문단, [안내서](/guide.pdf), [바깥 링크](https://example.com/outside), [기도](../prayers/prayer.md)."),
    ("p-gamma", "감마 문단."),
    ("p-epsilon", HOSTILE),
];

const HOSTILE: &str = "엡실론 <script>alert(1)</script> <img src=\"x.png\" onerror=\"alert(2)\"> \
    [누르기](javascript:alert(3)) ![픽셀](https://evil.example/p.png) <img src=\"//evil.example/q.png\"> \
    <img src=\"/\\evil.example/r.png\"> <a href=\"/ok\" onclick=\"alert(4)\">확인</a> \
    <iframe src=\"https://evil.example/f\"></iframe> <style>p {\"{\"} color: red {\"}\"}</style> \
    <span style=\"background: url(https://evil.example/s.png)\">스타일</span>";

/// The fixture project: extracted, with partial and hostile translations.
fn fixture() -> Project {
    let fixture = Project::new(&format!(
        "locales = [\"ko\", \"zh-CN\"]\nbase_url = \"{BASE_URL}\"\n"
    ));
    for (path, text) in DOCUMENTS {
        fixture.write(&format!("content/{path}"), text);
    }
    fixture.write("static/images/delta.jpg", "not really a picture");
    fixture.write("static/guide.pdf", "not really a guide");
    fixture.ok(&["extract"]);
    fixture.translate("ko", "stories/first", KO_FIRST);
    fixture.translate("ko", "stories/second", &[("title", "두 번째 이야기")]);
    fixture.translate("zh-CN", "stories/first", &[("title", "第一个故事")]);
    fixture
}

/// What the site tests do with a project.
trait Site {
    fn build(&self, args: &[&str]) -> (String, String);
    fn id(&self, document: &str, prefix: &str) -> String;
    fn translate(&self, locale: &str, document: &str, messages: &[(&str, &str)]);
    fn snapshot(&self) -> BTreeMap<String, (SystemTime, Vec<u8>)>;
}

impl Site for Project {
    /// Builds the site; returns the summary line and the warnings.
    fn build(&self, args: &[&str]) -> (String, String) {
        let out = self.run(&[&["build"], args].concat());
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert!(out.status.success(), "build failed: {stderr}");
        (String::from_utf8_lossy(&out.stdout).into_owned(), stderr)
    }

    /// The ID of the source message of `document` that starts with `prefix`.
    fn id(&self, document: &str, prefix: &str) -> String {
        let text = self.read(&format!("locales/en/{document}.ftl"));
        let ids: Vec<&str> = text
            .lines()
            .filter_map(|l| l.split_once(" =").map(|(id, _)| id))
            .collect();
        if ids.contains(&prefix) {
            return prefix.to_string();
        }
        let found: Vec<&&str> = ids.iter().filter(|id| id.starts_with(prefix)).collect();
        assert_eq!(found.len(), 1, "{prefix} in {ids:?}");
        found[0].to_string()
    }

    /// Writes `locale`'s file of `document` with these messages (IDs given by their prefix).
    fn translate(&self, locale: &str, document: &str, messages: &[(&str, &str)]) {
        let mut text = String::new();
        for (prefix, value) in messages {
            let id = self.id(document, prefix);
            if id.starts_with("img") {
                text.push_str(&format!("{id} =\n    .alt = {value}\n"));
            } else {
                text.push_str(&format!("{id} = {value}\n"));
            }
        }
        self.write(&format!("locales/{locale}/{document}.ftl"), &text);
    }

    /// Every output file with its modification time and bytes (the build cache left out).
    fn snapshot(&self) -> BTreeMap<String, (SystemTime, Vec<u8>)> {
        let mut files = BTreeMap::new();
        walk(&self.path("public"), &mut |path| {
            let relative = path
                .strip_prefix(self.path("public"))
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            if !relative.starts_with(".fluentpress") {
                let modified = fs::metadata(path).unwrap().modified().unwrap();
                files.insert(relative, (modified, fs::read(path).unwrap()));
            }
        });
        files
    }
}

fn walk(dir: &Path, f: &mut dyn FnMut(&Path)) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            walk(&path, f);
        } else {
            f(&path);
        }
    }
}

/// The files that are new or were written between two snapshots.
fn written(
    before: &BTreeMap<String, (SystemTime, Vec<u8>)>,
    after: &BTreeMap<String, (SystemTime, Vec<u8>)>,
) -> BTreeSet<String> {
    after
        .iter()
        .filter(|(path, (time, _))| before.get(*path).is_none_or(|(old, _)| old != time))
        .map(|(path, _)| path.clone())
        .collect()
}

fn set(paths: &[&str]) -> BTreeSet<String> {
    paths.iter().map(|p| p.to_string()).collect()
}

fn document_pages() -> Vec<String> {
    let dirs = [
        "stories/first/",
        "stories/second/",
        "prayers/prayer/",
        "about/",
    ];
    LOCALES
        .iter()
        .flat_map(|l| dirs.iter().map(move |d| format!("{l}/{d}index.html")))
        .collect()
}

/// The values of attribute `name` in every `<tag ...>` of `html`.
fn attributes(html: &str, tag: &str, name: &str) -> Vec<String> {
    let open = format!("<{tag} ");
    html.match_indices(&open)
        .filter_map(|(start, _)| {
            let element = &html[start..start + html[start..].find('>')?];
            let at = element.find(&format!(" {name}=\""))? + name.len() + 3;
            Some(element[at..at + element[at..].find('"')?].to_string())
        })
        .collect()
}

#[test]
fn every_page_links_its_siblings_in_every_locale() {
    let fixture = fixture();
    fixture.build(&[]);
    for page in document_pages() {
        let html = fixture.read(&format!("public/{page}"));
        let locale = page.split('/').next().unwrap();
        assert!(html.contains(&format!("<html lang=\"{locale}\"")), "{page}");
        let dir = page
            .split_once('/')
            .unwrap()
            .1
            .trim_end_matches("index.html");
        let hreflangs: BTreeSet<String> = html
            .lines()
            .filter(|l| l.starts_with("<link rel=\"alternate\" hreflang="))
            .map(|l| l.to_string())
            .collect();
        for other in LOCALES {
            let link = format!(
                "<link rel=\"alternate\" hreflang=\"{other}\" href=\"{BASE_URL}{other}/{dir}\">"
            );
            assert!(hreflangs.contains(&link), "{page} lacks {link}");
            // The switcher leads to the same document, relative to the page.
            let root = "../".repeat(page.matches('/').count());
            let switch = format!("lang=\"{other}\"");
            let href = format!("href=\"{root}{other}/{dir}index.html\"");
            assert!(
                html.lines()
                    .any(|l| l.contains(&switch) && l.contains(&href)),
                "{page}: no switch to {other}"
            );
        }
        assert!(
            hreflangs
                .iter()
                .any(|l| l.contains("hreflang=\"x-default\" href=\"https://example.org/ngo/en/")),
            "{page}"
        );
    }
}

#[test]
fn the_sitemap_lists_every_page_with_reciprocal_alternates() {
    let fixture = fixture();
    fixture.build(&[]);
    let text = fixture.read("public/sitemap.xml");
    let xml = roxmltree::Document::parse(&text).unwrap();
    let sitemap_ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    let xhtml_ns = "http://www.w3.org/1999/xhtml";
    assert_eq!(xml.root_element().tag_name().namespace(), Some(sitemap_ns));
    let mut locs = BTreeSet::new();
    let mut alternates = BTreeMap::new();
    for url in xml
        .root_element()
        .children()
        .filter(|n| n.has_tag_name((sitemap_ns, "url")))
    {
        let loc = url
            .children()
            .find(|n| n.has_tag_name((sitemap_ns, "loc")))
            .unwrap()
            .text()
            .unwrap()
            .to_string();
        let links: BTreeSet<(String, String)> = url
            .children()
            .filter(|n| n.has_tag_name((xhtml_ns, "link")))
            .map(|n| {
                assert_eq!(n.attribute("rel"), Some("alternate"));
                (
                    n.attribute("hreflang").unwrap().to_string(),
                    n.attribute("href").unwrap().to_string(),
                )
            })
            .collect();
        assert!(loc.starts_with(BASE_URL), "{loc}");
        assert!(locs.insert(loc.clone()), "{loc} twice");
        alternates.insert(loc, links);
    }
    // 4 documents, the home page and 2 section pages, in 3 locales.
    assert_eq!(locs.len(), 21);
    for (loc, links) in &alternates {
        let langs: BTreeSet<&str> = links.iter().map(|(l, _)| l.as_str()).collect();
        assert_eq!(langs, LOCALES.into_iter().collect(), "{loc}");
        assert!(
            links.iter().any(|(_, href)| href == loc),
            "{loc} is not among its own alternates"
        );
        for (_, href) in links {
            assert_eq!(
                alternates.get(href),
                Some(links),
                "{href} does not return the links of {loc}"
            );
        }
    }
}

const ATOM: &str = "http://www.w3.org/2005/Atom";

/// The Atom child element `name` of `node`.
fn child<'a, 'i>(node: roxmltree::Node<'a, 'i>, name: &str) -> roxmltree::Node<'a, 'i> {
    let found = node.children().find(|n| n.has_tag_name((ATOM, name)));
    found.unwrap_or_else(|| panic!("no <{name}> in <{}>", node.tag_name().name()))
}

#[test]
fn feeds_are_atom_newest_first() {
    let fixture = fixture();
    fixture.build(&[]);
    for locale in LOCALES {
        let text = fixture.read(&format!("public/{locale}/feed.xml"));
        let xml = roxmltree::Document::parse(&text).unwrap_or_else(|e| panic!("{locale}: {e}"));
        let feed = xml.root_element();
        assert!(feed.has_tag_name((ATOM, "feed")));
        for required in ["title", "id", "updated", "author"] {
            child(feed, required);
        }
        let entries: Vec<_> = feed
            .children()
            .filter(|n| n.has_tag_name((ATOM, "entry")))
            .collect();
        let titles: Vec<&str> = entries
            .iter()
            .map(|e| child(*e, "title").text().unwrap())
            .collect();
        // Stories and prayers only, dated ones newest first.
        assert_eq!(titles.len(), 3, "{locale}: {titles:?}");
        let updated: Vec<&str> = entries
            .iter()
            .map(|e| child(*e, "updated").text().unwrap())
            .collect();
        assert_eq!(
            updated[..2],
            ["2018-05-01T00:00:00Z", "2016-01-01T00:00:00Z"],
            "{locale}"
        );
        let ids: BTreeSet<&str> = entries
            .iter()
            .map(|e| child(*e, "id").text().unwrap())
            .collect();
        assert_eq!(ids.len(), 3);
        for entry in &entries {
            let href = child(*entry, "link").attribute("href").unwrap();
            let page = href.strip_prefix(BASE_URL).unwrap();
            assert!(
                fixture.path(&format!("public/{page}index.html")).is_file(),
                "{href}"
            );
        }
    }
    let ko = fixture.read("public/ko/feed.xml");
    assert!(ko.contains("<title>첫 번째 이야기</title>"), "{ko}");
}

#[test]
fn untranslated_text_is_marked_and_noticed() {
    let fixture = fixture();
    fixture.build(&[]);
    let ko = fixture.read("public/ko/stories/first/index.html");
    assert!(ko.contains("<p><span lang=\"en\" class=\"fp-fallback\">Beta paragraph stays in English.</span></p>"), "{ko}");
    assert!(ko.contains("<p>감마 문단.</p>"), "{ko}");
    assert!(ko.contains("class=\"fp-notice\""), "{ko}");
    assert!(ko.contains("번역률"), "{ko}");
    // The untranslated image keeps its picture; its description is marked.
    assert!(ko.contains("<span lang=\"en\" class=\"fp-fallback\"><img src=\"../../../images/delta.jpg\" alt=\"Delta picture\""), "{ko}");
    // A document without any translation is all source text, marked, title included.
    let about = fixture.read("public/ko/about/index.html");
    assert!(
        about.contains("<h1 lang=\"en\" class=\"fp-fallback\">About Us</h1>"),
        "{about}"
    );
    // The source locale has no marks and no notice.
    let en = fixture.read("public/en/stories/first/index.html");
    assert!(
        !en.contains("fp-fallback") && !en.contains("fp-notice"),
        "{en}"
    );
    // The home page marks titles shown in the source language.
    let home = fixture.read("public/ko/index.html");
    assert!(
        home.contains("lang=\"en\" class=\"fp-fallback\">A Prayer</a>"),
        "{home}"
    );
    assert!(home.contains(">첫 번째 이야기</a>"), "{home}");
}

#[test]
fn stale_translations_are_published_and_marked() {
    let fixture = fixture();
    assert!(fixture.run(&["sync"]).status.success());
    let source = fixture.read("content/stories/first.md").replace(
        "Gamma paragraph will change.",
        "Gamma paragraph has changed.",
    );
    fixture.write("content/stories/first.md", &source);
    assert!(fixture.run(&["extract"]).status.success());
    fixture.build(&[]);
    let ko = fixture.read("public/ko/stories/first/index.html");
    assert!(
        ko.contains("<p><span class=\"fp-stale\">감마 문단.</span></p>"),
        "{ko}"
    );
}

#[test]
fn hostile_translations_are_neutralised() {
    let fixture = fixture();
    fixture.build(&[]);
    let ko = fixture.read("public/ko/stories/first/index.html");
    let epsilon = ko
        .lines()
        .find(|l| l.contains("엡실론"))
        .expect("the translation is published");
    for forbidden in [
        "<script",
        "onerror",
        "onclick",
        "javascript:",
        "evil.example",
        "<iframe",
        "<style",
        "style=",
    ] {
        assert!(
            !epsilon.contains(forbidden),
            "{forbidden} survived: {epsilon}"
        );
    }
    assert!(
        epsilon.contains(">누르기</a>") && epsilon.contains(">확인</a>"),
        "{epsilon}"
    );
    // The translation's outbound link stays, and its internal links point into the site.
    let alpha = ko.lines().find(|l| l.contains("알파")).unwrap();
    assert!(
        alpha.contains("href=\"https://example.com/outside\""),
        "{alpha}"
    );
    assert!(alpha.contains("href=\"../../../guide.pdf\""), "{alpha}");
    assert!(
        alpha.contains("href=\"../../../ko/prayers/prayer/index.html\""),
        "{alpha}"
    );
}

#[test]
fn no_file_refers_to_another_host() {
    let fixture = fixture();
    fixture.build(&["--pseudo"]);
    let allowed_hosts = ["example.org"];
    for (path, (_, bytes)) in fixture.snapshot() {
        let Ok(text) = String::from_utf8(bytes) else {
            continue;
        };
        for (at, _) in text.match_indices("//") {
            let host: String = text[at + 2..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || matches!(c, '.' | '-'))
                .collect();
            if host.is_empty() || allowed_hosts.contains(&host.as_str()) {
                continue;
            }
            // What is being given this address: an attribute name, and the element it is in.
            let before = &text[..at];
            // Text a reader sees is not fetched.
            if before.rfind('>') > before.rfind('<') {
                continue;
            }
            let tag_start = before.rfind('<').unwrap_or(0);
            let element = &before[tag_start..];
            let attribute = element.rsplit(' ').next().unwrap_or_default();
            // Readers choose to follow links, and XML namespaces are names, not addresses.
            let link = element.starts_with("<a ") && attribute.starts_with("href=");
            let namespace = attribute.starts_with("xmlns");
            assert!(
                link || namespace,
                "{path} refers to {host}: …{}…",
                &text[tag_start..(at + 40).min(text.len())]
            );
        }
    }
}

#[test]
fn heading_anchors_are_the_same_in_every_locale() {
    let fixture = fixture();
    fixture.build(&[]);
    let ids = |locale: &str| {
        attributes(
            &fixture.read(&format!("public/{locale}/stories/first/index.html")),
            "h2",
            "id",
        )
    };
    assert_eq!(ids("en"), ["getting-there", "getting-there-2"]);
    assert_eq!(ids("ko"), ids("en"));
    assert_eq!(ids("zh-CN"), ids("en"));
}

#[test]
fn dates_are_written_the_locale_s_way() {
    let fixture = fixture();
    fixture.build(&[]);
    for (locale, date) in [
        ("en", "January 1, 2016"),
        ("ko", "2016년 1월 1일"),
        ("zh-CN", "2016年1月1日"),
    ] {
        let html = fixture.read(&format!("public/{locale}/stories/first/index.html"));
        assert!(
            html.contains(&format!("<time datetime=\"2016-01-01\">{date}</time>")),
            "{locale}"
        );
    }
}

#[test]
fn the_json_records_of_earlier_versions_go() {
    let fixture = fixture();
    let earlier = [
        "public/.fluentpress-build.json",
        "public/.fluentpress-fresh.json",
    ];
    for path in earlier {
        fixture.write(path, "{}");
    }
    fixture.build(&[]);
    for path in earlier {
        assert!(!fixture.path(path).exists(), "{path}");
    }
    assert!(fixture.path("public/.fluentpress-build").exists());
}

#[test]
fn a_build_with_nothing_to_do_writes_nothing() {
    let fixture = fixture();
    let (summary, warnings) = fixture.build(&[]);
    assert!(summary.contains(" 0 unchanged, 0 removed"), "{summary}");
    // The one warning is about the hostile translation's picture.
    assert_eq!(warnings.lines().count(), 1, "{warnings}");
    assert!(
        warnings.contains("`https://evil.example/p.png` (in ko/stories/first/)"),
        "{warnings}"
    );
    let before = fixture.snapshot();
    let cache = fs::metadata(fixture.path("public/.fluentpress-build"))
        .unwrap()
        .modified()
        .unwrap();
    // Within two seconds of the fixture's writing its files, their stamps are not trusted yet
    // and the build goes the whole way; after, stamps alone tell it that nothing changed.
    let (summary, _) = fixture.build(&[]);
    assert!(
        summary.contains(": 0 files written") || summary.contains(": nothing changed"),
        "{summary}"
    );
    assert_eq!(written(&before, &fixture.snapshot()), BTreeSet::new());
    assert_eq!(
        fs::metadata(fixture.path("public/.fluentpress-build"))
            .unwrap()
            .modified()
            .unwrap(),
        cache
    );
}

/// Waits until the stamps of files written now are trusted (two seconds, see `site::fresh`).
fn let_stamps_settle() {
    std::thread::sleep(std::time::Duration::from_millis(2100));
}

#[test]
fn stamps_alone_tell_a_build_that_nothing_changed() {
    let fixture = fixture();
    fixture.write("content/notes.md", "See [the map](/map.pdf).\n");
    fixture.ok(&["extract"]);
    fixture.build(&[]);
    let_stamps_settle();
    // The files were too new for the first build to leave a record; this one leaves it.
    let (summary, _) = fixture.build(&[]);
    assert!(summary.contains(": 0 files written"), "{summary}");

    let before = fixture.snapshot();
    let (summary, warnings) = fixture.build(&[]);
    let files = before.len();
    assert!(
        summary.contains(&format!(
            ": nothing changed since the last build, {files} files unchanged"
        )),
        "{summary}"
    );
    assert_eq!(written(&before, &fixture.snapshot()), BTreeSet::new());
    // The record keeps the warnings of the build that made it.
    assert!(
        warnings.contains("`/map.pdf` (used by notes)"),
        "{warnings}"
    );
    assert!(
        warnings.contains("https://evil.example/p.png"),
        "{warnings}"
    );

    // Another request: the build goes the whole way.
    let (summary, _) = fixture.build(&["--locale", "ko"]);
    assert!(summary.contains(": 0 files written"), "{summary}");

    // An input whose stamp changed, not its bytes: the whole way, and nothing written.
    let ko = fixture.read("locales/ko/stories/first.ftl");
    fixture.write("locales/ko/stories/first.ftl", &ko);
    let (summary, _) = fixture.build(&[]);
    assert!(summary.contains(": 0 files written"), "{summary}");

    // A page removed from the output folder is put back.
    fs::remove_file(fixture.path("public/ko/notes/index.html")).unwrap();
    let (summary, _) = fixture.build(&[]);
    assert!(summary.contains(": 1 files written"), "{summary}");

    // A file the pages refer to, put into the output folder: its warning goes.
    let_stamps_settle();
    fixture.build(&[]);
    fixture.write("public/map.pdf", "a map");
    let (summary, warnings) = fixture.build(&[]);
    assert!(summary.contains(": 0 files written"), "{summary}");
    assert!(!warnings.contains("/map.pdf"), "{warnings}");

    // A document added to a folder changes no other file's stamp; the folder's tells.
    let (summary, _) = fixture.build(&[]);
    assert!(summary.contains("nothing changed"), "{summary}");
    fixture.write(
        "content/stories/added.md",
        "# Added\n\nA story added late.\n",
    );
    let (summary, _) = fixture.build(&[]);
    assert!(!summary.contains("nothing changed"), "{summary}");
    assert!(fixture.path("public/en/stories/added/index.html").exists());
    // And one removed, as the folder's stamp tells too.
    let_stamps_settle();
    fixture.build(&[]);
    fs::remove_file(fixture.path("content/stories/added.md")).unwrap();
    let (summary, _) = fixture.build(&[]);
    assert!(!summary.contains("nothing changed"), "{summary}");
    assert!(!fixture.path("public/en/stories/added/index.html").exists());
}

#[test]
fn one_change_rebuilds_exactly_its_pages() {
    let fixture = fixture();
    fixture.build(&[]);

    // A translated paragraph: only that page.
    let before = fixture.snapshot();
    let ko = fixture
        .read("locales/ko/stories/first.ftl")
        .replace("감마 문단.", "감마 문단이 바뀌었다.");
    fixture.write("locales/ko/stories/first.ftl", &ko);
    let (summary, _) = fixture.build(&[]);
    assert_eq!(
        written(&before, &fixture.snapshot()),
        set(&["ko/stories/first/index.html"])
    );
    assert!(summary.contains(": 1 files written"), "{summary}");

    // A translated title: the page, and the home page, section page and feed that list it.
    let before = fixture.snapshot();
    let ko = fixture
        .read("locales/ko/stories/first.ftl")
        .replace("첫 번째 이야기\n", "첫 이야기\n");
    fixture.write("locales/ko/stories/first.ftl", &ko);
    fixture.build(&[]);
    assert_eq!(
        written(&before, &fixture.snapshot()),
        set(&[
            "ko/stories/first/index.html",
            "ko/stories/index.html",
            "ko/index.html",
            "ko/feed.xml"
        ])
    );

    // A template: every page.
    let before = fixture.snapshot();
    let page = include_str!("../defaults/templates/page.html")
        .replace("<article", "<article data-edition=\"2\"");
    fixture.write("templates/page.html", &page);
    fixture.build(&[]);
    assert_eq!(
        written(&before, &fixture.snapshot()),
        document_pages().into_iter().collect()
    );

    // A removed document: its pages go, and the lists that named it change.
    let before = fixture.snapshot();
    fs::remove_file(fixture.path("content/about.md")).unwrap();
    let (summary, _) = fixture.build(&[]);
    let after = fixture.snapshot();
    assert!(summary.contains(" 3 removed"), "{summary}");
    for locale in LOCALES {
        assert!(
            !fixture.path(&format!("public/{locale}/about")).exists(),
            "{locale}/about is left"
        );
    }
    let expected: BTreeSet<String> = LOCALES
        .iter()
        .map(|l| format!("{l}/index.html"))
        .chain(["sitemap.xml".to_string()])
        .collect();
    assert_eq!(written(&before, &after), expected);

    // The configuration: every page again.
    let before = fixture.snapshot();
    let config = fixture
        .read("fluentpress.toml")
        .replace("example.org/ngo/", "example.org/");
    fixture.write("fluentpress.toml", &config);
    fixture.build(&[]);
    let rebuilt = written(&before, &fixture.snapshot());
    assert!(
        document_pages()
            .iter()
            .filter(|p| !p.contains("about"))
            .all(|p| rebuilt.contains(p)),
        "{rebuilt:?}"
    );

    // --clean: every file anew.
    let before = fixture.snapshot();
    let (summary, _) = fixture.build(&["--clean"]);
    let after = fixture.snapshot();
    assert_eq!(written(&before, &after), after.keys().cloned().collect());
    assert!(
        summary.contains(&format!(": {} files written, 0 unchanged", after.len())),
        "{summary}"
    );
}

#[test]
fn a_locale_below_its_threshold_is_left_out() {
    let fixture = fixture();
    fixture.build(&[]);
    assert!(fixture
        .path("public/zh-CN/stories/first/index.html")
        .is_file());
    let config = fixture.read("fluentpress.toml") + "\n[publish_threshold]\nzh-CN = 50\n";
    fixture.write("fluentpress.toml", &config);
    let (_, warnings) = fixture.build(&[]);
    assert!(
        warnings.contains("warning: `zh-CN` is")
            && warnings.contains("below its publish_threshold of 50%"),
        "{warnings}"
    );
    assert!(!fixture.path("public/zh-CN").exists());
    for (path, (_, bytes)) in fixture.snapshot() {
        assert!(
            !String::from_utf8_lossy(&bytes).contains("zh-CN"),
            "{path} still names zh-CN"
        );
    }
}

#[test]
fn the_pseudo_locale_accents_prose_only() {
    let fixture = fixture();
    fixture.build(&["--pseudo"]);
    let html = fixture.read("public/en-XA/stories/first/index.html");
    assert!(html.contains("<html lang=\"en-XA\""));
    assert!(
        !html.contains("Alpha paragraph") && !html.contains("First Story"),
        "prose left as it was"
    );
    for kept in [
        "href=\"../../../guide.pdf\"",
        "<code>code</code>",
        ">https://example.com/auto</a>",
        "id=\"getting-there\"",
    ] {
        assert!(html.contains(kept), "{kept} changed: {html}");
    }
    // The site's own words are accented too; the pseudo-locale goes when it is not asked for.
    assert!(!html.contains("Skip to content"), "{html}");
    fixture.build(&[]);
    assert!(!fixture.path("public/en-XA").exists());
}

#[test]
fn a_project_template_overrides_the_built_in_one() {
    let fixture = fixture();
    fixture.write("templates/home.html", "{% extends \"base.html\" %}{% block main %}<p class=\"own\">{{ t(\"home\") }}</p>{% endblock %}");
    fixture.build(&[]);
    assert!(fixture
        .read("public/ko/index.html")
        .contains("<p class=\"own\">홈</p>"));
    fixture.write(
        "templates/home.html",
        "{% block main %}{{ t(\"no-such-message\") }}",
    );
    let out = fixture.run(&["build"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(stderr.contains("templates/home.html:1:"), "{stderr}");
}

#[test]
fn building_one_locale_keeps_the_others() {
    let fixture = fixture();
    fixture.build(&[]);
    let before = fixture.snapshot();
    let ko = fixture
        .read("locales/ko/stories/first.ftl")
        .replace("감마 문단.", "감마.");
    fixture.write("locales/ko/stories/first.ftl", &ko);
    let zh = fixture
        .read("locales/zh-CN/stories/first.ftl")
        .replace("第一个故事", "第一篇故事");
    fixture.write("locales/zh-CN/stories/first.ftl", &zh);
    let (summary, _) = fixture.build(&["--locale", "ko"]);
    assert!(summary.contains(" 0 removed"), "{summary}");
    let changed = written(&before, &fixture.snapshot());
    assert_eq!(changed, set(&["ko/stories/first/index.html"]));
    assert!(fixture
        .path("public/zh-CN/stories/first/index.html")
        .is_file());
}
