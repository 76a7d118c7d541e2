//! XLIFF 1.2 and 2.0: one `<file>` per catalog, one unit per message, written with quick-xml
//! and read with roxmltree. What import needs rides in standard places: a 1.2 `context-group`,
//! the 2.0 metadata module.

use std::io;
use std::path::Path;

use quick_xml::events::{BytesDecl, BytesText, Event};
use quick_xml::Writer;

use super::{bad_unit, Exchange, Languages, Seen, Unit, UnitState};
use crate::error::{Error, Result};

const NS_12: &str = "urn:oasis:names:tc:xliff:document:1.2";
const NS_20: &str = "urn:oasis:names:tc:xliff:document:2.0";
const NS_MDA: &str = "urn:oasis:names:tc:xliff:metadata:2.0";
/// The 2.0 sub-state of a stale unit (`prefix:value`, as the standard asks).
const STALE_20: &str = "fluentpress:stale";
const FLUENT: &str = "fluent";

type W = Writer<Vec<u8>>;

fn document(body: impl FnOnce(&mut W) -> io::Result<()>) -> String {
    let mut writer = Writer::new_with_indent(Vec::new(), b' ', 2);
    let written = writer
        .write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))
        .and_then(|()| body(&mut writer));
    written.expect("writing to memory cannot fail");
    let mut text = String::from_utf8(writer.into_inner()).expect("quick-xml writes UTF-8");
    text.push('\n');
    text
}

fn text_element(w: &mut W, name: &str, attributes: &[(&str, &str)], text: &str) -> io::Result<()> {
    w.create_element(name)
        .with_attributes(attributes.iter().copied())
        .write_text_content(BytesText::new(text))?;
    Ok(())
}

/// Units grouped by file, in the order given.
fn by_file(units: &[Unit]) -> Vec<(&str, Vec<&Unit>)> {
    let mut files: Vec<(&str, Vec<&Unit>)> = Vec::new();
    for unit in units {
        match files.last_mut() {
            Some((file, group)) if *file == unit.file => group.push(unit),
            _ => files.push((&unit.file, vec![unit])),
        }
    }
    files
}

/// `units` as XLIFF 1.2 (valid against the strict schema).
pub fn write_12(languages: &Languages, units: &[Unit]) -> String {
    document(|w| {
        w.create_element("xliff")
            .with_attributes([("version", "1.2"), ("xmlns", NS_12)])
            .write_inner_content(|w| {
                for (file, units) in by_file(units) {
                    w.create_element("file")
                        .with_attributes([
                            ("original", file),
                            ("source-language", &languages.source),
                            ("target-language", &languages.target),
                            ("datatype", "plaintext"),
                        ])
                        .write_inner_content(|w| {
                            w.create_element("body").write_inner_content(|w| {
                                units.iter().try_for_each(|u| trans_unit(w, u))
                            })?;
                            Ok(())
                        })?;
                }
                Ok(())
            })?;
        Ok(())
    })
}

fn trans_unit(w: &mut W, unit: &Unit) -> io::Result<()> {
    let state = match unit.state {
        UnitState::Translated => "translated",
        UnitState::Missing => "needs-translation",
        UnitState::Stale => "needs-review-translation",
    };
    // Translate Toolkit and others take a target that is not approved for a fuzzy one.
    let approved = if unit.state == UnitState::Translated {
        "yes"
    } else {
        "no"
    };
    w.create_element("trans-unit")
        .with_attributes([
            ("id", unit.id.as_str()),
            ("resname", &unit.id),
            ("approved", approved),
            ("xml:space", "preserve"),
        ])
        .write_inner_content(|w| {
            text_element(w, "source", &[], &unit.source)?;
            let target = unit.target.as_deref().unwrap_or_default();
            text_element(w, "target", &[("state", state)], target)?;
            if let Some((file, line)) = &unit.location {
                w.create_element("context-group")
                    .with_attribute(("purpose", "location"))
                    .write_inner_content(|w| {
                        text_element(w, "context", &[("context-type", "sourcefile")], file)?;
                        let line = line.to_string();
                        text_element(w, "context", &[("context-type", "linenumber")], &line)
                    })?;
            }
            let ours = ours(unit);
            if !ours.is_empty() {
                w.create_element("context-group")
                    .with_attribute(("purpose", "x-fluentpress"))
                    .write_inner_content(|w| {
                        ours.iter().try_for_each(|(kind, value)| {
                            let kind = format!("x-{kind}");
                            text_element(w, "context", &[("context-type", &kind)], value)
                        })
                    })?;
            }
            if let Some(note) = &unit.note {
                text_element(w, "note", &[("from", "translator")], note)?;
            }
            if let Some(previous) = &unit.previous_source {
                let note = format!("Source before it changed: {previous}");
                text_element(w, "note", &[("annotates", "source")], &note)?;
            }
            Ok(())
        })?;
    Ok(())
}

