//! Loading arbitrary gazetteer text (tab-separated, JSON or Phoenix): it must never panic; a
//! malformed input is an error that names the file and a line within the input.
#![no_main]

use demarche::Extractor;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&format, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest).into_owned();
    let lines = text.lines().count().max(1);
    let builder = Extractor::builder().default_gazetteer(false);
    let builder = if format % 2 == 0 {
        builder.gazetteer_text("fuzz.tsv", text.clone())
    } else {
        builder.phoenix_text("fuzz.tsv", text.clone())
    };
    match builder.build() {
        Ok(ex) => {
            // Whatever was loaded, extraction over the input itself still works.
            let _ = ex.extract(text.as_str());
        }
        Err(e) => {
            assert_eq!(e.file(), Some("fuzz.tsv"));
            if let Some(line) = e.line() {
                assert!(line <= lines + 1, "line {line} of {lines}: {e}");
            }
        }
    }
});
