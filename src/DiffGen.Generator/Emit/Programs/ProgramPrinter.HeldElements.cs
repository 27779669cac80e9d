using System;
using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Analysis;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Emit.Programs
{
    /// <content>
    /// Elements held in locals while a loop is written (<see cref="HeldElementReads"/>): a read of <c>xc[i]</c> prints as
    /// <c>xcI</c>, the local read once before the loop, and still sends its derivative to the element.
    /// </content>
    internal sealed partial class ProgramPrinter
    {
        /// <summary>Each held element: its local, and the locals its array and index were read from (a read under other names is another element).</summary>
        private readonly Dictionary<(string Array, Integer Index), (string Local, string[] Versions)> held = new Dictionary<(string, Integer), (string, string[])>();

        /// <summary>From now on a read of <paramref name="array"/>[<paramref name="index"/>] under these names prints as <paramref name="local"/>.</summary>
        public void Hold(string array, Integer index, string local, Func<string, string> name) =>
            held[(array, index)] = (local, VersionsOf(array, index, name));

        /// <summary>True while a loop around holds the element.</summary>
        public bool IsHeld(string array, Integer index) => held.ContainsKey((array, index));

        /// <summary>The element is read from its array again.</summary>
        public void Release(string array, Integer index) => held.Remove((array, index));

        /// <summary>The local holding the element <paramref name="read"/> reads, or null. Comments print the source's read.</summary>
        private string? HeldLocal(ElementRead read, Func<string, string> name) =>
            !asWritten && read.Cast.Length == 0 && held.TryGetValue((read.Array, read.Index), out (string Local, string[] Versions) h) && h.Versions.SequenceEqual(VersionsOf(read.Array, read.Index, name))
                ? h.Local
                : null;

        private static string[] VersionsOf(string array, Integer index, Func<string, string> name) =>
            new[] { name(array) }.Concat(ProgramFacts.Reads(index).Select(name)).ToArray();
    }
}
