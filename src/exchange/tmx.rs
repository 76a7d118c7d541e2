//! TMX 1.4, the translation memory every CAT tool imports: one translation unit per source
//! message, with its translation in every locale that has a current one.

use quick_xml::events::{BytesDecl, BytesText, Event};
use quick_xml::Writer;

/// One source message and its translations, by locale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// `stories/a.ftl#p-id`.
    pub key: String,
    pub source: String,
    pub translations: Vec<(String, String)>,
}

/// `entries` as a TMX 1.4 document; entries without a translation are left out.
pub fn write(source_locale: &str, entries: &[Entry]) -> String {
    let mut writer = Writer::new_with_indent(Vec::new(), b' ', 2);
    let version = env!("CARGO_PKG_VERSION");
    let tuv = |w: &mut Writer<Vec<u8>>, lang: &str, text: &str| {
        w.create_element("tuv")
            .with_attribute(("xml:lang", lang))
            .write_inner_content(|w| {
                w.create_element("seg")
                    .write_text_content(BytesText::new(text))?;
                Ok(())
            })
            .map(|_| ())
    };
    let written = writer
        .write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))
        .and_then(|()| {
            writer
                .create_element("tmx")
                .with_attribute(("version", "1.4"))
                .write_inner_content(|w| {
                    w.create_element("header")
                        .with_attributes([
                            ("creationtool", "fluentpress"),
                            ("creationtoolversion", version),
                            ("segtype", "paragraph"),
                            ("o-tmf", "fluentpress"),
                            ("adminlang", "en"),
                            ("srclang", source_locale),
                            ("datatype", "plaintext"),
                        ])
                        .write_empty()?;
                    w.create_element("body").write_inner_content(|w| {
                        for entry in entries.iter().filter(|e| !e.translations.is_empty()) {
                            w.create_element("tu")
                                .with_attribute(("tuid", entry.key.as_str()))
                                .write_inner_content(|w| {
                                    tuv(w, source_locale, &entry.source)?;
                                    entry
                                        .translations
                                        .iter()
                                        .try_for_each(|(locale, text)| tuv(w, locale, text))
                                })?;
                        }
                        Ok(())
                    })?;
                    Ok(())
                })
                .map(|_| ())
        });
    written.expect("writing to memory cannot fail");
    let mut text = String::from_utf8(writer.into_inner()).expect("quick-xml writes UTF-8");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_translation_is_a_variant_of_its_unit() {
        let entries = [
            Entry {
                key: "a.ftl#p-x".into(),
                source: "Fish & <chips>".into(),
                translations: vec![("ko".into(), "생선".into()), ("zh-CN".into(), "鱼".into())],
            },
            Entry {
                key: "a.ftl#p-y".into(),
                source: "untranslated".into(),
                translations: vec![],
            },
        ];
        let text = write("en", &entries);
        let doc = roxmltree::Document::parse(&text).unwrap();
        let tus: Vec<_> = doc.descendants().filter(|n| n.has_tag_name("tu")).collect();
        assert_eq!(tus.len(), 1);
        assert_eq!(tus[0].attribute("tuid"), Some("a.ftl#p-x"));
        let variants: Vec<(String, String)> = tus[0]
            .children()
            .filter(|n| n.has_tag_name("tuv"))
            .map(|t| {
                let lang = t
                    .attribute(("http://www.w3.org/XML/1998/namespace", "lang"))
                    .unwrap();
                let seg = t.children().find(|n| n.has_tag_name("seg")).unwrap();
                (lang.to_string(), seg.text().unwrap().to_string())
            })
            .collect();
        assert_eq!(
            variants,
            [("en", "Fish & <chips>"), ("ko", "생선"), ("zh-CN", "鱼")]
                .map(|(l, t)| (l.to_string(), t.to_string()))
        );
    }
}
