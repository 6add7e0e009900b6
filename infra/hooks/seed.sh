#!/bin/sh
# azd postdeploy hook: loads seeds/ into the deployed Facts table with the developer's own Microsoft Entra login
# (the CLI's DefaultAzureCredential picks up `azd auth login` or `az login`); no storage key is involved.
#
# azd runs it after `azd deploy` / `azd up` with the provision outputs in the environment. By hand:
#   FACTBOT_STORAGE_TABLE_SERVICE_URI=https://<account>.table.core.windows.net sh infra/hooks/seed.sh
#
# A role assignment made by this provision can take a few minutes to apply, so a refused seed is retried
# (FACTBOT_SEED_ATTEMPTS times, FACTBOT_SEED_DELAY seconds apart). Seeding again reports no change.
set -eu

uri="${FACTBOT_STORAGE_TABLE_SERVICE_URI:-}"
if [ -z "$uri" ]; then
  echo "seed: FACTBOT_STORAGE_TABLE_SERVICE_URI is not set; run 'azd provision' first (it is an output of infra/main.bicep)." >&2
  exit 1
fi
attempts="${FACTBOT_SEED_ATTEMPTS:-6}"
delay="${FACTBOT_SEED_DELAY:-20}"
root="$(cd "$(dirname "$0")/../.." && pwd)"

# The table service URI and the caller's Entra identity, never a connection string (a local Azurite one
# left in the shell would send the seed to Azurite instead).
unset FactBot__Storage__ConnectionString
export FactBot__Storage__TableServiceUri="$uri"

dotnet build "$root/src/FactBot.Cli" -c Release --nologo -v quiet

attempt=1
while :; do
  echo "seed: loading $root/seeds into $uri (attempt $attempt of $attempts)"
  if dotnet run --project "$root/src/FactBot.Cli" -c Release --no-build -- seed; then
    exit 0
  fi
  if [ "$attempt" -ge "$attempts" ]; then
    echo "seed: failed $attempts times. If the error is 403 AuthorizationPermissionMismatch, your role on the storage account has not applied yet: run 'azd hooks run postdeploy' again in a few minutes." >&2
    exit 1
  fi
  attempt=$((attempt + 1))
  sleep "$delay"
done
