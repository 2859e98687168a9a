//! The charset of an HTML page, and a decode that remembers where each char came from.
//!
//! Order of evidence, as a browser uses it: a byte-order mark; then the page's own declaration
//! (`<meta charset>` or `<meta http-equiv="Content-Type" content="…; charset=…">`); then the
//! detection plain text uses (strict UTF-8, then chardetng). A declaration is checked against
//! the bytes before it is believed, because re-saved government pages often keep a `gb2312`
//! declaration over UTF-8 bytes (or the reverse): bytes that are valid UTF-8 with non-ASCII in
//! them are UTF-8 whatever the page says, and a declaration whose decode needs replacement
//! characters loses to detection when detection decodes cleanly. Either way the record says so
//! in a `charset_mismatch` warning.
//!
//! The decode keeps, for every char of the text, the byte offset in the input where it starts,
//! so positions found in the decoded page can be reported as byte ranges of the file.

use std::sync::LazyLock;

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1252};
use regex::bytes::Regex;

use crate::decode::{self, EncodingSource};
use crate::error::ErrorKind;

/// How far into the page the declaration is looked for. Browsers stop at 1024 bytes; Chinese
/// CMS pages often put scripts and styles first, so this looks further: a declaration found
/// here is still checked against the bytes before it is used.
const PRESCAN_BYTES: usize = 8192;

/// A decoded page.
#[derive(Debug, Clone)]
pub struct DecodedPage {
    /// The page text, without any BOM.
    pub text: String,
    /// The WHATWG name of the encoding used.
    pub encoding: &'static str,
    /// How it was chosen.
    pub source: EncodingSource,
    /// Replacement characters the decoder inserted.
    pub replacements: usize,
    /// The charset the page declares, when it declares one that decoding did not use.
    pub mismatch: Option<Mismatch>,
    offsets: ByteOffsets,
}

/// A page that declares one charset and is encoded in another.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mismatch {
    /// The declared encoding (WHATWG name).
    pub declared: &'static str,
    /// The encoding the bytes are in.
    pub used: &'static str,
}

/// Text byte offset → input byte offset.
#[derive(Debug, Clone)]
enum ByteOffsets {
    /// UTF-8 decoded without change: text byte `i` is input byte `i + shift` (the BOM length).
    Shifted(usize),
    /// Every char's text byte offset and input byte offset, in order, plus an end entry.
    Mapped(Vec<(usize, usize)>),
}

impl DecodedPage {
    /// The input byte offset of text byte offset `pos` (a char boundary, or the text length).
    pub fn input_offset(&self, pos: usize) -> usize {
        match &self.offsets {
            ByteOffsets::Shifted(shift) => pos + shift,
            ByteOffsets::Mapped(map) => {
                let i = map.partition_point(|&(t, _)| t <= pos);
                i.checked_sub(1).map_or(0, |i| map[i].1)
            }
        }
    }
}

/// Decode an HTML page. `forced` comes from `--encoding`.
pub fn decode_page(
    bytes: &[u8],
    forced: Option<&'static Encoding>,
) -> Result<DecodedPage, ErrorKind> {
    if bytes.is_empty() {
        return Err(ErrorKind::Empty);
    }
    let (encoding, source, mismatch, body) = choose(bytes, forced);
    if body.is_empty() {
        return Err(ErrorKind::Empty);
    }
    if encoding != UTF_16LE && encoding != UTF_16BE {
        decode::reject_binary(body)?;
    }
    let bom = bytes.len() - body.len();
    let (text, had_errors, offsets) = match std::str::from_utf8(body) {
        Ok(s) if encoding == UTF_8 => (s.to_string(), false, ByteOffsets::Shifted(bom)),
        _ => decode_mapped(encoding, body, bom),
    };
    let replacements = if had_errors {
        let produced = text.chars().filter(|&c| c == '\u{FFFD}').count();
        produced.saturating_sub(decode::existing_replacements(encoding, body))
    } else {
        0
    };
    Ok(DecodedPage {
        text,
        encoding: encoding.name(),
        source,
        replacements,
        mismatch,
        offsets,
    })
}

