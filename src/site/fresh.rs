//! A build's record of what it read and wrote, as file stamps, so that the next build can tell
//! from metadata alone, as make, ninja and cargo do, that nothing changed, and stop before it
//! reads a single input or lists a folder. Any difference, or a stamp too recent to trust,
//! sends the build the whole way, which hashes what it reads and renders only what changed.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::files::{self, Report, Stamp};
use crate::project::{Project, CONFIG_FILE, STATIC_DIR, TEMPLATES_DIR};

use super::key::Key;

/// The record's file name in the output folder.
pub const FILE: &str = ".fluentpress-fresh";
/// Changes whenever the meaning of the record changes; an older record is ignored.
const FORMAT: u32 = 3;
/// How long after a file's last change its stamp is trusted. A file changed twice within one
/// tick of the file system's clock (up to 2 s on FAT) can keep its stamp, so a stamp taken
/// within a tick of its change may hide a later one: such a build leaves no record, and the
/// next one goes the whole way (git calls such files "racily clean").
const TRUST_AFTER: Duration = Duration::from_secs(2);

/// What a build was asked for: a build asked for other locales, or by another program, is not
/// the one recorded.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
pub struct Request {
    program: String,
    locales: Vec<String>,
    pseudo: bool,
}

impl Request {
    pub fn new(locales: &[String], pseudo: bool) -> Request {
        // The program's own stamp tells a rebuilt fluentpress of the same version apart.
        let program = std::env::current_exe().ok().and_then(|p| Stamp::of(&p));
        Request {
            program: format!("{} {program:?}", env!("CARGO_PKG_VERSION")),
            locales: locales.to_vec(),
            pseudo,
        }
    }
}

/// The stamps of every file a build may read, taken before it reads any: the configuration and
/// every file in the content, locale, template and static folders, and those folders and the
/// folders in them, whose stamps change when a file is added, removed or renamed in them.
pub struct Inputs {
    /// Each file's and folder's path, relative to the project.
    paths: Vec<String>,
    /// A hash of every path and stamp; `None` when a stamp is too recent to trust, or when the
    /// output folder is inside an input folder.
    digest: Option<String>,
}

impl Inputs {
    pub fn scan(project: &Project) -> Result<Inputs> {
        let now = SystemTime::now();
        let output = files::resolve(&project.output_dir());
        let folders: Vec<PathBuf> = [
            project.content_dir(),
            Some(project.locales_dir()),
            Some(project.root.join(TEMPLATES_DIR)),
            Some(project.root.join(STATIC_DIR)),
        ]
        .into_iter()
        .flatten()
        .collect();
        let mut paths = vec![CONFIG_FILE.to_string()];
        paths.extend(folders.iter().map(|f| relative(project, f)));
        let mut stamps = files::stamps_in(&project.root, &paths, true);
        let found = folders
            .par_iter()
            .map(|folder| files::stamp_all(&project.root, folder))
            .collect::<Result<Vec<_>>>()?;
        for (folder, found) in folders.iter().zip(found) {
            for (path, found) in found {
                paths.push(relative(project, &folder.join(path)));
                stamps.push(Some(found));
            }
        }
        let inside = folders
            .iter()
            .any(|f| output.starts_with(files::resolve(f)));
        let trusted = stamps
            .iter()
            .all(|stamp| stamp.is_none_or(|s| is_trusted(&s, now)));
        let digest = (trusted && !inside).then(|| digest("inputs", &paths, &stamps));
        Ok(Inputs { paths, digest })
    }

    /// Whether every input recorded is as it was: the same stamps, folders' among them, so the
    /// same files in them.
    fn unchanged(root: &Path, paths: &[String], recorded: &str) -> bool {
        digest("inputs", paths, &files::stamps_in(root, paths, true)) == recorded
    }
}

/// `path` relative to the project's folder, as recorded: a slash path.
fn relative(project: &Project, path: &Path) -> String {
    files::slash_path(path.strip_prefix(&project.root).unwrap_or(path))
}

