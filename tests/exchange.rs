//! PO and XLIFF out and back through the real binary, edited between by CAT-like scripts that
//! use a PO library (polib, as mdbook-i18n-helpers does) and XML libraries, never string
//! replacement; exported files checked by `msgfmt --check` and `xmllint` against the official
//! schemas; migration from a gettext Markdown book; the TMX translation memory.

mod common;

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::{available, files_under, repository, Project};
use fluentpress::catalog::{Catalog, EntryKind};
use polib::message::{MessageMutView, MessageView};
use quick_xml::events::{BytesEnd, BytesStart, BytesText, Event};

/// Two paragraphs the Korean translation does not have yet.
const NEW_PARAGRAPHS: &str =
    "\nA first new paragraph, with *emphasis*.\n\nA second new paragraph\nover two lines.\n";

/// The bundled project with two missing units in Korean.
fn project() -> Project {
    let project = Project::bundled();
    let story = "content/stories/to-stay-or-leave.md";
    project.write(story, project.read(story) + NEW_PARAGRAPHS);
    project.ok(&["extract"]);
    project.ok(&["sync", "--locale", "ko"]);
    project
}

/// The Fluent files of a locale, by path.
fn ftl_files(project: &Project, locale: &str) -> BTreeMap<PathBuf, String> {
    files_under(&project.path(&format!("locales/{locale}")))
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .map(|p| {
            let text = fs::read_to_string(&p).unwrap();
            (p, text)
        })
        .collect()
}

/// `text` without the messages `ids` and the placeholders `sync` left for them.
fn without(path: &Path, text: &str, ids: &[&str]) -> String {
    let catalog = Catalog::parse(path, text.to_string());
    let mut kept = String::new();
    let mut at = 0;
    for entry in &catalog.entries {
        // A comment's body starts at its text, after `# `.
        let placeholder = matches!(entry.kind, EntryKind::Comment { .. })
            && ids
                .iter()
                .any(|id| catalog.slice(&entry.body).starts_with(&format!("{id} =")));
        let message = entry.id.as_deref().is_some_and(|id| ids.contains(&id));
        if placeholder || message {
            let start = if placeholder {
                entry.span.start
            } else {
                entry.body.start
            };
            kept.push_str(&text[at..start]);
            at = entry.body.end;
        }
    }
    kept.push_str(&text[at..]);
    kept
}

/// Asserts that `after` differs from `before` only in the messages `changed` (file, ID, new
/// text), which now read as that text.
fn assert_only_changed(
    before: &BTreeMap<PathBuf, String>,
    after: &BTreeMap<PathBuf, String>,
    changed: &[(String, String, String)],
) {
    assert_eq!(
        before.keys().collect::<Vec<_>>(),
        after.keys().collect::<Vec<_>>()
    );
    for (path, old) in before {
        let new = &after[path];
        let ids: Vec<&str> = changed
            .iter()
            .filter(|(file, _, _)| path.ends_with(file))
            .map(|(_, id, _)| id.as_str())
            .collect();
        let (old_rest, new_rest) = (without(path, old, &ids), without(path, new, &ids));
        assert!(
            old_rest == new_rest,
            "{} changed outside {ids:?}:\n{}",
            path.display(),
            similar::TextDiff::from_lines(&old_rest, &new_rest).unified_diff()
        );
        let catalog = Catalog::parse(path, new.clone());
        for (file, id, text) in changed.iter().filter(|(f, _, _)| path.ends_with(f)) {
            let value = catalog.get(id).and_then(|e| e.value.clone());
            assert_eq!(value.as_deref(), Some(text.as_str()), "{file}#{id}");
        }
    }
}

/// The new translations a translator types: Fluent syntax characters, Markdown, two lines.
fn new_texts() -> [String; 3] {
    [
        "첫 번째 새 문단, *강조* 포함.".to_string(),
        "두 번째 { 새 } 문단\n[두 줄]에 걸쳐.".to_string(),
        "고친 번역: **굵게** 그리고 { 중괄호 }.".to_string(),
    ]
}

