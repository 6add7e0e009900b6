// Example parameters for a production deployment. No secret lives here: the webhook secret comes from
// the environment (FACTBOT_WEBHOOK_SECRET) or from the command line, which overrides this file:
//   az deployment group create -g <rg> -f infra/main.bicep -p infra/main.bicepparam -p webhookSecret=<whsec_...>
using 'main.bicep'

param namePrefix = 'factbot'
param environmentName = 'prod'
param tags = {
  owner: 'factbot-team'
  costCenter: 'example'
}

// Read from FACTBOT_WEBHOOK_SECRET, unless `-p webhookSecret=...` on the command line overrides it.
// With neither, the file does not compile (BCP427), so no deployment goes out with a placeholder secret.
param webhookSecret = readEnvironmentVariable('FACTBOT_WEBHOOK_SECRET')

param storageSku = 'Standard_ZRS'
param dotnetVersion = '10.0'
param maximumInstanceCount = 100
param instanceMemoryMB = 2048
param alwaysReadyHttpInstances = 0
param zoneRedundant = false
param logRetentionInDays = 30
param appInsightsDisableLocalAuth = true
param keyVaultPurgeProtection = true