/// Whether a file last changed at `stamp`'s time cannot change again unseen: any later change
/// gives it a later change time.
fn is_trusted(stamp: &Stamp, now: SystemTime) -> bool {
    let changed = stamp.modified_ns.max(stamp.changed_ns);
    let limit = now
        .checked_sub(TRUST_AFTER)
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos() as i128);
    changed < limit
}

/// The record of the last build that finished.
#[derive(Debug, Serialize, Deserialize)]
pub struct Fresh {
    format: u32,
    request: Request,
    /// Every input's path, relative to the project, and one hash of them and their stamps.
    inputs: Vec<String>,
    inputs_digest: String,
    /// Every file the build wrote, the build cache among them, with a hash of their stamps.
    outputs: Vec<String>,
    outputs_digest: String,
    /// Files the pages refer to that were in neither the static nor the output folder: one put
    /// there since changes the build's warnings.
    absent: BTreeSet<String>,
    unchanged: usize,
    warnings: Vec<String>,
}

impl Fresh {
    /// The record of a build that read `inputs` and wrote `outputs`; `None` when its inputs
    /// could not be trusted or it left a file unwritten.
    /// The record of a build that wrote (or found as it wanted them) `written` files, with
    /// the stamps it took of them, the build cache among them.
    pub fn new(
        request: Request,
        inputs: Inputs,
        written: impl Iterator<Item = (String, Option<Stamp>)>,
        absent: BTreeSet<String>,
        report: &Report,
    ) -> Option<Fresh> {
        let mut written: Vec<(String, Option<Stamp>)> = written.collect();
        written.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let (outputs, stamps): (Vec<String>, Vec<Option<Stamp>>) = written.into_iter().unzip();
        let outputs_digest = stamps
            .iter()
            .all(Option::is_some)
            .then(|| digest("outputs", &outputs, &stamps))?;
        Some(Fresh {
            format: FORMAT,
            request,
            inputs_digest: inputs.digest?,
            inputs: inputs.paths,
            outputs_digest,
            outputs,
            absent,
            unchanged: report.written + report.unchanged,
            warnings: report.warnings.clone(),
        })
    }

    /// The project's record, unless it is missing, damaged, of another format or names an
    /// input outside the project or an output outside the output folder.
    fn load(project: &Project) -> Option<Fresh> {
        let output = project.output_dir();
        let fresh: Fresh = files::load_record(&output.join(FILE))?;
        let mut paths = fresh
            .inputs
            .iter()
            .chain(&fresh.outputs)
            .chain(&fresh.absent);
        (fresh.format == FORMAT && paths.all(|p| files::stays_inside(Path::new(p))))
            .then_some(fresh)
    }

    /// Whether every file the build wrote is as it left it, and every file its pages referred
    /// to that was absent still is.
    fn outputs_unchanged(&self, output: &Path) -> bool {
        outputs_digest(output, &self.outputs).as_ref() == Some(&self.outputs_digest)
            && self.absent.iter().all(|p| !output.join(p).exists())
    }

    /// Whether a build asked for `request` has nothing to do: this build was asked for the
    /// same, and its inputs and outputs are as it left them (checked on both cores at once).
    fn still_holds(&self, project: &Project, request: &Request) -> bool {
        let output = project.output_dir();
        self.request == *request && {
            let (inputs, outputs) = rayon::join(
                || Inputs::unchanged(&project.root, &self.inputs, &self.inputs_digest),
                || self.outputs_unchanged(&output),
            );
            inputs && outputs
        }
    }

    /// Saves the record, or removes the last one when there is none.
    pub fn save(record: Option<Fresh>, output: &Path) -> Result<()> {
        let path = output.join(FILE);
        match record {
            Some(fresh) => files::save_record(&path, &fresh).map(drop),
            None => files::remove_if_exists(&path),
        }
    }
}

