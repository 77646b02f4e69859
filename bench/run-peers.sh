#!/usr/bin/env bash
# XorGen versus hand-written C (cblas_sgemm from OpenBLAS, from BLIS, libxsmm's JIT GEMMs) and PyTorch: online SGD
# on the Glasgow XOR model, back to back on the same configurations.
#
#   bash bench/run-peers.sh                  # 3 s per measurement, one round
#   SECONDS_PER_RUN=10 REPEATS=5 bash bench/run-peers.sh   # five alternating rounds: cells show "median (best)"
#   XORGEN_KERNEL=generic bash bench/run-peers.sh   # force a kernel (auto: generated when compiled for the spec and
#                                                   # accepting the thread count, else generic)
#   PEERS="xorgen c-openblas" bash bench/run-peers.sh   # a subset (xorgen c-openblas c-blis c-libxsmm torch)
#   CONFIGS="32 128 32 1" bash bench/run-peers.sh       # a subset of the rows ("d m B threads", comma-separated)
#
# XorGen side: `XorGen.Bench peers` (bench/XorGen.Bench/PeersMode.cs). C side: bench/peers/c_xor.c, compiled here with
# gcc -O3 -march=native once per library into $PEERS_BUILD (default bench/peers/bin/); each binary checks one step
# against naive double loops before it times anything and prints check=ok (a failed check is shown as "bad").
# PyTorch side: bench/peers/torch_xor.py with Debian's python3-torch and the pthread OpenBLAS. bench/setup-peers.sh
# installs all of them. OPENBLAS_NUM_THREADS, BLIS_NUM_THREADS, OMP_NUM_THREADS and torch.set_num_threads are
# pinned to the thread count of the row; libxsmm's kernels are single-threaded, so it runs only in 1-thread rows.
# OMP_WAIT_POLICY=PASSIVE: torch (and the OpenMP BLIS) run element-wise ops on libgomp's pool; with libgomp's default
# active spin-wait the pools fight over the cores (measured here at 2 threads on 2 cores: 12 steps/s spinning versus
# 800 passive), so every peer gets its faster setting.
# Prints one table: steps/s of each and the ratio XorGen / best C peer. Exit code 1 if a XorGen measurement failed
# or a C peer failed its check.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
seconds="${SECONDS_PER_RUN:-3}"
repeats="${REPEATS:-1}"
kernel="${XORGEN_KERNEL:-auto}"
peers="${PEERS:-xorgen c-openblas c-blis c-libxsmm torch}"
build="${PEERS_BUILD:-$here/peers/bin}"
python=/usr/bin/python3
arch="$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || echo x86_64-linux-gnu)"
# d m B threads
configs=("128 512 128 1" "32 128 32 1" "128 512 128 2" "32 128 32 2")
# CONFIGS="32 128 32 1,128 512 128 1" runs only those rows ("d m B threads", comma-separated)
if [[ -n "${CONFIGS:-}" ]]; then
    IFS=',' read -ra configs <<< "$CONFIGS"
    for config in "${configs[@]}"; do
        [[ "$config" =~ ^\ *[1-9][0-9]*\ +[1-9][0-9]*\ +[1-9][0-9]*\ +[1-9][0-9]*\ *$ ]] || { echo "run-peers: CONFIGS entry '$config' is not 'd m B threads'" >&2; exit 2; }
    done
fi
want() { [[ " $peers " == *" $1 "* ]]; }

dotnet build "$here/XorGen.Bench/XorGen.Bench.csproj" -c Release -v quiet -nologo >&2 || { echo "run-peers: build failed" >&2; exit 1; }
bench="$here/XorGen.Bench/bin/Release/net10.0/XorGen.Bench"

# Builds one C peer; prints why not when its compiler or library is missing.
declare -A cbin
build_c() {
    local name="$1" define="$2"; shift 2
    want "$name" || return
    mkdir -p "$build"
    if ! command -v gcc >/dev/null; then echo "run-peers: $name skipped: no gcc (sudo bash bench/setup-peers.sh)"; return; fi
    if gcc -O3 -march=native -D"$define" "$here/peers/c_xor.c" -o "$build/c_xor_$name" "$@" 2>"$build/c_xor_$name.log"; then
        cbin[$name]="$build/c_xor_$name"
    else
        echo "run-peers: $name skipped: it does not build here (see $build/c_xor_$name.log; sudo bash bench/setup-peers.sh)"
    fi
}
build_c c-openblas PEER_OPENBLAS -I"/usr/include/$arch/openblas-pthread" -L"/usr/lib/$arch/openblas-pthread" -Wl,-rpath,"/usr/lib/$arch/openblas-pthread" -lopenblas -lm
build_c c-blis PEER_BLIS -I"/usr/include/$arch/blis-openmp" -L"/usr/lib/$arch/blis-openmp" -Wl,-rpath,"/usr/lib/$arch/blis-openmp" -lblis -fopenmp -lm
build_c c-libxsmm PEER_LIBXSMM -lxsmm -lxsmmnoblas -lpthread -ldl -lm

