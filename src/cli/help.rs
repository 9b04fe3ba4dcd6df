//! Command-line help in the chosen language. The Indonesian texts are the doc comments on
//! the argument structs; the English ones are here, keyed by subcommand and argument id.

use clap::{Arg, ArgAction, Command};

use crate::core::credit2023::JENJANG_TABLE;
use crate::core::tugas::{LAIN_RULES, TugasTambahan};
use crate::i18n::Lang;

/// Replaces the code-list placeholders in a help text with the codes of the rule tables, so
/// help never lists codes by hand.
fn fill_codes(text: &str) -> String {
    if !text.contains('{') {
        return text.to_string();
    }
    let lain = |pct: i64| -> String {
        LAIN_RULES.iter().filter(|r| r.2 == pct).map(|r| r.1).collect::<Vec<_>>().join(", ")
    };
    text.replace("{tugas_tambahan}", &TugasTambahan::codes().collect::<Vec<_>>().join(", "))
        .replace("{tugas_5}", &lain(5))
        .replace("{tugas_2}", &lain(2))
        .replace("{jenjang}", &JENJANG_TABLE.iter().map(|r| r.code).collect::<Vec<_>>().join(", "))
}

/// English help, keyed by (subcommand, argument id); `""` as the id is the command's about.
const EN: &[(&str, &str, &str)] = &[
    ("", "", "pkguru — scores PK Guru (teacher performance appraisals) and computes angka kredit."),
    (
        "",
        "lang",
        "Language of output and messages: id (Indonesian, default) or en (English); also PKGURU_LANG.",
    ),
    (
        "",
        "timpa",
        "Replace an existing output file even when it is not a pkguru output of the same kind (inputs and riwayat databases are never replaced).",
    ),
    ("template", "", "Writes a blank score sheet to fill in."),
    (
        "template",
        "jenis",
        "Instrument: kelas (default), bk, campur (kelas and BK, only with --wide), evaluasi-diri, or a tugas tambahan instrument (kepala-sekolah, wakil-kepala-kurikulum, …).",
    ),
    (
        "template",
        "kejuruan",
        "With --jenis evaluasi-diri: the vocational (SMK) form with three more items (job sheet, practical test, practical marks).",
    ),
    (
        "template",
        "wide",
        "Header of the wide layout: identity columns then one column per indicator ID, one row per teacher.",
    ),
    ("template", "format", "Format: csv, json or xlsx; default: from the -o extension, else csv."),
    (
        "template",
        "csv_dialect",
        "CSV dialect: standard (default; comma, UTF-8) or id (Indonesian Excel: semicolon, BOM, CRLF).",
    ),
    (
        "score",
        "",
        "Scores one teacher's sheet: competency values, Nilai PKG, 100 scale, predikat, angka kredit.",
    ),
    ("score", "sheet", "Score sheet (CSV, JSON, one-row wide CSV, or a workbook); '-' for standard input."),
    ("score", "format", "Output format: table (default), json, csv."),
    ("credit", "", "Computes angka kredit per year with its working."),
    ("credit", "regime", "Regime: 2009 (Permenneg PAN-RB 16/2009, default) or 2023 (PermenPAN-RB 1/2023)."),
    ("credit", "nilai", "Nilai PKG on the 100 scale (69.64 or 69,64)."),
    ("credit", "total", "Raw Nilai PKG (sum of competency values: kelas 14–56, BK 17–68)."),
    (
        "credit",
        "predikat",
        "Predikat (2009: amat-baik, baik, cukup, sedang, kurang; 2023: sangat-baik, baik, butuh-perbaikan, kurang, sangat-kurang).",
    ),
    ("credit", "jenis", "Instrument for --total and JM: kelas (default) or bk."),
    ("credit", "jenjang", "Jenjang (2023 regime): {jenjang}; default: from --golongan."),
    ("credit", "bulan", "Months assessed (2023 regime), 1–12; default 12."),
    ("credit", "format", "Output format: table (default) or json."),
    ("batch", "", "Scores many teachers into one rekap: wide files, one-teacher sheets, directories, '-'."),
    (
        "batch",
        "inputs",
        "Inputs: wide CSV, one-teacher sheets, workbooks, directories (recursive, sorted), '-' for standard input.",
    ),
    (
        "batch",
        "format",
        "Rekap format: csv, json, jsonl or xlsx; default: from the -o extension (.csv, .json, .jsonl, .xlsx), else csv.",
    ),
    ("batch", "jobs", "Worker threads for large wide files; default: the number of cores."),
    ("batch", "errors", "Also write every failure to FILE as CSV (file, line, id, message)."),
    ("batch", "quiet", "No progress bar and no summary."),
    ("check", "", "Checks sheets without writing a rekap; recomputes typed-in results (audit)."),
    (
        "check",
        "inputs",
        "Inputs: wide CSV, one-teacher sheets, workbooks, directories (recursive, sorted), '-' for standard input.",
    ),
    ("check", "jobs", "Worker threads; default: the number of cores."),
    ("check", "format", "Report format: text (default), json, github (workflow annotations)."),
    ("report", "", "Prints the PK Guru forms (Lampiran 1B, 1C, 1D) and the school summary as HTML or PDF."),
    ("report", "inputs", "Inputs: as for batch (wide CSV, one-teacher sheets, workbooks, directories, '-')."),
    ("report", "output", "Write the document to FILE (.html or .pdf; atomically)."),
    ("report", "format", "Format: html or pdf; default: from the -o extension."),
    ("report", "split", "One PDF per teacher (named by NIP and name) and summary.pdf in DIRECTORY."),
    ("report", "lampiran", "Forms to print, comma-separated: 1b, 1c, 1d (default: all)."),
    ("report", "urut", "Order of the summary's teacher list: nilai (default, highest first) or nama."),
    ("report", "tanpa_ringkasan", "Without the school summary page."),
    ("report", "jobs", "Document parts typeset at once (PDF); default: the number of cores."),
    (
        "report",
        "dokumen",
        "2023-regime document from the --riwayat database, without INPUTS: konversi (performance rating to angka kredit), akumulasi (accumulated angka kredit) or integrasi (PAK integrasi).",
    ),
    (
        "report",
        "nip",
        "With --dokumen: only the teacher with this NIP (default: every teacher in the database).",
    ),
    ("report", "sekolah", "With --dokumen: only the teachers of this school."),
    (
        "report",
        "pejabat",
        "With --dokumen: name of the performance assessor who signs (default: a blank line).",
    ),
    ("report", "nip_pejabat", "With --dokumen: NIP of the performance assessor."),
    ("report", "tempat", "With --dokumen: place of issue, above the signature."),
    ("report", "tanggal", "With --dokumen: date of issue (e.g. 2026-12-03)."),
    ("report", "kertas", "Paper size: a4 (default) or f4 (folio, 21.5 × 33 cm)."),
    ("report", "kop", "Letterhead at the head of every form, from a TOML FILE (baris, alamat, logo)."),
    ("report", "quiet", "No summary line on standard error."),
    (
        "pkb",
        "",
        "Counts the angka kredit of PKB activities and checks the PKB required for the next promotion.",
    ),
    ("pkb", "kegiatan", "List of PKB activities (CSV or workbook: kode, jam, jumlah, tanggal, judul)."),
    (
        "pkb",
        "daftar",
        "Print the catalogue of PKB activities (code, subunsur, description, angka kredit) and stop.",
    ),
    ("pkb", "format", "Output format: table (default), csv (only with --daftar), json."),
    (
        "riwayat",
        "",
        "History of results per teacher and period (an SQLite database), promotion progress, performance cycle.",
    ),
    ("riwayat", "db", "Database file; default pkguru.db in the working folder (also PKGURU_DB)."),
    (
        "riwayat tambah",
        "",
        "Adds one period's results (any input batch reads, or a pkguru rekap), the last PAK, or AK PKB/penunjang.",
    ),
    ("riwayat tambah", "inputs", "Inputs: sheets, directories, workbooks, pkguru rekaps."),
    (
        "riwayat tambah",
        "periode",
        "Period: a year (2026) or a semester (2026-1); default: the period the sheets name.",
    ),
    (
        "riwayat tambah",
        "ganti",
        "Replace that period's results already stored (without it, a re-import is refused).",
    ),
    (
        "riwayat tambah",
        "pak",
        "Last PAK per teacher (CSV: nip, golongan, tmt, ak_kumulatif, periode); AK kumulatif above the golongan's minimum (2009) or the jenjang's nilai dasar (2023) carries over to the next promotion.",
    ),
    (
        "riwayat tambah",
        "regime",
        "Regime of this period's angka kredit: 2009 (default; the PK Guru AK per year) or 2023 (predikat kinerja × jenjang koefisien).",
    ),
    ("riwayat tambah", "bulan", "2023 regime: the period's length in months (1–12); default 12."),
    (
        "riwayat tambah",
        "ak_lain",
        "AK PKB and penunjang per teacher for --periode (CSV: nip, pkb, penunjang).",
    ),
    (
        "riwayat guru",
        "",
        "A teacher's history: results per period, AK since the last PAK, what is missing, projection.",
    ),
    ("riwayat guru", "nip", "The teacher's NIP."),
    ("riwayat guru", "format", "Output format: table (default) or json."),
    (
        "riwayat sekolah",
        "",
        "Per teacher: last period, AK progress, ready for promotion, not yet assessed, cycle stage.",
    ),
    ("riwayat sekolah", "sekolah", "Only the teachers of this school."),
    (
        "riwayat siklus",
        "ganti",
        "Replace a stage already recorded for that period (its date and note are lost).",
    ),
    ("riwayat sekolah", "periode", "Current period; default: the latest period in the database."),
    (
        "report",
        "riwayat",
        "A `pkguru riwayat` database: the school summary shows its teachers' AK progress and cycle stage.",
    ),
    (
        "riwayat sekolah",
        "format",
        "Output format: table, csv, json, xlsx; default: from the -o extension, else table.",
    ),
    (
        "riwayat tambah",
        "pkb_daftar",
        "One teacher's list of PKB activities (see `pkguru pkb`) for --periode; needs --nip.",
    ),
    ("riwayat tambah", "nip", "NIP of the teacher whose --pkb-daftar it is."),
    (
        "riwayat siklus",
        "",
        "Records a stage of a teacher's performance cycle (diskusi-persiapan, observasi, diskusi-tindak-lanjut, upaya-tindak-lanjut, refleksi).",
    ),
    ("riwayat siklus", "nip", "The teacher's NIP."),
    ("riwayat siklus", "periode", "Cycle period, e.g. 2026-1 (January–June) or 2026-2 (July–December)."),
    (
        "riwayat siklus",
        "tahap",
        "Stage: diskusi-persiapan, observasi, diskusi-tindak-lanjut, upaya-tindak-lanjut, refleksi.",
    ),
    ("riwayat siklus", "tanggal", "Date of the stage: 2026-03-12, or day first 12-03-2026."),
    ("riwayat siklus", "catatan", "Note (shown by `riwayat guru` and `riwayat sekolah`)."),
    ("riwayat ekspor", "", "Exports the whole database as CSV (one file per table) or JSON."),
    ("riwayat ekspor", "format", "Format: json (one file) or csv (one file per table in the -o directory)."),
    ("riwayat ekspor", "output", "File (json) or directory (csv); json without -o goes to standard output."),
    ("rank", "", "Ranks teachers by profile matching from their competency values."),
    (
        "rank",
        "inputs",
        "Inputs: score sheets (as for batch) or a table of competency values (nip, nama, k1, k2, …).",
    ),
    (
        "rank",
        "skala",
        "Scale of a table of competency values: values 1 to SCALE, default target SCALE (score sheets are always 1–4).",
    ),
    (
        "rank",
        "profil",
        "Profile from a CSV FILE (kompetensi,ranah,target,faktor; bobot and core rows), as --profil-bawaan prints.",
    ),
    ("rank", "profil_bawaan", "Print the default profile (CSV, for --jenis and --skala) and stop."),
    ("rank", "format", "Output format: table, csv, json, xlsx; default: from the -o extension, or table."),
    (
        "*",
        "jenis",
        "Instrument: kelas (classroom/subject teacher) or bk (guidance counsellor); default: from the sheet.",
    ),
    (
        "*",
        "instrument",
        "Another edition of the instrument (CSV: kompetensi,nama_kompetensi,ranah,indikator,uraian); needs --jenis.",
    ),
    (
        "*",
        "output",
        "Write to FILE (atomically: an existing file is replaced only when the new one is complete) instead of standard output; the format from its extension.",
    ),
    (
        "*",
        "csv_dialect",
        "CSV output dialect: standard (default; comma, UTF-8) or id (Indonesian Excel: semicolon, BOM, CRLF).",
    ),
    ("help", "", "Explains every command, or one command with all its options."),
    (
        "help",
        "perintah",
        "The command to explain (also a nested one: riwayat tambah); without it, every command.",
    ),
    ("completions", "", "Writes the shell's command completion script to standard output."),
    ("completions", "shell", "Shell: bash, zsh, fish, powershell or elvish."),
    ("man", "", "Writes a manual page (roff, for man) to standard output."),
    (
        "man",
        "perintah",
        "The command whose page to write (riwayat tambah → pkguru-riwayat-tambah(1)); without it, pkguru(1).",
    ),
    ("skema", "", "A school's own appraisal scheme: its fill-in sheets, and checking a scheme file."),
    ("skema template", "", "Writes the fill-in sheet of a scheme (one teacher, or the school's wide form)."),
    ("skema template", "skema", "Scheme file (.toml) or the id of a shipped scheme (smk-lama)."),
    (
        "skema template",
        "wide",
        "Wide form: the skema and identity columns, then one column per indicator, one row per teacher.",
    ),
    ("skema template", "format", "Format: csv or xlsx; default: from the -o extension, else csv."),
    ("skema periksa", "", "Checks a scheme file and shows its aspects, weights, indicators and bands."),
    ("skema periksa", "skema", "Scheme file (.toml) or the id of a shipped scheme."),
    (
        "*",
        "skema",
        "A school's scheme file (TOML) that scheme sheets name; may be repeated. The smk-lama scheme is built in.",
    ),
    ("*", "bands", "Predikat band convention for the table's gaps: upper (default), lower, round."),
    ("*", "sheet_name", "Worksheet to read from workbooks (default: the first)."),
    (
        "*",
        "numbered",
        "Indicator codes are sequential numbers 1–78 (BK 1–70) in instrument order, as some databases store them.",
    ),
    ("*", "golongan", "Golongan/ruang, e.g. III/c (also \"III c\", IIIc, 3c)."),
    ("*", "jam", "Teaching hours (jam tatap muka) per week (kelas/subject teacher)."),
    ("*", "konseli", "Counselees per year (BK teacher)."),
    ("*", "tugas_tambahan", "Additional duty that reduces teaching hours: {tugas_tambahan}."),
    ("*", "nilai_tambahan", "PK score of the additional duty: 100 scale (85.5) or total/max (20/24)."),
    (
        "*",
        "tugas",
        "Additional duty that does not reduce hours (repeatable): {tugas_5} (+5 % each); {tugas_2} (+2 % each).",
    ),
    ("*", "ak_pkb", "PKB angka kredit already earned toward the next pangkat."),
    ("*", "ak_penunjang", "Penunjang angka kredit already earned toward the next pangkat."),
    (
        "*",
        "pkb",
        "This teacher's list of PKB activities (see `pkguru pkb`): AK PKB is counted from it, and what is missing is said.",
    ),
    (
        "*",
        "tambahan",
        "This teacher's tugas tambahan instrument sheet (from `template --jenis kepala-sekolah` etc.): scored, then blended.",
    ),
];

