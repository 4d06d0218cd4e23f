//! Batch extraction: many articles on all cores, results in input order, bounded memory.
//!
//! This module owns [`Extractor::extract_batch`]. The calling thread reads the input iterator
//! and hands articles to worker threads over a bounded channel; it collects their results,
//! reorders them by sequence number and passes each to the caller's output function in input
//! order. At most a fixed number of articles per thread is in flight at once, so a feed of any
//! size streams through in constant memory.

use std::any::Any;
use std::collections::BTreeMap;
use std::ops::ControlFlow;
use std::panic::{self, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::sync::Mutex;

use crate::error::Error;
use crate::extractor::{Article, Extractor};
use crate::model::Extraction;

/// How many articles per worker may be in flight (read, not yet written out).
const IN_FLIGHT_PER_THREAD: usize = 4;

/// What a worker hands back: the extraction, or the payload of a panic while extracting.
type Outcome = Result<Extraction, Box<dyn Any + Send>>;

impl Extractor {
    /// The most worker threads a batch starts, whatever it is asked for: more never helps (each
    /// article runs on one thread), and asking the OS for 10^9 threads must not abort the
    /// process.
    ///
    /// ```
    /// use demarche::Extractor;
    /// let mut n = 0;
    /// // Asking for more runs on at most MAX_THREADS threads, with the same output.
    /// Extractor::new().extract_batch(["NATO said no."], usize::MAX, |t| (*t).into(), |_, _| n += 1);
    /// assert_eq!((n, Extractor::MAX_THREADS), (1, 256));
    /// ```
    pub const MAX_THREADS: usize = 256;

    /// Extracts from every item of `items` on `threads` threads (0: one per available core),
    /// calling `output` with each item and its [`Extraction`] in input order.
    ///
    /// `article` turns an item into the [`Article`] to read (its text and publication date), so
    /// items can be records of any shape: feed lines, database rows, file names with their
    /// contents. The input is read lazily and at most a few items per thread are held at once,
    /// so an unbounded feed streams through in bounded memory. The output is the same whatever
    /// the thread count. At most [`Extractor::MAX_THREADS`] threads are started, and
    /// fewer when the operating system refuses more.
    ///
    /// # Panics
    ///
    /// Extraction does not panic, but `article` is your code: if it panics for an item, every
    /// item before it is still output, no later item is, and the panic resumes on the calling
    /// thread once the workers have stopped. (It never hangs.) Use
    /// [`Extractor::try_extract_batch`] to get such failures per item and carry on.
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
    ///     |(_, day, text)| match day.parse::<Day>() {
    ///         Ok(day) => Article::new(text).published(day),
    ///         Err(_) => Article::new(text),
    ///     },
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
        let mut panicked = None;
        self.run_batch(items, threads, &article, |item, outcome| match outcome {
            Ok(doc) => {
                output(item, doc);
                ControlFlow::Continue(())
            }
            Err(payload) => {
                panicked = Some(payload);
                ControlFlow::Break(())
            }
        });
        if let Some(payload) = panicked {
            panic::resume_unwind(payload);
        }
    }

    /// Like [`Extractor::extract_batch`], but a panic while reading one item (in `article` or,
    /// should a bug break the no-panic contract, in the extractor) comes back as that item's
    /// [`Error`] of kind [`ErrorKind::Internal`](crate::ErrorKind::Internal) and the batch carries
    /// on; and `output` can stop the batch early by returning [`ControlFlow::Break`] (when its
    /// reader has gone away, say). No item after a `Break` is read or output.
    ///
    /// # Example
    ///
    /// ```
    /// use std::ops::ControlFlow;
    /// use demarche::{Article, ErrorKind, Extractor};
    ///
    /// let feed = ["China met Japan.", "boom", "NATO said no.", "never read"];
    /// let mut out = Vec::new();
    /// Extractor::new().try_extract_batch(
    ///     feed,
    ///     2,
    ///     |text| {
    ///         assert!(*text != "boom", "a bad record");
    ///         Article::new(text)
    ///     },
    ///     |text, result| {
    ///         out.push(result.map(|doc| doc.actors.len()).map_err(|e| e.kind()));
    ///         if text == "NATO said no." {
    ///             ControlFlow::Break(())
    ///         } else {
    ///             ControlFlow::Continue(())
    ///         }
    ///     },
    /// );
    /// assert_eq!(out, [Ok(2), Err(ErrorKind::Internal), Ok(1)]);
    /// ```
    pub fn try_extract_batch<T, I, A, O>(&self, items: I, threads: usize, article: A, mut output: O)
    where
        I: IntoIterator<Item = T>,
        T: Send,
        A: Fn(&T) -> Article<'_> + Sync,
        O: FnMut(T, Result<Extraction, Error>) -> ControlFlow<()>,
    {
        self.run_batch(items, threads, &article, |item, outcome| {
            output(
                item,
                outcome.map_err(|p| Error::internal(panic_message(&*p))),
            )
        });
    }

    /// The engine of both batch functions: extracts on `threads` workers (capped, and fewer if
    /// spawning fails), catches each item's panic, and hands outcomes to `output` in input order
    /// until the input ends or `output` breaks.
    fn run_batch<T, I, A, O>(&self, items: I, threads: usize, article: &A, mut output: O)
    where
        I: IntoIterator<Item = T>,
        T: Send,
        A: Fn(&T) -> Article<'_> + Sync,
        O: FnMut(T, Outcome) -> ControlFlow<()>,
    {
        let one = |item: &T| -> Outcome {
            panic::catch_unwind(AssertUnwindSafe(|| self.extract(article(item))))
        };
        let threads = if threads == 0 {
            std::thread::available_parallelism().map_or(1, |n| n.get())
        } else {
            threads
        }
        .min(Extractor::MAX_THREADS);
        let mut items = items.into_iter();
        if threads == 1 {
            for item in items {
                let outcome = one(&item);
                if output(item, outcome).is_break() {
                    return;
                }
            }
            return;
        }
        let cap = threads * IN_FLIGHT_PER_THREAD;
        let (job_tx, job_rx) = mpsc::sync_channel::<(usize, T)>(cap);
        let job_rx = Mutex::new(job_rx);
        let stop = AtomicBool::new(false);
        let (done_tx, done_rx) = mpsc::channel::<(usize, T, Outcome)>();
        std::thread::scope(|scope| {
            let mut spawned = 0;
            for _ in 0..threads {
                let done_tx = done_tx.clone();
                let (job_rx, one, stop) = (&job_rx, &one, &stop);
                let worker = move || loop {
                    // Hold the lock only to receive, never while extracting.
                    let job = job_rx.lock().map(|rx| rx.recv());
                    let Ok(Ok((seq, item))) = job else {
                        break;
                    };
                    if stop.load(Ordering::Relaxed) {
                        break;
                    }
                    let outcome = one(&item);
                    if done_tx.send((seq, item, outcome)).is_err() {
                        break;
                    }
                };
                // The OS may refuse threads (limits, memory): work with the ones it gave.
                match std::thread::Builder::new().spawn_scoped(scope, worker) {
                    Ok(_) => spawned += 1,
                    Err(_) => break,
                }
            }
            drop(done_tx);
            if spawned == 0 {
                drop(job_tx);
                for item in items.by_ref() {
                    let outcome = one(&item);
                    if output(item, outcome).is_break() {
                        break;
                    }
                }
                return;
            }
            let mut pending: BTreeMap<usize, (T, Outcome)> = BTreeMap::new();
            let mut next_out = 0;
            let mut sent = 0;
            let mut stopped = false;
            // Passes every outcome that is next in input order to `output`.
            let mut emit = |pending: &mut BTreeMap<usize, (T, Outcome)>, next_out: &mut usize| {
                while let Some((item, outcome)) = pending.remove(next_out) {
                    *next_out += 1;
                    if output(item, outcome).is_break() {
                        return true;
                    }
                }
                false
            };
            'read: for item in items.by_ref() {
                // Keep at most `cap` items between reading and writing.
                while sent - next_out >= cap {
                    let Ok((seq, item, outcome)) = done_rx.recv() else {
                        break 'read;
                    };
                    pending.insert(seq, (item, outcome));
                    if emit(&mut pending, &mut next_out) {
                        stopped = true;
                        break 'read;
                    }
                }
                if job_tx.send((sent, item)).is_err() {
                    break;
                }
                sent += 1;
            }
            // Stopped: tell the workers to drop what is queued; either way, no more jobs.
            stop.store(stopped, Ordering::Relaxed);
            drop(job_tx);
            while !stopped && next_out < sent {
                let Ok((seq, item, outcome)) = done_rx.recv() else {
                    break;
                };
                pending.insert(seq, (item, outcome));
                stopped = emit(&mut pending, &mut next_out);
            }
            // Dropping the receiver makes any worker still extracting stop at its next send.
            drop(done_rx);
        });
    }
}

/// The message of a panic payload (a `&str` or a `String`, as `panic!` makes), or a placeholder.
fn panic_message(payload: &(dyn Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "a panic with no message".to_string()
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
