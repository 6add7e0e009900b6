// FactBot production deployment (resource group scope):
//   storage account (StorageV2, TLS 1.2, HTTPS only, no public blob access) with the tables
//   Facts, Checks, Feedback and WebhookDeliveries; Log Analytics + Application Insights;
//   Key Vault (RBAC) with the storage connection string and the webhook secret;
//   a Linux function app on a Flex Consumption plan (dotnet-isolated 10.0) with a system-assigned identity.
//
//   az deployment group create -g <rg> -f infra/main.bicep -p infra/main.bicepparam -p webhookSecret=<whsec_...>

targetScope = 'resourceGroup'

@description('Azure region of every resource. The region must offer the Flex Consumption plan.')
param location string = resourceGroup().location

@description('Prefix of every resource name: 3-11 lowercase letters and digits, starting with a letter.')
@minLength(3)
@maxLength(11)
param namePrefix string = 'factbot'

@description('Environment name, used in tags only.')
param environmentName string = 'prod'

@description('Extra tags merged into every resource\'s tags.')
param tags object = {}

@description('Standard Webhooks signing secret (whsec_ followed by base64). Stored in Key Vault only.')
@secure()
@minLength(16)
param webhookSecret string

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
  },
  tags
)

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
    storageAccountName: storage.outputs.storageAccountName
    webhookSecret: webhookSecret
    enablePurgeProtection: keyVaultPurgeProtection
    storageConnectionStringSecretName: 'factbot-storage-connection-string'
    webhookSecretName: 'factbot-webhook-secret'
  }
}

module functionApp 'modules/functionapp.bicep' = {
  name: 'factbot-functionapp'
  params: {
    location: location
    tags: allTags
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
    storageAccountName: storage.outputs.storageAccountName
    keyVaultName: keyVault.outputs.keyVaultName
    applicationInsightsName: monitoring.outputs.applicationInsightsName
  }
}

resource site 'Microsoft.Web/sites@2024-11-01' existing = {
  name: functionAppName
}

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
    APPLICATIONINSIGHTS_CONNECTION_STRING: monitoring.outputs.applicationInsightsConnectionString
    // The host sends telemetry with the identity's token (Monitoring Metrics Publisher).
    APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'Authorization=AAD'
    FactBot__Storage__ConnectionString: '@Microsoft.KeyVault(SecretUri=${keyVault.outputs.storageConnectionStringSecretUri})'
    FactBot__Storage__FactsTable: tableNames.facts
    FactBot__Storage__ChecksTable: tableNames.checks
    FactBot__Storage__FeedbackTable: tableNames.feedback
    FactBot__Storage__WebhookDeliveriesTable: tableNames.webhookDeliveries
    FactBot__Webhook__Secret: '@Microsoft.KeyVault(SecretUri=${keyVault.outputs.webhookSecretUri})'
  }
  dependsOn: [
    functionApp
    roleAssignments
  ]
}

@description('Name of the function app (for func azure functionapp publish / az functionapp).')
output functionAppName string = functionApp.outputs.functionAppName

@description('Default host name of the function app; the API is at https://<host>/api.')
output defaultHostName string = functionApp.outputs.defaultHostName

@description('Storage account holding the tables.')
output storageAccountName string = storage.outputs.storageAccountName

@description('Key Vault holding the storage connection string and the webhook secret.')
output keyVaultName string = keyVault.outputs.keyVaultName
