//! Fluent checks (FP001–FP005), and the reading of a Fluent file for the other checks. Each file
//! is parsed once with fluent-syntax, whose syntax tree points into the file's text: every value
//! and attribute becomes plain text (one per variant of a selector) that remembers where each of
//! its bytes came from, so a problem found in the text is reported at its place in the file.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::ops::Range;

use fluent_syntax::ast;
use fluent_syntax::parser::{self, ErrorKind};

use super::{Code, Finding, Traced};
use crate::error::Position;

/// What stands in the text of a rendering for a placeable whose value is known only at run
/// time: one character that is neither a word, a digit, whitespace nor Markdown syntax.
const RUNTIME_VALUE: char = '\u{FFFC}';

/// The comment line that silences checks for the message it is attached to.
const IGNORE: &str = "fluentpress-ignore:";

/// A Fluent file as the checks see it.
#[derive(Debug)]
pub(crate) struct FluentFile {
    pub messages: Vec<Message>,
    /// Syntax errors (FP001, FP005), in file coordinates.
    pub problems: Vec<Finding>,
    /// What the file defines, as references name it: `m`, `m.attr`, `-term`, `-term.attr`.
    pub defined: HashSet<String>,
}

/// A message or term (`-id`).
#[derive(Debug)]
pub(crate) struct Message {
    pub id: String,
    /// Where the identifier is in the file.
    pub at: Range<usize>,
    /// Codes silenced by a `# fluentpress-ignore: FP203, FP204` comment.
    pub ignored: Vec<Code>,
    /// The value (named `None`) and the attributes.
    pub fields: Vec<Field>,
    pub placeables: Placeables,
    /// Problems of the message within its file (FP002), in file coordinates.
    pub findings: Vec<Finding>,
    /// The messages and terms it refers to: key, where, whether a term.
    pub references: Vec<(String, Range<usize>, bool)>,
}

#[derive(Debug)]
pub(crate) struct Field {
    pub name: Option<String>,
    /// The text with every selector at its default variant first, then one text per other
    /// variant of each selector, traced to the file.
    pub renderings: Vec<Traced>,
}

/// The variables and references of a message, each with where it first appears.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Placeables(BTreeMap<String, Range<usize>>);

impl FluentFile {
    /// Parses `text`; a byte order mark is not part of the Fluent text (see
    /// [`crate::catalog::bom_len`]), but offsets stay those of `text`.
    pub fn parse(text: &str) -> FluentFile {
        let bom = crate::catalog::bom_len(text);
        let (resource, errors) = match parser::parse(&text[bom..]) {
            Ok(resource) => (resource, Vec::new()),
            Err(partial) => partial,
        };
        let problems = errors
            .iter()
            .map(|e| {
                let code = match e.kind {
                    ErrorKind::MissingDefaultVariant => Code::NoDefaultVariant,
                    _ => Code::Syntax,
                };
                let at = crate::catalog::error_span(text, bom, e);
                Finding::new(code, at, e.kind.to_string())
            })
            .collect();
        let mut messages: Vec<Message> = resource
            .body
            .iter()
            .filter_map(|entry| Message::read(text, entry))
            .collect();
        mark_duplicates(text, &mut messages);
        FluentFile {
            messages,
            problems,
            defined: definitions(&resource),
        }
    }

    /// FP003: references to a message or term that is not defined, by message index; `defined`
    /// says whether a key (`-brand`, `m.attr`) is defined where the reference is resolved.
    pub fn unknown_references(&self, defined: impl Fn(&str) -> bool) -> Vec<(usize, Finding)> {
        let mut found = Vec::new();
        for (index, message) in self.messages.iter().enumerate() {
            for (key, at, term) in message.references.iter().filter(|r| !defined(&r.0)) {
                let what = if *term { "term" } else { "message" };
                let text = format!("`{key}` is not a {what} that this file can see");
                found.push((
                    index,
                    Finding::new(Code::UnknownReference, at.clone(), text),
                ));
            }
        }
        found
    }
}

