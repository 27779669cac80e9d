namespace DiffGen.Generator
{
    /// <summary>The names of the generator's pipeline steps, for incrementality tests.</summary>
    internal static class TrackingNames
    {
        public const string Lowered = nameof(Lowered);
        public const string Generated = nameof(Generated);
        public const string Resolved = nameof(Resolved);
        public const string Emitted = nameof(Emitted);

        // The [Integrable] pipeline (IntegrableGenerator).
        public const string IntegrableRead = nameof(IntegrableRead);
        public const string IntegralEmitted = nameof(IntegralEmitted);
    }
}