/// Examples shown after each subcommand's help: (subcommand, Indonesian, English).
const EXAMPLES: &[(&str, &str, &str)] = &[
    (
        "",
        "Penjelasan satu perintah: pkguru help PERINTAH (atau pkguru PERINTAH --help).\nPanduan singkat pekerjaan satu tahun: pkguru tanpa perintah.",
        "One command explained: pkguru help COMMAND (or pkguru COMMAND --help).\nA short guide to a year's work: pkguru without a command.",
    ),
    (
        "completions",
        "CONTOH:\n  pkguru completions bash > ~/.local/share/bash-completion/completions/pkguru\n  pkguru completions zsh > ~/.zfunc/_pkguru\n  pkguru completions fish > ~/.config/fish/completions/pkguru.fish\n  pkguru completions powershell >> $PROFILE",
        "EXAMPLES:\n  pkguru completions bash > ~/.local/share/bash-completion/completions/pkguru\n  pkguru completions zsh > ~/.zfunc/_pkguru\n  pkguru completions fish > ~/.config/fish/completions/pkguru.fish\n  pkguru completions powershell >> $PROFILE",
    ),
    (
        "man",
        "CONTOH:\n  pkguru man > pkguru.1 && man ./pkguru.1\n  pkguru man riwayat tambah > pkguru-riwayat-tambah.1",
        "EXAMPLES:\n  pkguru man > pkguru.1 && man ./pkguru.1\n  pkguru man riwayat tambah > pkguru-riwayat-tambah.1",
    ),
    (
        "template",
        "CONTOH:\n  pkguru template > guru.csv\n  pkguru template --jenis bk --format json -o konselor.json\n  pkguru template --wide --jenis campur -o sekolah.csv\n  pkguru template --jenis evaluasi-diri --kejuruan -o evaluasi.xlsx",
        "EXAMPLES:\n  pkguru template > guru.csv\n  pkguru template --jenis bk --format json -o konselor.json\n  pkguru template --wide --jenis campur -o sekolah.csv\n  pkguru template --jenis evaluasi-diri --kejuruan -o evaluasi.xlsx",
    ),
    (
        "score",
        "CONTOH:\n  pkguru score fixtures/contoh/guru-kelas.csv\n  pkguru score guru.json --format json\n  pkguru score guru.csv --golongan III/c --jam 24",
        "EXAMPLES:\n  pkguru score fixtures/contoh/guru-kelas.csv\n  pkguru score guru.json --format json\n  pkguru score guru.csv --golongan III/c --jam 24",
    ),
    (
        "credit",
        "CONTOH:\n  pkguru credit --golongan III/a --total 50 --jam 24\n  pkguru credit --golongan III/c --nilai 69,64 --jam 18\n  pkguru credit --golongan III/d --predikat baik --jam 6 --tugas-tambahan kepala-sekolah --nilai-tambahan 22/24\n  pkguru credit --regime 2023 --jenjang ahli-pertama --predikat baik --bulan 2",
        "EXAMPLES:\n  pkguru credit --golongan III/a --total 50 --jam 24\n  pkguru credit --golongan III/c --nilai 69.64 --jam 18\n  pkguru credit --golongan III/d --predikat baik --jam 6 --tugas-tambahan kepala-sekolah --nilai-tambahan 22/24\n  pkguru credit --regime 2023 --jenjang ahli-pertama --predikat baik --bulan 2",
    ),
    (
        "batch",
        "CONTOH:\n  pkguru batch sekolah.csv -o rekap.csv\n  pkguru batch lembar/ --format jsonl\n  pkguru batch provinsi.csv --jobs 2 -o rekap.csv --errors galat.csv",
        "EXAMPLES:\n  pkguru batch sekolah.csv -o rekap.csv\n  pkguru batch lembar/ --format jsonl\n  pkguru batch provinsi.csv --jobs 2 -o rekap.csv --errors galat.csv",
    ),
    (
        "report",
        "CONTOH:\n  pkguru report lembar/ -o laporan.pdf\n  pkguru report sekolah.xlsx -o laporan.html --lampiran 1c,1d\n  pkguru report provinsi.csv --split pdf/",
        "EXAMPLES:\n  pkguru report sheets/ -o report.pdf\n  pkguru report school.xlsx -o report.html --lampiran 1c,1d\n  pkguru report province.csv --split pdf/",
    ),
    (
        "pkb",
        "CONTOH:\n  pkguru pkb --daftar\n  pkguru pkb kegiatan.csv --golongan III/b\n  pkguru score guru.csv --pkb kegiatan.csv",
        "EXAMPLES:\n  pkguru pkb --daftar\n  pkguru pkb activities.csv --golongan III/b\n  pkguru score teacher.csv --pkb activities.csv",
    ),
    (
        "rank",
        "CONTOH:\n  pkguru rank lembar/\n  pkguru rank rekap.csv --format csv -o peringkat.csv\n  pkguru rank nilai-1-5.csv --skala 5\n  pkguru rank --profil-bawaan > profil.csv",
        "EXAMPLES:\n  pkguru rank sheets/\n  pkguru rank rekap.csv --format csv -o ranking.csv\n  pkguru rank values-1-5.csv --skala 5\n  pkguru rank --profil-bawaan > profile.csv",
    ),
    (
        "check",
        "CONTOH:\n  pkguru check lembar/\n  pkguru check sekolah.csv --format github",
        "EXAMPLES:\n  pkguru check lembar/\n  pkguru check sekolah.csv --format github",
    ),
];

