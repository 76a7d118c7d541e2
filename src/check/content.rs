//! Content checks (FP201–FP205): what readers rely on survives translation — numbers, in the
//! target's notation if need be, and URLs, e-mail addresses, @handles and #hashtags exactly —
//! and the translation looks translated: not the source text, not far shorter or longer than
//! usual for the language pair, no whitespace the source does not have.

use std::ops::Range;

use linkify::LinkFinder;

use super::markdown::Inline;
use super::{language, Code, Finding, Profile};

/// A number as a reader understands it, and where it is written.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Number {
    pub value: f64,
    pub at: Range<usize>,
}

/// The numbers of `text`: digits (ASCII or full-width) with thousands separators and decimals,
/// with the Chinese and Korean units that may follow them (`10만`, `1억 2천만`, `3万`), Chinese
/// numerals (`五十`, `百分之五十` holds 100 and 50) and Korean native numerals (`두 명`,
/// `스물다섯`). Digits inside a Latin word (`Pray40NK`) are part of a name, not a number.
pub(crate) fn numbers(text: &str) -> Vec<Number> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        let byte = bytes[at];
        if byte.is_ascii_alphabetic() {
            at += bytes[at..]
                .iter()
                .position(|b| !b.is_ascii_alphanumeric())
                .unwrap_or(bytes.len() - at);
        } else if byte.is_ascii() && !byte.is_ascii_digit() {
            at += 1;
        } else {
            let c = text[at..].chars().next().unwrap_or_default();
            if arabic_digit(c).is_some() || han_digit(c).is_some() || han_unit(c).is_some() {
                let (value, end) = read_number(text, at);
                found.push(Number { value, at: at..end });
                at = end;
            } else if is_hangul(c) {
                // Only a whole word can be a numeral: `두` in `두려움` is not 2.
                let word = hangul_word(&text[at..]);
                let starts_word = !text[..at]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric);
                if let Some((value, length)) = native_numeral(&text[at..]).filter(|_| starts_word) {
                    found.push(Number {
                        value,
                        at: at..at + length,
                    });
                }
                at += word.len();
            } else {
                at += c.len_utf8();
            }
        }
    }
    found
}

fn arabic_digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

fn han_digit(c: char) -> Option<f64> {
    let digit = match c {
        '〇' | '零' => 0,
        '一' => 1,
        '二' | '两' | '兩' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    };
    Some(f64::from(digit))
}

fn han_unit(c: char) -> Option<f64> {
    match c {
        '十' | '拾' => Some(10.0),
        '百' | '佰' => Some(100.0),
        '千' | '仟' => Some(1e3),
        '万' | '萬' => Some(1e4),
        '亿' | '億' => Some(1e8),
        _ => None,
    }
}

/// Korean units count only after digits: on their own they are syllables of ordinary words.
fn hangul_unit(c: char) -> Option<f64> {
    match c {
        '십' => Some(10.0),
        '백' => Some(100.0),
        '천' => Some(1e3),
        '만' => Some(1e4),
        '억' => Some(1e8),
        '조' => Some(1e12),
        _ => None,
    }
}

/// Korean native tens and units: each form, its value, and whether it stands on its own (`둘`)
/// or only before a counter (`두 명`). `열`, `쉰` and the short forms are also ordinary words
/// (`열 때`, `세계`, `네 생각`), so they count only before a counter.
const NATIVE_TENS: [(&str, f64, bool); 10] = [
    ("열", 10.0, false),
    ("스물", 20.0, true),
    ("스무", 20.0, false),
    ("서른", 30.0, true),
    ("마흔", 40.0, true),
    ("쉰", 50.0, false),
    ("예순", 60.0, true),
    ("일흔", 70.0, true),
    ("여든", 80.0, true),
    ("아흔", 90.0, true),
];
const NATIVE_UNITS: [(&str, f64, bool); 15] = [
    ("하나", 1.0, true),
    ("한", 1.0, false),
    ("둘", 2.0, true),
    ("두", 2.0, false),
    ("셋", 3.0, true),
    ("세", 3.0, false),
    ("석", 3.0, false),
    ("넷", 4.0, true),
    ("네", 4.0, false),
    ("넉", 4.0, false),
    ("다섯", 5.0, true),
    ("여섯", 6.0, true),
    ("일곱", 7.0, true),
    ("여덟", 8.0, true),
    ("아홉", 9.0, true),
];

