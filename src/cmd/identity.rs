//! Identity options shared by `score` and `credit` (`--golongan`, `--jam`, …). Given on the
//! command line they override the sheet; they are parsed by the same rules as sheet fields.

use crate::cli::UsageError;
use crate::core::teacher::{Field, Teacher};
use crate::core::tugas::{TugasLain, TugasTambahan};

/// Golongan, hours and tugas tambahan.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct IdentityArgs {
    /// Golongan/ruang, mis. III/c (juga: "III c", IIIc, 3c).
    #[arg(long, value_name = "GOL")]
    pub golongan: Option<String>,

    /// Jam tatap muka per minggu (guru kelas/mapel).
    #[arg(long, value_name = "JAM")]
    pub jam: Option<String>,

    /// Jumlah konseli per tahun (guru BK).
    #[arg(long, value_name = "N")]
    pub konseli: Option<String>,

    /// Tugas tambahan yang mengurangi jam: kepala-sekolah, wakil-kepala, ketua-program, kepala-perpustakaan, kepala-laboratorium.
    #[arg(long, value_enum, value_name = "JENIS")]
    pub tugas_tambahan: Option<TugasTambahan>,

    /// Nilai PK tugas tambahan: skala 100 (85,5) atau total/maks (20/24).
    #[arg(long, value_name = "NILAI")]
    pub nilai_tambahan: Option<String>,

    /// Tugas yang tidak mengurangi jam (boleh berulang): wali-kelas, tim-kurikulum, pembimbing-guru-pemula, pembina-ekstrakurikuler (+5 % masing-masing); pengawas-penilaian, pembimbing-publikasi, sementara (+2 %).
    #[arg(long = "tugas", value_enum, value_name = "TUGAS")]
    pub tugas: Vec<TugasLain>,

    /// AK PKB yang sudah diperoleh menuju pangkat berikutnya.
    #[arg(long, value_name = "AK")]
    pub ak_pkb: Option<String>,

    /// AK penunjang yang sudah diperoleh menuju pangkat berikutnya.
    #[arg(long, value_name = "AK")]
    pub ak_penunjang: Option<String>,
}

impl IdentityArgs {
    /// Applies the options over a teacher; a malformed value is a usage error.
    pub fn apply(&self, t: &mut Teacher<String>) -> Result<(), UsageError> {
        let set = |t: &mut Teacher<String>, f: Field, v: &Option<String>| -> Result<(), UsageError> {
            match v {
                Some(v) => t
                    .set(f, v.clone())
                    .map_err(|e| UsageError(format!("--{}: {}", f.key().replace('_', "-"), e.message))),
                None => Ok(()),
            }
        };
        set(t, Field::Golongan, &self.golongan)?;
        set(t, Field::Jam, &self.jam)?;
        set(t, Field::Konseli, &self.konseli)?;
        set(t, Field::NilaiTambahan, &self.nilai_tambahan)?;
        set(t, Field::AkPkb, &self.ak_pkb)?;
        set(t, Field::AkPenunjang, &self.ak_penunjang)?;
        if let Some(k) = self.tugas_tambahan {
            t.tugas_tambahan = Some(k);
        }
        if !self.tugas.is_empty() {
            t.tugas_lain = Default::default();
            for &x in &self.tugas {
                t.tugas_lain.add(x);
            }
        }
        Ok(())
    }
}
