// Role assignments, each on the one resource that needs it (never the resource group):
//   the function app's system-assigned identity: Storage Blob Data Owner and Storage Table Data Contributor
//   (storage account), Key Vault Secrets User (vault), Monitoring Metrics Publisher (Application Insights);
//   the deploying developer, when a principal id is given: Storage Table Data Contributor (storage account),
//   so the azd postdeploy hook can seed the Facts table with the developer's own login.
//
// No Storage Queue Data Contributor: the app has HTTP triggers only, and the Functions host uses queues only for
// queue, blob and Durable triggers. Add it here if such a trigger is ever added.
// The table role is on the account rather than on each table because the app and the seed create their tables
// if they are missing; the account holds no other tables, and the role grants no blob, queue or file access.

@description('Object id of the function app\'s system-assigned identity.')
param principalId string

@description('Resource id of the function app (keeps role assignment names stable across deployments).')
param functionAppId string

@description('Object id of the deploying developer (azd sets AZURE_PRINCIPAL_ID); empty grants nothing.')
param developerPrincipalId string

@description('Kind of the developer principal: User for an interactive login, ServicePrincipal for a pipeline.')
@allowed([
  'User'
  'ServicePrincipal'
  'Group'
])
param developerPrincipalType string

@description('Storage account holding the host storage, the deployment container and the tables.')
param storageAccountName string

@description('Key Vault holding the app\'s secrets.')
param keyVaultName string

@description('Application Insights component the app sends telemetry to.')
param applicationInsightsName string

// Built-in role definition ids (the same in every tenant).
var roles = {
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6'
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb'
}

resource storage 'Microsoft.Storage/storageAccounts@2024-01-01' existing = {
  name: storageAccountName
}

resource vault 'Microsoft.KeyVault/vaults@2024-11-01' existing = {
  name: keyVaultName
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

// The Functions host (AzureWebJobsStorage__accountName: keys, leases) and the Flex Consumption
// deployment container both use blob storage through this identity.
resource blobOwner 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, functionAppId, roles.storageBlobDataOwner)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataOwner)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

// FactBot's tables (Facts, Checks, Feedback, WebhookDeliveries) through FactBot__Storage__TableServiceUri.
resource tableContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, functionAppId, roles.storageTableDataContributor)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      roles.storageTableDataContributor
    )
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

// Resolves the @Microsoft.KeyVault(...) app settings.
resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, functionAppId, roles.keyVaultSecretsUser)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.keyVaultSecretsUser)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

// Entra-authenticated telemetry (APPLICATIONINSIGHTS_AUTHENTICATION_STRING), needed since local auth is off.
resource metricsPublisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(appInsights.id, functionAppId, roles.monitoringMetricsPublisher)
  scope: appInsights
  properties: {
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      roles.monitoringMetricsPublisher
    )
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

// The postdeploy seed (`dotnet run --project src/FactBot.Cli -- seed`) writes the Facts table as the developer.
resource developerTableContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(developerPrincipalId)) {
  name: guid(storage.id, developerPrincipalId, roles.storageTableDataContributor)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      roles.storageTableDataContributor
    )
    principalId: developerPrincipalId
    principalType: developerPrincipalType
  }
}
