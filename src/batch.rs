//! Batch extraction: many articles on all cores, results in input order, bounded memory.
//!
//! This module owns [`Extractor::extract_batch`]. The calling thread reads the input iterator
//! and hands articles to worker threads over a bounded channel; it collects their results,
//! reorders them by sequence number and passes each to the caller's output function in input
//! order. At most a fixed number of articles per thread is in flight at once, so a feed of any
//! size streams through in constant memory.

use std::collections::BTreeMap;
use std::sync::mpsc;
use std::sync::Mutex;

use crate::extractor::{Article, Extractor};
use crate::model::Extraction;

/// How many articles per worker may be in flight (read, not yet written out).
const IN_FLIGHT_PER_THREAD: usize = 4;

impl Extractor {
    /// Extracts from every item of `items` on `threads` threads (0: one per available core),
    /// calling `output` with each item and its [`Extraction`] in input order.
    ///
    /// `article` turns an item into the [`Article`] to read (its text and publication date), so
    /// items can be records of any shape: feed lines, database rows, file names with their
    /// contents. The input is read lazily and at most a few items per thread are held at once,
    /// so an unbounded feed streams through in bounded memory. The output is the same whatever
    /// the thread count.
    ///
    /// # Example
    ///
    /// ```
    /// use demarche::{Article, Day, Extractor};
    ///
    /// let feed = vec![
    ///     ("a1", "2024-04-16", "Lloyd Austin spoke with Dong Jun on Tuesday."),
    ///     ("a2", "2023-06-03", "China declined a US request for a meeting."),
    /// ];
    /// let mut out = Vec::new();
    /// Extractor::new().extract_batch(
    ///     feed,
    ///     2,
    ///     |(_, day, text)| Article::new(text).published(day.parse::<Day>().unwrap()),
    ///     |(id, _, _), doc| out.push((id, doc)),
    /// );
    /// assert_eq!(out[0].0, "a1");
    /// assert_eq!(out[0].1.dates[0].value.as_deref(), Some("2024-04-16"));
    /// assert_eq!(out[1].1.refusals.len(), 1);
    /// ```
    pub fn extract_batch<T, I, A, O>(&self, items: I, threads: usize, article: A, mut output: O)
    where
        I: IntoIterator<Item = T>,
        T: Send,
        A: Fn(&T) -> Article<'_> + Sync,
        O: FnMut(T, Extraction),
    {
        let threads = if threads == 0 {
            std::thread::available_parallelism().map_or(1, |n| n.get())
        } else {
            threads
        };
        if threads == 1 {
            for item in items {
                let doc = self.extract(article(&item));
                output(item, doc);
            }
            return;
        }
        let cap = threads * IN_FLIGHT_PER_THREAD;
        let (job_tx, job_rx) = mpsc::sync_channel::<(usize, T)>(cap);
        let job_rx = Mutex::new(job_rx);
        let (done_tx, done_rx) = mpsc::channel::<(usize, T, Extraction)>();
        std::thread::scope(|scope| {
            for _ in 0..threads {
                let done_tx = done_tx.clone();
                let (job_rx, article) = (&job_rx, &article);
                scope.spawn(move || loop {
                    // Hold the lock only to receive, never while extracting.
                    let job = job_rx.lock().map(|rx| rx.recv());
                    let Ok(Ok((seq, item))) = job else {
                        break;
                    };
                    let doc = self.extract(article(&item));
                    if done_tx.send((seq, item, doc)).is_err() {
                        break;
                    }
                });
            }
            drop(done_tx);
            let mut pending: BTreeMap<usize, (T, Extraction)> = BTreeMap::new();
            let mut next_out = 0;
            let mut sent = 0;
            let mut emit = |pending: &mut BTreeMap<usize, (T, Extraction)>,
                            next_out: &mut usize| {
                while let Some((item, doc)) = pending.remove(next_out) {
                    output(item, doc);
                    *next_out += 1;
                }
            };
            for item in items {
                // Keep at most `cap` items between reading and writing.
                while sent - next_out >= cap {
                    let Ok((seq, item, doc)) = done_rx.recv() else {
                        return;
                    };
                    pending.insert(seq, (item, doc));
                    emit(&mut pending, &mut next_out);
                }
                if job_tx.send((sent, item)).is_err() {
                    return;
                }
                sent += 1;
            }
            drop(job_tx);
            while next_out < sent {
                let Ok((seq, item, doc)) = done_rx.recv() else {
                    return;
                };
                pending.insert(seq, (item, doc));
                emit(&mut pending, &mut next_out);
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use crate::{Article, Extractor};

    #[test]
    fn same_output_in_order_on_every_thread_count() {
        let texts: Vec<String> = (0..50)
            .map(|i| {
                format!("Article {i}: China met Japan on Friday. \"We talked,\" Lloyd Austin said.")
            })
            .collect();
        let ex = Extractor::new();
        let want: Vec<_> = texts.iter().map(|t| ex.extract(t.as_str())).collect();
        for threads in [1, 2, 3, 8] {
            let mut got = Vec::new();
            ex.extract_batch(
                texts.iter(),
                threads,
                |t| Article::new(t),
                |t, doc| got.push((t.clone(), doc)),
            );
            assert_eq!(got.len(), texts.len());
            for (i, (t, doc)) in got.iter().enumerate() {
                assert_eq!(t, &texts[i], "order with {threads} threads");
                assert_eq!(doc, &want[i]);
            }
        }
    }

    #[test]
    fn empty_input() {
        let mut n = 0;
        Extractor::new().extract_batch(Vec::<String>::new(), 4, |t| Article::new(t), |_, _| n += 1);
        assert_eq!(n, 0);
    }
}
