//! The arguments, as clap reads them, and the library options they ask for.

use clap::{Parser, Subcommand, ValueEnum};
use refconv::{Format, ReadOptions, WriteOptions};
use std::path::PathBuf;

/// Convert bibliographic references: archival footnotes, numbered reference
/// lists, BibTeX/BibLaTeX, CSL-JSON, TEI.
#[derive(Debug, Parser)]
#[command(name = "refconv", version, about, max_term_width = 100)]
pub struct Cli {
    #[command(subcommand)]
    pub(super) command: Command,
}

#[derive(Debug, Subcommand)]
pub(super) enum Command {
    /// Convert INPUTs (or stdin) into one output in another format.
    Convert(ConvertArgs),
    /// Read INPUTs (or stdin) and report what is wrong with them; write nothing.
    Check(CheckArgs),
    /// List the formats, and what can be read and written.
    Formats,
    /// Train a reference-parsing model on labelled strings (AnyStyle XML, GROBID TEI).
    Train(TrainArgs),
}

#[derive(Debug, clap::Args)]
pub(super) struct InputArgs {
    /// Input files; none or `-` means standard input.
    #[arg(value_name = "INPUT")]
    pub(super) inputs: Vec<PathBuf>,
    /// The input format (default: from the extension, then from the content).
    #[arg(short = 'f', long = "from", value_name = "FORMAT", value_parser = parse_format)]
    pub(super) from: Option<Format>,
    /// The input encoding (utf-8, utf-16le, cp1251, koi8-r, latin1, ...); default:
    /// UTF-8, else UTF-16 by its BOM, else a guess that is reported.
    #[arg(long, value_name = "NAME", value_parser = parse_encoding)]
    pub(super) encoding: Option<String>,
    /// Keep Zotero's `key: value` lines in CSL-JSON notes as note text.
    #[arg(long)]
    pub(super) keep_note_fields: bool,
    /// Parse references with this model (from `refconv train`) instead of the
    /// one refconv carries.
    #[arg(long, value_name = "MODEL", value_parser = parse_model)]
    pub(super) model: Option<std::sync::Arc<refconv::crf::Model>>,
    /// Also show info diagnostics (normalisations, renamed keys).
    #[arg(short, long)]
    pub(super) verbose: bool,
}

#[derive(Debug, clap::Args)]
pub(super) struct ConvertArgs {
    #[command(flatten)]
    pub(super) input: InputArgs,
    /// The output format (default: from the extension of -o).
    #[arg(short = 't', long = "to", value_name = "FORMAT", value_parser = parse_format)]
    pub(super) to: Option<Format>,
    /// The output file (default: standard output).
    #[arg(short, long, value_name = "FILE")]
    pub(super) output: Option<PathBuf>,
    /// Convert each input on its own into DIR (directories are walked), on all
    /// cores, with a summary per file.
    #[arg(long, value_name = "DIR", conflicts_with = "output")]
    pub(super) out_dir: Option<PathBuf>,
    /// With --out-dir: how many files to convert at once (default: one per core).
    #[arg(short = 'j', long, value_name = "N", requires = "out_dir")]
    pub(super) jobs: Option<usize>,
    /// Fail (exit 1, write nothing) if the input has errors or the output format
    /// cannot hold everything.
    #[arg(long)]
    pub(super) strict: bool,
    /// Only errors on standard error.
    #[arg(short, long, conflicts_with = "verbose")]
    pub(super) quiet: bool,
    /// Write LaTeX escapes instead of Unicode (BibTeX).
    #[arg(long)]
    pub(super) ascii: bool,
    /// Write a fragment for embedding (TEI: just the `listBibl`).
    #[arg(long)]
    pub(super) fragment: bool,
    /// CSL-JSON for Zotero's import: variables Zotero has no field for go into
    /// `note` as `variable: value` lines (Zotero's Extra), the rest is reported.
    #[arg(long)]
    pub(super) zotero: bool,
    /// The citation style of `text`, `html` and `markdown`: `gost` (GOST R 7.0.5
    /// footnotes, the default), a CSL style refconv carries (`apa`, `chicago-notes`,
    /// `ieee`, ...: see `refconv formats`), or a `.csl` file.
    #[arg(long, value_name = "NAME|FILE.csl", value_parser = parse_style)]
    pub(super) style: Option<refconv::render::StyleSpec>,
    /// The locale of formatted output (`ru-RU`, `en-US`; default: the style's).
    #[arg(long, value_name = "LOCALE")]
    pub(super) locale: Option<String>,
    /// Also write the transliterated "References" list (text, html, markdown):
    /// `translit` (BSI, the default scheme) or `translit=bsi|bgn|lc|gost-7.79b`.
    #[arg(long, value_name = "translit[=SCHEME]", value_parser = parse_references)]
    pub(super) references: Option<refconv::render::translit::Scheme>,
}

