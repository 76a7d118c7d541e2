//! File I/O at the edges of the pipeline: text read with precise errors, folders listed without
//! leaving the project, files written atomically (a temporary file, then a rename) so that a run
//! killed at any moment leaves each file as it was or as it should be, and removed only if written.

use std::borrow::Cow;
use std::fs;
use std::io::{self, Write};
use std::path::{Component, Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Position, Result};

/// The UTF-8 byte-order mark some editors put at the start of a file: it is not text.
const BOM: &str = "\u{feff}";
/// What the name of every temporary file starts with; the writer's process ID follows, so that
/// a later run can tell the leftovers of a dead run from the files of a live one.
const TEMP_PREFIX: &str = ".fluentpress-";
const TEMP_SUFFIX: &str = ".tmp";
/// The suffix of a build's marker, `.fluentpress-<process id>.building` (see [`Writing`]).
const MARKER_SUFFIX: &str = ".building";

/// Reads a UTF-8 text file; invalid UTF-8 is an error that says where the first bad byte is.
/// A leading byte-order mark is dropped: editors show none, and no format wants one.
pub fn read_text(path: &Path) -> Result<String> {
    let bytes = fs::read(path).map_err(|e| Error::io(path, e))?;
    let mut text = String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let text = String::from_utf8_lossy(&e.as_bytes()[..valid]).into_owned();
        Error::NotUtf8 {
            path: path.to_path_buf(),
            position: Position::at(&text, valid),
        }
    })?;
    if text.starts_with(BOM) {
        text.drain(..BOM.len());
    }
    Ok(text)
}

/// Like [`read_text`], but a missing file is `None`.
pub fn read_text_if_exists(path: &Path) -> Result<Option<String>> {
    match read_text(path) {
        Ok(text) => Ok(Some(text)),
        Err(Error::Io { source, .. }) if source.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

/// What a file is written for, which decides how far the write must get and what happens to a
/// link in the file's place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Durability {
    /// A file people own (translations, state, settings): on disk before the rename, so it
    /// survives a power cut; written through a link in its place, so that the link stays; a
    /// byte-order mark it starts with is kept.
    Flushed,
    /// Output that the next build rebuilds: atomic against a killed process but not flushed
    /// (flushing every page of a large site costs more than rendering it). A link in its place
    /// is replaced, never followed: the output folder holds only what fluentpress wrote.
    Rebuildable,
}

/// Writes `contents` to `path` atomically and durably, creating parent folders as needed; a
/// file that already holds these bytes is left as it is.
pub fn write_atomic(path: &Path, contents: &[u8]) -> Result<()> {
    write_if_changed(path, contents).map(drop)
}

/// Writes `contents` atomically and durably unless the file already holds exactly these bytes.
/// Returns whether it wrote.
pub fn write_if_changed(path: &Path, contents: &[u8]) -> Result<bool> {
    write_if_changed_with(path, contents, Durability::Flushed)
}

/// Like [`write_if_changed`], with the durability the file needs.
pub fn write_if_changed_with(path: &Path, contents: &[u8], durability: Durability) -> Result<bool> {
    write_stamped(path, contents, durability).map(|(wrote, _)| wrote)
}

/// Like [`write_if_changed_with`], and also gives the file's [`Stamp`] after: that of the file
/// written, taken from it rather than by looking its path up again.
pub fn write_stamped(
    path: &Path,
    contents: &[u8],
    durability: Durability,
) -> Result<(bool, Option<Stamp>)> {
    let path = match durability {
        Durability::Flushed => through_link(path)?,
        Durability::Rebuildable => path.to_path_buf(),
    };
    write_resolved(&path, contents, durability, true)
}

/// [`write_stamped`] to a `path` that is no link to follow; `may_exist`: false when no file was
/// found there a moment ago, so there is none to read and compare.
fn write_resolved(
    path: &Path,
    contents: &[u8],
    durability: Durability,
    may_exist: bool,
) -> Result<(bool, Option<Stamp>)> {
    let old = match may_exist {
        true => fs::read(path),
        false => Err(io::ErrorKind::NotFound.into()),
    };
    let replaces = !matches!(&old, Err(e) if e.kind() == io::ErrorKind::NotFound);
    let old = old.ok();
    let keeps_bom = durability == Durability::Flushed
        && old.as_ref().is_some_and(|o| o.starts_with(BOM.as_bytes()))
        && !contents.starts_with(BOM.as_bytes());
    let contents: Cow<[u8]> = match keeps_bom {
        true => Cow::Owned([BOM.as_bytes(), contents].concat()),
        false => Cow::Borrowed(contents),
    };
    if old.as_deref() == Some(&*contents) {
        return Ok((false, Stamp::of(path)));
    }
    let mut temp = temporary_beside(path, replaces)?;
    temp.write_all(&contents).map_err(|e| Error::io(path, e))?;
    let file = persist(temp, path, durability, replaces)?;
    let stamp = file.metadata().ok().map(|m| Stamp::from(&m));
    Ok((true, stamp))
}

/// The file a write of `path` must replace: `path` itself, or the file a link there points to.
fn through_link(path: &Path) -> Result<PathBuf> {
    match fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => fs::canonicalize(path).map_err(|e| {
            Error::invalid(
                path,
                format!("is a link to a file that cannot be reached ({e}); fluentpress writes through links, never over them"),
            )
        }),
        _ => Ok(path.to_path_buf()),
    }
}

