#!/usr/bin/env bash
# XorGen versus PyTorch, online SGD on the Glasgow XOR model, back to back on the same configurations.
#
#   bash bench/run-peers.sh                  # 3 s per measurement
#   SECONDS_PER_RUN=10 bash bench/run-peers.sh
#   XORGEN_KERNEL=generic bash bench/run-peers.sh   # force a kernel (auto: generated when compiled for the spec and
#                                                   # accepting the thread count, else generic)
#
# XorGen side: `XorGen.Bench peers` (bench/XorGen.Bench/PeersMode.cs). PyTorch side: bench/peers/torch_xor.py with
# Debian's python3-torch and the pthread OpenBLAS (bench/setup-peers.sh installs them), run by /usr/bin/python3 with
# OPENBLAS_NUM_THREADS, OMP_NUM_THREADS and torch.set_num_threads pinned to the thread count of the row.
# OMP_WAIT_POLICY=PASSIVE: torch runs its element-wise ops on libgomp's OpenMP pool and its matrix products on
# OpenBLAS's own pthread pool; with libgomp's default active spin-wait the two pools fight over the cores (measured
# here at 2 threads on 2 cores: 12 steps/s spinning versus 800 passive), so the peer gets its faster setting.
# Prints one table: steps/s of each and the ratio XorGen / PyTorch. Exit code 1 if a XorGen measurement failed.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
seconds="${SECONDS_PER_RUN:-3}"
kernel="${XORGEN_KERNEL:-auto}"
python=/usr/bin/python3
# d m B threads
configs=("128 512 128 1" "32 128 32 1" "128 512 128 2" "32 128 32 2")

dotnet build "$here/XorGen.Bench/XorGen.Bench.csproj" -c Release -v quiet -nologo >&2 || { echo "run-peers: build failed" >&2; exit 1; }
bench="$here/XorGen.Bench/bin/Release/net10.0/XorGen.Bench"

have_torch=1
if ! "$python" -c "import torch" 2>/dev/null; then
    have_torch=0
    echo "run-peers: PyTorch peer skipped: $python cannot import torch (install it with: sudo bash bench/setup-peers.sh)"
fi

field() { sed -n "s/.*[[:space:]]$1=\([^[:space:]]*\).*/\1/p" <<<"$2"; }

rows=()
status=0
for config in "${configs[@]}"; do
    read -r d m b t <<<"$config"
    echo "run-peers: d=$d m=$m B=$b threads=$t ..." >&2
    xg=$("$bench" peers --d "$d" --width "$m" --batch "$b" --threads "$t" --seconds "$seconds" --kernel "$kernel" | grep '^RESULT') || { status=1; xg=""; }
    xs=$(field steps_per_second "$xg"); xk=$(field kernel "$xg"); xi=$(field isa "$xg")
    ts="-"; blas="-"
    if [ "$have_torch" = 1 ]; then
        out=$(OPENBLAS_NUM_THREADS="$t" OMP_NUM_THREADS="$t" OMP_WAIT_POLICY=PASSIVE "$python" "$here/peers/torch_xor.py" --d "$d" --width "$m" --batch "$b" --threads "$t" --seconds "$seconds")
        grep '^# torch' <<<"$out" >&2
        tr=$(grep '^RESULT' <<<"$out"); ts=$(field steps_per_second "$tr"); blas=$(field blas "$tr")
    fi
    ratio="-"
    if [ -n "$xs" ] && [ "$ts" != "-" ] && [ -n "$ts" ]; then ratio=$(awk -v a="$xs" -v b="$ts" 'BEGIN { printf "%.2f", a / b }'); fi
    rows+=("$(printf '| %4s | %5s | %4s | %7s | %-9s | %-9s | %12s | %12s | %8s | %s |' "$d" "$m" "$b" "$t" "${xk:-failed}" "${xi:--}" "${xs:--}" "${ts:--}" "$ratio" "$blas")")
done

echo
echo "Online SGD steps/s, Glasgow XOR model (ReLU, logistic x2, both layers, fresh Boolean batch every step), ${seconds} s each"
echo "|    d |     m |    B | threads | kernel    | isa       | XorGen st/s  | PyTorch st/s |    ratio | PyTorch BLAS |"
echo "|-----:|------:|-----:|--------:|-----------|-----------|-------------:|-------------:|---------:|---|"
printf '%s\n' "${rows[@]}"
exit "$status"
