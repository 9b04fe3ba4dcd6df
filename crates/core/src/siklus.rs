//! Where a teacher stands in the performance cycle of a period: the stages recorded (per
//! year, or per semester as schools often do), read as the stage actually reached (the last of
//! an unbroken run from the first stage) and the stages recorded past a gap. A year's view
//! takes its semesters' stages, the later semester first, so stages recorded as `2026-2`
//! show beside the results of `2026`.

use super::periode::Periode;

/// A stage of the performance cycle, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Tahap {
    DiskusiPersiapan,
    Observasi,
    DiskusiTindakLanjut,
    UpayaTindakLanjut,
    Refleksi,
}

impl Tahap {
    pub const ALL: [Tahap; 5] = [
        Tahap::DiskusiPersiapan,
        Tahap::Observasi,
        Tahap::DiskusiTindakLanjut,
        Tahap::UpayaTindakLanjut,
        Tahap::Refleksi,
    ];

    /// The stage's code.
    pub fn code(self) -> &'static str {
        match self {
            Tahap::DiskusiPersiapan => "diskusi-persiapan",
            Tahap::Observasi => "observasi",
            Tahap::DiskusiTindakLanjut => "diskusi-tindak-lanjut",
            Tahap::UpayaTindakLanjut => "upaya-tindak-lanjut",
            Tahap::Refleksi => "refleksi",
        }
    }

    /// The stage of a code.
    pub fn parse(code: &str) -> Option<Tahap> {
        Tahap::ALL.into_iter().find(|t| t.code() == code.trim())
    }
}

/// One recorded stage of the performance cycle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stage {
    pub periode: String,
    pub tahap: Tahap,
    pub tanggal: String,
    pub catatan: String,
}

/// A teacher's cycle in a period, as recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reached {
    /// The period the stages were recorded for (`2026-2` for the year `2026`, say).
    pub periode: String,
    /// The last stage of the unbroken run from the first one (`None`: the first stage is not
    /// recorded).
    pub tahap: Option<Tahap>,
    /// The furthest stage recorded (past a gap when it is not `tahap`).
    pub furthest: Tahap,
    /// Stages before the furthest that were never recorded.
    pub skipped: Vec<Tahap>,
    /// Date and note of the furthest stage.
    pub tanggal: String,
    pub catatan: String,
}

/// The cycle of the period `current` among a teacher's stages: the stages of that period, or
/// for a year of its latest semester with stages (or the year itself).
pub fn reached(stages: &[Stage], current: &str) -> Option<Reached> {
    let here = |p: &str| match (Periode::parse(current), Periode::parse(p)) {
        (Some(c), Some(q)) => c.holds(q),
        // A period stored before periods were checked: only itself.
        _ => p == current,
    };
    let periode = stages.iter().filter(|s| here(&s.periode)).map(|s| s.periode.as_str()).max()?;
    let of: Vec<&Stage> = stages.iter().filter(|s| s.periode == periode).collect();
    let recorded = |t: Tahap| of.iter().any(|s| s.tahap == t);
    let furthest = of.iter().map(|s| s.tahap).max()?;
    let tahap = Tahap::ALL.iter().copied().take_while(|t| recorded(*t)).last();
    let skipped = Tahap::ALL.iter().copied().filter(|t| *t < furthest && !recorded(*t)).collect();
    let last = of.iter().find(|s| s.tahap == furthest)?;
    Some(Reached {
        periode: periode.to_string(),
        tahap,
        furthest,
        skipped,
        tanggal: last.tanggal.clone(),
        catatan: last.catatan.clone(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stage(periode: &str, tahap: Tahap, catatan: &str) -> Stage {
        Stage { periode: periode.into(), tahap, tanggal: "2026-03-12".into(), catatan: catatan.into() }
    }

    #[test]
    fn the_unbroken_run_is_the_stage_reached() {
        use Tahap::*;
        let stages = [
            stage("2026-1", DiskusiPersiapan, ""),
            stage("2026-1", Observasi, "kelas 8B"),
            stage("2026-2", DiskusiPersiapan, ""),
            stage("2026-2", Refleksi, "jurnal"),
        ];
        // The year shows its later semester: refleksi recorded past a gap of three.
        let year = reached(&stages, "2026").unwrap();
        assert_eq!(year.periode, "2026-2");
        assert_eq!(year.tahap, Some(DiskusiPersiapan));
        assert_eq!(year.furthest, Refleksi);
        assert_eq!(year.skipped, [Observasi, DiskusiTindakLanjut, UpayaTindakLanjut]);
        assert_eq!(year.catatan, "jurnal");
        // A semester shows itself.
        let first = reached(&stages, "2026-1").unwrap();
        assert_eq!((first.tahap, first.furthest, first.skipped.len()), (Some(Observasi), Observasi, 0));
        assert_eq!(first.catatan, "kelas 8B");
        assert_eq!(reached(&stages, "2025"), None);
        assert_eq!(reached(&stages, "2027-1"), None);
        // Without the first stage nothing is reached, though a later one is recorded.
        let late = reached(&[stage("2026", Observasi, "")], "2026").unwrap();
        assert_eq!((late.tahap, late.skipped), (None, vec![DiskusiPersiapan]));
    }
}
