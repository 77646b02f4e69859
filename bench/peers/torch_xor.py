#!/usr/bin/python3
"""PyTorch peer of XorGen's online SGD step (bench/run-peers.sh runs it beside `XorGen.Bench peers`).

Same model, loss, data and flop count as XorGen's Glasgow step:
  x in {+-1}^d drawn fresh every step (B rows), y = -x1*x2
  f(x) = (1/m) * sum_j a_j relu(w_j . x)          (no bias, mean-field scale)
  L = mean_i 2*softplus(-y_i f_i)                  (logistic x 2)
  per-neuron SGD (gradient x m) on both layers, rate 0.1
The gradient is written out by hand (two B x m x d matrix products: Z = X W^T and dW = G^T X, i.e.
4*B*m*d flops, as XorGen counts), which is what autograd computes, minus autograd's bookkeeping.

Prints the BLAS library actually loaded and the threading, then one machine-readable line:
  RESULT peer=torch blas=<lib> d=.. m=.. batch=.. threads=.. steps=.. seconds=.. steps_per_second=..
"""
import argparse
import os
import sys
import time

try:
    import torch
except ImportError:
    print("SKIP peer=torch reason=python3-torch is not installed (run bench/setup-peers.sh)")
    sys.exit(3)


def loaded_blas():
    """Paths of the BLAS libraries mapped into this process (Debian's torch links libblas.so.3 via alternatives)."""
    libs = set()
    try:
        with open("/proc/self/maps") as maps:
            for line in maps:
                path = line.split()[-1]
                if "blas" in path or "mkl" in path:
                    libs.add(path)
    except OSError:
        pass
    return sorted(libs)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--d", type=int, default=128)
    p.add_argument("--width", type=int, default=512)
    p.add_argument("--batch", type=int, default=128)
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--seconds", type=float, default=3.0)
    p.add_argument("--rate", type=float, default=0.1)
    a = p.parse_args()
    for name in ("d", "width", "batch", "threads"):
        if getattr(a, name) < 1:
            p.error(f"--{name} must be a positive integer, got {getattr(a, name)}")
    if not a.seconds > 0:
        p.error(f"--seconds must be positive, got {a.seconds}")

    torch.set_num_threads(a.threads)
    torch.set_num_interop_threads(1)
    torch.manual_seed(0)
    d, m, B = a.d, a.width, a.batch

    # Glasgow init: w_j ~ N(0, theta^2/d I), a_j = +-||w_j||, theta = 0.1
    W = torch.randn(m, d) * (0.1 / d ** 0.5)
    out = W.norm(dim=1) * (torch.randint(0, 2, (m,)) * 2 - 1).float()
    gen = torch.Generator().manual_seed(1)
    bits = torch.empty(B, d, dtype=torch.int64)
    X = torch.empty(B, d)
    Z = torch.empty(B, m)
    H = torch.empty(B, m)
    f = torch.empty(B)
    gW = torch.empty(m, d)
    step_w = a.rate * m   # per-neuron: gradient x m
    loss_holder = [0.0]

    def step():
        torch.randint(0, 2, (B, d), generator=gen, out=bits)
        torch.mul(bits, 2, out=bits).sub_(1)
        X.copy_(bits)
        y = -X[:, 0] * X[:, 1]
        torch.mm(X, W.t(), out=Z)                    # 2*B*m*d
        torch.clamp_min(Z, 0.0, out=H)
        torch.mv(H, out, out=f).div_(m)
        yf = y * f
        loss_holder[0] = 2.0 * torch.nn.functional.softplus(-yf).mean()
        g = (-2.0 / B) * y * torch.sigmoid(-yf)       # dL/df_i
        ga = H.t().mv(g).div_(m)                      # dL/da_j
        G = (Z > 0).float().mul_(g[:, None]).mul_(out[None, :] / m)   # dL/dz_ij
        torch.mm(G.t(), X, out=gW)                   # 2*B*m*d
        W.sub_(gW, alpha=step_w)
        out.sub_(ga, alpha=step_w)

    with torch.no_grad():
        step()
        blas = loaded_blas()
        print(f"# torch {torch.__version__}; BLAS loaded: {', '.join(blas) or 'none found in /proc/self/maps'}")
        print(f"# OPENBLAS_NUM_THREADS={os.environ.get('OPENBLAS_NUM_THREADS', '(unset)')} OMP_WAIT_POLICY={os.environ.get('OMP_WAIT_POLICY', '(unset)')} "
              f"OMP_NUM_THREADS={os.environ.get('OMP_NUM_THREADS', '(unset)')} torch.get_num_threads()={torch.get_num_threads()}")
        for line in torch.__config__.parallel_info().splitlines():
            if line.strip():
                print("# " + line.strip())

        def run(limit):
            steps, t0 = 0, time.perf_counter()
            while True:
                for _ in range(8):
                    step()
                steps += 8
                elapsed = time.perf_counter() - t0
                if elapsed >= limit:
                    return steps, elapsed

        run(min(0.5, a.seconds / 4))
        steps, elapsed = run(a.seconds)
    blas_name = os.path.basename(os.path.dirname(blas[0])) + "/" + os.path.basename(blas[0]) if blas else "unknown"
    print(f"RESULT peer=torch blas={blas_name} d={d} m={m} batch={B} threads={a.threads} steps={steps} "
          f"seconds={elapsed:.3f} steps_per_second={steps / elapsed:.1f} final_loss={float(loss_holder[0]):.4f}")


if __name__ == "__main__":
    main()
