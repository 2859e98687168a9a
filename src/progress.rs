//! The progress bar of a batch: files done, throughput in MB/s and time left.
//!
//! The bar counts bytes, not files, so the rate and the estimate stay honest when one report
//! is a hundred times longer than the next; the file count is shown beside it. It is drawn on
//! stderr only when stderr is a terminal, so pipes, logs and tests never see it.

use std::io::{self, IsTerminal};

use indicatif::{ProgressBar, ProgressStyle};

use crate::ingest::Input;

/// Batches this short finish before a bar would tell anyone anything.
const MIN_FILES: usize = 4;

const TEMPLATE: &str = "{wide_bar} {msg} files · {decimal_bytes_per_sec} · ETA {eta}";

/// A running bar over a list of inputs, advanced once per input in order.
pub struct Progress {
    bar: ProgressBar,
    sizes: Vec<u64>,
    done: usize,
}

impl Progress {
    /// A bar over `inputs`, or `None` when `hidden`, when the batch is short, or when stderr
    /// is not a terminal.
    pub fn start(inputs: &[Input], hidden: bool) -> Option<Self> {
        if hidden || inputs.len() < MIN_FILES || !io::stderr().is_terminal() {
            return None;
        }
        Some(Self::new(inputs, ProgressBar::new(0)))
    }

    fn new(inputs: &[Input], bar: ProgressBar) -> Self {
        let sizes: Vec<u64> = inputs
            .iter()
            .map(|i| match i {
                // A file that cannot be measured still counts as a file done.
                Input::File(p) => std::fs::metadata(p).map_or(0, |m| m.len()),
                Input::Stdin => 0,
            })
            .collect();
        bar.set_length(sizes.iter().sum());
        if let Ok(style) = ProgressStyle::with_template(TEMPLATE) {
            bar.set_style(style);
        }
        let progress = Progress {
            bar,
            sizes,
            done: 0,
        };
        progress.show_count();
        progress
    }

    fn show_count(&self) {
        self.bar
            .set_message(format!("{}/{}", self.done, self.sizes.len()));
    }

    /// The next input in order is done.
    pub fn advance(&mut self) {
        if let Some(size) = self.sizes.get(self.done) {
            self.bar.inc(*size);
        }
        self.done += 1;
        self.show_count();
    }

    /// Remove the bar; the summary line takes its place.
    pub fn finish(self) {
        self.bar.finish_and_clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_files_and_bytes() {
        let dir = tempfile::tempdir().unwrap();
        let inputs: Vec<Input> = [3usize, 5, 7]
            .iter()
            .enumerate()
            .map(|(i, n)| {
                let p = dir.path().join(format!("{i}.txt"));
                std::fs::write(&p, "x".repeat(*n)).unwrap();
                Input::File(p)
            })
            .collect();
        let mut p = Progress::new(&inputs, ProgressBar::hidden());
        assert_eq!(p.bar.length(), Some(15));
        p.advance();
        p.advance();
        assert_eq!(p.bar.position(), 8);
        assert_eq!(p.bar.message(), "2/3");
    }
}
