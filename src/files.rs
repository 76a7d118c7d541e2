//! File I/O at the edges of the pipeline: reading text with precise errors, and writing files
//! atomically (temporary file in the same folder, then rename) so that a run killed at any moment
//! leaves every file either as it was or as it should be.

use std::fs;
use std::io::{self, Write};
use std::path::{Component, Path, PathBuf};

use crate::error::{Error, Position, Result};

/// Reads a UTF-8 text file; invalid UTF-8 is an error that says where the first bad byte is.
pub fn read_text(path: &Path) -> Result<String> {
    let bytes = fs::read(path).map_err(|e| Error::io(path, e))?;
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let text = String::from_utf8_lossy(&e.as_bytes()[..valid]).into_owned();
        Error::NotUtf8 {
            path: path.to_path_buf(),
            position: Position::at(&text, valid),
        }
    })
}

/// Like [`read_text`], but a missing file is `None`.
pub fn read_text_if_exists(path: &Path) -> Result<Option<String>> {
    match read_text(path) {
        Ok(text) => Ok(Some(text)),
        Err(Error::Io { source, .. }) if source.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

/// How far a write must get before it counts as done.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Durability {
    /// On disk before the rename, so it survives a power cut: for what people wrote or what
    /// cannot be rebuilt (translations, state, settings).
    Flushed,
    /// Atomic against a killed process but not flushed: for output that the next build rebuilds.
    /// Flushing every page of a large site costs more than rendering it.
    Rebuildable,
}

/// Writes `contents` to `path` atomically and durably, creating parent folders as needed.
pub fn write_atomic(path: &Path, contents: &[u8]) -> Result<()> {
    write(path, contents, Durability::Flushed)
}

fn write(path: &Path, contents: &[u8], durability: Durability) -> Result<()> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    let mut temp = tempfile::Builder::new()
        .prefix(".fluentpress-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(|e| Error::io(dir, e))?;
    temp.write_all(contents).map_err(|e| Error::io(path, e))?;
    // Temporary files are private; the file they replace keeps its mode, a new one gets the
    // usual mode of a file in a repository.
    if let Some(permissions) = fs::metadata(path)
        .ok()
        .map(|m| m.permissions())
        .or_else(default_permissions)
    {
        temp.as_file()
            .set_permissions(permissions)
            .map_err(|e| Error::io(path, e))?;
    }
    if durability == Durability::Flushed {
        temp.as_file().sync_all().map_err(|e| Error::io(path, e))?;
    }
    temp.persist(path).map_err(|e| Error::io(path, e.error))?;
    Ok(())
}

#[cfg(unix)]
fn default_permissions() -> Option<fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    Some(fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn default_permissions() -> Option<fs::Permissions> {
    None
}

/// Writes `contents` atomically and durably unless the file already holds exactly these bytes.
/// Returns whether it wrote.
pub fn write_if_changed(path: &Path, contents: &[u8]) -> Result<bool> {
    write_if_changed_with(path, contents, Durability::Flushed)
}

/// Like [`write_if_changed`], with the durability the file needs.
pub fn write_if_changed_with(path: &Path, contents: &[u8], durability: Durability) -> Result<bool> {
    match fs::read(path) {
        Ok(old) if old == contents => Ok(false),
        _ => write(path, contents, durability).map(|()| true),
    }
}

/// Joins a project-relative path onto `root`, refusing paths that would leave it
/// (absolute paths or `..` components).
pub fn join_inside(root: &Path, relative: &Path) -> Result<PathBuf> {
    let escapes = relative.components().any(|c| {
        matches!(
            c,
            Component::ParentDir | Component::RootDir | Component::Prefix(_)
        )
    });
    if escapes {
        return Err(Error::OutsideProject {
            path: relative.to_path_buf(),
        });
    }
    Ok(root.join(relative))
}

/// Every file under `dir` whose name ends in `.extension`, as paths relative to `dir`, sorted so
/// that every run sees the same order. A missing folder holds no files. Hidden entries are skipped.
pub fn list_files(dir: &Path, extension: &str) -> Result<Vec<PathBuf>> {
    list(dir, Some(extension))
}

/// Like [`list_files`], whatever the files' names end in.
pub fn list_all_files(dir: &Path) -> Result<Vec<PathBuf>> {
    list(dir, None)
}

fn list(dir: &Path, extension: Option<&str>) -> Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    if dir.is_dir() {
        collect(dir, Path::new(""), extension, &mut found)?;
    }
    found.sort();
    Ok(found)
}

fn collect(
    root: &Path,
    relative: &Path,
    extension: Option<&str>,
    found: &mut Vec<PathBuf>,
) -> Result<()> {
    let dir = root.join(relative);
    let entries = fs::read_dir(&dir).map_err(|e| Error::io(&dir, e))?;
    for entry in entries {
        let entry = entry.map_err(|e| Error::io(&dir, e))?;
        let name = entry.file_name();
        if name.to_string_lossy().starts_with('.') {
            continue;
        }
        let path = relative.join(&name);
        let file_type = entry.file_type().map_err(|e| Error::io(entry.path(), e))?;
        if file_type.is_dir() {
            collect(root, &path, extension, found)?;
        } else if extension.is_none_or(|x| path.extension().is_some_and(|e| e == x)) {
            found.push(path);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_write_replaces_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a/b.txt");
        write_atomic(&path, b"one").unwrap();
        assert!(!write_if_changed(&path, b"one").unwrap());
        assert!(write_if_changed(&path, b"two").unwrap());
        assert_eq!(fs::read(&path).unwrap(), b"two");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o644);
        }
        let names: Vec<_> = fs::read_dir(dir.path().join("a"))
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, vec!["b.txt"]);
    }

    #[test]
    fn invalid_utf8_names_line_and_column() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bad.md");
        fs::write(&path, b"ok\nab\xff").unwrap();
        match read_text(&path) {
            Err(Error::NotUtf8 { position, .. }) => {
                assert_eq!(position, Position { line: 2, column: 3 })
            }
            other => panic!("expected NotUtf8, got {other:?}"),
        }
    }

    #[test]
    fn paths_may_not_escape_the_project() {
        let root = Path::new("/p");
        assert!(join_inside(root, Path::new("a/b.ftl")).is_ok());
        assert!(join_inside(root, Path::new("../b.ftl")).is_err());
        assert!(join_inside(root, Path::new("/etc/passwd")).is_err());
    }
}
