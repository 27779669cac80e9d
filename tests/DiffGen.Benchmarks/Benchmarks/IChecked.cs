namespace DiffGen.Benchmarks;

/// <summary>
/// A benchmark class whose results are checked before any measurement (gradients against each other,
/// integrals against their exact values):
/// <see cref="Program"/> calls <see cref="Setup"/> then <see cref="Check"/> on a fresh instance of
/// every class, on the same data the benchmarks use, and stops the run if one throws.
/// </summary>
internal interface IChecked
{
    /// <summary>Creates the data (the benchmark's [GlobalSetup]).</summary>
    void Setup();

    /// <summary>Throws unless the generated, hand-written and finite-difference gradients agree.</summary>
    void Check();

    /// <summary>How the line printed after a passed check names the benchmark.</summary>
    string Label => GetType().Name;

    /// <summary>What a passed check showed, for that line.</summary>
    string Agreement => "generated, hand-written and finite-difference gradients agree";
}
