//! Decode: raw bytes to text, saying which encoding was used and how it was chosen.
//!
//! Order of evidence: a byte-order mark wins (it is stripped, never part of the text); then
//! strict UTF-8; then chardetng's guess (tuned for web-legacy encodings, which is exactly what
//! GBK/GB18030/Big5 reports scraped from government sites are). `--encoding` overrides all.
//! A decode that needed U+FFFD replacements is reported with a count, never silent.

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
    Ok(Decoded {
        text,
        encoding: encoding.name(),
        source,
        replacements,
    })
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
    if std::str::from_utf8(bytes).is_ok() {
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

/// NUL bytes do not occur in any legacy Chinese text encoding nor in UTF-8 prose; a file with
/// them (outside UTF-16) is binary: an image, a PDF, a .docx zip.
pub(crate) fn reject_binary(body: &[u8]) -> Result<(), ErrorKind> {
    if body.starts_with(b"%PDF") {
        return Err(ErrorKind::Binary {
            reason: "PDF file; extract its text layer first (e.g. pdftotext)".into(),
        });
    }
    if body.starts_with(b"PK\x03\x04") {
        return Err(ErrorKind::Binary {
            reason: "zip container (.docx/.xlsx?); convert it to text first".into(),
        });
    }
    if let Some(pos) = body.iter().position(|&b| b == 0) {
        return Err(ErrorKind::Binary {
            reason: format!("NUL byte at offset {pos}"),
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
    fn unknown_label_is_an_error() {
        assert!(encoding_for_label("gbk").is_ok());
        assert!(matches!(
            encoding_for_label("klingon"),
            Err(ErrorKind::UnknownEncoding(_))
        ));
    }
}