/// Edits `po` as a translator in Poedit would: fills the two empty entries and rewrites the
/// first translated plain-text entry. Returns (file, ID, text) of the three.
fn translate_po(po: &Path) -> Vec<(String, String, String)> {
    let mut catalog = polib::po_file::parse(po).unwrap();
    let [first, second, edit] = new_texts();
    let mut fills = vec![second, first];
    let mut edit = Some(edit);
    let mut changed = Vec::new();
    for mut message in catalog.messages_mut() {
        let key = message.msgctxt().unwrap().to_string();
        let plain = !message.extracted_comments().contains("fluentpress-syntax");
        let text = if message.msgstr().unwrap().is_empty() {
            fills.pop()
        } else if plain && key.contains("#p-") {
            edit.take()
        } else {
            None
        };
        if let Some(text) = text {
            let (file, id) = key.rsplit_once('#').unwrap();
            changed.push((file.to_string(), id.to_string(), text.clone()));
            message.set_msgstr(text).unwrap();
        }
    }
    assert!(fills.is_empty() && edit.is_none(), "{changed:?}");
    polib::po_file::write_to_file(&catalog, po).unwrap();
    changed
}

/// Edits an XLIFF 1.2 or 2.0 file as a CAT tool would: chooses units with roxmltree (the two
/// without a translation, the first translated `p-` unit), then streams the file through
/// quick-xml, replacing those targets and marking them translated.
fn translate_xliff(path: &Path) -> Vec<(String, String, String)> {
    let text = fs::read_to_string(path).unwrap();
    let doc = roxmltree::Document::parse(&text).unwrap();
    let [first, second, edit] = new_texts();
    let mut fills = vec![second, first];
    let mut edit = Some(edit);
    let mut chosen: HashMap<(String, String), String> = HashMap::new();
    let mut changed = Vec::new();
    for unit in doc
        .descendants()
        .filter(|n| n.has_tag_name("trans-unit") || n.has_tag_name("unit"))
    {
        let file = unit.ancestors().find(|n| n.has_tag_name("file")).unwrap();
        let original = file.attribute("original").unwrap().to_string();
        let id = unit.attribute("id").unwrap().to_string();
        let target = unit
            .descendants()
            .find(|n| n.has_tag_name("target"))
            .unwrap();
        let fluent = unit.descendants().any(|n| n.text() == Some("fluent"));
        let text = if target.text().is_none() {
            fills.pop()
        } else if !fluent && id.starts_with("p-") {
            edit.take()
        } else {
            None
        };
        if let Some(text) = text {
            changed.push((original.clone(), id.clone(), text.clone()));
            chosen.insert((original, id), text);
        }
    }
    assert!(fills.is_empty() && edit.is_none(), "{changed:?}");

    let mut reader = quick_xml::Reader::from_str(&text);
    let mut writer = quick_xml::Writer::new(Vec::new());
    let (mut file, mut unit) = (String::new(), String::new());
    let mut replacing = false;
    let attribute = |e: &BytesStart, name: &str| {
        e.try_get_attribute(name).unwrap().map(|a| {
            a.normalized_value(quick_xml::XmlVersion::Explicit1_0)
                .unwrap()
                .into_owned()
        })
    };
    let translated = |e: &BytesStart, state: &str| {
        let mut out = BytesStart::new(String::from_utf8(e.name().as_ref().to_vec()).unwrap());
        for a in e.attributes() {
            let a = a.unwrap();
            if a.key.as_ref() != state.as_bytes() {
                out.push_attribute(a);
            }
        }
        out.push_attribute((state, "translated"));
        out
    };
    loop {
        let event = reader.read_event().unwrap();
        let selected = chosen.get(&(file.clone(), unit.clone()));
        match event {
            Event::Eof => break,
            Event::Start(ref e) if e.local_name().as_ref() == b"file" => {
                file = attribute(e, "original").unwrap();
                writer.write_event(event).unwrap();
            }
            Event::Start(ref e) if matches!(e.local_name().as_ref(), b"trans-unit" | b"unit") => {
                unit = attribute(e, "id").unwrap();
                writer.write_event(event).unwrap();
            }
            Event::Start(ref e) if e.local_name().as_ref() == b"segment" && selected.is_some() => {
                writer
                    .write_event(Event::Start(translated(e, "state")))
                    .unwrap();
            }
            Event::Start(ref e) | Event::Empty(ref e)
                if e.local_name().as_ref() == b"target" && selected.is_some() =>
            {
                let start = if e.try_get_attribute("state").unwrap().is_some() {
                    translated(e, "state")
                } else {
                    e.to_owned()
                };
                let end = BytesEnd::new(String::from_utf8(e.name().as_ref().to_vec()).unwrap());
                writer.write_event(Event::Start(start)).unwrap();
                writer
                    .write_event(Event::Text(BytesText::new(selected.unwrap())))
                    .unwrap();
                writer.write_event(Event::End(end)).unwrap();
                replacing = matches!(event, Event::Start(_));
            }
            Event::End(ref e) if replacing && e.local_name().as_ref() == b"target" => {
                replacing = false;
            }
            _ if replacing => {}
            other => writer.write_event(other).unwrap(),
        }
    }
    fs::write(path, writer.into_inner()).unwrap();
    changed
}

