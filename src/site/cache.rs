//! The build cache: each file a build wrote, with its [`Stamp`] (size, times, inode), and per
//! page the hash of its inputs. A page is current only if both still match, so a page rewritten
//! by a build killed before saving the cache (an atomic write makes a new inode) is rendered
//! again, at the cost of one `lstat`. Before writing, a build saves the cache with the files it
//! is about to write unstamped (a journal, as make and ninja keep), so that a killed build leaves
//! them owned, untrusted and removable. The cache is input: its paths are checked before use.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::files::{self, Stamp};

use super::pages::Entry;

/// The cache's file name in the output folder.
pub const FILE: &str = ".fluentpress-build";
/// Changes whenever the meaning of the cache changes; an older cache is ignored.
const FORMAT: u32 = 3;

/// Everything a build wrote, relative to the output folder.
#[derive(Debug, Serialize, Deserialize)]
pub struct Manifest {
    /// The file in the output folder it is kept in: the site's ([`FILE`]) or that of a build
    /// of bare documents, which keeps its own so that neither removes what the other wrote.
    #[serde(skip)]
    name: &'static str,
    format: u32,
    /// Every file a build wrote, with its stamp; `None` for one a build was about to write when
    /// it last saved the cache.
    pub files: BTreeMap<String, Option<Stamp>>,
    /// What later builds need of each document page without rendering it.
    pub pages: BTreeMap<String, PageRecord>,
}

/// A document page: the hash of its inputs and what later builds need without rendering it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PageRecord {
    pub key: String,
    pub entry: Entry,
    pub files: BTreeSet<String>,
    pub remote_images: BTreeSet<String>,
}

impl Default for Manifest {
    fn default() -> Manifest {
        Manifest::named(FILE)
    }
}

impl Manifest {
    /// An empty record, to be kept in the file `name`.
    pub fn named(name: &'static str) -> Manifest {
        Manifest {
            name,
            format: FORMAT,
            files: BTreeMap::new(),
            pages: BTreeMap::new(),
        }
    }

    /// The site's cache in `output`.
    pub fn load(output: &Path) -> Manifest {
        Manifest::load_named(output, FILE)
    }

    /// The record kept in `output`'s file `name`. A missing, unreadable or older record is an
    /// empty one, and so is one that names a path outside the output folder: the build then
    /// renders everything, which is always correct, and removes nothing.
    pub fn load_named(output: &Path, name: &'static str) -> Manifest {
        files::load_record::<Manifest>(&output.join(name))
            .filter(|m| m.format == FORMAT)
            .filter(|m| {
                m.files
                    .keys()
                    .chain(m.pages.keys())
                    .all(|p| files::stays_inside(Path::new(p)))
            })
            .map(|m| Manifest { name, ..m })
            .unwrap_or_else(|| Manifest::named(name))
    }

    /// Writes the record unless it is unchanged; returns whether it wrote. Streamed: the cache
    /// of a large site is tens of megabytes.
    pub fn save(&self, output: &Path) -> Result<bool> {
        files::save_record(&output.join(self.name), self)
    }

    /// Removes `paths`, files a build wrote, from the output folder and from the record: each
    /// only if it is still the file that build wrote (a file changed since is left in place,
    /// and `warnings` say so), never through a link. Returns how many it removed.
    pub fn remove(
        &mut self,
        output: &Path,
        paths: Vec<String>,
        warnings: &mut Vec<String>,
    ) -> usize {
        let mut removed = 0;
        for path in paths {
            let stamp = self.files.remove(&path).flatten();
            self.pages.remove(&path);
            match files::remove_written(output, Path::new(&path), stamp.as_ref()) {
                Ok(true) => removed += 1,
                Ok(false) if stamp.is_some() && output.join(&path).exists() => {
                    warnings.push(format!(
                        "{}: changed since fluentpress wrote it, so it is left in place",
                        output.join(&path).display()
                    ))
                }
                Ok(false) => {}
                Err(e) => warnings.push(format!("not removed: {e}")),
            }
        }
        removed
    }

    /// Whether the page at `path` has a record and is still the file the build that made it
    /// wrote: then it is current if its inputs hash to its record's key.
    pub fn still_written(&self, output: &Path, path: &str) -> bool {
        let recorded = self.files.get(path).copied().flatten();
        self.pages.contains_key(path)
            && recorded.is_some()
            && recorded == Stamp::of(&output.join(path))
    }

    /// Records that the build is about to write `paths`, and saves the cache if that changed it,
    /// so that a build killed while writing them leaves them owned and not trusted.
    pub fn claim<'p>(
        &mut self,
        output: &Path,
        paths: impl IntoIterator<Item = &'p str>,
    ) -> Result<()> {
        let mut changed = false;
        for path in paths {
            changed |= self
                .files
                .insert(path.to_string(), None)
                .is_none_or(|s| s.is_some());
        }
        if changed {
            self.save(output)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_damaged_cache_is_an_empty_one() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(FILE), "{not json").unwrap();
        assert!(Manifest::load(dir.path()).files.is_empty());
        let mut manifest = Manifest::default();
        manifest.files.insert("style.css".into(), None);
        assert!(manifest.save(dir.path()).unwrap());
        assert!(!manifest.save(dir.path()).unwrap());
        assert!(Manifest::load(dir.path()).files.contains_key("style.css"));
        let bytes = std::fs::read(dir.path().join(FILE)).unwrap();
        std::fs::write(dir.path().join(FILE), &bytes[..bytes.len() - 1]).unwrap();
        assert!(Manifest::load(dir.path()).files.is_empty());
    }

    #[test]
    fn a_cache_that_names_a_path_outside_is_not_trusted() {
        let dir = tempfile::tempdir().unwrap();
        let mut manifest = Manifest::default();
        manifest.files.insert("../victim.txt".into(), None);
        manifest.save(dir.path()).unwrap();
        assert!(Manifest::load(dir.path()).files.is_empty());
    }

    #[test]
    fn a_page_rewritten_since_the_cache_was_saved_is_not_current() {
        let dir = tempfile::tempdir().unwrap();
        let page = dir.path().join("a.html");
        files::write_atomic(&page, b"one").unwrap();
        let mut manifest = Manifest::default();
        manifest.files.insert("a.html".into(), Stamp::of(&page));
        manifest.pages.insert(
            "a.html".into(),
            PageRecord {
                key: "k".into(),
                entry: Entry {
                    dir: "a/".into(),
                    intro: None,
                    title_html: None,
                    weight: None,
                    title: "A".into(),
                    title_fallback: false,
                    summary: None,
                    summary_fallback: false,
                    date: None,
                },
                files: BTreeSet::new(),
                remote_images: BTreeSet::new(),
            },
        );
        assert!(manifest.still_written(dir.path(), "a.html"));
        assert!(!manifest.still_written(dir.path(), "b.html"));
        files::write_atomic(&page, b"two").unwrap();
        assert!(!manifest.still_written(dir.path(), "a.html"));
    }
}