impl InputArgs {
    pub(super) fn read_options(&self) -> ReadOptions {
        let mut o = ReadOptions::default();
        o.keep_note_fields = self.keep_note_fields;
        o.refs_model = self.model.clone();
        o
    }
}

impl ConvertArgs {
    /// The writer options the flags ask for (`fragment` means nothing to the
    /// entry-by-entry paths, which write no TEI).
    pub(super) fn write_options(&self) -> WriteOptions {
        let mut o = WriteOptions::default();
        o.ascii = self.ascii;
        o.fragment = self.fragment;
        o.zotero = self.zotero;
        o.refs_model = self.input.model.clone();
        o.style = self.style.clone();
        o.locale = self.locale.clone();
        o.references = self.references;
        o
    }
}

#[derive(Debug, clap::Args)]
pub(super) struct CheckArgs {
    #[command(flatten)]
    pub(super) input: InputArgs,
    /// How to print diagnostics: for people, or one JSON object per line.
    #[arg(long = "format", value_enum, default_value_t = ReportFormat::Human)]
    pub(super) format: ReportFormat,
}

#[derive(Debug, clap::Args)]
pub(super) struct TrainArgs {
    /// Labelled files: AnyStyle XML (`<dataset><sequence>...`) or GROBID TEI
    /// (`<bibl>` with field elements); `FILE=0.5` gives a file's strings a weight.
    #[arg(value_name = "FILE[=WEIGHT]", required = true)]
    pub(super) inputs: Vec<String>,
    /// Where to write the model.
    #[arg(short, long, value_name = "MODEL")]
    pub(super) output: PathBuf,
    /// Leave out strings that also occur in these files (test sets).
    #[arg(long, value_name = "FILE")]
    pub(super) exclude: Vec<PathBuf>,
    /// L1 regularisation (larger: a smaller model).
    #[arg(long, default_value_t = 0.1)]
    pub(super) c1: f64,
    /// L2 regularisation.
    #[arg(long, default_value_t = 0.01)]
    pub(super) c2: f64,
    /// Features seen fewer times than this are dropped.
    #[arg(long, default_value_t = 1)]
    pub(super) min_freq: u32,
    /// At most this many optimisation iterations.
    #[arg(long, default_value_t = 300)]
    pub(super) max_iterations: usize,
    /// No progress on standard error.
    #[arg(short, long)]
    pub(super) quiet: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(super) enum ReportFormat {
    Human,
    Json,
}

fn parse_format(s: &str) -> Result<Format, String> {
    s.parse()
}

fn parse_encoding(s: &str) -> Result<String, String> {
    refconv::encoding::by_label(s).map(str::to_string).ok_or_else(|| {
        format!("unknown encoding `{s}` (e.g. utf-8, utf-16le, cp1251, koi8-r, latin1)")
    })
}

fn parse_model(s: &str) -> Result<std::sync::Arc<refconv::crf::Model>, String> {
    let bytes = std::fs::read(s).map_err(|e| format!("cannot read `{s}`: {e}"))?;
    refconv::crf::Model::from_bytes(&bytes)
        .map(std::sync::Arc::new)
        .map_err(|e| format!("`{s}`: {e}"))
}

/// A style name, or a `.csl` file (read here: the library opens no files).
fn parse_style(s: &str) -> Result<refconv::render::StyleSpec, String> {
    let path = std::path::Path::new(s);
    if s.ends_with(".csl") || path.is_file() {
        return std::fs::read_to_string(path)
            .map(refconv::render::StyleSpec::Csl)
            .map_err(|e| format!("cannot read `{s}`: {e}"));
    }
    Ok(refconv::render::StyleSpec::Named(s.to_string()))
}

fn parse_references(s: &str) -> Result<refconv::render::translit::Scheme, String> {
    match s.split_once('=') {
        None if s == "translit" => Ok(refconv::render::translit::Scheme::Bsi),
        Some(("translit", scheme)) => scheme.parse(),
        _ => Err(format!("`{s}`: write `translit` or `translit=bsi|bgn|lc|gost-7.79b`")),
    }
}
