//! The files of the site, each made from what it is given and nothing else: a document's page in
//! a locale, a section's page (the home page among them) and Atom feed, the root language
//! picker, and the sitemap.

use std::borrow::Cow;
use std::collections::{BTreeSet, HashMap, HashSet};

use minijinja::context;
use minijinja::value::Value;
use serde::{Deserialize, Serialize};
use unic_langid::{CharacterDirection, LanguageIdentifier};

use crate::error::{Error, Result};
use crate::files;
use crate::localize::{self, Bundle, Source, UnitState};
use crate::markdown;
use crate::render::{self, Choice};
use crate::segment::{self, Segmented, UnitKind};
use pulldown_cmark::{Event, Tag, TagEnd};

use super::key::Key;
use super::links::{self, Dresser, Place};
use super::messages::Messages;
use super::pseudo;
use super::sections::{self, Sections};
use super::templates::{Fields, Templates};

/// A locale of the published site, with the words other pages show for it.
#[derive(Debug, Clone)]
pub struct Locale {
    pub tag: String,
    /// The language's name in itself, for the language switcher.
    pub name: String,
    /// `ltr` or `rtl`.
    pub dir: &'static str,
    pub site_title: String,
    /// The root page's invitation to read in this language, if it has one of its own.
    pub invitation: String,
    /// The locale of the site words shown with this locale's documents, when they are not its
    /// own: it has none, and shows the source locale's, marked as such.
    pub words_lang: Option<String>,
}

impl Locale {
    /// The site words of `tag`. Its name is its own or else the tag itself, and its invitation
    /// its own or none: the source locale's would say the locale is the source language.
    pub fn new(tag: &str, messages: &Messages) -> Result<Locale> {
        let language: LanguageIdentifier = tag
            .parse()
            .map_err(|e| Error::usage(format!("locale `{tag}`: {e}")))?;
        let word = |id: &str| {
            messages
                .format(tag, id, None)
                .map_err(|m| Error::usage(format!("no message `{}` in site.ftl", m.0)))
        };
        Ok(Locale {
            tag: tag.to_string(),
            name: messages
                .format_own(tag, "language-name", None)
                .unwrap_or_else(|| tag.to_string()),
            dir: match language.character_direction() {
                CharacterDirection::RTL => "rtl",
                _ => "ltr",
            },
            site_title: word("site-title")?,
            invitation: messages
                .format_own(tag, "language-invitation", None)
                .unwrap_or_default(),
            words_lang: messages.borrowed_words(tag).map(str::to_string),
        })
    }
}

/// What section pages and the feed of a locale need to know about one document's page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// The page's folder inside its locale folder (`stories/a/`).
    pub dir: String,
    /// For a section's `_index.md`: its rendered body, the section page's introduction.
    pub intro: Option<String>,
    /// When the title is the body's first heading (which the page shows already): that heading
    /// as inline HTML, without its links, for lists that show it as it reads (code as code).
    pub title_html: Option<String>,
    pub weight: Option<i64>,
    pub title: String,
    /// Whether the title is the source text, for want of a translation.
    pub title_fallback: bool,
    pub summary: Option<String>,
    pub summary_fallback: bool,
    /// `YYYY-MM-DD`.
    pub date: Option<String>,
}

/// Where a document's words come from in a locale.
pub enum Words<'b> {
    /// The source locale: the document as written.
    Source,
    /// The pseudo-locale: the source with its prose accented.
    Pseudo,
    /// A target locale: its messages for the document (none when it has no file for it) and the
    /// IDs of its stale translations.
    Translation {
        bundle: Option<&'b Bundle>,
        stale: &'b HashSet<String>,
    },
}

/// How a unit is marked on the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    None,
    /// Shown in the source language for want of a usable translation.
    Fallback,
    /// Translated, but from an older version of the source.
    Stale,
}

/// A rendered document page.
pub struct DocumentPage {
    pub html: String,
    pub entry: Entry,
    /// Site files the page links to or shows (relative to the site's root).
    pub files: BTreeSet<String>,
    /// Images from other hosts, shown as their description instead.
    pub remote_images: BTreeSet<String>,
}