impl Message {
    /// The message or term `entry` of the file `text`; `None` for comments and junk.
    fn read(text: &str, entry: &ast::Entry<&str>) -> Option<Message> {
        let (id, comment, value, attributes) = match entry {
            ast::Entry::Message(m) => (m.id.name, &m.comment, m.value.as_ref(), &m.attributes),
            ast::Entry::Term(t) => (t.id.name, &t.comment, Some(&t.value), &t.attributes),
            _ => return None,
        };
        let term = matches!(entry, ast::Entry::Term(_));
        let start = offset_in(text, id);
        let mut used = Vec::new();
        let mut fields = Vec::new();
        let named = value
            .map(|v| (None, v))
            .into_iter()
            .chain(attributes.iter().map(|a| (Some(a.id.name), &a.value)));
        for (name, pattern) in named {
            walk_pattern(pattern, &mut used);
            fields.push(Field {
                name: name.map(str::to_string),
                renderings: renderings(text, pattern),
            });
        }
        let mut placeables = BTreeMap::new();
        for reference in &used {
            placeables
                .entry(reference.key())
                .or_insert_with(|| reference.at(text));
        }
        Some(Message {
            id: if term {
                format!("-{id}")
            } else {
                id.to_string()
            },
            at: start..start + id.len(),
            ignored: comment.as_ref().map_or_else(Vec::new, ignored_codes),
            fields,
            placeables: Placeables(placeables),
            findings: Vec::new(),
            references: used
                .iter()
                .filter(|r| !matches!(r, Reference::Variable(_)))
                .map(|r| (r.key(), r.at(text), r.is_term()))
                .collect(),
        })
    }
}

/// FP002 on every definition of an ID after its first, which is the one Fluent reads.
fn mark_duplicates(text: &str, messages: &mut [Message]) {
    let mut first: HashMap<String, usize> = HashMap::new();
    for message in messages {
        match first.get(&message.id) {
            Some(&offset) => {
                let line = Position::at(text, offset).line;
                let text = format!(
                    "`{}` is defined more than once (first on line {line})",
                    message.id
                );
                message
                    .findings
                    .push(Finding::new(Code::DuplicateId, message.at.clone(), text));
            }
            None => {
                first.insert(message.id.clone(), message.at.start);
            }
        }
    }
}

/// The byte offset of `slice`, a part of `text` handed out by the parser, in `text`.
fn offset_in(text: &str, slice: &str) -> usize {
    (slice.as_ptr() as usize)
        .saturating_sub(text.as_ptr() as usize)
        .min(text.len())
}

/// The codes named by the ignore lines of a comment.
fn ignored_codes(comment: &ast::Comment<&str>) -> Vec<Code> {
    comment
        .content
        .iter()
        .filter_map(|line| line.trim().strip_prefix(IGNORE))
        .flat_map(|codes| codes.split([',', ' ']).filter_map(Code::parse))
        .collect()
}

/// A variable or a reference to a message or term, as written in a pattern.
#[derive(Debug)]
enum Reference<'s> {
    Variable(&'s str),
    Message {
        id: &'s str,
        attribute: Option<&'s str>,
    },
    Term {
        id: &'s str,
        attribute: Option<&'s str>,
    },
}

impl<'s> Reference<'s> {
    /// How the reference reads in Fluent: `$name`, `message.attribute`, `-term`.
    fn key(&self) -> String {
        match self {
            Reference::Variable(name) => format!("${name}"),
            Reference::Message {
                id,
                attribute: Some(a),
            } => format!("{id}.{a}"),
            Reference::Message {
                id,
                attribute: None,
            } => id.to_string(),
            Reference::Term {
                id,
                attribute: Some(a),
            } => format!("-{id}.{a}"),
            Reference::Term {
                id,
                attribute: None,
            } => format!("-{id}"),
        }
    }

    fn is_term(&self) -> bool {
        matches!(self, Reference::Term { .. })
    }

    fn at(&self, text: &str) -> Range<usize> {
        let (Reference::Variable(id) | Reference::Message { id, .. } | Reference::Term { id, .. }) =
            self;
        let start = offset_in(text, id);
        start..start + id.len()
    }
}

