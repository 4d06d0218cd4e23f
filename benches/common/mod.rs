//! What the benchmarks read: the news corpus, from `DEMARCHE_CORPUS` or else
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

/// The corpus's articles, or (saying so on standard error) generated ones when it is absent.
#[allow(dead_code)] // not every benchmark uses it
pub fn articles_or_generated() -> Vec<String> {
    match articles() {
        Ok((path, v)) => {
            eprintln!("bench text: {} articles from {}", v.len(), path.display());
            v
        }
        Err(path) => {
            eprintln!(
                "bench text: {} not found; using generated articles",
                path.display()
            );
            (0..400)
                .map(|i| {
                    let s = "U.S. Defense Secretary Lloyd Austin met his Chinese counterpart on Friday (June 3) in Singapore. \"We need open lines of communication,\" Austin told reporters. China rejected a request for a formal meeting, a senior US defence official said. ";
                    s.repeat(1 + i % 12)
                })
                .collect()
        }
    }
}

/// The large dictionary (`DEMARCHE_NAMES`, else `../shared/data/phoenix/names-34k.txt`, one name
/// a line) as gazetteer lines, one organisation per name, or the path looked at when it cannot
/// be read.
#[allow(dead_code)] // not every benchmark uses it
pub fn large_dictionary() -> Result<(PathBuf, String), PathBuf> {
    let path = std::env::var_os("DEMARCHE_NAMES")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("../shared/data/phoenix/names-34k.txt"));
    let Ok(names) = std::fs::read_to_string(&path) else {
        return Err(path);
    };
    let mut tsv = String::new();
    for (i, n) in names
        .lines()
        .map(str::trim)
        .filter(|n| !n.is_empty() && !n.contains('\t'))
        .enumerate()
    {
        tsv.push_str(&format!("org\t{n}\tid=n{i}\n"));
    }
    Ok((path, tsv))
}
