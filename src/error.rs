//! The one error type of the library: every failure names the file, and where it can, the line
//! and column, so the command line can print it the way a compiler would.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

/// A place in a text file, 1-based like editors show it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl Position {
    /// The line and column (in characters) of byte `offset` in `text`.
    pub fn at(text: &str, offset: usize) -> Position {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let before = &text[..offset];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Position {
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
        }
    }
}

/// The largest char boundary of `text` at or before `offset`.
pub(crate) fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// Everything that can go wrong in fluentpress.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{}: {source}", path.display())]
    Io { path: PathBuf, source: io::Error },

    #[error("{}: not valid UTF-8 (first bad byte at {position})", path.display())]
    NotUtf8 { path: PathBuf, position: Position },

    #[error("{}:{position}: {message}", path.display())]
    Syntax {
        path: PathBuf,
        position: Position,
        message: String,
    },

    #[error("{}: {message}", path.display())]
    Invalid { path: PathBuf, message: String },

    #[error("{}: the path leaves the project folder", path.display())]
    OutsideProject { path: PathBuf },

    #[error("{}: a link to {}, outside the project folder; fluentpress reads nothing outside the project (copy the file in, or link to a file inside it)", link.display(), target.display())]
    LinkOutside { link: PathBuf, target: PathBuf },

    #[error("{path:?}: the name is not UTF-8 or holds a control character (a line break, a tab), so no page or message file can be named after it: rename the file")]
    BadName { path: PathBuf },

    #[error("no fluentpress.toml in {} or any parent folder (run `fluentpress init` to create one)", dir.display())]
    NoProject { dir: PathBuf },

    #[error("{message}")]
    Usage { message: String },
}

impl Error {
    pub fn io(path: impl AsRef<Path>, source: io::Error) -> Error {
        Error::Io {
            path: path.as_ref().to_path_buf(),
            source,
        }
    }

    /// A syntax error at byte `offset` of `text`, read from `path`.
    pub fn syntax(
        path: impl AsRef<Path>,
        text: &str,
        offset: usize,
        message: impl Into<String>,
    ) -> Error {
        Error::Syntax {
            path: path.as_ref().to_path_buf(),
            position: Position::at(text, offset),
            message: message.into(),
        }
    }

    pub fn invalid(path: impl AsRef<Path>, message: impl Into<String>) -> Error {
        Error::Invalid {
            path: path.as_ref().to_path_buf(),
            message: message.into(),
        }
    }

    pub fn usage(message: impl Into<String>) -> Error {
        Error::Usage {
            message: message.into(),
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn position_counts_lines_and_characters() {
        let text = "ab\n한국어 x\n";
        assert_eq!(Position::at(text, 0), Position { line: 1, column: 1 });
        assert_eq!(Position::at(text, 3), Position { line: 2, column: 1 });
        // "한국어 " is 10 bytes and 4 characters.
        assert_eq!(Position::at(text, 13), Position { line: 2, column: 5 });
        // An offset inside a character points at that character.
        assert_eq!(Position::at(text, 4), Position { line: 2, column: 1 });
    }
}