/// Every message and term of `resource`, and every attribute of them, as references name them.
fn definitions(resource: &ast::Resource<&str>) -> HashSet<String> {
    let mut defined = HashSet::new();
    for entry in &resource.body {
        let (prefix, id, attributes) = match entry {
            ast::Entry::Message(m) => ("", m.id.name, &m.attributes),
            ast::Entry::Term(t) => ("-", t.id.name, &t.attributes),
            _ => continue,
        };
        defined.extend(
            attributes
                .iter()
                .map(|a| format!("{prefix}{id}.{}", a.id.name)),
        );
        defined.insert(format!("{prefix}{id}"));
    }
    defined
}

fn walk_pattern<'s>(pattern: &ast::Pattern<&'s str>, used: &mut Vec<Reference<'s>>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            walk_expression(expression, used);
        }
    }
}

fn walk_expression<'s>(expression: &ast::Expression<&'s str>, used: &mut Vec<Reference<'s>>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, used);
            for variant in variants {
                walk_pattern(&variant.value, used);
            }
        }
        ast::Expression::Inline(inline) => walk_inline(inline, used),
    }
}

fn walk_inline<'s>(inline: &ast::InlineExpression<&'s str>, used: &mut Vec<Reference<'s>>) {
    let walk_arguments = |arguments: &ast::CallArguments<&'s str>,
                          used: &mut Vec<Reference<'s>>| {
        for argument in arguments
            .positional
            .iter()
            .chain(arguments.named.iter().map(|n| &n.value))
        {
            walk_inline(argument, used);
        }
    };
    match inline {
        ast::InlineExpression::StringLiteral { .. }
        | ast::InlineExpression::NumberLiteral { .. } => {}
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            walk_arguments(arguments, used)
        }
        ast::InlineExpression::MessageReference { id, attribute } => {
            used.push(Reference::Message {
                id: id.name,
                attribute: attribute.as_ref().map(|a| a.name),
            })
        }
        ast::InlineExpression::TermReference {
            id,
            attribute,
            arguments,
        } => {
            used.push(Reference::Term {
                id: id.name,
                attribute: attribute.as_ref().map(|a| a.name),
            });
            if let Some(arguments) = arguments {
                walk_arguments(arguments, used);
            }
        }
        ast::InlineExpression::VariableReference { id } => used.push(Reference::Variable(id.name)),
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, used),
    }
}

/// The renderings of `pattern`: every selector at its default variant, then for each selector
/// at the top level, each other variant with the rest at their defaults. Checking every variant
/// in every combination would multiply; one variant at a time finds the same mistakes.
fn renderings(text: &str, pattern: &ast::Pattern<&str>) -> Vec<Traced> {
    let mut all = vec![render(text, pattern, None)];
    let selects = pattern.elements.iter().filter_map(|e| match e {
        ast::PatternElement::Placeable {
            expression: ast::Expression::Select { variants, .. },
        } => Some(variants),
        _ => None,
    });
    for (select, variants) in selects.enumerate() {
        for (index, variant) in variants.iter().enumerate() {
            if !variant.default {
                all.push(render(text, pattern, Some((select, index))));
            }
        }
    }
    all
}

/// The text of `pattern` with the top-level selector number `choice.0` at variant `choice.1`
/// and every other selector at its default variant.
fn render(text: &str, pattern: &ast::Pattern<&str>, choice: Option<(usize, usize)>) -> Traced {
    let mut rendering = Traced::default();
    let mut select = 0;
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => {
                rendering.push(value, offset_in(text, value))
            }
            ast::PatternElement::Placeable {
                expression: ast::Expression::Select { variants, .. },
            } => {
                let chosen = choice.filter(|(s, _)| *s == select).map(|(_, v)| v);
                let variant = chosen
                    .and_then(|v| variants.get(v))
                    .or_else(|| variants.iter().find(|v| v.default));
                if let Some(variant) = variant {
                    render_into(text, &variant.value, &mut rendering);
                }
                select += 1;
            }
            ast::PatternElement::Placeable {
                expression: ast::Expression::Inline(inline),
            } => render_inline(text, inline, &mut rendering),
        }
    }
    rendering
}