/// The pages of a locale as its section pages list them (see [`Site::listing`]).
pub struct Listing<'e> {
    /// Every page of the locale, sections' introductions among them.
    pub entries: Vec<&'e Entry>,
    /// Each section's introduction, by its folder.
    intros: HashMap<&'e str, &'e Entry>,
    /// The entries of the sections without an introduction, by folder.
    made: HashMap<String, Entry>,
    /// The pages of each section (introductions aside), by its folder.
    pages: HashMap<&'e str, Vec<&'e Entry>>,
    /// The sections right inside each section, in the order of [`Sections::dirs`].
    children: HashMap<&'e str, Vec<&'e str>>,
}

impl Listing<'_> {
    /// The entry that introduces the section in `dir`.
    fn intro(&self, dir: &str) -> Option<&Entry> {
        self.intros.get(dir).copied().or_else(|| self.made.get(dir))
    }

    fn pages(&self, section: &str) -> &[&Entry] {
        self.pages.get(section).map_or(&[], Vec::as_slice)
    }

    /// The sections right inside `dir`, as the entries of their introductions.
    fn subsections(&self, dir: &str) -> Vec<&Entry> {
        let children = self.children.get(dir).into_iter().flatten();
        children.filter_map(|d| self.intro(d)).collect()
    }
}

const STALE_OPEN: &str = "<span class=\"fp-stale\">";
const CLOSE: &str = "</span>";

/// What every file of a build shares.
pub struct Site {
    pub source: String,
    /// The published locales, the source locale first.
    pub locales: Vec<Locale>,
    pub templates: Templates,
    sanitizer: ammonia::Builder<'static>,
    /// The site's address, ending in `/`, when the project gives one.
    base_url: Option<String>,
    fallback_open: String,
    pub sections: Sections,
}

impl Site {
    pub fn new(
        source: &str,
        locales: Vec<Locale>,
        templates: Templates,
        base_url: &str,
        sections: Sections,
    ) -> Site {
        let base_url =
            (!base_url.is_empty()).then(|| format!("{}/", base_url.trim_end_matches('/')));
        Site {
            source: source.to_string(),
            locales,
            templates,
            sanitizer: links::sanitizer(),
            base_url,
            fallback_open: format!("<span lang=\"{source}\" class=\"fp-fallback\">"),
            sections,
        }
    }

    fn locale(&self, tag: &str) -> &Locale {
        self.locales
            .iter()
            .find(|l| l.tag == tag)
            .expect("pages are built for published locales")
    }

    /// `dir` (a folder inside every locale folder) in `locale`: relative to `root` for readers,
    /// and absolute for search engines when the site's address is known.
    fn urls(&self, root: &str, locale: &str, dir: &str) -> (String, String) {
        let href = format!("{root}{locale}/{dir}index.html");
        let url = self
            .base_url
            .as_ref()
            .map_or_else(|| href.clone(), |base| format!("{base}{locale}/{dir}"));
        (href, url)
    }

    /// What the base template needs: the page's locale and its words' (see
    /// [`Locale::words_lang`]), the way to the site's root, home page and feed, and the same
    /// page in every locale (`alternates`, for the switcher and `hreflang`), each relative to
    /// the page for readers and absolute for search engines when the site's address is known.
    fn chrome(&self, locale: &Locale, root: &str, dir: &str) -> Fields {
        let alternates: Vec<Value> = self
            .locales
            .iter()
            .map(|l| {
                let (href, url) = self.urls(root, &l.tag, dir);
                let alternate = Fields::default()
                    .with("lang", l.tag.as_str())
                    .with("name", l.name.as_str())
                    .with("href", href)
                    .with("url", url)
                    .with("current", l.tag == locale.tag);
                Value::from(alternate)
            })
            .collect();
        let x_default = self
            .locales
            .iter()
            .any(|l| l.tag == self.source)
            .then(|| self.urls(root, &self.source, dir).1);
        let canonical = self
            .base_url
            .as_ref()
            .map(|base| format!("{base}{}/{dir}", locale.tag));
        Fields::default()
            .with("lang", locale.tag.as_str())
            .with("words_lang", locale.words_lang.as_deref())
            .with("dir", locale.dir)
            .with("root", root)
            .with("home", format!("{root}{}/index.html", locale.tag))
            .with("feed", format!("{root}{}/feed.xml", locale.tag))
            .with("alternates", alternates)
            .with("x_default", x_default)
            .with("canonical", canonical)
    }

