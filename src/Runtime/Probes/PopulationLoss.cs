using System.Globalization;

namespace XorGen;

/// <summary>
/// The population loss of a network split by Hermite order. <see cref="Total"/> is computed directly from the closed-form kernels;
/// each order term is the squared norm of the order's Hermite component of f − f* (so every term is ≥ 0), and the orders sum to the total.
/// </summary>
/// <param name="Total">E_x[(f(x) − f*(x))²].</param>
/// <param name="Order0">The constant (order-0) part.</param>
/// <param name="Order1">The linear part (nonzero only for the ReLU learner, whose odd part is linear).</param>
/// <param name="Order2">Order 2.</param>
/// <param name="Order4">Order 4.</param>
/// <param name="Order6">Order 6.</param>
/// <param name="Rest">Every even order ≥ 8, computed from its own series (not as a difference), so that the sum of the terms checks the total.</param>
public readonly record struct PopulationLossTerms(double Total, double Order0, double Order1, double Order2, double Order4, double Order6, double Rest)
{
    /// <summary>Order0 + Order1 + Order2 + Order4 + Order6 + Rest.</summary>
    public double SumOfOrders => Order0 + Order1 + Order2 + Order4 + Order6 + Rest;

    /// <summary>Term-wise sum (the loss terms of sums of kernels add).</summary>
    public static PopulationLossTerms operator +(PopulationLossTerms x, PopulationLossTerms y) =>
        new(x.Total + y.Total, x.Order0 + y.Order0, x.Order1 + y.Order1, x.Order2 + y.Order2, x.Order4 + y.Order4, x.Order6 + y.Order6, x.Rest + y.Rest);

    /// <summary>Every term multiplied by <paramref name="c"/>.</summary>
    public static PopulationLossTerms operator *(double c, PopulationLossTerms x) =>
        new(c * x.Total, c * x.Order0, c * x.Order1, c * x.Order2, c * x.Order4, c * x.Order6, c * x.Rest);
}

/// <summary>
/// The exact population loss of Li, Ma, Zhang, with no Monte Carlo: x ~ N(0, I_d), teacher
/// f*(x) = Σ_r a_r |w*_r·x|, learner f(x) = s·Σ_j a_j σ(w_j·x) with σ = |·| or ReLU and the output weights in effect
/// (for the tied learner, a_j = ‖w_j‖ and s = 1/m, i.e. f = (1/m)·Σ_j ‖w_j‖·σ(w_j·x)).
/// <para>
/// Both σ are positively homogeneous, so f(x) = Σ_j α_j σ(w̄_j·x) with α_j = s·a_j·‖w_j‖ (= ‖w_j‖²/m for the tied learner) and
/// f*(x) = Σ_r β_r |w̄*_r·x| with β_r = a_r·‖w*_r‖. For unit u, v with ρ = ⟨u, v⟩:
/// E[|u·x||v·x|] = K_abs(ρ) = (2/π)(√(1−ρ²) + ρ·arcsin ρ) = Σ_{k even} c_k ρ^k, c_k = 2[(k−3)!!]²/(π·k!);
/// E[relu(u·x) relu(v·x)] = (K_abs(ρ) + ρ)/4 and E[relu(u·x)|v·x|] = K_abs(ρ)/2. Hence
/// L = Σ_{i,j} α_i α_j K(ρ_ij) − 2 Σ_{i,r} α_i β_r K_x(ρ_ir) + Σ_{r,s} β_r β_s K_abs(ρ*_rs),
/// which for orthonormal W* and the tied learner is the paper's closed form (teacher part Σ a_r² + (2/π)Σ_{r≠s} a_r a_s).
/// </para>
/// <para>
/// Order k: the degree-k Hermite components of σ have E[P_kσ(u·x) P_kσ(v·x)] = (order-k coefficient of the kernel)·ρ^k, so the
/// order-k term is the formula above with every kernel replaced by its ρ^k term: c_k for |·|·|·|, c_k/4 (plus 1/4 at k = 1) for
/// relu·relu, c_k/2 for relu·|·|. The teacher's order-0 part is c_0·(Σ_r β_r)² and, for orthonormal W*, its order-k part (k ≥ 2)
/// is c_k·Σ_r β_r². Zero rows (of W or W*) contribute nothing. Cost O(m²d + m·r·d + r²d).
/// </para>
/// </summary>
public static class PopulationLoss
{
    private const double SeriesRadius = 0.5; // |ρ| ≤ this: the tail Σ_{k≥8} is summed as a series; above, as K_abs minus its first terms

