//! CSV files saved in Windows' legacy encoding (Windows-1252, "ANSI", what Excel and
//! LibreOffice write by default on an Indonesian or English Windows): recognised only where the
//! bytes leave no doubt, and decoded to UTF-8 as they stream in. No doubt means: the text is
//! not UTF-8, not one valid UTF-8 multi-byte sequence occurs in it (a UTF-8 file with a stray
//! byte is not reinterpreted), and every byte is one Windows-1252 defines.

/// The characters of bytes 0x80–0x9F in Windows-1252 (`None`: undefined there). Bytes 0xA0–0xFF
/// are the Unicode code points of the same number (Latin-1).
const HIGH: [Option<char>; 32] = [
    Some('€'),
    None,
    Some('‚'),
    Some('ƒ'),
    Some('„'),
    Some('…'),
    Some('†'),
    Some('‡'),
    Some('ˆ'),
    Some('‰'),
    Some('Š'),
    Some('‹'),
    Some('Œ'),
    None,
    Some('Ž'),
    None,
    None,
    Some('‘'),
    Some('’'),
    Some('“'),
    Some('”'),
    Some('•'),
    Some('–'),
    Some('—'),
    Some('˜'),
    Some('™'),
    Some('š'),
    Some('›'),
    Some('œ'),
    None,
    Some('ž'),
    Some('Ÿ'),
];

/// The character of one Windows-1252 byte.
fn char_of(b: u8) -> Option<char> {
    match b {
        0x80..=0x9F => HIGH[(b - 0x80) as usize],
        _ => Some(char::from(b)),
    }
}

/// Whether `bytes` (a file's beginning) are Windows-1252 beyond doubt (see the module doc).
pub fn is_windows_1252(bytes: &[u8]) -> bool {
    let mut rest = bytes;
    let mut invalid = false;
    loop {
        match std::str::from_utf8(rest) {
            Ok(_) => break,
            Err(e) => {
                let at = e.valid_up_to();
                if rest[..at].iter().any(|b| *b >= 0x80) {
                    // A valid multi-byte sequence: UTF-8 text with something else in it.
                    return false;
                }
                match e.error_len() {
                    Some(n) => {
                        invalid = true;
                        rest = &rest[at + n..];
                    }
                    // Cut off at the end of the buffer: the bytes before decide.
                    None => {
                        rest = &[];
                        break;
                    }
                }
            }
        }
    }
    // What is left is valid UTF-8: any byte above ASCII in it was a multi-byte sequence.
    invalid && !rest.iter().any(|b| *b >= 0x80) && bytes.iter().all(|b| char_of(*b).is_some() && *b != 0)
}

/// Appends the UTF-8 form of Windows-1252 bytes to `out`.
pub fn decode_into(bytes: &[u8], out: &mut Vec<u8>) {
    out.reserve(bytes.len() + bytes.len() / 8);
    let mut utf8 = [0u8; 4];
    for &b in bytes {
        if b < 0x80 {
            out.push(b);
        } else {
            // Undefined bytes were ruled out by `is_windows_1252`; one arriving later becomes U+FFFD.
            let c = char_of(b).unwrap_or('\u{FFFD}');
            out.extend_from_slice(c.encode_utf8(&mut utf8).as_bytes());
        }
    }
}

/// A reader decoding Windows-1252 to UTF-8 as it reads.
pub struct Windows1252<R> {
    inner: R,
    raw: Vec<u8>,
    pending: Vec<u8>,
    at: usize,
}

impl<R> Windows1252<R> {
    pub fn new(inner: R) -> Self {
        Windows1252 { inner, raw: vec![0; 1 << 16], pending: Vec::new(), at: 0 }
    }
}

impl<R: std::io::Read> std::io::Read for Windows1252<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.at == self.pending.len() {
            let n = self.inner.read(&mut self.raw)?;
            if n == 0 {
                return Ok(0);
            }
            self.pending.clear();
            self.at = 0;
            decode_into(&self.raw[..n], &mut self.pending);
        }
        let n = buf.len().min(self.pending.len() - self.at);
        buf[..n].copy_from_slice(&self.pending[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn only_beyond_doubt() {
        // "Lembar PK Guru — isi" with an em dash (0x97) and "Sékolah" (0xE9).
        let ansi = b"Lembar PK Guru \x97 isi\nnama,S\xe9kolah\n";
        assert!(is_windows_1252(ansi));
        let mut out = Vec::new();
        decode_into(ansi, &mut out);
        assert_eq!(String::from_utf8(out).unwrap(), "Lembar PK Guru — isi\nnama,Sékolah\n");
        assert!(!is_windows_1252(b"plain ascii\n"), "UTF-8 already");
        assert!(!is_windows_1252("Sékolah \u{2014}\n".as_bytes()), "UTF-8");
        assert!(!is_windows_1252(b"S\xc3\xa9kolah \x97\n"), "UTF-8 with a stray byte");
        assert!(!is_windows_1252(b"abc\x81def\n"), "0x81 is undefined in Windows-1252");
        assert!(!is_windows_1252(b"abc\x97\x00def\n"), "NUL: not text");
        // A UTF-8 sequence cut off by the buffer's end decides nothing by itself.
        assert!(!is_windows_1252(b"abc \xe2\x80"));
        assert!(is_windows_1252(b"a\x97b \xe2"));
    }

    #[test]
    fn every_defined_byte_decodes_to_its_character() {
        for b in 0x80..=0xFFu8 {
            let mut out = Vec::new();
            decode_into(&[b], &mut out);
            let s = String::from_utf8(out).unwrap();
            assert_eq!(s.chars().count(), 1, "{b:#x}");
        }
        assert_eq!(char_of(0x80), Some('€'));
        assert_eq!(char_of(0x9F), Some('Ÿ'));
        assert_eq!(char_of(0xA0), Some('\u{A0}'));
        assert_eq!(char_of(0xFF), Some('ÿ'));
        assert_eq!([0x81, 0x8D, 0x8F, 0x90, 0x9D].map(char_of), [None; 5]);
    }

    #[test]
    fn the_reader_streams() {
        let bytes: Vec<u8> = (0..200_000).map(|i| if i % 7 == 0 { 0x97 } else { b'a' }).collect();
        let mut out = String::new();
        Windows1252::new(&bytes[..]).read_to_string(&mut out).unwrap();
        assert_eq!(out.chars().count(), 200_000);
        assert_eq!(out.matches('—').count(), bytes.iter().filter(|b| **b == 0x97).count());
    }
}