/// Writes what `fill` writes to `path`, atomically and durably, unless the file already holds
/// exactly those bytes; returns whether it wrote. For large files only fluentpress reads (the
/// build cache): the bytes go straight to the temporary file and are compared with the old
/// file by hash, never held whole in memory.
pub fn write_streamed_if_changed(
    path: &Path,
    fill: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<bool> {
    let path = through_link(path)?;
    let mut temp = temporary_beside(&path, true)?;
    // Buffered before it is hashed: serializers write a few bytes at a time, and the hasher
    // is fastest given many kilobytes at once.
    let mut buffered = io::BufWriter::with_capacity(
        64 * 1024,
        Hashed {
            inner: temp.as_file_mut(),
            hasher: blake3::Hasher::new(),
        },
    );
    fill(&mut buffered)
        .and_then(|()| buffered.flush())
        .map_err(|e| Error::io(&path, e))?;
    let new = buffered.get_ref().hasher.finalize();
    drop(buffered);
    let old = fs::File::open(&path).ok().and_then(|file| {
        let mut hasher = blake3::Hasher::new();
        hasher.update_reader(file).ok()?;
        Some(hasher.finalize())
    });
    if old == Some(new) {
        return Ok(false);
    }
    persist(temp, &path, Durability::Flushed, true).map(|_| true)
}

/// Writes `record`, one of the files fluentpress keeps for itself, to `path` unless it holds it
/// already; returns whether it wrote. Binary (postcard), not JSON: no one else reads them, and
/// at 100,000 pages JSON took half a second to write and again to read.
pub fn save_record(path: &Path, record: &impl Serialize) -> Result<bool> {
    write_streamed_if_changed(path, |writer| {
        postcard::to_io(record, writer)
            .map(drop)
            .map_err(io::Error::other)
    })
}

/// The record [`save_record`] left at `path`; `None` when there is none or it does not read as
/// a `T` (damaged, or of another version).
pub fn load_record<T: serde::de::DeserializeOwned>(path: &Path) -> Option<T> {
    let bytes = fs::read(path).ok()?;
    postcard::from_bytes(&bytes).ok()
}

/// A writer that hashes what it passes on.
struct Hashed<W> {
    inner: W,
    hasher: blake3::Hasher,
}

impl<W: Write> Write for Hashed<W> {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        let written = self.inner.write(bytes)?;
        self.hasher.update(&bytes[..written]);
        Ok(written)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// A temporary file in `path`'s folder, which it creates as needed, named so that a later run
/// can tell whether the run that made it is still alive. `replaces`: whether a file may be
/// there already, whose mode is not known yet: its temporary file starts private. One that
/// will be new is made with the mode it will keep, which saves changing it for every page of
/// a fresh site.
fn temporary_beside(path: &Path, replaces: bool) -> Result<tempfile::NamedTempFile> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut builder = tempfile::Builder::new();
    if let (false, Some(mode)) = (replaces, new_file_permissions()) {
        builder.permissions(mode);
    }
    builder.prefix(own_temporary_prefix()).suffix(TEMP_SUFFIX);
    // The folder is made only when it is missing: most files are written where others are
    // already, and making sure of a folder first costs two calls to the system each time.
    let temp = match builder.tempfile_in(dir) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
            builder.tempfile_in(dir)
        }
        made => made,
    };
    temp.map_err(|e| Error::io(dir, e))
}

/// What this run's temporary files' names start with: formatted once, since asking for the
/// process ID is a call to the system, and a build makes a temporary file for every page.
fn own_temporary_prefix() -> &'static str {
    static PREFIX: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    PREFIX.get_or_init(|| format!("{TEMP_PREFIX}{}-", std::process::id()))
}

/// Puts the written `temp` in `path`'s place, and gives the file. `replaces`: whether a file may
/// be there already, whose mode the new one keeps; a new file has the usual mode of a file in
/// a repository, as the umask allows.
fn persist(
    temp: tempfile::NamedTempFile,
    path: &Path,
    durability: Durability,
    replaces: bool,
) -> Result<fs::File> {
    let mode = match replaces {
        true => fs::metadata(path)
            .ok()
            .map(|m| m.permissions())
            .or_else(new_file_permissions),
        false => None,
    };
    if let Some(permissions) = mode {
        temp.as_file()
            .set_permissions(permissions)
            .map_err(|e| Error::io(path, e))?;
    }
    if durability == Durability::Flushed {
        temp.as_file().sync_all().map_err(|e| Error::io(path, e))?;
    }
    temp.persist(path).map_err(|e| Error::io(path, e.error))
}

#[cfg(unix)]
fn new_file_permissions() -> Option<fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    Some(fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn new_file_permissions() -> Option<fs::Permissions> {
    None
}

/// Whether `name` is a temporary file of a fluentpress run, alive or not.
fn is_temporary(name: &str) -> bool {
    name.starts_with(TEMP_PREFIX) && name.ends_with(TEMP_SUFFIX)
}

/// Whether `name` is a temporary file of a fluentpress run that is no longer alive.
fn is_dead_temporary(name: &str) -> bool {
    of_dead_run(name, TEMP_SUFFIX, |rest| rest.split('-').next())
}

/// Whether `name` is a build's marker (see [`Writing`]) of a run that is no longer alive.
fn is_dead_marker(name: &str) -> bool {
    of_dead_run(name, MARKER_SUFFIX, |rest| Some(rest))
}

/// Whether `name` is `TEMP_PREFIX`, a rest that `pid` reads the process ID from, and `suffix`,
/// written by a process other than this one that is no longer alive.
fn of_dead_run(name: &str, suffix: &str, pid: fn(&str) -> Option<&str>) -> bool {
    let pid = name
        .strip_prefix(TEMP_PREFIX)
        .and_then(|rest| rest.strip_suffix(suffix))
        .and_then(pid)
        .and_then(|pid| pid.parse::<u32>().ok());
    pid.is_some_and(|pid| pid != std::process::id() && !is_alive(pid))
}

#[cfg(unix)]
fn is_alive(pid: u32) -> bool {
    let Ok(pid) = libc::pid_t::try_from(pid) else {
        return true;
    };
    // Signal 0 only asks whether the process exists; EPERM means it does, run by someone else.
    // SAFETY: kill with signal 0 sends nothing and touches no memory.
    let answered = unsafe { libc::kill(pid, 0) };
    answered == 0 || io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
}

#[cfg(not(unix))]
fn is_alive(_pid: u32) -> bool {
    // Without a portable way to ask, every temporary file may belong to a live run.
    true
}

/// Removes the temporary files that dead runs left anywhere under `dir`, never following a link.
fn remove_dead_temporaries(dir: &Path) -> Result<()> {
    for entry in walkdir::WalkDir::new(dir).min_depth(1) {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e)
                if e.io_error()
                    .is_some_and(|e| e.kind() == io::ErrorKind::NotFound) =>
            {
                continue
            }
            Err(e) => return Err(walk_error(dir, e)),
        };
        if entry.file_type().is_file() && is_dead_temporary(&entry.file_name().to_string_lossy()) {
            remove_if_exists(entry.path())?;
        }
    }
    Ok(())
}