    /// The page of `source` in `locale`; `intros` gives the entries of sections' introductions
    /// in the locale by folder, to name the sections in a book page's breadcrumbs.
    pub fn document_page<'e>(
        &self,
        locale: &str,
        source: &Source<'_>,
        words: Words<'_>,
        intros: &dyn Fn(&str) -> Option<&'e Entry>,
    ) -> Result<DocumentPage> {
        let segmented = &source.segmented;
        let document = segmented.document;
        let (texts, marks) = unit_texts(source, words);
        let choices: Vec<Choice> = texts
            .iter()
            .zip(&marks)
            .map(|((text, title), mark)| Choice {
                text: text.as_deref(),
                title: title.as_deref(),
                wrap: match mark {
                    Mark::None => None,
                    Mark::Fallback => Some((self.fallback_open.as_str(), CLOSE)),
                    Mark::Stale => Some((STALE_OPEN, CLOSE)),
                },
            })
            .collect();
        let path = files::slash_path(&document.path);
        let dir = document.page_dir().to_string();
        let root = links::up_to_root(&format!("{locale}/{dir}"));
        let source_dir = path
            .rsplit_once('/')
            .map_or(String::new(), |(d, _)| format!("{d}/"));
        let place = Place {
            root: &root,
            locale,
            source_dir: &source_dir,
        };
        let anchors = render::heading_anchors(segmented);
        let mut dresser = Dresser::new(&place, &anchors);
        let sanitize = |html: &str| self.sanitizer.clean(html).to_string();
        let body = render::html_fragment_with(segmented, &choices, Some(&sanitize), &mut |e| {
            dresser.dress(e)
        });

        let field_at = |index: usize| {
            let text = texts[index]
                .0
                .clone()
                .unwrap_or(Cow::Borrowed(&segmented.units[index].text));
            (text.into_owned(), marks[index] == Mark::Fallback)
        };
        let field = |kind: UnitKind| {
            let index = segmented.units.iter().position(|u| u.kind == kind)?;
            Some(field_at(index))
        };
        let as_is = |text: &Option<String>| text.clone().map(|t| (t, false));
        // Without a title in the front matter, the first heading is the title, translated as
        // that heading is (and not shown twice); then the file's name.
        // A heading with nothing to translate (`# \`const\``) is no message: its words stand.
        let heading = || {
            let events = first_heading(segmented)?;
            let unit = segmented
                .units
                .iter()
                .zip(&segmented.slots)
                .position(|(u, s)| {
                    u.kind == UnitKind::Heading
                        && s.as_ref().is_some_and(|s| events.contains(&s.inline.start))
                });
            Some(match unit {
                Some(index) => {
                    let (text, fallback) = field_at(index);
                    let events: Vec<Event> =
                        pulldown_cmark::Parser::new_ext(&text, markdown::markdown_options())
                            .collect();
                    (heading_words(&events), fallback)
                }
                None => (heading_words(&segmented.events[events]), false),
            })
        };
        let (title, title_fallback, title_html) =
            match field(UnitKind::Title).or_else(|| as_is(&document.front_matter.title)) {
                Some((title, fallback)) => (title, fallback, None),
                None => match heading() {
                    Some(((title, html), fallback)) => (title, fallback, Some(html)),
                    None => (file_stem(&path), false, None),
                },
            };
        let summary = field(UnitKind::Summary).or_else(|| as_is(&document.front_matter.summary));
        let mut entry = Entry {
            dir: dir.clone(),
            intro: None,
            title_html,
            weight: document.front_matter.weight,
            title,
            title_fallback,
            summary_fallback: summary.as_ref().is_some_and(|(_, fallback)| *fallback),
            summary: summary.map(|(text, _)| text),
            date: document.front_matter.date.clone(),
        };
        // A section's introduction is shown on its section page, made with the others'.
        if self.sections.introduces(document) {
            entry.intro = Some(body);
            return Ok(DocumentPage {
                html: String::new(),
                entry,
                files: dresser.files,
                remote_images: dresser.remote_images,
            });
        }
        let fallbacks = marks.iter().filter(|m| **m == Mark::Fallback).count();
        let percent = (fallbacks > 0).then(|| (marks.len() - fallbacks) * 100 / marks.len());
        let (previous, next) = self.sections.neighbours(&dir);
        // A book's page shows the way back through its sections; a stream's page needs none.
        let section = sections::parent(&dir);
        let crumbs = match section.is_empty() || self.sections.by_date(section) {
            true => Vec::new(),
            false => self.crumbs(locale, &root, &dir, intros),
        };
        let page_href = |to: &str| format!("{root}{locale}/{to}index.html");
        let source_lang = |fallback: bool| fallback.then_some(self.source.as_str());
        let context = self
            .chrome(self.locale(locale), &root, &dir)
            .with("title", entry.title.as_str())
            .with("title_lang", source_lang(entry.title_fallback))
            .with("title_in_body", entry.title_html.is_some())
            .with("summary", entry.summary.as_deref())
            .with("summary_lang", source_lang(entry.summary_fallback))
            .with("date", entry.date.as_deref())
            .with(
                "extra",
                Value::from(minijinja::value::Serde(&document.front_matter.extra)),
            )
            .with("crumbs", crumbs)
            .with("previous", previous.map(page_href))
            .with("next", next.map(page_href))
            .with("percent", percent)
            .with("body", Value::from_safe_string(body));
        let html = self.templates.render("page.html", context.into())?;
        Ok(DocumentPage {
            html,
            entry,
            files: dresser.files,
            remote_images: dresser.remote_images,
        })
    }

    /// Each section's introduction and pages among `entries`, every page of a locale, for
    /// its section pages: indexed once, as a site has thousands of sections.
    pub fn listing<'e>(&'e self, entries: Vec<&'e Entry>) -> Listing<'e> {
        let mut intros: HashMap<&str, &Entry> = HashMap::new();
        let mut pages: HashMap<&str, Vec<&Entry>> = HashMap::new();
        for &e in &entries {
            match e.intro {
                Some(_) => {
                    intros.entry(&e.dir).or_insert(e);
                }
                None => pages.entry(sections::parent(&e.dir)).or_default().push(e),
            }
        }
        let mut children: HashMap<&str, Vec<&str>> = HashMap::new();
        for d in self.sections.dirs.iter().filter(|d| !d.is_empty()) {
            children.entry(sections::parent(d)).or_default().push(d);
        }
        // A folder without an `_index.md` is a section all the same, titled by its name.
        let made = self
            .sections
            .dirs
            .iter()
            .filter(|d| !d.is_empty() && !intros.contains_key(d.as_str()))
            .map(|d| (d.clone(), untitled_section(d)))
            .collect();
        Listing {
            entries,
            intros,
            made,
            pages,
            children,
        }
    }

    /// The page of the section in `dir` (the home page for ``) in `locale`: its introduction,
    /// and what it holds: its documents and its subsections, each subsection with what it holds
    /// in turn. `listing` holds every page of the locale.
    pub fn section_page(&self, locale: &str, dir: &str, listing: &Listing<'_>) -> Result<String> {
        let index = listing.intro(dir);
        let root = links::up_to_root(&format!("{locale}/{dir}"));
        let listed = |section: &str, with_subsections: bool| -> Vec<Value> {
            let mut listed: Vec<&Entry> = listing.pages(section).to_vec();
            if with_subsections {
                listed.extend(listing.subsections(section));
            }
            let listed: Vec<&Entry> = if self.sections.by_date(section) {
                newest_first(&listed).collect()
            } else {
                by_weight(listed)
            };
            listed
                .into_iter()
                .map(|e| {
                    let href = format!("{}index.html", e.dir.strip_prefix(dir).unwrap_or(&e.dir));
                    let entry = self
                        .named(Some(e))
                        .with("href", href)
                        .with("summary", e.summary.as_deref())
                        .with(
                            "summary_lang",
                            e.summary_fallback.then_some(self.source.as_str()),
                        )
                        .with("date", e.date.as_deref());
                    Value::from(entry)
                })
                .collect()
        };
        // The home page shows each section with what it holds; a section page, a list.
        let home = dir.is_empty();
        let sections: Vec<Value> = by_weight(listing.subsections(dir))
            .into_iter()
            .filter(|_| home)
            .map(|e| {
                let section = self
                    .named(Some(e))
                    .with("id", e.dir.trim_end_matches('/').replace('/', "-"))
                    .with(
                        "href",
                        format!("{}index.html", e.dir.strip_prefix(dir).unwrap_or(&e.dir)),
                    )
                    .with("entries", listed(&e.dir, true));
                Value::from(section)
            })
            .collect();
        let crumbs = self.crumbs(locale, &root, dir, &|d| listing.intro(d));
        let context = self
            .chrome(self.locale(locale), &root, dir)
            .and(self.named(index))
            .with(
                "title_in_body",
                index.is_some_and(|e| e.title_html.is_some()),
            )
            .with(
                "intro",
                index
                    .and_then(|e| e.intro.clone())
                    .map(Value::from_safe_string),
            )
            .with("crumbs", crumbs)
            .with("pages", listed(dir, !home))
            .with("sections", sections);
        let template = if home { "home.html" } else { "section.html" };
        self.templates.render(template, context.into())
    }

    /// The way home from the page in `dir`, from the home page on: a link to every enclosing
    /// section, named by its introduction (`intros`) or its folder; the home page's says "Home".
    fn crumbs<'e>(
        &self,
        locale: &str,
        root: &str,
        dir: &str,
        intros: &dyn Fn(&str) -> Option<&'e Entry>,
    ) -> Vec<Value> {
        let mut crumbs: Vec<Value> = sections::enclosing(dir)
            .map(|section| {
                let named = match (section, intros(section)) {
                    ("", _) => self.named(None),
                    (_, Some(intro)) => self.named(Some(intro)),
                    (_, None) => Fields::default().with("title", folder_name(section)),
                };
                Value::from(named.with("href", format!("{root}{locale}/{section}index.html")))
            })
            .collect();
        crumbs.reverse();
        crumbs
    }

    /// How templates name the page of `entry`: `title`, `title_html` (its heading as it reads,
    /// when it is one) and `title_lang` (when it is the source's, for want of a translation);
    /// all none without an entry.
    fn named(&self, entry: Option<&Entry>) -> Fields {
        let Some(e) = entry else {
            return Fields::default().with("title", None::<&str>);
        };
        Fields::default()
            .with("title", e.title.as_str())
            .with(
                "title_html",
                e.title_html.clone().map(Value::from_safe_string),
            )
            .with(
                "title_lang",
                e.title_fallback.then_some(self.source.as_str()),
            )
    }

    /// The Atom feed of `locale`, newest first: the pages of its streams (sections sorted by
    /// date) and every other dated page.
    pub fn feed(&self, locale: &str, entries: &[&Entry]) -> Result<String> {
        let listed: Vec<&Entry> = newest_first(entries)
            .filter(|e| {
                e.intro.is_none()
                    && (e.date.is_some() || self.sections.by_date(sections::parent(&e.dir)))
            })
            .collect();
        // Atom requires a time for every entry; an undated document takes the feed's.
        let updated = listed
            .iter()
            .filter_map(|e| e.date.as_deref())
            .max()
            .map_or_else(|| "1970-01-01T00:00:00Z".to_string(), atom_time);
        let absolute = |dir: &str| {
            self.base_url
                .as_ref()
                .map(|base| format!("{base}{locale}/{dir}"))
        };
        let site_title = &self.locale(locale).site_title;
        let feed_entries: Vec<Value> = listed
            .iter()
            .map(|e| {
                let url = absolute(&e.dir).unwrap_or_else(|| format!("{}index.html", e.dir));
                context! {
                    title => &e.title,
                    title_lang => e.title_fallback.then_some(&self.source),
                    id => absolute(&e.dir).unwrap_or_else(|| urn(&[site_title, locale, &e.dir])),
                    updated => e.date.as_deref().map_or_else(|| updated.clone(), atom_time),
                    url,
                    summary => &e.summary,
                    summary_lang => e.summary_fallback.then_some(&self.source),
                }
            })
            .collect();
        let context = context! {
            lang => locale,
            id => absolute("").unwrap_or_else(|| urn(&[site_title, locale])),
            updated,
            self_url => absolute("feed.xml").unwrap_or_else(|| "feed.xml".to_string()),
            home_url => absolute("").unwrap_or_else(|| "index.html".to_string()),
            entries => feed_entries,
        };
        self.templates.render("feed.xml", context)
    }

    /// The root page: a choice of language, in each language.
    pub fn root_page(&self) -> Result<String> {
        let source = self.locale(&self.source);
        let choices: Vec<Value> = self
            .locales
            .iter()
            .map(|l| {
                let (href, url) = self.urls("", &l.tag, "");
                context! { lang => &l.tag, dir => l.dir, name => &l.name, site_title => &l.site_title, invitation => &l.invitation, words_lang => &l.words_lang, href, url }
            })
            .collect();
        let x_default = self
            .base_url
            .clone()
            .unwrap_or_else(|| "index.html".to_string());
        self.templates.render(
            "index.html",
            context! { lang => &source.tag, dir => source.dir, choices, x_default },
        )
    }

    /// `sitemap.xml`: every page in every locale, with its siblings in the others. Search
    /// engines need absolute addresses, so there is none without the site's address.
    pub fn sitemap(&self, dirs: &[String]) -> Result<Option<String>> {
        let Some(base) = &self.base_url else {
            return Ok(None);
        };
        let url = |locale: &str, dir: &str| format!("{base}{locale}/{dir}");
        let pages: Vec<Value> = std::iter::once("")
            .chain(dirs.iter().map(String::as_str))
            .flat_map(|dir| {
                let alternates: Vec<Value> = self
                    .locales
                    .iter()
                    .map(|l| context! { lang => &l.tag, url => url(&l.tag, dir) })
                    .collect();
                self.locales.iter().map(
                    move |l| context! { url => url(&l.tag, dir), alternates => alternates.clone() },
                )
            })
            .collect();
        self.templates
            .render("sitemap.xml", context! { lang => &self.source, pages })
            .map(Some)
    }
}