/// The chosen encoding, how it was chosen, a declaration it overrode, and the bytes after any
/// BOM.
type Choice<'a> = (
    &'static Encoding,
    EncodingSource,
    Option<Mismatch>,
    &'a [u8],
);

/// Pick the encoding and say how.
fn choose<'a>(bytes: &'a [u8], forced: Option<&'static Encoding>) -> Choice<'a> {
    if forced.is_some() || Encoding::for_bom(bytes).is_some() {
        let (enc, source, body) = decode::choose(bytes, forced);
        return (enc, source, None, body);
    }
    let Some(declared) = declared_charset(bytes) else {
        let (enc, source, body) = decode::choose(bytes, None);
        return (enc, source, None, body);
    };
    let valid_utf8 = std::str::from_utf8(bytes).is_ok();
    if declared == UTF_8 {
        if valid_utf8 {
            return (UTF_8, EncodingSource::Declared, None, bytes);
        }
        let (detected, _, _) = decode::choose(bytes, None);
        return checked(declared, detected, bytes);
    }
    if valid_utf8 && !bytes.is_ascii() {
        return mismatch(declared, UTF_8, EncodingSource::Utf8, bytes);
    }
    let (detected, _, _) = decode::choose(bytes, None);
    checked(declared, detected, bytes)
}

/// The declaration unless its decode is broken and the detected encoding's is not.
fn checked<'a>(
    declared: &'static Encoding,
    detected: &'static Encoding,
    bytes: &'a [u8],
) -> Choice<'a> {
    let clean = |enc: &'static Encoding| {
        enc.decode_without_bom_handling_and_without_replacement(bytes)
            .is_some()
    };
    if detected != declared && !clean(declared) && clean(detected) {
        mismatch(declared, detected, EncodingSource::Detected, bytes)
    } else {
        (declared, EncodingSource::Declared, None, bytes)
    }
}

fn mismatch<'a>(
    declared: &'static Encoding,
    used: &'static Encoding,
    source: EncodingSource,
    bytes: &'a [u8],
) -> Choice<'a> {
    let m = Mismatch {
        declared: declared.name(),
        used: used.name(),
    };
    (used, source, Some(m), bytes)
}

static META: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i-u)<meta\b[^>]*>").expect("static regex"));
static CHARSET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i-u)\bcharset\s*=\s*["']?\s*([a-z0-9_:.\-]+)"#).expect("static regex")
});

/// The charset the page declares in a `<meta>` tag near its start, as a browser maps it: a
/// declared UTF-16 means UTF-8 (the bytes could not have been read to find the tag otherwise)
/// and `x-user-defined` means windows-1252.
pub fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(PRESCAN_BYTES)];
    META.find_iter(head).find_map(|tag| {
        let label = CHARSET.captures(tag.as_bytes())?.get(1)?.as_bytes();
        let enc = Encoding::for_label(label)?;
        Some(if enc == UTF_16LE || enc == UTF_16BE {
            UTF_8
        } else if enc.name() == "x-user-defined" {
            WINDOWS_1252
        } else {
            enc
        })
    })
}

/// Decode char by char with a streaming decoder, noting where in the input each char starts.
/// `skip` is the number of input bytes before `body` (a BOM).
fn decode_mapped(
    encoding: &'static Encoding,
    body: &[u8],
    skip: usize,
) -> (String, bool, ByteOffsets) {
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let mut text = String::with_capacity(body.len() * 3 / 2);
    let mut map = Vec::with_capacity(body.len());
    let mut had_errors = false;
    let mut seq_start = 0;
    for i in 0..=body.len() {
        let (chunk, last) = if i < body.len() {
            (&body[i..i + 1], false)
        } else {
            (&body[i..], true)
        };
        text.reserve(decoder.max_utf8_buffer_length(chunk.len()).unwrap_or(16));
        let before = text.len();
        let (_, _, errors) = decoder.decode_to_string(chunk, &mut text, last);
        had_errors |= errors;
        if text.len() > before {
            for (off, _) in text[before..].char_indices() {
                map.push((before + off, skip + seq_start));
            }
            seq_start = (i + 1).min(body.len());
        }
    }
    map.push((text.len(), skip + body.len()));
    (text, had_errors, ByteOffsets::Mapped(map))
}

