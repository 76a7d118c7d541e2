//! Links and images inside a published page. Internal URLs are made relative to the page, so the
//! site works from any folder of any host and straight from disk; a link to a source document
//! leads to that document in the reader's locale; headings get the anchors every locale shares;
//! and no image, from the source or from a translation, is ever loaded from another host.

use std::borrow::Cow;
use std::collections::BTreeSet;

use pulldown_cmark::{CowStr, Event, Tag, TagEnd};

use crate::document::page_dir;

/// Where a page sits in the site.
pub struct Place<'a> {
    /// From the page's folder up to the site's root folder: `../../`, or empty at the root.
    pub root: &'a str,
    /// The locale whose page this is.
    pub locale: &'a str,
    /// The folder of the page's source document inside the content folder: `stories/`, or empty.
    pub source_dir: &'a str,
}

/// `../` once per folder between a file in `dir` (`ko/stories/a/`) and the site's root.
pub fn up_to_root(dir: &str) -> String {
    "../".repeat(dir.matches('/').count())
}

/// Whether a URL leaves the site: it has a scheme (`https:`, `javascript:`, `data:`) or starts
/// like a protocol-relative URL. Browsers ignore tabs and newlines anywhere in a URL and
/// surrounding spaces, and read `\` as `/`, so this does too.
pub fn leaves_site(url: &str) -> bool {
    let url: Cow<str> = match url.contains(['\t', '\n', '\r']) {
        true => url.replace(['\t', '\n', '\r'], "").into(),
        false => url.into(),
    };
    let url = url.trim_matches(|c: char| c <= ' ');
    if url.starts_with(['/', '\\']) && url[1..].starts_with(['/', '\\']) {
        return true;
    }
    let scheme_end = url.find([':', '/', '\\', '?', '#']);
    scheme_end.is_some_and(|end| {
        url[end..].starts_with(':')
            && url[..end].starts_with(|c: char| c.is_ascii_alphabetic())
            && url[..end]
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
    })
}

/// A URL as the page at `place` writes it.
#[derive(Debug, PartialEq, Eq)]
pub struct Resolved {
    pub href: String,
    /// The site file it names, relative to the site's root, when that is a plain file (not a
    /// page, a folder or another host): the build checks that it exists.
    pub file: Option<String>,
}

/// Resolves `url`, written in the source document of the page at `place`: URLs that leave the
/// site and fragments stay as they are; `/x` is taken from the site's root and `x` from the
/// document's folder; a `.md` destination becomes that document's page in the same locale.
pub fn resolve(url: &str, place: &Place<'_>) -> Resolved {
    let unchanged = || Resolved {
        href: url.to_string(),
        file: None,
    };
    if url.is_empty() || url.starts_with(['#', '?']) || leaves_site(url) {
        return unchanged();
    }
    let split = url.find(['?', '#']).unwrap_or(url.len());
    let (path, suffix) = url.split_at(split);
    let joined = match path.strip_prefix('/') {
        Some(from_root) => from_root.to_string(),
        None => format!("{}{path}", place.source_dir),
    };
    let site_path = normalize(&joined);
    if site_path.ends_with(".md") {
        let page = page_dir(&site_path);
        return Resolved {
            href: format!("{}{}/{page}index.html{suffix}", place.root, place.locale),
            file: None,
        };
    }
    let is_file = !site_path.is_empty() && !site_path.ends_with('/');
    let target = if is_file {
        site_path.clone()
    } else {
        format!("{site_path}index.html")
    };
    Resolved {
        href: format!("{}{target}{suffix}", place.root),
        file: is_file.then_some(site_path),
    }
}

/// `path` with `.` and `..` segments resolved; it never climbs above the site's root.
fn normalize(path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "." | "" => {}
            ".." => {
                parts.pop();
            }
            _ => parts.push(part),
        }
    }
    let mut normalized = parts.join("/");
    if path.ends_with('/') && !normalized.is_empty() {
        normalized.push('/');
    }
    normalized
}

/// Dresses the events of one page: heading anchors, relative links, and images from other
/// hosts replaced by their description. Records what the page refers to.
pub struct Dresser<'a> {
    place: &'a Place<'a>,
    anchors: &'a [String],
    headings: usize,
    /// For each open image, whether it was replaced.
    images: Vec<bool>,
    /// Site files the page links to or shows.
    pub files: BTreeSet<String>,
    /// Images from other hosts that the page shows as text instead.
    pub remote_images: BTreeSet<String>,
}

/// Marks the description that stands in for an image from another host.
const REMOTE_IMAGE_OPEN: &str = "<span class=\"fp-remote-image\">";
const REMOTE_IMAGE_CLOSE: &str = "</span>";