/// A unit's text and, for an image, its title; `None` where the source stands.
type UnitText<'s> = (Option<Cow<'s, str>>, Option<Cow<'s, str>>);

/// Each unit's text in the locale, and how it is marked.
fn unit_texts<'s>(source: &'s Source<'_>, words: Words<'s>) -> (Vec<UnitText<'s>>, Vec<Mark>) {
    let units = &source.segmented.units;
    match words {
        Words::Source => (
            vec![(None, None); units.len()],
            vec![Mark::None; units.len()],
        ),
        Words::Pseudo => {
            let texts = units
                .iter()
                .map(|u| {
                    let text = match u.kind {
                        UnitKind::Title | UnitKind::Summary => pseudo::accent(&u.text).into_owned(),
                        _ => pseudo::prose(&u.text),
                    };
                    (
                        Some(Cow::Owned(text)),
                        u.title
                            .as_deref()
                            .map(|t| Cow::Owned(pseudo::accent(t).into_owned())),
                    )
                })
                .collect();
            (texts, vec![Mark::None; units.len()])
        }
        Words::Translation { bundle: None, .. } => (
            vec![(None, None); units.len()],
            vec![Mark::Fallback; units.len()],
        ),
        Words::Translation {
            bundle: Some(bundle),
            stale,
        } => {
            let localized = localize::localize(source, Some(bundle));
            let marks = localized
                .iter()
                .zip(&source.ids)
                .map(|(l, id)| match l.state {
                    UnitState::Missing | UnitState::Error => Mark::Fallback,
                    UnitState::Translated if stale.contains(id) => Mark::Stale,
                    UnitState::Translated => Mark::None,
                })
                .collect();
            (
                localized.into_iter().map(|l| (l.text, l.title)).collect(),
                marks,
            )
        }
    }
}

