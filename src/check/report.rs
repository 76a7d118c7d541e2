//! How `check` reports: for people like rustc does — severity and code, file:line:column, the
//! line with the problem underlined, a hint; for programs as JSON, in the stable shape that
//! `docs/check.md` documents.

use std::fmt::Write;

use annotate_snippets::{Level as Severity, Renderer, Snippet};
use anstyle::{AnsiColor, Effects};
use serde::Serialize;

use super::{Diagnostic, Report};
use crate::files;
use crate::project::Level;

/// Every diagnostic, then a line that counts them; with ANSI colours if `styled` (the command
/// prints through `anstream`, which drops them unless standard output is a terminal and
/// `NO_COLOR` is unset).
pub fn human(report: &Report, styled: bool) -> String {
    let errors = if styled {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    // annotate-snippets draws a warning's span with `-`, as rustc draws secondary spans; rustc
    // underlines the span of every diagnostic with `^`. So a warning's span is drawn as an
    // error's, by a renderer that colours errors as warnings.
    let warnings = errors
        .clone()
        .error(AnsiColor::Yellow.on_default().effects(Effects::BOLD));
    let mut out = String::new();
    for diagnostic in &report.diagnostics {
        let (severity, renderer) = match diagnostic.level {
            Level::Error => (Severity::Error, &errors),
            _ => (Severity::Warning, &warnings),
        };
        let file = display_path(diagnostic);
        let note = diagnostic
            .id
            .as_deref()
            .map(|id| format!("in message `{id}`"));
        let message = severity
            .title(&diagnostic.message)
            .id(diagnostic.code.as_str())
            .snippet(
                Snippet::source(&diagnostic.line)
                    .line_start(diagnostic.position.line)
                    .origin(&file)
                    .annotation(Severity::Error.span(diagnostic.span.clone())),
            )
            // The ID goes in a note, not in the span's label: annotate-snippets shortens long
            // lines to fit the label, and with wide characters it can leave nothing of them.
            .footers(note.as_deref().map(|n| Severity::Note.title(n)))
            .footer(Severity::Help.title(&diagnostic.hint));
        let _ = writeln!(out, "{}\n", renderer.render(message));
    }
    let _ = writeln!(out, "{}", summary(report));
    out
}

/// `checked 12 files: 1 error, 3 warnings`.
fn summary(report: &Report) -> String {
    let count = |n: usize, what: &str| format!("{n} {what}{}", if n == 1 { "" } else { "s" });
    let (errors, warnings) = (report.count(Level::Error), report.count(Level::Warning));
    let found = if errors + warnings == 0 {
        "no problems".to_string()
    } else {
        format!("{}, {}", count(errors, "error"), count(warnings, "warning"))
    };
    format!("checked {}: {found}", count(report.files, "file"))
}

/// One diagnostic in the JSON output. Changing this shape breaks the scripts that read it.
#[derive(Serialize)]
struct Json<'a> {
    code: &'a str,
    severity: Level,
    file: String,
    line: usize,
    column: usize,
    id: Option<&'a str>,
    message: &'a str,
    hint: &'a str,
}

/// The diagnostics as a JSON array.
pub fn json(report: &Report) -> String {
    let diagnostics: Vec<Json> = report
        .diagnostics
        .iter()
        .map(|d| Json {
            code: d.code.as_str(),
            severity: d.level,
            file: display_path(d),
            line: d.position.line,
            column: d.position.column,
            id: d.id.as_deref(),
            message: &d.message,
            hint: &d.hint,
        })
        .collect();
    serde_json::to_string_pretty(&diagnostics)
        .unwrap_or_else(|e| unreachable!("diagnostics always serialize: {e}"))
}

/// The file of `diagnostic` with `/` between folders on every system, as the docs show it.
fn display_path(diagnostic: &Diagnostic) -> String {
    files::slash_path(&diagnostic.file)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::Code;
    use crate::error::Position;
    use std::path::PathBuf;

    fn report() -> Report {
        Report {
            diagnostics: vec![Diagnostic {
                code: Code::Numbers,
                level: Level::Error,
                file: PathBuf::from("locales/ko/a.ftl"),
                position: Position {
                    line: 3,
                    column: 16,
                },
                id: Some("p-year".into()),
                message: "the source's number 88 is missing; the translation has 87".into(),
                hint: Code::Numbers.hint().into(),
                line: "p-year = 2017년 87%".into(),
                span: 17..19,
            }],
            files: 2,
        }
    }

    #[test]
    fn human_output_reads_like_rustc() {
        let text = human(&report(), false);
        let expected = "\
error[FP201]: the source's number 88 is missing; the translation has 87
 --> locales/ko/a.ftl:3:16
  |
3 | p-year = 2017년 87%
  |                 ^^
  |
  = note: in message `p-year`
  = help: keep every number; 100,000 may be written 10만 or 10万, 2 as 두 or 둘, the 1990s as 90년대 or 20世纪90年代, and digits may be full-width

checked 2 files: 1 error, 0 warnings
";
        assert_eq!(text, expected);
        assert_eq!(
            human(&Report::default(), false),
            "checked 0 files: no problems\n"
        );
    }

    #[test]
    fn json_output_has_the_documented_shape() {
        let value: serde_json::Value = serde_json::from_str(&json(&report())).unwrap();
        assert_eq!(
            value,
            serde_json::json!([{
                "code": "FP201",
                "severity": "error",
                "file": "locales/ko/a.ftl",
                "line": 3,
                "column": 16,
                "id": "p-year",
                "message": "the source's number 88 is missing; the translation has 87",
                "hint": Code::Numbers.hint(),
            }])
        );
    }
}
