#!/usr/bin/env bash
# Runs the Bicep CLI from its NuGet package (no az CLI, no Azure login), restoring it on first use.
#
#   bash infra/bicep.sh build infra/main.bicep --stdout    # any bicep command
#   bash infra/bicep.sh --path                             # prints the CLI's path
#
# Used by infra/build.sh and by tests/FactBot.Infra.Tests. The package is restored once into the NuGet global
# packages folder; later runs reuse it. Progress goes to stderr, so stdout is only what bicep prints.
set -euo pipefail

BICEP_VERSION=0.49.2

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) rid=linux-x64 ;;
  Linux-aarch64 | Linux-arm64) rid=linux-arm64 ;;
  Darwin-x86_64) rid=osx-x64 ;;
  Darwin-arm64) rid=osx-arm64 ;;
  *) echo "bicep.sh: no Bicep CLI package for $(uname -s) $(uname -m)" >&2; exit 1 ;;
esac
package="Azure.Bicep.CommandLine.$rid"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# NUGET_PACKAGES and nuget.config can move the global packages folder: ask NuGet where it is.
packages="$(dotnet nuget locals global-packages --list --force-english-output | sed -n 's/^global-packages: *//p')"
packages="${packages%/}"
if [[ -z "$packages" ]]; then
  echo "bicep.sh: could not locate the NuGet global packages folder" >&2
  exit 1
fi
bicep="$packages/$(tr '[:upper:]' '[:lower:]' <<<"$package")/$BICEP_VERSION/tools/bicep"

if [[ ! -f "$bicep" ]]; then
  # A throwaway project outside the repository, so the repo's Directory.Build.props (TreatWarningsAsErrors)
  # and Directory.Packages.props (central package management) don't apply. PackageDownload fetches the package
  # into the global packages folder without referencing it; netstandard2.0 restores on any .NET SDK.
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
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
  echo "Restoring $package $BICEP_VERSION from NuGet ..." >&2
  (cd "$work" && dotnet restore bicep-cli.proj --verbosity quiet) >&2
  if [[ ! -f "$bicep" ]]; then
    echo "bicep.sh: $bicep not found after restore" >&2
    exit 1
  fi
fi
[[ -x "$bicep" ]] || chmod +x "$bicep"

if [[ "${1:-}" == --path ]]; then
  echo "$bicep"
else
  exec "$bicep" "$@"
fi