/// Dated entries from the newest, then undated ones in title order.
fn newest_first<'e>(entries: &[&'e Entry]) -> impl Iterator<Item = &'e Entry> {
    let mut sorted = entries.to_vec();
    sorted.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.title.cmp(&b.title)));
    sorted.into_iter()
}

fn atom_time(date: &str) -> String {
    format!("{date}T00:00:00Z")
}

/// A `urn:uuid:` made from `parts`, for Atom IDs when the site's address is unknown: the same
/// parts give the same ID in every build.
fn urn(parts: &[&str]) -> String {
    let key = parts
        .iter()
        .fold(Key::default(), |key, part| key.part(part.as_bytes()));
    let hex = key.finish().to_hex();
    // A version 4 (random-looking) variant 1 UUID, its random bits taken from the hash.
    let (a, b, c, d, e) = (
        &hex[0..8],
        &hex[8..12],
        &hex[13..16],
        &hex[17..20],
        &hex[20..32],
    );
    let variant = ['8', '9', 'a', 'b'][usize::from(hex.as_bytes()[16] % 4)];
    format!("urn:uuid:{a}-{b}-4{c}-{variant}{d}-{e}")
}

/// Lightest weight first (unweighted last), then in the order of their folders.
fn by_weight(mut entries: Vec<&Entry>) -> Vec<&Entry> {
    entries.sort_by(|a, b| {
        let weight = |e: &Entry| e.weight.unwrap_or(i64::MAX);
        weight(a).cmp(&weight(b)).then_with(|| a.dir.cmp(&b.dir))
    });
    entries
}

