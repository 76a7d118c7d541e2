//! Locale checks (FP301–FP303): the typography of the target language — full-width punctuation
//! between Chinese characters, no space before sentence punctuation in Korean — and the
//! glossary's agreed translations of names and terms.

use std::ops::Range;

use super::markdown::Inline;
use super::{language, Code, Finding};
use crate::glossary::Term;

/// FP301 or FP302, as the target locale's language calls for. Ranges are in the translation's
/// Markdown.
pub(crate) fn typography(locale: &str, target: &Inline) -> Option<Finding> {
    let text = &target.visible.text;
    let (code, hits) = match language(locale).as_str() {
        "zh" => (Code::ChinesePunctuation, ascii_between_han(text)),
        "ko" => (Code::KoreanSpacing, space_before_punctuation(text)),
        _ => return None,
    };
    let first = hits.first()?;
    let what = match code {
        Code::ChinesePunctuation => format!(
            "ASCII `{}` next to Chinese characters",
            &text[first.clone()]
        ),
        _ => format!("a space before `{}`", text[first.clone()].trim_start()),
    };
    let more = match hits.len() - 1 {
        0 => String::new(),
        n => format!(" ({n} more in this message)"),
    };
    Some(Finding::new(
        code,
        target.visible.origin(first.clone()),
        format!("{what}{more}"),
    ))
}

fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{2FFFF}')
}

/// Full-width punctuation that may follow a sentence's end.
fn is_cjk_punctuation(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{303F}' | '\u{FF00}'..='\u{FF65}' | '“' | '”' | '‘' | '’' | '…' | '—')
}

/// Runs of ASCII sentence punctuation after a Han character that end a sentence or stand before
/// another Han character, and ASCII double quotes next to one: Chinese uses ，。：；！？ and “” or 「」.
fn ascii_between_han(text: &str) -> Vec<Range<usize>> {
    let is_ascii_punctuation = |c: char| matches!(c, ',' | '.' | ':' | ';' | '!' | '?' | '"');
    runs(text, is_ascii_punctuation)
        .filter(|run| {
            let before = text[..run.start].trim_end_matches(' ').chars().next_back();
            let after = text[run.end..].trim_start_matches(' ').chars().next();
            let ends_or_joins =
                after.is_none_or(|c| c == '\n' || is_han(c) || is_cjk_punctuation(c));
            let quote = text[run.clone()].contains('"');
            before.is_some_and(is_han) && (ends_or_joins || quote)
                || quote && after.is_some_and(is_han)
        })
        .collect()
}

/// Spaces between a word and the sentence punctuation that ends it, with the punctuation
/// (`합니다 .`). An ellipsis or a decimal after a space (` ...`, ` .5`) is not such punctuation.
fn space_before_punctuation(text: &str) -> Vec<Range<usize>> {
    runs(text, |c| c == ' ' || c == '\u{3000}')
        .filter(|run| {
            let word_before = text[..run.start]
                .chars()
                .next_back()
                .is_some_and(|c| !c.is_whitespace());
            let mut after = text[run.end..].chars();
            let punctuation = after
                .next()
                .is_some_and(|c| matches!(c, '.' | ',' | '!' | '?' | ':' | ';'));
            let closes = after.next().is_none_or(|c| {
                c.is_whitespace() || matches!(c, '"' | '\'' | ')' | '”' | '’' | '」')
            });
            word_before && punctuation && closes
        })
        .map(|run| run.start..run.end + 1)
        .collect()
}

/// The maximal runs of characters of `text` that `matches`.
fn runs<'t>(
    text: &'t str,
    matches: impl Fn(char) -> bool + Copy + 't,
) -> impl Iterator<Item = Range<usize>> + 't {
    let mut at = 0;
    std::iter::from_fn(move || {
        let start = at + text[at..].find(matches)?;
        let end = text[start..]
            .find(|c| !matches(c))
            .map_or(text.len(), |i| start + i);
        at = end;
        Some(start..end)
    })
}