/// A build writing in an output folder. Walking the whole folder for the temporary files of
/// killed runs costs more than a build that has nothing to write, so a build leaves a marker,
/// `.fluentpress-<process id>.building`, in the folder before it writes anything and removes it
/// only after its last write. A killed build therefore leaves its marker with its temporary
/// files, and the folder is walked only when the marker of a dead run is there. A run killed
/// during that walk leaves the dead marker in place, so the next one walks again; a run killed
/// before it has put down its own marker has written nothing.
#[derive(Debug)]
pub struct Writing {
    marker: PathBuf,
}

impl Writing {
    /// Removes what killed builds left in `dir` (their temporary files, then their markers) and
    /// puts down this run's marker. Call it before the first write to `dir`.
    pub fn begin(dir: &Path) -> Result<Writing> {
        let dead: Vec<PathBuf> = fs::read_dir(dir)
            .into_iter()
            .flatten()
            .filter_map(|entry| entry.ok())
            .filter(|entry| is_dead_marker(&entry.file_name().to_string_lossy()))
            .map(|entry| entry.path())
            .collect();
        if !dead.is_empty() {
            remove_dead_temporaries(dir)?;
            for marker in &dead {
                remove_if_exists(marker)?;
            }
        }
        fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        let marker = dir.join(format!(
            "{TEMP_PREFIX}{}{MARKER_SUFFIX}",
            std::process::id()
        ));
        // A leftover of a dead run with this process ID, or a link, is replaced, never followed.
        remove_if_exists(&marker)?;
        fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&marker)
            .map_err(|e| Error::io(&marker, e))?;
        Ok(Writing { marker })
    }

    /// Removes this run's marker: call it after the last write.
    pub fn finish(self) -> Result<()> {
        remove_if_exists(&self.marker)
    }
}

/// Removes a file; one that is already gone is no error.
pub fn remove_if_exists(path: &Path) -> Result<()> {
    match fs::remove_file(path) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(Error::io(path, e)),
        _ => Ok(()),
    }
}

/// `path` with `/` between its parts on every system, as URLs, the state file's keys and
/// reports show it: `stories\\a.md` on Windows is `stories/a.md`, and `.` parts are dropped.
pub fn slash_path(path: &Path) -> String {
    // Most paths are slash paths already (`stories/a.md`): asked for on every page, they are
    // taken as they are rather than taken apart.
    match path.to_str().filter(|t| is_slash_path(t)) {
        Some(text) => text.to_string(),
        None => joined_parts(path),
    }
}

/// `path`'s parts joined with `/`, without `.` parts.
fn joined_parts(path: &Path) -> String {
    let mut text = String::new();
    for component in path.components() {
        let part = match component {
            Component::CurDir => continue,
            Component::RootDir => {
                text.push('/');
                continue;
            }
            other => other.as_os_str().to_string_lossy(),
        };
        if !text.is_empty() && !text.ends_with('/') {
            text.push('/');
        }
        text.push_str(&part);
    }
    text
}

/// Whether `text` reads the same as a path on this system and as a slash path: relative, with
/// no empty or `.` parts, which [`Path::components`] would drop.
fn is_slash_path(text: &str) -> bool {
    std::path::MAIN_SEPARATOR == '/' && text.split('/').all(|part| !part.is_empty() && part != ".")
}

/// `path` with every link and `..` resolved, as far as it exists; the part that does not exist
/// yet is taken as written, without its `.` and `..` parts.
pub fn resolve(path: &Path) -> PathBuf {
    let mut rest = Vec::new();
    let mut base = path.to_path_buf();
    let found = loop {
        if let Ok(real) = fs::canonicalize(&base) {
            break real;
        }
        let Some(last) = base.components().next_back() else {
            break base;
        };
        rest.push(last.as_os_str().to_os_string());
        if !base.pop() {
            break base;
        }
    };
    let mut resolved = found;
    for part in rest.into_iter().rev() {
        match part.to_str() {
            Some("..") => {
                resolved.pop();
            }
            Some(".") => {}
            _ => resolved.push(part),
        }
    }
    resolved
}

/// Joins a project-relative path onto `root`, refusing paths that would leave it
/// (absolute paths or `..` components).
pub fn join_inside(root: &Path, relative: &Path) -> Result<PathBuf> {
    match stays_inside(relative) {
        true => Ok(root.join(relative)),
        false => Err(Error::OutsideProject {
            path: relative.to_path_buf(),
        }),
    }
}

/// Whether `relative`, joined onto a folder, names something inside it: it is neither empty nor
/// absolute and has no `..` component. Without joining: records list hundreds of thousands.
pub fn stays_inside(relative: &Path) -> bool {
    if cfg!(unix) {
        // The rule below on the bytes, where a component is what lies between slashes: taking
        // each recorded path apart into components was a twentieth of a no-op rebuild.
        let bytes = relative.as_os_str().as_encoded_bytes();
        return bytes.first().is_some_and(|&b| b != b'/')
            && !bytes.split(|&b| b == b'/').any(|c| c == b"..");
    }
    !relative.as_os_str().is_empty()
        && relative.components().all(|c| {
            !matches!(
                c,
                Component::ParentDir | Component::RootDir | Component::Prefix(_)
            )
        })
}

