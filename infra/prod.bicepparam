// Example parameters for a production deployment with the Azure CLI (azd uses main.parameters.json instead):
//   az deployment group create -g <rg> -f infra/main.bicep -p infra/prod.bicepparam
// No secret lives here. The webhook and chat secrets are read from the environment when set; unset, the
// deployment leaves those Key Vault secrets as they are (set them with `az keyvault secret set`, see README).
using 'main.bicep'

param namePrefix = 'factbot'
param environmentName = 'prod'
param tags = {
  owner: 'factbot-team'
  costCenter: 'example'
}

param webhookSecret = readEnvironmentVariable('FACTBOT_WEBHOOK_SECRET', '')
param slackSigningSecret = readEnvironmentVariable('FACTBOT_SLACK_SIGNING_SECRET', '')
param teamsSecurityToken = readEnvironmentVariable('FACTBOT_TEAMS_SECURITY_TOKEN', '')
param telegramSecretToken = readEnvironmentVariable('FACTBOT_TELEGRAM_SECRET_TOKEN', '')
param discordPublicKey = readEnvironmentVariable('FACTBOT_DISCORD_PUBLIC_KEY', '')

// Your own object id (az ad signed-in-user show --query id -o tsv) to seed the Facts table as yourself.
param principalId = readEnvironmentVariable('FACTBOT_PRINCIPAL_ID', '')
param principalType = 'User'

param storageSku = 'Standard_ZRS'
param dotnetVersion = '10.0'
param maximumInstanceCount = 100
param instanceMemoryMB = 2048
param alwaysReadyHttpInstances = 0
param zoneRedundant = false
param logRetentionInDays = 30
param appInsightsDisableLocalAuth = true
param keyVaultPurgeProtection = true
