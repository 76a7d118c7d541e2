//! Gettext PO, read and written with rspolib (a port of Python's polib that keeps `#| msgid`
//! and the line of every entry): `msgctxt` is the unit's key, stale units are `fuzzy`.

use std::collections::HashMap;
use std::path::Path;

use rspolib::{pofile, FileOptions, POEntry, POFile};

use super::{bad_unit, Exchange, Languages, Seen, Unit, UnitState};
use crate::error::{Error, Result};

/// Extracted-comment lines that carry what import needs and CAT tools keep.
const SEEN: &str = "fluentpress-seen: ";
const SYNTAX: &str = "fluentpress-syntax: fluent";

/// `units` as a PO file for `languages.target`, with the header `msgfmt --check` wants.
pub fn write(languages: &Languages, units: &[Unit]) -> Result<String> {
    let mut file = POFile::new(FileOptions::default());
    file.header = Some(format!(
        "Translations of the {} messages into {}, exported by fluentpress.\n\
         msgctxt is file#message ID; keep it and the fluentpress- comments as they are.",
        languages.source, languages.target
    ));
    file.metadata = HashMap::from(
        [
            ("Project-Id-Version", "fluentpress export"),
            ("PO-Revision-Date", ""),
            ("Last-Translator", ""),
            ("Language-Team", ""),
            ("Language", languages.target.as_str()),
            ("MIME-Version", "1.0"),
            ("Content-Type", "text/plain; charset=UTF-8"),
            ("Content-Transfer-Encoding", "8bit"),
            ("X-Generator", "fluentpress"),
        ]
        .map(|(k, v)| (k.to_string(), v.to_string())),
    );
    file.entries = units.iter().map(entry).collect();
    Ok(file.to_string())
}

fn entry(unit: &Unit) -> POEntry {
    let mut entry = POEntry::new(0);
    entry.msgctxt = Some(unit.key());
    entry.msgid = unit.source.clone();
    entry.msgstr = Some(unit.target.clone().unwrap_or_default());
    entry.tcomment = unit.note.as_deref().map(wrap_comment);
    let mut extracted = Vec::new();
    if let Some(seen) = &unit.seen {
        extracted.push(format!("{SEEN}{}", seen.token()));
    }
    if unit.fluent {
        extracted.push(SYNTAX.to_string());
    }
    entry.comment = (!extracted.is_empty()).then(|| extracted.join("\n"));
    entry.occurrences = unit
        .location
        .iter()
        .map(|(file, line)| (file.clone(), line.to_string()))
        .collect();
    if unit.state == UnitState::Stale && unit.target.is_some() {
        entry.flags.push("fuzzy".to_string());
        entry.previous_msgid = unit.previous_source.clone();
    }
    entry
}