have_torch=0
if want torch; then
    if "$python" -c "import torch" 2>/dev/null; then have_torch=1
    else echo "run-peers: PyTorch peer skipped: $python cannot import torch (install it with: sudo bash bench/setup-peers.sh)"; fi
fi

field() { sed -n "s/.*[[:space:]]$1=\([^[:space:]]*\).*/\1/p" <<<"$2"; }
# "median (best)" of a list of numbers, or "-" when empty.
summary() {
    [ $# -eq 0 ] && { echo "-"; return; }
    printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { med = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
        if (NR == 1) printf "%.0f", v[1]; else printf "%.0f (%.0f)", med, v[NR] }'
}
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR) printf "%.6g", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

rows=()
status=0
for config in "${configs[@]}"; do
    read -r d m b t <<<"$config"
    xs=(); ob=(); bl=(); xm=(); ts=(); xk=""; xi=""; blas="-"
    for ((round = 1; round <= repeats; round++)); do
        echo "run-peers: d=$d m=$m B=$b threads=$t round $round/$repeats ..." >&2
        if want xorgen; then
            xg=$("$bench" peers --d "$d" --width "$m" --batch "$b" --threads "$t" --seconds "$seconds" --kernel "$kernel" | grep '^RESULT') || { status=1; xg=""; }
            v=$(field steps_per_second "$xg"); [ -n "$v" ] && xs+=("$v")
            xk=$(field kernel "$xg"); xi=$(field isa "$xg")
        fi
        for name in c-openblas c-blis c-libxsmm; do
            [ -n "${cbin[$name]:-}" ] || continue
            [ "$name" = c-libxsmm ] && [ "$t" != 1 ] && continue
            out=$(OPENBLAS_NUM_THREADS="$t" BLIS_NUM_THREADS="$t" OMP_NUM_THREADS="$t" OMP_WAIT_POLICY=PASSIVE \
                  "${cbin[$name]}" --d "$d" --width "$m" --batch "$b" --threads "$t" --seconds "$seconds")
            r=$(grep '^RESULT' <<<"$out"); v=$(field steps_per_second "$r")
            if [ "$(field check "$r")" != ok ]; then echo "run-peers: $name failed its check: $out" >&2; status=1; continue; fi
            case $name in c-openblas) ob+=("$v") ;; c-blis) bl+=("$v") ;; c-libxsmm) xm+=("$v") ;; esac
        done
        if [ "$have_torch" = 1 ]; then
            out=$(OPENBLAS_NUM_THREADS="$t" OMP_NUM_THREADS="$t" OMP_WAIT_POLICY=PASSIVE "$python" "$here/peers/torch_xor.py" --d "$d" --width "$m" --batch "$b" --threads "$t" --seconds "$seconds")
            grep '^# torch' <<<"$out" >&2
            tr=$(grep '^RESULT' <<<"$out"); v=$(field steps_per_second "$tr"); [ -n "$v" ] && ts+=("$v"); blas=$(field blas "$tr")
        fi
    done
    # Ratio of medians: XorGen over the best C peer.
    ratio="-"; bestc=0
    for list in ob bl xm; do
        declare -n arr=$list
        [ ${#arr[@]} -gt 0 ] || continue
        med=$(median "${arr[@]}"); bestc=$(awk -v a="$med" -v b="$bestc" 'BEGIN { print (a > b ? a : b) }')
    done
    if [ ${#xs[@]} -gt 0 ] && [ "$bestc" != 0 ]; then ratio=$(awk -v a="$(median "${xs[@]}")" -v b="$bestc" 'BEGIN { printf "%.2f", a / b }'); fi
    rows+=("$(printf '| %4s | %5s | %4s | %7s | %-9s | %-9s | %14s | %14s | %14s | %14s | %14s | %10s |' "$d" "$m" "$b" "$t" "${xk:--}" "${xi:--}" \
        "$(summary "${xs[@]}")" "$(summary "${ob[@]}")" "$(summary "${bl[@]}")" "$(summary "${xm[@]}")" "$(summary "${ts[@]}")" "$ratio")")
done

echo
echo "Online SGD steps/s, Glasgow XOR model (ReLU, logistic x2, both layers, fresh Boolean batch every step), ${seconds} s each, ${repeats} round(s)$([ "$repeats" -gt 1 ] && echo ': median (best)')"
echo "PyTorch BLAS: $blas"
echo "|    d |     m |    B | threads | kernel    | isa       | XorGen st/s    | C+OpenBLAS     | C+BLIS         | C+libxsmm      | PyTorch        | XorGen/best C |"
echo "|-----:|------:|-----:|--------:|-----------|-----------|---------------:|---------------:|---------------:|---------------:|---------------:|-----------:|"
printf '%s\n' "${rows[@]}"
exit "$status"