/// A project with two missing units, exported as PO and translated by [`translate_po`].
fn translated_po() -> (Project, PathBuf, Vec<(String, String, String)>) {
    let project = project();
    let po = project.path("ko.po");
    project.ok(&["export", "--locale", "ko", "-o", po.to_str().unwrap()]);
    let changed = translate_po(&po);
    (project, po, changed)
}

fn round_trip(format: &str, translate: fn(&Path) -> Vec<(String, String, String)>) {
    let project = project();
    let file = project.path(&format!("ko.{format}"));
    let file_arg = file.to_str().unwrap();
    project.ok(&[
        "export", "--locale", "ko", "--format", format, "-o", file_arg,
    ]);
    let before = ftl_files(&project, "ko");
    let changed = translate(&file);

    let out = project.ok(&["import", file_arg]);
    assert!(out.contains(": 3 written,"), "{out}");
    let after = ftl_files(&project, "ko");
    assert_only_changed(&before, &after, &changed);
    let status = project.ok(&["status", "--locale", "ko", "--format", "json"]);
    let status: serde_json::Value = serde_json::from_str(&status).unwrap();
    assert_eq!(status["locales"][0]["missing"], 0, "{status}");
    assert_eq!(status["locales"][0]["stale"], 0, "{status}");

    let out = project.ok(&["import", file_arg]);
    assert!(out.contains(": 0 written,"), "{out}");
    assert_eq!(
        ftl_files(&project, "ko"),
        after,
        "a second import changed something"
    );
}

#[test]
fn po_round_trip_changes_only_the_three_messages() {
    round_trip("po", translate_po);
}

#[test]
fn xliff_12_round_trip_changes_only_the_three_messages() {
    round_trip("xliff", translate_xliff);
}

#[test]
fn xliff_20_round_trip_changes_only_the_three_messages() {
    round_trip("xliff2", translate_xliff);
}

