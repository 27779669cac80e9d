namespace DiffGen.CodeFixes
{
    /// <summary>The ids these fixes handle; they are DiffGen's public, never-reused diagnostic ids (see the generator's DiagnosticDescriptors).</summary>
    internal static class DiagnosticIds
    {
        public const string ContainingTypeNotPartial = "DIFF001";
        public const string PiecewiseConstant = "DIFF012";
    }
}