/// Words that count things after a native numeral (`두 명`, `세 번`, `석 달`).
const COUNTERS: [&str; 27] = [
    "명", "사람", "분", "개", "번", "살", "해", "달", "주", "주일", "시", "시간", "배", "가지",
    "끼", "권", "장", "마리", "곳", "군데", "차례", "채", "벌", "잔", "병", "대", "그릇",
];

/// Syllables that open a particle, the copula or a suffix after a numeral or counter (`둘이`,
/// `두 명을`, `열한 명입니다`, `세 번째`): what may follow them in the same word.
const PARTICLES: [char; 22] = [
    '이', '입', '인', '가', '은', '는', '을', '를', '도', '와', '과', '의', '에', '만', '씩', '째',
    '쯤', '로', '으', '나', '뿐', '까',
];

fn is_hangul(c: char) -> bool {
    ('가'..='힣').contains(&c)
}

/// The run of Hangul syllables at the start of `text`.
fn hangul_word(text: &str) -> &str {
    let end = text.find(|c| !is_hangul(c)).unwrap_or(text.len());
    &text[..end]
}

/// Whether `rest`, the remainder of a word after a numeral or counter, is empty or a particle.
fn ends_word(rest: &str) -> bool {
    rest.chars().next().is_none_or(|c| PARTICLES.contains(&c))
}

/// The value and length of the Korean native numeral that opens `text`, a word's start: tens
/// then units (`스물다섯`, `열두`), either on its own or followed by a particle, or before a
/// counter word (`두 명`, `열한 살`).
fn native_numeral(text: &str) -> Option<(f64, usize)> {
    let mut value = 0.0;
    let mut length = 0;
    let mut alone = false;
    for forms in [&NATIVE_TENS[..], &NATIVE_UNITS[..]] {
        if let Some(&(form, part, stands)) = forms.iter().find(|f| text[length..].starts_with(f.0))
        {
            value += part;
            length += form.len();
            alone = stands;
        }
    }
    if length == 0 {
        return None;
    }
    let rest = hangul_word(&text[length..]);
    let counted = rest.is_empty()
        && text[length..].strip_prefix(' ').is_some_and(|next| {
            let word = hangul_word(next);
            COUNTERS
                .iter()
                .any(|c| word.strip_prefix(c).is_some_and(ends_word))
        });
    (counted || alone && ends_word(rest)).then_some((value, length))
}

/// The value of the number that starts at `start`, and where it ends. Units work as they do
/// when read aloud: 十, 百, 千 multiply the digit before them into the current group of four
/// digits; 万 and 亿 multiply the group into the total.
fn read_number(text: &str, start: usize) -> (f64, usize) {
    let (mut total, mut group) = (0.0, 0.0);
    let mut current: Option<f64> = None;
    let mut han_digits = false;
    let mut arabic = false;
    let mut big_unit = false;
    let (mut at, mut end) = (start, start);
    while let Some(c) = text[at..].chars().next() {
        if arabic_digit(c).is_some() && current.is_none() {
            let (value, length) = read_arabic(&text[at..]);
            current = Some(value);
            arabic = true;
            han_digits = false;
            at += length;
        } else if let Some(digit) = han_digit(c).filter(|_| !arabic) {
            current = Some(match current {
                Some(before) if han_digits => before * 10.0 + digit,
                _ => digit,
            });
            han_digits = true;
            at += c.len_utf8();
        } else if let Some(unit) = han_unit(c).or_else(|| hangul_unit(c).filter(|_| arabic)) {
            if unit >= 1e4 {
                let multiplier = group + current.unwrap_or(0.0);
                total += if multiplier == 0.0 { 1.0 } else { multiplier } * unit;
                group = 0.0;
            } else {
                group += current.unwrap_or(1.0) * unit;
            }
            current = None;
            han_digits = false;
            big_unit = unit >= 1e4;
            at += c.len_utf8();
        } else if c == ' ' && big_unit && text[at + 1..].starts_with(|c| arabic_digit(c).is_some())
        {
            // `1억 2천만`: Korean spaces the groups of a number.
            at += 1;
            continue;
        } else {
            break;
        }
        end = at;
    }
    (total + group + current.unwrap_or(0.0), end)
}

