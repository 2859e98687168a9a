//! Decode: raw bytes to text, saying which encoding was used and how it was chosen.
//!
//! Order of evidence: a byte-order mark wins (it is stripped, never part of the text); then
//! strict UTF-8; then chardetng's guess (tuned for web-legacy encodings, which is exactly what
//! GBK/GB18030/Big5 reports scraped from government sites are). `--encoding` overrides all.
//! A decode that needed U+FFFD replacements is reported with a count, never silent.
//!
//! Broken files are common on government sites, and each kind is named rather than guessed
//! around: known binary formats (PDF, zip, images) and mostly-control-byte files are refused;
//! stray NUL bytes in text become U+FFFD and are counted; a file that is not UTF-8 as a whole
//! but has lines in UTF-8 and lines in a legacy encoding (two scrapes pasted together) is
//! decoded line by line, each line in its own encoding, and says so.

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE};
use serde::Serialize;

use crate::error::ErrorKind;

/// How the encoding was chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EncodingSource {
    /// A byte-order mark at the start of the input.
    Bom,
    /// The bytes are valid UTF-8.
    Utf8,
    /// Guessed by chardetng from the byte statistics.
    Detected,
    /// Named by the user with `--encoding`.
    Forced,
    /// Declared by an HTML page (`<meta charset>` or `http-equiv`) and consistent with its bytes.
    Declared,
}

/// Decoded text plus the facts about how it was decoded.
#[derive(Debug, Clone)]
pub struct Decoded {
    /// The text, without any BOM.
    pub text: String,
    /// The WHATWG name of the encoding used (e.g. `GBK`, `UTF-16LE`).
    pub encoding: &'static str,
    /// How the encoding was chosen.
    pub source: EncodingSource,
    /// Replacement characters the decoder had to insert (malformed input); 0 for a clean decode.
    pub replacements: usize,
    /// NUL bytes (U+0000) in the text, each replaced by U+FFFD.
    pub nul_chars: usize,
    /// For a file mixing UTF-8 lines with lines in the legacy `encoding`: how many of each.
    pub mixed: Option<MixedLines>,
}

/// Line counts of a file that mixes UTF-8 with a legacy encoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MixedLines {
    /// Lines with non-ASCII text that were valid UTF-8.
    pub utf8: usize,
    /// Lines that were not, decoded in the legacy encoding.
    pub legacy: usize,
}

/// Look up an encoding label as `--encoding` accepts it (WHATWG labels: `gbk`, `gb18030`,
/// `big5`, `utf-16le`, …).
pub fn encoding_for_label(label: &str) -> Result<&'static Encoding, ErrorKind> {
    Encoding::for_label(label.trim().as_bytes())
        .ok_or_else(|| ErrorKind::UnknownEncoding(label.to_string()))
}

/// Decode `bytes`. `forced` comes from `--encoding`.
pub fn decode(bytes: &[u8], forced: Option<&'static Encoding>) -> Result<Decoded, ErrorKind> {
    if bytes.is_empty() {
        return Err(ErrorKind::Empty);
    }
    let (encoding, source, body) = choose(bytes, forced);
    if body.is_empty() {
        return Err(ErrorKind::Empty);
    }
    if encoding != UTF_16LE && encoding != UTF_16BE {
        reject_binary(body)?;
    }
    let mixed = (source == EncodingSource::Detected)
        .then(|| mixed_lines(body))
        .flatten();
    let (text, replacements, encoding) = match mixed {
        Some(_) => {
            let legacy = legacy_encoding(body);
            let (text, replacements) = decode_by_line(body, legacy);
            (text, replacements, legacy)
        }
        None => {
            let (text, replacements) = decode_whole(body, encoding);
            (text, replacements, encoding)
        }
    };
    // A NUL is never text; it is kept as one replacement char so offsets do not move. In
    // UTF-8 a zero byte is always the char U+0000, so counting bytes counts the chars.
    // The `contains` (a fast byte search) spares the count on the usual text without any.
    let nul_chars = if text.as_bytes().contains(&0) {
        text.bytes().filter(|&b| b == 0).count()
    } else {
        0
    };
    let text = if nul_chars > 0 {
        text.replace('\0', "\u{FFFD}")
    } else {
        text
    };
    Ok(Decoded {
        text,
        encoding: encoding.name(),
        source,
        replacements,
        nul_chars,
        mixed,
    })
}

