//! fluentpress publishes long-form Markdown writing in several languages through
//! [Project Fluent](https://projectfluent.org).
//!
//! The data flows one way, one module per stage: [`project`] (settings and paths) →
//! [`document`] (front matter and Markdown) → [`segment`] (translatable units with their byte
//! ranges) → [`catalog`] (Fluent files, read and written byte-exactly) and [`extract`] (the
//! source locale's messages, with stable IDs) → [`render`] (a document reassembled in a locale)
//! → [`build`] (every locale × document, in parallel).
//!
//! ```no_run
//! let project = fluentpress::project::Project::discover(std::path::Path::new("."))?;
//! fluentpress::extract::run(&project)?;
//! let options = fluentpress::build::Options {
//!     format: fluentpress::build::Format::Fragment,
//!     locales: vec![],
//! };
//! fluentpress::build::run(&project, &options)?;
//! # Ok::<(), fluentpress::error::Error>(())
//! ```

pub mod build;
pub mod catalog;
pub mod document;
pub mod error;
pub mod extract;
pub mod files;
pub mod project;
pub mod render;
pub mod segment;

pub use error::{Error, Result};