#[cfg(test)]
mod tests {
    use super::*;

    const BODY: &str = "<p>全县固定资产投资完成246.79亿元，同比增长15.3%。</p>";

    fn page(meta: &str) -> String {
        format!(
            "<!DOCTYPE html><html><head>{meta}<title>报告</title></head><body>{BODY}</body></html>"
        )
    }

    #[test]
    fn declared_charset_is_read_from_either_meta_form() {
        let a = page(r#"<meta charset="gb2312">"#);
        let b = page(r#"<meta http-equiv="Content-Type" content="text/html; charset=GBK">"#);
        assert_eq!(declared_charset(a.as_bytes()), Some(encoding_rs::GBK));
        assert_eq!(declared_charset(b.as_bytes()), Some(encoding_rs::GBK));
        assert_eq!(declared_charset(page("").as_bytes()), None);
    }

    #[test]
    fn declared_gbk_is_used_and_offsets_map_to_input_bytes() {
        let html = page(r#"<meta charset="gbk">"#);
        let (bytes, _, _) = encoding_rs::GBK.encode(&html);
        let d = decode_page(&bytes, None).unwrap();
        assert_eq!((d.encoding, d.source), ("GBK", EncodingSource::Declared));
        assert_eq!(d.text, html);
        assert!(d.mismatch.is_none());
        // "全" starts where its two GBK bytes start.
        let at = d.text.find('全').unwrap();
        let prefix = encoding_rs::GBK.encode(&html[..at]).0.len();
        assert_eq!(d.input_offset(at), prefix);
        assert_eq!(d.input_offset(d.text.len()), bytes.len());
    }

    #[test]
    fn utf8_bytes_under_a_gb2312_declaration_are_utf8_and_reported() {
        let html = page(r#"<meta charset="gb2312">"#);
        let d = decode_page(html.as_bytes(), None).unwrap();
        assert_eq!(d.encoding, "UTF-8");
        assert_eq!(d.text, html);
        assert_eq!(
            d.mismatch,
            Some(Mismatch {
                declared: "GBK",
                used: "UTF-8"
            })
        );
    }

    #[test]
    fn gbk_bytes_under_a_utf8_declaration_are_detected_and_reported() {
        let html = page(r#"<meta charset="utf-8">"#).repeat(4);
        let (bytes, _, _) = encoding_rs::GBK.encode(&html);
        let d = decode_page(&bytes, None).unwrap();
        assert_eq!(d.text, html);
        assert_eq!(d.source, EncodingSource::Detected);
        assert_eq!(d.mismatch.map(|m| m.declared), Some("UTF-8"));
    }

    #[test]
    fn bom_beats_the_declaration() {
        let html = page(r#"<meta charset="gbk">"#);
        let mut bytes = vec![0xEF, 0xBB, 0xBF];
        bytes.extend_from_slice(html.as_bytes());
        let d = decode_page(&bytes, None).unwrap();
        assert_eq!((d.encoding, d.source), ("UTF-8", EncodingSource::Bom));
        assert_eq!(d.input_offset(0), 3);
    }

    #[test]
    fn utf16_with_bom_maps_offsets() {
        let html = page("");
        let mut bytes = vec![0xFF, 0xFE];
        for u in html.encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        let d = decode_page(&bytes, None).unwrap();
        assert_eq!(d.text, html);
        let at = d.text.find('全').unwrap();
        assert_eq!(
            d.input_offset(at),
            2 + 2 * html[..at].encode_utf16().count()
        );
    }
}
