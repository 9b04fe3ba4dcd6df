//! How printed pages are set up: the paper (A4, or F4/folio as many Indonesian offices use)
//! and an optional kop surat (the school's or dinas's letterhead: name lines, address, logo)
//! at the head of every form.

/// The paper a report is printed on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Paper {
    #[default]
    A4,
    /// F4 or folio: 21.5 × 33 cm.
    F4,
}

impl Paper {
    /// Width and height in millimetres.
    pub fn size_mm(self) -> (u32, u32) {
        match self {
            Paper::A4 => (210, 297),
            Paper::F4 => (215, 330),
        }
    }
}

/// The most bytes a logo may have: a letterhead logo is a few dozen KB; the logo is carried in
/// every form's markup.
pub const MAX_LOGO_BYTES: usize = 1 << 20;

/// A kop surat: its lines (from the government down to the school, the last set largest),
/// the address line, and the logo (PNG, JPEG or SVG bytes).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Kop {
    pub lines: Vec<String>,
    pub alamat: Option<String>,
    pub logo: Option<Vec<u8>>,
}

/// Everything about the page that is not content.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Setup {
    pub paper: Paper,
    pub kop: Option<Kop>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paper_sizes() {
        assert_eq!(Paper::A4.size_mm(), (210, 297));
        assert_eq!(Paper::F4.size_mm(), (215, 330));
    }
}
