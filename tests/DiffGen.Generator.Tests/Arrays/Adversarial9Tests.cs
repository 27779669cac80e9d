using System;
using System.Linq;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// The ninth adversarial pass (loop control flow and memory, <see cref="Adversarial9Cases"/>): the DIFF015 messages
    /// whose advice could not be followed now give advice that can, and each "Advised" case of the catalog shows that
    /// following it gives a method that is generated and correct.
    /// </summary>
    public sealed class Adversarial9Tests
    {
        [Theory]
        // Was: "... copy the old elements into a local array of their own first (old[i] = a[i];) and read them there";
        // declared inside the loop (Av9CopyInsideLoop), the copy drew the same DIFF015. (Av9ReadBeforeNestedOverwrite,
        // Av9CopyInsideLoop and Av9CallsAroundInPlace are generated since the reverse sweep puts back what an iteration's
        // loops overwrote; the same reads with the overwrite under an if, Av9ReadBeforeGuardedOverwrite, Av9CopyInsideGuardedLoop
        // and Av9CallsAroundGuardedInPlace, since the twenty-second session, the if's outcomes kept on a stack.)
        // Was: "Reading an element of the local array 'a' ..." for a call passing the array whole.
        // Was: "assign the result to a local and return it last", which did not say how to leave the loop. (Av9ReturnInLoop, a
        // return directly in the last loop's body, is read as that break and flag since.)
        [InlineData("Av9ReturnInNestedLoop", "A 'return' inside a loop or branch", "test the flag after the inner loop (if (found == 1) break;)")]
        // Was: "declare it with the test and do not assign it again ... or write the condition in the if", for a flag.
        [InlineData("Av9ReturnInLoopBoolFlag", "The bool local 'found' here", "use an integer local (int found = 0; ... found = 1; ... found == 1)")]
        public void Advice_that_can_be_followed(string name, string construct, string advice)
        {
            var diagnostics = GeneratorHarness.Analyze(CompiledCase.SourceOf(ArrayCaseCatalog.Find(name)));
            string message = diagnostics.Single(d => d.Id == "DIFF015").GetMessage();
            Assert.StartsWith(construct + " is not supported yet", message, StringComparison.Ordinal);
            Assert.Contains(advice, message, StringComparison.Ordinal);
        }
    }
}
