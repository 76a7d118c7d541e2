//! What helps a translator beside the source: a word-level diff of the English a translation
//! was made from and the English now, and suggestions from the project's translation memory
//! (translated units whose source is like this one's).

use std::collections::HashSet;

use serde::Serialize;
use similar::{ChangeTag, TextDiff};

/// A run of words the diff keeps, removes or adds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// `equal`, `delete` or `insert`.
    pub change: &'static str,
    pub text: String,
}

/// The word-level changes from `old` to `new`, neighbouring words of one kind joined.
pub fn word_diff(old: &str, new: &str) -> Vec<Change> {
    let diff = TextDiff::from_words(old, new);
    let mut changes: Vec<Change> = Vec::new();
    for change in diff.iter_all_changes() {
        let kind = match change.tag() {
            ChangeTag::Equal => "equal",
            ChangeTag::Delete => "delete",
            ChangeTag::Insert => "insert",
        };
        match changes.last_mut() {
            Some(last) if last.change == kind => last.text.push_str(change.value()),
            _ => changes.push(Change {
                change: kind,
                text: change.value().to_string(),
            }),
        }
    }
    changes
}

/// A translated unit of the project: what the memory remembers.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Memory {
    /// The Fluent file, under the locale folder.
    pub path: String,
    pub id: String,
    pub source: String,
    pub translation: String,
}

/// A remembered unit offered for another.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Suggestion {
    #[serde(flatten)]
    pub memory: Memory,
    /// 1 for the same source text; otherwise the share of words the two sources have in common,
    /// in order.
    pub similarity: f64,
}

/// How alike two sources must be for one's translation to be suggested for the other.
const THRESHOLD: f64 = 0.5;
/// Suggestions per unit.
const MAX: usize = 3;

/// The translations of `memory` whose source is like `source`, best first (the same text
/// first of all), leaving out the unit `(path, id)` itself.
pub fn suggest(source: &str, memory: &[Memory], path: &str, id: &str) -> Vec<Suggestion> {
    let wanted = words(source);
    let mut found: Vec<Suggestion> = memory
        .iter()
        .filter(|m| !(m.path == path && m.id == id))
        // Comparing the sets of words first spares the diff for nearly every unit.
        .filter(|m| dice(&wanted, &words(&m.source)) >= THRESHOLD)
        .filter_map(|m| {
            let similarity = if m.source == source {
                1.0
            } else {
                let ratio = f64::from(TextDiff::from_words(source, &m.source).ratio());
                // Only the very same text is a perfect match.
                (ratio * 100.0).floor().min(99.0) / 100.0
            };
            (similarity >= THRESHOLD).then(|| Suggestion {
                memory: m.clone(),
                similarity,
            })
        })
        .collect();
    found.sort_by(|a, b| b.similarity.total_cmp(&a.similarity));
    // The same translation found twice is offered once.
    let mut seen = HashSet::new();
    found.retain(|s| seen.insert(s.memory.translation.clone()));
    found.truncate(MAX);
    found
}

fn words(text: &str) -> HashSet<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Twice the words in common over all words: 1 for the same set, 0 for none in common.
fn dice(a: &HashSet<String>, b: &HashSet<String>) -> f64 {
    match a.len() + b.len() {
        0 => 1.0,
        all => 2.0 * a.intersection(b).count() as f64 / all as f64,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn memory(id: &str, source: &str, translation: &str) -> Memory {
        Memory {
            path: "a.ftl".into(),
            id: id.into(),
            source: source.into(),
            translation: translation.into(),
        }
    }

    #[test]
    fn the_diff_shows_changed_words() {
        let changes = word_diff("We met in 2019 in Seoul.", "We met in 2020 in Seoul.");
        let shown: Vec<(&str, &str)> = changes
            .iter()
            .map(|c| (c.change, c.text.as_str()))
            .collect();
        assert_eq!(
            shown,
            [
                ("equal", "We met in "),
                ("delete", "2019"),
                ("insert", "2020"),
                ("equal", " in Seoul."),
            ]
        );
        let joined: String = changes
            .iter()
            .filter(|c| c.change != "delete")
            .map(|c| c.text.as_str())
            .collect();
        assert_eq!(joined, "We met in 2020 in Seoul.");
    }

    #[test]
    fn exact_matches_come_first_then_the_most_alike() {
        let memory = vec![
            memory(
                "near",
                "Thank you for praying with us today",
                "오늘 함께 기도해 주셔서 감사합니다",
            ),
            memory("other", "The river was cold", "강은 차가웠다"),
            memory(
                "same",
                "Thank you for praying with us",
                "함께 기도해 주셔서 감사합니다",
            ),
            memory("self", "Thank you for praying with us", "자기 자신"),
        ];
        let found = suggest("Thank you for praying with us", &memory, "a.ftl", "self");
        let ids: Vec<&str> = found.iter().map(|s| s.memory.id.as_str()).collect();
        assert_eq!(ids, ["same", "near"]);
        assert_eq!(found[0].similarity, 1.0);
        assert!(found[1].similarity < 1.0 && found[1].similarity >= THRESHOLD);
        assert!(suggest("Nothing alike here at all", &memory, "b.ftl", "x").is_empty());
    }
}
