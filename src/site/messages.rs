//! The site's own words: Fluent messages in `<locales>/<locale>/site.ftl` (navigation, section
//! names, notices, dates), laid over built-in ones so that a project's file may lack newer
//! messages, and falling back to the source locale's words: message by message for a locale with
//! words of its own, as a whole (and said so) for one without.

use std::collections::{HashMap, HashSet};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::catalog::Catalog;
use crate::error::{Error, Result};
use crate::localize;
use crate::project::Project;

use super::pseudo;

/// The name of the site's message file in every locale folder.
pub const FILE: &str = "site.ftl";

/// The messages fluentpress ships, under the project's own.
const BUILT_IN: &[(&str, &str)] = &[
    ("en", include_str!("../../locales/en/site.ftl")),
    ("ko", include_str!("../../locales/ko/site.ftl")),
    ("zh-CN", include_str!("../../locales/zh-CN/site.ftl")),
];

type Bundle = FluentBundle<FluentResource>;

/// The site's messages in every locale of a build.
pub struct Messages {
    bundles: HashMap<String, Bundle>,
    /// The locales with site words of their own: built in, or in their own `site.ftl`.
    own_words: HashSet<String>,
    source: String,
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
        for locale in locales {
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
                let _ = bundle.add_resource(localize::resource_of(own));
            }
            if let Some(text) = built_in {
                let resource = FluentResource::try_new(text.to_string())
                    .unwrap_or_else(|(resource, _)| resource);
                let _ = bundle.add_resource(resource);
            }
            bundles.insert(locale.clone(), bundle);
        }
        Ok(Messages {
            bundles,
            own_words,
            source,
        })
    }

    /// Message `id` in `locale` (or else in the source locale), formatted with `args`.
    pub fn format(
        &self,
        locale: &str,
        id: &str,
        args: Option<&FluentArgs>,
    ) -> Result<String, Missing> {
        [locale, self.source.as_str()]
            .into_iter()
            .find_map(|l| self.format_own(l, id, args))
            .ok_or_else(|| Missing(id.to_string()))
    }

    /// Message `id` in `locale` itself, formatted with `args`: no other locale's words.
    pub fn format_own(&self, locale: &str, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        let bundle = self.bundles.get(locale)?;
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        errors.is_empty().then(|| text.into_owned())
    }

    /// The locale whose site words `locale` shows in place of its own, which it has none of:
    /// the source locale; `None` for a locale with words of its own.
    pub fn borrowed_words(&self, locale: &str) -> Option<&str> {
        let own = locale == self.source || self.own_words.contains(locale);
        (!own).then_some(self.source.as_str())
    }

    /// A `YYYY-MM-DD` date as `locale` writes it (the `date` message); other text as it is.
    pub fn date(&self, locale: &str, iso: &str) -> Result<String, Missing> {
        let Some((year, month, day)) = parse_date(iso) else {
            return Ok(iso.to_string());
        };
        let mut args = FluentArgs::new();
        args.set("year", FluentValue::from(year));
        args.set("month", FluentValue::from(month));
        args.set("day", FluentValue::from(day));
        self.format(locale, "date", Some(&args))
    }
}

/// The built-in messages of `locale`, if fluentpress ships any.
fn built_in(locale: &str) -> Option<&'static str> {
    BUILT_IN
        .iter()
        .find(|(l, _)| *l == locale)
        .map(|(_, text)| *text)
}

/// The locales whose `site.ftl` decides `locale`'s words, for the build cache: the source
/// locale, which every locale falls back to message by message, then the locale itself. (The
/// built-in words come with the program, whose version the cache keys hold.)
pub fn word_locales<'p>(project: &'p Project, locale: &'p str) -> Vec<&'p str> {
    let source = project.source_locale();
    if locale == source || locale == pseudo::LOCALE {
        vec![source]
    } else {
        vec![source, locale]
    }
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
        assert_eq!(messages.format("ko", "stories", None).unwrap(), "이야기");
        assert_eq!(messages.format("fr", "stories", None).unwrap(), "Stories");
        assert!(messages.format("ko", "no-such-message", None).is_err());
        assert_eq!(messages.format_own("fr", "stories", None), None);
        assert_eq!(messages.borrowed_words("fr"), Some("en"));
        assert_eq!(messages.borrowed_words("ko"), None);
        assert_eq!(messages.borrowed_words("en"), None);
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