/// The entry of the section in `dir` when it has no introduction: titled by its folder's name.
fn untitled_section(dir: &str) -> Entry {
    Entry {
        dir: dir.to_string(),
        intro: Some(String::new()),
        title_html: None,
        weight: None,
        title: folder_name(dir),
        title_fallback: false,
        summary: None,
        summary_fallback: false,
        date: None,
    }
}

/// The name of the folder `dir` (`guide/deep/` is `deep`), the title of a section without one.
fn folder_name(dir: &str) -> String {
    dir.trim_end_matches('/')
        .rsplit('/')
        .next()
        .unwrap_or_default()
        .to_string()
}

/// A heading's words from its inline events: as plain text, for window titles, and as HTML
/// without links, images' markup or raw HTML, to show it in a link of a list.
fn heading_words(events: &[Event]) -> (String, String) {
    let shown = events
        .iter()
        .filter(|e| {
            !matches!(
                e,
                Event::Start(Tag::Link { .. } | Tag::Image { .. } | Tag::Paragraph)
                    | Event::End(TagEnd::Link | TagEnd::Image | TagEnd::Paragraph)
                    | Event::Html(_)
                    | Event::InlineHtml(_)
                    | Event::FootnoteReference(_)
                    | Event::TaskListMarker(_)
            )
        })
        .cloned();
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, shown);
    (segment::plain_text(events), html.trim_end().to_string())
}