    /// <summary>c_k = 2[(k−3)!!]²/(π·k!) for even k ≥ 0 (c_0 = 2/π, c_2 = 1/π, c_4 = 1/(12π), c_6 = 1/(40π)); 0 for odd k.</summary>
    public static double Coefficient(int k)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        if (k % 2 == 1) return 0;
        double c = 2 / Math.PI;
        for (int i = 0; i < k; i += 2) c *= (double)(i - 1) * (i - 1) / ((i + 1.0) * (i + 2.0)); // c_{i+2}/c_i = (i−1)²/((i+1)(i+2))
        return c;
    }

    /// <summary>K_abs(ρ) = E[|u·x||v·x|] = (2/π)(√(1−ρ²) + ρ·arcsin ρ), ρ clamped to [−1, 1].</summary>
    public static double KernelAbs(double rho)
    {
        rho = Math.Clamp(rho, -1.0, 1.0);
        return 2 / Math.PI * (Math.Sqrt(1 - rho * rho) + rho * Math.Asin(rho));
    }

    /// <summary>The learner–learner kernel K(ρ) = E[σ(u·x)σ(v·x)]: K_abs for |·|, (K_abs(ρ) + ρ)/4 for ReLU.</summary>
    public static double LearnerKernel(Activation activation, double rho)
    {
        CheckActivation(activation);
        rho = Math.Clamp(rho, -1.0, 1.0);
        return activation == Activation.Abs ? KernelAbs(rho) : (KernelAbs(rho) + rho) / 4;
    }

    /// <summary>The learner–teacher kernel K_x(ρ) = E[σ(u·x)|v·x|]: K_abs for |·|, K_abs/2 for ReLU.</summary>
    public static double CrossKernel(Activation activation, double rho)
    {
        CheckActivation(activation);
        return activation == Activation.Abs ? KernelAbs(rho) : KernelAbs(rho) / 2;
    }

    /// <summary>E[f*(x)²] = Σ_{r,s} a_r a_s ‖w*_r‖‖w*_s‖ K_abs(⟨w̄*_r, w̄*_s⟩); for orthonormal W*, Σ_r a_r² + (2/π)Σ_{r≠s} a_r a_s.</summary>
    /// <param name="teacherW">W*, row-major r × d (row r is w*_r).</param>
    /// <param name="teacherA">a_r, r entries.</param>
    public static double TeacherMeanSquare(ReadOnlySpan<double> teacherW, ReadOnlySpan<double> teacherA) =>
        TeacherTerms(teacherW, teacherA, TeacherInputs(teacherW, teacherA)).Total;

    /// <summary>The population loss E[(f(x) − f*(x))²] of the network for the teacher (see the class summary).</summary>
    public static double Evaluate(ModelSpec spec, NetworkParameters parameters, ReadOnlySpan<double> teacherW, ReadOnlySpan<double> teacherA) =>
        Decompose(spec, parameters, teacherW, teacherA).Total;

    /// <summary>The population loss and its terms by Hermite order (see the class summary).</summary>
    /// <param name="spec">The learner: activation <see cref="Activation.Abs"/> or <see cref="Activation.Relu"/>, no bias.</param>
    /// <param name="parameters">Its parameters; the output weights in effect are used (A, ±c or ‖w_j‖).</param>
    /// <param name="teacherW">W*, row-major r × d (row r is w*_r).</param>
    /// <param name="teacherA">a_r, r entries.</param>
    public static PopulationLossTerms Decompose(ModelSpec spec, NetworkParameters parameters, ReadOnlySpan<double> teacherW, ReadOnlySpan<double> teacherA)
    {
        int d = TeacherInputs(teacherW, teacherA);
        return Decompose(spec, parameters, teacherW, teacherA, TeacherTerms(teacherW, teacherA, d));
    }

    /// <summary>As the public overload, with the teacher's own terms (a constant of the run) computed once by the caller.</summary>
    internal static PopulationLossTerms Decompose(ModelSpec spec, NetworkParameters p, ReadOnlySpan<double> teacherW, ReadOnlySpan<double> teacherA, PopulationLossTerms teacher)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(p);
        CheckActivation(spec.Activation);
        if (spec.Bias || p.HasBias) throw new ArgumentException("the exact population loss needs a network without bias");
        int d = p.Inputs, m = p.Width, r = teacherA.Length;
        if (spec.Inputs != d || spec.Width != m)
            throw new ArgumentException(Invariant($"the parameters (d = {d}, m = {m}) do not fit the spec (d = {spec.Inputs}, m = {spec.Width})"));
        if (teacherW.Length != r * d)
            throw new ArgumentException(Invariant($"the teacher has {teacherW.Length} weights for {r} directions, expected {r}×{d} for d = {d}"));
        bool relu = spec.Activation == Activation.Relu;

        var norm = new double[m];
        var alpha = new double[m];
        double s = spec.ScaleValue;
        for (int j = 0; j < m; j++)
        {
            norm[j] = ProbeMath.RowNorm(p, j);
            alpha[j] = s * ProbeMath.OutputWeight(spec, p, j) * norm[j];
        }
        var teacherNorm = new double[r];
        for (int t = 0; t < r; t++) teacherNorm[t] = Math.Sqrt(ProbeMath.Dot(teacherW.Slice(t * d, d), teacherW.Slice(t * d, d)));

        // Σ_{i,j} α_i α_j K(ρ_ij): the diagonal has ρ = 1, each off-diagonal pair counts twice.
        var learner = default(PopulationLossTerms);
        for (int i = 0; i < m; i++)
        {
            if (norm[i] == 0 || alpha[i] == 0) continue;
            learner += alpha[i] * alpha[i] * LearnerTerms(relu, 1.0);
            ReadOnlySpan<double> wi = p.Row(i);
            for (int j = i + 1; j < m; j++)
            {
                if (norm[j] == 0 || alpha[j] == 0) continue;
                double rho = ProbeMath.Dot(wi, p.Row(j)) / (norm[i] * norm[j]);
                learner += 2 * alpha[i] * alpha[j] * LearnerTerms(relu, rho);
            }
        }

        // Σ_{i,r} α_i β_r K_x(ρ_ir).
        var cross = default(PopulationLossTerms);
        for (int i = 0; i < m; i++)
        {
            if (norm[i] == 0 || alpha[i] == 0) continue;
            ReadOnlySpan<double> wi = p.Row(i);
            for (int t = 0; t < r; t++)
            {
                if (teacherNorm[t] == 0 || teacherA[t] == 0) continue;
                double rho = ProbeMath.Dot(wi, teacherW.Slice(t * d, d)) / (norm[i] * teacherNorm[t]);
                cross += alpha[i] * teacherA[t] * teacherNorm[t] * CrossTerms(relu, rho);
            }
        }

        return learner + (-2.0 * cross) + teacher;
    }

    /// <summary>Σ_{r,s} β_r β_s × (K_abs and its orders) at ρ*_rs.</summary>
    internal static PopulationLossTerms TeacherTerms(ReadOnlySpan<double> teacherW, ReadOnlySpan<double> teacherA, int d)
    {
        int r = teacherA.Length;
        var norm = new double[r];
        for (int u = 0; u < r; u++) norm[u] = Math.Sqrt(ProbeMath.Dot(teacherW.Slice(u * d, d), teacherW.Slice(u * d, d)));
        var sum = default(PopulationLossTerms);
        for (int u = 0; u < r; u++)
        {
            ReadOnlySpan<double> wu = teacherW.Slice(u * d, d);
            double bu = teacherA[u] * norm[u];
            if (bu == 0) continue;
            sum += bu * bu * AbsTerms(1.0);
            for (int v = u + 1; v < r; v++)
            {
                double bv = teacherA[v] * norm[v];
                if (bv == 0) continue;
                sum += 2 * bu * bv * AbsTerms(ProbeMath.Dot(wu, teacherW.Slice(v * d, d)) / (norm[u] * norm[v]));
            }
        }
        return sum;
    }

    /// <summary>d of a teacher: W* holds r = teacherA.Length rows.</summary>
    internal static int TeacherInputs(ReadOnlySpan<double> teacherW, ReadOnlySpan<double> teacherA)
    {
        if (teacherA.IsEmpty) throw new ArgumentException("the teacher has no directions (teacherA is empty)");
        if (teacherW.IsEmpty || teacherW.Length % teacherA.Length != 0)
            throw new ArgumentException(Invariant($"the teacher has {teacherW.Length} weights, not a whole number of rows for {teacherA.Length} directions"));
        return teacherW.Length / teacherA.Length;
    }

    /// <summary>K_abs(ρ) and its order terms c_k ρ^k.</summary>
    private static PopulationLossTerms AbsTerms(double rho)
    {
        rho = Math.Clamp(rho, -1.0, 1.0);
        double r2 = rho * rho, r4 = r2 * r2;
        return new PopulationLossTerms(KernelAbs(rho), C0, 0, C2 * r2, C4 * r4, C6 * r4 * r2, Tail8(rho));
    }

    private static PopulationLossTerms LearnerTerms(bool relu, double rho)
    {
        if (!relu) return AbsTerms(rho);
        rho = Math.Clamp(rho, -1.0, 1.0);
        var t = 0.25 * AbsTerms(rho);
        return t with { Total = t.Total + rho / 4, Order1 = rho / 4 };
    }

    private static PopulationLossTerms CrossTerms(bool relu, double rho) => relu ? 0.5 * AbsTerms(rho) : AbsTerms(rho);

    private const double C0 = 2 / Math.PI, C2 = 1 / Math.PI, C4 = 1 / (12 * Math.PI), C6 = 1 / (40 * Math.PI);

    /// <summary>Σ_{k ≥ 8 even} c_k ρ^k: a series for |ρ| ≤ ½ (no cancellation near 0), K_abs minus its first four terms above.</summary>
    internal static double Tail8(double rho)
    {
        rho = Math.Clamp(rho, -1.0, 1.0);
        double r2 = rho * rho;
        if (Math.Abs(rho) > SeriesRadius)
            return KernelAbs(rho) - (C0 + r2 * (C2 + r2 * (C4 + r2 * C6)));
        double c = C6, power = r2 * r2 * r2, sum = 0;
        for (int k = 6; k < 400; k += 2)
        {
            c *= (double)(k - 1) * (k - 1) / ((k + 1.0) * (k + 2.0)); // c_{k+2}
            power *= r2;                                             // ρ^{k+2}
            double term = c * power;
            sum += term;
            if (term <= 1e-18 * sum || term == 0) break;
        }
        return sum;
    }

    private static void CheckActivation(Activation activation)
    {
        if (activation != Activation.Abs && activation != Activation.Relu)
            throw new ArgumentException($"the exact population loss is defined for the absolute-value and ReLU learners, not {activation}");
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
