//! `demarche`: extracts actors, statements, meetings, refusals and dates from news articles and
//! prints them as JSON (or a readable summary). `demarche --help` documents every option, the
//! output and the exit codes.

mod cli;

fn main() -> std::process::ExitCode {
    cli::main(cli::Program::Demarche)
}
