# azd postdeploy hook (Windows): loads seeds/ into the deployed Facts table with the developer's own Microsoft
# Entra login. Same steps as seed.sh; see there.
$ErrorActionPreference = 'Stop'

$uri = $env:FACTBOT_STORAGE_TABLE_SERVICE_URI
if ([string]::IsNullOrEmpty($uri)) {
    Write-Error "seed: FACTBOT_STORAGE_TABLE_SERVICE_URI is not set; run 'azd provision' first (it is an output of infra/main.bicep)."
    exit 1
}
$attempts = if ($env:FACTBOT_SEED_ATTEMPTS) { [int]$env:FACTBOT_SEED_ATTEMPTS } else { 6 }
$delay = if ($env:FACTBOT_SEED_DELAY) { [int]$env:FACTBOT_SEED_DELAY } else { 20 }
$root = (Resolve-Path (Join-Path $PSScriptRoot '..' '..')).Path
$cli = Join-Path $root 'src' 'FactBot.Cli'

Remove-Item Env:FactBot__Storage__ConnectionString -ErrorAction SilentlyContinue
$env:FactBot__Storage__TableServiceUri = $uri

dotnet build $cli -c Release --nologo -v quiet
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }

for ($attempt = 1; ; $attempt++) {
    Write-Host "seed: loading $root/seeds into $uri (attempt $attempt of $attempts)"
    dotnet run --project $cli -c Release --no-build -- seed
    if ($LASTEXITCODE -eq 0) { exit 0 }
    if ($attempt -ge $attempts) {
        Write-Error "seed: failed $attempts times. If the error is 403 AuthorizationPermissionMismatch, your role on the storage account has not applied yet: run 'azd hooks run postdeploy' again in a few minutes."
        exit 1
    }
    Start-Sleep -Seconds $delay
}
