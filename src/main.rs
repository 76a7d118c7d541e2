//! The `fluentpress` command: parses arguments and calls one library function per subcommand.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use fluentpress::project::Project;
use fluentpress::{build, check, extract, serve, status, sync, Error};

#[derive(Parser)]
#[command(
    name = "fluentpress",
    version,
    about = "Publish Markdown writing in several languages through Project Fluent"
)]
struct Cli {
    /// Run as if started in DIR.
    #[arg(short = 'C', value_name = "DIR", global = true, default_value = ".")]
    directory: PathBuf,

    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Write a starter fluentpress.toml in the current folder.
    Init,
    /// Write the source locale's Fluent files from the Markdown documents.
    Extract,
    /// Publish the site: every document in every locale, home pages, feeds and sitemap.
    Build {
        /// What to write for each document.
        #[arg(long, value_enum, default_value_t = FormatArg::Html)]
        format: FormatArg,
        /// Build only this locale (repeatable).
        #[arg(long = "locale", value_name = "LOCALE")]
        locales: Vec<String>,
        /// Remove what the last build wrote and build everything anew (html only).
        #[arg(long)]
        clean: bool,
        /// Add the pseudo-locale en-XA, with accented and lengthened prose (html only).
        #[arg(long)]
        pseudo: bool,
    },
    /// Show, per locale and file, what is translated, missing, stale, obsolete or broken.
    Status {
        /// Only this locale (repeatable).
        #[arg(long = "locale", value_name = "LOCALE")]
        locales: Vec<String>,
        #[arg(long, value_enum, default_value_t = StatusFormat::Table)]
        format: StatusFormat,
        /// Exit with status 1 when a selected locale is less than PCT percent translated.
        #[arg(long, value_name = "PCT")]
        fail_under: Option<f64>,
    },
    /// Bring every locale's Fluent files in line with the source, never changing a translation.
    Sync {
        /// Only this locale (repeatable).
        #[arg(long = "locale", value_name = "LOCALE")]
        locales: Vec<String>,
    },
    /// Record translations as current although the source changed (after a typo fix, say).
    Accept {
        locale: String,
        /// Message IDs to accept; all of the locale's stale translations when none is given.
        ids: Vec<String>,
    },
    /// Report broken and suspicious translations; exits with status 1 when there is an error.
    Check {
        /// Check only this locale (repeatable).
        #[arg(long = "locale", value_name = "LOCALE")]
        locales: Vec<String>,
        #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
        format: CheckFormat,
        /// Exit with status 1 on warnings too.
        #[arg(long, value_enum, value_name = "WHAT")]
        deny: Option<Deny>,
    },
    /// Serve a live preview of every locale, a translate view and a dashboard on 127.0.0.1.
    Serve {
        /// The port to listen on; 0 picks a free one.
        #[arg(long, default_value_t = 3000)]
        port: u16,
        /// Open the dashboard in the default browser.
        #[arg(long)]
        open: bool,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum CheckFormat {
    /// Like a compiler: each problem with its line underlined, coloured on a terminal.
    Human,
    /// An array of problems, as docs/check.md describes.
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum Deny {
    /// Fail on warnings as on errors.
    Warnings,
}

#[derive(Clone, Copy, ValueEnum)]
enum StatusFormat {
    /// Aligned tables, coloured on a terminal.
    Table,
    /// The report as JSON, for scripts and CI.
    Json,
    /// The report as one HTML page with bars per locale and file, for CI artifacts.
    Html,
}

#[derive(Clone, Copy, ValueEnum)]
enum FormatArg {
    /// The reassembled Markdown of each document.
    Markdown,
    /// The rendered HTML body of each document, nothing around it.
    Fragment,
    /// The published site, ready to serve from the output folder.
    Html,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(error) => {
            anstream::eprintln!("{}", diagnostic(&error));
            ExitCode::from(2)
        }
    }
}

/// The error as rustc shows one: for a syntax error, the offending line with a caret.
fn diagnostic(error: &Error) -> String {
    use annotate_snippets::{Level, Renderer, Snippet};
    let Error::Syntax {
        path,
        position,
        message,
    } = error
    else {
        return format!("error: {error}");
    };
    let Some(line) = std::fs::read(path).ok().and_then(|bytes| {
        let text = String::from_utf8_lossy(&bytes).into_owned();
        text.lines().nth(position.line - 1).map(str::to_string)
    }) else {
        return format!("error: {error}");
    };
    let start = line
        .char_indices()
        .nth(position.column - 1)
        .map_or(line.len(), |(i, _)| i);
    let end = line[start..]
        .chars()
        .next()
        .map_or(start, |c| start + c.len_utf8());
    let origin = path.display().to_string();
    let report = Level::Error.title(message).snippet(
        Snippet::source(&line)
            .line_start(position.line)
            .origin(&origin)
            .annotation(Level::Error.span(start..end)),
    );
    let rendered = Renderer::styled().render(report).to_string();
    rendered
}

fn run(cli: Cli) -> Result<ExitCode, Error> {
    if let Command::Init = cli.command {
        let path = Project::init(&cli.directory)?;
        println!("wrote {}", path.display());
        return Ok(ExitCode::SUCCESS);
    }
    let project = Project::discover(&cli.directory)?;
    match cli.command {
        Command::Init => unreachable!("handled above"),
        Command::Extract => {
            let report = extract::run(&project)?;
            println!(
                "extracted {} messages from {} documents ({} files written, {} removed)",
                report.messages,
                report.documents,
                report.written.len(),
                report.removed.len()
            );
        }
        Command::Build {
            format,
            locales,
            clean,
            pseudo,
        } => {
            let format = match format {
                FormatArg::Markdown => build::Format::Markdown,
                FormatArg::Fragment => build::Format::Fragment,
                FormatArg::Html => build::Format::Html,
            };
            let started = std::time::Instant::now();
            let options = build::Options {
                format,
                locales,
                clean,
                pseudo,
            };
            let report = build::run(&project, &options)?;
            for warning in &report.warnings {
                eprintln!("warning: {warning}");
            }
            println!(
                "built {}: {} files written, {} unchanged, {} removed in {:.2}s",
                project.output_dir().display(),
                report.written,
                report.unchanged,
                report.removed,
                started.elapsed().as_secs_f64()
            );
        }
        Command::Status {
            locales,
            format,
            fail_under,
        } => {
            let report = status::compute(&project, &locales)?;
            match format {
                StatusFormat::Table => anstream::print!("{}", report.table()),
                StatusFormat::Json => println!(
                    "{}",
                    serde_json::to_string_pretty(&report).expect("a report always serializes")
                ),
                StatusFormat::Html => print!(
                    "{}",
                    serve::status_html(&report, std::env::var("LANG").ok().as_deref())
                ),
            }
            // Over no source messages every locale is "100%": a gate must not pass on that.
            let nothing =
                !report.locales.is_empty() && report.locales.iter().all(|l| l.counts.total == 0);
            if fail_under.is_some() && nothing {
                eprintln!(
                    "the source locale `{}` has no messages, so no percentage can pass --fail-under (run `fluentpress extract`)",
                    report.source_locale
                );
                return Ok(ExitCode::from(1));
            }
            let below = fail_under
                .map(|t| (t, report.below(t)))
                .filter(|(_, below)| !below.is_empty());
            if let Some((threshold, below)) = below {
                for locale in below {
                    eprintln!(
                        "{}: {}% translated, below {threshold}%",
                        locale.locale, locale.counts.percent
                    );
                }
                return Ok(ExitCode::from(1));
            }
        }
        Command::Sync { locales } => {
            // With no source messages every translation would look obsolete and be set aside.
            if project.catalogs(project.source_locale())?.is_empty() {
                return Err(Error::usage(format!(
                    "the source locale `{}` has no messages in {}: run `fluentpress extract` first",
                    project.source_locale(),
                    project.locale_dir(project.source_locale()).display()
                )));
            }
            for report in sync::run(&project, &locales)? {
                let c = &report.changes;
                println!(
                    "{}: {} files written; {} placeholders added, {} set aside, {} restored, {} refreshed",
                    report.locale,
                    report.written.len(),
                    c.added.len(),
                    c.set_aside.len(),
                    c.restored.len(),
                    c.refreshed.len()
                );
                let dir = project.config.locales_dir.join(&report.locale);
                for (path, problem) in &report.junk {
                    eprintln!(
                        "warning: {}:{}: {} (kept as it is)",
                        dir.join(path).display(),
                        problem.position,
                        problem.message
                    );
                }
            }
        }
        Command::Accept { locale, ids } => {
            let accepted = sync::accept(&project, &locale, &ids)?;
            println!(
                "{locale}: {} stale translations accepted as current",
                accepted.len()
            );
        }
        Command::Check {
            locales,
            format,
            deny,
        } => {
            let report = check::run(&project, &check::Options { locales })?;
            match format {
                CheckFormat::Human => anstream::print!("{}", check::report::human(&report, true)),
                CheckFormat::Json => println!("{}", check::report::json(&report)),
            }
            if !report.passes(deny.is_some()) {
                return Ok(ExitCode::from(1));
            }
        }
        Command::Serve { port, open } => {
            serve::run(&project, &serve::Options { port, open }, |url| {
                println!("serving {} at {url}", project.root.display());
                println!("press Ctrl-C to stop");
            })?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