/// The English help of an argument (`""` as `id`: the command's about), if there is one.
pub fn english_help(sub: &str, id: &str) -> Option<&'static str> {
    EN.iter()
        .find(|(s, i, _)| *s == sub && *i == id)
        .or_else(|| EN.iter().find(|(s, i, _)| *s == "*" && *i == id))
        .map(|(_, _, t)| *t)
}

/// Applies the language to a command tree: headings, help/version flags, English texts, and
/// in Indonesian the usage lines' `[OPSI]`. The Indonesian tree comes back built.
pub fn localize_command(cmd: Command, lang: Lang) -> Command {
    let mut cmd = localize_texts(cmd, lang);
    if lang == Lang::Id {
        cmd.build();
        indonesian_usage(&mut cmd);
    }
    cmd
}

/// [`localize_command`] without the usage lines, which take every command's usage to make:
/// enough to parse a command line that has no mistake.
pub fn localize_texts(cmd: Command, lang: Lang) -> Command {
    localize(cmd, "", lang)
}

/// Replaces clap's `[OPTIONS]` in the usage line of a built command and all its subcommands.
fn indonesian_usage(cmd: &mut Command) {
    let usage = cmd.render_usage().to_string();
    let usage = usage.trim().strip_prefix("Usage:").unwrap_or(&usage).trim().replace("[OPTIONS]", "[OPSI]");
    *cmd = std::mem::take(cmd).override_usage(usage);
    for sub in cmd.get_subcommands_mut() {
        indonesian_usage(sub);
    }
}

