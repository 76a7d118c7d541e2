//! The previous source of a stale translation, through the real binary: `extract` records it,
//! `status --format json` and `sync` show it, `accept` clears it.

mod common;

use common::Project;
use serde_json::Value;

fn file_status(project: &Project) -> Value {
    let status: Value = serde_json::from_str(&project.ok(&["status", "--format", "json"])).unwrap();
    status["locales"][0]["files"][0].clone()
}

#[test]
fn a_stale_translation_shows_the_english_it_was_made_from() {
    let project = Project::new("locales = [\"ko\"]\n");
    project.write("content/doc.md", "The old words.\n");
    project.ok(&["extract"]);
    let source = project.read("locales/en/doc.ftl");
    let id = source
        .lines()
        .find_map(|l| l.split_once(" = ").map(|(id, _)| id.to_string()))
        .unwrap();
    project.write("locales/ko/doc.ftl", format!("{id} = 옛 말.\n"));
    project.ok(&["sync"]);

    project.write("content/doc.md", "The new words.\n");
    project.ok(&["extract"]);
    let file = file_status(&project);
    assert_eq!(file["stale_ids"], serde_json::json!([id]));
    assert_eq!(
        file["previous_sources"],
        serde_json::json!({ id.as_str(): "The old words." })
    );

    project.ok(&["sync"]);
    assert_eq!(
        project.read("locales/ko/doc.ftl"),
        format!("# previous: {id} = The old words.\n# {id} = The new words.\n{id} = 옛 말.\n")
    );
    assert!(project
        .read("locales/ko/.fluentpress-state.toml")
        .contains("[previous]"));

    project.ok(&["accept", "ko"]);
    assert_eq!(
        file_status(&project)["previous_sources"],
        serde_json::json!({})
    );
    assert!(!project
        .read("locales/ko/.fluentpress-state.toml")
        .contains("[previous]"));
    project.ok(&["sync"]);
    assert_eq!(
        project.read("locales/ko/doc.ftl"),
        format!("# {id} = The new words.\n{id} = 옛 말.\n")
    );
}