/// Decode all of `body` in one encoding; returns the text and the replacements the decoder
/// introduced.
fn decode_whole(body: &[u8], encoding: &'static Encoding) -> (String, usize) {
    let (text, had_errors) = encoding.decode_without_bom_handling(body);
    let text = text.into_owned();
    // Count only the replacements the decoder introduced: a U+FFFD already present in valid
    // input (the Baoding reports carry two) is text, not a decode failure.
    let replacements = if had_errors {
        let produced = text.chars().filter(|&c| c == '\u{FFFD}').count();
        produced.saturating_sub(existing_replacements(encoding, body))
    } else {
        0
    };
    (text, replacements)
}

/// Lines of `body` (not valid UTF-8 as a whole) that are valid UTF-8 with non-ASCII text, and
/// lines that are not valid UTF-8; `Some` only when there are both.
fn mixed_lines(body: &[u8]) -> Option<MixedLines> {
    let mut counts = MixedLines { utf8: 0, legacy: 0 };
    for line in body.split(|&b| b == b'\n') {
        if line.is_ascii() {
            continue;
        }
        if std::str::from_utf8(line).is_ok() {
            counts.utf8 += 1;
        } else {
            counts.legacy += 1;
        }
    }
    (counts.utf8 > 0 && counts.legacy > 0).then_some(counts)
}

/// The legacy encoding of the lines of `body` that are not UTF-8, guessed from those lines
/// alone (the UTF-8 lines would only mislead the detector).
fn legacy_encoding(body: &[u8]) -> &'static Encoding {
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    for line in body.split_inclusive(|&b| b == b'\n') {
        if std::str::from_utf8(line).is_err() {
            detector.feed(line, false);
        }
    }
    detector.feed(b"", true);
    detector.guess(None, chardetng::Utf8Detection::Deny)
}

/// Decode line by line: UTF-8 lines as UTF-8, the others in `legacy`.
fn decode_by_line(body: &[u8], legacy: &'static Encoding) -> (String, usize) {
    let mut text = String::with_capacity(body.len());
    let mut replacements = 0;
    for line in body.split_inclusive(|&b| b == b'\n') {
        match std::str::from_utf8(line) {
            Ok(s) => text.push_str(s),
            Err(_) => {
                let (t, r) = decode_whole(line, legacy);
                text.push_str(&t);
                replacements += r;
            }
        }
    }
    (text, replacements)
}

pub(crate) fn choose<'a>(
    bytes: &'a [u8],
    forced: Option<&'static Encoding>,
) -> (&'static Encoding, EncodingSource, &'a [u8]) {
    if let Some(enc) = forced {
        // A BOM for the forced encoding is still not text.
        let body = match Encoding::for_bom(bytes) {
            Some((bom_enc, len)) if bom_enc == enc => &bytes[len..],
            _ => bytes,
        };
        return (enc, EncodingSource::Forced, body);
    }
    if let Some((enc, len)) = Encoding::for_bom(bytes) {
        return (enc, EncodingSource::Bom, &bytes[len..]);
    }
    // encoding_rs's check is the vectorised one (std's `from_utf8` costs ten times as much
    // on Chinese text) and accepts exactly what `from_utf8` accepts.
    if Encoding::utf8_valid_up_to(bytes) == bytes.len() {
        return (UTF_8, EncodingSource::Utf8, bytes);
    }
    if let Some(enc) = truncated_utf8(bytes) {
        return (enc, EncodingSource::Utf8, bytes);
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    feed_sample(&mut detector, bytes);
    // tld None, allow_utf8 false: valid UTF-8 was handled above.
    let enc = detector.guess(None, chardetng::Utf8Detection::Deny);
    (enc, EncodingSource::Detected, bytes)
}

/// Non-ASCII bytes after which the detector has seen enough: about 2,000 Chinese chars.
const DETECTION_SAMPLE: usize = 4 * 1024;

/// Feed the detector the start of the text, in chunks, until it has seen
/// [`DETECTION_SAMPLE`] non-ASCII bytes or the end. chardetng costs some 2,000 instructions a
/// byte, more than the rest of the pipeline together; two thousand Chinese chars decide
/// between GBK, Big5 and the rest as surely as a whole report does, and ASCII (which all those
/// encodings share) tells it nothing, so it is not counted.
fn feed_sample(detector: &mut chardetng::EncodingDetector, bytes: &[u8]) {
    let mut non_ascii = 0;
    let mut chunks = bytes.chunks(4096).peekable();
    while let Some(chunk) = chunks.next() {
        let last = chunks.peek().is_none();
        detector.feed(chunk, last);
        non_ascii += chunk.iter().filter(|b| !b.is_ascii()).count();
        if non_ascii >= DETECTION_SAMPLE {
            break;
        }
    }
}

/// UTF-8 whose only flaw is a sequence cut off at the very end (a truncated download) is still
/// UTF-8; decoding it as such yields one replacement, which is then reported as lossy.
fn truncated_utf8(bytes: &[u8]) -> Option<&'static Encoding> {
    match std::str::from_utf8(bytes) {
        Err(e) if e.error_len().is_none() && e.valid_up_to() > 0 => Some(UTF_8),
        _ => None,
    }
}