/// Like [`join_inside`], and also refuses a path that passes through a link on the way down
/// from `root`: for files fluentpress writes or removes in a folder it owns, where a link could
/// only lead somewhere it must not touch.
pub fn join_without_links(root: &Path, relative: &Path) -> Result<PathBuf> {
    let checked = join_checking(root, relative, &|_| false, &mut |_| {}, false)?;
    Ok(checked.path)
}

/// A folder fluentpress owns and writes many files into (the output folder), never through a
/// link: the folders in it found not to be links are remembered for the run, so that each is
/// checked once rather than once for every file below it.
#[derive(Debug)]
pub struct OutputFolder {
    pub root: PathBuf,
    /// As the bytes of their paths: a `Path` hashes and compares part by part, and every
    /// page written looks up each folder above it.
    folders: std::sync::RwLock<std::collections::HashSet<std::ffi::OsString>>,
}

impl OutputFolder {
    pub fn new(root: PathBuf) -> OutputFolder {
        OutputFolder {
            root,
            folders: Default::default(),
        }
    }

    /// [`join_without_links`] in this folder.
    pub fn join(&self, relative: &Path) -> Result<PathBuf> {
        self.check(relative, false).map(|checked| checked.path)
    }

    /// Writes `contents` to `relative` in this folder as [`write_stamped`] does output
    /// ([`Durability::Rebuildable`]), making the folders it needs, never through a link.
    pub fn write(&self, relative: &Path, contents: &[u8]) -> Result<(bool, Option<Stamp>)> {
        let checked = self.check(relative, true)?;
        write_resolved(
            &checked.path,
            contents,
            Durability::Rebuildable,
            checked.found,
        )
    }

    fn check(&self, relative: &Path, make_folders: bool) -> Result<Checked> {
        let known = |dir: &Path| {
            let folders = self.folders.read();
            folders.is_ok_and(|f| f.contains(dir.as_os_str()))
        };
        let mut found = Vec::new();
        let checked = join_checking(
            &self.root,
            relative,
            &known,
            &mut |dir| found.push(dir.as_os_str().to_owned()),
            make_folders,
        )?;
        if let (false, Ok(mut folders)) = (found.is_empty(), self.folders.write()) {
            folders.extend(found);
        }
        Ok(checked)
    }
}

/// A path [`join_checking`] checked.
struct Checked {
    path: PathBuf,
    /// Whether something is there: when the check found no file, there is nothing to read.
    found: bool,
}

/// [`join_without_links`], skipping the folders that are `known` not to be links and telling
/// `found` of those it finds; with `make_folders`, it makes those that are missing, which being
/// new are no links either.
fn join_checking(
    root: &Path,
    relative: &Path,
    known: &dyn Fn(&Path) -> bool,
    found: &mut dyn FnMut(&Path),
    make_folders: bool,
) -> Result<Checked> {
    let path = join_inside(root, relative)?;
    let mut dir = root.to_path_buf();
    let mut components = relative.components().peekable();
    while let Some(component) = components.next() {
        dir.push(component);
        let is_folder = components.peek().is_some();
        if is_folder && known(&dir) {
            continue;
        }
        match fs::symlink_metadata(&dir) {
            Ok(meta) if meta.file_type().is_symlink() => {
                return Err(Error::invalid(
                    &dir,
                    "is a link; fluentpress neither writes nor removes anything through a link in the output folder",
                ))
            }
            Ok(meta) if is_folder && meta.is_dir() => found(&dir),
            Ok(_) => {}
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                if let (true, Some(folder)) = (make_folders && is_folder, path.parent()) {
                    fs::create_dir_all(folder).map_err(|e| Error::io(folder, e))?;
                    folder
                        .ancestors()
                        .take_while(|made| made.starts_with(&dir))
                        .for_each(&mut *found);
                }
                return Ok(Checked { path, found: false });
            }
            Err(e) => return Err(Error::io(&dir, e)),
        }
    }
    Ok(Checked { path, found: true })
}

/// Removes the file `relative` under `root` if it is there and still `stamp` (what fluentpress
/// wrote), and the folders that leaves empty. A path through a link, or to anything but a
/// regular file, is an error; a file that changed since is left alone. Returns whether it removed.
pub fn remove_written(root: &Path, relative: &Path, stamp: Option<&Stamp>) -> Result<bool> {
    let path = join_without_links(root, relative)?;
    let Ok(meta) = fs::symlink_metadata(&path) else {
        return Ok(false);
    };
    if !meta.file_type().is_file() {
        return Err(Error::invalid(
            &path,
            "is not a regular file; fluentpress removes only files it wrote",
        ));
    }
    if stamp.is_some_and(|s| *s != Stamp::from(&meta)) {
        return Ok(false);
    }
    remove_if_exists(&path)?;
    // `remove_dir` refuses a folder that is not empty, which ends the climb.
    for dir in path.ancestors().skip(1).take_while(|d| *d != root) {
        if fs::remove_dir(dir).is_err() {
            break;
        }
    }
    Ok(true)
}

/// What a file was when fluentpress last wrote or checked it. An atomic write always makes a new
/// file, so a file rewritten since has another inode (or size, or times) even if a later write
/// freed and reused the old inode number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamp {
    pub size: u64,
    pub modified_ns: i128,
    pub changed_ns: i128,
    pub inode: u64,
}

impl Stamp {
    /// The stamp of what `path` names, file or folder, through a link; `None` when it names
    /// nothing.
    pub fn following(path: &Path) -> Option<Stamp> {
        fs::metadata(path).ok().map(|m| Stamp::from(&m))
    }

    /// The stamp's fields as bytes, for hashing.
    pub fn to_bytes(&self) -> [u8; 48] {
        let mut bytes = [0; 48];
        bytes[..8].copy_from_slice(&self.size.to_le_bytes());
        bytes[8..24].copy_from_slice(&self.modified_ns.to_le_bytes());
        bytes[24..40].copy_from_slice(&self.changed_ns.to_le_bytes());
        bytes[40..].copy_from_slice(&self.inode.to_le_bytes());
        bytes
    }

