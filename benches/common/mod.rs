//! What both benchmarks read: the news corpus, from `DEMARCHE_CORPUS` or else
//! `../shared/corpus/bbc-news-2004-2005.jsonl` (JSON Lines, `{"text": ...}` per line).

use std::path::PathBuf;

/// The corpus path and its articles' texts, or the path looked at when it cannot be read
/// (lines that are not JSON with a `text` string are skipped).
pub fn articles() -> Result<(PathBuf, Vec<String>), PathBuf> {
    let path = std::env::var_os("DEMARCHE_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("../shared/corpus/bbc-news-2004-2005.jsonl"));
    let Ok(jsonl) = std::fs::read_to_string(&path) else {
        return Err(path);
    };
    let texts = jsonl
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(String::from))
        .collect();
    Ok((path, texts))
}
