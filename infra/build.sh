#!/usr/bin/env bash
# Compiles and lints infra/ offline with the Bicep CLI from its NuGet package (no az CLI, no Azure login).
#
#   bash infra/build.sh                          # fails on any error, warning or unformatted file
#   BICEP_ALLOW_WARNINGS=1 bash infra/build.sh   # warnings are printed but do not fail
#
# The package is restored once into the NuGet global packages folder; later runs reuse it.
set -euo pipefail

work=""
log="$(mktemp)"
trap 'rm -f "$log"; if [[ -n "$work" ]]; then rm -rf "$work"; fi' EXIT

BICEP_VERSION=0.49.2
infra="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) rid=linux-x64 ;;
  Linux-aarch64 | Linux-arm64) rid=linux-arm64 ;;
  Darwin-x86_64) rid=osx-x64 ;;
  Darwin-arm64) rid=osx-arm64 ;;
  *) echo "build.sh: no Bicep CLI package for $(uname -s) $(uname -m)" >&2; exit 1 ;;
esac
package="Azure.Bicep.CommandLine.$rid"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# NUGET_PACKAGES and nuget.config can move the global packages folder: ask NuGet where it is.
packages="$(dotnet nuget locals global-packages --list --force-english-output | sed -n 's/^global-packages: *//p')"
packages="${packages%/}"
if [[ -z "$packages" ]]; then
  echo "build.sh: could not locate the NuGet global packages folder" >&2
  exit 1
fi
bicep="$packages/$(tr '[:upper:]' '[:lower:]' <<<"$package")/$BICEP_VERSION/tools/bicep"

if [[ ! -f "$bicep" ]]; then
  # A throwaway project outside the repository, so the repo's Directory.Build.props (TreatWarningsAsErrors)
  # and Directory.Packages.props (central package management) don't apply. PackageDownload fetches the package
  # into the global packages folder without referencing it; netstandard2.0 restores on any .NET SDK.
  work="$(mktemp -d)"
  cat >"$work/bicep-cli.proj" <<PROJ
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>netstandard2.0</TargetFramework>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
  </PropertyGroup>
  <ItemGroup>
    <PackageDownload Include="$package" Version="[$BICEP_VERSION]" />
  </ItemGroup>
</Project>
PROJ
  echo "Restoring $package $BICEP_VERSION from NuGet ..."
  (cd "$work" && dotnet restore bicep-cli.proj --verbosity quiet)
fi

if [[ ! -f "$bicep" ]]; then
  echo "build.sh: $bicep not found after restore" >&2
  exit 1
fi
chmod +x "$bicep"
"$bicep" --version

cd "$infra/.."
failed=0

# Runs a Bicep command, shows its diagnostics, and records a failure on a non-zero exit or (unless allowed) a warning.
run() {
  local status=0
  "$bicep" "$@" >/dev/null 2>"$log" || status=$?
  cat "$log" >&2
  if ((status != 0)); then
    echo "FAILED: bicep $*" >&2
    failed=1
  elif grep -q ': Warning ' "$log" && [[ "${BICEP_ALLOW_WARNINGS:-0}" != 1 ]]; then
    echo "FAILED (warnings): bicep $*" >&2
    failed=1
  fi
}

# main.bicepparam reads the webhook secret from the environment; a dummy value lets it compile here
# (the compiled output is discarded).
export FACTBOT_WEBHOOK_SECRET="${FACTBOT_WEBHOOK_SECRET:-whsec_ZHVtbXktc2VjcmV0LWZvci1idWlsZC1vbmx5}"

mapfile -t files < <(find infra -name '*.bicep' | sort)

echo "== build"
run build infra/main.bicep --stdout
run build-params infra/main.bicepparam --stdout

echo "== lint"
for f in "${files[@]}" infra/main.bicepparam; do
  run lint "$f"
done

echo "== format"
for f in "${files[@]}" infra/main.bicepparam; do
  if ! "$bicep" format "$f" --stdout | diff -u "$f" - >&2; then
    echo "FAILED: $f is not formatted (fix: $bicep format $f)" >&2
    failed=1
  fi
done

if ((failed)); then
  echo "infra/build.sh: FAILED" >&2
  exit 1
fi
echo "infra/build.sh: OK (${#files[@]} Bicep files and main.bicepparam build, lint and format clean)"
