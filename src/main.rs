//! The `fluentpress` command: parses arguments and calls one library function per subcommand.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use fluentpress::project::Project;
use fluentpress::{build, check, exchange, extract, files, serve, status, sync, Error};

// A build allocates and frees small strings on every core for every page; glibc's allocator
// spends a tenth of a large build on that, mimalloc a fraction of it.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
    /// Make a project in the current folder: settings, the site's name and an example page.
    Init {
        /// The site's name (asked for on a terminal; the folder's name otherwise).
        #[arg(long)]
        title: Option<String>,
    },
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
        /// Write above each missing message the translations of the most similar units already
        /// translated (`# suggestion: 87% like file#id: ...`).
        #[arg(long)]
        suggest: bool,
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
    /// Write a locale's messages as PO or XLIFF, for a CAT tool (docs/exchange.md).
    Export {
        #[arg(long, value_name = "LOCALE")]
        locale: String,
        #[arg(long, value_enum, default_value_t = ExchangeFormat::Po)]
        format: ExchangeFormat,
        /// Only units in these states (comma-separated).
        #[arg(long, value_enum, value_delimiter = ',', value_name = "STATES")]
        only: Vec<OnlyArg>,
        /// One file per Fluent file, in the folder given with -o.
        #[arg(long, requires = "output")]
        split: bool,
        /// The file to write (a folder with --split); standard output when not given.
        #[arg(short = 'o', long = "output", value_name = "PATH")]
        output: Option<PathBuf>,
    },
    /// Write translations from PO or XLIFF files into the locale's Fluent files; with
    /// --match-source, translate units from a gettext Markdown book. Exits with status 1 when
    /// some translation was not written.
    Import {
        /// PO or XLIFF files, as `export` wrote them.
        #[arg(required_unless_present = "match_source")]
        files: Vec<PathBuf>,
        /// A PO file whose msgids are Markdown (mdbook-i18n-helpers, po4a).
        #[arg(long, value_name = "PO", conflicts_with = "files")]
        match_source: Option<PathBuf>,
        /// The locale, when the file does not name it.
        #[arg(long, value_name = "LOCALE")]
        locale: Option<String>,
        /// Show what would change; write nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Translation memory.
    Tm {
        #[command(subcommand)]
        command: TmCommand,
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

#[derive(Subcommand)]
enum TmCommand {
    /// Every current translation of every locale, as one translation memory.
    Export {
        #[arg(long, value_enum, default_value_t = TmFormat::Tmx)]
        format: TmFormat,
        /// The file to write; standard output when not given.
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum TmFormat {
    /// TMX 1.4.
    Tmx,
}

#[derive(Clone, Copy, ValueEnum)]
enum ExchangeFormat {
    /// Gettext PO.
    Po,
    /// XLIFF 1.2.
    Xliff,
    /// XLIFF 2.0.
    Xliff2,
}

#[derive(Clone, Copy, ValueEnum)]
enum OnlyArg {
    Missing,
    Stale,
    Translated,
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

/// The site's name, asked for on a terminal; elsewhere (a script), the folder's name.
fn ask_title(dir: &std::path::Path) -> Result<String, Error> {
    let folder = dir
        .canonicalize()
        .map_err(|e| Error::io(dir, e))?
        .file_name()
        .map_or_else(|| "Site".to_string(), |n| n.to_string_lossy().into_owned());
    if !std::io::stdin().is_terminal() {
        return Ok(folder);
    }
    print!("The site's name [{folder}]: ");
    std::io::stdout()
        .flush()
        .map_err(|e| Error::io(std::path::Path::new("stdout"), e))?;
    let mut line = String::new();
    std::io::stdin()
        .read_line(&mut line)
        .map_err(|e| Error::io(std::path::Path::new("stdin"), e))?;
    let answer = line.trim();
    Ok(if answer.is_empty() {
        folder
    } else {
        answer.to_string()
    })
}

fn run(cli: Cli) -> Result<ExitCode, Error> {
    if let Command::Init { title } = &cli.command {
        let title = match title {
            Some(title) => title.clone(),
            None => ask_title(&cli.directory)?,
        };
        for path in Project::init(&cli.directory, &title)? {
            println!("wrote {}", path.display());
        }
        println!("next: write Markdown in content/, then run `fluentpress extract` and `fluentpress build`, and open public/index.html");
        return Ok(ExitCode::SUCCESS);
    }
    let project = Project::discover(&cli.directory)?;
    match cli.command {
        Command::Init { .. } => unreachable!("handled above"),
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
        } => build_command(&project, format, locales, clean, pseudo)?,
        Command::Status {
            locales,
            format,
            fail_under,
        } => return status_command(&project, &locales, format, fail_under),
        Command::Sync { locales, suggest } => sync_command(&project, &locales, suggest)?,
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
        Command::Export {
            locale,
            format,
            only,
            split,
            output,
        } => {
            let options = exchange::ExportOptions {
                locale,
                format: match format {
                    ExchangeFormat::Po => exchange::Format::Po,
                    ExchangeFormat::Xliff => exchange::Format::Xliff12,
                    ExchangeFormat::Xliff2 => exchange::Format::Xliff20,
                },
                only: only
                    .into_iter()
                    .map(|o| match o {
                        OnlyArg::Missing => exchange::UnitState::Missing,
                        OnlyArg::Stale => exchange::UnitState::Stale,
                        OnlyArg::Translated => exchange::UnitState::Translated,
                    })
                    .collect(),
                split,
            };
            for file in exchange::export(&project, &options)? {
                match &output {
                    None => print!("{}", file.text),
                    Some(output) => {
                        let path = if split {
                            output.join(&file.name)
                        } else {
                            output.clone()
                        };
                        files::write_atomic(&path, file.text.as_bytes())?;
                        eprintln!("wrote {} ({} units)", path.display(), file.units);
                    }
                }
            }
        }
        Command::Import {
            files,
            match_source,
            locale,
            dry_run,
        } => {
            let options = exchange::ImportOptions { dry_run, locale };
            let verb = if dry_run { "would write" } else { "written" };
            if let Some(book) = match_source {
                let r = exchange::migrate(&project, &book, &options)?;
                println!(
                    "{}: {} of {} units matched an entry of {} ({} entries); {} {verb} ({} stale, from fuzzy entries), {} already translated",
                    r.locale, r.matched, r.units, book.display(), r.entries, r.written, r.stale, r.already
                );
                for (why, lines) in &r.unused {
                    let first: Vec<String> = lines.iter().take(5).map(|l| l.to_string()).collect();
                    println!(
                        "  {} {} unused: {} (lines {}{})",
                        lines.len(),
                        if lines.len() == 1 { "entry" } else { "entries" },
                        why.describe(),
                        first.join(", "),
                        if lines.len() > first.len() {
                            ", ..."
                        } else {
                            ""
                        }
                    );
                }
                return Ok(ExitCode::SUCCESS);
            }
            let mut complete = true;
            for r in exchange::import(&project, &files, &options)? {
                println!(
                    "{} ({}): {} {verb}, {} unchanged, {} skipped",
                    r.file.display(),
                    r.locale,
                    r.written.len(),
                    r.unchanged,
                    r.skipped.len()
                );
                if dry_run {
                    for key in &r.written {
                        println!("  {verb}: {key}");
                    }
                }
                for (key, location, skip) in &r.skipped {
                    let at = location
                        .as_deref()
                        .map(|l| format!(" ({l})"))
                        .unwrap_or_default();
                    eprintln!("warning: {key}{at}: {}", skip.describe());
                }
                complete &= r.skipped.is_empty();
            }
            if !complete {
                return Ok(ExitCode::from(1));
            }
        }
        Command::Tm {
            command: TmCommand::Export { format, output },
        } => {
            let TmFormat::Tmx = format;
            let text = exchange::tm_export(&project)?;
            match output {
                None => print!("{text}"),
                Some(path) => {
                    files::write_atomic(&path, text.as_bytes())?;
                    eprintln!("wrote {}", path.display());
                }
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

/// `fluentpress build`: builds, then prints the warnings and what was written.
fn build_command(
    project: &Project,
    format: FormatArg,
    locales: Vec<String>,
    clean: bool,
    pseudo: bool,
) -> Result<(), Error> {
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
    let report = build::run(project, &options)?;
    for warning in &report.warnings {
        eprintln!("warning: {warning}");
    }
    let done = match report.up_to_date {
        true => format!(
            "nothing changed since the last build, {} files unchanged",
            report.unchanged
        ),
        false => format!(
            "{} files written, {} unchanged, {} removed",
            report.written, report.unchanged, report.removed
        ),
    };
    println!(
        "built {}: {done} in {:.2}s",
        project.output_dir().display(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// `fluentpress status`: prints the report; fails when a locale is below `--fail-under`.
fn status_command(
    project: &Project,
    locales: &[String],
    format: StatusFormat,
    fail_under: Option<f64>,
) -> Result<ExitCode, Error> {
    let report = status::compute(project, locales)?;
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
    let nothing = !report.locales.is_empty() && report.locales.iter().all(|l| l.counts.total == 0);
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
    Ok(ExitCode::SUCCESS)
}

/// `fluentpress sync`: refuses a project without source messages, then prints what changed.
fn sync_command(project: &Project, locales: &[String], suggest: bool) -> Result<(), Error> {
    // With no source messages every translation would look obsolete and be set aside.
    if project.catalogs(project.source_locale())?.is_empty() {
        return Err(Error::usage(format!(
            "the source locale `{}` has no messages in {}: run `fluentpress extract` first",
            project.source_locale(),
            project.locale_dir(project.source_locale()).display()
        )));
    }
    for report in sync::run(project, locales, suggest)? {
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
    Ok(())
}
