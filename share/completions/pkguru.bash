_pkguru() {
    local i cur prev opts cmd
    COMPREPLY=()
    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
        cur="$2"
    else
        cur="${COMP_WORDS[COMP_CWORD]}"
    fi
    prev="$3"
    cmd=""
    opts=""

    for i in "${COMP_WORDS[@]:0:COMP_CWORD}"
    do
        case "${cmd},${i}" in
            ",$1")
                cmd="pkguru"
                ;;
            pkguru,batch)
                cmd="pkguru__subcmd__batch"
                ;;
            pkguru,check)
                cmd="pkguru__subcmd__check"
                ;;
            pkguru,completions)
                cmd="pkguru__subcmd__completions"
                ;;
            pkguru,credit)
                cmd="pkguru__subcmd__credit"
                ;;
            pkguru,help)
                cmd="pkguru__subcmd__help"
                ;;
            pkguru,man)
                cmd="pkguru__subcmd__man"
                ;;
            pkguru,pkb)
                cmd="pkguru__subcmd__pkb"
                ;;
            pkguru,rank)
                cmd="pkguru__subcmd__rank"
                ;;
            pkguru,report)
                cmd="pkguru__subcmd__report"
                ;;
            pkguru,riwayat)
                cmd="pkguru__subcmd__riwayat"
                ;;
            pkguru,score)
                cmd="pkguru__subcmd__score"
                ;;
            pkguru,skema)
                cmd="pkguru__subcmd__skema"
                ;;
            pkguru,template)
                cmd="pkguru__subcmd__template"
                ;;
            pkguru__subcmd__riwayat,ekspor)
                cmd="pkguru__subcmd__riwayat__subcmd__ekspor"
                ;;
            pkguru__subcmd__riwayat,guru)
                cmd="pkguru__subcmd__riwayat__subcmd__guru"
                ;;
            pkguru__subcmd__riwayat,sekolah)
                cmd="pkguru__subcmd__riwayat__subcmd__sekolah"
                ;;
            pkguru__subcmd__riwayat,siklus)
                cmd="pkguru__subcmd__riwayat__subcmd__siklus"
                ;;
            pkguru__subcmd__riwayat,tambah)
                cmd="pkguru__subcmd__riwayat__subcmd__tambah"
                ;;
            pkguru__subcmd__skema,periksa)
                cmd="pkguru__subcmd__skema__subcmd__periksa"
                ;;
            pkguru__subcmd__skema,template)
                cmd="pkguru__subcmd__skema__subcmd__template"
                ;;
            *)
                ;;
        esac
    done

    case "${cmd}" in
        pkguru)
            opts="-h -V --lang --force --timpa --help --version template score credit batch check report rank pkb riwayat skema help completions man"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 1 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --lang)
                    COMPREPLY=($(compgen -W "id en" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pkguru__subcmd__batch)
            opts="-q -o -h --format --jobs --errors --quiet --output --csv-dialect --jenis --instrument --bands --sheet --nomor-urut --skema --help --lang --force --timpa"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "csv json jsonl xlsx" -- "${cur}"))
                    return 0
                    ;;
                --jobs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --csv-dialect)
                    COMPREPLY=($(compgen -W "standard id" -- "${cur}"))
                    return 0
                    ;;
                --jenis)
                    COMPREPLY=($(compgen -W "kelas bk" -- "${cur}"))
                    return 0
                    ;;
                --instrument)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --bands)
                    COMPREPLY=($(compgen -W "upper lower round" -- "${cur}"))
                    return 0
                    ;;
                --sheet)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skema)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --lang)
                    COMPREPLY=($(compgen -W "id en" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pkguru__subcmd__check)
            opts="-h --format --jobs --jenis --instrument --bands --sheet --nomor-urut --skema --help --lang --force --timpa"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "text json github" -- "${cur}"))
                    return 0
                    ;;
                --jobs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jenis)
                    COMPREPLY=($(compgen -W "kelas bk" -- "${cur}"))
                    return 0
                    ;;
                --instrument)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --bands)
                    COMPREPLY=($(compgen -W "upper lower round" -- "${cur}"))
                    return 0
                    ;;
                --sheet)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skema)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --lang)
                    COMPREPLY=($(compgen -W "id en" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pkguru__subcmd__completions)
            opts="-h --help --lang --force --timpa bash zsh fish powershell elvish"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --lang)
                    COMPREPLY=($(compgen -W "id en" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pkguru__subcmd__credit)
            opts="-o -h --regime --nilai --total --predikat --jenis --bands --jenjang --bulan --format --output --csv-dialect --golongan --jam --konseli --tugas-tambahan --nilai-tambahan --pkb --tambahan --tugas --ak-pkb --ak-penunjang --help --lang --force --timpa"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --regime)
                    COMPREPLY=($(compgen -W "2009 2023" -- "${cur}"))
                    return 0
                    ;;
                --nilai)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --total)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --predikat)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jenis)
                    COMPREPLY=($(compgen -W "kelas bk" -- "${cur}"))
                    return 0
                    ;;
                --bands)
                    COMPREPLY=($(compgen -W "upper lower round" -- "${cur}"))
                    return 0
                    ;;
                --jenjang)
                    COMPREPLY=($(compgen -W "ahli-pertama ahli-muda ahli-madya ahli-utama" -- "${cur}"))
                    return 0
                    ;;
                --bulan)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json" -- "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --csv-dialect)
                    COMPREPLY=($(compgen -W "standard id" -- "${cur}"))
                    return 0
                    ;;
                --golongan)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jam)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --konseli)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tugas-tambahan)
                    COMPREPLY=($(compgen -W "kepala-sekolah wakil-kepala ketua-program kepala-perpustakaan kepala-laboratorium" -- "${cur}"))
                    return 0
                    ;;
                --nilai-tambahan)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pkb)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tambahan)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tugas)
                    COMPREPLY=($(compgen -W "wali-kelas tim-kurikulum pembimbing-guru-pemula pembina-ekstrakurikuler pengawas-penilaian pembimbing-publikasi sementara" -- "${cur}"))
                    return 0
                    ;;
                --ak-pkb)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ak-penunjang)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --lang)
                    COMPREPLY=($(compgen -W "id en" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pkguru__subcmd__help)
            opts="-h --help --lang --force --timpa"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --lang)
                    COMPREPLY=($(compgen -W "id en" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pkguru__subcmd__man)
            opts="-h --help --lang --force --timpa"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --lang)
                    COMPREPLY=($(compgen -W "id en" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pkguru__subcmd__pkb)
            opts="-o -h --daftar --golongan --format --output --csv-dialect --sheet --help --lang --force --timpa"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --golongan)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table csv json xlsx" -- "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --csv-dialect)
                    COMPREPLY=($(compgen -W "standard id" -- "${cur}"))
                    return 0
                    ;;
                --sheet)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --lang)
                    COMPREPLY=($(compgen -W "id en" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pkguru__subcmd__rank)
            opts="-o -h --skala --profil --profil-bawaan --format --output --csv-dialect --jenis --instrument --bands --sheet --nomor-urut --skema --help --lang --force --timpa"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --skala)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profil)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table csv json xlsx" -- "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --csv-dialect)
                    COMPREPLY=($(compgen -W "standard id" -- "${cur}"))
                    return 0
                    ;;
                --jenis)
                    COMPREPLY=($(compgen -W "kelas bk" -- "${cur}"))
                    return 0
                    ;;
                --instrument)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --bands)
                    COMPREPLY=($(compgen -W "upper lower round" -- "${cur}"))
                    return 0
                    ;;
                --sheet)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skema)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --lang)
                    COMPREPLY=($(compgen -W "id en" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pkguru__subcmd__report)
            opts="-o -q -h --output --format --split --lampiran --urut --tanpa-ringkasan --riwayat --jobs --dokumen --nip --sekolah --pejabat --nip-pejabat --tempat --tanggal --kertas --kop --quiet --jenis --instrument --bands --sheet --nomor-urut --skema --help --lang --force --timpa"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "html pdf" -- "${cur}"))
                    return 0
                    ;;
                --split)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --lampiran)
                    COMPREPLY=($(compgen -W "1b 1c 1d" -- "${cur}"))
                    return 0
                    ;;
                --urut)
                    COMPREPLY=($(compgen -W "nilai nama" -- "${cur}"))
                    return 0
                    ;;
                --riwayat)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jobs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dokumen)
                    COMPREPLY=($(compgen -W "konversi akumulasi integrasi" -- "${cur}"))
                    return 0
                    ;;
                --nip)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sekolah)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pejabat)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nip-pejabat)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tempat)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tanggal)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --kertas)
                    COMPREPLY=($(compgen -W "a4 f4" -- "${cur}"))
                    return 0
                    ;;
                --kop)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jenis)
                    COMPREPLY=($(compgen -W "kelas bk" -- "${cur}"))
                    return 0
                    ;;
                --instrument)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --bands)
                    COMPREPLY=($(compgen -W "upper lower round" -- "${cur}"))
                    return 0
                    ;;
                --sheet)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skema)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --lang)
                    COMPREPLY=($(compgen -W "id en" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pkguru__subcmd__riwayat)
            opts="-h --db --help --lang --force --timpa tambah guru sekolah siklus ekspor"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --lang)
                    COMPREPLY=($(compgen -W "id en" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pkguru__subcmd__riwayat__subcmd__ekspor)
            opts="-o -h --format --output --help --db --lang --force --timpa"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "csv json" -- "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --lang)
                    COMPREPLY=($(compgen -W "id en" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pkguru__subcmd__riwayat__subcmd__guru)
            opts="-o -h --format --output --csv-dialect --help --db --lang --force --timpa"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table csv json xlsx" -- "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --csv-dialect)
                    COMPREPLY=($(compgen -W "standard id" -- "${cur}"))
                    return 0
                    ;;
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --lang)
                    COMPREPLY=($(compgen -W "id en" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pkguru__subcmd__riwayat__subcmd__sekolah)
            opts="-o -h --sekolah --periode --format --output --csv-dialect --help --db --lang --force --timpa"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --sekolah)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --periode)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table csv json xlsx" -- "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --csv-dialect)
                    COMPREPLY=($(compgen -W "standard id" -- "${cur}"))
                    return 0
                    ;;
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --lang)
                    COMPREPLY=($(compgen -W "id en" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pkguru__subcmd__riwayat__subcmd__siklus)
            opts="-h --periode --tahap --tanggal --catatan --ganti --help --db --lang --force --timpa"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --periode)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tahap)
                    COMPREPLY=($(compgen -W "diskusi-persiapan observasi diskusi-tindak-lanjut upaya-tindak-lanjut refleksi" -- "${cur}"))
                    return 0
                    ;;
                --tanggal)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --catatan)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --lang)
                    COMPREPLY=($(compgen -W "id en" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pkguru__subcmd__riwayat__subcmd__tambah)
            opts="-h --periode --ganti --pak --ak-lain --pkb-daftar --nip --regime --bulan --jenis --instrument --bands --sheet --nomor-urut --skema --help --db --lang --force --timpa"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --periode)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pak)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ak-lain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pkb-daftar)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nip)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --regime)
                    COMPREPLY=($(compgen -W "2009 2023" -- "${cur}"))
                    return 0
                    ;;
                --bulan)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jenis)
                    COMPREPLY=($(compgen -W "kelas bk" -- "${cur}"))
                    return 0
                    ;;
                --instrument)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --bands)
                    COMPREPLY=($(compgen -W "upper lower round" -- "${cur}"))
                    return 0
                    ;;
                --sheet)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skema)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --lang)
                    COMPREPLY=($(compgen -W "id en" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pkguru__subcmd__score)
            opts="-o -h --jenis --instrument --bands --sheet --nomor-urut --skema --format --output --csv-dialect --golongan --jam --konseli --tugas-tambahan --nilai-tambahan --pkb --tambahan --tugas --ak-pkb --ak-penunjang --help --lang --force --timpa"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --jenis)
                    COMPREPLY=($(compgen -W "kelas bk" -- "${cur}"))
                    return 0
                    ;;
                --instrument)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --bands)
                    COMPREPLY=($(compgen -W "upper lower round" -- "${cur}"))
                    return 0
                    ;;
                --sheet)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skema)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json csv" -- "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --csv-dialect)
                    COMPREPLY=($(compgen -W "standard id" -- "${cur}"))
                    return 0
                    ;;
                --golongan)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jam)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --konseli)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tugas-tambahan)
                    COMPREPLY=($(compgen -W "kepala-sekolah wakil-kepala ketua-program kepala-perpustakaan kepala-laboratorium" -- "${cur}"))
                    return 0
                    ;;
                --nilai-tambahan)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pkb)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tambahan)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tugas)
                    COMPREPLY=($(compgen -W "wali-kelas tim-kurikulum pembimbing-guru-pemula pembina-ekstrakurikuler pengawas-penilaian pembimbing-publikasi sementara" -- "${cur}"))
                    return 0
                    ;;
                --ak-pkb)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ak-penunjang)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --lang)
                    COMPREPLY=($(compgen -W "id en" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pkguru__subcmd__skema)
            opts="-h --help --lang --force --timpa template periksa"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --lang)
                    COMPREPLY=($(compgen -W "id en" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pkguru__subcmd__skema__subcmd__periksa)
            opts="-h --help --lang --force --timpa"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --lang)
                    COMPREPLY=($(compgen -W "id en" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pkguru__subcmd__skema__subcmd__template)
            opts="-o -h --wide --format --output --csv-dialect --help --lang --force --timpa"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "csv xlsx" -- "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --csv-dialect)
                    COMPREPLY=($(compgen -W "standard id" -- "${cur}"))
                    return 0
                    ;;
                --lang)
                    COMPREPLY=($(compgen -W "id en" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pkguru__subcmd__template)
            opts="-o -h --jenis --kejuruan --wide --format --output --csv-dialect --help --lang --force --timpa"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --jenis)
                    COMPREPLY=($(compgen -W "kelas bk campur evaluasi-diri kepala-sekolah wakil-kepala-kurikulum wakil-kepala-kesiswaan wakil-kepala-sarana wakil-kepala-humas kepala-laboratorium kepala-perpustakaan" -- "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "csv json xlsx" -- "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --csv-dialect)
                    COMPREPLY=($(compgen -W "standard id" -- "${cur}"))
                    return 0
                    ;;
                --lang)
                    COMPREPLY=($(compgen -W "id en" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
    esac
}

if [[ "${BASH_VERSINFO[0]}" -eq 4 && "${BASH_VERSINFO[1]}" -ge 4 || "${BASH_VERSINFO[0]}" -gt 4 ]]; then
    complete -F _pkguru -o nosort -o bashdefault -o default pkguru
else
    complete -F _pkguru -o bashdefault -o default pkguru
fi
