//! The build cache: for every document page a build wrote, a hash of everything the page was
//! made from, so that the next build renders only pages whose inputs changed (compared by
//! content, never by timestamp) and removes the files it no longer makes. It lives in the
//! output folder, beside the files it describes.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::files;

use super::pages::Entry;

/// The cache's file name in the output folder.
pub const FILE: &str = ".fluentpress-build.json";
/// Changes whenever the meaning of the cache changes; an older cache is ignored.
const FORMAT: u32 = 1;

/// Everything a build wrote, relative to the output folder.
#[derive(Debug, Serialize, Deserialize)]
pub struct Manifest {
    format: u32,
    pub pages: BTreeMap<String, PageRecord>,
    /// Files other than document pages: home pages, feeds, the stylesheet, static files.
    pub others: BTreeSet<String>,
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
        Manifest {
            format: FORMAT,
            pages: BTreeMap::new(),
            others: BTreeSet::new(),
        }
    }
}

impl Manifest {
    /// The cache in `output`. A missing, unreadable or older cache is an empty one: the build
    /// then renders everything, which is always correct.
    pub fn load(output: &Path) -> Manifest {
        std::fs::read(output.join(FILE))
            .ok()
            .and_then(|bytes| serde_json::from_slice::<Manifest>(&bytes).ok())
            .filter(|m| m.format == FORMAT)
            .unwrap_or_default()
    }

    /// Writes the cache unless it is unchanged; returns whether it wrote.
    pub fn save(&self, output: &Path) -> Result<bool> {
        let json = serde_json::to_vec_pretty(self).expect("the cache always serializes");
        files::write_if_changed(&output.join(FILE), &json)
    }

    /// Every file the cache lists.
    pub fn outputs(&self) -> impl Iterator<Item = &String> {
        self.pages.keys().chain(&self.others)
    }
}

/// A hash of a list of inputs. Each part is length-prefixed, so that parts cannot run into
/// each other and give two different lists the same hash.
#[derive(Clone)]
pub struct Key(blake3::Hasher);

impl Key {
    pub fn new(domain: &str) -> Key {
        Key(blake3::Hasher::new()).part(domain.as_bytes())
    }

    pub fn part(mut self, bytes: &[u8]) -> Key {
        self.0.update(&(bytes.len() as u64).to_le_bytes());
        self.0.update(bytes);
        self
    }

    pub fn finish(&self) -> blake3::Hash {
        self.0.finalize()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_separate_their_parts() {
        let ab_c = Key::new("t").part(b"ab").part(b"c").finish();
        let a_bc = Key::new("t").part(b"a").part(b"bc").finish();
        assert_ne!(ab_c, a_bc);
        assert_eq!(ab_c, Key::new("t").part(b"ab").part(b"c").finish());
    }

    #[test]
    fn a_damaged_cache_is_an_empty_one() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(FILE), "{not json").unwrap();
        assert!(Manifest::load(dir.path()).pages.is_empty());
        let mut manifest = Manifest::default();
        manifest.others.insert("style.css".into());
        assert!(manifest.save(dir.path()).unwrap());
        assert!(!manifest.save(dir.path()).unwrap());
        assert!(Manifest::load(dir.path()).others.contains("style.css"));
    }
}
