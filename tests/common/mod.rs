//! What every integration test needs: a project in a temporary folder, driven through the real
//! `fluentpress` binary, and a copy of this repository's own project.
#![allow(dead_code)] // Each test crate uses its own part of this module.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A fluentpress project in a temporary folder, removed when dropped.
pub struct Project {
    pub dir: tempfile::TempDir,
}

impl Project {
    /// An empty folder.
    pub fn empty() -> Project {
        Project {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    /// A project with this `fluentpress.toml`.
    pub fn new(config: &str) -> Project {
        let project = Project::empty();
        project.write("fluentpress.toml", config);
        project
    }

    /// A copy of this repository's own project (content, translations, static files, settings,
    /// glossary), so that a test never writes into the repository.
    pub fn bundled() -> Project {
        let project = Project::empty();
        let root = repository();
        for folder in ["content", "locales", "static"] {
            copy_dir(&root.join(folder), &project.path(folder));
        }
        for file in ["fluentpress.toml", "glossary.toml"] {
            fs::copy(root.join(file), project.path(file)).unwrap();
        }
        project
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn path(&self, relative: &str) -> PathBuf {
        self.dir.path().join(relative)
    }

    /// Writes a file, creating its folders.
    pub fn write(&self, relative: &str, contents: impl AsRef<[u8]>) {
        let path = self.path(relative);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, contents).unwrap();
    }

    pub fn read(&self, relative: &str) -> String {
        fs::read_to_string(self.path(relative)).unwrap_or_else(|e| panic!("{relative}: {e}"))
    }

    /// Runs `fluentpress -C <project> args...` without colours.
    pub fn run(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_fluentpress"))
            .arg("-C")
            .arg(self.dir.path())
            .args(args)
            .env("NO_COLOR", "1")
            .output()
            .unwrap()
    }

    /// Runs the binary, asserts it succeeded, and returns its standard output.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "fluentpress {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    /// Runs the binary, asserts it failed, and returns its standard error.
    pub fn fails(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(!out.status.success(), "fluentpress {args:?} succeeded");
        String::from_utf8(out.stderr).unwrap()
    }
}

/// The codes of the diagnostics of `check --format json`, in order.
pub fn codes(diagnostics: &[serde_json::Value]) -> Vec<&str> {
    diagnostics
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect()
}

/// The repository this test belongs to.
pub fn repository() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Copies the folder `from` to `to`, recursively.
pub fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Every file under `dir`, recursively, in a stable order.
pub fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(folder) = pending.pop() {
        for entry in fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                pending.push(path);
            } else {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// Whether the tools are here; when they are not, CI fails and a developer's run is skipped.
pub fn available(what: &str, present: bool, install: &str) -> bool {
    let ci = std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0");
    match (present, ci) {
        (true, _) => true,
        (false, true) => panic!("{what} is missing under CI: {install}"),
        (false, false) => {
            eprintln!("skipped: {what} is missing ({install})");
            false
        }
    }
}

/// The path of Chromium, when it and the playwright driver of `tests/browser/` are installed;
/// `None` (a failure under CI) when either is missing.
pub fn chromium() -> Option<String> {
    let chromium =
        std::env::var("CHROMIUM_PATH").unwrap_or_else(|_| "/usr/bin/chromium".to_string());
    let driver = repository().join("tests/browser/node_modules/playwright-core");
    let present = available(
        "chromium",
        Path::new(&chromium).exists(),
        "apt-get install -y chromium fonts-noto-cjk",
    ) && available(
        "playwright-core",
        driver.is_dir(),
        "npm ci in tests/browser",
    );
    present.then_some(chromium)
}

/// Runs the script `tests/browser/<script>` with `args` in Node, driving `chromium`; asserts it
/// succeeded and returns what it printed.
pub fn run_browser_script(chromium: &str, script: &str, args: &[&std::ffi::OsStr]) -> String {
    let out = Command::new("node")
        .arg(repository().join("tests/browser").join(script))
        .args(args)
        .env("CHROMIUM_PATH", chromium)
        .output()
        .expect("node runs");
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "{script} failed:\n{report}");
    report
}

/// The seed of a randomized test: the environment variable `var` when set, so that a failure
/// can be replayed, or else the clock.
pub fn seed(var: &str) -> u64 {
    std::env::var(var)
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_nanos() as u64
                | 1
        })
}
