//! Sections: every folder of the content folder is one, introduced by its `_index.md` (or
//! `index.md`, or a page of the folder's name beside it, as mdBook has `cargo.md` beside
//! `cargo/`) when it has one, the content folder itself being the home page. A section reads
//! as a book (by weight, page after page) or, with `sort_by = "date"`, as a stream (newest first).

use std::collections::{BTreeSet, HashMap, HashSet};

use crate::document::{Document, SortBy};

/// The sections of a site and the order of their documents.
#[derive(Debug, Default)]
pub struct Sections {
    /// Every section's folder in every locale folder (`` for the home page, `stories/`),
    /// parents before their children.
    pub dirs: Vec<String>,
    /// Sections whose `_index.md` says `sort_by = "date"`.
    by_date: HashSet<String>,
    /// For each page of a book-like section, the pages before and after it.
    neighbours: HashMap<String, (Option<String>, Option<String>)>,
}

impl Sections {
    pub fn new(documents: &[Document]) -> Sections {
        let mut dirs = BTreeSet::from([String::new()]);
        for document in documents {
            let mut dir = document.page_dir().to_string();
            while !dir.is_empty() {
                dir = parent(&dir).to_string();
                dirs.insert(dir.clone());
            }
            if document.is_index() {
                dirs.insert(document.page_dir().to_string());
            }
        }
        let introduces = |d: &Document| d.is_index() || dirs.contains(d.page_dir());
        let by_date: HashSet<String> = documents
            .iter()
            .filter(|d| introduces(d) && d.front_matter.sort_by == SortBy::Date)
            .map(|d| d.page_dir().to_string())
            .collect();
        let mut books: HashMap<String, Vec<&Document>> = HashMap::new();
        for document in documents.iter().filter(|d| !introduces(d)) {
            let section = parent(document.page_dir()).to_string();
            if !by_date.contains(&section) {
                books.entry(section).or_default().push(document);
            }
        }
        let mut neighbours = HashMap::new();
        for pages in books.values_mut() {
            pages.sort_by_key(|d| (d.front_matter.weight.unwrap_or(i64::MAX), d.page_dir()));
            let dirs: Vec<String> = pages.iter().map(|d| d.page_dir().to_string()).collect();
            for (i, dir) in dirs.iter().enumerate() {
                let previous = i.checked_sub(1).map(|p| dirs[p].clone());
                neighbours.insert(dir.clone(), (previous, dirs.get(i + 1).cloned()));
            }
        }
        Sections {
            // Sorted folder paths put every parent before its children.
            dirs: dirs.into_iter().collect(),
            by_date,
            neighbours,
        }
    }

    /// Whether `document` introduces a section rather than being a page of one.
    pub fn introduces(&self, document: &Document) -> bool {
        // Asked for every page of a build, of thousands of sections: `dirs` is sorted.
        let dir = document.page_dir();
        document.is_index() || self.dirs.binary_search_by(|d| d.as_str().cmp(dir)).is_ok()
    }

    /// Whether the section in `dir` lists its documents newest first (and feeds them).
    pub fn by_date(&self, dir: &str) -> bool {
        self.by_date.contains(dir)
    }

    /// The pages before and after the page in `dir`, in a section read page after page.
    pub fn neighbours(&self, dir: &str) -> (Option<&str>, Option<&str>) {
        self.neighbours
            .get(dir)
            .map_or((None, None), |(p, n)| (p.as_deref(), n.as_deref()))
    }
}

/// The sections that enclose the page or section in `dir`, nearest first, the home page's last:
/// `a/b/c/` is in `a/b/`, `a/` and ``.
pub fn enclosing(dir: &str) -> impl Iterator<Item = &str> {
    std::iter::successors((!dir.is_empty()).then(|| parent(dir)), |d| {
        (!d.is_empty()).then(|| parent(d))
    })
}

/// The section folder that holds the page or section in `dir`: `a/b/` is in `a/`, `a/` in ``.
pub fn parent(dir: &str) -> &str {
    let trimmed = dir.trim_end_matches('/');
    trimmed.rfind('/').map_or("", |i| &dir[..=i])
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn document(path: &str, front_matter: &str) -> Document {
        Document::parse(Path::new(path), format!("+++\n{front_matter}\n+++\n")).unwrap()
    }

    #[test]
    fn every_folder_is_a_section_and_books_read_in_order() {
        let documents = [
            document("intro.md", ""),
            document("guide/b.md", "weight = 1"),
            document("guide/a.md", ""),
            document("guide/deep/c.md", "slug = \"see\""),
            document("guide/deep.md", ""),
            document("news/_index.md", "sort_by = \"date\""),
            document("news/x.md", ""),
            document("news/y.md", ""),
        ];
        let sections = Sections::new(&documents);
        assert_eq!(sections.dirs, ["", "guide/", "guide/deep/", "news/"]);
        assert_eq!(documents[3].page_dir(), "guide/deep/see/");
        assert!(sections.introduces(&documents[4]) && !sections.introduces(&documents[0]));
        assert_eq!(sections.neighbours("guide/b/"), (None, Some("guide/a/")));
        assert_eq!(sections.neighbours("guide/a/"), (Some("guide/b/"), None));
        assert!(sections.by_date("news/"));
        assert_eq!(sections.neighbours("news/x/"), (None, None));
        assert_eq!(parent("guide/deep/"), "guide/");
        assert_eq!(enclosing("a/b/c/").collect::<Vec<_>>(), ["a/b/", "a/", ""]);
        assert_eq!(enclosing("").count(), 0);
        assert_eq!(parent("guide/"), "");
    }
}