fn localize(mut cmd: Command, sub: &str, lang: Lang) -> Command {
    let en = lang == Lang::En;
    let pick = |id, en| crate::i18n::pick(lang, id, en);
    cmd = cmd
        .disable_help_flag(true)
        .disable_help_subcommand(true)
        .help_template(pick(
            "{about-with-newline}\nPenggunaan: {usage}\n\n{all-args}{after-help}",
            "{about-with-newline}\nUsage: {usage}\n\n{all-args}{after-help}",
        ))
        .subcommand_help_heading(pick("Perintah", "Commands"))
        .subcommand_value_name(pick("PERINTAH", "COMMAND"))
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(pick("Tampilkan bantuan", "Print help")),
        );
    if sub.is_empty() {
        cmd = cmd.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(pick("Tampilkan versi", "Print version")),
        );
    }
    if en && let Some(text) = english_help(sub, "") {
        cmd = cmd.about(text);
    }
    if let Some((_, id, en_text)) = EXAMPLES.iter().find(|(s, _, _)| *s == sub) {
        cmd = cmd.after_help(pick(id, en_text));
    }
    let ids: Vec<String> = cmd.get_arguments().map(|a| a.get_id().to_string()).collect();
    for id in ids {
        cmd = cmd.mut_arg(&id, |a| {
            let own = a.get_help().map(|h| h.to_string());
            let text = if en { english_help(sub, &id).map(str::to_string) } else { None }.or(own);
            let heading =
                if a.is_positional() { pick("Argumen", "Arguments") } else { pick("Opsi", "Options") };
            // Every help text lists its values itself, and names its environment variable;
            // clap's lists would be in English. Values
            // are matched without regard to case (`--jenis BK`).
            let a = a.help_heading(heading).hide_env(true);
            let a = if a.get_action().takes_values() {
                a.hide_possible_values(true).hide_default_value(true).ignore_case(true)
            } else {
                a
            };
            match text {
                Some(t) => a.help(fill_codes(&t)),
                None => a,
            }
        });
    }
    let subs: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_string()).collect();
    for name in subs {
        // Nested subcommands are keyed by their path (`riwayat tambah`).
        let key = if sub.is_empty() { name.clone() } else { format!("{sub} {name}") };
        cmd = cmd.mut_subcommand(&name, |s| localize(s, &key, lang));
    }
    cmd
}
