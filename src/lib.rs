//! fluentpress publishes long-form Markdown writing in several languages through
//! [Project Fluent](https://projectfluent.org).
//!
//! The data flows one way, one module per stage: [`project`] (settings and paths) →
//! [`document`] (front matter and Markdown) → [`segment`] (translatable units with their byte
//! ranges) → [`catalog`] (Fluent files, read and written byte-exactly) and [`extract`] (the
//! source locale's messages, with stable IDs) → [`render`] (a document reassembled in a locale)
//! → [`build`] (every locale × document, in parallel) → [`site`] (the published pages, feeds and
//! sitemap, rebuilt incrementally). Below them all, [`markdown`] is the Markdown dialect they
//! read.
//!
//! Beside the flow, [`state`] records what each translation was made from, [`status`] reports
//! what every locale still needs, and [`sync`] keeps the locale files in line with the source
//! without ever changing a translation.
//!
//! [`serve`] puts all of it in a browser: a live preview of every locale, a translate view,
//! a dashboard and the JSON API under them, on 127.0.0.1.
//!
//! ```no_run
//! let project = fluentpress::project::Project::discover(std::path::Path::new("."))?;
//! fluentpress::extract::run(&project)?;
//! let options = fluentpress::build::Options {
//!     format: fluentpress::build::Format::Html,
//!     locales: vec![],
//!     clean: false,
//!     pseudo: false,
//! };
//! fluentpress::build::run(&project, &options)?;
//! # Ok::<(), fluentpress::error::Error>(())
//! ```

pub mod build;
pub mod catalog;
pub mod check;
pub mod document;
pub mod error;
pub mod extract;
pub mod files;
pub mod glossary;
pub mod markdown;
pub mod project;
pub mod render;
pub mod segment;
pub mod serve;
pub mod site;
pub mod state;
pub mod status;
pub mod sync;

pub use error::{Error, Result};
