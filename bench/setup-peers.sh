#!/usr/bin/env bash
# Installs the peers of bench/run-peers.sh: Debian's python3-torch plus the pthread OpenBLAS, and for the hand-written
# C peer (bench/peers/c_xor.c) gcc with the development packages of OpenBLAS, BLIS (its OpenMP build is the default
# libblis-dev pulls in) and libxsmm (static libraries, JIT small GEMMs).
#
# Why OpenBLAS: Debian's torch links libblas.so.3 / liblapack.so.3 through the alternatives system.
# Without an optimised BLAS installed it resolves to the reference (netlib) BLAS, which is ~20x slower
# and would make PyTorch an unfair peer. libopenblas0-pthread registers itself as a higher-priority
# alternative; this script makes that choice explicit (update-alternatives --set) so it holds even
# if another BLAS package is present, then prints what torch reports.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends python3-torch libopenblas0-pthread \
    gcc libc6-dev libopenblas-dev libblis-dev libxsmm-dev

arch_dir="/usr/lib/$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || echo x86_64-linux-gnu)"
for lib in libblas.so.3 liblapack.so.3; do
    target="$arch_dir/openblas-pthread/$lib"
    if [ -e "$target" ]; then
        update-alternatives --set "$lib-$(basename "$arch_dir")" "$target" \
          || echo "setup-peers: could not select $target for $lib (see update-alternatives --display $lib-$(basename "$arch_dir"))" >&2
    fi
done

echo "libblas.so.3 -> $(readlink -f "$arch_dir/libblas.so.3" || echo '?')"
/usr/bin/python3 - <<'PY'
import torch
print("torch", torch.__version__)
print(torch.__config__.show())
PY