/// `note` with every line at most 76 columns wide: rspolib drops the `# ` of the lines it wraps
/// itself, which gettext would then read as syntax errors.
fn wrap_comment(note: &str) -> String {
    note.lines()
        .flat_map(|line| textwrap::wrap(line, 76))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The units of the PO file `text`, read from `path`; every entry must have a key as `msgctxt`.
pub fn read(path: &Path, text: &str) -> Result<Exchange> {
    let file = parse(path, text)?;
    let units = file
        .entries
        .iter()
        .filter(|e| !e.obsolete)
        .map(|e| {
            let key = e.msgctxt.as_deref().unwrap_or_default();
            let (file, id) = Unit::split_key(key).ok_or_else(|| {
                bad_unit(
                    path,
                    text,
                    line_offset(text, e.linenum),
                    format!("msgctxt `{key}` is not `file#id` as fluentpress exports it"),
                )
            })?;
            Ok(unit_of(file, id, e))
        })
        .collect::<Result<_>>()?;
    Ok(Exchange {
        target: file
            .metadata
            .get("Language")
            .filter(|l| !l.is_empty())
            .cloned(),
        units,
    })
}

/// Parses `text` as PO; a syntax error names the line.
pub fn parse(path: &Path, text: &str) -> Result<POFile> {
    // rspolib takes a string as a path when a file of that name exists; a line break at the
    // end keeps any PO text from naming one.
    let content = format!("{}\n", text.trim_end_matches('\n'));
    pofile(content.as_str()).map_err(|e| {
        let message = e.to_string();
        let line = line_of_error(&message);
        Error::syntax(
            path,
            text,
            line_offset(text, line),
            message
                .trim_start_matches("Syntax error found")
                .trim_start_matches(": ")
                .to_string(),
        )
    })
}

/// rspolib names the line in its message (`... at line 12 (index 3)`) but keeps the field private.
fn line_of_error(message: &str) -> usize {
    message
        .split_once(" at line ")
        .and_then(|(_, rest)| rest.split(|c: char| !c.is_ascii_digit()).next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(1)
}

/// The byte offset where 1-based `line` starts.
fn line_offset(text: &str, line: usize) -> usize {
    text.split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum()
}

fn unit_of(file: &str, id: &str, e: &POEntry) -> Unit {
    let extracted = e.comment.as_deref().unwrap_or_default();
    let target = e.msgstr.clone().filter(|s| !s.is_empty());
    Unit {
        file: file.to_string(),
        id: id.to_string(),
        source: e.msgid.clone(),
        state: match (&target, e.fuzzy()) {
            (None, _) => UnitState::Missing,
            (Some(_), true) => UnitState::Stale,
            (Some(_), false) => UnitState::Translated,
        },
        target,
        previous_source: e.previous_msgid.clone(),
        note: e.tcomment.clone().filter(|c| !c.is_empty()),
        location: e
            .occurrences
            .first()
            .map(|(f, l)| (f.clone(), l.parse().unwrap_or(0))),
        seen: extracted
            .lines()
            .find_map(|l| l.strip_prefix(SEEN))
            .map(Seen::parse),
        fluent: extracted.lines().any(|l| l == SYNTAX),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn sample() -> Vec<Unit> {
        let unit = |id: &str, source: &str, target: Option<&str>, state| Unit {
            file: "stories/a.ftl".into(),
            id: id.into(),
            source: source.into(),
            target: target.map(str::to_string),
            state,
            previous_source: None,
            note: None,
            location: Some(("locales/ko/stories/a.ftl".into(), 3)),
            seen: Some(Seen::Nothing),
            fluent: false,
        };
        let mut stale = unit("p-b", "New *text*", Some("옛 글"), UnitState::Stale);
        stale.previous_source = Some("Old *text*".into());
        stale.seen = Some(Seen::Fingerprint("0123456789abcdef".into()));
        stale.note = Some("checked by Kim\nsecond line".into());
        let mut long = unit("p-c", "c", Some("씨"), UnitState::Translated);
        long.note = Some("한국어 ".repeat(20).trim_end().to_string());
        let mut fluent = unit(
            "date",
            "{ $date }",
            Some("{ $date }일"),
            UnitState::Translated,
        );
        fluent.file = "site.ftl".into();
        fluent.fluent = true;
        vec![
            unit(
                "p-a",
                "  lead, \"quoted\" \\ back\ttab\nsecond line  ",
                None,
                UnitState::Missing,
            ),
            stale,
            long,
            unit(
                "img-x.alt",
                "한국어 & <b>",
                Some("번역"),
                UnitState::Translated,
            ),
            fluent,
        ]
    }

    fn languages() -> Languages {
        Languages {
            source: "en".into(),
            target: "ko".into(),
        }
    }

    #[test]
    fn units_round_trip_through_po() {
        let units = sample();
        let text = write(&languages(), &units).unwrap();
        assert!(text.contains("#| msgid \"Old *text*\""), "{text}");
        assert!(text.contains("#, fuzzy"), "{text}");
        assert!(text.contains("msgctxt \"stories/a.ftl#p-b\""), "{text}");
        let read_back = read(Path::new("x.po"), &text).unwrap();
        // A long comment comes back wrapped, as gettext tools wrap it.
        let mut units = units;
        units[2].note = Some(format!(
            "{}\n{}",
            "한국어 ".repeat(11).trim_end(),
            "한국어 ".repeat(9).trim_end()
        ));
        assert_eq!(read_back.units, units);
        assert_eq!(read_back.target.as_deref(), Some("ko"));
    }

    #[test]
    fn errors_name_the_line() {
        let text =
            "msgid \"\"\nmsgstr \"\"\n\nmsgctxt \"a.ftl#x\"\nmsgid \"a\" junk\"\nmsgstr \"\"\n";
        let error = read(Path::new("x.po"), text).unwrap_err().to_string();
        assert!(error.starts_with("x.po:5:1:"), "{error}");
        let text = "msgid \"\"\nmsgstr \"\"\n\nmsgid \"no context\"\nmsgstr \"\"\n";
        let error = read(Path::new("x.po"), text).unwrap_err().to_string();
        assert!(error.starts_with("x.po:4:1: msgctxt ``"), "{error}");
    }
}
