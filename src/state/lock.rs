//! The lock of a locale folder: a run that reads, changes and writes a locale's files holds it,
//! so that two runs (or `sync` and a save from `serve`) never interleave.

use std::fs::{self, OpenOptions};

use crate::error::{Error, Result};
use crate::project::Project;

/// Held while a run reads, changes and writes a locale's files.
const LOCK_FILE: &str = ".fluentpress.lock";

/// Runs `f` holding the lock of `locale`'s folder, so that two runs never interleave their
/// reading and writing of its files. The lock is the operating system's: a killed run
/// releases it.
pub fn with_lock<T>(project: &Project, locale: &str, f: impl FnOnce() -> Result<T>) -> Result<T> {
    let dir = project.locale_dir(locale);
    fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
    let path = dir.join(LOCK_FILE);
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|e| Error::io(&path, e))?;
    let mut lock = fd_lock::RwLock::new(file);
    let _guard = lock.write().map_err(|e| Error::io(&path, e))?;
    f()
}