/// Appends `pattern` with every selector at its default variant.
fn render_into(text: &str, pattern: &ast::Pattern<&str>, rendering: &mut Traced) {
    rendering.append(&render(text, pattern, None));
}

fn render_inline(text: &str, inline: &ast::InlineExpression<&str>, rendering: &mut Traced) {
    match inline {
        ast::InlineExpression::StringLiteral { value } => {
            let unescaped = fluent_syntax::unicode::unescape_unicode_to_string(value);
            rendering.push(&unescaped, offset_in(text, value));
        }
        ast::InlineExpression::NumberLiteral { value } => {
            rendering.push(value, offset_in(text, value))
        }
        ast::InlineExpression::Placeable { expression } => match &**expression {
            ast::Expression::Inline(inner) => render_inline(text, inner, rendering),
            select => {
                let pattern = ast::Pattern {
                    elements: vec![ast::PatternElement::Placeable {
                        expression: select.clone(),
                    }],
                };
                render_into(text, &pattern, rendering);
            }
        },
        ast::InlineExpression::FunctionReference { id, .. }
        | ast::InlineExpression::MessageReference { id, .. }
        | ast::InlineExpression::TermReference { id, .. }
        | ast::InlineExpression::VariableReference { id } => {
            rendering.push(
                RUNTIME_VALUE.encode_utf8(&mut [0; 4]),
                offset_in(text, id.name),
            );
        }
    }
}

