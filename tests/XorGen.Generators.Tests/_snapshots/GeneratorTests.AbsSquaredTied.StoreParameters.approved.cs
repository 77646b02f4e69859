/// <inheritdoc/>
public void StoreParameters(NetworkParameters parameters)
{
    ArgumentNullException.ThrowIfNull(parameters);
    if (parameters.Inputs != D || parameters.Width != M || parameters.HasBias != false)
        throw new ArgumentException("parameters are d = " + parameters.Inputs + ", m = " + parameters.Width + "; this kernel stores d = 30, m = 100", nameof(parameters));
    for (int j = 0; j < M; j++)
    {
        double norm2 = 0;
        for (int k = 0; k < D; k++)
        {
            double v = _wt[k * Ld + j];
            parameters.W[j * D + k] = v;
            norm2 += v * v;
        }
        parameters.A[j] = Math.Sqrt(norm2);
    }
}
