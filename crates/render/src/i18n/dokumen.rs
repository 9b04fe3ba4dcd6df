//! The words of the 2023 regime's documents (`report --dokumen`): konversi predikat kinerja
//! ke angka kredit, akumulasi angka kredit, PAK integrasi.

use super::Lang;

msg!(dk_konversi_title() => "Konversi Predikat Kinerja ke Angka Kredit", "Conversion of performance ratings to angka kredit");
msg!(dk_akumulasi_title() => "Akumulasi Angka Kredit", "Accumulated angka kredit");
msg!(dk_integrasi_title() => "Penetapan Angka Kredit Integrasi", "Integrated angka kredit (PAK integrasi)");
msg!(dk_rule() =>
    "PermenPAN-RB Nomor 1 Tahun 2023; Peraturan BKN Nomor 3 Tahun 2023",
    "PermenPAN-RB 1/2023; BKN regulation 3/2023");
msg!(dk_identity() => "Identitas pegawai", "Civil servant");
msg!(dk_jabatan() => "Jabatan", "Position");
msg!(dk_jabatan_name(jenjang: &str) => "Guru {jenjang}", "Teacher, {jenjang}");
msg!(dk_unit() => "Unit kerja", "Workplace");
msg!(dk_tmt() => "TMT pangkat (PAK terakhir)", "Rank since (last PAK)");
msg!(dk_periode() => "Periode", "Period");
msg!(dk_predikat() => "Predikat kinerja", "Performance rating");
msg!(dk_persen() => "Persentase", "Percentage");
msg!(dk_koefisien() => "Koefisien per tahun", "Yearly coefficient");
msg!(dk_bulan() => "Bulan", "Months");
msg!(dk_ak() => "Angka kredit", "Angka kredit");
msg!(dk_jumlah() => "Jumlah", "Total");
msg!(dk_uraian() => "Uraian", "Item");
msg!(dk_dasar() => "AK dasar: AK integrasi dari PAK terakhir", "Base: AK integrasi of the last PAK");
msg!(dk_dasar_none() => "AK dasar (belum ada PAK di basis data riwayat)", "Base (no PAK in the riwayat database yet)");
msg!(dk_dari_konversi(periode: &str) => "AK konversi periode {periode}", "AK converted, period {periode}");
msg!(dk_pkb() => "AK PKB dan penunjang tercatat", "PKB and penunjang AK recorded");
msg!(dk_target() => "Keterangan", "Notes");
msg!(dk_pangkat_need(to: &str) => "Kenaikan pangkat ke {to}: AK minimal", "Promotion to {to}: AK needed");
msg!(dk_jenjang_need(to: &str) => "Kenaikan jenjang ke {to}: AK minimal", "Next position {to}: AK needed");
msg!(dk_lebih() => "kelebihan", "surplus");
msg!(dk_kurang() => "kekurangan", "short");
msg!(dk_ak_konvensional() => "AK kumulatif konvensional (PAK terakhir)", "Conventional AK kumulatif (last PAK)");
msg!(dk_nilai_dasar(jenjang: &str) => "Nilai dasar jenjang {jenjang}", "Base value of {jenjang}");
msg!(dk_ak_integrasi() => "AK integrasi", "AK integrasi");
msg!(dk_below() =>
    "AK kumulatif PAK di bawah nilai dasar jenjangnya: AK integrasi dihitung 0; periksa PAK.",
    "The PAK's AK kumulatif is below its jenjang's base value: AK integrasi counts as 0; check the PAK.");
msg!(dk_pejabat() => "Pejabat Penilai Kinerja", "Performance assessor");
msg!(dk_pak_periode(periode: &str) => "PAK terakhir memuat periode sampai {periode}", "The last PAK counts periods up to {periode}");
msg!(err_dokumen_no_pak(nip: &str) =>
    "NIP {nip}: tidak ada PAK di basis data riwayat; PAK integrasi dihitung dari PAK terakhir (tambahkan dengan pkguru riwayat pak)",
    "NIP {nip}: no PAK in the riwayat database; PAK integrasi is worked out from the last PAK (add it with pkguru riwayat pak)");
msg!(err_dokumen_no_jenjang(nip: &str) =>
    "NIP {nip}: golongan tidak diketahui atau bukan jenjang keahlian (III/a–IV/e); dokumen rezim 2023 memerlukannya",
    "NIP {nip}: golongan unknown or not a keahlian jenjang (III/a–IV/e); the 2023 documents need one");
msg!(err_dokumen_no_periods(nip: &str) =>
    "NIP {nip}: tidak ada periode rezim 2023 di basis data riwayat (pkguru riwayat tambah --rezim 2023)",
    "NIP {nip}: no 2023-regime period in the riwayat database (pkguru riwayat tambah --rezim 2023)");