/// FP004: the variables and references of a translation must be those of its source. Missing
/// ones are reported at `message` (the target's ID), extra ones where they are.
pub(crate) fn compare_placeables(
    source: &Placeables,
    target: &Placeables,
    message: Range<usize>,
) -> Vec<Finding> {
    let missing = source
        .0
        .keys()
        .filter(|k| !target.0.contains_key(*k))
        .map(|key| {
            Finding::new(
                Code::Placeables,
                message.clone(),
                format!("`{{ {key} }}` of the source is missing"),
            )
        });
    let extra = target
        .0
        .iter()
        .filter(|(k, _)| !source.0.contains_key(*k))
        .map(|(key, at)| {
            Finding::new(
                Code::Placeables,
                at.clone(),
                format!("`{{ {key} }}` is not in the source"),
            )
        });
    missing.chain(extra).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(findings: &[Finding]) -> Vec<Code> {
        findings.iter().map(|f| f.code).collect()
    }

    #[test]
    fn renderings_map_back_to_the_file() {
        let text = "m = Hello\n    world {\"{\"} { $n }\n    .alt = Alt\n";
        let file = FluentFile::parse(text);
        let message = &file.messages[0];
        let value = &message.fields[0].renderings[0];
        assert_eq!(value.text, "Hello\nworld { \u{FFFC}");
        let at = value.text.find("world").unwrap();
        assert_eq!(&text[value.origin(at..at + 5)], "world");
        let brace = value.text.find('{').unwrap();
        assert_eq!(&text[value.origin(brace..brace + 1)], "{");
        let alt = &message.fields[1];
        assert_eq!(alt.name.as_deref(), Some("alt"));
        assert_eq!(&text[alt.renderings[0].origin(0..3)], "Alt");
    }

    #[test]
    fn plain_renderings_read_like_the_catalog() {
        let text = "m = a {\"[\"}b{\"}\"}\n    {\"  \"}c\\u\n";
        let catalog =
            crate::catalog::Catalog::parse(std::path::Path::new("t.ftl"), text.to_string());
        let file = FluentFile::parse(text);
        assert_eq!(
            Some(&file.messages[0].fields[0].renderings[0].text),
            catalog.get("m").unwrap().value.as_ref()
        );
    }

    #[test]
    fn each_variant_is_rendered() {
        let text = "m = { $n ->\n    [one] one { $n } apple\n   *[other] { $n } apples\n } and { $k ->\n    [a] A\n   *[b] B\n }\n";
        let file = FluentFile::parse(text);
        let texts: Vec<&str> = file.messages[0].fields[0]
            .renderings
            .iter()
            .map(|r| r.text.as_str())
            .collect();
        assert_eq!(
            texts,
            [
                "\u{FFFC} apples and B",
                "one \u{FFFC} apple and B",
                "\u{FFFC} apples and A"
            ]
        );
    }

    #[test]
    fn syntax_errors_and_missing_defaults_are_found() {
        assert_eq!(
            codes(&FluentFile::parse("ok = fine\nbad = {\n").problems),
            [Code::Syntax]
        );
        let no_default = FluentFile::parse("sel = { $n ->\n    [one] x\n    [other] y\n }\n");
        assert_eq!(codes(&no_default.problems), [Code::NoDefaultVariant]);
        assert!(FluentFile::parse("ok = fine\n").problems.is_empty());
    }

    #[test]
    fn duplicates_are_found_on_the_second_definition() {
        let text = "a = x\nb = y\na = z\n-a = term\n";
        let file = FluentFile::parse(text);
        assert!(file.messages[0].findings.is_empty());
        assert!(
            file.messages[3].findings.is_empty(),
            "a term may share a message's name"
        );
        let duplicate = &file.messages[2].findings;
        assert_eq!(codes(duplicate), [Code::DuplicateId]);
        assert!(
            duplicate[0].message.contains("line 1"),
            "{}",
            duplicate[0].message
        );
        assert_eq!(&text[duplicate[0].at.clone()], "a");
    }

    #[test]
    fn unknown_references_are_found() {
        let text = "-brand = B\n    .short = b\nm = { -brand } { -brand.short ->\n   *[b] { other } { $v } { -nope } { m.attr }\n }\nother = o\n";
        let file = FluentFile::parse(text);
        let unknown = file.unknown_references(|key| file.defined.contains(key));
        let found: Vec<(usize, &str)> = unknown
            .iter()
            .map(|(i, f)| (*i, &text[f.at.clone()]))
            .collect();
        assert_eq!(found, [(1, "nope"), (1, "m")]);
        assert!(unknown
            .iter()
            .all(|(_, f)| f.code == Code::UnknownReference));
        // Another file of the locale may define what this one refers to.
        let shared = FluentFile::parse("-nope = N\nm = M\n    .attr = A\n");
        let everywhere = |key: &str| file.defined.contains(key) || shared.defined.contains(key);
        assert!(file.unknown_references(everywhere).is_empty());
    }

    #[test]
    fn a_byte_order_mark_is_not_junk() {
        let text = "\u{feff}a = x\nb = {\n";
        let file = FluentFile::parse(text);
        assert_eq!(file.messages[0].id, "a");
        assert_eq!(&text[file.messages[0].at.clone()], "a");
        assert_eq!(codes(&file.problems), [Code::Syntax]);
        assert!(file.problems[0].at.start >= text.find("b =").unwrap());
    }

    #[test]
    fn placeables_must_match_the_source() {
        let source = FluentFile::parse("m = { $name } wrote { -brand }\n-brand = B\n");
        let same = FluentFile::parse("m = { -brand }에 { $name } 씀\n-brand = B\n");
        let renamed = FluentFile::parse("m = { $nom } wrote { -brand }\n-brand = B\n");
        let placeables = |f: &FluentFile| f.messages[0].placeables.clone();
        assert!(compare_placeables(&placeables(&source), &placeables(&same), 0..1).is_empty());
        let found = compare_placeables(&placeables(&source), &placeables(&renamed), 0..1);
        let messages: Vec<&str> = found.iter().map(|f| f.message.as_str()).collect();
        assert_eq!(
            messages,
            [
                "`{ $name }` of the source is missing",
                "`{ $nom }` is not in the source"
            ]
        );
    }

    #[test]
    fn ignore_comments_name_codes() {
        let file = FluentFile::parse(
            "# context\n# fluentpress-ignore: FP203, fp204 FP999\nm = x\n\nn = y\n",
        );
        assert_eq!(file.messages[0].ignored, [Code::Untranslated, Code::Length]);
        assert!(file.messages[1].ignored.is_empty());
    }
}