impl<'a> Dresser<'a> {
    pub fn new(place: &'a Place<'a>, anchors: &'a [String]) -> Dresser<'a> {
        Dresser {
            place,
            anchors,
            headings: 0,
            images: Vec::new(),
            files: BTreeSet::new(),
            remote_images: BTreeSet::new(),
        }
    }

    pub fn dress<'e>(&mut self, event: Event<'e>) -> Event<'e> {
        match event {
            Event::Start(Tag::Heading {
                level,
                id,
                classes,
                attrs,
            }) => {
                let anchor = self
                    .anchors
                    .get(self.headings)
                    .map(|a| CowStr::from(a.clone()));
                self.headings += 1;
                Event::Start(Tag::Heading {
                    level,
                    id: anchor.or(id),
                    classes,
                    attrs,
                })
            }
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let dest_url = self.resolve(&dest_url);
                Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                })
            }
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let remote = leaves_site(&dest_url);
                self.images.push(remote);
                if remote {
                    self.remote_images.insert(dest_url.to_string());
                    return Event::InlineHtml(REMOTE_IMAGE_OPEN.into());
                }
                let dest_url = self.resolve(&dest_url);
                Event::Start(Tag::Image {
                    link_type,
                    dest_url,
                    title,
                    id,
                })
            }
            Event::End(TagEnd::Image) if self.images.pop() == Some(true) => {
                Event::InlineHtml(REMOTE_IMAGE_CLOSE.into())
            }
            other => other,
        }
    }

    fn resolve<'e>(&mut self, url: &str) -> CowStr<'e> {
        let resolved = resolve(url, self.place);
        self.files.extend(resolved.file);
        resolved.href.into()
    }
}

/// The sanitizer for translated units that hold HTML, links or images: ammonia's defaults
/// (no script, style, event handler or `javascript:` URL) and no image from another host.
pub fn sanitizer() -> ammonia::Builder<'static> {
    let mut builder = ammonia::Builder::default();
    builder.attribute_filter(|_element, attribute, value| match attribute {
        "src" | "srcset" if leaves_site(value) => None,
        _ => Some(value.into()),
    });
    builder
}

#[cfg(test)]
mod tests {
    use super::*;

    const PLACE: Place = Place {
        root: "../../../",
        locale: "ko",
        source_dir: "stories/",
    };

    fn href(url: &str) -> String {
        resolve(url, &PLACE).href
    }

    #[test]
    fn page_dirs() {
        assert_eq!(page_dir("stories/a.md"), "stories/a/");
        assert_eq!(page_dir("stories/index.md"), "stories/");
        assert_eq!(page_dir("index.md"), "");
        assert_eq!(up_to_root("ko/stories/a/"), "../../../");
    }

    #[test]
    fn internal_urls_become_relative() {
        assert_eq!(href("/images/a.jpg"), "../../../images/a.jpg");
        assert_eq!(href("b.jpg#x"), "../../../stories/b.jpg#x");
        assert_eq!(
            href("../prayers/p.md#part"),
            "../../../ko/prayers/p/index.html#part"
        );
        assert_eq!(href("/"), "../../../index.html");
        assert_eq!(href("../../../../etc/passwd"), "../../../etc/passwd");
        assert_eq!(
            resolve("/guide.pdf", &PLACE).file.as_deref(),
            Some("guide.pdf")
        );
        assert_eq!(resolve("other.md", &PLACE).file, None);
    }

    #[test]
    fn external_urls_and_fragments_stay() {
        for url in [
            "https://example.com/a",
            "mailto:a@b.c",
            "#top",
            "//example.com/x",
            "javascript:alert(1)",
        ] {
            assert_eq!(href(url), url);
        }
    }

    #[test]
    fn what_leaves_the_site() {
        for url in [
            "https://x",
            "//x",
            "\\\\x",
            "/\\x",
            " https://x",
            "java\tscript:x",
            "data:image/png,x",
        ] {
            assert!(leaves_site(url), "{url:?}");
        }
        for url in ["/x.jpg", "x.jpg", "a/b:c", "../x", "#a:b"] {
            assert!(!leaves_site(url), "{url:?}");
        }
    }

    #[test]
    fn sanitizer_keeps_text_and_local_images_only() {
        let clean = |html: &str| sanitizer().clean(html).to_string();
        assert_eq!(
            clean("<img src=\"https://evil.example/x.png\" alt=\"a\">"),
            "<img alt=\"a\">"
        );
        assert_eq!(clean("<img src=\"../x.png\">"), "<img src=\"../x.png\">");
        assert_eq!(
            clean("<a href=\"javascript:alert(1)\" onclick=\"x()\">t</a>"),
            "<a rel=\"noopener noreferrer\">t</a>"
        );
        assert_eq!(clean("a<script>alert(1)</script><style>*{}</style>b"), "ab");
    }
}
