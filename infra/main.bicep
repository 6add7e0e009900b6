// FactBot production deployment (resource group scope):
//   storage account (StorageV2, TLS 1.2, HTTPS only, no public blob access, no shared-key access) with the tables
//   Facts, Checks, Feedback and WebhookDeliveries; Log Analytics + Application Insights (Entra-only ingestion);
//   Key Vault (RBAC) with the webhook and chat secrets only;
//   a Linux function app on a Flex Consumption plan (dotnet-isolated 10.0) whose system-assigned identity reaches
//   storage, Key Vault and Application Insights: no key or connection string with a key anywhere.
//
//   azd up                                   (azure.yaml; parameters from main.parameters.json)
//   az deployment group create -g <rg> -f infra/main.bicep -p infra/prod.bicepparam

targetScope = 'resourceGroup'

@description('Azure region of every resource. The region must offer the Flex Consumption plan.')
@metadata({
  azd: {
    type: 'location'
  }
})
param location string = resourceGroup().location

@description('Prefix of every resource name: 3-11 lowercase letters and digits, starting with a letter.')
@minLength(3)
@maxLength(11)
param namePrefix string = 'factbot'

@description('Environment name (azd: AZURE_ENV_NAME), used in tags only.')
param environmentName string = 'prod'

@description('Extra tags merged into every resource\'s tags.')
param tags object = {}

// The webhook and chat secrets. Each is optional: empty leaves the Key Vault secret as it is (unset on a first
// deployment, or whatever `az keyvault secret set` last wrote), so a redeployment never wipes a rotated secret.
@description('Standard Webhooks signing secret (whsec_ followed by base64): Key Vault secret FactBot--Webhook--Secret.')
@secure()
param webhookSecret string = ''

@description('Slack app signing secret: Key Vault secret FactBot--Slack--SigningSecret.')
@secure()
param slackSigningSecret string = ''

@description('Teams outgoing-webhook security token: Key Vault secret FactBot--Teams--SecurityToken.')
@secure()
param teamsSecurityToken string = ''

@description('Telegram webhook secret token: Key Vault secret FactBot--Telegram--SecretToken.')
@secure()
param telegramSecretToken string = ''

@description('Discord application public key (Ed25519, hex): Key Vault secret FactBot--Discord--PublicKey.')
@secure()
param discordPublicKey string = ''

@description('Object id of the deploying developer (azd: AZURE_PRINCIPAL_ID). Gets Storage Table Data Contributor on the storage account, for the postdeploy seed. Empty grants nothing.')
param principalId string = ''

@description('Kind of principalId: User (an interactive login) or ServicePrincipal (a pipeline).')
@allowed([
  'User'
  'ServicePrincipal'
  'Group'
])
param principalType string = 'User'

@description('Storage replication. Standard_ZRS is recommended where the region offers it.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
  'Standard_RAGRS'
  'Standard_RAGZRS'
])
param storageSku string = 'Standard_LRS'

@description('.NET version of the isolated worker (functionAppConfig.runtime.version).')
param dotnetVersion string = '10.0'