    /// The stamp of the regular file at `path`, without following a link; `None` when there is
    /// no such file.
    pub fn of(path: &Path) -> Option<Stamp> {
        fs::symlink_metadata(path)
            .ok()
            .filter(|m| m.file_type().is_file())
            .map(|m| Stamp::from(&m))
    }
}

/// The stamps of `paths`, relative to the folder `root`, taken on every core; through a link at
/// a path's end when `follow`, else only of regular files. With thousands of paths, looking up
/// the same folders again and again is most of the cost: each path is looked up from its
/// folder two levels up, opened once for all the paths below it.
pub fn stamps_in(root: &Path, paths: &[String], follow: bool) -> Vec<Option<Stamp>> {
    use rayon::prelude::*;
    #[cfg(unix)]
    {
        use rustix::fs::{AtFlags, FileType, Mode, OFlags};
        let open = OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC;
        if let Ok(root) = rustix::fs::open(root, open, Mode::empty()) {
            let flags = match follow {
                true => AtFlags::empty(),
                false => AtFlags::SYMLINK_NOFOLLOW,
            };
            let mut groups: std::collections::HashMap<&str, Vec<usize>> = Default::default();
            for (index, path) in paths.iter().enumerate() {
                groups.entry(two_up(path).0).or_default().push(index);
            }
            let groups: Vec<(&str, Vec<usize>)> = groups.into_iter().collect();
            let found: Vec<Vec<(usize, Option<Stamp>)>> = groups
                .par_iter()
                .map(|(folder, indices)| {
                    let opened = match folder.is_empty() {
                        true => None,
                        false => rustix::fs::openat(&root, *folder, open, Mode::empty()).ok(),
                    };
                    let stamp = |index: usize| {
                        let (dir, path) = match &opened {
                            Some(dir) => (dir, two_up(&paths[index]).1),
                            None => (&root, paths[index].as_str()),
                        };
                        let stat = rustix::fs::statat(dir, path, flags).ok()?;
                        let regular =
                            FileType::from_raw_mode(stat.st_mode) == FileType::RegularFile;
                        (follow || regular).then(|| Stamp::from(&stat))
                    };
                    indices.iter().map(|&i| (i, stamp(i))).collect()
                })
                .collect();
            let mut stamps = vec![None; paths.len()];
            for (index, stamp) in found.into_iter().flatten() {
                stamps[index] = stamp;
            }
            return stamps;
        }
    }
    paths
        .par_iter()
        .map(|path| match follow {
            true => Stamp::following(&root.join(path)),
            false => Stamp::of(&root.join(path)),
        })
        .collect()
}

/// A slash path split at its folder two levels up (`en/a` and `b/index.html`); `""` and the
/// whole path when it has no such folder.
fn two_up(path: &str) -> (&str, &str) {
    match memchr::memrchr_iter(b'/', path.as_bytes()).nth(1) {
        Some(at) => (&path[..at], &path[at + 1..]),
        None => ("", path),
    }
}

#[cfg(unix)]
impl From<&rustix::fs::Stat> for Stamp {
    // The fields' types vary between platforms: a conversion useless on one is needed on another.
    #[allow(clippy::useless_conversion)]
    fn from(stat: &rustix::fs::Stat) -> Stamp {
        let ns = |seconds: i128, nanos: i128| seconds * 1_000_000_000 + nanos;
        Stamp {
            size: u64::try_from(stat.st_size).unwrap_or_default(),
            modified_ns: ns(stat.st_mtime.into(), stat.st_mtime_nsec.into()),
            changed_ns: ns(stat.st_ctime.into(), stat.st_ctime_nsec.into()),
            inode: stat.st_ino.into(),
        }
    }
}

impl From<&fs::Metadata> for Stamp {
    #[cfg(unix)]
    fn from(meta: &fs::Metadata) -> Stamp {
        use std::os::unix::fs::MetadataExt;
        let ns = |seconds: i64, nanos: i64| i128::from(seconds) * 1_000_000_000 + i128::from(nanos);
        Stamp {
            size: meta.size(),
            modified_ns: ns(meta.mtime(), meta.mtime_nsec()),
            changed_ns: ns(meta.ctime(), meta.ctime_nsec()),
            inode: meta.ino(),
        }
    }

    #[cfg(not(unix))]
    fn from(meta: &fs::Metadata) -> Stamp {
        let ns = |time: io::Result<std::time::SystemTime>| {
            time.ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_nanos() as i128)
        };
        Stamp {
            size: meta.len(),
            modified_ns: ns(meta.modified()),
            changed_ns: ns(meta.created()),
            inode: 0,
        }
    }
}

/// Every file under `dir` whose name ends in `.extension`, as paths relative to `dir`, sorted so
/// that every run sees the same order. A missing folder holds no files. Hidden entries are
/// skipped. Links are followed when they stay inside `root` (the project folder); one that
/// leaves it, and a name no page or message file can be named after, is an error.
pub fn list_files(root: &Path, dir: &Path, extension: &str) -> Result<Vec<PathBuf>> {
    list(root, dir, Some(extension))
}

/// Like [`list_files`], whatever the files' names end in.
pub fn list_all_files(root: &Path, dir: &Path) -> Result<Vec<PathBuf>> {
    list(root, dir, None)
}

fn list(root: &Path, dir: &Path, extension: Option<&str>) -> Result<Vec<PathBuf>> {
    let mut found = walk(root, dir, Walk::Files)?;
    found.retain(|(path, _)| extension.is_none_or(|x| path.extension().is_some_and(|e| e == x)));
    found
        .into_iter()
        .map(|(relative, entry)| check_name(entry.path(), &relative).map(|()| relative))
        .collect()
}

