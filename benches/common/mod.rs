//! What the benchmarks share: a target locale's Fluent file made from the source's, written
//! through the library's own Fluent writer.

use fluent_syntax::ast;
use fluentpress::catalog::{self, Catalog, EntryKind};

/// The Fluent file of a target locale holding the messages of `source`, each text (value and
/// attributes) passed through `translate(message_index, text)`. A message is left out (missing)
/// when `translate` gives `None` for any of its texts; comments are kept when `comments`.
pub fn translated_catalog(
    source: &Catalog,
    comments: bool,
    mut translate: impl FnMut(usize, &str) -> Option<String>,
) -> String {
    let messages = source
        .entries
        .iter()
        .filter(|e| e.kind == EntryKind::Message);
    let body = messages
        .enumerate()
        .filter_map(|(index, entry)| {
            let value = match entry.value.as_deref() {
                Some(text) => Some(translate(index, text)?),
                None => None,
            };
            let attributes = entry
                .attributes
                .iter()
                .filter_map(|(name, text)| Some((name.as_str(), text.as_deref()?)))
                .map(|(name, text)| Some((name, translate(index, text)?)))
                .collect::<Option<Vec<_>>>()?;
            let attributes: Vec<(&str, &str)> =
                attributes.iter().map(|(n, t)| (*n, t.as_str())).collect();
            Some(catalog::message(
                entry.id.as_deref()?,
                value.as_deref(),
                &attributes,
                entry.comment.clone().filter(|_| comments),
            ))
        })
        .collect();
    catalog::serialize(&ast::Resource { body })
}
