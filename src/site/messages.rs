//! The site's own words: Fluent messages in `<locales>/<locale>/site.ftl` (navigation, notices,
//! dates), laid over neutral built-in ones, and falling back along the locale's chain to the
//! source locale's words: message by message for a locale with words of its own, as a whole (and
//! said so) for one without.

use std::collections::{BTreeSet, HashMap, HashSet};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::catalog::Catalog;
use crate::error::{Error, Result};
use crate::localize;
use crate::project::Project;

use super::{dates, pseudo};

/// The name of the site's message file in every locale folder.
pub const FILE: &str = crate::project::SITE_WORDS_FILE;

/// The neutral words fluentpress ships, under the project's own.
const BUILT_IN: &[(&str, &str)] = &[
    ("en", include_str!("../../defaults/locales/en.ftl")),
    ("ko", include_str!("../../defaults/locales/ko.ftl")),
    ("zh-CN", include_str!("../../defaults/locales/zh-CN.ftl")),
];

/// The words of last resort, for a locale that neither fluentpress nor the project has words for.
const FALLBACK: &str = BUILT_IN[0].1;

type Bundle = FluentBundle<FluentResource>;

/// The site's messages in every locale of a build.
pub struct Messages {
    bundles: HashMap<String, Bundle>,
    /// Each locale's fallback chain (see [`Project::fallback_chain`]).
    chains: HashMap<String, Vec<String>>,
    /// The locales with site words of their own: built in, or in their own `site.ftl`.
    own_words: HashSet<String>,
    source: String,
    fallback: Bundle,
}

/// A message that no locale of the build has.
#[derive(Debug)]
pub struct Missing(pub String);

impl Messages {
    /// Loads the messages of `locales` (the source locale first). The pseudo-locale takes the
    /// source locale's words and accents them.
    pub fn load(project: &Project, locales: &[String]) -> Result<Messages> {
        let source = project.source_locale().to_string();
        let mut bundles = HashMap::new();
        let mut own_words = HashSet::new();
        let chains: HashMap<String, Vec<String>> = locales
            .iter()
            .map(|l| (l.clone(), project.fallback_chain(l)))
            .collect();
        let all: BTreeSet<&String> = locales.iter().chain(chains.values().flatten()).collect();
        for locale in all {
            let from = if locale == pseudo::LOCALE {
                &source
            } else {
                locale
            };
            let mut bundle = Bundle::new_concurrent(vec![language(project, locale)?]);
            bundle.set_use_isolating(false);
            if locale == pseudo::LOCALE {
                bundle.set_transform(Some(pseudo::accent));
            }
            let built_in = built_in(from);
            let own = Catalog::load_if_exists(&project.locale_dir(from).join(FILE))?;
            if built_in.is_some() || own.is_some() {
                own_words.insert(locale.clone());
            }
            // The project's words go in first: `add_resource` keeps the first definition of
            // an ID, so they stand over the built-in ones, and in the project's file, as in
            // any Fluent file the catalog reads, the first of a duplicated ID stands.
            if let Some(own) = &own {
                let _ = bundle.add_resource(localize::resource_of(&own.text));
            }
            if let Some(text) = built_in {
                let resource = FluentResource::try_new(text.to_string())
                    .unwrap_or_else(|(resource, _)| resource);
                let _ = bundle.add_resource(resource);
            }
            bundles.insert(locale.clone(), bundle);
        }
        let mut fallback = Bundle::new_concurrent(vec![language(project, BUILT_IN[0].0)?]);
        fallback.set_use_isolating(false);
        fallback
            .add_resource(
                FluentResource::try_new(FALLBACK.to_string()).expect("valid built-in words"),
            )
            .expect("one resource");
        Ok(Messages {
            bundles,
            chains,
            own_words,
            source,
            fallback,
        })
    }

    /// Message `id` in `locale` (or else in its fallback chain, then the source locale),
    /// formatted with `args`.
    pub fn format(
        &self,
        locale: &str,
        id: &str,
        args: Option<&FluentArgs>,
    ) -> Result<String, Missing> {
        let chain = self.chains.get(locale).into_iter().flatten();
        std::iter::once(locale)
            .chain(chain.map(String::as_str))
            .chain([self.source.as_str()])
            .filter_map(|l| self.bundles.get(l))
            .chain([&self.fallback])
            .find_map(|bundle| formatted(bundle, id, args))
            .ok_or_else(|| Missing(id.to_string()))
    }

    /// Message `id` in `locale` itself, formatted with `args`: no other locale's words.
    pub fn format_own(&self, locale: &str, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        formatted(self.bundles.get(locale)?, id, args)
    }

    /// The locale whose site words `locale` shows in place of its own, which it has none of:
    /// the first of its fallback chain and the source locale that has some, or else the
    /// built-in words' English; `None` for a locale with words of its own.
    pub fn borrowed_words(&self, locale: &str) -> Option<&str> {
        if self.own_words.contains(locale) {
            return None;
        }
        let chain = self.chains.get(locale).into_iter().flatten();
        let lender = chain
            .map(String::as_str)
            .chain([self.source.as_str()])
            .find(|l| self.own_words.contains(*l))
            .unwrap_or(BUILT_IN[0].0);
        (lender != locale).then_some(lender)
    }

