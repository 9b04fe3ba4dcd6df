
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'pkguru' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'pkguru'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'pkguru' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Bahasa keluaran dan pesan: id (Indonesia, bawaan) atau en (English); juga PKGURU_LANG')
            [CompletionResult]::new('--timpa', '--timpa', [CompletionResultType]::ParameterName, 'Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Tampilkan bantuan')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Tampilkan bantuan')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Tampilkan versi')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Tampilkan versi')
            [CompletionResult]::new('template', 'template', [CompletionResultType]::ParameterValue, 'Membuat lembar penilaian kosong untuk diisi')
            [CompletionResult]::new('score', 'score', [CompletionResultType]::ParameterValue, 'Menilai lembar satu guru: nilai kompetensi, Nilai PKG, skala 100, predikat, angka kredit')
            [CompletionResult]::new('credit', 'credit', [CompletionResultType]::ParameterValue, 'Menghitung angka kredit per tahun beserta uraian hitungannya')
            [CompletionResult]::new('batch', 'batch', [CompletionResultType]::ParameterValue, 'Menilai banyak guru sekaligus menjadi satu rekap')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Memeriksa lembar tanpa menulis rekap; menghitung ulang hasil yang diketik (audit)')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Mencetak formulir PK Guru (Lampiran 1B, 1C, 1D) dan ringkasan sekolah sebagai HTML atau PDF')
            [CompletionResult]::new('rank', 'rank', [CompletionResultType]::ParameterValue, 'Memeringkat guru dengan metode profile matching dari nilai kompetensinya')
            [CompletionResult]::new('pkb', 'pkb', [CompletionResultType]::ParameterValue, 'Menghitung angka kredit kegiatan PKB dan memeriksa syarat PKB kenaikan pangkat')
            [CompletionResult]::new('riwayat', 'riwayat', [CompletionResultType]::ParameterValue, 'Riwayat hasil per guru dan periode (basis data SQLite), kemajuan kenaikan pangkat, siklus kinerja')
            [CompletionResult]::new('skema', 'skema', [CompletionResultType]::ParameterValue, 'Skema penilaian sekolah sendiri: lembar isian dan pemeriksaan berkas skema')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Menjelaskan semua perintah, atau satu perintah beserta semua opsinya')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Menulis skrip pelengkapan (completion) perintah untuk shell ke keluaran standar')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Menulis halaman manual (roff, untuk man) ke keluaran standar')
            break
        }
        'pkguru;template' {
            [CompletionResult]::new('--jenis', '--jenis', [CompletionResultType]::ParameterName, 'Instrumen: kelas (bawaan), bk, campur (kelas dan BK, hanya dengan --wide), evaluasi-diri, atau instrumen tugas tambahan (kepala-sekolah, wakil-kepala-kurikulum, …)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format: csv, json, xlsx; bawaan: dari ekstensi -o, selain itu csv')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Tulis ke BERKAS (atomik: berkas lama diganti hanya bila selesai) alih-alih keluaran standar; format dari ekstensinya')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Tulis ke BERKAS (atomik: berkas lama diganti hanya bila selesai) alih-alih keluaran standar; format dari ekstensinya')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'Dialek CSV keluaran: standard (bawaan; koma, UTF-8) atau id (Excel Indonesia: titik koma, BOM, CRLF)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Bahasa keluaran dan pesan: id (Indonesia, bawaan) atau en (English); juga PKGURU_LANG')
            [CompletionResult]::new('--kejuruan', '--kejuruan', [CompletionResultType]::ParameterName, 'Dengan --jenis evaluasi-diri: bentuk SMK dengan tiga butir kejuruan (job sheet, kisi-kisi dan soal praktik, daftar nilai praktik)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Header format lebar: kolom identitas lalu satu kolom per ID indikator, satu baris per guru')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Tampilkan bantuan')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Tampilkan bantuan')
            [CompletionResult]::new('--timpa', '--timpa', [CompletionResultType]::ParameterName, 'Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti)')
            break
        }
        'pkguru;score' {
            [CompletionResult]::new('--jenis', '--jenis', [CompletionResultType]::ParameterName, 'Instrumen: kelas (guru kelas/mapel) atau bk (guru BK/konselor); bawaan: dari lembar')
            [CompletionResult]::new('--instrument', '--instrument', [CompletionResultType]::ParameterName, 'Edisi instrumen lain (CSV: kompetensi,nama_kompetensi,ranah,indikator,uraian); perlu --jenis')
            [CompletionResult]::new('--bands', '--bands', [CompletionResultType]::ParameterName, 'Konvensi celah tabel predikat: upper (bawaan), lower, round')
            [CompletionResult]::new('--sheet', '--sheet', [CompletionResultType]::ParameterName, 'Lembar kerja yang dibaca dari workbook (bawaan: yang pertama)')
            [CompletionResult]::new('--skema', '--skema', [CompletionResultType]::ParameterName, 'Berkas skema penilaian sekolah (TOML) yang dinamai lembar skema; boleh berulang. Skema smk-lama sudah tersedia')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format keluaran: table, json, csv; bawaan: dari ekstensi -o, selain itu table')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Tulis ke BERKAS (atomik: berkas lama diganti hanya bila selesai) alih-alih keluaran standar; format dari ekstensinya')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Tulis ke BERKAS (atomik: berkas lama diganti hanya bila selesai) alih-alih keluaran standar; format dari ekstensinya')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'Dialek CSV keluaran: standard (bawaan; koma, UTF-8) atau id (Excel Indonesia: titik koma, BOM, CRLF)')
            [CompletionResult]::new('--golongan', '--golongan', [CompletionResultType]::ParameterName, 'Golongan/ruang, mis. III/c (juga: "III c", IIIc, 3c)')
            [CompletionResult]::new('--jam', '--jam', [CompletionResultType]::ParameterName, 'Jam tatap muka per minggu (guru kelas/mapel)')
            [CompletionResult]::new('--konseli', '--konseli', [CompletionResultType]::ParameterName, 'Jumlah konseli per tahun (guru BK)')
            [CompletionResult]::new('--tugas-tambahan', '--tugas-tambahan', [CompletionResultType]::ParameterName, 'Tugas tambahan yang mengurangi jam: kepala-sekolah, wakil-kepala, ketua-program, kepala-perpustakaan, kepala-laboratorium')
            [CompletionResult]::new('--nilai-tambahan', '--nilai-tambahan', [CompletionResultType]::ParameterName, 'Nilai PK tugas tambahan: skala 100 (85,5) atau total/maks (20/24)')
            [CompletionResult]::new('--pkb', '--pkb', [CompletionResultType]::ParameterName, 'Daftar kegiatan PKB guru ini (lihat `pkguru pkb`): AK PKB dihitung darinya, dan kekurangannya disebut')
            [CompletionResult]::new('--tambahan', '--tambahan', [CompletionResultType]::ParameterName, 'Lembar instrumen tugas tambahan guru ini (dari `template --jenis kepala-sekolah` dst.): dinilai lalu dipadukan')
            [CompletionResult]::new('--tugas', '--tugas', [CompletionResultType]::ParameterName, 'Tugas yang tidak mengurangi jam (boleh berulang): wali-kelas, tim-kurikulum, pembimbing-guru-pemula, pembina-ekstrakurikuler (+5 % masing-masing); pengawas-penilaian, pembimbing-publikasi, sementara (+2 %)')
            [CompletionResult]::new('--ak-pkb', '--ak-pkb', [CompletionResultType]::ParameterName, 'AK PKB yang sudah diperoleh menuju pangkat berikutnya')
            [CompletionResult]::new('--ak-penunjang', '--ak-penunjang', [CompletionResultType]::ParameterName, 'AK penunjang yang sudah diperoleh menuju pangkat berikutnya')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Bahasa keluaran dan pesan: id (Indonesia, bawaan) atau en (English); juga PKGURU_LANG')
            [CompletionResult]::new('--nomor-urut', '--nomor-urut', [CompletionResultType]::ParameterName, 'Kode indikator berupa nomor urut 1–78 (BK 1–70) menurut instrumen, seperti di sebagian basis data')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Tampilkan bantuan')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Tampilkan bantuan')
            [CompletionResult]::new('--timpa', '--timpa', [CompletionResultType]::ParameterName, 'Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti)')
            break
        }
        'pkguru;credit' {
            [CompletionResult]::new('--regime', '--regime', [CompletionResultType]::ParameterName, 'Rezim: 2009 (Permenneg PAN-RB 16/2009, bawaan) atau 2023 (PermenPAN-RB 1/2023)')
            [CompletionResult]::new('--nilai', '--nilai', [CompletionResultType]::ParameterName, 'Nilai PKG skala 100 (69,64 atau 69.64)')
            [CompletionResult]::new('--total', '--total', [CompletionResultType]::ParameterName, 'Nilai PKG mentah (jumlah nilai kompetensi: kelas 14–56, BK 17–68)')
            [CompletionResult]::new('--predikat', '--predikat', [CompletionResultType]::ParameterName, 'Predikat (2009: amat-baik, baik, cukup, sedang, kurang; 2023: sangat-baik, baik, butuh-perbaikan, kurang, sangat-kurang)')
            [CompletionResult]::new('--jenis', '--jenis', [CompletionResultType]::ParameterName, 'Instrumen untuk --total dan JM: kelas (bawaan) atau bk')
            [CompletionResult]::new('--bands', '--bands', [CompletionResultType]::ParameterName, 'Konvensi celah tabel predikat: upper (bawaan), lower, round')
            [CompletionResult]::new('--jenjang', '--jenjang', [CompletionResultType]::ParameterName, 'Jenjang (rezim 2023): ahli-pertama, ahli-muda, ahli-madya, ahli-utama; bawaan: dari --golongan')
            [CompletionResult]::new('--bulan', '--bulan', [CompletionResultType]::ParameterName, 'Lama penilaian dalam bulan (rezim 2023), 1–12; bawaan 12')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format keluaran: table atau json; bawaan: dari ekstensi -o, selain itu table')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Tulis ke BERKAS (atomik: berkas lama diganti hanya bila selesai) alih-alih keluaran standar; format dari ekstensinya')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Tulis ke BERKAS (atomik: berkas lama diganti hanya bila selesai) alih-alih keluaran standar; format dari ekstensinya')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'Dialek CSV keluaran: standard (bawaan; koma, UTF-8) atau id (Excel Indonesia: titik koma, BOM, CRLF)')
            [CompletionResult]::new('--golongan', '--golongan', [CompletionResultType]::ParameterName, 'Golongan/ruang, mis. III/c (juga: "III c", IIIc, 3c)')
            [CompletionResult]::new('--jam', '--jam', [CompletionResultType]::ParameterName, 'Jam tatap muka per minggu (guru kelas/mapel)')
            [CompletionResult]::new('--konseli', '--konseli', [CompletionResultType]::ParameterName, 'Jumlah konseli per tahun (guru BK)')
            [CompletionResult]::new('--tugas-tambahan', '--tugas-tambahan', [CompletionResultType]::ParameterName, 'Tugas tambahan yang mengurangi jam: kepala-sekolah, wakil-kepala, ketua-program, kepala-perpustakaan, kepala-laboratorium')
            [CompletionResult]::new('--nilai-tambahan', '--nilai-tambahan', [CompletionResultType]::ParameterName, 'Nilai PK tugas tambahan: skala 100 (85,5) atau total/maks (20/24)')
            [CompletionResult]::new('--pkb', '--pkb', [CompletionResultType]::ParameterName, 'Daftar kegiatan PKB guru ini (lihat `pkguru pkb`): AK PKB dihitung darinya, dan kekurangannya disebut')
            [CompletionResult]::new('--tambahan', '--tambahan', [CompletionResultType]::ParameterName, 'Lembar instrumen tugas tambahan guru ini (dari `template --jenis kepala-sekolah` dst.): dinilai lalu dipadukan')
            [CompletionResult]::new('--tugas', '--tugas', [CompletionResultType]::ParameterName, 'Tugas yang tidak mengurangi jam (boleh berulang): wali-kelas, tim-kurikulum, pembimbing-guru-pemula, pembina-ekstrakurikuler (+5 % masing-masing); pengawas-penilaian, pembimbing-publikasi, sementara (+2 %)')
            [CompletionResult]::new('--ak-pkb', '--ak-pkb', [CompletionResultType]::ParameterName, 'AK PKB yang sudah diperoleh menuju pangkat berikutnya')
            [CompletionResult]::new('--ak-penunjang', '--ak-penunjang', [CompletionResultType]::ParameterName, 'AK penunjang yang sudah diperoleh menuju pangkat berikutnya')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Bahasa keluaran dan pesan: id (Indonesia, bawaan) atau en (English); juga PKGURU_LANG')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Tampilkan bantuan')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Tampilkan bantuan')
            [CompletionResult]::new('--timpa', '--timpa', [CompletionResultType]::ParameterName, 'Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti)')
            break
        }
        'pkguru;batch' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format rekap: csv, json, jsonl, xlsx; bawaan: dari ekstensi -o (.csv, .json, .jsonl, .xlsx), selain itu csv')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Jumlah thread pekerja untuk berkas lebar yang besar; bawaan: jumlah inti')
            [CompletionResult]::new('--errors', '--errors', [CompletionResultType]::ParameterName, 'Tulis juga setiap kegagalan ke BERKAS sebagai CSV (sumber, baris, id, pesan)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Tulis ke BERKAS (atomik: berkas lama diganti hanya bila selesai) alih-alih keluaran standar; format dari ekstensinya')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Tulis ke BERKAS (atomik: berkas lama diganti hanya bila selesai) alih-alih keluaran standar; format dari ekstensinya')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'Dialek CSV keluaran: standard (bawaan; koma, UTF-8) atau id (Excel Indonesia: titik koma, BOM, CRLF)')
            [CompletionResult]::new('--jenis', '--jenis', [CompletionResultType]::ParameterName, 'Instrumen: kelas (guru kelas/mapel) atau bk (guru BK/konselor); bawaan: dari lembar')
            [CompletionResult]::new('--instrument', '--instrument', [CompletionResultType]::ParameterName, 'Edisi instrumen lain (CSV: kompetensi,nama_kompetensi,ranah,indikator,uraian); perlu --jenis')
            [CompletionResult]::new('--bands', '--bands', [CompletionResultType]::ParameterName, 'Konvensi celah tabel predikat: upper (bawaan), lower, round')
            [CompletionResult]::new('--sheet', '--sheet', [CompletionResultType]::ParameterName, 'Lembar kerja yang dibaca dari workbook (bawaan: yang pertama)')
            [CompletionResult]::new('--skema', '--skema', [CompletionResultType]::ParameterName, 'Berkas skema penilaian sekolah (TOML) yang dinamai lembar skema; boleh berulang. Skema smk-lama sudah tersedia')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Bahasa keluaran dan pesan: id (Indonesia, bawaan) atau en (English); juga PKGURU_LANG')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Tanpa bilah kemajuan dan ringkasan')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Tanpa bilah kemajuan dan ringkasan')
            [CompletionResult]::new('--nomor-urut', '--nomor-urut', [CompletionResultType]::ParameterName, 'Kode indikator berupa nomor urut 1–78 (BK 1–70) menurut instrumen, seperti di sebagian basis data')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Tampilkan bantuan')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Tampilkan bantuan')
            [CompletionResult]::new('--timpa', '--timpa', [CompletionResultType]::ParameterName, 'Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti)')
            break
        }
        'pkguru;check' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format laporan: text (bawaan), json, github (anotasi workflow)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Jumlah thread pekerja; bawaan: jumlah inti')
            [CompletionResult]::new('--jenis', '--jenis', [CompletionResultType]::ParameterName, 'Instrumen: kelas (guru kelas/mapel) atau bk (guru BK/konselor); bawaan: dari lembar')
            [CompletionResult]::new('--instrument', '--instrument', [CompletionResultType]::ParameterName, 'Edisi instrumen lain (CSV: kompetensi,nama_kompetensi,ranah,indikator,uraian); perlu --jenis')
            [CompletionResult]::new('--bands', '--bands', [CompletionResultType]::ParameterName, 'Konvensi celah tabel predikat: upper (bawaan), lower, round')
            [CompletionResult]::new('--sheet', '--sheet', [CompletionResultType]::ParameterName, 'Lembar kerja yang dibaca dari workbook (bawaan: yang pertama)')
            [CompletionResult]::new('--skema', '--skema', [CompletionResultType]::ParameterName, 'Berkas skema penilaian sekolah (TOML) yang dinamai lembar skema; boleh berulang. Skema smk-lama sudah tersedia')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Bahasa keluaran dan pesan: id (Indonesia, bawaan) atau en (English); juga PKGURU_LANG')
            [CompletionResult]::new('--nomor-urut', '--nomor-urut', [CompletionResultType]::ParameterName, 'Kode indikator berupa nomor urut 1–78 (BK 1–70) menurut instrumen, seperti di sebagian basis data')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Tampilkan bantuan')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Tampilkan bantuan')
            [CompletionResult]::new('--timpa', '--timpa', [CompletionResultType]::ParameterName, 'Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti)')
            break
        }
        'pkguru;report' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Tulis dokumen ke BERKAS (.html atau .pdf; atomik)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Tulis dokumen ke BERKAS (.html atau .pdf; atomik)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format: html atau pdf; bawaan: dari ekstensi -o')
            [CompletionResult]::new('--split', '--split', [CompletionResultType]::ParameterName, 'Satu PDF per guru (dinamai NIP dan nama) dan ringkasan.pdf di DIREKTORI')
            [CompletionResult]::new('--lampiran', '--lampiran', [CompletionResultType]::ParameterName, 'Lampiran yang dicetak, dipisah koma: 1b, 1c, 1d (bawaan: semua)')
            [CompletionResult]::new('--urut', '--urut', [CompletionResultType]::ParameterName, 'Urutan daftar guru di ringkasan: nilai (bawaan, tertinggi dulu) atau nama')
            [CompletionResult]::new('--riwayat', '--riwayat', [CompletionResultType]::ParameterName, 'Basis data `pkguru riwayat`: ringkasan sekolah memuat kemajuan AK dan tahap siklus guru-gurunya')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Jumlah bagian dokumen yang disusun bersamaan (PDF); bawaan: jumlah inti')
            [CompletionResult]::new('--dokumen', '--dokumen', [CompletionResultType]::ParameterName, 'Dokumen rezim 2023 dari basis data --riwayat, tanpa MASUKAN: konversi (predikat kinerja ke angka kredit), akumulasi (angka kredit) atau integrasi (PAK integrasi)')
            [CompletionResult]::new('--nip', '--nip', [CompletionResultType]::ParameterName, 'Dengan --dokumen: hanya guru ber-NIP ini (bawaan: semua guru di basis data)')
            [CompletionResult]::new('--sekolah', '--sekolah', [CompletionResultType]::ParameterName, 'Dengan --dokumen: hanya guru sekolah ini')
            [CompletionResult]::new('--pejabat', '--pejabat', [CompletionResultType]::ParameterName, 'Dengan --dokumen: nama pejabat penilai kinerja yang menandatangani (bawaan: baris kosong)')
            [CompletionResult]::new('--nip-pejabat', '--nip-pejabat', [CompletionResultType]::ParameterName, 'Dengan --dokumen: NIP pejabat penilai kinerja')
            [CompletionResult]::new('--tempat', '--tempat', [CompletionResultType]::ParameterName, 'Dengan --dokumen: tempat penetapan, di atas tanda tangan')
            [CompletionResult]::new('--tanggal', '--tanggal', [CompletionResultType]::ParameterName, 'Dengan --dokumen: tanggal penetapan (mis. 2026-12-03)')
            [CompletionResult]::new('--kertas', '--kertas', [CompletionResultType]::ParameterName, 'Ukuran kertas: a4 (bawaan) atau f4 (folio, 21,5 × 33 cm)')
            [CompletionResult]::new('--kop', '--kop', [CompletionResultType]::ParameterName, 'Kop surat di kepala setiap formulir, dari BERKAS TOML (baris, alamat, logo)')
            [CompletionResult]::new('--jenis', '--jenis', [CompletionResultType]::ParameterName, 'Instrumen: kelas (guru kelas/mapel) atau bk (guru BK/konselor); bawaan: dari lembar')
            [CompletionResult]::new('--instrument', '--instrument', [CompletionResultType]::ParameterName, 'Edisi instrumen lain (CSV: kompetensi,nama_kompetensi,ranah,indikator,uraian); perlu --jenis')
            [CompletionResult]::new('--bands', '--bands', [CompletionResultType]::ParameterName, 'Konvensi celah tabel predikat: upper (bawaan), lower, round')
            [CompletionResult]::new('--sheet', '--sheet', [CompletionResultType]::ParameterName, 'Lembar kerja yang dibaca dari workbook (bawaan: yang pertama)')
            [CompletionResult]::new('--skema', '--skema', [CompletionResultType]::ParameterName, 'Berkas skema penilaian sekolah (TOML) yang dinamai lembar skema; boleh berulang. Skema smk-lama sudah tersedia')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Bahasa keluaran dan pesan: id (Indonesia, bawaan) atau en (English); juga PKGURU_LANG')
            [CompletionResult]::new('--tanpa-ringkasan', '--tanpa-ringkasan', [CompletionResultType]::ParameterName, 'Tanpa halaman ringkasan sekolah')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Tanpa ringkasan di keluaran galat')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Tanpa ringkasan di keluaran galat')
            [CompletionResult]::new('--nomor-urut', '--nomor-urut', [CompletionResultType]::ParameterName, 'Kode indikator berupa nomor urut 1–78 (BK 1–70) menurut instrumen, seperti di sebagian basis data')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Tampilkan bantuan')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Tampilkan bantuan')
            [CompletionResult]::new('--timpa', '--timpa', [CompletionResultType]::ParameterName, 'Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti)')
            break
        }
        'pkguru;rank' {
            [CompletionResult]::new('--skala', '--skala', [CompletionResultType]::ParameterName, 'Skala tabel nilai kompetensi: nilai 1 sampai SKALA, target bawaan SKALA (lembar nilai selalu 1–4)')
            [CompletionResult]::new('--profil', '--profil', [CompletionResultType]::ParameterName, 'Profil dari BERKAS CSV (kompetensi,ranah,target,faktor; baris bobot dan core), seperti --profil-bawaan')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format keluaran: table, csv, json, xlsx; bawaan: dari ekstensi -o, atau table')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Tulis ke BERKAS (atomik: berkas lama diganti hanya bila selesai) alih-alih keluaran standar; format dari ekstensinya')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Tulis ke BERKAS (atomik: berkas lama diganti hanya bila selesai) alih-alih keluaran standar; format dari ekstensinya')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'Dialek CSV keluaran: standard (bawaan; koma, UTF-8) atau id (Excel Indonesia: titik koma, BOM, CRLF)')
            [CompletionResult]::new('--jenis', '--jenis', [CompletionResultType]::ParameterName, 'Instrumen: kelas (guru kelas/mapel) atau bk (guru BK/konselor); bawaan: dari lembar')
            [CompletionResult]::new('--instrument', '--instrument', [CompletionResultType]::ParameterName, 'Edisi instrumen lain (CSV: kompetensi,nama_kompetensi,ranah,indikator,uraian); perlu --jenis')
            [CompletionResult]::new('--bands', '--bands', [CompletionResultType]::ParameterName, 'Konvensi celah tabel predikat: upper (bawaan), lower, round')
            [CompletionResult]::new('--sheet', '--sheet', [CompletionResultType]::ParameterName, 'Lembar kerja yang dibaca dari workbook (bawaan: yang pertama)')
            [CompletionResult]::new('--skema', '--skema', [CompletionResultType]::ParameterName, 'Berkas skema penilaian sekolah (TOML) yang dinamai lembar skema; boleh berulang. Skema smk-lama sudah tersedia')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Bahasa keluaran dan pesan: id (Indonesia, bawaan) atau en (English); juga PKGURU_LANG')
            [CompletionResult]::new('--profil-bawaan', '--profil-bawaan', [CompletionResultType]::ParameterName, 'Cetak profil bawaan (CSV, untuk --jenis dan --skala) lalu selesai')
            [CompletionResult]::new('--nomor-urut', '--nomor-urut', [CompletionResultType]::ParameterName, 'Kode indikator berupa nomor urut 1–78 (BK 1–70) menurut instrumen, seperti di sebagian basis data')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Tampilkan bantuan')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Tampilkan bantuan')
            [CompletionResult]::new('--timpa', '--timpa', [CompletionResultType]::ParameterName, 'Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti)')
            break
        }
        'pkguru;pkb' {
            [CompletionResult]::new('--golongan', '--golongan', [CompletionResultType]::ParameterName, 'Golongan sekarang, untuk memeriksa syarat PKB kenaikan pangkat berikutnya')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format keluaran: table, csv, json, xlsx; bawaan: dari ekstensi -o, selain itu table')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Tulis ke BERKAS (atomik: berkas lama diganti hanya bila selesai) alih-alih keluaran standar; format dari ekstensinya')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Tulis ke BERKAS (atomik: berkas lama diganti hanya bila selesai) alih-alih keluaran standar; format dari ekstensinya')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'Dialek CSV keluaran: standard (bawaan; koma, UTF-8) atau id (Excel Indonesia: titik koma, BOM, CRLF)')
            [CompletionResult]::new('--sheet', '--sheet', [CompletionResultType]::ParameterName, 'Lembar kerja workbook yang dibaca')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Bahasa keluaran dan pesan: id (Indonesia, bawaan) atau en (English); juga PKGURU_LANG')
            [CompletionResult]::new('--daftar', '--daftar', [CompletionResultType]::ParameterName, 'Cetak katalog kegiatan PKB (kode, subunsur, uraian, angka kredit) lalu berhenti')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Tampilkan bantuan')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Tampilkan bantuan')
            [CompletionResult]::new('--timpa', '--timpa', [CompletionResultType]::ParameterName, 'Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti)')
            break
        }
        'pkguru;riwayat' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Berkas basis data; bawaan pkguru.db di folder kerja (juga PKGURU_DB)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Bahasa keluaran dan pesan: id (Indonesia, bawaan) atau en (English); juga PKGURU_LANG')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Tampilkan bantuan')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Tampilkan bantuan')
            [CompletionResult]::new('--timpa', '--timpa', [CompletionResultType]::ParameterName, 'Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti)')
            [CompletionResult]::new('tambah', 'tambah', [CompletionResultType]::ParameterValue, 'Menambahkan hasil satu periode (masukan apa pun yang dibaca batch, atau rekap pkguru), PAK terakhir, atau AK PKB/penunjang')
            [CompletionResult]::new('guru', 'guru', [CompletionResultType]::ParameterValue, 'Riwayat seorang guru: hasil per periode, AK sejak PAK terakhir, kekurangan, proyeksi')
            [CompletionResult]::new('sekolah', 'sekolah', [CompletionResultType]::ParameterValue, 'Ringkasan per guru: periode terakhir, kemajuan AK, siap naik pangkat, belum dinilai, tahap siklus')
            [CompletionResult]::new('siklus', 'siklus', [CompletionResultType]::ParameterValue, 'Mencatat tahap siklus kinerja seorang guru (diskusi-persiapan, observasi, diskusi-tindak-lanjut, upaya-tindak-lanjut, refleksi)')
            [CompletionResult]::new('ekspor', 'ekspor', [CompletionResultType]::ParameterValue, 'Mengekspor seluruh isi basis data sebagai CSV (satu berkas per tabel) atau JSON')
            break
        }
        'pkguru;riwayat;tambah' {
            [CompletionResult]::new('--periode', '--periode', [CompletionResultType]::ParameterName, 'Periode: tahun (2026) atau semester (2026-1); bawaan: periode yang disebut lembar-lembarnya')
            [CompletionResult]::new('--pak', '--pak', [CompletionResultType]::ParameterName, 'PAK terakhir per guru (CSV: nip, golongan, tmt, ak_kumulatif, periode); AK kumulatif di atas minimal golongannya (2009) atau nilai dasar jenjangnya (2023) dibawa ke kenaikan berikutnya')
            [CompletionResult]::new('--ak-lain', '--ak-lain', [CompletionResultType]::ParameterName, 'AK PKB dan penunjang per guru untuk --periode (CSV: nip, pkb, penunjang)')
            [CompletionResult]::new('--pkb-daftar', '--pkb-daftar', [CompletionResultType]::ParameterName, 'Daftar kegiatan PKB seorang guru (lihat `pkguru pkb`) untuk --periode; perlu --nip')
            [CompletionResult]::new('--nip', '--nip', [CompletionResultType]::ParameterName, 'NIP guru pemilik --pkb-daftar')
            [CompletionResult]::new('--regime', '--regime', [CompletionResultType]::ParameterName, 'Rezim angka kredit periode ini: 2009 (bawaan; AK per tahun PK Guru) atau 2023 (predikat kinerja × koefisien jenjang)')
            [CompletionResult]::new('--bulan', '--bulan', [CompletionResultType]::ParameterName, 'Rezim 2023: lama periode dalam bulan (1–12); bawaan 12')
            [CompletionResult]::new('--jenis', '--jenis', [CompletionResultType]::ParameterName, 'Instrumen: kelas (guru kelas/mapel) atau bk (guru BK/konselor); bawaan: dari lembar')
            [CompletionResult]::new('--instrument', '--instrument', [CompletionResultType]::ParameterName, 'Edisi instrumen lain (CSV: kompetensi,nama_kompetensi,ranah,indikator,uraian); perlu --jenis')
            [CompletionResult]::new('--bands', '--bands', [CompletionResultType]::ParameterName, 'Konvensi celah tabel predikat: upper (bawaan), lower, round')
            [CompletionResult]::new('--sheet', '--sheet', [CompletionResultType]::ParameterName, 'Lembar kerja yang dibaca dari workbook (bawaan: yang pertama)')
            [CompletionResult]::new('--skema', '--skema', [CompletionResultType]::ParameterName, 'Berkas skema penilaian sekolah (TOML) yang dinamai lembar skema; boleh berulang. Skema smk-lama sudah tersedia')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Berkas basis data; bawaan pkguru.db di folder kerja (juga PKGURU_DB)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Bahasa keluaran dan pesan: id (Indonesia, bawaan) atau en (English); juga PKGURU_LANG')
            [CompletionResult]::new('--ganti', '--ganti', [CompletionResultType]::ParameterName, 'Ganti hasil periode itu yang sudah ada (tanpa ini, impor ulang ditolak)')
            [CompletionResult]::new('--nomor-urut', '--nomor-urut', [CompletionResultType]::ParameterName, 'Kode indikator berupa nomor urut 1–78 (BK 1–70) menurut instrumen, seperti di sebagian basis data')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Tampilkan bantuan')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Tampilkan bantuan')
            [CompletionResult]::new('--timpa', '--timpa', [CompletionResultType]::ParameterName, 'Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti)')
            break
        }
        'pkguru;riwayat;guru' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format keluaran: table, csv, json, xlsx (satu baris per periode); bawaan: dari ekstensi -o, selain itu table')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Tulis ke BERKAS (atomik: berkas lama diganti hanya bila selesai) alih-alih keluaran standar; format dari ekstensinya')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Tulis ke BERKAS (atomik: berkas lama diganti hanya bila selesai) alih-alih keluaran standar; format dari ekstensinya')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'Dialek CSV keluaran: standard (bawaan; koma, UTF-8) atau id (Excel Indonesia: titik koma, BOM, CRLF)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Berkas basis data; bawaan pkguru.db di folder kerja (juga PKGURU_DB)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Bahasa keluaran dan pesan: id (Indonesia, bawaan) atau en (English); juga PKGURU_LANG')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Tampilkan bantuan')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Tampilkan bantuan')
            [CompletionResult]::new('--timpa', '--timpa', [CompletionResultType]::ParameterName, 'Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti)')
            break
        }
        'pkguru;riwayat;sekolah' {
            [CompletionResult]::new('--sekolah', '--sekolah', [CompletionResultType]::ParameterName, 'Hanya guru sekolah ini')
            [CompletionResult]::new('--periode', '--periode', [CompletionResultType]::ParameterName, 'Periode berjalan; bawaan: periode terakhir di basis data')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format keluaran: table, csv, json, xlsx; bawaan: dari ekstensi -o, selain itu table')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Tulis ke BERKAS (atomik: berkas lama diganti hanya bila selesai) alih-alih keluaran standar; format dari ekstensinya')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Tulis ke BERKAS (atomik: berkas lama diganti hanya bila selesai) alih-alih keluaran standar; format dari ekstensinya')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'Dialek CSV keluaran: standard (bawaan; koma, UTF-8) atau id (Excel Indonesia: titik koma, BOM, CRLF)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Berkas basis data; bawaan pkguru.db di folder kerja (juga PKGURU_DB)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Bahasa keluaran dan pesan: id (Indonesia, bawaan) atau en (English); juga PKGURU_LANG')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Tampilkan bantuan')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Tampilkan bantuan')
            [CompletionResult]::new('--timpa', '--timpa', [CompletionResultType]::ParameterName, 'Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti)')
            break
        }
        'pkguru;riwayat;siklus' {
            [CompletionResult]::new('--periode', '--periode', [CompletionResultType]::ParameterName, 'Periode siklus, mis. 2026-1 (Januari–Juni) atau 2026-2 (Juli–Desember)')
            [CompletionResult]::new('--tahap', '--tahap', [CompletionResultType]::ParameterName, 'Tahap: diskusi-persiapan, observasi, diskusi-tindak-lanjut, upaya-tindak-lanjut, refleksi')
            [CompletionResult]::new('--tanggal', '--tanggal', [CompletionResultType]::ParameterName, 'Tanggal tahap: 2026-03-12, atau hari dulu 12-03-2026')
            [CompletionResult]::new('--catatan', '--catatan', [CompletionResultType]::ParameterName, 'Catatan (ditampilkan oleh `riwayat guru` dan `riwayat sekolah`)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Berkas basis data; bawaan pkguru.db di folder kerja (juga PKGURU_DB)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Bahasa keluaran dan pesan: id (Indonesia, bawaan) atau en (English); juga PKGURU_LANG')
            [CompletionResult]::new('--ganti', '--ganti', [CompletionResultType]::ParameterName, 'Ganti tahap yang sudah dicatat untuk periode itu (tanggal dan catatannya hilang)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Tampilkan bantuan')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Tampilkan bantuan')
            [CompletionResult]::new('--timpa', '--timpa', [CompletionResultType]::ParameterName, 'Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti)')
            break
        }
        'pkguru;riwayat;ekspor' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format: json (satu berkas) atau csv (satu berkas per tabel di direktori -o)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Berkas (json) atau direktori (csv) tujuan; json tanpa -o ke keluaran standar')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Berkas (json) atau direktori (csv) tujuan; json tanpa -o ke keluaran standar')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Berkas basis data; bawaan pkguru.db di folder kerja (juga PKGURU_DB)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Bahasa keluaran dan pesan: id (Indonesia, bawaan) atau en (English); juga PKGURU_LANG')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Tampilkan bantuan')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Tampilkan bantuan')
            [CompletionResult]::new('--timpa', '--timpa', [CompletionResultType]::ParameterName, 'Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti)')
            break
        }
        'pkguru;skema' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Bahasa keluaran dan pesan: id (Indonesia, bawaan) atau en (English); juga PKGURU_LANG')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Tampilkan bantuan')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Tampilkan bantuan')
            [CompletionResult]::new('--timpa', '--timpa', [CompletionResultType]::ParameterName, 'Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti)')
            [CompletionResult]::new('template', 'template', [CompletionResultType]::ParameterValue, 'Menulis lembar isian sebuah skema (satu guru, atau format lebar satu sekolah)')
            [CompletionResult]::new('periksa', 'periksa', [CompletionResultType]::ParameterValue, 'Memeriksa berkas skema dan menampilkan aspek, bobot, indikator dan predikatnya')
            break
        }
        'pkguru;skema;template' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format: csv atau xlsx; bawaan: dari ekstensi -o, selain itu csv')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Tulis ke BERKAS (atomik: berkas lama diganti hanya bila selesai) alih-alih keluaran standar; format dari ekstensinya')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Tulis ke BERKAS (atomik: berkas lama diganti hanya bila selesai) alih-alih keluaran standar; format dari ekstensinya')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'Dialek CSV keluaran: standard (bawaan; koma, UTF-8) atau id (Excel Indonesia: titik koma, BOM, CRLF)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Bahasa keluaran dan pesan: id (Indonesia, bawaan) atau en (English); juga PKGURU_LANG')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Format lebar: kolom skema dan identitas, lalu satu kolom per indikator, satu baris per guru')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Tampilkan bantuan')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Tampilkan bantuan')
            [CompletionResult]::new('--timpa', '--timpa', [CompletionResultType]::ParameterName, 'Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti)')
            break
        }
        'pkguru;skema;periksa' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Bahasa keluaran dan pesan: id (Indonesia, bawaan) atau en (English); juga PKGURU_LANG')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Tampilkan bantuan')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Tampilkan bantuan')
            [CompletionResult]::new('--timpa', '--timpa', [CompletionResultType]::ParameterName, 'Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti)')
            break
        }
        'pkguru;help' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Bahasa keluaran dan pesan: id (Indonesia, bawaan) atau en (English); juga PKGURU_LANG')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Tampilkan bantuan')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Tampilkan bantuan')
            [CompletionResult]::new('--timpa', '--timpa', [CompletionResultType]::ParameterName, 'Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti)')
            break
        }
        'pkguru;completions' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Bahasa keluaran dan pesan: id (Indonesia, bawaan) atau en (English); juga PKGURU_LANG')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Tampilkan bantuan')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Tampilkan bantuan')
            [CompletionResult]::new('--timpa', '--timpa', [CompletionResultType]::ParameterName, 'Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti)')
            break
        }
        'pkguru;man' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Bahasa keluaran dan pesan: id (Indonesia, bawaan) atau en (English); juga PKGURU_LANG')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Tampilkan bantuan')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Tampilkan bantuan')
            [CompletionResult]::new('--timpa', '--timpa', [CompletionResultType]::ParameterName, 'Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti)')
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