/// What import needs of `unit`, by kind: what the export saw, and whether it is Fluent source.
fn ours(unit: &Unit) -> Vec<(&'static str, &str)> {
    let mut ours = Vec::new();
    if let Some(seen) = &unit.seen {
        ours.push(("seen", seen.token()));
    }
    if unit.fluent {
        ours.push(("syntax", FLUENT));
    }
    ours
}

/// `units` as XLIFF 2.0 (valid against the core schema, with the metadata module).
pub fn write_20(languages: &Languages, units: &[Unit]) -> String {
    document(|w| {
        w.create_element("xliff")
            .with_attributes([
                ("xmlns", NS_20),
                ("xmlns:mda", NS_MDA),
                ("version", "2.0"),
                ("srcLang", &languages.source),
                ("trgLang", &languages.target),
            ])
            .write_inner_content(|w| {
                for (n, (file, units)) in by_file(units).into_iter().enumerate() {
                    let id = format!("f{}", n + 1);
                    w.create_element("file")
                        .with_attributes([("id", id.as_str()), ("original", file)])
                        .write_inner_content(|w| units.iter().try_for_each(|u| unit_20(w, u)))?;
                }
                Ok(())
            })?;
        Ok(())
    })
}

fn unit_20(w: &mut W, unit: &Unit) -> io::Result<()> {
    w.create_element("unit")
        .with_attributes([
            ("id", unit.id.as_str()),
            ("name", &unit.id),
            ("xml:space", "preserve"),
        ])
        .write_inner_content(|w| {
            let ours = ours(unit);
            if !ours.is_empty() {
                w.create_element("mda:metadata").write_inner_content(|w| {
                    w.create_element("mda:metaGroup")
                        .with_attribute(("category", "fluentpress"))
                        .write_inner_content(|w| {
                            ours.iter().try_for_each(|(kind, value)| {
                                text_element(w, "mda:meta", &[("type", kind)], value)
                            })
                        })?;
                    Ok(())
                })?;
            }
            let location = unit
                .location
                .as_ref()
                .map(|(file, line)| ("location", format!("{file}:{line}")));
            let translator = unit.note.clone().map(|n| ("translator", n));
            let previous = unit
                .previous_source
                .as_ref()
                .map(|p| ("previous-source", p.clone()));
            let notes: Vec<_> = [location, translator, previous]
                .into_iter()
                .flatten()
                .collect();
            if !notes.is_empty() {
                w.create_element("notes").write_inner_content(|w| {
                    notes.iter().try_for_each(|(category, text)| {
                        text_element(w, "note", &[("category", category)], text)
                    })
                })?;
            }
            let (state, sub_state) = match unit.state {
                UnitState::Translated => ("translated", None),
                UnitState::Missing => ("initial", None),
                UnitState::Stale => ("translated", Some(STALE_20)),
            };
            let mut segment = w.create_element("segment").with_attribute(("state", state));
            if let Some(sub_state) = sub_state {
                segment = segment.with_attribute(("subState", sub_state));
            }
            segment.write_inner_content(|w| {
                text_element(w, "source", &[], &unit.source)?;
                text_element(w, "target", &[], unit.target.as_deref().unwrap_or_default())
            })?;
            Ok(())
        })?;
    Ok(())
}