#[test]
fn a_translation_changed_after_the_export_is_a_conflict() {
    let (project, po, changed) = translated_po();
    // Meanwhile someone edits the translation the PO rewrites, in the .ftl.
    let (path, id, body) = changed
        .iter()
        .find_map(|(file, id, _)| {
            let path = format!("locales/ko/{file}");
            let catalog = Catalog::parse(Path::new(&path), project.read(&path));
            Some((path, id.clone(), catalog.get(id)?.body.clone()))
        })
        .unwrap();
    let text = project.read(&path);
    project.write(
        &path,
        format!(
            "{}{id} = 손으로 고침{}",
            &text[..body.start],
            &text[body.end..]
        ),
    );
    let file = path.trim_start_matches("locales/ko/");

    let out = project.run(&["import", po.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains(&format!("{file}#{id}")), "{stderr}");
    assert!(stderr.contains("conflict"), "{stderr}");
    assert!(project.read(&path).contains(&format!("{id} = 손으로 고침")));
}

#[test]
fn invalid_fluent_and_check_errors_are_skipped_and_dry_run_writes_nothing() {
    let (project, po, changed) = translated_po();
    let po_arg = po.to_str().unwrap();
    let mut catalog = polib::po_file::parse(&po).unwrap();
    let mut link = None;
    for mut message in catalog.messages_mut() {
        if message.msgctxt() == Some("site.ftl#page-title") {
            message.set_msgstr("{ $page ".to_string()).unwrap();
        } else if link.is_none() && message.msgid().contains("](http") {
            link = message.msgctxt().map(str::to_string);
            message
                .set_msgstr("링크를 빠뜨린 번역".to_string())
                .unwrap();
        }
    }
    let link = link.expect("a unit with a link");
    polib::po_file::write_to_file(&catalog, &po).unwrap();
    let before = ftl_files(&project, "ko");

    // A dry run sees what a real run refuses: Fluent that does not read, a dropped link.
    for dry in [true, false] {
        let mut args = vec!["import", po_arg];
        if dry {
            args.insert(1, "--dry-run");
        }
        let out = project.run(&args);
        let (stdout, stderr) = (
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr),
        );
        assert_eq!(out.status.code(), Some(1), "{stderr}");
        let verb = if dry { "would write" } else { "written" };
        assert!(stdout.contains(&format!("3 {verb}, ")), "{stdout}");
        assert!(stderr.contains("site.ftl#page-title"), "{stderr}");
        assert!(stderr.contains("not valid Fluent: 1:"), "{stderr}");
        let line = stderr
            .lines()
            .find(|l| l.contains(&link))
            .unwrap_or_default();
        assert!(line.contains("check rejects it: FP101"), "{stderr}");
        if dry {
            for (file, id, _) in &changed {
                assert!(
                    stdout.contains(&format!("would write: {file}#{id}")),
                    "{stdout}"
                );
            }
            assert_eq!(ftl_files(&project, "ko"), before, "a dry run wrote");
        }
    }
    assert_only_changed(&before, &ftl_files(&project, "ko"), &changed);
}

#[test]
fn stale_units_are_fuzzy_with_their_previous_source() {
    let project = Project::bundled();
    let story = "content/stories/to-stay-or-leave.md";
    let text = project.read(story);
    let old = "It is likely Soon Me has moved to another city in China";
    assert!(text.contains(old));
    project.write(
        story,
        text.replace(old, "It is likely Soon Me moved to another city in China"),
    );
    project.ok(&["extract"]);
    let po = project.ok(&["export", "--locale", "ko", "--only", "stale"]);
    let file = polib::po_file::parse_from_reader(po.as_bytes()).unwrap();
    let messages: Vec<_> = file.messages().collect();
    assert_eq!(messages.len(), 1, "{po}");
    assert!(messages[0].is_fuzzy());
    assert!(messages[0]
        .msgid()
        .starts_with("It is likely Soon Me moved"));
    assert!(po.contains(&format!("#| \"{old}")), "{po}");
    let read = fluentpress::exchange::read(Path::new("ko.po"), &po).unwrap();
    let previous = read.units[0].previous_source.as_deref().unwrap();
    assert!(previous.starts_with(old), "{previous}");
    let xliff = project.ok(&[
        "export", "--locale", "ko", "--only", "stale", "--format", "xliff",
    ]);
    assert!(
        xliff.contains("state=\"needs-review-translation\""),
        "{xliff}"
    );
}