/// FP303: every glossary term of the source (`terms`) is translated as agreed for `locale`.
/// Spacing and case are not compared: Korean spacing varies, and particles may follow.
pub(crate) fn glossary(terms: &[&Term], locale: &str, target: &Inline) -> Vec<Finding> {
    if terms.is_empty() {
        return Vec::new();
    }
    let squeeze = |text: &str| -> String {
        text.chars()
            .filter(|c| !c.is_whitespace())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let text = &target.visible.text;
    let mut squeezed = None;
    terms
        .iter()
        .filter_map(|term| {
            let agreed = term.translation(locale)?;
            // Most translations hold the agreed words as they are; the text is squeezed only
            // for those that do not.
            let found = text.contains(agreed) || squeezed.get_or_insert_with(|| squeeze(text)).contains(&squeeze(agreed));
            if found {
                return None;
            }
            let finding = Finding::new(Code::Glossary, 0..0, format!("`{}` is not translated as the glossary's `{agreed}`", term.source));
            Some(match &term.note {
                Some(note) => finding.with_hint(format!(
                    "use the glossary's translation ({note}), or add `# fluentpress-ignore: FP303` above the message if it does not apply"
                )),
                None => finding,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::glossary::Glossary;

    /// The text of the finding for `text` in `locale`, if any.
    fn hit(locale: &str, text: &str) -> Option<String> {
        let inline = Inline::parse(text, None);
        typography(locale, &inline).map(|f| text[f.at].to_string())
    }

    #[test]
    fn chinese_wants_full_width_punctuation() {
        assert_eq!(hit("zh-CN", "你好,世界"), Some(",".into()));
        assert_eq!(hit("zh-CN", "谢谢!"), Some("!".into()));
        assert_eq!(hit("zh-CN", "他说\"你好\""), Some("\"".into()));
        assert_eq!(hit("zh-CN", "等等... 然后"), Some("...".into()));
        for fine in [
            "你好，世界。",
            "平均分为1.8。",
            "见 https://example.org.",
            "关注 @crossingbordersnk。",
            "跨越边境（Crossing Borders）说：“好。”",
            "LiNK, Inc.",
        ] {
            assert_eq!(hit("zh-CN", fine), None, "{fine}");
        }
    }

    #[test]
    fn the_first_problem_is_reported_with_a_count() {
        let inline = Inline::parse("一,二,三", None);
        let finding = typography("zh-CN", &inline).unwrap();
        assert_eq!(
            finding.message,
            "ASCII `,` next to Chinese characters (1 more in this message)"
        );
        let finding = typography("ko", &Inline::parse("네 !", None)).unwrap();
        assert_eq!(finding.message, "a space before `!`");
    }

    #[test]
    fn korean_wants_no_space_before_punctuation() {
        assert_eq!(hit("ko", "감사합니다 ."), Some(" .".into()));
        assert_eq!(hit("ko", "그래서 , 우리는"), Some(" ,".into()));
        for fine in [
            "감사합니다.",
            "그리고 ... 끝",
            "값은 .5 이다",
            "링크(LiNK) 소속",
        ] {
            assert_eq!(hit("ko", fine), None, "{fine}");
        }
        assert_eq!(
            hit("en", "Thanks ."),
            None,
            "other languages are not checked"
        );
    }

    #[test]
    fn glossary_terms_are_translated_as_agreed() {
        let text =
            "[[term]]\nsource = \"Crossing Borders\"\nko = \"크로싱 보더스\"\nnote = \"the NGO\"\n";
        let agreed = Glossary::parse(std::path::Path::new("g.toml"), text, &["ko".into()]).unwrap();
        let terms = agreed.uses("Crossing Borders’ safehouse");
        let found =
            |target: &str, locale: &str| glossary(&terms, locale, &Inline::parse(target, None));
        assert!(found("크로싱보더스의 쉼터", "ko").is_empty());
        assert!(
            found("Anything", "zh-CN").is_empty(),
            "no agreed translation"
        );
        let missing = found("국경을 넘는 사람들의 쉼터", "ko");
        assert_eq!(missing[0].code, Code::Glossary);
        assert!(missing[0].hint.as_deref().unwrap().contains("the NGO"));
    }
}