/// The units of an XLIFF 1.2 or 2.0 document, read from `path`.
pub fn read(path: &Path, text: &str) -> Result<Exchange> {
    let options = roxmltree::ParsingOptions {
        allow_dtd: false,
        ..Default::default()
    };
    let doc = roxmltree::Document::parse_with_options(text, options).map_err(|e| {
        let pos = e.pos();
        Error::Syntax {
            path: path.to_path_buf(),
            position: crate::error::Position {
                line: pos.row as usize,
                column: pos.col as usize,
            },
            message: e.to_string(),
        }
    })?;
    let root = doc.root_element();
    let ns = root.tag_name().namespace().unwrap_or_default();
    if root.tag_name().name() != "xliff" || (ns != NS_12 && ns != NS_20) {
        return Err(bad_unit(path, text, 0, "not an XLIFF 1.2 or 2.0 document"));
    }
    let mut units = Vec::new();
    let mut target = root.attribute("trgLang").map(str::to_string);
    for file in root.children().filter(|n| n.has_tag_name((ns, "file"))) {
        let Some(original) = file.attribute("original") else {
            let offset = file.range().start;
            return Err(bad_unit(path, text, offset, "<file> without `original`"));
        };
        if let Some(language) = file.attribute("target-language") {
            target.get_or_insert_with(|| language.to_string());
        }
        let tag = if ns == NS_12 { "trans-unit" } else { "unit" };
        for node in file.descendants().filter(|n| n.has_tag_name((ns, tag))) {
            let id = node.attribute("resname").or(node.attribute("id"));
            let Some(id) = id.filter(|id| !id.is_empty()) else {
                return Err(bad_unit(
                    path,
                    text,
                    node.range().start,
                    "unit without an id",
                ));
            };
            let unit = if ns == NS_12 {
                unit_12(node, original, id)
            } else {
                unit_of_20(node, original, id)
            };
            units.push(unit);
        }
    }
    Ok(Exchange { target, units })
}

/// All the text of `node`, inline elements flattened.
fn text_of(node: roxmltree::Node) -> String {
    node.descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect()
}

fn child<'a, 'i>(
    node: roxmltree::Node<'a, 'i>,
    ns: &str,
    name: &str,
) -> Option<roxmltree::Node<'a, 'i>> {
    node.children().find(|n| n.has_tag_name((ns, name)))
}

fn unit_12(node: roxmltree::Node, file: &str, id: &str) -> Unit {
    let target_node = child(node, NS_12, "target");
    let target = target_node.map(text_of).filter(|t| !t.is_empty());
    let needs_review = target_node
        .and_then(|t| t.attribute("state"))
        .is_some_and(|s| s.starts_with("needs-review") || s == "needs-adaptation")
        && node.attribute("approved") != Some("yes");
    let contexts: Vec<(&str, String)> = node
        .children()
        .filter(|n| n.has_tag_name((NS_12, "context-group")))
        .flat_map(|g| g.children().filter(|n| n.has_tag_name((NS_12, "context"))))
        .map(|c| (c.attribute("context-type").unwrap_or_default(), text_of(c)))
        .collect();
    let context = |kind: &str| lookup(&contexts, kind);
    let note = node
        .children()
        .find(|n| n.has_tag_name((NS_12, "note")) && n.attribute("from") == Some("translator"))
        .map(text_of);
    Unit {
        file: file.to_string(),
        id: id.to_string(),
        source: child(node, NS_12, "source")
            .map(text_of)
            .unwrap_or_default(),
        state: state_of(&target, needs_review),
        target,
        previous_source: None,
        note,
        location: context("sourcefile").map(|f| {
            (
                f,
                context("linenumber")
                    .and_then(|l| l.parse().ok())
                    .unwrap_or(0),
            )
        }),
        seen: context("x-seen").as_deref().map(Seen::parse),
        fluent: context("x-syntax").as_deref() == Some(FLUENT),
    }
}

/// The text of the first of `pairs` (kind, text) of this `kind`.
fn lookup(pairs: &[(&str, String)], kind: &str) -> Option<String> {
    pairs
        .iter()
        .find(|(k, _)| *k == kind)
        .map(|(_, v)| v.clone())
}

