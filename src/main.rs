//! The `fluentpress` command: parses arguments and calls one library function per subcommand.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use fluentpress::project::Project;
use fluentpress::{build, extract, Error};

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
    /// Render every document in every locale.
    Build {
        /// What to write for each document.
        #[arg(long, value_enum, default_value_t = FormatArg::Fragment)]
        format: FormatArg,
        /// Build only this locale (repeatable).
        #[arg(long = "locale", value_name = "LOCALE")]
        locales: Vec<String>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum FormatArg {
    /// The reassembled Markdown of each document.
    Markdown,
    /// The rendered HTML body of each document, nothing around it.
    Fragment,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::from(2)
        }
    }
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
        Command::Build { format, locales } => {
            let format = match format {
                FormatArg::Markdown => build::Format::Markdown,
                FormatArg::Fragment => build::Format::Fragment,
            };
            let report = build::run(&project, &build::Options { format, locales })?;
            println!(
                "built {} files ({} unchanged)",
                report.written, report.unchanged
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}
