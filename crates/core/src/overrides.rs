//! Values given for a teacher from outside the sheet (`score --golongan III/c --jam 24`),
//! parsed by the same rules as the sheet's fields, then laid over the teacher read from it.

use super::teacher::{Field, FieldError, Teacher};
use super::tugas::{TugasSet, TugasTambahan};

/// What the command line says of a teacher: the fields given, already parsed.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    patch: Teacher<String>,
    fields: Vec<Field>,
    tugas_tambahan: Option<TugasTambahan>,
    tugas_lain: Option<TugasSet>,
}

impl Overrides {
    /// A field given as text; a malformed value is an error, as on a sheet.
    pub fn set(&mut self, field: Field, text: &str) -> Result<(), FieldError> {
        self.patch.set(field, text.to_string())?;
        self.fields.push(field);
        Ok(())
    }

    /// The tugas tambahan given.
    pub fn tugas_tambahan(&mut self, t: TugasTambahan) {
        self.tugas_tambahan = Some(t);
    }

    /// The tasks that do not reduce hours, replacing the sheet's.
    pub fn tugas_lain(&mut self, set: TugasSet) {
        self.tugas_lain = Some(set);
    }

    /// Whether nothing was given.
    pub fn is_empty(&self) -> bool {
        self.fields.is_empty() && self.tugas_tambahan.is_none() && self.tugas_lain.is_none()
    }

    /// Lays the values given over a teacher.
    pub fn apply<S>(&self, t: &mut Teacher<S>) {
        let p = &self.patch;
        for f in &self.fields {
            match f {
                // A PNS golongan or a PPPK one: the other is cleared.
                Field::Golongan => (t.golongan, t.pppk) = (p.golongan, p.pppk),
                Field::Jam => t.jam = p.jam,
                Field::Konseli => t.konseli = p.konseli,
                Field::NilaiTambahan => t.nilai_tambahan = p.nilai_tambahan,
                Field::AkPkb => t.ak_pkb = p.ak_pkb,
                Field::AkPenunjang => t.ak_penunjang = p.ak_penunjang,
                _ => {}
            }
        }
        if let Some(k) = self.tugas_tambahan {
            t.tugas_tambahan = Some(k);
        }
        if let Some(set) = self.tugas_lain {
            t.tugas_lain = set;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exact::int;

    /// Only what was given changes; a golongan replaces a PPPK one and the other way round.
    #[test]
    fn overrides_replace_only_what_is_given() {
        let mut sheet = Teacher::<String>::default();
        sheet.set(Field::Golongan, "IX".into()).unwrap();
        sheet.set(Field::Jam, "24".into()).unwrap();
        sheet.set(Field::Nama, "Siti".into()).unwrap();
        let mut o = Overrides::default();
        assert!(o.is_empty());
        o.set(Field::Golongan, "III/c").unwrap();
        assert!(o.set(Field::Jam, "banyak").is_err());
        o.tugas_tambahan(TugasTambahan::WakilKepala);
        o.apply(&mut sheet);
        assert_eq!((sheet.golongan.map(|g| g.as_str()), sheet.pppk), (Some("III/c"), None));
        assert_eq!(sheet.jam, Some(int(24)), "hours given badly left the sheet's");
        assert_eq!(sheet.nama.as_deref(), Some("Siti"));
        assert_eq!(sheet.tugas_tambahan, Some(TugasTambahan::WakilKepala));
    }
}