@description('Most instances the function app scales out to.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 100

@description('Memory of each instance, in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Instances kept warm for HTTP triggers (0 = scale to zero).')
@minValue(0)
param alwaysReadyHttpInstances int = 0

@description('Spread the Flex Consumption plan across availability zones (region must support it).')
param zoneRedundant bool = false

@description('Days of log retention in the Log Analytics workspace.')
@minValue(30)
@maxValue(730)
param logRetentionInDays int = 30

@description('Refuse instrumentation-key telemetry in Application Insights (the app then authenticates with its identity).')
param appInsightsDisableLocalAuth bool = true

@description('Key Vault purge protection (cannot be turned off once on).')
param keyVaultPurgeProtection bool = true

// Names. uniqueString() keeps global names (storage, vault, host name) unique per resource group.
var suffix = uniqueString(resourceGroup().id)
var prefix = toLower(namePrefix)
var storageAccountName = take('${replace(prefix, '-', '')}${suffix}', 24)
var keyVaultName = take('${prefix}-kv-${suffix}', 24)
var functionAppName = '${prefix}-func-${suffix}'
var planName = '${prefix}-plan-${suffix}'
var logAnalyticsName = '${prefix}-log-${suffix}'
var applicationInsightsName = '${prefix}-appi-${suffix}'
var deploymentContainerName = 'app-package-${take(functionAppName, 32)}'

// FactBot's tables; the app settings below name them too, so the app and the infrastructure agree.
var tableNames = {
  facts: 'Facts'
  checks: 'Checks'
  feedback: 'Feedback'
  webhookDeliveries: 'WebhookDeliveries'
}

var allTags = union(
  {
    application: 'FactBot'
    environment: environmentName
    'azd-env-name': environmentName
  },
  tags
)

// Key Vault secret names follow the configuration convention '--' = ':', so the app setting of each is the same
// name with '__' (FactBot__Webhook__Secret binds FactBot:Webhook:Secret).
var secretValues = {
  'FactBot--Webhook--Secret': webhookSecret
  'FactBot--Slack--SigningSecret': slackSigningSecret
  'FactBot--Teams--SecurityToken': teamsSecurityToken
  'FactBot--Telegram--SecretToken': telegramSecretToken
  'FactBot--Discord--PublicKey': discordPublicKey
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'factbot-monitoring'
  params: {
    location: location
    tags: allTags
    logAnalyticsName: logAnalyticsName
    applicationInsightsName: applicationInsightsName
    retentionInDays: logRetentionInDays
    disableLocalAuth: appInsightsDisableLocalAuth
  }
}

module storage 'modules/storage.bicep' = {
  name: 'factbot-storage'
  params: {
    location: location
    tags: allTags
    storageAccountName: storageAccountName
    skuName: storageSku
    deploymentContainerName: deploymentContainerName
    tableNames: [
      tableNames.facts
      tableNames.checks
      tableNames.feedback
      tableNames.webhookDeliveries
    ]
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'factbot-keyvault'
  params: {
    location: location
    tags: allTags
    keyVaultName: keyVaultName
    enablePurgeProtection: keyVaultPurgeProtection
    secretNames: objectKeys(secretValues)
    secretValues: secretValues
  }
}

module functionApp 'modules/functionapp.bicep' = {
  name: 'factbot-functionapp'
  params: {
    location: location
    tags: allTags
    // azure.yaml deploys its service `api` to the function app carrying this tag.
    siteTags: union(allTags, { 'azd-service-name': 'api' })
    planName: planName
    functionAppName: functionAppName
    deploymentContainerUrl: storage.outputs.deploymentContainerUrl
    dotnetVersion: dotnetVersion
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
    alwaysReadyHttpInstances: alwaysReadyHttpInstances
    zoneRedundant: zoneRedundant
  }
}

module roleAssignments 'modules/roleassignments.bicep' = {
  name: 'factbot-roles'
  params: {
    principalId: functionApp.outputs.principalId
    functionAppId: functionApp.outputs.functionAppId
    developerPrincipalId: principalId
    developerPrincipalType: principalType
    storageAccountName: storage.outputs.storageAccountName
    keyVaultName: keyVault.outputs.keyVaultName
    applicationInsightsName: monitoring.outputs.applicationInsightsName
  }
}

resource site 'Microsoft.Web/sites@2024-11-01' existing = {
  name: functionAppName
}

// Versionless Key Vault references: the app reads the latest version of each secret (after a restart, or
// within 24 hours). A secret not set yet does not resolve, and the app then sees the reference text itself.
var secretsUri = '${keyVault.outputs.keyVaultUri}secrets/'

// Written after the role assignments, so the first start already reads storage and Key Vault.
// Not set, on purpose: FUNCTIONS_WORKER_RUNTIME and FUNCTIONS_EXTENSION_VERSION. On Flex Consumption the
// worker runtime (dotnet-isolated 10.0) is functionAppConfig.runtime, Azure rejects FUNCTIONS_WORKER_RUNTIME as an
// app setting, and the host version (~4) is managed by the platform. See modules/functionapp.bicep.
resource appSettings 'Microsoft.Web/sites/config@2024-11-01' = {
  parent: site
  name: 'appsettings'
  properties: {
    // Host storage through the managed identity (Storage Blob Data Owner): no key in AzureWebJobsStorage.
    AzureWebJobsStorage__accountName: storage.outputs.storageAccountName
    AzureWebJobsStorage__credential: 'managedidentity'
    // Telemetry with the identity's Entra token (Monitoring Metrics Publisher); the component refuses keys.
    APPLICATIONINSIGHTS_CONNECTION_STRING: monitoring.outputs.applicationInsightsConnectionString
    APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'Authorization=AAD'
    // FactBot's tables through the managed identity (Storage Table Data Contributor).
    FactBot__Storage__TableServiceUri: storage.outputs.tableServiceUri
    FactBot__Storage__FactsTable: tableNames.facts
    FactBot__Storage__ChecksTable: tableNames.checks
    FactBot__Storage__FeedbackTable: tableNames.feedback
    FactBot__Storage__WebhookDeliveriesTable: tableNames.webhookDeliveries
    FactBot__Webhook__Secret: '@Microsoft.KeyVault(SecretUri=${secretsUri}FactBot--Webhook--Secret)'
    FactBot__Slack__SigningSecret: '@Microsoft.KeyVault(SecretUri=${secretsUri}FactBot--Slack--SigningSecret)'
    FactBot__Teams__SecurityToken: '@Microsoft.KeyVault(SecretUri=${secretsUri}FactBot--Teams--SecurityToken)'
    FactBot__Telegram__SecretToken: '@Microsoft.KeyVault(SecretUri=${secretsUri}FactBot--Telegram--SecretToken)'
    FactBot__Discord__PublicKey: '@Microsoft.KeyVault(SecretUri=${secretsUri}FactBot--Discord--PublicKey)'
  }
  dependsOn: [
    functionApp
    roleAssignments
  ]
}

// Outputs in SCREAMING_CASE: azd writes them into the environment (.azure/<env>/.env) under these names,
// where the postdeploy hook (infra/hooks/seed.sh) and az CLI users read them.

@description('Name of the function app (az functionapp ..., func azure functionapp publish).')
output FUNCTION_APP_NAME string = functionApp.outputs.functionAppName

@description('Default host name of the function app; the API is at https://<host>/api.')
output FUNCTION_APP_HOST_NAME string = functionApp.outputs.defaultHostName

@description('Storage account holding the tables.')
output STORAGE_ACCOUNT_NAME string = storage.outputs.storageAccountName

@description('Table service endpoint (https://<account>.table.core.windows.net): FactBot__Storage__TableServiceUri for the seed.')
output FACTBOT_STORAGE_TABLE_SERVICE_URI string = storage.outputs.tableServiceUri

@description('Key Vault holding the webhook and chat secrets.')
output KEY_VAULT_NAME string = keyVault.outputs.keyVaultName

@description('Application Insights component receiving the telemetry.')
output APPLICATIONINSIGHTS_NAME string = monitoring.outputs.applicationInsightsName