/// U+FFFD characters that were validly encoded in the input. Legacy encodings cannot encode
/// U+FFFD, so for them every replacement in the output came from the decoder.
pub(crate) fn existing_replacements(encoding: &'static Encoding, body: &[u8]) -> usize {
    let unit: &[u8] = if encoding == UTF_8 {
        &[0xEF, 0xBF, 0xBD]
    } else if encoding == UTF_16LE {
        &[0xFD, 0xFF]
    } else if encoding == UTF_16BE {
        &[0xFF, 0xFD]
    } else {
        return 0;
    };
    let step = if encoding == UTF_8 { 1 } else { 2 };
    body.windows(unit.len())
        .step_by(step)
        .filter(|w| *w == unit)
        .count()
}

/// Signatures of binary formats that turn up in report folders, and what to do about them.
const SIGNATURES: &[(&[u8], &str)] = &[
    (
        b"%PDF",
        "PDF file; extract its text layer first (e.g. pdftotext)",
    ),
    (
        b"PK\x03\x04",
        "zip container (.docx/.xlsx?); convert it to text first",
    ),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\x1f\x8b", "gzip archive; unpack it first"),
    (b"Rar!\x1a\x07", "RAR archive; unpack it first"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive; unpack it first"),
    (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        "old Office document (.doc/.xls?); convert it to text first",
    ),
    (b"\x7fELF", "executable"),
];

/// How much of the start of a file the binary test looks at.
const SNIFF_BYTES: usize = 8192;

/// Refuse known binary formats, and files whose start is mostly control bytes. NUL and the
/// other C0 controls (bar tab, line breaks, form feed and escape) do not occur in UTF-8 or
/// legacy Chinese prose; a file that opens with more than one in ten of them is an image, an
/// archive or a database, not a report. A few stray NULs in text (padding after a crash, a
/// scraper's bug) are not enough: that text is decoded, and the NULs reported.
pub(crate) fn reject_binary(body: &[u8]) -> Result<(), ErrorKind> {
    if let Some((_, what)) = SIGNATURES.iter().find(|(magic, _)| body.starts_with(magic)) {
        return Err(ErrorKind::Binary {
            reason: (*what).to_string(),
        });
    }
    let sample = &body[..body.len().min(SNIFF_BYTES)];
    let controls = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c | 0x1b))
        .count();
    if controls * 10 > sample.len() {
        let first_nul = body.iter().position(|&b| b == 0);
        return Err(ErrorKind::Binary {
            reason: match first_nul {
                Some(pos) => format!(
                    "{controls} control bytes in the first {} (first NUL at offset {pos})",
                    sample.len()
                ),
                None => format!("{controls} control bytes in the first {}", sample.len()),
            },
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "一、坚持依法依规\n成立临时党支部18个，总面积10463平米。";

    #[test]
    fn plain_utf8() {
        let d = decode(SAMPLE.as_bytes(), None).unwrap();
        assert_eq!(d.text, SAMPLE);
        assert_eq!(d.encoding, "UTF-8");
        assert_eq!(d.source, EncodingSource::Utf8);
        assert_eq!(d.replacements, 0);
    }

    #[test]
    fn utf8_bom_is_stripped() {
        let mut bytes = vec![0xEF, 0xBB, 0xBF];
        bytes.extend_from_slice(SAMPLE.as_bytes());
        let d = decode(&bytes, None).unwrap();
        assert_eq!(d.text, SAMPLE);
        assert_eq!(d.source, EncodingSource::Bom);
    }

    #[test]
    fn utf16le_and_be_with_bom() {
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for u in SAMPLE.encode_utf16() {
            le.extend_from_slice(&u.to_le_bytes());
            be.extend_from_slice(&u.to_be_bytes());
        }
        let d = decode(&le, None).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (SAMPLE, "UTF-16LE"));
        let d = decode(&be, None).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (SAMPLE, "UTF-16BE"));
    }

    #[test]
    fn gbk_is_detected() {
        let long = SAMPLE.repeat(20);
        let (bytes, _, _) = encoding_rs::GBK.encode(&long);
        let d = decode(&bytes, None).unwrap();
        assert_eq!(d.text, long);
        assert_eq!(d.source, EncodingSource::Detected);
        assert!(
            d.encoding == "GBK" || d.encoding == "gb18030",
            "{}",
            d.encoding
        );
    }

    #[test]
    fn big5_is_detected() {
        let text = "行政院施政報告：今年經濟成長率達百分之三，就業人數增加五萬六千人。".repeat(10);
        let (bytes, _, _) = encoding_rs::BIG5.encode(&text);
        let d = decode(&bytes, None).unwrap();
        assert_eq!(d.encoding, "Big5");
        assert_eq!(d.text, text);
    }

    #[test]
    fn forced_encoding_wins() {
        let (bytes, _, _) = encoding_rs::GBK.encode(SAMPLE);
        let d = decode(&bytes, Some(encoding_rs::GB18030)).unwrap();
        assert_eq!(d.source, EncodingSource::Forced);
        assert_eq!(d.text, SAMPLE);
    }

    #[test]
    fn lossy_decode_counts_replacements() {
        let mut bytes = SAMPLE.as_bytes().to_vec();
        bytes.truncate(bytes.len() - 1); // cut the final '。' mid-sequence
        let d = decode(&bytes, None).unwrap();
        assert_eq!(d.source, EncodingSource::Utf8);
        assert_eq!(d.replacements, 1);
    }

    #[test]
    fn existing_replacement_char_is_not_lossy() {
        let d = decode("二\u{FFFD}三五年".as_bytes(), None).unwrap();
        assert_eq!(d.replacements, 0);
    }

    #[test]
    fn empty_and_binary_are_errors() {
        assert!(matches!(decode(b"", None), Err(ErrorKind::Empty)));
        assert!(matches!(
            decode(&[0xEF, 0xBB, 0xBF], None),
            Err(ErrorKind::Empty)
        ));
        assert!(matches!(
            decode(b"%PDF-1.7\n...", None),
            Err(ErrorKind::Binary { .. })
        ));
        assert!(matches!(
            decode(b"\x89PNG\r\n\x1a\n\0\0\0", None),
            Err(ErrorKind::Binary { .. })
        ));
    }

    #[test]
    fn stray_nuls_are_text_but_a_control_heavy_start_is_binary() {
        let d = decode("一、总则\0\n成立党支部18个。\0\0".as_bytes(), None).unwrap();
        assert_eq!(d.nul_chars, 3);
        assert_eq!(d.text, "一、总则\u{FFFD}\n成立党支部18个。\u{FFFD}\u{FFFD}");
        let mut bytes = vec![1u8; 30];
        bytes.extend_from_slice(SAMPLE.as_bytes());
        assert!(matches!(
            decode(&bytes, None),
            Err(ErrorKind::Binary { .. })
        ));
    }

    #[test]
    fn utf8_and_gbk_lines_are_decoded_each_in_its_own_encoding() {
        let gbk_part = "全年完成固定资产投资十二亿元，同比增长百分之五。\n".repeat(4);
        let (gbk, _, _) = encoding_rs::GBK.encode(&gbk_part);
        let mut bytes = gbk.into_owned();
        bytes.extend_from_slice("新建学校3所。\n".as_bytes());
        let d = decode(&bytes, None).unwrap();
        assert_eq!(d.text, format!("{gbk_part}新建学校3所。\n"));
        assert_eq!(d.mixed, Some(MixedLines { utf8: 1, legacy: 4 }));
        assert_eq!(d.replacements, 0);
        // Pure GBK is not mixed.
        let (gbk, _, _) = encoding_rs::GBK.encode(&gbk_part);
        assert_eq!(decode(&gbk, None).unwrap().mixed, None);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        /// `choose` takes encoding_rs's validity check for std's: they must accept the same
        /// bytes, including surrogates (ED A0 80), overlong forms (C0 AF) and cut sequences.
        #[test]
        fn utf8_check_agrees_with_std(
            parts in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::collection::vec(proptest::prelude::any::<u8>(), 0..4),
                    proptest::sample::select(vec![
                        "一、".as_bytes().to_vec(), b"\xED\xA0\x80".to_vec(), b"\xC0\xAF".to_vec(),
                        b"\xF4\x90\x80\x80".to_vec(), b"\xE4\xB8".to_vec(), b"abc".to_vec(),
                    ]),
                ],
                0..12,
            )
        ) {
            let bytes = parts.concat();
            proptest::prop_assert_eq!(
                Encoding::utf8_valid_up_to(&bytes) == bytes.len(),
                std::str::from_utf8(&bytes).is_ok()
            );
        }
    }

    #[test]
    fn unknown_label_is_an_error() {
        assert!(encoding_for_label("gbk").is_ok());
        assert!(matches!(
            encoding_for_label("klingon"),
            Err(ErrorKind::UnknownEncoding(_))
        ));
    }
}
