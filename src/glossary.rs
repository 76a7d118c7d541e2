//! The glossary: agreed translations of names and terms, read from `glossary.toml` at the project
//! root (or the file `fluentpress.toml`'s `glossary` key names), and the search for its terms in
//! source text that `check` uses to hold translations to them.

use std::collections::{BTreeMap, HashMap};
use std::ops::Range;
use std::path::Path;

use regex::{Regex, RegexBuilder};
use serde::Deserialize;

use crate::error::{Error, Result};
use crate::files;
use crate::project::{Project, GLOSSARY_FILE};

/// Every agreed term, in file order, and a matcher for all their spellings at once.
#[derive(Debug, Clone)]
pub struct Glossary {
    pub terms: Vec<Term>,
    /// Every spelling of every term, in any case, the longest first so that "safe houses" is not
    /// cut to "safe house"; `None` when there are no terms.
    pattern: Option<Regex>,
    /// Each spelling in lowercase → the index of its term.
    spellings: HashMap<String, usize>,
}

/// A source-language term and its agreed translation in each locale.
#[derive(Debug, Clone)]
pub struct Term {
    pub source: String,
    /// Other spellings that count as a use of the term (plurals, inflections).
    pub forms: Vec<String>,
    /// Why the translation was chosen, shown to translators.
    pub note: Option<String>,
    /// Locale tag → agreed translation.
    pub translations: BTreeMap<String, String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GlossaryFile {
    #[serde(default)]
    term: Vec<TermEntry>,
}

#[derive(Deserialize)]
struct TermEntry {
    source: String,
    #[serde(default)]
    forms: Vec<String>,
    note: Option<String>,
    /// Every other key is a locale.
    #[serde(flatten)]
    translations: BTreeMap<String, String>,
}

impl Glossary {
    /// The project's glossary: the configured file, which must exist, or `glossary.toml` at the
    /// root if there is one.
    pub fn load(project: &Project) -> Result<Option<Glossary>> {
        let (path, required) = match &project.config.glossary {
            Some(path) => (files::join_inside(&project.root, path)?, true),
            None => (project.root.join(GLOSSARY_FILE), false),
        };
        let text = if required {
            files::read_text(&path)?
        } else {
            match files::read_text_if_exists(&path)? {
                Some(text) => text,
                None => return Ok(None),
            }
        };
        Glossary::parse(&path, &text, &project.config.locales).map(Some)
    }

    /// Parses `text`, read from `path`. A key that is not one of `locales` is an error: it is
    /// far more often a typo (`nots = …`) than a translation nobody would ever check.
    pub fn parse(path: &Path, text: &str, locales: &[String]) -> Result<Glossary> {
        let file: GlossaryFile = toml::from_str(text).map_err(|e| {
            let offset = e.span().map_or(0, |s| s.start);
            Error::syntax(path, text, offset, e.message().to_string())
        })?;
        let mut terms = Vec::with_capacity(file.term.len());
        for entry in file.term {
            if let Some(key) = entry.translations.keys().find(|k| !locales.contains(k)) {
                let offset = text.find(&format!("\n{key}")).map_or(0, |at| at + 1);
                let message = format!(
                    "`{key}` is not a key of a term nor one of the project's locales ({})",
                    locales.join(", ")
                );
                return Err(Error::syntax(path, text, offset, message));
            }
            terms.push(Term {
                source: entry.source,
                forms: entry.forms,
                note: entry.note,
                translations: entry.translations,
            });
        }
        let mut spellings: Vec<(&str, usize)> = terms
            .iter()
            .enumerate()
            .flat_map(|(i, t)| {
                std::iter::once(&t.source)
                    .chain(&t.forms)
                    .map(move |s| (s.as_str(), i))
            })
            .collect();
        spellings.sort_by_key(|(s, _)| std::cmp::Reverse(s.len()));
        let alternation: Vec<String> = spellings.iter().map(|(s, _)| regex::escape(s)).collect();
        let pattern = (!spellings.is_empty())
            .then(|| {
                RegexBuilder::new(&alternation.join("|"))
                    .case_insensitive(true)
                    .build()
            })
            .transpose()
            .map_err(|e| Error::invalid(path, format!("the terms make no valid pattern: {e}")))?;
        let spellings = spellings
            .iter()
            .map(|(s, i)| (s.to_lowercase(), *i))
            .collect();
        Ok(Glossary {
            terms,
            pattern,
            spellings,
        })
    }

    /// Every use of a term in `text`, as whole words in any case, in order.
    pub fn find(&self, text: &str) -> Vec<(&Term, Range<usize>)> {
        self.matches(text)
            .map(|(term, at)| (&self.terms[term], at))
            .collect()
    }