/// Where the inline events of the document's first heading are in its event stream.
fn first_heading(segmented: &Segmented<'_>) -> Option<std::ops::Range<usize>> {
    let events = &segmented.events;
    let start = events
        .iter()
        .position(|e| matches!(e, Event::Start(Tag::Heading { .. })))?;
    let end = events[start..]
        .iter()
        .position(|e| matches!(e, Event::End(TagEnd::Heading(_))))?;
    Some(start + 1..start + end)
}

fn file_stem(path: &str) -> String {
    let name = path.rsplit('/').next().unwrap_or(path);
    name.strip_suffix(".md").unwrap_or(name).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urns_are_uuids() {
        let id = urn(&["Site", "ko", "stories/a/"]);
        assert_eq!(id, urn(&["Site", "ko", "stories/a/"]));
        assert_ne!(id, urn(&["Site", "ko", "stories/b/"]));
        let uuid = id.strip_prefix("urn:uuid:").unwrap();
        let groups: Vec<usize> = uuid.split('-').map(str::len).collect();
        assert_eq!(groups, [8, 4, 4, 4, 12]);
        assert_eq!(&uuid[14..15], "4");
    }

    #[test]
    fn listings_put_the_newest_first_and_undated_last() {
        let entry = |title: &str, date: Option<&str>| Entry {
            dir: String::new(),
            intro: None,
            title_html: None,
            weight: None,
            title: title.into(),
            title_fallback: false,
            summary: None,
            summary_fallback: false,
            date: date.map(str::to_string),
        };
        let (a, b, c) = (
            entry("B", None),
            entry("A", Some("2016-01-01")),
            entry("C", Some("2018-05-01")),
        );
        let titles: Vec<&str> = newest_first(&[&a, &b, &c])
            .map(|e| e.title.as_str())
            .collect();
        assert_eq!(titles, ["C", "A", "B"]);
    }
}
