# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_pkguru_global_optspecs
    string join \n lang= timpa h/help V/version
end

function __fish_pkguru_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_pkguru_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_pkguru_using_subcommand
    set -l cmd (__fish_pkguru_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c pkguru -n "__fish_pkguru_needs_command" -l lang -d 'Bahasa keluaran dan pesan: id (Indonesia, bawaan) atau en (English); juga PKGURU_LANG' -r -f -a "id\t'Bahasa Indonesia'
en\t'English'"
complete -c pkguru -n "__fish_pkguru_needs_command" -l timpa -l force -d 'Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti)'
complete -c pkguru -n "__fish_pkguru_needs_command" -s h -l help -d 'Tampilkan bantuan'
complete -c pkguru -n "__fish_pkguru_needs_command" -s V -l version -d 'Tampilkan versi'
complete -c pkguru -n "__fish_pkguru_needs_command" -f -a "template" -d 'Membuat lembar penilaian kosong untuk diisi'
complete -c pkguru -n "__fish_pkguru_needs_command" -f -a "score" -d 'Menilai lembar satu guru: nilai kompetensi, Nilai PKG, skala 100, predikat, angka kredit'
complete -c pkguru -n "__fish_pkguru_needs_command" -f -a "credit" -d 'Menghitung angka kredit per tahun beserta uraian hitungannya'
complete -c pkguru -n "__fish_pkguru_needs_command" -f -a "batch" -d 'Menilai banyak guru sekaligus menjadi satu rekap'
complete -c pkguru -n "__fish_pkguru_needs_command" -f -a "check" -d 'Memeriksa lembar tanpa menulis rekap; menghitung ulang hasil yang diketik (audit)'
complete -c pkguru -n "__fish_pkguru_needs_command" -f -a "report" -d 'Mencetak formulir PK Guru (Lampiran 1B, 1C, 1D) dan ringkasan sekolah sebagai HTML atau PDF'
complete -c pkguru -n "__fish_pkguru_needs_command" -f -a "rank" -d 'Memeringkat guru dengan metode profile matching dari nilai kompetensinya'
complete -c pkguru -n "__fish_pkguru_needs_command" -f -a "pkb" -d 'Menghitung angka kredit kegiatan PKB dan memeriksa syarat PKB kenaikan pangkat'
complete -c pkguru -n "__fish_pkguru_needs_command" -f -a "riwayat" -d 'Riwayat hasil per guru dan periode (basis data SQLite), kemajuan kenaikan pangkat, siklus kinerja'
complete -c pkguru -n "__fish_pkguru_needs_command" -f -a "skema" -d 'Skema penilaian sekolah sendiri: lembar isian dan pemeriksaan berkas skema'
complete -c pkguru -n "__fish_pkguru_needs_command" -f -a "help" -d 'Menjelaskan semua perintah, atau satu perintah beserta semua opsinya'
complete -c pkguru -n "__fish_pkguru_needs_command" -f -a "completions" -d 'Menulis skrip pelengkapan (completion) perintah untuk shell ke keluaran standar'
complete -c pkguru -n "__fish_pkguru_needs_command" -f -a "man" -d 'Menulis halaman manual (roff, untuk man) ke keluaran standar'
complete -c pkguru -n "__fish_pkguru_using_subcommand template" -l jenis -d 'Instrumen: kelas (bawaan), bk, campur (kelas dan BK, hanya dengan --wide), evaluasi-diri, atau instrumen tugas tambahan (kepala-sekolah, wakil-kepala-kurikulum, …)' -r -f -a "kelas\t''
bk\t''
campur\t''
evaluasi-diri\t''
kepala-sekolah\t''
wakil-kepala-kurikulum\t''
wakil-kepala-kesiswaan\t''
wakil-kepala-sarana\t''
wakil-kepala-humas\t''
kepala-laboratorium\t''
kepala-perpustakaan\t''"
complete -c pkguru -n "__fish_pkguru_using_subcommand template" -l format -d 'Format: csv, json, xlsx; bawaan: dari ekstensi -o, selain itu csv' -r -f -a "csv\t''
json\t''
xlsx\t''"
complete -c pkguru -n "__fish_pkguru_using_subcommand template" -s o -l output -d 'Tulis ke BERKAS (atomik: berkas lama diganti hanya bila selesai) alih-alih keluaran standar; format dari ekstensinya' -r -F
complete -c pkguru -n "__fish_pkguru_using_subcommand template" -l csv-dialect -d 'Dialek CSV keluaran: standard (bawaan; koma, UTF-8) atau id (Excel Indonesia: titik koma, BOM, CRLF)' -r -f -a "standard\t'Koma, titik desimal, UTF-8 tanpa BOM, LF'
id\t'Excel Indonesia: titik koma, koma desimal, BOM UTF-8, CRLF'"
complete -c pkguru -n "__fish_pkguru_using_subcommand template" -l lang -d 'Bahasa keluaran dan pesan: id (Indonesia, bawaan) atau en (English); juga PKGURU_LANG' -r -f -a "id\t'Bahasa Indonesia'
en\t'English'"
complete -c pkguru -n "__fish_pkguru_using_subcommand template" -l kejuruan -d 'Dengan --jenis evaluasi-diri: bentuk SMK dengan tiga butir kejuruan (job sheet, kisi-kisi dan soal praktik, daftar nilai praktik)'
complete -c pkguru -n "__fish_pkguru_using_subcommand template" -l wide -d 'Header format lebar: kolom identitas lalu satu kolom per ID indikator, satu baris per guru'
complete -c pkguru -n "__fish_pkguru_using_subcommand template" -s h -l help -d 'Tampilkan bantuan'
complete -c pkguru -n "__fish_pkguru_using_subcommand template" -l timpa -l force -d 'Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti)'
complete -c pkguru -n "__fish_pkguru_using_subcommand score" -l jenis -d 'Instrumen: kelas (guru kelas/mapel) atau bk (guru BK/konselor); bawaan: dari lembar' -r -f -a "kelas\t''
bk\t''"
complete -c pkguru -n "__fish_pkguru_using_subcommand score" -l instrument -d 'Edisi instrumen lain (CSV: kompetensi,nama_kompetensi,ranah,indikator,uraian); perlu --jenis' -r -F
complete -c pkguru -n "__fish_pkguru_using_subcommand score" -l bands -d 'Konvensi celah tabel predikat: upper (bawaan), lower, round' -r -f -a "upper\t''
lower\t''
round\t''"
complete -c pkguru -n "__fish_pkguru_using_subcommand score" -l sheet -d 'Lembar kerja yang dibaca dari workbook (bawaan: yang pertama)' -r
complete -c pkguru -n "__fish_pkguru_using_subcommand score" -l skema -d 'Berkas skema penilaian sekolah (TOML) yang dinamai lembar skema; boleh berulang. Skema smk-lama sudah tersedia' -r -F
complete -c pkguru -n "__fish_pkguru_using_subcommand score" -l format -d 'Format keluaran: table, json, csv; bawaan: dari ekstensi -o, selain itu table' -r -f -a "table\t''
json\t''
csv\t''"
complete -c pkguru -n "__fish_pkguru_using_subcommand score" -s o -l output -d 'Tulis ke BERKAS (atomik: berkas lama diganti hanya bila selesai) alih-alih keluaran standar; format dari ekstensinya' -r -F
complete -c pkguru -n "__fish_pkguru_using_subcommand score" -l csv-dialect -d 'Dialek CSV keluaran: standard (bawaan; koma, UTF-8) atau id (Excel Indonesia: titik koma, BOM, CRLF)' -r -f -a "standard\t'Koma, titik desimal, UTF-8 tanpa BOM, LF'
id\t'Excel Indonesia: titik koma, koma desimal, BOM UTF-8, CRLF'"
complete -c pkguru -n "__fish_pkguru_using_subcommand score" -l golongan -d 'Golongan/ruang, mis. III/c (juga: "III c", IIIc, 3c)' -r
complete -c pkguru -n "__fish_pkguru_using_subcommand score" -l jam -d 'Jam tatap muka per minggu (guru kelas/mapel)' -r
complete -c pkguru -n "__fish_pkguru_using_subcommand score" -l konseli -d 'Jumlah konseli per tahun (guru BK)' -r
complete -c pkguru -n "__fish_pkguru_using_subcommand score" -l tugas-tambahan -d 'Tugas tambahan yang mengurangi jam: kepala-sekolah, wakil-kepala, ketua-program, kepala-perpustakaan, kepala-laboratorium' -r -f -a "kepala-sekolah\t''
wakil-kepala\t''
ketua-program\t''
kepala-perpustakaan\t''
kepala-laboratorium\t''"
complete -c pkguru -n "__fish_pkguru_using_subcommand score" -l nilai-tambahan -d 'Nilai PK tugas tambahan: skala 100 (85,5) atau total/maks (20/24)' -r
complete -c pkguru -n "__fish_pkguru_using_subcommand score" -l pkb -d 'Daftar kegiatan PKB guru ini (lihat `pkguru pkb`): AK PKB dihitung darinya, dan kekurangannya disebut' -r -F
complete -c pkguru -n "__fish_pkguru_using_subcommand score" -l tambahan -d 'Lembar instrumen tugas tambahan guru ini (dari `template --jenis kepala-sekolah` dst.): dinilai lalu dipadukan' -r -F
complete -c pkguru -n "__fish_pkguru_using_subcommand score" -l tugas -d 'Tugas yang tidak mengurangi jam (boleh berulang): wali-kelas, tim-kurikulum, pembimbing-guru-pemula, pembina-ekstrakurikuler (+5 % masing-masing); pengawas-penilaian, pembimbing-publikasi, sementara (+2 %)' -r -f -a "wali-kelas\t''
tim-kurikulum\t''
pembimbing-guru-pemula\t''
pembina-ekstrakurikuler\t''
pengawas-penilaian\t''
pembimbing-publikasi\t''
sementara\t''"
complete -c pkguru -n "__fish_pkguru_using_subcommand score" -l ak-pkb -d 'AK PKB yang sudah diperoleh menuju pangkat berikutnya' -r
complete -c pkguru -n "__fish_pkguru_using_subcommand score" -l ak-penunjang -d 'AK penunjang yang sudah diperoleh menuju pangkat berikutnya' -r
complete -c pkguru -n "__fish_pkguru_using_subcommand score" -l lang -d 'Bahasa keluaran dan pesan: id (Indonesia, bawaan) atau en (English); juga PKGURU_LANG' -r -f -a "id\t'Bahasa Indonesia'
en\t'English'"
complete -c pkguru -n "__fish_pkguru_using_subcommand score" -l nomor-urut -d 'Kode indikator berupa nomor urut 1–78 (BK 1–70) menurut instrumen, seperti di sebagian basis data'
complete -c pkguru -n "__fish_pkguru_using_subcommand score" -s h -l help -d 'Tampilkan bantuan'
complete -c pkguru -n "__fish_pkguru_using_subcommand score" -l timpa -l force -d 'Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti)'
complete -c pkguru -n "__fish_pkguru_using_subcommand credit" -l regime -d 'Rezim: 2009 (Permenneg PAN-RB 16/2009, bawaan) atau 2023 (PermenPAN-RB 1/2023)' -r -f -a "2009\t'Permenneg PAN-RB 16/2009'
2023\t'PermenPAN-RB 1/2023'"
complete -c pkguru -n "__fish_pkguru_using_subcommand credit" -l nilai -d 'Nilai PKG skala 100 (69,64 atau 69.64)' -r
complete -c pkguru -n "__fish_pkguru_using_subcommand credit" -l total -d 'Nilai PKG mentah (jumlah nilai kompetensi: kelas 14–56, BK 17–68)' -r
complete -c pkguru -n "__fish_pkguru_using_subcommand credit" -l predikat -d 'Predikat (2009: amat-baik, baik, cukup, sedang, kurang; 2023: sangat-baik, baik, butuh-perbaikan, kurang, sangat-kurang)' -r
complete -c pkguru -n "__fish_pkguru_using_subcommand credit" -l jenis -d 'Instrumen untuk --total dan JM: kelas (bawaan) atau bk' -r -f -a "kelas\t''
bk\t''"
complete -c pkguru -n "__fish_pkguru_using_subcommand credit" -l bands -d 'Konvensi celah tabel predikat: upper (bawaan), lower, round' -r -f -a "upper\t''
lower\t''
round\t''"
complete -c pkguru -n "__fish_pkguru_using_subcommand credit" -l jenjang -d 'Jenjang (rezim 2023): ahli-pertama, ahli-muda, ahli-madya, ahli-utama; bawaan: dari --golongan' -r -f -a "ahli-pertama\t''
ahli-muda\t''
ahli-madya\t''
ahli-utama\t''"
complete -c pkguru -n "__fish_pkguru_using_subcommand credit" -l bulan -d 'Lama penilaian dalam bulan (rezim 2023), 1–12; bawaan 12' -r
complete -c pkguru -n "__fish_pkguru_using_subcommand credit" -l format -d 'Format keluaran: table atau json; bawaan: dari ekstensi -o, selain itu table' -r -f -a "table\t''
json\t''"
complete -c pkguru -n "__fish_pkguru_using_subcommand credit" -s o -l output -d 'Tulis ke BERKAS (atomik: berkas lama diganti hanya bila selesai) alih-alih keluaran standar; format dari ekstensinya' -r -F
complete -c pkguru -n "__fish_pkguru_using_subcommand credit" -l csv-dialect -d 'Dialek CSV keluaran: standard (bawaan; koma, UTF-8) atau id (Excel Indonesia: titik koma, BOM, CRLF)' -r -f -a "standard\t'Koma, titik desimal, UTF-8 tanpa BOM, LF'
id\t'Excel Indonesia: titik koma, koma desimal, BOM UTF-8, CRLF'"
complete -c pkguru -n "__fish_pkguru_using_subcommand credit" -l golongan -d 'Golongan/ruang, mis. III/c (juga: "III c", IIIc, 3c)' -r
complete -c pkguru -n "__fish_pkguru_using_subcommand credit" -l jam -d 'Jam tatap muka per minggu (guru kelas/mapel)' -r
complete -c pkguru -n "__fish_pkguru_using_subcommand credit" -l konseli -d 'Jumlah konseli per tahun (guru BK)' -r
complete -c pkguru -n "__fish_pkguru_using_subcommand credit" -l tugas-tambahan -d 'Tugas tambahan yang mengurangi jam: kepala-sekolah, wakil-kepala, ketua-program, kepala-perpustakaan, kepala-laboratorium' -r -f -a "kepala-sekolah\t''
wakil-kepala\t''
ketua-program\t''
kepala-perpustakaan\t''
kepala-laboratorium\t''"
complete -c pkguru -n "__fish_pkguru_using_subcommand credit" -l nilai-tambahan -d 'Nilai PK tugas tambahan: skala 100 (85,5) atau total/maks (20/24)' -r
complete -c pkguru -n "__fish_pkguru_using_subcommand credit" -l pkb -d 'Daftar kegiatan PKB guru ini (lihat `pkguru pkb`): AK PKB dihitung darinya, dan kekurangannya disebut' -r -F
complete -c pkguru -n "__fish_pkguru_using_subcommand credit" -l tambahan -d 'Lembar instrumen tugas tambahan guru ini (dari `template --jenis kepala-sekolah` dst.): dinilai lalu dipadukan' -r -F
complete -c pkguru -n "__fish_pkguru_using_subcommand credit" -l tugas -d 'Tugas yang tidak mengurangi jam (boleh berulang): wali-kelas, tim-kurikulum, pembimbing-guru-pemula, pembina-ekstrakurikuler (+5 % masing-masing); pengawas-penilaian, pembimbing-publikasi, sementara (+2 %)' -r -f -a "wali-kelas\t''
tim-kurikulum\t''
pembimbing-guru-pemula\t''
pembina-ekstrakurikuler\t''
pengawas-penilaian\t''
pembimbing-publikasi\t''
sementara\t''"
complete -c pkguru -n "__fish_pkguru_using_subcommand credit" -l ak-pkb -d 'AK PKB yang sudah diperoleh menuju pangkat berikutnya' -r
complete -c pkguru -n "__fish_pkguru_using_subcommand credit" -l ak-penunjang -d 'AK penunjang yang sudah diperoleh menuju pangkat berikutnya' -r
complete -c pkguru -n "__fish_pkguru_using_subcommand credit" -l lang -d 'Bahasa keluaran dan pesan: id (Indonesia, bawaan) atau en (English); juga PKGURU_LANG' -r -f -a "id\t'Bahasa Indonesia'
en\t'English'"
complete -c pkguru -n "__fish_pkguru_using_subcommand credit" -s h -l help -d 'Tampilkan bantuan'
complete -c pkguru -n "__fish_pkguru_using_subcommand credit" -l timpa -l force -d 'Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti)'
complete -c pkguru -n "__fish_pkguru_using_subcommand batch" -l format -d 'Format rekap: csv, json, jsonl, xlsx; bawaan: dari ekstensi -o (.csv, .json, .jsonl, .xlsx), selain itu csv' -r -f -a "csv\t''
json\t''
jsonl\t''
xlsx\t''"
complete -c pkguru -n "__fish_pkguru_using_subcommand batch" -l jobs -d 'Jumlah thread pekerja untuk berkas lebar yang besar; bawaan: jumlah inti' -r
complete -c pkguru -n "__fish_pkguru_using_subcommand batch" -l errors -d 'Tulis juga setiap kegagalan ke BERKAS sebagai CSV (sumber, baris, id, pesan)' -r -F
complete -c pkguru -n "__fish_pkguru_using_subcommand batch" -s o -l output -d 'Tulis ke BERKAS (atomik: berkas lama diganti hanya bila selesai) alih-alih keluaran standar; format dari ekstensinya' -r -F
complete -c pkguru -n "__fish_pkguru_using_subcommand batch" -l csv-dialect -d 'Dialek CSV keluaran: standard (bawaan; koma, UTF-8) atau id (Excel Indonesia: titik koma, BOM, CRLF)' -r -f -a "standard\t'Koma, titik desimal, UTF-8 tanpa BOM, LF'
id\t'Excel Indonesia: titik koma, koma desimal, BOM UTF-8, CRLF'"
complete -c pkguru -n "__fish_pkguru_using_subcommand batch" -l jenis -d 'Instrumen: kelas (guru kelas/mapel) atau bk (guru BK/konselor); bawaan: dari lembar' -r -f -a "kelas\t''
bk\t''"
complete -c pkguru -n "__fish_pkguru_using_subcommand batch" -l instrument -d 'Edisi instrumen lain (CSV: kompetensi,nama_kompetensi,ranah,indikator,uraian); perlu --jenis' -r -F
complete -c pkguru -n "__fish_pkguru_using_subcommand batch" -l bands -d 'Konvensi celah tabel predikat: upper (bawaan), lower, round' -r -f -a "upper\t''
lower\t''
round\t''"
complete -c pkguru -n "__fish_pkguru_using_subcommand batch" -l sheet -d 'Lembar kerja yang dibaca dari workbook (bawaan: yang pertama)' -r
complete -c pkguru -n "__fish_pkguru_using_subcommand batch" -l skema -d 'Berkas skema penilaian sekolah (TOML) yang dinamai lembar skema; boleh berulang. Skema smk-lama sudah tersedia' -r -F
complete -c pkguru -n "__fish_pkguru_using_subcommand batch" -l lang -d 'Bahasa keluaran dan pesan: id (Indonesia, bawaan) atau en (English); juga PKGURU_LANG' -r -f -a "id\t'Bahasa Indonesia'
en\t'English'"
complete -c pkguru -n "__fish_pkguru_using_subcommand batch" -s q -l quiet -d 'Tanpa bilah kemajuan dan ringkasan'
complete -c pkguru -n "__fish_pkguru_using_subcommand batch" -l nomor-urut -d 'Kode indikator berupa nomor urut 1–78 (BK 1–70) menurut instrumen, seperti di sebagian basis data'
complete -c pkguru -n "__fish_pkguru_using_subcommand batch" -s h -l help -d 'Tampilkan bantuan'
complete -c pkguru -n "__fish_pkguru_using_subcommand batch" -l timpa -l force -d 'Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti)'
complete -c pkguru -n "__fish_pkguru_using_subcommand check" -l format -d 'Format laporan: text (bawaan), json, github (anotasi workflow)' -r -f -a "text\t''
json\t''
github\t''"
complete -c pkguru -n "__fish_pkguru_using_subcommand check" -l jobs -d 'Jumlah thread pekerja; bawaan: jumlah inti' -r
complete -c pkguru -n "__fish_pkguru_using_subcommand check" -l jenis -d 'Instrumen: kelas (guru kelas/mapel) atau bk (guru BK/konselor); bawaan: dari lembar' -r -f -a "kelas\t''
bk\t''"
complete -c pkguru -n "__fish_pkguru_using_subcommand check" -l instrument -d 'Edisi instrumen lain (CSV: kompetensi,nama_kompetensi,ranah,indikator,uraian); perlu --jenis' -r -F
complete -c pkguru -n "__fish_pkguru_using_subcommand check" -l bands -d 'Konvensi celah tabel predikat: upper (bawaan), lower, round' -r -f -a "upper\t''
lower\t''
round\t''"
complete -c pkguru -n "__fish_pkguru_using_subcommand check" -l sheet -d 'Lembar kerja yang dibaca dari workbook (bawaan: yang pertama)' -r
complete -c pkguru -n "__fish_pkguru_using_subcommand check" -l skema -d 'Berkas skema penilaian sekolah (TOML) yang dinamai lembar skema; boleh berulang. Skema smk-lama sudah tersedia' -r -F
complete -c pkguru -n "__fish_pkguru_using_subcommand check" -l lang -d 'Bahasa keluaran dan pesan: id (Indonesia, bawaan) atau en (English); juga PKGURU_LANG' -r -f -a "id\t'Bahasa Indonesia'
en\t'English'"
complete -c pkguru -n "__fish_pkguru_using_subcommand check" -l nomor-urut -d 'Kode indikator berupa nomor urut 1–78 (BK 1–70) menurut instrumen, seperti di sebagian basis data'
complete -c pkguru -n "__fish_pkguru_using_subcommand check" -s h -l help -d 'Tampilkan bantuan'
complete -c pkguru -n "__fish_pkguru_using_subcommand check" -l timpa -l force -d 'Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti)'
complete -c pkguru -n "__fish_pkguru_using_subcommand report" -s o -l output -d 'Tulis dokumen ke BERKAS (.html atau .pdf; atomik)' -r -F
complete -c pkguru -n "__fish_pkguru_using_subcommand report" -l format -d 'Format: html atau pdf; bawaan: dari ekstensi -o' -r -f -a "html\t''
pdf\t''"
complete -c pkguru -n "__fish_pkguru_using_subcommand report" -l split -d 'Satu PDF per guru (dinamai NIP dan nama) dan ringkasan.pdf di DIREKTORI' -r -F
complete -c pkguru -n "__fish_pkguru_using_subcommand report" -l lampiran -d 'Lampiran yang dicetak, dipisah koma: 1b, 1c, 1d (bawaan: semua)' -r -f -a "1b\t''
1c\t''
1d\t''"
complete -c pkguru -n "__fish_pkguru_using_subcommand report" -l urut -d 'Urutan daftar guru di ringkasan: nilai (bawaan, tertinggi dulu) atau nama' -r -f -a "nilai\t''
nama\t''"
complete -c pkguru -n "__fish_pkguru_using_subcommand report" -l riwayat -d 'Basis data `pkguru riwayat`: ringkasan sekolah memuat kemajuan AK dan tahap siklus guru-gurunya' -r -F
complete -c pkguru -n "__fish_pkguru_using_subcommand report" -l jobs -d 'Jumlah bagian dokumen yang disusun bersamaan (PDF); bawaan: jumlah inti' -r
complete -c pkguru -n "__fish_pkguru_using_subcommand report" -l dokumen -d 'Dokumen rezim 2023 dari basis data --riwayat, tanpa MASUKAN: konversi (predikat kinerja ke angka kredit), akumulasi (angka kredit) atau integrasi (PAK integrasi)' -r -f -a "konversi\t''
akumulasi\t''
integrasi\t''"
complete -c pkguru -n "__fish_pkguru_using_subcommand report" -l nip -d 'Dengan --dokumen: hanya guru ber-NIP ini (bawaan: semua guru di basis data)' -r
complete -c pkguru -n "__fish_pkguru_using_subcommand report" -l sekolah -d 'Dengan --dokumen: hanya guru sekolah ini' -r
complete -c pkguru -n "__fish_pkguru_using_subcommand report" -l pejabat -d 'Dengan --dokumen: nama pejabat penilai kinerja yang menandatangani (bawaan: baris kosong)' -r
complete -c pkguru -n "__fish_pkguru_using_subcommand report" -l nip-pejabat -d 'Dengan --dokumen: NIP pejabat penilai kinerja' -r
complete -c pkguru -n "__fish_pkguru_using_subcommand report" -l tempat -d 'Dengan --dokumen: tempat penetapan, di atas tanda tangan' -r
complete -c pkguru -n "__fish_pkguru_using_subcommand report" -l tanggal -d 'Dengan --dokumen: tanggal penetapan (mis. 2026-12-03)' -r
complete -c pkguru -n "__fish_pkguru_using_subcommand report" -l kertas -d 'Ukuran kertas: a4 (bawaan) atau f4 (folio, 21,5 × 33 cm)' -r -f -a "a4\t''
f4\t'F4/folio, 21,5 × 33 cm'"
complete -c pkguru -n "__fish_pkguru_using_subcommand report" -l kop -d 'Kop surat di kepala setiap formulir, dari BERKAS TOML (baris, alamat, logo)' -r -F
complete -c pkguru -n "__fish_pkguru_using_subcommand report" -l jenis -d 'Instrumen: kelas (guru kelas/mapel) atau bk (guru BK/konselor); bawaan: dari lembar' -r -f -a "kelas\t''
bk\t''"
complete -c pkguru -n "__fish_pkguru_using_subcommand report" -l instrument -d 'Edisi instrumen lain (CSV: kompetensi,nama_kompetensi,ranah,indikator,uraian); perlu --jenis' -r -F
complete -c pkguru -n "__fish_pkguru_using_subcommand report" -l bands -d 'Konvensi celah tabel predikat: upper (bawaan), lower, round' -r -f -a "upper\t''
lower\t''
round\t''"
complete -c pkguru -n "__fish_pkguru_using_subcommand report" -l sheet -d 'Lembar kerja yang dibaca dari workbook (bawaan: yang pertama)' -r
complete -c pkguru -n "__fish_pkguru_using_subcommand report" -l skema -d 'Berkas skema penilaian sekolah (TOML) yang dinamai lembar skema; boleh berulang. Skema smk-lama sudah tersedia' -r -F
complete -c pkguru -n "__fish_pkguru_using_subcommand report" -l lang -d 'Bahasa keluaran dan pesan: id (Indonesia, bawaan) atau en (English); juga PKGURU_LANG' -r -f -a "id\t'Bahasa Indonesia'
en\t'English'"
complete -c pkguru -n "__fish_pkguru_using_subcommand report" -l tanpa-ringkasan -d 'Tanpa halaman ringkasan sekolah'
complete -c pkguru -n "__fish_pkguru_using_subcommand report" -s q -l quiet -d 'Tanpa ringkasan di keluaran galat'
complete -c pkguru -n "__fish_pkguru_using_subcommand report" -l nomor-urut -d 'Kode indikator berupa nomor urut 1–78 (BK 1–70) menurut instrumen, seperti di sebagian basis data'
complete -c pkguru -n "__fish_pkguru_using_subcommand report" -s h -l help -d 'Tampilkan bantuan'
complete -c pkguru -n "__fish_pkguru_using_subcommand report" -l timpa -l force -d 'Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti)'
complete -c pkguru -n "__fish_pkguru_using_subcommand rank" -l skala -d 'Skala tabel nilai kompetensi: nilai 1 sampai SKALA, target bawaan SKALA (lembar nilai selalu 1–4)' -r
complete -c pkguru -n "__fish_pkguru_using_subcommand rank" -l profil -d 'Profil dari BERKAS CSV (kompetensi,ranah,target,faktor; baris bobot dan core), seperti --profil-bawaan' -r -F
complete -c pkguru -n "__fish_pkguru_using_subcommand rank" -l format -d 'Format keluaran: table, csv, json, xlsx; bawaan: dari ekstensi -o, atau table' -r -f -a "table\t''
csv\t''
json\t''
xlsx\t''"
complete -c pkguru -n "__fish_pkguru_using_subcommand rank" -s o -l output -d 'Tulis ke BERKAS (atomik: berkas lama diganti hanya bila selesai) alih-alih keluaran standar; format dari ekstensinya' -r -F
complete -c pkguru -n "__fish_pkguru_using_subcommand rank" -l csv-dialect -d 'Dialek CSV keluaran: standard (bawaan; koma, UTF-8) atau id (Excel Indonesia: titik koma, BOM, CRLF)' -r -f -a "standard\t'Koma, titik desimal, UTF-8 tanpa BOM, LF'
id\t'Excel Indonesia: titik koma, koma desimal, BOM UTF-8, CRLF'"
complete -c pkguru -n "__fish_pkguru_using_subcommand rank" -l jenis -d 'Instrumen: kelas (guru kelas/mapel) atau bk (guru BK/konselor); bawaan: dari lembar' -r -f -a "kelas\t''
bk\t''"
complete -c pkguru -n "__fish_pkguru_using_subcommand rank" -l instrument -d 'Edisi instrumen lain (CSV: kompetensi,nama_kompetensi,ranah,indikator,uraian); perlu --jenis' -r -F
complete -c pkguru -n "__fish_pkguru_using_subcommand rank" -l bands -d 'Konvensi celah tabel predikat: upper (bawaan), lower, round' -r -f -a "upper\t''
lower\t''
round\t''"
complete -c pkguru -n "__fish_pkguru_using_subcommand rank" -l sheet -d 'Lembar kerja yang dibaca dari workbook (bawaan: yang pertama)' -r
complete -c pkguru -n "__fish_pkguru_using_subcommand rank" -l skema -d 'Berkas skema penilaian sekolah (TOML) yang dinamai lembar skema; boleh berulang. Skema smk-lama sudah tersedia' -r -F
complete -c pkguru -n "__fish_pkguru_using_subcommand rank" -l lang -d 'Bahasa keluaran dan pesan: id (Indonesia, bawaan) atau en (English); juga PKGURU_LANG' -r -f -a "id\t'Bahasa Indonesia'
en\t'English'"
complete -c pkguru -n "__fish_pkguru_using_subcommand rank" -l profil-bawaan -d 'Cetak profil bawaan (CSV, untuk --jenis dan --skala) lalu selesai'
complete -c pkguru -n "__fish_pkguru_using_subcommand rank" -l nomor-urut -d 'Kode indikator berupa nomor urut 1–78 (BK 1–70) menurut instrumen, seperti di sebagian basis data'
complete -c pkguru -n "__fish_pkguru_using_subcommand rank" -s h -l help -d 'Tampilkan bantuan'
complete -c pkguru -n "__fish_pkguru_using_subcommand rank" -l timpa -l force -d 'Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti)'
complete -c pkguru -n "__fish_pkguru_using_subcommand pkb" -l golongan -d 'Golongan sekarang, untuk memeriksa syarat PKB kenaikan pangkat berikutnya' -r
complete -c pkguru -n "__fish_pkguru_using_subcommand pkb" -l format -d 'Format keluaran: table, csv, json, xlsx; bawaan: dari ekstensi -o, selain itu table' -r -f -a "table\t''
csv\t''
json\t''
xlsx\t''"
complete -c pkguru -n "__fish_pkguru_using_subcommand pkb" -s o -l output -d 'Tulis ke BERKAS (atomik: berkas lama diganti hanya bila selesai) alih-alih keluaran standar; format dari ekstensinya' -r -F
complete -c pkguru -n "__fish_pkguru_using_subcommand pkb" -l csv-dialect -d 'Dialek CSV keluaran: standard (bawaan; koma, UTF-8) atau id (Excel Indonesia: titik koma, BOM, CRLF)' -r -f -a "standard\t'Koma, titik desimal, UTF-8 tanpa BOM, LF'
id\t'Excel Indonesia: titik koma, koma desimal, BOM UTF-8, CRLF'"
complete -c pkguru -n "__fish_pkguru_using_subcommand pkb" -l sheet -d 'Lembar kerja workbook yang dibaca' -r
complete -c pkguru -n "__fish_pkguru_using_subcommand pkb" -l lang -d 'Bahasa keluaran dan pesan: id (Indonesia, bawaan) atau en (English); juga PKGURU_LANG' -r -f -a "id\t'Bahasa Indonesia'
en\t'English'"
complete -c pkguru -n "__fish_pkguru_using_subcommand pkb" -l daftar -d 'Cetak katalog kegiatan PKB (kode, subunsur, uraian, angka kredit) lalu berhenti'
complete -c pkguru -n "__fish_pkguru_using_subcommand pkb" -s h -l help -d 'Tampilkan bantuan'
complete -c pkguru -n "__fish_pkguru_using_subcommand pkb" -l timpa -l force -d 'Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti)'
complete -c pkguru -n "__fish_pkguru_using_subcommand riwayat; and not __fish_seen_subcommand_from tambah guru sekolah siklus ekspor" -l db -d 'Berkas basis data; bawaan pkguru.db di folder kerja (juga PKGURU_DB)' -r -F
complete -c pkguru -n "__fish_pkguru_using_subcommand riwayat; and not __fish_seen_subcommand_from tambah guru sekolah siklus ekspor" -l lang -d 'Bahasa keluaran dan pesan: id (Indonesia, bawaan) atau en (English); juga PKGURU_LANG' -r -f -a "id\t'Bahasa Indonesia'
en\t'English'"
complete -c pkguru -n "__fish_pkguru_using_subcommand riwayat; and not __fish_seen_subcommand_from tambah guru sekolah siklus ekspor" -s h -l help -d 'Tampilkan bantuan'
complete -c pkguru -n "__fish_pkguru_using_subcommand riwayat; and not __fish_seen_subcommand_from tambah guru sekolah siklus ekspor" -l timpa -l force -d 'Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti)'
complete -c pkguru -n "__fish_pkguru_using_subcommand riwayat; and not __fish_seen_subcommand_from tambah guru sekolah siklus ekspor" -f -a "tambah" -d 'Menambahkan hasil satu periode (masukan apa pun yang dibaca batch, atau rekap pkguru), PAK terakhir, atau AK PKB/penunjang'
complete -c pkguru -n "__fish_pkguru_using_subcommand riwayat; and not __fish_seen_subcommand_from tambah guru sekolah siklus ekspor" -f -a "guru" -d 'Riwayat seorang guru: hasil per periode, AK sejak PAK terakhir, kekurangan, proyeksi'
complete -c pkguru -n "__fish_pkguru_using_subcommand riwayat; and not __fish_seen_subcommand_from tambah guru sekolah siklus ekspor" -f -a "sekolah" -d 'Ringkasan per guru: periode terakhir, kemajuan AK, siap naik pangkat, belum dinilai, tahap siklus'
complete -c pkguru -n "__fish_pkguru_using_subcommand riwayat; and not __fish_seen_subcommand_from tambah guru sekolah siklus ekspor" -f -a "siklus" -d 'Mencatat tahap siklus kinerja seorang guru (diskusi-persiapan, observasi, diskusi-tindak-lanjut, upaya-tindak-lanjut, refleksi)'
complete -c pkguru -n "__fish_pkguru_using_subcommand riwayat; and not __fish_seen_subcommand_from tambah guru sekolah siklus ekspor" -f -a "ekspor" -d 'Mengekspor seluruh isi basis data sebagai CSV (satu berkas per tabel) atau JSON'
complete -c pkguru -n "__fish_pkguru_using_subcommand riwayat; and __fish_seen_subcommand_from tambah" -l periode -d 'Periode: tahun (2026) atau semester (2026-1); bawaan: periode yang disebut lembar-lembarnya' -r
complete -c pkguru -n "__fish_pkguru_using_subcommand riwayat; and __fish_seen_subcommand_from tambah" -l pak -d 'PAK terakhir per guru (CSV: nip, golongan, tmt, ak_kumulatif, periode); AK kumulatif di atas minimal golongannya (2009) atau nilai dasar jenjangnya (2023) dibawa ke kenaikan berikutnya' -r -F
complete -c pkguru -n "__fish_pkguru_using_subcommand riwayat; and __fish_seen_subcommand_from tambah" -l ak-lain -d 'AK PKB dan penunjang per guru untuk --periode (CSV: nip, pkb, penunjang)' -r -F
complete -c pkguru -n "__fish_pkguru_using_subcommand riwayat; and __fish_seen_subcommand_from tambah" -l pkb-daftar -d 'Daftar kegiatan PKB seorang guru (lihat `pkguru pkb`) untuk --periode; perlu --nip' -r -F
complete -c pkguru -n "__fish_pkguru_using_subcommand riwayat; and __fish_seen_subcommand_from tambah" -l nip -d 'NIP guru pemilik --pkb-daftar' -r
complete -c pkguru -n "__fish_pkguru_using_subcommand riwayat; and __fish_seen_subcommand_from tambah" -l regime -d 'Rezim angka kredit periode ini: 2009 (bawaan; AK per tahun PK Guru) atau 2023 (predikat kinerja × koefisien jenjang)' -r -f -a "2009\t''
2023\t''"
complete -c pkguru -n "__fish_pkguru_using_subcommand riwayat; and __fish_seen_subcommand_from tambah" -l bulan -d 'Rezim 2023: lama periode dalam bulan (1–12); bawaan 12' -r
complete -c pkguru -n "__fish_pkguru_using_subcommand riwayat; and __fish_seen_subcommand_from tambah" -l jenis -d 'Instrumen: kelas (guru kelas/mapel) atau bk (guru BK/konselor); bawaan: dari lembar' -r -f -a "kelas\t''
bk\t''"
complete -c pkguru -n "__fish_pkguru_using_subcommand riwayat; and __fish_seen_subcommand_from tambah" -l instrument -d 'Edisi instrumen lain (CSV: kompetensi,nama_kompetensi,ranah,indikator,uraian); perlu --jenis' -r -F
complete -c pkguru -n "__fish_pkguru_using_subcommand riwayat; and __fish_seen_subcommand_from tambah" -l bands -d 'Konvensi celah tabel predikat: upper (bawaan), lower, round' -r -f -a "upper\t''
lower\t''
round\t''"
complete -c pkguru -n "__fish_pkguru_using_subcommand riwayat; and __fish_seen_subcommand_from tambah" -l sheet -d 'Lembar kerja yang dibaca dari workbook (bawaan: yang pertama)' -r
complete -c pkguru -n "__fish_pkguru_using_subcommand riwayat; and __fish_seen_subcommand_from tambah" -l skema -d 'Berkas skema penilaian sekolah (TOML) yang dinamai lembar skema; boleh berulang. Skema smk-lama sudah tersedia' -r -F
complete -c pkguru -n "__fish_pkguru_using_subcommand riwayat; and __fish_seen_subcommand_from tambah" -l db -d 'Berkas basis data; bawaan pkguru.db di folder kerja (juga PKGURU_DB)' -r -F
complete -c pkguru -n "__fish_pkguru_using_subcommand riwayat; and __fish_seen_subcommand_from tambah" -l lang -d 'Bahasa keluaran dan pesan: id (Indonesia, bawaan) atau en (English); juga PKGURU_LANG' -r -f -a "id\t'Bahasa Indonesia'
en\t'English'"
complete -c pkguru -n "__fish_pkguru_using_subcommand riwayat; and __fish_seen_subcommand_from tambah" -l ganti -d 'Ganti hasil periode itu yang sudah ada (tanpa ini, impor ulang ditolak)'
complete -c pkguru -n "__fish_pkguru_using_subcommand riwayat; and __fish_seen_subcommand_from tambah" -l nomor-urut -d 'Kode indikator berupa nomor urut 1–78 (BK 1–70) menurut instrumen, seperti di sebagian basis data'
complete -c pkguru -n "__fish_pkguru_using_subcommand riwayat; and __fish_seen_subcommand_from tambah" -s h -l help -d 'Tampilkan bantuan'
complete -c pkguru -n "__fish_pkguru_using_subcommand riwayat; and __fish_seen_subcommand_from tambah" -l timpa -l force -d 'Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti)'
complete -c pkguru -n "__fish_pkguru_using_subcommand riwayat; and __fish_seen_subcommand_from guru" -l format -d 'Format keluaran: table, csv, json, xlsx (satu baris per periode); bawaan: dari ekstensi -o, selain itu table' -r -f -a "table\t''
csv\t''
json\t''
xlsx\t''"
complete -c pkguru -n "__fish_pkguru_using_subcommand riwayat; and __fish_seen_subcommand_from guru" -s o -l output -d 'Tulis ke BERKAS (atomik: berkas lama diganti hanya bila selesai) alih-alih keluaran standar; format dari ekstensinya' -r -F
complete -c pkguru -n "__fish_pkguru_using_subcommand riwayat; and __fish_seen_subcommand_from guru" -l csv-dialect -d 'Dialek CSV keluaran: standard (bawaan; koma, UTF-8) atau id (Excel Indonesia: titik koma, BOM, CRLF)' -r -f -a "standard\t'Koma, titik desimal, UTF-8 tanpa BOM, LF'
id\t'Excel Indonesia: titik koma, koma desimal, BOM UTF-8, CRLF'"
complete -c pkguru -n "__fish_pkguru_using_subcommand riwayat; and __fish_seen_subcommand_from guru" -l db -d 'Berkas basis data; bawaan pkguru.db di folder kerja (juga PKGURU_DB)' -r -F
complete -c pkguru -n "__fish_pkguru_using_subcommand riwayat; and __fish_seen_subcommand_from guru" -l lang -d 'Bahasa keluaran dan pesan: id (Indonesia, bawaan) atau en (English); juga PKGURU_LANG' -r -f -a "id\t'Bahasa Indonesia'
en\t'English'"
complete -c pkguru -n "__fish_pkguru_using_subcommand riwayat; and __fish_seen_subcommand_from guru" -s h -l help -d 'Tampilkan bantuan'
complete -c pkguru -n "__fish_pkguru_using_subcommand riwayat; and __fish_seen_subcommand_from guru" -l timpa -l force -d 'Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti)'
complete -c pkguru -n "__fish_pkguru_using_subcommand riwayat; and __fish_seen_subcommand_from sekolah" -l sekolah -d 'Hanya guru sekolah ini' -r
complete -c pkguru -n "__fish_pkguru_using_subcommand riwayat; and __fish_seen_subcommand_from sekolah" -l periode -d 'Periode berjalan; bawaan: periode terakhir di basis data' -r
complete -c pkguru -n "__fish_pkguru_using_subcommand riwayat; and __fish_seen_subcommand_from sekolah" -l format -d 'Format keluaran: table, csv, json, xlsx; bawaan: dari ekstensi -o, selain itu table' -r -f -a "table\t''
csv\t''
json\t''
xlsx\t''"
complete -c pkguru -n "__fish_pkguru_using_subcommand riwayat; and __fish_seen_subcommand_from sekolah" -s o -l output -d 'Tulis ke BERKAS (atomik: berkas lama diganti hanya bila selesai) alih-alih keluaran standar; format dari ekstensinya' -r -F
complete -c pkguru -n "__fish_pkguru_using_subcommand riwayat; and __fish_seen_subcommand_from sekolah" -l csv-dialect -d 'Dialek CSV keluaran: standard (bawaan; koma, UTF-8) atau id (Excel Indonesia: titik koma, BOM, CRLF)' -r -f -a "standard\t'Koma, titik desimal, UTF-8 tanpa BOM, LF'
id\t'Excel Indonesia: titik koma, koma desimal, BOM UTF-8, CRLF'"
complete -c pkguru -n "__fish_pkguru_using_subcommand riwayat; and __fish_seen_subcommand_from sekolah" -l db -d 'Berkas basis data; bawaan pkguru.db di folder kerja (juga PKGURU_DB)' -r -F
complete -c pkguru -n "__fish_pkguru_using_subcommand riwayat; and __fish_seen_subcommand_from sekolah" -l lang -d 'Bahasa keluaran dan pesan: id (Indonesia, bawaan) atau en (English); juga PKGURU_LANG' -r -f -a "id\t'Bahasa Indonesia'
en\t'English'"
complete -c pkguru -n "__fish_pkguru_using_subcommand riwayat; and __fish_seen_subcommand_from sekolah" -s h -l help -d 'Tampilkan bantuan'
complete -c pkguru -n "__fish_pkguru_using_subcommand riwayat; and __fish_seen_subcommand_from sekolah" -l timpa -l force -d 'Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti)'
complete -c pkguru -n "__fish_pkguru_using_subcommand riwayat; and __fish_seen_subcommand_from siklus" -l periode -d 'Periode siklus, mis. 2026-1 (Januari–Juni) atau 2026-2 (Juli–Desember)' -r
complete -c pkguru -n "__fish_pkguru_using_subcommand riwayat; and __fish_seen_subcommand_from siklus" -l tahap -d 'Tahap: diskusi-persiapan, observasi, diskusi-tindak-lanjut, upaya-tindak-lanjut, refleksi' -r -f -a "diskusi-persiapan\t''
observasi\t''
diskusi-tindak-lanjut\t''
upaya-tindak-lanjut\t''
refleksi\t''"
complete -c pkguru -n "__fish_pkguru_using_subcommand riwayat; and __fish_seen_subcommand_from siklus" -l tanggal -d 'Tanggal tahap: 2026-03-12, atau hari dulu 12-03-2026' -r
complete -c pkguru -n "__fish_pkguru_using_subcommand riwayat; and __fish_seen_subcommand_from siklus" -l catatan -d 'Catatan (ditampilkan oleh `riwayat guru` dan `riwayat sekolah`)' -r
complete -c pkguru -n "__fish_pkguru_using_subcommand riwayat; and __fish_seen_subcommand_from siklus" -l db -d 'Berkas basis data; bawaan pkguru.db di folder kerja (juga PKGURU_DB)' -r -F
complete -c pkguru -n "__fish_pkguru_using_subcommand riwayat; and __fish_seen_subcommand_from siklus" -l lang -d 'Bahasa keluaran dan pesan: id (Indonesia, bawaan) atau en (English); juga PKGURU_LANG' -r -f -a "id\t'Bahasa Indonesia'
en\t'English'"
complete -c pkguru -n "__fish_pkguru_using_subcommand riwayat; and __fish_seen_subcommand_from siklus" -l ganti -d 'Ganti tahap yang sudah dicatat untuk periode itu (tanggal dan catatannya hilang)'
complete -c pkguru -n "__fish_pkguru_using_subcommand riwayat; and __fish_seen_subcommand_from siklus" -s h -l help -d 'Tampilkan bantuan'
complete -c pkguru -n "__fish_pkguru_using_subcommand riwayat; and __fish_seen_subcommand_from siklus" -l timpa -l force -d 'Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti)'
complete -c pkguru -n "__fish_pkguru_using_subcommand riwayat; and __fish_seen_subcommand_from ekspor" -l format -d 'Format: json (satu berkas) atau csv (satu berkas per tabel di direktori -o)' -r -f -a "csv\t''
json\t''"
complete -c pkguru -n "__fish_pkguru_using_subcommand riwayat; and __fish_seen_subcommand_from ekspor" -s o -l output -d 'Berkas (json) atau direktori (csv) tujuan; json tanpa -o ke keluaran standar' -r -F
complete -c pkguru -n "__fish_pkguru_using_subcommand riwayat; and __fish_seen_subcommand_from ekspor" -l db -d 'Berkas basis data; bawaan pkguru.db di folder kerja (juga PKGURU_DB)' -r -F
complete -c pkguru -n "__fish_pkguru_using_subcommand riwayat; and __fish_seen_subcommand_from ekspor" -l lang -d 'Bahasa keluaran dan pesan: id (Indonesia, bawaan) atau en (English); juga PKGURU_LANG' -r -f -a "id\t'Bahasa Indonesia'
en\t'English'"
complete -c pkguru -n "__fish_pkguru_using_subcommand riwayat; and __fish_seen_subcommand_from ekspor" -s h -l help -d 'Tampilkan bantuan'
complete -c pkguru -n "__fish_pkguru_using_subcommand riwayat; and __fish_seen_subcommand_from ekspor" -l timpa -l force -d 'Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti)'
complete -c pkguru -n "__fish_pkguru_using_subcommand skema; and not __fish_seen_subcommand_from template periksa" -l lang -d 'Bahasa keluaran dan pesan: id (Indonesia, bawaan) atau en (English); juga PKGURU_LANG' -r -f -a "id\t'Bahasa Indonesia'
en\t'English'"
complete -c pkguru -n "__fish_pkguru_using_subcommand skema; and not __fish_seen_subcommand_from template periksa" -s h -l help -d 'Tampilkan bantuan'
complete -c pkguru -n "__fish_pkguru_using_subcommand skema; and not __fish_seen_subcommand_from template periksa" -l timpa -l force -d 'Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti)'
complete -c pkguru -n "__fish_pkguru_using_subcommand skema; and not __fish_seen_subcommand_from template periksa" -f -a "template" -d 'Menulis lembar isian sebuah skema (satu guru, atau format lebar satu sekolah)'
complete -c pkguru -n "__fish_pkguru_using_subcommand skema; and not __fish_seen_subcommand_from template periksa" -f -a "periksa" -d 'Memeriksa berkas skema dan menampilkan aspek, bobot, indikator dan predikatnya'
complete -c pkguru -n "__fish_pkguru_using_subcommand skema; and __fish_seen_subcommand_from template" -l format -d 'Format: csv atau xlsx; bawaan: dari ekstensi -o, selain itu csv' -r -f -a "csv\t''
xlsx\t''"
complete -c pkguru -n "__fish_pkguru_using_subcommand skema; and __fish_seen_subcommand_from template" -s o -l output -d 'Tulis ke BERKAS (atomik: berkas lama diganti hanya bila selesai) alih-alih keluaran standar; format dari ekstensinya' -r -F
complete -c pkguru -n "__fish_pkguru_using_subcommand skema; and __fish_seen_subcommand_from template" -l csv-dialect -d 'Dialek CSV keluaran: standard (bawaan; koma, UTF-8) atau id (Excel Indonesia: titik koma, BOM, CRLF)' -r -f -a "standard\t'Koma, titik desimal, UTF-8 tanpa BOM, LF'
id\t'Excel Indonesia: titik koma, koma desimal, BOM UTF-8, CRLF'"
complete -c pkguru -n "__fish_pkguru_using_subcommand skema; and __fish_seen_subcommand_from template" -l lang -d 'Bahasa keluaran dan pesan: id (Indonesia, bawaan) atau en (English); juga PKGURU_LANG' -r -f -a "id\t'Bahasa Indonesia'
en\t'English'"
complete -c pkguru -n "__fish_pkguru_using_subcommand skema; and __fish_seen_subcommand_from template" -l wide -d 'Format lebar: kolom skema dan identitas, lalu satu kolom per indikator, satu baris per guru'
complete -c pkguru -n "__fish_pkguru_using_subcommand skema; and __fish_seen_subcommand_from template" -s h -l help -d 'Tampilkan bantuan'
complete -c pkguru -n "__fish_pkguru_using_subcommand skema; and __fish_seen_subcommand_from template" -l timpa -l force -d 'Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti)'
complete -c pkguru -n "__fish_pkguru_using_subcommand skema; and __fish_seen_subcommand_from periksa" -l lang -d 'Bahasa keluaran dan pesan: id (Indonesia, bawaan) atau en (English); juga PKGURU_LANG' -r -f -a "id\t'Bahasa Indonesia'
en\t'English'"
complete -c pkguru -n "__fish_pkguru_using_subcommand skema; and __fish_seen_subcommand_from periksa" -s h -l help -d 'Tampilkan bantuan'
complete -c pkguru -n "__fish_pkguru_using_subcommand skema; and __fish_seen_subcommand_from periksa" -l timpa -l force -d 'Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti)'
complete -c pkguru -n "__fish_pkguru_using_subcommand help" -l lang -d 'Bahasa keluaran dan pesan: id (Indonesia, bawaan) atau en (English); juga PKGURU_LANG' -r -f -a "id\t'Bahasa Indonesia'
en\t'English'"
complete -c pkguru -n "__fish_pkguru_using_subcommand help" -s h -l help -d 'Tampilkan bantuan'
complete -c pkguru -n "__fish_pkguru_using_subcommand help" -l timpa -l force -d 'Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti)'
complete -c pkguru -n "__fish_pkguru_using_subcommand completions" -l lang -d 'Bahasa keluaran dan pesan: id (Indonesia, bawaan) atau en (English); juga PKGURU_LANG' -r -f -a "id\t'Bahasa Indonesia'
en\t'English'"
complete -c pkguru -n "__fish_pkguru_using_subcommand completions" -s h -l help -d 'Tampilkan bantuan'
complete -c pkguru -n "__fish_pkguru_using_subcommand completions" -l timpa -l force -d 'Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti)'
complete -c pkguru -n "__fish_pkguru_using_subcommand man" -l lang -d 'Bahasa keluaran dan pesan: id (Indonesia, bawaan) atau en (English); juga PKGURU_LANG' -r -f -a "id\t'Bahasa Indonesia'
en\t'English'"
complete -c pkguru -n "__fish_pkguru_using_subcommand man" -s h -l help -d 'Tampilkan bantuan'
complete -c pkguru -n "__fish_pkguru_using_subcommand man" -l timpa -l force -d 'Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti)'