/// The value of the digits at the start of `text`, with `,` (or a full-width `，`) before groups
/// of three and one decimal point, and how many bytes they take.
fn read_arabic(text: &str) -> (f64, usize) {
    let mut digits = String::new();
    let mut point = false;
    let mut at = 0;
    while let Some(c) = text[at..].chars().next() {
        let next_is_digit = text[at + c.len_utf8()..].starts_with(|c| arabic_digit(c).is_some());
        let separator =
            matches!(c, ',' | '，') && !point && is_thousands_group(&text[at + c.len_utf8()..]);
        if let Some(digit) = arabic_digit(c) {
            digits.push(char::from_digit(digit, 10).unwrap_or('0'));
        } else if c == '.' && !point && next_is_digit {
            digits.push('.');
            point = true;
        } else if !separator {
            break;
        }
        at += c.len_utf8();
    }
    (digits.parse().unwrap_or(0.0), at)
}

/// Whether `text` starts with exactly three digits.
fn is_thousands_group(text: &str) -> bool {
    let mut chars = text.chars();
    (0..3).all(|_| chars.next().and_then(arabic_digit).is_some())
        && chars.next().and_then(arabic_digit).is_none()
}

fn same_number(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(1.0)
}

/// The URLs, e-mail addresses, @handles and #hashtags of `text`, in order.
pub(crate) fn identifiers(text: &str) -> Vec<Range<usize>> {
    let mut found: Vec<Range<usize>> = LinkFinder::new()
        .links(text)
        .map(|l| l.start()..l.end())
        .collect();
    let links = found.len();
    for (at, sign) in text.match_indices(['@', '#']) {
        let after_word = text[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric);
        if after_word || found[..links].iter().any(|l| l.contains(&at)) {
            continue;
        }
        let name = &text[at + 1..];
        // Handles may hold dots (`@a.b`); a dot at the end closes the sentence instead.
        let length = name
            .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.' && sign == "@"))
            .unwrap_or(name.len());
        let name = name[..length].trim_end_matches('.');
        let named = if sign == "#" {
            name.chars().any(char::is_alphabetic)
        } else {
            !name.is_empty()
        };
        if named {
            found.push(at..at + 1 + name.len());
        }
    }
    found.sort_by_key(|r| r.start);
    found
}

/// The usual range of a translation's length divided by its source's, in characters other than
/// whitespace, for a language pair.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Band {
    pub low: f64,
    pub high: f64,
}

/// Sources shorter than this many characters (other than whitespace) have no usual length:
/// a few words translate to anything from one character to a phrase.
const MIN_LENGTH: usize = 40;

impl Band {
    /// The band of translations from `source` to `target` (locale tags). Korean and Chinese
    /// take far fewer characters than English: on the project's own translations the median
    /// is 0.46 for Korean and 0.37 for Chinese, and each band spans about half to twice that
    /// (`docs/check.md` has the numbers). Other pairs get a wide band, a third to three times.
    pub fn of(source: &str, target: &str) -> Band {
        match (language(source).as_str(), language(target).as_str()) {
            ("en", "ko") => Band {
                low: 0.25,
                high: 0.9,
            },
            ("en", "zh") => Band {
                low: 0.2,
                high: 0.8,
            },
            _ => Band {
                low: 1.0 / 3.0,
                high: 3.0,
            },
        }
    }
}

