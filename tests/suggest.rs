//! `sync --suggest` through the real binary: a missing message's placeholder offers the
//! translation of a similar unit already translated in its locale, and stays a placeholder.

mod common;

use common::Project;

/// The message IDs of a source file, in order.
fn message_ids(project: &Project, file: &str) -> Vec<String> {
    project
        .read(file)
        .lines()
        .filter_map(|l| l.split_once(" = ").map(|(id, _)| id.to_string()))
        .collect()
}

#[test]
fn placeholders_offer_translations_of_similar_units() {
    let project = Project::new("locales = [\"ko\"]\n");
    project.write(
        "content/a.md",
        "We crossed the wide river at night.\n\nThe moon was bright.\n",
    );
    project.ok(&["extract"]);
    let ids = message_ids(&project, "locales/en/a.ftl");
    project.write(
        "locales/ko/a.ftl",
        format!("{} = 우리는 밤에 넓은 강을 건넜다.\n", ids[0]),
    );
    project.write("content/b.md", "We crossed the wide river at dawn.\n");
    project.ok(&["extract"]);
    let new_id = message_ids(&project, "locales/en/b.ftl").remove(0);

    project.ok(&["sync", "--suggest"]);
    let synced = project.read("locales/ko/b.ftl");
    let suggestion = format!(
        "# suggestion: 92% like a.ftl#{}: 우리는 밤에 넓은 강을 건넜다.\n",
        ids[0]
    );
    assert_eq!(
        synced,
        format!("{suggestion}# {new_id} = We crossed the wide river at dawn.\n")
    );
    // Nothing alike: no suggestion.
    assert!(!project.read("locales/ko/a.ftl").contains("suggestion"));

    // A plain sync keeps the placeholder as it is, and the message still counts as missing.
    project.ok(&["sync"]);
    assert_eq!(project.read("locales/ko/b.ftl"), synced);
    let status = project.ok(&["status", "--format", "json"]);
    assert!(status.contains(&new_id), "{status}");
}
