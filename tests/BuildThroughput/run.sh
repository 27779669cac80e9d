#!/usr/bin/env bash
# Build-time overhead of DiffGen: generates a library of N [Differentiable] methods, builds it
# (Release, --no-incremental) with and without the generator, and prints the median wall time of
# each, the overhead, and the generator's and analyzer's own times from -p:ReportAnalyzer=true.
#
#   tests/BuildThroughput/run.sh [runs] [sizes] [kinds] [compiler]
#   tests/BuildThroughput/run.sh 3 "200 1000" "scalar loops" server     (the defaults)
#
# compiler: "server" builds as a developer's machine does, through the compiler server
# (VBCSCompiler, UseSharedCompilation=true, which the SDK turns on by default): the server keeps the
# generator loaded and compiled between builds. "csc" starts a new compiler for every build
# (UseSharedCompilation=false, as some CI machines and this repository's sandbox set it), so every
# build pays the generator's JIT again.
#
# scalar: 3 parameters, 3 statements each; loops: an array dot product inside a softplus.
# The library references the built DiffGen.dll and DiffGen.Generator.dll directly, as a package
# would, so only the library itself is compiled; three warm-up builds of each kind come first
# (restore, the compiler server's start, the generator's JIT and the runtime's tiering).
set -euo pipefail
runs=${1:-3}
sizes=${2:-200 1000}
kinds=${3:-scalar loops}
compiler=${4:-server}
case $compiler in
    server) shared=true ;;
    csc) shared=false ;;
    *) echo "compiler must be server or csc, not '$compiler'" >&2; exit 2 ;;
esac
root=$(cd "$(dirname "$0")/../.." && pwd)
dotnet build "$root/src/DiffGen.Generator/DiffGen.Generator.csproj" -c Release -v:q -nologo > /dev/null
dotnet build "$root/src/DiffGen/DiffGen.csproj" -c Release -v:q -nologo > /dev/null
runtime="$root/src/DiffGen/bin/Release/netstandard2.0/DiffGen.dll"
generator="$root/src/DiffGen.Generator/bin/Release/netstandard2.0/DiffGen.Generator.dll"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

write_project() { # dir kind n
    local dir=$1 kind=$2 n=$3
    mkdir -p "$dir"
    cat > "$dir/Library.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
  </PropertyGroup>
  <ItemGroup>
    <Reference Include="$runtime" />
    <Analyzer Condition="'\$(WithGenerator)' != 'false'" Include="$generator" />
  </ItemGroup>
</Project>
XML
    # 50 methods per file, as a real library spreads them.
    local i file
    for ((i = 0; i < n; i++)); do
        file="$dir/Models$((i / 50)).cs"
        if ((i % 50 == 0)); then
            printf 'using System;\nusing DiffGen;\n\nnamespace Library\n{\n    public static partial class Models%d\n    {\n' $((i / 50)) > "$file"
        fi
        if [[ $kind == scalar ]]; then
            cat >> "$file" <<CS
        [Differentiable]
        public static double M$i(double x, double y, double z)
        {
            double a = x * y + Math.Sin(z * $((i % 7 + 1)));
            double b = Math.Exp(-a * a) + y / (1 + z * z);
            return a * b + Math.Log(1 + x * x) * $((i % 5 + 2));
        }

CS
        else
            cat >> "$file" <<CS
        [Differentiable("w", "b")]
        public static double M$i(double[] w, double b, double[] x)
        {
            double s = b;
            for (int j = 0; j < w.Length; j++)
            {
                s += w[j] * x[j] * $((i % 7 + 1));
            }

            return Math.Log(1 + Math.Exp(-s));
        }

CS
        fi
        if ((i % 50 == 49 || i == n - 1)); then
            printf '    }\n}\n' >> "$file"
        fi
    done
}

median() { sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

build() { # dir withGenerator → "seconds generatorSeconds analyzerSeconds"
    local dir=$1 with=$2 log start end
    log="$work/build.log"
    start=$(date +%s.%N)
    dotnet build "$dir/Library.csproj" -c Release --no-incremental --no-restore -nologo -v:d \
        -p:WithGenerator="$with" -p:ReportAnalyzer=true -p:UseSharedCompilation="$shared" > "$log" 2>&1 || { cat "$log" >&2; exit 1; }
    end=$(date +%s.%N)
    awk -v wall="$(awk -v s="$start" -v e="$end" 'BEGIN { print e - s }')" '
        /Total analyzer execution time/ { section = "analyzer" }
        /Total generator execution time/ { section = "generator" }
        section == "analyzer" && /DiffGen.Generator.DifferentiableAnalyzer/ { analyzer = $1 }
        section == "generator" && /DiffGen.Generator.DifferentiableGenerator/ { generator = $1 }
        END { printf "%s %s %s\n", wall, generator + 0, analyzer + 0 }' "$log"
}

echo "| methods | kind | without DiffGen | with DiffGen | overhead | per method | generator | analyzer |"
echo "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |"
for kind in $kinds; do
    for n in $sizes; do
        dir="$work/$kind-$n"
        write_project "$dir" "$kind" "$n"
        dotnet restore "$dir/Library.csproj" -v:q -nologo > /dev/null
        for ((r = 0; r < 3; r++)); do
            build "$dir" true > /dev/null
            build "$dir" false > /dev/null
        done
        : > "$work/with"; : > "$work/without"
        for ((r = 0; r < runs; r++)); do
            build "$dir" false >> "$work/without"
            build "$dir" true >> "$work/with"
        done
        without=$(cut -d' ' -f1 "$work/without" | median)
        with=$(cut -d' ' -f1 "$work/with" | median)
        gen=$(cut -d' ' -f2 "$work/with" | median)
        ana=$(cut -d' ' -f3 "$work/with" | median)
        awk -v n="$n" -v k="$kind" -v a="$without" -v b="$with" -v g="$gen" -v z="$ana" 'BEGIN {
            printf "| %d | %s | %.2f s | %.2f s | %+.2f s | %.1f ms | %.2f s | %.2f s |\n", n, k, a, b, b - a, (b - a) * 1000 / n, g, z }'
    done
done
echo
echo "median of $runs builds each (Release, --no-incremental, compiler: $compiler); generator and analyzer: their own time from -p:ReportAnalyzer=true"
