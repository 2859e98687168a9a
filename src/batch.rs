//! Batch: many inputs through a worker pool, their results handed over in input order.
//!
//! The calling thread only consumes results (writes bytes, fills databases); everything per
//! document, serialization included, happens on the pool's workers. That keeps every worker
//! busy on a two-core machine: an earlier design processed a window of documents in parallel,
//! then wrote them on a pool thread while the other worker idled, and lost a quarter of the
//! second core to that barrier.
//!
//! Workers claim inputs in order from a shared counter, so the documents in flight are always
//! the next ones to be handed over. A worker does not start input `i` before input
//! `i - window` has been handed over, which bounds memory by the window, not by the corpus.
//! Results that finish early wait in a small reorder buffer (at most `window` of them), so the
//! consumer sees input order and the output bytes do not depend on the thread count.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, mpsc};

use rayon::ThreadPool;

/// Run `work` on every input on `pool`'s threads and hand each result to `consume` on the
/// calling thread, in input order. At most `window` (at least 1) results are computed ahead of
/// the one being consumed.
///
/// Call it from a thread outside `pool`: the calling thread blocks while it waits for results,
/// and a pool thread doing so would take a worker away from the work (with one thread, all).
pub fn run<I, T, W, C>(pool: &ThreadPool, inputs: &[I], window: usize, work: W, mut consume: C)
where
    I: Sync,
    T: Send,
    W: Fn(&I) -> T + Sync,
    C: FnMut(&I, T),
{
    let window = window.max(1);
    let next = AtomicUsize::new(0);
    let handed = Progress::default();
    let (tx, rx) = mpsc::channel::<(usize, T)>();
    pool.in_place_scope(|scope| {
        for _ in 0..pool.current_num_threads().min(inputs.len()) {
            let tx = tx.clone();
            let (next, handed, work) = (&next, &handed, &work);
            scope.spawn(move |_| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(input) = inputs.get(i) else {
                        break;
                    };
                    handed.wait_until_past(i.saturating_sub(window - 1));
                    // The consumer hung up (it only does so by unwinding): stop early.
                    if tx.send((i, work(input))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(tx);
        let mut early = BTreeMap::new();
        let mut want = 0;
        for (i, result) in rx {
            early.insert(i, result);
            while let Some(result) = early.remove(&want) {
                consume(&inputs[want], result);
                want += 1;
                handed.set(want);
            }
        }
    });
}

/// How many results the consumer has taken, for workers waiting on the window.
#[derive(Default)]
struct Progress {
    handed: Mutex<usize>,
    changed: Condvar,
}

impl Progress {
    fn set(&self, n: usize) {
        *self.handed.lock().unwrap_or_else(|p| p.into_inner()) = n;
        self.changed.notify_all();
    }

    /// Block until at least `n` results have been handed over.
    fn wait_until_past(&self, n: usize) {
        let mut handed = self.handed.lock().unwrap_or_else(|p| p.into_inner());
        while *handed < n {
            handed = self.changed.wait(handed).unwrap_or_else(|p| p.into_inner());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicUsize;
    use std::time::Duration;

    fn pool(threads: usize) -> ThreadPool {
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap()
    }

    #[test]
    fn results_come_in_input_order_whatever_the_thread_count() {
        let inputs: Vec<u64> = (0..200).collect();
        for threads in [1, 2, 4] {
            let mut seen = Vec::new();
            run(
                &pool(threads),
                &inputs,
                3,
                |&n| {
                    // Uneven work, so later inputs often finish first.
                    std::thread::sleep(Duration::from_micros((n * 7919) % 300));
                    n * n
                },
                |&n, sq| seen.push((n, sq)),
            );
            let expected: Vec<(u64, u64)> = inputs.iter().map(|&n| (n, n * n)).collect();
            assert_eq!(seen, expected, "{threads} threads");
        }
    }

    #[test]
    fn no_worker_runs_more_than_a_window_ahead() {
        let inputs: Vec<usize> = (0..100).collect();
        let consumed = AtomicUsize::new(0);
        let furthest_ahead = AtomicUsize::new(0);
        run(
            &pool(4),
            &inputs,
            5,
            |&i| {
                let behind = consumed.load(Ordering::SeqCst);
                furthest_ahead.fetch_max(i - behind.min(i), Ordering::SeqCst);
            },
            |_, ()| {
                // A slow consumer: workers must wait for it rather than run on.
                std::thread::sleep(Duration::from_micros(200));
                consumed.fetch_add(1, Ordering::SeqCst);
            },
        );
        assert_eq!(consumed.load(Ordering::SeqCst), 100);
        let ahead = furthest_ahead.load(Ordering::SeqCst);
        assert!(
            ahead < 5,
            "a worker started {ahead} inputs ahead of the consumer"
        );
    }

    #[test]
    fn an_empty_batch_returns() {
        run(&pool(2), &[] as &[u8], 4, |_| (), |_, ()| unreachable!());
    }
}
