/*
 * Hand-written C peer of XorGen's online SGD step (bench/run-peers.sh builds and runs it beside `XorGen.Bench peers`).
 *
 * Same model, loss, data and flop count as XorGen's Glasgow step and bench/peers/torch_xor.py:
 *   x in {+-1}^d drawn fresh every step (B rows), y = -x1*x2
 *   f(x) = (1/m) * sum_j a_j relu(w_j . x)          (no bias, mean-field scale)
 *   L = mean_i 2*softplus(-y_i f_i)                  (logistic x 2)
 *   per-neuron SGD (gradient x m) on both layers, rate 0.1
 * The two B x m x d products (Z = X W^T and W -= rate*m * G^T X, 4*B*m*d flops) are single-precision GEMMs from a
 * library chosen at compile time; everything else is plain loops (gcc -O3 -march=native vectorises them):
 *   -DPEER_OPENBLAS   cblas_sgemm from OpenBLAS        (link -lopenblas)
 *   -DPEER_BLIS       cblas_sgemm from BLIS            (link -lblis)
 *   -DPEER_LIBXSMM    libxsmm's JIT-compiled GEMMs     (link -lxsmm), dispatched once for the two shapes
 * Layout (column-major, so that no product needs a transpose and libxsmm's JIT kernels apply): the weights are
 * Wt = W^T as a column-major m x d matrix (neurons contiguous), the batch is kept both as X (column-major d x B)
 * and Xt (column-major B x d), Z^T = Wt * X is column-major m x B, and the update is Wt += G' * Xt with
 * G'_ji = -rate*m * g_i a_j [z_ij > 0] / m (alpha = 1, beta = 1: the second product writes into the weights).
 * The ±1 batch comes from xoshiro256** (64 signs per 64-bit draw, written as the sign bit of 1.0f).
 *
 * Correctness: before timing, one step on one batch is recomputed by naive double-precision loops from the same
 * starting weights and compared (max |W_peer - W_ref| / max |W_ref - W_0|, the same for a); the run prints
 * check=ok when both are below 1e-3, else check=FAILED and exits 1. The loss of the first and last steps is printed
 * (initial 2 ln 2 = 1.386; it falls as the network learns the XOR).
 *
 * Output (one machine-readable line):
 *   RESULT peer=<name> blas=<lib> d=.. m=.. batch=.. threads=.. steps=.. seconds=.. steps_per_second=.. first_loss=..
 *          final_loss=.. check=ok max_rel_err=..
 */
#define _GNU_SOURCE
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#if defined(PEER_OPENBLAS) || defined(PEER_BLIS)
#include <cblas.h>
#if defined(PEER_BLIS)
#include <blis.h>
#endif
#elif defined(PEER_LIBXSMM)
#include <libxsmm.h>
#else
#error "define one of PEER_OPENBLAS, PEER_BLIS, PEER_LIBXSMM"
#endif

#if defined(PEER_OPENBLAS)
#define PEER_NAME "c-openblas"
#elif defined(PEER_BLIS)
#define PEER_NAME "c-blis"
#else
#define PEER_NAME "c-libxsmm"
#endif

static uint64_t rng_s[4];

static inline uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

static inline uint64_t next_u64(void)
{
    uint64_t result = rotl(rng_s[1] * 5, 7) * 9, t = rng_s[1] << 17;
    rng_s[2] ^= rng_s[0]; rng_s[3] ^= rng_s[1]; rng_s[1] ^= rng_s[2]; rng_s[0] ^= rng_s[3];
    rng_s[2] ^= t; rng_s[3] = rotl(rng_s[3], 45);
    return result;
}

