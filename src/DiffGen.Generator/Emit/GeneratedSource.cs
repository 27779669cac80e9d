namespace DiffGen.Generator.Emit
{
    /// <summary>A generated file: its hint name and its text.</summary>
    internal sealed record GeneratedSource(string HintName, string Text);
}
