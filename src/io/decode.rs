//! From raw bytes to the text the parser reads.
//!
//! Accepts a UTF-8 byte-order mark and Windows line endings; refuses, with a
//! message saying why, files that are too large, empty, UTF-16, binary (a
//! zero byte) or not UTF-8.

use std::borrow::Cow;

use super::MAX_FILE_BYTES;
use super::error::{LoadError, LoadErrorKind, TextPosition};

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// The bytes of a session file as text ready to parse: no byte-order mark,
/// `\n` line endings.
pub(crate) fn decode(bytes: &[u8]) -> Result<Cow<'_, str>, LoadError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::new(LoadErrorKind::TooLarge {
            size_bytes: bytes.len() as u64,
        }));
    }
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return Err(LoadError::new(LoadErrorKind::Utf16));
    }
    let bytes = bytes.strip_prefix(UTF8_BOM).unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(LoadError::new(LoadErrorKind::Empty));
    }
    // `contains` on bytes is a fast memchr; the position only when needed.
    if let Some(nul) = bytes
        .contains(&0)
        .then(|| bytes.iter().position(|&b| b == 0))
        .flatten()
    {
        if looks_like_utf16(bytes) {
            return Err(LoadError::new(LoadErrorKind::Utf16));
        }
        return Err(LoadError::at(
            LoadErrorKind::NulByte,
            position_in_prefix(bytes, nul),
        ));
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => {
            let at = error.valid_up_to();
            return Err(LoadError::at(
                LoadErrorKind::NotUtf8 { byte: bytes[at] },
                position_in_prefix(bytes, at),
            ));
        }
    };
    if text.contains('\r') {
        Ok(Cow::Owned(text.replace("\r\n", "\n")))
    } else {
        Ok(Cow::Borrowed(text))
    }
}

/// UTF-16 without a byte-order mark: ASCII text with a zero byte beside
/// every character. Judged on the first 64 bytes.
fn looks_like_utf16(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(64)];
    if head.len() < 4 {
        return false;
    }
    let pairs = head.len() / 2;
    let zero_even = head.iter().step_by(2).filter(|&&b| b == 0).count();
    let zero_odd = head.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
    // Little-endian ASCII has zeros at odd offsets, big-endian at even ones.
    zero_odd * 4 >= pairs * 3 && zero_even == 0 || zero_even * 4 >= pairs * 3 && zero_odd == 0
}

/// Position of byte `at`, counting characters in the valid UTF-8 before it.
fn position_in_prefix(bytes: &[u8], at: usize) -> TextPosition {
    let prefix = &bytes[..at];
    let valid = match std::str::from_utf8(prefix) {
        Ok(text) => text,
        // Only reached for a NUL after invalid UTF-8: count up to the first bad byte.
        Err(error) => std::str::from_utf8(&prefix[..error.valid_up_to()]).unwrap_or_default(),
    };
    TextPosition::of_offset(valid, valid.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(bytes: &[u8]) -> LoadErrorKind {
        decode(bytes).expect_err("refused").kind
    }

    #[test]
    fn strips_bom_and_windows_line_endings() {
        assert_eq!(decode(b"\xEF\xBB\xBF(a)\r\n").expect("decodes"), "(a)\n");
        assert!(matches!(
            decode(b"(a)\n").expect("decodes"),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn refuses_what_is_not_utf8_text() {
        assert_eq!(kind(b""), LoadErrorKind::Empty);
        assert_eq!(kind(b"\xEF\xBB\xBF \n\t"), LoadErrorKind::Empty);
        assert_eq!(kind(b"\xFF\xFE(\0v\0"), LoadErrorKind::Utf16);
        assert_eq!(kind(b"(\0v\0e\0r\0s\0i\0o\0n\0"), LoadErrorKind::Utf16);
        assert_eq!(kind(b"\0(\0v\0e\0r\0s\0i\0o\0n"), LoadErrorKind::Utf16);
        assert_eq!(kind(b"(version: 1,\0)"), LoadErrorKind::NulByte);
        assert_eq!(
            kind(b"(title: \"caf\xE9\")"),
            LoadErrorKind::NotUtf8 { byte: 0xE9 }
        );
    }

    #[test]
    fn points_at_the_bad_byte() {
        let error = decode(b"(\n  title: \"caf\xE9\")").expect_err("refused");
        assert_eq!(
            error.position,
            Some(TextPosition {
                line: 2,
                column: 14
            })
        );
        let error = decode("(\n é\0".as_bytes()).expect_err("refused");
        assert_eq!(error.position, Some(TextPosition { line: 2, column: 3 }));
    }
}