/// Where a build stands before it reads anything.
pub enum Freshness {
    /// The last build was asked for the same, from inputs with the same stamps, and its outputs
    /// are as it left them: there is nothing to do, and this is its report.
    UpToDate(Report),
    /// There may be something to do: the inputs as they are now, for the record of this build.
    Stale(Inputs),
}

/// Compares the inputs and outputs with the last build's record, if there is one and it is to
/// be `trusted`, from their stamps alone; when anything differs, scans the inputs anew.
pub fn check(project: &Project, request: &Request, trusted: bool) -> Result<Freshness> {
    let record = trusted.then(|| Fresh::load(project)).flatten();
    match record.filter(|r| r.still_holds(project, request)) {
        Some(record) => Ok(Freshness::UpToDate(Report {
            written: 0,
            unchanged: record.unchanged,
            removed: 0,
            warnings: record.warnings,
            up_to_date: true,
        })),
        None => Inputs::scan(project).map(Freshness::Stale),
    }
}

/// A hash of the stamps of `paths` in `output`, taken on every core; `None` if one is missing.
fn outputs_digest(output: &Path, paths: &[String]) -> Option<String> {
    let stamps = files::stamps_in(output, paths, false);
    stamps
        .iter()
        .all(Option::is_some)
        .then(|| digest("outputs", paths, &stamps))
}

/// One hash of files' paths and stamps, in their order: of one buffer, hashed at once, since
/// thousands of small updates cost more than the stamps themselves.
fn digest(domain: &str, paths: &[String], stamps: &[Option<Stamp>]) -> String {
    let mut bytes = Vec::with_capacity(paths.iter().map(|p| p.len() + 58).sum());
    for (path, stamp) in paths.iter().zip(stamps) {
        // Length-prefixed, so that no two lists run into the same bytes.
        bytes.extend((path.len() as u64).to_le_bytes());
        bytes.extend(path.as_bytes());
        match stamp {
            Some(stamp) => {
                bytes.push(1);
                bytes.extend(stamp.to_bytes());
            }
            None => bytes.push(0),
        }
    }
    Key::new(domain).part(&bytes).finish().to_hex().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn changed_at(seconds: i128) -> Stamp {
        Stamp {
            size: 1,
            modified_ns: 0,
            changed_ns: seconds * 1_000_000_000,
            inode: 1,
        }
    }

    #[test]
    fn a_stamp_is_trusted_only_once_its_file_has_stood_still_for_two_seconds() {
        let now = UNIX_EPOCH + Duration::from_secs(100);
        assert!(is_trusted(&changed_at(97), now));
        assert!(!is_trusted(&changed_at(98), now));
        assert!(!is_trusted(&changed_at(100), now));
        // A file changed in the future, by a clock ahead of this one, is not trusted either.
        assert!(!is_trusted(&changed_at(200), now));
    }

    #[test]
    fn a_record_naming_a_path_outside_is_not_trusted() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(CONFIG_FILE), "locales = [\"ko\"]\n").unwrap();
        let project = Project::load(dir.path()).unwrap();
        let record = |inputs: &[&str], outputs: &[&str]| Fresh {
            format: FORMAT,
            request: Request::new(&[], false),
            inputs: inputs.iter().map(|p| p.to_string()).collect(),
            inputs_digest: String::new(),
            outputs: outputs.iter().map(|p| p.to_string()).collect(),
            outputs_digest: String::new(),
            absent: BTreeSet::new(),
            unchanged: 0,
            warnings: Vec::new(),
        };
        let saved = |fresh| {
            Fresh::save(Some(fresh), &project.output_dir()).unwrap();
            Fresh::load(&project).is_some()
        };
        assert!(saved(record(&[CONFIG_FILE], &["index.html"])));
        assert!(!saved(record(&["../elsewhere.md"], &["index.html"])));
        assert!(!saved(record(&[CONFIG_FILE], &["../elsewhere.html"])));
    }
}