/// The length of `text` that FP204 compares: characters other than whitespace, without the
/// `identifiers` it holds, which are copied rather than translated.
pub(crate) fn translatable_length(text: &str, identifiers: &[String]) -> usize {
    let length = |text: &str| text.chars().filter(|c| !c.is_whitespace()).count();
    let copied: usize = identifiers
        .iter()
        .filter(|id| text.contains(id.as_str()))
        .map(|id| length(id))
        .sum();
    length(text).saturating_sub(copied)
}

/// FP201–FP205 for a translation, `raw` (its Markdown) and `target` (its structure), of the
/// source `source`. Ranges are in `raw`.
pub(crate) fn compare(source: &Profile, raw: &str, target: &Inline, band: &Band) -> Vec<Finding> {
    let mut found = kept_numbers(source, target);
    found.extend(kept_identifiers(source, target));
    match untranslated(source, raw) {
        Some(finding) => found.push(finding),
        None => found.extend(unusual_length(source, target, band)),
    }
    found.extend(whitespace(&source.text, raw));
    found
}

fn kept_numbers(source: &Profile, target: &Inline) -> Vec<Finding> {
    if source.numbers.is_empty() {
        return Vec::new();
    }
    let visible = &target.visible.text;
    let source_visible = &source.inline.visible.text;
    let ours = numbers(visible);
    let mut missing: Vec<&Number> = Vec::new();
    let mut decades: Vec<&Number> = Vec::new();
    for number in &source.numbers {
        let decade = is_decade(source_visible, number)
            .then(|| decade_written(number.value, &ours, visible))
            .flatten();
        decades.extend(decade);
        let kept = decade.is_some() || ours.iter().any(|n| same_number(n.value, number.value));
        if !kept && !missing.iter().any(|m| same_number(m.value, number.value)) {
            missing.push(number);
        }
    }
    // A number the source lacks, written in digits, is most likely a missing one changed.
    let mut changed = ours.iter().filter(|n| {
        visible[n.at.clone()]
            .chars()
            .any(|c| arabic_digit(c).is_some())
            && !source.numbers.iter().any(|s| same_number(s.value, n.value))
            && !decades.iter().any(|d| d.at == n.at)
    });
    missing
        .into_iter()
        .map(|number| {
            let theirs = &source_visible[number.at.clone()];
            match changed.next() {
                Some(ours) => Finding::new(
                    Code::Numbers,
                    target.visible.origin(ours.at.clone()),
                    format!(
                        "the source's number {theirs} is missing; the translation has {}",
                        &visible[ours.at.clone()]
                    ),
                ),
                None => Finding::new(
                    Code::Numbers,
                    0..0,
                    format!("the source's number {theirs} is missing"),
                ),
            }
        })
        .collect()
}

/// Whether `number` of `text` names a decade: a year ending in 0 with an `s` (`1990s`).
fn is_decade(text: &str, number: &Number) -> bool {
    let year = number.value;
    let mut after = text[number.at.end..].chars();
    (1000.0..10000.0).contains(&year)
        && year % 10.0 == 0.0
        && after.next() == Some('s')
        && !after.next().is_some_and(char::is_alphanumeric)
}

/// The number of `ours` (in `visible`) that writes the decade `year` the Chinese or Korean way,
/// if any: its years in the century before 年代 or 년대 (`20世纪90年代`, `上世纪90年代`), or for
/// a century's first decade, the century before 世纪 or 세기 (`2000s`: `21世纪初`).
fn decade_written<'a>(year: f64, ours: &'a [Number], visible: &str) -> Option<&'a Number> {
    let in_century = year % 100.0;
    let century = (year / 100.0).floor() + 1.0;
    let before = |n: &Number, words: [&str; 2]| {
        let after = visible[n.at.end..].trim_start();
        words.iter().any(|w| after.starts_with(w))
    };
    ours.iter().find(|n| {
        same_number(n.value, in_century) && before(n, ["年代", "년대"])
            || in_century < 10.0 && same_number(n.value, century) && before(n, ["世纪", "세기"])
    })
}

