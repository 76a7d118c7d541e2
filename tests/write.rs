//! The per-unit view and the single-message writer that `serve` and `import` build on, through
//! the library on a project in a temporary folder.

mod common;

use std::path::Path;

use common::Project;
use fluentpress::state::MessageState;
use fluentpress::status::{self, Unit};
use fluentpress::sync::{self, Edit, Expected, Outcome};

fn project() -> (Project, fluentpress::project::Project) {
    let project = Project::new("locales = [\"ko\"]\n");
    project.write(
        "content/doc.md",
        "First paragraph.\n\nSecond paragraph.\n\nThird paragraph.\n",
    );
    project.ok(&["extract"]);
    project.ok(&["sync"]);
    let library = fluentpress::project::Project::load(project.root()).unwrap();
    (project, library)
}

/// Saves one translation of `doc.ftl` in ko.
fn save(
    project: &fluentpress::project::Project,
    id: String,
    value: String,
    expected: Expected,
    made_from: Option<fluentpress::state::Fingerprint>,
) -> Vec<Outcome> {
    let edit = Edit {
        id,
        value,
        expected,
        made_from,
    };
    sync::write(project, "ko", Path::new("doc.ftl"), &[edit]).unwrap()
}

fn units(project: &fluentpress::project::Project) -> Vec<Unit> {
    status::units(project, "ko", Path::new("doc.ftl")).unwrap()
}

#[test]
fn a_translator_saves_units_one_by_one() {
    let (files, project) = project();
    let before = units(&project);
    assert_eq!(before.len(), 3);
    assert!(before.iter().all(|u| u.state == MessageState::Missing));
    assert_eq!(before[0].source, "First paragraph.");

    let second = &before[1];
    let outcomes = save(
        &project,
        second.id.clone(),
        "둘째 문단.".into(),
        Expected::Nothing,
        None,
    );
    assert_eq!(outcomes, [Outcome::Written]);
    let text = files.read("locales/ko/doc.ftl");
    assert!(
        text.contains(&format!("\n\n{} = 둘째 문단.\n\n", second.id)),
        "{text}"
    );
    let after = units(&project);
    assert_eq!(after[1].state, MessageState::Translated);
    assert_eq!(after[1].translation.as_deref(), Some("둘째 문단."));
    assert_eq!(
        after[1].line,
        Some(
            text.lines()
                .position(|l| l.starts_with(&second.id))
                .unwrap()
                + 1
        )
    );
    // Only that message changed: a sync finds nothing to do.
    files.ok(&["sync"]);
    assert_eq!(files.read("locales/ko/doc.ftl"), text);

    // A second save based on what was read before the first is refused.
    let outcomes = save(
        &project,
        second.id.clone(),
        "다른 번역.".into(),
        Expected::Nothing,
        None,
    );
    assert_eq!(
        outcomes,
        [Outcome::Conflict {
            current: after[1].fingerprint
        }]
    );
    assert_eq!(files.read("locales/ko/doc.ftl"), text);

    // Invalid Fluent is refused with the parser's place, nothing written.
    let outcomes = save(
        &project,
        after[0].id.clone(),
        "첫 { 문단".into(),
        Expected::Any,
        None,
    );
    assert!(matches!(&outcomes[0], Outcome::Invalid(p) if p[0].position.line == 1));
    assert_eq!(files.read("locales/ko/doc.ftl"), text);

    // The source changes; the translation is stale, then saved anew and current again.
    files.write(
        "content/doc.md",
        "First paragraph.\n\nSecond paragraph, changed.\n\nThird paragraph.\n",
    );
    files.ok(&["extract"]);
    let changed = units(&project);
    assert_eq!(changed[1].state, MessageState::Stale);
    assert_eq!(
        changed[1].previous_source.as_deref(),
        Some("Second paragraph.")
    );
    let outcomes = save(
        &project,
        changed[1].id.clone(),
        "둘째 문단, 바뀜.".into(),
        Expected::Translation(changed[1].fingerprint.unwrap()),
        None,
    );
    assert_eq!(outcomes, [Outcome::Written]);
    let saved = units(&project);
    assert_eq!(saved[1].state, MessageState::Translated);
    assert_eq!(saved[1].previous_source, None);
    assert!(!files
        .read("locales/ko/.fluentpress-state.toml")
        .contains("[previous]"));

    // A translation made from an older source (an import of an export made before the last
    // change) is written, and reads as stale.
    let outcomes = save(
        &project,
        changed[1].id.clone(),
        "둘째 문단 (옛 원문에서).".into(),
        Expected::Any,
        Some(before[1].source_fingerprint),
    );
    assert_eq!(outcomes, [Outcome::Written]);
    assert_eq!(units(&project)[1].state, MessageState::Stale);
}

#[test]
fn nothing_written_creates_no_file() {
    let (files, project) = project();
    std::fs::remove_file(files.path("locales/ko/doc.ftl")).unwrap();
    let id = units(&project)[0].id.clone();
    let outcomes = sync::write(
        &project,
        "ko",
        Path::new("doc.ftl"),
        &[Edit {
            id,
            value: "{".into(),
            expected: Expected::Any,
            made_from: None,
        }],
    )
    .unwrap();
    assert!(matches!(outcomes[0], Outcome::Invalid(_)));
    assert!(!files.path("locales/ko/doc.ftl").exists());
}
