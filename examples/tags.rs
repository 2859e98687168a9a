//! Print jieba's words and POS tags for each line of stdin, as the label rules see them
//! (after the shipped dictionary is loaded): a tool for writing and debugging label rules.
//!
//!     echo '新增城市金角银边100处' | cargo run --release --example tags

use std::io::BufRead;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    gongwen::segment::init(None)?;
    for line in std::io::stdin().lock().lines() {
        let line = line?;
        let words: Vec<String> = gongwen::segment::tag(&line, 0)
            .iter()
            .map(|w| format!("{}/{}", w.text, w.tag))
            .collect();
        println!("{}", words.join(" "));
    }
    Ok(())
}