fn kept_identifiers(source: &Profile, target: &Inline) -> Vec<Finding> {
    source
        .identifiers
        .iter()
        .filter(|id| !target.visible.text.contains(id.as_str()))
        .map(|id| {
            Finding::new(
                Code::Identifiers,
                0..0,
                format!("`{id}` of the source is missing or changed"),
            )
        })
        .collect()
}

/// FP203, unless the source is a number, an identifier or a name: no word of it has a letter
/// once identifiers are left out, or it is at most three words that all start with a capital.
fn untranslated(source: &Profile, raw: &str) -> Option<Finding> {
    if raw.trim() != source.text.trim() {
        return None;
    }
    let mut visible = source.inline.visible.text.clone();
    for at in identifiers(&source.inline.visible.text).into_iter().rev() {
        visible.replace_range(at, " ");
    }
    let words: Vec<&str> = visible
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    let capitalized = |w: &&str| {
        w.chars()
            .find(|c| c.is_alphabetic())
            .is_some_and(char::is_uppercase)
    };
    let name = words.len() <= 3 && words.iter().all(capitalized);
    (!words.is_empty() && !name).then(|| {
        Finding::new(
            Code::Untranslated,
            0..raw.len(),
            "the translation is the source text",
        )
    })
}

fn unusual_length(source: &Profile, target: &Inline, band: &Band) -> Option<Finding> {
    let theirs = source.length;
    if theirs < MIN_LENGTH {
        return None;
    }
    let ratio =
        translatable_length(&target.visible.text, &source.identifiers) as f64 / theirs as f64;
    let describe = |what: &str| {
        let percent = |r: f64| (r * 100.0).round();
        format!(
            "the translation is {what}: {}% of the source's length, where {}–{}% is usual",
            percent(ratio),
            percent(band.low),
            percent(band.high)
        )
    };
    if ratio < band.low {
        Some(Finding::new(Code::Length, 0..0, describe("short")))
    } else if ratio > band.high {
        Some(Finding::new(Code::Length, 0..0, describe("long")))
    } else {
        None
    }
}

/// Leading or trailing whitespace that only one of the texts has, and runs of spaces in the
/// translation where the source has none (two spaces before a line break are a hard break).
fn whitespace(source: &str, raw: &str) -> Vec<Finding> {
    let mut found = Vec::new();
    let describe = |place: &str, ours: bool| {
        let (has, lacks) = if ours {
            ("translation", "source")
        } else {
            ("source", "translation")
        };
        format!("the {has} {place} with whitespace and the {lacks} does not")
    };
    let leading = |t: &str| t.starts_with(char::is_whitespace);
    if leading(source) != leading(raw) {
        let spaces = raw.len() - raw.trim_start().len();
        found.push(Finding::new(
            Code::Whitespace,
            0..spaces,
            describe("starts", leading(raw)),
        ));
    }
    let trailing = |t: &str| t.ends_with(char::is_whitespace);
    if trailing(source) != trailing(raw) {
        let end = raw.trim_end().len();
        let last = raw[..end].char_indices().next_back().map_or(0, |(i, _)| i);
        let at = if trailing(raw) {
            end..raw.len()
        } else {
            last..end
        };
        found.push(Finding::new(
            Code::Whitespace,
            at,
            describe("ends", trailing(raw)),
        ));
    }
    if let (None, Some(run)) = (doubled_space(source), doubled_space(raw)) {
        found.push(Finding::new(
            Code::Whitespace,
            run,
            "the translation has a run of spaces and the source does not",
        ));
    }
    found
}

