//! A build's record of what it read and wrote, as file stamps, so that the next build can tell
//! from metadata alone, as make, ninja and cargo do, that nothing changed, and stop before it
//! reads a single input. Any difference, or a stamp too recent to trust, sends the build the
//! whole way, which hashes what it reads and renders only what changed.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::files::{self, Report, Stamp};
use crate::project::{Project, CONFIG_FILE, STATIC_DIR, TEMPLATES_DIR};

use super::cache;
use super::key::Key;

/// The record's file name in the output folder.
pub const FILE: &str = ".fluentpress-fresh.json";
/// Changes whenever the meaning of the record changes; an older record is ignored.
const FORMAT: u32 = 1;
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
/// every file in the content, locale, template and static folders.
pub struct Inputs {
    /// A hash of every file's path and stamp; `None` when a stamp is too recent to trust, or
    /// when the output folder is inside an input folder.
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
        if folders
            .iter()
            .any(|f| output.starts_with(files::resolve(f)))
        {
            return Ok(Inputs { digest: None });
        }
        let config = project.root.join(CONFIG_FILE);
        let mut stamps = vec![(config.clone(), Stamp::of(&files::resolve(&config)))];
        let found = folders
            .par_iter()
            .map(|folder| files::stamp_all_files(&project.root, folder))
            .collect::<Result<Vec<_>>>()?;
        for (folder, found) in folders.iter().zip(found) {
            stamps.extend(found.into_iter().map(|(p, s)| (folder.join(p), Some(s))));
        }
        let trusted = stamps
            .iter()
            .all(|(_, stamp)| stamp.is_none_or(|s| is_trusted(&s, now)));
        let stamps = stamps.iter().map(|(p, s)| (files::slash_path(p), s));
        Ok(Inputs {
            digest: trusted.then(|| digest("inputs", stamps)),
        })
    }
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
    inputs: String,
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
    pub fn new(
        request: Request,
        inputs: Inputs,
        output: &Path,
        written: impl Iterator<Item = String>,
        absent: BTreeSet<String>,
        report: &Report,
    ) -> Option<Fresh> {
        let mut outputs: Vec<String> = written.chain([cache::FILE.to_string()]).collect();
        outputs.sort();
        Some(Fresh {
            format: FORMAT,
            request,
            inputs: inputs.digest?,
            outputs_digest: outputs_digest(output, &outputs)?,
            outputs,
            absent,
            unchanged: report.written + report.unchanged,
            warnings: report.warnings.clone(),
        })
    }

    /// The record in `output`, unless it is missing, damaged, of another format or names a path
    /// outside the folder.
    fn load(output: &Path) -> Option<Fresh> {
        let bytes = std::fs::read(output.join(FILE)).ok()?;
        let fresh: Fresh = serde_json::from_slice(&bytes).ok()?;
        let inside = |p: &String| files::join_inside(output, Path::new(p)).is_ok();
        (fresh.format == FORMAT && fresh.outputs.iter().chain(&fresh.absent).all(inside))
            .then_some(fresh)
    }

    /// Whether every file the build wrote is as it left it, and every file its pages referred
    /// to that was absent still is.
    fn outputs_unchanged(&self, output: &Path) -> bool {
        outputs_digest(output, &self.outputs).as_ref() == Some(&self.outputs_digest)
            && self.absent.iter().all(|p| !output.join(p).exists())
    }

    /// Saves the record, or removes the last one when there is none.
    pub fn save(record: Option<Fresh>, output: &Path) -> Result<()> {
        let path = output.join(FILE);
        match record {
            Some(fresh) => {
                let json = serde_json::to_vec(&fresh).expect("the record always serializes");
                files::write_if_changed(&path, &json).map(|_| ())
            }
            None => files::remove_if_exists(&path),
        }
    }
}

/// Scans the inputs of a build asked for `request` and, on another core meanwhile, compares the
/// outputs with the last build's record, if it is to be `trusted`. Returns the inputs and, when
/// that build was asked for the same, from inputs with the same stamps, and its outputs are
/// as it left them, its report: there is nothing to do.
pub fn check(
    project: &Project,
    request: &Request,
    trusted: bool,
) -> Result<(Inputs, Option<Report>)> {
    let output = project.output_dir();
    let record = trusted.then(|| Fresh::load(&output)).flatten();
    let (inputs, outputs_unchanged) = rayon::join(
        || Inputs::scan(project),
        || {
            record
                .as_ref()
                .is_some_and(|r| r.outputs_unchanged(&output))
        },
    );
    let inputs = inputs?;
    let unchanged = record.filter(|r| {
        outputs_unchanged && r.request == *request && inputs.digest.as_ref() == Some(&r.inputs)
    });
    let report = unchanged.map(|r| Report {
        written: 0,
        unchanged: r.unchanged,
        removed: 0,
        warnings: r.warnings,
        up_to_date: true,
    });
    Ok((inputs, report))
}

/// A hash of the stamps of `paths` in `output`, taken on every core; `None` if one is missing.
fn outputs_digest(output: &Path, paths: &[String]) -> Option<String> {
    let stamps: Vec<Stamp> = paths
        .par_iter()
        .map(|p| Stamp::of(&output.join(p)))
        .collect::<Option<_>>()?;
    Some(digest("outputs", paths.iter().zip(&stamps)))
}

/// One hash of files' paths and stamps, in their order.
fn digest<P: AsRef<str>, S: std::fmt::Debug>(
    domain: &str,
    stamps: impl Iterator<Item = (P, S)>,
) -> String {
    let key = stamps.fold(Key::new(domain), |key, (path, stamp)| {
        key.part(path.as_ref().as_bytes())
            .part(format!("{stamp:?}").as_bytes())
    });
    key.finish().to_hex().to_string()
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
}