    /// A `YYYY-MM-DD` date as `locale` writes it: its own `date` message if it has one, else
    /// as the locale's CLDR data says; other text as it is.
    pub fn date(&self, locale: &str, iso: &str) -> Result<String, Missing> {
        let Some((year, month, day)) = parse_date(iso) else {
            return Ok(iso.to_string());
        };
        let mut args = FluentArgs::new();
        args.set("year", FluentValue::from(year));
        args.set("month", FluentValue::from(month));
        args.set("day", FluentValue::from(day));
        Ok(self
            .format_own(locale, "date", Some(&args))
            .or_else(|| dates::long(locale, year, month, day))
            .unwrap_or_else(|| iso.to_string()))
    }
}

/// Message `id` of `bundle`, unless it has none or it cannot be formatted.
fn formatted(bundle: &Bundle, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    errors.is_empty().then(|| text.into_owned())
}

/// The built-in messages of `locale`, if fluentpress ships any.
fn built_in(locale: &str) -> Option<&'static str> {
    BUILT_IN
        .iter()
        .find(|(l, _)| *l == locale)
        .map(|(_, text)| *text)
}

/// The locales whose `site.ftl` decides `locale`'s words, for the build cache: the source
/// locale, which every locale falls back to message by message, those of the locale's fallback
/// chain, and the locale itself. (The built-in words come with the program, whose version the
/// cache keys hold.)
pub fn word_locales(project: &Project, locale: &str) -> Vec<String> {
    let source = project.source_locale();
    let mut words = vec![source.to_string()];
    words.extend(project.fallback_chain(locale));
    if locale != source && locale != pseudo::LOCALE {
        words.push(locale.to_string());
    }
    words
}

fn language(project: &Project, locale: &str) -> Result<LanguageIdentifier> {
    locale.parse().map_err(|e| {
        Error::invalid(
            project.locale_dir(locale).join(FILE),
            format!("locale `{locale}`: {e}"),
        )
    })
}

fn parse_date(iso: &str) -> Option<(u16, u8, u8)> {
    let mut parts = iso.splitn(3, '-');
    let year = parts.next()?.parse().ok()?;
    let month = parts
        .next()?
        .parse()
        .ok()
        .filter(|m| (1..=12).contains(m))?;
    let day = parts
        .next()?
        .parse()
        .ok()
        .filter(|d| (1..=31).contains(d))?;
    Some((year, month, day))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn project(dir: &std::path::Path) -> Project {
        std::fs::write(dir.join("fluentpress.toml"), "").unwrap();
        Project::load(dir).unwrap()
    }

    #[test]
    fn dates_follow_the_locale() {
        let dir = tempfile::tempdir().unwrap();
        let project = project(dir.path());
        let locales = ["en".to_string(), "ko".to_string(), "zh-CN".to_string()];
        let messages = Messages::load(&project, &locales).unwrap();
        assert_eq!(
            messages.date("en", "2016-01-01").unwrap(),
            "January 1, 2016"
        );
        assert_eq!(messages.date("ko", "2016-01-01").unwrap(), "2016년 1월 1일");
        assert_eq!(
            messages.date("zh-CN", "2016-01-01").unwrap(),
            "2016年1月1日"
        );
        assert_eq!(messages.date("ko", "soon").unwrap(), "soon");
    }

    #[test]
    fn the_project_file_overrides_message_by_message() {
        let dir = tempfile::tempdir().unwrap();
        let project = project(dir.path());
        std::fs::create_dir_all(dir.path().join("locales/ko")).unwrap();
        std::fs::write(
            dir.path().join("locales/ko/site.ftl"),
            "home = 처음으로\nbroken = {\n",
        )
        .unwrap();
        let locales = ["en".to_string(), "ko".to_string(), "fr".to_string()];
        let messages = Messages::load(&project, &locales).unwrap();
        assert_eq!(messages.format("ko", "home", None).unwrap(), "처음으로");
        assert_eq!(
            messages.format("ko", "skip-to-content", None).unwrap(),
            "본문으로 건너뛰기"
        );
        assert_eq!(
            messages.format("fr", "skip-to-content", None).unwrap(),
            "Skip to content"
        );
        assert!(messages.format("ko", "no-such-message", None).is_err());
        assert_eq!(messages.format_own("fr", "stories", None), None);
        assert_eq!(messages.borrowed_words("fr"), Some("en"));
        assert_eq!(messages.borrowed_words("ko"), None);
        assert_eq!(messages.borrowed_words("en"), None);
    }

    #[test]
    fn a_locale_without_built_in_words_falls_back_to_the_neutral_ones() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("fluentpress.toml"),
            "source_locale = \"de\"\nlocales = [\"sw\"]\n",
        )
        .unwrap();
        let project = Project::load(dir.path()).unwrap();
        let locales = ["de".to_string(), "sw".to_string()];
        let messages = Messages::load(&project, &locales).unwrap();
        assert_eq!(messages.format("sw", "home", None).unwrap(), "Home");
        assert_eq!(
            messages.format("de", "site-title", None).unwrap(),
            "Untitled site"
        );
        // No language is named in another's words.
        assert_eq!(messages.format_own("sw", "language-name", None), None);
        assert_eq!(messages.format_own("en", "language-name", None), None);
    }

    #[test]
    fn the_pseudo_locale_accents_text_but_not_placeables() {
        let dir = tempfile::tempdir().unwrap();
        let project = project(dir.path());
        let locales = ["en".to_string(), pseudo::LOCALE.to_string()];
        let messages = Messages::load(&project, &locales).unwrap();
        let mut args = FluentArgs::new();
        args.set("page", "Plain Title");
        let title = messages
            .format(pseudo::LOCALE, "page-title", Some(&args))
            .unwrap();
        assert!(title.starts_with("Plain Title – "), "{title}");
        assert!(!title.ends_with("Crossing Borders"), "{title}");
    }
}