/// Like [`list_all_files`], hidden files included (fluentpress keeps its state in them) but not
/// the temporary files of fluentpress runs, and the folders below `dir` too, each with the
/// stamp of what it names (through a link, its target's): a folder's stamp changes when a name
/// in it is added, removed or renamed. Taken on every core.
pub fn stamp_all(root: &Path, dir: &Path) -> Result<Vec<(PathBuf, Stamp)>> {
    use rayon::prelude::*;
    walk(root, dir, Walk::Everything)?
        .into_par_iter()
        .map(|(relative, entry)| {
            let meta = entry.metadata().map_err(|e| walk_error(dir, e))?;
            Ok((relative, Stamp::from(&meta)))
        })
        .collect()
}

/// What a walk yields.
#[derive(Clone, Copy, PartialEq)]
enum Walk {
    /// Files, hidden ones left out.
    Files,
    /// Files, hidden ones too but not the temporary files of fluentpress runs, and folders.
    Everything,
}

/// The files under `dir` (and its folders, for [`Walk::Everything`]), relative to it, each with
/// its walk entry, in the order of their paths (each folder's entries sorted by name, each
/// folder's files before the next one); see [`list_files`]. Hidden folders are always skipped.
fn walk(root: &Path, dir: &Path, what: Walk) -> Result<Vec<(PathBuf, walkdir::DirEntry)>> {
    use rayon::prelude::*;
    if !dir.is_dir() {
        return Ok(Vec::new());
    }
    // The names at the top are cut into runs, each walked on any free core (a locale's folder,
    // a book's part), and the runs' findings put end to end: the order of one walk. Each run
    // still starts at `dir`, so that a link to it, or to any folder above what the run walks,
    // is found to be the loop it is.
    let mut names: Vec<std::ffi::OsString> = fs::read_dir(dir)
        .map_err(|e| Error::io(dir, e))?
        .map(|entry| entry.map(|e| e.file_name()))
        .collect::<io::Result<_>>()
        .map_err(|e| Error::io(dir, e))?;
    names.sort_unstable();
    let run_length = names
        .len()
        .div_ceil(4 * rayon::current_num_threads())
        .max(1);
    let found = names
        .par_chunks(run_length)
        .map(|run| walk_run(root, dir, what, (&run[0], &run[run.len() - 1])))
        .collect::<Result<Vec<_>>>()?;
    Ok(found.into_iter().flatten().collect())
}

/// What [`walk`] finds under the names at the top of `dir` from `first` to `last`.
fn walk_run(
    root: &Path,
    dir: &Path,
    what: Walk,
    (first, last): (&std::ffi::OsStr, &std::ffi::OsStr),
) -> Result<Vec<(PathBuf, walkdir::DirEntry)>> {
    let mut found = Vec::new();
    let mut walker = walkdir::WalkDir::new(dir)
        .follow_links(true)
        .min_depth(1)
        .into_iter()
        .filter_entry(|e| e.depth() != 1 || (first..=last).contains(&e.file_name()));
    while let Some(entry) = walker.next() {
        let entry = entry.map_err(|e| walk_error(dir, e))?;
        let name = entry.file_name().to_string_lossy();
        let hidden = name.starts_with('.');
        if hidden && entry.file_type().is_dir() {
            walker.skip_current_dir();
            continue;
        }
        // Hidden files too: fluentpress keeps its state and locks in them.
        if entry.path_is_symlink() {
            confine_link(root, entry.path())?;
        }
        if hidden && is_dead_temporary(&name) {
            remove_if_exists(entry.path())?;
            continue;
        }
        let wanted = match what {
            Walk::Files => !entry.file_type().is_dir() && !hidden,
            Walk::Everything => !(hidden && is_temporary(&name)),
        };
        if !wanted {
            continue;
        }
        let path = entry.path();
        let relative = path.strip_prefix(dir).unwrap_or(path).to_path_buf();
        found.push((relative, entry));
    }
    // Sorted once at the end rather than folder by folder as walkdir would, which takes each
    // name apart from its path for every comparison.
    found.sort_by_cached_key(|(relative, _)| walk_order(relative));
    Ok(found)
}

/// Where `relative` comes in a walk that takes each folder's names in order and goes into a
/// folder as it meets it: its bytes, the separator made the lowest, so that `a/b` (in `a`) comes
/// before `a-b`, as `a` does.
fn walk_order(relative: &Path) -> Vec<u8> {
    let separator = std::path::MAIN_SEPARATOR as u8;
    let bytes = relative.as_os_str().as_encoded_bytes().iter();
    bytes.map(|&b| if b == separator { 0 } else { b }).collect()
}

/// Refuses a link whose target is outside `root`.
fn confine_link(root: &Path, link: &Path) -> Result<()> {
    let target = fs::canonicalize(link).map_err(|e| Error::io(link, e))?;
    let root = fs::canonicalize(root).map_err(|e| Error::io(root, e))?;
    if target.starts_with(&root) {
        return Ok(());
    }
    Err(Error::LinkOutside {
        link: link.to_path_buf(),
        target,
    })
}

/// Refuses a file name that is not UTF-8 or holds a control character: it could not name a
/// page, and written into a file (a comment of a Fluent file, say) it could change that
/// file's structure.
fn check_name(path: &Path, relative: &Path) -> Result<()> {
    let fine = relative.to_str().is_some_and(|name| {
        !name
            .chars()
            .any(|c| c.is_control() || c == '\u{2028}' || c == '\u{2029}')
    });
    match fine {
        true => Ok(()),
        false => Err(Error::BadName {
            path: path.to_path_buf(),
        }),
    }
}

/// A walk's error as the library's: the path it was at, and what went wrong there.
fn walk_error(dir: &Path, error: walkdir::Error) -> Error {
    let path = error.path().unwrap_or(dir).to_path_buf();
    if let Some(ancestor) = error.loop_ancestor() {
        return Error::invalid(
            &path,
            format!(
                "is a link to {}, a folder that holds it",
                ancestor.display()
            ),
        );
    }
    match error.into_io_error() {
        Some(e) => Error::io(path, e),
        None => Error::invalid(path, "cannot be read"),
    }
}
/// What a build did, counted in files.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    pub written: usize,
    /// Files that were already up to date.
    pub unchanged: usize,
    /// Files of an earlier build that this one no longer makes.
    pub removed: usize,
    pub warnings: Vec<String>,
    /// Whether the last build's record showed, from file stamps alone, that nothing changed
    /// since: then nothing else was read, and the counts and warnings are that build's.
    pub up_to_date: bool,
}