/// Runs `tool args...` and asserts it succeeds, when the tool is installed.
fn passes(tool: &str, args: &[&str], env: &[(&str, &Path)], install: &str) {
    let present = Command::new(tool).arg("--version").output().is_ok();
    if !available(tool, present, install) {
        return;
    }
    let out = Command::new(tool)
        .args(args)
        .envs(env.iter().copied())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{tool} {args:?}: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn exported_files_pass_msgfmt_and_the_xliff_schemas() {
    let project = project();
    let po = project.path("ko.po");
    let x12 = project.path("ko-12.xlf");
    let x20 = project.path("ko-20.xlf");
    for (format, path) in [("po", &po), ("xliff", &x12), ("xliff2", &x20)] {
        project.ok(&[
            "export",
            "--locale",
            "ko",
            "--format",
            format,
            "-o",
            path.to_str().unwrap(),
        ]);
    }
    let po_text = fs::read_to_string(&po).unwrap();
    assert!(
        po_text.contains("msgctxt \"site.ftl#date\""),
        "a Fluent unit is exported"
    );
    passes(
        "msgfmt",
        &["--check", "-o", "/dev/null", po.to_str().unwrap()],
        &[],
        "apt-get install gettext",
    );
    let schemas = repository().join("tests/xliff-schemas");
    let catalog = schemas.join("catalog.xml");
    for (schema, file) in [
        ("xliff-core-1.2-strict.xsd", &x12),
        ("xliff_core_2.0.xsd", &x20),
    ] {
        let schema = schemas.join(schema);
        passes(
            "xmllint",
            &[
                "--nonet",
                "--noout",
                "--schema",
                schema.to_str().unwrap(),
                file.to_str().unwrap(),
            ],
            &[("XML_CATALOG_FILES", &catalog)],
            "apt-get install libxml2-utils",
        );
    }
}

#[test]
fn split_export_writes_one_file_per_catalog() {
    let project = project();
    let dir = project.path("out");
    let out = project.run(&[
        "export",
        "--locale",
        "ko",
        "--split",
        "-o",
        dir.to_str().unwrap(),
    ]);
    assert!(out.status.success());
    let written: Vec<String> = files_under(&dir)
        .iter()
        .map(|p| p.strip_prefix(&dir).unwrap().to_string_lossy().into_owned())
        .collect();
    assert!(
        written.contains(&"stories/to-stay-or-leave.po".to_string()),
        "{written:?}"
    );
    assert!(written.contains(&"site.po".to_string()), "{written:?}");
    let story = fs::read_to_string(dir.join("stories/to-stay-or-leave.po")).unwrap();
    assert!(!story.contains("site.ftl#"));
}

#[test]
fn tm_export_holds_every_current_translation() {
    let project = project();
    let tmx = project.ok(&["tm", "export", "--format", "tmx"]);
    let doc = roxmltree::Document::parse(&tmx).unwrap();
    let tus: Vec<_> = doc.descendants().filter(|n| n.has_tag_name("tu")).collect();
    let status = project.ok(&["status", "--format", "json"]);
    let status: serde_json::Value = serde_json::from_str(&status).unwrap();
    // Every translated message of some locale is a unit; images' alt and title are one each.
    assert!(tus.len() >= status["locales"][0]["translated"].as_u64().unwrap() as usize);
    let new = tus
        .iter()
        .find(|t| t.attribute("tuid").unwrap().contains("#p-a-first-new"));
    assert!(
        new.is_none(),
        "a missing unit has no translation to remember"
    );
    let title = tus
        .iter()
        .find(|t| t.attribute("tuid") == Some("stories/to-stay-or-leave.ftl#title"))
        .unwrap();
    let languages: Vec<&str> = title
        .children()
        .filter(|n| n.has_tag_name("tuv"))
        .map(|n| {
            n.attribute(("http://www.w3.org/XML/1998/namespace", "lang"))
                .unwrap()
        })
        .collect();
    assert_eq!(languages, ["en", "ko", "zh-CN"]);
}

/// `text` with runs of whitespace as one space: how line wrapping differs between the tools.
fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The number after `label` in `text` (`"12 written"` → 12 for `" written"`).
fn count_before(text: &str, label: &str) -> usize {
    let head = &text[..text
        .find(label)
        .unwrap_or_else(|| panic!("{label:?} in {text}"))];
    let digits = head.rsplit(|c: char| !c.is_ascii_digit()).next().unwrap();
    digits.parse().unwrap()
}

#[test]
fn a_gettext_book_gives_every_exactly_matching_unit_its_msgstr() {
    let project =
        Project::new("source_locale = \"en\"\nlocales = [\"ko\"]\ncontent_dir = \"src\"\n");
    common::copy_dir(&repository().join("tests/gettext-book"), project.root());
    project.ok(&["extract"]);
    let book = project.path("po/ko.po");
    let out = project.ok(&["import", "--match-source", book.to_str().unwrap()]);

    // An independent count: polib reads the book, fluentpress's Fluent reader the units, and
    // only whitespace is normalised.
    let catalog = polib::po_file::parse(&book).unwrap();
    let mut translations: HashMap<String, String> = HashMap::new();
    for m in catalog
        .messages()
        .filter(|m| m.is_translated() && !m.is_fuzzy())
    {
        translations
            .entry(collapse(m.msgid()))
            .or_insert_with(|| m.msgstr().unwrap().to_string());
    }
    let (en, ko) = (project.path("locales/en"), project.path("locales/ko"));
    let mut exact = 0;
    for path in files_under(&en) {
        let source = Catalog::load(&path).unwrap();
        let target = Catalog::load_if_exists(&ko.join(path.strip_prefix(&en).unwrap())).unwrap();
        for entry in source.entries.iter().filter(|e| e.attributes.is_empty()) {
            let Some(msgstr) = entry
                .value
                .as_ref()
                .and_then(|t| translations.get(&collapse(t)))
            else {
                continue;
            };
            exact += 1;
            let id = entry.id.as_deref().unwrap();
            let translated = target.as_ref().and_then(|t| t.get(id)?.value.clone());
            assert_eq!(
                translated.as_deref(),
                Some(msgstr.as_str()),
                "{}#{id}",
                path.display()
            );
        }
    }
    assert!(exact >= 20, "{exact} exact matches: {out}");
    let written = count_before(&out, " written");
    let stale = count_before(&out, " stale, from fuzzy");
    assert!(written - stale >= exact, "{out}");
    assert!(stale > 0, "{out}");
    assert_eq!(count_before(&out, " of "), written, "{out}");
    let status = project.ok(&["status", "--format", "json"]);
    let status: serde_json::Value = serde_json::from_str(&status).unwrap();
    assert_eq!(
        status["locales"][0]["stale"], stale,
        "fuzzy entries come in stale"
    );
    assert_eq!(status["locales"][0]["translated"], written - stale);
    assert!(out.contains("no unit has this source"), "{out}");

    project.ok(&["build", "--format", "markdown", "--locale", "ko"]);
    let page = project.read("public/ko/hello-world/what-is-rust.md");
    assert!(
        page.contains("러스트는 C++와 유사한 정적 컴파일 언어입니다"),
        "{page}"
    );
}

#[test]
fn a_translation_of_a_source_that_changed_since_the_export_comes_in_stale() {
    let (project, po, changed) = translated_po();
    // The English of the unit whose translation the PO rewrites changes after the export.
    let (file, id, _) = changed
        .iter()
        .find(|(_, id, _)| !id.starts_with("p-a-"))
        .unwrap();
    let document = format!("content/{}", file.replace(".ftl", ".md"));
    let english = format!("locales/en/{file}");
    let catalog = Catalog::parse(Path::new(&english), project.read(&english));
    let english = catalog.get(id).and_then(|e| e.value.clone()).unwrap();
    let text = project.read(&document);
    assert!(
        text.contains(&english),
        "{id} is not one paragraph of {document}"
    );
    project.write(
        &document,
        text.replacen(&english, &format!("{english} Edited."), 1),
    );
    project.ok(&["extract"]);

    let out = project.ok(&["import", po.to_str().unwrap()]);
    assert!(out.contains(": 3 written,"), "{out}");
    let status = project.ok(&["status", "--locale", "ko", "--format", "json"]);
    let status: serde_json::Value = serde_json::from_str(&status).unwrap();
    let stale: Vec<&str> = status["locales"][0]["files"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| {
            f["stale_ids"]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_str().unwrap())
        })
        .collect();
    assert_eq!(stale, [id.as_str()], "{status}");
}