fn state_of(target: &Option<String>, needs_review: bool) -> UnitState {
    match (target, needs_review) {
        (None, _) => UnitState::Missing,
        (Some(_), true) => UnitState::Stale,
        (Some(_), false) => UnitState::Translated,
    }
}

fn unit_of_20(node: roxmltree::Node, file: &str, id: &str) -> Unit {
    // A unit split into several segments by a CAT tool reads back as the segments joined.
    let segments: Vec<_> = node
        .children()
        .filter(|n| n.has_tag_name((NS_20, "segment")) || n.has_tag_name((NS_20, "ignorable")))
        .collect();
    let part = |name: &str| -> String {
        segments
            .iter()
            .filter_map(|s| child(*s, NS_20, name))
            .map(text_of)
            .collect()
    };
    let target = Some(part("target")).filter(|t| !t.is_empty());
    let needs_review = segments
        .iter()
        .any(|s| s.attribute("subState") == Some(STALE_20));
    let metas: Vec<(&str, String)> = node
        .descendants()
        .filter(|n| n.has_tag_name((NS_MDA, "meta")))
        .filter(|n| {
            n.parent()
                .and_then(|g| g.attribute("category"))
                .is_some_and(|c| c == "fluentpress")
        })
        .map(|m| (m.attribute("type").unwrap_or_default(), text_of(m)))
        .collect();
    let meta = |kind: &str| lookup(&metas, kind);
    let notes: Vec<(&str, String)> = child(node, NS_20, "notes")
        .into_iter()
        .flat_map(|n| n.children().filter(|n| n.has_tag_name((NS_20, "note"))))
        .map(|n| (n.attribute("category").unwrap_or_default(), text_of(n)))
        .collect();
    let note = |category: &str| lookup(&notes, category);
    Unit {
        file: file.to_string(),
        id: id.to_string(),
        source: part("source"),
        state: state_of(&target, needs_review),
        target,
        previous_source: note("previous-source"),
        note: note("translator"),
        location: note("location").and_then(|l| {
            let (file, line) = l.rsplit_once(':')?;
            Some((file.to_string(), line.parse().ok()?))
        }),
        seen: meta("seen").as_deref().map(Seen::parse),
        fluent: meta("syntax").as_deref() == Some(FLUENT),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exchange::po::tests::sample;

    fn languages() -> Languages {
        Languages {
            source: "en".into(),
            target: "ko".into(),
        }
    }

    #[test]
    fn units_round_trip_through_xliff_20() {
        let units = sample();
        let text = write_20(&languages(), &units);
        let read_back = read(Path::new("x.xlf"), &text).unwrap();
        assert_eq!(read_back.units, units, "{text}");
        assert_eq!(read_back.target.as_deref(), Some("ko"));
    }

    #[test]
    fn units_round_trip_through_xliff_12_but_the_previous_source() {
        let units = sample();
        let text = write_12(&languages(), &units);
        assert!(
            text.contains("state=\"needs-review-translation\""),
            "{text}"
        );
        let expected: Vec<Unit> = units
            .into_iter()
            .map(|u| Unit {
                previous_source: None,
                ..u
            })
            .collect();
        let read_back = read(Path::new("x.xlf"), &text).unwrap();
        assert_eq!(read_back.units, expected, "{text}");
        assert_eq!(read_back.target.as_deref(), Some("ko"));
    }

    #[test]
    fn errors_name_the_place() {
        let error = read(Path::new("x.xlf"), "<xliff>\n  <file></xliff>").unwrap_err();
        assert!(error.to_string().starts_with("x.xlf:2:"), "{error}");
        let text = format!("<xliff xmlns=\"{NS_20}\" version=\"2.0\">\n<file id=\"f\" original=\"a.ftl\">\n<unit><segment/></unit></file></xliff>");
        let error = read(Path::new("x.xlf"), &text).unwrap_err().to_string();
        assert_eq!(error, "x.xlf:3:1: unit without an id");
    }
}