impl Report {
    pub(crate) fn count(&mut self, wrote: bool) {
        if wrote {
            self.written += 1;
        } else {
            self.unchanged += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn slash_paths_taken_as_they_are_are_their_joined_parts(text in "[a./]{0,10}") {
            let path = Path::new(&text);
            proptest::prop_assert_eq!(slash_path(path), joined_parts(path));
        }
    }

    #[test]
    fn slash_paths_join_parts_with_slashes_and_drop_dot_parts() {
        assert_eq!(slash_path(Path::new("stories/./a.md")), "stories/a.md");
        assert_eq!(slash_path(Path::new("a.ftl")), "a.ftl");
        assert_eq!(slash_path(Path::new("/tmp/site/a.md")), "/tmp/site/a.md");
        assert_eq!(slash_path(Path::new("../a/b")), "../a/b");
        if cfg!(windows) {
            assert_eq!(slash_path(Path::new(r"stories\a.md")), "stories/a.md");
        } else {
            // A `\` is part of a Unix file name, not a separator.
            assert_eq!(slash_path(Path::new(r"a\b.md")), r"a\b.md");
        }
    }

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
        assert_eq!(names_in(&dir.path().join("a")), vec!["b.txt"]);
    }

    /// The names of what is in `dir`.
    fn names_in(dir: &Path) -> Vec<std::ffi::OsString> {
        let entries = fs::read_dir(dir).unwrap();
        entries.map(|e| e.unwrap().file_name()).collect()
    }

