using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;

namespace DiffGen.Fuzz.Running
{
    /// <summary>Where a run's time goes, by phase; printed by the command line with --timing.</summary>
    public static class Timing
    {
        private static readonly Dictionary<string, TimeSpan> Totals = new Dictionary<string, TimeSpan>();
        private static readonly Stopwatch Clock = Stopwatch.StartNew();
        private static TimeSpan last;

        public static void Mark(string phase)
        {
            lock (Totals)
            {
                TimeSpan now = Clock.Elapsed;
                Totals[phase] = (Totals.TryGetValue(phase, out TimeSpan total) ? total : TimeSpan.Zero) + (now - last);
                last = now;
            }
        }

        public static string Describe()
        {
            lock (Totals)
            {
                return string.Join(", ", Totals.Select(t => t.Key + " " + t.Value.TotalSeconds.ToString("F1", System.Globalization.CultureInfo.InvariantCulture) + " s"));
            }
        }
    }
}