static void seed_rng(uint64_t seed)
{
    for (int i = 0; i < 4; i++) { /* splitmix64 */
        uint64_t z = (seed += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL; z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        rng_s[i] = z ^ (z >> 31);
    }
}

static double gauss(void)
{
    double u1 = ((next_u64() >> 11) + 1) * 0x1.0p-53, u2 = (next_u64() >> 11) * 0x1.0p-53;
    return sqrt(-2 * log(u1)) * cos(6.283185307179586 * u2);
}

typedef struct {
    int d, m, b;
    float rate_w;          /* rate * m (per-neuron steps) */
    float *wt, *a;         /* Wt: m x d column-major (element (j, k) at k*m + j); a: m */
    float *x, *xt, *y;     /* X: d x B column-major (row i of the batch contiguous), Xt: B x d column-major, y: B */
    float *z, *g, *ga;     /* Z^T: m x B column-major (row i's pre-activations contiguous), later G'; g: B; ga: m */
#if defined(PEER_LIBXSMM)
    libxsmm_smmfunction forward, backward;
#endif
} model;

static float *alloc_floats(size_t n)
{
    void *p = NULL;
    if (posix_memalign(&p, 64, (n ? n : 1) * sizeof(float)) != 0) { fprintf(stderr, "c_xor: out of memory\n"); exit(2); }
    memset(p, 0, (n ? n : 1) * sizeof(float));
    return p;
}

/* A fresh ±1 batch in both layouts, y = -x1*x2. */
static void draw_batch(model *md)
{
    const int d = md->d, b = md->b, n = d * b;
    uint32_t *xs = (uint32_t *)md->x;
    for (int i = 0; i < n; i += 64) {
        uint64_t bits = next_u64();
        int len = n - i < 64 ? n - i : 64;
        for (int t = 0; t < len; t++) xs[i + t] = 0x3F800000u | ((uint32_t)(bits >> t) & 1u) << 31;
    }
    for (int i = 0; i < b; i++) {
        const float *row = md->x + (size_t)i * d;
        for (int k = 0; k < d; k++) md->xt[(size_t)k * b + i] = row[k];
        md->y[i] = -row[0] * row[1];
    }
}

static void product_forward(model *md)
{
#if defined(PEER_LIBXSMM)
    md->forward(md->wt, md->x, md->z);
#else
    cblas_sgemm(CblasColMajor, CblasNoTrans, CblasNoTrans, md->m, md->b, md->d, 1.0f, md->wt, md->m, md->x, md->d, 0.0f, md->z, md->m);
#endif
}

static void product_backward(model *md)
{
#if defined(PEER_LIBXSMM)
    md->backward(md->z, md->xt, md->wt);
#else
    cblas_sgemm(CblasColMajor, CblasNoTrans, CblasNoTrans, md->m, md->d, md->b, 1.0f, md->z, md->m, md->xt, md->b, 1.0f, md->wt, md->m);
#endif
}

/* One online SGD step on the current batch; returns the batch's mean loss. */
static double step(model *md)
{
    const int m = md->m, b = md->b;
    const float inv_m = 1.0f / m;
    product_forward(md);                                   /* Z^T = Wt X: 2*B*m*d */
    double loss = 0;
    for (int i = 0; i < b; i++) {
        const float *zi = md->z + (size_t)i * m;
        float f = 0;
        for (int j = 0; j < m; j++) f += md->a[j] * (zi[j] > 0 ? zi[j] : 0.0f);
        f *= inv_m;
        float yf = md->y[i] * f;
        loss += 2.0 * log1p(exp(-(double)yf));
        md->g[i] = (-2.0f / b) * md->y[i] / (1.0f + expf(yf)); /* dL/df_i = -2/B * y * sigmoid(-yf) */
    }
    for (int j = 0; j < m; j++) md->ga[j] = 0;
    for (int i = 0; i < b; i++) {
        float *zi = md->z + (size_t)i * m;
        const float gi = md->g[i], gw = -md->rate_w * gi * inv_m;
        for (int j = 0; j < m; j++) {
            float h = zi[j] > 0 ? zi[j] : 0.0f;
            md->ga[j] += h * gi;                            /* m * dL/da_j */
            zi[j] = zi[j] > 0 ? gw * md->a[j] : 0.0f;       /* G'_ji = -rate*m * dL/dz_ij */
        }
    }
    product_backward(md);                                  /* Wt += G' Xt: 2*B*m*d */
    for (int j = 0; j < m; j++) md->a[j] -= md->rate_w * md->ga[j] * inv_m;
    return loss / b;
}

/* The same step in double precision with naive loops, from copies of the starting parameters. */
static void reference_step(const model *md, const float *wt0, const float *a0, double *wt, double *a)
{
    const int d = md->d, m = md->m, b = md->b;
    double *z = calloc((size_t)m * b, sizeof(double)), *g = calloc((size_t)b, sizeof(double));
    for (size_t t = 0; t < (size_t)m * d; t++) wt[t] = wt0[t];
    for (int j = 0; j < m; j++) a[j] = a0[j];
    for (int i = 0; i < b; i++) {
        double f = 0;
        for (int j = 0; j < m; j++) {
            double s = 0;
            for (int k = 0; k < d; k++) s += wt[(size_t)k * m + j] * md->x[(size_t)i * d + k];
            z[(size_t)i * m + j] = s;
            f += a[j] * (s > 0 ? s : 0);
        }
        f /= m;
        double yf = md->y[i] * f;
        g[i] = -2.0 / b * md->y[i] / (1 + exp(yf));
    }
    double rate = md->rate_w;
    for (int j = 0; j < m; j++) {
        double ga = 0;
        for (int i = 0; i < b; i++) ga += (z[(size_t)i * m + j] > 0 ? z[(size_t)i * m + j] : 0) * g[i] / m;
        for (int k = 0; k < d; k++) {
            double gw = 0;
            for (int i = 0; i < b; i++)
                if (z[(size_t)i * m + j] > 0) gw += g[i] * a0[j] / m * md->x[(size_t)i * d + k];
            wt[(size_t)k * m + j] -= rate * gw;
        }
        a[j] -= rate * ga;
    }
    free(z); free(g);
}

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

static int positive(const char *text, const char *name)
{
    char *end;
    long v = strtol(text, &end, 10);
    if (*text == 0 || *end != 0 || v < 1 || v > 65536) { fprintf(stderr, "c_xor: --%s must be an integer in [1, 65536], got '%s'\n", name, text); exit(2); }
    return (int)v;
}

int main(int argc, char **argv)
{
    int d = 128, m = 512, b = 128, threads = 1;
    double seconds = 3.0, rate = 0.1;
    for (int i = 1; i < argc; i++) {
        if (i + 1 >= argc) { fprintf(stderr, "c_xor: %s needs a value\n", argv[i]); return 2; }
        if (!strcmp(argv[i], "--d")) d = positive(argv[++i], "d");
        else if (!strcmp(argv[i], "--width")) m = positive(argv[++i], "width");
        else if (!strcmp(argv[i], "--batch")) b = positive(argv[++i], "batch");
        else if (!strcmp(argv[i], "--threads")) threads = positive(argv[++i], "threads");
        else if (!strcmp(argv[i], "--seconds")) { seconds = atof(argv[++i]); if (!(seconds > 0)) { fprintf(stderr, "c_xor: --seconds must be positive\n"); return 2; } }
        else { fprintf(stderr, "c_xor: unknown option %s (options: --d --width --batch --threads --seconds)\n", argv[i]); return 2; }
    }
    if (d < 2) { fprintf(stderr, "c_xor: --d must be at least 2\n"); return 2; }

#if defined(PEER_OPENBLAS)
    openblas_set_num_threads(threads);
    const char *lib = "openblas";
#elif defined(PEER_BLIS)
    bli_thread_set_num_threads(threads);
    const char *lib = "blis";
#else
    if (threads != 1) { fprintf(stderr, "c_xor: the libxsmm peer runs on one thread (its small-GEMM kernels are not threaded), got --threads %d\n", threads); return 2; }
    const char *lib = "libxsmm";
    libxsmm_init();
#endif

    model md = { .d = d, .m = m, .b = b, .rate_w = (float)(rate * m) };
    md.wt = alloc_floats((size_t)m * d); md.a = alloc_floats(m);
    md.x = alloc_floats((size_t)d * b); md.xt = alloc_floats((size_t)d * b); md.y = alloc_floats(b);
    md.z = alloc_floats((size_t)m * b); md.g = alloc_floats(b); md.ga = alloc_floats(m);
#if defined(PEER_LIBXSMM)
    {
        const float one = 1.0f, zero = 0.0f;
        const libxsmm_blasint lm = m, lb = b, ld = d;
        md.forward = libxsmm_smmdispatch(lm, lb, ld, &lm, &ld, &lm, &one, &zero, NULL, NULL);
        md.backward = libxsmm_smmdispatch(lm, ld, lb, &lm, &lb, &lm, &one, &one, NULL, NULL);
        if (!md.forward || !md.backward) {
            printf("SKIP peer=%s reason=libxsmm could not JIT the %dx%dx%d / %dx%dx%d products on this CPU\n", PEER_NAME, m, b, d, m, d, b);
            return 3;
        }
    }
#endif

    /* Glasgow init: w_j ~ N(0, theta^2/d I), a_j = +-||w_j||, theta = 0.1 */
    seed_rng(0);
    for (int j = 0; j < m; j++) {
        double norm2 = 0;
        for (int k = 0; k < d; k++) { double w = gauss() * 0.1 / sqrt(d); md.wt[(size_t)k * m + j] = (float)w; norm2 += w * w; }
        md.a[j] = (float)((next_u64() & 1 ? 1 : -1) * sqrt(norm2));
    }
    seed_rng(1);

    /* Check one step against naive double loops on the same batch and starting parameters. */
    float *wt0 = alloc_floats((size_t)m * d), *a0 = alloc_floats(m);
    memcpy(wt0, md.wt, sizeof(float) * m * d); memcpy(a0, md.a, sizeof(float) * m);
    draw_batch(&md);
    double *wref = malloc(sizeof(double) * m * d), *aref = malloc(sizeof(double) * m);
    reference_step(&md, wt0, a0, wref, aref);
    double first_loss = step(&md);
    double dw = 0, ew = 0, da = 0, ea = 0;
    for (size_t t = 0; t < (size_t)m * d; t++) { dw = fmax(dw, fabs(wref[t] - wt0[t])); ew = fmax(ew, fabs(wref[t] - md.wt[t])); }
    for (int j = 0; j < m; j++) { da = fmax(da, fabs(aref[j] - a0[j])); ea = fmax(ea, fabs(aref[j] - md.a[j])); }
    double err = fmax(dw > 0 ? ew / dw : ew, da > 0 ? ea / da : ea);
    int ok = err < 1e-3 && dw > 0;
    free(wref); free(aref); free(wt0); free(a0);

    double loss = first_loss;
    long steps = 0;
    double t0 = now(), warm = seconds / 4 < 0.5 ? seconds / 4 : 0.5;
    while (now() - t0 < warm) { draw_batch(&md); loss = step(&md); }
    t0 = now();
    double elapsed;
    for (;;) {
        for (int r = 0; r < 8; r++) { draw_batch(&md); loss = step(&md); }
        steps += 8;
        elapsed = now() - t0;
        if (elapsed >= seconds) break;
    }
    printf("# %s: d=%d m=%d B=%d threads=%d, one step checked against double loops: max relative error %.2e (%s)\n",
           PEER_NAME, d, m, b, threads, err, ok ? "ok" : "FAILED");
    printf("RESULT peer=%s blas=%s d=%d m=%d batch=%d threads=%d steps=%ld seconds=%.3f steps_per_second=%.1f first_loss=%.4f final_loss=%.4f check=%s max_rel_err=%.2e\n",
           PEER_NAME, lib, d, m, b, threads, steps, elapsed, steps / elapsed, first_loss, loss, ok ? "ok" : "FAILED", err);
    return ok && isfinite(loss) ? 0 : 1;
}
