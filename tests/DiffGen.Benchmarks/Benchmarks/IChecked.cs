namespace DiffGen.Benchmarks;

/// <summary>
/// A benchmark class whose gradients are checked against each other before any measurement:
/// <see cref="Program"/> calls <see cref="Setup"/> then <see cref="Check"/> on a fresh instance of
/// every class, on the same data the benchmarks use, and stops the run if one throws.
/// </summary>
internal interface IChecked
{
    /// <summary>Creates the data (the benchmark's [GlobalSetup]).</summary>
    void Setup();

    /// <summary>Throws unless the generated, hand-written and finite-difference gradients agree.</summary>
    void Check();
}