/// The first run of two or more spaces in `text` that is not a hard line break (nor trailing
/// whitespace, which is reported as such).
fn doubled_space(text: &str) -> Option<Range<usize>> {
    if !text.contains("  ") && !text.contains(['\t', '\u{3000}']) {
        return None;
    }
    let mut run: Option<(usize, usize)> = None;
    for (at, c) in text.char_indices() {
        if matches!(c, ' ' | '\t' | '\u{3000}') {
            let (start, count) = run.unwrap_or((at, 0));
            run = Some((start, count + 1));
            continue;
        }
        if let Some((start, count)) = run.take() {
            if count >= 2 && c != '\n' {
                return Some(start..at);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &str) -> Vec<f64> {
        numbers(text).into_iter().map(|n| n.value).collect()
    }

    fn profile(text: &str) -> Profile<'static> {
        Profile::new(text.to_string(), None)
    }

    fn check(source: &str, target: &str) -> Vec<Finding> {
        let source = profile(source);
        let inline = Inline::parse(target, Some(&source.inline));
        compare(&source, target, &inline, &Band::of("en", "ko"))
    }

    fn codes(source: &str, target: &str) -> Vec<Code> {
        check(source, target).into_iter().map(|f| f.code).collect()
    }

    #[test]
    fn numbers_are_read_in_every_notation() {
        assert_eq!(
            values("In 2014, 1,396 people; 1.80 and 2.91."),
            [2014.0, 1396.0, 1.8, 2.91]
        );
        assert_eq!(values("10만 명, 1억 2천만 원, 3천"), [1e5, 1.2e8, 3e3]);
        assert_eq!(
            values("10万人，三十万，一千零五，二〇一八年"),
            [1e5, 3e5, 1005.0, 2018.0]
        );
        assert_eq!(values("十万，1亿2千万"), [1e5, 1.2e8]);
        assert_eq!(values("１００，０００ and １２，3"), [1e5, 12.0, 3.0]);
        assert_eq!(values("百分之五十"), [100.0, 50.0]);
        assert_eq!(values("#Pray40NK, H2O, 1990s, 만나다"), [1990.0]);
    }

    #[test]
    fn korean_native_numerals_are_read_as_whole_words() {
        assert_eq!(
            values("두 명, 열한 살, 스물다섯, 석 달, 하나도, 둘이서, 세 번째, 스무 해를"),
            [2.0, 11.0, 25.0, 3.0, 1.0, 2.0, 3.0, 20.0]
        );
        // Syllables of ordinary words, and short forms before a word that counts nothing.
        assert!(values("두려움, 세계, 한국, 하나님, 하나원, 네트워크, 문을 열 때, 네 생각, 세대, 한 여성, 그가 한 번역")
            .is_empty());
    }

    #[test]
    fn large_numbers_may_be_written_in_ten_thousands() {
        let source = "From 100,000 to 300,000 then, 30,000 to 60,000 now, at least 200,000.";
        for kept in [
            "당시 10만~30만 명, 지금은 3만~6만 명, 적어도 20만 명.",
            "当时10万至30万人，如今3万至6万人，至少20万名。",
        ] {
            assert!(codes(source, kept).is_empty(), "{kept}");
        }
        assert_eq!(
            codes(
                source,
                "당시 10만~30만 명, 지금은 3만~5만 명, 적어도 20만 명."
            ),
            [Code::Numbers]
        );
    }

    #[test]
    fn native_numerals_keep_the_number() {
        assert!(codes("Stay for 2 weeks.", "두 주 동안 머무르세요.").is_empty());
        assert!(codes("She has 11 children.", "자녀가 열한 명입니다.").is_empty());
        assert_eq!(
            codes("She has 11 children.", "자녀가 열두 명입니다."),
            [Code::Numbers]
        );
    }

    #[test]
    fn decades_may_be_written_with_the_century() {
        for (source, kept) in [
            ("In the early 2000s.", "21世纪初。"),
            ("In the 1990s.", "20世纪90年代。"),
            ("In the 1990s.", "上世纪90年代。"),
            ("In the 1990s.", "1990년대에."),
            ("In the 1990s.", "1990年代。"),
        ] {
            assert!(codes(source, kept).is_empty(), "{kept}");
        }
        for (source, changed) in [
            ("In the 1990s.", "20世纪。"),
            ("In the 1990s.", "80年代。"),
            ("In the 2010s.", "21世纪。"),
            ("In 2000, not the 2000s.", "21世纪初。"),
        ] {
            assert_eq!(codes(source, changed), [Code::Numbers], "{changed}");
        }
        let found = check(
            "In the early 2000s, 1,396 fled.",
            "21世纪初，有1395人出逃。",
        );
        assert_eq!(
            found[0].message,
            "the source's number 1,396 is missing; the translation has 1395"
        );
    }

    #[test]
    fn numbers_must_survive() {
        for kept in ["100,000명", "10만 명", "10万人", "１００，０００", "100000"] {
            assert!(codes("About 100,000 people.", kept).is_empty(), "{kept}");
        }
        for percent in ["50%", "50 퍼센트", "百分之五十", "５０％"] {
            assert!(codes("About 50% of them.", percent).is_empty(), "{percent}");
        }
        let found = check("In 2017, 88% felt it.", "2017년에는 87%가 느꼈다.");
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].message,
            "the source's number 88 is missing; the translation has 87"
        );
        assert_eq!(&"2017년에는 87%가 느꼈다."[found[0].at.clone()], "87");
        assert_eq!(codes("Between 49 and 81.", "49와 사이."), [Code::Numbers]);
    }

    #[test]
    fn identifiers_must_survive() {
        let source = "Follow @crossingbordersnk and #Pray40NK, write to help@example.org or see https://example.org/a?b=1.";
        assert!(codes(source, "@crossingbordersnk 및 #Pray40NK를 팔로우하고 help@example.org로 쓰거나 https://example.org/a?b=1 참조.").is_empty());
        let found = check(source, "@crossingborders 및 #Pray40NK를 팔로우하고 help@example.org로 쓰거나 https://example.org 참조.");
        let messages: Vec<&str> = found.iter().map(|f| f.message.as_str()).collect();
        assert_eq!(
            messages,
            [
                "`@crossingbordersnk` of the source is missing or changed",
                "`https://example.org/a?b=1` of the source is missing or changed"
            ]
        );
    }

    #[test]
    fn identifiers_are_found() {
        let text = "Mail a@b.org, @han.dle. #tag #1 x#y https://x.org/#frag";
        let found: Vec<&str> = identifiers(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(
            found,
            ["a@b.org", "@han.dle", "#tag", "https://x.org/#frag"]
        );
    }

    #[test]
    fn an_untranslated_sentence_is_reported_but_names_and_numbers_are_not() {
        assert_eq!(
            codes("Thank you for praying.", "Thank you for praying."),
            [Code::Untranslated]
        );
        assert!(codes("Thank you for praying.", "기도해 주셔서 감사합니다.").is_empty());
        for same in [
            "Soon Me",
            "2014",
            "#Pray40NK",
            "LiNK",
            "https://example.org",
        ] {
            assert!(codes(same, same).is_empty(), "{same}");
        }
    }

    #[test]
    fn unusual_lengths_are_reported() {
        let source =
            "The goal for the safehouse is to build a strong community of refugees in two years.";
        assert!(codes(
            source,
            "쉼터의 목표는 2년 안에 탈북민들로 이루어진 튼튼한 공동체를 세우는 것입니다."
        )
        .is_empty());
        assert_eq!(codes(source, "쉼터의 목표."), [Code::Length]);
        assert_eq!(
            codes(
                source,
                "쉼터의 목표는 공동체를 세우는 것입니다. "
                    .repeat(5)
                    .trim_end()
            ),
            [Code::Length]
        );
        assert!(codes("Too short to judge.", "짧음").is_empty());
    }

    #[test]
    fn whitespace_must_match() {
        assert!(codes(" lead and trail ", " 앞과 뒤 ").is_empty());
        assert!(codes("hard  \nbreak", "강제  \n줄바꿈").is_empty());
        let found = check("plain text", "두  칸 ");
        let places: Vec<&str> = found.iter().map(|f| &"두  칸 "[f.at.clone()]).collect();
        assert_eq!(places, [" ", "  "]);
        assert_eq!(codes(" lead", "앞"), [Code::Whitespace]);
    }
}