    /// The terms that `text` uses, each once, in the order of the glossary.
    pub fn uses(&self, text: &str) -> Vec<&Term> {
        let mut used = vec![false; self.terms.len()];
        for (term, _) in self.matches(text) {
            used[term] = true;
        }
        self.terms
            .iter()
            .zip(used)
            .filter_map(|(t, used)| used.then_some(t))
            .collect()
    }

    /// The index of the term and the range of each use in `text`.
    fn matches<'t>(&'t self, text: &'t str) -> impl Iterator<Item = (usize, Range<usize>)> + 't {
        self.pattern
            .iter()
            .flat_map(move |p| p.find_iter(text))
            .filter_map(|m| {
                let whole = !continues_word(text[..m.start()].chars().next_back())
                    && !continues_word(text[m.end()..].chars().next());
                let term = self
                    .spellings
                    .get(&m.as_str().to_lowercase())
                    .filter(|_| whole)?;
                Some((*term, m.range()))
            })
    }
}

impl Term {
    /// The agreed translation for `locale`, if the glossary has one.
    pub fn translation(&self, locale: &str) -> Option<&str> {
        self.translations.get(locale).map(String::as_str)
    }
}

/// Whether `c`, next to a match, would make it part of a longer word. Checked by hand rather
/// than with `\b` because terms may start with punctuation (`#Pray40NK`).
fn continues_word(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric() || c == '_')
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = r##"
[[term]]
source = "repatriation"
forms = ["repatriated"]
ko = "강제북송"
zh-CN = "遣返"
note = "forced return"

[[term]]
source = "#Pray40NK"
ko = "#Pray40NK"

[[term]]
source = "Mrs. Jo"
ko = "조 여사"

[[term]]
source = "safe"
forms = ["safe houses"]
"##;

    fn glossary() -> Glossary {
        Glossary::parse(Path::new("g.toml"), SAMPLE, &["ko".into(), "zh-CN".into()]).unwrap()
    }

    fn found(text: &str) -> Vec<String> {
        glossary()
            .uses(text)
            .into_iter()
            .map(|t| t.source.clone())
            .collect()
    }

    #[test]
    fn reads_terms_forms_notes_and_translations() {
        let glossary = glossary();
        let term = &glossary.terms[0];
        assert_eq!(term.source, "repatriation");
        assert_eq!(term.forms, ["repatriated"]);
        assert_eq!(term.note.as_deref(), Some("forced return"));
        assert_eq!(term.translation("zh-CN"), Some("遣返"));
        assert_eq!(glossary.terms[1].translation("zh-CN"), None);
    }

    #[test]
    fn terms_match_whole_words_in_any_case() {
        assert_eq!(found("Fear of Repatriation grew."), ["repatriation"]);
        assert_eq!(found("They were repatriated."), ["repatriation"]);
        assert_eq!(
            found("Join #Pray40NK today, with Mrs. Jo."),
            ["#Pray40NK", "Mrs. Jo"]
        );
        assert!(found("unsafe repatriationist #Pray40NKers Mrs. Jones").is_empty());
    }

    #[test]
    fn uses_are_located_and_listed_in_glossary_order() {
        let glossary = glossary();
        let text = "Mrs. Jo joined #Pray40NK and Mrs. Jo prayed.";
        let found: Vec<(&str, &str)> = glossary
            .find(text)
            .into_iter()
            .map(|(t, at)| (t.source.as_str(), &text[at]))
            .collect();
        assert_eq!(
            found,
            [
                ("Mrs. Jo", "Mrs. Jo"),
                ("#Pray40NK", "#Pray40NK"),
                ("Mrs. Jo", "Mrs. Jo")
            ]
        );
        let used: Vec<&str> = glossary
            .uses(text)
            .into_iter()
            .map(|t| t.source.as_str())
            .collect();
        assert_eq!(used, ["#Pray40NK", "Mrs. Jo"]);
    }

    #[test]
    fn the_longest_spelling_wins() {
        let glossary = glossary();
        let text = "two safe houses";
        let (_, at) = &glossary.find(text)[0];
        assert_eq!(&text[at.clone()], "safe houses");
        assert!(Glossary::parse(Path::new("g.toml"), "", &[])
            .unwrap()
            .find(text)
            .is_empty());
    }

    #[test]
    fn an_unknown_key_is_an_error_on_its_line() {
        let text = "[[term]]\nsource = \"x\"\nnots = \"y\"\n";
        let err = Glossary::parse(Path::new("g.toml"), text, &["ko".into()]).unwrap_err();
        assert!(err.to_string().starts_with("g.toml:3:1:"), "{err}");
    }

    #[test]
    fn a_malformed_file_is_an_error_on_its_line() {
        let err = Glossary::parse(Path::new("g.toml"), "[[term]]\nsource = 3\n", &[]).unwrap_err();
        assert!(err.to_string().starts_with("g.toml:2:"), "{err}");
    }
}