    #[test]
    fn a_streamed_write_replaces_only_a_file_that_differs_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a/cache.json");
        let stream = |text: &'static str| move |w: &mut dyn Write| w.write_all(text.as_bytes());
        assert!(write_streamed_if_changed(&path, stream("one")).unwrap());
        let written = Stamp::of(&path);
        assert!(!write_streamed_if_changed(&path, stream("one")).unwrap());
        assert_eq!(
            Stamp::of(&path),
            written,
            "an unchanged file is not replaced"
        );
        assert!(write_streamed_if_changed(&path, stream("two")).unwrap());
        assert_eq!(fs::read(&path).unwrap(), b"two");
        let failed = write_streamed_if_changed(&path, |_| Err(io::Error::other("full disk")));
        assert!(failed.is_err());
        assert_eq!(
            fs::read(&path).unwrap(),
            b"two",
            "a failed write leaves the old file"
        );
        assert_eq!(names_in(&dir.path().join("a")), vec!["cache.json"]);
    }

    #[test]
    fn stamps_taken_from_an_open_folder_are_those_taken_by_path() {
        let dir = tempfile::tempdir().unwrap();
        write_atomic(&dir.path().join("a/b.txt"), b"one").unwrap();
        write_atomic(&dir.path().join("a/c/d/e.txt"), b"two").unwrap();
        #[cfg(unix)]
        std::os::unix::fs::symlink(dir.path().join("a/b.txt"), dir.path().join("link")).unwrap();
        let paths: Vec<String> = [
            "a/b.txt",
            "a",
            "link",
            "missing",
            "a/c/d/e.txt",
            "a/c/d",
            "a/c/x.txt",
            "no/such/file",
        ]
        .map(String::from)
        .into();
        let by_path = |follow: bool| -> Vec<Option<Stamp>> {
            let of = |p: &String| match follow {
                true => Stamp::following(&dir.path().join(p)),
                false => Stamp::of(&dir.path().join(p)),
            };
            paths.iter().map(of).collect()
        };
        for follow in [true, false] {
            assert_eq!(stamps_in(dir.path(), &paths, follow), by_path(follow));
        }
        let followed = stamps_in(dir.path(), &paths, true);
        assert!(followed[1].is_some() && followed[3].is_none());
        assert!(followed[4].is_some() && followed[5].is_some() && followed[7].is_none());
        assert!(
            stamps_in(dir.path(), &paths, false)[1].is_none(),
            "a folder is no file"
        );
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
    fn a_byte_order_mark_is_read_away_and_written_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ftl");
        fs::write(&path, "\u{feff}a = 1\n").unwrap();
        assert_eq!(read_text(&path).unwrap(), "a = 1\n");
        assert!(!write_if_changed(&path, b"a = 1\n").unwrap());
        write_atomic(&path, b"a = 2\n").unwrap();
        assert_eq!(fs::read(&path).unwrap(), "\u{feff}a = 2\n".as_bytes());
    }

    #[cfg(unix)]
    #[test]
    fn writes_go_through_a_link_to_a_file_but_never_through_one_in_the_output() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("shared.ftl");
        let link = dir.path().join("ko/a.ftl");
        fs::write(&target, "old").unwrap();
        fs::create_dir(dir.path().join("ko")).unwrap();
        std::os::unix::fs::symlink(&target, &link).unwrap();
        write_atomic(&link, b"new").unwrap();
        assert!(fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink());
        assert_eq!(fs::read(&target).unwrap(), b"new");

        let output = dir.path().join("public");
        fs::create_dir(&output).unwrap();
        std::os::unix::fs::symlink(dir.path().join("ko"), output.join("escape")).unwrap();
        assert!(join_without_links(&output, Path::new("escape/a.ftl")).is_err());
        assert!(remove_written(&output, Path::new("escape/a.ftl"), None).is_err());
        assert!(target.exists());
        assert!(join_without_links(&output, Path::new("en/new/index.html")).is_ok());

        // An output folder remembers the folders it checked, never a link.
        let folder = OutputFolder::new(output.clone());
        fs::create_dir_all(output.join("en/a")).unwrap();
        assert!(folder.join(Path::new("en/a/index.html")).is_ok());
        assert!(folder.join(Path::new("en/a/index.html")).is_ok());
        assert!(folder.join(Path::new("escape/a.ftl")).is_err());
        assert!(folder.join(Path::new("escape/a.ftl")).is_err());
        std::os::unix::fs::symlink(dir.path().join("ko"), output.join("en/a/b")).unwrap();
        assert!(folder.join(Path::new("en/a/b/a.ftl")).is_err());
        std::os::unix::fs::symlink(&target, output.join("en/a/link.html")).unwrap();
        assert!(folder.join(Path::new("en/a/link.html")).is_err());

        // It writes a file in folders it makes, and never through a link.
        let (wrote, stamp) = folder
            .write(Path::new("en/new/deep/index.html"), b"x")
            .unwrap();
        assert!(wrote && stamp.is_some());
        assert_eq!(
            fs::read(output.join("en/new/deep/index.html")).unwrap(),
            b"x"
        );
        let again = folder
            .write(Path::new("en/new/deep/index.html"), b"x")
            .unwrap();
        assert_eq!(
            again,
            (false, stamp),
            "the same bytes are not written again"
        );
        assert!(folder.write(Path::new("escape/b.ftl"), b"x").is_err());
        assert!(folder.write(Path::new("en/a/b/c/d.html"), b"x").is_err());
        assert_eq!(fs::read(&target).unwrap(), b"new");
        assert_eq!(names_in(&dir.path().join("ko")), vec!["a.ftl"]);
    }

    #[test]
    fn only_a_file_as_written_is_removed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a/b.html");
        write_atomic(&path, b"one").unwrap();
        let stamp = Stamp::of(&path).unwrap();
        write_atomic(&path, b"two").unwrap();
        assert!(!remove_written(dir.path(), Path::new("a/b.html"), Some(&stamp)).unwrap());
        let stamp = Stamp::of(&path).unwrap();
        assert!(remove_written(dir.path(), Path::new("a/b.html"), Some(&stamp)).unwrap());
        assert!(
            !dir.path().join("a").exists(),
            "the emptied folder is removed"
        );
    }

    #[test]
    fn temporary_files_and_markers_name_their_writer() {
        let own = format!("{TEMP_PREFIX}{}-abc{TEMP_SUFFIX}", std::process::id());
        assert!(!is_dead_temporary(&own));
        assert!(!is_dead_temporary(".fluentpress-build"));
        assert!(!is_dead_temporary(".fluentpress-abcdef.tmp"));
        // The largest process ID Linux can give is 2^22.
        assert!(is_dead_temporary(&format!(
            "{TEMP_PREFIX}4294967-x{TEMP_SUFFIX}"
        )));
        assert!(is_dead_marker(&format!(
            "{TEMP_PREFIX}4294967{MARKER_SUFFIX}"
        )));
        assert!(!is_dead_marker(&format!(
            "{TEMP_PREFIX}4294967-x{TEMP_SUFFIX}"
        )));
    }

    #[test]
    fn the_marker_of_a_killed_build_has_its_leftovers_removed() {
        let dir = tempfile::tempdir().unwrap();
        let dead = format!("{TEMP_PREFIX}4294967");
        let leftover = dir.path().join(format!("a/{dead}-x{TEMP_SUFFIX}"));
        fs::create_dir_all(leftover.parent().unwrap()).unwrap();
        fs::write(&leftover, "partial").unwrap();
        let dead_marker = dir.path().join(format!("{dead}{MARKER_SUFFIX}"));
        fs::write(&dead_marker, "").unwrap();
        let writing = Writing::begin(dir.path()).unwrap();
        assert!(!leftover.exists() && !dead_marker.exists());
        assert!(writing.marker.is_file());
        writing.finish().unwrap();
        assert_eq!(
            fs::read_dir(dir.path()).unwrap().count(),
            1,
            "only a/ is left"
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_marker_is_never_written_through_a_link() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("target.txt");
        fs::write(&target, "kept").unwrap();
        let marker = dir.path().join(format!(
            "{TEMP_PREFIX}{}{MARKER_SUFFIX}",
            std::process::id()
        ));
        std::os::unix::fs::symlink(&target, &marker).unwrap();
        Writing::begin(dir.path()).unwrap().finish().unwrap();
        assert_eq!(fs::read_to_string(&target).unwrap(), "kept");
        assert!(fs::symlink_metadata(&marker).is_err());
    }

    #[test]
    fn resolving_follows_what_exists_and_tidies_the_rest() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().canonicalize().unwrap();
        assert_eq!(resolve(&root.join("new/../x/./y")), root.join("x/y"));
        assert_eq!(resolve(&root.join("..")), root.parent().unwrap());
    }

    #[test]
    fn paths_may_not_escape_the_project() {
        let root = Path::new("/p");
        assert!(join_inside(root, Path::new("a/b.ftl")).is_ok());
        assert!(join_inside(root, Path::new("../b.ftl")).is_err());
        assert!(join_inside(root, Path::new("/etc/passwd")).is_err());
        assert!(join_inside(root, Path::new("")).is_err());
        assert!(!stays_inside(Path::new("a/../../b")));
        for inside in [
            "a", "a/b", "./a", "a/.", "a//b", "a/..b", "..a/b", "a/b../c",
        ] {
            assert!(stays_inside(Path::new(inside)), "{inside}");
        }
        for outside in ["", "/", "/a", "..", "../a", "a/..", "a/../b", "a//../b"] {
            assert!(!stays_inside(Path::new(outside)), "{outside}");
        }
    }

    #[test]
    fn stamps_are_taken_from_the_folder_two_up() {
        assert_eq!(two_up("en/a/index.html"), ("en", "a/index.html"));
        assert_eq!(two_up("en/a/b/index.html"), ("en/a", "b/index.html"));
        assert_eq!(two_up("a/index.html"), ("", "a/index.html"));
        assert_eq!(two_up("index.html"), ("", "index.html"));
    }
}
